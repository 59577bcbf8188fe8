#!/usr/bin/env bash
# During a `git merge` that conflicts on the English catalog (parallel branches each added messages):
# take the incoming side's civcat.po, re-extract the messages of the merged code, fill in every
# translation the other side had, and compile civcat.mo again. Run from the repository root with the
# project's virtual environment active; then `git add` both files.
set -euo pipefail
PO=src/civcat/locale/en/LC_MESSAGES/civcat.po
MO=src/civcat/locale/en/LC_MESSAGES/civcat.mo
tmp=$(mktemp -d)
git show :2:$PO > "$tmp/ours.po"
git show :3:$PO > "$tmp/theirs.po"
cp "$tmp/theirs.po" "$PO"
python scripts/i18n.py update
python scripts/i18n.py merge "$tmp/ours.po" "$tmp/theirs.po"
python scripts/i18n.py compile
git add "$PO" "$MO"
python scripts/i18n.py missing || true
