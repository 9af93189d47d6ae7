#!/usr/bin/env python3
"""Moves translations filed under a bare context ("MainWindow") to the qualified one tr() asks
for at run time ("outpost::gui::MainWindow").

Until lupdate was given the apps' own include folders it could not see the namespace of the
desktop app's classes, so their texts landed under bare contexts that never match at run time.
Run this once on each .ts file before the next update_translations, or lupdate (-no-obsolete)
would drop those translations as unused:

    translations/qualify_contexts.py translations/outpost_*.ts

A bare context is renamed when exactly one context of the sources ends in "::<name>"; the
sources' contexts are read from a fresh lupdate run (REFERENCE, default: the build tree's
pseudo_sources.ts) or, failing that, from outpost_en.ts.
"""
import argparse
import os
import sys
import xml.etree.ElementTree as ET


def contexts_of(path):
    return {c.findtext("name") for c in ET.parse(path).getroot().iter("context")}


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--reference", help="a .ts file lupdate made from the sources now")
    parser.add_argument("ts_files", nargs="+")
    args = parser.parse_args()
    reference = args.reference or os.path.join(here, "..", "build", "ci", "translations",
                                               "pseudo_sources.ts")
    known = contexts_of(reference) if os.path.exists(reference) else set()
    known |= contexts_of(os.path.join(here, "outpost_en.ts"))
    by_last = {}
    for name in known:
        if "::" in name:
            by_last.setdefault(name.rsplit("::", 1)[1], []).append(name)
    for path in args.ts_files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        renamed = 0
        for name in sorted(contexts_of(path)):
            if "::" in name or len(by_last.get(name, [])) != 1:
                continue
            text = text.replace(f"<name>{name}</name>", f"<name>{by_last[name][0]}</name>")
            renamed += 1
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{path}: {renamed} contexts qualified")
    return 0


if __name__ == "__main__":
    sys.exit(main())
