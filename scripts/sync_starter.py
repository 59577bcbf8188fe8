#!/usr/bin/env python3
"""Copy the bundled county's reference catalogues and model charters into the package.

`civcat init` gives a new county copies of catalogues/reference/*.yaml and charters/model/*.yaml.
They ship inside the package (src/civcat/starter/, same layout as a repository) because an
installed civcat has no repository beside it. Run this after editing those files:

    python scripts/sync_starter.py           # copy (and remove starter files the repository no longer has)
    python scripts/sync_starter.py --check   # exit 1 and name the files that differ

tests/test_onboarding.py fails when the two drift apart.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STARTER = REPO / "src" / "civcat" / "starter"
#: The folders copied, relative to both the repository and the starter folder.
FOLDERS = ("catalogues/reference", "charters/model")


def wanted() -> dict[str, bytes]:
    """The starter's files as the repository has them: relative path → bytes."""
    files: dict[str, bytes] = {}
    for folder in FOLDERS:
        for path in sorted((REPO / folder).glob("*.yaml")):
            files[f"{folder}/{path.name}"] = path.read_bytes()
    return files


def present() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for folder in FOLDERS:
        for path in sorted((STARTER / folder).glob("*.yaml")):
            files[f"{folder}/{path.name}"] = path.read_bytes()
    return files


def differences() -> list[str]:
    want, have = wanted(), present()
    return sorted(rel for rel in set(want) | set(have) if want.get(rel) != have.get(rel))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report differences (exit 1 when there are any)")
    args = parser.parse_args()
    changed = differences()
    if args.check:
        for rel in changed:
            print(f"differs: src/civcat/starter/{rel}")
        return 1 if changed else 0
    want = wanted()
    for rel in changed:
        target = STARTER / rel
        if rel in want:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(want[rel])
            print(f"copied   {rel}")
        else:
            target.unlink()
            print(f"removed  src/civcat/starter/{rel}")
    if not changed:
        print("starter files are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
