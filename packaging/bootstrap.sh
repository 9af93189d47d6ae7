#!/usr/bin/env bash
# The two Quick start commands of the README live here.
#
#   packaging/bootstrap.sh run [--demo] [-- APP_ARGS...]
#       install what is missing, build, and launch Outpost. With --demo it first starts the
#       devserver with a generated forum on loopback and points a throwaway profile at it,
#       so it works with no internet.
#   packaging/bootstrap.sh test
#       install what is missing, build, and run every test (and a smoke run of each benchmark).
#       .ci/run calls exactly this.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

cmd=${1:-}
shift || true

"$here/packaging/install-deps.sh"

if command -v ccache >/dev/null; then
    export OUTPOST_COMPILER_LAUNCHER=ccache
    export CCACHE_BASEDIR="$here"
fi
jobs=$(nproc 2>/dev/null || echo 2)

build() {
    cmake --preset ci >/dev/null
    cmake --build --preset ci -j "$jobs"
}

case "$cmd" in
run)
    build
    exec "$here/packaging/launch.sh" "$@"
    ;;
test)
    build
    "$here/packaging/check.sh"
    ;;
*)
    echo "usage: packaging/bootstrap.sh run [--demo] [-- APP_ARGS...] | test" >&2
    exit 2
    ;;
esac
