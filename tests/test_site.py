"""`civcat report -o DIR`: the report site, read back as files (tests/test_site_browser.py opens it in Chromium)."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import AS_OF, VILLAGE, VILLAGE_CHARTER
from typer.testing import CliRunner

from civcat.errors import UsageError
from civcat.site import SiteOptions, build_site
from civcat.site.build import MARKER
from civcat.site.facts import months_after

FINE = "村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。"


def with_problems(mini) -> None:
    """The mini county with a fine in the village charter's second article (CV601, an error), a committee
    whose term ends within six months of AS_OF, and an ASCII comma in the first article (CV702)."""
    mini.replace(VILLAGE_CHARTER, FINE, "乱倒垃圾的，罚款200元。")
    mini.replace(VILLAGE_CHARTER, "为推进村民自治，弘扬文明新风", "为推进村民自治,弘扬文明新风")


def build(mini, out: Path | None = None, **options) -> Path:
    out = out or mini.root.parent / "site"
    build_site(mini.root, SiteOptions(out=out, as_of=options.pop("as_of", AS_OF), **options))
    return out


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def broken_links(site: Path) -> list[str]:
    """Every href and src of every page that does not lead to a file of the site (anchors included)."""
    broken = []
    for page in sorted(site.rglob("*.html")):
        parser = Links()
        text = page.read_text(encoding="utf-8")
        parser.feed(text)
        for link in parser.links:
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc, f"{page}: {link} leaves the site"
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.is_file() or not target.is_relative_to(site.resolve()):
                broken.append(f"{page.relative_to(site)}: {link}")
            elif parts.fragment and f'id="{parts.fragment}"' not in target.read_text(encoding="utf-8"):
                broken.append(f"{page.relative_to(site)}: {link} (no such anchor)")
    return broken


def test_site_pages_and_links(mini):
    with_problems(mini)
    site = build(mini)
    assert (site / "index.html").is_file() and (site / MARKER).is_file()
    for path in (
        "townships/500243112.html",
        "townships/500243001.html",
        "communities/500243112201.html",
        "communities/500243001001.html",
        "rules/CV601.html",
        "across/references.html",
        "across/local.html",
        "across/communities.html",
        "search.html",
        "search/index.js",
        "search/500243112.js",
        "static/site.css",
        "static/search.js",
    ):
        assert (site / path).is_file(), path
    assert broken_links(site) == []
    assert not list(site.rglob("*.tmp")) and not list(site.parent.glob(".site.*"))


def test_county_table_counts_problems_by_area(mini):
    with_problems(mini)
    mini.replace(VILLAGE, "elected: 2026-03-01", "elected: 2022-03-01")  # ends 2027-03-01: within six months of AS_OF
    page = (build(mini) / "index.html").read_text(encoding="utf-8")
    row = re.search(
        r'<tr><th scope="row"><a href="townships/500243112.html">长生镇</a></th>(.*?)</tr>', page, re.S
    ).group(1)
    cells = re.findall(r'<td class="n[^"]*">(.*?)</td>', row, re.S)
    text = [re.sub(r"<[^>]+>", "", c) for c in cells]
    # villages, communities, format, catalogues, legality, procedure, committees, text, adopted, draft, missing, old, ending
    assert text == [
        "1",
        "0",
        "0 / 0",
        "0 / 0",
        "1 / 0",
        "0 / 0",
        "0 / 0",
        "0 / 1",
        "1",
        "0",
        "0",
        "1",
        "1",
    ]  # voted 2021-08-15: over five years
    assert "<svg" in page and 'role="img"' in page


def test_community_page_marks_the_problem_article(mini):
    with_problems(mini)
    page = (build(mini) / "communities/500243112201.html").read_text(encoding="utf-8")
    article = re.search(r'<div class="article problem" id="a2">(.*?)</div>', page, re.S).group(1)
    assert "罚款200元" in article and 'href="../rules/CV601.html"' in article
    first = re.search(r'<div class="article problem" id="a1">(.*?)</div>', page, re.S).group(1)
    assert 'href="../rules/CV702.html"' in first
    assert "CV601" in page.split('id="charter"')[0]  # also in the findings table above the text
    # the catalogue as tables: the reference items in force, by tier
    assert "城乡最低生活保障申请" in page and "DS-01" in page


def test_public_site_has_no_findings_or_internal_fields(mini):
    with_problems(mini)
    mini.replace(VILLAGE, "name: 石门村", 'name: 石门村\nuscc: "54500243MJP123456X"')
    site = build(mini, public=True)
    text = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert not (site / "rules").exists()
    assert "CV601" not in text and "罚款200元" in text  # the charter is public, its finding is not
    assert "54500243MJP123456X" not in text and 'class="badge error"' not in text
    assert broken_links(site) == []


def test_same_input_same_bytes(mini):
    with_problems(mini)
    first = build(mini, mini.root.parent / "one")
    second = build(mini, mini.root.parent / "two")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for rel in files:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel


def test_check_date_defaults_to_the_latest_date_in_the_data(mini):
    mini.replace(VILLAGE, "elected: 2026-03-01", "elected: 2026-09-15")
    site = mini.root.parent / "site"
    result = build_site(mini.root, SiteOptions(out=site))
    assert result.as_of == dt.date(2026, 9, 15)
    assert "2026-09-15" in (site / "index.html").read_text(encoding="utf-8")


def test_refuses_a_folder_it_did_not_make_and_replaces_its_own(mini):
    out = mini.root.parent / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("the clerk's notes", encoding="utf-8")
    with pytest.raises(UsageError, match="不是 civcat report 生成的网站"):
        build(mini, out)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "the clerk's notes"
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]

    site = build(mini)
    (site / "stale.html").write_text("old", encoding="utf-8")
    build(mini, site)
    assert not (site / "stale.html").exists() and (site / "index.html").is_file()
    assert sorted(p.name for p in site.parent.iterdir() if p.name.startswith(".site")) == []

    file = mini.root.parent / "file"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(UsageError, match="不是文件夹"):
        build(mini, file)


def test_pdfs_of_a_render_folder_are_copied_and_linked(mini):
    rendered = mini.root.parent / "out"
    pdf = rendered / "charters" / "500243112" / "500243112201-石门村村规民约.pdf"
    pdf.parent.mkdir(parents=True)
    pdf.write_bytes(b"%PDF-1.7\n%made-up test file\n")
    site = build(mini, pdf_dir=rendered)
    page = (site / "communities/500243112201.html").read_text(encoding="utf-8")
    assert "500243112201-石门村村规民约.pdf" in page
    assert (site / "pdf/charters/500243112/500243112201-石门村村规民约.pdf").read_bytes() == pdf.read_bytes()
    assert broken_links(site) == []
    with pytest.raises(UsageError, match="--pdf"):
        build(mini, pdf_dir=mini.root.parent / "missing")


def test_english_site(mini):
    from civcat.i18n import current_language, set_language

    before = current_language()
    set_language("en")
    try:
        site = build(mini)
    finally:
        set_language(before)
    page = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Townships" in page


def test_command_line(mini, monkeypatch):
    from civcat.cli import app

    monkeypatch.chdir(mini.root)
    out = mini.root.parent / "cli-site"
    result = CliRunner().invoke(app, ["report", "-o", str(out), "--as-of", "2026-11-28"])
    assert result.exit_code == 0, result.output
    assert "index.html" in result.output and (out / "index.html").is_file()
    (out / MARKER).unlink()
    result = CliRunner().invoke(app, ["report", "-o", str(out)])
    assert result.exit_code == 2 and "civcat:" in result.output


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
        (dt.date(2026, 11, 28), 6, dt.date(2027, 5, 28)),
        (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
    ],
)
def test_months_after(day, months, expected):
    assert months_after(day, months) == expected


def test_models_load_alike_in_workers(mini, monkeypatch):
    from civcat.site import load

    with_problems(mini)
    alone = load.load_models(mini.root, keep_text={VILLAGE_CHARTER}, jobs=1)
    monkeypatch.setattr(load, "PARALLEL_FROM", 1)
    monkeypatch.setattr(load, "BATCH", 3)
    spread = load.load_models(mini.root, keep_text={VILLAGE_CHARTER}, jobs=2)
    assert [(d.path, d.kind, d.model) for d in spread.documents] == [(d.path, d.kind, d.model) for d in alone.documents]
    assert (
        len(spread.documents) == 11
        and spread.charters["500243112201"].model.chapters[1].articles[0].text == "乱倒垃圾的，罚款200元。"
    )
    assert spread.charters["500243112201"].source.positions is not None  # its lines are pointed at
    assert spread.charters["500243001001"].source.text is None


def test_broken_files_still_give_a_site(mini):
    """A community file that does not parse, and a charter whose community is gone: the site is built,
    the findings are listed on the county page, and every link still resolves."""
    from conftest import COMMUNITY

    mini.write(COMMUNITY, "civcat: 1\nkind: community\ncode: [unclosed\n")
    site = build(mini)
    page = (site / "index.html").read_text(encoding="utf-8")
    assert "CV002" in page and COMMUNITY in page
    assert not (site / "communities/500243001001.html").exists()
    assert broken_links(site) == []
