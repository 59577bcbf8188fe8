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


# --- tunea (round two): CV601–CV604 mechanisms; sentences made up for these tests -------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the well, the turn of irrigation and the prepaid card a household draws its supply through
        ("不参加护林值班的农户，当年不再给该户安排轮灌。", {"CV604"}),
        ("酗酒闹事屡教不改的，村里停止其使用集体水井取水三个月。", {"CV604"}),
        ("拒不清理门前堆放物的，暂停其购电卡的充值，清理后恢复。", {"CV604"}),
        ("不配合人口普查登记的住户，由村委会冻结其取水卡一个月。", {"CV604"}),
        ("无故不参加护堤的，次年不得使用组里的机井浇地。", {"CV604"}),
        ("违反禁放规定的，村电工不为其接通办酒用的临时用电。", {"CV604"}),
        # the same words in ordinary management stay silent
        ("机电井由村统一管理，各户按排定的轮次轮灌，凭取水卡取水。", set()),
        ("水卡丢失的，由本人到村委会补办，补办后即可充值。", set()),
        ("办酒需要临时用电的，提前向村电工报告，由电工安全接线。", set()),
        ("各户不得私自使用集体机井。", set()),
    ],
)
def test_a_supply_cut_reaches_wells_turns_and_cards(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # exceeding a standard is the wrongdoing, not a threshold of eligibility
        ("婚宴超标准操办的，当年不予发放其高龄补贴。", {"CV605"}),
        ("家庭收入超过当地低保标准的，不予纳入低保。", set()),
    ],
)
def test_exceeding_a_standard_is_a_wrongdoing(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a condition closed by 的 and a bearer named by trade or household, not only 村民/农户
        ("偷捕禁渔期鱼类的渔户，停止其生活用水一个月。", {"CV604"}),
        ("拒不转场的牧民，当年不得使用嘎查机电井。", {"CV604"}),
        ("不按时清运粪污的畜主，由村委会停止向其供电。", {"CV604"}),
        ("因检修需要停水的管护员，应提前一天通知各户。", set()),
    ],
)
def test_a_condition_names_its_bearer_by_any_trade(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the person kept wherever the village puts him, or led under guard through the village
        ("偷摘果园水果被抓住的，看园人可将其关在果园小屋里，等家属来领。", {"CV603"}),
        ("外来人员进寨偷鸡的，由巡逻队把他扣在寨门值班棚，待其交钱后放人。", {"CV603"}),
        ("夜里偷砍竹子的，护林员先行将其控制在护林站，天亮再通知其家人。", {"CV603"}),
        ("偷拿晒场粮食的，由两名队员押着他沿村道走一圈。", {"CV603"}),
        ("盗窃耕牛者，由屯里组织人员带其游屯一周。", {"CV603"}),
        # care, shelter and a thing kept stay silent
        ("暴雨天老人独居的，网格员可将其接到村活动室暂住。", set()),
        ("孩子放学后家中无人的，老师可将其留在教室里写作业，等家长来接。", set()),
        ("捡到的手机，由村委会留在值班室，等失主认领。", set()),
    ],
)
def test_a_person_held_wherever_the_village_puts_him(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # who it is, made into content in one clause and shown on a public medium in the next
        ("在河道倾倒建筑垃圾的，将监控画面连同车主姓名，在村委会门口的电子屏上滚动播放十天。", {"CV603"}),
        ("偷放鱼塘水的，录下其视频，通过组里的微信群反复播放。", {"CV603"}),
        ("屡次乱扔烟头的，将监控截图和其门牌号在楼道公告栏通报。", {"CV603"}),
        # a confession read out or posted before the village, whatever stands before it
        ("酒后打骂家人屡教不改的，责令其写好检讨，在村民小组会上向大家宣读。", {"CV603"}),
        ("偷拿工地钢筋的，由其本人在小区大门口张贴亲笔检讨书三天。", {"CV603"}),
        ("不赡养父母的，责令其在村民代表会上当着父母的面赔礼、作检讨。", {"CV603"}),
        # lawful notices, honours and a confession kept on file stay silent
        ("低保对象的姓名和保障金额，在村务公开栏公示七天。", set()),
        ("评上最美家庭的，将其照片和事迹在村文化墙上展示。", set()),
        ("村民代表会议的决议，在村广播里宣读三遍。", set()),
        ("打架斗殴的，责令其写出书面检讨，交村调委会存档。", set()),
    ],
)
def test_a_person_shown_or_his_confession_read_on_a_public_medium(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # land the collective allots for a use, the herder's pasture, a parking space the member rents
        ("拒不参加防汛值守的，由组里收回其种了多年的机动田。", {"CV602"}),
        ("偷牧禁牧区的牧户，收回其承包的夏季牧场一年。", {"CV602"}),
        ("多次违反养犬规定的业主，物业收回其租用的固定车位。", {"CV602"}),
        # a field's condition to restore is no condition of eligibility
        ("在承包田挖沙的，责令恢复种植条件；拒不恢复的，收回其承包田。", {"CV602"}),
        # ordinary allotment and eligibility stay silent
        ("机动地由村集体统一发包，承包期满后由村收回重新发包。", set()),
        ("不符合条件的，不予分配车位。", set()),
        ("车位租期届满的，由物业收回车位后重新排号出租。", set()),
        # straw bundled and sent is no person bound
        ("秸秆应当打捆送到收储点，严禁焚烧。", set()),
    ],
)
def test_a_taking_reaches_allotted_land_pasture_and_parking(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # goods by weight or count handed to the village after a wrongdoing: a fine in kind
        ("放火烧山的，由肇事户拿出稻谷三百斤交给组里。", {"CV601"}),
        ("偷砍风景树的，出腊肉、米酒各五十斤交到寨里。", {"CV601"}),
        ("打架斗殴的，双方各送肥羊一只到嘎查。", {"CV601"}),
        # what every household gives, or damages to the one harmed, stay silent
        ("每年春节前，各户出米十斤交村里办团年饭。", set()),
        ("村里办敬老宴，各组送猪一头到村委会。", set()),
    ],
)
def test_goods_by_weight_handed_to_the_village_are_a_fine_in_kind(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # an act named as conduct (有…行为的) is the wrongdoing, whatever the act
        ("办酒时有燃放烟花行为的，押金划入村公益基金。", {"CV601"}),
        ("存在私自放牧行为的，收回其承包的草场。", {"CV602"}),
        ("有见义勇为行为的，村里给予表彰并发放奖金。", set()),
        ("有燃放意愿的，押金由理事会代管，事后退还。", set()),
    ],
)
def test_an_act_named_as_conduct_is_a_wrongdoing(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # what a seizure takes is classified by its head: a subsidy held back is a withheld benefit, not property
        ("拒不配合秸秆禁烧的，暂扣其当年的耕地地力保护补贴。", {"CV605"}),
        ("不参加村里护林的，暂扣其本年度生态公益林补偿补助资金。", {"CV605"}),
        ("私自开荒的，暂扣其旋耕机。", {"CV602"}),
    ],
)
def test_a_seizure_of_a_subsidy_is_a_withheld_benefit(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


# --- t601: money as a penalty (CV601) and property taken (CV602), by docs/clause-codes.md -----------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a fixed sum taken out of what the village owes the member is a fine collected by set-off (CV601)
        ("乱占公共晒场不听劝阻的，由合作社从其年底股金分红里扣掉四百元。", {"CV601"}),
        ("不参加防汛值守的，每缺一晚在其当年的生活补贴中扣减八十元。", {"CV601"}),
        ("无故不出义务工的，按每天六十元计算，在其土地流转租金中一并扣除。", {"CV601"}),
        ("损毁村道路灯屡教不改的，扣发其本年度老年慰问金二百元。", {"CV601"}),
        ("往河里倒垃圾的，扣其当年股金分红三百元。", {"CV601"}),
        # the dividend itself withheld, a share of it, or what he owes set off against it: CV602
        ("乱占公共晒场不听劝阻的，停发其当年的股金分红。", {"CV602"}),
        ("往河里倒垃圾的，扣其当年股金分红。", {"CV602"}),
        ("乱占公共晒场不听劝阻的，扣减其当年股金分红的一半。", {"CV602"}),
        ("拖欠水费满一年的，由村里从其年底分红中扣除所欠水费。", {"CV602"}),
        # what the village advanced, taken back from the dividend, is no sanction
        ("村民的合作医疗个人缴费由村里先行垫交三百元，年底从其分红中扣回。", set()),
    ],
)
def test_a_fixed_sum_taken_from_a_dividend_or_allowance_is_a_fine(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a share or land taken in the same measure as the membership it belongs to: the expulsion alone
        ("长期拒不履行成员义务的，经成员大会表决注销其社员身份，并由合作社收回其名下全部配股。", {"CV606"}),
        ("外出满八年不回村的，其承包的茶园由组里收回，同时取消其本组成员资格。", {"CV606"}),
        ("被判刑入狱的，视为放弃本村村民资格；其责任田由组里收回。", {"CV606"}),
        # things seized beside it, or a holding taken under a condition of its own, keep their code
        ("聚众赌博的，收缴其赌具和赌资，并取消其本村村民资格。", {"CV602", "CV606"}),
        ("违者停发其当年的股金分红；屡教不改的，注销其社员身份。", {"CV602", "CV606"}),
    ],
)
def test_a_holding_taken_with_the_membership_is_the_expulsion_alone(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # X以外的Y: the measure takes Y, X is what it leaves alone (a dividend left alone is not withheld)
        ("不服从红白理事会安排的，停发其股金分红以外的一切福利。", {"CV605"}),
        ("乱砍滥伐的，取消其征地补偿款之外的各项补助。", {"CV605"}),
        ("乱砍滥伐的，停发其各项补助，土地补偿款除外。", {"CV605"}),
    ],
)
def test_what_is_excepted_is_not_taken(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a deposit drawn on for what the harm actually cost, the rest refunded: civil, no fine
        ("租用村里的音响须交押金四百元；设备有损坏的，按实际修复费用从押金中扣除，余款退还。", set()),
        ("借用桌椅须交保证金一百元；桌椅损坏的，按维修所需费用从保证金里扣减，余下的退给借用户。", set()),
        # drawn on by the seriousness of a wrongdoing, it is a fine even when the rest goes back
        ("每户交卫生保证金二百元；乱倒垃圾的，视情节从保证金中扣减，年底余款退还。", {"CV601"}),
    ],
)
def test_a_deposit_paying_for_actual_repairs_is_civil(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a deposit is money: taken by any verb it is a fine paid in advance (CV601), never property seized
        ("擅自转租摊位的，取消其摊位保证金。", {"CV601"}),
        ("酒席超标的，取消其交纳的信誉金。", {"CV601"}),
        # the payer taking his deposit back is no measure
        ("验收合格后，建房户可收回其交纳的保证金。", set()),
    ],
)
def test_a_deposit_taken_is_a_fine_not_property(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a deposit kept or moved into a fund on any condition is a fine paid in advance, whatever the condition
        ("办丧事前交节俭承诺金八百元；出殡车辆超过六辆的，承诺金转入村敬老基金。", {"CV601"}),
        ("乔迁宴请亲友超过十桌的，风险金由理事会截留，不再退给本人。", {"CV601"}),
        # given back when the standard is kept: silent
        ("办酒没有超过规定桌数的，承诺金由理事会如数退还。", set()),
    ],
)
def test_a_deposit_kept_on_any_condition_is_a_fine(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a multiple on what was wrongly taken, beyond giving it back, is a surcharge: a fine
        ("虚报种植面积多领补贴的，除追回多领部分外，另加收两倍。", {"CV601"}),
        ("隐瞒家庭人口冒领口粮款的，退还冒领款项后再多收一倍，交合作社。", {"CV601"}),
        # giving back what was wrongly taken is restitution
        ("冒名领取集体分红款的，由村委会追回冒领的款项。", set()),
    ],
)
def test_a_multiple_on_what_was_wrongly_taken_is_a_fine(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a member's animal or goods sold off or kept by the village after a wrongdoing: a seizure
        ("鸭子第三次跑进别人鱼塘的，由村委会公开拍卖，所得用于修路。", {"CV602"}),
        ("偷电鱼被护渔队抓住的，电瓶和网具一律不予发还。", {"CV602"}),
        ("再次在禁牧区放羊的，羊只由嘎查折价处理。", {"CV602"}),
        # the thing named in the sentence before the semicolon, the proceeds to the collective of the place
        ("走失的马匹由护林员牵到屯部；五日内畜主不来领的，由屯里低价变卖。", {"CV602"}),
        ("违规放牧的，牛羊一律归嘎查集体。", {"CV602"}),
        # the owner selling his own, a thing given back, or a borrower who must return: silent
        ("病死牲畜不得出售，由畜主按规定无害化处理。", set()),
        ("捉回的牲畜经畜主认领后如数退还。", set()),
        ("借用村里农机具不归还的，由村委会上门催还。", set()),
    ],
)
def test_a_thing_sold_or_kept_by_the_village_is_seized(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # taken into the group's hands without compensation: CV602, also when the page wraps after a comma
        ("废弃三年以上的猪圈和牛棚,\n连同地上的果树一并归村上所有,不予补偿。", {"CV602"}),
        ("闲置的旧仓房由组上收回，屋内堆放的木料一律归寨里所有，不给任何补偿。", {"CV602"}),
        # given up of one's own will, or a line break that ends a sentence: silent
        ("村民自愿退出的闲置宅基地，由村集体无偿收回。", set()),
        ("旧房拆除后的宅基地由村民小组统一规划。\n新建房屋须先批后建。", set()),
    ],
)
def test_a_taking_without_compensation_is_a_seizure(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # an application for land put off or refused is a procedure withheld (CV605), not the land taken
        ("拒不参加义务植树的农户，其宅基地申请一律暂缓审批。", {"CV605"}),
        ("不配合人居环境整治的，该户的承包地报批手续暂不办理。", {"CV605"}),
        # the land itself withheld stays CV602
        ("拒不参加义务植树的农户，其承包地一律暂缓发包。", {"CV602"}),
        # a fee collected in advance, not refunded after the papers are done: the fee is the fine, no paper withheld
        ("未批先建的，村里预收其两年的卫生费，补齐手续后也不予退还。", {"CV601"}),
    ],
)
def test_an_application_for_land_withheld_is_a_procedure(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # living elsewhere for years ends no land contract: the land taken back is CV602
        ("外出务工、不在本村居住满五年的农户，其承包的责任田由组里收回另行发包。", {"CV602"}),
        # a household registered elsewhere is not eligible: silent
        ("户口不在本村的人员，不参与本组承包地的调整分配。", set()),
    ],
)
def test_living_elsewhere_is_no_eligibility_for_land(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the village pulling down, rooting out or killing a member's property after a wrongdoing: CV602
        ("占道搭建的雨棚经劝说不拆的，由村里派人予以拆除。", {"CV602"}),
        ("在公路边私自栽种的果苗，由组里统一拔除。", {"CV602"}),
        ("在水库偷下丝网捕鱼的，丝网由巡库员当场剪毁。", {"CV602"}),
        ("放狗咬伤行人又拒不拴养的，由村里将狗处死。", {"CV602"}),
        # the owner ordered to remove it, help with a dangerous house, or a referral: silent
        ("占道搭建的雨棚，由村委会责令搭建户限期拆除。", set()),
        ("村里组织人员拆除无人居住的危房，并给房主发放补助。", set()),
        ("违章建筑由村委会报镇政府依法拆除。", set()),
    ],
)
def test_the_village_pulling_down_or_destroying_property_is_cv602(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # letting off fireworks or keeping animals loose is the wrongdoing a ban names; caught animals are seized
        ("在村内燃放孔明灯的，须向村里缴纳八百元环境维护金。", {"CV601"}),
        ("散养鸡鸭进入菜地的，由保洁员捉走，每只交十元方可领回。", {"CV601", "CV602"}),
        # the village's own fireworks and a pen the owner keeps: silent
        ("春节期间村里统一燃放烟花的，由村委会负责安全。", set()),
    ],
)
def test_a_ban_s_own_act_is_the_wrongdoing(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # compensation for land or forest withheld is property (CV602), whatever it is called for
        ("毁林开荒的，不得享受当年的森林生态效益补偿。", {"CV602"}),
        ("不配合护林巡查的，取消其当年的公益林补偿资金。", {"CV602"}),
        # a subsidy stays CV605, and the village refusing to pay for a loss it did not cause is no measure
        ("不配合护林巡查的，取消其当年的退耕还林补助。", {"CV605"}),
        ("因本人原因造成损失的，村里不予补偿。", set()),
    ],
)
def test_compensation_withheld_is_property(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


# --- liberty, supply and services (sixth session, helper t603) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a connection or a sluice the village's own hands do not open for him: the supply refused
        ("办满月酒不听劝阻的，村里的电工不得为其拉接酒席照明用电。", {"CV604"}),
        ("拒不参加修渠的户，轮到灌溉时不给该户提闸。", {"CV604"}),
        # a building described by its wrongdoing is what the supply is refused to
        ("未经村里批准私自加盖的房屋，一律不予接通自来水。", {"CV604"}),
        # the water a field is watered with, by any way of watering: the field is where it goes, not land taken
        ("不出义务工的，对其责任田停止供应井灌水一个月。", {"CV604"}),
        # a prohibition of the act, a connection for all, the rota of irrigation stay silent
        ("电工不得私自为他人搭接电线。", set()),
        # the bare supply after its verb, a bare 不 before the person
        ("大操大办的，村电工不为其接电。", {"CV604"}),
        ("违规操办的，不给其拉临时电。", {"CV604"}),
        ("停电期间不为用户送电。", set()),
        ("新建的房屋，由村委会统一接通自来水。", set()),
        ("灌溉季节，管水员按轮次为各户开闸放水。", set()),
    ],
)
def test_a_supply_refused_by_not_connecting_or_not_opening(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the supplier's own remedy for its own bill under its supply contract is no cut by the village
        ("燃气站与用户签订供气合同。用户拖欠气费满两个月的，经书面催告仍不交的，依照供气合同约定停止供气。", set()),
        ("供水站按照供水合同，对拖欠水费的用户依法中止供水。", set()),
        # but an agreement named for another wrongdoing is no contract remedy
        ("乱倒垃圾的，按照本约定停止其供水。", {"CV604"}),
        # the service refused is buying the supply itself: the supply is cut
        ("不交物业费的业主，物业暂停为其办理购电卡充值。", {"CV604"}),
        # an application for land put off is a procedure refused, not land taken
        ("不赡养老人的，村里对其宅基地申请暂缓审批。", {"CV605"}),
        ("拒不拆除的，村里对其林地、宅基地的申请一律暂缓受理。", {"CV605"}),
        # what is excepted is not taken (土地补偿款以外的: only the rest)
        ("违反的，取消其土地补偿款以外的全部慰问品。", {"CV605"}),
        # an object inside a time phrase (补办手续后) is not what is withheld
        ("未经审批擅自动工的，向其预收三年的管理费，补办手续后也不予退还。", {"CV601"}),
        # a condition repeating what the carried sentence did to the wrongdoer names the same wrongdoer
        ("超规格操办丧事的，由理事会登记备案；登记备案的人员，当年的各类补贴一律缓发。", {"CV605"}),
        # compensation for land stays property, and paying it is no finding
        ("征收土地的，依法支付林地补偿款。", set()),
    ],
)
def test_the_object_phrase_decides_the_code(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # let go only once someone comes for him: he was held
        ("外村人员在村内偷摘果子的，须等其家属来人领回后方可离开。", {"CV603"}),
        ("小学生放学后须等家长接回后方可离开学校。", set()),  # care, no wrongdoing
        # the kin who fetch him bear nothing themselves
        ("酗酒闹事的，由其家属领回后方可离开村部。", {"CV603"}),
        # a hold released by 放行 held a person, even with goods named in his condition
        ("收购牛羊的商贩说不清牛羊来路的，由治安员先行扣留在村部，待派出所核实后放行。", {"CV603"}),
        ("说不清来路的牛羊由治安员扣留在村部，待派出所核实后放行。", {"CV602"}),
        # made to wear a mark in public
        ("多次乱扔垃圾的，让其穿上写有“不文明”字样的背心在村口站一小时。", {"CV603"}),
        ("志愿者身穿红马甲在路口引导车辆。", set()),
        ("值班人员应当佩戴袖标。", set()),
        # who he is shown by a verb of showing first
        ("拖欠物业费半年以上的，在小区公告栏公布欠费业主的姓名和房号。", {"CV603"}),
        ("每季度在公开栏公示低保户的姓名和保障金额。", set()),
        # what the charter punishes in itself (没收) makes its condition a wrongdoing for the other measures
        ("外村人员进山挖笋的，护林员将笋和锄头一律没收，并将其带到村部。", {"CV602", "CV603"}),
    ],
)
def test_a_person_held_until_fetched_marked_or_shown(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # welfare given to all, withheld in a clause that names only the wrongdoer
        ("每年春节的慰问品各户都有，但拒不缴纳卫生费的住户不予发放。", {"CV605"}),
        ("本村村民享受村集体福利，但违反计划生育政策的除外。", {"CV605"}),
        # an exception for whom it does not fit, or no welfare named, stays silent
        ("春节慰问金每户五百元，户口已迁出的不予发放。", set()),
        ("村里的年节福利按户发放，外出务工的除外。", set()),
        ("高龄津贴按月发放，不符合条件的，不予发放。", set()),
        ("慰问金人人有份，但不参加义务劳动的，不予发放。", {"CV605"}),
        # whom a benefit is for by age or residence is no wrongdoer
        ("年终福利按人发放，但未满十八周岁的不予发放。", set()),
        ("春节慰问品每户一份，长期不在村里居住的除外。", set()),
        # a rating kept in the books shows no one; announced or posted, it does
        ("对不赡养父母的村民，评定为失信户，不为其出具贷款推荐意见。", {"CV605"}),
        ("对不赡养父母的村民，评定为失信户，并在村务公开栏张贴。", {"CV603"}),
    ],
)
def test_welfare_withheld_from_the_wrongdoer_named_last_and_a_label_only_when_shown(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the village's things or rooms no longer lent, an access right taken: the use of a facility
        ("违反的，一年内不得借用村集体的帐篷和炊具。", {"CV605"}),
        ("不交卫生费的，村里停止向其出租村集体的晒场。", {"CV605"}),
        ("乱停车屡教不改的，取消其车辆进出小区的权限。", {"CV605"}),
        ("村集体的桌椅不得借给个人使用。", set()),
        ("物业可以设置车辆进出小区的权限。", set()),
        # the household's place between the person and the supply's verb
        ("不交卫生费的，村里不给其家里的新房通电。", {"CV604"}),
        # watchers sent to stay with him; a name written on a board
        ("违者，由村里派两名治安员跟着他，直到其认错为止。", {"CV603"}),
        ("组织巡逻队员跟着护林员巡山。", set()),
        ("拒交的，将其姓名写在村口黑板上。", {"CV603"}),
        ("获评文明户的，将其姓名写在村口黑板上。", set()),
        # a household's rubbish service stopped, the household named before the rubbish
        ("拒不交纳垃圾处理费的，暂停对其家的垃圾清运。", {"CV605"}),
        ("春节期间暂停对小区的垃圾清运。", set()),
    ],
)
def test_a_facility_not_lent_a_supply_to_the_house_and_a_person_watched_or_written_up(
    text: str, codes: set[str]
) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the person between the verb of leading and the village's place
        ("偷盗的，由村治安队员押其到村部。", {"CV603"}),
        ("民警将其押到派出所。", set()),
        # the picture taken and shown on a medium; taken as evidence for an organ, or to honour, it is not
        ("违反规定饲养家禽的，由网格员拍照后在小区电子屏上播放。", {"CV603"}),
        ("违反规定的，网格员拍照取证后报城管部门处理。", set()),
        ("对表现突出的，拍照后在村宣传栏展示。", set()),
        # a lock put on the household's meter
        ("拖欠水费的，水管员在其水表上加锁。", {"CV604"}),
        ("水表上加锁的，应当及时报修。", set()),
    ],
)
def test_a_person_led_a_picture_shown_and_a_meter_locked(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the village's car, rooms and their keys, a lift card stopped (停用), the card a benefit is paid on
        ("不赡养老人的，村里办红白喜事不再为其派车。", {"CV605"}),
        ("村里的车辆不得私用，不再为个人派车。", set()),
        ("违者，一年内不得使用村文化活动室。", {"CV605"}),
        ("活动室晚上十点后停止使用。", set()),
        ("不交物业费的，停用其电梯卡。", {"CV605"}),
        ("电梯维修期间停用电梯卡。", set()),
        ("违反的，冻结其一卡通。", {"CV605"}),
        ("拒不改正的，收回其老年活动室钥匙。", {"CV605"}),
        ("管理员离职时，应当交回活动室钥匙。", set()),
        # money for schooling is welfare; a reward for a task the member failed is not
        ("违反的，取消其本人的升学奖励金。", {"CV605"}),
        ("卫生考核不合格的户，不发放其当年的卫生考核奖金。", set()),
    ],
)
def test_the_village_s_car_rooms_and_cards_withheld_are_services(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # made to stand where the village sees him
        ("偷盗集体财物的，责令其在村委会门口站立反省两小时。", {"CV603"}),
        ("乱扔垃圾的，罚他在村口站一个小时。", {"CV603"}),
        ("让其在村口站着等候。", set()),
        # watched in the village's custody; a mark painted on his door
        ("违者，由村治保会对其进行看管，不得随意走动。", {"CV603"}),
        ("拒不改正的，在其家门上喷涂“违建户”字样。", {"CV603"}),
        ("春节前在各家门上张贴春联和福字标语。", set()),
    ],
)
def test_a_person_made_to_stand_in_public(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


# --- helper t606 (sixth session): CV606, CV607, CV608 by mechanism ------------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the wrongdoer named as himself, then his household: the household bears it (CV608), his own fine stays
        ("聚众赌博的，由其本人交纳保证金八百元；其家庭当年不参加村集体分红。", {"CV601", "CV608"}),
        ("私开砂场的，责令其本人写出检讨，其家庭三年内不得享受村里的节日慰问。", {"CV608"}),
        # the household or the clan the doer belongs to, named by his act
        ("偷牛的，耕牛一律收缴；偷牛者所在农户两年内不参与集体收益分配。", {"CV602", "CV608"}),
        ("村民酒后闹事的，其所在房族各出稻谷一百斤交给寨里。", {"CV608"}),
        # a measure the group bears is the collective punishment, not labelled again
        ("一户私接水管，整栋楼停水三天。", {"CV608"}),
        # look-alikes: his own household for an undefined doer, the person himself, a request he makes
        ("违反本规约屡教不改的，停止其家庭享受的村集体福利。", {"CV605"}),
        ("赌博的，由其本人赔礼道歉，其家庭成员应当加强教育。", set()),
        ("困难户本人申请的，其家庭可以享受村里的节日慰问。", set()),
    ],
)
def test_t606_household_of_a_named_wrongdoer_bears_it(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a wrongdoer's record made the reference, or handed to the body, when his kin are vetted
        ("私挖滥采被查处的，写入该户信用台账，作为其子女报考公务员政审时的参考依据。", {"CV608"}),
        ("参与传销的，村里登记在案，其家人应征入伍时将此情况报送征兵部门。", {"CV608"}),
        # his own vetting, or the village's duty to state facts, stays silent
        ("村民本人报考公务员政审时，村委会如实出具意见。", set()),
        ("其家庭成员参军政审时，村委会应当如实提供政审所需材料。", set()),
        # an award for schooling is money for the child (welfare): taken from the children for a parent's act
        ("拒不参加防汛出工的农户，其子女当年不得领取村里的考学奖励金。", {"CV608"}),
        ("不赡养老人的，其孙子女三年内不享受村集体的助学奖励。", {"CV608"}),
        ("违者取消其当年的卫生评比奖励。", set()),  # an honour of his own
        # a group whose land the fire started in bears it (the group's hills, its area)
        ("本组辖区内发生山火的，扣减该组当年的护林补助。", {"CV608"}),
        ("哪个小组的林地里出现火警的，该小组年终的以奖代补资金全部取消。", {"CV608"}),
        ("本组的山林内发现火情的，组长应当立即报告村委会。", set()),
    ],
)
def test_t606_kin_vetting_school_awards_and_a_group_s_land(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # "regardless of whether she has land elsewhere" is no rule against a double share
        ("姑娘嫁出后，不管在男方是否分得田地，其口粮田一律交回组里。", {"CV607"}),
        ("外嫁女户口迁出并在男方村里分得承包地的，本组依法收回其原承包地。", set()),
        # the status in the clause after the one naming women, a share written as a decimal in words
        ("女性社员未嫁的每人配一股，出嫁后按零点四股配置。", {"CV607"}),
        ("女儿成年的每人一份，结婚后只算点五份。", {"CV607"}),
        ("女性社员未嫁的每人配一股，出嫁后仍按一股配置。", set()),
        # a list whose header denies every item: the woman's item is the finding
        (
            "以下几类人员不列入本次分红名单：1.户口迁往外地的；2.丧偶后改嫁外村、户口未迁走的妇女；3.服刑人员。",
            {"CV607"},
        ),
        ("下列人员同等参加本次分配：(1)婚后户口仍在本组的女儿；(2)离婚后回本组居住的妇女。", set()),
        ("下列情形一律不得收回承包地：(1)妇女离婚后仍在本组居住的；(2)丧偶妇女。", set()),
    ],
)
def test_t606_women_regardless_decimals_and_denying_lists(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a group's or a settlement's own word for its member, deemed waived; his rights as a whole not kept
        ("外出打工五年不回寨、不出寨里公益工的，视为自动放弃寨民身份。", {"CV606"}),
        ("不缴纳组里筹资款的，今后组内的一切权益一概不予保留。", {"CV606"}),
        ("组内的各项权益受法律保护，任何人不得侵犯。", set()),
        # a share or land taken because the membership is taken: one measure, CV606 alone
        ("吸毒被强制戒毒的，取消其股东资格，股金由合作社退还本人后收回。", {"CV606"}),
        ("长期不参加组务的，视为放弃组员资格；其承包的责任田由组里收回。", {"CV606"}),
        # a thing seized beside the expulsion keeps its own code
        ("在村内聚众赌博的外来人员，没收其赌具并清退出村。", {"CV602", "CV606"}),
        # a duty of the group in the condition is no act inside the group
        ("不履行组内义务的，视为自动放弃本组组员身份。", {"CV606"}),
    ],
)
def test_t606_membership_deemed_waived_and_holdings_taken_with_it(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the village asking an organ to move a member's registration out imposes the expulsion itself
        ("屡次聚众斗殴的，由村民委员会提请派出所将其户口迁回原籍。", {"CV606"}),
        ("多次偷盗的，村委会报请派出所将其户口迁出本村，其在本村的一切权益随之终止。", {"CV606"}),
        # moving away is eligibility, and a referral names no measure
        ("户口迁出本村的，其在本村享有的一切权益同时终止。", set()),
        ("违法犯罪的，由村委会报请公安机关依法处理。", set()),
    ],
)
def test_t606_the_village_asking_for_a_registration_moved_out(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a condition that repeats what the sentence before did to the wrongdoer refers back to him
        ("乱办酒席的，由红白理事会记录在案；记录在案的户，次年村里的慰问品一律不发。", {"CV605"}),
        ("超规模办酒的，理事会登记备案；此类人员当年不得申请村里的困难补助。", {"CV605"}),
        # a new topic after the semicolon: its own condition has no wrongdoing
        ("违者批评教育；在册的困难户，当年享受村里的慰问品。", set()),
    ],
)
def test_t606_a_condition_referring_back_carries_the_consequence(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a child's membership or registration held back until the parents pay: the child bears their debt
        ("新生儿的户口，须待其父母还清所欠集体借款后，方可办理落户。", {"CV608"}),
        ("小孩出生后，家长须先补缴历年欠交的水利费，才能登记为本社社员。", {"CV608"}),
        # a member's own treatment held back until he pays his arrears
        ("长期在外的村民须缴清所欠筹资款，方可恢复享受村民待遇。", {"CV606"}),
        # procedures completed, a deposit paid, or the member's own application: no debt decides a status
        ("新迁入人员须办清原籍各项手续后，方可办理落户。", set()),
        ("子女满十八周岁的，经本人申请，方可登记为本集体经济组织成员。", set()),
        # kin described before the noun, and a woman's children made to move their registration
        ("不还清集体欠款的，其未成年子女不予登记为股份合作社股东。", {"CV608"}),
        ("离婚妇女再婚的，其子女户口须一并迁出本组。", {"CV607"}),
    ],
)
def test_t606_a_child_s_status_waiting_on_the_parents_debt(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # any member's act lowers the household's score; the household named again as the doer bears the loss
        ("户内任一成员酒驾的，扣减该户信用分十分；信用分不足七十分的家庭，所有成员当年不享受村里的年货。", {"CV608"}),
        ("家中有人私自放牧的，扣该户积分五分；积分低于五十分的户，年终分红减半发放。", {"CV608"}),
        # the household's own score for its own act: the points tie is CV605/CV602, no one else bears it
        ("乱倒垃圾的，扣该户积分五分；积分低于五十分的户，当年不得享受年终慰问品。", {"CV605"}),
    ],
)
def test_t606_a_member_s_act_carried_through_the_household_s_score(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the group the doer is in, a settlement's households answering for one man's theft, 本组有人… as the doer
        ("私砍风景树的，其所在组当年的集体分红减半。", {"CV608"}),
        ("寨里有人偷牛又查不出是谁的，全寨各户共同赔付失主。", {"CV608"}),
        ("本屯有人在禁牧区放牧的，该屯当年的草原奖补资金一律取消。", {"CV608"}),
        # the one who did it pays for the harm, and neighbours helping is no measure
        ("偷牛的，由偷牛者赔偿失主损失。", set()),
        ("本组有人家中失火的，全组各户应当出工帮助重建。", set()),
    ],
)
def test_t606_the_doer_s_group_and_settlement(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # 已婚 after the woman, a share in tenths; land not let to her again at the next round
        ("女社员已婚的，按六成配股。", {"CV607"}),
        ("嫁到城镇的女儿在本组的责任田，第二轮延包时不再续包。", {"CV607"}),
        # equal shares and land let to herself again stay silent
        ("已婚女性户口在本村的，与男性村民同等分配。", set()),
        ("出嫁女的承包地，延包时继续发包给本人。", set()),
    ],
)
def test_t606_married_women_s_shares_and_land_let_again(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the member himself moved out of the place, and a member's treatment suspended (享受 between)
        ("屡教不改的，由村民小组将其迁出本组。", {"CV606"}),
        ("被判处有期徒刑的人员，服刑期间停止享受集体经济组织成员待遇。", {"CV606"}),
        # moving a family out of a dangerous house, and a benefit for those who moved away, stay silent
        ("将其迁出危房，安置到村集体周转房。", set()),
        ("户口迁出的，停止享受村民待遇。", set()),
    ],
)
def test_t606_moved_out_of_the_place_and_treatment_suspended(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a child named by its household (哪家孩子…的), and the owners of a building sharing one unknown doer's harm
        ("谁家小孩到河塘游泳的，从该户年终分红中扣除三百元。", {"CV608"}),
        ("高空抛物查不到是谁的，由该单元所有业主分摊受害人损失。", {"CV608"}),
        # the owner of the dog pays for its bite: civil
        ("谁家的狗咬伤人的，由狗主人赔偿医药费。", set()),
    ],
)
def test_t606_a_household_named_by_who_and_owners_sharing_harm(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the place's officer as the agent, not the place as the bearer
        ("乱扔垃圾的，由所在楼栋楼栋长劝导，并停止其门禁卡。", {"CV605"}),
        ("乱砍滥伐的，由所在组组长报告村委会，取消其生态补贴。", {"CV605"}),
    ],
)
def test_t606_a_place_s_officer_is_no_bearer(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a woman's status is no wrongdoing carried into the next item of a distribution list
        ("出嫁女户口未迁出的，按半份分配；分配截止日以后出生的子女不参加本次分配。", {"CV607"}),
        # a wrongdoing still carries past the semicolon
        ("偷砍集体林木的，没收其工具；其家属当年不参加本次分配。", {"CV602", "CV608"}),
    ],
)
def test_t606_a_woman_s_status_carries_no_wrongdoing(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


# --- u601, sixth session second round: the shapes of money and property taken (CV601/CV602) ----------------
# Made-up sentences, written for this test.


@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        # labour for others for a time, with the bearer, the beneficiary or the place between
        ("在水库边放鸭污染水源的，鸭主须义务为巡库队巡堤三天。", "CV601", "须义务为巡库队巡堤三天"),
        (
            "乱贴小广告屡劝不改的，另由该户出一名劳力为社区义务清扫广场五天。",
            "CV601",
            "由该户出一名劳力为社区义务清扫广场五天",
        ),
        ("垃圾混投被查实三次的，由其本人到分拣站协助分拣一周。", "CV601", "由其本人到分拣站协助分拣一周"),
        ("夜间在村口聚众喧哗的，由当事人负责村口值守两天。", "CV601", "由当事人负责村口值守两天"),
        # a rate per unit beyond a number the charter set, whatever the payment is called
        ("办寿宴超过十二桌的，每多一桌向理事会缴纳节俭金一百五十元。", "CV601", "缴纳节俭金一百五十元"),
        ("超出桌数的，每超一桌由主家补交卫生保洁费一百元。", "CV601", "补交卫生保洁费一百元"),
        ("鞭炮超过三挂的，按超出挂数每挂五十元交纳“超标费”。", "CV601", "五十元交纳"),
        # a bare "found" as the condition: the act the sentence before forbids, found
        ("严禁在水渠里洗农药桶；发现的，由管水员按每次二百元收取水渠保洁金。", "CV601", "二百元收取"),
        # things handed to other bodies, sold at a price, treated as nobody's, destroyed
        ("在宗祠内赌钱的，所用麻将桌归宗祠所有。", "CV602", "归宗祠所有"),
        ("逾期不拆的，由物业统一拆除，拆下的铁架归物业所有。", "CV602", "归物业所有"),
        ("散放的猪进入菜地的，由看青员赶走圈养，五日内无人认领的由村委会折价卖掉。", "CV602", "折价卖掉"),
        ("占道堆放的砖瓦经通知不清理的，一律按无主物处理。", "CV602", "按无主物处理"),
        ("抽检农残超标的，该批鲜叶由合作社当场销毁。", "CV602", "销毁"),
        # compensation kept by the village until the member gives in
        ("对拒不配合征迁的农户，其青苗补偿款由村里代为保管，待其配合后发放。", "CV602", "补偿款由村里代为保管"),
    ],
)
def test_money_and_property_taken_in_their_real_shapes(text: str, code: str, evidence: str) -> None:
    found = {m.code: m.evidence for m in unlawful_measures(text)}
    assert found.get(code) == evidence, found


@pytest.mark.parametrize(
    "text",
    [
        "小区内的公共绿地归社区所有，任何人不得侵占。",  # what a body owns, no taking
        "祠堂及其附属房屋归宗祠所有，由理事会管理。",
        "每年清明由理事会组织族人打扫祠堂三天。",  # work organised, no wrongdoing
        "超过七十周岁的村民免交合作医疗费二十元。",  # an age, not a limit exceeded
        "超过一户一宅的，多余宅基地依法收回。",
        "发现的，及时报告村委会。",  # found, then reported
        "护林员每月巡山不少于十次，由村里发放补贴。",
        "村民须轮流值班巡逻，每户每年五天。",  # a duty shared by all
        "茶叶采摘季节，合作社统一收购鲜叶，按质论价。",
    ],
)
def test_money_and_property_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        # the cost of a treat or a show for others, borne as the consequence
        ("在宗祠内酗酒闹事的，罚其承担全族清明聚餐的全部费用。", "CV601", "罚其承担全族清明聚餐"),
        ("挑起事端者须向对方赔礼道歉，并负担放映电影一场的全部开支。", "CV601", "负担放映电影一场的全部开支"),
        ("丧事大操大办的，由理事会责成主家出资，请花鼓戏班来村唱戏一场。", "CV601", "出资，请花鼓戏班来村唱戏一场"),
        # money already paid or deposited, kept by the village
        ("宴席超过规定桌数的，简办保证金留作村里的公益基金。", "CV601", "保证金留作"),
        ("宴席超过十五桌的，保证金收归村集体，不予退还。", "CV601", "保证金收归"),
        # a sum the owner pays to get back what was held
        ("牛羊跑进菜地的，护青员有权牵走，畜主凭每只二十元的看护费领回。", "CV601", "凭每只二十元的看护费领回"),
        ("违停车辆由保安加装车轮锁，车主交纳解锁费五十元后予以解锁。", "CV602", "加装车轮锁"),
    ],
)
def test_treats_kept_payments_and_redemption_are_money_taken(text: str, code: str, evidence: str) -> None:
    found = {m.code: m.evidence for m in unlawful_measures(text)}
    assert found.get(code) == evidence, found


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a deposit kept is money, not also a thing put in public hands
        ("宴席超过十五桌的，保证金收归村集体，不予退还。", {"CV601"}),
        # a procedure about the land is a procedure (CV605), the land only its topic
        ("对欠交管护费的农户，村委会不予出具采伐证明，不予办理林权流转备案。", {"CV605"}),
        # the share goes with the membership: CV606 alone
        ("连续五年不履行村民义务的，视为自动放弃村民资格，今后集体分配一概不再参与。", {"CV606"}),
    ],
)
def test_money_and_property_are_not_doubled(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "损坏、丢失的按实际修配价款从押金中扣减，余额当场退还。",  # the deposit settles the repair
        "村里每年春节承担放映电影的全部费用。",  # the village pays for its own show
        "承包合同期满的，已交的承包费按合同结算。",
        "租户违反治安规定的，由社区通知房东解除租赁合同。",  # the landlord's lease, not the village's holding
    ],
)
def test_kept_money_look_alikes_stay_silent(text: str) -> None:
    assert not {m.code for m in unlawful_measures(text)} & {"CV601", "CV602"}


@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        # labour of any kind for others for a time, also opened by 罚
        ("酒后滋事的，罚其为全组人员挑水一个月。", "CV601", "罚其为全组人员挑水一个月"),
        ("偷砍竹子的，由其为村里修渠五天。", "CV601", "由其为村里修渠五天"),
    ],
)
def test_labour_for_others_for_a_time_is_a_fine_in_kind(text: str, code: str, evidence: str) -> None:
    found = {m.code: m.evidence for m in unlawful_measures(text)}
    assert found.get(code) == evidence, found


def test_a_document_shown_to_get_a_thing_back_is_not_held() -> None:
    text = "车辆乱停的，由巡逻队拖走，车主凭驾驶证并交保管费二十元后领回。"
    assert {m.code for m in unlawful_measures(text)} == {"CV601", "CV602"}


def test_labour_shared_by_all_stays_silent() -> None:
    assert unlawful_measures("村民须轮流为五保户挑水，每户每月两次。") == []


@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        # a number exceeded, in any word for exceeding
        ("宴席超出二十桌的，超出部分每桌收取五十元调节金。", "CV601", "收取五十元"),
        # collected for him and kept until he complies
        ("违者，其当年的土地流转租金由村里代收，待改正后发放。", "CV602", "土地流转租金由村里代收"),
    ],
)
def test_limits_exceeded_and_income_kept_until_he_complies(text: str, code: str, evidence: str) -> None:
    found = {m.code: m.evidence for m in unlawful_measures(text)}
    assert found.get(code) == evidence, found


def test_rent_collected_for_all_stays_silent() -> None:
    assert unlawful_measures("土地流转租金由村委会统一代收代付。") == []


@pytest.mark.parametrize(
    "text",
    [
        "用水超过十吨的，超出部分每吨按三元收取水费。",  # a tiered price of the due itself
        "村集体的旧农机经村民代表会议同意后作价卖掉，所得归集体。",  # the village's own things
        "严禁野外用火；发现的，立即报告护林员。",  # found, then reported
        "宴席超过十桌的，应提前向理事会报备。",
        "外出务工人员可委托村里代收土地流转租金，待其回村后发放。",  # asked for, not imposed
        "村里统一组织修渠五天，各户按人口出工。",  # agreed labour of all
        "集体林地的生态补偿资金由村里代为保管，年底统一发放。",
    ],
)
def test_limits_custody_and_labour_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# --- u603: CV603–CV605 on sets I–P (sixth session, second round) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # held in a room of the village's own, named with or without 村 (带到村治保会, 关在大队部, 村警务室)
        ("外村人在本组偷鸡的，由联防队员带到村治保会看住，等家里人来接。", {"CV603"}),
        ("夜里偷菜被抓的，先关在大队部，天亮再说。", {"CV603"}),
        ("在村里醉酒打人的，由巡逻队员带到村警务室，醒酒后放他走。", {"CV603"}),
        # a person named by his wrongdoing as the subject, no 的 (赌博人员由…)
        ("赌博人员由村治保会将其名字贴在村口公告栏。", {"CV603"}),
        # a confession before the crowd itself (当着族人), the instigator named by 挑起
        ("屡次打骂老人的，要当着全族族人认错。", {"CV603"}),
        ("挑起事端者须在组民大会上当众作检讨。", {"CV603"}),
        # a black board the name goes up on, led round the village by an officer, a rehab patient reporting
        ("乱倒垃圾户的户名，每月在村委会门前的黑榜上张贴。", {"CV603"}),
        ("偷摘果子的，由组长带领其在全组走一圈。", {"CV603"}),
        ("戒毒回村人员每半月到村委会报到一次。", {"CV603"}),
    ],
)
def test_u603_held_shown_and_reporting(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("当着大家的面表扬了他。", set()),
        ("红榜上张贴本月卫生优秀户名单。", set()),
        ("组长带领村民在全组走一圈检查火灾隐患。", set()),
        ("违者在村民大会上公开赔礼道歉。", set()),
        ("犬只应关在自家院内，不得放出。", set()),
    ],
)
def test_u603_held_shown_look_alikes_stay_silent(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the meter's box locked, the field's outlet from the channel cut, the village writing to the supplier
        ("拒不整改消防隐患的，由村电工将其水表箱上锁。", {"CV604"}),
        ("多次偷放渠水的，关闭其田头的进水口。", {"CV604"}),
        # a connection refused through its procedure after a repeated offence, a heating opening refused is
        # the supply, not a service
        ("再犯的，村里不为其家庭办理接水。", {"CV604"}),
        ("拖欠公摊费用的，物业暂不为其办理供暖开栓手续。", {"CV604"}),
    ],
)
def test_u603_supply_cut_and_refused(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the gate no longer knows his car, a subsidy not passed on, welfare withheld after a time word
        ("乱停车不听劝阻的，物业注销该车的车牌识别。", {"CV605"}),
        ("私自焚烧秸秆的，村里不申报其当年种粮补贴。", {"CV605"}),
        ("中秋慰问品发给全体老人，有赌博行为的，本年度不予发放。", {"CV605"}),
    ],
)
def test_u603_services_and_welfare(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("检修线路时，供电所提前一天通知停电。", set()),
        ("用户办理供暖开栓手续须持缴费凭证。", set()),
        ("车主凭身份证领取停车卡。", set()),
        ("慰问品按户发放，当年不予重复发放。", set()),
    ],
)
def test_u603_supply_and_service_look_alikes_stay_silent(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the village's rooms and equipment closed to the wrongdoer, its things not lent (CV605)
        ("在农家书屋打牌赌钱的，三个月内不准其进入农家书屋。", {"CV605"}),
        ("在活动中心喝酒闹事的，半年内禁止他使用活动中心。", {"CV605"}),
        ("醉酒闹事的，村里的健身器材也不许他使用。", {"CV605"}),
        ("偷放渠水的，集体的抽水机一年内不借给他。", {"CV605"}),
        # the vouching itself refused, an application not passed on, a child not registered
        ("聚众赌博的，村里两年内不推荐其入伍。", {"CV605"}),
        ("计划外生育的，其建房申请不予上报。", {"CV605"}),
        ("酗酒滋事的本村青年，村里不出具政审意见。", {"CV605"}),
        # the treatment as a whole goes with the membership taken (CV606 alone)
        ("连续五年不尽义务的，视为放弃本村村民资格，今后各项待遇不再享受。", {"CV606"}),
    ],
)
def test_u603_facilities_vouching_and_membership_treatment(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("活动室内不得吸烟。", set()),
        ("未成年人不得进入棋牌室。", set()),
        ("损坏健身器材的，照价赔偿，修好前不得使用该器材。", set()),
        ("村里的抽水机不借给外村人。", set()),
        ("村里每年推荐优秀青年参军。", set()),
    ],
)
def test_u603_facility_look_alikes_stay_silent(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # land or a right named only as what a procedure is about: the procedure is the head (CV605, not CV602)
        ("拖欠管护费的，村里不予出具其建房证明，也不予办理林权抵押备案。", {"CV605"}),
        ("拖欠承包费的，村里不为其盖章，不予办理其承包地流转登记。", {"CV605"}),
        # the land itself withheld stays CV602
        ("乱砍滥伐的，不再分配其林地。", {"CV602"}),
    ],
)
def test_u603_a_procedure_about_land_is_a_service(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


# --- helper u606 (sixth session, second round): CV606 membership and voting rights, CV608 bearers ---------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # membership named with its village or community before it, a shareholder's status, voting rights
        ("私自倒卖集体林木的，开除其村集体经济组织成员资格。", {"CV606"}),
        ("拒不腾退集体仓库的户，视为自动放弃本社区集体经济组织成员资格。", {"CV606"}),
        ("煽动他人围堵办公场所的，经股东大会表决，取消其股东资格。", {"CV606"}),
        ("殴打社务监督人员的股东，取消其股东身份。", {"CV606"}),
        ("在选举中威胁他人投票的，取消其下届选举权。", {"CV606"}),
        ("聚众闹事的，两年内不享有村民表决权。", {"CV606"}),
        ("因盗窃被判刑的本组人员，不再恢复其在本村的户籍。", {"CV606"}),
        # out of the clan, out of the group, out of the place
        ("盗卖族谱的，开除出族。", {"CV606"}),
        ("屡次偷牛的，开除出本村民小组。", {"CV606"}),
        ("违者视为自动退出本安置村。", {"CV606"}),
        ("无业闲散人员多次滋事的，社区将其清理出本辖区。", {"CV606"}),
        # a tenant made to leave: a time limit, the tenant named, or the clause ends with the move
        ("租住人员在屋内吸毒的，限五日内搬离本村。", {"CV606"}),
        ("承租人聚众斗殴的，由社区限承租人三日内搬离本小区。", {"CV606"}),
        ("房客在出租屋内卖淫嫖娼的，房东须让其搬走。", {"CV606"}),
        # a group that stops listing him as its member (the group acts, it bears nothing)
        ("盗卖祠产的，其所在村民小组不再将其列为小组成员。", {"CV606"}),
    ],
)
def test_u606_membership_and_voting_rights_taken(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # protections, the law's own eligibility and a move named by a thing stay silent
        ("任何组织不得取消村民的选举权和被选举权。", set()),
        ("依法保障股东资格不受侵犯。", set()),
        ("户口迁出本村并在迁入地取得成员资格的，其在本村的成员资格自然终止。", set()),
        ("占道堆放的杂物，由网格员要求其搬离杂物。", set()),
        ("村民小组长任期届满，由小组会议改选。", set()),
        ("村民自愿退出本村专业合作社的，退还其入社股金。", set()),
    ],
)
def test_u606_membership_look_alikes_stay_silent(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the doer's household as a whole bears his act
        ("参与聚众哄抢的，其所在户全体人员三年内不得参加集体收益分配。", {"CV608"}),
        ("私设赌场的，其所在家庭的所有成员停发年终福利。", {"CV608"}),
        # a child born outside the plan bears its parents' act, whatever it is denied
        ("计划外生育的孩子，不分责任田。", {"CV608"}),
        ("政策外生育的子女一律不予配股。", {"CV608"}),
        ("违反生育政策的，除依法处理外，其超生子女暂缓登记为成员。", {"CV608"}),
        # the group asked after, or any one household of it, and the group bears the measure
        ("哪个屯发生乱砍滥伐被查处的，该屯当年的护林奖补资金全部取消。", {"CV608"}),
        ("哪个小组有人在禁烧区焚烧秸秆的，该小组下一年度不安排村级项目资金。", {"CV608"}),
        ("组内任何一户拒不清理柴草堆的，该组当年的环境整治奖补一律取消。", {"CV608"}),
    ],
)
def test_u606_a_household_a_child_or_a_group_bears_one_act(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("不得歧视超生子女，超生子女与其他儿童同等享受村里的助学奖励。", set()),
        ("超生子女依法办理户口登记，村委会不得拒绝。", set()),
        ("哪个小组的道路需要维修，由该小组提出申请。", set()),
        ("组内任何一户有困难的，其他各户应当主动帮助。", set()),
        ("所在户全体人员均应参加当年的合作医疗。", set()),
    ],
)
def test_u606_collective_look_alikes_stay_silent(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the article's or item's number before the member who acted does not hide him
        ("第九条 未成年子女在水库炸鱼的，其家庭当年不参加集体分红。", {"CV608"}),
        ("（二）家庭成员在外吸毒被查获的，该户当年不得享受村集体分红。", {"CV608"}),
        ("12、学生家长不让子女上学的，取消该学生的助学奖励金。", {"CV608"}),
        # numbered, an adult's own household for his own act stays his own measure
        ("第九条 在水库炸鱼的，其家庭当年不参加集体分红。", {"CV602"}),
    ],
)
def test_u606_an_item_number_does_not_hide_the_member_who_acted(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # 申领 is a giving like 领取: the kin denied it bear the act
        ("在村内开设赌局的，其子女三年内不得申领村里的考学奖励金。", {"CV608"}),
        ("殴打村干部的，其配偶当年不得申领村临时救助金。", {"CV608"}),
        # fraud on others is a wrongdoing, not a benefit obtained by fraud
        ("家中有人装神弄鬼骗取钱财的，取消该户当年的重阳慰问金。", {"CV608"}),
        # 对吸毒人员，…: the clause naming the wrongdoers is the condition
        ("对参与传销人员，其家庭成员报考公务员时，村里出具不良记录证明。", {"CV608"}),
    ],
)
def test_u606_kin_denied_a_giving_or_vetted(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("骗取临时救助金的，取消其救助资格并追回已领款项。", set()),
        ("对困难家庭人员，村里优先安排公益岗位。", set()),
        ("对吸毒人员，村里配合社区戒毒机构做好帮教。", set()),
        ("村民可以到村便民服务站申领各类补贴。", set()),
    ],
)
def test_u606_kin_look_alikes_stay_silent(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a share adjusted down to a fraction, or a fraction named
        ("女社员与外村人员办理结婚登记的，其股份由一股调整为半股。", {"CV607"}),
        ("已婚户口未迁出的妇女按三分之一股配股。", {"CV607"}),
        # her uxorilocal husband and children kept out of the shares, or charged to come in
        ("女儿招赘的，其丈夫和子女不得参股。", {"CV607"}),
        ("独女户招郎上门的，男方须交纳落户费六千元。", {"CV607"}),
        ("招上门女婿的，须先交清入户费，方可办理入户。", {"CV607"}),
    ],
)
def test_u606_a_woman_s_marriage_decides_a_smaller_share_or_a_fee(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("妇女结婚后，其股份不变，仍按一股计配。", set()),
        ("不得因妇女结婚而将其股份调整为半股。", set()),
        ("新迁入人员须交纳入户费的规定一律废止，不得向招婿上门的家庭收取任何费用。", set()),
        ("村民自愿入股合作社的，按出资额分红。", set()),
    ],
)
def test_u606_women_look_alikes_stay_silent(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a bare 不分红 or an award withheld, after a collective target
        ("偷牛者全户三年不分红。", {"CV608"}),
        ("在楼道堆放杂物引发火情的，同一单元其他住户当季的文明奖励金一并取消。", {"CV608"}),
        # a building's tenants cleared out, a building's lift stopped for one household
        ("出租屋内发现聚众吸毒的，该栋楼的所有租户一律清退。", {"CV608"}),
        ("楼内一户高空抛物的，该单元电梯停用三天。", {"CV608"}),
        # the act written into the kin's papers
        ("参与邪教的，村里在为其子女出具入伍政审材料时，注明其违法行为。", {"CV608"}),
        # the vote itself withheld
        ("拒不缴纳专项维修资金的业主，不得在业主大会上行使表决权。", {"CV606"}),
    ],
)
def test_u606_others_bear_a_bare_loss_a_building_or_a_note(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("集体经济亏损的，当年不分红。", set()),
        ("严禁以一人违规为由，全家不分红。", set()),
        ("全家人不分男女老少都应参加义务植树。", set()),
        ("多收的租金一律清退给租户。", set()),
        ("电梯每年例行检修时停运一天，物业提前通知。", set()),
        ("业主依法在业主大会上行使表决权。", set()),
    ],
)
def test_u606_bare_loss_look_alikes_stay_silent(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a discount or a scheme the collective pays for, taken from a whole unit or household
        ("同一楼栋有住户高空抛物的，取消该楼栋全体住户当年的停车费优惠。", {"CV608"}),
        ("家中有人盗伐林木的，全户退出村里统一代缴的合作医疗。", {"CV608"}),
        # back after the sentence: the clause is the condition
        ("因盗窃被判刑的村民出狱后，五年内不享有村民选举权。", {"CV606"}),
        # fraud for money ends no membership
        ("冒领青苗补偿款的社员，经社员大会表决，取消其社员资格。", {"CV606"}),
    ],
)
def test_u606_a_discount_a_scheme_a_served_sentence_and_fraud(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("虚报户口骗取成员资格的，取消其成员资格。", set()),
        ("刑满释放人员回村后，村委会帮助其联系就业。", set()),
        ("村民自愿退出农房保险的，村里不再代缴保费。", set()),
        ("物业费减免政策由业主大会决定。", set()),
    ],
)
def test_u606_discount_and_fraud_look_alikes_stay_silent(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # his relatives did it, he bears it
        ("子女报考军校需村里出具证明的，其父母有聚众赌博记录的，村委会不为其出具证明。", {"CV608"}),
        ("其兄弟姐妹参与传销的，不为其办理宅基地审批手续。", {"CV608"}),
        # a parent's consent or a fact about them is no act
        ("其父母同意的，村里为其办理入学证明。", set()),
    ],
)
def test_u606_he_bears_his_relatives_act(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a whole settlement, a newborn, the election itself
        ("哪个寨子发生偷牛的，全寨当年不分红。", {"CV608"}),
        ("违反生育政策的，其新生儿不予上户。", {"CV608"}),
        ("拒不拆除违建的，三年内不得参加村民选举。", {"CV606"}),
        # the settlement's meeting decides, it bears nothing
        ("屡次偷盗的，经全屯户主会议决定，赶出本屯。", {"CV606"}),
    ],
)
def test_u606_a_settlement_a_newborn_and_the_election(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("村民应当积极参加村民选举。", set()),
        ("选举期间，村干部不得参加拉票。", set()),
        ("其孩子由祖父母照看的，村里给予帮扶。", set()),
    ],
)
def test_u606_election_look_alikes_stay_silent(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


# --- article shapes (helper shapes): rhymed lines, terse lines of verse, lists ---------------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a rhymed line's condition has no 的 and its consequence no 违者: the line naming a wrongdoing is the condition
        ("不缴费，就停水。", {"CV604"}),
        ("拖欠租，断水电。", {"CV604"}),
        # the unit dropped for the metre: a round sum closing the line after 罚
        ("毁公物，罚三百。", {"CV601"}),
        ("偷庄稼罚一百。", {"CV601"}),
        ("砍公树，罚十倍。", {"CV601"}),
        # the supply named by one character after the person
        ("私接线者，断其电。", {"CV604"}),
        ("谁偷水，停谁水。", {"CV604"}),
        # a share withheld in three characters; the whole household bearing one member's act
        ("聚众赌，不分红。", {"CV602"}),
        ("家有一人吸毒，全家不分红。", {"CV608"}),
    ],
)
def test_shapes_rhymed_lines_find_condition_and_consequence(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        # lawful rhymed lines: exhortations, circumstances, civil remedies and a measure forbidden
        "讲文明，树新风。",
        "有困难，找组织。",
        "毁公物，要赔偿。",
        "谁污染，谁治理。",
        "不争吵，不打架，遇停电，莫慌张。",
        "省着用，不浪费，停水时，早储水。",
        "按时交，不拖欠，不罚款，讲道理。",
        "不得不分红的，须经成员大会讨论。",
        "违者罚款事项，须经村民会议讨论，罚一百的做法已经废止。",
    ],
)
def test_shapes_lawful_rhymed_lines_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes", "evidence"),
    [
        # scanned text with a space between every character: read without them, quoted as written
        ("违 者 罚 款 三 十 元 。", {"CV601"}, "罚 款 三 十 元"),
        ("私 接 电 线 的 ， 停 止 供 电 。", {"CV604"}, "停 止 供 电"),
        # a table row pasted as text, its cells apart by a space: the forbidden act, then its sanction
        ("严禁在河道电鱼 罚款三百元", {"CV601"}, "罚款三百元"),
    ],
)
def test_shapes_stray_spaces_are_read_through(text: str, codes: set[str], evidence: str) -> None:
    found = unlawful_measures(text)
    assert {m.code for m in found} == codes
    assert found[0].evidence == evidence
    assert text[found[0].start : found[0].end] == evidence


@pytest.mark.parametrize(
    "text",
    [
        "第 九 条  不 准 罚 款 ， 不 准 停 水 停 电 。",
        "严禁罚款 违者批评教育",
        "遇 停 水 停 电 ， 及 时 报 修 。",
    ],
)
def test_shapes_spaced_negations_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a household's pledge (承诺书): what it "volunteers" to give up for a violation is taken from it
        ("本户保证不在林区用火，如有违反，自愿放弃当年的集体分红。", {"CV602"}),
        ("我家承诺门前三包，若违反承诺，甘愿放弃村里发放的年节福利。", {"CV605"}),
    ],
)
def test_shapes_a_pledge_s_consequence_is_imposed(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        # pledges to obey, a pledge's lawful consequence, and a real free choice
        "本户承诺遵守村规民约，爱护公共设施，自觉接受村民监督。",
        "如有违反，本户自愿接受批评教育，并赔偿造成的损失。",
        "家庭确有困难的，村民可以自愿放弃当年分红，转作互助金。",
        "自愿放弃承包地的农户，由村集体依法收回并给予补偿。",
    ],
)
def test_shapes_pledges_to_obey_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a list of acts, then its consequence named by reference (以上行为) in a sentence of its own
        ("有下列行为之一：一、私自开闸；二、毁坏渠堤。以上行为，由用水小组停水三天。", {"CV604"}),
        # a table row written out as text: the act under one label, the sanction under another
        ("违规情形：私自接电。处理：剪断电线，停电一周。", {"CV604"}),
        # questions and answers: the answer is the consequence of the wrongdoing asked about
        ("问：不交保洁费的怎么处理？答：停止供水，交清后恢复。", {"CV604"}),
        # the 红黑榜: the label stands for the wrongdoing, and a label alone names the doer
        ("连续两次上黑榜的，停止供水一周。", {"CV604"}),
        ("黑榜户，当年不享受村里的各项补贴。", {"CV605"}),
    ],
)
def test_shapes_lists_tables_and_answers_carry_their_condition(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "以上行为，村里予以表扬。",
        "处理办法：批评教育，责令改正，恢复原状。",
        "问：停电了怎么办？答：及时向村电工报修。",
        "问：不交保洁费的怎么办？答：由组长上门催交，讲清道理。",
        "黑榜户，由包片干部上门帮教。",
        "上黑榜的农户，当年不得评为文明户。",
    ],
)
def test_shapes_lawful_lists_tables_and_answers_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # numbered sub-items under a header that opened the consequence: "1." breaks no consequence
        ("不按规定饲养犬只的，按下列办法处理：1.停止供水；2.暂停发放当年补贴。", {"CV604", "CV605"}),
        ("违反本条的，作如下处理：\n1.停水一周；\n2.扣发当年分红。", {"CV604", "CV602"}),
        # a paper refused in three characters closing its line
        ("不交费，不办证。", {"CV605"}),
    ],
)
def test_shapes_numbered_items_and_terse_papers(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "办事须知：1.停水检修提前一天通知；2.不办证的事项当场说明理由。",
        "为民服务：1.停电时及时报修；2.代办各类证件。",
        "讲诚信，不造假，办证件，按规定。",
    ],
)
def test_shapes_numbered_notices_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the measure's word cut to the metre, closing its line
        ("乱盖房，强拆除。", {"CV602"}),
        ("毁林地，收回山。", {"CV602"}),
        ("偷牛羊，除村籍。", {"CV606"}),
        ("砍山林，罚木钱。", {"CV601"}),
    ],
)
def test_shapes_measures_cut_to_the_metre(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    ["承包到期，收回地。", "违章建，责令拆。", "辞旧岁，除夕夜。", "闹元宵，舞龙灯，游全村。"],
)
def test_shapes_lines_cut_to_the_metre_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a list header's condition is the wrongdoings its items name
        ("有下列情形之一的用户，停止供水：（一）私自改装水表；（二）拒不缴纳水费。", {"CV604"}),
        ("住户有以下情况之一的，暂停供电：\n1.乱拉电线；\n2.损坏公用线路。", {"CV604"}),
    ],
)
def test_shapes_a_list_header_takes_its_items_wrongdoing(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        # items of circumstance or eligibility: maintenance and benefits ending lawfully
        "有下列情形之一的，可以暂停供水：（一）供水设施检修；（二）水源不足。",
        "有下列情形之一的，停止发放高龄补贴：（一）户口迁出本村；（二）本人死亡。",
    ],
)
def test_shapes_a_list_of_circumstances_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a points table (积分细则): what a low score costs comes later, the low score is the wrongdoing
        ("年终积分在50分以下的农户，不享受当年集体分红。", {"CV602"}),
        # a 红黑榜 rule: what follows the black-listed household is its consequence
        ("红榜户优先推荐就业，黑榜户当年不享受村级奖补。", {"CV605"}),
    ],
)
def test_shapes_points_and_black_lists_cost_later(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "年终积分在50分以下的农户，不得参加文明户评选。",
        "积分在80分以上的户，优先享受村级奖补。",
        "红黑榜每季度评一次，评比结果由评议小组记录在册。",
    ],
)
def test_shapes_points_and_black_lists_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# --- v601 (sixth session, third round): property taken by the village, money paid to get it back ---------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the taken land or house handed on to a party named by what it is
        ("连续三年撂荒口粮田的，由组里收回，转包给养殖能手耕种。", {"CV602"}),
        ("擅自将周转房转租他人的，村委会收回该房，重新分配给困难户居住。", {"CV602"}),
        ("私搭猪圈占用机动地的，机动地另行出租给蔬菜合作社。", {"CV602"}),
        # a hill held for what it yields is land
        ("偷砍竹笋被查实两次的，收回其承包的竹山。", {"CV602"}),
    ],
)
def test_v601_taken_land_handed_to_a_named_party(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        # a letting of the village's own, no wrongdoing behind it
        "村集体的荒山经村民代表会议同意，发包给种植大户经营。",
        "组里的鱼塘公开竞价，承包给出价最高的农户。",
        "承包期满的机动地，重新分配给新增人口户。",
    ],
)
def test_v601_a_letting_without_a_wrongdoing_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # animals penned, vehicles towed by the village; a fee buys them back (CV601 beside the taking)
        ("在禁牧区放马的，由管护员圈扣，通知马主限期认领。", {"CV602"}),
        ("在封山育林区内放牧的，护林员将牛群赶到村部场院圈起，畜主按每头五十元交清看护费后领回。", {"CV601", "CV602"}),
        (
            "在小区主干道两侧随意停放的三轮车，由物业拖移至村口停车场，车主交纳看管费每天十元后方可领回。",
            {"CV601", "CV602"},
        ),
    ],
)
def test_v601_a_thing_penned_or_towed_and_bought_back(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        # storage and pens of one's own choosing: no taking, the fee is a service's price
        "村民外出务工期间可将农机具寄存在村部仓库，凭寄存单交纳保管费后领回。",
        "各户的羊群每晚圈起，防止夜间走失。",
        "快递包裹由驿站代收，收件人凭取件码领回。",
    ],
)
def test_v601_storage_by_choice_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # 收归 names the taking itself, whatever body receives it and whether or not 所有 follows
        ("在晒谷场上打牌赌钱的，桌上的赌资一律收归村委会。", {"CV602"}),
        ("私自在河道搭建网箱的，拆下的网箱和鱼苗收归合作社。", {"CV602"}),
        ("股东私占集体厂房堆货的，逾期不搬，货物收归经济联社。", {"CV602"}),
    ],
)
def test_v601_taken_into_a_bodys_hands(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "村办企业的资产收归村委会统一经营管理。",
        "原由各组管理的水库收归联社统一管护。",
        "户主自愿退出的宅基地，经批准收归村集体。",
    ],
)
def test_v601_assets_moved_between_bodies_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # 股份 opening a body's name (股份经济合作社, 股份有限公司) names the body, not a member's share
        ("酒后闹事被拘留的社员，当年不得参加股份经济合作社组织的外出参观。", set()),
        ("拒不配合征地的，一年内不得享受股份有限公司的招工推荐。", {"CV605"}),  # a recommendation (CV605)
        # the share itself, withheld, stays CV602
        ("酒后闹事被拘留的社员，当年不得参加股份分红。", {"CV602"}),
    ],
)
def test_v601_a_body_named_by_shares_is_no_share(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a fee named by the wrongdoing it is charged for is a fine by its name
        ("私接水管浇菜的，一经查实，收取违规用水费二百元。", {"CV601"}),
        ("偷用集体机井灌溉的，由管水员收取违约水费三百元。", {"CV601"}),
    ],
)
def test_v601_a_fee_named_by_its_wrongdoing(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        # arrears of what was used wrongly, and ordinary dues, settle a debt
        "私拉电线用电的，按实际用量补交违规期间的电费。",
        "在村道摆摊的商户，按月交纳占道管理费五十元。",
    ],
)
def test_v601_arrears_and_dues_are_no_fine(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a multiple of a due named just before it, and a count of times caught as the condition (verse)
        ("护渠歌：渠水贵，莫浪费；私开闸口浇自家，抓住一次水费翻两倍。", {"CV601"}),
        ("村里电，大家用；私拉乱接要不得，查到一回电费按三倍。", {"CV601"}),
    ],
)
def test_v601_a_due_multiplied_when_caught(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "本村生活用水按每吨三元收费，经营户水费为居民的两倍。",
        "村级道路每年检查一次，发现一次问题及时报修。",
    ],
)
def test_v601_a_tariff_and_an_inspection_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # exceeding what was approved is a wrongdoing; the village keeping the thing's value takes it
        ("养鸭棚超出划定范围搭建的，村里组织人员拆除，拆下的木料作价抵扣集体收入。", {"CV602"}),
        ("鱼塘超过批准面积开挖的，多挖部分由村委会作价充抵集体收入。", {"CV602"}),
    ],
)
def test_v601_beyond_the_approved_bound_and_its_value_kept(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "经批准的养殖网箱，在规定范围内设置。",
        "超出批准范围的部分，由申请人自行调整。",
    ],
)
def test_v601_an_approved_bound_alone_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a part of the dividend paid only: the rest is withheld (CV602), whatever the fraction is called
        ("酗酒闹事被处理的，当年分红按六成兑现。", {"CV602"}),
        ("一年内被记过三次以上的，年终收益分配只发一半。", {"CV602"}),
    ],
)
def test_v601_a_dividend_paid_only_in_part(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "本社当年收益分配按七成发放，三成留作发展基金。",
        "年满六十周岁的社员，分红按一半计发。",
    ],
)
def test_v601_a_dividend_split_by_rule_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# --- v606 (sixth session, third round): leaving where one lives, and the vote in a named assembly ---------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # made to leave where he lives, by a duty put on him after the act (须/应 + a time + the place)
        ("承租人在出租屋内吸毒的，房东解除租约，承租人必须在五日内搬出本小区。", {"CV606"}),
        ("暂住人员多次打架闹事的，应于十日内迁离本村。", {"CV606"}),
        ("在职工生活区酗酒滋事屡教不改的，清出生活区。", {"CV606"}),
        ("偷盗邻居财物的租客，由房东让其搬离本组。", {"CV606"}),
        # refused a home in the place from now on
        ("外来人员聚众赌博的，以后不再准许其在本社区居住。", {"CV606"}),
        ("在出租屋内组织赌博的，房东收回房屋，赌博人员不得再在本村租住。", {"CV606"}),
        # the vote in a named assembly, or the right to vote itself, taken
        ("拒不履行集体决议的股东，二年内不得参加股东代表会的表决。", {"CV606"}),
        ("无故缺席户代表会议五次的，剥夺其本届选举的表决权。", {"CV606"}),
    ],
)
def test_v606_made_to_leave_the_place_or_kept_from_the_vote(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "租赁期满后，承租人应当在五日内搬出所租房屋。",
        "任何人不得剥夺村民的选举权和被选举权。",
        "户口迁出本村的，须在一个月内办理股份转让手续。",
        "严禁清出本村的垃圾倒入河道。",
        "本村家属区的房屋由村委会统一维修。",
        "在家属院内乱停车辆的，由门卫劝导挪走。",
    ],
)
def test_v606_leaving_and_voting_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the wrongdoer's kin, named as such, kept from what the village or its collective offers
        ("放火烧荒引发山火的，罚款二千元；其子女两年内不得租用村集体的烤烟房。", {"CV601", "CV608"}),
        ("偷割电缆的，由派出所处理，其配偶当年不得承包集体果园。", {"CV608"}),
        ("在禁猎区下套捕猎的，没收猎具；其家属三年内不得借用村里的收割机。", {"CV602", "CV608"}),
        ("打伤护林员的，其子女当年不得申报本社的教育基金。", {"CV608"}),
        ("毁坏水渠的，照价赔偿，其父母本年度不得领取村合作社的种子补贴。", {"CV608"}),
    ],
)
def test_v606_kin_kept_from_what_the_collective_offers(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "村民有违约行为的，其子女不得参加村里的文明家庭评选。",
        "其子女可以申请村集体的助学补助。",
        "村民及其家属不得在村集体鱼塘内电鱼。",
        "其家人使用村集体的农机时，应当登记。",
    ],
)
def test_v606_kin_and_the_collective_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a doer asked after or left indefinite is a condition without 的: the group bears what one of it did
        ("哪个组出现焚烧秸秆，该组当年不得申请村里的奖补资金。", {"CV608"}),
        ("某小组有一户私搭乱建，全组当年取消环境整治奖补。", {"CV608"}),
        ("第九条 哪一个自然村发生乱砍滥伐，该自然村当年不得申报村里的道路奖补项目。", {"CV608"}),
    ],
)
def test_v606_a_group_asked_after_bears_one_households_act(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "哪个组的道路需要维修，由该组组长报村委会。",
        "某组有一户困难家庭，全组村民自愿捐款帮扶。",
        "哪个组卫生评比第一，该组当年优先申报村里的奖补项目。",
    ],
)
def test_v606_a_group_asked_after_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # what she already holds here (已分得的…) taken with the rest is no share obtained elsewhere
        ("丧偶妇女改嫁邻乡，户口仍留在本组的，停发其股份分红，已分得的林地份额一并收回。", {"CV607"}),
        ("离婚妇女户口留在本组的，已取得的宅基地资格一并取消，不再分配口粮。", {"CV607"}),
    ],
)
def test_v606_what_she_already_holds_here_taken(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "出嫁女已在夫家所在村分得承包地的，本村不再重复分配。",
        "妇女离婚后，已分得的承包地不得收回。",
    ],
)
def test_v606_a_share_already_obtained_elsewhere_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # not a coin of it paid (一分不发, 分文不给) withholds the share like 停发
        ("家中有人非法种植罂粟的，该户本年度的股金分红一分不发。", {"CV608"}),
        ("拒不腾退违建的，其青苗补偿款分文不给。", {"CV602"}),
    ],
)
def test_v606_not_a_coin_paid_withholds_the_share(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


def test_v606_not_a_coin_paid_for_lack_of_profit_stays_silent() -> None:
    assert unlawful_measures("合作社当年没有盈余的，分红一分不发。") == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the tenant did it, the landlord's household bears it
        ("承租人在出租屋内聚众赌博的，出租户当年不得享受村集体股份分红。", {"CV608"}),
        ("房客私拉电线引发火灾的，扣发房东家庭本年度的集体分红。", {"CV608"}),
    ],
)
def test_v606_the_landlord_bears_the_tenants_act(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the landlord's own act is his own measure; the tenant moved out through the landlord is the tenant's
        ("房东容留他人在出租屋内吸毒的，扣发其本年度的集体分红。", {"CV602"}),
        ("租客打架闹事的，由村委会通知房东在五日内将其清退出本村。", {"CV606"}),
    ],
)
def test_v606_the_landlords_own_act_and_the_tenant_moved_out(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


# --- v603: a person held where the village puts him, or until he is fetched; supplies by meter,
# account and channel (made-up sentences)
@pytest.mark.parametrize(
    "text",
    [
        "夜里偷伐竹子被巡山员抓到的，一律带到护林点看守，通知其家里来人领走。",
        "私自进入禁区放牧的外乡人，由联防队留置，待其亲属来人接回。",
        "汛期擅自下河捕鱼的，由巡河队员看管在防汛值班点内，不准外出，直到汛情解除。",
        "在保护区内电鱼的，先将其看住，待派出所民警到场后移交处理。",
    ],
)
def test_v603_a_person_held_until_fetched_is_liberty(text: str) -> None:
    assert "CV603" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "走失的老人由网格员送回家中，待家属领回。",
        "捡到的钱包由村委会保管，待失主领回。",
        "散放的鸭群由护村队赶走看管，待鸭主领回。",
    ],
)
def test_v603_care_and_things_held_are_no_liberty(text: str) -> None:
    assert "CV603" not in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "偷开他人渠口抢水的，下一轮停供渠水。",
        "不按轮次抢放水的农户，当季停供灌溉水。",
        "私挖渠埂截水的，下一轮停供渠水。",
    ],
)
def test_v603_a_supply_by_its_account_or_channel_is_cut(text: str) -> None:
    assert "CV604" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "居民申请用水报装的，供水站应当在五个工作日内办结。",
        "供水管网检修需要停供渠水的，应提前一天通知各户。",
    ],
)
def test_v603_supply_accounts_named_as_topics_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "保洁员查到混装混倒的，当天拒收该户垃圾。",
        "屡次在门口乱堆杂物的，保洁员不再上门收集其垃圾。",
        "在群里发布不实消息、攻击干部的，由群主踢出村民微信群。",
        "拒不参加义务植树的，停止其参加村里的节庆活动一年。",
        "积分扣至零分的业主，物业停用其电梯卡。",
        "擅自将山林转租他人的，村委会对其转租协议不予加盖公章。",
    ],
)
def test_v603_services_groups_and_activities_withheld_are_cv605(text: str) -> None:
    assert "CV605" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "村民可自愿退出村民微信群，群主不得强留。",
        "群主可将长期不用的空号移出群聊。",
        "各户应积极参加村里组织的文体活动。",
        "村委会为村民的土地流转合同免费鉴证、加盖公章。",
        "保洁员每天上门收运生活垃圾两次。",
    ],
)
def test_v603_services_named_as_topics_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the supply contract named before the semicolon, the statutory notice before the suspension
        "住户欠缴燃气费的，燃气公司依照供气合同书面催交；催告后仍不交纳的，依法定程序中止供气。",
        # a repair in haste is no wrongdoing (抢修, 抢险)
        "因抢修主管道需临时停电的，村电工应提前半天在广播里发布停电通知。",
        "汛期抢险需要暂停供水的，供水站应当提前通知各户储水。",
    ],
)
def test_v603_a_supplier_following_its_contract_and_repairs_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


def test_v603_the_article_number_does_not_hide_its_condition() -> None:
    text = "第九条 对拒绝签订门前卫生承诺书的商户，社区暂不为其办理用水报装。"
    assert [(m.code, m.evidence) for m in unlawful_measures(text)] == [("CV604", "暂不为其办理用水报装")]


def test_v603_a_village_citing_a_contract_for_a_duty_still_cuts() -> None:
    text = "各户应按照用水协议按月交纳水费；拖欠水费的，村委会停止其用水。"
    assert {m.code for m in unlawful_measures(text)} == {"CV604"}


@pytest.mark.parametrize(
    "text",
    [
        # a mark worn where the village sees him, no one named before the verb
        "毁坏路灯的，除照价赔偿外，须套上写明过错的黄马甲在广场上站两个小时。",
        # a lavish funeral after neglect is the wrongdoing; the names sent to the group show him
        "老人在世时无人照料、丧事却讲排场的，将当事子女的姓名发到村民群里。",
    ],
)
def test_v603_a_person_shown_by_a_mark_or_after_a_lavish_funeral(text: str) -> None:
    assert "CV603" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "重阳节志愿者穿上红马甲在村口站岗引导车辆。",
        "提倡厚养薄葬，反对丧事讲排场、相互攀比。",
    ],
)
def test_v603_marks_and_funeral_customs_without_a_wrong_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "私自上山烧荒的农户，年底不发给其慰问粮油。",
        "乱砍林木的，取消其当年的过冬取暖煤。",
    ],
)
def test_v603_goods_handed_out_in_kind_are_welfare(text: str) -> None:
    assert {m.code for m in unlawful_measures(text)} == {"CV605"}


def test_v603_the_register_of_members_goes_with_the_membership() -> None:
    text = "股民把配售的股份私下卖给外村人的，视为放弃本社成员身份，由合作社注销其股东名册登记。"
    assert {m.code for m in unlawful_measures(text)} == {"CV606"}


@pytest.mark.parametrize(
    "text",
    [
        "取暖煤由各户自行购买，村里不发给。",
        "每年冬季村里给特困户发放取暖煤和慰问粮油。",
    ],
)
def test_v603_goods_in_kind_given_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the doer named by his boat or premises: the condition is a wrongdoing
        ("未按规定安装北斗终端的渔船，渔民协会停止为其提供冷库服务。", "CV605"),
        # a bare 停 before the supply it stops
        ("拖欠卫生费的，停其自来水。", "CV604"),
        ("不参加清淤的农户，当季停灌溉水。", "CV604"),
    ],
)
def test_v603_boat_owners_and_a_bare_stop(text: str, code: str) -> None:
    assert code in {m.code for m in unlawful_measures(text)}


def test_v603_a_stop_for_maintenance_stays_silent() -> None:
    assert unlawful_measures("每年春灌前停灌溉水三天，统一检修渠道。") == []


@pytest.mark.parametrize(
    "text",
    [
        # a household named by its deed opens the condition; going round beating a gong shows the doer
        "放火烧山之家，家长须提着锣绕村走三晚，边走边认错。",
        "偷牛之人，须敲锣沿屯喊话一遍，向全屯认错。",
    ],
)
def test_v603_made_to_go_round_with_a_gong_is_shown(text: str) -> None:
    assert "CV603" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "冬季防火期间，护林员每晚敲锣沿村喊话，提醒各户小心火烛。",
        "书香之家，村里给予表彰。",
    ],
)
def test_v603_a_fire_watch_with_a_gong_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


def test_v603_exposing_another_s_privacy_is_the_forbidden_act() -> None:
    assert unlawful_measures("村民之间有矛盾的，不得在朋友圈里发图，曝光他人隐私。") == []


# --- article shapes, third round (helper vshapes): a fee multiplied in a rhymed line, an act caught each time ---


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # the fee named before its multiple, 收取 dropped for the metre
        ("私自接管抽水的，当月水费翻两倍。", "水费翻两倍"),
        ("乱拉电线不听劝，电费就涨到三倍。", "电费就涨到三倍"),
        ("垃圾不分类的户，清运费翻倍。", "清运费翻倍"),
        # a rhymed line counts the forbidden act each time it is caught (查到一回, 抓住一次)
        ("山上不许乱放牛，抓住一次罚三百。", "罚三百"),
        ("门面不许乱转租，逮到一回租金加五倍。", "租金加五倍"),
    ],
)
def test_shapes_fee_multiplied_and_caught_each_time(text: str, evidence: str) -> None:
    found = unlawful_measures(text)
    assert [(m.code, m.evidence) for m in found] == [("CV601", evidence)]


@pytest.mark.parametrize(
    "text",
    [
        "这几年村集体收入翻了三倍，分红也跟着涨。",
        "今年水费涨到两倍是县物价局核定的，村民应节约用水。",
        "巡查员查到一次隐患，当天报村委会处理。",
        "用水户按表计量交费，水费按县定价收取。",
    ],
)
def test_shapes_fee_multiplied_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        # a pledge names the loss from the side that receives (停领), the fine as a gift (捐)
        ("本人承诺遵守禁赌规定，如有违反，自愿停领次年村里的分红。", "CV602", "停领次年村里的分红"),
        ("本户承诺不私搭乱建，若有违反，本户自愿停领当年的高龄补贴。", "CV605", "停领当年的高龄补贴"),
        ("承诺丧事不用纸扎，如有违反，自愿捐款八百元给村里修路。", "CV601", "捐款八百元"),
        ("违者自愿捐资三百元，作为村里的公益金。", "CV601", "捐资三百元"),
    ],
)
def test_shapes_pledge_receiver_and_gift(text: str, code: str, evidence: str) -> None:
    assert [(m.code, m.evidence) for m in unlawful_measures(text)] == [(code, evidence)]


@pytest.mark.parametrize(
    "text",
    [
        "村民自愿捐款五百元修建村道，村委会张榜公布捐款名单。",
        "对捐资一千元以上的乡贤，村里立碑致谢。",
        "领取养老金的老人，按规定停领原来的高龄补贴。",
    ],
)
def test_shapes_pledge_gift_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        # a scanned line wrapped inside the phrase at the page's width
        ("第八条 私接管道偷用自来水，经劝阻仍不改正的，由村委会停止\n供水，并报有关部门处理。", "CV604", "停止\n供水"),
        ("在村道两旁堆放柴草、砂石，经通知仍不清理的，村里强制清除并罚\n款二百元。", "CV601", "罚\n款二百元"),
        ("十二、参与赌博、屡教不改的，取消该户当年的集体\n分红。", "CV602", "取消该户当年的集体\n分红"),
    ],
)
def test_shapes_scan_wrapped_inside_a_phrase(text: str, code: str, evidence: str) -> None:
    # (t12money: the things cleared away by force, 强制清除, are also a taking, CV602, beside the wrapped fine)
    found = [(m.code, m.evidence) for m in unlawful_measures(text)]
    assert (code, evidence) in found and all(c in (code, "CV602") for c, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # a title line, and the even lines of a verse, keep their breaks
        "村民用水公约\n停止供水须提前三天张贴通知。",
        "节约用水人人夸，浪费用水害大家\n停水检修先通知，村民配合莫慌张。",
    ],
)
def test_shapes_title_and_verse_lines_keep_their_breaks(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # a rhymed line drops the unit of the sum it makes the wrongdoer pay
        ("修渠不出工，一天要交八十。", "交八十"),
        ("乱倒渣土不清运，每车缴五百。", "缴五百"),
    ],
)
def test_shapes_verse_payment_without_unit(text: str, evidence: str) -> None:
    assert [(m.code, m.evidence) for m in unlawful_measures(text)] == [("CV601", evidence)]


@pytest.mark.parametrize(
    "text",
    [
        "卫生费，每户每年交一百。",
        "合作医疗费，每人每年缴三百，村里统一代收。",
    ],
)
def test_shapes_verse_due_without_unit_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the measure named as the topic of a line, forbidden by the next (the prohibition after what it forbids)
        "邻里间，有纠纷，罚款事，不能搞。",
        "停水断电的做法，坚决不能搞。",
        "扣人家的分红，要不得；有矛盾，坐下谈。",
    ],
)
def test_shapes_prohibition_after_the_measure_it_forbids(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a prohibition with an object of its own still leaves the measure imposed
        ("违者罚款三百元，不得拖欠。", "CV601"),
        ("乱倒垃圾者，停其水，不能少。", "CV604"),
    ],
)
def test_shapes_measure_then_a_prohibition_of_something_else(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        # a bare 罚 closing its line after the household that bears one member's act
        "一人偷牛，全家罚。",
        "家里有人赌博，全户都要罚。",
    ],
)
def test_shapes_household_fined_in_a_line(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize(
    "text",
    ["奖惩办法由村民会议定，全家老小都遵守。", "奖罚分明，一家一户都参与。"],
)
def test_shapes_household_fined_in_a_line_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# w601, seventh session: a fee to get back what the village holds (a beast, a vehicle, goods or a person) is a
# fine (CV601) beside the holding (CV602 for things); kin who pay to fetch a held person pay his fine, not a
# collective punishment (docs/clause-codes.md); an animal shut in is no person's liberty (CV603).
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("封山区内放养的山羊，由护林员赶回村部院里看护，羊主按只交纳二十元看护费后方可牵回。", {"CV601", "CV602"}),
        ("电瓶车停在楼道口的，由物业挪到临时停放点，车主交清每天十五元的停放费后方可开回。", {"CV601", "CV602"}),
        ("在广场乱停的三轮车，由村里拖到村委会院内保管，车主缴纳每天十元的保管费后才能开回。", {"CV601", "CV602"}),
        ("山羊啃食集体林苗的，护林员将羊关在村部，畜主按每只二十元交看管费后领回。", {"CV601", "CV602"}),
        ("猪跑进菜园的，由组里关押，主人领回时须交看管费五十元。", {"CV601"}),
        ("违章停放的车辆由物业拖至停车场，车主取车前缴纳每日三十元的保管费。", {"CV601"}),
    ],
)
def test_w601_fee_to_get_a_held_thing_back(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "抓到偷鱼的人先关在村部，家人每领一次交治安费三百元。",
        "偷牛的人被抓住后由联防队看管，其家属每领回一次须交看管费三百元。",
        "寨里抓住的小偷先关在公房，等家里人来领；每领一回交联防费一百元。",
    ],
)
def test_w601_fee_to_fetch_a_held_person_is_his_fine(text: str) -> None:
    codes = {m.code for m in unlawful_measures(text)}
    assert "CV601" in codes and "CV608" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "猪、鸭进入秧田第二次的，由巡田员赶走关押，十日内无人认领的交村里处理。",
        "牛羊闯进禁牧区的，由护林队关押，畜主交清看护费后领回。",
    ],
)
def test_w601_animal_shut_in_is_not_a_person_held(text: str) -> None:
    assert "CV603" not in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "走失的牲畜由村委会代为照看，畜主认领后方可牵回，不收任何费用。",
        "外出务工户可将耕牛交村里代为看管，回村后交清饲养费即可领回。",
        "村委会代为保管外出务工户的农机，户主交纳保管费后可随时取回。",
        "领取低保金时须交纳一元手续费。",
        "村民领取证件时交工本费十元。",
    ],
)
def test_w601_fee_for_a_service_or_a_due_is_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# w601: things the village took and keeps (不予退还 of materials, stone, bamboo) are CV602, never a paper
# withheld (CV605); a condition of what is already done after a ban in the article (严禁…。已经建成的，…) is
# the banned act; a deposit given back is no fine, a deposit kept is.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("私自开采的石料一律不予退还。", {"CV602"}),
        ("违章搭建的棚子由组里拆除，材料不予退还。", {"CV602"}),
        ("偷砍的竹子一律不予返还。", {"CV602"}),
        ("严禁占用耕地建厂房。已经建成的，由村委会组织拆除。", {"CV602"}),
        ("不准在水源地建猪圈。已建的，由村里组织拆除，拆下的砖瓦归集体所有。", {"CV602"}),
        ("在村道上堆放建材的，须交保证金一千元，逾期不清走的不予退还。", {"CV601"}),
    ],
)
def test_w601_things_kept_and_deposits_forfeited(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "办酒席占用村广场的，先交场地押金三百元，散席后打扫干净的全额退还。",
        "在村道上堆放建材的，须向村委会交纳保证金一千元，按期清走的如数退还。",
        "租用村集体晒场的，交纳押金二百元，用完后无损坏的退还押金。",
        "禁止在河边建房。已经批准的，按规定办理。",
        "出嫁女的子女户口不得在本村落户；已经落户的，按有关规定办理。",
        "多交的水费不予退还，可抵下月水费。",
        "交来的申请材料不予退还。",
    ],
)
def test_w601_deposit_refunded_or_status_is_clean(text: str) -> None:
    assert [m.code for m in unlawful_measures(text) if m.code in ("CV601", "CV602", "CV605")] == []


# --- w603: CV604/CV605 by their verbs (seventh session) ----------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a service or an application stopped by its own verb
        ("擅自离村的，村委会停办其名下的各项手续。", "CV605"),
        ("拒不拆除的，停报其当年的产业奖补资金。", "CV605"),
        ("乱建的，村里停批其建房申请。", "CV605"),
        ("酗酒闹事的，缓报其当年的危房改造补助。", "CV605"),
        # a bare 停 with the person after it, and the verbs that bring a supply
        ("不听劝阻的，停其家里的生活用电半个月。", "CV604"),
        ("偷砍林木的，暂停向该户的果园输送灌溉水。", "CV604"),
        ("扒口抢水的，本季不再给其稻田供给渠水。", "CV604"),
        ("偷水的，停其家中自来水七天。", "CV604"),
        # the village's gatherings, verb first or gathering first
        ("违反本约的，春节联欢会不准其参加。", "CV605"),
        ("违反村规的，次年的长桌宴不再邀请其参加。", "CV605"),
        ("偷盗的，当年村里组织的歌会和赛事一律谢绝其参加。", "CV605"),
        ("不守寨规的，不让其参加当年的泼水节。", "CV605"),
    ],
)
def test_w603_service_and_supply_verbs(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "停水通知：因管道检修，明日停水。",
        "本村停办婚丧宴请登记业务。",
        "泼水节期间不准在公路上泼水。",
        "未成年人不得参加春节期间的篝火活动。",
        "节日活动由村委会组织，各户自愿参加。",
    ],
)
def test_w603_service_and_supply_verbs_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# --- w603: a warning ignored or a correction pending is the penalty context ----------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("不赡养父母的，由族老上门劝导；劝导无效的，在全组大会上作检讨。", "CV603"),
        ("违规群租的，社区督促房东整改。整改完成前，不予办理该房屋的用水开户手续。", "CV604"),
        ("门前堆放杂物的，由网格员督促清理。清理完毕前，暂停为其办理各类证明。", "CV605"),
        ("子女不尽赡养义务的，由调委会上门教育。教育无果的，在村广播中公开检讨。", "CV603"),
        ("违章建房的，责令停工。恢复原状前，村里暂缓审批其宅基地申请。", "CV605"),
        ("乱砍竹木的，先行说服。说服未果的，停其家中用电十天。", "CV604"),
    ],
)
def test_w603_escalation_context(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "调解无效的，可向人民法院起诉。",
        "劝导无效的，报派出所处理。",
        "整改完成前，村委会应加强指导。",
        "施工完成前，暂停供水。",
    ],
)
def test_w603_escalation_context_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# --- w603: CV603 by mechanism: paraded as the crier of one's own deed, a mark worn while working,
# reporting to the village's officers, a rating kept in the books --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "偷鸡的，罚其拿着喇叭在全村走一圈。",
        "偷菜的，由本人敲着小锣绕寨一圈，边敲边喊自己偷了菜。",
        "乱砍树的，叫他边走边念自己砍了几棵树。",
        "偷谷子的，由偷盗者手拎铜锣沿屯子走一遍。",
        "乱扔垃圾的，罚其捡拾垃圾三天，劳动期间一律佩戴“我错了”袖标。",
        "偷菜的，罚其打扫村道，打扫过程中须穿上写着“小偷”的背心。",
        "毁坏花木的，罚其看护花园一周，看护时必须戴着写有“我毁了花”的牌子。",
        "刑满释放人员回村后，每周须到治保主任处当面报告生活情况。",
        "刑满释放人员每月到村部书面报告本人的思想情况。",
    ],
)
def test_w603_liberty_and_dignity(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "村里组织宣传队敲锣打鼓绕村宣传防火知识。",
        "巡逻员每晚提着锣沿寨巡走喊“小心火烛”。",
        "志愿者服务时须佩戴红袖章。",
        "环卫工人作业时须穿着反光马甲。",
        "村干部每月向村民代表汇报工作情况。",
        "刑满释放人员回村后，按规定向司法所报到。",
        # a rating kept in the books, decided by a meeting, not shown
        "经村民代表会议评议，拒不赡养老人的评为失信户，记入档案，不对外公布。",
        "拒不赡养老人的，经村民代表会讨论，列为失信户，记入档案。",
    ],
)
def test_w603_liberty_and_dignity_lawful(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


def test_w603_person_held_until_let_home() -> None:
    # held and let go home once he has confessed: a person, not a thing
    text = "私自出境返回的，由联防队扣留，写出检讨后方可回家。"
    assert [m.code for m in unlawful_measures(text)] == ["CV603"]


# --- helper w606 (seventh session): membership, women's marriage, a household bearing one act -------------


@pytest.mark.parametrize(
    "text",
    [
        # the village moving a member's registration out, the place it leaves named between
        "拒不配合旧村拆迁的，村委会将其户口从本村集体迁出，今后不再认定为本村村民。",
        "私自转卖安置房名额的，将其户口从本社区集体户中迁出。",
        "违规抢建且拒不拆除的，把他家户籍自本组迁出。",
        "屡次殴打调解人员的，由村委会将其户口由本村迁出，不再承认其原村民身份。",
        "煽动群众闹事的，经村民代表会议讨论，把该户户口从本村集体户口簿中移出。",
        "拒不退还多占宅基地的，村里将其户口从村集体户转出。",
    ],
)
def test_w606_registration_moved_out_by_the_village(text: str) -> None:
    assert "CV606" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # his own move, or the village doing the paperwork he asked for
        "户口从本村迁出的，不再享有本村村民待遇。",
        "本人申请将户口从本村迁出的，村委会应及时出具证明。",
        "考入大中专院校将户口从本村迁出的，其承包地保留至毕业。",
    ],
)
def test_w606_registration_moved_out_lawful(text: str) -> None:
    assert "CV606" not in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a share withheld from return, a grave refused, a reduced count, equality only after a wait, a price
        # for keeping her status, a waiver the charter deems
        "嫁到外地的姑娘离婚后把户口迁回来的，原有股份不再恢复。",
        "外嫁女离婚回村的，村里不予恢复其土地承包权。",
        "已经出嫁的女儿去世后，不准安葬在本村祖山。",
        "嫁出去的闺女百年之后不得埋入村公墓。",
        "离异妇女带回的子女，分配土地补偿时按半个人头计算。",
        "招上门女婿的，女婿须在本村落户满五年，才能与其他村民同等参加分红。",
        "外嫁女想保留本社户口的，必须每年向社里缴纳五百元管理费。",
        "农嫁非妇女婚后户口仍留在村里的，视为自动放弃土地承包权。",
    ],
)
def test_w606_womens_share_withheld_in_other_words(text: str) -> None:
    assert "CV607" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # the same words where she keeps her share, or pays what everyone pays
        "外嫁女离婚后户口迁回本村的，依法恢复其股份。",
        "出嫁女户口仍在本村的，须每年与其他村民一样交纳合作医疗费。",
        "本村村民去世后可安葬在村公益性公墓，出嫁女同等对待。",
    ],
)
def test_w606_womens_share_kept_lawful(text: str) -> None:
    assert "CV607" not in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # one person's act written into his kin's vetting paper, or made its reference
        "父亲或母亲违反本约受到处理的，其子女参军、报考公务员时，村委会在政审意见中如实注明。",
        "户主违反本约被通报的，其子女报考事业单位时，村委会在政审材料里写明。",
        "家中有人违反本公约的，其家庭成员入党、参军政审时，村里将该情况作为参考。",
        "违约户的子女应征入伍时，村委会在政审表上如实反映其父母违约情况。",
        "村民违反本约的，其配偶、子女参加招录时，村委会在出具的政审意见中予以说明。",
        "本人违反本约的，其子女参军时，村委会在政审证明上标明，作为重要参考。",
    ],
)
def test_w606_kin_vetting_paper_notes_the_act(text: str) -> None:
    assert "CV608" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # the person's own vetting, an honest report of the young person himself, a prohibition
        "村民子女参军、考录公务员时，村委会应如实出具政审意见。",
        "对违反本约的村民，村委会在其本人入党政审时如实注明，作为参考。",
        "青年参军时，村委会在政审意见中如实注明其本人表现，不得株连家属。",
    ],
)
def test_w606_kin_vetting_paper_lawful(text: str) -> None:
    assert "CV608" not in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # the woman named before a semicolon, her family's share denied after it
        "离异后把户口迁回娘家的妇女，本人可以分红；其带回的子女不予分红。",
        "外嫁女户口未迁出的，本人享受村民待遇；其丈夫和子女不得落户本村。",
        "丧偶妇女再婚的，本人保留原承包地；她带来的孩子不分配宅基地。",
        "上门女婿落户满三年的，本人参加分配；其随迁子女不享受征地补偿。",
        "出嫁女离婚后回村居住的，本人按人头分配；随母迁回的子女只分一半。",
        "农嫁非妇女户口留在本村的，本人保留股份；所生子女不再配股。",
    ],
)
def test_w606_her_family_denied_after_a_semicolon(text: str) -> None:
    assert "CV607" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # her family kept equal, or someone else's wrongdoing after the semicolon
        "出嫁女户口在本村的，与其他村民同等分配；其子女同等享有。",
        "外嫁女享受村民待遇；其他村民违反本约的，不予分配。",
        "离婚妇女户口迁回的，本人参加分配；其子女依法享受村民待遇。",
    ],
)
def test_w606_her_family_after_a_semicolon_lawful(text: str) -> None:
    assert "CV607" not in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a woman's loss named only as a ground the charter rules out
        "本社成员结婚或离婚的，户籍是否迁移不作为取消其股东资格的条件。",
        "妇女结婚后户口是否迁出，不构成收回其承包地的理由。",
        "出嫁女户口在不在本村，都不能作为停发其分红的依据。",
    ],
)
def test_w606_a_ground_ruled_out_is_no_denial(text: str) -> None:
    assert "CV607" not in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # the same words where the charter makes it the ground
        "出嫁女户口迁出的，作为取消其成员身份的依据。",
        "妇女离婚后户口仍在本村的，不能再分配宅基地，以此作为收回其承包地的理由。",
        "外嫁女离婚后不作为本村成员，收回其承包地。",
    ],
)
def test_w606_a_ground_made_is_a_denial(text: str) -> None:
    assert "CV607" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a group asked after by its people (哪个组的人…), the group named again bears the measure
        ("哪个小组的人越界偷挖别组虫草，该小组下一年的开山时间往后推迟三天。", "CV608"),
        ("哪个组的农户在禁牧期放牧，该组当年的禁牧补贴全部取消。", "CV608"),
        ("哪个组的人偷采别组松茸，推迟该组下一年的开山日期五天。", "CV608"),
        # the harvest of a collective hill barred or put off for the doer himself
        ("越界偷挖虫草的，其下一年度的开山时间推后三天。", "CV602"),
        ("越界偷挖虫草的，取消其当年采挖资格。", "CV602"),
        ("私自提前上山采松茸的，次年不准进山采摘。", "CV602"),
        ("偷挖别户虫草的，三年内不得上山采挖。", "CV602"),
    ],
)
def test_w606_a_harvest_barred_or_put_off(text: str, code: str) -> None:
    assert code in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # the season's own rule, the weather, a permit the law asks for
        "每年虫草山统一开山，当年不得提前上山采挖。",
        "因雨雪天气，今年开山时间推后三天。",
        "采挖虫草后应回填草皮，不得乱挖。",
    ],
)
def test_w606_a_harvest_rule_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# --- wshapes (seventh session): article shapes that hide the structure -----------------------------------
# A question answered in the text: the question is the condition of its answer, across its ？ and line break.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("问：上门女婿能分几成安置费？\n答：只发一半。", "CV607"),
        ("问：外嫁女户口没迁的，还能分红吗？答：不再参与分红。", "CV607"),
        ("问：离婚后留在村里的妇女，承包地怎么处理？答：收回一半。", "CV607"),
        ("问：丧偶再嫁的妇女，宅基地怎么办？\n答：由村里收回。", "CV607"),
        ("问：乱排污水屡劝不听怎么处理？\n答：关闭其进户水阀。", "CV604"),
        ("Q：养狗不拴绳咬伤人怎么处理？A：暂停为其办理各类证明。", "CV605"),
    ],
)
def test_wshapes_question_and_answer(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "问：低保怎么申请？答：向村委会提交书面申请，经民主评议后报镇里审批。",
        "问：停水检修怎么通知？\n答：提前一天在群里发通知。",
        "问：出嫁女的承包地怎么办？答：依法保留，不得收回。",
    ],
)
def test_wshapes_question_and_answer_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A clause opened by "if" and naming a wrongdoing is a condition without its 的 (pledges, rhymed lines).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("若有超标，愿出资放映电影两场。", "CV601"),
        ("一旦查到偷砍林木，愿出资请全村看一场电影。", "CV601"),
        ("倘若私接电线，电工立即拉闸断电。", "CV604"),
        ("要是家里有人赌博，全户当年分红不发。", "CV608"),
        ("本人承诺不大操大办，若有违背，自愿出资请全组吃一顿饭。", "CV601"),
        ("假如乱砍竹木，愿为村里义务出工十天。", "CV601"),
    ],
)
def test_wshapes_if_clause_condition(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "如果遇到停电，及时联系电工。",
        "若有困难，村委会帮助解决低保申请。",
        "如果需要停水检修，提前一天通知各户。",
    ],
)
def test_wshapes_if_clause_condition_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A rhymed line puts the object first and ends on a bare taking verb (水阀先关掉, 低保名额先停办, 救助也要断).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("谁家屡教仍不改，自来水阀先关掉。", "CV604"),
        ("欠费的，低保先停办。", "CV605"),
        ("私拉电线不听劝，进户电闸当场关。", "CV604"),
        ("偷水的，自来水龙头马上掐。", "CV604"),
        ("乱占耕地不悔改，年底分红就停掉。", "CV602"),
        ("违规养狗的，门禁卡也要断。", "CV605"),
    ],
)
def test_wshapes_verse_object_then_bare_verb(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "检修线路的，电闸先关掉。",
        "出门之前，水龙头要关。",
        "用电安全记心间，人走电闸随手关。",
    ],
)
def test_wshapes_verse_object_then_bare_verb_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# One doer's act borne by the whole household, said in a line of verse (一人违规全家担).
@pytest.mark.parametrize(
    "text",
    ["一人违规全家担，低保名额先停办。", "一人吸毒全户扛。", "儿子打架父不管，父亲救助也要断。"],
)
def test_wshapes_household_bears_in_verse(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize("text", ["一人有难全家帮。", "全家承担赡养责任。", "一人致富全家乐。"])
def test_wshapes_household_bears_in_verse_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# The household's own supply named with its place (停其家中自来水, 停该户家里的生活用水).
@pytest.mark.parametrize(
    "text", ["偷水的，停其家中自来水十天。", "私接水管的，停该户家里的生活用水三天。", "拒交水费的，停其户内用水。"]
)
def test_wshapes_supply_of_the_home(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV604"]


# Penalty labour pledged (愿为村里义务出工十天) or opening the consequence without an imposing verb.
@pytest.mark.parametrize(
    "text",
    [
        "假如乱砍竹木，愿为村里义务出工十天。",
        "乱砍竹木的，义务出工修林道十天。",
        "本户如有违反，自愿无偿打扫村道一个月。",
        "偷放鱼塘水的，义务巡塘十五天。",
    ],
)
def test_wshapes_labour_pledged_or_bare(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text", ["村民应义务出工修路五天。", "每户每年义务出工十天，用于修路。", "党员带头，义务清扫村道一天。"]
)
def test_wshapes_labour_pledged_or_bare_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A three-character line drops the verb: the 户口 told to go and no share, each a line of its own.
@pytest.mark.parametrize(
    "text",
    [
        "女出嫁，户要迁。",
        "出嫁女，无分红。",
        "闺女嫁，无田地。",
        "离了婚，户要迁。",
        "招郎婿，限一个。",
        "婚嫁事：女外嫁，户口须迁；不迁走，没有股份。",
    ],
)
def test_wshapes_three_character_women(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize("text", ["人外出，户要迁。", "好村风，无赌博。", "无分红，靠劳动。"])
def test_wshapes_three_character_women_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A label and a list of wrongdoings (黑榜事项：…、…), dealt with in the next sentence.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("三、黑榜事项：乱停乱放、毁坏绿化、遛狗不拴绳。每月拍照，连同当事人的门牌号一起发到业主群。", "CV603"),
        ("不文明行为：乱扔烟头、损坏公物。当年不享受村里发的年终福利。", "CV605"),
        ("黑名单情形：拖欠水费、私接管道。管水员当即关闭进户水阀。", "CV604"),
        ("失信情形：拖欠物业费、私占车位。门禁卡暂停使用。", "CV605"),
        ("黑榜内容：乱倒垃圾、赌博。照片贴在村口公示栏。", "CV603"),
    ],
)
def test_wshapes_list_then_its_measure(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "红榜事项：拾金不昧、孝敬老人、热心公益。每月由网格员拍照，连同门牌号一起发到业主群。",
        "工作内容：检修线路、清理水池。检修期间暂停供水。",
        "申请条件：户口在本村、家庭困难。符合条件的，纳入低保。",
    ],
)
def test_wshapes_list_then_its_measure_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A sum paid short of what the village owes him (少发他一百五十元) is a fine set off; goods listed with their
# weights and handed over in the next clause are a fine in kind.
@pytest.mark.parametrize(
    "text",
    [
        "经劝导仍不分类投放垃圾的，年底发放奖补时少发他一百五十元。",
        "乱倒垃圾的，年终慰问金少给五十元。",
        "不参加义务劳动的，发放分红时少分其二百元。",
        "失火的，由肇事户出白米一百斤、猪肉五十斤，交寨上办餐答谢救火的人。",
        "偷牛的，由其家出稻谷二百斤和腊肉二十斤，送到组里。",
    ],
)
def test_wshapes_short_paid_and_goods_listed(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "物价下降，今年少付承包费一百元。",
        "本月少发工资二百元，下月补齐。",
        "每户出大米十斤、菜油两斤，交村里办敬老宴。",
    ],
)
def test_wshapes_short_paid_and_goods_listed_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# The whole of a payment deducted, named first (分红全额扣发), and a group's collective as a later subject.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("偷捕的，海域租金奖励款全部扣除。", "CV602"),
        ("组内有人乱砍林木的，小组集体的护林补助款全部扣发。", "CV608"),
        ("村民小组内有人偷捕的，该组不得评先，小组集体应得的租金全部扣除。", "CV608"),
    ],
)
def test_wshapes_whole_deducted(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize("text", ["损坏公物的，维修费从押金中全部扣除。", "小组集体的租金收入全部用于修路。"])
def test_wshapes_whole_deducted_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# --- wcode (seventh session): the bearer and the object decide the code -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # voting and election rights written out are a member's status (CV606), not a service
        "屡教不改的，经村民代表会议讨论，取消其选举和被选举的资格。",
        "拒不执行村民会议决定的，暂停其参加村民代表会议和表决的权利一年。",
        "恶意闹访经劝阻无效的，停止其参加选举和投票的权利。",
        "违反本约情节严重的，村委会剥夺其选举和被选举的权利。",
        "凡违反本规约经教育不改的，除名其本组组员资格。",
        "对拒不履行调解协议的，撤销其本村村民资格。",
    ],
)
def test_wcode_voting_rights_and_struck_off_are_membership(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


@pytest.mark.parametrize(
    "text",
    [
        "依法保障村民参加选举和表决的权利。",
        "任何人不得剥夺村民参加村民会议和选举的权利。",
        "村民小组长由本组村民选举产生，任期与村委会相同。",
    ],
)
def test_wcode_voting_rights_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the group that takes the land or the things is the village's agent, not who bears the measure
        ("拒不执行村民会议决定的，由其所在小组收回其承包地。", ["CV602"]),
        ("私自改变耕地用途的，所在村民小组收回该地块另行发包。", ["CV602"]),
        ("毁林开荒屡教不改的，交由所在村民小组收回其口粮田。", ["CV602"]),
        ("偷砍集体林木的，由其所在组没收其工具。", ["CV602"]),
        ("经教育不改的，注销其组员资格，由其所在村民小组收回宅基地。", ["CV606"]),
        ("在水源地放牧屡教不改的，由该屯统一牵走其牛羊。", ["CV602"]),
        ("不服从村规划擅自建房的，由所在村民小组组织拆除其违建部分。", ["CV602"]),
        # the group that bears it keeps CV608
        ("组内有农户偷砍林木的，所在小组当年集体分红停发。", ["CV608"]),
        ("违反本约的，其所在村民小组当年不得享受村集体奖补资金。", ["CV608"]),
        ("家中有人吸毒的，由其家长交纳保证金五千元。", ["CV608"]),
    ],
)
def test_wcode_group_as_agent_is_not_the_bearer(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        # one member of the household or one person of the group is the doer, the household or the group bears it
        # (the member named in a clause before the condition's 的, or as the household's child: 家中子女)
        "家里有人在河道电鱼，被护河员当场查获的，该户本年度不得享受村集体发放的水费补贴。",
        "户内成员在林区野外用火，经劝阻不听的，取消该户当年护林补助。",
        "家中儿子聚众赌博、屡教不改的，停发其家庭当年的年终慰问金。",
        "户内儿子酗酒闹事的，其家庭当年的困难补助暂停发放。",
        "补充规定(三) 家里孩子在外偷盗的，其家庭当年不得领取村集体的年终福利。",
        "本组村民当中如有私自焚烧秸秆被查处的，本小组当年的秸秆禁烧补助全部取消。",
        "组员里有人违法建房拒不拆除的，该组当年不得申报村集体的道路硬化项目。",
    ],
)
def test_wcode_member_of_household_or_group_is_the_doer(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the doer's own household, or no measure at all
        ("村民在山林内用火，经劝阻不听的，取消该户当年护林补助。", ["CV605"]),
        ("村民中有违反本约的，由村委会批评教育。", []),
        ("本组村民中有考上大学的，本小组给予奖励。", []),
    ],
)
def test_wcode_member_of_household_or_group_lookalikes(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        # the wrongdoer named as himself (本人) after his household's measure, in the same sentence or past a
        # semicolon: the household is set apart from him and bears it for him (CV608)
        "偷捕的，其家庭当年不参加分红，本人由渔政部门依法处理。",
        "偷伐林木被查获的，车主家庭当年暂停发放生态补偿款；车主本人报林业部门依法处理。",
        "违规养殖的，取消其家庭当年分红；本人写出书面检讨。",
        "在禁渔区电鱼的，该户本年度不参加集体收益分配，当事人本人移交派出所处理。",
        "私设赌局的，其家庭当年的年终慰问金停发；本人由公安机关依法处理。",
        "放火烧荒引发山火的，其家庭三年内不享受护林补助；行为人本人依法追究责任。",
    ],
)
def test_wcode_household_set_apart_from_the_doer_himself(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("违规养殖的，取消其当年分红；本人写出书面检讨。", ["CV602"]),
        ("违规养殖的，其家庭当年不得享受分红。", ["CV602"]),
        ("申请宅基地须由户主本人签字，其家庭成员不得代签。", []),
        # what he does for himself does not set the household apart (the household was only his own)
        ("违规养殖的，取消其家庭当年分红；本人自行到镇上申请。", ["CV602"]),
        ("拒不配合人口普查的，村里暂停为该户代办各项补贴，由其本人自行去镇上办理。", ["CV605"]),
    ],
)
def test_wcode_household_set_apart_lookalikes(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        # membership of a voluntary association is the association's own affair (docs/clause-codes.md)
        "老年协会会员违反章程屡教不改的，经理事会讨论取消其会员资格。",
        "合作社社员私自外销产品的，取消其会籍。",
        "红白理事会成员收受礼金的，取消其会员身份。",
        "用水户协会会员连续两年不交会费的，经会员大会表决，注销其会员证。",
        "协会会员违反协会章程的，暂停其会员权利一年。",
        "会员有损害协会声誉行为的，由理事会决定取消其会员资格，并在协会内通报。",
    ],
)
def test_wcode_association_membership_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # what the expulsion takes keeps its code, and the village's own membership is CV606
        ("用水户协会会员拒交水费的，取消其会员资格，并停止其灌溉用水。", ["CV604"]),
        ("违反本约屡教不改的，取消其村民资格。", ["CV606"]),
        ("会员偷水的，取消其集体经济组织成员资格。", ["CV606"]),
    ],
)
def test_wcode_association_membership_lookalikes(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        # married out in a register's words (婚出, 婚迁): her marriage decides the loss (CV607, not CV606/CV602)
        "婚出的女性自办理结婚登记之日起丧失本社成员资格。",
        "婚迁出本村的女子，其股份由合作社收回。",
        "因婚迁出的妇女不再享受本村分红。",
        "婚出女户口未迁的，只分半股。",
        "婚迁的女儿次年起不再参与土地调整。",
        "婚出的闺女，村里收回其口粮田。",
    ],
)
def test_wcode_married_out_in_register_words(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "村里不得以婚出为由取消妇女的成员资格。",
        "婚出的女性依法保留其土地承包经营权。",
        "婚入的媳妇户口迁入后可登记为本社成员。",
    ],
)
def test_wcode_married_out_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the topic a semicolon closes (a table pasted as text: 项目：…；处理：…) gives its eligibility words to
        # the measure after it: a benefit taken from one not eligible is lawful
        "项目：骗取低保；处理：查实后取消其低保资格，追回违规领取的低保金。",
        "违规事项：冒领高龄津贴；处理办法：停发其高龄津贴，追回已领款项。",
        "情形：户口已迁出本村；处理：不再享受本村分红。",
        "虚报家庭收入的；取消其低保。",
        "类别：重复领取危房改造补助；处理：取消其补助资格。",
        "问题：隐瞒家庭财产；措施：停发其低保金。",
    ],
)
def test_wcode_eligibility_in_the_topic_before_a_semicolon(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("项目：乱倒垃圾；处理：取消其当年低保资格。", ["CV605"]),
        ("违规事项：私自砍伐林木；处理办法：停发其当年生态补偿款。", ["CV602"]),
        ("项目：骗取低保；处理：罚款五百元。", ["CV601"]),
    ],
)
def test_wcode_eligibility_topic_lookalikes(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# w601: money exacted under other names: a sum per unit of a shortfall or an overrun of a time limit (每少出一个工
# 折款, 每缺一个工交, 逾期每天交纳), a due collected in advance for arrears (保洁费预收三年), goods given for the
# community's use (出肥猪一头，供全寨…), all CV601 (docs/clause-codes.md); a price per day, a voluntary
# substitution and a festival's shared contribution stay clean.
@pytest.mark.parametrize(
    "text",
    [
        "修村道每户出工八个，每少出一个工折款一百元。",
        "义务工每户每年十个，每缺一个工交三十元。",
        "建房材料堆放不得超过十天，逾期每天交纳占道费五十元。",
        "办丧事搭棚占道最多三天，每超过一天，向村里交纳占用费一百元。",
        "拖欠垃圾清运费的户，下一年度清运费一次性预收两年。",
        "偷砍风景树的，出大米一百斤，供全村过节聚餐。",
        "乱放牛羊糟蹋庄稼的，由畜主出酒二十斤请全组人喝。",
    ],
)
def test_w601_money_under_other_names(text: str) -> None:
    assert "CV601" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "每天收取停车费五元。",
        "水费每月缴纳一次，每户每月交二十元。",
        "村礼堂借用费每天一百元。",
        "物业费每年预收一次。",
        "每多用一吨水加收一元。",
        "寨里过节，每户出糯米五斤，供全寨做粑粑。",
        "每户每年出义务工十个，可以出钱代工，每个工一百元。",
    ],
)
def test_w601_money_under_other_names_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# w601: contract money already paid and kept (已交承包费不退) is the contract's remedy when the contract ends for
# its own breach (misuse, subletting, arrears), clean; kept for another wrongdoing it is CV601, never a thing
# kept (CV602) (docs/clause-codes.md).
@pytest.mark.parametrize(
    "text",
    [
        "承包户偷盗集体财物的，已交的承包费不予退还。",
        "租用村集体门面的商户在村里打架斗殴的，已交租金一律不退。",
        "承包山林的农户参与赌博的，已交承包金不再退还。",
    ],
)
def test_w601_contract_money_kept_for_another_wrong(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "果园承包人不按合同约定用途经营的，村里收回果园，已交承包款不予退还。",
        "承租人擅自转租的，解除租赁合同，已交租金不退。",
        "集体林地承包户不得改变用途。私自开矿的，终止承包合同，已交承包费不退。",
        "承包期内村民自愿退包的，已交承包费不退。",
    ],
)
def test_w601_contract_money_kept_for_its_own_breach(text: str) -> None:
    assert "CV601" not in {m.code for m in unlawful_measures(text)}


# w601: 收缴 takes things even when they are listed after the first object (其所挖虫草和铁镐、帐篷等工具); a
# collection round from every household (收缴各户的废农药瓶) is no seizure.
@pytest.mark.parametrize(
    "text",
    [
        "进山采药的外地人员，护林队有权收缴其所采药材和锄头、背篓等工具。",
        "未经登记进山挖笋的外村人，护林员有权收缴其所挖竹笋以及砍刀、麻袋等物。",
        "外来人员私自下河电鱼的，巡河员可收缴其渔获和电瓶、网兜等器具。",
    ],
)
def test_w601_seizure_of_things_listed_after_the_verb(text: str) -> None:
    assert "CV602" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "村里统一收缴各户的废旧农药瓶和农膜，集中无害化处理。",
        "由网格员收缴各户填好的调查表和户口本复印件。",
        "每月初由保洁员收缴各家的可回收垃圾和废旧电器。",
    ],
)
def test_w601_collection_round_is_no_seizure(text: str) -> None:
    assert unlawful_measures(text) == []


# w601: other verbs of pulling down (强行铲除其地基, 推倒其围墙) are CV602; a treat paid under other names (伙食费,
# 烟酒开支, 吃饭的钱) is CV601; a thing held until the arrears the condition is about are paid is the holding
# alone (CV602), the arrears being a debt.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("在耕地上建房的，由村委会强行铲除其地基。", {"CV602"}),
        ("私自在河道砌墙的，由村里推倒其围墙。", {"CV602"}),
        ("占用村道搭棚的，组里强制推平其棚舍。", {"CV602"}),
        ("打架斗殴的，由其支付全组人员当天的伙食费。", {"CV601"}),
        ("偷牛的，承担全寨吃饭的钱。", {"CV601"}),
        ("偷电的，其电器由村里暂时保管，交清电费后返还。", {"CV602"}),
    ],
)
def test_w601_pulled_down_treats_and_arrears(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        "发现种植罂粟的，报公安机关强制铲除。",
        "村里组织人员铲除公路两旁的杂草。",
        "村干部的伙食费由村集体负担。",
        "参加培训的村民，伙食费由村里支付。",
        "村里请电影队放电影，由村集体支付放映费。",
    ],
)
def test_w601_pulled_down_treats_and_arrears_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# w601: money named by its purpose (警示金, 惩戒金) is a fine by name; a dividend called 分配款 is the member's
# share (CV602); a wrongdoing written as 随地… is one.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("放火烧荒的，处以警示金200元。", "CV601"),
        ("在禁渔期捕鱼的，处以惩戒金三百元。", "CV601"),
        ("违反护林公约的，给予惩罚金五百元。", "CV601"),
        ("随地大小便的，每人次缴纳清洁费十元。", "CV601"),
        ("不服从调解的，本年度分配款暂缓发放。", "CV602"),
        ("煽动闹事的，停发其当年的分配金。", "CV602"),
    ],
)
def test_w601_named_fines_and_shares(text: str, code: str) -> None:
    assert code in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "严禁收取任何警示金。",
        "本村不设警示金。",
        "村里不得以任何名义向村民收取惩戒金。",
        "本年度分配款于腊月二十发放。",
    ],
)
def test_w601_named_fines_and_shares_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# w601: fines in kind with the community named first (向全组交一头猪) or goods named between weights (一百斤米和
# 一头羊给寨里); a payment called a fine (罚交水费) is one even when counted in a due; 打群架的双方 is a doer.
@pytest.mark.parametrize(
    "text",
    [
        "偷放鱼塘水的，赔偿损失并向全组交一头猪。",
        "打群架的双方，各出一百斤米和一头羊给寨里过节。",
        "在寨子里赌钱的，给寨里送酒二十斤。",
        "私自接水的，每户罚交水费五百元。",
        "偷电的，罚缴电费三百元。",
    ],
)
def test_w601_fines_in_kind_and_by_name(text: str) -> None:
    assert "CV601" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "过年时各户向寨里交米五斤，供全寨聚餐。",
        "寨里过节，每户出糯米五斤和一只鸡给寨里。",
        "签订协议的双方，各执一份。",
        "用水户按月交水费，每吨二元。",
    ],
)
def test_w601_fines_in_kind_and_by_name_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# --- w603: the village's own water keeper, things not given back, animals held ------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("拖欠水费三个月的，本寨自来水站停止供水。", "CV604"),
        ("欠交水费一年以上的，村供水站关闭其进户水阀。", "CV604"),
        ("不交水费的用户，由组里的供水站暂停供水。", "CV604"),
    ],
)
def test_w603_village_water_keeper(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("拖欠水费的，供水公司按供水合同催告后停止供水。", "CV604"),
        ("违章搭建的棚子由村委会强行拆除，材料不予退还。", "CV605"),
        ("私建的猪圈由村里拆除，建材一律不予返还。", "CV605"),
        ("鸡、鸭进入菜地的，由巡逻队赶走关押。", "CV603"),
        ("牛羊进入封山区的，由护林员关押，待畜主领回。", "CV603"),
    ],
)
def test_w603_not_this_code(text: str, absent: str) -> None:
    assert absent not in [m.code for m in unlawful_measures(text)]


def test_w603_animal_first_still_shows_the_owner() -> None:
    text = "犬只在草坪排便而主人不清理的，物业将监控截图发业主群曝光。"
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a row written as text: the row's label is the condition (a benefit obtained by fraud is withdrawn)
        ("项目：冒领救助金；处理：停发其救助金，追回冒领部分。", []),
        ("事项：虚报家庭收入；处罚：停发其当年的低保金。", []),
        ("行为：打架斗殴；处理：取消其当年的慰问金。", ["CV605"]),
    ],
)
def test_w603_row_label_is_the_condition(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


@pytest.mark.parametrize(
    "text",
    ["违章建房的，暂不给其开户通电。", "拒签协议的，燃气站暂不为其开户通气。"],
)
def test_w603_connection_not_yet_made(text: str) -> None:
    assert "CV604" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("不交垃圾费的，村保洁员不收其家垃圾。", "CV605"),
        ("违规建房的，村委会不为其办理房屋产权登记。", "CV605"),
        ("不参加村民大会三次的，在村务栏中公布名单。", "CV603"),
        ("拒交保洁费的，每月底通报违规户名单。", "CV603"),
        ("违规养狗的，不允许其在村卫生室看病。", "CV605"),
    ],
)
def test_w603_more_of_the_family(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "迁出本村的，注销其户籍登记。",
        "村委会每季度公布低保名单。",
        "经评议，在公示栏公布先进户名单。",
        "村民建房须到村委会办理登记。",
    ],
)
def test_w603_more_of_the_family_lawful(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]
    assert "CV605" not in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "违反者，村里的红白理事会不为其操办红白喜事。",
        "违反村规的，村里不帮其家料理丧事。",
        "违者不得使用村里的晒谷场。",
    ],
)
def test_w603_village_services_in_kind(text: str) -> None:
    assert "CV605" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize("text", ["红白理事会为村民操办红白喜事，不收费用。", "村民使用晒谷场须服从安排。"])
def test_w603_village_services_in_kind_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("偷盗的，扣在村部，由其家长来领。", "CV603"),
        ("偷窃的，罚其在全村群众大会上作出深刻检查。", "CV603"),
        ("违反禁火令的，人员由护林队留在检查站，待其家属领回。", "CV603"),
        ("违规上访的，由村干部陪同其回村。", "CV603"),
        ("违者，掐掉他家的电。", "CV604"),
        ("违者，拔掉其家的水管。", "CV604"),
        ("违反用水规定的，将其家的水表拆回村委会。", "CV604"),
    ],
)
def test_w603_holding_and_cutting_more(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    ["放学后由家长来接。", "村里组织检查组，在大会上作检查汇报。", "村干部陪同其回村探望老人。", "停电时请关闭电源。"],
)
def test_w603_holding_and_cutting_more_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("违反规定的，该户不能享受村里统一购买的农业保险。", "CV605"),
        ("违反约定的，年终不给其发米和油。", "CV605"),
        ("违规的，三年内不予安排其子女在村里的企业就业。", "CV608"),
    ],
)
def test_w603_welfare_in_kind(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "村里统一为各户购买农业保险，保费由村集体承担。",
        "逢年过节，村里给老人发米和油。",
        "不交农业保险费的，不予理赔。",
    ],
)
def test_w603_welfare_in_kind_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a question naming her, its answer the denial
        "问：嫁出去但户口还在村里的闺女，拆迁款怎么算？答：按一般村民的一半发给。",
        "问：离婚后回村的妇女能不能分地？\n答：只分口粮田。",
        "问：外嫁女的股份怎么处理？答：一律收回。",
        # a verse's short words: the daughter married out, the registration made to go
        "女出嫁，户要迁，留在村里不分钱。",
        "女儿远嫁外省的，户口得迁走。",
        "闺女嫁了人，户口就得迁出去。",
    ],
)
def test_w606_her_status_asked_or_versed(text: str) -> None:
    assert "CV607" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "问：出嫁女户口没迁的，能分红吗？答：能，与其他村民一样。",
        "男女平等，女出嫁，户口可迁可留，权益不变。",
        "子女出嫁，户口要迁入男方的，村里协助办理。",
    ],
)
def test_w606_her_status_asked_or_versed_lawful(text: str) -> None:
    assert "CV607" not in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # the money her status costs her is the CV607 loss itself, not a fine beside it
        "出嫁女户口不迁出的，每年须向村里交纳占地费三百元。",
        "外嫁女户口留在本村的，每年要交户口管理费二百元。",
        "离婚妇女户口迁回的，每年必须向组里缴纳三百元集体资产使用费。",
    ],
)
def test_w606_a_yearly_price_of_her_status_is_cv607_alone(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


def test_w606_a_fine_after_her_denial_keeps_its_code() -> None:
    assert [m.code for m in unlawful_measures("外嫁女不得分红；违者罚款五百元。")] == ["CV607", "CV601"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a separate measure on the doer himself, in a clause that names him, keeps its own code
        ("吸毒的，其家属不得享受村集体福利，本人停发当年分红。", ["CV608", "CV602"]),
        ("聚众赌博的，全家当年不得享受年终慰问，当事人停发两年分红。", ["CV608", "CV602"]),
        ("偷盗耕牛的，其子女不得享受助学金，违者本人收回其承包地。", ["CV608", "CV602"]),
        ("超生的子女不予配股，其父母本人的股份红利按七折计发。", ["CV608", "CV602"]),
        # the household or its kin named again: one collective finding
        ("吸毒的，其家属不得享受村集体福利，并停发该户当年分红。", ["CV608"]),
        ("偷盗的，其子女不得享受助学金，本人及其家属停发分红。", ["CV608"]),
    ],
)
def test_w606_the_doers_own_measure_beside_his_kins(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a benefit left out in so many words after a wrongdoing, or a share not divided out to him
        ("拒不服从搬迁安排的，今后村里的一切福利待遇与其无关。", "CV605"),
        ("拒不服从搬迁安排的，村集体的分红与其无关。", "CV602"),
        ("拒交卫生费的，年底分红没有他的份。", "CV602"),
        ("毁坏集体林木的，当年的护林补贴没有该户的份儿。", "CV605"),
        ("放火烧山的，三年内不分集体林收益。", "CV602"),
        ("私占集体土地不退的，今后征地补偿款不再分给他，分红也不分他的。", "CV602"),
    ],
)
def test_w606_left_out_in_so_many_words(text: str, code: str) -> None:
    assert code in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "本村集体收益分配与外来租户无关。",
        "村里的纠纷与其无关的，不得干涉。",
        "讲卫生，门前扫；不改正，通报批评；评先进，没他份。",
    ],
)
def test_w606_left_out_in_so_many_words_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # membership named by the settlement's own people, struck off a roll, or no longer counted as one of them
        "违者，取消其本屯屯民资格。",
        "屡教不改的，取消其本寨寨民身份。",
        "拒不履行赡养义务的，村里不再把他当本村人对待。",
        "违反本规约的，村民小组有权将其从组员名单中除名。",
        "违反本规约的，将其名字从村民花名册里划掉。",
        "不服从寨规的，将其名字从寨民名册中去掉。",
    ],
)
def test_w606_membership_by_the_settlements_words(text: str) -> None:
    assert "CV606" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "本寨寨民资格依照法律和本寨章程确认。",
        "村民死亡的，由村民小组将其从组员名单中删除。",
        "外来务工人员可以把这里当自己家，遵守本约。",
    ],
)
def test_w606_membership_by_the_settlements_words_lawful(text: str) -> None:
    assert "CV606" not in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # an award named by its task, withheld from the group for one household's act
        "某户失火殃及四邻的，该户所在片区当年的防火奖全部取消。",
        "某户失火的，该组当年的防火奖全部取消。",
        "组内有农户乱砍滥伐的，取消该组当年的护林奖励。",
        "哪个组的人在禁牧区放牧，该组的禁牧奖励金一律扣除。",
    ],
)
def test_w606_a_groups_award_for_one_households_act(text: str) -> None:
    assert "CV608" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    ["组内农户积极护林的，该组当年给予奖励。", "某户失火的，取消其本人当年的防火奖。"],
)
def test_w606_a_groups_award_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    ["村民死亡或户口迁出的，从村民名单中删除。", "成员死亡的，从成员名册中除名。"],
)
def test_w606_struck_off_the_roll_by_the_laws_own_case(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a share named by what is shared, the settlement's own name for the place, a wife married in, sent back
        # to her parents, the farmer-to-farmer marriage
        "出嫁的女儿回娘家坐月子的，不得在村里分粮。",
        "外嫁女生育的孩子，不能在本寨上户口。",
        "离了婚的媳妇，一律回娘家落户。",
        "娶外地媳妇的，媳妇须满三年方能分地。",
        "农嫁农妇女户口未迁入男方的，男方村不予分配。",
        "嫁到外屯的姑娘，年底不得在本屯分钱。",
    ],
)
def test_w606_her_loss_in_village_words(text: str) -> None:
    assert "CV607" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "离婚妇女可以自愿选择回娘家落户。",
        "娶媳妇的人家，应当移风易俗，婚事简办。",
        "村民娶外村媳妇的，媳妇户口迁入后与其他村民同等分配。",
        "出嫁女在婆家未分到地的，娘家村保留其承包地。",
    ],
)
def test_w606_her_loss_in_village_words_lawful(text: str) -> None:
    assert "CV607" not in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a child out of school (辍学, 旷课) is the child's act; the household bears it
        "学生辍学的，该生家庭不予享受教育扶贫资金。",
        "适龄儿童辍学的，其家庭不得享受低保。",
        "子女辍学打工的，其父母当年不得享受村集体分红。",
        "学生旷课的，取消其家庭的年终慰问金。",
    ],
)
def test_w606_a_child_out_of_school_borne_by_the_household(text: str) -> None:
    assert "CV608" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    ["因病辍学的学生，村里给予助学补助。", "对辍学的学生，村委会应协助学校劝返。"],
)
def test_w606_a_child_out_of_school_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# --- wshapes (seventh session), continued ----------------------------------------------------------------
# A table pasted as text: the row's sanction cell (处理：…) goes with its act, eligibility words included.
@pytest.mark.parametrize(
    "text",
    [
        "项目：骗取低保；处理：查实后取消其低保资格，追回已领的低保金。",
        "行为：冒领补贴；处罚：取消其补贴资格。",
        "事项：户口迁出本村；处理：停发其村民福利。",
    ],
)
def test_wshapes_table_row_eligibility(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("违规行为：乱倒垃圾；处理办法：停止其低保。", "CV605"),
        ("行为：私接电线；处理：剪断其入户线。", "CV604"),
        ("违规事项：散养家禽；处罚标准：每只罚款二十元。", "CV601"),
    ],
)
def test_wshapes_table_row_sanction(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


# Penalty labour whose time stands in the next line of the verse.
@pytest.mark.parametrize(
    "text",
    [
        "违禁放牧毁幼林，义务出工修林道，每回十天莫推脱。",
        "偷鱼摸虾不像话，罚去巡塘，一次五天。",
        "乱倒垃圾的，义务打扫村道，每次三天。",
    ],
)
def test_wshapes_verse_labour_time_next_line(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize("text", ["村民应义务出工修路，每年五天。", "乱倒垃圾的，责令清理，三天内完成。"])
def test_wshapes_verse_labour_time_next_line_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A supply the village cut, restored once a sum is paid, the sum in a verse without its unit (交足一百保洁金，
# 阀门再给你打开): the sum is a fine; paying off the due's arrears before it is restored stays lawful.
@pytest.mark.parametrize(
    "text",
    [
        "谁家屡教仍不改，交足一百保洁金，阀门再给你打开。",
        "乱倒污水不听劝，交够二百卫生金，龙头才给你开通。",
        "私拉电线的，交三百整改金后方可恢复。",
    ],
)
def test_wshapes_sum_paid_to_restore(text: str) -> None:
    assert "CV601" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    ["拖欠水费三个月的，交清三个月水费后恢复。", "拖欠水费的，交齐三个月水费后恢复。", "欠缴水费的，交清水费后恢复。"],
)
def test_wshapes_sum_paid_to_restore_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A condition set on a line of its own, the measure on the next (posters, rhymed charters).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("私接电线者\n一律拉闸停电", "CV604"),
        ("谁家乱倒垃圾\n年底分红扣一半", "CV602"),
        ("不参加义务劳动的村民\n当年不享受村级福利", "CV605"),
        ("一、环境卫生\n乱倒垃圾的\n停止供水三天", "CV604"),
        ("哪户私占集体荒地\n当年惠农补贴停发", "CV605"),
    ],
)
def test_wshapes_condition_on_its_own_line(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize("text", ["关于处理乱倒垃圾的\n通知", "对乱倒垃圾的农户\n批评教育", "停水检修的\n提前一天通知"])
def test_wshapes_condition_on_its_own_line_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A verse says the object is lost rather than taken (分红全泡汤, 补助就作废, 田地分红都不留).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("喝酒闹事把人伤，当年分红全泡汤。", "CV602"),
        ("赌博的，慰问金全没了。", "CV605"),
        ("偷电的，低保补助就作废。", "CV605"),
        ("外嫁姑娘莫回头，田地分红都不留。", "CV607"),
    ],
)
def test_wshapes_verse_object_lost(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize("text", ["好好干活，分红全都有。", "分红全不留，用于修路。", "亏损之年，分红全泡汤。"])
def test_wshapes_verse_object_lost_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A question whether a woman may have a right, answered with a bare no.
@pytest.mark.parametrize(
    "text",
    [
        "问：出嫁女能分地吗？\n答：不能。",
        "问：上门女婿可以入股吗？答：不可以。",
        "问：离婚妇女能不能继续承包原来的地？答：不能。",
        "问：丧偶后改嫁的妇女还能享受村里的福利吗？答：不享受。",
    ],
)
def test_wshapes_question_answered_no(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "问：出嫁女能分地吗？答：能，与其他村民一样。",
        "问：离婚妇女的承包地会被收回吗？答：不会，依法保留。",
        "问：外嫁女可以把户口迁回来吗？答：可以。",
    ],
)
def test_wshapes_question_answered_no_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A list item or a verse line drops the pronoun (乱砍树，扣分红); the time it is found again opens a consequence.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("乱砍树，扣分红。", ["CV602"]),
        ("处理：①停水；②扣年终分红。", ["CV604", "CV602"]),
        ("第一次发现批评教育，第二次发现停水三天。", ["CV604"]),
        ("第二次查到偷电，拉闸断电。", ["CV604"]),
    ],
)
def test_wshapes_items_and_counts(text: str, codes: list[str]) -> None:
    assert sorted(m.code for m in unlawful_measures(text)) == sorted(codes)


@pytest.mark.parametrize("text", ["乱倒垃圾扣分。", "扣分后，年底分红照发。", "第二次发现的人员，奖励二百元。"])
def test_wshapes_items_and_counts_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A condition written over two clauses names its doer, a household member, in the first.
@pytest.mark.parametrize(
    "text",
    [
        "户内有人在禁牧区偷牧，一年内被查获两次以上的，该户当年草原补助由村里暂缓上报。",
        "家里有人赌博，被派出所处理过的，全家当年不享受慰问金。",
        "家庭成员中有人吸毒，经劝诫仍不改正的，停发该户的低保金。",
    ],
)
def test_wshapes_member_named_in_the_clause_before(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize(
    "text",
    ["本户承包的草场，超载放牧的，取消该户当年补贴。", "村民在禁牧区偷牧，一年内被查获两次的，取消其当年补贴。"],
)
def test_wshapes_member_named_in_the_clause_before_own(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV605"]


# A pledge hands the member's own share over to the collective as its consequence.
@pytest.mark.parametrize(
    "text",
    [
        "本人自愿遵守以上各条，如有违反，愿将本户当年分红捐给村集体。",
        "违者，将其当年分红上交村集体。",
        "若违背承诺，本户同意把年终分红全部交给村老年协会。",
    ],
)
def test_wshapes_pledged_share_handed_over(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


@pytest.mark.parametrize("text", ["股东自愿将当年分红捐给村老年协会。", "合作社将当年分红交给村集体统一发放。"])
def test_wshapes_pledged_share_handed_over_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A sentence that only forbids an act, and the next opening by pointing back at it or repeating its verb.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("严禁私自抽取灌溉渠水。对此，村里停止其当季灌溉供水。", "CV604"),
        ("任何人不得私挖河沙。挖了的，每车交五百元。", "CV601"),
        ("禁止在村道上晒粮。出现这种情况，取消当年种粮补贴。", "CV605"),
        ("村民不得饲养烈性犬。已饲养的，由村委会停止其供水。", "CV604"),
    ],
)
def test_wshapes_forbidden_then_referred(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    ["严禁乱倒垃圾。村里每年停水检修一次。", "严禁乱倒垃圾。检修的，停水一天。", "不得私挖河沙。对此，村里加强巡查。"],
)
def test_wshapes_forbidden_then_referred_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# x601 (seventh session): property taken (CV602) whatever the thing and however the debt arose.
# The gear of the wrongdoing is a thing taken, whether tools, furniture or machines.
@pytest.mark.parametrize(
    "text",
    [
        "聚赌窝点里的牌桌和凳子，由巡逻队一并收缴。",
        "深夜扰民场所的音箱，由治保会收缴。",
        "在河里电鱼的，电瓶由村里收缴。",
    ],
)
def test_x601_gear_of_the_wrongdoing_taken(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


# A consequence carried past a semicolon takes the animal its article named.
@pytest.mark.parametrize(
    "text",
    ["散放的鸭子：初次劝告；再犯由巡逻员捕走。", "养鹅不圈养：第一回提醒；第二回由组里捉走，不予退还。"],
)
def test_x601_carried_consequence_takes_the_named_animal(text: str) -> None:
    assert "CV602" in [m.code for m in unlawful_measures(text)]


# A loan or an advance the condition names as owed is a debt: setting it off against his share is CV602.
@pytest.mark.parametrize(
    "text",
    [
        "所欠村里的周转借款到期不还的，村里从其年底分红中扣抵。",
        "拖欠村里代交的养老保险费的，合作社从其应得的土地租金中抵扣。",
    ],
)
def test_x601_owed_advance_set_off(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


@pytest.mark.parametrize(
    "text",
    [
        "村民的养老保险个人缴费由村里先行垫交，年底从其分红中扣回。",
        "村民打牌娱乐的，桌椅由本人自行收拾。",
        "参与赌博的人员带回村部，由其家属领回。",
    ],
)
def test_x601_set_off_and_gear_lawful_or_other(text: str) -> None:
    assert "CV602" not in [m.code for m in unlawful_measures(text)]


# Fines in kind (CV601): unpaid work at a place, a common bill paid for a time, goods given away by count.
@pytest.mark.parametrize(
    "text",
    [
        "偷放牛羊进林的，当事人须戴上红袖章，在村口义务站岗五天。",
        "在渠边乱扔农药瓶的，到渠边无偿巡查十日。",
        "私搭电线偷电的住户，承担全组路灯三个月的电费。",
        "乱倒垃圾屡教不改的，负担本楼下一年度的保洁费用。",
        "偷砍竹子的，向村敬老院捐赠大米三百斤。",
        "打架斗殴的，为村里捐路灯十盏。",
    ],
)
def test_x601_fines_in_kind(text: str) -> None:
    assert "CV601" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "村民自愿向村小学捐赠图书二百册。",
        "全体住户按户分摊本单元一个月的公共照明电费。",
        "青壮年劳力每年在村道义务出工五天，用于道路养护。",
        "鼓励在外乡贤向敬老院捐赠大米。",
    ],
)
def test_x601_fines_in_kind_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A debt set off against his share is CV602 whatever the debt's name; a fee named by the wrongdoing and a
# multiple of a cost or of the replanting are fines; a thing caught and handed to the village is taken.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("拖欠集体的鱼塘租金，年底直接从其应分红利中扣抵。", "CV602"),
        ("在村道旁私搭棚屋的，每月缴纳乱搭占用费五十元。", "CV601"),
        ("乱倒渣土的，清理费按实际支出的三倍由倾倒户承担。", "CV601"),
        ("毁坏公益林苗木的，按毁坏株数五倍补栽。", "CV601"),
        ("放任鹅群进稻田的，捉住归组里。", "CV602"),
        ("私自接电的住户，由其承担全楼两个月的公共照明电费。", "CV601"),
    ],
)
def test_x601_set_off_named_fee_multiple_caught(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "清理费按实际支出由倾倒户承担。",
        "村民向合作社借款的，可约定年底从其分红中扣还。",
        "走失的鹅，捉住后交还失主。",
        "鱼塘的收益归组里。",
    ],
)
def test_x601_set_off_named_fee_multiple_caught_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# The village clearing things away to sell or keep them (清理变卖) is no 清理 aimed at a measure.
@pytest.mark.parametrize(
    "text",
    ["在河道私设地笼的，地笼由村统一清理变卖。", "违规在村道摆摊的，货物由巡逻队清理拍卖。"],
)
def test_x601_cleared_away_and_sold(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


@pytest.mark.parametrize("text", ["村里每年统一清理变卖集体的废旧物资。", "全面清理收费、罚款等不合理规定。"])
def test_x601_cleared_away_and_sold_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A fine paid in animals or goods that the village then disposes of is the fine (CV601), not a seizure; a
# taking verb before 为止 marks how long a fee runs.
@pytest.mark.parametrize(
    "text",
    ["偷猎野鸡的，罚肥猪一头，交由村委会统一处理。", "在河道堆放杂物的，每天收取占用费十元，直到搬走为止。"],
)
def test_x601_fine_in_kind_handed_over_and_fee_until_removed(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


# The village pulling down a member's works itself, by any verb of pulling down.
@pytest.mark.parametrize(
    "text",
    ["违规在河滩上搭建的猪圈，村里组织人员一律推倒。", "占用集体晒场盖棚子的，组里派人全部铲平。"],
)
def test_x601_village_pulls_down_by_any_verb(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


@pytest.mark.parametrize("text", ["村里组织人员推倒危房，另行安置住户。", "村委会派人铲平村口的土堆，方便通行。"])
def test_x601_village_pulls_down_by_any_verb_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# --- x606: a removal and a member's standing in one consequence sub-clause (CV606), whatever the wording ---
@pytest.mark.parametrize(
    "text",
    [
        "连续两年拒交卫生费的，由村民小组会议决定清退其挂靠户口。",
        "在村里聚众赌博屡教不改的，注销其在本组的社员档案。",
        "私自转卖安置房的，视作本户主动放弃移民户身份。",
        "长期拖欠集体承包款的，视同本人退出本村集体经济组织。",
        "偷砍集体林木的，划为“编外村民”。",
        "屡次违反村规的，撤销其在本村的挂靠关系。",
        "三次不参加义务劳动的，视为放弃下届村委会选举中的投票资格。",
        "换届选举中发钱拉票的，取消其两届选举权和被选举权。",
        "虚报人口骗取宅基地的，注销其本组户籍。",
        "在出租屋内开设赌场的，取消其在本社区的居住资格。",
    ],
)
def test_x606_removal_with_standing_is_expulsion(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


# a tenant or a member told to move out within a time, after a wrongdoing
@pytest.mark.parametrize(
    "text",
    [
        "租户在出租屋内吸毒的，限该租户五日内搬离本社区。",
        "房客深夜酗酒闹事、劝阻不听的，由网格员通知其七日内搬出本小区。",
        "外来人员在村内打架的，责令其三天内退租搬走。",
    ],
)
def test_x606_told_to_move_out_after_a_wrongdoing(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


@pytest.mark.parametrize(
    "text",
    [
        "会员违反协会章程的，经理事会决定取消其老年协会会员资格。",
        "村民去世的，注销其本村户籍。",
        "户口已迁出本村的，注销其成员档案。",
        "汛期来临时，通知住户一日内搬离。",
        "租赁期满的，通知承租人三日内搬出。",
        "房屋鉴定为危房的，通知其十日内搬离。",
        "无证摆摊的流动商贩，网格员有权责令其离开。",
        "违者取消其当年评先评优资格。",
        "村民有选举权和被选举权，任何人不得取消其选举资格。",
    ],
)
def test_x606_standing_lawful_or_protected_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# --- x606: a woman's status decides a loss in more ways (CV607) ---
@pytest.mark.parametrize(
    "text",
    [
        "招赘的女婿落户后，头三年的集体分红暂缓兑现。",
        "妇女丧偶后改嫁的，其名下的分红由前夫家户主代领。",
        "出嫁女的丈夫要求迁入的，村里不予开具落户证明。",
        "女儿出嫁的，从其父母户内减去一人份口粮田。",
        "女儿出嫁后户口不迁的，拆迁时按半个分配人口计算补偿。",
        "出嫁女要求保留户口的，须交纳挂户费五千元。",
        "本组闺女嫁到外乡，户口仍未迁出的，其责任田由组里收回。",
    ],
)
def test_x606_woman_status_decides_a_loss(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


# struck off with no object named (作除名处理), also when the roll is said to be "dynamically managed"
@pytest.mark.parametrize(
    "text",
    ["连续三年拖欠组里筹劳款的，作除名处理。", "社员名单实行动态管理：拒不履行村民义务的，按“除名”处理。"],
)
def test_x606_struck_off_without_an_object(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


@pytest.mark.parametrize(
    "text",
    ["成员实行动态管理：死亡的，作除名处理。", "违反协会章程的会员，予以除名。", "护林员玩忽职守的，予以除名。"],
)
def test_x606_struck_off_lawfully_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# xcode: the bearer in one step. One doer named in the condition (寨里有人, 组内出现, 本社社员有, 户内孩子, 一家),
# a larger holder (该寨, 全队, 该家庭, 其家人) owning or undergoing a removal, whatever the verb and the object.
@pytest.mark.parametrize(
    "text",
    [
        "寨里有人在水库电鱼的，该寨下一年度的渔业分成由村里扣减三成。",
        "队内出现私搭乱建未拆除的，取消该队本年度人居环境奖补款。",
        "本社社员有焚烧秸秆行为的，该社当年的禁烧奖励款全部取消。",
        "户内子女在校期间逃学打架的，取消该家庭当年“五好家庭”奖金三百元。",
        "一户乱排污水，全片停水三天。",
        "外出人员拒不返村参加防疫值守的，本人按天交纳误工款；其家人当年不参与困难补助评定。",
        "子女在楼道里乱扔烟头引起火情的，对其家庭停止供气一周。",
    ],
)
def test_xcode_one_doer_larger_holder_bears_it(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "寨里有人在水库电鱼的，由该寨组长报告村委会。",  # no removal: the group reports
        "组内有户卫生不达标的，该组不得评为年度文明小组。",  # a title alone
        "户内有人违法的，该户当年不参加星级文明户评选。",  # a title alone
        "组内有人乱占耕地的，由该组收回其承包的机动地。",  # the group as the village's agent
        "不得因一人违规而取消全组的项目资金。",  # negated
    ],
)
def test_xcode_one_doer_larger_holder_lawful_or_own_code(text: str) -> None:
    assert "CV608" not in [m.code for m in unlawful_measures(text)]


def test_xcode_fixed_sum_from_household_dividend_is_cv608_alone() -> None:
    found = unlawful_measures("户内有人在防火期上山烧香引发火情的，该户当年分红扣减两千元。")
    assert [m.code for m in found] == ["CV608"]


def test_xcode_kin_fetching_a_held_person_pay_a_fine_not_bear_it() -> None:
    found = unlawful_measures("喝酒闹事的，由巡逻队员将其约束在村部醒酒，家属领人时交照看费一百五十元。")
    assert "CV608" not in [m.code for m in found]


@pytest.mark.parametrize(
    "text",
    [
        # the doer dealt with before the semicolon, his household set apart after it
        "偷猎野生动物的，行为人由森林公安依法处理并赔偿损失；其家庭两年内不得申请村集体鱼塘承包。",
        # the group the household belongs to, named by 所在
        "户内有人在禁渔期电鱼的，其所在组当年的护渔补助款停拨。",
    ],
)
def test_xcode_set_apart_household_and_own_group_bear_it(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


def test_xcode_or_is_no_doer_set_apart() -> None:
    # 或者 is no doer: the household that built is dealt with as itself
    text = "超面积或者超层数建房的，由村委会依法处理；拆除前该户的各类证明村里不予出具。"
    assert "CV608" not in [m.code for m in unlawful_measures(text)]


# xshapes (seventh session, round 2): the structure that brings a measure to the code reader.
# A whole area or building below the village bears one household's act (一户…，全片/全楼…).
@pytest.mark.parametrize(
    "text",
    ["一户私接电线，全片区停电两天。", "楼里有一户拖欠物业费，全楼停水。", "一家乱倒垃圾，全单元停止供水。"],
)
def test_xshapes_area_bears_one_household(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize("text", ["全片区每年检修时停水一天。", "因管网改造，全楼停水半天，请各户提前储水。"])
def test_xshapes_area_bears_one_household_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# A numbered list under a sanction heading, its numbers written "1." "2." (half-width): the number's point is no
# sentence end, and the heading's penalty context goes on down the items.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("处罚：\n1.责令恢复原状;\n2.按占用面积每平方米加收五倍管理费。", "CV601"),
        ("处理办法:1.批评教育；2.按所砍株数每株加收三倍护林费。", "CV601"),
    ],
)
def test_xshapes_numbered_sanction_items(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


def test_xshapes_numbered_items_lawful() -> None:
    assert unlawful_measures("服务内容：\n1.清扫道路;\n2.按户收取卫生保洁费每月十元。") == []


# A long article: lawful measures, a semicolon, then the sanction on a person named by his role (对组织者本人，…).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("在耕地上私建坟墓的，由村委会劝导迁出，报镇里依法处理；对带头者本人，五年内村里不予出具各类证明。", "CV605"),
        ("大操大办的，由红白理事会劝阻；对操办人，当年不予享受村集体发放的年货补贴。", "CV605"),
    ],
)
def test_xshapes_role_named_after_semicolon(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


def test_xshapes_role_named_after_semicolon_lawful() -> None:
    assert unlawful_measures("办红事的，由理事会帮忙；对年满七十岁的老人，村里不予收取场地费。") == []
    assert unlawful_measures("户口迁入本村的，由村委会登记；对迁入者本人，当年不予分配宅基地。") == []


# What the village hands every household, named before those it is withheld from (给各户送的…，…户不再发放), and
# a wrongdoer named by his deed without 的 (乱砍滥伐户): the topic is the benefit, the clause names the wrongdoer.
@pytest.mark.parametrize(
    "text",
    [
        "端午节村里给每户分的粽子和鸡蛋，对当年私搭乱建的户不再发放。",
        "重阳节给全体村民送的慰问品，聚众赌博户一律不予发放。",
        "年底给各家发的大米，拒交卫生费的人家不再发放。",
    ],
)
def test_xshapes_benefit_named_before_the_wrongdoer(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV605"]


@pytest.mark.parametrize(
    "text",
    [
        "端午节村里给每户分的粽子，户口已迁出的户不再发放。",
        "给各户分的征地补偿款，由组长按名册发放。",
        "重阳节给老人送的礼品，今年不再发放。",
    ],
)
def test_xshapes_benefit_named_before_the_wrongdoer_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# The names of wrongdoers shown on a screen (在电子屏上滚动显示) are shown like those put on a board.
@pytest.mark.parametrize(
    "text",
    [
        "拖欠水费的，村委会把欠费户的户主姓名在村口显示屏上循环显示。",
        "偷电的，村委会把偷电户的姓名、偷电度数在村广场大屏幕上公示一个月。",
    ],
)
def test_xshapes_names_shown_on_a_screen(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV603"]


def test_xshapes_names_shown_on_a_screen_lawful() -> None:
    assert unlawful_measures("村民代表候选人的姓名在村口显示屏上循环显示。") == []


# Wrongs written with no marker of wrongdoing in them (贿选, 缺斤短两, 群租), and a building described by its wrong
# (未经批准加盖的房屋，…): the consequence is a sanction.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("换届时买票、贿赂选民的，三年内取消其选举资格。", "CV606"),
        ("卖菜短斤少两的摊贩，村里停止其摊位用电。", "CV604"),
        ("户内有人把出租屋群租给外地人的，该户子女当年不得享受村里的助学奖励。", "CV608"),
        ("私自加盖二层的房屋，村里不予接通自来水。", "CV604"),
    ],
)
def test_xshapes_wrong_without_marker(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "选举中拉票的，由选举委员会批评教育。",
        "经批准新建的房屋，由村里统一办理电表开户。",
        "群租房的消防检查由网格员负责。",
    ],
)
def test_xshapes_wrong_without_marker_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# Things named by the wrong they served, then taken with no object after the verb (…的牌桌，由村委会收缴).
def test_xshapes_things_of_the_wrong_taken() -> None:
    found = unlawful_measures("聚赌用的牌桌、骰子，由村调解会当场收缴。")
    assert [m.code for m in found] == ["CV602"]


@pytest.mark.parametrize("text", ["拖欠的卫生费，由村委会统一收缴。", "各户交的新农合保费，由组长统一收缴。"])
def test_xshapes_things_of_the_wrong_taken_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# The measure named first, then the wrongdoers it applies to (停水三天：适用于…者).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("断电五日：适用于私拉电线给电动车充电的住户。", "CV604"),
        ("不予出具各类证明（适用于拒不退还侵占集体土地的村民）。", "CV605"),
    ],
)
def test_xshapes_measure_before_the_wrongdoers(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize("text", ["停电半天：适用于线路检修期间。", "暂停供水（适用于水池清洗、管网改造等情形）。"])
def test_xshapes_measure_before_the_wrongdoers_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


# x603 (CV603): a garment or sign bearing a mark, worn after a wrongdoing, whatever it is and whoever wears it.
@pytest.mark.parametrize(
    "text",
    [
        "往河里乱倒垃圾的，责令其打捞干净，打捞时要穿上写着“污染河道”的背心。",
        "偷摘果子的，在果园帮工两天，帮工期间戴着印有「小偷」二字的帽子。",
        "夜里放火烧草的，须披上绣有“烧荒户”的绶带巡山一日。",
        "乱停乱放的车主，挂上标有违停字样的胸牌在路口执勤半天。",
    ],
)
def test_x603_marked_garment_worn(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "护路员上路清扫时须穿戴印有“护路”字样的反光背心。",
        "志愿者在集市执勤时佩戴写有“志愿服务”的红袖章。",
        "乱倒垃圾的，责令清运；清运人员须身穿反光背心。",
    ],
)
def test_x603_marked_garment_worn_lawful(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# x603 (CV603): a confession made at a meeting named without 在, or read out there; a name read out on a
# medium, the person after the verb; a name shown on a screen by 显示.
@pytest.mark.parametrize(
    "text",
    [
        "酒后闹事的，下月党员会上要登台念检讨。",
        "偷拿公物的，在户主会上当众朗读悔过书。",
        "借钱不还的，广播里每天中午通报一遍他的名字。",
        "恶意欠费的，将欠费户门牌号在小区显示屏上循环显示。",
    ],
)
def test_x603_public_confession_and_name_shown(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "每季度召开一次户主会，村干部在会上作述职和工作检讨。",
        "村里的广播每天中午播报天气和通知。",
        "小区显示屏上循环显示停水通知和物业电话。",
        "打架斗殴的，责令其写出书面检讨。",
    ],
)
def test_x603_public_confession_and_name_shown_lawful(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# x603 (CV604/CV605): the sub-clause reading widened: a refusal done for the person (不为其…, 不开其…), 不得 with
# where the village's thing stands (不得在…), a bare 不批 closing the clause, 掐断, and the objects a
# household draws water by (抽水, 灌田, 接户管) or the village serves (食堂, 出游, 停车场).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("拒不参加清淤的，管水员当年不为其安排抽水浇地。", "CV604"),
        ("偷挖渠堤的，护渠员不放其渠口的水。", "CV604"),
        ("私改电表的，电工直接掐断其进户管线和电表。", "CV604"),
        ("违章搭建的，其新房接入自来水一律不批。", "CV604"),
        ("欠交水费不补的，不得在村东机井取水。", "CV604"),
        ("酗酒闹事的，三个月内不得在老年食堂吃饭。", "CV605"),
        ("乱贴广告的，今年的秋游不再邀请其参加。", "CV605"),
        ("占道经营的，不得使用集体停车场。", "CV605"),
    ],
)
def test_x603_wide_supply_and_service(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "村民不得在机井旁洗衣洗菜。",
        "老年食堂每天中午开饭，不得在食堂内吸烟。",
        "供水站按供水合同书面催缴水费；催缴后仍不交的，提前五日通知后中止供水。",
        "村里每年组织老人秋游一次。",
        "建房临时用电由供电所审批，村委会不批。",
    ],
)
def test_x603_wide_supply_and_service_lawful(text: str) -> None:
    assert [m.code for m in unlawful_measures(text) if m.code in ("CV604", "CV605")] == []


def test_x603_subsidy_named_by_its_land_is_welfare() -> None:
    text = "乱烧秸秆的，村里不为其申报耕地地力保护补贴。"
    assert [m.code for m in unlawful_measures(text)] == ["CV605"]


# x603: the time of a set task (清理期间) is no abolition of measures; a list of wrongdoers shown is a name shown;
# a supplier naming its supply contract acts on its bill.
@pytest.mark.parametrize(
    "text",
    [
        "乱堆柴草的，须清理村道一天，清理期间佩戴印有「占道」字样的袖标。",
        "拒交物业费的，业主名单在单元门口的显示屏上循环公示。",
    ],
)
def test_x603_time_of_task_and_list_shown(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


def test_x603_supplier_under_its_supply_contract_lawful() -> None:
    text = "燃气公司根据供用气合同向欠费用户发出催告，仍不缴纳的，按规定程序停止供气。"
    assert unlawful_measures(text) == []


# x603 (CV603): leave asked for one's movements in the consequence itself; a released prisoner is a condition
# like one sentenced (the charter adds a reporting duty).
@pytest.mark.parametrize(
    "text",
    [
        "有赌博前科的人员出远门的，须先向治保主任请假并讲清去向。",
        "刑满释放后回到本组的，每半月要去村部签到一次。",
    ],
)
def test_x603_leave_and_reporting(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    ["护林员因病不能巡山的，须提前向村委会请假，说明返回时间。", "刑满释放人员回村后，村里帮助其联系务工岗位。"],
)
def test_x603_leave_and_reporting_lawful(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# x603 (CV603): a person restrained in the village's room (约束, 关押), or kept until an hour and only then let go.
@pytest.mark.parametrize(
    "text",
    [
        "酒后砸坏东西的，治保员把他约束在值班室里。",
        "夜间偷鱼的，看护员将人押回鱼塘边小屋，关到第二天早上才放走。",
    ],
)
def test_x603_held_until_an_hour(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    ["违停的车辆，扣到车主交清拖车费再放行。", "村卫生室夜间留到晚上九点才关门。"],
)
def test_x603_held_until_an_hour_lawful(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# y601 (CV601/CV602): a due collected in advance by any verb (预交, 提前缴纳); a fee to fetch a person or thing
# back opening its own clause (领取时，须交); things put into the hands of any village body named in full;
# animals penned by any 圈 verb.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("拖欠垃圾清运费的，下一年度须提前缴纳三年的清运费。", "CV601"),
        ("屡次不交水费的，水费改为预付半年。", "CV601"),
        ("乱放的耕牛由看护员牵回村部看管，畜主认领时，须交看管费每头五十元。", "CV601"),
        ("私自上山砍竹的，所砍竹子一律收归本组林业互助社。", "CV602"),
        ("违规进入水源保护区放牧的，由护林员将牛羊赶到村部圈存。", "CV602"),
    ],
)
def test_y601_money_and_things_widened(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "村民可以在年初预交全年的水费，享受九五折优惠。",
        "本村集体土地经依法征收的，补偿款收归村股份经济合作社统一管理。",
        "冬季牲畜应当圈起来，防止走失。",
        "失物由村委会保管，失主认领时须出示有效证件。",
    ],
)
def test_y601_money_and_things_widened_lawful(text: str) -> None:
    codes = [m.code for m in unlawful_measures(text)]
    assert "CV601" not in codes and "CV602" not in codes


# y601 (CV601): a bill of the whole building, group or public put on one household for a time, in either order
# (the bill named first, then 由其承担), for a month or a season too; the building named with 该 is whose bill it
# is, not who bears it (no CV608).
@pytest.mark.parametrize(
    "text",
    [
        "在院坝里烧垃圾的，下个月全组的路灯电费由该户负担。",
        "私占楼道堆放杂物、屡劝不改的，由其承担所在单元一个季度的公共保洁费用。",
        "经网格员劝说两次仍乱停车的，由其承担该楼栋本月的公共照明电费。",
    ],
)
def test_y601_shared_bill_put_on_one(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    ["本楼栋当月公共照明的电费由全体住户按户分摊。", "下个月起，全组的路灯电费由村集体负担。"],
)
def test_y601_shared_bill_put_on_one_lawful(text: str) -> None:
    assert "CV601" not in [m.code for m in unlawful_measures(text)]


# y601 (CV602): an animal straying where it does harm is described by its wrongdoing, so taking it is a taking;
# a thing handed to the community to be shared out, eaten, sold or used in common is put in public hands; a due
# prepaid with its period named first (CV601).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("鸡鸭钻进菜园啄食蔬菜的，看园人可以抓住，送村里统一变卖。", "CV602"),
        ("耕牛闯入集体茶园的，由茶园管护员牵走，作为组里公用。", "CV602"),
        ("猪跑到别人田里拱食庄稼的，捉到后交寨里宰杀分吃。", "CV602"),
        ("不按时清理门前垃圾、屡教不改的，明年全年的清运费须提前缴纳。", "CV601"),
    ],
)
def test_y601_stray_animals_and_prepaid_period(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "牛羊进入公路的，由畜主及时牵走。",
        "村民捐赠的桌椅作为村里公用。",
        "村民下一年度的水费可以提前交纳。",
        "家禽下田的，主人应当及时赶回。",
    ],
)
def test_y601_stray_animals_and_prepaid_period_lawful(text: str) -> None:
    codes = [m.code for m in unlawful_measures(text)]
    assert "CV601" not in codes and "CV602" not in codes


# y601 (CV602): money the member paid in (已交租金) kept when his lease ends for its breach is the contract's
# remedy (or CV601), never his share withheld; his own rent share withheld stays CV602.
@pytest.mark.parametrize(
    "text",
    [
        "承租村里鱼塘的人擅自转包的，村里依照合同解除合同，已交租金一律不予退还。",
        "租用集体仓库的商户擅自改变用途的，按租赁合同解除租约，已经缴纳的租金不予退还。",
    ],
)
def test_y601_paid_in_rent_kept_is_no_share(text: str) -> None:
    assert "CV602" not in [m.code for m in unlawful_measures(text)]


def test_y601_own_rent_share_withheld() -> None:
    assert "CV602" in [m.code for m in unlawful_measures("乱倒垃圾的，其土地租金不予发放。")]


# y608 (CV608): the bearer step's classes at their widest — a doer named as any one of a group (片区内有一户,
# 联保组中任一户, 家族里有人, 嘎查内某户), a member other than the head, and a holder that itself says the doer
# belongs to it (该户所在浩特, 其所在片, 其余三户, 其他各家).
@pytest.mark.parametrize(
    "text",
    [
        "联防组中任何一户私拉电网的，其余各户当年的治安奖励一律扣除。",
        "家族里有人偷砍集体林木的，全族本年度的山林分成停发。",
        "片区内某户乱倒垃圾经提醒不改的，该片区本季度的保洁补助缓拨。",
        "户主以外的家属酒后滋事的，该户下一年度的危房改造补助不予安排。",
        "在禁牧区偷放羊只的，没收羊只；该户所在浩特当年的草原生态补贴停发。",
        "私自开荒的，其所在嘎查的禁牧补助资金暂停发放。",
        "邻里互保的五户中有一户发生违法用火的，其他四户的年终分红一并取消。",
    ],
)
def test_y608_bearer_widest(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "家族里有人考上大学的，由村里给予奖励。",
        "其余各户按人口平均分配当年的分红。",
        "户主以外的家庭成员也可以代为领取补贴。",
        "该户所在嘎查应当协助核实放牧情况，不得隐瞒。",
        "联保组中任一户发生火情，其余各户应当及时帮助扑救。",
    ],
)
def test_y608_bearer_widest_lawful(text: str) -> None:
    assert "CV608" not in [m.code for m in unlawful_measures(text)]


# y608 (CV608): a group's someone without the locative (哪个屯有人, 本队有户), and a supply cut by whatever is done
# to it (关闭, 锁住, 掐断, 停灌); a help or a request the household makes, or a condition that is no wrongdoing, stays clean.
@pytest.mark.parametrize(
    "text",
    [
        "家里有人聚众赌博的，管水员关闭该户的入户水阀十天。",
        "哪个屯有人私开闸门的，该屯本季停灌。",
        "户里有人偷电的，电工掐断该户电源半个月。",
        "哪个队有人往河里乱倒垃圾的，全队本月停供自来水三天。",
    ],
)
def test_y608_bearer_supply_cut(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "组内有人发现漏水的，应当及时关闭该组总阀门并报告。",
        "家里有人办丧事的，该户可申请暂停缴纳卫生费。",
        "组里有人生病住院的，暂停该组的值班安排。",
        "户内有人长期外出务工的，可以暂停该户的保洁服务。",
    ],
)
def test_y608_bearer_supply_cut_lawful(text: str) -> None:
    assert "CV608" not in [m.code for m in unlawful_measures(text)]


# y608 (wrong code): a lease or a contract the village ends under its own terms (按合同约定, 依据租赁合同) for a
# breach of that contract (转租, 改变用途, 拖欠租金) is the contract's remedy: what goes with it stays clean; ended
# "under the contract" for another wrong, it is still land taken (CV602).
@pytest.mark.parametrize(
    "text",
    [
        "承租户私自将集体仓库转租他人的，村股份经济合作社按租赁合同约定收回仓库，已收的租金不再退还。",
        "承包人擅自改变林地用途的，村委会依照承包合同解除合同、收回林地。",
        "租用村集体门店的商户拖欠租金满半年的，合作社依据合同约定终止租赁，预交的租金不予退还。",
    ],
)
def test_y608_contract_remedy_lawful(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "承包户在外打架斗殴被拘留的，村委会依合同收回其承包地。",
        "租户不参加村里义务劳动的，村委会按合同约定收回其租用的鱼塘。",
    ],
)
def test_y608_contract_remedy_other_wrong(text: str) -> None:
    assert "CV602" in [m.code for m in unlawful_measures(text)]


# y601 (CV601): the party at fault named as the bearer (过错方, 肇事方) makes a fixed sum a sanction even when
# the condition names no wrongdoing word; his damages stay civil.
@pytest.mark.parametrize(
    "text",
    [
        "两户为地界起争执、需村干部上门协调的，由过错方按每人每次六十元承担误工补助。",
        "邻居间因排水沟起口角、请来调解员的，由肇事方按每人一百元负担调解员的误工补贴。",
        "家里办事占道、引起邻里争吵的，由过错者按八十元每次承担出勤费。",
    ],
)
def test_y601_party_at_fault_pays(text: str) -> None:
    assert "CV601" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    ["发生交通事故的，由责任方承担修车费用。", "因一方过错造成损失的，由过错方赔偿。", "修路费用按每户二百元承担。"],
)
def test_y601_party_at_fault_pays_lawful(text: str) -> None:
    assert "CV601" not in [m.code for m in unlawful_measures(text)]


# y601 (CV601): penalty labour opened by the one he follows (跟随护林员巡山十日), any picking-up verb (捡拾), and a
# half day's span (一个上午).
@pytest.mark.parametrize(
    "text",
    [
        "偷挖集体竹笋的，除退赔外，跟着护林员巡林八日。",
        "乱扔烟头屡教不改的，责令其在广场拾捡烟头一个上午。",
    ],
)
def test_y601_labour_widened(text: str) -> None:
    assert "CV601" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize("text", ["护林员每月跟随林业站巡山十日。", "村民每天早上到河边拾柴一个上午。"])
def test_y601_labour_widened_lawful(text: str) -> None:
    assert "CV601" not in [m.code for m in unlawful_measures(text)]


# y603 (CV604): any way of shutting or blocking a line (封堵, 锁住, 堵死), borne by the place named (该出租屋的);
# any supply stopped by a verb of sending it (停送, 停供, 停输), watering stopped (停灌); a water token or turn withheld.
@pytest.mark.parametrize(
    "text",
    [
        "在巷道里乱堆柴草不清理的，由村里堵死其家的自来水管，清理后再通。",
        "私自改装电表的，村电工剪断该店铺的进户线。",
        "违反禁渔规定的，村里锁住该户在河边的水龙头半个月。",
        "向管道里乱扔杂物的，停供暖气一个冬季。",
        "拒不参加护堤的，停输天然气两个月。",
        "抢水打架的，本季停灌一次。",
        "拒交公益款的，取消其下一年的水卡。",
        "不出义务工的，春灌一律不予安排。",
        "不服从调解的，管水员不再给其责任田放水。",
    ],
)
def test_y603_supply_cut_any_wording(text: str) -> None:
    assert "CV604" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "因管道检修需要，自来水公司提前一天通知停供暖气。",
        "村民发现水管破裂的，应及时报告村委会封堵漏点。",
        "用水户凭水票按顺序灌溉，春灌由渠长统一安排。",
        "村里给各户田块放水时按先远后近的次序进行。",
    ],
)
def test_y603_supply_cut_any_wording_lawful(text: str) -> None:
    assert "CV604" not in [m.code for m in unlawful_measures(text)]


# y603 (CV605): the doer kept from any party, feast or match the village holds (谢绝, 晚会, 敬老宴, 比赛); its jobs
# refused (不予聘用); his affairs named first and refused after; a record of wrongs (劣迹, 受过处分) as the condition.
@pytest.mark.parametrize(
    "text",
    [
        "不按时清扫门前的，谢绝其参加年底的团圆宴。",
        "拒交卫生费的，取消其参加村篮球比赛的资格。",
        "在村里有打架劣迹的，村委会不予出具推荐意见。",
        "受到过处分的村民，不再录用为护路员。",
        "拖欠筹劳款的，其所有手续一律暂不办理。",
    ],
)
def test_y603_services_any_wording(text: str) -> None:
    assert "CV605" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "春节期间村里举办文艺晚会，欢迎全体村民参加。",
        "村干部不得聘用自己的亲属担任保洁员。",
        "村民的各项手续均由便民服务站统一办理。",
        "受过表彰的家庭，村里在年底敬老宴上颁发奖牌。",
    ],
)
def test_y603_services_any_wording_lawful(text: str) -> None:
    assert "CV605" not in [m.code for m in unlawful_measures(text)]


# y603 (CV603): any verb that calls or sends out the doer's name (点出, 报出, 播送), the doer named by his wrong
# (违约人员的姓名); a mark worn by any verb of putting it on (披挂, 系上, 别上); a written 检查 read out in public.
@pytest.mark.parametrize(
    "text",
    [
        "偷挖集体竹笋的，每天在村民群里报出他的名字，连续十天。",
        "乱停乱放的，村喇叭每晚播报违约人员的姓名。",
        "毁坏路灯的，系上写着“损坏公物”的袖标在村口站两个小时。",
        "起哄闹事的，在组民会上宣读书面检查。",
    ],
)
def test_y603_shaming_any_wording(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "村喇叭每晚播报天气预报和防火提醒。",
        "选举结果由村选举委员会当场宣读当选人的姓名。",
        "值勤的护林员系上写着“护林防火”的袖标巡山。",
        "年终村民大会上，村委会宣读财务检查结果。",
    ],
)
def test_y603_shaming_any_wording_lawful(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# y603: a bill of his own the village will not pay for him is no service withdrawn (CV605 silent); an account for a
# supply refused by any verb of opening it (开立, 开设) is CV604.
def test_y603_own_bill_not_paid_for_him_lawful() -> None:
    text = "欠缴水费被自来水公司停水的，村里可帮助协调，但不代为支付水费。"
    assert "CV605" not in [m.code for m in unlawful_measures(text)]


def test_y603_supply_account_refused() -> None:
    text = "拒不登记暂住信息的，村供水站不为其开设自来水账户。"
    assert "CV604" in [m.code for m in unlawful_measures(text)]


# y603 (CV603): a person held until his kin are sent for or waited for (通知其家属来人领回, 等家属来领人).
@pytest.mark.parametrize(
    "text",
    ["在集市上偷拿东西的，由联防队看管在值班室，通知其家属前来领回。", "深夜翻墙入院的，由巡逻队看住，等家属来领人。"],
)
def test_y603_held_till_kin_sent_for(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


def test_y603_held_till_kin_sent_for_lawful() -> None:
    text = "发现走失的老人，村民应及时通知其家属前来领回。"
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# y606 (CV607): the women's-status denial widened by class — a fraction in any unit, a fee of any name after a
# registration word, a right given back or counted only later, a part of any measure cut, her application refused
# by any verb, marriage-in words (嫁进, 嫁过来) and a husband living at the woman's family (到女家落户).
@pytest.mark.parametrize(
    "text",
    [
        "姑娘远嫁外县的，征地款按0.6个人头核算。",
        "婚出女子户口不迁的，每年应向组里缴纳户籍维护费三百元。",
        "改嫁的妇女，本轮土地确权时不再确权其名下田块。",
        "嫁过来的媳妇满三年后才纳入分配名单。",
        "男子进女方家生活的，其分红份额一律折半。",
        "丧偶后回娘家的妇女，经全体股东表决通过后方可重新享受分红。",
        "外嫁女的建房申请，村里一概不予审批。",
        "女儿出嫁的，该户下次调地时调减一人面积。",
    ],
)
def test_y606_a_womans_loss_by_class(text: str) -> None:
    assert "CV607" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "村民按0.5亩标准缴纳水利维护费。",
        "新落户的村民应交纳户口登记工本费五元。",
        "嫁进本村的妇女与其他村民享有同等权利。",
        "村民的建房申请不予受理的，应书面说明理由。",
        "承包地确权以二轮延包台账为准。",
    ],
)
def test_y606_a_womans_loss_by_class_lawful(text: str) -> None:
    assert "CV607" not in [m.code for m in unlawful_measures(text)]


# y606 (CV606): a member's standing by class — the register he is entered in (成员登记, 人口名册), a voter's
# papers withheld (不给其发放选民证), membership no longer owned (不再承认其为本组组员), his name struck (除其社员名),
# anyone told to move out of the village, and his registration made to go after a wrongdoing.
@pytest.mark.parametrize(
    "text",
    [
        "私自倒卖宅基地的，注销其在本村的村民登记。",
        "拒交垃圾清运费屡教不改的，从本组在册人口名册中注销。",
        "聚众闹访的，本届选举不向其补发选民证。",
        "偷伐林木情节严重的，经村民会议表决，不再承认其为本组组员。",
        "侵占集体鱼塘拒不退还的，由合作社除其股东名。",
        "外来租户偷电的，限这名租客三天内迁离本村。",
        "寄住户拖欠管理费经催告仍不交的，其户籍一律在两个月内迁出。",
    ],
)
def test_y606_a_members_standing_by_class(text: str) -> None:
    assert "CV606" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "新迁入的村民，由村委会办理成员登记。",
        "村民死亡的，从常住人口名册中注销。",
        "选举前由选举委员会向选民发放选民证。",
        "考上大学的学生户口可以迁出，也可以保留在本村。",
        "租赁合同到期后，租户应在十日内搬出所租房屋。",
    ],
)
def test_y606_a_members_standing_by_class_lawful(text: str) -> None:
    assert "CV606" not in [m.code for m in unlawful_measures(text)]


# y606 (CV607): a share of less than one in any unit with no word before it; one or more is no reduction.
@pytest.mark.parametrize("text", ["嫁出去的姑娘，每人点五份口粮田。", "结婚未迁户口的女儿，每人0.6份。"])
def test_y606_a_fraction_alone_is_her_reduced_share(text: str) -> None:
    assert "CV607" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize("text", ["离婚妇女每人1.5亩责任田。", "出嫁女与男性村民一样每人1.0股。"])
def test_y606_a_share_of_one_or_more_is_no_reduction(text: str) -> None:
    assert "CV607" not in [m.code for m in unlawful_measures(text)]


# y608: a new sum fined "under the contract" for its breach is still a fine (CV601); only money paid under it and kept
# goes with the contract's remedy.
def test_y608_contract_remedy_fine_stays() -> None:
    text = "承租人擅自转租的，村委会依合同约定解除租赁，并罚款一千元。"
    assert "CV601" in [m.code for m in unlawful_measures(text)]


# z601 (CV601): labour for the village for a time, read on the place it is done at (a vest put on first), after 随,
# and for the care of the village's woods or a watch (管护, 看护, 值班); a charge running by the day until the wrong is
# undone is a fine whatever cost it is named after.
@pytest.mark.parametrize(
    "text",
    [
        "偷砍集体竹子的，在村道两旁清扫落叶五天。",
        "乱倒垃圾的，穿上红马甲到河边捡拾垃圾三天。",
        "打架斗殴的，穿上黄背心去村部值班两天。",
        "私自放牧毁林的，随护林员在山上巡山七天。",
        "偷挖集体林下药材的，另须为村里无偿看护水源林半个月。",
        "乱停农机具的，按天计收清障费五十元，直至开走为止。",
        "违章搭棚的，每日征收管理费三十元，到拆除之日止。",
    ],
)
def test_z601_labour_on_a_place_and_running_charges(text: str) -> None:
    assert "CV601" in [m.code for m in unlawful_measures(text)]


# z601 (CV602): a share set off against a debt, a description before the share (其每年可分的, 其名下的), and the
# yield of a wood, orchard or pond is a share like the dividend.
@pytest.mark.parametrize(
    "text",
    [
        "拖欠集体借款的，由村委会从其每年可分的果园收益中扣回。",
        "损坏集体水渠不赔的，用其名下的鱼塘收益顶账。",
        "欠缴保洁费的，以其生态林补偿款抵账。",
    ],
)
def test_z601_share_set_off_with_a_description(text: str) -> None:
    assert "CV602" in [m.code for m in unlawful_measures(text)]


# z601: look-alikes stay silent: a duty roster, a deadline to clear one's own things, a deposit drawn at cost for work
# done in his stead, a lease's remedy for its own breach stated before the contract is invoked, a fee that runs only
# as long as a lawful use.
@pytest.mark.parametrize(
    "text",
    [
        "暴雨期间，由村民在堤坝巡查三天。",
        "村干部轮流在村委会值班，每人一天。",
        "乱倒垃圾的，责令清理，在三天内清理完毕。",
        "村集体从林木收益中提取公积金。",
        "各户的清运费从年终分红中扣除。",
        "临时占道的，每天收取清理费十元，至占用结束之日。",
        "院内堆放的杂物，限五日内自行清走。",
        "施工押金在场地清理后退还；不清理的，由村代为清理，费用从押金中据实扣除。",
        "承包果园的，拖欠承包费满一年，村委会依照承包合同约定收回果园。",
    ],
)
def test_z601_look_alikes_silent(text: str) -> None:
    assert not unlawful_measures(text)


# z601 (CV601): full-width digits are read as ASCII ones (the key sets name ASCII digits), and a household or person
# named by its wrongdoing (超生户, 违建户, 超生家庭) is the condition, written without 的.
@pytest.mark.parametrize(
    "text",
    ["不出工，每天交１００。", "违建户另交占地管理费５００元。", "超生家庭加收水费２倍。", "超生户另收管理费800元。"],
)
def test_z601_full_width_digits_and_a_doer_named_by_his_wrong(text: str) -> None:
    found = [m for m in unlawful_measures(text) if m.code == "CV601"]
    assert found and found[0].evidence in text


@pytest.mark.parametrize(
    "text", ["违建户应按规定补办审批手续。", "超生户应按上级规定缴纳社会抚养费。", "每户每年交卫生费１００元。"]
)
def test_z601_a_doer_named_by_his_wrong_lawful(text: str) -> None:
    assert not unlawful_measures(text)


# z601 (CV602): the village pulling works down with whatever it sends (人员和机械, 挖掘机, 施工队); a thing put to public
# use with the community unsaid (充作公用, 留作公共使用); the yield of a hill barred by any gathering verb after 进山
# (进山采, 上山摘); a thing described by its wrongdoing (越界种的庄稼) taken into public hands.
@pytest.mark.parametrize(
    "text",
    [
        "违建逾期不拆的，由村委会组织民兵和挖机统一拆除。",
        "乱搭棚子不拆的，组里安排施工队一律拆掉。",
        "乱砍树木的，木料留作公共使用。",
        "在村道上晒谷不听劝阻的，稻谷扫起后充作公用。",
        "偷挖竹笋的，次年不准其上山挖笋。",
        "越界种在集体林地里的玉米，由村里收割归公。",
    ],
)
def test_z601_property_taken_by_class(text: str) -> None:
    assert "CV602" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "危房由村委会组织人员拆除。",
        "村里新建的活动室作为公用。",
        "封山育林期间，不准进山打柴。",
        "新开垦的荒地，归集体所有。",
    ],
)
def test_z601_property_taken_by_class_lawful(text: str) -> None:
    assert "CV602" not in [m.code for m in unlawful_measures(text)]


# z601 (CV601): a missed unit of a duty counted without 每 (少出一个工日按…折款); an animal killed for the community
# (宰羊一只供全组分食) is handed over like goods.
@pytest.mark.parametrize(
    "text",
    [
        "每户每年出义务工八个，少做一天按六十元折款交组里。",
        "偷牛的，除赔偿外，须宰羊一只供全组分食。",
        "对于限期拒不拆除的，由村里雇人强行拆掉。",
    ],
)
def test_z601_shortfall_kind_and_multiples(text: str) -> None:
    codes = [m.code for m in unlawful_measures(text)]
    assert "CV601" in codes or "CV602" in codes


@pytest.mark.parametrize("text", ["过年时各家杀猪一头。", "村民用水按实际用水量的单价收取。", "村里雇人拆除危房。"])
def test_z601_shortfall_kind_and_multiples_lawful(text: str) -> None:
    assert not unlawful_measures(text)


# z601 (CV602): a fee in an earlier clause is what 收缴 collects only when 收缴's own clause names no things.
def test_z601_seizure_after_a_fetching_fee() -> None:
    text = "聚众斗鸡赌钱的，将参与人员带回村部，每接回一人交误工费一百元，赌具和斗鸡一律收缴。"
    assert "CV602" in [m.code for m in unlawful_measures(text)]


def test_z601_due_collected_after_its_clause() -> None:
    assert not unlawful_measures("逾期未交卫生费的，由组长登记，下月一并收缴。")


# z601: a thing named right before 责令迁走 is what is moved (no expulsion), and the land taken keeps CV602.
def test_z601_a_thing_moved_is_no_expulsion() -> None:
    codes = [m.code for m in unlawful_measures("擅自在承包地上建猪圈的，村委会收回该承包地，所建猪舍责令迁走。")]
    assert codes == ["CV602"]


# z601 (CV601): a person held first (留置, 看押) and fetched for a fee pays a fine, whoever he is.
def test_z601_fee_to_fetch_a_person_held() -> None:
    text = "深夜在仓库附近徘徊的陌生人，由治保会看押在村部，亲属接人时须交纳看护费三百元。"
    assert "CV601" in [m.code for m in unlawful_measures(text)]


# z601: a field named before a refused supply (该户责任田本季不予排灌) is where the water is refused, not land taken.
def test_z601_field_before_a_supply_is_no_land_taken() -> None:
    assert "CV602" not in [m.code for m in unlawful_measures("电鱼的，该户责任田本季不予排灌。")]


# z601: a condition of what is found (发现…的) after a ban in the article is the banned act found; an act done inside a
# protected or closed zone (保护区内, 禁牧区) is a wrongdoing.
@pytest.mark.parametrize(
    "text",
    [
        "严禁在走廊给电瓶充电。发现走廊内充电的，物业当场收走电瓶，三天后方可领回。",
        "在水源保护区内洗车的，按每辆二十元收取管护费。",
    ],
)
def test_z601_found_after_a_ban_and_protected_zones(text: str) -> None:
    assert {"CV601", "CV602"} & {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text", ["村民应爱护公物。发现路灯损坏的，及时报告村委会。", "保护区内的村民按每户十元交纳卫生费。"]
)
def test_z601_found_after_a_ban_and_protected_zones_lawful(text: str) -> None:
    assert not unlawful_measures(text)


# z603 (CV604): a supply withheld by any of the collective's acts of supplying: the place of his named before 的,
# a line brought in, the account refused when the supply is laid, a household line cut or its valve shut, the
# irrigation turn refused, stopped for his field or passed over, a supply quota taken.
@pytest.mark.parametrize(
    "text",
    [
        "私搭乱建拒不拆除的，停止其养猪场的自来水供应。",
        "拖欠集体承包款的，电工不为其门市架临时电线。",
        "乱砍林木的，村里接通天然气时不予为其开户。",
        "偷接电线的，由村电工卸下其室内电线。",
        "拒交水费还私接水管的，把他家的阀门关上。",
        "不参加修渠义务工的，轮灌时一律跳过该户。",
        "不服从调度抢水的，暂停给其家灌水一轮。",
        "偷挖渠堤的，停放其菜地两次。",
        "违规养殖污染水源的，取消其次年的灌溉用水指标。",
    ],
)
def test_z603_a_supply_withheld_by_any_act_of_supplying(text: str) -> None:
    assert "CV604" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "村民应当按时交纳水费，不得私拉乱接电线。",
        "春灌期间由放水员统一安排放水，各户不得私自开闸。",
        "管网检修时，提前一天通知各户停水。",
        "车辆停放在村委会门前的空地上。",
        "安装自来水时，各户自行负担入户管材费用。",
    ],
)
def test_z603_a_supply_withheld_lawful_look_alikes(text: str) -> None:
    assert "CV604" not in [m.code for m in unlawful_measures(text)]


# z603 (CV605): the village's goods, insurance, lent things and services as a class (用品, 平价农资, 医疗保险 paid for
# him, 公用桌椅, 垃圾清运, 摆渡), a room not opened to him or a paper not made out, named first; 生产者 is a
# subsidy's name, not a doer closing a condition.
@pytest.mark.parametrize(
    "text",
    [
        "乱扔垃圾屡教不改的，取消其中秋节日用品的发放。",
        "拖欠集体款项的，停止向其供应平价种子。",
        "毁坏公共设施的，村集体不再为其缴纳养老保险。",
        "不服从红白理事会安排的，不借给其村里的公用餐具和桌凳。",
        "往河道乱倒垃圾的，保洁员停止上门为其收运生活垃圾。",
        "喧哗闹事的，村阅览室三个月内不对其开放。",
        "拒不配合人口普查的，其无犯罪记录证明一律不开。",
        "违规焚烧秸秆的，暂停其当年的粮食生产者补贴。",
    ],
)
def test_z603_the_villages_goods_and_services_as_a_class(text: str) -> None:
    assert "CV605" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "村里为全体村民统一代缴城乡居民医疗保险。",
        "村阅览室每周一闭馆，其余时间对村民开放。",
        "保洁员每天上门清运生活垃圾。",
        "生产者应当对所售农产品质量负责。",
        "村委会为村民出具证明，应当如实填写。",
    ],
)
def test_z603_the_villages_goods_and_services_lawful_look_alikes(text: str) -> None:
    assert "CV605" not in [m.code for m in unlawful_measures(text)]


# z603 (CV603): a person taken away to any place by the village's men, a 禁足, names read out by any verb (讲明,
# the household's head named), a written self-criticism put up; kept under watch and not let leave.
@pytest.mark.parametrize(
    "text",
    [
        "聚众闹事的，由联防队员将其押往镇政府。",
        "在村里醉酒滋事的，禁足半个月。",
        "偷盗耕牛的，在全村大会上讲明他的姓名。",
        "拖欠水费的，村里在喇叭里念出户主名字。",
        "损毁路灯的，写出悔过书贴在村委会门口七天。",
        "赌博被抓的，由治安员看守，不准其离开。",
    ],
)
def test_z603_liberty_and_shown_by_any_act(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "发现走失老人的，将其带回家中。",
        "村民突发疾病的，由值班人员将其送往医院。",
        "犯错的党员应向支部写出检讨书。",
        "看守水库的人员值班期间不得离开岗位。",
    ],
)
def test_z603_liberty_and_shown_lawful_look_alikes(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# z603 (CV605): a status named by its people (牧民待遇, 移民资格) or a vote with words between (参加…投票的资格) is
# membership (CV606), never welfare; a benefit's own 待遇资格 stays welfare.
@pytest.mark.parametrize(
    "text",
    [
        "屡次违反禁渔规定的，收回其本村渔民待遇。",
        "私占集体土地的，取消其安置移民资格。",
        "破坏选举秩序的，取消其参加下届村民小组长选举的资格。",
    ],
)
def test_z603_a_status_is_no_welfare(text: str) -> None:
    assert "CV605" not in [m.code for m in unlawful_measures(text)]


def test_z603_a_benefits_own_standing_stays_welfare() -> None:
    assert "CV605" in [m.code for m in unlawful_measures("违反村规的，取消其低保待遇资格。")]


# z603: what the village hands all withheld from a wrongdoer named after it by any verb of handing or applying
# (停分一次, 不再适用, 不沾边); a coloured vest worn for labour set in a public place (CV603).
@pytest.mark.parametrize(
    "text",
    [
        "中秋节村里给各户发的月饼，对乱砍树木的户停发一次。",
        "合作社统一购买的化肥折扣价，对拖欠集体款者不再适用。",
        "打骂老人心肠坏，\n集体福利不沾边。",
    ],
)
def test_z603_what_all_get_withheld_from_the_wrongdoer(text: str) -> None:
    assert "CV605" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    ["本约自通过之日起施行，原村规民约不再适用。", "年终慰问金每户一份，户口已迁出者不再享受。"],
)
def test_z603_what_all_get_lawful_look_alikes(text: str) -> None:
    assert "CV605" not in [m.code for m in unlawful_measures(text)]


def test_z603_a_coloured_vest_for_public_labour_shames() -> None:
    text = "偷拿集体财物情节严重的，穿红马甲在村委会门口扫地两天。"
    assert "CV603" in [m.code for m in unlawful_measures(text)]
    assert "CV603" not in [m.code for m in unlawful_measures("保洁员每天穿黄马甲在主干道清扫路面。")]


# z603 (CV603): a set rhythm of reporting to the village after a wrong, the status in a condition of its own.
@pytest.mark.parametrize(
    "text",
    ["刑满释放回村以后，每月须到村委会书面汇报一次。", "赌博被处理过的，每十天向治保主任当面报到。"],
)
def test_z603_reporting_after_a_condition_of_its_own(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize("text", ["村民小组长每月到村委会汇报工作。", "网格员每周向社区书记汇报一次。"])
def test_z603_reporting_lawful_look_alikes(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# z603 (CV604): the cut said plainly with 了 (停了他家的水, 掐了他家的电闸); a valve closed at home is no cut.
@pytest.mark.parametrize("text", ["拖欠电费的，村里断了他家的电。", "私接水管的，管水员锁了该户的水表。"])
def test_z603_a_cut_said_plainly(text: str) -> None:
    assert "CV604" in [m.code for m in unlawful_measures(text)]


def test_z603_a_valve_closed_at_home_is_no_cut() -> None:
    assert "CV604" not in [m.code for m in unlawful_measures("出门前关了自家的水阀。")]


# z603 (CV605): an outing or check-up the village holds for a group, the wrongdoer not taken along to it.
def test_z603_not_taken_along_to_the_villages_outing() -> None:
    text = "每年村里组织六十岁以上老人免费体检，不赡养父母的人家不让其参加。"
    assert "CV605" in [m.code for m in unlawful_measures(text)]
    lawful = "村里组织党员外出参观学习，年老体弱的党员不带其参加。"
    assert "CV605" not in [m.code for m in unlawful_measures(lawful)]


# z603 (CV603): 扣押在村委会 of the things the sentence names holds no person; of a person it does.
def test_z603_things_held_at_the_village_hold_no_person() -> None:
    things = "私自采砂的，砂石和车辆一律扣押在村委会院内。"
    assert "CV603" not in [m.code for m in unlawful_measures(things)]
    assert "CV603" in [m.code for m in unlawful_measures("偷盗的外来人员，扣押在村部，待家属领回。")]


# z608 (CV608): the word for "inside" a household in every length (户中, 一户之中, 家庭当中, 家里头).
@pytest.mark.parametrize(
    "text",
    [
        "家庭当中有人赌博的，取消该户当年低保。",
        "一家之中有人吸毒的，全家不得享受当年的福利。",
        "户里头有人偷牛的，该户分红停发一年。",
    ],
)
def test_z608_inside_the_household_in_any_length(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text", ["一户之中有人外出务工的，可申请暂停该户的卫生费。", "家庭当中有人患重病的，优先评为低保户。"]
)
def test_z608_inside_the_household_lawful(text: str) -> None:
    assert "CV608" not in [m.code for m in unlawful_measures(text)]


# z608 (CV608): a rhymed line of one doer and the whole bearing it, any verb of bearing; a sanction taken after it.
@pytest.mark.parametrize(
    "text", ["一人偷盗全户赔，当年分红全扣光。", "一人违约全组赔。", "一人偷牛全户受累，分红一律扣。"]
)
def test_z608_a_rhymed_line_of_one_and_the_whole(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "一人吸毒全家遭殃，远离毒品。",
        "一人致富全家乐。",
        "租客违法的，房东不受连带处罚。",
        "本村对违约村民免予连带处理。",
    ],
)
def test_z608_a_warning_or_a_negated_collective_is_silent(text: str) -> None:
    assert "CV608" not in [m.code for m in unlawful_measures(text)]


# z608 (CV608): the doer set apart by any role noun before a semicolon (车主, 船东, 司机), and a supply cut the
# landlord's household bears for a tenant.
@pytest.mark.parametrize(
    "text",
    [
        "超载运输的车主，由交警部门处理；其家庭当年不得享受村里的养老补贴。",
        "肇事的司机，由交警部门处理；其家庭当年不参加分红。",
        "租客在屋内违规使用煤气罐的，停止房东家庭的供气一个月。",
    ],
)
def test_z608_the_household_set_apart_bears_it(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


def test_z608_the_landlords_own_act_is_his_own() -> None:
    assert [m.code for m in unlawful_measures("房东私拉电线的，房东户停电整改。")] == ["CV604"]


# z608 (CV608): a condition that picks one out of a household (有家庭成员…的, 家里有人…的) makes the household the
# topic, which bears a measure naming no one; a matter of the household's as a topic clause (其家庭低保申请，村委会
# 不予受理) is still the household's.
@pytest.mark.parametrize(
    "text",
    [
        "凡有家庭成员违反本规约的，不得享有本村各种优惠待遇。",
        "家里有人违反本公约的，不享受村集体的一切福利。",
        "家庭成员中有人偷伐林木的，其家庭低保申请，村委会一律不予受理。",
        "户内有人赌博的，该户的建房手续，村里暂缓办理。",
    ],
)
def test_z608_the_household_as_the_topic_bears_it(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "户内有人吸毒的，对其本人停发当年分红。",
        "家中有人患大病的，可申请临时救助。",
        "村民申请低保的，其家庭低保申请，村委会应在十日内受理。",
    ],
)
def test_z608_the_household_as_the_topic_lawful_or_his_own(text: str) -> None:
    assert "CV608" not in [m.code for m in unlawful_measures(text)]


# z608 (CV608): a group by any place word (片区, 巷道, 栋楼), the place asked after (哪个片区发现…的), one dwelling
# of a building as the doer (出租屋发生火灾的), a crime in the place as the wrongdoing (发生刑事案件的), and money after a
# title in a clause the group still governs; points of the charter's scheme alone stay clean.
@pytest.mark.parametrize(
    "text",
    [
        "哪一片区出现乱砍滥伐的，扣除该片区当年的护林奖补资金。",
        "巷子里有人乱倒建筑垃圾的，整条巷子当月的保洁补助停发。",
        "出租房发生治安案件的，该栋楼全部租户暂停办理暂住证明。",
        "寨子里发生盗窃案件的，取消全寨当年的治安奖补资金。",
        "组内发生山火的，该组取消当年先进小组评选资格，护林补助一律不予发放。",
    ],
)
def test_z608_a_place_bears_one_doers_act(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "户内成员不按规定分类投放垃圾的，扣减该户积分五分。",
        "组内发生山火的，该组取消当年先进小组评选资格。",
        "发生刑事案件的，村委会应及时报告派出所。",
        "出租屋发生火灾的，该栋楼所有住户应配合消防检查。",
        "巷内有人乱倒垃圾的，由保洁员及时清理。",
    ],
)
def test_z608_a_place_lawful_or_a_title_alone(text: str) -> None:
    assert "CV608" not in [m.code for m in unlawful_measures(text)]


# z608 (CV602, CV608): a bare 停 straight before the dividend or before whom it falls on, like 扣.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("户内有人吸毒的，全户停分红三年。", "CV608"),
        ("赌博的，停其当年分红。", "CV602"),
        ("偷牛者，停红利两年。", "CV602"),
    ],
)
def test_z608_a_bare_stop_before_the_dividend(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


def test_z608_a_bare_stop_of_something_else_is_silent() -> None:
    assert unlawful_measures("停电检修期间，村民应注意用电安全。") == []


# z608 (CV608): the doer named with the others by any joining word (本人和子女, 本人连同其妻子): the others bear it.
@pytest.mark.parametrize(
    "text",
    [
        "偷伐公益林的，取消其本人和子女五年内参军、招工的推荐资格。",
        "聚众赌博的，注销其本人连同其妻子的集体经济组织成员身份。",
    ],
)
def test_z608_the_doer_named_with_the_others(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


# z608 (wrong code): the children's loss "dealt with the same" after a woman's marriage-status loss has her status as
# its ground: CV607 alone (docs/clause-codes.md).
@pytest.mark.parametrize(
    "text",
    ["寡妇再嫁外乡的，收回其口粮田，跟随她的子女一并处理。", "离婚妇女户口未迁出的，不分配宅基地，其子女同样处理。"],
)
def test_z608_the_children_dealt_with_as_the_woman(text: str) -> None:
    assert {m.code for m in unlawful_measures(text)} == {"CV607"}


def test_z608_the_same_for_the_household_without_a_woman() -> None:
    assert "CV608" in [m.code for m in unlawful_measures("赌博的，罚款二百元，其家属同样处理。")]


# z608 (shape: verse): a line that will not let a wrong pass (可不依：, 决不饶：) introduces its sanction like 违者.
@pytest.mark.parametrize(
    "text",
    [
        "牛进了菜园子，糟蹋了白菜可不依：\n一头牛交“看青钱”二十元，\n牵牛回家别嫌贵。",
        "猪拱了稻田埂，拱坏田埂决不饶：\n一头猪交“修埂钱”五十元。",
    ],
)
def test_z608_a_line_of_verse_that_will_not_let_it_pass(text: str) -> None:
    assert "CV601" in [m.code for m in unlawful_measures(text)]


def test_z608_a_line_of_verse_that_gives_is_silent() -> None:
    assert unlawful_measures("老人有困难，村里不答应不行：\n每月送米一袋，\n逢年过节再慰问。") == []


# z608 (CV608): 谁家孩子…，谁家…: a member of whichever household does it, and that household bears a taking.
@pytest.mark.parametrize(
    "text", ["谁家小孩偷摘果子，谁家扣当年分红二百元。", "谁家的孩子往井里扔石头，谁家这个月停水。"]
)
def test_z608_whichever_household_bears_its_childs_act(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize("text", ["谁家孩子考上大学，谁家奖励一千元。", "谁家老人过八十，谁家领高龄补贴。"])
def test_z608_whichever_household_rewarded_is_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# z608 (condition class): an accident of one's charge (消防事故, 安全事故) in a condition is the wrongdoing a taking
# presses; the kin after a semicolon bear theirs (CV608).
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "厂房发生安全事故的，业主两年内不得享受村里的用地补贴；其在本村读书的子女，当年助学金一并停发。",
            {"CV605", "CV608"},
        ),
        ("发生安全事故的，应立即报告村委会。", set()),
    ],
)
def test_z608_an_accident_of_ones_charge(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


# z608 (condition class): 无计划生育 is the wrongdoing 计划外生育 is.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("家里有人无计划生育的，全家三年不参加集体分红。", "CV608"),
        ("无计划怀孕拒不补办手续的，停发其当年分红。", "CV602"),
    ],
)
def test_z608_unplanned_birth_without_the_usual_word(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


# z606 (CV606): a member's standing by any member noun (牧民, 渔民, 移民) and any place (嘎查, 苏木), taken by any
# verb of taking or crossing out (收回, 划掉, 抹掉), or his 户口 moved out by the village; a 资格 or 待遇 of a
# member is his standing, not a benefit (CV605).
@pytest.mark.parametrize(
    "text",
    [
        "偷捕集体鱼塘鱼苗屡教不改的，撤销其本村渔民身份。",
        "聚众闹事的，经牧民大会决定开除出本苏木。",
        "拒不缴纳集体提留的，由组长将其名字从组员花名册上抹掉。",
        "寻衅滋事的，取消其参与本届选举投票的资格。",
        "毁坏安置区公物拒不赔偿的，收回其移民待遇资格。",
        "违者户口由组里统一迁走。",
    ],
)
def test_z606_a_standing_by_wider_classes(text: str) -> None:
    assert "CV606" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "违章搭建的棚屋责令迁走。",
        "村民死亡的，从花名册上划掉。",
        "户口由本人到派出所办理迁出。",
        "在他处已取得牧民资格的，不再重复登记。",
    ],
)
def test_z606_a_standing_by_wider_classes_lawful(text: str) -> None:
    assert "CV606" not in [m.code for m in unlawful_measures(text)]


# z606 (CV607): the classes of her loss widened: any refusal after any application (also across the clause naming
# the body), the share named first and then not given, any money not shared, any verb of taking back (抽回),
# her money drawn by another (代为领取), a registration let in by any verb (落入, 转入), a wife married in.
@pytest.mark.parametrize(
    "text",
    [
        "离婚后仍在本村居住的妇女，其土地流转收益由其原公婆代为领取。",
        "外嫁女的子女户口一律不准转入本组。",
        "丧偶改嫁的妇女申请建房的，组里一概不批。",
        "农嫁非妇女的征地补偿费也不再发放。",
        "上门女婿不分安置钱。",
        "出嫁女的口粮田只耕种到出嫁当年年底。",
        "姑娘出嫁后，其承包地由组里即行抽走。",
        "娶回家的儿媳，落户满三年后才能分红。",
    ],
)
def test_z606_b_her_loss_by_wider_classes(text: str) -> None:
    assert "CV607" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "出嫁女申请宅基地的，村委会依法审核。",
        "离婚妇女的征地补偿款由本人领取。",
        "外嫁女的子女户口可以转入本村。",
        "出嫁女的分红不得被扣减。",
        "娶进门的媳妇户口迁入后，与其他村民同等享受分配。",
    ],
)
def test_z606_b_her_loss_by_wider_classes_lawful(text: str) -> None:
    assert "CV607" not in [m.code for m in unlawful_measures(text)]


# z606 (CV606): a holding taken and the membership taken by a second verb joined to the first (…并注销…): the
# first verb's reach stops at the second, so the membership is read and the holding goes with it (CV606 alone).
@pytest.mark.parametrize(
    "text", ["私自转让宅基地的，收回其宅基地并注销其村民身份。", "违者扣发其当年分红并取消其股东资格。"]
)
def test_z606_c_second_taking_of_membership(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


# z606 (CV606): barred from living or renting in the village after a wrongdoing, or its landlords barred from letting
# to him: put out like a tenant told to go.
@pytest.mark.parametrize(
    "text",
    [
        "外来人员盗窃屡教不改的，由村委会通知各房东不得再向其出租房屋。",
        "在村里寻衅滋事的，三年内不许其在本屯落脚。",
        "租客深夜扰民屡劝不改的，今后不准其在本小区租住。",
    ],
)
def test_z606_d_barred_from_living_in_the_village(text: str) -> None:
    assert "CV606" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text", ["租户违反消防规定的，不得在出租房内使用明火。", "违反规定的，不得在本村宅基地上建房。"]
)
def test_z606_d_barred_from_living_in_the_village_lawful(text: str) -> None:
    assert "CV606" not in [m.code for m in unlawful_measures(text)]


# z606 (CV607): put outside a list by any verb of exclusion, treated as a nominal member, a share none of which she
# has, a share struck out (清退): more members of the classes of her loss.
@pytest.mark.parametrize(
    "text",
    [
        "外嫁女及其丈夫、子女一律排除在分配名单之外。",
        "出嫁女按挂名户对待。",
        "嫁出去的女儿，村里的福利一概没有。",
        "出嫁女结婚满一年后，股份自动清退。",
    ],
)
def test_z606_e_her_exclusion_by_class(text: str) -> None:
    assert "CV607" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text", ["不得将出嫁女排除在分配名单之外。", "出嫁女与其他村民一样，不得被排除在分配范围以外。"]
)
def test_z606_e_her_exclusion_by_class_lawful(text: str) -> None:
    assert "CV607" not in [m.code for m in unlawful_measures(text)]


# z606 (CV606): the vote barred as the election itself (不得参加下届村委会选举), a voter's 资格 (选民资格), the living verb
# before the place (不准再住在本村), the roll struck by any verb (花名册中除去其名字).
@pytest.mark.parametrize(
    "text",
    [
        "违者三年内不得参与村民小组的换届投票。",
        "拒不退还侵占的集体土地的，取消其选民资格。",
        "在村内吸毒屡教不改的，不准其再住在本寨。",
        "屡教不改的，从本组花名册中除去其名字。",
    ],
)
def test_z606_f_vote_and_residence_by_class(text: str) -> None:
    assert "CV606" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize("text", ["任何人不得干扰村委会选举。", "村民应当积极参加村委会选举。"])
def test_z606_f_vote_and_residence_by_class_lawful(text: str) -> None:
    assert "CV606" not in [m.code for m in unlawful_measures(text)]


# z606 (CV607): her children dealt with the same way (…的子女同样处理) share her finding, not a CV608 of their own.
def test_z606_g_her_children_share_her_finding() -> None:
    text = "寡妇改嫁到外乡的，其承包地由村里收回，跟随她的孩子同样处理。"
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


# z606 (CV606): membership deemed given up for a failure of duty (视同其已自愿退出, 按自动脱离本集体): the charter's
# 自愿 after 视为/视同 is no choice; moving out or death stays the law's own case.
@pytest.mark.parametrize(
    "text",
    [
        "连续五年不交集体提留、也不参加义务工的，视为其已自愿放弃本组成员资格。",
        "外出人员三年不回村登记的，按自动脱离本集体对待。",
    ],
)
def test_z606_h_membership_deemed_given_up_for_a_duty(text: str) -> None:
    assert "CV606" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "本人自愿退出本村集体的，由本人书面申请。",
        "户口迁出本村的，视为自动退出本集体。",
        "村民死亡的，视为自动退出本集体。",
    ],
)
def test_z606_h_membership_deemed_given_up_lawful(text: str) -> None:
    assert "CV606" not in [m.code for m in unlawful_measures(text)]


# z606 (CV607): more of the classes of her loss: a bare 分 before what is shared, the land farmed by her brothers, a
# house or a school place refused, not counted as one of the village, a wife married in by any verb, a share
# discounted (打对折).
@pytest.mark.parametrize(
    "text",
    [
        "离婚后回村居住的妇女，村里不再给她分宅基地。",
        "女儿出嫁以后，她的那份地就归兄弟种。",
        "嫁出去的姑娘不准回村建房。",
        "外嫁女的丈夫、孩子一律不算本村人。",
        "娶来的外地媳妇三年内不能分地。",
        "出嫁女户口不迁的，征地款打对折。",
        "离异妇女的子女不得在本村入学。",
    ],
)
def test_z606_i_more_of_her_loss(text: str) -> None:
    assert "CV607" in [m.code for m in unlawful_measures(text)]


def test_z606_i_no_distinction_is_no_loss() -> None:
    assert "CV607" not in [m.code for m in unlawful_measures("分配时不分男女，出嫁女一样对待。")]


# z606 (CV606): an outsider's status given (列为非本村人员), a herder's or shareholder's standing (牧户资格, 股民资格),
# his registration barred from coming back (户口不得再迁回本村) — after a wrongdoing only.
@pytest.mark.parametrize(
    "text",
    [
        "拒不退还集体林地的，将其列为非本组人员。",
        "私自开垦草场屡教不改的，由嘎查收回其牧户资格。",
        "侵占集体资产拒不退还的，撤销其股民资格。",
        "寻衅滋事被判刑的，其户口不得再迁回本寨。",
    ],
)
def test_z606_j_outsider_and_return_barred(text: str) -> None:
    assert "CV606" in [m.code for m in unlawful_measures(text)]


def test_z606_j_return_barred_after_a_move_is_lawful() -> None:
    assert "CV606" not in [m.code for m in unlawful_measures("户口迁出本村的，其户口不得再迁回本村。")]


# r601 (CV601/CV602, round two): a due taken ahead by any word for "ahead" and any verb of collecting; a surcharge
# written straight after its condition's 的; a dividend called 股红; the yield of any collective hill, wood or
# pasture barred by any verb of going onto it; a false use (冒用, 伪造) as wrongdoing; land handed on to a
# person described with 的 is no condition.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("不出工的户，事先扣缴其明年的管护费。", "CV601"),
        ("拒不参加清淤的，提早收取该户两年的卫生费。", "CV601"),
        ("不去修渠的，由组里预先征收其来年的水利费。", "CV601"),
        ("每户每月交保洁费十元。逾期不交的加收一倍。", "CV601"),
        ("不按时交电费的另收五十元。", "CV601"),
        ("成员违反本章程的，扣减其当年股红的一半。", "CV602"),
        ("偷挖冬笋的，两年内不得到组里的竹山挖笋。", "CV602"),
        ("乱放牛羊的，次年不准该户进入集体草场放牧。", "CV602"),
        ("不参加护林的，来年不许其上集体茶园采茶。", "CV602"),
        ("冒用他人名义领取物资的，其承包的果园由村里收回。", "CV602"),
        ("伪造签名的，收回其承包的鱼塘。", "CV602"),
        ("无故抛荒两年的，由组里收回，重新发包给愿意种田的村民。", "CV602"),
    ],
)
def test_r601_a_classes_of_money_and_property_widened(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "每户卫生费每年提前收取。",
        "各户可预交下一年度的水费。",
        "每年三月前不得进山采摘。",
        "将土地转让给他人耕种的农户，应报村委会备案。",
        "村里将机动地发包给愿意耕种的农户。",
        "私自将承包地转租给外村人的，报镇农经站处理。",
    ],
)
def test_r601_a_lawful_look_alikes_stay_silent(text: str) -> None:
    assert not [m for m in unlawful_measures(text) if m.code in ("CV601", "CV602")]


# r601 (CV602): the classes of holding a thing widened — kept by the village for the owner (关养, 扣养, 代养), a vehicle's
# wheels locked by any verb (加装车轮锁, 锁住轮胎); a thing left unclaimed after the holding is the same thing, so
# its sale is the seizure carried on; a bare 扣留 whose person is fetched by his people (家属来…接回) holds a person.
@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        ("乱放的猪由护村队扣养；五日内无人认领的，折价变卖。", "CV602", "扣养"),
        ("违停的三轮车，由物业装上轮锁。", "CV602", "装上轮锁"),
        ("在消防通道停车的，保安可锁住其轮胎。", "CV602", "锁住其轮胎"),
        ("啃青的牛由护林员赶回关养；逾期不领的，作价卖掉。", "CV602", "作价卖掉"),
        ("偷鸡被抓住的，由治保员扣留，叫其家属来村部接回。", "CV603", "扣留"),
    ],
)
def test_r601_b_a_thing_held_by_any_verb(text: str, code: str, evidence: str) -> None:
    found = {m.code: m.evidence for m in unlawful_measures(text)}
    assert found.get(code) == evidence or (code in found and evidence in found[code])
    if code == "CV603":
        assert "CV602" not in found


@pytest.mark.parametrize(
    "text",
    ["拾到的钱包无人认领的，交派出所。", "各户牛羊应当圈养，不得散放。", "村里代养五保户的牛。"],
)
def test_r601_b_lawful_holding_look_alikes_stay_silent(text: str) -> None:
    assert not unlawful_measures(text)


# r601 (CV601): money taken and put into a fund of the village is a fine, whatever verb takes it and whatever fund;
# things seized (木材, 赌资) and then sold into a fund stay CV602.
@pytest.mark.parametrize(
    ("text", "code", "other"),
    [
        ("大操大办的，超标的礼金由红白理事会没收，用作村里的公益资金。", "CV601", "CV602"),
        ("乱收礼金的，多收部分由理事会收缴后存入村老年协会经费。", "CV601", "CV602"),
        ("违反婚俗规定的，多要的彩礼一律收归村委会，纳入村教育基金。", "CV601", "CV602"),
        ("偷伐林木的，木材收缴变卖，所得充作护林经费。", "CV602", "CV601"),
        ("赌博的，赌资一律没收，转入村公益金。", "CV602", "CV601"),
    ],
)
def test_r601_c_money_taken_into_a_fund_is_a_fine(text: str, code: str, other: str) -> None:
    codes = [m.code for m in unlawful_measures(text)]
    assert code in codes and other not in codes


# r603 (CV604): the supply cut by any verb on any of his connections — the keeper shutting a sluice for a debt,
# a meter taken off said plainly (卸了), a line of his room pulled (拉掉其…的电闸), a tap sealed by the keeper, the
# meter refused before the water (不予装表通水), a lighting line not strung for him, drinking water or a quay's power
# stopped to a boat; a repeat offender (屡犯, 再犯) is a wrongdoer.
@pytest.mark.parametrize(
    "text",
    [
        "灌溉水费过期不缴的，管水员立即关阀。",
        "摊派的修桥款死活不出的，电工上门把他家电表拆了。",
        "拒不清理乱堆柴草的，村里派人剪掉其出租屋的电线。",
        "私搭窝棚不拆的，其入户水管由水管员加锁封存。",
        "未经批准扩建厂房的，新厂房不予装表通电。",
        "婚宴超过规定桌数的，村电工不给其架设临时照明线路。",
        "渔船乱泊不听劝的，停止对其船只供应淡水。",
        "往水井里扔垃圾的，停止其家饮水供应三天。",
    ],
)
def test_r603_supply_cut_by_any_verb(text: str) -> None:
    assert "CV604" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "灌溉结束后，管水员应及时关阀，节约用水。",
        "发现偷开闸口放水的，管水员当场关阀制止。",
        "用户申请装表通水的，村委会三日内办理。",
        "停止对外供应淡水时，应提前通知渔船。",
    ],
)
def test_r603_supply_look_alikes_silent(text: str) -> None:
    assert "CV604" not in [m.code for m in unlawful_measures(text)]


def test_r603_sealed_tap_is_no_seizure() -> None:
    codes = [m.code for m in unlawful_measures("违章加层不拆的，其家用水龙头由管理员上锁封存。")]
    assert "CV604" in codes and "CV602" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "在禁钓区钓鱼的，劝离；再犯的，令其佩戴写有“违规垂钓”的袖标巡河一天。",
        "偷摘集体果子的，照价赔偿；屡犯者须身穿印有“偷果”字样的黄马甲清扫村道两天。",
        "夜里偷割电缆的外来人员，先扣在村口治安亭，通知其亲属来人领回。",
    ],
)
def test_r603_repeat_offender_and_person_held(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


# r606 (eighth session, round two), CV606: the removal classes widened — a compulsion with any verb that puts a
# person out, a deemed withdrawal in one word, any verb moving a registration out, the voters' roll, the village
# asking the police in any words.
@pytest.mark.parametrize(
    "text",
    [
        "聚众赌博的外来人员，一经查实，由村委会强行驱离。",
        "在出租屋内吸毒的房客，由房东勒令撵走。",
        "拒不交纳公益金满三年的，视为退组处理。",
        "三年不参加集体劳动的，作自动出组论处。",
        "屡教不改的，把其户口剔出本组。",
        "无理取闹的挂靠户，村委会出具意见报派出所将其户籍清理出本村。",
        "接到通知拒不参加抢险的，两届内不将其列入本组选民名单。",
        "违者，下届选举不予将其登记为选民。",
    ],
)
def test_r606_a_removal_classes(text: str) -> None:
    assert "CV606" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "村民对违建户强制清退多占的土地。",
        "户口迁出本村的，按自动退社处理。",
        "打架斗殴的，报派出所依法处理。",
    ],
)
def test_r606_a_removal_look_alikes_stay_silent(text: str) -> None:
    assert "CV606" not in [m.code for m in unlawful_measures(text)]


# r606, CV607: a further condition for an uxorilocal husband before a measure or a right exercised (方可按…配股,
# 方能行使选举权), the land worked (不得再耕种), the land falling to the collective (责任田归组), a clean record
# as her own further condition; she has obtained land where she married into (嫁入地) is the law's own rule.
@pytest.mark.parametrize(
    "text",
    [
        "寡妇改嫁，责任田归组。",
        "寡妇再嫁的，其自留地归村。",
        "招婿上门的，女婿满十年方可行使表决权。",
        "入赘男子落户满六年才能按村民标准分红。",
        "上门女婿入户满五年且本人无违法记录的，方可按本组标准配股。",
        "出嫁女不准再耕作娘家的责任田。",
        "招郎上门的，落户十年后才有资格分宅基地。",
        "倒插门女婿须住满五年，方享受村民待遇。",
        "上门女婿须满五年方可被选为村民代表。",
    ],
)
def test_r606_b_her_status_decides_a_loss(text: str) -> None:
    assert "CV607" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "出嫁女的承包地由本人继续耕种，所有权归村集体。",
        "任何组织不得剥夺出嫁女耕种土地的权利。",
        "已在丈夫所在村分得宅基地的外嫁女，不再安排宅基地。",
        "已在嫁入地或者再婚地取得承包地的妇女，不再参加本组的土地调整。",
        "出嫁女的子女随母落户的，方式由村民会议决定。",
        "妇女婚后享有与男子同等的土地权利。",
    ],
)
def test_r606_b_look_alikes_stay_silent(text: str) -> None:
    assert "CV607" not in [m.code for m in unlawful_measures(text)]


# r606, CV607 across sentences: a sentence opening on her status's time (婚后…者) after one that named her goes on
# about her; a loss after her finding whose condition is her lapse or a breach of the rule about her (逾期不迁的,
# 违反的, 家里仍给她…的) has her status as its ground, whoever bears it, and is not labelled again; anyone barred
# from handing her the right (不得把…转给其耕种) denies it to her.
@pytest.mark.parametrize(
    "text",
    [
        "妇女婚后应随夫落户。婚后拒不迁户口的，由村注销其户籍。",
        "出嫁女不再分配土地；户口逾期不迁的，收回其宅基地。",
        "出嫁女名下的责任田，父母不得把它转给其耕种；违反的，由组里收回该田。",
        "丧偶妇女改嫁的，不再分红。家里仍给她分钱的，扣减该户分红。",
    ],
)
def test_r606_c_her_status_carries_the_later_loss(text: str) -> None:
    codes = [m.code for m in unlawful_measures(text)]
    assert "CV607" in codes and not {"CV602", "CV605", "CV606"} & set(codes), codes


def test_r606_c_a_later_loss_of_its_own_keeps_its_code() -> None:
    codes = [m.code for m in unlawful_measures("外嫁女不得分红。乱砍滥伐的，停发其分红。")]
    assert "CV607" in codes and "CV602" in codes


# r606, CV606: what goes with the membership or the home taken in the same measure — the holding named before its
# verb (其自留地由村里另行发包), the way into the home (收回门禁卡) — is not labelled again.
@pytest.mark.parametrize(
    "text",
    [
        "无故拖欠公益款五年的，视为放弃成员资格，其自留地由村里另行发包。",
        "在出租屋内聚赌的房客，由房东强行清退，收回门禁卡。",
    ],
)
def test_r606_d_what_goes_with_the_expulsion(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


# r606, CV606: the law's own bar on a voter (村民委员会组织法 Art. 13) — deprived of political rights, kept off the
# voters' roll — is eligibility; the same ground for a dividend withheld is not.
def test_r606_e_political_rights_deprived_bars_the_vote_lawfully() -> None:
    assert unlawful_measures("被依法剥夺政治权利的，在此期间不将其登记为选民。") == []
    assert "CV602" in [m.code for m in unlawful_measures("被判处剥夺政治权利的，取消其分红。")]


# z608 (CV608): the doer dealt with in a clause of his own (a condition and a measure on him, or a doer the village
# hands on) sets his household after the semicolon apart from him; his household named by his role noun (偷伐者
# 的家庭); a clan's branch, a joint-defence ring's other households; 不得 with a place before its verb.
@pytest.mark.parametrize(
    "text",
    [
        "偷挖集体山上兰草的，责令退还并赔偿；其家庭两年内不得向村里申请建房用地。",
        "聚众赌博的，报派出所依法处理；其所在户当年不参加村集体分红。",
        "贩毒人员由村委会移送司法机关；其家庭三年内不享受村里的节日慰问。",
        "故意毁坏水渠的，照价赔偿；毁渠者的家庭当年不得向合作社领取灌溉补助。",
        "族里后生有聚赌行为的，该房支当年不得使用祠堂摆酒。",
        "互保范围内任何一户失火烧山的，互保各户当年的护林补助一并停发。",
        "孩子大办生日宴的，其父母当年不得领取村里的敬老金。",
    ],
)
def test_z608_a_household_set_apart_and_groups(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the household that was itself the doer goes on as 该户 (its own measure, its own code)
        "建房超出批准面积的，由村委会组织拆除；拆除前该户的各类手续一律不予办理。",
        # a help, not a sanction, and a condition with no wrongdoing
        "符合条件的，由村委会审核上报；其家庭可以申请暂停缴费。",
        "家庭困难的，由村里登记造册；其家庭优先享受临时救助。",
    ],
)
def test_z608_a_own_household_and_help_stay_apart(text: str) -> None:
    assert "CV608" not in [m.code for m in unlawful_measures(text)]


# z608 (wrong code): the village or a group named as the place a thing is sent to (发到全组各工作群) or as the one
# that organises (全村统一安排的) is no bearer; the measure keeps its own code.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("在沟渠里乱扔死禽的,经核实,拍下照片,发到全村各微信群里进行曝光.", "CV603"),
        ("不参加全村统一组织的植树,每户每次交一百元给村里。", "CV601"),
        ("缺席全组集体安排的修渠，每户每天折款五十元上交。", "CV601"),
    ],
)
def test_z608_b_place_or_organiser_is_no_bearer(text: str, code: str) -> None:
    codes = [m.code for m in unlawful_measures(text)]
    assert code in codes and "CV608" not in codes


def test_z608_b_the_group_bearing_stays() -> None:
    assert "CV608" in [m.code for m in unlawful_measures("违者全组群众当年不得领取护林补助。")]


# r606, CV607: a sentence opening on her lapse of the duty set on her (到期仍不迁出的, 逾期未迁的) goes on about the
# woman the sentence before named, and a measure inside her finding is not labelled again; the voters' roll
# entered by any verb (编入, 录入).
@pytest.mark.parametrize(
    "text",
    [
        "外嫁女户口应在一年内迁出；到期仍不迁出的，收回其口粮田。",
        "离婚妇女应于半年内将户口迁走。逾期未迁的，停发其分红。",
    ],
)
def test_r606_f_her_lapse_opens_the_next_sentence(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


def test_r606_f_the_roll_entered_by_any_verb() -> None:
    assert "CV606" in [m.code for m in unlawful_measures("违者，五年内不将其编入本村选民名册。")]


# r601 (CV601/CV602): money paid in to the collective (折款上缴村集体) is the fine, no thing handed over; a release after
# the village took a person somewhere (将船东带回…看住，…后领走) lets the person go, no thing was held.
@pytest.mark.parametrize(
    ("text", "code", "absent"),
    [
        ("不去修路的，每人每天折款八十元上缴村集体。", "CV601", "CV602"),
        ("缺席会议的户，按五十元一次折款上缴集体。", "CV601", "CV602"),
        ("夜里偷电鱼的，巡逻队将船主带回村部看住，等其家人来人后领走。", "CV603", "CV602"),
        ("偷鱼的，渔船扣下，交五百元后领回。", "CV602", ""),
    ],
)
def test_r601_d_money_paid_in_and_a_person_let_go(text: str, code: str, absent: str) -> None:
    codes = [m.code for m in unlawful_measures(text)]
    assert code in codes and absent not in codes


# r601 (CV601): the contract money kept is the contract's remedy only when the wrong is a breach of it; the village
# ending the contract in the same sentence is its measure, not the breach (kept for fighting or gambling it is a fine).
@pytest.mark.parametrize(
    ("text", "fine"),
    [
        ("租种村果园的，在村里聚众赌博的，村委会终止其租赁合同，已交租金不再退还。", True),
        ("承包集体山林的农户打架斗殴的，解除承包合同，已交的承包费一律不退。", True),
        ("擅自转包鱼塘的，村委会解除其承包合同，已交的承包款不予退还。", False),
    ],
)
def test_r601_e_contract_money_kept_for_another_wrong(text: str, fine: bool) -> None:
    assert ("CV601" in [m.code for m in unlawful_measures(text)]) is fine


# r601 (CV601): a fine in kind paid for the village by any verb of a feast or a rite — an animal slaughtered, a rite
# held (出资杀牛扫寨, 出钱宰猪请全寨, 自费举办谢罪酒); the village spending its own money is no fine.
@pytest.mark.parametrize(
    ("text", "fine"),
    [
        ("偷盗的，由其出钱宰猪请全寨吃饭。", True),
        ("引发山火的，由肇事户出资杀羊敬山。", True),
        ("乱砍风水树的，自费举办一场谢罪酒。", True),
        ("村里出资杀猪慰问老人。", False),
    ],
)
def test_r601_f_a_feast_or_rite_paid_for_the_village(text: str, fine: bool) -> None:
    assert ("CV601" in [m.code for m in unlawful_measures(text)]) is fine


# r603 (CV604): watering refused by any wording (不为其…提水, a bare 不给灌), the supply's purchase refused (不受理其购电).
@pytest.mark.parametrize(
    "text",
    [
        "欠交渠道维修款的，抗旱时不给浇。",
        "拒不退还侵占渠埂的，泵站当季不为其稻田抽水。",
        "私拉乱接电线屡教不改的，村电管站暂停办理其购电缴费。",
    ],
)
def test_r603_watering_and_purchase_refused(text: str) -> None:
    assert "CV604" in [m.code for m in unlawful_measures(text)]


def test_r603_watering_turns_are_silent() -> None:
    assert "CV604" not in [m.code for m in unlawful_measures("各组按轮次灌溉，雨天不为任何田块抽水。")]


# r603 (CV603): a sign on his house, a name written into a notice, owning up door to door by any words, a duty to
# tell the village or the landlord where one goes, reporting for any standing the village gives — but not the law's
# own scheme (社区戒毒, 社区矫正) nor a journey reported for disease control.
@pytest.mark.parametrize(
    "text",
    [
        "拒不清理门前柴堆的，给该户大门喷上“脏乱户”标志。",
        "偷割电缆者，由村委会将其姓名抄成告示，贴在村口宣传栏。",
        "偷砍竹子的，处理：由组长带其逐户上门承认偷竹错误。",
        "外来摊贩一律须到村治保会登记，报告行踪。",
        "出租房里的外地租户夜间外出，须向房东说明去处。",
        "村里列管的帮教对象，每半月须到治保会报到一次。",
    ],
)
def test_r603_shown_marked_or_reporting(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "社区矫正人员应按规定向社区矫正工作小组报告。",
        "疫情期间返乡人员应主动向村报告行程。",
        "孩子外出须向家长说明去向。",
        "被评为文明户的，在其大门挂上“文明户”牌子。",
    ],
)
def test_r603_reporting_and_signs_lawful(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# r603 (CV605): the village's machines and floors not let to him by any word of not letting (不准, 不许, 不让), and a
# refusal to cooperate punished even where it also hides something (拒不配合…、隐瞒…的: no benefit was sought).
@pytest.mark.parametrize(
    "text",
    [
        "不参加集体清淤的户，次年不许使用村里的脱粒机。",
        "无故不出义务工的，当季不让其使用组里的烘干机。",
        "拒不配合出租屋登记、隐瞒租客情况的，其在村里的各项证明一律暂缓办理。",
    ],
)
def test_r603_facility_and_procedure_withheld(text: str) -> None:
    assert "CV605" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "隐瞒家庭收入申请低保的，不予批准。",
        "村里的脱粒机不准外借，用后及时归还。",
    ],
)
def test_r603_eligibility_and_house_rules_silent(text: str) -> None:
    assert "CV605" not in [m.code for m in unlawful_measures(text)]


# r603 (CV603): a person taken to the village's room to be questioned or kept, with or without a wrong named.
@pytest.mark.parametrize(
    "text",
    ["巡逻队遇到深夜游荡的陌生人，可将其带到治保室问话。", "护林员有权把进山人员带回村委会审查。"],
)
def test_r603_taken_to_be_questioned(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


def test_r603_taken_home_is_care() -> None:
    assert "CV603" not in [m.code for m in unlawful_measures("走失的老人由网格员带回家中。")]


# r603 (CV604): the supply account closed as a consequence (按自动销户处理), a sluice of his shut said plainly.
@pytest.mark.parametrize(
    "text",
    [
        "拖欠水费半年以上的，视为自动销户。",
        "欠交电费的，电工把他家的电闸关了。",
        "拒不清理的，管水员把其家的水闸关了。",
    ],
)
def test_r603_account_closed_and_sluice_shut(text: str) -> None:
    assert "CV604" in [m.code for m in unlawful_measures(text)]


def test_r603_account_closed_on_request_is_silent() -> None:
    assert "CV604" not in [m.code for m in unlawful_measures("用户全家搬迁外地的，可申请销户，按自动销户处理。")]


# z608 (shape): a condition with no opener, the wrongdoing describing the people whose names are shown
# (拖欠…的户主姓名，在…公布): shown for it (CV603); failing a condition or a review is no wrongdoing.
@pytest.mark.parametrize(
    "text",
    [
        "偷放鱼塘水的农户姓名，在村务公开栏公布。",
        "乱倒建筑垃圾的住户名单一律在小区电子屏上滚动播放。",
        "拖欠物业费半年以上的业主房号，在单元门口公示，直至缴清。",
    ],
)
def test_z608_c_names_shown_described_by_their_wrong(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    ["审核不合格的申请人名单在公开栏公示。", "未通过民主评议的户主名单张榜公布，接受监督。"],
)
def test_z608_c_names_shown_after_a_review_stay_silent(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# z608 (shape): the household's matter as the topic and the village acting on it in the next clause (其家庭的…申请，
# 村里一律不予评议); a doer named by his role dealt with before the semicolon gives the context (…的船东，由…处理；其
# 所在户…); a taking said by what the bearer cannot get (分不到, 领不到).
@pytest.mark.parametrize(
    "text",
    [
        "户内有人聚众赌博的，其家庭的危房改造申请，村里一律暂缓上报。",
        "家中有人吸毒的，其家庭的临时救助申请，村里一律不予评议。",
        "孩子辍学打工的，其父母当年分不到村里的教育奖励金。",
    ],
)
def test_z608_d_topic_matter_role_doer_and_cannot_get(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


def test_z608_d_a_review_of_its_own_household_stays_apart() -> None:
    text = "申请低保的家庭，其家庭的申请，村里按规定评议后上报。"
    assert "CV608" not in [m.code for m in unlawful_measures(text)]


def test_z608_d_a_taking_ruled_out_in_the_next_clause_stays_silent() -> None:
    text = "孩子违反规约的，不连累其父母，不停发其家庭的救助金。"
    assert "CV608" not in [m.code for m in unlawful_measures(text)]


# n601 (ninth session): CV601/CV602 as real charters write them.
# (a) a penalty the charter imposes without naming the measure (重罚, 相应处罚, 按本约的原则处罚) is a fine; the
# law's or an outside body's penalty (按有关规定处罚, 由边防部门处罚), a negated one (不另行处罚) or a topic
# (需要处罚的报…) imposes nothing; a charter citing itself in 《》 (按照《村规民约》…缴纳罚款) is no referral.
@pytest.mark.parametrize(
    "text",
    [
        "在水库边烧烤野炊的，一经查实，予以重罚。",
        "偷剪他人果树枝条者，除赔偿损失外，视情节给予相应的处罚。",
        "乱扔烟头引发山火的，按照“谁引火谁担责”的原则从重处罚。",
        "私自挪动界桩者，按本寨公约处罚。",
        "对去年私挖河沙的五户，每户按照《寨规》规定交了罚款二百元。",
    ],
)
def test_n601_a_an_unnamed_penalty_is_a_fine(text: str) -> None:
    assert "CV601" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "在林区吸烟的，由森林公安按有关规定处罚。",
        "逾期未办理登记的，按照税收法规予以处罚。",
        "违者按镇里的规定处罚。",
        "家中子女违法的，父母不承担连带处罚。",
        "已由法院判决的，村里不另作处罚。",
        "对确需处罚的，报请有关部门依法处理。",
        "举报属实的，按处罚金的百分之二十奖励举报人。",
        "越境打猎的，由边防部门处罚。",
    ],
)
def test_n601_a_a_penalty_referred_negated_or_a_topic_stays_silent(text: str) -> None:
    assert "CV601" not in [m.code for m in unlawful_measures(text)]


# n603 (ninth session, real charters): a condemnation shown before the village (公开谴责, 通过喇叭…谴责), the
# wrong itself shown like a name (违约行为公示), a doer called a thief (当贼对待), and a list of the ways of
# answering for a breach (违约责任的形式有…) are CV603.
@pytest.mark.parametrize(
    "text",
    [
        "违反规定的，由村委会在公示栏公开谴责。",
        "不按期清理柴堆的，村里通过大喇叭等予以点名谴责。",
        "拒不退还集体林地的，在村民大会上公开谴责，并记入档案。",
        "违约责任的形式有批评教育、违约行为公示、赔偿损失。",
        "违反本公约的，将其违约行为在公开栏公示。",
        "晚上十点后外来人员不得进寨，违者当贼对待。",
        "未经允许进园摘果的，按窃贼论处。",
        "私自开闸放水者，视同小偷处理。",
    ],
)
def test_n603_condemned_shown_or_called_a_thief(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "对见义勇为者公开表扬，对歪风邪气予以谴责。",
        "村民应自觉抵制不良风气，对不文明行为予以劝阻。",
        "对违规行为进行通报批评。",
        "发现小偷应及时报警，不得私自处理。",
        "违约行为的认定由村民代表会议讨论决定。",
        "对小偷要及时扭送公安机关。",
    ],
)
def test_n603_condemnation_look_alikes_stay_silent(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# n603: kin by blood over generations (血亲三代, 三代以内旁系血亲) and a clan's branch or surname (该房支, 该姓氏)
# bear one person's act (CV608); a post the village puts a person forward for (推荐为公益岗位人员) and a priority
# school place (优先入托入学权利) are CV605; 违犯 is 违反.
@pytest.mark.parametrize(
    "text",
    [
        "伐木被查处的，其血亲三代不得享受村集体的助学奖励。",
        "同一房支内有人盗葬的，该房支不得享受当年的集体林补助。",
        "聚众闹事的，其三代以内旁系血亲一律不予出具证明。",
    ],
)
def test_n603_blood_kin_and_clan_bear_the_act(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "违反规定的，三年内不得被推荐为公益岗位人员。",
        "违反规定的，今后不得被推荐为护林员。",
        "如违犯本规定，不得享受村里的养老补贴。",
        "违反规定的，不能享受优先入托权利。",
    ],
)
def test_n603_posts_priority_places_and_welfare(text: str) -> None:
    assert "CV605" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "直系血亲之间不得结婚。",
        "本人及其直系血亲申请宅基地的，按规定办理。",
        "违反规定的，当年不得被推荐为先进个人。",
        "本村推荐德才兼备的村民为村干部候选人。",
    ],
)
def test_n603_kin_and_recommendation_look_alikes_stay_silent(text: str) -> None:
    assert not unlawful_measures(text)


# n603: a list of the cases in which the village will not pass an application on, the refusal with no object ending
# the header before its colon (有下列行为之一的，不予上报：…), and the seal or papers held under control for the
# wrongdoer (开具证明从严控制) are CV605; an eligibility list stays clean.
@pytest.mark.parametrize(
    "text",
    [
        "有下列行为之一的，村委会一律不予上报：（一）违法占地建房的；（二）拖欠集体承包款的。",
        "有下列情况之一的，不予受理：①乱砍滥伐的；②偷放塘水的。",
        "拒不交纳卫生费的，村里对其开具证明从严控制。",
        "拖欠承包款的，其办理各类手续时予以限制。",
        "不服从调解的农户，村委会在印章使用上予以适当限制。",
    ],
)
def test_n603_listed_refusal_and_papers_controlled(text: str) -> None:
    assert "CV605" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "有下列情形之一的，不予批准：（一）户口不在本村的；（二）已有宅基地的。",
        "有下列情况之一的，不予受理：(1)材料不齐全的；(2)不符合规划的。",
        "村委会公章使用须严格控制，由专人保管。",
        "各类证明的出具实行登记管理，严格控制。",
    ],
)
def test_n603_eligibility_list_and_seal_keeping_stay_silent(text: str) -> None:
    assert "CV605" not in [m.code for m in unlawful_measures(text)]


# n603: a supply stopped with the works named straight after it (停水检测管道, 停电检修线路) is the supplier's own
# shut-off for a test or a repair, not a cut (CV604); a stop with a time before the check stays a cut.
@pytest.mark.parametrize(
    "text", ["私自接管的，停水检测管道。", "私拉电线的，停电检修线路。", "违规接水的，一律停水并进行冲洗消毒。"]
)
def test_n603_shut_off_for_works_is_no_cut(text: str) -> None:
    assert "CV604" not in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize("text", ["拒交水费的，停水。", "偷水的，停水三天后再检查整改情况。"])
def test_n603_cut_before_a_later_check_stays_a_cut(text: str) -> None:
    assert "CV604" in [m.code for m in unlawful_measures(text)]


# n607 (CV607, ninth session): a woman's marriage or an uxorilocal marriage deciding a smaller or no share,
# written in the ways real schemes write it: a smaller share by any verb of giving or by comparison (少分, 低于),
# any refusal with a manner between (拒绝给予, 不得单独享受), a stop or a taking back by any verb (停拨, 调回, 脱产),
# marriage in other words (婚嫁后, 成家的女儿), the daughter's line (女儿的孩子, 外孙), a ruling after its case
# (处理：), later children or a wait not served after a semicolon, a right only after a wait (方可…同等承包), the
# exclusion written before her (剥夺了…离婚妇女的承包权), and a child's surname made the condition.
@pytest.mark.parametrize(
    "text",
    [
        "入赘女婿的子女，每人比本村子女少分五千元征地款。",
        "离婚后仍住本村的妇女，年终分红少于其他股东。",
        "招郎上门的，其子女的安置费低于本组其他人口。",
        "组里以刘某系入赘女婿为由，拒绝给予分配征地款。",
        "嫁到外村的姑娘，不同意其参与本年度分红。",
        "外嫁女不得单独享受宅基地安置。",
        "女儿出嫁的，次年起停拨其口粮款。",
        "丧偶妇女改嫁外村的，承包地由组里调回。",
        "出嫁满一年户口不迁的，按自行脱产处理。",
        "父母把自留地让成家的女儿耕种的，由组里收回。",
        "李某婚嫁后在外地居住，村委会决定取消其村民待遇。",
        "情形：离婚妇女带子女回村居住。处理：子女不参加分配。",
        "上门女婿的孩子，第一个随母姓的分全份；第二个孩子起只分半份。",
        "男方入赘本村的，满五年后分给承包地；未满五年的只分口粮。",
        "招婿上门的，在本村居住满五年方可与村民同等承包山林。",
        "入赘男子须落户满三年，才能配给股份。",
        "村民小组的分配方案剥夺了三名离婚妇女的承包权。",
        "表决结果否定了两名出嫁女的分配资格。",
        "会议排除了改嫁妇女及其子女的分红。",
        "招婿户的孩子姓氏须与女方户主一致，否则不分地。",
        "女儿的孩子落户本村的，须交五千元才能参加分红。",
        "外孙子女户口迁入的，不享受村集体福利。",
    ],
)
def test_n607_women_share_cut_in_scheme_wordings(text: str) -> None:
    assert "CV607" in [m.code for m in unlawful_measures(text)]


def test_n607_smaller_share_with_its_sum_is_her_loss_not_a_fine() -> None:
    codes = [m.code for m in unlawful_measures("入赘男子的子女不随母姓的，每人少发八千元。")]
    assert codes == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "外嫁女的分红不低于本村其他村民。",
        "出嫁女与男子同等分配，不少分一分钱。",
        "不得以出嫁为由拒绝给予分配。",
        "任何方案不得剥夺外嫁女的承包权。",
        "入赘女婿与本村村民同等享受分红，子女可随父姓或随母姓。",
        "外孙探望老人的，村里提供住宿方便。",
        "本村女儿出嫁后，户口未迁出的，与其他村民同等分配。",
        "每户少交水费的，按实补交。",
    ],
)
def test_n607_women_equal_shares_and_floors_stay_silent(text: str) -> None:
    assert "CV607" not in [m.code for m in unlawful_measures(text)]


# n607 (CV606, ninth session): membership taken in more words: out of the group in one character (清退出社), a
# status lost (自动丧失本组集体成员资格), the collective as 本集体经济组织, a residents' place (不再认定为本社区居民),
# and a group deciding before it strikes off is the village's agent, not a bearer (由所在小组讨论决定将其除名).
@pytest.mark.parametrize(
    "text",
    [
        "霸占集体鱼塘拒不退还的，经户主会议表决清退出社。",
        "私自将承包地卖给外村人的，自动丧失本组集体成员资格。",
        "屡次违章搭建拒不整改的，不再认定为本社区居民。",
        "聚众闹事情节恶劣的，经居民代表会议表决，不再认定为本小区居民。",
        "举家迁往外地定居满三年的，按自动退出本集体经济组织处理。",
    ],
)
def test_n607_membership_taken_in_more_words(text: str) -> None:
    assert "CV606" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "多次偷盗集体财物的，清退出队，口粮、分红一概不再享有。",
        "长期拖欠集体款项拒不归还的，由所在小组讨论决定将其除名。",
    ],
)
def test_n607_membership_taken_alone_with_its_holdings_and_by_the_group(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


@pytest.mark.parametrize(
    "text",
    [
        "从未在本组生产生活、户口空挂的，不确认为本组成员。",
        "不以本村土地为基本生活保障的人员，不认定为本社社员。",
        "本小区居民应当爱护公共设施。",
        "村民小组组长由所在小组讨论决定后报村委会备案。",
    ],
)
def test_n607_the_laws_tests_of_membership_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# n601 (ninth session), continued from (a) above.
# (b) penalties in kind: goods the community eats (…，全寨会餐), old currency (罚银五两), an animal killed for a feast
# with no count (杀猪请全村吃饭), labour opened by 负责 or after a vest put on after 须/要; (c) property: the village
# cutting away a line or pipe the wrongdoer laid (剪断其私拉的电线), livestock killed (格杀勿论), banned gear named
# as the wrong (绝户网). A due every household gives, a feast of one's own and a duty roster stay silent.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("损坏寨门的，按老规矩出糯米五十斤、米酒三十斤，全寨会餐。", "CV601"),
        ("偷砍竹子者，罚银五两。", "CV601"),
        ("在祠堂赌钱的，罚铜钱二百文。", "CV601"),
        ("违者杀猪请全村吃饭。", "CV601"),
        ("在祠堂喧哗打闹的，杀鸡摆酒赔罪。", "CV601"),
        ("偷放鱼塘水的，户主负责村小学操场清扫十天。", "CV601"),
        ("门前乱堆柴草的，户主要穿上黄马甲去广场打扫卫生一周。", "CV601"),
        ("私搭电线的，电工当场剪断其私拉的电线。", "CV602"),
        ("在渠上私接水管的，管水员当即割断私接的水管。", "CV602"),
        ("使用绝户网捕鱼的，网具当场烧毁。", "CV602"),
        ("牛羊屡次践踏庄稼的，格杀勿论。", "CV602"),
    ],
)
def test_n601_b_penalties_in_kind_and_property_cut_away(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "每户出米十斤，全村聚餐。",
        "过年时各户杀猪请客。",
        "每户负责门前清扫，每周一次。",
        "私接水管的，责令其自行剪断私接的水管。",
        "偷电的，电工当场剪断其入户线。",
    ],
)
def test_n601_b_dues_feasts_duties_and_supply_lines_stay_apart(text: str) -> None:
    codes = [m.code for m in unlawful_measures(text)]
    assert "CV601" not in codes and "CV602" not in codes


# (d) a cause that led to harm is a condition without 的 (因…引发山火，…处罚); a deposit under a family-planning
# "contract" is no civil contract (计生合同: the forfeit is the charter's fine); doubling said 翻番; a load spilled on
# the road as the wrong; money paid into the village's fund as the consequence; the share as the second object of one
# denial (…临时救助和集体经济的收益分配). A mere reason, a growth target, a due to a fund stay silent.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("因乱扔烟头引发山火，按村里的老规矩处罚。", "CV601"),
        ("签了计生合同的家庭预交五百元诚信金，未按期落实措施的，诚信金转作违约金。", "CV601"),
        ("拖欠垃圾清运费半年以上的，来年清运费翻番收取。", "CV601"),
        ("运沙车辆沿途遗撒泥沙的，车主另交清洗费三百元。", "CV601"),
        ("收受超标礼金的，按超出部分的一半缴入村教育基金。", "CV601"),
        ("违者不得享受村里的临时救助和集体经济的收益分配。", "CV602"),
    ],
)
def test_n601_d_causes_deposits_doubling_funds_and_second_objects(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    ["因资金紧张，今年的慰问金推迟发放。", "每年的集体收入力争翻一番。", "每户每年交纳医疗互助基金一百元。"],
)
def test_n601_d_reasons_targets_and_dues_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# n603: one doer inside a clan's branch, a resettlement site or a settlement, or acting inside it (在本屯范围内偷伐的),
# makes that group bear the measure; the others of his boat or vehicle (同车其他人员) and his family said as "this
# family" (这户人家) bear it too, also when the village's people withhold their help at its weddings and funerals
# (村民一律不去帮忙, 不再为其一家的红白事帮厨). All CV608.
@pytest.mark.parametrize(
    "text",
    [
        "凡在本屯范围内偷伐林木的，该屯当年的护林奖补资金全部取消。",
        "安置区内有一户私搭乱建的，整个安置区暂缓发放物业补贴。",
        "司机违规超载被查处的，同车其他人员不得领取当年的年终慰问金。",
        "凡有偷盗行为的，这户人家办丧事时，村民一律不去帮忙。",
        "有人在山上乱烧纸的，全组村民不再为其一家的红白事帮厨抬棺。",
    ],
)
def test_n603_groups_crews_and_a_family_bear_one_act(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "村民家中办红白喜事的，全村人应前往帮忙。",
        "同船其他船工应互相监督，发现违规及时报告。",
        "这家人生活困难，村里给予临时救助。",
        "在本组范围内种植的树木，由本组统一管理。",
        "安置点内有一户生病住院的，整个安置点的村民自愿捐款。",
    ],
)
def test_n603_group_and_family_look_alikes_stay_silent(text: str) -> None:
    assert not unlawful_measures(text)


# n603: the charter's own reporting after a wrong at any rhythm (每半个月, 每次进山前), kept at the village's study
# or reflection he may not leave (学习期间不得离开村部), and going out only with the village's leave (未经村委会同意
# 不得离村过夜) are CV603; a record of a sentence served (刑满释放) is a wrongdoing there.
@pytest.mark.parametrize(
    "text",
    [
        "偷伐过林木的村民，此后每次进山前须到村委会登记报到。",
        "有过违规电鱼记录的，每半个月到治保会汇报一次活动情况。",
        "对聚众赌博的，由村里组织集中学习，学习期间不得离开村部。",
        "有过偷盗行为的村民，未经村委会同意不得离村过夜。",
    ],
)
def test_n603_reporting_study_and_leave_to_go_out(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "未经村委会批准，不得占用耕地建房。",
        "学生在校学习期间不得擅自离开学校。",
        "防汛期间未经批准不得擅自离开岗位。",
        "村干部外出须经村支书同意。",
        "刑满释放人员回村后，村委会帮助其落实承包地和就业。",
    ],
)
def test_n603_leave_and_study_look_alikes_stay_silent(text: str) -> None:
    assert not unlawful_measures(text)


# n603: a whole sub-clause opened by "if" with a wrong in it is a condition without 的 (如不交纳…费，则…); a labourer
# (劳力) described by his wrong closes a condition like 村民; the village's tables, benches and mourning tent lent
# and its culture courtyard (文化大院) are facilities. The papers, the rubbish round and the facilities withheld
# after them are CV605.
@pytest.mark.parametrize(
    "text",
    [
        "不出义务工的劳力，村委会不予出具任何证明。",
        "如不交纳卫生保洁费，则保洁员不再上门清运其垃圾。",
        "私自操办酒席的，村里不再出借公用餐桌和板凳。",
        "不报备擅自操办的，村文化大院不对其开放。",
    ],
)
def test_n603_if_clause_labourer_and_village_things(text: str) -> None:
    assert "CV605" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "如遇停水停电，应及时报修。",
        "如发现有人偷水，应及时报告村委会。",
        "如需停水检修，提前一天通知各户。",
        "如不按时缴纳水费，将影响全村供水。",
        "村文化大院每天早八点至晚九点对村民开放。",
    ],
)
def test_n603_if_clause_and_courtyard_look_alikes_stay_silent(text: str) -> None:
    assert not unlawful_measures(text)


# n607 (CV607): a date of marriage or a class she is put in deciding a smaller share (之后结婚的按半额, …列为挂户人口；
# 挂户人口不参加分配), her share held back in part (截留, 扣留), a fixed sum in place of a share (只发二千元), and
# her share named then cut (其承包地按人口减少).
@pytest.mark.parametrize(
    "text",
    [
        "在2010年底前结婚的外嫁女按全额分配，之后结婚的按半额分配。",
        "外嫁女的征地补偿款，由村里扣留百分之三十作为公益金。",
        "入赘男子的分红款由组里截留一半。",
        "离婚后带孩子回村的妇女，其子女每人只发二千元。",
        "出嫁女的安置费仅补一千元。",
        "丧偶后再婚的妇女，其承包地按人口减少处理。",
        "以2012年为界，此后出嫁的女儿列为挂户人口；挂户人口不参加年终分配。",
        "离婚后回村的妇女归为暂住人员。暂住人员只分口粮田。",
    ],
)
def test_n607_women_date_class_part_or_sum(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "婚后户口未迁出的妇女划为留守人员。留守人员与其他村民同等分配。",
        "提倡晚婚晚育，妇女婚后减少生育次数。",
        "出嫁女的承包地由其本人继续耕种，村里不扣留任何款项。",
    ],
)
def test_n607_women_class_with_equal_share_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# n607 (CV607): the loss reported as done, as rulings and minutes write it (未向其发放, 一直未予分配, 拒发): 未 with
# the right is a denial, but 未发放的补偿款 names money still owed and 未…的 in a condition describes her.
@pytest.mark.parametrize(
    "text",
    [
        "被告村民小组以原告已出嫁为由，未向其发放土地补偿款。",
        "村委会认为李某系外嫁女，一直未予分配集体收益。",
        "组里以其已嫁到外村为由拒发补偿款。",
    ],
)
def test_n607_women_loss_reported_as_done(text: str) -> None:
    assert "CV607" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "出嫁女未领取的分红，由村里代为保管，随时可领。",
        "上门女婿的户口已迁入本村的，享受同等分配，未发放的补偿款一次补齐。",
        "外嫁女户口未迁出、未在他处取得承包地的，享有与本村村民同等的权利。",
    ],
)
def test_n607_money_still_owed_to_her_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# n607 (CV607): her children's surname required as a rule for all (一律随母姓, 统一跟母亲姓) with the loss after
# 否则: the surname rule decides the share, one CV607 finding (not CV608 on the children, not CV605 on the papers).
@pytest.mark.parametrize(
    "text",
    ["独生女招婿的，其子女一律随母姓，否则不予分配。", "入赘户的新生儿必须随女方姓，否则不给上户口。"],
)
def test_n607_surname_required_or_the_share_lost(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


def test_n607_a_free_choice_of_surname_stays_silent() -> None:
    assert unlawful_measures("本村子女一律随父姓或母姓，由父母自行决定。") == []


# n607 (CV607): a household of daughters only in more words (多女户, 二女户, 姊妹户), and a payment before her share
# (捐资…后参加分配, 交钱后才能分红): the right bought that members have free; a scheme's own contribution is no price.
@pytest.mark.parametrize(
    "text",
    [
        "多女户的子女落户本组的，须捐资五千元后参加分配。",
        "二女户的外孙入户的，交钱后才能分红。",
        "姊妹户招婿的，女婿补交三千元后享受村民待遇。",
    ],
)
def test_n607_share_bought_by_daughters_households(text: str) -> None:
    assert "CV607" in [m.code for m in unlawful_measures(text)]


def test_n607_a_schemes_own_contribution_stays_silent() -> None:
    assert unlawful_measures("外嫁女交纳合作医疗费后享受医保报销。") == []


# n607 (CV606): 脱产 deemed after a wrongdoing (视为自行脱产, 作自动脱产处理, 按脱产户对待) is membership taken, its land
# going with it; deemed after a move away it is eligibility, and 脱产学习 is study leave.
@pytest.mark.parametrize(
    "text",
    [
        "不按时缴纳集体提留的，作自动脱产处理，不再分配土地。",
        "拒不服从土地调整的，视为自行脱产。",
        "长期拖欠承包款的，按脱产户对待。",
    ],
)
def test_n607_deemed_out_of_production(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


@pytest.mark.parametrize("text", ["户口迁出本组的，视为自动脱产。", "单位脱产学习的干部，工资照发。"])
def test_n607_out_of_production_by_a_move_or_study_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# n607 (CV607): a daily price for staying (每天交管理费), her share held by the man's family by any verb of holding
# (由男方家庭享有), a right reached only after a wait in any verb (三年后才能分到地), a price for coming in named
# after the coming (如要在本村落户，每人交一万元).
@pytest.mark.parametrize(
    "text",
    [
        "出嫁女回娘家居住的，每天交管理费二十元。",
        "离婚后的妇女，股份由男方家庭享有。",
        "娶了外地媳妇的，媳妇三年后才能分到地。",
        "出嫁女子女如要在本村落户，每人交一万元。",
    ],
)
def test_n607_price_holding_and_wait_in_more_verbs(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


# n607 (CV607): the share named before and a bare verb of giving denied at the clause's end (…，第二轮承包时不再给), and
# a right she has not (没有选举权, 没有本村的分红资格); 没有 in a condition about a record or land elsewhere stays apart.
@pytest.mark.parametrize(
    "text",
    [
        "外嫁女的承包地，第二轮承包时不再给。",
        "出嫁女的口粮款，从明年起不再发。",
        "上门女婿在本村没有选举权。",
        "出嫁女没有本村的分红资格。",
    ],
)
def test_n607_bare_giving_denied_or_a_right_not_had(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "外嫁女没有违法记录的，享受同等待遇。",
        "出嫁女的分红照常发放，不再另行通知。",
        "外嫁女如在外村没有承包地的，本村保留其承包地。",
    ],
)
def test_n607_no_record_or_no_land_elsewhere_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# n607 (CV607): rulings' narratives of the loss: struck from a list (将其从分配名单中删除), her standing not
# acknowledged (不认可其成员身份), not entered (未将其列入分配名册); a married woman named by her parents' home
# (婚后户口仍在娘家). 不认可口头放弃 names no right of hers.
@pytest.mark.parametrize(
    "text",
    [
        "该村以原告婚后户口仍在娘家为由，将其从分配名单中删除。",
        "原告婚后一直在本村生活，但被告以其已出嫁为由不认可其成员身份。",
        "小组以离婚妇女张某户口未迁走为由，未将其列入分配名册。",
    ],
)
def test_n607_rulings_narrate_the_loss(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


def test_n607_a_waiver_not_acknowledged_stays_silent() -> None:
    assert unlawful_measures("外嫁女放弃承包地的，须本人书面确认，村里不认可口头放弃。") == []


# n603: a dash sets the wrongdoers apart like a colon (…——适用于偷伐林木者); a label in quotes after 的 closes a
# condition (…的“钉子户”，); a licence held (暂扣其捕捞许可证) is a paper withheld (CV605); a supply drawn
# (接用) is a supply refused (CV604); names shown of those who were fined are shown for a wrong (CV603).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("停发其当年的敬老慰问金——适用于偷伐林木者。", "CV605"),
        ("拖欠水费不还的“钉子户”，一律不得享受村里的年节慰问。", "CV605"),
        ("私自转卖渔船的，村里暂扣其捕捞许可证。", "CV605"),
        ("在屯内乱倒垃圾的农户，不准其接用屯里的自来水。", "CV604"),
        ("被罚款的村民名单在村务公开栏公示。", "CV603"),
    ],
)
def test_n603_dash_quoted_label_papers_and_supply_drawn(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "被评为文明户的村民名单在村务公开栏公示。",
        "村民应节约用水，不得饮用生水。",
        "本条规定——适用于全体村民。",
        "村委会应妥善保管各类证明材料。",
    ],
)
def test_n603_dash_papers_and_names_look_alikes_stay_silent(text: str) -> None:
    assert not unlawful_measures(text)


# n603: a gas connection applied for (燃气入户开通申请) and the right to draw the collective's water named by it
# (放水灌溉的资格) are the supply, not a paper or a benefit: refused, CV604.
@pytest.mark.parametrize(
    "text",
    [
        "乱搭乱建的住户，其燃气入户开通申请一律不予受理。",
        "私自挖沟引水的，取消其当年用水资格。",
        "截流抢水的农户，取消该户从集体水渠放水灌溉的资格。",
    ],
)
def test_n603_supply_connection_and_right_to_draw(text: str) -> None:
    assert "CV604" in [m.code for m in unlawful_measures(text)]


def test_n603_supply_application_of_a_household_stays_silent() -> None:
    assert not unlawful_measures("村民办理自来水开户申请，须携带户口簿。")


# (e) a tariff line: a wrong and its price with nothing between (…生火200元/次, …闹事打人2000至3000元) is a fine; a fee,
# a limit, a benefit or a count of pieces stays silent.
@pytest.mark.parametrize("text", ["私自在林区生火200元/次。", "酒后闹事打人2000至3000元。"])
def test_n601_e_a_tariff_line_prices_a_wrong(text: str) -> None:
    assert "CV601" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "每户每月交保洁费10元。",
        "婚宴每桌标准不超过三百元。",
        "在门口挂警示牌一块。",
        "村医出诊每次收费五元。",
        "困难户每月补助三百元。",
    ],
)
def test_n601_e_fees_limits_benefits_and_pieces_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


def test_n601_f_land_taken_back_for_planning_or_public_works_is_no_sanction() -> None:
    text = "严禁擅自转让承包地，根据村里修路和兴办公益事业的需要，可以调整或收回承包地。"
    assert "CV602" not in [m.code for m in unlawful_measures(text)]


def test_n601_f_damages_made_good_name_no_thing_destroyed() -> None:
    assert unlawful_measures("在山上烧荒的，先赔偿烧毁林木。") == []


# --- p601 (ninth session, round 2): CV601/CV602 as real charters word them -------------------------------------
# (a) goods handed over as a fine in kind, counted in any numeral and any measure word (壹佰, 百斤, 十挂, 三千文),
# the list running across commas
@pytest.mark.parametrize(
    "text",
    [
        "砍伐风水树者，出稻谷贰佰斤、腊肉叁拾斤，交村上公用。",
        "吵架骂街的一方，须出鞭炮五挂、白酒四瓶交寨里，作调解开支。",
        "偷鸭的，令其宰羊一只，米酒八十斤，供全组共食。",
        "毁坏渠坝者，每犯一回出钱两千文，交寨中公用。",
        "纵狗伤人的，须拿出糯米五十斤，黄酒三坛，给全屯人聚餐。",
    ],
)
def test_p601_a_goods_in_kind_by_any_count(text: str) -> None:
    assert "CV601" in [m.code for m in unlawful_measures(text)]


# (b) a treat or a sum for the village added to the damages (还要, 另要), the sum standing in the verb (拿一百块钱)
@pytest.mark.parametrize(
    "text",
    [
        "偷挖别家竹笋的，赔偿以外，还要摆三桌酒席请本队老人。",
        "鸡鸭乱啄邻居秧苗的，赔了秧苗另要买一挂鞭炮送到村部。",
        "放火烧荒的，掏五百元请全组看一场戏。",
        "偷鱼塘鱼的，除照价赔偿外，还要拿三百块钱给组里买烟花。",
    ],
)
def test_p601_b_a_treat_added_to_the_damages(text: str) -> None:
    assert "CV601" in [m.code for m in unlawful_measures(text)]


# (c) a multiple of the value taken, said as a saying (偷一罚十) or dealt with (按价值的五倍处理)
@pytest.mark.parametrize(
    "text",
    [
        "偷砍集体竹子的，按砍一赔五执行。",
        "盗挖他人药材的，查实后按盗一罚三的老规矩办。",
        "私自捕捞集体鱼塘的，按鱼价的三倍处置。",
        "偷拿公家物品的，按所拿物品价值的五倍处理。",
    ],
)
def test_p601_c_a_multiple_of_what_was_taken(text: str) -> None:
    assert "CV601" in [m.code for m in unlawful_measures(text)]


# (d) a deposit turned into the village's money, named in its own clause or as what was pledged (押的钱)
@pytest.mark.parametrize(
    "text",
    [
        "养狗户交押金二百元，狗咬伤人的，押金归组里。",
        "乱扔祭祀垃圾的，上坟前交的押金，转作村绿化费用。",
        "乱堆建材的，押在物业的钱一律不退。",
        "羊群啃了别家麦苗的，赔了麦苗不算完，押下的钱也归队里。",
        "放鞭炮超时的，所交保证金，充作村里路灯电费。",
    ],
)
def test_p601_d_a_deposit_turned_into_the_villages_money(text: str) -> None:
    assert "CV601" in [m.code for m in unlawful_measures(text)]


# (e) the consequence of a prohibited act opened by 一经查获/一经抓获 or by whoever sees it (见者); things taken into a
# body's hands to dispose of; works the village itself pulls down, the works named between (村里将其…拆除)
@pytest.mark.parametrize(
    "text",
    [
        "严禁在水库炸鱼，一经查获，渔网当场烧毁。",
        "严禁在禁猎区下套，一经抓获，猎具当场销毁。",
        "鹅群不准进秧田，见者可当场打死。",
        "偷猎野兔的，猎物归组里处置。",
        "乱搭猪圈占道的，村委会把他搭的猪圈推倒。",
        "占道经营的，组里将其摊棚全部拆掉。",
    ],
)
def test_p601_e_property_taken_after_a_prohibited_act(text: str) -> None:
    assert "CV602" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "每户每年交粮食一百斤给村集体作为公粮储备。",
        "婚宴一般不超过十桌，村里每户送米两斤贺喜。",
        "红白喜事要简办，要办酒席的须报理事会。",
        "集体拿一千元买鞭炮庆祝春节。",
        "按国家标准的两倍处理污水。",
        "工程完工验收合格的，保证金，全额退还。",
        "具体事务归村委会处理。",
        "村里将老旧的公厕拆除重建。",
        "村集体收益归村集体所有。",
    ],
)
def test_p601_lawful_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


def test_p601_a_sum_fined_put_in_public_hands_is_no_seizure() -> None:
    codes = [m.code for m in unlawful_measures("盗砍竹木者，另罚钱三千文归公。")]
    assert codes == ["CV601"]


# --- p603 (ninth session, round 2): liberty, supply, services, others bearing ---------------------------------
# (a) the object put first as a topic, the village then withholding it after a comma (其…申请，村里不予上报).
@pytest.mark.parametrize(
    "text",
    [
        "凡不配合人居环境整治的农户，其申请的低保、临时救助，村里一律不予上报。",
        "凡拒不参加村组义务投工投劳的户，三年内其建房用地申请，村里不予报批。",
        "不听劝阻大操大办的，今后其低保，村委一律暂缓上报。",
        "乱占耕地建房的，该户今后的产业扶持项目，村两委一概不予申报。",
    ],
)
def test_p603_topic_object_withheld_after_a_comma(text: str) -> None:
    assert "CV605" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize("text", ["对符合条件的低保申请，村里一律按规定及时上报。", "申请低保的，村里一律公示后上报。"])
def test_p603_topic_object_passed_on_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (b) a supply not let to his field or boat, its verb naming it; a cut with an aspect marker (停了自来水).
@pytest.mark.parametrize(
    "text",
    [
        "乱倒垃圾的，当年不放水到其田块。",
        "偷开闸门抢水的，本季不放水进其承包田。",
        "不交水费的，下一轮不供水到该户田里。",
        "违反禁渔规定的，停止该船岸电。",
        "违规养猪的，被村里停了生活用水。",
    ],
)
def test_p603_supply_not_let_to_him(text: str) -> None:
    assert "CV604" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text", ["检修线路时，村里停了自来水，请大家谅解。", "村民在灌溉期间不放水到田块的，由管水员提醒。"]
)
def test_p603_supply_stopped_for_maintenance_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (c) names shown whose owners are described by their wrong right before them, anywhere in the sentence, or his
# name after a sentence that opens on his act with no 的 (CV603); a list of recipients or of those elected stays silent.
@pytest.mark.parametrize(
    "text",
    [
        "上月村里把两户乱倒垃圾的农户名单贴在了村口公告栏。",
        "年底总结会后，村委会将五户不交卫生费的户主姓名张贴在公示栏里。",
        "偷砍集体竹子，不论多少，用白纸写出其姓名贴在村口。",
    ],
)
def test_p603_names_of_doers_described_by_their_wrong_are_shown(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "本年度享受低保的农户名单在公开栏公示。",
        "经评议符合条件的低保户名单张榜公示。",
        "本月在村务公开栏公示了新当选的村民代表名单。",
    ],
)
def test_p603_lists_of_recipients_shown_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# --- p607, ninth session round 2: women (CV607) read in any register, and quoted rules struck out ---
# (a) her marriage named in any form: a compound X嫁女, a marriage where neither side moves (两头婚, 两边走), older or
# spoken words (出阁, 于归, 出了门, 成亲), her marriage's time before her (婚后…的妇女); (b) her share handed to the
# husband's side or her lineage, taken over by another (接包), or she deemed one who has left; (c) a spoken denial
# (别再来拿).
@pytest.mark.parametrize(
    "text",
    [
        "城嫁女当年的土地租金按标准的七成发放。",
        "嫁女户的宅基地申请一律暂缓审批。",
        "两头婚的夫妻，其子女只能分得半份股金。",
        "实行“两边走”婚姻的女方，年终分红减半。",
        "女儿出阁后，其口粮田交回娘家兄弟耕种。",
        "本组闺女于归之后，所种田地归还族里。",
        "姑娘出了门，组里的分红就别再来拿了。",
        "离异的妇女，她的股份由原夫家代为持有。",
        "丧偶后再婚的妇女，其承包地由亡夫的侄子接包。",
        "女子与外乡人成亲的，一律视为已迁出人口。",
    ],
)
def test_p607_a_her_marriage_in_any_words_decides_a_loss(text: str) -> None:
    assert "CV607" in [m.code for m in unlawful_measures(text)]


# (d) a rule quoted and then said to be struck out, void or unlawful: the article reports it, imposes nothing.
@pytest.mark.parametrize(
    "text",
    [
        "原方案里“出嫁女只发一半分红”的条款已被镇政府责令删除。",
        "法院查明，该组决议中“离婚妇女不得分地”的内容违反法律，判决撤销。",
        "“嫁出去的姑娘不分红”这一做法已经取消，今年起一律同等分配。",
        "村里召开会议，宣讲“外嫁女不分地”属于违法做法。",
        "两头走的年轻人要常回村看看老人。",
        "出了门在外打工的村民，要遵守当地法规。",
        "婚后随夫居住的妇女，仍享受本村同等待遇。",
        "由村民小组代为持有的股份，年底按人分配。",
        "女儿出阁时，邻里不得大操大办。",
    ],
)
def test_p607_a_struck_out_rules_and_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (e) a heading naming her, then items or a table's cells listing what she gets (征地款：不分, | 40% |); a heading
# that says anything of her is an item itself, and a list under any other heading stays silent.
@pytest.mark.parametrize(
    "text",
    [
        "离婚后仍住本村的妇女\n- 宅基地：不分\n- 年底分红：按七成",
        "| 人员类型 | 口粮款 |\n| 本组男劳力 | 全额 |\n| 上门女婿 | 40% |",
        "丧偶改嫁的妇女\n1. 承包地：收回\n2. 股金：停发",
        "招郎户子女：分红 | 无",
    ],
)
def test_p607_e_her_heading_then_items_or_cells(text: str) -> None:
    assert "CV607" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "| 项目 | 标准 |\n| 人均分红 | 100% |\n| 困难户补助 | 30% |",
        "本组村民\n—— 征地款：每人一份\n—— 青苗费：按实际面积",
        "出嫁女须知\n—— 按时参加村民会议\n—— 分红：照常发放",
        "外嫁女与男子同等对待\n—— 不参加评比的，取消奖励",
    ],
)
def test_p607_e_lists_under_other_headings_stay_silent(text: str) -> None:
    assert "CV607" not in [m.code for m in unlawful_measures(text)]


def test_p607_e_a_heading_that_says_something_is_an_item() -> None:
    codes = [m.code for m in unlawful_measures("3. 外嫁女享有同等权利\n4. 违反村规的，取消分红")]
    assert "CV607" not in codes


# (f) a village service refused for her wedding or funeral (理事会不予操办): what members are served with
@pytest.mark.parametrize(
    "text", ["离婚回村的妇女家中办丧事，村帮忙队不上门服务。", "招婿户的喜事，理事会一律不予操办。"]
)
def test_p607_f_a_village_service_refused_for_her(text: str) -> None:
    assert "CV607" in [m.code for m in unlawful_measures(text)]


def test_p607_f_a_service_refused_for_a_lavish_feast_stays_silent() -> None:
    assert unlawful_measures("红白理事会不承办大操大办的酒席。") == []


# (g) an offence named with her or her husband (入赘的丈夫因偷盗被拘的): the loss answers the act, not the marriage.
def test_p607_g_an_offence_beside_the_marriage_decides_the_code() -> None:
    codes = [m.code for m in unlawful_measures("上门女婿因赌博被拘留的，全家停发当年分红。")]
    assert "CV608" in codes and "CV607" not in codes


def test_p607_g_her_status_alone_stays_cv607() -> None:
    assert [m.code for m in unlawful_measures("外嫁女户口未迁出的，不得参加分配。")] == ["CV607"]


# (f) a refusal is a denial of the member's share or compensation (不同意分配, 拒绝发放, 拒不发给, 暂不兑现)
@pytest.mark.parametrize(
    "text",
    [
        "组里以李某不出义务工为由，不同意分配其应得的征地补偿款。",
        "乱搭窝棚的，合作社拒绝发放其当年股红。",
        "王某不交卫生费，组里拒不发给他青苗补偿费。",
        "偷排污水的，村委会拒绝支付其当年土地流转费。",
    ],
)
def test_p601_f_a_refusal_withholds_the_share(text: str) -> None:
    assert "CV602" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    ["征地补偿款按时足额发放。", "村里不同意分配土地补偿款给外村人的意见被否决。", "未经批准不支付土地流转费。"],
)
def test_p601_f_payments_made_or_debated_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (d) a settlement below the village as the place of one member's act, the settlement bearing it (CV608); a
# child born over the plan (超计划生育) as a wrong whose kin bear the measure.
@pytest.mark.parametrize(
    "text",
    [
        "同一自然村内有人私自电鱼的，该自然村当年的道路项目暂缓上报。",
        "生产队内发生野外用火的，该生产队所有农户的护林补助暂停发放。",
        "超计划生育的，其兄弟姐妹三年内不予安排宅基地。",
    ],
)
def test_p603_settlement_or_kin_bears_one_members_act(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


def test_p603_fire_use_allowed_stays_silent() -> None:
    assert unlawful_measures("确需在野外用火的，须经村防火办同意并有专人看守。") == []


# (e) the village's help at his weddings and funerals withheld (CV605; CV608 when his kin are named); the villagers
# who withhold it are no bearers; a guest's own limit on gifts and a call for thrift stay silent.
@pytest.mark.parametrize(
    "text",
    [
        "不交保洁费的户，今后办喜事村里不派人帮忙。",
        "拒不出义务工的，其家办白事时各户一律不去相帮。",
        "违反禁赌规定的，互助组停止为其家帮工。",
        "该户违规大办升学宴，全组村民一律不得前往赴宴。",
    ],
)
def test_p603_help_at_feasts_withheld(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV605"]


def test_p603_help_withheld_from_the_whole_family_is_cv608() -> None:
    text = "对虐待老人者，其全家今后办酒席，村民一律不去帮工。"
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "党员干部参加婚宴的，不得随礼超过二百元。",
        "红白喜事提倡不请客、不随礼、不吃酒。",
        "婚事新办，党员干部不得随礼。",
    ],
)
def test_p603_guests_own_limits_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# ---- q601, tenth session (CV601, CV602) ----
# (a) an unnamed penalty (视情节处罚, 相应处罚) whose kinds the article spells out in lawful terms refers to them
# (docs/clause-codes.md, "Cases decided since"); beside a lawful order, or after lawful steps, it stays a fine.
@pytest.mark.parametrize(
    "text",
    [
        "违反本条的，视情节处罚：初次发现的予以劝导，再次发现的给予警告，拒不改正的责令限期整改。",
        "对乱扔垃圾者给予相应处罚。情节轻微的口头警告，情节较重的在村民小组会上批评教育。",
        "违者视情节轻重予以处罚，轻者批评教育，重者责令赔礼道歉并恢复原状。",
        "对上述行为，村委会将根据情节给予警告、批评教育等处罚。",
        "凡违反本公约的，视情节给予处理和处罚，具体为：说服教育、书面警告、责令改正。",
    ],
)
def test_q601_unnamed_penalty_spelled_out_lawfully_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "违者给予相应处罚，并责令其改正。",
        "初次发现的给予警告，屡教不改的从重处罚。",
        "违反规定的，视情节处罚，轻者警告，重者罚款二百元。",
        "违反公约者给予相应处罚。",
        "违者从重处罚。村民应加强对子女的教育。",
    ],
)
def test_q601_unnamed_penalty_left_unnamed_is_cv601(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


# (b) a state organ named as the agent (由 + organ) governs the fines and takings after it in its sentence, and the
# enforcement of its fine after a semicolon; 除由…外 and the village named again keep the village's own measures.
@pytest.mark.parametrize(
    "text",
    [
        "在封山区砍柴的,由县林业局委托镇政府,按每捆二十元的标准,对砍柴者予以处罚。",
        "乱挖河砂的,由区水利局按每车三百元处以罚款;对拒不交纳罚款的,暂扣其挖砂机具。",
        "电鱼的,由渔政部门没收渔具,并处罚款一千元。",
        "违章建房的,由镇国土所按每平方米五十元的标准,对建房户进行处罚。",
        "私自倾倒建筑垃圾的,由城管执法局责令清运,并对当事人予以处罚;不交罚款的,扣留运输车辆。",
    ],
)
def test_q601_a_state_organ_as_agent_defers_the_measure(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("电鱼的,除由渔政部门依法处理外,村里另罚款五百元。", "CV601"),
        ("乱挖河砂的,由区水利局处以罚款;对拒不交纳罚款的,由村委会暂扣其挖砂机具。", "CV602"),
        ("乱挖河砂的,由区水利局处理;情节较轻的,罚款二百元。", "CV601"),
        ("违规放牧的,由村委会报林业站后,罚款五十元。", "CV601"),
    ],
)
def test_q601_the_village_named_after_the_organ_keeps_its_measure(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


# (c) her losses continued past a semicolon with no subject or condition of their own are her finding (CV607 alone);
# a new doer and his own wrong after the semicolon keep their code.
@pytest.mark.parametrize(
    "text",
    [
        "离婚妇女不得分配集体收益；同时收回其承包地。",
        "外嫁女一律不参加年终分红；包括征地时也不分配土地补偿款。",
        "招赘上门的男子不享受集体福利；且其承包地由组里收回。",
        "丧偶后再婚的妇女不再分配宅基地；甚至原有的承包田也要收回。",
        "嫁到外地的女儿不参与股份分红；亦停发其土地补偿款。",
    ],
)
def test_q601_her_losses_continued_past_a_semicolon_are_cv607_alone(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    ["出嫁女不参与分红；同时，村民乱砍滥伐的，收回其承包地。", "出嫁女不参与分红；乱砍滥伐的村民，收回其承包地。"],
)
def test_q601_a_new_doer_after_her_finding_keeps_cv602(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607", "CV602"]


# --- q603, tenth session: CV603/CV604/CV605/CV608 on fresh real text -------------------------------------------
# (a) the body itself punished, as old 款约, steles and clan rules write it: a death, a maiming or a beating imposed
# for the wrong (CV603); a beast put down, an injury the wrong caused and the court's sentence stay out.
@pytest.mark.parametrize(
    "text",
    [
        "盗挖祖坟者，族中公议处死。",
        "拦路劫财的，捉到后杖责三十，逐出寨门。",
        "屡偷鸡鸭不改，砍其手指以儆效尤。",
        "私通外寨引人劫掠者，沉塘。",
        "族人不孝顶撞父母的，由族长当众掌嘴。",
    ],
)
def test_q603_body_punished_is_cv603(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "恶犬咬伤人的，由养犬户自行将犬处死并赔偿。",
        "打架致人断指的，由致害人赔偿医药费。",
        "犯罪分子由人民法院依法判处死刑。",
        "保洁员负责打扫村中心道路。",
        "严禁私设公堂，不得鞭打、捆绑他人。",
    ],
)
def test_q603_beasts_injuries_and_sentences_stay_clear_of_cv603(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# (b) a plaque hung as an honour or by an authority, and 曝光 named with its honour as the scheme's two sides, show
# no one (clean); the same words as a sanction stay CV603.
@pytest.mark.parametrize(
    "text",
    [
        "每季度评选美丽庭院，评上的挂牌表彰。",
        "卫生评比优秀的农户，由村里挂牌奖励一百元。",
        "村内古树一律挂牌保护，严禁砍伐。",
        "二、门前三包，定期评比曝光、表扬。",
        "环境整治实行检查通报，评比结果与奖励、曝光挂钩，表扬和曝光每月一次。",
    ],
)
def test_q603_plaques_of_honour_and_named_schemes_stay_silent(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize("text", ["偷砍竹子的，挂牌在村口站半天。", "乱倒垃圾屡教不改的，予以曝光。"])
def test_q603_plaque_and_exposure_as_sanctions_stay_cv603(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


# (c) names shown with their owners described by their wrong after the verb, or marked in a list the sentence
# publishes (CV603, no condition needed); a list of those who failed a test, and a ban on showing, stay silent.
@pytest.mark.parametrize(
    "text",
    [
        "管委会有权在楼道公告栏公示违反养犬规定的住户的门牌号。",
        "村委会每月张榜列出乱倒建筑垃圾的农户名单。",
        "物业公司可在电梯口通报占用消防通道的车主姓名。",
        "每季度公布卫生检查结果，同时写明乱堆柴草户的户主姓名，督促其整改。",
        "在村广播里播报私自焚烧秸秆的村民的名字。",
    ],
)
def test_q603_names_described_by_their_wrong_shown(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "每年公示不符合低保条件的申请人名单，接受监督。",
        "公布未通过审核的宅基地申请户名单，并说明理由。",
        "任何人不得公布欠费业主的姓名和房号。",
        "公示享受危房改造补助的农户名单。",
    ],
)
def test_q603_lists_of_tests_failed_and_bans_stay_silent(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# (d) everyone on the doer's household register (户口本上的人口, 户内全部人口) bears the measure: CV608, like 全家.
@pytest.mark.parametrize(
    "text",
    [
        "拒不拆除违建的，停发其户口簿内所有成员的年节慰问品。",
        "偷排污水屡教不改的，户内全部人口三年内不享受合作医疗代缴。",
        "违约户的户口本上的其他人员一律不予出具证明。",
        "违者三年内不为其户内人口办理任何证明。",
        "私接电线的，取消该户户籍簿上全体人员的集体福利。",
    ],
)
def test_q603_everyone_on_the_register_bears_it(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "家庭人口较多的困难户，优先安排低保。",
        "户口本上的人口变动，应及时到村委会登记。",
        "全家人口均已参加合作医疗的，予以表扬。",
    ],
)
def test_q603_the_register_as_a_topic_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# --- q607 (tenth session): CV607 losses told in plain words, real stories and schemes. ---
# (a) a right had, received or lost in plain words (不能有, 无法领到, 失去, 仅能领取 a sum); (b) spoken nouns for her
# (女的, 女人, 嫁…的人, 成家); (c) a plural pronoun for whom it is refused (给她们, 为他们); (d) only one of the
# daughters (其中一位, 任一); (e) her right placed at her husband's (应到丈夫所在村分地); (f) a story's next sentence
# naming her by 她 or her parents' home (娘家). Sentences written for these tests.
@pytest.mark.parametrize(
    "text",
    [
        "本组姑娘出嫁以后，就失去了分配土地补偿款的资格。",
        "离婚妇女回到本村居住的，无法领到当年的集体分红。",
        "入赘到本组的男子不能有宅基地。",
        "外嫁女户口留在村里的，每人仅能领取三百元安置费。",
        "丧偶后改嫁的妇女，原有的承包地随之失去。",
        "女的嫁了人，村里的分红就没她的份了，户口在不在都一样不给发。",
        "村里的女人一结婚，宅基地申请一律不批。",
        "嫁到城里去的人，征地款一分也不能领到。",
        "本村姑娘成家后仍住村里的，失去宅基地申请资格。",
        "两个姐姐都是外嫁女，组里开会决定不给她们分配征地补偿款。",
        "对几户招赘的人家，合作社不同意给他们配置股份。",
        "只有女儿的家庭，不论几个女儿结婚，只准其中一位女儿留在户内享受分配。",
        "纯女户招婿的，仅限任一女儿的家庭参加分红。",
        "村委会认为她应到丈夫所在村分地，拒绝给她分配承包地。",
        "组长称其只能去婆家领补偿，本组不再发放。",
        "王家女儿婚后户口一直留在本组。今年分配土地款时，组里没有把钱分给她。",
        "李大姐十年前嫁到邻县。去年她回来要求分地，娘家组里拒绝为其分地。",
    ],
)
def test_q607_plain_word_losses_of_married_women(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "对不符合结婚条件的男女，村委会不出具婚姻状况证明。",
        "女的结婚后与男的一样享受本村各项福利。",
        "妇女出嫁后户口未迁出的，享受同等待遇。她的子女也按本村村民对待。",
        "夫妻双方户口均在本村的，不得因婚姻状况减少其分配份额。",
        "外嫁女已在丈夫所在村分得承包地的，本村依法收回其原承包地。",
        "出嫁女享有与男子平等的权利。娘家所在组不得收回其承包地。",
        "本村姑娘成家后仍住村里的，享受宅基地申请资格。",
    ],
)
def test_q607_marriage_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a sentence going on about her (包括其…) holds no CV602 of its own beside her finding, and her children
        # no CV608 of their own
        "离婚的妇女不能再参加分红；包括其回娘家居住期间，亦不再享有其他林地权益。",
        "离婚的妇女不能再参加分红；包括其子女，今后不再享有其他山林权益。",
    ],
)
def test_q607_her_next_sentence_is_her_finding(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


def test_q607_her_childs_own_offence_keeps_cv608() -> None:
    assert [m.code for m in unlawful_measures("出嫁女不参加分配；其子女偷盗的，取消其子女的低保。")] == [
        "CV607",
        "CV608",
    ]


# (g) a vote taken (暂停其…表决权) is CV606 whatever the ground, like 取消其选举权: living elsewhere with the
# registration kept here is no ground the law knows; the law's own bar (剥夺政治权利) and moving out stay clean.
@pytest.mark.parametrize(
    "text",
    [
        "长期在城里经商、户口仍在组里的，暂停其在社员大会上的表决权。",
        "常年在外地居住的村民，停止其村民代表会议投票权。",
        "户籍在本村但常住县城的，取消其本届村委会的被选举权。",
        "人户分离满两年的，暂停他在股东大会上的表决权，回村后恢复。",
        "挂靠户口的在外人员一律停止其村民会议表决权。",
    ],
)
def test_q607_vote_taken_for_living_elsewhere(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


@pytest.mark.parametrize(
    "text",
    [
        "被依法剥夺政治权利的人员，停止其表决权。",
        "任何组织和个人不得剥夺村民的表决权。",
        "外出务工的村民可以委托他人行使表决权。",
        "户口迁出本村的，其村民会议表决权自迁出之日起终止。",
    ],
)
def test_q607_vote_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# ---------------------------------------------------------------------------------------------
# qshape (tenth session): the shape of real text. (a) A rule reported as struck out, held void or rewritten, with or
# without quotation marks, imposes nothing; the same rule told as the rule, or a saving clause after it, is read.
@pytest.mark.parametrize(
    "text",
    [
        "复核意见：第十二条“违者罚款五百元”应改为“违者由村委会批评教育”。",
        "经县民政局审查，原规约中外嫁女不参加分红的规定违反妇女权益保障法，现已删除。",
        "判决书认定，该组以出嫁为由不分给李某征地补偿款的做法于法无据。",
        "去年的分配方案规定入赘女婿只分一半，此项规定已于今年废止。",
        "仲裁委员会认为，合作社对陈某作出的扣发分红决定没有法律依据，应予撤销。",
        "乡司法所指出，草案中「偷鸡者游街一圈」「罚请全村看戏」两条违法，村里已经删去。",
    ],
)
def test_qshape_rule_reported_void_or_rewritten_is_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("违者罚款200元，没收其违法所得。", ["CV601", "CV602"]),
        ("违者罚款二百元。以上规定如与法律法规相抵触的，以法律法规为准。", ["CV601"]),
        ("该村规定，外嫁女不得参与集体收益分配。", ["CV607"]),
        ("对私接电线的，停止供电，该规定自公布之日起执行。", ["CV604"]),
        ("对违反村规民约的做法，罚款五十元。", ["CV601"]),
        ("违反本规约规定的，罚款一百元，上述决定由村委会执行。", ["CV601"]),
    ],
)
def test_qshape_rule_told_with_its_verdict_words_elsewhere_is_read(text: str, codes: list[str]) -> None:
    assert sorted({m.code for m in unlawful_measures(text)}) == codes


# (b) The item's own number in any pasted form (5、, 二、, ⑤, 3., 第三条 （一）) is read past: the clause starts at
# its first word, and the finding keeps its place in the text as written.
@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        ("5、哪个组有人偷倒建筑垃圾，该组本年的路灯项目暂不安排。", "CV608", "该组本年的路灯项目暂不安排"),
        ("二、不敬老人村人嫌，年终福利不沾边。", "CV605", "福利不沾边"),
        (
            "第三条 （一）户内成员赌博被公安处理的，该户两年不得申报危房改造补助。",
            "CV608",
            "该户两年不得申报危房改造补助",
        ),
        ("⑤子女在河里电鱼被抓的，对其家庭停水三天。", "CV608", "对其家庭停水三天"),
        ("3.哪一户有人偷砍林木，该户所在小组的道路项目推迟安排。", "CV608", "该户所在小组的道路项目推迟安排"),
        ("4、某个村民小组出现违规建坟，取消该组当年的奖补资金。", "CV608", "取消该组当年的奖补资金"),
    ],
)
def test_qshape_item_number_in_any_form_is_read_past(text: str, code: str, evidence: str) -> None:
    found = [m for m in unlawful_measures(text) if m.code == code]
    assert found and found[0].evidence == evidence and text[found[0].start : found[0].end] == evidence


@pytest.mark.parametrize("text", ["3.5元每吨的水费按时交纳。", "一、村民应当按时交纳水费。", "（二）"])
def test_qshape_numbers_that_are_no_measure_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (d) no further measure (不另行/不另外/不额外/不重复 + the measure) rules it out; 另行 alone adds one.
@pytest.mark.parametrize(
    "text",
    [
        "偷电的，由供电所依法处理，村里不另外罚款。",
        "私自砍伐的，由林业站处理，村委会不额外没收其工具。",
        "乱倒垃圾的，已由城管罚款的，村里不重复罚款。",
        "乱倒垃圾的，村里不再另行收取罚款。",
        "酒驾的，由交警依法查处，村委会不另行处罚。",
    ],
)
def test_q601_no_further_measure_is_a_negation(text: str) -> None:
    assert unlawful_measures(text) == []


def test_q601_a_further_measure_is_imposed() -> None:
    assert [m.code for m in unlawful_measures("乱倒垃圾的，除清理外，另行罚款五十元。")] == ["CV601"]


# (e) a share-out of welfare (福利物资分配, 慰问品分配, 年货分配) is CV605 alone; a share of collective income stays CV602.
@pytest.mark.parametrize(
    "text",
    [
        "不按时交卫生费的，不参与本村年底的福利物资分配。",
        "赌博的，当年不得参加组里的慰问品分配。",
        "酗酒闹事的，不予参加春节年货分配。",
        "拒不参加义务工的，不享有村集体福利的分配。",
        "不交保洁费的，不参加村里中秋慰问物资的分配。",
    ],
)
def test_q601_welfare_shared_out_is_cv605_alone(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV605"]


@pytest.mark.parametrize("text", ["乱倒垃圾的，不参加当年的集体收益分配。", "乱倒垃圾的，不参加当年分配。"])
def test_q601_a_share_of_income_withheld_stays_cv602(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


# (f) the owner ordered to carry his things away, or a carrying-away that times another measure, takes nothing;
# the village carrying them away keeps CV602.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("在公路上晒稻谷的，由组长当面劝导，责令其立即收走。", []),
        ("在晒谷场乱停农机的，批评教育，让其马上开走。", []),
        ("在小区草坪放鹅的，物业劝导，并责令其当日拿走。", []),
        ("在村委会门前停放货车的，村干部劝说，责令其马上开走。", []),
        ("违规养鸭的，停止供水，直至鸭群全部运走。", ["CV604"]),
    ],
)
def test_q601_the_owner_moving_his_things_is_no_taking(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


@pytest.mark.parametrize("text", ["乱停车辆的，由村里拖走。", "占道堆放的杂物，村委会派人清走，不予退还。"])
def test_q601_the_village_carrying_things_away_is_cv602(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


# (e) ordered to kneel by any verb of command (CV603); a detention named by its legal kind (行政拘留) is the
# police's, not the charter's.
@pytest.mark.parametrize(
    "text",
    [
        "偷摘族中果树的，令其跪于祖堂前半日。",
        "顶撞长辈屡教不改者，由族长责令当众跪在祠门口。",
        "偷砍祠堂林木者，命其跪于祠前认错。",
    ],
)
def test_q603_ordered_to_kneel(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text", ["清明祭祖，族人依次跪拜。", "私自上山用火的，罚款二百元，情节严重的由公安机关予以行政拘留。"]
)
def test_q603_worship_and_police_detention_stay_clear_of_cv603(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# (f) households bound to answer for each other (联保: 一户失火，五户同罚), a household's child as the doer (农户子女,
# 牧户儿子: his household bears it as another's) and kin described before their word (其留在村里的公婆) are CV608.
@pytest.mark.parametrize(
    "text",
    [
        "十户联保防火，一户引发山火，十户同罚。",
        "邻近三户互相监督，一户偷排污水，三户并罚。",
        "牧户儿子在禁牧期偷牧的，该户当年草原补奖暂停发放。",
        "渔户子女在禁渔区电鱼的，其家庭当年的燃油补贴不予发放。",
        "外出务工人员不按时返村体检的，向其留在家里的岳父母收取误工费五十元。",
    ],
)
def test_q603_households_bound_and_kin_bear_it(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "每年冬季由五户轮流值守，每户同时出工。",
        "其在外务工的丈夫回村后，应到村委会登记。",
        # (子女不赡养父母的，取消其家庭的优惠待遇 moved out in the eleventh session: a doer named as 子女 is one member
        # of the household, CV608 by docs/clause-codes.md; the adult's own household is one named without him)
        "不赡养父母的，取消其家庭的优惠待遇。",
    ],
)
def test_q603_turns_kin_topics_and_own_households_stay_clear_of_cv608(text: str) -> None:
    assert "CV608" not in [m.code for m in unlawful_measures(text)]


# (g) the village's services in new words: its vetting of his application (签批, 批准), its bus or kindergarten
# barred (乘坐, 入园), its electrician not sent (不安排电工为其接电) -- CV605 and CV604; the same places in rules of
# use stay silent.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("拒交卫生费的，村委会不签批其户口迁移申请。", "CV605"),
        ("违反禁燃规定的，两年内不得搭乘村里开通的校车。", "CV605"),
        ("毁坏公共设施的，三个月内不安排其父母入住村幸福院。", "CV608"),
        ("私拉乱接电线屡教不改的，村里不派电工给其家接电。", "CV604"),
        ("未经报备私自办酒的，村里不安排电工给其临时拉电。", "CV604"),
    ],
)
def test_q603_services_in_new_words(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "乘坐村里校车时不得打闹。",
        "幼儿园内严禁吸烟。",
        "停电检修期间，村里安排电工为用户接电。",
        "村两委不批准其建房申请的，应书面说明理由。",
    ],
)
def test_q603_rules_of_use_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (h) a line of the charter crossed (踩红线, 触碰底线) is a wrongdoing.
@pytest.mark.parametrize(
    "text",
    [
        "触碰了村里十条底线的农户，三年内不享受村集体提供的各项服务。",
        "踩了村规红线的村民，一年内不享受村委会提供的一切服务。",
    ],
)
def test_q603_a_line_crossed_is_a_wrong(text: str) -> None:
    assert "CV605" in [m.code for m in unlawful_measures(text)]


# (i) a fire told as an event in the place the article guards (辖区内发生火灾，…) is the cause of the sanction after
# it; a time or an emergency (发生火灾等紧急情况时) is none.
@pytest.mark.parametrize(
    "text", ["本寨林区内发生山火，肇事户罚请全寨看电影一场，并罚鸣锣喊寨三个月。", "组内引发火情，当事人鸣锣巡寨半年。"]
)
def test_q603_a_fire_told_as_an_event_is_the_cause(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


def test_q603_a_fire_as_a_time_is_no_cause() -> None:
    assert unlawful_measures("发生火灾、洪水等险情时，村里可以临时切断该片区电源。") == []


# (j) the village's papers or services granted to all but the wrongdoers, the exception written right after them
# (…提供代办服务（拒不履行赡养义务的除外）): refused to them, CV605; an exception of age, residence or
# eligibility is none.
@pytest.mark.parametrize(
    "text",
    [
        "村委会为村民出具各类证明，未交清集体欠款的除外。",
        "居委会为居民提供代办服务（拒不履行赡养义务的除外）。",
        "村里统一为外出务工人员办理相关手续，违反禁毒公约的除外。",
    ],
)
def test_q603_papers_for_all_but_the_wrongdoers(text: str) -> None:
    assert "CV605" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "村委会为村民办理有关手续，户口不在本村的除外。",
        "村里为村民出具有关证明（未满十八周岁的除外）。",
        "村委会为村民提供代办服务，本人不符合条件的除外。",
    ],
)
def test_q603_exceptions_of_eligibility_and_rewards_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (k) a measure named as the sanction decided (对周家作出停水的处理, 给予…处理, 予以…处理), whoever bears it and with no
# condition; a procedure (停水停电的处理办法) and a decision of maintenance are none.
@pytest.mark.parametrize(
    "text",
    [
        "村两委研究决定，对李家作出停止供电的处理。",
        "经村民代表会议讨论，给予王某家停水一个月的处理。",
        "居委会对三号楼住户予以暂停供气处理。",
        "对那几户作出停水停电的处理，直到拆除为止。",
    ],
)
def test_q603_a_supply_cut_decided_as_a_sanction(text: str) -> None:
    assert "CV604" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text", ["遇到停水停电的处理办法，由村委会另行公布。", "村委会作出停电检修的决定后，应提前三天通知。"]
)
def test_q603_procedures_and_maintenance_decisions_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (l) one case counted in a group (村民小组出现一例…的, 本组发生一起…的) is one member's act, and the group bears the
# measure after it (CV608).
@pytest.mark.parametrize(
    "text",
    [
        "本组发生一起偷盗案件的，该组当年的道路项目暂缓安排。",
        "该小组出现两例乱倒垃圾的，取消该组当年的卫生奖补。",
        "该村民小组出现一起偷砍林木的，该组护林补贴停发一年。",
    ],
)
def test_q603_one_case_in_the_group_the_group_bears_it(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


# (m) a household named by what it did at random or on its own (私搭乱建户, 私接乱拉户) is the doer of a wrong, like
# 违建户: the names shown after it are his (CV603); told to put it right, it stays silent.
@pytest.mark.parametrize("text", ["私搭乱建户一律在公开栏公示户主姓名。", "私接乱拉户由村里张榜公布户主姓名。"])
def test_q603_a_household_named_by_its_wrong_is_shown(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


def test_q603_a_household_named_by_its_wrong_told_to_clear_stays_silent() -> None:
    assert unlawful_measures("乱堆乱放户由保洁员上门劝导，限期清理。") == []


# (n) taking part in an appraisal (参评, 评比) is an honour whatever the title (清洁户, 美丽庭院): its loss is clean.
@pytest.mark.parametrize(
    "text",
    [
        "屡次乱倒垃圾的，取消其当年参评“美丽庭院”的资格。",
        "拒不整改的，不得参加年度“卫生示范户”评比。",
        "违反禁烧规定的，取消其参评资格。",
    ],
)
def test_q603_appraisals_lost_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (o) whoever did it named as 谁家, said plainly (谁家不交卫生费，就断谁家的电): the supply cut is his (CV604); a
# repair at whichever house lost power is none.
@pytest.mark.parametrize("text", ["谁家拖欠水费，就停谁家的自来水。", "谁家不交卫生费，停谁家的生活用水。"])
def test_q603_whoever_did_it_loses_the_supply(text: str) -> None:
    assert "CV604" in [m.code for m in unlawful_measures(text)]


def test_q603_a_repair_at_whichever_house_stays_silent() -> None:
    assert unlawful_measures("谁家停电了，电工及时上门检修。") == []


# (h) a loss named as a practice, rule or decision the sentence then bans or voids (…的做法，本村坚决禁止; …的决议，依法
# 无效; …的陋习，坚决杜绝) is no measure the charter imposes; a rule only put in force or explained still is.
@pytest.mark.parametrize(
    "text",
    [
        "以出嫁为由停发妇女分红的做法，本村坚决禁止。",
        "外嫁女不参加分配的决议，依法无效。",
        "以上门女婿为由少分征地款的行为，村委会予以纠正。",
        "丧偶妇女改嫁后收回其承包地的陋习，坚决杜绝。",
        "将违规者游街示众的陋习，坚决杜绝。",
    ],
)
def test_q607_practice_banned_is_no_measure(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    ["外嫁女不参加分配，本规定自公布之日起执行。", "离婚妇女不再分配宅基地的规定，由村委会负责解释。"],
)
def test_q607_rule_put_in_force_still_imposes(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


# (i) more slots widened to their class: the 户口 sent to any other place (转到婆家所在村, 迁往前夫所在地), the holding
# handed to the collective by any name (生产队), a right out of reach in the potential form (分不到, 享受不到), her case
# made a rule's exception (…为准，入赘女婿除外), a person taken off the count (减一口人), ties cut (跟村里没有关系), her
# name kept off the roll, her standing not acknowledged (一律不予承认). Her husband's own offence (酗酒骂人) is no marriage.
@pytest.mark.parametrize(
    "text",
    [
        "姑娘出嫁后须把户口转到婆家所在村，否则不再分配征地款。",
        "离婚妇女须将户口迁往前夫所在地。",
        "改嫁的寡妇，责任田一律退还生产队。",
        "招了上门女婿的人家，女婿和孩子分不到宅基地。",
        "外嫁女的孩子户口落在本村，也享受不到村里的福利。",
        "征地款按户籍人口平均分配，已经外嫁的女儿除外。",
        "年终分红以年底在册人员为准，入赘女婿除外。",
        "闺女结婚的，下一轮调地时该户减一口人的地。",
        "女儿嫁出去以后就跟村里没有任何关系了。",
        "离异回村的妇女，股东名册上不得有她的名字。",
        "外嫁女的丈夫把户口迁来的，村里一律不予承认。",
    ],
)
def test_q607_more_slots_widened(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "妇女结婚后可以将户口迁到本村落户，享受同等待遇。",
        "寡妇改嫁的，其承包地由本人继续经营，任何人不得收回。",
        "征地款按户籍人口平均分配，外嫁女同样参与，不得除外。",
        "入赘女婿酗酒打人的，按治安管理规定处理。",
        "男方到女方家落户的，该户人口增加一人。",
    ],
)
def test_q607_more_slots_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text", ["入赘女婿寻衅打架的，其岳父家停发当年分红。", "上门女婿酗酒骂人的，其岳父母户停发年终福利。"]
)
def test_q607_husbands_own_offence_is_no_marriage_ground(text: str) -> None:
    assert "CV607" not in [m.code for m in unlawful_measures(text)]


# (c) A page that pads its punctuation and quotation marks with spaces (违者 ， 罚款; “ … ”) is read with them taken out,
# like spaces between characters, and a finding never quotes a space at its ends.
def test_qshape_spaces_around_punctuation_are_read_through() -> None:
    text = "醉 酒 闹 事 的 租 客 ， 由 村 委 会 通 知 其 五 日 内 搬 出 本 村 。"
    [found] = unlawful_measures(text)
    assert found.code == "CV606" and found.evidence == "通 知 其 五 日 内 搬 出 本 村"
    assert text[found.start : found.end] == found.evidence


@pytest.mark.parametrize(
    "text",
    [
        "原规约中 “ 出嫁女不分红 ” 一条 ， 今年已经删除。",
        "经乡里审查 ， 原第八条 “ 违者罚款五百元 ” 已 改为 “ 违者批评教育 ” 。",
        "复审认为 ， 村里 对 赵某 作出 的 停电 决定 没有 法律 依据 。",
    ],
)
def test_qshape_spaced_reports_of_a_struck_rule_are_silent(text: str) -> None:
    assert unlawful_measures(text) == []


def test_qshape_a_finding_quotes_no_padding() -> None:
    text = "偷拿工地钢筋的 ， 须身穿写有 “ 我偷了 ” 三个字的背心在村口站一天。"
    [found] = unlawful_measures(text)
    assert found.code == "CV603" and found.evidence == found.evidence.strip()


# (d) Old steles and glossed pages: the variants t2s keeps (罸 for 罚, 著 for the particle 着) and a pinyin gloss in
# brackets (停(tíng)止) are read as the plain character; every finding quotes the text as written.
@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        ("偷牛者，罸銀五两。", "CV601", "罸銀五两"),
        ("放火燒山者，罸錢三千文。", "CV601", "罸錢三千文"),
        ("賭博輸了錢還打人的，由寨老押著他在寨中走一圈。", "CV603", "押著他"),
        ("违者罚(fá)款五十元。", "CV601", "罚(fá)款五十元"),
        ("对私接电线的，停(tíng)止供电。", "CV604", "停(tíng)止供电"),
        ("学生不上学的，其家庭取(qǔ)消低保。", "CV608", "其家庭取(qǔ)消低保"),
    ],
)
def test_qshape_stele_variants_and_pinyin_glosses_are_read(text: str, code: str, evidence: str) -> None:
    found = [m for m in unlawful_measures(text) if m.code == code]
    assert found and found[0].evidence == evidence and text[found[0].start : found[0].end] == evidence


@pytest.mark.parametrize("text", ["村里表彰著名的养殖能手，成效显著。", "违者罚款(a)项不适用于未成年人。"])
def test_qshape_zhu_in_its_own_sense_and_latin_brackets_stay(text: str) -> None:
    assert [m.evidence for m in unlawful_measures(text) if "著" in m.evidence or "(a)" in m.evidence] == []


# Articles pasted in traditional characters, one per code family, are read as simplified and quoted as written (these
# guard the one-for-one reading of rules.text.simplified_in_place that the variants above extend).
@pytest.mark.parametrize(
    ("text", "codes", "evidence"),
    [
        ("對拒不繳納衛生費的住戶，停止其自來水供應，直至繳清為止。", ["CV604"], "停止其自來水供應"),
        ("凡在水庫電魚者，漁具一律沒收，並罰款伍佰元。", ["CV601", "CV602"], "罰款伍佰元"),
        ("女兒出嫁後戶口仍留在本村的，其子女不得參與集體收益分配。", ["CV607"], "其子女不得參與集體收益分配"),
        ("偷盜集體財物的，將其姓名張貼在村務公開欄示眾一個月。", ["CV603"], "將其姓名張貼"),
        (
            "子女吸毒屢教不改的，其家庭當年不得享受村裡發放的年節福利。",
            ["CV608"],
            "其家庭當年不得享受村裡發放的年節福利",
        ),
        ("長期在外不盡村民義務滿十年的，註銷其本村村民資格。", ["CV606"], "註銷其本村村民資格"),
    ],
)
def test_qshape_traditional_articles_are_read_and_quoted_as_written(text: str, codes: list[str], evidence: str) -> None:
    found = unlawful_measures(text)
    assert sorted({m.code for m in found}) == codes
    assert all(text[m.start : m.end] == m.evidence for m in found)
    assert any(m.evidence.endswith(evidence) for m in found)


# (e) A rule told in the frame of the meeting that made it, with no comma before its opener (…会议决定对…的农户停止供电):
# the condition starts at the opener, so a measure that needs a wrongdoing before it finds one.
@pytest.mark.parametrize(
    "text",
    [
        "村民会议决定对拒交卫生费的农户停止供电。",
        "社员大会决定对拒交水费的户断水。",
        "居民代表会议决定对拖欠物业费的住户停止供水。",
        "村民小组会议约定对不出义务工的农户不予放水灌溉。",
        "业主大会决定对私拉电线的业主断开其电源。",
    ],
)
def test_qshape_rule_in_a_meetings_frame_without_comma(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV604"]


@pytest.mark.parametrize(
    "text",
    [
        "村民会议决定对困难户减免水费。",
        "村民大会规定对按时交费的农户优先安排放水。",
        "村民会议决定对全村供水管网进行改造。",
    ],
)
def test_qshape_meetings_frame_without_a_wrongdoing_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (g) a deposit drawn at the measure of the loss or the work, the rest given back, settles a cost (clean); a sum set
# by the seriousness of the wrong stays a fine.
@pytest.mark.parametrize(
    "text",
    [
        "借用村文化礼堂的，交押金一千元，场地未打扫的，由村里安排保洁，所需费用从押金中扣除，剩余部分退回。",
        "装修交押金二千元，损坏公共楼道的，按市价从押金中扣除，多余的如数退还。",
        "借用村里桌椅的，交押金三百元，损坏一张按原价在押金中扣除，其余退还。",
        "借用村里戏服的，交押金三百元，弄坏的按市价从押金中扣除，余额退还。",
        "在村里堆放建材的，交保证金二千元，未清运的，由村里组织清运，所需费用在保证金中扣除，剩余部分退回本人。",
    ],
)
def test_q601_a_deposit_drawn_at_cost_with_the_rest_refunded_is_civil(text: str) -> None:
    assert unlawful_measures(text) == []


def test_q601_a_deposit_drawn_by_the_seriousness_of_the_wrong_is_cv601() -> None:
    text = "借用村里桌椅的，交押金三百元，违反规定的，视情节从押金中扣除一百元，余款退还。"
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


# (h) a black list is a record like a rating (docs/clause-codes.md): put on it alone is clean, shown (公示, 告示,
# 电子屏) it is CV603; a line of the charter crossed (踩红线, 触碰底线) is a wrongdoing.
@pytest.mark.parametrize(
    "text",
    ["恶意欠款的，纳入村失信名单，并在村务公开栏公示。", "村委会发出告示，将五户违建户列入黑名单。"],
)
def test_q603_black_list_shown_is_cv603(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


# (j) her per-head figure smaller than the one the article gives the others per head, in the same unit (每人4000元
# beside 每人8000元): a reduced share, though no word says so; an equal figure, a figure per household, or a
# collective's retention (集体提留, no share of hers) stay silent.
@pytest.mark.parametrize(
    "text",
    [
        "征地补偿按人头发放，本组男性村民每人8000元，离婚后回村的妇女每人4000元。",
        "宅基地面积：一般农户每人30平方米；招婿上门的男方每人15平方米。",
        "离婚妇女每人分口粮田1亩，其余村民每人2亩。",
        "年终分红每人600元。外嫁女及其子女，每人发放200元。",
        "丧偶再婚的妇女每人安置40平方米，其他安置对象每人安置50平方米。",
    ],
)
def test_q607_smaller_figure_per_head(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "征地补偿每人8000元，外嫁女户口在本村的，每人同样8000元。",
        "外嫁女每人补助500元，集体提留每户2000元。",
        "本村村民每人分红600元，外嫁女每人也是600元。",
        "入赘女婿每人分得宅基地30平方米，与其他村民相同；独生子女户每人另加10平方米。",
    ],
)
def test_q607_equal_or_unrelated_figures_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (k) the roll of any settlement or village alliance (款籍, 峒籍, 庄籍, 堡籍, 垌籍) taken is CV606, like 村籍 and 寨籍.
@pytest.mark.parametrize(
    "text",
    [
        "偷盗耕牛者，开除款籍。",
        "屡教不改的，开除其峒籍。",
        "凡纵火烧山者，开除庄籍。",
        "违者开除堡籍，不得再入堡。",
        "对聚众斗殴的，开除垌籍。",
    ],
)
def test_q607_any_settlement_roll_taken(text: str) -> None:
    assert "CV606" in [m.code for m in unlawful_measures(text)]


def test_q607_a_place_of_origin_is_no_roll() -> None:
    assert unlawful_measures("新入庄的住户应登记籍贯和身份证号码。") == []


# (f) A measure told as the sanction dealt out, in a report or a ruling (对周家作出停水停电的处理, 给予…的处罚): the
# frame names it a punishment, so it needs no condition of wrongdoing before it (the mechanism landed from main; these
# are further wordings of it).
@pytest.mark.parametrize(
    "text",
    [
        "村两委对周家作出停水停电的处理。",
        "镇里通报，该村当晚对王家作出断电三天的处理。",
        "村委会对赵家给予停止供水的处罚。",
        "社区对该商户作出拉闸断电的处理。",
    ],
)
def test_qshape_measure_told_as_the_sanction_dealt_out(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV604"]


@pytest.mark.parametrize(
    "text", ["村里对周家作出表扬的处理。", "村委会对困难户给予减免水费的照顾。", "供电所作出停电检修的安排。"]
)
def test_qshape_sanction_frame_without_a_sanction_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# --- k601 (tenth session, round 2): money taken as a penalty in old rules and conventions -----------------------
# (a) A penalty whose kind is left unnamed is a fine (docs/clause-codes.md, CV601), told in the steles' and clans'
# words: 公罚 (the assembly's penalty), 严惩, a handling made heavy (从重处理, 从严处置), the clan's own law applied
# (按族规处置, 依家法论处); and the steles' 犯者, 察出, 拿获 open the consequence as 违者 does.
@pytest.mark.parametrize(
    "text",
    [
        "凡在祖坟山放火者，公罚不贷。",
        "有犯此禁者，合寨严惩。",
        "往水井里倾倒污物的，一律从严处置。",
        "子弟聚赌者，依家法论处。",
        "不许私开荒山，拿获者重罚。",
        "犯者，由首事公议重罚。",
        "违者按寨规惩办。",
    ],
)
def test_k601_an_unnamed_penalty_in_old_words_is_a_fine(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "对盗伐林木的，交林业部门依法从严处理。",
        "村委会严肃处理了去年的那起纠纷。",
        "族规记载了本族的迁徙和字辈。",
        "罪犯者的家属也应受到关心。",
    ],
)
def test_k601_an_unnamed_penalty_referred_or_only_told_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (b) Old money by weight with the metal after the number (罚二十两白银), and a sum named as the liability for a
# breach of the charter (承担一百元的违约责任): both a fine.
@pytest.mark.parametrize(
    "text",
    [
        "偷砍风水树者，罚五十两白银。",
        "私卖公田者，出纹银二十两入祠。",
        "拖欠公粮的，罚十两银子。",
        "不按时清运建筑垃圾的，业主承担五百元的违约责任。",
        "养犬未办证的，犬主负三百元违约责任。",
    ],
)
def test_k601_old_silver_by_weight_and_a_fixed_breach_liability_are_fines(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "清朝时一两白银能买两石米。",
        "承包方应承担八千元的违约责任，按承包合同约定执行。",
        "业主违反本规约的，应依法承担民事责任。",
    ],
)
def test_k601_silver_told_of_and_a_contract_liability_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (c) Goods handed to the community with the count before the goods (拿出一头猪给全组聚餐): a fine in kind.
@pytest.mark.parametrize(
    "text",
    ["违者拿出两只羊给全村聚餐。", "偷鱼的，出一坛酒供全寨共饮。", "乱放牛的，交五十斤米给组里过节。"],
)
def test_k601_goods_counted_first_handed_to_the_community_are_a_fine(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


def test_k601_goods_counted_first_as_a_gift_stay_silent() -> None:
    assert unlawful_measures("过年时村里拿出两头猪给全村聚餐。") == []


# (d) A clan's shares to its members from its ritual land (胙肉, 祭谷, 丁谷) stopped or withheld (停给 among the
# verbs): the member's share of collective income, CV602.
@pytest.mark.parametrize(
    "text",
    [
        "私典族田者，其应领胙肉一律停给。",
        "不孝父母的，三年不分给其祭谷。",
        "违者扣其丁谷两年。",
        "毁坏祠堂的，停给其本年祠田收益。",
    ],
)
def test_k601_a_clans_share_withheld_is_property(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


def test_k601_a_clans_harvest_told_of_stays_silent() -> None:
    assert unlawful_measures("今年祠田收益较好，祭谷按丁分发。") == []


# (e) The state's payment for farming paid through the village (粮食补偿款, 粮食直补) withheld is a subsidy, CV605
# (docs/clause-codes.md, tenth session), not his compensation (CV602).
@pytest.mark.parametrize(
    "text", ["违者扣除其粮食补偿款两年。", "越级上访的，停发粮食直补一年。", "不参加义务劳动的，扣发其粮食补偿款。"]
)
def test_k601_a_grain_subsidy_withheld_is_a_benefit(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV605"]


# (f) A beast the article named before a semicolon, put down by the village in the next sentence (禁养烈性犬，限期送
# 走；逾期不送的，强行扑杀): the animal taken is the topic the semicolon closed.
@pytest.mark.parametrize(
    "text",
    [
        "本小区禁止饲养大型犬，已饲养的须在半个月内送出；半个月后仍未送出的，由物业组织人员扑杀。",
        "禁止散养鸭鹅，已散养的限三日内圈养；逾期仍散养的，由村里统一宰杀。",
    ],
)
def test_k601_a_beast_named_before_the_semicolon_is_what_is_put_down(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


def test_k601_a_beast_put_down_by_the_authority_stays_silent() -> None:
    assert unlawful_measures("发现狂犬病犬只的，报畜牧部门依法扑杀。") == []


# (g) Acting without the licence or papers the charter asks (无证养犬的, 租给无身份证明人员的) is a wrongdoing
# condition; a state policy applied (按计划生育政策处罚) is referred, not imposed.
@pytest.mark.parametrize(
    "text",
    [
        "出租户把房子租给无身份证明的人，所收房租上交村治保基金。",
        "无照经营小卖部的，罚款三百元。",
        "无牌照三轮车进村拉客的，扣下车辆。",
    ],
)
def test_k601_acting_without_papers_is_a_wrongdoing(text: str) -> None:
    assert unlawful_measures(text) != []


@pytest.mark.parametrize(
    "text", ["对超生户，依照计生政策处罚。", "无身份证的老人，可由子女代为办理。", "无证的摊贩请到市场管理处登记。"]
)
def test_k601_papers_missing_or_a_state_policy_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# ---- k603 (tenth session, round 2) ----
# Old clan and stele punishments told by their measure: a beating counted in strokes, a kneeling before the shrine,
# a shackling (CV603). (The gong walk, 敲锣喊寨, is read already; its look-alikes stay silent below.)
@pytest.mark.parametrize(
    "text",
    [
        "宗谱戒条：子弟聚赌不改者，祠中痛责三十大板。",
        "盗砍风水林者，於祖祠前跪香三炷。",
        "私卖族田者，锁押于祠堂，候族长发落。",
        "偷人禾谷者，捆于寨门古树一昼夜。",
        "拐卖族中妇女者，枷号三月。",
        "引发山火的农户，须鸣锣沿寨喊寨三晚。",
    ],
)
def test_k603_old_bodily_punishments(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "每晚由值班人员敲锣喊寨，提醒各户注意防火。",
        "族人有违规约者，鸣锣集众，公议处理。",
        "清明祭祖时，族人依次跪于祠堂前行礼。",
        "摩托车须锁在车棚内，防止被盗。",
        "本寨每年冬月举行斗牛活动，由寨老敲锣开场。",
    ],
)
def test_k603_old_customs_without_punishment_stay_silent(text: str) -> None:
    assert [m for m in unlawful_measures(text) if m.code == "CV603"] == []


# The doer's kin named by any kin noun (该户老人, 其父兄, 其兄弟, 超生户的子女), a household told in speech (他家),
# the kin's own condition picking which of them bear it (其子女在村幼儿园就读的，暂停入托), and a plain "not given"
# (全家不发年货): one person's act borne by his family (CV608).
@pytest.mark.parametrize(
    "text",
    [
        "家中有人越级上访的，全家当年不发过节物资。",
        "谁家孩子在外赌博，他家的年终分红就先扣着。",
        "大操大办寿宴收受礼金的，扣除该户老人的高龄补贴。",
        "对拒缴卫生费的农户，其子女在村幼儿园就读的，暂停入托一学期。",
        "违反禁赌公约的，其儿子在村护林队任职的，停止发放其护林员补贴。",
        "聚众赌博者，其父兄当年分红一律扣除。",
    ],
)
def test_k603_kin_bear_one_persons_act(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "家中有人外出务工的，该户可申请暂停缴纳卫生费。",
        "家中有人去世的，停发其本人的养老金。",
        "违者罚款五十元；其子女考上大学的，村里照发奖学金。",
        "家中有人生病住院的，村里不发通知也可先行垫付。",
        "其子女在村幼儿园就读的，按规定减免保育费。",
    ],
)
def test_k603_kin_look_alikes_stay_silent(text: str) -> None:
    assert [m for m in unlawful_measures(text) if m.code == "CV608"] == []


# --- r607 (tenth session, round 2) ------------------------------------------------------------------------------
# (a) Out of the clan in an old rule's words (革出宗族, 黜出族门, 削其谱名, 族谱内除其名, 永不准归宗): the clan and its
# register stand for the membership the rule takes, CV606 like 开除出族.
@pytest.mark.parametrize(
    "text",
    [
        "凡盗卖祖山者，族谱内除其名。",
        "有辱没祖宗之行者，永不准其归宗。",
        "子孙投敌叛族者，削其谱名。",
        "倘有私典祭田之人，公议革出宗族。",
        "不肖子孙殴打尊长者，黜出族门。",
        "盗卖族产者，革除其族籍。",
        "违约之人，开除“款籍”。",
    ],
)
def test_r607_out_of_the_clan(text: str) -> None:
    assert "CV606" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "族谱每二十年续修一次，新生子女于续修时入谱。",
        "本宗谱凡例：出继外姓者，谱中注明出继之处。",
        "村里的老规矩里曾有“永不许归宗”的说法，现已废止。",
        "偷放水者，本轮之水革除不给，俟下轮再议。",
        "各房应革除陋习，移风易俗。",
    ],
)
def test_r607_clan_register_without_an_expulsion_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# --- rshape (tenth session, round 2): the shape of narrated and old text ---------------------------------------------
# A penalty told by its weight or by the clan's own rule (从重处理, 严惩, 按族规处置), with no kind named, is read as a
# fine like 违者重罚 (docs/clause-codes.md, CV601); an old offender named 犯者 is a wrongdoer like 违者.
@pytest.mark.parametrize(
    "text",
    [
        "凡在祠堂内聚赌者，一经查出，严惩不贷。",
        "偷伐风水林的，由寨老会从重处理，决不姑息。",
        "不遵此约者，照寨规处置。",
        "有犯此者，阖族公议重罚。",
        "犯禁者，依家法惩治，族长不得徇私。",
        "村委会通知：往水渠里扔死猪的，一律从严处置。",
    ],
)
def test_rshape_a_penalty_told_by_its_weight_or_the_clans_rule(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "违者交派出所依法从严处理。",
        "党员干部违反本约的，从严批评教育。",
        "对犯罪嫌疑人，由公安机关依法严惩。",
        "本村按公约处理邻里纠纷，先行调解。",
        "禁止以族规家法惩治族人。",
    ],
)
def test_rshape_a_harsh_handling_referred_or_named_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# A rule told in someone's words: the quotation after 说：, 载明：, 写着： is a sentence of its own, and a verb of
# saying or an opening quotation mark before a doer (说谁家…, “哪户…) does not hide the rule's condition.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("组长在会上说：“谁家不交卫生费，就停谁家的水。”", "CV604"),
        ("村民反映，村干部放话，说谁家不拆猪圈，就断谁家的电。", "CV604"),
        ("寨老说：“谁家放火烧山，寨里重罚。”", "CV601"),
        ("通知上写着：「谁家偷接自来水，就掐谁家的水。」", "CV604"),
        ("一位村民说：“谁家超生，村里就从重处理。”", "CV601"),
    ],
)
def test_rshape_a_rule_told_in_someones_words(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "组长在会上说：“谁家有困难，就先帮谁家。”",
        "原方案写着：“谁家超生，就收回谁家的承包地”，这一条已经删除。",
        "老人说，谁家孩子考上大学，村里就奖励谁家两千元。",
    ],
)
def test_rshape_words_told_without_a_sanction_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (b) Her per-head sum smaller than the others', the larger written in 万 (0.5万元 against 8000元): one sum in one unit.
@pytest.mark.parametrize(
    "text",
    [
        "离婚妇女每人补助0.5万元，其他村民每人补助8000元。",
        "出嫁女每人发放安置费3000元，而本组其他人每人可领1.5万元。",
        "入赘女婿每人分红800元，其余社员每人分得1.2万元。",
        "丧偶后改嫁的妇女每人计发2000元，其他村民每人计发6.8万元。",
        "外嫁女每人补偿9000元，其他成员每人补偿2.5万元。",
    ],
)
def test_r607_smaller_figure_written_in_wan(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "离婚妇女每人补助0.5万元，其他村民每人补助3000元。",
        "外嫁女每人补偿1万元，其他成员每人补偿10000元。",
    ],
)
def test_r607_larger_or_equal_figure_in_wan_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (c) The application itself held back by a wait or a price the others never face (方可提出, 才能提交申请, 方可报名):
# a right granted only on a further condition, its right left unnamed.
@pytest.mark.parametrize(
    "text",
    [
        "上门女婿落户满十年后方可提交申请。",
        "离婚后回村的妇女须在村里住满五年才能报名。",
        "招婿上门的男方须缴清三年提留后方可领取分红。",
        "嫁到外村又迁回的妇女，须满八年方可递交申请。",
        "男到女家落户的，须在组里劳动满六年才能提出。",
    ],
)
def test_r607_application_held_back_by_a_wait(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "外嫁女对分配方案有异议的，可在十日内提出。",
        "村民申请宅基地的，须经村民代表会议讨论通过后方可提交镇政府审批。",
        "年满十八周岁的村民方可报名参加民兵训练。",
    ],
)
def test_r607_application_without_her_wait_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (d) Widowed, told by her husband's death (丧夫后, 夫亡后, 丈夫病故后, 守寡的): the same status as 丧偶, CV607.
@pytest.mark.parametrize(
    "text",
    [
        "丧夫后搬去外地居住的妇女，原承包地由组里收回。",
        "丈夫病故后回娘家生活的，其宅基地由村里收回。",
        "夫亡后带子女离村的妇女，其口粮田收归组里。",
        "守寡的妇女离村满一年的，不再分配集体收益。",
        "丈夫身故以后的女性村民，其股份由社里收回重新分配。",
    ],
)
def test_r607_widowed_told_by_her_husbands_death(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "丈夫去世后，妻子可依法继承其承包地。",
        "丈夫去世后的妇女，享有与其他村民同等的分配权利。",
        "其丈夫去世的，由村里帮助办理低保。",
    ],
)
def test_r607_widowed_without_a_loss_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# A prohibition that names the ground it forbids (不得因…, 严禁由于…, 不得以…为由) and ends its clause governs the
# measure after the comma: the charter forbids that collective punishment. A court's order (判令, 裁定) told in a
# report is the court's, not the charter's.
@pytest.mark.parametrize(
    "text",
    [
        "严禁因儿子欠费，停止其父母的供水。",
        "任何人不得由于丈夫违法，扣发其妻子的养老补贴。",
        "村里不得以个别村民上访为由，株连其亲属。",
        "不准因为儿子吸毒，停止其父母的供电。",
        "法院认为组里的分配方案违法，判令其向原告支付分红款八千元。",
    ],
)
def test_rshape_a_forbidden_ground_or_a_courts_order_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("因儿子欠费的，停止其父母的供水。", "CV608"),
        ("因为儿子吸毒，村里停止其父母的供电。", "CV608"),
    ],
)
def test_rshape_the_same_ground_unforbidden_still_counts(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


# The state's grain payment (粮食直补, 粮补) is one class, _GRAIN_SUBSIDY: a subsidy whatever verb withholds it
# (docs/clause-codes.md, tenth session); the compensation classes of CV602 leave it out.
@pytest.mark.parametrize("text", ["违者暂扣其粮食直补。", "拒不配合的，暂扣该户当年的粮食直补。"])
def test_grain_subsidy_held_back_is_cv605(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV605"]


# --- eleventh session, CV603–CV605 (t603s11): made-up sentences written for these tests -----------------------


# A table pasted as text, its cells kept apart by bars, whose header names a column of sanctions (处理方式, 处罚): each
# row under it is a wrongdoing and its sanction, as a row's label (处理办法：…) makes it. The header's own labels
# impose nothing.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "违规情形 | 次数 | 处理方式\n私自进山烧炭 | 首次 | 在村务栏张贴本人照片\n私自进山烧炭 | 再次 | 报林业站处理",
            "CV603",
        ),
        ("| 行为 | 处理办法 |\n|---|---|\n| 私接自来水 | 停水一个月 |", "CV604"),
        ("违约情形｜处罚\n占道晾晒粮食｜将其照片发到村民微信群", "CV603"),
        ("事项 | 处理措施\n损坏村道路灯 | 当年不发放过节慰问品", "CV605"),
    ],
)
def test_t603_a_row_under_a_sanctions_header_is_read_as_its_sanction(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "项目 | 标准 | 缴纳方式\n卫生费 | 每户每年60元 | 年底前交村会计",  # a table of dues
        "情形 | 处理方式\n乱倒垃圾 | 批评教育，责令清理\n拒不清理 | 报镇综合执法队处理",  # lawful sanctions
        "评比项目 | 奖励方式\n庭院整洁 | 照片上光荣榜公示",  # an honour
        "违约情形｜处罚\n占道晾晒粮食｜批评教育",  # the header's labels name columns, the row is lawful
    ],
)
def test_t603_tables_of_dues_honours_and_lawful_sanctions_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# A likeness of the person, whoever else is in it (与犬只的合影, 车主和车辆的合照), shown on a medium shows him: CV603.
# A picture holds no beast, so an animal in the sentence (牵狗的合影) is no animal held.
@pytest.mark.parametrize(
    "text",
    [
        "宠物狗随地便溺主人不清理的，将狗主人牵狗的合影张贴在小区宣传栏。",
        "乱停车辆屡劝不改的，把车主与车辆的合照打印出来贴在单元门口。",
        "放任家禽啄食他人菜苗的，将畜主和鸡鸭的合影在村务公开栏展示一周。",
    ],
)
def test_t603_a_likeness_with_others_shown_is_cv603(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV603"]


@pytest.mark.parametrize(
    "text",
    [
        "获评最美家庭的，将全家合影张贴在光荣榜上。",
        "每年春节组织全体村民拍摄合影，张贴在村史馆。",
        "宠物狗咬伤他人的，由狗主人赔偿医药费，并将狗牵回家拴养。",
    ],
)
def test_t603_a_likeness_shown_for_honour_or_memory_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# Old 款约 and clan rules: the body marked or shorn (剃去半边头发, 剪掉辫子, 阴阳头), escorted under guard to any place
# but the police (押送回原寨, 押往邻村), made to go round the village sounding a gong (绕寨鸣锣): CV603, after a
# wrongdoing. Caught in the act just told (偷鱼，捉住的…) opens the consequence, also with no comma after 的.
@pytest.mark.parametrize(
    "text",
    [
        "偷鱼被抓的，剃去半边头发后放走。",
        "不孝顺父母的，由族长剪掉他的辫子。",
        "抓住偷牛贼的，给他剃个阴阳头。",
        "有人夜里偷挖集体山上的药材，逮住后剃光其头发。",
        "外村人进山偷笋被抓住的，由护林队押送回其所在村。",
        "偷牛者，捉住后押往邻村交给其族长发落。",
        "外村人来偷竹笋，抓到的押回其原村。",
        "偷菜者，令其背着菜绕村敲锣。",
        "放牛啃了别人庄稼的，罚他沿寨打锣一圈。",
        "偷鸡的，要绕屯击鼓喊三遍。",
        "偷粮食的，罚其出两头猪请全屯人吃一顿，并把他绑在村口大树上。",
    ],
)
def test_t603_old_punishments_on_the_person(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "抓获的盗窃嫌疑人，押送派出所依法处理。",
        "醉酒闹事者由村干部护送回家。",
        "村里每月请理发师为五保老人免费剃头。",
        "严禁剃阴阳头、脸上涂墨等侮辱人格的做法。",
        "防火期间，护林员每晚绕寨鸣锣提醒各户注意用火。",
        "过年时村里组织锣鼓队绕村敲锣迎新春。",
        "村集体鱼塘年底干塘，抓到的鱼按户平均分配。",
        "村里组织巡逻，抓到的小偷扭送派出所。",
        "偷伐林木的，由护林员押送林业站依法处理。",
    ],
)
def test_t603_look_alikes_of_old_punishments_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# The whole settlement treated (请全寨人吃, 给全寨老少喝) are the guests of a fine in kind, not a group bearing it:
# the fine is CV601 alone, no CV608.
@pytest.mark.parametrize(
    "text",
    [
        "放火烧山的，要杀他家一头猪请全寨人吃，再把人绑在寨门口的树上。",
        "乱砍风景林的，罚出米酒一百斤给全寨老少喝，并责令其跪在鼓楼前。",
        "偷牛的，罚其出两头猪请全屯人吃一顿，再押送回其原村。",
    ],
)
def test_t603_the_settlement_treated_bears_nothing(text: str) -> None:
    assert sorted(m.code for m in unlawful_measures(text)) == ["CV601", "CV603"]


# His own way into his building (注销其所在单元的门禁卡权限, 停用其所在楼栋的门卡): the place is where his card opens,
# the card is his, CV605; the place's people named, or the place's lift stopped, is the building bearing it (CV608).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("业主违反养犬规定经三次劝告仍不改的，物业注销其所在单元的门禁卡权限。", "CV605"),
        ("租户在楼道内飞线充电屡劝不改的，停用其所在楼栋的门卡一个月。", "CV605"),
        ("高空抛物经查实的，收回其所在单元的电梯卡。", "CV605"),
        ("高空抛物经查实的，注销其所在单元全体住户的门禁卡。", "CV608"),
        ("高空抛物经查实的，其所在单元的电梯停运一周。", "CV608"),
    ],
)
def test_t603_his_own_card_for_his_building_is_his(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


# Barred from enlisting or being recruited (不得参军、招工) after a wrongdoing: the village's vouching refused outright,
# CV605 for the doer, CV608 for his kin (兄弟姊妹, 子女). The body's test failed (体检不合格) is the law's condition.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("超生户的兄弟姊妹不得参军、招工，村里不予推荐。", "CV608"),
        ("违反计划生育的，其子女不得报名参军。", "CV608"),
        ("偷伐林木的，其兄弟姊妹三年内不得享受村里的福利。", "CV608"),
        ("聚众赌博的，本人三年内不得参军、招工。", "CV605"),
    ],
)
def test_t603_barred_from_enlisting(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    ["身体检查不合格的，不得参军。", "适龄青年应依法服兵役，不得逃避。", "村里应当为退伍军人优先安排招工。"],
)
def test_t603_enlisting_rules_without_a_wrong_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# The village's favours by any name (优待, 优抚待遇, 照顾, 关照) withheld after a wrongdoing: welfare, CV605.
@pytest.mark.parametrize(
    "text",
    [
        "偷盗集体财物的，不能享有本村给的任何优待。",
        "偷盗集体财物的，不能享受村里的照顾。",
        "乱倒垃圾屡教不改的，今后不再给予其任何照顾。",
        "拒交卫生费的，一律不享受村里的优待政策。",
        "违反本约的，暂停其优抚待遇。",
        "偷伐林木的，村里的各种照顾一律没有他的份。",
        "损坏公共设施的，当年的各项关照一律取消。",
    ],
)
def test_t603_favours_withheld_are_welfare(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV605"]


@pytest.mark.parametrize(
    "text",
    [
        "子女应当照顾年老的父母，不得遗弃。",
        "村里对五保户给予生活上的照顾。",
        "对烈军属给予优待。",
        "严禁以任何理由取消困难户应享有的照顾政策。",
        "因病不能照顾家人的，由村里安排邻居帮忙。",
        "骗取优抚待遇的，取消其优抚待遇并追回已领款项。",
    ],
)
def test_t603_favours_given_or_protected_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# Money and things, eleventh session (t601s11). A sum fined under another name (罚 before the sum's name and an
# amount), a unit of a failure or of an overrun counted as the condition (每不合格一次, 每超出一桌), a fee named by the
# overrun (超标金), silver by weight paid (出银二十两), a thing taken away then disposed of across a comma, and a grave dug
# up by the village: each is the measure it names, whoever words it.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("凡聚众赌博者，另罚误工款三百元。", "CV601"),
        ("乱倒垃圾的，罚其卫生费二百元。", "CV601"),
        ("在禁渔区下网的，罚护渔金伍佰元。", "CV601"),
        ("不按时清扫门前的，罚他保洁费五十块。", "CV601"),
        ("聚赌者，另处误工款叁佰元。", "CV601"),
        ("偷放鱼塘水的，处以误工费三百元。", "CV601"),
        ("违者并处治安金二百元。", "CV601"),
        ("每户年初交环境押金三百元，检查每不合格一次，从押金中扣减三十元，年终不再退还。", "CV601"),
        ("宴席以十桌为限，每超出一桌，由主家向红白理事会缴纳超标金四百元。", "CV601"),
        ("办酒每多出一席，向理事会交超标款二百元。", "CV601"),
        ("卫生检查每不达标一次，扣减其保证金二十元。", "CV601"),
        ("卫生评比每落后一次，从押金里扣二十元，年底不退。", "CV601"),
        ("族中男女通奸者，各出银二十两充公。", "CV601"),
        ("与人私通者，交纹银十两归祠堂。", "CV601"),
        ("通奸的，出银五两入祠。", "CV601"),
        ("有通奸情事者，交银八两修祠。", "CV601"),
        ("放养的鸡鸭进入菜地的，由组里把鸡鸭带走，一律处理。", "CV602"),
        ("狗咬伤路人的，由治保会将狗带走，集中处置。", "CV602"),
        ("乱放的羊只啃青的，巡逻队把羊带走，统一变卖。", "CV602"),
        ("散放的山羊啃食树苗的，护林队将羊只牵走，统一处置。", "CV602"),
        ("违规土葬的，由村里组织人员起棺迁出，费用由家属承担。", "CV602"),
        ("私自在耕地里埋坟的，村委会派人起坟，费用由其家属负担。", "CV602"),
        ("在公益林内乱埋的，由理事会安排人员起墓外迁。", "CV602"),
    ],
)
def test_t601s11_money_and_things_under_other_names(text: str, code: str) -> None:
    assert code in [m.code for m in unlawful_measures(text)]


# The state's grain payment is a subsidy (CV605) whatever verb holds it, a seizure's verb included: 粮食 in 粮食补偿款
# or 粮补 is no grain seized (docs/clause-codes.md, tenth session); grain itself held stays CV602.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("拒不参加义务工的，暂扣其粮食补偿款。", ["CV605"]),
        ("拒不参加义务工的，暂扣其粮补。", ["CV605"]),
        ("不交卫生费的，扣押该户的粮食补偿金，待其交清后发还。", ["CV605"]),
        ("偷割集体稻谷的，暂扣其粮食，待其认错后发还。", ["CV602"]),
    ],
)
def test_t601s11_grain_payment_held_is_not_grain_seized(text: str, codes: list[str]) -> None:
    assert sorted({m.code for m in unlawful_measures(text)}) == codes


# Clean look-alikes: a practice said to end (不再罚…, a run of fines included), a referral, the owner told to move the
# grave himself, a unit of water used (a price ladder), a rule's heading, a deposit's cost with the rest refunded, a
# court or a township holding the act without ground in law, and a quoted rule revoked (the verdict told first).
@pytest.mark.parametrize(
    "text",
    [
        "违反款约的，先劝说教育；不改的，报乡政府依法处理，不再罚牛罚酒。",
        "违反本约的，今后不再罚款，由村民小组批评教育。",
        "凡乱砍滥伐者，报林业站处理，村里不再罚其误工款。",
        "今后不再对违规户罚款，一律批评教育。",
        "损坏公物的，照价赔偿，不再对其处以罚款。",
        "乱埋乱葬的，责令其限期起坟迁出。",
        "乱埋乱葬的，责令其限期平坟。",
        "每户用水以十吨为限，每多用一吨水加收一元。",
        "本约罚则第三款由村民会议解释。",
        "法院认为，村委会依据卫生公约扣发原告年终分红缺乏法律依据，判令村委会支付被扣的分红款两千元。",
        "经审查，村里没收李某的渔具没有法律依据，应予退还。",
        "乡政府认定，该组停止王某家用水于法无据，责令立即恢复。",
        "县法院认为，该村收回原告承包地无效，判令返还。",
        "镇政府认定，村里停止其家用电缺乏法律依据，责令恢复。",
        "法院判决认为，村委会停发原告分红的行为违法，判令补发。",
        "在镇里督促下，该组撤销了“上门女婿不享受分红”的会议决定。",
        "村民会议表决废除了“偷一罚十”的老规矩。",
        "村民代表会议决定废止“违者停水三天”一条。",
        "乡里责令该村删去“违者罚款五百元”一句。",
        "村里统一组织迁坟，每座坟补助五百元。",
        "每户交卫生押金二百元，损坏公共设施的，从押金中扣除修理费，余款年底退还。",
    ],
)
def test_t601s11_ended_referred_or_struck_down_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (t607s11) The uxorilocal husband named by the words of coming in (男方上门, 男子入赘, 上门落户的男方), a woman named
# as 女青年 before her marriage, an old rule's verb of receiving a share (分受, 承受), and her holding named then owed
# back (地是要退回的, 责任田须交回): each a CV607 slot widened to its class.
@pytest.mark.parametrize(
    "text",
    [
        "男方上门落户到本社的，本人和婚后所生子女均不参与资产折股量化。",
        "男子上门到本组安家的，不参加年终分红。",
        "上门落户的男方及其子女，宅基地只批一半。",
        "男子上门进本村的，其子女不分配宅基地。",
        "本社女青年同外省男青年办了结婚登记的，从下月起停发其年终分红。",
        "女青年和城里人结婚的，取消其股份。",
        "凡女子出嫁者，不得分受族中田产。",
        "女儿出嫁之后，不得承受父母田业。",
        "外嫁的闺女户口可以留着，但地是要交回来的。",
        "离婚妇女的责任田须交回。",
        "出嫁女户口不迁也行，承包地一律退回。",
    ],
)
def test_r607_t607s11_uxorilocal_words_her_noun_and_land_owed_back(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "村便民服务站为行动不便的老人提供上门落户服务。",
        "民警上门办理落户手续。",
        "不得以男方上门落户为由，取消其子女的分配资格。",
        "严禁以女青年外嫁为由停发其分红。",
        "外嫁女的承包地不用退回，由其本人继续耕种。",
        "外嫁女户口可以留，地也不需交回。",
        "承包期内，出嫁女的承包地不得要求其退回。",
        "女青年结婚后，仍按本组村民同等标准分配。",
        "村民死亡的，其承包地须交回组里重新发包。",
        "村民去世后，其承包地一律交回组里。",
    ],
)
def test_r607_t607s11_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (t607s11) 是…的 asserts what will be (地是要收回的, 钱是不会再发的): its 的 closes no condition, so the loss in it is
# the consequence (凡是要建房的 opens a condition with the 是 of 凡是).
@pytest.mark.parametrize(
    "text",
    [
        "离婚妇女名下的承包地是要收回的，组里一直这么办。",
        "出嫁女的口粮田是必须交回的，这是组里的老办法。",
        "上门女婿的股份是要取消的，大家都同意。",
    ],
)
def test_r607_t607s11_an_asserted_loss_is_no_condition(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "凡是要建房的，须先向村委会提出申请。",
        "村里的账目是要公开的，每季度公布一次。",
    ],
)
def test_r607_t607s11_an_asserted_clause_look_alike_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (t607s11) Struck off in the spoken word (把他除了名), quoted (把他“除名”) or from a place named between (把他从组里
# 除了名): the member's standing taken, CV606.
@pytest.mark.parametrize(
    "text",
    [
        "他三年没交集资款，组里开会把他“除了名”，此后分红和选举都没他的份。",
        "拒不出义务工的，社里把他从社里除了名。",
        "欠交统筹款满两年的，村民大会把其“除名”。",
    ],
)
def test_r606_t607s11_struck_off_in_speech_or_quotes(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


@pytest.mark.parametrize(
    "text",
    [
        "任何组织不得把他从组里除了名。",
        "村民死亡的，把其从花名册中除了名。",
        "协会会员违反章程的，可以把其从协会里除名。",
    ],
)
def test_r606_t607s11_struck_off_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (t607s11) CV608 slots widened to their class: a lineage branch or a clan punished whole (全房受罚, 阖族同罚), with how
# its head pays folded in (房长罚银五两); whichever household named again by a pointing word (那家, 他家); a named
# person's child as the doer and that person's household bearing it, as a ruling tells it (以王某之子…为由，停发了王某
# 一家的…); the host's grandchildren (事主的孙子女); a building's tenants made to leave within a time.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("一人为匪，全族受罚。", "CV608"),
        ("族中子弟行窃者，阖族同罚，族长罚谷三担。", "CV608"),
        ("一人偷牛，全房受罚，房长罚钱十吊。", "CV608"),
        ("谁家小孩在村里偷瓜，那家的年终分红就扣一半。", "CV608"),
        ("谁家孩子逃学被学校处分，这家的慰问品就不发。", "CV608"),
        ("经查，以王某之女参与赌博为由，组里扣发了王某一家的年终福利。", "CV608"),
        ("以陈某的儿子偷砍林木为由，村委会停发了陈某家庭当年的分红。", "CV608"),
        ("超标准操办婚宴的，主家的子女三年内不得申请村助学金。", "CV608"),
        ("违规大操大办的，事主的孙子当年不得领取奖学金。", "CV608"),
        ("出租屋发生火灾的，该单元全部租户须于三日内全部清退。", "CV608"),
        ("租客聚众赌博的，该租客须在十日内清退。", "CV606"),
    ],
)
def test_r608_t607s11_clans_pointing_words_named_kin_and_tenants(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "一人为善，全族受益。",
        "本族严禁一人犯错全族受罚。",
        "谁家孩子考上大学，那家奖励一千元。",
        "丧事从简的，事主的孙子女优先享受奖学金。",
        "法院查明，王某之子盗窃后，村委会报警处理，王某一家的分红照常发放。",
        "租户退租的，押金须在三日内清退。",
    ],
)
def test_r608_t607s11_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (t607s11) The kin's career door shut (不得参军、招工, 不准报考: a removal of the bearer reading), 姊妹 as kin; a
# settlement as the audience or the guests (请全寨人吃, 在全屯大会上), no bearer; the card that opens his own unit
# (注销其所在单元的门禁卡) is his own service, CV605, while the unit's card stopped for one household's act stays CV608.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("超生户的兄弟姊妹五年内不得招工、参军，村里一律不予推荐。", ["CV608"]),
        ("违约户的子女不准报考村办企业。", ["CV608"]),
        ("违规者的家属不得招工，村里不予推荐。", ["CV608"]),
        ("偷牛的，杀他家一头羊请全寨人吃，再把人绑在树上示众。", ["CV601", "CV603"]),
        ("业主违规养犬屡劝不改的，物业注销其所在单元的门禁卡权限。", ["CV605"]),
        ("租户高空抛物的，停用其所在楼栋的电梯卡。", ["CV605"]),
        ("单元内有一户高空抛物的，停用该单元的门禁卡。", ["CV608"]),
    ],
)
def test_r608_t607s11_careers_audiences_and_own_cards(text: str, codes: list[str]) -> None:
    assert sorted(m.code for m in unlawful_measures(text)) == codes


@pytest.mark.parametrize(
    "text",
    [
        "村民参军的，村里给予奖励。",
        "严禁阻挠超生户的兄弟参军。",
        "守护山林有功的，在全寨大会上予以表扬。",
    ],
)
def test_r608_t607s11_careers_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (t607s11) Her holding owed back by any verb of returning (还给组里, 还回来; 还给她 is hers kept), and whichever household
# asked after by 哪家 as by 谁家, the pointing word after it (哪家孩子…，那户…).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("嫁出去的闺女，田是要还给组里的。", "CV607"),
        ("离了婚的女人，地得还回来。", "CV607"),
        ("外嫁女户口能留，承包地必须还给集体。", "CV607"),
        ("哪家孩子在学校闯祸挨了处分，那户的年终慰问金取消。", "CV608"),
        ("哪家孩子偷瓜，那家分红停发。", "CV608"),
        # (the share denied with the least of it, as said aloud)
        ("嫁到外村的女青年，村里的补偿款一分都没有。", "CV607"),
        ("离了婚的女人，分红一分钱也不给。", "CV607"),
        ("改嫁的妇女，土地补偿款一分一厘都不发。", "CV607"),
    ],
)
def test_r607_r608_t607s11_returned_by_any_verb_and_which_household(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "外嫁女的承包地要还给她本人耕种。",
        "离婚妇女被占的承包地须还给她。",
        "哪家孩子考上大学，那户奖励五百元。",
        "外嫁女的补偿款一分都不能少。",
    ],
)
def test_r607_r608_t607s11_returned_to_her_or_rewarded_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (t607s11) A member no longer owned in speech (组里不认他是组里的人, 不认其是本村村民): 认…是 like 认…为, the place said
# as 组里/村里 like 本组; eligibility words (death) still exempt it.
@pytest.mark.parametrize(
    "text",
    [
        "他拖了三年集资款，组里就不认他是组里的人了。",
        "拒不出义务工的，村里不认其是本村村民。",
        "不服从调解的，社里从此不认她是社里的人了。",
    ],
)
def test_r606_t607s11_not_owned_in_speech(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


@pytest.mark.parametrize(
    "text",
    ["村民去世的，不再认其是本村村民。", "大家都认他是组里的人。", "我们不认他是坏人。"],
)
def test_r606_t607s11_not_owned_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# --- t604, eleventh session: CV604, the supply cut read by its bearer, his home, the water shared or led to a
# field, a ration and the switch or sluice ----------------------------------------------------------------------
# (a) The user named by his standing (该租户, 该住户, 该房客, 该商户) bears the cut like 其, and a room of his
# may stand between (断掉该房客房间的电).
@pytest.mark.parametrize(
    "text",
    [
        "在楼道里给电瓶车充电的，掐断该租户的电。",
        "租客违规使用电炉的，关掉该租客屋里的电三天。",
        "乱倒垃圾屡教不改的，停掉该住户的水。",
        "拒交卫生费的，掐了该住户的电。",
        "群租屋私拉电线的，先断掉该房客房间的电，再责令整改。",
        "违规者，停该商户的水电。",
        "违规养殖的，关闭该养殖户的水闸。",
        "拒不交费的，掐该欠费户的电。",
        "村民不交卫生费的，村电工可掐其电表。",
        "出租房飞线充电的，一经查实，先断掉该租客房间的电（由房东督促整改）。",
        "租客乱丢烟头的，先断掉租客所住房间的电。",
        "私拉电线的，断掉其所租房间的电三天。",
    ],
)
def test_t604_the_user_named_bears_the_cut(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV604"]


# (b) His own home said so (自家, 自己家, 本户), a time after the bare supply (停其自家的水三天), and his room
# before the switch without 的 (拉掉其房间电闸).
@pytest.mark.parametrize(
    "text",
    [
        "在禁渔区电鱼的，停其自家自来水半个月。",
        "乱堆柴草占道的，停他自己家的电。",
        "不参加义务植树的，停其本户用水十天。",
        "乱倒垃圾的，停其自家的水三天。",
        "租户屡次违规用电的，村里一律拉掉其房间电闸。",
    ],
)
def test_t604_his_own_home_named(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV604"]


# (c) The water shared out or led to a field (配水, 引水; 地块 is a field watered), the person not let draw it (不准其
# 引水灌溉), and an expulsion from a users' association as the ground (被协会除名的…不再配水: what it takes keeps
# its code).
@pytest.mark.parametrize(
    "text",
    [
        "被除名的会员，今后不给其田块配水。",
        "拖欠清淤工的，停止向其地块配水。",
        "不出义务工的人家，当年不予开口引水。",
        "拒不交纳清淤费的，下一季不给引水灌田。",
        "在渠边焚烧秸秆的，不准该户从集体水渠引水。",
        "偷砍护堤林的，不许其引水灌溉。",
        "被协会除名的，其承包地今后不再配水。",
        "被用水户协会开除的农户，今后停止供水。",
    ],
)
def test_t604_water_shared_or_led_to_a_field(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV604"]


# (d) A ration for him (限其用电, 限量供应其家用水), the switch or sluice he draws through (拉他家的闸, 关其水闸), and
# a field's outlet or its gate shut or locked (将其田块放水口闸板加锁: the lock inside the cut is no seizure).
@pytest.mark.parametrize(
    "text",
    [
        "私开闸门的，限其家用水一个月。",
        "赌博屡教不改的，限量供应其家用水。",
        "乱搭乱建的，限其用电。",
        "偷电的，拉他家的闸。",
        "偷水的，关其水闸。",
        "抢水霸水的，把该户地块的进水口关闭一轮。",
        "私自扒口放水的，将其责任田分水口封闭。",
        "偷开闸门的，将其稻田放水口闸板加锁一个月。",
    ],
)
def test_t604_a_ration_a_switch_or_an_outlet(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV604"]


# (e) Look-alikes: works named as the cause before the stop (因线路改造，该户停电一天), the supplier under its
# contract after notice, a rule for the user himself, a negation, a referral, a drought's ration for all, a
# revoked rule, the wrong forbidden rather than the water refused (不准其私自开口引水).
@pytest.mark.parametrize(
    "text",
    [
        "因线路改造，该户停电一天。",
        "因检修线路，对该租户房间停电半天。",
        "由于管网维修，其家停水两天。",
        "供水站对欠费的该用户，依供水合同提前通知后暂停供水。",
        "该租户应自觉关掉房间的电。",
        "违者不准其再私自开口引水。",
        "不准他人引水的，由村里协调。",
        "严禁对该租户断电。",
        "不得对这户人家停水。",
        "村委会“不再给其地块配水”的决定已被乡政府撤销。",
        "天旱缺水时，全村各户限量供应生活用水，一视同仁。",
        "限其三日内恢复供电设施原状。",
        "停电时请关掉自家的电闸。",
        "渠道清淤期间暂停引水。",
        "因水源不足，各组轮流引水，不给任何一户多配水。",
        "灌溉结束后，各田块进水口由管水员统一关闭。",
        "该户擅自接电的，报供电所依法处理。",
        "被协会除名的，其灌溉用水仍由村里按计划供应。",
        "租户离开时应关掉房间电闸。",
        "停止该片区住户供水前，应提前三天张贴通知。",
        "租客离开时断掉所住房间的电（以防火灾）。",
    ],
)
def test_t604_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (f) His field left out of a watering turn (下一轮次不给安排其田块, 本轮不予安排该户的责任田): CV604; the turn
# arranged for the others, or land not allotted in a land round, is none of it.
@pytest.mark.parametrize(
    "text",
    [
        "抢水霸水的，下一轮次不给安排其田块。",
        "抢水的，本轮不予安排该户的责任田。",
        "不听指挥私自开闸的，下一轮不安排他家的稻田。",
    ],
)
def test_t604_his_field_left_out_of_a_turn(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV604"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("轮灌时按先远后近安排各户田块，下一轮次安排其余田块。", []),
        ("下一轮调整土地时，不予安排其承包地。", ["CV602"]),
    ],
)
def test_t604_a_turn_for_others_or_a_land_round(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# (g) His home's supply named first, then stopped in plain words closing the clause (该户自家的电停三天, 他家的水停了
# 再说, 其田块的灌溉用水一律不配): CV604; an outage told (他家的水停了三天), a rule of use (家里的水电要关好) and a
# meter taken off for a test are none.
@pytest.mark.parametrize(
    "text",
    [
        "不履行门前三包的，该户自家的电停三天。",
        "偷水的，其田块的灌溉用水一律不配。",
        "违规者，家里的自来水先停一周。",
        "偷电的，该户电表先拆下来。",
        "不交卫生费的，他家的水就别放了。",
        "不交卫生费的，他家的水停了再说。",
    ],
)
def test_t604_his_supply_named_first_then_stopped(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV604"]


@pytest.mark.parametrize(
    "text",
    [
        "该户家里的水停了三天，村里派人查看。",
        "台风天家里的电停了，及时报告电工。",
        "出门时家里的水电要关好。",
        "因线路检修，该户家里的电停一天。",
        "用户对电表计量有异议的，该户电表先拆下来，送供电所校验。",
    ],
)
def test_t604_an_outage_told_or_a_rule_of_use_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (h) The switch pulled in plain words (把他家的闸拉了, 拉下该户电闸), water or power not let to him (不让他家田里进水,
# 不让其用电), a ration by the day (限制该户每日用水量): CV604; the same words for everyone or as a rule of use are none.
@pytest.mark.parametrize(
    "text",
    [
        "违者，村里把他家的闸拉了。",
        "违者，由电工拉下该户电闸。",
        "违者，不让他家田里进水。",
        "违者，不让其用电。",
        "违者，限制该户每日用水量。",
    ],
)
def test_t604_a_switch_pulled_or_a_supply_not_let(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV604"]


@pytest.mark.parametrize(
    "text",
    [
        "停电时把自家的闸拉下来。",
        "雷雨天气，各户应拉下电闸。",
        "不让他人用水的，由村里调解。",
        "干旱期间，限制各户每日用水量。",
        "天旱时，全村限制每日用水。",
    ],
)
def test_t604_a_switch_or_a_ration_for_all_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (i) A turn of his water taken (扣其一轮水, 扣该户两轮灌溉, 取消其下一轮放水): CV604. A shortage named as the cause
# (因天旱水源不足，暂停放水; 由于干旱) stops it for everyone alike, like works: none, unless a wrong stands before it.
@pytest.mark.parametrize(
    "text",
    [
        "偷放渠水的，扣其一轮水。",
        "抢水的，扣该户两轮灌溉。",
        "霸水的，取消其下一轮放水。",
    ],
)
def test_t604_a_turn_of_his_water_taken(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV604"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("因天旱水源不足，取消下一轮放水。", []),
        ("因水源不足，暂停放水。", []),
        ("由于干旱，全村暂停灌溉用水一周。", []),
        ("天旱时，各户轮流放水，每户一轮水。", []),
        ("因水源不足仍偷水的，停该户放水一轮。", ["CV604"]),
        ("因私拉电线引发线路检修的，该户停电一个月。", ["CV604"]),
    ],
)
def test_t604_a_shortage_as_the_cause(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# r603s11 (a) The village's help at a household's wedding or funeral withheld, whatever verb brings the helpers (前去,
# 上门, 到场, 过去): CV605, on the doer's own household (其家中) too; a guest's own choice and a custom stay silent.
@pytest.mark.parametrize(
    "text",
    [
        "拒不出义务工又不交代工款的，今后其家里办丧事，本组村民不得前去帮忙。",
        "不孝敬父母经教育不改的，其家中今后的红白喜事全组不予帮忙。",
        "婚事超标大操大办的，三年内其家中红白事理事会不再上门帮忙。",
        "偷砍集体竹林屡教不改的，其家里办酒席时各户一律不得到场帮工。",
        "乱倒垃圾拒不改正的，日后他家办白事村里人不过去抬棺。",
    ],
)
def test_r603s11_help_at_feasts_withheld(text: str) -> None:
    assert "CV605" in [m.code for m in unlawful_measures(text)]
    assert "CV608" not in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "村民家中办丧事的，各户应主动前去帮忙。",
        "红白理事会上门帮忙的，不得收取任何费用。",
        "亲友前去帮忙的，主家只备便饭，不得大摆宴席。",
    ],
)
def test_r603s11_help_at_feasts_given(text: str) -> None:
    assert unlawful_measures(text) == []


# (b) After a woman's loss, the case of her thing already done (已经建成的, 已承包的) has no doer of its own: the measure on
# it is one more loss of hers, CV607 alone (a supply cut keeps its own code; a new doer's wrong keeps its own).
@pytest.mark.parametrize(
    "text",
    [
        "外嫁女及其配偶不得在村里申请宅基地；已经建好的，村委会不予出具房屋登记证明。",
        "出嫁女不得承包组里的鱼塘；已承包的，村委会不予办理续包手续。",
        "入赘女婿不得申请建房；已建成的，村里不给出具产权证明。",
        "离婚妇女不得在本组分得新的自留地；已经分到的，组里不予出具林地确权证明。",
    ],
)
def test_r603s11_her_thing_already_done(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


def test_r603s11_after_her_a_new_doer_keeps_its_code() -> None:
    codes = [m.code for m in unlawful_measures("出嫁女不得在村里建房；村民私自占地建房的，不予出具建房证明。")]
    assert "CV607" in codes and "CV605" in codes


# (c) A person seized on the spot and kept until someone fetches him (把人扣下，叫他家里人来领): CV603, and the bare
# 扣下 is no seizure of things (CV602) when the one fetched is a person; a lost child or a found purse stays silent.
@pytest.mark.parametrize(
    "text",
    [
        "外地人在村里小偷小摸的，由联防队将其扣下，通知其家属或老板前来领人。",
        "偷鸡的，由联防队把人扣下，叫他家里人来领。",
        "偷电缆的，由护村队当场把他扣住，等所在单位来人接走。",
        "打架闹事的，巡逻队可将该人留下，通知其亲属来接人。",
        "偷拿工地钢筋的，保安将其扣下，通知其家人或包工头前来领人。",
    ],
)
def test_r603s11_person_seized_until_fetched(text: str) -> None:
    codes = [m.code for m in unlawful_measures(text)]
    assert "CV603" in codes and "CV602" not in codes and "CV608" not in codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("捡到的钱包，由村委会将其留下，等失主来领。", []),
        ("走失的老人，网格员先把他留下，通知家人来接。", []),
        ("偷砍竹子的，将其扣下，通知家属领回。", ["CV602"]),
    ],
)
def test_r603s11_thing_or_care_until_fetched(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# (d) The one who must do it named by his wrong as the subject, with no comma (失火的人家要…, 偷鸡的人须…): a wrongdoing
# before the measure, so the round of the village with a gong is CV603; a watchman's round is none.
@pytest.mark.parametrize(
    "text",
    [
        "寨里旧规，失火的人家要敲锣沿寨喊话半个月。",
        "偷鸡的人要敲锣绕村走一圈。",
        "乱倒垃圾的住户必须提着铜锣沿村喊三遍。",
        "偷砍风水树的村民须打着锣绕屯走三趟。",
    ],
)
def test_r603s11_doer_named_by_his_wrong(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "打更的人要敲锣沿寨喊“小心火烛”。",
        "值班的村民要敲锣绕村巡查防火。",
        "护林的人员每天须沿山巡查一遍。",
    ],
)
def test_r603s11_a_watchman_s_round(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


# (e) A thing put under the holding verb (将原告的两台油锯留置于村部, 将其三辆拖拉机扣押在村部): property (CV602 where a
# seizing verb names it), no person held; a person put there stays CV603.
@pytest.mark.parametrize(
    "text",
    [
        "据查，村委会将该村民的两台油锯留置于村部至今。",
        "偷伐林木的，护林队将其两辆拖拉机扣押在村部。",
        "违规捕鱼的，巡查员将收缴的渔网控制在村委会。",
        "盗伐的，护林员把其两把电锯留置在村部。",
    ],
)
def test_r603s11_thing_held_is_no_person(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "偷鱼的，把偷鱼的两个人控制在村委会。",
        "偷鱼的，将其控制在村委会。",
    ],
)
def test_r603s11_person_held_stays(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


# (f) Where one is, given with how to reach one (报告去向和联系方式): the collective's contact record, clean; with a watched
# status, a permission or a return date it stays the charter's watch on a person (CV603).
@pytest.mark.parametrize(
    "text",
    [
        "本社成员长期外出的，应向理事会报告去向和联系方式。",
        "社员外出经商的，须向合作社登记去处及联系电话。",
        "村民外出打工的，应当向村民小组长告知去向和手机号码。",
        "村民举家外出务工的，须向村民小组报告去处和联系电话。",
    ],
)
def test_r603s11_whereabouts_as_contact(text: str) -> None:
    assert "CV603" not in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "刑满释放人员外出的，须向村委会报告去向和联系电话。",
        "外来租户外出须向房东报告去向和联系方式。",
        "有赌博前科的村民外出的，须事先向治保主任报告去向和联系方式。",
    ],
)
def test_r603s11_whereabouts_watched(text: str) -> None:
    assert "CV603" in [m.code for m in unlawful_measures(text)]


# (g) His standing as a user of the supply taken (取消其用水户资格, 用电户身份): the account the supply runs on, CV604 like
# 用水资格; a 用水户协会 membership is the association's own affair.
@pytest.mark.parametrize(
    "text",
    [
        "偷水的，取消其用水户资格。",
        "私拉电线的，取消该户的用电户身份。",
        "拒交水费又私接水管的，村里取消其用水户资格一年。",
        "私改水表的，村委会注销该户的用水户资格。",
    ],
)
def test_r603s11_supply_user_standing(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV604"]


def test_r603s11_water_association_membership() -> None:
    assert unlawful_measures("用水户协会会员拒交会费的，取消其用水户协会会员资格。") == []


# (h) The doer is each household itself (每户…, 拒交…的农户): everyone on its register (户口本上的人口, 户口簿上所有人员) is
# that household, so the welfare withheld from them is CV605 on the doer; one member's act keeps them bearers (CV608).
@pytest.mark.parametrize(
    "text",
    [
        "拒交卫生费的农户，停发该户户口本上全部人口的慰问金。",
        "每户须按时交清垃圾费，否则停发其户口簿上所有人员的年节慰问品。",
        "不交水费的住户，户口本上的人口一律停发当年福利。",
        "村里要求用电的十户每户补交线路费，否则停发各户户口本上人口的节日补助。",
    ],
)
def test_r603s11_register_of_the_doer_household(text: str) -> None:
    codes = [m.code for m in unlawful_measures(text)]
    assert "CV605" in codes and "CV608" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "户内有人吸毒的，停发户口本上全部人口的福利。",
        "家中子女打架斗殴的，户内全部人口不得享受节日福利。",
    ],
)
def test_r603s11_register_bears_a_member_s_act(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


# r607s11 (a) A wait or a vote before any right an in-married wife, an uxorilocal husband or a divorced woman would
# enjoy (方可参股, 才能确认社员身份, 方能重新分享): the class of entitlements after 方可/才能, not a list of verbs. A paper
# shown for a procedure (凭户口簿方可办理) and the same wait for every villager are none.
@pytest.mark.parametrize(
    "text",
    [
        "嫁到本组的妇女须在本组居住满五年方可参股。",
        "招上门女婿的，女婿户口迁入满三年后才能确认社员身份。",
        "离婚后回村的妇女，须经村民代表会议通过方能重新分享集体收益。",
        "再婚妇女带来的子女，落户满八年才可享有分红。",
    ],
)
def test_r607_a_wait_before_any_right_of_hers(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "村民户口迁入满三年后方可参股。",
        "外嫁女户口迁回本村的，凭户口簿方可办理。",
        "出嫁女凭结婚证方可登记。",
        "新娶的媳妇户口迁入后，享受同等待遇。",
    ],
)
def test_r607_a_wait_for_all_or_a_procedure_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (b) Her right put to the members' vote (能否分红，由户代表投票表决; 要分地，须经全组农户签字同意; 落户须提请村民会议表决)
# or refused by their consent withheld (回村分钱，全队没人同意): CV607. Her own consent (须经本人同意), no vote needed
# (无须经…表决), a vote forbidden (不得由…表决决定) and an act of his own (犯事外逃的) are none.
@pytest.mark.parametrize(
    "text",
    [
        "入赘女婿能否分红，由全体户代表投票表决。",
        "刚过门的媳妇要分地，须经全组农户签字同意。",
        "离婚妇女回村分钱，全队没人同意。",
        "上门女婿落户，须提请村民会议表决。",
        "婚入的媳妇申请宅基地，需经本组三分之二以上农户签字同意。",
    ],
)
def test_r607_her_right_put_to_a_vote(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "外嫁女享受分配，不得由村民会议表决决定。",
        "外嫁女的承包地流转须经本人同意。",
        "嫁入本村的妇女享受集体分配，无须经村民会议表决。",
        "出嫁女的分红由村委会通过银行转账发放。",
    ],
)
def test_r607_no_vote_on_her_right_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (c) The vote set on her failed, in the next sentence (表决未通过的, 未获通过的): it goes on about her, and its loss is
# her finding, not a CV602 of its own; the same failed vote for any applicant keeps the loss's own code.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("离婚妇女回村的，须经村民小组会议表决同意方可重新入股；表决未通过的，不参加当年分配。", ["CV607"]),
        ("上门女婿须经股东大会同意方能确认股东资格；未获通过的，只落户不分红。", ["CV607"]),
        ("外嫁女回村的，须经户代表签字同意才能入社；同意票不足半数的，停发其分红。", ["CV607"]),
        # (the vote named with no right after it: the failed vote carries her into the next sentence)
        ("外嫁女回村入股的，须经户代表签字；未获同意的，停发其分红。", ["CV607"]),
        ("离婚妇女的户口迁回本村，须提交村民会议；表决未通过的，不参加分配。", ["CV607"]),
        # (a permit refused and an order to stop her building deny no right of hers)
        ("外嫁女的房屋翻建，须经村委会审批；未获批准的，责令停止施工。", []),
    ],
)
def test_r607_the_vote_on_her_failed(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# (d) Her share cut to a part she keeps (只保留一亩, 仅留下半股), kept only until a date by any verb of giving after 只
# (只发到出嫁当年为止), taken by a verb and its complement (调出去), her name gone from the roll in spoken words
# (花名册上就没有她了): CV607. Her registration kept with equal treatment, the same share for all, are none.
@pytest.mark.parametrize(
    "text",
    [
        "妇女出嫁后户口未迁的，只保留一亩责任田。",
        "离异妇女仅留下半股。",
        "外嫁女的分红只发到出嫁当年为止。",
        "妇女改嫁后，其承包地调出去。",
        "丧偶妇女再婚的，第二年花名册上就没有她了。",
    ],
)
def test_r607_her_share_cut_to_a_part(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "离婚妇女仅保留户口，按规定享受同等待遇。",
        "外嫁女与本村村民一样，保留承包地。",
        "本组村民只保留一亩口粮田的，由本人申请。",
    ],
)
def test_r607_her_share_kept_whole_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (e) A child whose share follows its parents' marriage (随母落户的子女, 父亲为外村人的, 父亲户口不在本村的): the mother's
# marriage to an outsider decides it, CV607; the law's own choice of either parent's registration, and equal shares,
# are none.
@pytest.mark.parametrize(
    "text",
    [
        "母亲为本村村民、父亲为外村人的子女，只享受一半分红。",
        "跟随母亲落户本组的子女，不分征地补偿款。",
        "父亲户口不在本村的小孩，不参与分红。",
        "父亲为城镇居民的子女，土地补偿费减半发放。",
    ],
)
def test_r607_a_childs_share_by_its_parents_marriage(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "子女可随父或随母落户，享受同等待遇。",
        "父亲为外村人的子女，与本村子女同等享受分红。",
    ],
)
def test_r607_a_child_treated_equally_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (f) A wife newly married in named as a subject (新媳妇, 刚娶进门的儿媳, 新娶媳妇能否…): her marriage in is the status.
# A wedding's own rules are none.
@pytest.mark.parametrize(
    "text",
    [
        "新媳妇当年不配股。",
        "刚娶进门的儿媳，头三年不分红。",
        "新娶媳妇能否入股，由社员大会举手表决。",
        "进门的儿媳，三年内不分红。",
    ],
)
def test_r607_a_wife_newly_married_in(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


def test_r607_a_weddings_own_rule_stays_silent() -> None:
    assert unlawful_measures("新娶媳妇办酒席不得超过二十桌。") == []


# (g) Her supposed chastity (失贞, 不是处女的) decides a loss as her marriage does (docs/clause-codes.md): CV607; virgin
# land (处女地) and a prohibition naming the ground are none. An old rule's words for her marriage (女适人者) and for
# "again" (复分) read like the plain ones.
@pytest.mark.parametrize(
    "text",
    [
        "被认定失贞的妇女，不得参加分配。",
        "不是处女的姑娘不得分宅基地。",
        "不是處女的，不分口糧田。",
        "女适人者，不得复分族田。",
    ],
)
def test_r607_her_chastity_or_an_old_rules_words(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "开垦处女地的，三年内不收承包费。",
        "不得以妇女贞洁为由剥夺其土地权益。",
    ],
)
def test_r607_virgin_land_or_a_protection_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (h) Her share drawn by her kin (由她父亲代领, 由她兄弟领取): 她 before a kin or her parents' home names someone else,
# so the share goes away from her (CV607); she herself or her children receiving is none. Her husband and children
# named by her (她的丈夫和子女) left out with her: CV607.
@pytest.mark.parametrize(
    "text",
    [
        "出嫁女的那份分红由她父亲代领。",
        "外嫁女的土地补偿款由她兄弟领取。",
        "她的丈夫和子女都被排除在分配名单之外。",
        "外嫁女回村的，她的丈夫和子女不得参加分红。",
    ],
)
def test_r607_her_share_drawn_by_kin_or_her_family_left_out(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "外嫁女的分红由她本人领取。",
        "离婚妇女的承包地由她的子女继承。",
        "她们的丈夫和子女享有同等权利。",
    ],
)
def test_r607_her_share_to_herself_or_equal_rights_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# r607s11 (i) After her finding, the same treatment given again to her status or her children following her (嫁往县城的，
# 同样处理; 子女跟母走的，同样处理), and a loss on what of hers is already done (已经盖好的，不予办理产权证明) are her
# finding (CV607), not CV608 or CV605 of their own; a new doer's wrong (村民乱砍滥伐的，同样处理) and her children's own
# offence (其子女偷盗的) keep theirs.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("离婚妇女户口留在本组的，不参加分红；孩子随母回来的，同样处理。", ["CV607"]),
        ("外嫁女不得领取征地补偿款；嫁往县城的，同样处理。", ["CV607"]),
        ("丧偶妇女再嫁的，收回其宅基地；子女跟母走的，同样处理。", ["CV607"]),
        ("上门女婿不得分配宅基地；已经盖好的，村里不予办理产权证明。", ["CV607"]),
        ("离婚妇女不得入股；已经入股的，不予出具股权证明。", ["CV607"]),
        ("外嫁女不得分红；村民乱砍滥伐的，同样处理。", ["CV607", "CV608"]),
        ("外嫁女不得分红；其子女偷盗的，全家取消低保。", ["CV607", "CV608"]),
    ],
)
def test_r607_the_same_loss_again_is_her_finding(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# Two status shares the review's reading list was written to read (read11) that the analyser now judges itself
# (r607s11: a holding adjusted out after remarriage; a child's share cut to grain by the mother's marriage).
@pytest.mark.parametrize("text", ["丧偶后改嫁的，原来的口粮田调整出去。", "随母亲落户的孩子，只分口粮，不分红利。"])
def test_status_shares_the_reading_list_read_are_now_cv607(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


# A sum taken told in a report (read11's reading-list case) that the analyser now judges itself (r601s11: a named
# person's act after 因 is a condition, 收了 a sum is a payment).
def test_a_sum_taken_told_in_a_report_is_now_cv601() -> None:
    text = "记者在村里看到，村民王某因放牛啃了树苗，被村里收了两百元。"
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


# --- r601s11: money and property (CV601, CV602) ---


# (a) A referral to an enforcing organ named by its unit (执法队, 执法大队, 监察中队), or named again as 由其/由该站
# after the hand-over: every measure listed after it is the organ's, the fine after 、 as well as the taking before it.
@pytest.mark.parametrize(
    "text",
    [
        "在禁渔期捕鱼的，护渔员制止后报县渔政执法大队，由其没收网具并处罚款。",
        "乱采河沙的，村里报水政监察中队依法扣押采砂船、罚款。",
        "违规搭建的，移交综合执法队依法强制拆除、处以罚款。",
        "盗伐林木的，移送林业站，由该站依法没收木材、处以罚款。",
        "毒鱼的，巡河员拍照后報漁政執法隊依法沒收漁具、處以罰款。",
    ],
)
def test_r601_a_referral_to_an_enforcing_unit_imposes_nothing(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("盗伐林木的，报林业站处理，村里另罚款五百元。", ["CV601"]),
        ("违规搭建的，村治保队没收其工具、罚款二百元。", ["CV602", "CV601"]),
        ("偷鱼的，由村护渔队罚款五百元。", ["CV601"]),
    ],
)
def test_r601_the_village_s_own_unit_still_fines(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# (b) The sum put up in plain speech (出五百元, 拿出一百元, 掏二百块) after a wrong: a fine whatever the verb.
@pytest.mark.parametrize(
    "text",
    [
        "动手打人的，先动手一方出五百元给村里作公益金。",
        "乱砍树木的，每棵拿出一百元给组里。",
        "放牛啃了庄稼的，牛主掏二百块给村里修路。",
        "红白喜事超过二十桌的，主家出了三千元给老年协会。",
    ],
)
def test_r601_a_sum_put_up_in_plain_speech_is_a_fine(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "每户每年出五十元作卫生保洁费。",
        "出租房屋的，每月租金五百元。",
        "村民自愿出资二百元修路。",
        "超出五百元的部分由村里承担。",
        "损坏路灯的，照价赔偿，出一百元修理费。",
        "严禁向村民摊派，不得让各户出钱五百元。",
    ],
)
def test_r601_a_sum_put_up_for_a_due_or_a_loss_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (c) A case told of a named person (村民某某因…, 王家因为…, 他因…): his own act after 因 is the condition of what
# was then taken from him, like a 的 clause; a circumstance (因病住院) names no wrong, and 收了/收其 is a sum collected.
@pytest.mark.parametrize(
    "text",
    [
        "去年村民刘某因在河里电鱼，被组里收了五百元。",
        "王家因为乱倒垃圾，被村委会要求交了二百元。",
        "他因私自砍伐集体林木，村里让他交了一千元。",
        "乱倒垃圾的，村里收其二百元。",
    ],
)
def test_r601_a_named_person_s_act_as_the_cause(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "村民李某因家中失火，村里送去慰问金五百元。",
        "村民张某因病住院，村里补助了二百元。",
        "居民王某因未按时交纳物业费，被催交物业费三百元。",
        "今年村里收了卫生费每户五十元。",
        "村集体今年收入五百万元。",
    ],
)
def test_r601_a_cause_without_a_wrong_or_a_due_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (d) A dividend kept on the books or held in plain speech after a wrong (分红一律挂账, 红利先压着不发, 扣着不给,
# 租金先押着): withheld from him, CV602. Kept for want of profit, or paid out on a date, it is none.
@pytest.mark.parametrize(
    "text",
    [
        "没交环境卫生保证书的社员，下半年的红利统统挂账，暂不打到本人卡上。",
        "谁要是带头去乡里闹，他家那份分红款先压住不发，认错了再说。",
        "拒不拆除违建的，其年终红利暂时挂起来，拆除后再发。",
        "不参加义务劳动的社员，当年股金分红扣着不给。",
        "不交卫生费的，土地流转租金先押着，交清后发放。",
    ],
)
def test_r601_a_dividend_kept_on_the_books_or_held(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


@pytest.mark.parametrize(
    "text",
    [
        "集体经济亏损的，当年分红挂账，次年一并发放。",
        "分红款挂账期间产生的利息归股东所有。",
        "年终分红于春节前发放到户。",
        "任何人不得将股东分红压着不发。",
    ],
)
def test_r601_a_dividend_on_the_books_without_a_wrong_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (e) A share stopped for a span he lives through (服刑期间, 劳教期间, 整改期内) while still a member, beside a
# membership to be applied for again: two measures, CV602 and CV606. Taken with the membership, the share is CV606's.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "成员被判刑的，服刑期间停发其分红；回村后要再交申请，由成员大会表决通过才能恢复成员资格。",
            ["CV602", "CV606"],
        ),
        ("社员被劳教的，劳教期间停发其红利；解教后经社员大会同意方能恢复社员资格。", ["CV602", "CV606"]),
        ("违反本章程的，取消其股东资格，收回其股份。", ["CV606"]),
        ("违反本章程的，取消其成员资格；当年分红不再发放。", ["CV606"]),
    ],
)
def test_r601_a_share_stopped_for_a_span_beside_membership(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# (f) Land or a pond taken back when the contract's term runs out (合同期满后收回, 租期到期以后收回, 承包期届满时收回),
# in its clause or one of its own before it: the term, not a sanction. A lapse at the term (期满后仍不交回的), a
# taking before the term (期满前收回) or a wrong named after the term keeps CV602.
@pytest.mark.parametrize(
    "text",
    [
        "养鱼户拖欠承包款的，按合同约定付违约金；合同期满后由合作社收回鱼塘另行发包。",
        "拖欠租金的，按合同约定追缴；租期到期以后，果园由村里收回重新发包。",
        "承包期届满时，由村集体收回机动地，另行发包。",
        "流转期限结束后，土地由村民小组收回，交还原承包户。",
    ],
)
def test_r601_land_back_at_the_end_of_its_term_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("乱倒垃圾的，收回其承包地。", ["CV602"]),
        ("违反村规的，合同期满前收回其承包的鱼塘。", ["CV602"]),
        ("合同期满后，承包人乱砍林木的，收回其承包山林。", ["CV602"]),
        ("承包期满后仍不交回的，村里强制收回，并罚款五百元。", ["CV601"]),
    ],
)
def test_r601_land_taken_for_a_wrong_around_its_term(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# (g) A court's judgment ordering a party to pay (判决被告支付…, 二审判决被上诉人…支付): the court's order, not the
# charter's; a judgment quoted for the rule it reports (据判决书载明，该村规定…罚款) still shows the rule's fine.
@pytest.mark.parametrize(
    "text",
    [
        "法院认为，该决议违反法律规定，判决被告支付原告补偿款两万元。",
        "二审认为原决议违反妇女权益保障法，判决被上诉人向上诉人支付征地补偿款五万元。",
        "该分配方案违反法律规定，应属无效，判决被告村民小组支付原告安置补助费一万元。",
    ],
)
def test_r601_a_court_ordering_payment_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


def test_r601_a_judgment_quoting_the_rule_still_shows_the_fine() -> None:
    assert [m.code for m in unlawful_measures("据判决书载明，该村规定乱砍树木的罚款五百元。")] == ["CV601"]


# (h) Labour for the village: the doer asked after with a time before him (今后谁家…，谁就…), a second measure joined
# by 并/还 with a sash or a vest (并身披绶带在村口值守三天), and a public place to be cleaned with no time named
# (被要求到村祠堂进行清扫, 罚其去小学操场义务劳动); a quarrel (争吵, 吵架, 口角) and 一旦/只要 open a condition.
@pytest.mark.parametrize(
    "text",
    [
        "以后谁家往水渠里乱倒垃圾，谁就负责清扫全村主干道半个月。",
        "私自上山烧纸被抓的，先作检讨，还要身披警示带到林区路口值守五天。",
        "只要两户人家吵架，两家都得被要求去村文化站搞清扫。",
        "两户吵架的，责令双方到村祠堂打扫。",
        "赌博的，罚其去村小学操场义务劳动。",
        "只要乱贴小广告，当事人就被要求到村文化广场进行保洁。",
    ],
)
def test_r601_labour_for_the_village_in_other_words(text: str) -> None:
    assert "CV601" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "乱倒垃圾的，责令其到倾倒地点清扫干净。",
        "乱倒垃圾的，要求其到现场进行清扫。",
        "村民要求到村部打扫卫生的，可以报名。",
        "每周六上午，党员到文化广场进行清扫。",
        "一旦发生火灾，全体村民要参加扑救。",
        "今后谁家办酒席，谁就提前报红白理事会。",
        "邻里发生口角的，由调解委员会调解。",
    ],
)
def test_r601_cleaning_up_or_volunteering_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (i) Goods in kind: a feast laid on by the table for the group (各摆酒席一桌，宴请本组各户), grain put into the
# group's store (交谷子五十斤入组里粮仓), and the doer named after the 的 and bound straight on (失火的人家要…,
# 偷牛的人须…): CV601. A due every household gives, or a feast the village gives, is none.
@pytest.mark.parametrize(
    "text",
    [
        "聚众赌博的，参赌者各摆酒席一桌，宴请本组各户户主赔礼。",
        "偷放塘水的，每亩交谷子五十斤入组里粮仓。",
        "乱砍树的，交玉米一百斤存入村粮仓。",
        "偷牛的人家要拿出一头猪给全寨打牙祭。",
        "放火烧山的人须交米八十斤给寨上。",
        "打架的，摆酒两桌请全组人吃。",
    ],
)
def test_r601_goods_in_kind_for_the_community(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "每户每年交公粮五十斤入组里公仓。",
        "村里办酒席二十桌，宴请全体老人。",
        "结婚办酒不得超过十五桌。",
        "建房的人家要先到村里登记。",
        "六十岁以上的人家要按时领取补贴。",
    ],
)
def test_r601_goods_as_a_due_or_a_village_feast_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (j) A tariff row: a wrong as its label, a colon and a price by the unit (偷砍竹子：每根20元, 2. 放羊啃树苗：每只
# 每次10元): the label is the condition and the price the fine. A price list's row names no wrong, a row of damages
# names no sum, and a row of honours is none.
@pytest.mark.parametrize(
    "text",
    [
        "偷砍集体竹林的竹子：每根20元",
        "违约处理标准\n1. 乱倒建筑垃圾：每车300元\n2. 散放牛羊啃食树苗：每只每次10元",
        "私自在河道挖沙：每方50元",
        "在公路上乱堆柴草：每处每天20元",
    ],
)
def test_r601_a_tariff_row_prices_its_wrong(text: str) -> None:
    assert {m.code for m in unlawful_measures(text)} == {"CV601"}


@pytest.mark.parametrize(
    "text",
    [
        "收费标准\n1. 生活垃圾清运：每户每年60元\n2. 自来水：每吨2元",
        "损坏集体的健身器材：每件按原价赔偿",
        "本村光荣榜只表彰好人好事：每月评选一次。",
        "村规民约规定：每户每年交卫生费60元",
    ],
)
def test_r601_a_price_list_or_damages_row_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (k) Things of his taken or destroyed: a duty set, then what is found breaking it (犬只必须拴养，发现放出院外的，…
# 扑杀), the yield taken into the collective named as one's own (归本村集体), crops or trees cut down by the village
# (由村里砍除) and the compensation for his crops refused (不予补偿青苗费): CV602.
@pytest.mark.parametrize(
    "text",
    [
        "各户的狗必须拴养，发现在外乱跑的，由巡逻队当场扑杀。",
        "鸭鹅必须圈养，发现进入他人秧田的，由村里捕走。",
        "偷挖山货的，所挖山货归本村集体。",
        "私自砍伐的，所砍木材归该组集体所有。",
        "占用耕地种树的，由村里砍除。",
        "不得在渠边种玉米，已种的，不予补偿青苗费。",
    ],
)
def test_r601_things_taken_after_a_duty_broken(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


@pytest.mark.parametrize(
    "text",
    [
        "各户必须按时交水费，发现管网漏水的，及时报修。",
        "本村的山林归本村集体所有。",
        "集体土地的所有权归本村集体。",
        "因修路需要砍除路边树木的，依法补偿。",
        "征地范围内的青苗，按标准补偿青苗费。",
        "狗必须拴养，发现狂犬病犬只的，报畜牧站依法扑杀。",
    ],
)
def test_r601_ownership_works_and_authority_culls_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (l) The excess over a limit the article forbids, named as a clause of its own (不得超过三层。超出部分，每层另交…),
# and a sum brought along to fetch a held person (待家属带八百元看管费来领人, 拿五百块来赎人): CV601. Over a ration
# with no ban it is a price ladder, and a paper brought to fetch a lost child is none.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("建房不得超过三层。超出部分，每层另交五千元。", ["CV601"]),
        ("放鞭炮严禁超过十挂。超过部分，按每挂五十元交理事会。", ["CV601"]),
        ("办酒不准超过十五桌。超出部分，主家按每桌一百元交给理事会。", ["CV601"]),
        ("偷牛被抓的，关在村部，让家里人拿五百块来赎人。", ["CV603", "CV601"]),
        ("抓到偷鱼的人，先关在村部，等其家属带八百元看管费来领人。", ["CV603", "CV601"]),
    ],
)
def test_r601_an_excess_over_a_ban_or_a_sum_brought_to_fetch(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        "用水每户每月限十吨，超出部分，按每吨三元收费。",
        "孩子走失的，家长带身份证来领人。",
        "用电超出部分，按阶梯电价计费。",
    ],
)
def test_r601_a_price_ladder_or_a_paper_brought_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (m) His own line or pipe cut away when the condition, not the object, says he laid it (私接水管的，剪断其水管;
# 擅自架设电线的，剪掉该户的电线): his works removed, CV602, beside the supply it stops (CV604). A household's line cut
# for a bill is the cut alone; repairs and a ban on cutting are none.
@pytest.mark.parametrize(
    "text",
    [
        "私自接水的，管水员当场剪断其水管。",
        "擅自架设电线的，由电工剪掉该户的电线。",
        "乱拉电线被查到的，电工立即剪断其线路。",
        "偷接集体水管的，村里派人截断其水管。",
    ],
)
def test_r601_his_own_line_cut_away(text: str) -> None:
    assert {m.code for m in unlawful_measures(text)} == {"CV602", "CV604"}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("拖欠电费的，剪断其线路。", ["CV604"]),
        ("线路老化的，由电工剪断线路更换。", []),
        ("严禁私拉电线，但不得擅自剪断他人线路。", []),
    ],
)
def test_r601_a_household_line_or_repair_is_no_works_taken(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# (n) His land handed to the group or the village to run after a wrong (其名下山林交由村民小组统一经营; 其承包地交给组里
# 代为耕种): taken from him, CV602. Handed over of his own will, or as a topic of a scheme, it is none.
@pytest.mark.parametrize(
    "text",
    [
        "拒绝参加林权登记的，名下林地交由本组统一经营，收益归组。",
        "拒不缴纳承包费的，其承包地交由村集体统一耕种。",
        "乱砍滥伐的，其承包的林地交给组里代为管护，收益归组。",
        "违反村规的，其自留山交由合作社集中经营。",
    ],
)
def test_r601_his_land_handed_to_the_group_to_run(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


@pytest.mark.parametrize(
    "text",
    [
        "外出务工人员的承包地，可自愿交由村集体统一经营，收益归本人。",
        "承包地交由合作社统一经营的，按约定分红。",
        "不得强迫农户将承包地交由村集体统一经营。",
    ],
)
def test_r601_land_handed_over_by_choice_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (o) 没 as the spoken 未 in a condition (狗没拴好的, 没交保证书的, 没按时清扫的): a wrong like 未; 没收 is a taking and
# 出没 a beast's roaming, neither a wrong.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("狗没拴好的，每户出一百块。", ["CV601"]),
        ("没交卫生保证书的社员，当年红利一律挂账。", ["CV602"]),
        ("门前没按时清扫的，罚其为村里扫街三天。", ["CV601"]),
        ("没经村里同意就砍树的，所砍木材归本村集体。", ["CV602"]),
        ("没参加修路出工的，每户交五十元。", ["CV601"]),
        ("家里的鸭子没关好的，停发该户当年分红。", ["CV602"]),
    ],
)
def test_r601_mei_opens_a_wrong(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        "河里出没的野猪，由村里组织驱赶。",
        "洪水淹没的农田，由村里统一补种。",
        "没有劳动能力的老人，村里每年发放慰问金二百元。",
    ],
)
def test_r601_mei_in_a_circumstance_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (p) A share of a value or a loss paid and taken in by the village, not by the one who lost it (值班队员按失物价值的
# 百分之五承担，款由村委会收取): a fine; the same share paid to the victim is damages.
@pytest.mark.parametrize(
    "text",
    [
        "护林期间林木被盗的，护林员按被盗林木价值的百分之十承担，所赔款项由村委会收取。",
        "看护期间集体鱼塘被盗的，看塘人按损失的一成赔偿，款项由村委会统一收取。",
        "巡夜期间耕牛被盗的，巡夜人按牛价的百分之二十赔付，由村委会收取。",
    ],
)
def test_r601_a_share_of_a_loss_taken_by_the_village(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "损坏他人庄稼的，按损失的百分之百赔偿给受害户。",
        "偷盗集体财物的，按价值的百分之五十赔偿给失主。",
        "集体资产出租收入，按租金的百分之十提取管理费，由村委会统一收取。",
    ],
)
def test_r601_a_share_paid_to_the_victim_or_a_levy_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# Eleventh session, round 2 (r608s11): CV608 and CV606 readings.
# (a) A woman's husband and children named after her CV607 finding, no other doer's condition between, share her
# finding (docs/clause-codes.md, CV607): no CV608 beside it.
@pytest.mark.parametrize(
    "text",
    [
        "离婚妇女户口仍在本村的，不得参加分红，其子女不予落户。",
        "嫁到外村的女儿，不分口粮田，其丈夫和孩子一律不准在本村落户。",
        "丧偶妇女改嫁外村的，收回承包地，其子女不得参加本村分红。",
        "招婿上门的女儿户口留在本组的，只分一半股份，其配偶及子女不再配股。",
    ],
)
def test_r608_her_kin_after_her_finding_share_it(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


def test_r608_another_doer_between_keeps_the_kin_s_own_finding() -> None:
    codes = [m.code for m in unlawful_measures("外嫁女不分红，吸毒的，其子女不得享受助学金。")]
    assert codes == ["CV607", "CV608"]


# (b) A child told by its birth against the plan in any words (违反计划生育政策出生的子女, 不符合生育政策出生的孩子, 计划外
# 出生的小孩, 偷生的孩子) denied what a member's child gets bears its parents' act: CV608. A clause that is nothing but
# the child is a topic: the next clause says what is done to it, whoever does it (偷生的孩子，村里不给上户口).
@pytest.mark.parametrize(
    "text",
    [
        "违反计划生育政策出生的子女，暂不予落户分股，等父母交清抚养费后再议。",
        "不符合生育政策出生的孩子，不分配口粮田。",
        "计划外出生的小孩，三年内不得享受村集体分红。",
        "违反计生规定所生的子女不予登记为集体经济组织成员。",
        "政策外多生的孩子，一律不分宅基地。",
        "偷生的孩子，村里不给上户口。",
    ],
)
def test_r608_a_child_born_against_the_plan_in_any_words(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize(
    "text",
    [
        "不得歧视违反计划生育政策出生的子女。",
        "违反计划生育政策出生的子女，依法办理户口登记，享受同等待遇。",
        "政策外出生的孩子与其他孩子同等分配土地。",
        "计划外生育的孩子，村里按规定给予登记。",
    ],
)
def test_r608_a_child_born_against_the_plan_protected_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (c) A doer named as 子女/儿子/女儿 is one member of the household (docs/clause-codes.md: 子女…的), also for the duty to
# support parents: 其家庭, 该户, 其家中 bear it (CV608; the exception for 赡养 is gone). The household's wedding or funeral
# as a topic, the village acting on it (其家中办红白喜事，村里不派人帮忙), and a plot or a place not arranged (不安排) are
# removals the household bears.
@pytest.mark.parametrize(
    "text",
    [
        "子女长期不赡养父母、调解两次仍不改的，其家庭五年内不安排宅基地。",
        "儿子不赡养老母亲、调解无效的，该户五年内不安排新的宅基地。",
        "子女不赡养老人、屡劝不改的，其家中今后婚丧嫁娶，村里一律不派人帮忙。",
        "家中子女聚众赌博被查处的，其家中办红白喜事，村里一律不派人帮忙。",
        "儿子聚众赌博的，其家中今后三年不安排危房改造名额。",
    ],
)
def test_r608_a_child_s_act_borne_by_the_household(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("子女不赡养父母的，停发其本人的年节慰问金。", ["CV605"]),
        ("不赡养老人的，其家中办红白喜事，村里一律不派人帮忙。", ["CV605"]),
        ("子女不赡养老人的，该户在村集体的分红由村委会直接发给老人。", []),
        ("子女应当赡养父母，其家中办红白喜事，村里派人帮忙。", []),
    ],
)
def test_r608_the_adult_s_own_household_and_duties_keep_their_code(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# (d) A sanctions table's row (家中子女擅自建房 | 父母名下分红停发): the cells before the header's sanctions column name
# the act and its count, a condition, and the sanctions cell its consequence, so a bearer reading finds the doer in the
# act cell. The parents named bare (父母名下) are the household's like 其父母.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("违规情形 | 处理方式\n家中子女未经批准擅自建房 | 父母名下股份分红停发两年", ["CV608"]),
        ("违规情形 | 处理方式\n户内有人私自建房 | 该户分红停发两年", ["CV608"]),
        ("| 违规行为 | 处理办法 |\n| --- | --- |\n| 组内有一户焚烧秸秆 | 该组当年禁烧奖励全部取消 |", ["CV608"]),
        ("违规行为 | 处理办法 | 备注\n组内有一户乱倒垃圾 | 该组当年卫生奖励全部取消 | 组长监督", ["CV608"]),
        ("违规行为｜处罚\n孩子逃学旷课｜取消家长当年的低保\n乱倒垃圾｜罚款五十元", ["CV608", "CV601"]),
        ("家中子女未经批准擅自建房的，父母名下股份分红停发两年。", ["CV608"]),
        ("学生逃学的，父亲当年的务工补贴停发。", ["CV608"]),
    ],
)
def test_r608_a_table_row_s_act_and_the_parents_named_bare(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("违规情形 | 处理方式\n骗取低保 | 取消低保资格", []),
        ("违规情形 | 处理方式\n乱倒垃圾 | 批评教育，责令清理", []),
        ("| 序号 | 违约行为 | 处理标准 |\n| 3 | 乱丢垃圾 | 每次 50 元 |", ["CV601"]),
        ("孩子在校打架的，由父母陪同到校。", []),
    ],
)
def test_r608_table_rows_and_parents_that_bear_nothing(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# (e) The member whose household it is named before the kin (股东家庭成员, 社员家属, 户主家庭成员) is a member's act; and the
# household's members named as 户内成员/户内人员 after a doer (犬主户内成员) are others bearing his act.
@pytest.mark.parametrize(
    "text",
    [
        "股东家庭成员违法生育的，每多生一人扣减该户股份一股。",
        "社员家属在林区放火的，该户当年分红停发。",
        "本社股东的家人聚众赌博的，扣减该户一半的股份分红。",
        "犬只伤人、犬主拒不赔偿的，犬主户内成员一律不予开具村里的各类证明。",
        "船主拒不配合禁渔检查的，其户内人员当年不得申领渔业补贴。",
        "车主酒驾被查处的，户内其他成员一年内不予推荐就业岗位。",
    ],
)
def test_r608_a_member_named_with_his_household_and_its_members(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize(
    "text",
    ["股东家庭成员享受同等分配。", "户内成员应当遵守本规约。", "户内成员的基本情况须如实登记。"],
)
def test_r608_a_member_named_with_his_household_without_a_wrong_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (f) A tenant's act carried past a semicolon (租客…的，罚款；房东户…): the landlord's household bears what follows;
# one room's people (屋内所有租客, 该宿舍全体人员, 工棚内全部工人) bear one lodger's act like a building's.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("出租屋内有租客违规用电的，屋内所有租客每人交安全金一百元；房东户当年分红扣减两成。", ["CV608"]),
        ("租客在屋内存放易燃物品的，罚款二百元；房东家庭当年不得享受村集体福利。", ["CV601", "CV608"]),
        ("房客违规用电的，由村委会批评教育；出租户的年终分红暂停发放。", ["CV608"]),
        ("宿舍里有人使用违章电器的，该宿舍全体人员每人罚款五十元。", ["CV608"]),
        ("同一出租房内有房客私拉电线的，该出租房所有房客停止供电三天。", ["CV608"]),
        ("工棚内有工人聚众赌博的，工棚内全部工人扣发当月生活补贴。", ["CV608"]),
    ],
)
def test_r608_a_tenant_s_act_borne_by_the_landlord_or_the_room(text: str, codes: list[str]) -> None:
    assert sorted({m.code for m in unlawful_measures(text)}) == sorted(codes)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("租客违规用电的，罚款二百元；房东应当配合整改。", ["CV601"]),
        ("屋内所有人员应当遵守消防规定。", []),
        ("宿舍全体人员每月轮流打扫卫生。", []),
    ],
)
def test_r608_a_room_s_people_and_the_landlord_with_no_bearing(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# (g) Kin opening a clause with a condition of their own, their doer named by his wrong before them (超生户的亲属, 违建户
# 的子女, 吸毒人员的家属) and a job at the village's enterprise or post taken (辞退, 解聘, 停止上岗): CV608.
@pytest.mark.parametrize(
    "text",
    [
        "（旧规）超生户的亲属在村办企业做工的，一律辞退。",
        "违建户的子女在村合作社上班的，予以解聘。",
        "失信户的家属担任村保洁员的，一律停止上岗。",
        "吸毒人员的家属在村企务工的，一律辞退。",
    ],
)
def test_r608_a_doer_s_kin_lose_their_village_job(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize(
    "text",
    [
        "在村办企业做工的村民违反厂规的，予以辞退。",
        "超生户的亲属在村办企业做工的，按规定发放工资。",
        "村企职工违反劳动纪律的，予以辞退。",
    ],
)
def test_r608_a_worker_s_own_dismissal_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (h) The doer named as a household (对违法生育的家庭, 拒交的农户, 每户交…否则…): the whole household after it (全家, 全户,
# 户内所有人员, 户口本上的人口) is the doer itself, under the measure's own code (docs/clause-codes.md, tenth session);
# one of the household singled out (户内有人, 子女) or a person's act keeps CV608.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("对违法生育的家庭，村委会暂停其户内所有人员的合作医疗报销。", ["CV605"]),
        ("对违反规定的农户，全家不得享受村集体福利。", ["CV605"]),
        ("对拒不拆除违建的住户，全户当年不享受村集体福利。", ["CV605"]),
        ("拖欠卫生费的家庭，全家人三年内不得申请危房改造补助。", ["CV605"]),
        ("偷电的农户，全家一律停发年节慰问品。", ["CV605"]),
        ("拒交卫生费的农户，停发其户口本上所有人口的年货。", ["CV605"]),
        ("户内有人吸毒的，全家不得享受村集体福利。", ["CV608"]),
        ("不如实报告行程的，村里将其家庭列为重点户，并暂停其全家的村级服务。", ["CV608"]),
    ],
)
def test_r608_a_household_doer_s_whole_household_is_itself(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# (i) Old clan rules' words for the same collective punishment: a line in two halves (一人为盗，全家停分), kin made to
# suffer the same (其父兄…，同受家法), a clan branch in one character as doer and bearer (某房子弟…，该房…充公), and kin made
# to pay the doer's debt (亲属须代偿, 由其家属代为偿还): CV608. A guardian's civil duty is none.
@pytest.mark.parametrize(
    "text",
    [
        "一人为盗，全家停分。",
        "一人偷盗，全户停发。",
        "族中一人作奸犯科，其父兄管教不严，同受家法。",
        "子弟犯禁，父兄不教，同受责罚。",
        "某房子弟犯禁者，该房本年祭田租谷充公。",
        "某支族人盗伐祖山者，该房当年公产收益归公。",
        "借钱赖账者，其亲属须代为偿还。",
        "赌博欠债不还的，其家属负责代为偿还。",
        "借集体款不还者，父母须代还。",
    ],
)
def test_r608_old_words_for_the_kin_bearing_it(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("一人致富，全家光荣。", []),
        ("未成年人损坏公物的，由其监护人代为赔偿。", []),
        ("由其家属代为领取。", []),
        ("同组村民应当互相帮助。", []),
        ("该房屋本年租金充公。", ["CV602"]),
    ],
)
def test_r608_old_words_without_kin_bearing_keep_their_code(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# (j) The household's members disagreeing over how their share is divided (户内成员之间对补偿款分配有争议的) name no one
# member's act: no CV608 (what the village holds meanwhile is another reading's); a fight among them still is one.
@pytest.mark.parametrize(
    "text",
    [
        "户内成员之间对补偿款分配发生争议的，合作社将该户款项暂存专户，待协商一致后发放。",
        "家庭成员之间对分红分配有争议的，村里暂缓发放该户分红，待协商一致后发放。",
        "家庭成员相互之间对征地款的分割意见不一的，该户补偿款由村委会代管，待调解或判决后发放。",
    ],
)
def test_r608_members_disputing_their_share_are_no_doer(text: str) -> None:
    assert "CV608" not in [m.code for m in unlawful_measures(text)]


def test_r608_a_wrong_among_members_still_borne() -> None:
    assert [m.code for m in unlawful_measures("家庭成员中有人吸毒的，暂缓发放该户分红。")] == ["CV608"]


# (k) CV606: his registration barred from staying in the place after a wrongdoing (户口不准再留在本组, 户籍不得继续挂在
# 本村), like one barred from coming back; a move away (户口已迁出的) is eligibility, and a rule on moving out is none.
@pytest.mark.parametrize(
    "text",
    [
        "在河里毒鱼的人，户口不准再留在本组，由组里报请迁出。",
        "偷牛的，其户口不得继续留在本村。",
        "屡次聚众赌博的，户籍不得再挂在本社。",
        "贩毒被判刑的，户口一律不准保留在本村。",
    ],
)
def test_r608_registration_barred_from_staying(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


@pytest.mark.parametrize(
    "text",
    ["户口已迁出的，户口不得再留在本村。", "户口不得随意迁出本村。", "外嫁女户口可以继续留在本村。"],
)
def test_r608_registration_staying_without_a_wrong_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# 没 is the spoken 未 only before a duty's verb (没交的, 没拴好的): a state told with 没有 or 没迁 is no wrong, and
# what follows it is a rule of eligibility or a loss nobody is to blame for (found in the session's last read).
@pytest.mark.parametrize(
    "text",
    ["集体没有收入的，当年不分红。", "没有本村户口的，不得享受村集体分红。", "户口没迁入本村的，不分配宅基地。"],
)
def test_a_state_told_with_mei_is_no_wrongdoing(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "code"), [("没交卫生费的，停发分红。", "CV602"), ("狗没拴好的，罚款一百元。", "CV601")]
)
def test_mei_before_a_duty_is_the_spoken_wei(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


# --- t12house: who bears the measure (CV608 households and groups, CV606 membership) ---
# (a) CV608: one member of a household named by the household (老陈家孙子, 某户子弟, 原告之女), counted inside it
# (户内一人, 家中其中一人), or a household counted by its people (一家三口, 家庭四口人): the household bears his act,
# also when the act is told as done (a cadre's words, a ruling) and the share is said as "no share" or "not paid".
@pytest.mark.parametrize(
    "text",
    [
        "老陈家孙子在水库里电鱼，村里定了，他家今年的分红不发了。",
        "某户子弟盗伐公益林的，该户当年林地补偿款一律扣除。",
        "小李家儿子打伤了护林员，他们家今年的土地租金一分都没他们的份。",
        "户内一人吸毒的，其所在家庭当年分红减半。",
        "家中其中一人偷电的，停发该户全年分红。",
        "以原告超生为由，扣除了原告一家三口的分红。",
        "其儿子赌博被抓的，村小组未向其家庭四口人发放土地补偿款。",
    ],
)
def test_t12house_household_named_or_counted_bears_a_members_act(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


# (b) CV608: the doer's own group named with its task (其所在护林队, 其所在夜巡队), or the place asked after with one
# person's act on its land (哪个屯的草场因有人放火…): the group bears the one member's act.
@pytest.mark.parametrize(
    "text",
    [
        "护林员擅自离岗的，其所在护林队全体队员当年奖金停发。",
        "巡逻队员醉酒的，其所在夜巡队其他队员本季度补助一律扣发。",
        "哪个屯的草场因有人放火烧荒被烧，该屯当年草原补奖资金暂缓发放。",
        "哪个组的林地因个人吸烟起火，取消该组当年护林补贴。",
    ],
)
def test_t12house_the_doers_group_bears_his_act(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize(
    "text",
    [
        "老刘家儿子考上大学的，村里奖励五百元。",
        "家中一人患重病的，该户可申请暂停缴纳卫生费。",
        "家中一人外出务工的，该户可申请暂停缴纳保洁费。",
        "原告一家五口应得的补偿款已于当年全部发放。",
        "法院判令被告向原告一家五口支付补偿款。",
        "严禁因一人违法而剥夺其家庭四口人的分配权利。",
        "其所在巡逻小组的组长应及时报告。",
        "哪个组的山林因雷击起火，村里先垫付救火费用。",
    ],
)
def test_t12house_household_or_group_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (c) CV608: a notice tells the member's act in one sentence and decides the household's loss in the next, which has no
# condition of its own: 该户 points back to the household the act was told of.
@pytest.mark.parametrize(
    "text",
    [
        "【通报】三组某户儿子偷剪电缆，已移交派出所。经组里研究，该户今年分红全部扣发。",
        "上月有一户的孩子在林区放火烧荒。经村两委研究决定，扣除该户全年林地补偿款。",
        "本屯某家子弟多次聚赌，已报公安处理。屯里议定：该户年终分红扣减一半。",
    ],
)
def test_t12house_a_notice_decides_after_telling_the_act(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


# (d) CV608: another pays the doer's penalty for him (由房东代交, 由该组代交, 房东须替其支付): the payer bears it.
@pytest.mark.parametrize(
    "text",
    [
        "租户在村内偷盗的，由出租房东代交违约金八百元。",
        "租客乱倒垃圾的，房东须替其支付违约金二百元。",
        "养的狗咬伤路人的，由该组代交罚款三百元。",
        "租住人员聚众赌博的，由其房东代为缴纳罚款一千元。",
    ],
)
def test_t12house_another_pays_the_doers_penalty(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


# (e) CV608: a child's registration refused or held for the parent's act (暂缓为其办理新生儿落户, 不给其子女落户).
@pytest.mark.parametrize(
    "text",
    [
        "凡不缴纳村级保洁费者，村委会暂缓为其办理新生儿落户手续。",
        "拒不拆除违建的，村里不予为其孩子办理入户。",
        "欠缴村组提留款的，一律不给其子女落户。",
    ],
)
def test_t12house_a_childs_registration_held_for_the_parents_act(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize(
    "text",
    [
        "上月有村民在林区放火烧荒。经村两委研究决定，今年的分红按时发放。",
        "某户儿子考上了大学。经村委会研究，奖励该户两千元。",
        "房东代租户交纳房租的，村里不予干涉。",
        "村委会代收水费，每户每月十元。",
        "新生儿落户需持出生医学证明到派出所办理。",
        "任何人不得拒绝为新生儿落户。",
        "违反规定的，不得拒绝为其子女办理落户。",
    ],
)
def test_t12house_notice_payer_and_registration_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize("text", ["违反规定的，由本人交纳罚款五十元。", "违反规定的，由违者本人代为缴纳罚款五十元。"])
def test_t12house_the_doer_paying_himself_keeps_the_fine(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


# (f) CV606: struck off with no object named, by a word of manner (即行除名, 一律除名, 当即除名); an association's own
# roll and a death stay clean.
@pytest.mark.parametrize(
    "text",
    [
        "社员无故离社居住满三年者，即行除名。",
        "组员连续三年不交提留的，一律除名。",
        "股东偷卖集体林木的，当即除名。",
    ],
)
def test_t12house_struck_off_by_a_word_of_manner(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


# (g) CV606: his standing taken in spoken words (他这个村民也别当了, 社员以后不用当了, 这村民也当不成了), and the vote
# named bare among what he is left out of (选举也没他的份).
@pytest.mark.parametrize(
    "text",
    [
        "偷卖集体林木的，他这个社员以后不用当了。",
        "屡教不改的，这村民也当不成了。",
        "组长说：“谁家再偷水，他家这个组员就别当了。”",
        "不交卫生费的，选举没他的份。",
        "偷电的，以后选举也没他的份。",
    ],
)
def test_t12house_standing_taken_in_spoken_words(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


@pytest.mark.parametrize(
    "text",
    [
        "会员不交会费的，即行除名。",
        "死亡的，即行除名。",
        "老支书说：“好好干，这个村民当得光荣。”",
        "偷电的，村民不要当老好人。",
        "村民代表要当好表率。",
        "选举都不得进行拉票。",
        "选举和投票都要公开进行。",
    ],
)
def test_t12house_struck_off_and_spoken_standing_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (h) CV606: a member's status refused by a modal (不能认定为, 不得确认为, 不能登记为), whatever the ground (a vote
# against him is none the law knows); a move away stays eligibility, a protection stays clean.
@pytest.mark.parametrize(
    "text",
    [
        "表决时多数代表投了反对票的人，不能确认为本组组员。",
        "经村民会议投票多数反对的，不得确认为本社社员。",
        "在村里打架闹事的，不能登记为本组组员。",
    ],
)
def test_t12house_status_refused_by_a_modal(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


# (i) CV606: a header ending the membership for each ground listed after it (有下列情形之一的，成员资格终止：…): a listed
# wrongdoing makes the ending a taking; the law's grounds alone (death, membership elsewhere, a move, one's own
# request), a protected list and an association's roll stay clean.
@pytest.mark.parametrize(
    "text",
    [
        "成员有下列情形之一的，成员资格终止：（一）死亡；（二）在外村取得成员资格；（三）侵占集体资产，经成员大会决议除名的。",
        "社员有以下情形之一的，取消其社员资格：1、死亡的；2、户口迁出的；3、偷盗集体财产，屡教不改的。",
        "村民有下列情形之一的，村民资格自动丧失：（一）户口迁出；（二）聚众赌博，屡教不改。",
    ],
)
def test_t12house_a_listed_wrong_under_a_membership_ending(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


# (j) An association's own roll (会员…的，将其除名) is its own affair: what the expulsion takes keeps its code.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("用水户协会会员偷水的，将其除名，停止供水一个月。", ["CV604"]),
        ("老年协会会员酗酒闹事的，理事会将其除名。", []),
        ("村民偷盗集体财产的，由村民会议决定将其除名。", ["CV606"]),
        ("成员违反本社章程的，由合作社理事会决定将其除名。", ["CV606"]),
    ],
)
def test_t12house_an_associations_roll_is_its_own(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        "户口迁出的，不能认定为本村村民。",
        "不得将出嫁女认定为非本组成员。",
        "成员有下列情形之一的，成员资格终止：（一）死亡；（二）取得其他集体经济组织成员资格；（三）自愿书面申请退出。",
        "会员有下列情形之一的，予以除名：（一）违反协会章程；（二）拖欠会费满一年。",
        "有下列情形之一的，不得取消成员资格：（一）外出务工；（二）违反计划生育。",
    ],
)
def test_t12house_membership_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (k) An "if" clause after a turn of the argument (但如果, 可是一旦, 而若) is a condition like a bare 如果 clause.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("但如果村民大操大办，福利就会被取消。", "CV605"),
        ("但若有人偷砍林木，分红就停发。", "CV602"),
        ("不过要是有人偷放鱼塘的水，补贴就停发。", "CV605"),
    ],
)
def test_t12house_an_if_clause_after_but_is_a_condition(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


# (l) CV608: benefits taken by pointing back (这些福利, 上述待遇, 以上福利) to the kin's benefits named before (the child's
# award, the old's allowance): the kin bear his act; benefits named before that are no kin's keep their code.
@pytest.mark.parametrize(
    "text",
    [
        "村里给考上大学的孩子发奖励，给老人发补助。村民大操大办的，这些福利一律取消。",
        "村里为学生发助学金，为老年人代缴医保。但如果有人聚众赌博，上述待遇全部取消。",
        "本村子女入学有奖励，老人有慰问金。可是一旦村民私搭乱建，以上福利一概不发。",
    ],
)
def test_t12house_kin_benefits_pointed_back_to(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("村里每年年底发放年货和慰问金。村民大操大办的，这些福利一律取消。", ["CV605"]),
        ("村里给考上大学的孩子发奖励。村民按时领取的，这些福利照常发放。", []),
        ("但如果遇到干旱，灌溉用水按户轮流供应。", []),
    ],
)
def test_t12house_pointed_benefits_look_alikes(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# ---- t12women (twelfth session): women's status, naming and shaming, reports that stay silent ----


# (a) A bare verb of giving or allotting denied before the share (不发分红, 不配宅基地), or before a share of any name
# ending the clause (不发劳龄股, 不配人口股): her loss like 不发放, 不享受. 不配合, 不发生 name no share.
@pytest.mark.parametrize(
    "text",
    [
        "凡出嫁后户口还留在组里的妇女，这次只发基本股，不发劳龄股。",
        "离婚后仍住娘家的妇女，今后不配宅基地。",
        "入赘女婿不分人口股，只分口粮。",
        "嫁到外村的女儿，年底不发分红。",
        "外嫁女一律不发股金，望周知。",
    ],
)
def test_t12women_bare_giving_denied_before_her_share(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "外嫁女不配合土地确权的，由村委会上门做工作。",
        "外嫁女与本村村民一样，照发劳龄股。",
        "不得以出嫁为由不发外嫁女分红。",
        "外嫁女不因婚嫁而不发分红。",
        "出嫁的女儿户口迁回后，不发生股份调整。",
    ],
)
def test_t12women_giving_look_alikes_stay_silent(text: str) -> None:
    assert [m.code for m in unlawful_measures(text) if m.code == "CV607"] == []


# (b) Her marriage told by whom she married: her husband an outsider (丈夫户口不在本村的, 丈夫系城镇居民的), as a child's
# loss is told by its father; 咱村, 我村 are the place as 本村 is.
@pytest.mark.parametrize(
    "text",
    [
        "队长讲：“丈夫户口不在咱组的，她那份责任田队里要收回，孩子也不给分。”",
        "丈夫系城镇居民的妇女，不参加征地款分配。",
        "丈夫为外村人的妇女，承包地一律收回。",
        "丈夫的户口不在我村的，其分红减半发放。",
    ],
)
def test_t12women_husband_an_outsider_is_her_marriage(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "丈夫户口不在本村的，可以自愿申请把户口迁到丈夫所在地。",
        "丈夫户口不在本村的妇女，与其他村民同等享受分红。",
        "丈夫是外村人的妇女，不得因此收回其承包地。",
    ],
)
def test_t12women_husband_outside_without_a_loss_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (c) Her act of enjoying a right refused consent before her (不同意外嫁女参加分配, 不让入赘女婿入股): the refusal governs
# her act, the entitlement right after her, a quotation mark between; a loss refused consent (不同意剥夺…, 反对收回…)
# is her right upheld.
@pytest.mark.parametrize(
    "text",
    [
        "会上多数户代表表示不同意“外嫁女”参加今年的分红。",
        "村民代表会议不同意离婚妇女继续承包原来的土地。",
        "组里开会，大家都不让入赘女婿入股。",
        "按戶代表表決結果，不同意離婚婦女繼續分得紅利。",
    ],
)
def test_t12women_her_act_refused_consent(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "村民代表一致不同意剥夺外嫁女的承包权。",
        "多数村民反对收回离婚妇女的承包地。",
        "不得拒绝外嫁女参加分配。",
        "村里不同意外嫁女放弃承包地，动员她继续耕种。",
    ],
)
def test_t12women_a_loss_refused_consent_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (d) The clan's or village's own rule opening the clause as the manner of the handling, with no preposition
# (家规处置, 族规论处) or with 用, 受 (用寨规惩治, 受家法处置): the unnamed penalty, read as a fine (docs/clause-codes.md).
@pytest.mark.parametrize(
    "text",
    [
        "族人当众立誓：谁再沾赌博，家规处置。",
        "族人有偷盗的，族规论处。",
        "凡在寨中放火烧山者，用寨规惩治。",
        "子孙不赡养父母的，受家法处置。",
    ],
)
def test_t12women_the_own_rule_as_manner_is_an_unnamed_penalty(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "家规家训要代代相传，族规处置之事由族长主持商议。",
        "违反村规民约的，村规民约处理办法另行制定。",
        "村规民约处理了多起邻里纠纷。",
    ],
)
def test_t12women_the_own_rule_named_without_a_penalty_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (e) A report of what others say (有群众反映, 网上传言, 听说, 有村民举报) that the article itself then denies (经核实无此
# 决定, 纯属谣言, 没有这回事, 情况不属实): the rumour put right imposes nothing. A report left standing, or confirmed, keeps
# its finding.
@pytest.mark.parametrize(
    "text",
    [
        "【说明】近来有人反映组里要停发离婚妇女的分红，经核实无此决定，请大家不要误传。",
        "网上传言我村对不交垃圾费的农户停水，经调查纯属谣言。",
        "听说村里要把外嫁女的地收回，村委会郑重说明：没有这回事。",
        "有村民举报组长罚了他家两百元，经核实情况不属实。",
    ],
)
def test_t12women_a_report_the_article_denies_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("有人反映村里对乱倒垃圾的罚款五十元，经核实确有此事，已责令退还。", "CV601"),
        ("村民反映，组里停发了外嫁女的分红。", "CV607"),
        ("网上传言不实，本村规定：不交垃圾费的，停止供水。", "CV604"),
    ],
)
def test_t12women_a_report_left_standing_keeps_its_finding(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


# (f) Her share paid short after her finding, in the same sentence (…按一半计发，该组据此少发其丈夫及儿子各一万元): the
# sum short-paid is her loss told in money, CV607 alone, not a fine beside it; a condition of its own between keeps the
# other doer's fine.
@pytest.mark.parametrize(
    "text",
    [
        "二审查明，该社的方案写明“入赘女婿及子女按半数计发分红”，该社据此少发上诉人丈夫及女儿各八千元。",
        "法院查明，该组细则写明“男到女家落户的，本人及子女按一半计发补偿”，该组据此少付原告一家三口各五千元。",
        "法院查明，该村的办法写明“男方上门落户的，本人及子女减半计发补偿”，村里照此少给原告丈夫九千元。",
        "出嫁女的子女按半数分配，据此少发其儿子八千元。",
    ],
)
def test_t12women_her_share_paid_short_is_her_loss(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


def test_t12women_another_doers_short_payment_keeps_its_fine() -> None:
    text = "离婚妇女只分一半，未参加义务劳动的，发放奖补时少发他一百五十元。"
    assert [m.code for m in unlawful_measures(text)] == ["CV607", "CV601"]


# (g) The board of shame set up as the village's scheme by any verb of setting up (实行“红黑榜”制度, 设立曝光台, 实行黑榜
# 制度): those it names are shown (docs/clause-codes.md CV603: 黑榜); a red board alone honours, and a board forbidden,
# abolished or struck down shows no one.
@pytest.mark.parametrize(
    "text",
    [
        "今年起全乡推廣“紅黑榜”制度，每月評議一次。",
        "村里在文化广场设立曝光台，每月更新一次。",
        "本村实行红黑榜制度，每季度评议一次。",
        "每个自然村都要开设黑榜，由村干部负责更新。",
    ],
)
def test_t12women_a_board_of_shame_set_up_shows(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV603"]


@pytest.mark.parametrize(
    "text",
    [
        "不得设立黑榜。",
        "村里取消了红黑榜制度。",
        "推行红榜制度，表彰好人好事。",
        "原来设立曝光台的做法已被镇里纠正。",
    ],
)
def test_t12women_a_board_of_shame_forbidden_or_honour_alone_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (h) The reading list: a rating's or an inspection's results shown on a public medium (评比结果在公开栏公布) is CV603
# when it marks a household and an honour's list when it does not; only the scheme tells, so a person reads it. An
# honour's list, the lawful showing of 低保 recipients or of works, and a showing negated stay off the list.
@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("卫生检查组每月入户检查，检查结束后把评比结果贴在村务公开栏。", ["检查结束后把评比结果贴在村务公开栏"]),
        ("每月卫生检查的结果在村务公开栏张贴公示。", ["每月卫生检查的结果在村务公开栏张贴公示"]),
        ("各户门前三包的考评情况每季度在村民大会上通报。", ["各户门前三包的考评情况每季度在村民大会上通报"]),
        ("评比结果不对外公布。", []),
        ("评选文明户的结果在公开栏表彰公示。", []),
        ("低保对象经民主评议后，检查结果在村内公示。", []),
        ("村务监督委员会对村级工程进行监督，检查结果在公开栏公布。", []),
    ],
)
def test_t12women_a_rating_shown_is_read_by_a_person(text: str, listed: list[str]) -> None:
    from civcat.rules.clauses import consequences_to_read

    found = unlawful_measures(text)
    assert found == []
    assert [text[a:b] for a, b in consequences_to_read(text, found)] == listed


# (i) The doer named by his wrong as a noun, without 的, bound straight on (通奸男子要…, 偷牛男子要…, 砍伐风水树的人员要…)
# is the condition, so a 者 later in the clause is whom he pays (赔偿相奸者丈夫…), not where a condition ends; an old
# sum in silver set by the rule is a fine (docs/clause-analyser-decisions.md, old currency). A bare 未 or 不 (未婚男子,
# 不满十八岁人员) and a plain noun (外来人员) name no wrong.
@pytest.mark.parametrize(
    "text",
    [
        "私通男子要赔偿受害者丈夫五十两银子。",
        "偷牛男子要赔偿失主五两银子。",
        "赌博之人须交纹银三两给受害者家属。",
    ],
)
def test_t12women_a_doer_named_by_his_wrong_pays_a_fine(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    ["未婚男子要交五两银子作为彩礼。", "不满十八岁人员须由家长陪同。", "外来人员须交纳五两银子的押金，离村时退还。"],
)
def test_t12women_a_doer_noun_without_a_wrong_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# ---- t12money: money and property taken as a sanction, services and papers withheld (twelfth session) ----


# (a) Money owed to all (分红, 补偿款, 流转租金) named as the occasion the sentence opens with, then held back from the
# wrongdoer named in a clause of his own by a bare verb (…发放前，凡未签承诺书的农户一律缓发): his property, CV602.
@pytest.mark.parametrize(
    "text",
    [
        "今年土地流转租金兑现时，凡未拆除违章搭建的农户暂缓发放，拆除后再发。",
        "年终分红分配之际，拖欠卫生费的住户一律停发，交清后补发。",
        "征地补偿款按户发放，拒不腾退地上附着物的户暂不支付。",
        "本次生态补偿金发放前，凡在林区乱砍的农户一律缓发。",
    ],
)
def test_t12money_owed_money_topic_held_from_the_wrongdoer(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


@pytest.mark.parametrize(
    "text",
    [
        "本次补偿款发放前，凡户口已迁出本村的农户一律不予发放。",
        "本次补偿款发放前，凡不按时交纳水费的农户，请尽快交纳。",
        "年终分红分配前，严禁对拖欠卫生费的住户一律停发。",
    ],
)
def test_t12money_owed_money_topic_without_a_sanction_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (b) A year or season before a doer asked after (今年谁家…，他家…; 从明年起谁…) opens a condition like 今后谁家.
@pytest.mark.parametrize(
    "text",
    [
        "今年谁家不配合改厕，他家那份分红就先压着。",
        "明年谁不参加义务植树，那份红利就扣着。",
        "今冬谁家乱堆柴草，分红就先压着。",
        "从今年起谁家不搞庭院绿化，他家那份股金就挂账。",
    ],
)
def test_t12money_a_year_before_the_doer_asked_after(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


@pytest.mark.parametrize(
    "text", ["今年谁家的孩子考上大学，他家那份分红就多发一百元。", "今年谁家有困难，村里就先帮着。"]
)
def test_t12money_a_year_before_no_wrong_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (c) What the charter names his due (其本人应得的, 该户应分得的, 他应领的) is his, whatever fraud he committed: the
# fraud is no eligibility ground for withholding it; the fraud's own proceeds withheld or taken back stay clean.
@pytest.mark.parametrize(
    "text",
    [
        "虚报青苗数量多领补偿的，该户应分得的土地补偿款先行冻结，查清后再议。",
        "冒领他人救济款的，停发他本人应领的年终分红。",
        "弄虚作假套取补贴的，其应享有的年终分红一律停发。",
    ],
)
def test_t12money_his_due_named_is_not_the_fraud_s_money(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


@pytest.mark.parametrize(
    "text",
    ["骗取低保的，取消其低保。", "骗取征地补偿的，追回其骗取的补偿款。", "冒领补偿款的，所冒领的补偿款不予发放。"],
)
def test_t12money_the_fraud_s_own_money_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (d) His animal or thing dealt with as nobody's (视为野狗处理, 作无主犬处理, 按流浪狗处置, 当作无主车辆处理): taken, CV602.
@pytest.mark.parametrize(
    "text",
    [
        "不拴养的狗，护村队见到即按流浪狗处置。",
        "放养进入菜地的鸡鸭，一律当作无主家禽处理。",
        "乱停在村道上的摩托车，三天不挪走的，视为无主车辆处理。",
        "未办证的犬只由治保会带回，五日内没人来领的，作无主犬处置。",
    ],
)
def test_t12money_a_thing_dealt_with_as_nobody_s(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


@pytest.mark.parametrize(
    "text",
    [
        "村民捡到他人走失的牛，应交村委会，不得当作无主牛处理。",
        "拾得的遗失物，经公告一年无人认领的，按无主财产处理，归国家所有。",
        "流浪猫狗由志愿者收养，不视为无主财物处理。",
    ],
)
def test_t12money_nobody_s_thing_by_law_or_forbidden_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (e) A state organ that deals with the wrong deals with its graver grades and the refusal to put it right, written
# after a semicolon (由…主管部门处以罚款；情节严重的，没收…): no measure of the charter; the village named again acts itself.
@pytest.mark.parametrize(
    "text",
    [
        "遛狗不牵绳的，由公安派出所处以罚款；情节恶劣的，没收其狗。",
        "在禁渔期捕鱼的，由渔政部门责令整改；拒不整改的，没收其渔网，并处罚款五百元。",
        "私自挖砂的，由水利部门责令停止；屡教不改的，扣押其挖砂船。",
    ],
)
def test_t12money_an_organ_deals_with_the_grades_of_its_wrong(text: str) -> None:
    assert unlawful_measures(text) == []


def test_t12money_the_village_named_in_the_grade_acts_itself() -> None:
    text = "私自挖砂的，由水利部门责令停止；屡教不改的，由村委会扣押其挖砂船。"
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


# (f) A card or pass to a place he uses (地下车库月卡, 停车年卡, 车辆出入证) cancelled is the use of it, CV605, not the
# garage or the space taken (收回其车位 stays CV602); a check at the gate before letting him pass (登记后放行) holds nothing.
@pytest.mark.parametrize(
    "text",
    [
        "乱扔垃圾的，注销其地下车库月卡。",
        "占用消防通道的，停用其停车年卡。",
        "屡次违规停车的，取消其车辆出入证。",
        "养犬扰民屡教不改的，停用其门禁卡，改由保安登记后放行。",
        "遛狗不拴绳的，暂停其电梯卡，由物业人员查验后放行。",
    ],
)
def test_t12money_a_pass_to_a_place_is_a_service(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV605"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("违规停车的，收回其车位。", ["CV602"]),
        ("外来车辆一律由门卫登记后放行。", []),
        ("业主办理停车月卡的，应提供行驶证。", []),
    ],
)
def test_t12money_the_place_itself_or_no_sanction(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# (g) The homestead list he would be vetted onto (不列入新宅基地安排名单, 不纳入建房审批名单) withholds the village's
# vetting, CV605: no land of his is taken yet; a dividend list (分红名单) is his share, CV602.
@pytest.mark.parametrize(
    "text",
    [
        "乱搭乱建的，不列入新宅基地安排名单。",
        "超生的，不纳入宅基地建房名单。",
        "乱占耕地的，其家不列入新批宅基地安排名单。",
    ],
)
def test_t12money_a_homestead_list_is_vetting(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV605"]


def test_t12money_a_dividend_list_is_his_share() -> None:
    assert [m.code for m in unlawful_measures("拒交卫生费的，不列入当年分红名单。")] == ["CV602"]


# (h) A clause pointed back at by 该条 or 这条 and said to be struck out or repealed (…已将该条删除, 把该条删去了) is the
# old rule reported: it imposes nothing; 该条件 is no clause, and a rule only found at odds with the law still stands.
@pytest.mark.parametrize(
    "text",
    [
        "老规约第八条写着“损坏路灯者罚款二百元”。今年修订时把这条删掉了。",
        "以前村里对乱停车的一律拖走车辆，后来村民会议决定将该条废除。",
        "原公约规定乱倒垃圾的罚款一百元。经乡里审查，村民大会已将这条废止。",
        "村里原来规定不交卫生费的停发分红，去年村民代表会议表决把该条删去了。",
    ],
)
def test_t12money_a_clause_pointed_back_at_and_struck_out(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("乱倒垃圾的，罚款一百元。符合该条件的，予以表彰。", ["CV601"]),
        ("乱倒垃圾的，罚款一百元。该条自公布之日起施行。", ["CV601"]),
    ],
)
def test_t12money_a_clause_pointed_back_at_without_a_verdict_stands(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# (i) Words (not readings): a vehicle towed named by the noun 拖车 (予以拖车, 拖车处理, 罚款、拖车等) and his things cleared
# away by force (强制清除, 强行搬走, 强制移走) are takings, CV602, when a vehicle or a thing of his is named; calling a tow
# truck, a trailer forbidden, rubbish cleared and an organ's removal stay silent.
@pytest.mark.parametrize(
    "text",
    [
        "违规停车的车辆，予以拖车。",
        "乱停乱放的车辆，物业一律拖车处理。",
        "占用消防通道的车辆，物业有权拖车，费用由车主承担。",
        "占道堆放杂物的，经劝说不改的，由村里强行清除。",
        "在村道上晒粮食的，劝阻不听的，强制移走。",
        "在公共场地乱堆柴草的，限期不搬的，村里强行搬走。",
    ],
)
def test_t12money_towed_or_cleared_away_by_force(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


@pytest.mark.parametrize(
    "text",
    [
        "车辆发生故障的，可联系物业叫拖车。",
        "不得将拖车停在村道上。",
        "在河道内倾倒垃圾的，村里强制清理，费用由倾倒者承担。",
        "占道的杂物由有关部门依法强制清除。",
        "严禁强行清除村民的合法财物。",
    ],
)
def test_t12money_tow_truck_rubbish_or_organ_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (j) 哪个 or 哪位 standing alone for 谁 (spoken in the south-west: 哪个再往河里闹鱼，就让他…) asks after the doer like 谁:
# the clause is the condition; 哪个 before a group's noun (哪个组) or asking the way is no wrongdoer.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("哪个再往河沟里下药闹鱼，就让他自己掏钱买一千尾鱼苗放回去。", "CV601"),
        ("哪个私自电鱼，就让他掏钱买两千尾鱼苗投到河里。", "CV601"),
        ("哪位乱倒垃圾，就让他出钱买两挂鞭炮送到村里。", "CV601"),
        ("今后哪个偷挖竹笋，他家那份分红就停发。", "CV602"),
    ],
)
def test_t12money_nage_alone_asks_after_the_doer(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize("text", ["哪个不晓得路，可以问村干部。", "哪个组先完成任务，奖励五百元。"])
def test_t12money_nage_without_a_wrong_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (k) The one on duty paying a share the charter fixes (5%, 百分之十, 两成) of what others stole or lost on his watch is
# no damages of his own doing: a fine for his watch, CV601; his own damage paid at its price, or damages by law, are civil.
@pytest.mark.parametrize(
    "text",
    [
        "护林员看护期间林木被盗的，由当班护林员赔偿林木价值的百分之十。",
        "小区车辆在夜间失窃的，值班保安人员承担车价3%的赔偿。",
        "仓库物资在值守期间丢失的，由当值人员赔付损失金额的两成。",
    ],
)
def test_t12money_a_share_of_others_theft_paid_by_the_watch(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "巡逻人员因失职造成损失的，依法承担赔偿责任。",
        "当班人员损坏公物的，照价赔偿。",
        "由盗窃者赔偿全部损失。",
        "值班人员不得向失主索要赔偿。",
    ],
)
def test_t12money_damages_of_one_s_own_doing_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (m) After a semicolon, the step her clause set her (经…表决后方可, 满三年的才能) not met (未经表决的, 未满三年的) is her
# condition again, no doer of its own: the loss is her CV607 finding, not a CV602 beside it; another's wrong is his own.
@pytest.mark.parametrize(
    "text",
    [
        "嫁入本村的妇女须经户代表会议讨论通过后方可分配土地；未经讨论的，不享受当年土地补偿款。",
        "离婚妇女须经村民代表会议表决后方可保留股份；未经表决的，停发其年终分红。",
        "丧偶妇女再婚须经户代表表决后方可保留承包地；未经表决的，停发其土地补偿款。",
    ],
)
def test_t12money_her_step_unmet_is_her_finding(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "娶进的媳妇经表决同意后方可配股；未交卫生费的，停发分红。",
        "娶进的媳妇经表决同意后方可配股；村民乱砍滥伐的，停发其分红。",
    ],
)
def test_t12money_another_s_wrong_after_her_clause_keeps_its_code(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607", "CV602"]


# (n) The ground a demand is made on, told without a condition (以私拉乱接为由, 因其乱建, 称其用电属于私拉乱接, 认定他家私搭
# 乱建), is the wrong he is held to have done: a sum then demanded is a fine, CV601; a ground that is no wrong, or a
# demand forbidden, is not.
@pytest.mark.parametrize(
    "text",
    [
        "村委会以私拉乱接为由，要求每户交纳3000元。",
        "因其私自砍伐集体林木，村委会要求其交两千元。",
        "村委会认定他家私搭乱建，要求他交两千元。",
        "组里说他家乱占道路，叫他家拿出五百元。",
    ],
)
def test_t12money_a_ground_named_for_the_demand(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "因其身体原因，村委会为其代缴医保费用280元。",
        "不得以村民未交卫生费为由，要求其交纳罚款。",
        "因其家庭困难，免交卫生费100元。",
    ],
)
def test_t12money_a_ground_that_is_no_wrong_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# (o) A sum paid short after her finding, her rule named as its ground (据此, 照此, 按此规定), is her loss: CV607 alone,
# not CV601 beside it; another's fine after her rule (另查明…罚款) keeps its code.
@pytest.mark.parametrize(
    "text",
    [
        "法院查明，该社细则规定“出嫁女按半份分配”，该社据此少发原告及其女儿各五千元。",
        "庭审查明，决议写明上门女婿按七成计发，该组按此规定少发原告及两个儿子各四千元。",
        "法院查明，该组方案规定“丧偶妇女再婚的减半分配”，该组照此少发原告及其丈夫各六千元。",
    ],
)
def test_t12money_a_sum_short_by_her_rule_is_her_loss(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


def test_t12money_another_fine_after_her_rule_keeps_its_code() -> None:
    text = "法院查明，该社细则规定“出嫁女按半份分配”；另查明，该社对乱倒垃圾的原告罚款五百元。"
    assert [m.code for m in unlawful_measures(text)] == ["CV607", "CV601"]


# ---- rv12: the twelfth round's review ----


# Money owed to all, held back from a household whose condition names no wrong (papers incomplete, away from
# home), waits for the papers or for him: no sanction; a duty left undone (未签, 拒不腾退) still is one.
@pytest.mark.parametrize(
    "text", ["补偿款发放前，手续不全的农户暂缓发放，补齐后发放。", "分红发放时，外出未归的户暂缓发放，回村后补领。"]
)
def test_rv12_owed_money_held_without_a_wrong_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


def test_rv12_owed_money_held_for_a_duty_undone() -> None:
    assert [m.code for m in unlawful_measures("补偿款发放前，凡未签承诺书的农户一律缓发。")] == ["CV602"]


# Her loss named as someone's wrong in a condition, the law's remedy after it (责令改正, 起诉): the charter protects
# her, by any verb of the loss or of consent refused.
@pytest.mark.parametrize(
    "text",
    [
        "不让离婚妇女继续承包的，乡镇政府应责令改正。",
        "剥夺离婚妇女承包权的，乡镇政府应责令改正。",
        "不同意出嫁女享受本组待遇的，由乡镇人民政府责令改正。",
        "拒绝让外嫁女参加分红的，妇女可以向法院起诉。",
    ],
)
def test_rv12_her_loss_as_a_wrong_put_right_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


def test_rv12_her_loss_refused_consent_as_a_measure() -> None:
    text = "外嫁女户口未迁出的，村民代表会议不同意外嫁女享受本组待遇。"
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


# An employer's roll (护林员, 保洁员) is the village's staff, not its membership: struck off with the object named or
# under a header listing grounds, as a bare 予以除名 already was (one roll of other bodies for every reading).
@pytest.mark.parametrize(
    "text",
    [
        "护林员擅离职守三次的，村委会将其除名。",
        "保洁员不按时清扫的，将其除名。",
        "护林员有下列情形之一的，予以除名：（一）擅离职守的；（二）违反工作纪律的。",
    ],
)
def test_rv12_an_employer_s_roll_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# The one a wrong was done to (受损人员, 受骗人员) names no doer, whatever he is then asked to pay; a tow truck called
# for a breakdown takes nothing; a thing found and unclaimed (拾得的物品) is the law's lost property, no one's loss.
@pytest.mark.parametrize(
    "text",
    [
        "受损人员须交纳二十元登记费。",
        "受骗人员应及时报警，并交纳手续费十元。",
        "车辆抛锚的，可联系拖车。",
        "拾得的物品六个月无人认领的，视为无主物处理。",
    ],
)
def test_rv12_the_harmed_a_tow_called_and_a_thing_found_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


def test_rv12_the_doer_named_by_his_wrong_still_pays() -> None:
    assert [m.code for m in unlawful_measures("偷牛男子要交罚款五百元。")] == ["CV601"]


# The ground of a demand told without a condition is a wrong only beyond a bare 不 or 未: an old man unable to work
# pays an agreed sum in its place, no fine.
def test_rv12_a_ground_of_a_bare_negation_is_no_wrong() -> None:
    assert unlawful_measures("因其年老体弱不能出工，经村民代表会议同意，每年交纳五十元代替出工。") == []


# A rule struck down by a verdict in a short clause of its own after the rule named (…的决议，依法予以撤销) imposes
# nothing, whatever reading found the measure; a rule only dated (此规定自公布之日起执行) still stands.
@pytest.mark.parametrize(
    "text", ["取消出嫁女分红的决议，依法予以撤销。", "不同意出嫁女享受本组待遇的决议，依法予以撤销。"]
)
def test_rv12_a_rule_struck_down_in_a_clause_of_its_own_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


def test_rv12_a_rule_dated_still_stands() -> None:
    assert [m.code for m in unlawful_measures("违者取消其当年分红，此规定自公布之日起执行。")] == ["CV602"]


# A list set up as a scheme (建立失信人员名单, 设立失信户名单) is a record until it is shown (docs/clause-codes.md: a
# rating recorded but not shown is clean); a board set up (设立曝光台) shows those it names.
@pytest.mark.parametrize(
    "text", ["村里建立失信人员名单，作为评先评优的依据。", "村里建立诚信档案，设立失信户名单，不对外公布。"]
)
def test_rv12_a_list_set_up_is_a_record_and_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# fx12
# 除名 is one reading wherever it is found: struck off with no roll of the village named, in a sentence naming an
# association's or an employer's roll, is that body's own affair; 理事会 and 章程 are a co-operative's words too.
@pytest.mark.parametrize(
    "text",
    ["网格员不履职的，作除名处理。", "志愿者多次无故缺席的，按“除名”处理。", "保洁员偷懒的，把他“除了名”。"],
)
def test_fx12_struck_off_another_roll_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "违反本社章程的，予以除名。",
        "社员违反章程的，由理事会予以除名。",
        "协会会员偷水的，由村民会议决定将其从村集体经济组织中除名。",
    ],
)
def test_fx12_struck_off_the_village_roll_is_cv606(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


# A board of shame reported done away with (曝光台现已撤销, 黑榜已经取消, 该曝光栏已于去年拆除): the showing told
# before the verdict is the scheme ended. A showing told after it, a board still at work, is still CV603.
@pytest.mark.parametrize(
    "text",
    [
        "曝光台现已撤销。",
        "设立曝光台，对不交卫生费的农户进行曝光，现已撤销。",
        "村里原设的曝光台现已撤销，不再公布违规人员名单。",
        "村里曾在村口设曝光栏，张贴乱倒垃圾者的照片。该曝光栏已于去年拆除。",
        "设立黑榜，对乱扔垃圾者张榜公布，现已取消。",
    ],
)
def test_fx12_a_board_done_away_with_stays_silent(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "设立曝光台，对不交卫生费的农户予以曝光。",
        "原设曝光台已撤销，违者今后在村微信群曝光。",
        "村口曝光栏已撤除，乱倒垃圾的，今后在村广播中点名曝光。",
        "违者上曝光台曝光，整改到位后撤销。",
    ],
)
def test_fx12_a_board_at_work_still_shows(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV603"]


# 不分 before a pair of opposites or a range (不分股份多少, 不分面积大小, 不分男女) is "whatever the …": nothing divided out.
@pytest.mark.parametrize(
    "text",
    [
        "出嫁女与本村村民一样，不分股份多少，均享有一票表决权。",
        "出嫁女不分股份多少，每户一票。",
        "离婚妇女不分股份多少，同样参加表决。",
        "入赘女婿与其他社员一样，不分土地面积大小，统一按人口计算。",
    ],
)
def test_fx12_regardless_of_the_shares_denies_nothing(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("外嫁女不分股份。", "CV607"),
        ("出嫁女不分征地款。", "CV607"),
        ("股民不分股份多少，违者三年内不分集体林收益。", "CV602"),
    ],
)
def test_fx12_shares_not_divided_out_still_deny(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


# The registration never moved in (户口未迁入, 户籍尚未转入) is a benefit's condition not met, like 户口不在本村: no
# sanction. Joined to a refusal (且拒不缴纳…) it is the refusal that is punished.
@pytest.mark.parametrize(
    "text",
    [
        "户口未迁入本村的，不享受本村分红。",
        "户口尚未迁入的新生儿，暂不参加土地分配。",
        "户口未迁入的，取消其分红资格。",
        "户口至今未转入本组的，不发放生活补贴。",
    ],
)
def test_fx12_registration_not_moved_in_is_eligibility(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("户口未迁入本村且拒不缴纳卫生费的，停发其当年分红。", ["CV602"]),
        ("户口不在本村且拒不缴纳卫生费的，停发其当年分红。", ["CV602"]),
        ("户口未迁入本村又擅自建房的，拆除其房屋，罚款五百元。", ["CV602", "CV601"]),
    ],
)
def test_fx12_a_refusal_beside_the_registration_is_still_punished(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# Her death told right after her (出嫁女死亡的, 外嫁女病故后): what she held ends with her life, taken back by the
# collective or passed on to her heirs by the law's own rules, whatever her marriage.
@pytest.mark.parametrize(
    "text",
    [
        "出嫁女死亡的，其承包地由集体收回。",
        "出嫁女死亡后，其承包的土地交回村集体，另行发包。",
        "出嫁女去世的，其股份由其合法继承人依法继承。",
        "外嫁女不幸病故后，她名下的责任田收归集体另行发包。",
        "离婚妇女本人已经去世的，其成员资格自然终止。",
    ],
)
def test_fx12_what_she_held_ends_with_her_death(text: str) -> None:
    assert unlawful_measures(text) == []


# A loss on her heirs, one the charter grounds on her marriage, a right refused her after death (a burial) or her
# husband's death (she is widowed) is still her status's loss.
@pytest.mark.parametrize(
    "text",
    [
        "出嫁女死亡的，其继承人不得继承其股份。",
        "出嫁女因病去世的，取消其子女的分红资格。",
        "外嫁女去世的，其分红因其已外嫁，一律收回。",
        "外嫁女病故的，不准安葬在本村祖山。",
        "出嫁女的丈夫死亡后，其承包地由集体收回。",
        "出嫁女死亡的，其承包地由其兄弟耕种。",
    ],
)
def test_fx12_a_loss_after_her_death_on_her_heirs_or_her_marriage_stays_cv607(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


# Points tied to a share or welfare (thirteenth session, docs/clause-codes.md): a deduction for a wrongdoing in a scheme
# whose points decide a dividend, a share, compensation or welfare takes part of that, CV602 or CV605; the finding
# quotes the tie. Points that buy honours or the scheme's own rewards, a tie denied, or points only earned stay clean.
@pytest.mark.parametrize(
    ("text", "codes", "evidence"),
    [
        ("违反规定的扣减积分，积分与年终分红挂钩。", ["CV602"], "积分与年终分红挂钩"),
        ("乱倒垃圾的每次扣该户积分五分，年底按积分多少分配集体分红。", ["CV602"], "按积分多少分配集体分红"),
        ("年终分红按户积分计算，违反村规的每次扣二十分。", ["CV602"], "年终分红按户积分"),
        ("违反本约的扣10分；积分和医保缴费补助直接挂钩。", ["CV605"], "积分和医保缴费补助直接挂钩"),
        (
            "每条都有对应分值，分值同股金分红、医保缴费相挂钩，不按规定操办酒席的扣除五至十分。",
            ["CV602", "CV605"],
            "分值同股金分红、医保缴费相挂钩",
        ),
    ],
)
def test_points_that_decide_a_share_or_welfare_take_it(text: str, codes: list[str], evidence: str) -> None:
    found = unlawful_measures(text)
    assert [m.code for m in found] == codes
    assert {m.evidence for m in found} == {evidence}


@pytest.mark.parametrize(
    "text",
    [
        "实行积分制管理，违反规定的扣减积分。",
        "积分只用于积分超市兑换，不与分红挂钩；违反的扣五分。",
        "乱扔垃圾的扣两分，积分与评先评优挂钩。",
        "参加义务劳动的加分，积分与年终分红挂钩。",
        "违反本约的扣五分，积分不与任何补贴和分红挂钩。",
        "积分仅用于年终评比，不影响分红和各项福利，违规的每次扣三分。",
    ],
)
def test_points_for_honours_or_a_tie_denied_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# --- t13clan (thirteenth session): old clan rules and steles read by their structure ---------------------------------
# Each case names the reading it exercises: a breach marker (如违, 倘违), an unnamed penalty in an old verb (责罚, 议罚,
# 受罚, 罚之, 先戒后罚), strokes counted by 下, a person seized and brought to the hall, a fine in kind by command (罚令),
# goods forfeited into the hall, a name struck from the register (削, 不书, 不准入谱), a daughters-only line carried by
# an agnate (有女无子, its line carried only by an agnate), a sentence closing on its condition, graded consequences (轻则…重则) and an old "as
# for" opener (至). The sentences are written for these tests.
@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        # a breach marker after a ban: the penalty after it answers the ban
        ("山林不许私伐，如违公罚。", "CV601", "公罚"),
        ("祖坟禁地不得放牧，倘违重罚。", "CV601", "重罚"),
        ("祭田不许典当，倘违即众议重罚。", "CV601", "重罚"),
        # the unnamed penalty in the old verbs
        ("子弟酗酒闹事者，合族责罚。", "CV601", "责罚"),
        ("侵吞祭田租谷者，众议罚之。", "CV601", "议罚"),
        ("长辈欺凌晚辈，也要受罚。", "CV601", "受罚"),
        ("偷摘果子者，即罚之。", "CV601", "罚"),
        ("凡我族人，先戒后罚，各宜凛遵。", "CV601", "罚"),
        ("有盗砍祖山竹木者。众议责罚。", "CV601", "责罚"),
        # strokes counted by 下
        ("不敬尊长者，重责二十下。", "CV603", "重责二十下"),
        ("盗窃祠中器物者，加责四十下。", "CV603", "加责四十下"),
        ("偷瓜的，当众打他十下。", "CV603", "打他十下"),
        # seized and brought to the hall
        ("偷牛者一经拿获，立时捉到祠堂。", "CV603", "捉到祠堂"),
        ("聚赌者，抓至祠内。", "CV603", "抓至祠内"),
        ("窃木之人，众人擒其至宗祠。", "CV603", "擒其至宗祠"),
        # a fine in kind by command
        ("不孝者，罚令请酒两席。", "CV601", "罚令请酒两席"),
        ("毁坏祖墓者，罚令演戏一台。", "CV601", "罚令演戏一台"),
        # goods forfeited into the hall
        ("侵占祠产的，将其田产充入祠内。", "CV602", "充入祠内"),
        ("盗伐祖山树木者，其木料罚入宗祠公用。", "CV602", "罚入宗祠公用"),
        ("霸占族中田地的，将其产业没入祠中。", "CV602", "没入祠中"),
        # struck from the register or barred from the hall
        ("不孝父母者，削其名。", "CV606", "削其名"),
        ("盗卖祖坟者，削去其名。", "CV606", "削去其名"),
        ("为匪为盗者，削名不书。", "CV606", "削名不书"),
        ("有犯奸者，永不准入谱。", "CV606", "永不准入谱"),
        ("盗葬祖山者，查实削之。", "CV606", "削之"),
        ("凡忤逆父母者，谱内不书其名。", "CV606", "谱内不书其名"),
        ("凡不孝者，永不准其入祠。", "CV606", "永不准其入祠"),
        # a line of daughters carried on only by a male agnate
        ("某房生女无子，惟可由胞侄承祧。", "CV607", "生女无子，惟可由胞侄承祧"),
        ("无男有女之家，只许由近房侄辈承嗣。", "CV607", "无男有女之家，只许由近房侄辈承嗣"),
        ("生女无子者，只准由同宗立嗣。", "CV607", "生女无子者，只准由同宗立嗣"),
        # graded consequences, and 至 opening the wrong
        ("凡为子者，或出言顶撞，轻则训诫，重则责二十板。", "CV603", "责二十板"),
        ("至弟不敬其兄，即公议罚之。", "CV601", "议罚"),
    ],
)
def test_t13clan_old_rules_read_by_structure(text: str, code: str, evidence: str) -> None:
    found = unlawful_measures(text)
    assert [(m.code, m.evidence) for m in found] == [(code, evidence)]


# a sentence that closes on its condition carries it to the next sentence (凡…者。即…)
def test_t13clan_a_sentence_closing_on_its_condition_carries_it() -> None:
    found = unlawful_measures("凡在祖山放牛者。即将其牛归众，另罚钱二百文。")
    assert [(m.code, m.evidence) for m in found] == [("CV602", "归众"), ("CV601", "罚钱二百文")]


# a hand-over to the state in old words after a penalty of the clan's own keeps that penalty
def test_t13clan_a_clan_penalty_before_a_hand_over_stays() -> None:
    assert [m.code for m in unlawful_measures("有盗伐者，公议重罚，不服者送官。")] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        # the state punishes (the old hand-over words), or nothing is imposed
        "不得私吞公款，如违送官究治。",
        "有盗伐者，鸣官重惩。",
        "如有盗伐者，呈官严惩。",
        "抗拒不服者，众人送上究治。",
        "有盗伐者，禀县从重处罚。",
        "偷牛的，扭送官府。",
        "拿获盗贼者，送派出所。",
        "轻则批评，重则送官究治。",
        # 罚 as a topic, a pair or a negation; 下 and 打 in everyday use
        "赏罚分明，人人遵守。",
        "本约奖罚并举，以劝为主。",
        "初犯者免罚，只予训诫。",
        "每天打扫一下卫生，保持整洁。",
        "每日鸣锣三下，召集族众。",
        "违者责令改正。",
        # a beast caught, a tablet or a gift admitted to the hall
        "偷吃庄稼的牛，捉到村部。",
        "孝子神主准其入祠。",
        "族人捐田入祠，以供祭祀。",
        # a false entry struck, a register's own rule, a daughter's line permitted
        "冒宗入谱的，察出削去。",
        "异姓之子不得入谱。",
        "有女无子者，可由其女招婿承祧。",
        "无子者，可由同宗侄辈立嗣。",
        # a benefit's own condition closing a sentence; 至 of time and amount
        "凡年满六十者。每月发给慰问金一百元。",
        "至今还没通自来水的，村里帮忙联系。",
        "至少每月打扫一次卫生。",
    ],
)
def test_t13clan_old_rule_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t13clan: the kin answering with the doer, an expulsion in one word, the clan's judgement or law as the penalty, and
# offerings fined by their own units (written for these tests)
@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        ("有子弟赌博者，父兄同罚。", "CV608", "父兄同罚"),
        ("子孙犯规，罪及父兄。", "CV608", "罪及父兄"),
        ("子弟窃物者，罚及其家。", "CV608", "罚及其家"),
        ("不孝者，出族。", "CV606", "出族"),
        ("有不遵者，合族共逐之。", "CV606", "逐之"),
        ("犯奸盗者，即摈之。", "CV606", "摈之"),
        ("违者重处不贷。", "CV601", "重处"),
        ("有忤逆不孝者，族众公同处治。", "CV601", "处治"),
        ("违者听凭族众处置。", "CV601", "听凭族众处置"),
        ("子孙有不肖者，族长责以家法。", "CV601", "责以家法"),
        ("违者以家法从事。", "CV601", "以家法从事"),
        ("违者家法处置。", "CV601", "家法处置"),
        ("有犯此禁者，罚香烛一对。", "CV601", "罚香烛一对"),
        ("偷鸡者罚纸烛两封。", "CV601", "罚纸烛两封"),
        ("乱砍坟树者，罚爆竹十挂。", "CV601", "罚爆竹十挂"),
    ],
)
def test_t13clan_kin_expulsion_and_the_clans_own_penalty(text: str, code: str, evidence: str) -> None:
    assert [(m.code, m.evidence) for m in unlawful_measures(text)] == [(code, evidence)]


@pytest.mark.parametrize(
    "text",
    [
        "违者依法惩治。",
        "加强综合治理，惩治违法行为。",
        "凡我族人，务须遵照家法。",
        "凡出族谋生者，仍可回祠祭祖。",
        "父兄同心，家道自兴。",
    ],
)
def test_t13clan_kin_and_clan_law_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t13clan: a name written up at the hall, a clan's ritual share stopped or stripped, the assembly's penalty unnamed
@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        ("有盗窃者，书其姓名于祠壁。", "CV603", "书其姓名于祠"),
        ("凡赌博者，揭其名于祠门。", "CV603", "揭其名于祠"),
        ("违者榜示祠前。", "CV603", "榜示祠"),
        ("违者，停胙三年。", "CV602", "停胙"),
        ("有不孝者，革其丁胙。", "CV602", "革其丁胙"),
        ("违者不准分胙。", "CV602", "不准分胙"),
        ("族人不遵者，公同议处。", "CV601", "议处"),
        ("违者议处。", "CV601", "议处"),
        ("凡为首滋事者，严加惩办。", "CV601", "严加惩办"),
    ],
)
def test_t13clan_names_shown_shares_stopped_and_the_assemblys_penalty(text: str, code: str, evidence: str) -> None:
    assert [(m.code, m.evidence) for m in unlawful_measures(text)] == [(code, evidence)]


@pytest.mark.parametrize(
    "text",
    [
        "孝行卓著者，书其姓名于祠壁，以示表彰。",
        "本约榜示祠前，各宜遵守。",
        "这件事提交族中会议处理。",
        "每年冬至分胙一次。",
        "族人死亡者，停胙。",
    ],
)
def test_t13clan_honours_notices_and_shares_given_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t13clan: a retelling's passive and report forms, out of the hall, the body punished by the penalty's name, and the
# clan's register denied for a married daughter or an uxorilocal line (written for these tests)
@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        ("族中子弟若赌博，会被赶出祠堂。", "CV606", "赶出祠堂"),
        ("屡教不改的，撵出家族。", "CV606", "撵出家族"),
        ("过去族规规定，偷盗者要被家法处置。", "CV601", "家法处置"),
        ("旧时宗族对不孝子孙可处以杖刑。", "CV603", "杖刑"),
        ("犯奸者，施以鞭刑。", "CV603", "鞭刑"),
        ("族规规定，出嫁之女不得入谱。", "CV607", "出嫁之女不得入谱"),
        ("招赘之婿，其子不准入谱。", "CV607", "招赘之婿，其子不准入谱"),
        ("外嫁女不许进祠堂。", "CV607", "外嫁女不许进祠堂"),
    ],
)
def test_t13clan_retold_old_rules_and_the_register_denied(text: str, code: str, evidence: str) -> None:
    assert [(m.code, m.evidence) for m in unlawful_measures(text)] == [(code, evidence)]


@pytest.mark.parametrize(
    "text",
    [
        "把闯入的野狗赶出祠堂。",
        "把牛赶出村。",
        "女儿出嫁后，其子女可以上谱。",
        "出嫁之女也可入谱，与男丁同等。",
        "不得以出嫁为由不准其入谱。",
        "严禁处以杖刑等体罚。",
    ],
)
def test_t13clan_beasts_driven_out_and_the_register_granted_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t13clan: another wrongdoer's penalty applied to him (同罪, 同罚), and the wrongs of hiding or buying what was stolen
@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("知情不报者，与犯者同罪。", "同罪"),
        ("窝藏者与窃贼同罚。", "与窃贼同罚"),
        ("买赃者照窃盗一体治罪。", "照窃盗一体治罪"),
        ("凡我同约，务宜恪守，如有故犯，合众鸣公处治。", "处治"),
    ],
)
def test_t13clan_another_wrongdoers_penalty_applied(text: str, evidence: str) -> None:
    assert [(m.code, m.evidence) for m in unlawful_measures(text)] == [("CV601", evidence)]


@pytest.mark.parametrize("text", ["男女同工同酬，与男子同罚同赏。", "同罪异罚，古人所戒。", "先戒后罚之说，今已不行。"])
def test_t13clan_same_penalty_words_without_a_wrong_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# p13money: probes of CV601 and CV602 by word family (thirteenth session, prober). Each sentence failed before the
# branch: a report's rule told with no comma after its 的 (该组规定…的…), old coin and goods fined (罚洋, 罚制钱, 罚谷两箩,
# 罚香烛), labour or trees fined (罚栽树, 以工代罚), 出钱 + a sum, a fine by a rate (计罚, 论罚), a price raised (水价上浮),
# a deposit held back (扣留, 截留), his animal killed for the community's meal, a thing taken by one character (收其,
# 扣其, 夺其), things put in the hall's or a finder's hands (归祠, 入公, 归举报人所有), burnt or thrown away, a field taken
# in the old words (夺其田, 革其佃, 另佃), works pulled down by the village named by one character (由组推倒), a clan's
# share stopped (革胙, 停胙). The look-alikes name the owner, the law, a negation or a lawful price.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("村民说，该屯规定在水库电鱼的渔网一律烧毁。", "CV602"),
        ("据了解，该组规定私自砍伐竹子的竹子归组里所有。", "CV602"),
        ("有村民反映，村里规定散养鸡鸭进菜地的鸡鸭当场打死。", "CV602"),
        ("据悉，该村明确偷挖竹笋的竹笋作价变卖。", "CV602"),
        ("违者罚洋三元。", "CV601"),
        ("犯者罚制钱一千。", "CV601"),
        ("偷伐树木者，罚铜钱三百。", "CV601"),
        ("如有犯禁，罚银归公。", "CV601"),
        ("放牛食人禾苗者，罚谷两箩。", "CV601"),
        ("不守祠规者，罚香烛二副。", "CV601"),
        ("犯此禁者，出钱五千文以充公用。", "CV601"),
        ("有犯者，投祠议罚。", "CV601"),
        ("乱砍树木的，罚栽树三十棵。", "CV601"),
        ("偷伐竹木者，罚其在荒山植树五十株。", "CV601"),
        ("不参加清扫的，以工代罚，修水渠三天。", "CV601"),
        ("打架斗殴的，以劳抵罚，打扫村道十天。", "CV601"),
        ("乱倒垃圾的，出钱两百元。", "CV601"),
        ("违者掏钱三百块给组里。", "CV601"),
        ("私自放水的，出钱一千块。", "CV601"),
        ("盗伐林木的，按每株八十元计罚。", "CV601"),
        ("偷挖竹笋的，以每根十元论罚。", "CV601"),
        ("偷鱼的，按每斤二十元计罚。", "CV601"),
        ("偷水的，水价上浮一倍。", "CV601"),
        ("私拉电线的，电价上调两倍。", "CV601"),
        ("拖欠水费的，水价提高一倍。", "CV601"),
        ("违规装修的，扣留其装修押金。", "CV601"),
        ("违者截留其建房保证金。", "CV601"),
        ("乱堆乱放的，扣下其卫生保证金。", "CV601"),
        ("偷牛的，杀其猪给全寨分食。", "CV601"),
        ("犯禁者，宰他家的羊让全组吃。", "CV601"),
        ("违者杀其鸡供全村会餐。", "CV601"),
        ("在河里毒鱼的，收其渔网。", "CV602"),
        ("乱停乱放的，扣其三轮车。", "CV602"),
        ("偷砍竹子的，夺其柴刀和竹子。", "CV602"),
        ("占道摆摊的，村里把他的货物收起来。", "CV602"),
        ("偷伐祠山树木者，木材归祠。", "CV602"),
        ("私开公山者，其物入公。", "CV602"),
        ("偷捕鱼者，渔获充众。", "CV602"),
        ("在禁渔区捕鱼的，渔具归举报人所有。", "CV602"),
        ("乱堆柴草的，柴草归保洁员所有。", "CV602"),
        ("电鱼的，电鱼器具当众焚烧。", "CV602"),
        ("占道经营的，货物一律丢弃。", "CV602"),
        ("聚赌的，把赌具焚烧。", "CV602"),
        ("不交公粮者，夺其田。", "CV602"),
        ("佃户盗卖祠谷者，革其佃。", "CV602"),
        ("违者撤其佃耕。", "CV602"),
        ("拖欠租谷的，田另佃他人。", "CV602"),
        ("抛荒两年的，抽回其口粮田。", "CV602"),
        ("违约养鱼的，鱼塘由组另包。", "CV602"),
        ("违章搭棚的，一律由组推倒。", "CV602"),
        ("乱搭乱建的，其猪圈由村清理拆除。", "CV602"),
        ("私建厕所的，由屯拆去。", "CV602"),
        ("不孝父母者，革胙。", "CV602"),
        ("族人赌博者，停胙三年。", "CV602"),
        ("犯族规者，不发丁谷。", "CV602"),
        ("拒交卫生费的，扣其应得收益。", "CV602"),
    ],
)
def test_p13money_probed_wordings_take_money_or_property(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "村民说，该村规定外嫁女的承包地依法保留。",
        "村规规定每户每年交卫生费六十元。",
        "按规定的标准交纳水费。",
        "拆下的建材归建房户所有，由其自行清运。",
        "禁止在田间焚烧秸秆。",
        "不得丢弃垃圾。",
        "村里以工代赈修建水渠。",
        "合作社按每株八十元的价格收购树苗。",
        "承包期满后村集体依法收回其田。",
        "佃户自愿退佃的，村里另行安排。",
        "胙肉按丁平均分配。",
        "对违章建筑，责令其自行拆除。",
        "拾得的财物归失主所有。",
        "村民不得私自焚烧垃圾。",
        "私自砍伐的，由林业站处理，村委会不另收其工具。",
        "偷水的，照价赔偿损失。",
        "严禁罚洋罚钱。",
        "水价按物价部门核定标准执行，不得上浮。",
        "建房押金验收合格后全额退还。",
        "村委会不得扣其应得收益。",
    ],
)
def test_p13money_lookalikes_of_the_probed_wordings_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# p13money, second wave: 罚出义务工, a price 加价/上涨, 截留/扣留 + his thing, his field handed to the group to run
# (交组里统一经营), a clan's share refused in two characters (胙肉不给, 不准领胙), a beast shut in by the village (CV602, not
# a person held), his wall pulled down told with 将/把, a field taken back named by 地/田 alone, and a fine set off against
# his dividend or paid into the fund (罚款从其分红中扣除, 罚银归公): CV601 alone.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("偷砍竹子的，罚出义务工三个。", "CV601"),
        ("乱倒垃圾者，罚出义务工五个。", "CV601"),
        ("违者罚出义务工十个。", "CV601"),
        ("偷水的，水费加价两倍。", "CV601"),
        ("私接电线的，电费加价一倍。", "CV601"),
        ("拖欠水费的，水价上涨一倍。", "CV601"),
        ("违者截留其货物。", "CV602"),
        ("违者截留他的三轮车。", "CV602"),
        ("乱卖的，截留她的货物。", "CV602"),
        ("抛荒的，其责任田交组里统一经营。", "CV602"),
        ("违者其山林交村集体管护。", "CV602"),
        ("乱建的，其承包地交社统一耕种。", "CV602"),
        ("族人偷盗者，胙肉不给。", "CV602"),
        ("违者股金不分。", "CV602"),
        ("不孝者，不准领胙。", "CV602"),
        ("散放牲畜的，牲畜由村里关押。", "CV602"),
        ("散放鸡鸭的，鸡鸭由组里关押。", "CV602"),
        ("违者其牛由村里关起来。", "CV602"),
        ("违章搭建的，将其所砌之墙毁去。", "CV602"),
        ("违者将其私砌的灶房拆毁。", "CV602"),
        ("违者将其私建的猪圈拆除。", "CV602"),
        ("违者地由集体收回。", "CV602"),
        ("对乱倒垃圾的，田由组里收回。", "CV602"),
        ("抛荒两年者，其地由社收回。", "CV602"),
        ("乱倒垃圾的，罚款从其分红中直接扣除。", "CV601"),
        ("违者从其股金分红中抵扣罚款。", "CV601"),
        ("偷伐林木者，罚金从其补偿款中扣除。", "CV601"),
        ("违者罚款从其土地补偿款中抵扣。", "CV601"),
        ("犯者罚钱归公。", "CV601"),
        ("犯禁者，罚银归公。", "CV601"),
    ],
)
def test_p13money_second_wave_takes_money_or_property(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "责令其将违章搭建的棚子拆除。",
        "夜间牲畜须关在圈内。",
        "承包期满，地由集体依法收回。",
        "户口迁出的，地由集体收回。",
        "胙肉按丁分配，人人有份。",
        "村民可自愿将承包地交村集体统一经营。",
        "红利按股发放。",
        "牛羊夜间由各户自行关进圈里。",
    ],
)
def test_p13money_second_wave_lookalikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# p13money, third wave: a report's wrong told as the subject of what it will suffer (村民乱砍树木会被重罚: the words
# before 会被/将被/要被 are the condition when they name a wrong), and a penalty table headed 处罚标准/处理标准 (the
# header's 标准 is no eligibility standard).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("据报道，该村村民乱砍树木会被重罚。", "CV601"),
        ("按照寨规，村民私自放水将被加倍收费。", "CV601"),
        ("村民偷水会被加收一倍水费。", "CV601"),
        ("村民私砍竹木将被作价变卖。", "CV602"),
        ("村民乱停车辆会被拖车处理。", "CV602"),
        ("村民偷牛会被从重处理。", "CV601"),
        ("处罚标准：乱占耕地，收回承包地。", "CV602"),
        ("处罚标准：私自开荒，土地另行发包。", "CV602"),
        ("处理标准：违规养殖，终止承包合同。", "CV602"),
    ],
)
def test_p13money_a_wrong_before_its_passive_or_under_a_penalty_header(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "村民的合法权益将被依法保护。",
        "本村的好人好事将被记入村史。",
        "符合条件的村民会被优先安排就业。",
        "收费标准：每户每年六十元。",
    ],
)
def test_p13money_a_passive_without_a_wrong_stays_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# p13money, fourth wave: a pledge to bear the fine (愿认罚, 认罚五百元, 甘愿受罚) and the ratio told from the side of the
# amends (赔一罚三): the member's own words for the charter's fine; one who contests a penalty names none.
@pytest.mark.parametrize(
    "text",
    [
        "有违此约者，愿认罚。",
        "违者认罚五百元。",
        "乱砍树木者，认罚一千元。",
        "偷伐林木者，赔一罚三。",
        "偷鱼者，赔一罚五。",
        "盗砍竹子的，赔一罚二。",
    ],
)
def test_p13money_a_pledged_fine_is_a_fine(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    ["被处罚人不认罚的，可以申请复议。", "村民对处罚决定不服的，可以申诉。", "损坏公物的，赔一个新的。"],
)
def test_p13money_contesting_a_penalty_names_none(text: str) -> None:
    assert unlawful_measures(text) == []


# p13money: the fine as a topic the sentence leaves to an authority (罚款须由有关部门依法作出) imposes none; a fine the
# village collects (罚款由村委会统一收取) still does.
@pytest.mark.parametrize(
    "text",
    ["罚款须由有关部门依法作出，村委会无权罚款。", "罚款由乡镇政府依法决定。", "罚没款一律由执法部门收缴。"],
)
def test_p13money_a_fine_left_to_an_authority_is_no_fine(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text", ["违者罚款由村委会统一收取。", "违者罚款，罚款由组里保管。", "乱倒垃圾的罚款五十元，由保洁员收取。"]
)
def test_p13money_a_fine_the_village_collects_stays_a_fine(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


# --- p13member (thirteenth session, a prober of CV606–CV608): the expulsion, her status and the bearer in the words the
# readings had not met, found by probing each family in many consequence shapes (docs/clause-analyser-decisions.md,
# "Probed families of CV606–CV608").
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # out of the clan, its shrine or its register in an old rule's words
        ("子孙有盗卖祭田者，出族。", "CV606"),
        ("凡忤逆父母屡教不改的，鸣族革出。", "CV606"),
        ("窝藏盗贼者，黜族。", "CV606"),
        ("私当祠产者，削谱。", "CV606"),
        ("犯奸盗之事者，摈出族外。", "CV606"),
        ("族中子弟吸食鸦片不改的，不准上谱。", "CV606"),
        ("违者永不许入祠。", "CV606"),
        ("偷卖族田者，削去其名。", "CV606"),
        # driven out of the place by any verb, told to live elsewhere, kept from coming back
        ("屡次偷盗耕牛者，驱出村外。", "CV606"),
        ("聚赌抽头的，遣送出屯。", "CV606"),
        ("打骂老人屡教不改的，轰出本寨。", "CV606"),
        ("违者令其迁往他处居住。", "CV606"),
        ("拒不悔改的，不准其再回本村定居。", "CV606"),
        ("租户私拉电线屡教不改的，不得继续在本村租住。", "CV606"),
        # his registration moved out by the village, or kept from staying
        ("违反本约情节恶劣的，强制迁出其户口。", "CV606"),
        ("拒不执行村民会议决定的，其户口迁出本村。", "CV606"),
        ("违者不得将户口留在本组。", "CV606"),
        # all his rights from now on, a shareholder's roll, a bare striking off
        ("私自转让宅基地的，今后各项权益不再保留。", "CV606"),
        ("违反章程侵占集体资产的，开除股籍。", "CV606"),
        ("骗取征地补偿的，除名处理。", "CV606"),
        # the election rights written as verbs
        ("贿选拉票的，三年内不得参选。", "CV606"),
        ("违反本约拒不改正的，不准其投票。", "CV606"),
        # her status in older words: a widow, a remarriage, a divorce, a marriage, a betrothal, an uxorilocal husband
        ("孀妇，不得分配宅基地。", "CV607"),
        ("嫠妇，不得分受族田。", "CV607"),
        ("再醮之妇，不得承产。", "CV607"),
        ("被夫家休弃回村的妇女，不予分配。", "CV607"),
        ("出阁之女，不得参加分配。", "CV607"),
        ("已嫁之女，分红减半。", "CV607"),
        ("出门女户口仍在本村的，不享受集体福利。", "CV607"),
        ("已订婚的姑娘，不再分给承包地。", "CV607"),
        ("许配外村的女儿，征地款不予分配。", "CV607"),
        ("赘婿，只能享受一半。", "CV607"),
        ("坐产招夫的，其夫不得参加分红。", "CV607"),
        ("到女方落户的男子，不分给宅基地。", "CV607"),
        # her loss in older words: the inheritance refused, the property falling to his lineage
        ("出嫁女，不得承产。", "CV607"),
        ("寡妇改嫁，产业归夫族。", "CV607"),
        ("丧偶妇女改嫁的，不得携产。", "CV607"),
        # the household whole, the kin, the clan and the neighbours in other words
        ("一人偷盗集体财物，一家老小不得参加分红。", "CV608"),
        ("凡聚众赌博的，阖家停发福利。", "CV608"),
        ("凡偷割电缆的，其妻小不予办理任何证明。", "CV608"),
        ("打架斗殴者，其后人不准参加分红。", "CV608"),
        ("不赡养老人的，其家中老人停发高龄补贴。", "CV608"),
        ("族人有盗卖祖产者，同族之人共同承担罚款。", "CV608"),
        ("拒不退还侵占祠产的，五服之内不得参加分红。", "CV608"),
        ("住户私接电线的，同排住户一律停发补贴。", "CV608"),
        ("住户高空抛物的，同单元住户停发物业补贴。", "CV608"),
    ],
)
def test_p13member_probed_families_read_their_code(text: str, code: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "将流浪狗驱赶出祠堂外。",
        "将流浪狗驱赶出村，防止咬伤村民。",
        "把闯进来的野猪赶出本村。",
        "对陈规陋习，永远革除。",
        "族谱续修时，凡本族子孙均应入谱。",
        "将祖宗牌位请出祠堂，择日重修。",
        "受灾群众暂时迁往他处安置。",
        "严禁将村民逐出本村。",
        "已在城镇落户的，不得将户口留在本村。",
        "今后各项权益依法保障，任何人不得侵犯。",
        "孀妇的承包地不得收回。",
        "遗孀携带子女改嫁的，其承包地不得收回。",
        "到女方落户的男方，享受本村村民同等待遇。",
        "已订婚的女子与本村村民享有同等权利。",
        "不得以妇女再醮为由收回其承包地。",
        "一家老小要和睦相处，尊老爱幼。",
        "同族之人应和睦相处，互相扶持。",
        "如有违犯，合族公议，报官究办。",
        "五服之内的亲属有义务赡养孤寡老人。",
        "十户联保的各户应互相监督，发现火情及时报告。",
        "其妻儿由村委会给予临时救助。",
    ],
)
def test_p13member_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# p13member: the kin's own measure after the doer's of the same code (本人罚款…，其父母连带罚款…; 停止其用电，全组停止供电):
# one finding per code per sentence kept only the doer's, so the collective's was read on from the target, any code
# right after it; a place or whose costs named with 的 between (清扫全组道路, 承担全村的保洁费用) is no bearer.
@pytest.mark.parametrize(
    "text",
    [
        "偷砍林木的，本人罚款三百元，其父母连带罚款一百元。",
        "对聚众赌博的，除对本人罚款外，其兄弟姐妹分摊罚款。",
        "私拉电线的，停止其用电，全组停止供电三天。",
        "放火烧山的，罚款五百元，其配偶共同承担罚款二百元。",
    ],
)
def test_p13member_the_kins_measure_after_the_doers_of_the_same_code(text: str) -> None:
    assert "CV608" in [m.code for m in unlawful_measures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "乱倒垃圾的，罚款五十元，并清扫全组道路一天。",
        "打架斗殴的，罚款二百元，由其家庭承担全村当月的保洁费用。",
    ],
)
def test_p13member_a_place_after_the_doers_measure_bears_nothing(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


# p13member: 出族 and 革出 after a modal or 一律 (还要革出, 一律革出, 即予鸣族革出) are the clan's expulsion too.
@pytest.mark.parametrize(
    "text",
    [
        "盗卖祭田的，除赔偿外，还要革出。",
        "私通外匪者，一律革出。",
        "窝匪者，即予鸣族革出。",
        "偷卖祖坟树木的，并予革出。",
    ],
)
def test_p13member_out_of_the_clan_after_a_modal(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


# --- p13person: CV603, CV604 and CV605 probed by their word fields (issue 14) ------------------------------------
# A prober wrote every way a rule, a clan code, a stele, a plan or a report might say these measures and ran them
# in several consequence shapes; each sentence below was silent before (own wording). The fixes read word families
# (docs/clause-analyser-decisions.md, "Probing a code's word field").
@pytest.mark.parametrize(
    ("text", "code", "word"),
    [
        # confinement by any prison verb, 留置 with its place or time, the person held said plainly
        ("聚众斗殴的，由治安队监禁两天。", "CV603", "监禁"),
        ("凡偷牛者，囚禁于宗祠三日。", "CV603", "囚禁"),
        ("酗酒闹事的，留置村部一夜再放。", "CV603", "留置村部"),
        ("对砸坏路灯的人，由巡防队看押到天亮。", "CV603", "看押"),
        ("违者押在祠堂一夜。", "CV603", "押在祠堂"),
        ("偷窃者，囚在祠堂里三日。", "CV603", "囚在祠堂"),
        # bound or taken to the clan or the village in old words, bound then brought
        ("盗卖祭产者，缚送族长究办。", "CV603", "缚送族长"),
        ("凡窃人田禾者，执送祠堂。", "CV603", "执送祠堂"),
        ("偷砍风水林的，押赴宗祠听候发落。", "CV603", "押赴宗祠"),
        ("放火烧山者，绑了送到寨老家中。", "CV603", "绑了送到"),
        # shut in a room, the bar closing the clause, reports of thought and movement
        ("偷鸡摸狗的，锁进公房里反省。", "CV603", "锁进公房里"),
        ("赌博屡教不改的，一个月不许出门。", "CV603", "不许出门"),
        ("违者半年之内不得踏出家门。", "CV603", "不得踏出家门"),
        ("辱骂老人的，每周写一份思想汇报交给治保主任。", "CV603", "思想汇报"),
        ("打架的，三个月内随时报告行踪。", "CV603", "报告行踪"),
        # a name said out, a mark of disgrace, a self-criticism before an audience, kneeling at the hall
        ("拖欠卫生费的，通过村里大喇叭公布姓名。", "CV603", "公布姓名"),
        ("凡不孝者，门前插黑旗一面。", "CV603", "黑旗"),
        ("偷盗族产者，刊名于祠壁。", "CV603", "刊名于祠壁"),
        ("乱倒垃圾的，在全组村民面前做检讨。", "CV603", "面前做检讨"),
        ("不孝父母者，跪祖宗牌位一夜。", "CV603", "跪祖宗牌位"),
        # the body beaten or maimed by any word
        ("凡盗祭器者，重责三十。", "CV603", "重责三十"),
        ("不敬长辈的，痛打一顿。", "CV603", "痛打一顿"),
        ("奸淫者，割去其耳。", "CV603", "割去其耳"),
        ("偷东西的，施以体罚。", "CV603", "体罚"),
    ],
)
def test_p13person_liberty_and_dignity_by_their_word_field(text: str, code: str, word: str) -> None:
    found = [m for m in unlawful_measures(text) if m.code == code]
    assert found and word in found[0].evidence and found[0].evidence in text


@pytest.mark.parametrize(
    ("text", "code", "word"),
    [
        # the well's water refused by any verb of fetching or using it
        ("不交修井钱的，不准到公井挑水。", "CV604", "挑水"),
        ("违者一年内不许在寨里的泉边汲水。", "CV604", "汲水"),
        ("偷放农药的，不准用村里水井的水。", "CV604", "水井的水"),
        # watering refused with its field, a bare 锁/封 on his connection, a bare 不 before the supply's giving
        ("拒不出工修渠的，不准放水灌田。", "CV604", "放水灌田"),
        ("拖欠水费的，锁其水表。", "CV604", "锁其水表"),
        ("私拉电线的，封存其电表。", "CV604", "封存其电表"),
        ("违者由管水员封掉水龙头。", "CV604", "封掉水龙头"),
        ("拒交物业费的，冬季不供暖。", "CV604", "不供暖"),
        ("聚众赌博的，一律不供电。", "CV604", "不供电"),
        # a household's share of water, heating stopped in a bare verb
        ("不出义务工者，停其水份。", "CV604", "水份"),
        ("拒不配合管理的住户，停暖一个月。", "CV604", "停暖"),
    ],
)
def test_p13person_supply_by_its_word_field(text: str, code: str, word: str) -> None:
    found = [m for m in unlawful_measures(text) if m.code == code]
    assert found and word in found[0].evidence and found[0].evidence in text


@pytest.mark.parametrize(
    ("text", "code", "word"),
    [
        # papers by every verb of issuing one
        ("不履行赡养义务的，村委会不为其出证。", "CV605", "出证"),
        ("违反本约者，村里一律不予用印。", "CV605", "用印"),
        ("拒不退还集体土地的，不给开条子。", "CV605", "开条子"),
        ("凡聚众赌博的，村里概不证明。", "CV605", "概不证明"),
        # procedures: a registration for him, an application passed on, his business stopped, the object first
        ("乱搭乱建的，不予登记。", "CV605", "不予登记"),
        ("拒交集体提留的，暂不予登记。", "CV605", "暂不予登记"),
        ("违反计生规定的，一律不予报批。", "CV605", "不予报批"),
        ("拒交公益金的，停办其一切事务。", "CV605", "停办其一切事务"),
        ("抢占集体地的，其宅基地审批暂停。", "CV605", "审批暂停"),
        ("违者村里事情一律不办。", "CV605", "一律不办"),
        # welfare in festival and old words, taken by bare verbs of handing or getting
        ("偷伐林木的，不发年货。", "CV605", "年货"),
        ("不守族规者，停给恤银。", "CV605", "恤银"),
        ("违反族禁者，不得入义学读书。", "CV605", "义学"),
        ("违者不得领义仓谷。", "CV605", "义仓谷"),
        ("拒交卫生费的，当年不能领取过节费。", "CV605", "过节费"),
        ("违者不给过年费。", "CV605", "过年费"),
        # the village's car, mediation, tools, threshing floor and clinic
        ("拒不出工的，村里不派车。", "CV605", "派车"),
        ("违者村调委会不予调解其纠纷。", "CV605", "调解"),
        ("违约的，不借给集体的农具。", "CV605", "农具"),
        ("违者一年内不得使用集体晒场。", "CV605", "晒场"),
        ("不交合作医疗费的，不准使用村卫生室。", "CV605", "卫生室"),
    ],
)
def test_p13person_papers_procedures_welfare_and_services_by_their_word_field(text: str, code: str, word: str) -> None:
    found = [m for m in unlawful_measures(text) if m.code == code]
    assert found and word in found[0].evidence and found[0].evidence in text


# Their clean look-alikes: the law's own custody, a thing held, a job of guarding, worship, 家法 as a topic, a rule of
# use or care, a work report, honours named, a referral, an outage for work, eligibility (a building the law refuses to
# register, a court case), a service described, a negation.
@pytest.mark.parametrize(
    "text",
    [
        "被依法羁押的人员，其承包地由家属代耕。",
        "犯罪嫌疑人由公安机关依法收押。",
        "看押物资的人员应当坚守岗位。",
        "任何人不得将他人关在仓库里，严禁囚禁他人。",
        "祭祀时族人跪于祖先神位前行礼。",
        "弘扬家规家法，树立良好家风。",
        "学生放学后不准外出游泳。",
        "村干部每季度向村民代表大会汇报工作。",
        "对拾金不昧的，张榜公布姓名予以表扬。",
        "严禁打骂、体罚未成年人，违者报公安机关处理。",
        "对殴打他人的，报派出所依法处理。",
        "严禁在饮用水源取水洗车。",
        "因管网改造，本周暂不供水。",
        "村民违法占用耕地建房的，所建房屋不予登记。",
        "已经向法院起诉的纠纷，村调委会不予调解。",
        "双方调解不成的，可以向人民法院起诉。",
        "春节前村里给每户发放年货和过节费。",
        "村民应当爱护晒场和碾坊，用后打扫干净。",
        "村委会不得拒绝为村民出具证明、盖章。",
        "因天气原因，本周不派车接送学生。",
    ],
)
def test_p13person_look_alikes_of_the_three_fields_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# A page typed without commas sets its condition apart by a space: a space after a condition of wrongdoing (…的, …者)
# is its clause break, like a line's end, so a measure that needs a wrongdoing before it reads (silent before); a
# space after a 的 that is no condition of wrongdoing, or letter-spaced scanned text, changes nothing.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("赌博的 不准其外出", "CV603"),
        ("酗酒闹事的　带到村部", "CV603"),
        ("第九条 偷菜的 以贼论处", "CV603"),
        ("偷鸡的 剃去半边头发", "CV603"),
        ("不赡养老人的\u3000不许其回家", "CV603"),
    ],
)
def test_p13person_a_space_after_a_condition_is_its_clause_break(text: str, code: str) -> None:
    assert code in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize("text", ["有的村民 不准外出游泳", "本村的 村民应当遵守本公约", "各户的 水费按时交纳"])
def test_p13person_a_space_after_a_plain_de_is_no_condition(text: str) -> None:
    assert unlawful_measures(text) == []


# --- t13modern (thirteenth session, modern charters, schemes, owners' rules and news reports) ---------------------
# Sentences written for these tests; each mechanism has wordings that failed before its fix and look-alikes that stay
# silent.


# Her betrothal decides her share as her marriage does (CV607): 订婚, 定亲, 许配, a marriage in fact, in either order.
@pytest.mark.parametrize(
    "text",
    [
        "姑娘已经订婚的，本年度的征地补偿款不再分给她。",
        "凡已定亲的女方，不参加这次土地款的分配。",
        "女子与外村男子有事实婚姻的，取消其分红资格。",
        "已许配外村的闺女，只能分得一半的补偿款。",
        "已订婚的女性村民不得参与本次分配。",
        "女方办过定亲酒的，当年的青苗款不予发放。",
    ],
)
def test_t13modern_her_betrothal_decides_her_share(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV607"]


@pytest.mark.parametrize(
    "text",
    [
        "女性村民订婚与否，均同等参加分配。",
        "男青年订婚后，其未婚妻户口迁入的，可以分配。",
        "不得以妇女订婚、结婚为由取消其分配资格。",
        "本村规定婚丧事宜从简，妇女不得大操大办。",
        "修订婚丧嫁娶的有关规定，由村民会议表决。",
    ],
)
def test_t13modern_betrothal_words_without_a_loss_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# A paper or a seal held until a sum is paid (CV605): the refusal told bare and answered by 就/便, or the paper given
# only after the payment (才给, 方可).
@pytest.mark.parametrize(
    "text",
    [
        "不交二十元卫生费的话，村里就不给开证明。",
        "谁家不缴集资款，村委会便不为其开证明。",
        "不交30元管理费就不给办理户口迁移手续。",
        "村干部说，先把提留款交了，才给盖公章。",
        "欠交摊派的农户，须先交清欠款，村里才给其盖章办证。",
        "缴纳集资款以后，村委会才肯给他开介绍信证明。",
    ],
)
def test_t13modern_a_paper_held_until_a_sum_is_paid(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV605"]


@pytest.mark.parametrize(
    "text",
    [
        "村民办理证明时不收取任何费用，不交钱也照样盖章。",
        "证明内容不实的，不予盖章。",
        "建房户缴纳工本费后方可办理建房手续。",
        "村民交纳押金后方可领取证明。",
    ],
)
def test_t13modern_a_paper_for_its_own_fee_or_an_untrue_matter_stays_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# A debtor shown to others (CV603): the unpaid sum told as the cause (因未交…, 因为没交…) or the debtor described by
# it, his name or his door put on a board, in the lift or at the gate.
@pytest.mark.parametrize(
    "text",
    [
        "由于一年没交保洁费，老张的名字被物业贴到了电梯口。",
        "物业公司把欠费业主的名字和门牌号贴在了电梯里。",
        "因为没交卫生费，老李家的门牌号被村里写在了村口的黑板上。",
        "由于未交管理费，住户的房号被张贴在单元门上。",
    ],
)
def test_t13modern_a_debtor_shown_for_the_sum_he_owes(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV603"]


@pytest.mark.parametrize(
    "text",
    [
        "物业公司向欠费业主逐户送达催缴通知书。",
        "业主委员会每季度在公告栏公布物业费收支情况。",
        "小区公告栏公示了本年度优秀业主的姓名和房号。",
        "物业公司不得公布欠费业主的姓名和房号。",
        "因资金未到位，电梯间的公告栏暂缓更换。",
    ],
)
def test_t13modern_notices_and_accounts_on_the_estate_board_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# A beast of his killed (CV602), also after a semicolon whose grade is told by 者 (…罚款；严重者，打死不赔), and killed on
# sight (见一头杀一头).
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("谁家的鸭子糟蹋稻田，罚款三十元；屡教不改者，当场打死，不予赔偿。", ["CV601", "CV602"]),
        ("放任鸡群啄食菜地的，罚款二十元；情节严重者，宰杀不赔。", ["CV601", "CV602"]),
        ("散放的猪拱坏菜地的，见一头杀一头，损失自负。", ["CV602"]),
        ("羊群啃了集体林的苗木，见一只宰一只。", ["CV602"]),
    ],
)
def test_t13modern_a_beast_killed_without_compensation(text: str, codes: list[str]) -> None:
    assert sorted({m.code for m in unlawful_measures(text)}) == codes


@pytest.mark.parametrize(
    "text",
    [
        "疯狗咬人的，由派出所依法捕杀。",
        "家畜被车撞死的，由肇事者照价赔偿。",
        "不得随意打死他人家禽，打死的照价赔偿。",
        "家禽践踏庄稼的，赔偿损失；严重者，报派出所处理。",
    ],
)
def test_t13modern_a_beast_killed_by_an_authority_or_paid_for_stays_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# Penalty provisions the rule sets for a wrong, told without their kind (CV601): a report or a rule that sets 处罚措施,
# 惩罚办法, 处罚条款 for a wrong is an unnamed penalty, read as a fine.
@pytest.mark.parametrize(
    "text",
    [
        "不少村的新规约对乱倒垃圾、私搭乱建的行为规定了具体的惩罚办法。",
        "该村村规民约为不按期缴纳卫生费的农户设定了处罚条款。",
        "记者了解到，村里对酒驾、赌博等行为都制定了处罚细则。",
        "对违反规定的，村规民约明确了处罚措施。",
        "许多社区还有对擅自养犬、高空抛物的严格处罚措施。",
    ],
)
def test_t13modern_penalty_provisions_set_for_a_wrong(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "村规民约对违反者的处罚措施已被镇政府责令删除。",
        "对违反规定的，依照治安管理处罚法的处罚措施由公安机关处理。",
        "村规民约不得对村民设定罚款等处罚措施。",
        "村里明确了奖励措施，对表现好的农户给予表彰。",
        "对乱扔垃圾的行为，按照《城市市容和环境卫生管理条例》的处罚规定执行。",
        "镇政府指出，部分村规民约对违规操办酒席设定的处罚条款违法，要求限期纠正。",
    ],
)
def test_t13modern_penalty_provisions_referred_struck_or_forbidden_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# A deposit drawn as much as a damage found calls for (相应, 对应) is the actual loss, clean; drawn by the wrong's weight
# or after a wrong that damages nothing it is a fine (CV601).
@pytest.mark.parametrize(
    "text",
    [
        "装修时损坏楼道墙面的，物业从装修押金中扣除相应金额。",
        "租用村活动室损坏桌椅的，按损坏情况扣除对应的押金。",
        "施工中如有損壞公共設施，物業將扣除相應押金。",
    ],
)
def test_t13modern_a_deposit_drawn_for_the_damage_found_stays_clean(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "装修期间违反作息时间的，物业可根据情节轻重扣除相应押金。",
        "乱堆建筑垃圾的，扣除相应押金。",
        "损坏公共设施的，扣除全部押金，不予退还。",
        "装修噪音扰民的，视情扣除对应押金。",
    ],
)
def test_t13modern_a_deposit_drawn_by_the_wrong_s_weight_is_a_fine(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


# A deduction named as the way a charge is collected (通过扣除分红的方式, 以扣减分红的办法) is a fine by set-off, CV601;
# a debt collected so, or a share withheld, stays CV602.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("村里以扣减年终分红的方式向违建户收取占地使用费。", ["CV601"]),
        ("经济社通过扣发股份分红的办法，向乱搭乱建户收取管理费。", ["CV601"]),
        ("报道称，该社区采取扣除股金红利的形式，对破墙开店的住户收费。", ["CV601"]),
        ("对拖欠承包款的，通过扣除其分红的方式抵还欠款。", ["CV602"]),
        ("乱倒垃圾的，扣减其当年分红的三成。", ["CV602"]),
    ],
)
def test_t13modern_a_charge_collected_by_deducting_the_dividend(text: str, codes: list[str]) -> None:
    assert sorted({m.code for m in unlawful_measures(text)}) == codes


# What 除…外 sets beside a measure a statute named by its title governs is the law's list repeated (deferred); beside
# the charter's own fine, or a rule of the village's own, the taking stays CV602.
@pytest.mark.parametrize(
    "text",
    [
        "非法出售野生动物的，除没收违法所得外，依照《野生动物保护法》的规定处以罚款。",
        "擅自收养他人子女的，除没收非法所得外，按《收养法》规定处理。",
        "私自采砂的，除没收非法所得外，还应依照《矿产资源法》缴纳罚款。",
    ],
)
def test_t13modern_a_taking_beside_the_statute_s_measure_is_deferred(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "违者除没收所伐林木外，按每株五十元处以罚款。",
        "私自捕鱼的，除没收渔具外，按《村规民约》罚款二百元。",
    ],
)
def test_t13modern_a_taking_beside_the_charter_s_own_fine_stays(text: str) -> None:
    assert sorted({m.code for m in unlawful_measures(text)}) == ["CV601", "CV602"]


# The estate's common supply cut by its manager for what some owners owe (CV608): the manager stops paying the common
# bills it pays, or a whole building's supply is cut after a wrong; 不得不 ("must") forbids nothing.
@pytest.mark.parametrize(
    "text",
    [
        "物业公司宣布，因业主欠费严重，下月起不再垫付小区公共区域电费。",
        "欠缴物业费的户数超过三成的，物业公司将停止缴纳电梯和楼道的电费。",
        "业主拖欠物业费的，整栋楼停水停电。",
        "服务中心称，由于收费率太低，不得不暂停向水务公司支付二次供水的电费。",
    ],
)
def test_t13modern_the_estate_s_common_supply_cut_by_its_manager(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("屡教不改的，村里不得不停止其供水。", ["CV604"]),
        ("拒交卫生费的，村委会将不得不取消其低保。", ["CV605"]),
    ],
)
def test_t13modern_must_is_no_prohibition(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        "因管网检修，小区公共区域周六停电。",
        "物业公司不得以停止缴纳公共区域水电费的方式催缴物业费。",
        "物业公司按时向供电局交纳公共区域电费。",
        "屡教不改的，不停止其供水，由村委会继续做工作。",
        "村民不得不交的费用，村委会应当公示。",
    ],
)
def test_t13modern_the_estate_s_bills_paid_or_repaired_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# More wordings of the same readings: whoever answers named before 就 (不交…，村里就不给…); the debtors' list shown
# with its wrong in its name (欠费业主名单在业主群里公布); a withholding told in the passive or as a ruling (出入卡被冻结,
# 停车卡予以注销); her share refused by a bare 不分.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("村民不交合作医疗费，村里就不给开任何证明。", ["CV605"]),
        ("物业公司将欠费业主名单在小区业主群里公布。", ["CV603"]),
        ("欠缴物业费业主的房号每月在大堂公告栏公示。", ["CV603"]),
        ("村里把拒交卫生费的农户名单贴在了村口。", ["CV603"]),
        ("拖欠物业费的，其停车卡予以注销。", ["CV605"]),
        ("拒交物业费的业主，车辆出入卡被冻结。", ["CV605"]),
        ("违反装修规定的，其装修出入证将被注销。", ["CV605"]),
        ("女性年满二十周岁未出嫁的，每人分一份；已出嫁的不分。", ["CV607"]),
        ("外嫁女一律不分。", ["CV607"]),
    ],
)
def test_t13modern_more_wordings_of_the_same_readings(text: str, codes: list[str]) -> None:
    assert sorted({m.code for m in unlawful_measures(text)}) == codes


@pytest.mark.parametrize(
    "text",
    [
        "欠费业主名单不得在公告栏公布。",
        "欠费业主名单仅送达本人，不对外公布。",
        "违规户名单报镇政府备案。",
        "业主的门禁卡丢失的，可到物业补办，旧卡将被注销。",
        "电梯卡被冻结的业主，可以到物业中心申请解冻。",
        "出嫁女与男子同等分配，不分男女。",
        "他不交钱，我们也就没办法了。",
    ],
)
def test_t13modern_more_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# Reports of the same readings: the debtors' room numbers posted (发布了欠费业主的房号); a woman refused for her marriage
# named by 她 or with her surname (以她已婚为由拒绝给她分红, 以出嫁为由拒绝向李某分配); a measure used as the means of
# pressing for a payment (以锁电梯的方式催缴, 采取停水停电的手段催收) answers the nonpayment.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("物业在业主群里发布了欠费业主的房号。", ["CV603"]),
        ("该村在征地补偿款分配时，以出嫁为由拒绝向李某分配。", ["CV607"]),
        ("她和外村人结婚后户口没迁，但组里以她已婚为由拒绝给她分红。", ["CV607"]),
        ("她结婚后，村里就不再给她分地了。", ["CV607"]),
        ("有业主反映，物业公司以锁电梯的方式催缴物业费。", ["CV605"]),
        ("物业公司采取停水停电的手段催收物业费。", ["CV604"]),
        ("村委会通过不给盖章来逼村民交清提留。", ["CV605"]),
    ],
)
def test_t13modern_reports_of_the_same_readings(text: str, codes: list[str]) -> None:
    assert sorted({m.code for m in unlawful_measures(text)}) == codes


@pytest.mark.parametrize(
    "text",
    [
        "物业在业主群里发布了停水通知。",
        "她结婚后仍在本村居住，照常参加分配。",
        "物业公司以发送短信的方式催缴物业费。",
        "物业公司不得以停水停电的方式催缴物业费。",
        "电梯每月检修时锁停半天。",
    ],
)
def test_t13modern_report_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# Penalty provisions with the verb first and the wrong in what they are of (明确了对乱建乱占的惩处办法), and 罚则.
@pytest.mark.parametrize(
    "text",
    [
        "据了解，不少小区的管理规约都制定了违规停车的罚则。",
        "该村的新村规中明确了对乱建乱占的惩处办法。",
        "居民公约写明了高空抛物的严厉惩罚措施。",
    ],
)
def test_t13modern_provisions_named_after_their_verb(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "村里制定了防止乱建的措施。",
        "公约明确了违规停车的处罚规定已经废止。",
        "小区管理规约写明了违规停车的处理程序：先劝导，再报城管。",
    ],
)
def test_t13modern_provisions_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# A specialised co-operative's own roll (专业合作社, 农民合作社, members leaving with their shares in the same sentence):
# struck off by its assembly is the association's affair; a bare 合作社 or 本社 may be the collective and stays CV606.
@pytest.mark.parametrize(
    "text",
    [
        "本专业合作社成员严重损害合作社利益的，经成员大会讨论予以除名。",
        "农民合作社社员不履行出资义务的，由成员大会决定将其除名。",
        "社员可以申请退股；给合作社名誉造成严重损害的，经成员大会表决予以除名，其退股按章程办理。",
    ],
)
def test_t13modern_a_specialised_co_operative_s_roll_is_its_own(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "社员严重损害本社利益的，经成员大会讨论予以除名。",
        "成员违反本社章程的，由合作社理事会决定将其除名。",
    ],
)
def test_t13modern_a_bare_co_operative_s_striking_off_stays_cv606(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


# rv13: the reviewer's look-alikes of the probed word families (old clan rules and steles, the CV601–CV608
# probes, modern charters): lawful uses of the same words in charter language, modern and classical — a law's or an
# authority's measure, a duty, an honour, a rule of conduct or of use, a contract ended, a report, a protection, an
# everyday word holding the new word, a beast or a thing where a person is meant. Each must stay silent.
@pytest.mark.parametrize(
    "text",
    [
        "村里实行奖罚分明，该奖就奖，该罚就罚。",
        "严禁乱收费、乱罚。",
        "村委会不能随意罚。",
        "杜绝以罚代管，不得变相罚。",
        "罚，须由有关行政机关依法作出。",
        "执法必严，违法必究，当罚则罚由执法部门决定。",
        "出售假种子的，除赔偿损失外，还应依法支付惩罚性赔偿金。",
        "经营者欺诈消费者的，承担惩罚性赔偿责任。",
        "建立健全激励惩罚机制，由镇政府统一制定。",
        "犯罪嫌疑人认罪认罚的，可以依法从宽处理。",
        "村民醉酒打架的，由派出所处理，本人认罪认罚的可从轻。",
        "违法者由公安机关依法处理，不因其是本村村民而免于受罚。",
        "多重处罚同一违法行为是违法的，村规不得设定。",
        "河道弯曲严重处应设立警示标志。",
        "山体滑坡严重处，禁止建房。",
        "配合公安机关依法惩治黑恶势力。",
        "对污染水源的企业，报环保部门处治。",
        "村里发现病虫害的，及时组织防治处治。",
        "法律面前人人平等，不论亲疏，同罪同罚由司法机关认定。",
        "村干部违纪的，由上级党组织议处。",
        "村务监督委员会发现问题的，提请村民代表会议议处。",
        "村中重大事项，听凭众人公议决定。",
        "族中修谱事宜，听从族长安排处理。",
        "反对家暴，任何人不得动用家法。",
        "严禁私设公堂，严禁用家法。",
        "弘扬好家风，以家法家训教育子女。",
        "修建村道，每户出资五百元，由村民会议讨论决定。",
        "村民自愿出钱二百元入股合作社。",
        "加入用水户协会的，每户出资三百元作为会费。",
        "实行阶梯水价，超过定额部分水价上浮一倍。",
        "经物价部门核准，今年水价上调一倍。",
        "林业站按每株五十元的标准处罚。",
        "村里实行以工代赈，组织群众修路。",
        "严禁以工代罚、以劳抵罚。",
        "严禁截留、挪用村民的押金。",
        "租用农具损坏的，从押金中扣留修理费，余款退还。",
        "节日宰他家的羊给全村会餐，羊款由村集体照价付给。",
        "清明祭祖，每户备香烛一对、鞭炮一挂。",
        "植树节每户栽树五棵，由村里提供树苗。",
        "夕阳没入山后，巡夜人员开始巡逻。",
        "汛期河水上涨，没入堤岸的，村民不得下河。",
        "私搭乱建的，由乡镇人民政府依法组织拆除。",
        "对无人居住的危房，经户主同意由村统一拆除。",
        "违章搭建的，责令当事人将其所搭棚子拆除。",
        "家禽应关进笼舍饲养，不得散放。",
        "承包期满，地由集体收回重新发包。",
        "村民自愿交回承包地的，地由村集体收回。",
        "国家建设征收土地的，地由政府依法收回。",
        "秸秆严禁焚烧。",
        "生活垃圾不得随意丢弃。",
        "病死畜禽应当深埋或焚烧。",
        "过期药品由卫生室集中焚烧。",
        "祭田所收租谷，一律归入祠中公用。",
        "族人自愿捐田入祠。",
        "有功于族者，其牌位准予入祠。",
        "拾得物无人认领的归公。",
        "村集体的收入归公，不得私分。",
        "农忙时组织劳力帮助五保户收其稻谷。",
        "其承包地由村民小组代为收其庄稼，收益归本人。",
        "公安机关依法收缴其枪支。",
        "下雨时帮五保户把他的粮食收起来。",
        "查实后，奖金归举报人所有。",
        "举报人举报属实的，奖励五百元，奖金归举报人所有。",
        "冬至祭祖后，胙肉按丁分发。",
        "未满十六岁者不领胙。",
        "佃种祠田者，不得私自转佃。",
        "施工队延误工期的，工程另包他人。",
        "租期届满不续租的，房屋另租他人。",
        "承包户依法转包、出租承包地的，应当报发包方备案。",
        "村民应得收益按股份分配，年底兑现。",
        "将跑进菜地的猪捉回村里，通知畜主领回。",
        "拾到的物品送至村部，由村部登记。",
        "抓获小偷的，扭送派出所。",
        "被判处监禁刑罚的村民，刑满释放后按规定落户。",
        "任何人不得私设公堂、囚禁他人。",
        "犯罪嫌疑人已被公安机关刑事拘留，现羁押在看守所。",
        "租用农具的，押金押在村委会，归还时退还。",
        "村干部不得扣人、打人。",
        "运输木材的，应将木料捆缚牢固。",
        "未交卫生费的，由本人将钱拿往村委会补交。",
        "砍下的柴火捆好送到村部统一收购。",
        "剧毒农药一律锁在库房内，专人保管。",
        "经诊断为传染病密切接触者的，隔离期间不得外出。",
        "危险区域禁止出入。",
        "台风期间，村民不得外出。",
        "学生在校期间不准离校，晚自习期间不准外出。",
        "入党积极分子每季度向党组织书面汇报思想。",
        "党员要定期向支部汇报思想情况。",
        "社区矫正对象应当按规定向司法所报告行踪。",
        "享受低保的农户，在村务公开栏公示姓名、人口和补助金额。",
        "选举前七日公布候选人姓名。",
        "对见义勇为的，通报其姓名予以表彰。",
        "在深水区插上黑旗，提醒村民不要游泳。",
        "凡捐资修桥者，刊名于碑，以彰善举。",
        "捐资修祠者，书其名于祠壁，以示表彰。",
        "祠堂落成，榜示祠前，告知族人。",
        "申请表填写错误的，重打一份。",
        "发生火情的，立即打十下锣报警。",
        "严禁体罚。",
        "禁止体罚和变相体罚。",
        "反对体罚，倡导文明教育。",
        "猪仔出生后割耳标记。",
        "村里晚上打更，每夜打三下。",
        "族人清明跪祖宗牌位行礼。",
        "新人婚礼时跪祠堂拜祖先。",
        "废弃机井由村里封其井口，防止人畜跌落。",
        "每年三月十五日停暖，十一月十五日开始供暖。",
        "新建住宅外墙应采取断热措施。",
        "未经水行政主管部门批准，任何单位和个人不得取水。",
        "禁止在井边打水仗。",
        "旱季期间，各户不得到公井挑水浇菜。",
        "水权交易按有关规定办理。",
        "不得擅自转让水权。",
        "用水户依法取得水权的，可以转让。",
        "对不属实的情况，村委会不予出具证明。",
        "公章管理员休假期间，暂停用印。",
        "村委会换届期间暂停用印。",
        "材料不齐全的，暂不盖印。",
        "超过报名时间的，不予登记。",
        "材料不全的，不予上报。",
        "春节期间停办一切业务。",
        "国土空间规划未批复前，宅基地审批暂停。",
        "春节不发年货，改为发放慰问金。",
        "外出未归的，过节费不发，待其回村后补发。",
        "不符合条件的，不予发放抚恤金。",
        "抚恤金由民政部门按规定发放。",
        "当事人一方明确拒绝调解的，不得强迫调解。",
        "调解不成或者当事人拒绝调解的，告知其向法院起诉。",
        "农忙期间不出借公用农机。",
        "患有传染病的儿童不得进入幼儿园。",
        "村民应当爱护公用农具，用后归还。",
        "晒场只限晒粮，不得堆放杂物。",
        "新谱编修完毕，定于腊月出谱。",
        "族人领谱，除谱金外不另收费。",
        "族谱编修由族长主持，削名一事须经族人公议且不得违法。",
        "每年腊月，清出祠堂内的杂物。",
        "未成年人不得入祠饮酒。",
        "发现外来流浪狗的，由巡逻队驱赶出村。",
        "地质灾害隐患点的住户，由政府组织迁往他处安置。",
        "村民因升学其户口迁出本村的，按规定办理。",
        "自愿退出集体经济组织的，今后各项权益不再保留。",
        "被剥夺政治权利的人不得参选。",
        "村民委员会成员的近亲属不得当选村务监督委员会成员。",
        "未进行选民登记的，不得投票。",
        "寡居妇女的承包地，任何人不得收回。",
        "对遗孀，村里每年春节给予慰问。",
        "已订婚的女子，婚嫁前与其他村民同等分配。",
        "已婚妇女外出务工，不得携带违禁物品。",
        "出门女与在村村民享有同等权利。",
        "招夫养子的，与其他村民同等享受权益。",
        "有女无子的家庭，女儿可以招婿入户，同等分配。",
        "祝全体村民阖家幸福、合家欢乐。",
        "对烈士的后人，村里优先安排就业。",
        "联保小组成员对贷款承担连带保证责任。",
        "实行十户联保，互相监督，共同防火。",
        "同单元住户共同分摊楼道电费。",
        "同族之人应当和睦相处，互帮互助。",
        "未成年子女损坏公物的，父母一并承担赔偿责任。",
        "学生安全由学校负责及家长配合。",
        "罪不及家属，任何人不得株连。",
        "违法占地建房将被依法拆除。",
        "酒后驾车会被公安机关处罚。",
        "至本公约生效之日，原村规同时废止。",
        "如违约，按合同约定处理。",
        "酒后驾车，轻则伤身，重则丧命。",
        "对违规的，先警告后报镇政府处理。",
        "乱倒垃圾的 由保洁员劝导",
        "捉到偷鸡贼的，立即扭送派出所，不得私自关押、殴打。",
        "村民不得私设公堂，不得对他人捆绑、吊打、关押。",
        "发现偷牛贼的，立即报警，不得私自关押。",
        "拾得遗失物的，应当送交村委会或者派出所。",
        "族人有过者，族长劝诫之；屡诫不改者，送官究治。",
        "子孙有忤逆者，族长训诫，不改者鸣官惩治。",
        "凡窃盗者，送县究办。",
        "窝藏盗贼者，报官究治。",
        "族中子弟有赌博者，父兄严加管教。",
        "孝行卓著者，书其名于祠壁，以为表率。",
        "捐田入祠者，刊名于碑。",
        "子孙有登科者，榜示祠前，以示荣耀。",
        "对评为好媳妇的，在村广播公布其姓名予以表扬。",
        "打架斗殴的，由村调委会调解；调解不成的，报派出所处理。",
        "偷盗的，先批评教育后报派出所处理。",
        "初犯的，轻则批评教育，重则报公安机关处理。",
        "如违，报有关部门依法处理。",
        "倘违，送官究治。",
        "乱扔垃圾会被保洁员劝阻。",
        "乱砍树木将被追究法律责任。",
        "违法占地将被依法查处。",
        "违反本约者，族长当众训诫，令其改过。",
        "盗砍祖山竹木者，赔偿其值。",
        "损坏碾坊的，照价赔偿。",
        "不务正业的，族长训斥。",
        "借用集体农具逾期不还的，由村里收回农具。",
        "盗伐林木的，由林业站依法处罚，盗伐的林木依法没收。",
        "违反规定放牧的，畜主自行将牲畜赶回圈舍。",
        "违反规定的，责令其将私搭的棚子拆除。",
        "违章建房的，由乡镇人民政府依法拆除。",
        "虚报冒领救济粮的，收回所领粮油。",
        "乱倒垃圾的，扣其家庭积分五分。",
        "祖产由其子孙共同继承。",
        "其子孙不得侵占祠产。",
        "佃户欠租者，照约追缴。",
        "在井边洗衣的，由管水员劝阻。",
        "破坏水井的，照价赔偿修复费用，并报派出所处理。",
        "拖欠供暖费的，由供热公司按合同约定书面通知后停暖。",
        "在水井周围堆放垃圾的，责令清除。",
        "违规转让水权的，由水行政主管部门依法处理。",
        "偷用公井水浇菜的，批评教育。",
        "私自占用晒场的，责令限期清理。",
        "在卫生室内吸烟的，由工作人员劝阻。",
        "损坏卫生室设施的，照价赔偿。",
        "弄虚作假者，不予登记。",
        "骗取过节费的，予以追回。",
        "族中孤寡，每月给恤银。",
        "子孙考中者，给膏火银。",
        "不孝敬父母的，取消其评先评优资格。",
        "村民死亡的，注销其户口。",
        "违反用水户协会章程的，由协会按章程处理。",
        "冒入宗谱者，查实削之。",
        "族人迁居外地者，仍准入谱。",
        "违反规定的，由村委会将流浪狗驱出村外。",
        "妇女改嫁，听其自便，族人不得阻挠。",
        "孀妇守节或改嫁，均听其自愿，其田产不得侵夺。",
        "已订婚的女子，户口未迁出前，与其他村民同等分配。",
        "有女无子之家，准其招婿承祧，与男丁同等。",
        "出嫁女可以自愿保留其承包地。",
        "遗孀可以继续承包其丈夫的承包地。",
        "户主外出的，由其家眷代为签字。",
        "联保户互相监督，发现火灾隐患的及时报告。",
        "烈士家眷享受优待。",
        "同单元住户共同承担楼道保洁费用。",
        "违反规定的，由合族公议，报官究治。",
        "违反规定的，报有关部门处理，处理结果在公开栏公示。",
        "至年底仍未交清的，由村委会催收。",
        "苟有违犯，报官究治。",
        "偷盗集体财物的 报派出所处理",
        "《治安管理处罚法》对赌博规定了明确的处罚措施。",
        "法律对乱倒垃圾规定了相应的处罚措施，由城管部门执行。",
        "村规民约不得对乱倒垃圾设定处罚条款。",
        "本公约对违反规定的行为不设定处罚措施，以教育为主。",
        "对乱倒垃圾的处罚标准由镇政府依法制定。",
        "县里对违规建房出台了处罚办法，由自然资源部门执行。",
        "对违规停车的处罚办法，按照《道路交通安全法》执行。",
        "镇政府对违反禁渔规定的行为明确了处罚措施。",
        "交齐材料后，村里才给盖章。",
        "交回旧证后才能办理新证。",
        "购房户缴清房款后方可办理产权证。",
        "交纳工本费后方可领证。",
        "交了申请表以后，村委会再为其出具证明。",
        "失信人员名单由人民法院依法在网站公布。",
        "欠费户名单仅报村委会备案，不得在公告栏公布。",
        "违规户整改完成后，其名单从公告栏撤下。",
        "电梯维修期间，物业锁停电梯并张贴通知。",
        "夜间十二点后锁电梯，住户凭卡使用。",
        "因检修，公共区域停电两小时。",
        "见一头杀一头的说法违反动物防疫法，本约不采用。",
        "发现病死猪的，见一头报告一头，不得随意丢弃。",
        "由于拖欠工程款，施工队停工。",
        "因未交物业费，业主向物业公司补交后开具发票。",
        "违反本约的，报有关部门处理；有关部门处理结果在公开栏公示。",
        "损坏路灯的，照价赔偿；衣服扣子掉落的，由本人自行缝补。",
        "拖欠水费的，由供水站按供水合同先书面通知，逾期仍不交的，依照合同中止供水。",
        "用水户协会会员违反章程的，由协会按章程取消其会员资格。",
        "老年协会会员违反协会章程的，协会可劝其退会。",
        "村民注销银行账户的，应到银行办理销户手续。",
        "用户申请销户的，供水站应当在五日内办理。",
        "违规占用晒场的，由村委会责令清理，拒不清理的报镇综合执法队处理。",
        "偷盗的，报派出所处理，派出所依法将其羁押。",
        "赌博的，由公安机关依法拘留。",
        "殴打他人的，由公安机关依法处理，村委会不得私自扣人。",
        "法院判决被告将其违建的围墙拆除。",
        "镇政府责令其将私建的棚子拆除，逾期不拆除的，由镇政府依法强制拆除。",
        "乱砍滥伐的，林业站依法没收其工具和木材。",
        "违规捕鱼的，渔政部门依法收缴其渔具。",
        "镇政府认定该村规定的罚款条款违法，予以撤销。",
        "不得以任何理由对出嫁女停发分红。",
        "严禁将违规村民关进祠堂。",
        "不得对违约户停水停电。",
        "严禁以停水停电的方式催缴物业费。",
        "任何人不得以族规处置族人。",
        "禁止对村民游街示众、罚跪。",
        "不得因村民上访而取消其低保。",
        "村委会不得以不予出具证明的方式催缴费用。",
        "不得将妇女的承包地交由其夫家耕种。",
        "不准因丈夫去世收回孀妇的承包地。",
        "村民有困难的，村里给予救济，发放米面油。",
        "五保老人每年春节领取年货和过节费。",
        "考上大学的学生，村里奖励二千元。",
        "敬老院入住老人享受免费体检。",
        "村卫生室为全体村民免费测量血压。",
        "晒场由各户轮流使用，使用后打扫干净。",
        "村里的碾坊和磨坊按先来后到使用。",
        "集体农机具由合作社统一管理，各户按时预约使用。",
        "家中有老人的，子女应当常回家看望。",
        "父母应当送适龄子女入学。",
        "同族之人有困难的，族中给予周恤。",
        "合族共同出资修缮祠堂。",
        "族中子弟考中者，族中给予膏火银。",
        "五服之内的亲属应当互相帮助。",
        "凡我族人，阖家和睦，敬老爱幼。",
        "其子孙应当世代遵守本约。",
        "违反规定的，责令其自行拆除违建，并恢复原状。",
        "村民建房须经批准，未经批准建房的，报镇政府依法处理。",
        "外出务工人员应当每年向村委会报告一次联系方式。",
        "新到本村居住的外来人员，应当到村委会登记。",
        "有关部门依法查处违法建筑。",
        "有关村民的合法权益受法律保护。",
        "酗酒闹事的，由村调委会调解，情节严重的报公安机关处理。",
        "村民小组长应当及时将有关情况报告村委会。",
        "对违反公约的，先由村民小组劝导，劝导无效的报村委会处理。",
        "偷鸡摸狗的行为，应当受到舆论谴责。",
        "打架斗殴的，由双方家长领回教育。",
        "未成年人打架的，通知其监护人领回。",
        "走失的牛羊由村里暂时看管，通知畜主领回。",
        "拾得的钱包交村委会，待失主认领。",
        "村里发生火灾的，全村村民应当及时扑救。",
        "水井每年清淘一次，清淘期间暂停取水。",
        "因干旱缺水，全村实行轮流取水。",
        "供水管道检修期间，全村停水一天。",
        "冬季供暖期间，村委会为五保户免费供暖。",
        "族中祭田租谷，用于祭祀和周恤孤寡。",
        "偷盗的，由其家属领回教育。",
        "未成年人破坏公物的，由其父母照价赔偿。",
        "违者，父兄负责劝导。",
        "子弟不肖者，父兄严加管束。",
        "村民外出时，其家眷由邻里照应。",
        "联保户中有人违反防火规定的，其他联保户应当及时劝阻。",
        "同单元住户有人违规养犬的，其他住户可以向物业反映。",
        "遇有火灾，一家老小都要参加扑救。",
        "偷窃者，与窝藏者同罪，报官究治。",
        "同罪同罚、罚当其罪是法治的原则。",
        "该村规定在河道电鱼的一律报渔政部门处理。",
        "村规明确乱倒垃圾的由保洁员劝导。",
        "至若子侄不敬尊长，族长训诫。",
        "至今未交清的，由村委会催收。",
        "凡盗砍坟树者。报官究治。",
        "第三条 乱倒垃圾的 批评教育",
        "第四条 偷盗的 报派出所处理",
        "第五条 不孝敬父母的 取消评优资格",
        "倘有违犯，族长劝诫，不改者送官。",
        "苟有不遵，鸣官究治。",
        "轻则劝诫，重则报官。",
        "先劝后报，不得私自处置。",
        "如违，由村委会批评教育。",
        "村民乱倒垃圾会被保洁员制止。",
        "村民乱停车将被交警依法处罚。",
        "违规建房的将被依法拆除。",
        "村民私自砍树会被林业站处罚。",
        "犯者，族长训诫之。",
        "有犯此者，报官惩治。",
        "窝藏赃物的，报派出所依法处理。",
        "包庇亲属违法的，由村委会批评教育。",
        "忤逆不孝者，族长训诫，不改者鸣官。",
        "其后人不得侵占他人宅基地。",
        "其妻儿由村里照顾。",
        "对犯罪人员的家属，村里不得歧视。",
        "其子孙三代以内，享受本族助学金。",
        "烈士的子孙后代享受优抚待遇。",
        "五服之内不得通婚。",
        "同族之人不得通婚的旧俗已经废除。",
        "阖家迁出本村的，其承包地依法处理。",
        "举家外出的，应当委托他人看管房屋。",
        "违者与犯者同罪，送官究办。",
        "窝藏者与盗贼同罪，送派出所处理。",
        "冒领过节费的，予以追回。",
        "虚报家庭收入骗取低保的，停发低保金。",
        "不符合条件的，不发放年货。",
        "已迁出本村的，不再发放过节费。",
        "死亡人员的恤金停发。",
        "非本村户口的，不得享受义学。",
        "户口不在本村的，不参加年货分配。",
        "已享受城镇低保的，不再领取本村米面油。",
        "重复领取抚恤金的，予以追回。",
        "私接电线的，由供电所依法处理。",
        "欠缴供暖费的，供热企业依照供热合同书面催告后停暖。",
        "违规用水造成损失的，照价赔偿。",
        "因修渠需要，公井暂停取水三天。",
        "水权转让须经水利部门批准。",
        "集体晒场年久失修的，由村里维修。",
        "卫生室医生违规收费的，报卫生院处理。",
        "碾坊管理员失职的，由村委会批评教育。",
        "村里的农机具损坏的，由使用人照价赔偿。",
        "骗取义仓谷的，追回所领谷物。",
        "不按时归还公用农具的，由管理员催还。",
    ],
)
def test_rv13_look_alikes_of_the_probed_word_families_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# rv13: the unlawful sentences the narrowing above must keep, each with exactly its codes (a beast driven out or a
# thing locked away adds no CV606 or CV603; a person held, a strike from the register, a paper held until a due is
# paid and the charter's own penalty provisions stay read).
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("有人放牛进祠堂的，将牛赶出祠堂，罚款二十元。", {"CV601"}),
        ("不准进祠堂打牌，违者罚款五十元。", {"CV601"}),
        ("私存烟花爆竹的，由村里收缴，锁进仓库里统一保管。", {"CV602"}),
        ("散放的牛羊进入庄稼地的，由护林员赶出村外，并罚畜主五十元。", {"CV601"}),
        ("偷牛的，驱逐出村。", {"CV606"}),
        ("放养的鸡鸭偷吃庄稼的，把鸡鸭主人赶出村。", {"CV606"}),
        ("偷盗的外来人员，锁进仓库里，待家属领回。", {"CV603"}),
        ("偷牛的，押在村部，待家属领回。", {"CV603"}),
        ("族人不遵者，即行出谱。", {"CV606"}),
        ("犯奸者，除谱。", {"CV606"}),
        ("交清卫生费后，村里才给盖章。", {"CV605"}),
        ("不交卫生费的，先把卫生费交了，再给开证明。", {"CV605"}),
        ("本村对乱倒垃圾规定了相应的处罚措施。", {"CV601"}),
        ("违者罚银五两；捐资修祠者，刊名于碑。", {"CV601"}),
        ("违者罚银五两，捐资者书名于祠壁，以示表彰。", {"CV601"}),
        ("盗砍祖山者，刊名于祠壁。", {"CV603"}),
        ("知情不报者，与犯者同罪。", {"CV601"}),
        ("窝藏者与窃贼同罚。", {"CV601"}),
    ],
)
def test_rv13_the_narrowed_families_keep_their_unlawful_readings(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


# The villagers' meeting barred (thirteenth session, docs/clause-codes.md): the vote written out, CV606; its preparation
# or a ban on keeping villagers out of it stays clean.
@pytest.mark.parametrize(
    "text",
    [
        "违者不得参加村民会议。",
        "违者三年内不准参加村民代表会议。",
        "对拒不执行的，剥夺其在村民会议上的议事权。",
        "屡教不改的，取消其再参加本村村民大会的资格，不准再出席村民大会。",
    ],
)
def test_the_villagers_meeting_barred_is_the_vote_taken(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV606"]


@pytest.mark.parametrize(
    "text",
    [
        "村干部不得参加村民会议的筹备工作以外的事务。",
        "村民会议由村委会召集，任何人不得阻挠村民参加村民会议。",
        "严禁以任何理由不让村民参加村民会议。",
    ],
)
def test_the_meeting_kept_open_stays_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# ---- t14modern (fourteenth session): rules told by studies, courts and procuratorates, and the new governance
# instruments (grazing and forest bans, bride-price limits, points and red-and-black lists). Sentences written for
# this test.


# A multiple of the loss paid as damages is the rule's own penalty even where an authority is named as the agent
# before it: an authority fines and orders, it awards no damages (docs/clause-codes.md, CV601).
@pytest.mark.parametrize(
    "text",
    [
        "拆走护栏的，由镇人民政府责令停止违法行为，并依法赔偿三倍以下的损失。",
        "在封山区砍柴的，由乡政府责令补种，并按损失的五倍赔偿。",
        "毁坏界桩者，由林业站责令恢复原状，照价双倍赔偿。",
    ],
)
def test_t14modern_damages_multiplied_under_an_authority_are_a_fine(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "拆走护栏的，由镇人民政府责令停止违法行为，并赔偿损失。",
        "私自放牧的，由乡政府处以三倍罚款。",
        "偷水的，由县水利局按三倍收取水费。",
    ],
)
def test_t14modern_an_authority_s_own_multiple_and_plain_damages_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# Putting the wrong right joined to a penalty (予以纠正和处罚, 制止并处罚) is two measures, the penalty one of them; 纠正
# aims at the fine only when the fine is its object (纠正乱罚款).
@pytest.mark.parametrize(
    "text",
    [
        "发现有人大操大办的，当场予以纠正和处罚。",
        "在河道电鱼的，护河员及时制止并处罚。",
        "乱倒建筑垃圾的，村委会及时纠正并予以处罚。",
    ],
)
def test_t14modern_a_correction_joined_to_a_penalty_keeps_the_penalty(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "发现村干部乱罚款的，镇里予以纠正。",
        "防止和纠正罚款代替教育的做法。",
        "对滥用处罚的，及时制止和纠正。",
    ],
)
def test_t14modern_a_correction_of_the_fine_itself_stays_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# A marriage payment demanded or above the limit is the wrong of custom reform (索要彩礼, 天价彩礼): an unnamed penalty
# for it is the charter's fine (word fix: the family 索要, 索取, 勒索, 讨要 and 高价, 高额, 天价, 超标 彩礼/礼金/聘金).
@pytest.mark.parametrize(
    "text",
    [
        "女方家索要高额彩礼的，予以处罚。",
        "收受天价聘金的家庭，由村红白理事会给予处罚。",
        "订婚时向男方讨要礼钱的，给予处罚。",
    ],
)
def test_t14modern_a_demanded_bride_price_is_a_wrong(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "倡导婚事新办，不得索要高价彩礼。",
        "彩礼一般控制在三万元以内，由双方协商。",
        "对自觉抵制天价彩礼的家庭，予以表彰。",
    ],
)
def test_t14modern_a_bride_price_limit_or_praise_stays_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# The charter's own rule named last before an unnamed penalty (依法查处，并按村规民约处罚) is the rule it follows; the law
# named first governs the measure before it. The law after the charter's rule still refers it.
@pytest.mark.parametrize(
    "text",
    [
        "屡禁不止的，依法查处并按照村规民约进行处罚。",
        "多次偷牧的，依法没收违法所得并按本公约处罚。",
        "第三次违规的，依规查处并依照村规民约予以处罚。",
    ],
)
def test_t14modern_the_charter_s_rule_after_the_law_is_its_own_penalty(text: str) -> None:
    assert "CV601" in {m.code for m in unlawful_measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "乱砍滥伐的，按村规民约和有关法律规定处罚。",
        "违规放牧的，按照村规民约的规定，依法予以处罚。",
        "屡禁不止的，依法查处。",
    ],
)
def test_t14modern_the_law_after_the_charter_s_rule_refers_it(text: str) -> None:
    assert unlawful_measures(text) == []


# One person's act in an area the rule marks out (在禁牧区域放牧的), and the area's subsidy taken (扣除该区域…奖补资金): the
# area's other people bear it, CV608, the subsidy not labelled again.
@pytest.mark.parametrize(
    "text",
    [
        "在禁牧区域放养牛羊的，扣除该区域全年的禁牧奖补资金。",
        "凡在封育片区内偷牧的，取消该片区当年的草原生态补助。",
        "有人在公益林区域砍柴的，所在区域的护林补贴一律停发。",
    ],
)
def test_t14modern_an_area_bears_one_person_s_act(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("在禁牧区域放养牛羊的，扣除其本人的禁牧补贴。", ["CV605"]),
        ("该区域的禁牧补助按时足额发放。", []),
        ("在禁牧区域内发现火情的，及时关闭该区域的道路。", []),
    ],
)
def test_t14modern_the_doer_s_own_subsidy_or_the_area_s_care_is_not_cv608(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# The village named among the agents (行政机关和村民委员会可以取消…, 由镇政府会同村委会…) takes the measure itself: the organ
# beside it makes it no referral. A hand-over (报镇政府, 报派出所和民政部门) or 依法 with the organ stays a referral.
@pytest.mark.parametrize(
    "text",
    [
        "违反移风易俗规定的，行政机关和村民委员会可以取消其享受的优惠政策。",
        "不履行赡养义务的，有关部门和村委会可以停发其养老补贴。",
        "违反禁烧规定的，由镇政府会同村委会取消其当年的各项补助。",
    ],
)
def test_t14modern_the_village_among_the_agents_takes_the_measure(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV605"]


@pytest.mark.parametrize(
    "text",
    [
        "违反本规定的，由村委会报镇政府取消其低保。",
        "违反本规定的，报派出所和民政部门取消其低保。",
        "违反本规定的，村委会协助民政部门依法取消其低保。",
    ],
)
def test_t14modern_a_hand_over_beside_the_village_stays_a_referral(text: str) -> None:
    assert unlawful_measures(text) == []


# A deposit returned only to those who did no wrong (交押金…，未违反…的，退还) is kept from those who did: CV601. One
# returned when nothing was damaged or owed, on a work's acceptance, or under a contract stays clean.
@pytest.mark.parametrize(
    "text",
    [
        "建房户先交押金两千元，未违规建房的，验收后押金全额退还。",
        "办酒席的农户先交保证金五百元，没有大操大办的，事后退还。",
        "外出务工人员交诚信金三百元，年内未发生赌博的，年底如数退还。",
    ],
)
def test_t14modern_a_deposit_returned_only_on_no_wrong_is_a_fine(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize(
    "text",
    [
        "租用礼堂交押金二百元，无损坏的退还押金。",
        "承包户交保证金五千元，未违反合同约定的，期满退还。",
        "村委会不得向村民收取押金，已收取的全部退还。",
        "建房户交押金两千元，工程验收合格后退还。",
    ],
)
def test_t14modern_a_deposit_for_damage_or_a_contract_stays_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# The feast's goods by weight given as the consequence (拿出猪肉五十斤、米酒五十斤), no payee named: meat and wine pay for no
# loss, the old fine in kind (CV601); borne by the parents or guardian (由其家长…拿出…) it is CV608. A festival levy
# without a wrong, or grain as damages for a crop, stays clean.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("偷牛的，出肉、米、酒各一百二十斤。", ["CV601"]),
        ("打架斗殴的，拿出猪肉五十斤、米酒五十斤。", ["CV601"]),
        ("再犯的，由其父母交米酒三十斤、猪肉三十斤。", ["CV608"]),
        ("第二次违反的，由其监护人拿出肉八十斤、米八十斤、酒八十斤。", ["CV608"]),
    ],
)
def test_t14modern_the_feast_s_goods_are_a_fine_in_kind(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        "每户出米十斤、肉五斤，用于过节聚餐。",
        "偷吃稻谷的，赔稻谷一百斤。",
        "春节前每户交米酒五斤，供敬老院过年。",
    ],
)
def test_t14modern_a_festival_levy_or_grain_damages_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# Led round the village (带其绕村一周, 领着他游走全寨, 带其巡回全村): the person shown to all, CV603; a cadre leading the
# villagers round for fire or an inspection leads no wrongdoer.
@pytest.mark.parametrize(
    "text",
    [
        "偷盗的，由寨老带其绕村一周。",
        "再犯的，由组长领着他游走全寨。",
        "放火烧山的，由村干部带其巡回各村喊话认错。",
    ],
)
def test_t14modern_led_round_the_village_is_shown(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV603"]


@pytest.mark.parametrize(
    "text",
    [
        "寨老带领村民巡回全村喊寨，提醒防火。",
        "村干部带领群众绕村一周开展卫生检查。",
        "护林员每天巡回全村检查火源。",
    ],
)
def test_t14modern_a_round_of_the_village_for_its_care_stays_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# Living elsewhere with the 户口 kept here (空挂户, 户口仍挂在本村) is no ground for taking what membership gives (docs/
# clause-codes.md, tenth session): a share or the member's rights denied to them is CV606, beside the CV607 of a woman
# named with them. One never a member here (未经确认取得成员资格的空挂户) is not eligible, a service refused keeps its own
# code, and a ban protects.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("经组务会研究，本组空挂户一律不参加今年的土地补偿款分配。", ["CV606"]),
        ("户口空挂在本村的人员，不再享有集体收益分红。", ["CV606"]),
        ("户口仍挂在本村、人在城里的，村里不分给其股份。", ["CV606"]),
        ("空挂户和离婚妇女均不享受本年度的征地补偿费。", ["CV606", "CV607"]),
    ],
)
def test_t14modern_a_hollow_registration_denied_a_share_is_cv606(text: str, codes: list[str]) -> None:
    assert sorted(m.code for m in unlawful_measures(text)) == codes


@pytest.mark.parametrize(
    "text",
    [
        "户口挂靠在本组、未经确认取得成员资格的空挂户，不参加收益分配。",
        "不得以户口空挂为由，取消村民的分配资格。",
        "空挂户应在年底前办理户口迁移手续。",
        "空挂户享受与其他村民同等的分配待遇。",
    ],
)
def test_t14modern_a_hollow_registration_never_a_member_or_protected_stays_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# The parents' registration turned non-agricultural (户籍转非, 农转非, 转为城镇户口) is an eligibility ground like 户口迁出,
# no wrongdoing: their children not counted as members bear no one's act (word fix: the 转非 family). A wrong of the
# parents borne by the children stays CV608.
@pytest.mark.parametrize(
    "text",
    [
        "夫妻一方因考学户籍转非的，其子女不确认为本社成员。",
        "父母农转非的，其子女不参加本年度分红。",
        "父母户籍转为城镇户口的，其子女不参加集体土地调整。",
    ],
)
def test_t14modern_a_registration_turned_urban_is_eligibility(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "父母违反村规民约的，其子女不确认为本社成员。",
        "拒不履行赡养义务的，其子女不享有征地补偿分配。",
    ],
)
def test_t14modern_the_parents_wrong_borne_by_the_children_stays_cv608(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV608"]


# The list of those who failed or broke the rule shown (不合格户名单张贴, docs/clause-codes.md) names the households for
# their failing: CV603. Each household's deductions or a rating's results shown for all (扣分情况每季度公示, 检查结果公示)
# are the scheme's transparency, and an honours list or a ban stays clean.
@pytest.mark.parametrize(
    "text",
    [
        "每月公布一次不合格户名单。",
        "卫生检查后，不合格农户名单在村务栏张贴。",
        "季度检查结束后，张榜公布不合格家庭名单。",
    ],
)
def test_t14modern_a_failing_list_shown_is_cv603(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV603"]


@pytest.mark.parametrize(
    "text",
    [
        "村民违反本规约的，扣减家庭积分五分，扣分情况每季度公示一次。",
        "卫生检查结果每月在公开栏公示。",
        "每月公布文明户名单。",
        "不得公布违规人员名单。",
    ],
)
def test_t14modern_deductions_or_results_shown_for_all_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# The deposit kept is inferred only where the article is silent on the wrongdoers: a branch of their own after the
# refund (…；超标的，劝导纠正) says what they get and is read on its own.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("办酒户先交五百元保证金，未超标准办酒的，事后如数退回。", ["CV601"]),
        ("建房户交押金两千元，未超面积建房的，验收后退还。", ["CV601"]),
        ("办酒户交简办保证金，未超标的全额退还；超标的，由理事会上门劝导，保证金照样退还。", []),
        ("建房户交押金两千元，未违规的验收后退还；违规的，责令限期拆除。", []),
    ],
)
def test_t14modern_a_deposit_kept_only_where_the_wrongdoers_branch_is_silent(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# A report that the rule was struck, the charter it stood in named between the verb and the quote (删除村规民约中“…”的
# 条款): the quoted measure is reported gone, not imposed. The charter merely named before a quote still in force reads.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("经检察机关督促，该村已删除村规民约中“违者罚款五百元”的条款。", []),
        ("经督促，该村删除了公约中“违者停水停电”的条款。", []),
        ("镇政府纠正了村规民约中“违者游街示众”的内容。", []),
        ("该村村规民约中“违者罚款五百元”的条款至今仍在执行。", ["CV601"]),
    ],
)
def test_t14modern_a_rule_struck_from_the_charter_is_no_measure(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# Points that decide welfare (thirteenth session): a low score or the deductions counted (积分较低的, 扣分超过三十分的,
# 扣分多的) stand for the wrongs behind them, so welfare withheld for them is CV605; an honour withheld or a talk stays
# clean.
@pytest.mark.parametrize(
    "text",
    [
        "扣分超过三十分的农户，村里不再为其代缴医保。",
        "积分较低的家庭，不得享受村里的年节慰问。",
        "村里把积分和医保代缴挂钩，扣分多的不再代缴医保。",
    ],
)
def test_t14modern_a_low_score_withholding_welfare_is_cv605(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV605"]


@pytest.mark.parametrize(
    "text",
    [
        "积分较低的农户，不得参加文明户评选。",
        "积分较低的农户，由村干部上门谈心。",
        "扣分多少由村民代表评议确定。",
    ],
)
def test_t14modern_a_low_score_losing_an_honour_stays_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# Each point deducted taking the share at a rate (每扣一分减发分红十元): a fixed sum per point out of what the village
# owes is a fine by set-off (CV601, docs/clause-codes.md); at a fraction it is the share taken (CV602); welfare by the
# point is CV605. Points only spent in the scheme's shop stay clean.
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("违反村规民约的每次扣十分，每扣一分减发年终分红十元。", ["CV601"]),
        ("乱倒垃圾的扣五分，每扣一分减发当年分红二十元。", ["CV601"]),
        ("违反规定的扣五分，每扣一分少发一个月的慰问品。", ["CV605"]),
        ("违反规定的扣五分，积分只用于积分超市兑换。", []),
    ],
)
def test_t14modern_points_taking_a_share_at_a_rate(text: str, codes: list[str]) -> None:
    assert [m.code for m in unlawful_measures(text)] == codes


# --- t14old: old and northern texts (fourteenth session) ---------------------------------------------------------
# Each reading in sentences written for it, with the look-alikes that must stay silent.
T14OLD_UNLAWFUL = [
    # likened to a wrongdoer: his conduct judged a wrong, whatever the condition's words (CV601)
    ("一、巡夜之人遇警躲避，与偷窃之人一律同罚。", {"CV601"}),
    ("三、看管者臨事躲閃，與行竊之人一樣同罰。", {"CV601"}),
    ("凡管仓者监守懈怠，照窃盗一体治罪。", {"CV601"}),
    # a play for the village fined by its kind (CV601)
    ("私设牌局的，罚大戏两台并请全村观看。", {"CV601"}),
    ("凡纵畜食禾，罚小戏一台。", {"CV601"}),
    ("偷伐坟树的，罚影戏两本。", {"CV601"}),
    # a beating counted with the rod named before the count (CV603)
    ("窝娼者罚打荆条八十。", {"CV603"}),
    ("偷牛者，责竹板三十。", {"CV603"}),
    ("凡偷窃田禾者，用藤条抽他二十下。", {"CV603"}),
    ("犯者以柳条责四十。", {"CV603"}),
    # the place called out against him with the drum or the crowd (CV603); 查出 opening the consequence
    ("歹人暗里加害执事者，察觉阖乡鸣攻。", {"CV603"}),
    ("凡挟嫌报复首事人的，阖族鸣鼓而攻之。", {"CV603"}),
    ("有私开赌场者，合村共攻之。", {"CV603"}),
    ("倚强凌弱者，通乡击鼓攻之。", {"CV603"}),
    ("有人半夜偷割稻谷，查出罚之。", {"CV601"}),
    # stopped at the village's gate (CV603)
    ("外人想进屯，不交清卫生费的，一律拒之屯外。", {"CV603"}),
    ("外来人员不交卫生费的，护村队不让其进村。", {"CV603"}),
    ("拒交过路费的，一律挡在寨门外。", {"CV603"}),
    ("凡欠交卫生费者，值守人员一律关在屯外。", {"CV603"}),
    # a fine told as done, in a report (CV601)
    ("他因为往群里发错了表情，也被村里罚了300。", {"CV601"}),
    ("他因为在群里发广告，被村里罚了两百块。", {"CV601"}),
    ("他家的牛吃了邻居的麦苗，被组里罚去三百元。", {"CV601"}),
    ("老李说错一句话，村里罚了他500。", {"CV601"}),
    # the black board named as the means of showing (CV603)
    ("各村通过红黑榜公示，大办酒席的少了。", {"CV603"}),
    ("利用村黑榜公示，赌博之风得到遏制。", {"CV603"}),
    ("该镇采用红黑榜张贴的办法，酒席规模明显缩小。", {"CV603"}),
    # a group denied a share by the village's label for it (CV602)
    ("按照村委会的通知，“投靠户”不享受这次分配。", {"CV602"}),
    ("被定为“外来户”的，不参加今年的分红。", {"CV602"}),
    ("被村里定为寄住户的一律不参与征地款分配。", {"CV602"}),
    # (“农转非” in quotes is no label of the village's: the registration turned urban is an eligibility ground,
    # clean as t14modern decided, like 户口迁出)
    ("“新迁户”人员不享受本次分配。", {"CV602"}),
]

T14OLD_CLEAN = [
    "同罪同罚、罚当其罪是法治的原则。",
    "正月十五，村里请大戏一台。",
    "大戏一台于初三开演，欢迎乡亲观看。",
    "学校买了荆条一百根编筐。",
    "木匠用竹板打三十块模子。",
    "村里晚上打更，每夜用梆子打三下。",
    "村民合力攻克技术难关。",
    "正月十五，全村鸣鼓迎春。",
    "严禁聚众攻击他人。",
    "经检查，查出隐患三处，限期整改。",
    "外来车辆在村口登记后放行。",
    "严禁把外来务工人员拒之村外。",
    "疫情期间，护村队在村口值守。",
    "他上个月被罚了20次。",
    "比赛中他被罚了下场。",
    "通过红榜公示好人好事。",
    "通过公示栏公示低保名单。",
    "按照国家政策，“农转非”人员不参与此次分配。",
    "按照政策，“农转非”人员不再享受农村低保。",
    "“投靠户”按规定参与本次分配。",
    "户口迁出的不享受本次分配。",
]


@pytest.mark.parametrize(("text", "codes"), T14OLD_UNLAWFUL)
def test_t14old_old_and_northern_readings(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T14OLD_CLEAN)
def test_t14old_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t14old, second round: northern old money, the gate sold, the settlement that calls out, formal numerals
T14OLD_MORE_UNLAWFUL = [
    ("偷盗庄稼者，罚大钱二千。", {"CV601"}),
    ("犯者罚东钱五十吊。", {"CV601"}),
    ("私放牲口啃青的，罚京钱十吊归公。", {"CV601"}),
    ("护村队在屯口设卡，外地人交五元才放进屯。", {"CV603"}),
    ("治安员把守寨门，外来人员须交十元方准入寨。", {"CV603"}),
    ("巡逻队把过路人拦下，交了钱才放他走。", {"CV603"}),
    ("联防队员守在路口，不交管理费的不让进村。", {"CV603"}),
    ("歹人暗里加害执事者，察觉全寨鸣攻。", {"CV603"}),
    ("有私开赌场者，全屯共攻之。", {"CV603"}),
    ("偷盜者罰銀拾兩。", {"CV601"}),
    ("砍伐祖坟树木者，罚银伍两。", {"CV601"}),
    ("赌博者责叁拾板。", {"CV603"}),
]

T14OLD_MORE_CLEAN = [
    "村里年底用大钱二千买了一头牛。",
    "游客购票后方可进入景区。",
    "外地车辆交费后放行。",
    "新户交齐入户材料后才能进入村民名册。",
    "新户交清入社费后才能进入村集体经济组织。",
    "大家参加劳动，收拾干净。",
    "拾到东西要交公。",
    "陆地上的树归集体。",
]


@pytest.mark.parametrize(("text", "codes"), T14OLD_MORE_UNLAWFUL)
def test_t14old_old_money_the_gate_and_the_numerals(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T14OLD_MORE_CLEAN)
def test_t14old_second_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t14old, third round: the village's label named once and repeated bare; compensation by its short names
T14OLD_LABEL_UNLAWFUL = [
    ("村里给他们起名叫“寄居户”，寄居户不得分配征地款。", {"CV602"}),
    ("村里把这几家叫做“后迁户”。后迁户一律不参加这次分红。", {"CV602"}),
    ("组里管他们叫“借住户”，借住户今后不参与收益分配。", {"CV602"}),
    ("违建户不得分配征地款。", {"CV602"}),
    ("偷砍树木的，扣发其青苗款。", {"CV602"}),
]

T14OLD_LABEL_CLEAN = [
    "“五保户”由集体供养。五保户不参加分红。",
    "征地款由镇政府统一发放。",
    "村里按人头分配征地款。",
]


@pytest.mark.parametrize(("text", "codes"), T14OLD_LABEL_UNLAWFUL)
def test_t14old_the_village_s_label_named_then_repeated(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T14OLD_LABEL_CLEAN)
def test_t14old_state_categories_and_plain_payments_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t14old, fourth round: the old beating unnamed, the rules above broken, labour by its kind, leave to kill
T14OLD_OLD_WORDS_UNLAWFUL = [
    ("不孝父母者，送祠重责。", {"CV603"}),
    ("子弟酗酒闹事的，族中痛责，", {"CV603"}),
    ("有犯以上禁条者，公同议罚。", {"CV601"}),
    ("有犯本约各条者，议罚。", {"CV601"}),
    ("偷鸡摸狗者，罚其洗街一月。", {"CV601"}),
    ("偷放塘水者，罚挑石五日。", {"CV601"}),
    ("偷放塘水的，罚掏沟三日。", {"CV601"}),
    ("凡抢劫者，准其登时格杀勿论。", {"CV603"}),
    ("夜入人家行劫者，众人格杀。", {"CV603"}),
]

T14OLD_OLD_WORDS_CLEAN = [
    "村干部负有重责。",
    "族长肩负重责，凡事须公道。",
    "村民自愿挑土修路，村里表扬。",
]


@pytest.mark.parametrize(("text", "codes"), T14OLD_OLD_WORDS_UNLAWFUL)
def test_t14old_old_words_for_beating_labour_and_killing(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T14OLD_OLD_WORDS_CLEAN)
def test_t14old_duties_and_volunteering_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t14old, fifth round: a share stopped, told as done in a report (了 between the verb and whom it fell on)
@pytest.mark.parametrize(
    "text",
    [
        "没参加义务劳动的，扣了他当年的分红。",
        "张某没参加义务劳动，村里停了他家的分红。",
        "老赵在村里乱建房，被停了当年的分红。",
    ],
)
def test_t14old_a_share_stopped_told_as_done(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV602"]


def test_t14old_the_village_s_own_pause_stays_clean() -> None:
    assert unlawful_measures("村里今年停了分红，用于修路。") == []


# t14old, sixth round: a failure to act told with 不 is the wrong, not a penalty negated
@pytest.mark.parametrize(
    "text",
    [
        "看守之人闭口不报与偷窃之人一律同罚。",
        "巡丁懈怠不前与窃贼一体同罚。",
        "邻里见火不救与纵火之人同罚。",
    ],
)
def test_t14old_a_failure_to_act_likened_to_the_wrongdoer(text: str) -> None:
    assert [m.code for m in unlawful_measures(text)] == ["CV601"]


@pytest.mark.parametrize("text", ["村委会对此不另行处罚。", "对初犯者不予处罚。", "情节轻微的免于处罚。"])
def test_t14old_a_penalty_negated_stays_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# rv14: the reviewer's look-alikes for the fourteenth session's word families and readings (t14old, t14modern):
# lawful uses of the same words (a duty, an honour, an authority's measure, a report that a practice was stopped or
# undone, a protection, a beast or a thing where a person is meant, an everyday word holding the new one) stay silent;
# the unlawful sentences beside them keep what the narrowing must not lose.
RV14_CLEAN = [
    "因赌博被派出所罚了500元的，取消当年评先评优资格。",
    "被交警罚了200元的，村里不另行处罚。",
    "去年有村民被村里罚了300元，乡政府已责令退还。",
    "严禁以任何名义罚了款再开收据。",
    "修桥补路，每户出大钱二吊。",
    "庙会每户出钱票十张，以敬神明。",
    "本约不罚钱，犯者只在众前训诫。",
    "违反有关村外道路管理规定的，批评教育。",
    "超载货车一律不让进村。",
    "外来人员须登记，登记后放行，不让其进村的做法一律禁止。",
    "严禁把外来务工人员拒之村外。",
    "要把污染企业拒之村外。",
    "晚上十点后关村口大门，夜归村民按铃。",
    "乱停车辆堵在村口的，责令挪走。",
    "游客交门票钱才能进村参观。",
    "施工车辆交清押金和保洁费后才准进村。",
    "外地商贩交纳卫生费才能进村摆摊。",
    "疫情期间，未登记的外来车辆一律不让进村。",
    "对赌博歪风，全村群起而攻之。",
    "对歪风邪气要鸣鼓而攻之，形成人人喊打的氛围。",
    "全村上下齐心协力攻坚脱贫。",
    "违规燃放烟花的，批评教育；婚礼燃放鞭一百响以内。",
    "村里为五保老人购买拐杖二十根。",
    "偷盗的，批评教育，并赔偿拐杖二十根。",
    "打架斗殴的，报派出所处理，打三十下铜锣通知全村。",
    "每月抽二十户检查卫生。",
    "乱倒垃圾的，用竹板围起来，打二十个木桩。",
    "村干部失职的，要勇挑重责。",
    "族长身负重责，不得徇私。",
    "干部要敢于担当重责。",
    "房长管理不善的，族中付以重责。",
    "严禁私设刑堂，不得格杀。",
    "不得罚村民扫街挑水。",
    "村民自愿洗街一月，村里予以表扬。",
    "严禁罚戏，禁止罚放电影。",
    "春节期间请大戏一台，由村集体出资。",
    "违反规定的，由执法部门处罚，不得罚其挑土。",
    "偷割他人稻谷的，交大米五十斤给失主。",
    "拖欠公粮的，限期缴大米一百斤。",
    "春节团圆饭，每户出米酒十斤、猪肉五斤。",
    "村集体拿出大米一百斤、猪肉五十斤慰问困难户。",
    "偷鸡的，赔鸡两只给失主。",
    "损坏他人鱼塘的，交鱼十斤赔偿损失。",
    "没有健康码的不让进村。",
    "十八岁以下的不准饮酒。",
    "每月检查卫生，查出不合格户予以通报批评。",
    "定期审计，查出问题及时报告乡镇纪委。",
    "发现偷伐林木的，查出后报林业站依法处理。",
    "对举报人打击报复的，报公安机关依法处理。",
    "农民工讨要工资的，村委会协助协调，不得阻拦。",
    "村民可以向村委会索取收据，村委会不得拒绝出具证明。",
    "老人向子女讨要赡养费的，村委会出具证明，协助调解。",
    "校园欺凌的受害学生，村里给予助学金。",
    "积分较低的户，村干部上门帮扶。",
    "积分较低的，不评为文明户。",
    "扣分超过三十分的，取消星级户评选资格。",
    "扣分多的农户，村里组织学习村规民约。",
    "积分较低的困难户，优先纳入低保。",
    "严禁将举报人与违法犯罪人员同等处罚。",
    "见义勇为者与民警一同受表彰。",
    "窝藏罪犯者，与犯人同罪，由公安机关依法处理。",
    "对知情不报的，不予处罚，只批评教育。",
    "不到万不得已不处罚。",
    "不问情由一律处罚的做法必须纠正。",
    "严禁通过黑榜曝光村民隐私。",
    "通过红榜公示好人好事。",
    "镇里通报，某村通过红黑榜公示违规户的做法已被叫停。",
    "通过红黑榜公示各户评比结果，红榜户予以表彰。",
    "对违规户名单严格保密，不得公布。",
    "不得张贴违规人员名单。",
    "公布合格户名单，予以表彰。",
    "镇政府每季度公布违规建房户名单。",
    "县市场监管局公布违规企业名单。",
    "“已故人员”不参加本次分配。",
    "被认定为“重复享受户”的，不再参加分配。",
    "户口已迁出的“迁出户”不参加分配。",
    "“五保户”不参加分红，由政府供养。",
    "按照政策，被定为“农转非人员”的不参加分配。",
    "村里定为“困难户”的，一律免交卫生费。",
    "被评为“文明户”的，优先参加分红。",
    "“非本村人员”不参加分配。",
    "空挂户由派出所依法清理。",
    "不得以户口空挂为由剥夺其分配权。",
    "空挂户的分红照常发放，不得扣减。",
    "户口仍挂在本村的外出人员，村里不收取任何费用，分红照发。",
    "空挂户享受同等分配权益，不予歧视。",
    "户口空挂在本村的，不予办理低保，因其不在本村居住。",
    "租用村礼堂交押金二百元，未损坏的全额退还。",
    "承租人交押金，未违反租赁合同约定的，退租时退还。",
    "借用桌椅交押金五十元，按时归还的退还押金。",
    "严禁收取保证金；已收取的，未违规的也要全额退还。",
    "乡政府责令村委会将违规收取的押金全部退还村民，未违反规定的一律退回。",
    "施工单位交纳质保金，未出现质量问题的退还。",
    "积分不与分红挂钩，每扣1分减发奖品10元。",
    "每得1分增发分红10元。",
    "每扣1分，减少积分超市兑换额10元。",
    "不得每扣1分减发分红10元。",
    "在禁牧区域内放牧的，由林业部门依法处理。",
    "禁牧区域内的草原补贴按政策发放。",
    "依照《消费者权益保护法》，欺诈消费者的，由市场监管部门处理，并按价款三倍赔偿。",
    "毁坏林木的，由林业站责令补种，并赔偿实际损失。",
    "经营者欺诈的，由市场监管部门依法处理，消费者可要求三倍赔偿。",
    "任何组织不得擅自罚款，发现的予以制止和纠正。",
    "对乱收费、乱罚款的行为，要及时制止并纠正。",
    "村医带着药箱走遍全村，为老人体检。",
    "组织志愿者巡回全村宣传防火。",
    "发现老人走失的，带着他绕村一周寻找家人。",
    "带领游客绕村一周参观。",
    "游神之日，抬菩萨出祠。",
    "将闯入祠堂的野狗赶出祠堂。",
    "族谱每三十年续修一次，新生男丁入谱。",
    "族长年老体衰者，公议革出，另选贤能。",
    "把祠堂里的杂物清出祠堂。",
    "入伍两年的青年，村里给予慰问金。",
    "拾到遗失物的，交还失主。",
    "伍某任本村会计。",
    "村里今年停了分红，用于修路。",
    "扣了他当年分红的做法已被镇里纠正，已补发。",
    "严禁扣了村民的分红不说明理由。",
    "镇里责令删除村规民约中“违者罚款五百元”的条款。",
    "对擅自罚款的村干部，由镇纪委予以纠正和处分。",
    "经检查，查出不合格的，由卫生院依法处理。",
    "查出偷税漏税的，移交税务部门。",
    "户口仍挂在本村的大学生，分红照发，不予取消。",
    "空挂户不得参加本村集体收益分配的做法已被纠正。",
    "在禁渔区域内捕鱼的，由渔政部门依法处理。",
    "“农转非”人员按政策不参加分配。",
    "未戴安全帽的不准进入施工现场。",
    "村里拿出猪肉五十斤、米酒五十斤，慰问孤寡老人。",
    "罚过款的，不再评为文明户。",
    "纠正了公约中“违者停水”的内容。",
    "扣分超过三十分的，由村委会上门帮扶，不影响分红。",
    "积分较低的，不能享受积分超市兑换。",
    "户口空挂的大学生，享受本村村民同等待遇，不得剥夺其分红。",
    "新迁户和老户同等分配，不得歧视。",
    "被村民称为“热心人”的，优先推荐为村民代表。",
    "打架的，重责三百元。",
    "偷盗的，鞭一百响。",
    "对遭受家庭暴力、欺凌的妇女，村委会及时出具证明，协助报警。",
    "讨要工钱的农民工，村委会协助讨薪，不收取费用。",
    "受到报复的举报人，村委会协助其向公安机关报案。",
    "索取彩礼的，红白理事会上门劝导，批评教育。",
    "索要天价彩礼的，取消其家庭当年评先评优资格。",
    "每季度审计一次，查出问题在村务公开栏公布。",
    "村监委会定期检查，查知违规支出的，向全体村民公布。",
    "患有传染病的不准从事直接接触入口食品的工作。",
    "不满十八周岁的不准进入网吧。",
    "户口仍挂在本村的外出务工人员，享有同等权利，分红不受影响。",
    "户口挂在本村、从未在本村生产生活的空挂户，不参加土地分配。",
    "被认定为“脱贫户”的，不再参加光伏扶贫分红。",
    "被列为“监测户”的，按政策享受帮扶。",
    "在封山育林区域内砍柴的，由护林员制止，该区域的管护补助照常发放。",
    "窝藏、包庇罪犯的，依照刑法与罪犯同罪论处。",
    "明知是赃物而收购的，按刑法与盗窃犯一并论处。",
    "拾金不昧的，村里予以表扬，奖励伍佰元。",
    "捐资壹仟元修路的，刻碑留名。",
    "放养的牛羊一律拦在村外，不得进入村庄。",
    "超载车辆一律拦在村口，不得进村。",
    "春节期间禁止燃放烟花，村里出猪肉五十斤、米酒五十斤办百家宴。",
    "新来的护林员，由老护林员带其巡回全村山林。",
    "不合格户名单不得张贴公示。",
    "违规户名单由村委会存档，不予公布。",
    "对首次违规且及时改正的，不再处罚。",
    "村民之间的纠纷，不告不理，不予处罚。",
    "酒驾的，由交警依法处理，村里不另处罚。",
    "未测温的不让进村。",
    "对盗窃集体财产的，查出后移交派出所。",
    "在水源保护区域内洗衣服的，批评教育，该区域其他农户不受影响。",
    "被定为“低收入户”的，不参加本次捐款。",
    "对索要彩礼的，红白理事会劝导，情节严重的报妇联。",
    "恃强凌弱的，报派出所依法处理。",
    "村里的老人讨要赡养费的，由调解委员会调解。",
    "查获赌博的，由派出所依法处理，村里不罚款。",
    "老人过世的，由子女办理户口注销。",
    "扣子掉了的，自行缝补。",
    "有关村外道路的维护，由各组负责。",
    "外出务工人员户口仍挂在本村的，其承包地不予收回。",
    "外出务工人员户口仍挂在本村的，依法保留其分红。",
    "村民王某户口空挂在本村多年，村里仍为其办理低保。",
    "与赌徒同罚的条款已被删除。",
    "“照窃盗一体治罪”的规定已废止。",
    "鸣锣而攻之的旧俗已革除。",
    "年节期间，全寨鸣锣击鼓，以示庆祝。",
    "每逢祭日，合族同祭之。",
    "“投资户”不参加本村集体分红，因其不是本村成员。",
    "未取得本村成员资格的，不参加分配。",
    "不具有本村集体经济组织成员资格的，不参加分配。",
    "未取得本村集体经济组织成员资格的，不参加收益分配。",
    "外嫁女未取得新居住地成员资格的，不得收回其承包地。",
    "每丁出钱二百文，以充祭费。",
    "每户出铜元五枚，以修族谱。",
    "族产所入银两，拾两以上须公议。",
    "捐银壹佰两建祠者，刻名于碑。",
    "凡子孙考中秀才者，奖银拾两。",
    "有犯以上禁条者，族长不得徇私，须报官究治。",
    "祭祖之日，合族齐集，鸣鼓而祭。",
    "匪至，合寨共攻之。",
    "倭寇入境，通乡共攻之。",
    "年登七十者，族中赐杖一根。",
    "修谱乃族中重责。",
    "此乃族长之重责。",
    "男丁成年出族谋生者，仍准入谱。",
    "其子出继他房，即出宗。",
    "凡出继他房者，准其本生父母祭祀。",
    "每年清明，合族鸣锣祭祖。",
    "族中子弟读书有成者，族长鸣鼓庆贺。",
    "每户出大钱二吊修庙。",
    "族田租谷，每年秋收后交祠。",
    "凡族人赴考，每人出钱票五张资助。",
    "铜子儿一枚，亦不得私取公款。",
    "拾到族中契据者，交还祠堂。",
    "凡耕种族田者，每亩交租谷一石。",
    "丁口入谱，每丁出钱一百文。",
    "族长年老，众议另推，不得鸣鼓而攻。",
]

RV14_UNLAWFUL = [
    ("张三乱倒垃圾，被村里罚了300元。", {"CV601"}),
    ("他被罚去三百元。", {"CV601"}),
    ("偷了东西的，交五元才放进村。", {"CV601", "CV603"}),
    ("乱倒垃圾的，通过红黑榜公示。", {"CV603"}),
    ("乱倒垃圾的扣分，每扣1分减发分红10元。", {"CV601"}),
    ("办酒席交押金一千元，未超标准办酒的，事后退回。", {"CV601"}),
    ("毁坏林木的，由镇政府责令停止，并赔偿三倍的损失。", {"CV601"}),
    ("不孝者，即出祠。", {"CV606"}),
    ("有犯以上禁条者，重责三百。", {"CV603"}),
    ("偷盗的，杖四十。", {"CV603"}),
    ("凡抢劫者，准其登时格杀勿论。", {"CV603"}),
    ("有盗砍林木者，合村共攻之。", {"CV603"}),
    ("在禁牧区放牧的，取消其本人当年的禁牧补助。", {"CV605"}),
    ("在禁牧区域内放牧的，扣除其本人的草原补贴。", {"CV605"}),
    ("在禁牧区域内放牧的，没收其牛羊，该区域其他牧户照常领取补贴。", {"CV602"}),
    ("“投靠户”不参加这次分配。", {"CV602"}),
    ("每月公布不合格户名单。", {"CV603"}),
    ("违规人员名单张榜公布。", {"CV603"}),
    ("窝藏者与窃贼同罚。", {"CV601"}),
    ("不交管理费的不让进村。", {"CV603"}),
    ("偷盗的，拒之村外。", {"CV603"}),
    ("疫情期间偷盗的，将其关押在村部。", {"CV603"}),
    ("不孝者，即出宗。", {"CV606"}),
]


@pytest.mark.parametrize("text", RV14_CLEAN)
def test_rv14_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(("text", "codes"), RV14_UNLAWFUL)
def test_rv14_unlawful_beside_the_look_alikes(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", ["发现疯狗咬人的，格杀勿论。", "野猪毁坏庄稼的，可格杀之。"])
def test_rv14_a_beast_killed_is_no_body_punished(text: str) -> None:
    assert "CV603" not in {m.code for m in unlawful_measures(text)}


# t15old: old texts read by their structure (fifteenth session, the odd rows of real audit 19). A penalty carried
# over by reference to another line's; one likened to an outcast he harboured; a feast laid on to make amends; the
# wrongdoer bare "handled"; an authority's notice reported; work points, rations and grain shares of the collective era;
# leaving the village or its enterprise as the ground of a loss; an installation left unused put away.
T15OLD_UNLAWFUL = [
    ("偷放塘水者，其罚同前。", {"CV601"}),
    ("偷挖竹笋者，罚与偷竹一样。", {"CV601"}),
    ("私砍茶树的，照偷伐杉木之例办理。", {"CV601"}),
    ("私放鸭群入秧田者，罚如前款。", {"CV601"}),
    ("凡盗笋者，其罰照偷木同例。", {"CV601"}),
    ("收留流棍过夜者，与流棍一体治罪。", {"CV601"}),
    ("容留外来乞丐住宿者，与乞丐同罪。", {"CV601"}),
    ("窝藏烟贩者与烟贩同罪。", {"CV601"}),
    ("毁坏风水林者，责令摆酒请全村父老赔罪。", {"CV601"}),
    ("私挖祖坟边土者，须办两桌席，请族中长辈到场认错。", {"CV601"}),
    ("盗砍祖山树木者，要置酒宴向全房赔礼道歉。", {"CV601"}),
    ("禁止在水源地洗衣洗菜，违者严肃处理。", {"CV601"}),
    ("不准私自拆改公用水管，违者处理，并照价赔偿。", {"CV601"}),
    ("一禁放牛践踏秧田，犯者一律严肃处理。", {"CV601"}),
    ("山上不许放火烧灰，违反者视情节轻重处理，并负责补种。", {"CV601"}),
    ("1980年县政府下达了护林布告，偷伐一棵松树罚款十元。1985年本村村规民约规定，偷伐者另罚款二十元。", {"CV601"}),
    ("村委会发布《关于禁止放牧的通告》，违者每只羊罚款五十元。", {"CV601"}),
    ("偷粮食者扣工分五十分。", {"CV602"}),
    ("社员偷摘集体棉花的，每次扣十个工分。", {"CV602"}),
    ("旷工一天者，倒扣三个工分。", {"CV602"}),
    ("社员无故不参加集体劳动的，停发口粮。", {"CV602"}),
    ("违反者扣发基本口粮。", {"CV602"}),
    ("偷卖集体粮食的，取消其当年的粮食分配。", {"CV602"}),
    ("村民一旦离开本村，村里分给的住房和股份都要收回。", {"CV602"}),
    ("一旦离开本村，分红将被取消。", {"CV602"}),
    ("如果社员离开大队去外地，其口粮停发。", {"CV602"}),
    ("凡不在村里工厂上班的，年终分配一律不给。", {"CV602"}),
    ("私接的水龙头，由村统一封存。", {"CV602"}),
    ("长期不用却私自转借他人的水表，由村里封存。", {"CV602"}),
]
T15OLD_CLEAN = [
    "本条的罚则与前条相同。",
    "奖励办法照前例办理。",
    "修路出工的，照往年之例办理。",
    "处罚与教育相结合，处罚同教育同等重要。",
    "王子犯法与庶民同罪，本村人人平等。",
    "乞丐进村讨饭的，不得打骂，与村民同等对待。",
    "村里过年办酒席，请长辈上座赔礼问好。",
    "严禁罚人摆酒赔罪。",
    "打架的，向对方赔礼道歉，赔偿医药费。",
    "不得以摆酒赔罪代替处罚。",
    "禁止私接电线，违者依法处理。",
    "禁止赌博，违者交派出所处理。",
    "党员干部带头遵守，违者严肃处理，报镇纪委。",
    "村委会严肃处理了去年的那起纠纷。",
    "违者处理办法见第十条。",
    "1972年，县革命委员会发布《关于封山育林的通令》，规定凡偷砍幼林一株，罚款三元，拒不交纳的，没收其工具。",
    "据县志记载，清光绪年间知县颁发告示，严禁私开煤窑，违者枷号示众，所挖之煤充公。",
    "《奉宪示禁碑》载：凡在禁山砍伐者，罚钱五千文。",
    "省人民政府发布封山布告，凡砍伐幼林的从严处理，每毁一株罚款二元。",
    "评工记分由社员大会民主评定。",
    "社员出满勤的，奖励工分二十分。",
    "生产队按工分分配口粮，不得克扣社员口粮。",
    "严禁扣社员工分。",
    "病假不扣工分。",
    "社员病假期间口粮照发。",
    "村民离开本村前，应将借用的农具归还。",
    "一旦离开本村，可以委托亲属代领分红。",
    "户口迁出本村的，不再参加分红。",
    "长期不用的水龙头，由村统一封存。",
    "闲置一年以上的电表，由村里拆除封存。",
    "长期无人使用的机井，由村里封存。",
]


@pytest.mark.parametrize(("text", "codes"), T15OLD_UNLAWFUL)
def test_t15old_old_readings_find_their_measure(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T15OLD_CLEAN)
def test_t15old_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t15old, second round: an outsider driven away with no place named or out of the old bounds (驱之出境); likened
# by 同论 or by another wrong's name alone (罚同…); put in the team's hands (归队所有); a share not handed out (不分给).
T15OLD_UNLAWFUL_2 = [
    ("外来乞丐不许在庙内过夜，违者驱之出境。", {"CV606"}),
    ("外来人员在本村偷盗者，一律赶走。", {"CV606"}),
    ("外地游民在寨中偷窃的，撵出本地。", {"CV606"}),
    ("外来货郎偷盗的，轰出去了事。", {"CV606"}),
    ("凡有形迹可疑之人，寨中不许留宿，留者与贼同论。", {"CV601"}),
    ("偷牛者罚同偷马。", {"CV601"}),
    ("盗伐杉木者，其罚同盗伐松木。", {"CV601"}),
    ("社员私自开荒的，所开土地归队所有。", {"CV602"}),
    ("偷砍集体树木的，木材一律归生产队所有。", {"CV602"}),
    ("私养的鸭子放入秧田的，鸭子归大队所有。", {"CV602"}),
    ("社员偷盗的，不分给其口粮。", {"CV602"}),
    ("赌博的，当年不分配分红。", {"CV602"}),
]
T15OLD_CLEAN_2 = [
    "野猪糟蹋庄稼的，众人合力赶走。",
    "放牛吃了庄稼的，把牛赶走。",
    "发现外来流浪狗的，一律赶走。",
    "麻雀啄食晒谷的，及时驱走。",
    "村规民约的奖与罚同等重要。",
    "生产队的土地归队所有，社员有使用权。",
    "社员的自留地归社员个人使用，不得收归队所有。",
    "社员不分男女，同工同酬。",
    "口粮按人口分配，不分给外来人员。",
]


@pytest.mark.parametrize(("text", "codes"), T15OLD_UNLAWFUL_2)
def test_t15old_second_round_finds_its_measure(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T15OLD_CLEAN_2)
def test_t15old_second_round_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t15old, third round: a gong beaten to own the wrong before all (鸣锣认错, 敲锣告众: CV603); work points and the
# grain ration docked with the period between (扣当月工分, 就扣口粮: CV602).
T15OLD_UNLAWFUL_3 = [
    ("有犯此禁者，令其鸣锣认错。", {"CV603"}),
    ("盗伐者，罚其鸣锣告众。", {"CV603"}),
    ("私放牛羊上山者，责其敲锣一遍，向全寨悔过。", {"CV603"}),
    ("私放牛羊上山者，责其敲锣，当着全寨父老认错。", {"CV603"}),
    ("生产队规定社员偷摘集体果实的，扣当月工分十分。", {"CV602"}),
    ("人民公社时期，社员不出工，就扣口粮。", {"CV602"}),
    ("偷队里花生的，扣其当年口粮三十斤。", {"CV602"}),
]
T15OLD_CLEAN_3 = [
    "每年春节前，鸣锣封山，通告全村。",
    "封山之日，鸣锣喊禁，告知各户。",
    "严禁罚人鸣锣认错。",
    "不得克扣社员口粮。",
    "口粮扣除标准由社员大会讨论。",
    "社员的工分按出勤天数计算，年底扣除预支部分后结算。",
]


@pytest.mark.parametrize(("text", "codes"), T15OLD_UNLAWFUL_3)
def test_t15old_third_round_finds_its_measure(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T15OLD_CLEAN_3)
def test_t15old_third_round_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t15old, fourth round: more issuers and verbs of an authority's notice (县委下发通知, 镇政府印发的规定, 国务院发布的条例),
# and a notice named as the ground of the village's own rule (根据…制定本公约), which keeps the rule's findings.
T15OLD_UNLAWFUL_4 = [
    ("根据县人民政府印发的《护林防火办法》，结合本村实际，制定本公约：偷伐林木者罚款一百元。", {"CV601"}),
    ("镇政府下发通知，要求各村制定村规民约。本村村规民约规定，偷伐者罚款一百元。", {"CV601"}),
]
T15OLD_CLEAN_4 = [
    "1958年县委下发通知，凡破坏水利设施者，罚款二十元。",
    "镇政府印发了护林防火的规定，野外用火的罚款五十元。",
    "国务院发布森林保护条例，盗伐林木者没收其木材。",
]


@pytest.mark.parametrize(("text", "codes"), T15OLD_UNLAWFUL_4)
def test_t15old_fourth_round_finds_its_measure(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T15OLD_CLEAN_4)
def test_t15old_fourth_round_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t15old, fifth round: a sentence that opens on a theft, a damage or a fight told bare (no 的 or 者) makes it the
# condition of the clause after it; a ban or a call to stop it is none.
T15OLD_UNLAWFUL_5 = [
    ("社员偷摘集体果实，扣当月工分十分。", {"CV602"}),
    ("有人盗伐集体林木，没收其所伐木材。", {"CV602"}),
    ("外来人员偷窃财物，一律赶走。", {"CV606"}),
    ("社员聚众赌博，扣其当年口粮。", {"CV602"}),
    ("外村人偷砍竹木，一律撵走。", {"CV606"}),
]
T15OLD_CLEAN_5 = [
    "偷盗行为要坚决制止，对盗窃者要批评教育。",
    "村民损坏公物，照价赔偿。",
    "严禁偷盗集体财物，发现问题及时报告。",
]


@pytest.mark.parametrize(("text", "codes"), T15OLD_UNLAWFUL_5)
def test_t15old_fifth_round_finds_its_measure(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T15OLD_CLEAN_5)
def test_t15old_fifth_round_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t15old, sixth round: amends made with red cloth and firecrackers (挂红放炮赔礼) like a feast; the whole place
# treated to a meal at his cost after a wrong (请全寨人吃…, 请全组人喝…).
T15OLD_UNLAWFUL_6 = [
    ("砍了风水树的人家，要挂红放鞭炮赔礼。", {"CV601"}),
    ("毁坏庙前古树者，须燃放鞭炮向众人谢罪。", {"CV601"}),
    ("偷砍禁山树木的，要请全寨人吃一餐封山酒。", {"CV601"}),
    ("放牛踩坏秧田的，要请全组人喝一餐酒。", {"CV601"}),
]
T15OLD_CLEAN_6 = [
    "村里过年请全村老人吃团圆饭。",
    "新婚之家挂红放鞭炮，邻里前来道贺赔礼。",
    "严禁罚人放鞭炮赔罪。",
]


@pytest.mark.parametrize(("text", "codes"), T15OLD_UNLAWFUL_6)
def test_t15old_sixth_round_finds_its_measure(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T15OLD_CLEAN_6)
def test_t15old_sixth_round_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t15old, seventh round: handled as another wrong is (按偷水论处, 以偷盗论): that wrong's penalty, unnamed here; a
# crime the law names (以盗窃罪论处) or a hand-over after it stays the state's.
T15OLD_UNLAWFUL_7 = [
    ("用户私自移动水表的，按偷水论处。", {"CV601"}),
    ("私拿集体木料的，以偷盗论。", {"CV601"}),
    ("私自拆开电表铅封者，照窃电论罚。", {"CV601"}),
    ("私开闸门放水的，按抢水论处。", {"CV601"}),
]
T15OLD_CLEAN_7 = [
    "私拿集体木料的，以盗窃罪论处。",
    "私拿集体木料的，以盗窃论，送派出所处理。",
    "村民讨论偷盗问题，按程序议论。",
]


@pytest.mark.parametrize(("text", "codes"), T15OLD_UNLAWFUL_7)
def test_t15old_seventh_round_finds_its_measure(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T15OLD_CLEAN_7)
def test_t15old_seventh_round_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# --- t15modern: customary fines in herds and feasts, punishments bought off or borne by kin, a house searched,
# a trader's stall licence ended (fifteenth session, modern customary and association rules) -------------------

T15MODERN_UNLAWFUL = [
    # a fine in herds, counted before the beast by nines or multiples, or after it
    ("私宰耕牛者，视情节罚二九牛羊。", {"CV601"}),
    ("盗马的罚他三倍的马匹。", {"CV601"}),
    ("偷马的罚马三倍。", {"CV601"}),
    ("砍了神林的人，罚其数头黄牛给全寨。", {"CV601"}),
    # made a bond servant beside it
    ("拖欠公粮者罚以三头牛，无牛者罚作奴仆一年。", {"CV601", "CV603"}),
    ("犯者无力交罚的，沦为奴隶。", {"CV603"}),
    # a punishment bought off with money
    ("私闯禁山者关押两日，有银子的可出银赎罪。", {"CV601", "CV603"}),
    ("偷盗者杖责三十，交钱五百可免杖责。", {"CV601", "CV603"}),
    ("富户犯禁，可纳钱抵罚。", {"CV601"}),
    ("犯禁者罚跪，家中有钱的以钱财代打。", {"CV601", "CV603"}),
    # kin or a surety bearing his punishment in his place, or reached by it
    ("本人逃走的，由其父兄或担保人替他领罚。", {"CV608"}),
    ("家里无钱交罚款的，由其族人代交罚款。", {"CV608"}),
    ("违者由保人替他服刑。", {"CV608"}),
    ("罪大者处死，祸及家人。", {"CV603", "CV608"}),
    ("犯者处死，重者殃及其妻儿同受死刑。", {"CV603", "CV608"}),
    # his beasts eaten up by the village: the fine in kind, not also a seizure
    ("偷盗者，寨老带人把他家里的鸭子全部宰了分吃。", {"CV601"}),
    ("破坏水源的，全寨将其家的猪杀了吃。", {"CV601"}),
    ("众人把盗贼家中的牛羊、鸡鸭统统吃光。", {"CV601"}),
    # his house searched and its goods taken
    ("私挖虫草的，寨里抄他的家。", {"CV602"}),
    ("拒不交罚款的，由执行小组查抄其家产。", {"CV602"}),
    ("屡犯者抄没家私归祠。", {"CV602"}),
    # 除X之外: X imposed, the next added
    ("偷盗的，除游街之外，还要罚款三百元。", {"CV601", "CV603"}),
    ("毁林者除了关押一日以外，另罚工十天。", {"CV601", "CV603"}),
    ("伤人者除鞭打之外另罚银十两。", {"CV601", "CV603"}),
]

T15MODERN_CLEAN = [
    "牛羊越界吃草的，按头赔偿损失。",
    "村里的牛马由专人放养。",
    "奖励优秀牧民良种牛两头。",
    "严禁罚款，不得将人作奴仆。",
    "不得以钱赎罪。",
    "贫困户可减免新农合个人缴费。",
    "家庭困难的，学杂费可减免。",
    "本人外出不在的，由家属代为签字。",
    "本人无力赔偿的，由家属代为领取赔偿金。",
    "不得由家属代为受罚。",
    "赌博输光家产殃及家人的，村里组织帮扶。",
    "野猪将他家的鸡吃光了。",
    "村民不得将病死牲畜宰杀食用。",
    "严禁抄家。",
    "族人须抄家谱一份存祠。",
    "抄家谱的费用由各户分摊。",
    "除法律另有规定之外，不得罚款。",
    # a trader's licence to his stall or shop ended by the market's managers: the licence's own remedy
    "商户擅自改变经营项目的，取消其摊位经营权。",
    "摊主把摊位转给他人经营的，市场管理方取消其经营资格。",
    "逾期三个月不交摊位费的，取消营业资格。",
    "严禁私自转让摊位、冒名经营，违者取消资格。",
]

T15MODERN_LAND_STAYS = [
    ("私自转租承包地的，取消其土地经营权。", {"CV602"}),
    ("违反规定私自转让、出租集体土地的，收回其承包经营权。", {"CV602"}),
    ("乱倒垃圾的，取消其低保资格。", {"CV605"}),
    ("摊主私下把摊位顶给别人的，取消资格，保证金不予退还。", {"CV601"}),
    ("违者除停发分红之外，其余待遇照常享受。", {"CV602"}),
]


@pytest.mark.parametrize(("text", "codes"), T15MODERN_UNLAWFUL + T15MODERN_LAND_STAYS)
def test_t15modern_customary_penalties_read_by_their_structure(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T15MODERN_CLEAN)
def test_t15modern_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


T15MODERN_FEASTS_AND_RULINGS = [
    # a feast for the community laid on by the wrongdoer, with no modal, no count or the goods first
    ("违者请全寨吃饭。", {"CV601"}),
    ("偷鸡的，要管全组人一顿饭。", {"CV601"}),
    ("违者拿出酒肉请全寨。", {"CV601"}),
    ("乱砍竹林者出酒出肉招待全村。", {"CV601"}),
    ("违者负责全屯一餐。", {"CV601"}),
    # goods fined by their count first
    ("违者罚一只鸡。", {"CV601"}),
    ("放牛踩坏秧田的，罚两坛米酒。", {"CV601"}),
    # 犯 + the customary rule's name is the wrong
    ("犯了款约的人家，要拿出酒肉请全寨。", {"CV601"}),
    ("犯了榔规的，要杀猪请全寨。", {"CV601"}),
    # the elders or the assembly ruling the penalty, its kind unnamed
    ("违者交寨老会处置。", {"CV601"}),
    ("违反款约的，由款首裁决。", {"CV601"}),
    ("违者由长老们商议如何处理。", {"CV601"}),
    ("偷牛的，由全寨群众大会议处。", {"CV601"}),
    # his beast handed round to be eaten, told as the past practice
    ("在历史上，偷鱼的人家，由寨老带人把其家中的猪杀掉分给全寨人吃。", {"CV601"}),
    ("偷盗者，将他的羊宰了供众人食用。", {"CV601"}),
    # a landlord's rent forfeited for breaking a rule that is not the lease's
    ("房东违规留宿未登记人员的，房租须全额退给租户。", {"CV601"}),
    ("出租户私拉电线的，除责令整改外，一律退还当月租金。", {"CV601"}),
]

T15MODERN_FEASTS_CLEAN = [
    "春节期间村委会请全村老人吃饭。",
    "考上大学的，家里请全村吃饭。",
    "村里请大家吃饭庆祝丰收。",
    "严禁请全村人吃饭大操大办。",
    "婚丧嫁娶不得请全寨吃饭。",
    "奖励获奖者一只鸡。",
    "村委会负责全村的一次体检。",
    "违反者由寨老调解。",
    "邻里纠纷由寨老调解处置。",
    "寨老负责处理寨内公共事务。",
    "老人会负责处置寨里的公共财产。",
    "族长去世后，由众人公议推选新族长。",
    "违者交寨老会处置，轻者批评教育，重者责令赔偿损失。",
    "多收租金的，退还多收的租金。",
    "租户提前退租的，房东按实际居住天数退还租金。",
    "因房屋质量问题无法居住的，房东全额退还租金。",
    "合同期满，出租方全额退还押金。",
]


@pytest.mark.parametrize(("text", "codes"), T15MODERN_FEASTS_AND_RULINGS)
def test_t15modern_feasts_and_the_elders_rulings(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T15MODERN_FEASTS_CLEAN)
def test_t15modern_feast_and_ruling_look_alikes_stay_silent(text: str) -> None:
    assert unlawful_measures(text) == []


# rv15: lawful look-alikes of real charter language, by family (beasts driven off or killed, a daughter's marriage
# told as the custom, a statute cited at the head, an old rule reported gone, 挂靠, duties and honours, a co-operative's
# own terms, a supplier's contract and steps, an authority's measure or notice, protections, everyday words and idioms,
# a person bound for the state, a disused fitting sealed, a worker's pay, a request of his own), and the unlawful
# sentences beside them that must keep their codes.
RV15_CLEAN = [
    "野猪下山毁坏庄稼的，全村人合力驱赶。",
    "有野猪入田者，众共逐之。",
    "发现野狗进村，由护村队驱离或捕杀。",
    "疯狗伤人的，村民可将其打死。",
    "虎狼入境，合村共击杀之。",
    "田间老鼠泛滥时，各户统一投药灭杀。",
    "松材线虫病枯死的松树，一律砍伐烧毁。",
    "病死的猪禽不得食用，应深埋或焚烧处理。",
    "外来的野牛闯入牧场的，由牧民合力赶走。",
    "蝗虫成灾，阖村扑杀。",
    "野猪毁田者，许众猎杀，肉分各户。",
    "鸟雀啄食稻谷，各户自行驱赶。",
    "女儿出嫁后即入夫家宗族，不再列入本族谱系。",
    "本地习俗，女子出嫁从夫居住。",
    "女出嫁者，归夫家，其名附载于夫家谱。",
    "按照当地风俗，出嫁的姑娘回娘家过年要先拜祖。",
    "嫁出之女，以夫族为宗。",
    "男娶女嫁，女方到男家落户，这是多数人家的习惯。",
    "本族女子适人者，谱中注明适某氏。",
    "出嫁女的子女随父姓，登入父族族谱。",
    "根据《中华人民共和国村民委员会组织法》的规定，制定本村规民约。",
    "依据《中华人民共和国土地管理法》和有关法律法规，结合本村实际，制定本章程。",
    "根据《治安管理处罚法》的规定，结合本村实际，制定本公约。",
    "按照《中华人民共和国森林法》有关规定，本村对林木实行分类管理。",
    "根据《中华人民共和国农村土地承包法》，本组土地承包期为三十年。",
    "依照《中华人民共和国行政处罚法》的精神，本村不设任何罚款。",
    "根据《环境保护法》，全体村民应当爱护环境。",
    "依《中华人民共和国水法》，村民用水应当节约。",
    "旧时出嫁女不得分田之规，今已革除。",
    "过去村里对偷盗者罚款的做法已经废止。",
    "原村规中“罚款”“停水停电”的条款，经乡政府审查已全部删除。",
    "族中旧有沉塘之刑，民国时即已废除。",
    "原规定外嫁女不分红的条款，已被法院判决撤销。",
    "旧约中罚戏罚酒之例，今一概革除。",
    "昔日违者罚谷之令，今已废止。",
    "原来的开除族籍之规已经废除。",
    "以前有罚款的规定，二〇一八年修订时已取消。",
    "旧时“不孝者逐出宗祠”之条，今改为批评教育。",
    "对违规者扣发分红的旧规定，经村民代表会议决议废止。",
    "挂靠本村的外来户，不享有集体经济组织成员权益。",
    "挂靠户不属于本集体经济组织成员，不参加收益分配。",
    "个体运输户挂靠本村运输公司经营的，按合同交纳管理费。",
    "挂靠在本合作社名下的种植户，自行承担经营风险。",
    "户口挂靠本村的人员，不属本村集体经济组织成员。",
    "以挂靠名义落户的，不参与土地分配。",
    "村民应当积极参加义务植树，每年不少于三棵。",
    "对见义勇为的村民，村委会给予表彰奖励。",
    "评为文明户的，在村公开栏张榜表扬。",
    "孝敬老人的家庭，年终评为五好家庭，颁发荣誉证书。",
    "凡考上大学的子弟，族中奖励银两以资鼓励。",
    "子孙有读书上进者，族中公给膏火。",
    "每户每年应出义务工五个，用于村内道路维护。",
    "获得星级文明户的，优先推荐评先评优。",
    "社员退社的，按章程退还其出资额。",
    "成员要求退出合作社的，应当提前三个月书面提出。",
    "本合作社盈余按成员与本社的交易量比例返还。",
    "协会会员连续两年不交会费的，视为自动退会。",
    "用水户协会会员应按时缴纳水费。",
    "老年协会会员自愿入会，自愿退会。",
    "社员入股后，按股分红，风险共担。",
    "合作社成员出资不足的，按实际出资额计算其份额。",
    "用户逾期不交电费的，供电公司依照供用电合同和法定程序通知后中止供电。",
    "自来水公司因管道检修需要停水的，应提前二十四小时通知用户。",
    "用户欠缴燃气费的，燃气公司按合同约定催缴。",
    "供水单位应当保证供水水质符合国家标准。",
    "用户销户的，应结清水费后办理销户手续。",
    "电力公司按照供用电合同收取电费。",
    "燃气公司经书面通知并依法定程序，可以对欠费用户中止供气。",
    "对偷盗行为，报公安机关依法处理。",
    "乱砍滥伐林木的，报林业部门依法处理。",
    "违法建房的，报乡镇政府依法查处。",
    "发现赌博的，及时报告派出所，由公安机关依法处罚。",
    "非法捕鱼的，移交渔政部门处理。",
    "有违法犯罪行为的，交司法机关依法追究刑事责任。",
    "凡有窃盗，鸣官究治。",
    "倘有不法，送官究办。",
    "严禁任何人以任何理由罚款、没收财物。",
    "不得以村规民约剥夺出嫁女的土地承包权。",
    "依法保障妇女在农村集体经济组织中的各项权益。",
    "严禁对村民停水停电。",
    "不得侵犯村民的人身自由。",
    "任何组织和个人不得开除村民的成员资格。",
    "严禁私设公堂，非法拘禁他人。",
    "不得扣发村民的分红和补贴。",
    "村民有关土地承包的纠纷，由调解委员会调解。",
    "请各户将有关材料于月底前交到村委会。",
    "衣服的扣子掉了要及时缝好。",
    "村民在银行办理销户手续的，须本人到场。",
    "村民的存折销户后，余额全部退还本人。",
    "用户注销银行账户的，请到网点办理。",
    "本村扣除成本后的收益，按股分配给全体成员。",
    "合作社收入扣除公积金后，按交易量返还成员。",
    "没收到通知的村民，可到村委会查询。",
    "罚球区内犯规的，由裁判判罚点球。",
    "村民应当惩恶扬善，弘扬正气。",
    "邻里之间要以和为贵，不能以牙还牙。",
    "全村上下要赏罚分明，公道正派。",
    "治病救人，惩前毖后，是批评教育的原则。",
    "对不良风气要口诛笔伐，形成舆论压力。",
    "做人要知廉耻，不要落个千夫所指。",
    "杀鸡儆猴的做法不可取，要以教育为主。",
    "我们要一视同仁，不搞株连。",
    "疯狗咬人者，众共打死之。",
    "野猪进村伤人的，村民可以合力将其赶出村外。",
    "遇有疯犬，人人得而击毙之。",
    "狼入羊圈者，牧民共逐之。",
    "有野兽践踏禾苗者，许众人驱逐捕杀。",
    "族中女子出嫁之后，归夫家宗族，不再属于本族。",
    "女子嫁出，即为夫家之人，其祭祀归夫家。",
    "嫁出之女，归夫族，谱中只书适某氏。",
    "女适人者，归夫家奉祀。",
    "凡女子出嫁，即入夫家之籍，本族不再记其后嗣。",
    "根据《中华人民共和国治安管理处罚法》第四十二条规定，对侮辱他人的，处五日以下拘留或者五百元以下罚款。",
    "根据《森林法》，盗伐林木的，没收盗伐的林木。",
    "依照《中华人民共和国道路交通安全法》，酒后驾驶的，暂扣驾驶证六个月，并处罚款。",
    "按《消防法》，占用消防通道的，处警告或者罚款。",
    "據《森林法》第三十九條，盜伐森林者，處以罰款。",
    "按照《中华人民共和国野生动物保护法》规定，非法猎捕野生动物的，没收猎获物、猎捕工具和违法所得。",
    "旧规出嫁女不得分田，今已革除，出嫁女与男子同等分配。",
    "以往扣发分红的办法，经县法院判决撤销。",
    "罚款制度早已废除。",
    "祖宗旧规，凡犯奸者沉塘，今革除不用。",
    "从前偷鱼者罚米一斗之例，今已不行。",
    "往昔有犯奸者逐出族外之例，民国初年即已废止。",
    "早年村里有偷菜罚款的规矩，后来废除了。",
    "被定为“挂靠户”的不参加分红。",
    "“挂靠户”不参加分红。",
    "被定为挂靠户的，不参加分红。",
    "1970年，县人民委员会张贴了《护林布告》，规定不准乱砍山林，偷砍一株罚款三元，举报者得其一半。",
    "1982年，县政府发布《护林公告》，规定盗伐林木的，没收木材并罚款；偷砍幼树的，罚款十元。",
    "县人民政府下达通知，对毁坏林木的，处以罚款。",
    "镇政府印发的《禁渔通告》规定，电鱼者没收渔具，罚款二百元。",
    "乡政府发出通告：凡焚烧秸秆的，罚款一百元。",
    "有犯而不遵者，同众捆绑送官处治。",
    "拿获窃贼，捆送官府究治。",
    "抓到偷牛贼的，将其捆绑送交派出所。",
    "如有盗窃，众人将其绑送县衙。",
    "凡有窃盗，捆绑鸣官。",
    "抢劫者，众人捆绑，扭送公安机关。",
    "长期不用的旧水表和水龙头，由村里统一封存，需要再用时重新申请。",
    "长期不用的水龙头，由村统一封存。",
    "停用的旧水表，由村统一拆除。",
    "闲置多年的旧水表，由村里统一拆除。",
    "废弃的老水井，由村里统一封填。",
    "社员严重损害合作社声誉和利益，经成员大会教育仍不改正的，由成员大会表决将其除名。",
    "成员严重危害其他成员及合作社利益的，经成员大会表决，予以除名。",
    "任何人不得私设公堂，非法拘禁、搜查他人。",
    "不准打骂、虐待老人，非法限制其人身自由。",
    "禁止聚众闹事，非法扣押他人财物。",
    "保洁员不履行职责的，扣发当月绩效工资。",
    "护林员擅离职守的，扣发当月工资。",
    "管水员不按时放水的，扣发其当月报酬。",
    "村干部考核不合格的，扣发绩效报酬。",
    "网格员考核不合格的，扣减其绩效奖金。",
    "敬酒不吃吃罚酒，这种人在村里不受欢迎。",
    "处理纠纷不能一罚了之。",
    "不搞秋后算账。",
    "这种做法罚不当罪。",
    "老人被子女扫地出门，村委会出面调解。",
    "供电所按规定对欠费用户发出催费通知书，逾期仍不交纳的，依法定程序停电。",
    "自来水公司对拖欠水费的用户书面通知，逾期不交的，依照法定程序中止供水。",
    "燃气公司对欠费用户经催告后仍不交纳的，依法停止供气。",
    "用户长期不用水的，本人申请后予以销户。",
    "用户长期不用水的，经本人书面申请，予以销户。",
    "用户不再用水的，可以申请销户。",
    "《知县王公示碑》记载，凡偷伐松木者，罚银五两，木料充公。",
    "据《奉宪示禁碑》所载，盗砍林木者，罚钱一千文。",
    "《兵备道禁示碑》上写着，在渠上放牧的，牲畜没收入官。",
    "罚款、游街等旧规已废除。",
    "罚跪、杖责之类的旧族规，早已废除。",
    "已废除的旧规包括：违者罚款，停水停电。",
    "下列旧规一律废除：偷盗者罚款；不孝者逐出族门。",
    "村里已废除对违规者停水停电的规定。",
    "清代族规规定偷盗者杖责三十，此条今已不用。",
    "原规定违者罚款五十元，后经村民代表大会讨论删除。",
    "停丁、革胙等旧规，族人公议永远革除。",
    "依法删除违规者罚款的规定。",
    "《中华人民共和国治安管理处罚法》规定，偷窃他人财物的，处五日以上十日以下拘留。",
    "根据《中华人民共和国刑法》，聚众赌博的，处三年以下有期徒刑、拘役或者管制，并处罚金。",
    "村里流浪狗多，由村统一捕捉送收容所。",
    "野狗咬伤家禽的，见到即可打死。",
    "凡狼虫虎豹入境伤人，众共捕之。",
    "女嫁从夫，祭祀随夫家。",
    "挂靠户口的人员，不具有本村集体经济组织成员资格，不参加分红。",
]

RV15_UNLAWFUL = [
    ("原规定偷盗罚款十元，今已废止，改为罚款一百元。", {"CV601"}),
    ("过去偷砍树木的罚款五十元，现已废止，违者一律罚款二百元。", {"CV601"}),
    ("以前享受补贴的违规户，罚款，今后取消。", {"CV601"}),
    ("偷鱼者罚米一斗之例，今后不用。", {"CV601"}),
    ("根据《村规民约》第五条，违者罚款五十元。", {"CV601"}),
    ("根据《村民委员会组织法》，经村民会议讨论，违者罚款一百元。", {"CV601"}),
    ("依据《中华人民共和国水法》，村民不交水费的，停止供水。", {"CV604"}),
    ("根据《森林法》，盗伐林木的，罚款五百元。", {"CV601"}),
    ("根据《森林法》，盗伐林木的，没收其承包地。", {"CV602"}),
    ("根据《土地管理法》，违法建房的，由村里没收。", {"CV602"}),
    ("根据《中华人民共和国妇女权益保障法》，出嫁女不再分配土地。", {"CV607"}),
    ("偷牛者，众共逐之。", {"CV606"}),
    ("猎杀野猪者，逐出村外。", {"CV606"}),
    ("散放的羊进田的，当场打死。", {"CV602"}),
    ("有野猪入田，主人偷偷放走者，众共逐之。", {"CV606"}),
    ("出嫁之女，其田归夫家。", {"CV607"}),
    ("女子出嫁后，归夫家，其承包地由集体收回。", {"CV607"}),
    ("出嫁女不得入谱。", {"CV607"}),
    ("改嫁之妇，归后夫家，不再列入本族谱。", {"CV607"}),
    ("女儿出嫁即属夫家，娘家分红不再享受。", {"CV607"}),
    ("被定为“外来户”的，不参加今年的分红。", {"CV602"}),
    ("偷盗者，捆绑送村委会处理。", {"CV603"}),
    ("偷盗者，捆绑示众，再送派出所。", {"CV603"}),
    ("对偷盗者，由村治安队捆绑送派出所。", {"CV603"}),
    ("村委会发布通知，偷砍一棵，罚款五元。", {"CV601"}),
    ("乡政府发出通告后，本村规定，偷砍一棵罚款五元。", {"CV601"}),
    ("县政府发布通告。村里规定，偷砍一棵罚款五元。", {"CV601"}),
    ("私接的水管，由村统一拆除。", {"CV602"}),
    ("偷水的，水表由村统一封存。", {"CV602"}),
    ("股份经济合作社成员严重损害本社利益的，经成员大会表决，予以除名。", {"CV606"}),
    ("社员严重损害本社声誉和利益，经成员大会教育仍不改正的，由成员大会表决将其除名。", {"CV606"}),
    ("村民不交卫生费的，扣发其当月工资。", {"CV605"}),
    ("村民偷砍树木的，扣发其务工工资。", {"CV605"}),
    ("违者罚酒一席。", {"CV601"}),
    ("村供水站对欠费用户发出催费通知，逾期不交的，停水。", {"CV604"}),
    ("供电所发出通知后，对不交卫生费的农户停电。", {"CV604"}),
    ("欠费不交的，予以销户。", {"CV604"}),
    ("违反规定的，村委会申请后予以销户。", {"CV604"}),
    ("根据《森林法》，盗伐林木的，其承包地充公。", {"CV602"}),
    ("县政府发布通告，盗伐林木的，宅基地没收。", {"CV602"}),
    ("《合村公议碑》记载，偷伐者罚银五两。", {"CV601"}),
    ("下列行为一律禁止：偷盗；赌博。违者罚款。", {"CV601"}),
    ("下列旧规一律废除：偷盗者罚款。今后偷盗者停水。", {"CV604"}),
    ("乱倒垃圾的，罚款，违反规定一律取消其低保。", {"CV601", "CV605"}),
    ("偷盗者罚款，照例执行。", {"CV601"}),
    ("村民养的狗咬人的，由村统一捕捉送收容所。", {"CV602"}),
    ("《村规民约》规定，违者罚款五十元。", {"CV601"}),
    ("《森林法》规定，盗伐林木的，罚款五百元。", {"CV601"}),
    ("流浪狗咬伤村民的，狗主人的猎枪没收。", {"CV602"}),
]


@pytest.mark.parametrize("text", RV15_CLEAN)
def test_rv15_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


@pytest.mark.parametrize(("text", "codes"), RV15_UNLAWFUL)
def test_rv15_unlawful_beside_the_look_alikes(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


# --- t16: a community's own platforms and places (issue 14, sixteenth session) ---------------------------------------
# Each reading in five kinds of source (estate notice, village group rule, news report, a facility's rule, a stele);
# every sentence here failed before the branch, the look-alikes stay silent.
T16_READINGS = [
    # the estate's charging or parking refused to the doer, named by the act (CV605)
    ("屡次乱停车的业主,物业将停止其在小区内充电。", {"CV605"}),
    ("据报道,该小区规定,违规充电的住户将被禁止使用充电桩。", {"CV605"}),
    ("多次违规的,物业将禁止其车辆在小区停放。", {"CV605"}),
    ("乱停车被警告两次以上的,物业将限制其停车。", {"CV605"}),
    ("违规者,物业将采取进一步措施,包括禁止停放。", {"CV605"}),
    ("不交管理费的车主,停车场暂停其入场。", {"CV605"}),
    ("据媒体报道,该村规定,乱倒垃圾的村民,一个月内不准其在村停车场停车。", {"CV605"}),
    ("健身中心规定:损坏器械者,取消其三个月的进场。", {"CV605"}),
    ("屡教不改的,其车辆禁止驶入小区。", {"CV605"}),
    ("違規者,物業有權拒絕其車輛入場停放。", {"CV605"}),
    ("违者一个月内不准在小区内充电。", {"CV605"}),
    ("据报道,该小区规定乱停车三次的,半年内禁止停放。", {"CV605"}),
    # a reading room's lending named by the act, the same service (CV605)
    ("逾期不还书者,一个月内禁止其借阅。", {"CV605"}),
    ("损坏图书的,暂停其借书三个月。", {"CV605"}),
    ("据报道,该村农家书屋规定,撕毁书页者,取消其借阅。", {"CV605"}),
    # the doer shown, the showing named with him as its object or added to a measure (CV603)
    ("再次违规的,物业将对其进行公示。", {"CV603"}),
    ("据报道,该村规定偷倒垃圾的村民,村委会将对其进行公示。", {"CV603"}),
    ("损坏健身器材者,除照价赔偿外,并予以公示。", {"CV603"}),
    ("不按规定停车的住户,物业将贴条警告并进行公示。", {"CV603"}),
    ("祠规:盗卖祭田者,罚银十两并予以公布。", {"CV601", "CV603"}),
    # put out of a chat group by any verb, a group chat and not the village (CV605, not CV606)
    ("违者将被清除出群。", {"CV605"}),
    ("業主群規:違者警告壹次,再犯者剔除出群。", {"CV605"}),
    ("据报道,该村微信群规定,发布不实信息的村民,将被开除出村民群。", {"CV605"}),
    ("活动中心群规:不遵守规定的,逐出本群。", {"CV605"}),
    ("屡次违反群规者,管理员有权将其清除出微信群。", {"CV605"}),
    # the village's membership and the group both taken: two measures
    ("违者开除其村籍并移出村民群。", {"CV605", "CV606"}),
    ("违者开除村籍并踢出群。", {"CV605", "CV606"}),
    # 群组, kept from coming back, blocked; the group's own wrongs (恶意, 刷屏, 发广告, 人身攻击)
    ("違者移出群組。", {"CV605"}),
    ("多次违规者,永久拉黑,不得再入群。", {"CV605"}),
    ("据报道,该村群规规定,造谣者不得再加入村民群。", {"CV605"}),
    ("业主群规:恶意刷屏的,直接拉黑。", {"CV605"}),
    ("群内发广告者,经提醒不改的,移出本群。", {"CV605"}),
    ("業主群規:人身攻擊他人的,踢出群聊。", {"CV605"}),
    # a thing's price paid at a multiple: the part beyond the loss is a penalty (CV601)
    ("借用的工具丢失或损坏的，按原价两倍赔偿。", {"CV601"}),
    ("图书丢失的,照价两倍赔偿。", {"CV601"}),
    ("阅览室规定:遗失书刊,按原价的三倍赔偿。", {"CV601"}),
    ("据报道,该村规定借用村里桌椅如有丢失,须照价加倍赔偿。", {"CV601"}),
    ("小区会所规定,器材损坏按市价双倍赔付。", {"CV601"}),
    ("碑记:毁坏石桥者,照价十倍赔偿。", {"CV601"}),
    ("书刊丢失的,按双倍价格赔偿。", {"CV601"}),
    ("丢失的按定价的二倍赔付。", {"CV601"}),
    # a thing cleared, its owner penalised: the clearing done to the thing is no campaign against fines (CV601)
    ("物业对违规停放的电动车进行清理和处罚。", {"CV601"}),
    ("对楼道内乱堆的杂物,物业将进行清理和处罚。", {"CV601"}),
    ("村保洁员巡查时,对乱倒的垃圾予以清理和处罚。", {"CV601"}),
    # a page's stray number inside a wrapped line is read through
    ("4 .物业巡查车棚,对乱停的电动\n\n2、车进行清理和处罚。", {"CV601"}),
    ("3.保洁员每日巡查,对乱扔的垃圾\n\n7、进行清理和处罚。", {"CV601"}),
    ("5、对不听劝阻的业主,将其姓\n\n1、名张贴在公告栏。", {"CV603"}),
    # a blank line inside a wrapped phrase, as a web page pastes it, is read through as a single break is
    ("4.物业管理处定期巡查,对违规停放的电动\n\n车进行清理和处罚。", {"CV601"}),
    ("3、对拒不缴纳卫生费的住户,物业将停止\n\n其供水。", {"CV604"}),
    ("屡次违反群规的,群主有权将\n\n其移出本群。", {"CV605"}),
    # the clan's membership taken in its own words: declared not of the clan, or put out by the clan in common (CV606)
    ("毁坏祖山林木,则是“非吾族人”。", {"CV606"}),
    ("違反禁約,則「族眾公革」。", {"CV606"}),
    ("不孝者,合族公革,永不入祠。", {"CV606"}),
    ("盗卖族产者,以非我族人论。", {"CV606"}),
    ("据报道,该村祠规规定,砍伐风水林的,即视为非本族之人。", {"CV606"}),
    ("祖训碑:私卖祭田者,族人共革之。", {"CV606"}),
    ("族规:忤逆父母,则不认其为族人。", {"CV606"}),
    # a beating told with no count (CV603)
    ("经劝告仍阻挠施工的,村里采取强硬手段,该打就打。", {"CV603"}),
    ("不听劝阻的,众人打之。", {"CV603"}),
    ("据报道,该村规定偷菜的,抓到先打后送派出所。", {"CV603"}),
    ("寨规:盗牛者,寨人共殴之。", {"CV603"}),
    ("偷鸡摸狗的,抓住了痛打一顿。", {"CV603"}),
    ("屋苑告示:屡次偷电的住户,保安将其揍一顿。", {"CV603"}),
    # women as such put out of a share (CV607)
    ("村规民约把妇女排斥在集体财产分配之外。", {"CV607"}),
    ("据报道,法院发现一些村的村规民约把女性排斥在集体收益分配之外。", {"CV607"}),
    ("该组方案将女村民一律排除在征地补偿分配之外。", {"CV607"}),
    ("经调查,该村股改方案将女儿剔除出股东名单。", {"CV607"}),
    ("小区业委会规定,女业主排除在分红之外。", {"CV607"}),
]
T16_LOOK_ALIKES = [
    "禁止在消防通道停放车辆。",
    "电动车禁止在楼道内充电。",
    "非本小区车辆禁止停放。",
    "车位停满后,禁止外来车辆停放。",
    "物业不得以任何理由限制业主充电。",
    "充电时间限制在晚十点前。",
    "违者禁止在楼道内充电。",
    "充满电后自动停止充电。",
    "台风期间暂停停车场入场。",
    "小区限制外来车辆停放。",
    "请勿在消防通道停车,违者报交警依法处理。",
    "车辆停放须遵守以下规定,包括禁止停放在绿化带上。",
    "今后禁止在楼道内停放电动车。",
    "其车辆不得停放在消防通道。",
    "违者其车辆不得停放在消防通道。",
    "雨天禁止在室外充电。",
    "物业不得拒绝业主车辆入场。",
    "村务收支情况每季度进行公示。",
    "评比结果经审核并进行公示。",
    "考核合格后,由村委会审核并予以公示。",
    "低保名单经民主评议并进行公示。",
    "对其申请进行审核并予以公示。",
    "不得对其进行公示。",
    "违规的,经调查核实并进行公示后,报乡镇依法处理。",
    "非本村人员,群主不得准入进群。",
    "群主应及时清除群内垃圾信息。",
    "已迁出本村的人员,由群主移出村民群。",
    "群主不得随意将群员清除出群。",
    "严禁在群内发布广告,群主负责清除广告信息。",
    "损坏的按原价赔偿。",
    "丢失书籍照价赔偿。",
    "损坏公物的,照价赔偿,不另收费。",
    "丢失图书按原价赔偿,严禁双倍收取。",
    "物价上涨时,原价双倍也不卖。",
    "丢失的,照原价赔偿一倍。",
    "县里开展清理和规范乱罚款行为的专项行动。",
    "物业定期对楼道杂物进行清理。",
    "要对各村的罚款条款进行清理和纠正。",
    "对违规停放的车辆进行清理,报交警部门处理。",
    "3、物业每日巡查,对楼道杂物进行清理\n4、对违规停放的车辆报交警处理。",
    "一、总则\n\n1、为了维护小区秩序,制定本规定。",
    "第一章 总则\n\n第一条 为了维护小区秩序,制定本规定。",
    "违规者,由物业劝导\n\n情节严重的,报城管部门处理。",
    "五、附则\n\n本规定自公布之日起施行。",
    "吾族人应和睦相处。",
    "公革陋习,移风易俗。",
    "非吾族人不得葬于祖山。",
    "非本族人员,不得入祠祭拜。",
    "族众公议,修缮祠堂。",
    "祠堂重修,族众共革旧弊。",
    "合族公革鸦片陋习。",
    "严禁打人骂人。",
    "不听劝阻的,打110报警。",
    "违者打电话通知其家属。",
    "发生纠纷的,先打电话给调解员。",
    "严禁聚众殴打他人,违者报派出所处理。",
    "村民打一顿饭招待客人。",
    "邻里吵架,众人劝之。",
    "殴打他人的,报公安机关处理。",
    "不得将妇女排除在集体收益分配之外。",
    "严禁把女性排斥在土地承包之外。",
    "男女平等,妇女不被排除在任何分配之外。",
    "妇女参加集体收益分配。",
    "任何组织不得以妇女未婚、结婚为由,将其排除在分配之外。",
]


@pytest.mark.parametrize(("text", "codes"), T16_READINGS)
def test_t16_community_readings_find_their_measure(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T16_LOOK_ALIKES)
def test_t16_community_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []


# t16, second round: the readings the brief named for the held-out half, each in several kinds of source
T16_SECOND_READINGS = [
    # the village or the estate named as the agent before 对 and the wrongdoers (a report's or a notice's order)
    ("报道称,某村对拖欠卫生费的农户采取停水措施。", {"CV604"}),
    ("村民反映,村里对没交保洁费的人家不给发年货。", {"CV605"}),
    ("社区对拒不清理杂物的住户暂停垃圾清运服务。", {"CV605"}),
    ("物业对私拉电线的住户不予办理装修手续。", {"CV605"}),
    ("寨里对偷牛的人不让参加节庆活动。", {"CV605"}),
    # names taken with 把/将 and shown on a medium after them
    ("据报道,该村把不赡养老人的子女名字写在村口黑板上。", {"CV603"}),
    ("据报道,该小区物业将乱扔垃圾的住户房号贴到单元门口。", {"CV603"}),
    ("祠规:将偷盗祭田的族人姓名写于祠堂墙上。", {"CV603"}),
    # the person's particulars shown as his name would be
    ("违规的,物业将违规车辆及车主信息在群里公示。", {"CV603"}),
    ("高空抛物的,将业主信息在业主群通报。", {"CV603"}),
    # a charging, member's or library card taken is a facility's use (CV605), not a supply (CV604)
    ("违反规定私拉电线充电的,收回其充电卡。", {"CV605"}),
    ("健身房规定:损坏器材者,取消其会员卡。", {"CV605"}),
    ("书屋规定:污损图书者,暂停其借书证三个月。", {"CV605"}),
    # muted in the chat group: the group's use taken for a time (CV605; a word fix)
    ("群内发广告者,禁言一周。", {"CV605"}),
    ("業主群規定:刷屏者禁言三天。", {"CV605"}),
    ("据报道,该村微信群规定,在群里骂人的,给予禁言处理。", {"CV605"}),
    ("违反群规的,管理员对其禁言三天。", {"CV605"}),
    ("活动群规则:发布无关链接,一律禁言。", {"CV605"}),
    # a red packet sent to the group for a wrong: money paid for it (CV601)
    ("违反群规的,罚发红包五十元。", {"CV601"}),
    ("据报道,某村微信群规定,不按时回复通知的村民,要在群里发20元红包。", {"CV601"}),
    ("开会迟到的,罚其发一个红包。", {"CV601"}),
    ("業主群規:違者須在群內發紅包20元。", {"CV601"}),
    ("乱停车被拍到的,须在业主群发红包。", {"CV601"}),
    # a bare 不发 before what the village hands out (CV605)
    ("村里的规矩是,不参加义务劳动的,不发过节物资。", {"CV605"}),
    ("据报道,该村规定拒交卫生费的,年底不发慰问金。", {"CV605"}),
    ("违反公约的农户,当年不发福利物资。", {"CV605"}),
    # the showing listed among the measures taken (CV603)
    ("性质恶劣的，将视情采取含张榜公示在内的办法。", {"CV603"}),
    ("屡次乱停车的业主,管理处会采取锁车、公示姓名等手段。", {"CV602", "CV603"}),
    ("据报道,该村对屡次乱倒垃圾的村民,采取的措施包括张榜、停发福利。", {"CV603", "CV605"}),
    # the clan's hall or the clan in common taking the doer's land or things (CV602)
    ("族規記載,私賣族田者,其田「收歸祠堂」。", {"CV602"}),
    ("盗砍祖山树木者,所砍之木归入族中公产。", {"CV602"}),
    ("据族谱记载,抗交祭租者,其田归祠堂管业。", {"CV602"}),
    ("祠规:私典祭田者,田归族中。", {"CV602"}),
    # her marriage deciding that she is no longer one of the village, in the plain words (CV607, not CV606)
    ("嫁出去的女儿不再是本村人。", {"CV607"}),
    ("据报道,该村村规写明:出嫁的姑娘不再是本组的人。", {"CV607"}),
    # a house or yard found unclean is the wrong a hygiene list names (a word fix: 脏, 杂草, 粪便)
    ("据内媒报道,网传清单写着:院内有杂草的,扣10元。", {"CV601"}),
    ("庭院有杂草、垃圾的农户,扣当月卫生奖励外再交二十元。", {"CV601"}),
    ("地面脏的,扣5元。", {"CV601"}),
    ("院子里有杂草的农户,每户交10元。", {"CV601"}),
    ("据村民反映,家里脏的人家,年底不发慰问品。", {"CV605"}),
]
T16_SECOND_LOOK_ALIKES = [
    "村委会对困难户的生活给予照顾。",
    "物业对业主的装修押金,在验收后全额退还。",
    "村里对五保户的房屋进行修缮。",
    "违规的,将违规住户的姓名登记在册。",
    "物业收费信息在群里公示。",
    "业主个人信息不得公示。",
    "经审核后,申请人个人信息在公示栏公示。",
    "购电卡充值请到村委会办理。",
    "会员卡丢失的,凭身份证补办。",
    "群主可设置全员禁言。",
    "本群禁止发红包。",
    "逢年过节,群主给大家发红包。",
    "禁言功能由群主管理。",
    "严禁在群内发红包拉票。",
    "不得以禁言等方式压制业主意见。",
    "被禁言的群员,可向群主申请解除禁言。",
    "群主有权开启禁言功能。",
    "本村不发生重大安全事故的,年底发放奖励。",
    "违规的,村里不发言表态,报镇里处理。",
    "公示内容包括收支情况、公示期限。",
    "评比措施包括公示、表彰。",
    "族中公产由祠堂统一管理。",
    "无后之人自愿将田产捐归祠堂。",
    "祭田收入归祠堂所有,用于祭祀。",
    "户口迁出的,不再是本村村民。",
    "村里组织清除杂草,每户出工一人。",
    "粪便要及时清运,保持卫生。",
    "心脏病患者参加体检,费用由村里承担。",
    "脏衣服不得在公共水池清洗。",
    # the same measures reported struck down, repealed or corrected
    "法院认定,该村村规民约将妇女排除在分配之外的规定无效。",
    "该小区物业对违规业主限制充电的做法已被街道叫停。",
    '经乡镇审查,"违者禁言一周"一条已删除。',
    '县里纠正了某村"违者清除出群"的规定。',
    '原规定"再次违规者进行公示",现已废止。',
    '据报道,某村"该打就打"的做法被依法纠正。',
    "法院判决:村民会议将女村民排除在征地补偿分配之外的决议无效。",
    '族规中"非吾族人"一条现已革除。',
    "高空抛物找不到人的,由全楼住户分摊赔偿。",
    "违者须打一通电话向物业说明。",
    "超出部分的费用,则非本家所能承担。",
    "业主拒绝按规定停车,物业应耐心劝导。",
    "非本小区业主不得加入业主群。",
    "村党支部是基层群组织的核心。",
    "群组长负责通知本组群众。",
    "陌生号码一律拉黑,谨防诈骗。",
    "发布广告的商家,须向村委会登记。",
    "刷屏时间不宜过长。",
    "借阅图书须凭借书证。",
    "暂停借阅期间,书屋进行盘点。",
    # an age is an eligibility, no wrong
    "未满十八岁者不得进入棋牌室。",
    "未满18周岁的,不得进入健身房。",
    "拒不配合登记的访客,保安有权拒绝其进入。",
]


@pytest.mark.parametrize(("text", "codes"), T16_SECOND_READINGS)
def test_t16_second_readings_find_their_measure(text: str, codes: set[str]) -> None:
    assert {m.code for m in unlawful_measures(text)} == codes


@pytest.mark.parametrize("text", T16_SECOND_LOOK_ALIKES)
def test_t16_second_look_alikes_stay_clean(text: str) -> None:
    assert unlawful_measures(text) == []
