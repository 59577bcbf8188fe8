"""CV401–CV403: the committee in a community file, judged by the law in force on its election day."""

from __future__ import annotations

import datetime as dt

from conftest import AS_OF, COMMUNITY, VILLAGE

from civcat.findings import Severity


def found(mini, code: str, **options):
    return [f for f in mini.validate(**options).findings if f.code == code]


def elect(mini, rel: str, day: str) -> None:
    mini.replace(rel, "elected: 2026-03-01", f"elected: {day}")


# --- CV401 ---------------------------------------------------------------------------------------


def test_cv401_village_committee_too_large(mini):
    mini.replace(VILLAGE, "members: 5", "members: 8")
    [f] = found(mini, "CV401")
    assert (f.path, f.severity, f.line) == (VILLAGE, Severity.ERROR, mini.line_of(VILLAGE, "members: 8"))
    assert "8 人" in f.message and "3–7" in f.message
    # Elected 2026-03-01: the 2025 text, where the bounds moved to Article 8.
    assert "（2025）第八条第一款" in f.message and "村民委员会由主任、副主任和委员共三至七人组成" in f.message


def test_cv401_village_bounds_are_inclusive(mini):
    for members in (3, 7):
        mini.write(
            VILLAGE,
            mini.read(VILLAGE)
            .replace("members: 5", f"members: {members}")
            .replace("members: 3", f"members: {members}"),
        )
        assert found(mini, "CV401") == []


def test_cv401_community_committee_too_small(mini):
    mini.replace(COMMUNITY, "members: 7", "members: 4")
    [f] = found(mini, "CV401")
    assert (f.path, f.severity, f.line) == (COMMUNITY, Severity.ERROR, mini.line_of(COMMUNITY, "members: 4"))
    assert "少于" in f.message and "5–9" in f.message and "《城市居民委员会组织法》（2025）第八条第一款" in f.message


def test_cv401_near_miss_five_is_fine_for_a_community_and_nine_too(mini):
    mini.replace(COMMUNITY, "members: 7", "members: 9")
    mini.replace(VILLAGE, "members: 5", "members: 3")
    assert found(mini, "CV401") == []


def test_cv401_judged_by_the_law_on_the_election_day(mini):
    mini.replace(VILLAGE, "members: 5", "members: 8")
    elect(mini, VILLAGE, "2025-12-31")
    [old] = found(mini, "CV401")
    assert "《村民委员会组织法》（2018）第六条第一款" in old.message and "（2025）" not in old.message
    mini.replace(VILLAGE, "elected: 2025-12-31", "elected: 2026-01-01")
    [new] = found(mini, "CV401")
    assert "《村民委员会组织法》（2025）第八条第一款" in new.message and "（2018）" not in new.message
    assert "待核实" not in old.message + new.message


def test_cv401_community_on_both_sides_of_2026(mini):
    mini.replace(COMMUNITY, "members: 7", "members: 10")
    elect(mini, COMMUNITY, "2025-12-31")
    [old] = found(mini, "CV401")
    assert "《城市居民委员会组织法》（2018）第七条" in old.message
    mini.replace(COMMUNITY, "elected: 2025-12-31", "elected: 2026-01-01")
    [new] = found(mini, "CV401")
    assert "《城市居民委员会组织法》（2025）第八条第一款" in new.message


# --- CV402 ---------------------------------------------------------------------------------------


def test_cv402_no_woman_member(mini):
    mini.replace(VILLAGE, "women: 1", "women: 0")
    [f] = found(mini, "CV402")
    assert (f.path, f.severity, f.line) == (VILLAGE, Severity.WARNING, mini.line_of(VILLAGE, "women: 0"))
    assert "村民委员会成员中，应当有妇女成员" in f.message


def test_cv402_community_cites_the_womens_rights_law(mini):
    mini.replace(COMMUNITY, "women: 3", "women: 0")
    [f] = found(mini, "CV402")
    assert f.path == COMMUNITY and "妇女权益保障法" in f.message


def test_cv402_residents_committee_must_have_a_woman_member_from_2026(mini):
    mini.replace(COMMUNITY, "women: 3", "women: 0")
    elect(mini, COMMUNITY, "2025-12-31")
    [old] = found(mini, "CV402")
    # 2018: only the women's rights law speaks of residents' committees (适当数量).
    assert "《妇女权益保障法》（2022）第十四条第三款" in old.message and "城市居民委员会组织法" not in old.message
    mini.replace(COMMUNITY, "elected: 2025-12-31", "elected: 2026-01-01")
    [new] = found(mini, "CV402")
    assert "《城市居民委员会组织法》（2025）第八条第二款：居民委员会成员中，应当有妇女成员。" in new.message


def test_cv402_village_article_on_both_sides_of_2026(mini):
    mini.replace(VILLAGE, "women: 1", "women: 0")
    elect(mini, VILLAGE, "2025-12-31")
    [old] = found(mini, "CV402")
    assert "《村民委员会组织法》（2018）第六条第二款" in old.message
    mini.replace(VILLAGE, "elected: 2025-12-31", "elected: 2026-01-01")
    [new] = found(mini, "CV402")
    assert "《村民委员会组织法》（2025）第八条第二款" in new.message


def test_cv402_near_miss_women_unknown_is_not_a_finding(mini):
    mini.replace(VILLAGE, "  women: 1\n", "")
    assert found(mini, "CV402") == []


# --- CV403 ---------------------------------------------------------------------------------------


def test_cv403_term_ended(mini):
    elect(mini, VILLAGE, "2021-03-01")
    [f] = found(mini, "CV403")
    assert (f.path, f.severity, f.line) == (VILLAGE, Severity.WARNING, mini.line_of(VILLAGE, "elected: 2021-03-01"))
    assert "2026-03-01" in f.message and "届满" in f.message and "第十一条" in f.message


def test_cv403_as_of_decides(mini):
    elect(mini, COMMUNITY, "2021-03-01")
    # The term ends on 2026-03-01: on that day it has ended, the day before it has not.
    assert found(mini, "CV403", as_of=dt.date(2026, 2, 28)) == []
    [f] = found(mini, "CV403", as_of=dt.date(2026, 3, 1))
    assert f.path == COMMUNITY and "居民委员会" in f.message and "第八条" in f.message


def test_cv403_term_article_on_both_sides_of_2026(mini):
    def community():
        return [f for f in found(mini, "CV403", as_of=dt.date(2031, 6, 1)) if f.path == COMMUNITY]

    elect(mini, COMMUNITY, "2025-12-31")
    [old] = community()
    assert "《城市居民委员会组织法》（2018）第八条第一款" in old.message
    mini.replace(COMMUNITY, "elected: 2025-12-31", "elected: 2026-01-01")
    [new] = community()
    assert "《城市居民委员会组织法》（2025）第十四条第二款" in new.message
    elect(mini, VILLAGE, "2026-01-01")
    village = [f for f in found(mini, "CV403", as_of=dt.date(2031, 6, 1)) if f.path == VILLAGE]
    assert "《村民委员会组织法》（2025）第十四条第二款" in village[0].message


def test_cv403_near_miss_recent_election(mini):
    assert found(mini, "CV403", as_of=AS_OF) == []
    assert found(mini, "CV403", as_of=dt.date(2031, 2, 28)) == []
    assert len(found(mini, "CV403", as_of=dt.date(2031, 3, 1))) == 2
