#!/usr/bin/env bash
# Builds the Debian package from a configured build tree, checks it with lintian, installs it
# on this machine, checks what a person would use, then purges it and checks that nothing is
# left behind.
#
#   packaging/test-package.sh [--cli-only] [BUILD_DIR]        BUILD_DIR defaults to build/ci
#
# --cli-only  for a tree without the GUI target: does not run `outpost` (everything else is
#             checked as usual). CI never passes it.
#
# Needs root for apt-get and dpkg: CI runs it as root; elsewhere it uses sudo. It refuses to
# run when a package named outpost is already installed, since it ends by purging it.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cli_only=0
build_dir=""
for arg in "$@"; do
    case "$arg" in
    --cli-only) cli_only=1 ;;
    -h | --help)
        sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    -*)
        echo "test-package: unknown option $arg" >&2
        exit 2
        ;;
    *) build_dir=$arg ;;
    esac
done
build_dir=$(cd "${build_dir:-$here/build/ci}" 2>/dev/null && pwd) || {
    echo "test-package: no build tree at ${build_dir:-build/ci}; run packaging/bootstrap.sh test first" >&2
    exit 2
}
if [[ ! -f "$build_dir/CPackConfig.cmake" ]]; then
    echo "test-package: $build_dir has no CPackConfig.cmake; configure it with a preset first" >&2
    exit 2
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || {
        echo "test-package: needs root for apt-get and dpkg, and sudo is not installed" >&2
        exit 1
    }
    sudo=(sudo)
fi

step() { printf '\n== %s\n' "$*"; }
fail() {
    echo "test-package: FAILED: $*" >&2
    exit 1
}

installed_status() { dpkg-query -W -f='${db:Status-Status}' outpost 2>/dev/null || true; }

status=$(installed_status)
if [[ -n "$status" && "$status" != "not-installed" ]]; then
    fail "a package named outpost is already on this machine ($status); remove it first"
fi

work=$(mktemp -d)
we_installed=0
cleanup() {
    if ((we_installed)); then
        echo "test-package: purging the package after a failure" >&2
        "${sudo[@]}" apt-get remove --purge -y -qq outpost >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "building $build_dir"
cmake --build "$build_dir" -j "${OUTPOST_JOBS:-$(nproc 2>/dev/null || echo 2)}"

step "making the package"
out="$build_dir/package"
rm -rf "$out"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$out"
debs=("$out"/outpost_*.deb)
[[ ${#debs[@]} -eq 1 && -f "${debs[0]}" ]] || fail "expected one outpost_*.deb in $out"
deb=${debs[0]}
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
[[ -n "$version" ]] || fail "no CPACK_PACKAGE_VERSION in CPackConfig.cmake"
echo "$deb"

step "control fields"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends Recommends
[[ $(dpkg-deb --field "$deb" Package) == outpost ]] || fail "the package is not named outpost"
[[ $(dpkg-deb --field "$deb" Version) == "$version-1" ]] || fail "Version is not $version-1"
# dpkg-shlibdeps worked the dependencies out: Qt and the C++ runtime must be among them.
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6core6 libstdc++6 libc6; do
    [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done

step "lintian (errors fail; packaging/README.md lists the warnings we accept)"
rc=0
lintian --fail-on error "$deb" >"$work/lintian.txt" 2>&1 || rc=$?
# As root lintian adds that running as root is not recommended: noise here.
grep -v '^running with root privileges' "$work/lintian.txt" || true
((rc == 0)) || fail "lintian reported errors"

step "installing"
export DEBIAN_FRONTEND=noninteractive
we_installed=1
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "$deb"
[[ $(installed_status) == installed ]] || fail "dpkg does not list outpost as installed"

# What the package put on the machine, and of what kind, to check the removal against.
dpkg -L outpost >"$work/listed"
while IFS= read -r path; do
    if [[ -L "$path" || -f "$path" ]]; then
        echo "$path" >>"$work/files"
    elif [[ -d "$path" ]]; then
        echo "$path" >>"$work/dirs"
    else
        fail "dpkg lists $path but it is not on disk (a dpkg path-exclude in /etc/dpkg/dpkg.cfg.d?)"
    fi
done < <(grep -vx '/\.' "$work/listed")
echo "$(wc -l <"$work/files") files installed"

# Programs run with a throwaway home and profile: nothing of this run stays on the machine.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
export OUTPOST_PROFILE="$work/profile"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
cd "$work"

step "outpost-cli"
[[ $(command -v outpost-cli) == /usr/bin/outpost-cli ]] || fail "outpost-cli is not /usr/bin/outpost-cli"
got=$(outpost-cli --version)
[[ "$got" == "outpost-cli $version" ]] || fail "outpost-cli --version said '$got'"
echo "$got"
outpost-cli --help >/dev/null || fail "outpost-cli --help failed"
[[ $(man -w outpost-cli) == /usr/share/man/man1/outpost-cli.1.gz ]] || fail "man cannot find outpost-cli(1)"
man --warnings -l /usr/share/man/man1/outpost-cli.1.gz 2>&1 >/dev/null | { ! grep .; } ||
    fail "man reported problems in outpost-cli(1)"

step "desktop integration"
mapfile -t ours < <(grep -x '/usr/share/applications/.*\.desktop' "$work/files")
[[ ${#ours[@]} -eq 1 ]] || fail "expected one desktop entry in the package, found ${#ours[@]}"
app_id=$(basename "${ours[0]}" .desktop)
echo "app id: $app_id"
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --no-color "/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
for size in 16 22 24 32 48 64 128 256 512; do
    [[ -s "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" ]] || fail "no ${size}x${size} icon"
done
[[ -s "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ]] || fail "no scalable icon"
[[ -s /usr/share/doc/outpost/copyright && -s /usr/share/doc/outpost/changelog.Debian.gz ]] ||
    fail "no copyright or changelog in /usr/share/doc/outpost"

step "translations"
# Translations are compiled into the programs (Qt resources), not installed as files. The
# installed CLI must speak the pseudo-locale, and every language with translated strings.
english=$(LANGUAGE= LC_ALL=C.UTF-8 OUTPOST_LANG=en outpost-cli --help)
pseudo=$(OUTPOST_LANG=pseudo outpost-cli --help)
[[ "$pseudo" == *"Ûšàĝé"* ]] || fail "the installed outpost-cli does not load its translations"
shopt -s nullglob
sources=("$here"/translations/outpost_*.ts)
shopt -u nullglob
checked=0
for ts in "${sources[@]}"; do
    lang=$(basename "$ts" .ts)
    lang=${lang#outpost_}
    grep -q '<translation>[^<]' "$ts" || continue # nothing translated yet
    translated=$(OUTPOST_LANG="$lang" outpost-cli --help)
    [[ "$translated" != "$english" ]] || fail "outpost-cli --help is not translated into $lang"
    checked=$((checked + 1))
done
echo "pseudo-locale and $checked of ${#sources[@]} languages load from the installed program"

if ((cli_only)); then
    step "outpost: not run (--cli-only)"
else
    step "outpost"
    [[ $(command -v outpost) == /usr/bin/outpost ]] || fail "outpost is not /usr/bin/outpost"
    got=$(QT_QPA_PLATFORM=offscreen outpost --version)
    [[ "$got" == *"$version"* ]] || fail "outpost --version said '$got'"
    echo "$got"
    QT_QPA_PLATFORM=offscreen outpost --help >/dev/null || fail "outpost --help failed"
    [[ $(man -w outpost) == /usr/share/man/man1/outpost.1.gz ]] || fail "man cannot find outpost(1)"
    # --smoke-test shows the main window, lets the event loop run for a moment and exits 0.
    QT_QPA_PLATFORM=offscreen timeout 120 outpost --smoke-test ||
        fail "outpost --smoke-test exited with $?"
    echo "the main window came up and closed"
fi

step "purging"
cd "$here"
"${sudo[@]}" apt-get remove --purge -y -qq outpost
we_installed=0
status=$(installed_status)
[[ -z "$status" || "$status" == not-installed ]] || fail "dpkg still lists outpost ($status)"
left=0
while IFS= read -r path; do
    if [[ -e "$path" || -L "$path" ]]; then
        echo "left behind: $path" >&2
        left=1
    fi
done <"$work/files"
# A directory may stay only if another package owns it too (/usr/share/icons/hicolor/...).
while IFS= read -r dir; do
    if [[ -d "$dir" ]] && ! dpkg -S "$dir" >/dev/null 2>&1; then
        echo "left behind: $dir/" >&2
        left=1
    fi
done <"$work/dirs"
((left == 0)) || fail "the purge left files behind"
echo "nothing left behind"

printf '\ntest-package: OK (%s)\n' "$(basename "$deb")"
