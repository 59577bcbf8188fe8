"""CV201–CV212: township and community codes, credit codes, file names, totals, charter pairing."""

from __future__ import annotations

import pytest
from conftest import COMMUNITY, COMMUNITY_CHARTER, VILLAGE, VILLAGE_CHARTER

from civcat.findings import Severity
from civcat.identifiers import make_uscc, uscc_check_character

COUNTY = "catalogues/county.yaml"


def move(mini, old: str, new: str, text: str | None = None) -> None:
    content = text if text is not None else mini.read(old)
    mini.remove(old)
    mini.write(new, content)


# --- CV201 / CV203 ------------------------------------------------------------------------------


def test_cv201_township_code_too_short(mini):
    mini.replace(COUNTY, '{code: "500243112", name: 长生镇', '{code: "50024311", name: 长生镇')
    f = mini.only("CV201")
    assert (f.path, f.severity) == (COUNTY, Severity.ERROR)
    assert (f.line, f.column) == mini.position(COUNTY, '"50024311"')
    assert "9 位" in f.message and "长生镇" in f.message


def test_cv201_township_code_under_another_county_and_no_cv203(mini):
    mini.replace(COUNTY, '{code: "500243112", name: 长生镇', '{code: "500244212", name: 长生镇')
    f = mini.only("CV201")
    assert f.line == mini.line_of(COUNTY, "长生镇")
    assert "500243" in f.message
    assert mini.findings("CV203") == []  # 212 would be a 乡, but CV201 already speaks for this code


def test_cv201_not_for_right_codes(mini):
    assert mini.findings("CV201") == []


def test_cv203_town_code_with_township_type(mini):
    mini.replace(COUNTY, "name: 长生镇, type: town", "name: 长生镇, type: township")
    f = mini.only("CV203")
    assert f.severity is Severity.ERROR
    assert (f.line, f.column) == mini.position(COUNTY, '"500243112"')
    assert "100–199" in f.message and "镇" in f.message


def test_cv203_serial_outside_all_ranges(mini):
    mini.replace(COUNTY, '{code: "500243001", name: 汉葭街道', '{code: "500243401", name: 汉葭街道')
    f = mini.only("CV203")
    assert f.line == mini.line_of(COUNTY, "汉葭街道")
    assert "401" in f.message


def test_cv203_not_for_matching_types(mini):
    mini.replace(COUNTY, '{code: "500243112", name: 长生镇', '{code: "500243199", name: 长生镇')
    assert mini.findings("CV203") == []


# --- CV202 / CV204 ------------------------------------------------------------------------------


def test_cv202_community_in_another_townships_folder(mini):
    moved = "catalogues/communities/500243001/500243112201.yaml"
    move(mini, VILLAGE, moved)
    f = mini.only("CV202")
    assert (f.path, f.severity) == (moved, Severity.ERROR)
    assert (f.line, f.column) == mini.position(moved, '"500243112201"')
    assert "500243001" in f.message and "500243112" in f.message


def test_cv202_code_not_12_digits(mini):
    mini.replace(VILLAGE, 'code: "500243112201"', 'code: "5002431122010"')
    f = mini.only("CV202")
    assert f.line == mini.line_of(VILLAGE, "code:")
    assert "12 位" in f.message and "13 位" in f.message


def test_cv202_prefix_not_a_township_of_the_county(mini):
    rel = "catalogues/communities/500243113/500243113201.yaml"
    move(mini, VILLAGE, rel, mini.read(VILLAGE).replace("500243112201", "500243113201"))
    f = mini.only("CV202")
    assert f.path == rel and f.line == mini.line_of(rel, "code:")
    assert "county.yaml" in f.message


def test_cv202_charter_in_another_townships_folder(mini):
    moved = "charters/500243001/500243112201.yaml"
    move(mini, VILLAGE_CHARTER, moved)
    f = mini.only("CV202")
    assert f.path == moved
    assert (f.line, f.column) == mini.position(moved, '"500243112201"')


def test_cv202_not_for_the_clean_county(mini):
    assert mini.findings("CV202") == []


def test_cv204_village_serial_with_community_type(mini):
    mini.replace(VILLAGE, "type: village", "type: community")
    f = mini.only("CV204")
    assert (f.path, f.severity) == (VILLAGE, Severity.ERROR)
    assert (f.line, f.column) == mini.position(VILLAGE, '"500243112201"')
    assert "200–399" in f.message


def test_cv204_serial_of_a_village_like_unit(mini):
    rel = "catalogues/communities/500243112/500243112601.yaml"
    move(mini, VILLAGE, rel, mini.read(VILLAGE).replace("500243112201", "500243112601"))
    f = mini.only("CV204")
    assert f.path == rel and "601" in f.message


def test_cv204_not_when_type_fits_or_code_is_cv202(mini):
    mini.replace(COMMUNITY, 'code: "500243001001"', 'code: "50024300100"')
    assert mini.findings("CV204") == []


# --- CV205 / CV206 / CV207 ----------------------------------------------------------------------


def add_uscc(mini, rel: str, uscc: str) -> None:
    mini.replace(rel, "urban_rural:", f'uscc: "{uscc}"\nurban_rural:')


def test_cv205_malformed_uscc(mini):
    add_uscc(mini, VILLAGE, "54500243MEO12345")
    f = mini.only("CV205")
    assert f.severity is Severity.ERROR
    assert (f.line, f.column) == mini.position(VILLAGE, '"54500243MEO12345"')
    assert "16 位" in f.message and "O" in f.message
    assert mini.findings("CV206") == [] and mini.findings("CV207") == []


def test_cv205_lowercase_letters(mini):
    add_uscc(mini, VILLAGE, make_uscc("54", "500243", "MA5U1234").lower())
    assert "大写" in mini.only("CV205").message


def test_cv205_206_207_not_for_a_valid_uscc(mini):
    add_uscc(mini, VILLAGE, "54440604778330561N")  # division part need not be the county's
    assert [f for f in mini.findings() if f.code in ("CV205", "CV206", "CV207")] == []


def test_cv206_wrong_check_character(mini):
    add_uscc(mini, VILLAGE, "54440604778330561M")
    f = mini.only("CV206")
    assert f.severity is Severity.ERROR
    assert f.line == mini.line_of(VILLAGE, "uscc:")
    assert "N" in f.message and "GB 32100" in f.message


def test_cv206_wrong_organisation_code_check(mini):
    good = make_uscc("54", "500243", "MA5U1234")
    org_wrong = good[:16] + ("1" if good[16] != "1" else "2")
    bad = org_wrong + uscc_check_character(org_wrong)
    add_uscc(mini, VILLAGE, bad)
    assert "GB 11714" in mini.only("CV206").message


def test_cv207_prefix_of_a_collective_economic_organisation(mini):
    uscc = make_uscc("N2", "500243", "MA5U1234")
    add_uscc(mini, VILLAGE, uscc)
    f = mini.only("CV207")
    assert f.severity is Severity.WARNING
    assert (f.line, f.column) == mini.position(VILLAGE, uscc)
    assert "54" in f.message


def test_cv207_community_may_use_55_but_village_may_not(mini):
    add_uscc(mini, COMMUNITY, make_uscc("55", "500243", "MA5U1234"))
    assert mini.findings("CV207") == []
    add_uscc(mini, VILLAGE, make_uscc("55", "500243", "MA5U1235"))
    assert mini.only("CV207").path == VILLAGE


def test_cv207_prefixes_are_configurable(mini):
    add_uscc(mini, VILLAGE, make_uscc("N2", "500243", "MA5U1234"))
    mini.write("civcat.toml", '[tool.civcat.rules.CV207]\nprefixes = {village = ["54", "N2"]}\n')
    assert mini.findings("CV207") == []
    add_uscc(mini, COMMUNITY, make_uscc("53", "500243", "MA5U1235"))  # community keeps its default
    assert mini.only("CV207").path == COMMUNITY


# --- CV208 --------------------------------------------------------------------------------------


def test_cv208_two_townships_with_one_code(mini):
    mini.replace(
        COUNTY,
        '  - {code: "500243112", name: 长生镇, type: town}\n',
        '  - {code: "500243112", name: 长生镇, type: town}\n  - {code: "500243112", name: 善感乡, type: town}\n',
    )
    f = mini.only("CV208")
    assert f.severity is Severity.ERROR
    assert (f.line, f.column) == mini.position(COUNTY, '"500243112"', after="善感乡")
    assert "长生镇" in f.message


def test_cv208_two_community_files_with_one_code(mini):
    second = "catalogues/communities/500243112/500243112202.yaml"
    mini.write(second, mini.read(VILLAGE))
    f = mini.only("CV208")
    assert f.path == second and f.line == mini.line_of(second, "code:")
    assert VILLAGE in f.message


def test_cv208_two_charters_for_one_community(mini):
    second = "charters/500243112/500243112202.yaml"
    mini.write(second, mini.read(VILLAGE_CHARTER))
    f = mini.only("CV208")
    assert f.path == second and f.line == mini.line_of(second, "community:")
    assert VILLAGE_CHARTER in f.message


def test_cv208_not_for_distinct_codes(mini):
    assert mini.findings("CV208") == []


# --- CV209 --------------------------------------------------------------------------------------


def test_cv209_file_name_differs_from_code(mini):
    renamed = "catalogues/communities/500243112/500243112202.yaml"
    move(mini, VILLAGE, renamed)
    f = mini.only("CV209")
    assert (f.path, f.severity) == (renamed, Severity.ERROR)
    assert (f.line, f.column) == mini.position(renamed, '"500243112201"')
    assert mini.findings("CV212") == []  # the community is still there


def test_cv209_charter_file_name(mini):
    renamed = "charters/500243001/500243001002.yaml"
    move(mini, COMMUNITY_CHARTER, renamed)
    f = mini.only("CV209")
    assert f.path == renamed and f.line == mini.line_of(renamed, "community:")


def test_cv209_not_for_matching_names(mini):
    assert mini.findings("CV209") == []


# --- CV210 --------------------------------------------------------------------------------------


def test_cv210_unknown_urban_rural_code(mini):
    mini.replace(VILLAGE, 'urban_rural: "220"', 'urban_rural: "230"')
    f = mini.only("CV210")
    assert f.severity is Severity.ERROR
    assert (f.line, f.column) == mini.position(VILLAGE, '"230"')
    assert "220 村庄" in f.message and "111 主城区" in f.message


def test_cv210_not_for_a_listed_code(mini):
    mini.replace(VILLAGE, 'urban_rural: "220"', 'urban_rural: "210"')
    assert mini.findings("CV210") == []


# --- CV211 --------------------------------------------------------------------------------------


def test_cv211_villages_total_differs(mini):
    mini.replace(COUNTY, "totals: {villages: 1, communities: 1}", "totals: {villages: 2, communities: 1}")
    f = mini.only("CV211")
    assert (f.path, f.severity) == (COUNTY, Severity.ERROR)
    assert (f.line, f.column) == mini.position(COUNTY, "2", after="totals:")
    assert "2" in f.message and "1" in f.message


def test_cv211_counts_a_missing_community(mini):
    mini.remove(COMMUNITY)
    f = mini.only("CV211")
    line, column = mini.position(COUNTY, "communities: 1")
    assert (f.line, f.column) == (line, column + len("communities: "))
    assert "社区 1 个" in f.message and "0 个" in f.message


def test_cv211_not_without_totals_or_when_equal(mini):
    assert mini.findings("CV211") == []
    mini.replace(COUNTY, "totals: {villages: 1, communities: 1}\n", "")
    mini.remove(COMMUNITY)
    assert mini.findings("CV211") == []


def test_cv211_not_while_a_community_type_is_broken(mini):
    mini.replace(VILLAGE, "type: village", "type: vilage")
    assert mini.findings("CV104")
    assert mini.findings("CV211") == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text.replace("name: 石门村", "name: [石门村"),  # a YAML syntax error (CV002)
        lambda text: text.encode("gbk"),  # not UTF-8 (CV001)
        lambda text: text.replace("kind: community", "kind: comunity"),  # an unknown kind (CV004)
        lambda text: "",  # empty (CV004)
    ],
)
def test_cv211_not_for_a_file_that_could_not_be_read(mini, damage):
    """The broken file's own finding explains the missing village: no knock-on totals error."""
    mini.write(VILLAGE, damage(mini.read(VILLAGE)))
    found = {f.code for f in mini.findings()}
    assert found & {"CV001", "CV002", "CV004"}, found
    assert "CV211" not in found


def test_cv211_still_reports_what_a_broken_file_cannot_explain(mini):
    mini.write(VILLAGE, mini.read(VILLAGE).replace("name: 石门村", "name: [石门村"))
    mini.replace(COUNTY, "totals: {villages: 1, communities: 1}", "totals: {villages: 1, communities: 3}")
    f = mini.only("CV211")
    assert "社区 3 个" in f.message
    mini.replace(COUNTY, "totals: {villages: 1, communities: 3}", "totals: {villages: 1, communities: 0}")
    f = mini.only("CV211")  # one community more than stated: a file that could not be read cannot explain it
    assert "社区 0 个" in f.message


# --- CV212 --------------------------------------------------------------------------------------


def test_cv212_community_without_charter(mini):
    mini.remove(VILLAGE_CHARTER)
    f = mini.only("CV212")
    assert (f.path, f.severity) == (VILLAGE, Severity.ERROR)
    assert (f.line, f.column) == mini.position(VILLAGE, '"500243112201"')
    assert "村规民约" in f.message and VILLAGE_CHARTER in f.message


def test_cv212_charter_without_community(mini):
    mini.remove(COMMUNITY)
    f = mini.only("CV212")
    assert f.path == COMMUNITY_CHARTER
    assert (f.line, f.column) == mini.position(COMMUNITY_CHARTER, '"500243001001"')


def test_cv212_not_when_the_other_file_fails_its_schema(mini):
    mini.replace(VILLAGE_CHARTER, "title: 石门村村规民约\n", "")
    mini.replace(COMMUNITY, "name: 三合社区\n", "")
    assert mini.findings("CV101")  # the broken files speak for themselves
    assert mini.findings("CV212") == []
