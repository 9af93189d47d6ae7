#!/usr/bin/env bash
# Everything CI checks, on an already configured and built `ci` preset:
# formatting, every ctest test but benchmarks, a start of the Quick start demo, one smoke run
# of each benchmark, then the Debian package: built with cpack, checked by lintian, installed,
# run (outpost-cli --version, outpost --smoke-test offscreen) and purged
# (packaging/test-package.sh; needs root or sudo).
#
# OUTPOST_SKIP_PACKAGE_TEST=1 leaves the package out on a machine where installing one is not
# wanted; the script then says so at the end. CI never sets it.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

echo "== formatting"
cmake --build --preset ci --target format-check

echo "== translations are up to date with the sources"
cmake --build --preset ci --target check_translations

echo "== tests"
ctest --preset ci

echo "== the Quick start demo opens on the demo forum's synced topics"
demo=$(QT_QPA_PLATFORM=offscreen timeout 900 packaging/launch.sh --demo -- --smoke-test)
echo "$demo" | grep -E '^smoke-test: forum=Demo%20forum topics=[1-9]' ||
    { echo "$demo"; echo "check: the demo window listed no synced topics" >&2; exit 1; }

echo "== benchmark smoke runs"
OUTPOST_BENCH_SMOKE=1 ctest --preset bench --output-on-failure

echo "== the Debian package"
if [[ "${OUTPOST_SKIP_PACKAGE_TEST:-}" == 1 ]]; then
    echo "check: the Debian package was NOT checked (OUTPOST_SKIP_PACKAGE_TEST=1)" >&2
else
    "$here/packaging/test-package.sh" "$here/build/ci"
fi
