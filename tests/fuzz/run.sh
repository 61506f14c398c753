#!/usr/bin/env bash
# Builds the fuzz targets with clang and libFuzzer (in build-fuzz/) and runs
# each for SECONDS (default 60), starting from the bundled articles, the
# golden pages and past regressions. Prints each target's execution count.
# A crash leaves the input as build-fuzz/crash-* and exits non-zero.
#
# usage: tests/fuzz/run.sh [SECONDS]
set -euo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$root/build-fuzz"
if ! command -v clang++ >/dev/null; then
  echo "tests/fuzz/run.sh: skipped: clang++ is not installed (apt install clang)" >&2
  exit 0
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DQUOTH_FUZZ=ON >/dev/null
cmake --build "$build" --target fuzz-readers fuzz-analysis >/dev/null
status=0
for target in readers analysis; do
  corpus="$build/corpus-$target"
  mkdir -p "$corpus"
  cp -n "$root"/corpus/seeds/* "$root"/tests/analyzers/golden/* "$root"/tests/fuzz/regressions/* "$corpus"/ 2>/dev/null || true
  log="$build/fuzz-$target.log"
  if (cd "$build" && ASAN_OPTIONS=detect_leaks=1 ./fuzz-$target -max_total_time="$seconds" \
        -max_len=65536 -timeout=10 -rss_limit_mb=2048 "$corpus" >"$log" 2>&1); then
    echo "fuzz-$target: $(grep -o 'Done [0-9]* runs' "$log" | tail -1) in ${seconds}s, no crash"
  else
    echo "fuzz-$target: FAILED, see $log" >&2
    tail -30 "$log" >&2
    status=1
  fi
done
exit $status
