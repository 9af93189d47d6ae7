#!/bin/sh
# Renders the screenshots of the main views into docs/screenshots/ (README shows them), and the
# main window in French and Arabic (main-window-fr.png, main-window-ar.png) for the README and
# translations/TRANSLATING.md. Those show what translations/*.ts hold when they are made: run
# this again once translations change.
#   tests/gui/render-screenshots.sh [BUILD_DIR] [LANGUAGES]   default: build/dev, "fr ar"
set -eu
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${1:-$source_dir/build/dev}
languages=${2:-fr ar}
cmake --build "$build_dir" --target outpost-screenshots -j2
renderer="$build_dir/tests/gui/outpost-screenshots"
QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$renderer" "$source_dir/docs/screenshots"
for language in $languages; do
    QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$renderer" --lang "$language" \
        "$source_dir/docs/screenshots"
done
