#!/usr/bin/env bash
# Launches the built app. --demo starts a generated forum on loopback first.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin="$here/build/ci"
app="$bin/app/gui/outpost"

if [[ "${1:-}" != "--demo" ]]; then
    [[ "${1:-}" == "--" ]] && shift
    exec "$app" "$@"
fi
shift
[[ "${1:-}" == "--" ]] && shift
echo "launch: the demo is not wired up yet" >&2
exec "$app" "$@"
