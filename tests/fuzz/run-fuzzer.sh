#!/usr/bin/env bash
# Builds the libFuzzer target of the JSON importer in a clang build folder of its own and runs it
# for a bounded time over the seed corpus.
#
#   tests/fuzz/run-fuzzer.sh SOURCE_DIR FUZZ_BUILD_DIR [SECONDS]
#
# The main build stays GCC; this folder is configured once (clang, -DHINDSIGHT_FUZZ=ON builds core,
# the interchange library and the fuzz target only, instrumented) and then rebuilt incrementally.
# New inputs the fuzzer finds go to FUZZ_BUILD_DIR/corpus, never into the source tree; a crashing
# input is written to FUZZ_BUILD_DIR/artifacts/ and named in the output: fix the bug, then add
# the input to tests/fuzz/corpus. Headless (Qt Core only) and fine as root.
set -euo pipefail

src=$(cd "$1" && pwd)
build=$2
seconds=${3:-60}

if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ is missing; packaging/install-deps.sh installs clang and libclang-rt-14-dev" >&2
  exit 1
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
  launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  cmake -S "$src" -B "$build" -DHINDSIGHT_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF "${launcher[@]}" >/dev/null
fi
cmake --build "$build" --target fuzz_jsonimporter -j "$(nproc)"

mkdir -p "$build/corpus" "$build/artifacts"
# Leaks are looked for after every input that allocated more than it freed; allocation limits
# catch an input that makes the importer take memory without bound. Where LeakSanitizer cannot
# run (it needs ptrace), set ASAN_OPTIONS=detect_leaks=0.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
"$build/tests/fuzz/fuzz_jsonimporter" "$build/corpus" "$src/tests/fuzz/corpus" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=512 \
  -max_len=65536 -artifact_prefix="$build/artifacts/" -print_final_stats=1
echo "fuzz: ok"
