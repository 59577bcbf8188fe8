"""CV601–CV609: measures a charter may not impose, found through the whole pipeline, and the five content areas."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import COMMUNITY_CHARTER, VILLAGE_CHARTER

from civcat.findings import Severity
from civcat.rules import all_rules
from civcat.rules.legality import LegalityRule, measures_of

MODEL = "charters/model/village_rules.yaml"
ARTICLE = "村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。"  # the village charter's second article
COMMUNITY_ARTICLE = "为推进社区治理，弘扬文明新风，经居民会议讨论通过，制定本公约。"
VILLAGE_LAW = "《村民委员会组织法》（2018）第二十七条第二款"


def legal_findings(mini):
    return [f for f in mini.findings() if f.code.startswith("CV6")]


def set_article(mini, text: str) -> None:
    mini.replace(VILLAGE_CHARTER, f"- text: {ARTICLE}", f"- text: {text}")


# (code, article as villages write it, where the finding points: the start of the measure phrase)
FIRING = [
    ("CV601", "乱砍滥伐林木的，每株罚款100元。", "罚款100元"),
    ("CV601", "在公路上打场晒粮的，处以五十元罚款。", "处以五十元罚款"),
    ("CV601", "不参加义务劳动的，每次交纳误工费50元。", "交纳误工费"),
    ("CV601", "违者每次处以100元以上500元以下罚款。", "处以100元"),
    ("CV601", "对不按规定办理婚丧事宜的，收取保证金2000元。", "收取保证金"),
    ("CV602", "在禁渔期电鱼的，没收其捕鱼工具。", "没收其捕鱼工具"),
    ("CV602", "放养牛羊损坏庄稼的，由村委会扣押其牲畜。", "扣押其牲畜"),
    ("CV602", "承包地撂荒两年以上的，村集体收回其承包地。", "收回其承包地"),
    ("CV602", "拒不拆除违章建筑的，扣除其当年集体收益分红。", "扣除其当年"),
    ("CV603", "对偷盗者游街示众。", "游街示众"),
    ("CV603", "屡教不改的，将其姓名在村务公开栏曝光。", "将其姓名"),
    ("CV603", "对打架斗殴者，由治保会关押一天。", "关押一天"),
    ("CV603", "乱倒垃圾的，在村公告栏公布其照片。", "公布其照片"),
    ("CV604", "拒不缴纳水费的，停止供水。", "停止供水"),
    ("CV604", "私拉乱接电线的，村委会有权拉闸断电。", "拉闸断电"),
    ("CV604", "不服从管理的，对其停水停电。", "停水停电"),
    ("CV604", "拖欠水费的，停止其用水。", "停止其用水"),
    ("CV605", "不履行赡养义务的，取消其低保。", "取消其低保"),
    ("CV605", "拒不参加义务劳动的，村委会不予办理各类证明。", "不予办理各类证明"),
    ("CV605", "违反本规约的，停发其养老补贴。", "停发其养老补贴"),
    ("CV605", "违反本规约的，三年内不得享受各项惠农补贴。", "不得享受各项惠农补贴"),
    ("CV606", "屡教不改者，开除村籍。", "开除村籍"),
    ("CV606", "吸毒贩毒人员，驱逐出村。", "驱逐出村"),
    ("CV606", "严重违反本规约的，取消其集体经济组织成员资格。", "取消其集体经济组织成员资格"),
    ("CV606", "违者取消其本村村民待遇。", "取消其本村村民待遇"),
    ("CV607", "出嫁女户口未迁出的，不再享受村集体收益分配。", "出嫁女"),
    ("CV607", "离婚妇女及其子女不得参与集体经济分红。", "离婚妇女"),
    ("CV607", "上门女婿不享有宅基地申请资格。", "上门女婿"),
    ("CV607", "女儿出嫁后，其承包地由村集体收回。", "女儿出嫁后"),
    ("CV608", "一人违反，全家不得享受当年分红。", "全家不得享受"),
    ("CV608", "对违规者实行连坐。", "连坐"),
    ("CV608", "违反计划生育的，其子女不予上户口。", "其子女不予上户口"),
    ("CV608", "一户违规，全组扣除当年分红。", "全组扣除"),
]

# What each rule's message must cite besides the organization law.
CITES = {
    "CV601": "《行政处罚法》（2021）第十六条",
    "CV602": (
        "《农村土地承包法》（2018）第二十七条第一款",
        "《行政强制法》（2011）第十条第四款",
        "《农村集体经济组织法》（2024）第八条第一款",
    ),
    "CV603": "侵犯村民的人身权利",
    "CV604": "《行政强制法》（2011）第四十三条第二款",
    "CV605": "合法财产权利",
    "CV606": "《农村集体经济组织法》（2024）第十八条第一款",
    "CV607": "《妇女权益保障法》（2022）第五十六条第一款",
    "CV608": "人身权利",
}

NEAR_MISSES = [
    "不得罚款。",
    "严禁以停水停电代替教育。",
    "外嫁女依法享有同等权利。",
    "按时缴纳水费。",
    "损坏公共设施的，照价赔偿。",
    "村民委员会不得以罚款代替批评教育。",
    "发生停水停电时，请及时向村委会报告。",
    "对外嫁女及其子女，村集体不得收回其承包地，不得取消其集体收益分配资格。",
    "上门女婿落户本村的，与本村村民享有同等权利。",
    "违反治安管理处罚法的，由公安机关依法给予罚款或者拘留。",
    "对违反本规约的，由村民委员会给予批评教育，责令改正，并扣减积分。",
    "积分在全村排名后十位的，取消当年文明户评选资格。",
    "对评选出的文明家庭，在村务公开栏张榜表扬。",
    "低保对象实行动态管理，不再符合条件的，依法停发低保金。",
    "父母应当教育子女遵守本村规民约。",
    "宅基地实行一户一宅，多占的依法收回。",
]


@pytest.mark.parametrize(("code", "text", "at"), FIRING, ids=[f"{c}-{t}" for c, t, _ in FIRING])
def test_measure_is_found_at_its_phrase(mini, code, text, at):
    set_article(mini, text)
    found = legal_findings(mini)
    assert [(f.path, f.code, f.severity) for f in found] == [(VILLAGE_CHARTER, code, Severity.ERROR)], found
    f = found[0]
    assert (f.line, f.column) == mini.position(VILLAGE_CHARTER, at, after=text)
    assert f.message.startswith("条款规定了") and "村规民约不得" in f.message
    cites = CITES[code] if isinstance(CITES[code], tuple) else (CITES[code],)
    assert VILLAGE_LAW in f.message and any(c in f.message for c in cites)
    assert "。；" not in f.message and f.message.count("。。") == 0


def test_every_measure_has_three_phrasings():
    for code in (f"CV60{i}" for i in range(1, 9)):
        assert sum(1 for c, _, _ in FIRING if c == code) >= 3, code


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_forbidding_or_lawful_clause_is_no_finding(mini, text):
    set_article(mini, text)
    assert legal_findings(mini) == []


def test_fine_message_names_the_measure_the_law_and_the_fix(mini):
    set_article(mini, "乱砍滥伐林木的，每株罚款500元。")
    (f,) = legal_findings(mini)
    assert f.message.startswith("条款规定了罚款（“罚款500元”）。村规民约不得设定罚款或变相罚款：")
    assert "《行政处罚法》（2021）第十六条：除法律、法规、规章外，其他规范性文件不得设定行政处罚；" in f.message
    assert "请改为批评教育" in f.message and "依法报有关部门处理" in f.message


def test_residents_convention_cites_the_residents_committee_law(mini):
    mini.replace(
        COMMUNITY_CHARTER,
        f"- text: {COMMUNITY_ARTICLE}\n",
        f"- text: {COMMUNITY_ARTICLE}\n      - text: 拒不缴纳物业费的，停止供水。\n",
    )
    (f,) = legal_findings(mini)
    assert (f.path, f.code) == (COMMUNITY_CHARTER, "CV604")
    assert (f.line, f.column) == mini.position(COMMUNITY_CHARTER, "停止供水")
    assert "居民公约不得" in f.message and "《城市居民委员会组织法》（2018）第十五条第二款" in f.message
    assert VILLAGE_LAW not in f.message


def test_model_charter_is_checked(mini):
    mini.replace(MODEL, f"- text: {ARTICLE}", "- text: 违者罚款200元。")
    (f,) = legal_findings(mini)
    assert (f.path, f.code) == (MODEL, "CV601")
    assert (f.line, f.column) == mini.position(MODEL, "罚款200元")


def test_points_behaviour_and_redemption_are_checked(mini):
    mini.write(
        VILLAGE_CHARTER,
        mini.read(VILLAGE_CHARTER)
        + (
            "points:\n"
            "  title: 石门村积分管理办法\n"
            "  items:\n"
            "    - {behaviour: 参加义务劳动, points: 2}\n"
            "    - {behaviour: 乱倒垃圾的罚款50元, points: -2}\n"
            "  redemption: 积分兑换生活用品；违反本规约的，取消其低保。\n"
        ),
    )
    found = legal_findings(mini)
    assert [(f.code, f.line, f.column) for f in found] == [
        ("CV601", *mini.position(VILLAGE_CHARTER, "罚款50元")),
        ("CV605", *mini.position(VILLAGE_CHARTER, "取消其低保")),
    ]


def test_measures_in_two_articles_and_two_codes_in_one(mini):
    set_article(mini, "偷盗者罚款300元，其家属不得享受当年分红。")
    mini.replace(
        VILLAGE_CHARTER,
        "title: 环境卫生\n    articles:\n",
        "title: 环境卫生\n    articles:\n      - text: 拒不缴纳水费的，停止供水。\n",
    )
    found = legal_findings(mini)
    assert [f.code for f in found] == ["CV604", "CV601", "CV608"]
    assert found[0].line == mini.line_of(VILLAGE_CHARTER, "停止供水")
    assert found[1].line == found[2].line == mini.line_of(VILLAGE_CHARTER, "偷盗者")


def test_suppressed_on_its_line(mini):
    set_article(mini, "拒不缴纳水费的，停止供水。  # civcat: ignore[CV604]")
    assert legal_findings(mini) == []


def test_each_distinct_text_is_analysed_once(mini):
    measures_of.cache_clear()
    mini.findings()
    info = measures_of.cache_info()
    # mini: 3 distinct article texts in 6 places (the charters copy their models), read by 8 rules
    assert info.misses == 3
    assert info.hits == 8 * 6 - 3


def test_legality_rules_share_one_mechanism():
    rules = all_rules()
    for i in range(1, 9):
        rule = rules[f"CV60{i}"]
        assert issubclass(rule, LegalityRule) and rule.severity is Severity.ERROR
        assert rule.kinds == ("charter", "charter-model")
        assert rule.summary and rule.why and rule.basis and rule.example and rule.fix
        assert VILLAGE_LAW in rule.basis or "第五十六条" in rule.basis


# --- the conflict test of the law in force on the vote date -----------------------------------------
# (The quotes themselves are checked against the law texts in tests/test_legal_parameters.py.)


def test_clause_citation_on_both_sides_of_2026(mini):
    set_article(mini, "乱砍滥伐林木的，每株罚款500元。")
    text = mini.read(VILLAGE_CHARTER)
    mini.write(
        VILLAGE_CHARTER,
        text.replace("voted: 2021-08-15", "voted: 2025-12-31")
        .replace("filed: 2021-08-25", "filed: 2025-12-31")
        .replace("published: 2021-08-30", "published: 2025-12-31"),
    )
    (old,) = legal_findings(mini)
    assert VILLAGE_LAW in old.message and "国家的政策" in old.message and "公序良俗" not in old.message
    mini.write(VILLAGE_CHARTER, mini.read(VILLAGE_CHARTER).replace("2025-12-31", "2026-01-01"))
    (new,) = legal_findings(mini)
    assert "《村民委员会组织法》（2025）第三十一条第二款" in new.message
    assert "公序良俗" in new.message and "国家的政策" not in new.message


def test_residents_convention_from_2026_cites_the_2025_residents_law(mini):
    mini.replace(
        COMMUNITY_CHARTER,
        f"- text: {COMMUNITY_ARTICLE}\n",
        f"- text: {COMMUNITY_ARTICLE}\n      - text: 拒不缴纳物业费的，停止供水。\n",
    )
    mini.write(
        COMMUNITY_CHARTER,
        mini.read(COMMUNITY_CHARTER)
        .replace("voted: 2021-08-15", "voted: 2026-01-01")
        .replace("filed: 2021-08-25", "filed: 2026-01-01")
        .replace("published: 2021-08-30", "published: 2026-01-01"),
    )
    (f,) = legal_findings(mini)
    assert "《城市居民委员会组织法》（2025）第三十一条第二款" in f.message and "公序良俗" in f.message


def test_model_charter_is_judged_by_the_law_on_the_check_date(mini):
    mini.replace(MODEL, f"- text: {ARTICLE}", "- text: 违者罚款200元。")
    (before,) = [f for f in mini.validate(as_of=dt.date(2025, 12, 31)).findings if f.code.startswith("CV60")]
    (after,) = [f for f in mini.validate(as_of=dt.date(2026, 1, 1)).findings if f.code.startswith("CV60")]
    assert VILLAGE_LAW in before.message and "（2025）第三十一条第二款" in after.message


def test_rule_pages_show_both_conflict_tests_with_dates():
    page = all_rules()["CV601"].basis
    assert "2018-12-29 至 2025-12-31：《村民委员会组织法》（2018）第二十七条第二款" in page
    assert "2026-01-01 起：《村民委员会组织法》（2025）第三十一条第二款" in page
    assert "2026-01-01 起：《城市居民委员会组织法》（2025）第三十一条第二款" in page


# --- CV609 ----------------------------------------------------------------------------------------


def test_cv609_missing_content_areas(mini):
    mini.replace(VILLAGE_CHARTER, "  - title: 总则\n", "  - title: 总则\n    topic: conduct\n")
    mini.replace(VILLAGE_CHARTER, "  - title: 环境卫生\n", "  - title: 环境卫生\n    topic: order\n")
    found = mini.findings("CV609")
    assert [(f.path, f.severity) for f in found] == [(VILLAGE_CHARTER, Severity.WARNING)]
    assert (found[0].line, found[0].column) == (mini.line_of(VILLAGE_CHARTER, "chapters:"), 1)
    assert "保障群众权益（rights）、调解群众纠纷（disputes）、引导民风民俗（customs）" in found[0].message
    assert "规范日常行为（conduct）" not in found[0].message


def test_cv609_near_miss_no_topics_or_all_five(mini):
    assert mini.findings("CV609") == []
    chapters = "".join(
        f"  - title: 第{n}章\n    topic: {t}\n    articles:\n      - text: 第{n}方面的条文。\n"
        for n, t in enumerate(["conduct", "order", "rights", "disputes", "customs"], 1)
    )
    mini.write(
        MODEL,
        "civcat: 1\nkind: charter-model\ntype: village_rules\ntitle: 村规民约示范文本\nchapters:\n"
        + chapters
        + "  - title: 附则\n    articles:\n      - text: 本村规民约自通过之日起施行。\n",
    )
    assert mini.findings("CV609") == []
