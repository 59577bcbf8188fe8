"""CV001–CV005 and CV101–CV106: one real broken file each, asserting code, line and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import COMMUNITY, VILLAGE, VILLAGE_CHARTER


def only(mini, path: str):
    """The findings in one file."""
    return [(f.code, f.line, f.column) for f in mini.validate().findings if f.path == path]


def test_cv001_gbk_file_names_the_encoding(mini):
    text = mini.read(VILLAGE).replace("石门村", "石门村")
    mini.write(VILLAGE, text.encode("gbk"))
    [finding] = [f for f in mini.validate().findings if f.path == VILLAGE]
    assert (finding.code, finding.line) == ("CV001", 4)
    assert "GBK" in finding.message and "UTF-8" in finding.message


def test_cv001_big5_and_utf16(mini):
    mini.write(VILLAGE, "civcat: 1\nkind: community\nname: 這個村們規約會議為國\n".encode("big5"))
    mini.write(COMMUNITY, mini.read(COMMUNITY).encode("utf-16"))
    found = {f.path: f for f in mini.validate().findings if f.code == "CV001"}
    assert "Big5" in found[VILLAGE].message
    assert "UTF-16" in found[COMMUNITY].message


def test_utf8_bom_is_tolerated(mini):
    mini.write(VILLAGE, b"\xef\xbb\xbf" + mini.read(VILLAGE).encode("utf-8"))
    assert only(mini, VILLAGE) == []


def test_cv002_syntax_error_at_its_line(mini):
    mini.replace(VILLAGE, "name: 石门村\n", "name: 石门村\n  type: [village\n")
    codes = only(mini, VILLAGE)
    assert codes and codes[0][0] == "CV002" and codes[0][1] in (5, 6)


def test_cv002_tab_indentation(mini):
    mini.replace(VILLAGE, "  members: 5", "\tmembers: 5")
    [finding] = [f for f in mini.validate().findings if f.path == VILLAGE]
    assert finding.code == "CV002" and finding.line == 9 and "Tab" in finding.message


def test_cv002_two_documents(mini):
    mini.write(VILLAGE, mini.read(VILLAGE) + "---\nfoo: 1\n")
    [finding] = [f for f in mini.validate().findings if f.path == VILLAGE]
    assert finding.code == "CV002" and "多个 YAML 文档" in finding.message


@pytest.mark.parametrize("tag", ["!!python/object:os.system", "!custom"])
def test_cv002_tags_are_refused_never_constructed(mini, tag):
    mini.replace(VILLAGE, "name: 石门村", f"name: {tag} 石门村")
    assert only(mini, VILLAGE) == [("CV002", 4, 7)]


def test_cv002_alias_bomb_is_refused(mini):
    lines = ["civcat: 1", "kind: community", 'a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [
        f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]"
        for i in range(1, 9)
    ]
    mini.write(VILLAGE, "\n".join(lines) + "\n")
    [finding] = [f for f in mini.validate().findings if f.path == VILLAGE]
    assert finding.code == "CV002" and "别名" in finding.message


def test_cv003_duplicate_key(mini):
    mini.replace(VILLAGE, "type: village\n", "type: village\nname: 石门二村\n")
    assert only(mini, VILLAGE) == [("CV003", 6, 1)]


def test_cv004_missing_unknown_and_misplaced_kind(mini):
    mini.replace(VILLAGE, "kind: community\n", "")
    mini.replace(COMMUNITY, "kind: community", "kind: comunity")
    mini.replace(VILLAGE_CHARTER, "kind: charter", "kind: community")
    found = {f.path: f for f in mini.validate().findings if f.code == "CV004"}
    assert (found[VILLAGE].line, found[VILLAGE].column) == (1, 1)
    assert (found[COMMUNITY].line, found[COMMUNITY].column) == (2, 7)
    assert "community" in found[COMMUNITY].message  # the nearest kind is suggested
    assert (found[VILLAGE_CHARTER].line, found[VILLAGE_CHARTER].column) == (2, 7)


def test_cv004_empty_and_comment_only_files(mini):
    mini.write(VILLAGE, "")
    mini.write(COMMUNITY, "# 只有注释\n")
    assert only(mini, VILLAGE) == [("CV004", 1, 1)]
    assert only(mini, COMMUNITY) == [("CV004", 1, 1)]


def test_cv005_unsupported_version(mini):
    mini.replace(VILLAGE, "civcat: 1", "civcat: 2")
    assert only(mini, VILLAGE) == [("CV005", 1, 9)]


def test_cv101_required_field_missing(mini):
    mini.replace(VILLAGE, "name: 石门村\n", "")
    [finding] = [f for f in mini.validate().findings if f.path == VILLAGE]
    assert (finding.code, finding.line, finding.column) == ("CV101", 1, 1)
    assert "`name`" in finding.message


def test_cv101_tier_specific_field(mini):
    mini.replace(VILLAGE, "title: 山坪塘日常维护, forms: [院坝会]}", "title: 山坪塘日常维护}")
    assert only(mini, VILLAGE) == [("CV101", mini.line_of(VILLAGE, "XS-L01"), 7)]


def test_cv102_unquoted_code_says_quote_it(mini):
    mini.replace(VILLAGE, 'code: "500243112201"', "code: 500243112201")
    [finding] = [f for f in mini.validate().findings if f.path == VILLAGE and f.code == "CV102"]
    assert (finding.line, finding.column) == (3, 7)
    assert '"500243112201"' in finding.message and "引号" in finding.message


def test_cv102_unquoted_code_with_leading_zero_quotes_it_as_written(mini):
    mini.replace(VILLAGE, 'urban_rural: "220"', "urban_rural: 0220")
    [finding] = [f for f in mini.validate().findings if f.path == VILLAGE and f.code == "CV102"]
    assert '"0220"' in finding.message


def test_cv103_unknown_field_suggests_nearest(mini):
    mini.replace(VILLAGE, "  members: 5", "  membrs: 5")
    [finding] = [f for f in mini.validate().findings if f.path == VILLAGE]
    assert (finding.code, finding.line, finding.column) == ("CV103", 9, 3)
    assert "`members`" in finding.message


def test_cv104_bad_value_lists_allowed_and_nearest(mini):
    mini.replace(VILLAGE, "type: village", "type: vilage")
    [finding] = [f for f in mini.validate().findings if f.path == VILLAGE and f.code == "CV104"]
    assert (finding.line, finding.column) == (5, 7)
    assert (
        "允许的值：`village`（村）、`community`（社区）" in finding.message and "是否应为 `village`" in finding.message
    )


def test_cv104_bad_tier_points_at_tier(mini):
    mini.replace(VILLAGE, "tier: minor, title: 山坪塘", "tier: minr, title: 山坪塘")
    [finding] = [f for f in mini.validate().findings if f.path == VILLAGE]
    assert finding.code == "CV104" and "`major`（大事）、`minor`（小事）、`private`（私事）" in finding.message
    line = mini.line_of(VILLAGE, "tier: minr")
    assert (finding.line, finding.column) == (line, mini.read(VILLAGE).splitlines()[line - 1].index("minr") + 1)


@pytest.mark.parametrize(
    "old,new",
    [
        ("elected: 2026-03-01", "elected: 2026-02-30"),
        ("elected: 2026-03-01", "elected: 2026/3/1"),
        ("id: XS-L01", "id: XSL01"),
    ],
)
def test_cv105_malformed_values(mini, old, new):
    mini.replace(VILLAGE, old, new)
    line = mini.line_of(VILLAGE, new)
    column = mini.read(VILLAGE).splitlines()[line - 1].index(new.split(": ")[1]) + 1
    assert only(mini, VILLAGE) == [("CV105", line, column)]


def test_cv106_negative_number(mini):
    mini.replace(VILLAGE_CHARTER, "present: 600", "present: -600")
    assert ("CV106", mini.line_of(VILLAGE_CHARTER, "present:"), 12) in only(mini, VILLAGE_CHARTER)


def test_adopted_charter_without_vote_is_not_a_schema_error(mini):
    text = mini.read(VILLAGE_CHARTER)
    start, end = text.index("vote:"), text.index("filed_with:")
    mini.write(VILLAGE_CHARTER, text[:start] + text[end:])
    assert not [f for f in mini.validate().findings if f.path == VILLAGE_CHARTER and f.code.startswith("CV1")]


def test_yaml_1_2_no_is_a_string_not_false(mini):
    mini.replace(VILLAGE, "name: 石门村", "name: no")
    assert only(mini, VILLAGE) == []


@pytest.mark.parametrize("char", ["\x07", "\x85", "\x9f"])
def test_cv706_control_characters_yaml_cannot_read(mini, char):
    mini.replace(VILLAGE, "name: 石门村", f"name: 石门{char}村")
    assert only(mini, VILLAGE) == [("CV706", 4, 9)]


def test_parse_codes_are_named_by_their_rule_classes():
    """The loader and the schema name CV0xx/CV1xx by their classes in rules/parse.py: renaming a code is one edit."""
    import re

    src = Path(__file__).resolve().parent.parent / "src" / "civcat"
    literal = re.compile(r"""["']CV[01]\d\d["']""")
    found = [
        f"{path.relative_to(src)}:{n}"
        for path in src.rglob("*.py")
        if path != src / "rules" / "parse.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert not found, found
