"""The clause analyser behind CV601–CV608: measures a charter imposes, not words it mentions."""

from __future__ import annotations

import pytest

from civcat.clauses import Measure, unlawful_measures

# (article text, the codes it must report). Phrased the way village charters write them.
FIRING: list[tuple[str, set[str]]] = [
    # CV601 fines and payments as penalty
    ("乱砍滥伐者，罚款500元。", {"CV601"}),
    ("违者处以200至500元罚款。", {"CV601"}),
    ("不参加义务劳动的，每次交纳误工费50元。", {"CV601"}),
    ("在公路上打场晒粮的，处以五十元至一百元的罚款。", {"CV601"}),
    ("违反本条规定的，罚其1000元以下。", {"CV601"}),
    ("偷水者按双倍收取水费。", {"CV601"}),
    ("燃放烟花爆竹引发火灾的，除赔偿损失外，另处罚金300元。", {"CV601"}),
    ("不按时清扫门前卫生的，罚放电影一场。", {"CV601"}),
    ("婚丧事大操大办的，罚请全村吃饭。", {"CV601"}),
    ("拒不参加村民会议的，罚工两个。", {"CV601"}),
    ("违约者缴纳违约金200元。", {"CV601"}),
    ("对参与赌博者，一律给予经济处罚。", {"CV601"}),
    ("乱倒垃圾的，由村委会罚款。", {"CV601"}),
    ("未按时缴纳卫生费的，每月加收滞纳金10元。", {"CV601"}),
    ("损坏路灯的，照价赔偿并处罚款100元。", {"CV601"}),
    ("违反本规约者，承担500元。", {"CV601"}),
    ("放养家禽损害他人庄稼的，罚款每次二十元。", {"CV601"}),
    # CV602 confiscation, seizure, withholding property
    ("对在禁渔期捕鱼的，没收其渔具。", {"CV602"}),
    ("散放牲畜损害庄稼的，扣押其牲畜。", {"CV602"}),
    ("弃耕抛荒两年以上的，收回其承包地。", {"CV602"}),
    ("收回其承包地。", {"CV602"}),
    ("拒不拆除违章建筑的，扣除其当年集体收益分红。", {"CV602"}),
    ("违反本规约的，停发其当年分红。", {"CV602"}),
    ("不履行村民义务的村民，不得参与当年集体经济分红。", {"CV602"}),
    ("拖欠集体款项的，用其分红抵扣。", {"CV602"}),
    ("对聚众赌博的，收缴其赌具赌资。", {"CV602"}),
    ("未经批准乱占耕地建房的，收回宅基地。", {"CV602"}),
    # CV603 personal freedom and public shaming
    ("对偷盗者游街示众。", {"CV603"}),
    ("将其姓名在公开栏曝光。", {"CV603"}),
    ("对打架斗殴者，由治保会关押一天。", {"CV603"}),
    ("经教育不改的，限制其人身自由。", {"CV603"}),
    ("违者挂牌示众。", {"CV603"}),
    ("对乱丢垃圾的，张榜公布其姓名。", {"CV603"}),
    ("偷盗他人财物者，罚跪祠堂。", {"CV603"}),
    ("屡教不改的，列入红黑榜。", {"CV603"}),
    # CV604 cutting supply
    ("对拒不缴纳的，停止供水。", {"CV604"}),
    ("拖欠电费三个月以上的，予以断电。", {"CV604"}),
    ("不服从管理的，对其停水停电。", {"CV604"}),
    ("私拉乱接电线的，村委会有权拉闸。", {"CV604"}),
    ("拒不缴纳有线电视费的，停止信号传输。", {"CV604"}),
    ("村委会可以停止其生活用水。", {"CV604"}),
    # CV605 certificates, services, subsidies, welfare
    ("不遵守本规约的，村委会暂停为其办理各类证明。", {"CV605"}),
    ("取消其享受的一切惠民政策。", {"CV605"}),
    ("违者不得享受村里一切福利。", {"CV605"}),
    ("拒不履行赡养义务的，取消其低保。", {"CV605"}),
    ("违反计划生育的，不予办理准生证。", {"CV605"}),
    ("不参加集体劳动的，停发其养老补贴。", {"CV605"}),
    ("拒不拆除的，村委会一律不予盖章。", {"CV605"}),
    ("不交卫生费的，暂停其医保报销。", {"CV605"}),
    # CV606 expulsion
    ("开除村籍。", {"CV606"}),
    ("屡教不改者，取消其村民资格。", {"CV606"}),
    ("取消其集体经济组织成员资格。", {"CV606"}),
    ("对吸毒贩毒人员驱逐出村。", {"CV606"}),
    ("违者不准在本村居住。", {"CV606"}),
    ("外出五年不归的，视为自动放弃村民资格。", {"CV606"}),
    ("严重违反本规约的，开除出村。", {"CV606"}),
    # CV607 discrimination against women
    ("出嫁女户口未迁出的，不再享受村集体收益分配。", {"CV607"}),
    ("离婚妇女及其子女不得参与集体经济分红。", {"CV607"}),
    ("上门女婿不享有宅基地申请资格。", {"CV607"}),
    ("外嫁女只能享受一半的土地补偿款。", {"CV607"}),
    ("本村妇女结婚后户口必须迁出。", {"CV607"}),
    ("丧偶妇女再婚的，收回其承包地。", {"CV607"}),
    ("入赘女婿及其子女不予分配宅基地。", {"CV607"}),
    ("出嫁女不得申请宅基地。", {"CV607"}),
    # CV608 collective punishment
    ("一人违反，全家不得享受当年分红。", {"CV608"}),
    ("违者本人及其家庭成员不得享受低保。", {"CV608"}),
    ("一户违反，全组停水。", {"CV608", "CV604"}),
    ("对违规者实行连坐。", {"CV608"}),
    ("违反计划生育的，其子女不予上户口。", {"CV608"}),
    ("偷盗者罚款300元，其家属不得享受当年分红。", {"CV601", "CV608"}),
]

# Clauses that mention the same words but impose nothing unlawful.
CLEAN: list[str] = [
    # forbidding the measure
    "不得罚款。",
    "严禁以停水停电代替教育。",
    "任何组织和个人不得以妇女未婚、结婚、离婚、丧偶为由侵害妇女在农村集体经济组织中的各项权益。",
    "不得以罚代管。",
    "禁止非法拘禁。",
    "不准强迫他人参加宗教活动。",
    "村民委员会不得以任何理由扣发补贴。",
    "任何人不得以任何理由对村民停水停电。",
    "村民委员会不得以罚款、扣押财物等方式处理纠纷。",
    "不得限制村民人身自由，不得游街示众。",
    "不搞株连。",
    "承包期内，发包方不得收回承包地。",
    "不得以妇女出嫁为由，收回其承包地。",
    "村委会不得拒绝为村民办理证明。",
    # lawful duties and fees
    "依法缴纳医保费用。",
    "按时交纳水费电费。",
    "村民应当按照规定缴纳新型农村合作医疗费用每人280元。",
    "一事一议筹资每人每年不超过15元。",
    "鼓励节约用水用电。",
    "遇停水停电及时报修。",
    "计划停电时，村委会应提前通知。",
    "因施工需要停水的，应提前通知住户。",
    "村民应当爱护公共设施，不得损坏道路、路灯、水管。",
    "禁止在河道电鱼、毒鱼、炸鱼。",
    "婚丧嫁娶不得大操大办。",
    # referral to authorities and admonition
    "对违反者由村委会批评教育，情节严重的移交有关部门依法处理。",
    "违反治安管理的，由公安机关依法处以罚款。",
    "严禁私拉乱接电线，违者由供电部门依法处理。",
    "拒不履行赡养义务的，由村委会批评教育，并督促其履行。",
    "超过一户一宅的，多余宅基地依法收回。",
    # civil liability
    "损坏公共设施的，照价赔偿。",
    "造成他人损失的，依法承担赔偿责任。",
    "破坏绿化的，责令恢复原状。",
    "未成年人损坏公物的，由其监护人赔偿。",
    "损坏水管的，承担修复费用200元。",
    # points schemes and honours
    "实行积分制管理，违反规定的扣减积分。",
    "违反规定的扣减积分，积分与年终分红挂钩。",
    "违反本规约的，取消当年评先评优资格。",
    "对评选出的好媳妇、好婆婆张榜表彰。",
    "对捐款修路的村民张榜公布其姓名以示感谢。",
    # eligibility and transparency
    "低保户名单张榜公示，接受群众监督。",
    "村务公开栏每季度公布财务收支。",
    "对符合条件的困难家庭，按规定申请低保。",
    "不符合低保条件的，不予纳入低保。",
    "骗取低保的，取消其低保资格并追回。",
    "已经取得其他农村集体经济组织成员身份的，丧失本集体经济组织成员身份。",
    # protective clauses for women
    "外嫁女依法享有与本村村民同等的权利。",
    "出嫁女在新居住地未取得承包地的，不得收回其原承包地。",
    "因结婚男方到女方落户的，男方和子女享有与本村村民平等的权益。",
    "上门女婿及其子女享有与本村村民同等的宅基地申请权。",
    "妇女离婚或者丧偶后，其承包地不得被收回。",
    "外嫁女户口未迁出的，享受同等村民待遇。",
    "外嫁女及其子女享有与本村村民同等权利，不得以户口迁出为由取消其分配资格。",
    # collective words without collective punishment
    "家长应当教育子女遵纪守法。",
    "征地补偿款应当公开分配，不得截留挪用。",
    "村集体收益分配方案由村民会议讨论决定。",
    "本村村民依法享有宅基地申请权。",
    "村委会应当为村民办理各类证明提供便利。",
    "取消低保资格应当经过民主评议。",
]


@pytest.mark.parametrize(("text", "codes"), FIRING, ids=[t for t, _ in FIRING])
def test_imposed_measure_is_found(text: str, codes: set[str]) -> None:
    found = unlawful_measures(text)
    assert {m.code for m in found} == codes, found
    for m in found:
        assert m.evidence == text[m.start:m.end]
        assert m.evidence and m.what
        # the evidence stays inside one sentence
        assert not any(p in m.evidence for p in "。；;！!？?\n")


@pytest.mark.parametrize("text", CLEAN)
def test_mention_or_prohibition_is_not_a_finding(text: str) -> None:
    assert unlawful_measures(text) == []


def test_coverage_of_the_catalogue() -> None:
    codes = {code for _, cs in FIRING for code in cs}
    assert codes == {f"CV60{i}" for i in range(1, 9)}
    assert len(FIRING) >= 40 and len(CLEAN) >= 40


def test_evidence_points_at_the_measure_phrase() -> None:
    text = "第五条 爱护林木。乱砍滥伐者，罚款500元。"
    (m,) = unlawful_measures(text)
    assert m == Measure("CV601", text.index("罚款"), text.index("罚款") + len("罚款500元"), "罚款500元", "罚款")


def test_one_measure_per_code_per_sentence_and_text_order() -> None:
    text = "违者罚款200元，再犯罚款500元；对拒不缴纳的，停止供水。偷盗者罚款100元。"
    found = unlawful_measures(text)
    assert [m.code for m in found] == ["CV601", "CV604", "CV601"]
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert found[0].evidence == "罚款200元"


def test_women_finding_folds_the_measure_it_imposes() -> None:
    found = unlawful_measures("丧偶妇女再婚的，收回其承包地。")
    assert [(m.code, m.what) for m in found] == [("CV607", "歧视离婚丧偶妇女")]
    assert found[0].evidence.startswith("丧偶妇女") and found[0].evidence.endswith("收回其承包地")


def test_collective_finding_keeps_fines_and_supply_cuts() -> None:
    found = unlawful_measures("一户违反，全组停水，全家取消低保并罚款100元。")
    codes = [m.code for m in found]
    assert "CV608" in codes and "CV604" in codes and "CV601" in codes
    assert "CV605" not in codes


def test_several_sentences_and_lines() -> None:
    text = "村民应爱护公共设施\n损坏的照价赔偿\n违者扣押其牲畜"
    (m,) = unlawful_measures(text)
    assert m.code == "CV602" and m.evidence.startswith("扣押")


def test_empty_and_plain_text() -> None:
    assert unlawful_measures("") == []
    assert unlawful_measures("村民应当尊老爱幼，邻里和睦。") == []


def test_key_characters_cover_every_match() -> None:
    """The speed-up skips a pattern when a sentence lacks its key characters: no match may lack them."""
    from civcat import clauses

    texts = [t for t, _ in FIRING] + CLEAN
    for pattern in clauses._PATTERNS:
        for text in texts:
            for m in pattern.regex.finditer(text):
                if m.group():
                    assert all(not keys.isdisjoint(m.group()) for keys in pattern.keys), (pattern.regex.pattern, m)
    for text in texts:
        for m in clauses._WOMEN_TARGET.finditer(text):
            assert not clauses._WOMEN_KEYS.isdisjoint(m.group())
        for m in clauses._COLLECTIVE_TARGET.finditer(text):
            assert not clauses._COLLECTIVE_TARGET_KEYS.isdisjoint(m.group())
