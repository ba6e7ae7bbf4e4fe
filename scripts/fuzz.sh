#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each for SECONDS (default 30).
# Exits non-zero when any target crashes; crashing inputs are saved under fuzz/crashes/<target>/.
#   scripts/fuzz.sh 30            every target for 30 s
#   scripts/fuzz.sh 300 csv       only fuzz_csv
# New inputs that reach new code are kept in build-fuzz/corpus/<target>/ (not in the repo);
# fuzz/corpus/<target>/ holds the seeds and the regression inputs, which always run first.
set -euo pipefail

seconds="${1:-30}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SAMLA_FUZZ_BUILD:-$root/build-fuzz}"
targets=("${@:-csv json query date xlsx}")
read -r -a targets <<<"${targets[*]}"
jobs="${SAMLA_FUZZ_JOBS:-2}"

# A unity build (twelve sources a translation unit), as the presets: the headers are parsed once
# a batch instead of once a file.
configure=(-S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" -DSAMLA_FUZZ=ON
           -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=12
           -DSAMLA_SANITIZE=ON -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++
           "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link -fno-sanitize-recover=all")
cmake "${configure[@]}" >/dev/null

build_targets=()
for t in "${targets[@]}"; do build_targets+=("fuzz_$t"); done
start=$(date +%s)
cmake --build "$build" -j "$jobs" --target "${build_targets[@]}"
echo "fuzz: built ${build_targets[*]} in $(( $(date +%s) - start )) s"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# One target on each core (SAMLA_FUZZ_JOBS at a time): a target is single-threaded, so four
# targets of 20 s take 40 s on two cores instead of 80.
fuzz_one() {
  local t="$1"
  local seeds="$root/fuzz/corpus/$t" work="$build/corpus/$t" crashes="$root/fuzz/crashes/$t"
  mkdir -p "$work" "$crashes"
  # SAMLA_FUZZ_SEED fixes libFuzzer's random seed, so a run in CI is repeatable.
  local seed=()
  [ -n "${SAMLA_FUZZ_SEED:-}" ] && seed=(-seed="$SAMLA_FUZZ_SEED")
  if ! "$build/fuzz/fuzz_$t" "${seed[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=8192 -artifact_prefix="$crashes/" -print_final_stats=1 \
      "$work" "$seeds" >"$build/fuzz_$t.log" 2>&1; then
    echo "fuzz: fuzz_$t FAILED; input saved under fuzz/crashes/$t/, log: $build/fuzz_$t.log" >&2
    grep -E "ERROR|SUMMARY|runtime error|deadly signal" "$build/fuzz_$t.log" | head -5 >&2 || true
    return 1
  fi
  echo "fuzz: fuzz_$t for ${seconds} s: $(grep -E "stat::number_of_executed_units" "$build/fuzz_$t.log" | tail -1)"
}

failed=0
pids=()
for t in "${targets[@]}"; do
  # Wait for a free core before starting the next target.
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || failed=1; done
  fuzz_one "$t" &
  pids+=("$!")
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
exit "$failed"
