#!/usr/bin/env bash
# Runs a command against a real Secret Service: a private D-Bus session bus with
# gnome-keyring-daemon on it, unlocked with an empty password, in a throwaway HOME
# so the person's own keyring is never touched.
#   tests/support/with-keyring.sh <command> [args...]
set -euo pipefail

if [[ -z "${OUTPOST_IN_KEYRING_SESSION:-}" ]]; then
    export OUTPOST_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

tmp_home=$(mktemp -d)
trap 'if [[ -n "${keyring_pid:-}" ]]; then kill "$keyring_pid" 2>/dev/null || true; fi; rm -rf "$tmp_home"' EXIT
export HOME="$tmp_home"
export XDG_DATA_HOME="$tmp_home/.local/share"
export XDG_RUNTIME_DIR="$tmp_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# --unlock reads a password from stdin and creates the "login" collection unlocked. It must not
# be empty, or the daemon asks a (graphical) prompter instead. This throwaway keyring lives in
# the temporary HOME above; its password protects nothing. The daemon leaves with the session
# bus when dbus-run-session ends.
if ! env_lines=$(printf 'outpost-test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize); then
    echo "with-keyring: gnome-keyring-daemon did not start" >&2
    exit 1
fi
while IFS= read -r line; do
    [[ "$line" == *=* ]] && export "${line?}"
done <<<"$env_lines"
keyring_pid=${GNOME_KEYRING_PID:-}

# Wait until the Secret Service name is on the bus (it registers asynchronously).
ready=0
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; then
        ready=1
        break
    fi
    sleep 0.1
done
if [[ $ready -ne 1 ]]; then
    echo "with-keyring: the Secret Service did not appear on the session bus" >&2
    exit 1
fi

"$@"
