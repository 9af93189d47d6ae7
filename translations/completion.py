#!/usr/bin/env python3
"""Prints how complete each translation is.

    translations/completion.py [translations/outpost_*.ts]
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET


def completion(path: str):
    root = ET.parse(path).getroot()
    total = done = unfinished = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        total += 1
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.findall("numerusform")] if translation is not None else []
            text_present = bool(forms) and all(forms)
        else:
            text_present = translation is not None and bool(translation.text)
        if kind == "unfinished" or not text_present:
            unfinished += 1
        else:
            done += 1
    return root.get("language", "?"), total, done, unfinished


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    # outpost_en.ts holds only the English plural forms: not a language to translate.
    files = sys.argv[1:] or sorted(p for p in glob.glob(os.path.join(here, "outpost_*.ts"))
                                   if os.path.basename(p) != "outpost_en.ts")
    print(f"{'language':<10} {'done':>6} {'total':>6} {'complete':>9}")
    for path in files:
        lang, total, done, _ = completion(path)
        pct = 100.0 * done / total if total else 100.0
        print(f"{lang:<10} {done:>6} {total:>6} {pct:>8.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
