#!/usr/bin/env python3
"""Makes the pseudo-locale: every source string of a .ts file, accented and made 40 % longer,
between brackets, so that an untranslated string (plain ASCII) or a cut label ("[Ŝýñç" with no
closing bracket) shows at a glance. Placeholders (%1, %n, %L1), markup (<b>, &amp;) and
keyboard accelerators (&File) are kept as they are.

    make_pseudo.py SOURCE.ts OUT.ts
"""
import re
import sys
import xml.etree.ElementTree as ET

ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")

# Things that must come through untouched.
PROTECTED = re.compile(r"(%L?\d+|%n|<[^>]*>|&[a-zA-Z]+;|&#\d+;|&(?=[A-Za-z])|\\n|\n)")


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    parts = PROTECTED.split(text)
    out = []
    letters = 0
    for i, part in enumerate(parts):
        if i % 2 == 1:
            out.append(part)
        else:
            out.append(part.translate(ACCENTS))
            letters += sum(c.isalpha() for c in part)
    padding = "·" * max(1, round(letters * 0.4))
    return "[" + "".join(out) + padding + "]"


def main() -> int:
    source, target = sys.argv[1], sys.argv[2]
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        src = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.clear()
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                form = ET.SubElement(translation, "numerusform")
                form.text = pseudo(src)
        else:
            translation.text = pseudo(src)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
