"""Input-method and Word-paste slips: reported where they are, with what to type; `civcat fmt --fix`
repairs the mechanical ones and leaves what it cannot decide to the clerk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import VILLAGE_CHARTER
from typer.testing import CliRunner

from civcat.cli import app
from civcat.loader import parse
from civcat.slips import FULL_WIDTH_INDENT, TAB_INDENT, find_slips, fix_source, fix_text

REPO = Path(__file__).resolve().parent.parent


def fmt(*args: str, cwd: Path):
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(app, ["fmt", *args], catch_exceptions=False)
    finally:
        os.chdir(old)


def only_finding(mini):
    findings = mini.findings()
    assert len(findings) == 1, [(f.code, f.line, f.message) for f in findings]
    return findings[0]


# Each slip as a clerk types it (old line → slipped line), the code, line and column it is reported
# at, and words the message must hold (what to type instead).
SLIPS = [
    ("title: 石门村村规民约", "title：石门村村规民约", (5, 6), ["中文冒号", "`title: 石门村村规民约`", "fmt --fix"]),
    ("status: adopted", "status:adopted", (6, 7), ["缺一个空格", "`status: adopted`", "fmt --fix"]),
    ("  eligible: 1000", "\u3000eligible: 1000", (19, 1), ["全角空格", "fmt --fix"]),
    ("  eligible: 1000", "\teligible: 1000", (19, 1), ["制表符", "fmt --fix"]),
    ("title: 石门村村规民约", 'title: "石门村村规民约', (5, 8), ["引号", "没有闭合", "手工"]),
    ("      - text: 村民应当爱护", "      - text:村民应当爱护", (30, 13), ["缺一个空格", "`text: 村民应当爱护"]),
    ("      - text: 村民应当爱护", "      - text：村民应当爱护", (30, 13), ["中文冒号"]),
]


@pytest.mark.parametrize("old,new,where,words", SLIPS, ids=[s[1][:14] for s in SLIPS])
def test_a_slip_is_reported_at_its_own_line_with_what_to_type(mini, old, new, where, words):
    mini.replace(VILLAGE_CHARTER, old, new)
    finding = only_finding(mini)
    assert (finding.code, finding.line, finding.column) == ("CV002", *where)
    for word in words:
        assert word in finding.message


def test_an_unclosed_quote_in_the_middle_is_reported_where_it_opens(mini):
    mini.replace(VILLAGE_CHARTER, "filed_with: 长生镇人民政府", 'filed_with: "长生镇人民政府')
    finding = only_finding(mini)
    assert (finding.code, finding.line) == ("CV002", 23)
    assert "引号" in finding.message


def test_colons_inside_text_are_not_slips():
    text = "civcat: 1\nkind: charter\nchapters:\n  - title: 总则\n    articles:\n      - text: 备注：见附件。网址 http://example.org\n"
    assert find_slips(text) == []
    block = "note: |\n  key：value\n  a:b\nname: x\n"
    assert find_slips(block) == []


def test_chapter_title_with_its_number_is_cv704(mini):
    mini.replace(VILLAGE_CHARTER, "  - title: 环境卫生", "  - title: 第二章 环境卫生")
    finding = only_finding(mini)
    assert (finding.code, finding.line) == ("CV704", 28)
    assert "`title: 环境卫生`" in finding.message and "fmt --fix" in finding.message


def test_articles_pasted_as_one_are_cv704_but_a_reference_is_not(mini):
    mini.replace(VILLAGE_CHARTER, "不乱倒乱扔。", "不乱倒乱扔。第三条　村民应当节约用水。")
    finding = only_finding(mini)
    assert finding.code == "CV704" and "第三条" in finding.message and "拆开" in finding.message
    mini.replace(VILLAGE_CHARTER, "第三条　村民应当节约用水。", "依照第三条规定处理。本规定所称第五条的事项另行商定。")
    assert mini.findings() == []


def test_fmt_fix_repairs_every_mechanical_slip_and_says_what(mini):
    original = mini.read(VILLAGE_CHARTER)
    mini.replace(VILLAGE_CHARTER, "title: 石门村村规民约", "title：石门村村规民约")
    mini.replace(VILLAGE_CHARTER, "status: adopted", "status:adopted")
    mini.replace(VILLAGE_CHARTER, "  eligible: 1000", "\u3000eligible: 1000")
    mini.replace(VILLAGE_CHARTER, "  - title: 环境卫生", "  - title: 第二章　环境卫生")
    mini.replace(VILLAGE_CHARTER, "不乱倒乱扔。", "不乱倒乱扔。第三条 村民应当节约用水。")
    result = fmt("--fix", cwd=mini.root)
    assert result.exit_code == 0, result.output
    for said in ("已改正", "中文冒号", "冒号后补上空格", "全角空格", "删除手写的编号", "拆开"):
        assert said in result.output
    expected = original.replace("不乱倒乱扔。\n", "不乱倒乱扔。\n      - text: 村民应当节约用水。\n")
    assert mini.read(VILLAGE_CHARTER) == expected
    assert mini.findings() == []


def test_fmt_fix_check_shows_but_writes_nothing(mini):
    mini.replace(VILLAGE_CHARTER, "status: adopted", "status:adopted")
    before = mini.read(VILLAGE_CHARTER)
    result = fmt("--fix", "--check", cwd=mini.root)
    assert result.exit_code == 1
    assert "可改正" in result.output
    assert mini.read(VILLAGE_CHARTER) == before


def test_an_indentation_that_reads_two_ways_is_left_to_the_clerk():
    # The tab stands before `z:`; as four spaces `z` is a sibling of `x`, as eight a sibling of `y`:
    # the readings give different data, so nothing is decided.
    text = "a:\n    x:\n        y: 1\n\tz: 2\n"
    fixed, repairs = fix_text(text)
    assert fixed == text
    assert [(r.kind, r.after) for r in repairs] == [(TAB_INDENT, None)]


def test_an_indentation_with_one_reading_is_repaired():
    text = "a:\n\u3000b: 1\n\u3000c: 2\n"
    fixed, repairs = fix_text(text)
    assert parse(fixed) == ({"a": {"b": 1, "c": 2}}, None)
    assert {r.kind for r in repairs} == {FULL_WIDTH_INDENT} and all(r.after for r in repairs)


def test_fmt_fix_leaves_a_clean_file_and_an_unclosed_quote_alone(mini):
    assert fix_source(mini.read(VILLAGE_CHARTER)) == (mini.read(VILLAGE_CHARTER), [])
    mini.replace(VILLAGE_CHARTER, "title: 石门村村规民约", 'title: "石门村村规民约')
    before = mini.read(VILLAGE_CHARTER)
    result = fmt("--fix", cwd=mini.root)
    assert result.exit_code == 2
    assert "引号" in result.output
    assert mini.read(VILLAGE_CHARTER) == before


def test_the_bundled_county_has_no_slip_to_fix():
    result = fmt("--fix", "--check", cwd=REPO)
    assert result.exit_code == 0, result.output
    assert "改正" not in result.output
