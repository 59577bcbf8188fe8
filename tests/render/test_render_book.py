"""`civcat render charter --book`: one PDF with a cover, a table of contents, page numbers and every
charter on a new page, read back with pypdf."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MINI_COUNTY, VILLAGE_CHARTER
from pypdf import PdfReader

from civcat.errors import UsageError
from civcat.render.book import render_book
from civcat.validate import load_repository, parse_documents

SECOND_VILLAGE = "charters/500243112/500243112202.yaml"


def second_village(mini) -> None:
    """A second village in 长生镇 (made-up data): its community file and its charter."""
    village = MINI_COUNTY["catalogues/communities/500243112/500243112201.yaml"]
    mini.write(
        "catalogues/communities/500243112/500243112202.yaml",
        village.replace("500243112201", "500243112202").replace("石门村", "双河村"),
    )
    mini.write(
        SECOND_VILLAGE,
        MINI_COUNTY[VILLAGE_CHARTER]
        .replace("500243112201", "500243112202")
        .replace("石门村", "双河村")
        .replace("voted: 2021-08-15", "voted: 2022-03-15")
        .replace("filed: 2021-08-25", "filed: 2022-03-25")
        .replace("published: 2021-08-30", "published: 2022-03-30"),
    )
    mini.replace("catalogues/county.yaml", "villages: 1", "villages: 2")


def loaded(mini):
    repository = load_repository(mini.root)
    parse_documents(repository)
    return repository


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_township_book(mini, tmp_path):
    second_village(mini)
    book = render_book(loaded(mini), tmp_path / "out", township="500243112")
    assert book.charters == 2 and book.path.name == "500243112-长生镇-村规民约居民公约汇编.pdf"
    pages = page_texts(book.path)
    assert "村规民约居民公约汇编" in pages[0] and "长生镇" in pages[0] and "— " not in pages[0]  # the cover
    assert "目" in pages[1] and "石门村村规民约" in pages[1] and "双河村村规民约" in pages[1]  # the contents
    starts = [n for n, text in enumerate(pages) if text.lstrip().startswith(("石门村村规民约", "双河村村规民约"))]
    assert len(starts) == 2  # each charter begins a page
    assert "— 1 —" in pages[1] and f"— {len(pages) - 1} —" in pages[-1]  # numbered from the contents on
    # the contents give each charter's page number
    for n in starts:
        title = pages[n].lstrip().split("\n", 1)[0]
        line = next(row for row in pages[1].splitlines() if row.startswith(title))
        assert line.rstrip().endswith(str(n))
    outline = [item["/Title"] for item in PdfReader(book.path).outline if isinstance(item, dict)]
    assert outline == ["石门村村规民约", "双河村村规民约"]


def test_county_book_has_township_sections(mini, tmp_path):
    book = render_book(loaded(mini), tmp_path / "out", everything=True)
    assert book.path.name == "500243-彭水苗族土家族自治县-村规民约居民公约汇编.pdf"
    outline = [item["/Title"] for item in PdfReader(book.path).outline if isinstance(item, dict)]
    assert outline == ["汉葭街道", "长生镇"]
    assert book.charters == 2


def test_book_is_deterministic(mini, tmp_path):
    first = render_book(loaded(mini), tmp_path / "one", everything=True).path.read_bytes()
    second = render_book(loaded(mini), tmp_path / "two", everything=True).path.read_bytes()
    assert first == second
    assert b"D:20210830" in first  # the latest publication date of its charters, never the clock


def test_book_needs_a_township_or_all(mini, tmp_path):
    with pytest.raises(UsageError, match="--book"):
        render_book(loaded(mini), tmp_path, township=None, everything=False)
    with pytest.raises(UsageError, match="500243999"):
        render_book(loaded(mini), tmp_path, township="500243999")


def test_command_line(mini, tmp_path):
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "civcat",
            "render",
            "charter",
            "--book",
            "--township",
            "500243112",
            "-o",
            str(tmp_path / "out"),
        ],
        cwd=mini.root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert Path(run.stdout.strip()).is_file()
    run = subprocess.run(
        [sys.executable, "-m", "civcat", "render", "charter", "--book", "石门村"],
        cwd=mini.root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2 and run.stderr.startswith("civcat: ") and "Traceback" not in run.stderr


def test_a_charter_with_errors_stops_the_book_unless_forced(mini, tmp_path):
    from civcat.render.options import RenderFailed

    mini.replace(VILLAGE_CHARTER, "村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。", "乱倒垃圾的，罚款200元。")
    with pytest.raises(RenderFailed) as failed:
        render_book(loaded(mini), tmp_path / "out", township="500243112")
    assert "CV601" in failed.value.failures[0].message
    assert not (tmp_path / "out").exists()
    book = render_book(loaded(mini), tmp_path / "out", township="500243112", force=True)
    assert "罚款200元" in "".join(page_texts(book.path))
    run = subprocess.run(
        [sys.executable, "-m", "civcat", "render", "charter", "--book", "--all", "-o", str(tmp_path / "cli")],
        cwd=mini.root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1 and "CV601" in run.stderr and not (tmp_path / "cli").exists()
