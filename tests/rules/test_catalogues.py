"""CV301–CV309: reference catalogues, local items and the work put on committees."""

from __future__ import annotations

import textwrap

from conftest import COMMUNITY, MINI_COUNTY, VILLAGE, VILLAGE_CHARTER

from civcat.findings import Severity
from civcat.rules.catalogues import normalize_title, titles_match

TOWNSHIP_REF = "catalogues/reference/triage-township.yaml"
STREET_REF = "catalogues/reference/triage-street.yaml"
CONSULTATION = "catalogues/reference/consultation.yaml"
AUTONOMY = "catalogues/reference/autonomy.yaml"
TASK = "  - {title: 协助开展最低生活保障对象入户调查, ref: XZ-01, department: 县民政局}\n"
LOCAL = "    - {id: XS-L01, tier: minor, title: 山坪塘日常维护, forms: [院坝会]}\n"


def set_task(mini, task: str) -> None:
    mini.replace(VILLAGE, TASK, f"  - {task}\n")


def add_village(mini, serial: str, local: str) -> str:
    """Another village of 长生镇 with one local triage item."""
    rel = f"catalogues/communities/500243112/500243112{serial}.yaml"
    text = textwrap.dedent(MINI_COUNTY[VILLAGE]).replace("500243112201", f"500243112{serial}")
    assert LOCAL in text
    text = text.replace("石门村", f"村{serial}").replace(LOCAL, f"    - {local}\n")
    mini.write(rel, text)
    return rel


# --- title normalisation ------------------------------------------------------------------------


def test_normalize_title_ignores_punctuation_width_and_community_wording():
    assert normalize_title("村（社区）内道路、路灯 日常管护") == normalize_title("社区内道路路灯日常管护")
    assert normalize_title("召集村（居）民会议") == normalize_title("召集居民会议") == normalize_title("召集村民会议")
    assert normalize_title("ＡＢＣ１２３") == "abc123"
    assert normalize_title("集体林地管护") != normalize_title("集体林地")


def test_titles_match_by_containment_only_for_six_characters_or_more():
    assert titles_match("出具无法律法规依据的证明材料", "出具无法律法规依据的证明")
    assert not titles_match("出具证明", "为居民出具证明材料")


# --- CV301 --------------------------------------------------------------------------------------


def test_cv301_unknown_triage_exclusion(mini):
    mini.replace(VILLAGE, "{id: XS-02, reason:", "{id: XS-99, reason:")
    f = mini.only("CV301")
    assert (f.path, f.severity) == (VILLAGE, Severity.ERROR)
    assert (f.line, f.column) == mini.position(VILLAGE, "XS-99")
    assert TOWNSHIP_REF in f.message


def test_cv301_exclusion_from_the_other_levels_reference(mini):
    mini.replace(COMMUNITY, "consultation:", "triage:\n  excluded:\n    - {id: XS-02, reason: 无林地}\nconsultation:")
    f = mini.only("CV301")
    assert f.path == COMMUNITY and f.line == mini.line_of(COMMUNITY, "XS-02")
    assert "乡镇层面" in f.message and "街道层面" in f.message


def test_cv301_unknown_consultation_exclusion(mini):
    mini.replace(
        VILLAGE,
        "  platforms: [村民议事会, 院坝会]\n",
        "  platforms: [村民议事会, 院坝会]\n  excluded:\n    - {id: XY-09, reason: 无}\n",
    )
    f = mini.only("CV301")
    assert (f.line, f.column) == mini.position(VILLAGE, "XY-09")


def test_cv301_unknown_task_reference_but_not_for_fm(mini):
    set_task(mini, "{title: 协助开展最低生活保障对象入户调查, ref: XZ-09, department: 县民政局}")
    f = mini.only("CV301")
    assert (f.line, f.column) == mini.position(VILLAGE, "XZ-09")
    assert mini.findings("CV308") == []
    set_task_text = mini.read(VILLAGE).replace("ref: XZ-09", "ref: FM-09")
    mini.write(VILLAGE, set_task_text)
    assert mini.findings("CV301") == []
    assert mini.only("CV307").line == mini.line_of(VILLAGE, "FM-09")


def test_cv301_unknown_model_charter(mini):
    mini.replace(VILLAGE_CHARTER, "model: village_rules", "model: village_rule")
    f = mini.only("CV301")
    assert f.path == VILLAGE_CHARTER
    assert (f.line, f.column) == mini.position(VILLAGE_CHARTER, "village_rule", after="model:")
    assert "residents_convention" in f.message


def test_cv301_not_for_known_ids(mini):
    assert mini.findings("CV301") == []


# --- CV302 --------------------------------------------------------------------------------------


def test_cv302_duplicate_id_in_a_reference(mini):
    mini.replace(TOWNSHIP_REF, "  - id: XS-02\n", "  - id: XS-01\n")
    f = mini.only("CV302")
    assert (f.path, f.severity) == (TOWNSHIP_REF, Severity.ERROR)
    assert f.line == mini.line_of(TOWNSHIP_REF, "title: 集体林地管护") - 2
    assert "村内道路" in f.message


def test_cv302_duplicate_local_id(mini):
    mini.replace(VILLAGE, LOCAL, LOCAL + "    - {id: XS-L01, tier: minor, title: 堰塘清淤, forms: [院坝会]}\n")
    f = mini.only("CV302")
    assert (f.line, f.column) == mini.position(VILLAGE, "XS-L01", after="堰塘清淤")


def test_cv302_local_id_equal_to_a_reference_id_is_not_also_cv304(mini):
    mini.replace(VILLAGE, "{id: XS-L01,", "{id: XS-01,")
    f = mini.only("CV302")
    assert f.line == mini.line_of(VILLAGE, "山坪塘")
    assert "XS-L01" in f.message
    assert mini.findings("CV304") == []


def test_cv302_not_across_the_two_levels(mini):
    assert mini.findings("CV302") == []  # DS-01 is in both level references


# --- CV303 --------------------------------------------------------------------------------------


def test_cv303_triage_totals(mini):
    mini.replace(TOWNSHIP_REF, "totals: {major: 1, minor: 2, private: 1}", "totals: {major: 1, minor: 3, private: 1}")
    f = mini.only("CV303")
    assert (f.path, f.severity) == (TOWNSHIP_REF, Severity.ERROR)
    assert (f.line, f.column) == mini.position(TOWNSHIP_REF, "3", after="totals:")
    assert "小事 2 项" in f.message


def test_cv303_consultation_and_autonomy_totals(mini):
    mini.replace(CONSULTATION, "totals: {categories: 1, items: 1}", "totals: {categories: 1, items: 16}")
    mini.replace(AUTONOMY, "self_governance:\n", "totals: {negative: 2}\nself_governance:\n")
    found = {f.path: f for f in mini.findings("CV303")}
    assert set(found) == {CONSULTATION, AUTONOMY}
    assert found[AUTONOMY].line == mini.line_of(AUTONOMY, "totals:")


def test_cv303_not_when_totals_agree_or_are_absent(mini):
    mini.replace(STREET_REF, "totals: {major: 1, minor: 1, private: 1}\n", "")
    assert mini.findings("CV303") == []


# --- CV304 --------------------------------------------------------------------------------------


def test_cv304_reference_prefix_does_not_fit_tier(mini):
    mini.replace(TOWNSHIP_REF, "  - id: XS-02\n", "  - id: DS-02\n")
    f = mini.only("CV304")
    assert (f.path, f.severity) == (TOWNSHIP_REF, Severity.ERROR)
    assert (f.line, f.column) == mini.position(TOWNSHIP_REF, "DS-02")
    assert "XS-" in f.message


def test_cv304_reference_id_with_l(mini):
    mini.replace(AUTONOMY, "{id: FM-01,", "{id: FM-L01,")
    f = mini.only("CV304")
    assert f.path == AUTONOMY and "FM-01" in f.message


def test_cv304_local_id_without_l_or_in_the_wrong_tier(mini):
    mini.replace(
        VILLAGE,
        LOCAL,
        "    - {id: XS-05, tier: minor, title: 山坪塘日常维护, forms: [院坝会]}\n"
        "    - {id: XS-L02, tier: private, title: 自家鱼塘清淤, route: self}\n",
    )
    lines = sorted(f.line for f in mini.findings("CV304"))
    assert lines == [mini.line_of(VILLAGE, "XS-05"), mini.line_of(VILLAGE, "XS-L02")]


def test_cv304_not_for_fitting_ids(mini):
    assert mini.findings("CV304") == []


# --- CV305 --------------------------------------------------------------------------------------


def test_cv305_local_item_repeats_reference_item(mini):
    mini.replace(VILLAGE, "title: 山坪塘日常维护", "title: 村（社区）内道路 路灯等公益设施日常管护")
    f = mini.only("CV305")
    assert (f.path, f.severity) == (VILLAGE, Severity.WARNING)
    assert (f.line, f.column) == mini.position(VILLAGE, "村（社区）内道路")
    assert "XS-01" in f.message


def test_cv305_not_when_the_reference_item_is_excluded(mini):
    mini.replace(VILLAGE, "title: 山坪塘日常维护", "title: 集体林地管护")  # XS-02 is excluded here
    assert mini.findings("CV305") == []


# --- CV306 --------------------------------------------------------------------------------------

MAJOR = "{id: DS-L01, tier: major, title: 山坪塘 日常维护, handler: 镇水利站, basis: [《水法》]}"


def test_cv306_tie_reports_every_occurrence(mini):
    other = add_village(mini, "202", MAJOR)
    found = {f.path: f for f in mini.findings("CV306")}
    assert set(found) == {VILLAGE, other}
    assert found[VILLAGE].severity is Severity.WARNING
    assert found[VILLAGE].line == mini.line_of(VILLAGE, "山坪塘")
    assert "500243112202" in found[VILLAGE].message and "大事" in found[VILLAGE].message


def test_cv306_reports_only_the_minority(mini):
    other = add_village(mini, "202", MAJOR)
    add_village(mini, "203", "{id: XS-L01, tier: minor, title: 山坪塘日常维护, forms: [院坝会]}")
    f = mini.only("CV306")
    assert f.path == other
    assert (f.line, f.column) == mini.position(other, "major")
    assert "500243112201" in f.message and "500243112203" in f.message


def test_cv306_not_for_one_tier(mini):
    add_village(mini, "202", "{id: XS-L01, tier: minor, title: 山坪塘日常维护, forms: [院坝会]}")
    assert mini.findings("CV306") == []


# --- CV307 / CV308 ------------------------------------------------------------------------------


def test_cv307_task_with_a_negative_ref(mini):
    set_task(mini, "{title: 出具证明, ref: FM-01, department: 县某局}")
    f = mini.only("CV307")
    assert (f.path, f.severity) == (VILLAGE, Severity.ERROR)
    assert (f.line, f.column) == mini.position(VILLAGE, "FM-01")
    assert "出具无法律法规依据的证明" in f.message and "第五条" in f.message
    assert mini.findings("CV308") == []


def test_cv307_task_whose_title_is_on_the_negative_list(mini):
    set_task(mini, "{title: 出具无法律法规依据的证明材料, department: 县某局}")
    f = mini.only("CV307")
    assert (f.line, f.column) == mini.position(VILLAGE, "出具无法律法规依据的证明材料")
    assert "FM-01" in f.message


def test_cv307_title_wins_over_an_unrelated_assist_ref(mini):
    set_task(mini, "{title: 出具无法律法规依据的证明, ref: XZ-01}")
    assert mini.only("CV307").line == mini.line_of(VILLAGE, "出具无法律法规依据的证明")


def test_cv307_not_for_listed_work(mini):
    set_task(mini, "{title: 出具证明, department: 县某局}")  # too short to be the negative item
    assert mini.findings("CV307") == []


def test_cv308_unlisted_task(mini):
    set_task(mini, "{title: 协助开展辖区企业安全生产检查, department: 县应急局}")
    f = mini.only("CV308")
    assert (f.path, f.severity) == (VILLAGE, Severity.WARNING)
    assert (f.line, f.column) == mini.position(VILLAGE, "协助开展辖区企业安全生产检查")
    assert "准入" in f.message


def test_cv308_task_referring_to_a_self_governance_item(mini):
    set_task(mini, "{title: 协助开展辖区企业安全生产检查, ref: ZZ-01}")
    assert "ZZ-01" in mini.only("CV308").message


def test_cv308_not_for_a_listed_title_without_ref(mini):
    set_task(mini, "{title: 协助开展最低生活保障对象入户调查工作, department: 县民政局}")
    assert mini.findings("CV308") == []


# --- CV309 --------------------------------------------------------------------------------------


def test_cv309_same_matter_on_both_lists(mini):
    mini.replace(
        AUTONOMY,
        "  - {id: FM-01, title: 出具无法律法规依据的证明}\n",
        "  - {id: FM-01, title: 出具无法律法规依据的证明}\n  - {id: FM-02, title: 协助开展最低生活保障对象 入户调查}\n",
    )
    f = mini.only("CV309")
    assert (f.path, f.severity) == (AUTONOMY, Severity.ERROR)
    assert (f.line, f.column) == mini.position(AUTONOMY, "协助开展最低生活保障对象 入户调查")
    assert "XZ-01" in f.message
    assert mini.findings("CV307") == []  # the task is XZ-01 itself: the lists conflict, not the task


def test_cv309_not_for_distinct_matters(mini):
    mini.replace(
        AUTONOMY,
        "  - {id: FM-01, title: 出具无法律法规依据的证明}\n",
        "  - {id: FM-01, title: 出具无法律法规依据的证明}\n  - {id: FM-02, title: 代替政府开展执法检查}\n",
    )
    assert mini.findings("CV309") == []
