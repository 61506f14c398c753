#!/usr/bin/env bash
# Indexing benchmark: quoth-index (with entity and quote analysis) beside
# Xapian's scriptindex (plain full text) and SQLite FTS5, on the benchmark
# corpus at 1/4, 1/2 and full size, in the same run. Prints, per tool and
# size, the median wall time of RUNS runs, MB/s, peak RSS and index size;
# for quoth also a re-run over the unchanged input.
#
# usage: bench/index.sh [WORKDIR]      (env: RUNS=3, JOBS=cores, QUOTH_SHARED_DIR)
# needs: build/ (./scripts/setup), ../shared/bench, scriptindex (xapian-omega), python3
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${QUOTH_SHARED_DIR:-$root/../shared}
corpus=$shared/bench/articles.jsonl
ref=$shared/bench/ref
if [ ! -f "$corpus" ]; then
  echo "bench/index.sh: skipped: $corpus is absent (the benchmark corpus is in ../shared)"
  exit 0
fi
for tool in scriptindex python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench/index.sh: needs $tool (apt-get install xapian-omega time python3)"; exit 2; }
done
w=${1:-/tmp/quoth-bench-index}
runs=${RUNS:-3}
jobs=${JOBS:-$(nproc)}
mkdir -p "$w"
quoth_index=$root/build/quoth-index

# measure NAME LABEL BYTES DB COMMAND...: median of $runs runs (DB removed before each)
measure() {
  local name=$1 label=$2 bytes=$3 db=$4
  shift 4
  local results=()
  for _ in $(seq "$runs"); do
    rm -rf "$db"
    /usr/bin/time -f "%e %M" -o "$w/time" "$@" >/dev/null 2>"$w/err" || { echo "$name failed: $(tail -1 "$w/err")"; return; }
    results+=("$(cat "$w/time")")
  done
  report "$name" "$label" "$bytes" "$db" "${results[@]}"
}

# report NAME LABEL BYTES DB "secs kb"...: prints the median run
report() {
  local name=$1 label=$2 bytes=$3 db=$4
  shift 4
  local mid
  mid=$(printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p")
  read -r secs kb <<<"$mid"
  printf '| %-16s | %-4s | %7.2f s | %11s | %5d MB | %6s |\n' "$name" "$label" "$secs" \
    "$(awk -v b="$bytes" -v s="$secs" 'BEGIN { if (s > 0) printf "%6.2f MB/s", b / 1e6 / s; else print "—" }')" \
    $((kb / 1024)) "$(du -sh "$db" | cut -f1)"
}

# The sizes are cut by bytes, not lines: the corpus's first articles are
# short wire stories, so its first half of lines is only 38% of its text.
total=$(wc -c <"$corpus")
echo "runs=$runs jobs=$jobs  $(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores"
echo "| tool | size | wall (median) | rate | peak RSS | index |"
echo "|---|---|---|---|---|---|"
for frac in 4 2 1; do
  label="1/$frac"
  [ "$frac" = 1 ] && label=full
  LC_ALL=C awk -v limit=$((total / frac)) '{ print; seen += length($0) + 1; if (seen >= limit) exit }' "$corpus" >"$w/part.jsonl"
  bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode())+len(json.loads(l)['title'].encode()) for l in open(sys.argv[1])))" "$w/part.jsonl")
  python3 "$ref/to_scriptindex.py" <"$w/part.jsonl" >"$w/part.dump"

  measure quoth-index "$label" "$bytes" "$w/quoth.db" "$quoth_index" -q --jobs "$jobs" --db "$w/quoth.db" "$w/part.jsonl"
  reruns=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$w/time" "$quoth_index" -q --db "$w/quoth.db" "$w/part.jsonl" >/dev/null 2>&1
    reruns+=("$(cat "$w/time")")
  done
  report "quoth (unchanged)" "$label" "$bytes" "$w/quoth.db" "${reruns[@]}"
  measure scriptindex "$label" "$bytes" "$w/si.db" scriptindex "$w/si.db" "$ref/news.indexscript" "$w/part.dump"
  measure "sqlite fts5" "$label" "$bytes" "$w/fts.db" python3 "$ref/load_fts5.py" "$w/fts.db" "$w/part.jsonl"
done
