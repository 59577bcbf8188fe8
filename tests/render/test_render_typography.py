"""Escaping and Chinese typography of values, numerals, fonts and atomic writing: no Typst needed."""

from __future__ import annotations

import string

import pytest

from civcat import fileio
from civcat.render import compiler
from civcat.render.fonts import FontChoice, Origin, fonts_in_use, locate, missing_characters
from civcat.render.typography import (
    chinese_numeral,
    collapse_newlines,
    curly_quotes,
    escape,
    markup,
    typst_string,
)


@pytest.mark.parametrize(
    ("number", "numeral"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
        (100, "一百"),
        (101, "一百零一"),
        (110, "一百一十"),
        (111, "一百一十一"),
        (1000, "一千"),
        (1001, "一千零一"),
        (1010, "一千零一十"),
        (10000, "一万"),
        (10010, "一万零一十"),
    ],
)
def test_chinese_numerals(number, numeral):
    assert chinese_numeral(number) == numeral


def test_every_ascii_punctuation_character_is_escaped():
    assert escape(string.punctuation) == "".join("\\" + c for c in string.punctuation)
    assert escape('#read("/etc/passwd")') == '\\#read\\(\\"\\/etc\\/passwd\\"\\)'


def test_markup_escapes_values_and_sets_chinese_typography():
    assert markup("第一行\n第二行") == "第一行第二行"
    assert markup(None) == ""
    assert markup(12) == "12" and markup(1.5) == "1.5"
    assert markup('说"好"') == "说“好”"
    assert markup("$x$") == "\\$x\\$"


def test_newlines_between_chinese_characters_vanish_others_become_spaces():
    assert collapse_newlines("村民应当\n爱护公共环境") == "村民应当爱护公共环境"
    assert collapse_newlines("遵守\n  《村民委员会组织法》") == "遵守《村民委员会组织法》"
    assert collapse_newlines("Typst\nis fast") == "Typst is fast"
    assert collapse_newlines("2021年\n8月") == "2021年8月"
    assert collapse_newlines("第一段。\n\n第二段。") == "第一段。\u2028第二段。"
    assert "#linebreak()" in escape(collapse_newlines("第一段。\n\n第二段。"))


def test_straight_quotes_become_chinese_quotes():
    assert curly_quotes("落实门前\"三包\"和'门前五净'") == "落实门前“三包”和‘门前五净’"
    assert curly_quotes("don't") == "don’t"


def test_typst_string_is_a_safe_string_literal():
    assert typst_string('a"b\\c') == '"a“b\\\\c"'
    assert typst_string("x") == '"x"'


def test_bundled_fonts_cover_gb2312_and_big5_level_1():
    fonts = fonts_in_use(FontChoice())
    assert fonts.body.family == "Civcat Noto Serif SC" and fonts.title.family == "Civcat Noto Sans SC"
    assert fonts.title.weight == 700
    for char in "彭水苗族土家族自治县垭鞍梅子垭靛水润溪龍鄉鎮（）“”《》、。，：；？！…—·０１ＡＢabc123":
        assert ord(char) in fonts.covered, char
    assert missing_characters("石门村𠮷𡋾", fonts.covered) == ["𠮷", "𡋾"]
    assert missing_characters("a b\u3000c\n", fonts.covered) == []


def test_locate_names_the_first_file_and_line():
    origins = [Origin("a.yaml", "x\ny\n"), Origin("b.yaml", "one\ntwo 𠮷\n")]
    assert locate("𠮷", origins) == ("b.yaml", 2)
    assert locate("z", origins) is None


def test_write_atomic_leaves_nothing_half_written(tmp_path, monkeypatch):
    target = tmp_path / "sub" / "doc.pdf"
    compiler.write_atomic(target, b"%PDF-1 old")

    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(fileio.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        compiler.write_atomic(target, b"%PDF-1 new")
    assert target.read_bytes() == b"%PDF-1 old"
    assert [p.name for p in target.parent.iterdir()] == ["doc.pdf"]
