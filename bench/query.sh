#!/usr/bin/env bash
# Query benchmark on the full benchmark corpus: quoth in-process latency
# (p50/p90/p99, with snippets, grouping and answers) for the 40 queries and
# the 20 questions, and one-shot wall time per query for `quoth` beside
# Xapian's `quest` over a scriptindex index of the same corpus and SQLite
# FTS5 in-process, in the same run.
#
# usage: bench/query.sh [WORKDIR]      (env: RUNS=5, QUOTH_SHARED_DIR)
# needs: build/ (./scripts/setup), ../shared/bench, scriptindex (xapian-omega), python3
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${QUOTH_SHARED_DIR:-$root/../shared}
corpus=$shared/bench/articles.jsonl
ref=$shared/bench/ref
if [ ! -f "$corpus" ]; then
  echo "bench/query.sh: skipped: $corpus is absent (the benchmark corpus is in ../shared)"
  exit 0
fi
w=${1:-/tmp/quoth-bench-query}
runs=${RUNS:-5}
mkdir -p "$w"
b=$root/build
# An index left by an earlier run is kept unless quoth cannot read it (another schema version).
if ! "$b/quoth-index" --db "$w/quoth.db" --stats >/dev/null 2>&1; then
  rm -rf "$w/quoth.db"
  "$b/quoth-index" -q --db "$w/quoth.db" "$corpus"
fi
if [ ! -f "$w/si.db/iamglass" ]; then
  python3 "$ref/to_scriptindex.py" <"$corpus" >"$w/all.dump"
  scriptindex "$w/si.db" "$ref/news.indexscript" "$w/all.dump" >/dev/null
fi
[ -f "$w/fts.db" ] || python3 "$ref/load_fts5.py" "$w/fts.db" "$corpus"

echo "runs=$runs  $(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores"
"$b/bench-query-latency" "$w/quoth.db" "$shared/bench/queries.txt" "$runs" "quoth in-process, queries"
"$b/bench-query-latency" "$w/quoth.db" "$shared/bench/questions.txt" "$runs" "quoth in-process, questions"
python3 - "$shared/bench/queries.txt" "$w/fts.db" "$runs" <<'PY'
import sqlite3, statistics, sys, time
qs = [l.strip() for l in open(sys.argv[1]) if l.strip()]
con = sqlite3.connect(sys.argv[2]); per = []
for q in qs:
    for _ in range(int(sys.argv[3])):
        t = time.perf_counter()
        con.execute("SELECT id, snippet(t, 4, '[', ']', '…', 12) FROM t WHERE t MATCH ? ORDER BY rank LIMIT 10", (q,)).fetchall()
        per.append((time.perf_counter() - t) * 1000)
per.sort()
print(f"{'fts5 in-process + snippet':28s} p50 {per[len(per)//2]:7.3f} ms  p90 {per[int(.9*len(per))]:7.3f} ms  p99 {per[int(.99*len(per))]:7.3f} ms")
PY
"$b/bench-oneshot" "$shared/bench/queries.txt" "$runs" "quoth one-shot, queries" -- "$b/quoth" --db "$w/quoth.db" -n 10
"$b/bench-oneshot" "$shared/bench/questions.txt" "$runs" "quoth one-shot, questions" -- "$b/quoth" --db "$w/quoth.db" -n 10
"$b/bench-oneshot" "$shared/bench/queries.txt" "$runs" "quest one-shot, queries" -- quest -d "$w/si.db" -m 10
"$b/bench-oneshot" "$shared/bench/queries.txt" "$runs" "quest -m 0 (start-up only)" -- quest -d "$w/si.db" -m 0
