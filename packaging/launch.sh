#!/usr/bin/env bash
# Launches the built app (build/ci).
#   packaging/launch.sh [--] [APP_ARGS...]
#   packaging/launch.sh --demo [--] [APP_ARGS...]
# --demo needs no internet: it starts outpost-devserver with a generated forum on loopback,
# makes a throwaway profile that knows that forum and has synced it once, and opens Outpost on
# it. Closing Outpost stops the devserver and deletes the profile.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin="$here/build/ci"
app="$bin/app/gui/outpost"
cli="$bin/app/cli/outpost-cli"
devserver="$bin/tests/support/outpost-devserver"

fail() {
    echo "launch: $*" >&2
    exit 1
}

if [[ "${1:-}" != "--demo" ]]; then
    [[ "${1:-}" == "--" ]] && shift
    [[ -x "$app" ]] || fail "$app is not built; run packaging/bootstrap.sh run"
    exec "$app" "$@"
fi
shift
[[ "${1:-}" == "--" ]] && shift
for program in "$app" "$cli" "$devserver"; do
    [[ -x "$program" ]] || fail "$program is not built; run packaging/bootstrap.sh run --demo"
done

work=$(mktemp -d -t outpost-demo.XXXXXX)
devserver_pid=""
cleanup() {
    if [[ -n "$devserver_pid" ]]; then
        kill -TERM "$devserver_pid" 2>/dev/null || true
        wait "$devserver_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A forum a few times the size of a small community's, always the same (seed), with the
# forum's rate limits off so the first sync is quick. Rate limits and faults are the tests'
# business; see tests/support/README.md to try them by hand.
"$devserver" --port 0 --generate categories=12,topics=600,posts=6000 --seed 7 --rate-limits off \
    --quiet >"$work/devserver.out" 2>"$work/devserver.log" &
devserver_pid=$!
url=""
for _ in $(seq 300); do
    url=$(sed -n 's/^listening on //p' "$work/devserver.out")
    [[ -n "$url" ]] && break
    kill -0 "$devserver_pid" 2>/dev/null || fail "the devserver stopped: $(cat "$work/devserver.log")"
    sleep 0.1
done
[[ -n "$url" ]] || fail "the devserver did not start listening within 30 s"
echo "launch: demo forum at $url (profile $work/profile)"

export OUTPOST_PROFILE="$work/profile"
"$cli" forum add "$url" --name "Demo forum"
# The first sync reads the forum's categories; then follow them all and sync their topics
# (the last 90 days of activity, as for a real forum). 3 (partial) would only mean the sync
# stopped early; Outpost opens on what was stored.
echo "launch: reading the demo forum's categories"
"$cli" sync >/dev/null || [[ $? -eq 3 ]] || fail "the first sync of the demo forum failed"
mapfile -t categories < <("$cli" categories --json | grep -o '"id": *[0-9]*' | grep -o '[0-9]*$')
[[ ${#categories[@]} -gt 0 ]] || fail "the demo forum has no categories"
"$cli" follow "${categories[@]}" >/dev/null
echo "launch: syncing ${#categories[@]} categories of the demo forum"
"$cli" sync || [[ $? -eq 3 ]] || fail "the sync of the demo forum's topics failed"

"$app" --profile "$OUTPOST_PROFILE" "$@"
