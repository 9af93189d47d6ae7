#!/usr/bin/env bash
# Everything CI checks, on an already configured and built `ci` preset:
# formatting, every ctest test but benchmarks, then one smoke run of each benchmark.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

echo "== formatting"
cmake --build --preset ci --target format-check

echo "== translations are up to date with the sources"
cmake --build --preset ci --target check_translations

echo "== tests"
ctest --preset ci

echo "== benchmark smoke runs"
OUTPOST_BENCH_SMOKE=1 ctest --preset bench --output-on-failure
