"""The sub-clause reading of the clause analyser (issue 14): a deprivation and an object of a class in one
sub-clause, whatever stands between them (made-up sentences, written for this test)."""

from __future__ import annotations

import pytest

from civcat.rules.clauses import unlawful_measures


@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        # words between the taking and its object: a place, a kind, a modifier
        ("私搭乱建拒不拆除的，由村委会通知电工断开其家里的生活用电线路。", "CV604", "断开其家里的生活用电"),
        ("不听劝阻的，注销其在本村的户籍登记。", "CV606", "注销其在本村的户籍"),
        # the object first, a list and 一并 before the stopping
        ("拒交垃圾清运费的，对该户的生活用水和照明用电一并停止供应。", "CV604", "生活用水和照明用电一并停止供应"),
        ("违者，取消其当年在本村享有的全部生活补贴。", "CV605", "取消其当年在本村享有的全部生活补贴"),
    ],
)
def test_a_deprivation_reaches_its_object_across_the_sub_clause(text: str, code: str, evidence: str) -> None:
    found = {m.code: m.evidence for m in unlawful_measures(text)}
    assert found.get(code) == evidence, found


@pytest.mark.parametrize(
    "text",
    [
        "村委会不予没收任何财物，由调解委员会调处。",  # a negated taking in the gap
        "违反的，取消其本年度评先评优和文明户的评选资格。",  # an honour
        "违反的，停止其家庭文明积分的兑换。",  # points
        "拖欠水费的，供水站可以依照供水合同停止供水，并应当提前通知。",  # the supplier under its contract
        "因管网检修，本小区的生活用水将于周六暂停供应，恢复时间另行通知。",  # a repair notice
        "违反的，扣减其家庭积分十分，积分恢复后可重新参加评选。",
        "物业服务企业可以在业主欠费时停止提供特约服务，但不得停止供水供电。",  # a subject and a prohibition
    ],
)
def test_the_sub_clause_reading_leaves_lawful_articles_silent(text: str) -> None:
    assert unlawful_measures(text) == []


def test_the_sub_clause_reading_never_replaces_a_finding_of_its_code() -> None:
    # the land taken back is found by its own pattern; the wider reading of 不予办理…土地 must not take its place
    codes = {
        m.code for m in unlawful_measures("私自在承包地上修建坟墓的，村里不予办理该户的土地确权手续，并将该地块收回。")
    }
    assert "CV602" in codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the supplier carries out the charter's sanction for a wrongdoing that is not about its supply
        ("偷砍集体林木的，由村供水站停止其家中用水五天。", [("CV604", "停止其家中用水")]),
        ("在村道上乱堆柴草的，由社区通知供电所暂停该户的生活用电。", [("CV604", "暂停该户的生活用电")]),
        # the supplier for its own bill or misuse of its supply: its own remedy
        ("拖欠水费三个月以上的，供水站可以停止供水。", []),
        ("私拉电线的，供电所依法停止供电。", []),
    ],
)
def test_a_supplier_cuts_lawfully_only_for_its_own_supply(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.code, m.evidence) for m in unlawful_measures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a consequence goes on past a semicolon, up to a condition of the next sentence's own
        (
            "私自砍伐风景林的，责令补种；当年不享受村集体发放的重阳节慰问金。",
            [("CV605", "不享受村集体发放的重阳节慰问金")],
        ),
        ("违者由村委会批评教育；户口不在本村的，不享受村集体发放的福利。", []),
        ("乱倒垃圾的，责令清理；村民应当爱护环境卫生。", []),
        ("村民应当爱护环境卫生；当年不享受村集体发放的福利的情形由村民会议讨论。", []),
        # sanctioned by an authority is a wrongdoing behind the condition
        ("在河道内电鱼，被镇渔政站查处的，当年村里的各项补助一律不予享受。", [("CV605", "补助一律不予享受")]),
        ("聚众赌博被公安机关处理过的，年终不享受村集体发放的福利。", [("CV605", "不享受村集体发放的福利")]),
        ("村民被评为文明户的，年终享受村集体发放的奖励。", []),
    ],
)
def test_the_penalty_context_of_a_consequence(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.code, m.evidence) for m in unlawful_measures(text)] == expected


def test_to_whom_a_thing_belongs_is_no_condition() -> None:
    # 对该户的… names whose supply is cut: the consequence carried past the semicolon still stands
    found = unlawful_measures("私自加层的，责令拆除；同时由村委会通知电工，对该户的生活用电一律停止供应。")
    assert [(m.code, m.evidence) for m in found] == [("CV604", "生活用电一律停止供应")]
    assert unlawful_measures("对该户的合理诉求，村委会应当及时答复。") == []


def test_a_restoring_withheld_is_a_deprivation() -> None:
    found = unlawful_measures("吸毒被强制隔离戒毒的，期满回村后不再恢复其本村社员资格。")
    assert [(m.code, m.evidence) for m in found] == [("CV606", "不再恢复其本村社员资格")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an animal or a thing shut in is no person's liberty (taking the animal is CV602 on its own)
        ("放养牲畜践踏庄稼的，田主可将牲畜牵到村委会关起来，关押期间的草料由畜主负担。", [("CV602", "牵到村委会")]),
        ("散养的鸭子进入秧田的，可将鸭子赶进村里的空房关起来。", []),
        # a person still is, even with an animal in his name
        ("偷盗的，由治保会将偷牛贼关起来。", [("CV603", "关起来")]),
    ],
)
def test_what_is_shut_in_decides_liberty(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.code, m.evidence) for m in unlawful_measures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place a member is put out of, by whatever name the village has (寨, 屯, 嘎查, 社区)
        ("在寨内放火屡教不改的，经户主会议决定，赶出本寨。", [("CV606", "赶出本寨")]),
        ("偷盗成性的，逐出本屯。", [("CV606", "逐出本屯")]),
        ("要求其搬出杂物。", []),
        ("村民因外出务工离开本村的，其承包地不得收回。", []),
    ],
)
def test_an_expulsion_names_the_place_in_its_own_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.code, m.evidence) for m in unlawful_measures(text)] == expected


def test_a_count_of_repeats_carries_the_wrongdoing_on() -> None:
    found = unlawful_measures("对乱倒垃圾的住户，先行劝导；一年内累计三次以上的，当年度保洁费按标准加倍收取。")
    assert [(m.code, m.evidence) for m in found] == [("CV601", "加倍收取")]
    assert unlawful_measures("一年内累计三次以上获评文明户的，给予奖励。") == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # conduct shown without the person: faces and plates hidden, no name
        ("社区曝光台只曝光乱停车等不文明现象，照片对车牌和人脸作打码处理，不公布当事人姓名。", set()),
        ("乱停车经劝导不改的，将其车牌和照片在曝光台曝光。", {"CV603"}),
        ("乱停车经劝导不改的，将其姓名和照片在曝光台曝光，照片不作遮挡处理。", {"CV603"}),
    ],
)
def test_a_display_that_hides_the_person_shames_no_one(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # 违规者 after 对 is whom a forbidden measure aims at: the prohibition still governs it
        ("村民不得以任何理由对违规者停水停电。", set()),
        ("村委会不得对违规者罚款。", set()),
        ("禁止对违反者停水停电。", set()),
        ("违者停水停电。", {"CV604"}),
        ("对违规者罚款五十元。", {"CV601"}),
    ],
)
def test_a_prohibition_reaches_past_whom_it_protects(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


# --- tuneb: CV605–CV608 (fifth session, round two) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # one member picked out of the household is the doer; the household bears the measure
        ("家中任何一人参与赌博的，取消该户当年的集体分红。", {"CV608"}),
        ("户内某一成员私自开荒的，暂停该户的种粮补贴。", {"CV608"}),
        ("农户成员中有人殴打护林员的，其所在农户三年内不得享受低保。", {"CV608"}),
        ("家庭内任一人员拒不拆除违建的，停发该家庭的惠民补贴一年。", {"CV608"}),
        # the whole of a settlement or a clan below the village bears one man's act
        ("屯里有人偷牛的，该屯全体农户当年不得参加集体分红。", {"CV608"}),
        ("偷砍风景林的，该寨各户当年停发护林补助。", {"CV608"}),
        # his own household, his own act; a paper about kinship is no kin punished
        ("户主拒不拆除违建的，停发该户的惠民补贴。", {"CV605"}),
        ("长期拖欠物业费的，社区暂停为其出具家庭成员关系证明。", {"CV605"}),
        ("家中任何一人患重病的，优先为该户申报临时救助。", set()),
        ("该寨各户应当按时交纳卫生费。", set()),
    ],
)
def test_the_household_or_the_settlement_bears_one_members_act(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # one man's wrongdoing reported when his kin are vetted for the army, the civil service or the party
        ("聚众赌博的，其子女报考事业单位时，村委会在考察意见中注明其父母的赌博劣迹。", {"CV608"}),
        ("偷伐林木屡教不改的，其兄弟姐妹应征入伍时，政审一律不予通过。", {"CV608"}),
        ("参与非法集资的，在其家属申请入党时，由村党支部出具负面意见。", {"CV608"}),
        # his own vetting, a plain certificate for kin, or a prohibition of the report: silent
        ("吸毒人员本人报考公务员时，村委会如实出具不良记录证明。", set()),
        ("家庭成员参军、入党政审时，村委会如实出具证明。", set()),
        ("不得因村民本人的违法行为，在其子女报考公务员时出具不良记录证明。", set()),
    ],
)
def test_kin_marked_when_the_state_vets_them(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # membership by the place's own name (寨籍, 屯籍, 嘎查籍, 寨民) and an order to leave with a time in it
        ("偷盗成性的，经户主会议决定，注销其屯籍。", {"CV606"}),
        ("屡次纵火的，开除其嘎查籍。", {"CV606"}),
        ("偷盗屡教不改的，不再作为本寨寨民。", {"CV606"}),
        ("偷盗屡教不改的，限其三个月内迁出本村。", {"CV606"}),
        ("租户违反本约两次以上的，村委会不再同意其在本村居住。", {"CV606"}),
        ("偷盗屡教不改的，其在本村享有的一切权益同时终止。", {"CV606"}),
        # kept, protected, or ended because he moved away: silent
        ("外出务工人员的寨籍保留不变。", set()),
        ("村委会不得因村民上访不同意其在本村居住。", set()),
        ("户口迁出本村的，其在本村享有的一切权益同时终止。", set()),
        ("村委会不同意其在本村新建住房的，应当书面说明理由。", set()),
    ],
)
def test_membership_by_the_places_own_name(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seizure's verb on a payment of the village: the head noun makes it welfare withheld, not property
        ("乱倒垃圾屡教不改的，暂扣其当年的耕地地力保护补贴。", [("CV605", "暂扣其当年的耕地地力保护补贴")]),
        ("不出义务工的，扣留其粮食直补资金，补工后发放。", [("CV605", "扣留其粮食直补资金")]),
        ("拖欠水费的，由村暂扣其高龄津贴。", [("CV605", "暂扣其高龄津贴")]),
        # a loan the village arranges is a service too
        ("偷盗集体财物的，三年内不得申请村互助资金借款。", [("CV605", "不得申请村互助资金借款")]),
        # the property itself stays a seizure; compensation is property
        ("乱砍滥伐的，暂扣其砍伐工具。", [("CV602", "暂扣其砍伐工具")]),
        ("阻挠施工的，暂扣其林地补偿款。", [("CV602", "暂扣其林地补偿款")]),
        # a lawful payment plan is silent
        ("村互助资金借款按期归还，逾期的按合同约定处理。", []),
    ],
)
def test_the_head_noun_decides_what_a_seizure_verb_takes(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.code, m.evidence) for m in unlawful_measures(text)] == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a share allotted or held (配置, 持股, 量化), a half share (半股), what she may take with her (带走, 分割),
        # and her holding handed on to the men (承继, 管业, 占有)
        ("量化股份时，外嫁的女儿一律不配置。", {"CV607"}),
        ("离婚后回村居住的妇女只量化半股。", {"CV607"}),
        ("女儿出嫁后，本人不再持股。", {"CV607"}),
        ("寡妇改嫁的，不得带走原承包的山林。", {"CV607"}),
        ("丧偶妇女再婚的，其名下股份由亡夫的兄弟承继。", {"CV607"}),
        ("出嫁女的果园由娘家兄弟管业。", {"CV607"}),
        # equal shares, her own holding, a prohibition: silent
        ("出嫁女与其他村民同等配置股份，任何人不得要求其分割。", set()),
        ("妇女离婚后，其名下股份继续持有，不得以任何理由要求其退股。", set()),
        ("已婚女儿的口粮田不得由其兄弟占有。", set()),
    ],
)
def test_a_womans_share_by_the_words_of_share_schemes(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a member's act in one sentence, the household's measure after a semicolon
        ("家中有人吸毒的，报公安机关处理；该户当年不得享受低保。", {"CV608"}),
        ("户内成员中有人偷猎的，没收猎具；其所在农户两年内不得申请互助资金借款。", {"CV602", "CV608"}),
        # the household's own condition after the semicolon, or help rather than a measure
        ("家中有人吸毒的，报公安机关处理；户主拒不配合的，取消该户低保。", {"CV605"}),
        ("家中有人患重病的，村里上门看望；该户困难的，帮助申请救助。", set()),
        ("乱倒垃圾的，批评教育；该户当年不得享受低保。", {"CV605"}),
    ],
)
def test_a_members_act_carries_past_a_semicolon(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a paper refused because what it would attest is untrue: the village's duty, no sanction
        ("村里开具证明应当核实，情况不实的不予开具。", set()),
        ("申请材料虚假的，村委会不予盖章。", set()),
        # every paper, or for a time, or for another wrong: a sanction on the person
        ("弄虚作假骗取补贴的，三年内不予出具任何证明。", {"CV605"}),
        ("不参加义务劳动的，不予出具证明。", {"CV605"}),
    ],
)
def test_a_paper_refused_for_an_untruth_is_no_sanction(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes
