"""CV501–CV510: a charter's type, procedure, vote and filing, judged by the law on its vote date."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import AS_OF, COMMUNITY_CHARTER, VILLAGE, VILLAGE_CHARTER

from civcat.config import Config
from civcat.findings import Severity

VILLAGE_VOTE = "  eligible: 1000\n  present: 600\n  in_favour: 550\n  women_present: 250\n"
COMMUNITY_VOTE = "  eligible: 1520\n  present: 905\n  in_favour: 860\n  women_present: 402\n"


def found(mini, code: str, **options):
    return [f for f in mini.validate(**options).findings if f.code == code]


def vote(mini, rel: str, eligible: int, present: int, in_favour: int, women_present: int | None = None) -> None:
    """Set the vote figures (women present: half of those present unless given)."""
    old = VILLAGE_VOTE if rel == VILLAGE_CHARTER else COMMUNITY_VOTE
    women = present // 2 if women_present is None else women_present
    mini.replace(
        rel, old, f"  eligible: {eligible}\n  present: {present}\n  in_favour: {in_favour}\n  women_present: {women}\n"
    )


def dates(mini, rel: str, **steps: str) -> None:
    for step, day in steps.items():
        text = mini.read(rel)
        start = text.index(f"  {step}: ")
        end = text.index("\n", start)
        mini.write(rel, text[:start] + f"  {step}: {day}" + text[end:])


# --- CV501 ---------------------------------------------------------------------------------------


def test_cv501_village_with_a_residents_convention(mini):
    mini.replace(VILLAGE_CHARTER, "type: village_rules", "type: residents_convention")
    [f] = found(mini, "CV501")
    assert (f.path, f.severity, f.line) == (
        VILLAGE_CHARTER,
        Severity.ERROR,
        mini.line_of(VILLAGE_CHARTER, "type: residents_convention"),
    )
    assert "石门村" in f.message and "village_rules" in f.message


def test_cv501_community_with_village_rules(mini):
    mini.replace(COMMUNITY_CHARTER, "type: residents_convention", "type: village_rules")
    [f] = found(mini, "CV501")
    assert f.path == COMMUNITY_CHARTER and "residents_convention" in f.message


def test_cv501_near_miss_community_file_decides(mini):
    # The village becomes a community and its charter a 居民公约: consistent, no CV501.
    mini.replace(VILLAGE, "type: village", "type: community")
    mini.replace(VILLAGE_CHARTER, "type: village_rules", "type: residents_convention")
    assert found(mini, "CV501") == []


# --- CV502 ---------------------------------------------------------------------------------------


def test_cv502_vote_before_review(mini):
    dates(mini, VILLAGE_CHARTER, voted="2021-07-01")
    [f] = found(mini, "CV502")
    assert (f.path, f.severity, f.line) == (
        VILLAGE_CHARTER,
        Severity.ERROR,
        mini.line_of(VILLAGE_CHARTER, "voted: 2021-07-01"),
    )
    assert "2021-07-10" in f.message and "提请审核" in f.message


def test_cv502_compares_with_the_nearest_present_step(mini):
    # drafted is missing: reviewed is compared with solicited.
    mini.replace(VILLAGE_CHARTER, "  drafted: 2021-06-20\n", "")
    dates(mini, VILLAGE_CHARTER, reviewed="2021-05-01")
    [f] = found(mini, "CV502")
    assert f.line == mini.line_of(VILLAGE_CHARTER, "reviewed: 2021-05-01") and "征集民意" in f.message


def test_cv502_published_before_the_vote(mini):
    dates(mini, COMMUNITY_CHARTER, published="2021-08-14")
    [f] = found(mini, "CV502")
    assert (f.path, f.line) == (COMMUNITY_CHARTER, mini.line_of(COMMUNITY_CHARTER, "published: 2021-08-14"))


def test_cv502_near_miss_published_before_filed_and_same_days(mini):
    # Filed and published are not ordered against each other; equal dates are in order.
    dates(mini, VILLAGE_CHARTER, drafted="2021-06-01", published="2021-08-15", filed="2021-08-25")
    assert found(mini, "CV502") == []


def test_cv502_judges_drafts_too(mini):
    mini.replace(VILLAGE_CHARTER, "status: adopted", "status: draft")
    dates(mini, VILLAGE_CHARTER, drafted="2021-05-20")
    [f] = found(mini, "CV502")
    assert f.line == mini.line_of(VILLAGE_CHARTER, "drafted: 2021-05-20")


# --- CV503 ---------------------------------------------------------------------------------------


def test_cv503_missing_step_vote_figure_and_authority(mini):
    mini.replace(VILLAGE_CHARTER, "  filed: 2021-08-25\n", "")
    mini.replace(VILLAGE_CHARTER, "  in_favour: 550\n", "")
    mini.replace(VILLAGE_CHARTER, "filed_with: 长生镇人民政府\n", "")
    found503 = found(mini, "CV503")
    assert {(f.path, f.severity) for f in found503} == {(VILLAGE_CHARTER, Severity.ERROR)}
    by_line = {f.line: f.message for f in found503}
    assert len(found503) == 3
    assert "procedure.filed" in by_line[mini.line_of(VILLAGE_CHARTER, "procedure:")]
    assert "vote.in_favour" in by_line[mini.line_of(VILLAGE_CHARTER, "vote:")]
    assert "filed_with" in by_line[1]
    # Without the figure there is no majority to judge.
    assert found(mini, "CV505") == []


def test_cv503_default_status_is_adopted_and_whole_vote_missing(mini):
    text = mini.read(COMMUNITY_CHARTER)
    start, end = text.index("vote:\n"), text.index("filed_with:")
    mini.write(COMMUNITY_CHARTER, text[:start] + text[end:])
    [f] = found(mini, "CV503")
    assert (f.path, f.line) == (COMMUNITY_CHARTER, 1) and "vote" in f.message
    assert found(mini, "CV504") == found(mini, "CV505") == []


def test_cv503_near_miss_draft(mini):
    mini.replace(VILLAGE_CHARTER, "status: adopted", "status: draft")
    for line in (
        "  voted: 2021-08-15\n",
        "  filed: 2021-08-25\n",
        "  published: 2021-08-30\n",
        "filed_with: 长生镇人民政府\n",
    ):
        mini.replace(VILLAGE_CHARTER, line, "")
    assert found(mini, "CV503") == []
    assert mini.validate().findings == []


# --- CV504 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("present, fires", [(500, True), (501, False)])
def test_cv504_villagers_meeting_persons_more_than_half(mini, present, fires):
    vote(mini, VILLAGE_CHARTER, 1000, present, 450)
    result = found(mini, "CV504")
    if not fires:
        assert result == []
        return
    [f] = result
    assert (f.path, f.severity, f.line) == (
        VILLAGE_CHARTER,
        Severity.ERROR,
        mini.line_of(VILLAGE_CHARTER, "present: 500"),
    )
    assert "到会 500 人" in f.message and "1000 人的半数" in f.message and "501" in f.message
    assert (
        "《村民委员会组织法》（2018）第二十二条" in f.message
        and "召开村民会议，应当有本村十八周岁以上村民的过半数" in f.message
    )
    assert "沿用" not in f.message


@pytest.mark.parametrize("present, fires", [(200, False), (199, True)])
def test_cv504_villagers_meeting_households_two_thirds(mini, present, fires):
    mini.replace(VILLAGE_CHARTER, "basis: persons", "basis: households")
    vote(mini, VILLAGE_CHARTER, 300, present, 150)
    result = found(mini, "CV504")
    assert len(result) == fires
    if fires:
        assert result[0].line == mini.line_of(VILLAGE_CHARTER, "present: 199")
        assert "199 户" in result[0].message and "三分之二" in result[0].message and "200 户" in result[0].message


@pytest.mark.parametrize("basis", ["persons", "households", "representatives"])
def test_cv504_residents_meeting_half_on_any_basis(mini, basis):
    mini.replace(COMMUNITY_CHARTER, "basis: persons", f"basis: {basis}")
    vote(mini, COMMUNITY_CHARTER, 1520, 760, 700)
    [f] = found(mini, "CV504")
    assert f.path == COMMUNITY_CHARTER and "第九条" in f.message
    vote_again = mini.read(COMMUNITY_CHARTER).replace("present: 760", "present: 761")
    mini.write(COMMUNITY_CHARTER, vote_again)
    assert found(mini, "CV504") == []


def test_cv504_residents_representatives_two_thirds(mini):
    mini.replace(COMMUNITY_CHARTER, "body: residents_meeting", "body: residents_representatives")
    mini.replace(COMMUNITY_CHARTER, "basis: persons", "basis: representatives")
    vote(mini, COMMUNITY_CHARTER, 30, 19, 18)
    [f] = found(mini, "CV504")
    assert f.line == mini.line_of(COMMUNITY_CHARTER, "present: 19") and "20 人" in f.message
    mini.write(COMMUNITY_CHARTER, mini.read(COMMUNITY_CHARTER).replace("present: 19", "present: 20"))
    assert found(mini, "CV504") == []


def test_cv504_basis_the_body_does_not_count_by(mini):
    mini.replace(VILLAGE_CHARTER, "basis: persons", "basis: representatives")
    [f] = found(mini, "CV504")
    assert f.line == mini.line_of(VILLAGE_CHARTER, "basis: representatives") and "persons" in f.message


def voted_on(mini, rel: str, day: str) -> None:
    """Vote, file and publish on `day` (the earlier steps stay in 2021)."""
    dates(mini, rel, voted=day, filed=day, published=day)


def representatives(mini, rel: str, eligible: int, present: int, in_favour: int) -> None:
    """The charter voted by its 代表会议, counted over its members."""
    body = "villagers" if rel == VILLAGE_CHARTER else "residents"
    mini.replace(rel, f"body: {body}_meeting", f"body: {body}_representatives")
    mini.replace(rel, "basis: persons", "basis: representatives")
    vote(mini, rel, eligible, present, in_favour)


def test_cv504_village_article_on_both_sides_of_2026(mini):
    vote(mini, VILLAGE_CHARTER, 1000, 500, 450)
    voted_on(mini, VILLAGE_CHARTER, "2025-12-31")
    [old] = found(mini, "CV504")
    assert "《村民委员会组织法》（2018）第二十二条第一款" in old.message and "（2025）" not in old.message
    voted_on(mini, VILLAGE_CHARTER, "2026-01-01")
    [new] = found(mini, "CV504")
    assert "《村民委员会组织法》（2025）第二十六条第一款" in new.message and "（2018）" not in new.message
    assert "待核实" not in old.message + new.message
    assert [f.code for f in mini.validate().findings] == ["CV504"]


def test_cv504_villagers_representatives_article_on_both_sides_of_2026(mini):
    representatives(mini, VILLAGE_CHARTER, 45, 29, 28)
    voted_on(mini, VILLAGE_CHARTER, "2025-12-31")
    [old] = found(mini, "CV504")
    assert "《村民委员会组织法》（2018）第二十六条第二款" in old.message
    voted_on(mini, VILLAGE_CHARTER, "2026-01-01")
    [new] = found(mini, "CV504")
    assert "《村民委员会组织法》（2025）第三十条第二款" in new.message


def test_cv505_villagers_meeting_article_on_both_sides_of_2026(mini):
    vote(mini, VILLAGE_CHARTER, 1000, 600, 300)
    voted_on(mini, VILLAGE_CHARTER, "2025-12-31")
    [old] = found(mini, "CV505")
    assert "《村民委员会组织法》（2018）第二十二条第一款" in old.message
    voted_on(mini, VILLAGE_CHARTER, "2026-01-01")
    [new] = found(mini, "CV505")
    assert "《村民委员会组织法》（2025）第二十六条第一款" in new.message


def test_rule_page_shows_both_versions_with_their_dates():
    from typer.testing import CliRunner

    from civcat.cli import app

    page = CliRunner().invoke(app, ["rule", "CV504"]).stdout
    assert "2018-12-29 至 2025-12-31：《城市居民委员会组织法》（2018）第九条第三款" in page
    assert "2026-01-01 起：《城市居民委员会组织法》（2025）第二十七条" in page
    assert "2026-01-01 起：《城市居民委员会组织法》（2025）第二十八条第一款" in page  # 居民代表会议 4/5
    assert "待核实" not in page


def test_cv504_residents_meeting_of_group_representatives_ends_2026(mini):
    # 2018 Art 9: a 居民会议 of 居民小组 representatives is quorate with more than half of them.
    mini.replace(COMMUNITY_CHARTER, "basis: persons", "basis: representatives")
    vote(mini, COMMUNITY_CHARTER, 60, 31, 30)
    voted_on(mini, COMMUNITY_CHARTER, "2025-12-31")
    assert found(mini, "CV504") == []
    voted_on(mini, COMMUNITY_CHARTER, "2026-01-01")
    [f] = found(mini, "CV504")
    assert f.line == mini.line_of(COMMUNITY_CHARTER, "basis: representatives")
    assert "persons" in f.message and "households" in f.message
    assert "《城市居民委员会组织法》（2025）第二十七条" in f.message


def test_cv504_residents_representatives_on_both_sides_of_2026(mini):
    representatives(mini, COMMUNITY_CHARTER, 45, 29, 28)  # 2/3 of 45 is 30
    voted_on(mini, COMMUNITY_CHARTER, "2025-12-31")
    [old] = found(mini, "CV504")
    # 2018: the stand-in citation of the village law, and the note that says so.
    assert "《村民委员会组织法》（2018）第二十六条第二款" in old.message and "参照村民代表会议" in old.message
    voted_on(mini, COMMUNITY_CHARTER, "2026-01-01")
    [new] = found(mini, "CV504")
    assert "《城市居民委员会组织法》（2025）第二十九条" in new.message
    assert "村民委员会组织法" not in new.message
    mini.replace(COMMUNITY_CHARTER, "present: 29", "present: 30")  # exactly two thirds: quorate
    assert found(mini, "CV504") == []


def test_cv504_near_miss_draft_with_a_failed_vote(mini):
    mini.replace(VILLAGE_CHARTER, "status: adopted", "status: draft")
    vote(mini, VILLAGE_CHARTER, 1000, 400, 100)
    assert found(mini, "CV504") == found(mini, "CV505") == []


# --- CV505 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("in_favour, fires", [(300, True), (301, False)])
def test_cv505_majority_of_those_present(mini, in_favour, fires):
    vote(mini, VILLAGE_CHARTER, 1000, 600, in_favour)
    result = found(mini, "CV505")
    assert len(result) == fires
    if fires:
        [f] = result
        assert (f.path, f.severity, f.line) == (
            VILLAGE_CHARTER,
            Severity.ERROR,
            mini.line_of(VILLAGE_CHARTER, "in_favour: 300"),
        )
        assert "赞成 300 人" in f.message and "301" in f.message and "到会人员的过半数通过" in f.message


# --- CV506 ---------------------------------------------------------------------------------------


def test_cv506_present_more_than_eligible_skips_quorum_and_majority(mini):
    vote(mini, VILLAGE_CHARTER, 600, 1000, 100)
    findings = mini.validate().findings
    assert [(f.code, f.severity, f.line) for f in findings] == [
        ("CV506", Severity.ERROR, mini.line_of(VILLAGE_CHARTER, "present: 1000"))
    ]


def test_cv506_in_favour_and_women_more_than_present(mini):
    vote(mini, COMMUNITY_CHARTER, 1520, 905, 906, women_present=950)
    found506 = found(mini, "CV506")
    assert sorted(f.line for f in found506) == [
        mini.line_of(COMMUNITY_CHARTER, "in_favour: 906"),
        mini.line_of(COMMUNITY_CHARTER, "women_present: 950"),
    ]


def test_cv506_near_miss_everyone_present_and_in_favour(mini):
    vote(mini, VILLAGE_CHARTER, 1000, 1000, 1000)
    assert mini.validate().findings == []


# --- CV507 ---------------------------------------------------------------------------------------


def test_cv507_village_rules_by_representatives(mini):
    mini.replace(VILLAGE_CHARTER, "body: villagers_meeting", "body: villagers_representatives")
    mini.replace(VILLAGE_CHARTER, "basis: persons", "basis: representatives")
    vote(mini, VILLAGE_CHARTER, 45, 40, 38)
    [f] = found(mini, "CV507")
    assert (f.path, f.severity, f.line) == (
        VILLAGE_CHARTER,
        Severity.ERROR,
        mini.line_of(VILLAGE_CHARTER, "body: villagers_representatives"),
    )
    assert "村民会议" in f.message and "第二十七条" in f.message and "第十条" in f.message
    assert [f.code for f in mini.validate().findings] == ["CV507"]


def test_cv507_residents_convention_by_representatives_is_a_warning(mini):
    mini.replace(COMMUNITY_CHARTER, "body: residents_meeting", "body: residents_representatives")
    mini.replace(COMMUNITY_CHARTER, "basis: persons", "basis: representatives")
    vote(mini, COMMUNITY_CHARTER, 45, 40, 38)
    [f] = found(mini, "CV507")
    assert (f.severity, f.line) == (
        Severity.WARNING,
        mini.line_of(COMMUNITY_CHARTER, "body: residents_representatives"),
    )
    assert "第十五条" in f.message


def test_cv505_residents_representatives_majority_on_both_sides_of_2026(mini):
    representatives(mini, COMMUNITY_CHARTER, 45, 40, 20)  # half of 40 is not a majority
    voted_on(mini, COMMUNITY_CHARTER, "2025-12-31")
    [old] = found(mini, "CV505")
    assert "《村民委员会组织法》（2018）第二十六条第二款" in old.message
    voted_on(mini, COMMUNITY_CHARTER, "2026-01-01")
    [new] = found(mini, "CV505")
    assert "《城市居民委员会组织法》（2025）第二十九条" in new.message and "到会组成人员的过半数通过" in new.message


def authorise(mini, rel: str, value: str) -> None:
    mini.replace(rel, "  women_present:", f"  authorised: {value}\n  women_present:")


def test_cv507_authorised_representatives_on_both_sides_of_2026(mini):
    representatives(mini, COMMUNITY_CHARTER, 45, 40, 38)
    authorise(mini, COMMUNITY_CHARTER, "true")
    voted_on(mini, COMMUNITY_CHARTER, "2025-12-31")
    # 2018: the law has no 居民代表会议; an authorisation does not make it lawful.
    [old] = found(mini, "CV507")
    assert old.severity is Severity.WARNING and "《城市居民委员会组织法》（2018）第十五条第一款" in old.message
    voted_on(mini, COMMUNITY_CHARTER, "2026-01-01")
    assert found(mini, "CV507") == []
    assert mini.validate().findings == []


def test_cv507_representatives_without_authorisation_from_2026_is_a_warning(mini):
    representatives(mini, COMMUNITY_CHARTER, 45, 40, 38)
    voted_on(mini, COMMUNITY_CHARTER, "2026-01-01")
    [f] = found(mini, "CV507")
    assert (f.severity, f.line) == (
        Severity.WARNING,
        mini.line_of(COMMUNITY_CHARTER, "body: residents_representatives"),
    )
    assert "居民会议的授权" in f.message and "authorised: true" in f.message
    assert "《城市居民委员会组织法》（2025）第三十条第一款" in f.message and "第三十条第二款" in f.message
    authorise(mini, COMMUNITY_CHARTER, "false")
    [f] = found(mini, "CV507")
    assert (f.severity, f.line) == (Severity.WARNING, mini.line_of(COMMUNITY_CHARTER, "authorised: false"))


def test_cv507_village_rules_stay_with_the_villagers_meeting_when_authorised(mini):
    representatives(mini, VILLAGE_CHARTER, 45, 40, 38)
    authorise(mini, VILLAGE_CHARTER, "true")
    for day, article in (("2025-12-31", "（2018）第二十七条第一款"), ("2026-01-01", "（2025）第三十一条第一款")):
        voted_on(mini, VILLAGE_CHARTER, day)
        [f] = found(mini, "CV507")
        assert f.severity is Severity.ERROR and article in f.message and "第十条第二款" in f.message, day


def test_cv507_authorised_must_be_a_boolean(mini):
    authorise(mini, COMMUNITY_CHARTER, "yes")
    [f] = mini.validate().findings
    assert f.code == "CV102" and f.line == mini.line_of(COMMUNITY_CHARTER, "authorised: yes")


def test_cv507_residents_convention_by_a_villagers_body_is_an_error(mini):
    mini.replace(COMMUNITY_CHARTER, "body: residents_meeting", "body: villagers_meeting")
    [f] = found(mini, "CV507")
    assert (f.path, f.severity) == (COMMUNITY_CHARTER, Severity.ERROR) and "居民会议" in f.message


def test_cv507_near_miss_meetings(mini):
    assert found(mini, "CV507") == []


# --- CV508 ---------------------------------------------------------------------------------------


def test_cv508_filed_with_the_county_bureau(mini):
    mini.replace(VILLAGE_CHARTER, "filed_with: 长生镇人民政府", "filed_with: 县民政局")
    [f] = found(mini, "CV508")
    assert (f.path, f.severity, f.line) == (
        VILLAGE_CHARTER,
        Severity.ERROR,
        mini.line_of(VILLAGE_CHARTER, "filed_with: 县民政局"),
    )
    assert "长生镇人民政府" in f.message and "第二十七条" in f.message


def test_cv508_street_needs_its_office(mini):
    mini.replace(COMMUNITY_CHARTER, "filed_with: 汉葭街道办事处", "filed_with: 汉葭街道人民政府")
    [f] = found(mini, "CV508")
    assert f.path == COMMUNITY_CHARTER and "汉葭街道办事处" in f.message and "第十五条" in f.message


@pytest.mark.parametrize(
    "authority", ["彭水苗族土家族自治县长生镇人民政府", "重庆市彭水苗族土家族自治县长生镇人民政府"]
)
def test_cv508_near_miss_county_name_in_front(mini, authority):
    mini.replace(VILLAGE_CHARTER, "filed_with: 长生镇人民政府", f"filed_with: {authority}")
    assert found(mini, "CV508") == []


COUNTY_GOVERNMENT = "彭水苗族土家族自治县人民政府"


def test_cv508_residents_convention_filed_with_the_county_from_2026(mini):
    mini.replace(COMMUNITY_CHARTER, "filed_with: 汉葭街道办事处", f"filed_with: {COUNTY_GOVERNMENT}")
    voted_on(mini, COMMUNITY_CHARTER, "2025-12-31")
    [old] = found(mini, "CV508")
    assert "汉葭街道办事处" in old.message and "《城市居民委员会组织法》（2018）第十五条第一款" in old.message
    voted_on(mini, COMMUNITY_CHARTER, "2026-01-01")
    assert found(mini, "CV508") == []
    mini.replace(COMMUNITY_CHARTER, f"filed_with: {COUNTY_GOVERNMENT}", f"filed_with: 重庆市{COUNTY_GOVERNMENT}")
    assert found(mini, "CV508") == []


def test_cv508_county_bureau_still_wrong_from_2026_and_the_message_names_both(mini):
    mini.replace(COMMUNITY_CHARTER, "filed_with: 汉葭街道办事处", "filed_with: 县民政局")
    voted_on(mini, COMMUNITY_CHARTER, "2026-01-01")
    [f] = found(mini, "CV508")
    assert "汉葭街道办事处" in f.message and COUNTY_GOVERNMENT in f.message
    assert "《城市居民委员会组织法》（2025）第三十一条第一款" in f.message and "第四十七条" in f.message


def test_cv508_village_rules_not_with_the_county_on_either_side(mini):
    mini.replace(VILLAGE_CHARTER, "filed_with: 长生镇人民政府", f"filed_with: {COUNTY_GOVERNMENT}")
    for day, article in (("2025-12-31", "（2018）第二十七条第一款"), ("2026-01-01", "（2025）第三十一条第一款")):
        voted_on(mini, VILLAGE_CHARTER, day)
        [f] = found(mini, "CV508")
        assert article in f.message and "长生镇人民政府" in f.message, day


def test_cv508_another_township_that_ends_the_same(mini):
    mini.replace(VILLAGE_CHARTER, "filed_with: 长生镇人民政府", "filed_with: 新长生镇人民政府")
    assert len(found(mini, "CV508")) == 1


def test_cv508_skipped_when_the_township_is_unknown(mini):
    text = mini.read(VILLAGE_CHARTER).replace('"500243112201"', '"500243113201"').replace("长生镇人民政府", "县民政局")
    mini.remove(VILLAGE_CHARTER)
    mini.write("charters/500243113/500243113201.yaml", text)
    assert found(mini, "CV508") == []


# --- CV509 ---------------------------------------------------------------------------------------


def test_cv509_no_women_at_the_vote(mini):
    mini.replace(VILLAGE_CHARTER, "women_present: 250", "women_present: 0")
    [f] = found(mini, "CV509")
    assert (f.path, f.severity, f.line) == (
        VILLAGE_CHARTER,
        Severity.WARNING,
        mini.line_of(VILLAGE_CHARTER, "women_present: 0"),
    )
    assert "应当有妇女参与制定。《妇女权益保障法》（2022）第十三条第一款：妇女有权" in f.message


def test_cv509_near_miss_not_recorded(mini):
    mini.replace(VILLAGE_CHARTER, "  women_present: 250\n", "")
    assert found(mini, "CV509") == []


# --- CV510 ---------------------------------------------------------------------------------------


def test_cv510_is_off_by_default(mini):
    assert found(mini, "CV510") == []


def test_cv510_selected_fires_after_five_years(mini):
    # Voted 2021-08-15: more than five years before the check date 2026-11-28.
    result = found(mini, "CV510", extend_select=["CV510"])
    assert {(f.path, f.severity, f.line) for f in result} == {
        (VILLAGE_CHARTER, Severity.WARNING, mini.line_of(VILLAGE_CHARTER, "voted:")),
        (COMMUNITY_CHARTER, Severity.WARNING, mini.line_of(COMMUNITY_CHARTER, "voted:")),
    }
    assert "5 年" in result[0].message


def test_cv510_years_option(mini):
    early = dt.date(2025, 1, 1)
    assert found(mini, "CV510", extend_select=["CV510"], as_of=early) == []
    config = Config.model_validate({"extend-select": ["CV510"], "rules": {"CV510": {"years": 3}}})
    result = found(mini, "CV510", config=config, as_of=early)
    assert len(result) == 2 and "3 年" in result[0].message


def test_cv510_near_miss_exactly_the_anniversary(mini):
    assert found(mini, "CV510", extend_select=["CV510"], as_of=dt.date(2026, 8, 15)) == []
    assert len(found(mini, "CV510", extend_select=["CV510"], as_of=dt.date(2026, 8, 16))) == 2


def test_mini_still_clean_with_every_rule_of_this_module(mini):
    # Selecting CV5 turns CV510 on as well: the mini charters were voted more than five years before AS_OF.
    assert mini.validate(select=["CV4", "CV5"], ignore=["CV510"], as_of=AS_OF).findings == []
    assert mini.validate(select=["CV4", "CV5"], as_of=dt.date(2025, 1, 1)).findings == []
