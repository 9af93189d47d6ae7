#!/usr/bin/env python3
"""Fails when translations/*.ts are out of date with the sources.

Runs lupdate with the project's own options on copies of the .ts files and compares them with
the committed ones. Fix with: cmake --build --preset dev --target update_translations
"""
import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--project", required=True)
    parser.add_argument("--options", default="")
    parser.add_argument("ts_files", nargs="+")
    args = parser.parse_args()

    options = [o for o in args.options.split(";") if o]
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in args.ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            copies.append(copy)
        result = subprocess.run([args.lupdate, "-silent", *options, "-project", args.project,
                                 "-ts", *copies], capture_output=True, text=True)
        if result.returncode != 0:
            sys.stderr.write(result.stdout + result.stderr)
            return result.returncode
        for ts, copy in zip(args.ts_files, copies):
            if not filecmp.cmp(ts, copy, shallow=False):
                stale.append(ts)
    if stale:
        print("These translation files are out of date with the sources:")
        for ts in stale:
            print("  " + ts)
        print("Run: cmake --build --preset dev --target update_translations")
        return 1
    print(f"{len(args.ts_files)} translation files are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
