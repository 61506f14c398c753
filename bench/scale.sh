#!/usr/bin/env bash
# Scale-out benchmark: the 40 benchmark queries from 4 concurrent clients
# against one local database, one database served remotely, and 3 remote
# shards on loopback (throughput, p50/p99); then indexing time of the corpus
# with --shards 1 and --shards 2. Per-shard sizes are printed for reasoning
# about larger collections.
#
# usage: bench/scale.sh [WORKDIR]      (env: CLIENTS=4, ROUNDS=5, RUNS=3, QUOTH_SHARED_DIR)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${QUOTH_SHARED_DIR:-$root/../shared}
corpus=$shared/bench/articles.jsonl
if [ ! -f "$corpus" ]; then
  echo "bench/scale.sh: skipped: $corpus is absent (the benchmark corpus is in ../shared)"
  exit 0
fi
w=${1:-/tmp/quoth-bench-scale}
clients=${CLIENTS:-4}
rounds=${ROUNDS:-5}
runs=${RUNS:-3}
b=$root/build
mkdir -p "$w"
[ -f "$w/single/iamglass" ] || "$b/quoth-index" -q --db "$w/single" "$corpus"
[ -f "$w/sharded/XAPIANDB" ] || "$b/quoth-index" -q --shards 3 --db "$w/sharded" "$corpus"

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
serve() {  # serve DB PORT
  "$b/quoth" serve --db "$1" --port "$2" 2>>"$w/serve.log" &
  pids+=($!)
}
p0=$(port); serve "$w/single" "$p0"
tcp3=""
for i in 0 1 2; do
  p=$(port); serve "$w/sharded/shard-$i" "$p"
  tcp3="${tcp3:+$tcp3,}127.0.0.1:$p"
done
sleep 1

echo "clients=$clients rounds=$rounds  $(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores"
echo "| configuration | throughput | latency | |"
echo "|---|---|---|---|"
"$b/bench-concurrent" "$w/single" "$shared/bench/queries.txt" "$clients" "$rounds" "1 local database"
"$b/bench-concurrent" "tcp://127.0.0.1:$p0" "$shared/bench/queries.txt" "$clients" "$rounds" "1 remote database"
"$b/bench-concurrent" "tcp://$tcp3" "$shared/bench/queries.txt" "$clients" "$rounds" "3 remote shards"
"$b/bench-concurrent" "$w/sharded" "$shared/bench/queries.txt" "$clients" "$rounds" "3 local shards"

echo
echo "| indexing | wall (median of $runs) |"
echo "|---|---|"
for shards in 1 2; do
  times=()
  for _ in $(seq "$runs"); do
    rm -rf "$w/idx"
    s=$(date +%s.%N)
    "$b/quoth-index" -q --shards "$shards" --db "$w/idx" "$corpus"
    times+=("$(echo "$(date +%s.%N) - $s" | bc -l)")
  done
  printf '| --shards %s | %.2f s |\n' "$shards" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")"
done
echo
echo "per-shard sizes (3 shards):"
for i in 0 1 2; do
  printf '  shard-%s: %s, %s\n' "$i" "$(du -sh "$w/sharded/shard-$i" | cut -f1)" \
    "$("$b/quoth-index" --db "$w/sharded/shard-$i" --stats --json)"
done
