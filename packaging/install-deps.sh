#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Outpost needs to build, run and test.
# Only what is missing is installed; running it again is cheap.
#   packaging/install-deps.sh            build + run + test dependencies
#   packaging/install-deps.sh --runtime  only what the installed app needs
set -euo pipefail

build_pkgs=(
    cmake ninja-build g++ pkg-config ccache clang-format git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libxkbcommon-dev
    libcurl4-openssl-dev libssl-dev openssl libsqlite3-dev sqlite3
    libcmark-gfm-dev libcmark-gfm-extensions-dev libsimdjson-dev libgl-dev
)
test_pkgs=(
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    desktop-file-utils appstream python3 python3-jsonschema lintian dpkg-dev file
    groff-base man-db
)
runtime_pkgs=(
    libqt6widgets6 libqt6network6 qt6-qpa-plugins qt6-translations-l10n
    libqt6keychain1 libcurl4 libsqlite3-0 libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6
    libsimdjson14
)

want=()
if [[ "${1:-}" == "--runtime" ]]; then
    want=("${runtime_pkgs[@]}")
else
    want=("${build_pkgs[@]}" "${test_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: everything is installed"
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then
        sudo=(sudo)
    else
        echo "install-deps: these packages are missing and I am not root (no sudo): ${missing[*]}" >&2
        exit 1
    fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
