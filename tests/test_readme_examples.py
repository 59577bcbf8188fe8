"""Every `civcat …` line of the README's examples runs as written, on a copy of the bundled county.

A new user follows the README line by line; an example that names an ambiguous village or a
syntax placeholder (`[--from FILE]`) stops them at the first step. Each fenced block runs in order
in a git repository copied from the bundled county (`main` and `origin/main` exist, as in a clone),
with its own HOME and cache: `cd` moves within the block, output goes into the copy. Each line
must exit 0, or the code EXPECTED documents for it. The render lines make every poster of the
county, so this is one of the suite's longer tests (about a minute on an idle machine).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"

#: Lines expected to exit with another code than 0, with the README's reason.
EXPECTED: dict[str, int] = {}
#: Files a clerk brings that the bundled county does not hold (their Word charters): the lines that
#: read them are not run. Every other line is.
USER_FILES = {"桐梓村村规民约.docx", "公约/", "新版.docx"}


def readme_blocks() -> list[tuple[int, list[str]]]:
    """The fenced blocks holding `civcat` lines: (line number of the fence, the block's lines)."""
    blocks, current, start = [], None, 0
    for number, line in enumerate(README.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("```"):
            if current is None:
                current, start = [], number
            else:
                if any(row.startswith("civcat ") for row in current):
                    blocks.append((start, current))
                current = None
        elif current is not None:
            current.append(line)
    return blocks


def test_the_readme_has_examples_and_no_placeholders():
    lines = [row for _start, block in readme_blocks() for row in block if row.startswith("civcat ")]
    assert len(lines) >= 30
    commands = [shlex.split(row, comments=True) for row in lines]
    assert not [
        c
        for c in commands
        if any(re.fullmatch(r"\[.*|.*\]|\.\.\.|…|.*\|.*|CODE|NAME|DIR|FILE|TABLE|BASE|PATH|DATE", a) for a in c)
    ]


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("readme")
    county = work / "county"
    county.mkdir()
    for folder in ("catalogues", "charters"):
        shutil.copytree(REPO / folder, county / folder)
    shutil.copy(REPO / ".gitignore", county / ".gitignore")
    git = ["git", "-c", "user.name=README", "-c", "user.email=readme@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q", "-b", "main"], cwd=county, check=True)
    subprocess.run([*git, "add", "-A"], cwd=county, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "bundled county"], cwd=county, check=True)
    subprocess.run(["git", "update-ref", "refs/remotes/origin/main", "HEAD"], cwd=county, check=True)
    _division_table(county / "区划代码.xlsx")
    (work / "home").mkdir()
    return work


def _division_table(path: Path) -> None:
    """A statistics bureau table for `civcat import divisions` (made-up rows, for the test only)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["统计用区划代码", "城乡分类代码", "名称"])
    for row in (
        ("500240001000", "", "示例街道"),
        ("500240001001", "111", "示例一社区"),
        ("500240101000", "", "示例镇"),
        ("500240101201", "220", "示例二村"),
        ("500240101202", "220", "示例三村"),
    ):
        sheet.append(list(row))
    book.save(path)


BLOCKS = readme_blocks()
#: (command line, folder) already run: a line repeated in a later block (`civcat validate`) runs once.
_DONE: set[tuple[str, Path]] = set()


@pytest.mark.parametrize(("start", "block"), BLOCKS, ids=[f"README.md:{start}" for start, _block in BLOCKS])
def test_readme_block_runs_as_written(work, start, block):
    cwd = work / "county"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(work / "home"),
        "NO_COLOR": "1",
        "CIVCAT_LANG": "zh",
        "CIVCAT_CACHE_DIR": str(work / "cache"),
    }
    for row in block:
        words = shlex.split(row, comments=True)
        if words[:1] == ["cd"]:
            cwd = (cwd / words[1]).resolve()
            continue
        if words[:1] != ["civcat"] or (" ".join(words), cwd) in _DONE or USER_FILES & set(words):
            continue
        _DONE.add((" ".join(words), cwd))
        run = subprocess.run(
            [sys.executable, "-m", "civcat", *words[1:]], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
        )
        expected = EXPECTED.get(row.split("#")[0].strip(), 0)
        assert run.returncode == expected, f"{row}\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}"
