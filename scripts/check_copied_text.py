"""List the places in the repository that repeat a run of characters from real texts kept outside it.

    python scripts/check_copied_text.py /work/realaudit*-labels.yaml [--run 11] [--skip ID ...] [PATH ...]

Real charters are for learning, never copied (README, DEVELOPERS.md): the auditors' label files
(`civcat-eval: 1` YAML with `articles: [{id, text, codes}]`) stay outside the repository, and tests,
comments and docs are written in our own words. This prints every line of the given paths (default: src,
tests, docs, bench/*.py, README.md, DEVELOPERS.md) that shares a run of `--run` letters and digits
(punctuation and spaces ignored; a run starting in a line may go on into the next, so wrapped comments are caught) with
any of the texts, and the ids it shares them with. Formulaic law and charter boilerplate shows up too:
`--skip` the ids whose text is only that, and read the rest. Exit 1 when anything is listed.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = ["src", "tests", "docs", "bench", "README.md", "DEVELOPERS.md"]
SUFFIXES = {".py", ".md", ".txt", ".typ", ".j2", ".toml"}
_NOT_LETTER = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z]")


def runs_of(texts: dict[str, str], size: int) -> dict[str, str]:
    """Every run of `size` letters of each text → the id of the first text holding it."""
    found: dict[str, str] = {}
    for id_, text in texts.items():
        letters = _NOT_LETTER.sub("", text)
        for i in range(len(letters) - size + 1):
            found.setdefault(letters[i : i + size], id_)
    return found


def shared(path: Path, runs: dict[str, str], size: int) -> list[tuple[int, list[str], str]]:
    """(line number, ids, line) of each line of `path` that, read with the next, holds one of `runs`."""
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    out = []
    for k, line in enumerate(lines):
        own = len(_NOT_LETTER.sub("", line))  # a run counts for the line it starts in
        letters = _NOT_LETTER.sub("", line + (lines[k + 1] if k + 1 < len(lines) else ""))
        starts = range(min(own, len(letters) - size + 1))
        ids = {runs[letters[i : i + size]] for i in starts if letters[i : i + size] in runs}
        if ids:
            out.append((k + 1, sorted(ids), line.strip()))
    return out


def files_under(paths: list[str]) -> list[Path]:
    chosen = []
    for name in paths:
        path = ROOT / name
        candidates = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        chosen += [p for p in candidates if p.suffix in SUFFIXES]
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("labels", nargs="+", type=Path, help="label files of real texts (outside the repository)")
    parser.add_argument("--run", type=int, default=11, help="characters in a shared run (default 11)")
    parser.add_argument("--skip", nargs="*", default=[], help="ids whose text is only boilerplate")
    parser.add_argument("--paths", nargs="*", default=DEFAULT_PATHS, help="repository paths to read")
    args = parser.parse_args(argv)
    texts = {}
    for label_file in args.labels:
        for article in YAML(typ="safe").load(label_file.read_text(encoding="utf-8"))["articles"]:
            if article["id"] not in args.skip:
                texts[article["id"]] = article["text"]
    runs = runs_of(texts, args.run)
    listed = 0
    for path in files_under(args.paths):
        for number, ids, line in shared(path, runs, args.run):
            print(f"{path.relative_to(ROOT)}:{number}: {', '.join(ids)}: {line[:120]}")
            listed += 1
    return 1 if listed else 0


if __name__ == "__main__":
    sys.exit(main())
