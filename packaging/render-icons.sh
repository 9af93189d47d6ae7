#!/usr/bin/env bash
# Regenerates every raster form of Outpost's icon from the two hand-written SVGs in
# resources/icons/, so the build itself needs no SVG rasteriser:
#   resources/icons/hicolor/<N>x<N>/apps/<app-id>.png   N = 16 22 24 32 48 64 128 256 512
#   resources/icons/windows/outpost.ico                 16-256, PNG-compressed (Vista and later)
#   resources/icons/macos/outpost.icns                  16-1024 (512@2x)
# Sizes up to 24 px come from <app-id>-small.svg, drawn on a 16 px grid; the rest from the full
# drawing. Run it after editing either SVG and commit what it writes.
#
# Needs rsvg-convert (Debian: librsvg2-bin) and python3; uses optipng when present.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
icons="$here/resources/icons"
app_id=io.github.outpost_client.Outpost
full="$icons/$app_id.svg"
small="$icons/$app_id-small.svg"

if ! command -v rsvg-convert >/dev/null; then
    echo "render-icons: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { # size source output
    rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio --format png "$2" -o "$3"
    if command -v optipng >/dev/null; then
        optipng -quiet -o5 -strip all "$3"
    fi
}

for size in 16 22 24 32 48 64 128 256 512; do
    src=$full
    ((size <= 24)) && src=$small
    out="$icons/hicolor/${size}x${size}/apps/$app_id.png"
    mkdir -p "$(dirname "$out")"
    render "$size" "$src" "$out"
    cp "$out" "$work/$size.png"
done
render 1024 "$full" "$work/1024.png"

mkdir -p "$icons/windows" "$icons/macos"
python3 - "$work" "$icons/windows/outpost.ico" "$icons/macos/outpost.icns" <<'EOF'
import struct, sys
work, ico_path, icns_path = sys.argv[1:4]
png = lambda n: open(f"{work}/{n}.png", "rb").read()

# ICO: a directory of PNG images; a width or height of 0 means 256.
sizes = [16, 24, 32, 48, 64, 256]
images = [png(n) for n in sizes]
offset = 6 + 16 * len(sizes)
entries = b""
for n, data in zip(sizes, images):
    entries += struct.pack("<BBBBHHII", n % 256, n % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open(ico_path, "wb") as f:
    f.write(struct.pack("<HHH", 0, 1, len(sizes)) + entries + b"".join(images))

# ICNS: big-endian chunks of (type, length including the 8-byte header, PNG data).
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
         ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512), ("ic10", 1024)]
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png(n))) + png(n) for t, n in types)
with open(icns_path, "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
EOF

echo "render-icons: wrote $icons/hicolor, windows/outpost.ico, macos/outpost.icns"
