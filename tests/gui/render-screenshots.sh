#!/bin/sh
# Renders the screenshots of the main views into docs/screenshots/ (README shows them).
#   tests/gui/render-screenshots.sh [BUILD_DIR]     default: build/dev
set -eu
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${1:-$source_dir/build/dev}
cmake --build "$build_dir" --target outpost-screenshots -j2
QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$build_dir/tests/gui/outpost-screenshots" \
    "$source_dir/docs/screenshots"
