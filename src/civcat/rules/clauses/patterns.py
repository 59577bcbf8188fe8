"""The clause analyser's measure patterns: one family per kind of measure and code, each a precompiled
regular expression (action + optional pronoun + short gap + object or amount) with flags saying which
structural checks apply to it, and the key characters that let a sentence skip every pattern it cannot
match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...i18n import N_
from .structure import _DEPOSIT_NAMES, _DOCUMENT, _GIVEN_BACK, _KIN_WHOM, _SET_OFF, _TAKEABLE, _WRONGDOING
from .vocabulary import (
    _CERT,
    _CLAN_SEAT,
    _DIVIDEND,
    _FACILITY,
    _GAP,
    _GRAIN_SUBSIDY,
    _HELP_GOING,
    _LAND,
    _MEMBER_STATUS,
    _MEMBERSHIP,
    _MONEY,
    _MULTIPLE,
    _NOT_REGARDLESS,
    _OBJECT_TAIL,
    _OLD_COIN,
    _PERSON_HOLD,
    _SUPPLY,
    _THING_TAIL,
    _UNIT_PRICE,
    _VILLAGE_PLACE,
    _WELFARE,
    _WHOM,
    _lazy,
    _LazyRegex,
)

# a share of the fines (罚款的百分之二十, 罚金总额的三成) reckons a reward for whoever reports, and takes nothing
_SHARE_OF_FINES = r"(?!的?(?:百分之|总额|[\d一二三四五六七八九十]+(?:成|%|％)))"

# A span of time a payment in kind covers (一个月, 当年, 下一年度)
_SPAN_OF_TIME = (
    r"(?:[\d一二两三四五六七八九十半]+个?(?:天|日|周|星期|月|年|季度?)|当年|全年|本年度?|下一?年度?|次年|"
    r"(?:当|本|次|下个?|下一个?)(?:月|季度?))"
)


# The person whose supply is cut named by his standing as a user or by his household, not by a pronoun (该租户,
# 该住户, 这户人家): the supply patterns' bearer beside _WHOM
# (any kind of household by what it does, 该养殖户, 该欠费户, but no place's households, 该片区住户)
_SUPPLY_USER = (
    r"(?:该(?:(?![区组村片楼栋社队])[\u4e00-\u9fff]){1,2}?户|该(?:租客|房客|会员|承租人|户主|业主|房东|人家|家)|"
    r"这户人家|这户|这家人?|那户人家|那户|那家人?)"
)

# Collecting in advance, any word for "ahead" with any verb of collecting (预征, 提前收取, 预先征收, 事先扣缴)
_ADVANCE = r"(?:预先|提前|事先|提早|预)(?:征收|收取|扣缴|扣收|交纳|缴纳|交付|缴付|支付|征|收|扣|交|缴|付)"


# the verbs a rule sets its provisions by (规定了, 明确, 制定, 出台)
_SETS_PROVISIONS = r"(?:规定|明确|制定|设定|设置|出台|订立|列出|写明|载明|定下|定出)"
# a rule reported struck out or voided after it (…的处罚措施已被责令删除, 该处罚条款被认定无效)
_NOT_STRUCK_AFTER = r"(?![^，,。；;]{0,12}?(?:删除|删去|废止|废除|取消|撤销|作废|纠正|无效|违法|叫停))"


# Going onto the collective's hill, wood or pasture (上山, 进山, 进入集体油茶山, 到组里草场) to take its yield
_ENTER_HILL = (
    r"(?:上山|进山|入山|(?:进入|进到|进|上|入|到)[^，,。；;：:！!？?\s]{0,8}?"
    r"(?:山|山场|林|林地|林区|草场|草山|草原|牧场|茶园|果园|竹园|坡))"
)


# Goods handed over as a fine in kind, by count: any numeral (壹佰斤, 百斤) and any measure word of goods, old
# money by the string included (出钱三千文, 鞭炮十挂, 香烟两条)
_GOODS_COUNT = (
    r"[\d一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+"
    r"(?:斤|公斤|千克|担|石|升|斗|捆|只|头|车|桌|坛|挂|条|瓶|桶|箱|盒|包|袋|件|串|文|吊|贯)"
)
_GOODS_UNIT_KEYS = "斤担石升斗捆只头车桌坛挂条瓶桶箱盒包袋件串文吊贯"
# 了, 过, 去, 掉 after 罚: a fine told as done in a report (t14old), unless the report goes on to its refund or its
# correction ordered (被村里罚了300元，乡政府已责令退还: the wrong undone, rv14)
_FINE_DONE = r"(?:(?:了|过|去|掉)(?![^。；;]{0,30}?(?:责令|已经?|予以|如数|全额|全部)(?:退还|退回|返还|纠正)))"
# an owner's beasts or fowl, listed, then eaten (…家中的牛羊、家禽全部宰了分吃): what follows the owner in the fine in kind
# of his beasts eaten by the village
_BEAST_EATEN = r"(?:牲畜|牲口|家畜|家禽|畜禽|牛羊|鸡鸭|猪羊|[牛马羊猪鸡鸭鹅狗])"
_BEASTS_EATEN = (
    r"[^，,。；;：:]{0,6}?" + _BEAST_EATEN + r"(?:[、和及与]" + _BEAST_EATEN + r")*"
    r"[^，,。；;：:]{0,6}?(?:吃光|吃掉|吃尽|吃完|宰吃|杀吃|宰了吃|杀了吃|宰了分吃|杀了分吃|宰杀分食|宰杀共食|"
    r"杀掉分食|杀掉共食|杀掉吃|宰食|分食|分吃|共食|煮吃|煮食|"
    # (handed round to be eaten: 杀掉分给全寨人吃, 宰了供众人食用)
    r"(?:宰杀|杀掉|宰掉|杀了|宰了)?(?:分给|分与|给|供)[^，,。；;：:]{0,6}?(?:吃|食))"
)
# the community a customary fine feeds (全寨, 寨里, 全族, 合族, 阖村, 乡亲): who eats the feast the wrongdoer lays on
_FEASTED = (
    r"(?:(?:全|合|阖|整个)(?:村|组|寨|屯|族|社|队|房)|全体(?:村民|寨民|族人)?|村里|寨里|组里|寨上|村上|村民|寨民|乡亲|众人|"
    r"大家|群众)"
)
# the goods of a village feast (猪肉, 米酒, 大米, 糯米): a fine in kind the community eats
_FEAST_GOOD = r"(?:猪肉|牛肉|羊肉|鱼肉|肉|米酒|白酒|烧酒|酒|大米|糯米|白米|米|香烟|烟|鸡|鸭|鱼)"


# what an unnamed penalty (违者重罚, 违者严肃处理, 给予相应处罚) is called where it is shown: the contract reads it as
# a fine (docs/clause-codes.md, CV601), but a clerk should not read "a fine" where the charter names none
UNNAMED_PENALTY = N_("未写明种类的处罚")


@dataclass(frozen=True)
class _Pattern:
    code: str
    # Sets of characters; every match contains a character of each set. A sentence missing one of
    # them cannot match, and a set intersection is far cheaper than running the regex.
    keys: tuple[frozenset[str], ...]
    regex: re.Pattern[str] | _LazyRegex
    what: str | Callable[[str], str]
    inherent: bool = False  # punitive in itself: no penalty context needed
    pronoun: bool = False  # a governed pronoun (其, 该户 …) counts as penalty context
    defer_bare: bool = False  # 依法 right before it refers the measure to the law
    eligibility: bool = False  # eligibility words (骗取, 不符合条件, 迁出 …) exempt it
    nominal: bool = False  # 应当/须/时 after it marks a topic, not an imposition
    payment: bool = False  # a payment: civil costs and ordinary dues are exempt
    contract: bool = False  # in a sentence about a contract it is a contract remedy
    display: bool = False  # publishing a name: honours are exempt
    needs_pay_word: bool = False  # a multiple must come with a payment word
    object_first: bool = False  # object before the action: a negation in between protects (承包地不得收回)
    not_fee: bool = False  # 收缴 of things, not of money owed (收缴卫生费 is collecting a due)
    needs_property: bool = False  # 拉走, 牵走: only with an animal, vehicle or goods named in the sentence
    self_act: bool = False  # 责令其关闭水阀: the person is told to do it, the village does not
    penalty_only: bool = False  # only after a wrongdoing or 违者/否则: a governed pronoun is not enough
    residence: bool = False  # 户口不在本村的，不予办理证明: the village cannot vouch for a non-resident
    holds_thing: bool = False  # 扣留 of a thing (CV602), not of a person (将其扣留, 扣留在治保室: CV603)
    holds_person: bool = False  # 扣留 of a person only
    classified_thing: bool = False  # a seizure: a deposit taken is a fine (CV601), a document held CV605
    redemption: bool = False  # a fee to get a held thing back: only the victim's damages are civil
    contract_money: bool = False  # 已交承包费不退: the contract's remedy when the article is about its breach
    deposit_named: bool = False  # 从中抵扣: a fine only when a deposit is named before it in the article
    deposit: bool = False  # a deposit kept: repairs or arrears drawn from it are civil (从押金中扣除修理费)
    treat: bool = False  # paying for a treat or goods for the village: paying for repairs is civil
    by_agreement: bool = False  # ending a contract on its own terms (依照合同约定解除) is the contract's remedy
    scheme: bool = False  # 不交合作医疗的，不予办理报销手续: a scheme's own benefit, for those not in it
    per_offence: bool = False  # an amount only when its clause counts occurrences (每缺一次…一百元)
    own_connection: bool = False  # 剪断其线路: only when the article names the connection his own doing (私拉乱接的)
    generic: bool = False  # read from structure (a deprivation and its object's class): yields to the others
    wide: bool = False  # read across a sub-clause: only where no other pattern found its code in the sentence
    needs_medium: bool = False  # a label is a showing only when announced or put on a public medium
    into_fund: bool = False  # money taken into a fund: a fine only when no thing is named (赌具赌资 are seized)
    topic_object: bool = False  # the object is the welfare the sentence opened with; the match names the wrongdoer
    unnamed: bool = (
        False  # a penalty with no measure named (重罚, 相应处罚): a law or an outside rule before it refers it
    )
    provisions: bool = False  # penalty provisions set (规定了处罚措施): a law's or an authority's are not the charter's


def _supply_what(evidence: str) -> str:
    water = "水" in evidence or "开闸" in evidence or "开阀" in evidence  # the sluice of a channel
    power = "电" in evidence and "电视" not in evidence
    if water and power:
        return N_("停水停电")
    if water:
        return N_("停水")
    if power or "拉闸" in evidence:
        return N_("停电")
    if any(w in evidence for w in ("网", "信号", "电视", "宽带")):
        return N_("断网断信号")
    if "气" in evidence:
        return N_("停气")
    return N_("停止供应")


def _land_what(evidence: str) -> str:
    return N_("收回宅基地") if "宅基地" in evidence else N_("收回承包地")


def _seizure_what(evidence: str) -> str:
    return N_("没收财物") if evidence.startswith(("没收", "罚没", "充公", "收缴")) else N_("扣押财物")


def _share_or_land_what(evidence: str) -> str:
    return N_("不予分配土地") if re.search(_LAND, evidence) else N_("取消集体收益分配")


def _expulsion_what(evidence: str) -> str:
    if "开除" in evidence:
        return N_("开除村籍")
    if "户口" in evidence or "户籍" in evidence:
        return N_("注销户口")
    return N_("取消村民资格") if ("注销" in evidence or "除名" in evidence) else N_("驱逐出村")


def _verse_taken_what(evidence: str) -> str:
    return N_("强制拆除财物") if "拆" in evidence else N_("不予分配土地")


def _fine_in_kind_what(evidence: str) -> str:
    return N_("罚工") if any(w in evidence for w in ("工", "劳动", "义务", "扫")) else N_("变相罚款")


# Every welfare object contains one of these (低保, 补贴, 救助, 救济, 惠民, 扶贫, 福利, 合作医疗 …).
_WELFARE_KEYS = "保贴助济惠扶福疗困慰服补金遇益禁卡励价优货节油恤赈仓谷火兴学年"


def _P(
    code: str, keys: tuple[str, ...], regex: re.Pattern[str], what: str | Callable[[str], str], **flags: bool
) -> _Pattern:
    return _Pattern(code, tuple(frozenset(k) for k in keys), regex, what, **flags)


# The consequence reader: a verb that takes or withholds, an optional bearer (其, 该户, 为其家庭 …), an
# optional verb of giving (发放, 安排, 兑现 …) and an object phrase read up to its end. Chinese puts the
# head of a noun phrase last, so the phrase is classified by the word that ends it (耕地地力保护补贴 is a
# subsidy, 房屋出租奖补 an allowance, not a house; 山林经营权 a land right), from small lexicons of object
# classes rather than whole phrases. Honours, points and posts are never taken unlawfully.
# the village's rooms and equipment a member uses (活动室, 农家书屋, 健身器材, 文化广场 …)
_VILLAGE_FACILITY = (
    r"(?:活动室|活动中心|文化室|文化大院|文化院坝|文化礼堂|礼堂|图书室|阅览室|农家书屋|会议室|篮球场|健身房|健身器材|健身设施|棋牌室|"
    r"文化广场|老年之家|幸福院|食堂|(?:公共|公用|上述|这些)(?:场所|设施|器材)|"
    # the village's transport, its kindergarten and its common rooms for care (村集体开通的免费班车, 村办幼儿园)
    r"班车|通勤车|校车|免费车|渡船|幼儿园|托儿所|日间照料中心|澡堂|浴室|"
    # the farm's common places and its clinic (集体晒场, 村卫生室, 碾坊, 公用农机): used by every household
    r"晒场|晒坝|晒谷场|晒粮场|卫生室|卫生所|医务室|诊所|碾坊|碾房|磨坊|农机具?|农具|"
    # the estate's charging points and sheds, used by every resident (充电桩, 充电棚; t16)
    r"充电桩|充电柜|充电设施|充电设备|充电棚|车棚|停车棚)"
)
# one character between a refusal and the charging or parking it refuses, where the charging is not the wrong itself
# (停止其私拉电线充电, 禁止其在楼道内停放 stop the banned act, they refuse no service; t16)
_NOT_THE_ACT_ITSELF = r"(?:(?!私拉|私接|乱拉|飞线|电线|楼道|楼梯|消防|通道|绿化|家中|室内|屋内)" + _GAP + r")"
# the place a member belongs to, which an expulsion puts him out of (本村, 本寨, 本屯, 嘎查, 本社区 …)
_HOME = r"(?:本|该)?(?:村子|村庄|村寨|寨子|村|寨|屯|嘎查|组|社区|小区|社)"
# where a person lives, for the verbs that move him out of it (清出家属区, 搬离本安置小区)
_PLACE_LIVED = (
    r"(?:本|该|此)?(?:家属区|住宅区|生活区|安置区|定居点|移民点|"
    + _GAP
    + r"{0,3}?小区|村子|村庄|村寨|寨子|村|寨|屯|嘎查|组|社区|社)"
)
_CONJUNCT = r"[^，,。；;：:！!？?\s、和及与]"  # one character of one conjunct of an object list
# (an award for schooling, 助学奖励 or 升学奖励, is money for the child: welfare, not an honour)
_HONOURS = r"(?:评先|评优|先进|文明|星级|荣誉|称号|表彰|(?<!助学)(?<!升学)(?<!考学)(?<!入学)(?<!奖学)奖励(?!金|资金|款|经费)|积分|分值|评选|参评|评比|职务|最美|示范|候选|代表资格|干部)"
# Membership of a voluntary association (用水户协会, 老年协会, a cooperative's 会员) is its own affair, not CV606.
_ASSOCIATION_MEMBER = r"(?:会员(?:资格|身份|权利|待遇|证)|会籍)"
_ASSOCIATION_HEAD = re.compile(_ASSOCIATION_MEMBER + r"$")
_HONOUR_BEFORE = re.compile(_HONOURS + _GAP + r"{0,8}$")
_MEMBER_TREATMENT = re.compile(
    r"(?:村民|(?<!家庭)成员|社员|股东|组员)的?(?:一切|所有|各项|全部)?(?:待遇|权益|权利|资格|身份)"
)
_NEGATORS = "不再|不予|暂不|不给|不得|不能|无权"  # all of two characters: they are also a look-behind
# A whole group as the bearer, with its qualifiers (该组本年度全体农户, 该楼栋全部住户): read past it to the object.
_GROUP_BEARER = (
    r"(?:(?:该|本|全|整个|所在|同一?)(?:村民)?(?:小组|组|楼栋|栋|单元|片区|网格)(?!长)|全村|全户|全家)"
    r"(?:当年|当月|本年度?|今年|次年|全年)?的?(?:(?:全体|全部|所有|各)(?:农户|住户|居民|成员|组员|村民|家庭成员|户)?|各户)?"
)
_BEARER = (
    r"(?:对|为|给|向|将|把)?(?:(?:其|该户)(?:家庭|户|父母|家长|家人|子女|配偶)?|违者|违规者|当事人|责任人|本人|"
    + _GROUP_BEARER
    + r")?的?"
)
_GIVING = (
    # (the supply drawn or drunk: 不准其接用屯里的自来水, 不得取用集体井水)
    r"(?:使用|接用|取用|饮用|享受|享有|参加|参与|领取|申领|申请|申报|报名|获得|发放|兑现|提供|安排|办理|受理|出具|开具|接通|开通|给予|分配|分得|纳入|列入|"
    r"推荐|介绍|上报|报送|"
    r"邀请" + _WHOM + r"?(?:参加|参与)?)"
)
# The verbs that take or stop, shared by the consequence reader and its sub-clause reading (one flat
# alternation of literals, none a prefix of another, so their order decides nothing).
_TAKING_VERBS = (
    "取消|停止|暂停|暂缓|中止|终止|注销|剥夺|收回|冻结|扣除|扣发|扣减|停发|缓发|截留|调减|核减|削减|推迟|延迟|延缓|搁置|停用|"
    "切断|断开|拉断|剪断|掐断|断掉|停掉|关掉|关闭|关停|拒绝|停供|锁闭|"
    # a pledge's consequence (如有违反，本户自愿放弃当年分红, 自愿停领当年分红): what is given up is taken,
    # the pledger naming it from the side that receives
    "放弃|停领|"
    # a service or an application stopped by its own verb (停办其一切手续, 停报其奖补, 缓批其建房申请)
    "停办|停报|停批|停审|停拨|缓报|缓批|缓拨"
)
_DEPRIVATION = (
    # a verb that takes (取消, 停发, 收回, 切断 …), or a negator that withholds a giving (不再给该户安排,
    # 不得参加 …): a bare negator before another verb is a prohibition of that verb (不得收回 protects)
    # (one flat alternation of literals first: re then scans for their first characters, 14× faster)
    r"(?:" + _TAKING_VERBS + r"|减少|延期|掐掉|限制|"
    # a seizure's verbs on what the village pays (暂扣其低保金): the head noun of the object decides the class
    r"暂扣|扣留|扣押|扣下|"
    # a bare 停 before the supply it stops (欠费的，停灌溉水)
    # (停了自来水: the aspect marker between them too)
    r"停了?(?=(?:其|该户)?(?:家中|家里|家庭|户内|户里)?的?(?:灌溉|渠水|自来水|用水|用电|生活用水|生活用电))|"
    # (a share not handed out, 不分给其口粮, 不分配分红: the giving verb of a share; t15old)
    r"不发放|不发给|不分给|不分配给?|不安排|不提供|不办理|不受理|"
    # a bare 不 before the person it withholds from (不为其申报建房指标)
    r"不(?=(?:为|给|替|帮|将|把|向)(?:其|该户))|"
    # (不上报其当年补贴: the giving before the person)
    r"不(?=(?:上报|报送|申报|推荐)(?:其|该户|他|她))|" + _NEGATORS + r")"
    r"(?:(?<=" + _NEGATORS + r")" + _BEARER + _GIVING + r"|(?<!" + _NEGATORS + r")" + _BEARER + _GIVING + r"?)"
    # earlier conjuncts of a list (助学奖励和就业推荐): each is classified by its own head, the last here
    r"(?P<gap>(?:" + _GAP + r"{0,14}?(?:以及|和|及|与|、))??"
    # not an honour, a points score or a post: 取消其评先评优资格, 扣减其积分; nor a voluntary association's own
    # membership (取消其会员资格: docs/clause-codes.md, what the expulsion takes keeps its code)
    r"(?!" + _CONJUNCT + r"{0,14}?(?:" + _HONOURS + "|" + _ASSOCIATION_MEMBER + r"))" + _CONJUNCT + r"{0,14}?)"
)
# what the village holds for all: its activities, its festivals and feasts (火把节, 春节联欢会, 长桌宴)
_GATHERING = (
    r"(?:集体|公共|文体|文娱|节庆|村里的?|寨里的?|社区的?)活动|(?<![季调礼])节(?:日|庆)?(?:活动|聚会)?|庆典|"
    r"团拜会?|联欢会?|聚餐|长桌宴|百家宴|祭祀|祭龙|歌会|赛事|"
    # any party, feast, show or match the village holds for all (文艺晚会, 敬老宴, 拔河比赛, 运动会)
    r"晚会|(?:敬老|团圆|重阳|年饭|千叟|流水)宴|文艺演出|(?:拔河|篮球|象棋|趣味|体育|龙舟|运动)(?:比赛|赛)|运动会"
)
_DEPRIVE_KEYS = "取停暂中终注剥收冻扣缓截调核削减不无切断关剪限推延搁掐拒弃锁"
# the object first, then its withholding (危房改造项目不予申报, 自来水供应暂停): read the same classes
_WITHHELD_AFTER = (
    # between them only an agent (由合作社) or a manner: 物业服务企业可以停止 is a subject, not an object
    # (宅基地申请不予批准: the application for the object, refused)
    # (the object put first as the topic, the village then withholding it after a comma: 其低保申请，村里一律
    # 不予上报 — the comma only before the agent or its adverb, so a bare object then a new clause is no object)
    r"(?P<gap>(?:的?(?:申请|报名|申报))?(?:[，,](?=(?:村里|村委|村两委|村民委员会|居委会|社区|组里|一律|一概)))?(?:由"
    + _GAP
    + r"{1,6}?|村里|村委会?|村两委|村民委员会|居委会|社区|村民小组|组里|合作社|物业)?)(?:一律|全部|均|一概|都|也|亦|同时)?"
    # told in the passive or as a ruling (电梯卡将被停用, 门禁卡被冻结, 停车卡予以注销): the same withholding
    r"(?:(?:将|会|将会|即|均|也)?被|予以)?(?:(?:不予|不再|暂不|暂缓|停止|暂停|取消)"
    r"(?:上报|报送|申报|报批|审批|办理|发放|受理|安排|兑现|分配|供应|提供|享受|通过|批准|同意|出具|签署|审核)?|"
    # vetoed or put off (政审一律不予通过, 各项惠农项目均排在最后, 实行一票否决)
    r"(?:实行|予以)?一票否决|(?:往后|靠后|延后|推后)(?:安排|办理|考虑)?|"
    r"(?:推迟|延迟|延期|延缓|缓期)(?:发放|办理|兑现|安排|拨付|审批)?|"
    # not handed to him (年货不发给该户) or the supply stopped (水电一律停供)
    r"(?:不发给|不发放|不分给|不给)(?:其|该户|他|她|违者)?|不发(?=[，,。；;！!？?\s]|$)|停供|断供|停用|中断|切断|拉闸|"
    r"(?<=被|以)(?:注销|冻结|停办)|"
    # not opened to him, or not made out at all (农家书屋半年内不对其开放, 迁移证明村里一律不开)
    r"(?:[\d一二两三四五六七八九十半]+个?(?:天|日|周|月|年)内)?不(?:对|向|为)(?:其|该户|他|她|违者|当事人)(?:开放|开门)|"
    r"不(?:给|予)?(?:开|出具|开具)(?=[，,。；;！!？?\s]|$)|"
    # halved (该户年终分配减半)
    r"减半(?:发放|分配|计发|兑现)?|"
    # a rhymed line ends on its verb (自来水阀先关掉, 低保名额先停办, 父亲救助也要断): a bare taking verb closing the
    # line, after an adverb of sequence or resolve
    r"(?:先|就|要|得|便|即|立即|马上|当即|立刻|当场|全)?(?:关掉|停掉|断掉|掐掉|剪掉|拔掉|停办|断了|停了|关了|断|停|关|掐|"
    # or says it is lost (当年分红全泡汤, 田地分红都不留)
    r"(?<=[全都也就])(?:泡汤|落空|作废|清零|归零|没了|不留|无份|没份)|"
    # or that it no longer reaches him (村里福利不沾边)
    r"(?:不沾边|沾不上边?|没他的份|没有他的份))"
    r"(?=[，,。；;！!？?\s]|$))"
)
# not 后 (以后, 之后) nor 放 (排放, 放养): too common to filter; 排在最后 is read by the put-last pattern
_WITHHELD_KEYS = "予再暂停取否靠往推延缓给发断切闸减关掐剪拔汤空废零没留份开具沾注冻"
# where the object phrase ends: a clause break, a coordination, or the end of the sentence
# (暂停其土地流转收益的发放: the giving may follow the object, 暂停X的发放 being 暂停发放X)
# (取消其低保一年, 停止供应其生活用水一周: a time limit may follow the object)
_PHRASE_END = r"(?:的?(?:发放|分配|兑现|领取|申报|审批|办理|供应))?(?:[\d一二两三四五六七八九十半]+个?(?:天|日|周|月|年|小时))?(?=等?(?:[，,。；;：:！!？?\s、]|并|和|及|$))"
# The deprivations read across a sub-clause (see the last patterns): a verb that takes or withholds, or a
# negator with a verb of giving (不再享受, 不予办理), and what stands between it and its object: anything but
# a break, an honour or points (取消其年度评先评优资格 stays lawful), at most 24 characters.
_WIDE_DEPRIVATION = (
    r"(?:" + _TAKING_VERBS + r"|(?:不再|不予|暂不|不给|无权|不能)" + _GIVING + r"?|"
    # 不得 only with its giving (当年不得使用公用机电井饮畜): bare, it forbids what follows
    # (any word of not letting: 当年不准使用寨里的晒坝)
    r"(?:不得|不准|不许|不让)(?:其|该户|他|她|违者)?" + _GIVING + r"|"
    # a bare 不 before a giving (当年不享受村里发放的年终慰问金)
    r"不(?:享受|享有|发放|给予|分配|安排|办理|受理|出具|开具|纳入|列入|推荐|上报|报送|申报)|"
    # a bare 不发 before what is handed out (不发过节物资, 不发年终慰问金; t16): 不发生, 不发现, 不发言 hand out nothing
    r"不(?:再)?发(?!生|现|展|布|言|表|动|挥|达|育|热|病|芽|酵|霉|火|怒|脾气|出|放|给|声|起|文|函|帖|贴|送)|"
    # what the village lends not lent to him (不借给其公用桌椅)
    r"不(?:再)?(?:借给|出借|借)(?=(?:其|该户|他|她|违者))|"
    # 三年内不分集体林收益: a share not divided out to him
    r"不(?:再)?分" + _NOT_REGARDLESS + r"(?=" + _GAP + r"{0,8}?(?:收益|红|股|钱|款|利|地|田))|"
    # not done for him (不为其开立用水户头, 不给该户上报补贴面积), not opened or let to him (不开其渠口放水)
    r"不(?=(?:为|给|替|帮|向)(?:其|该户|他|她|违者))|不(?:开|放|供|接|通)(?=(?:其|该户|他|她|违者))|"
    # the supply itself not let to him, its verb naming it (不放水到其田块, 不供电给该户): the object class reads it
    r"不(?=(?:放水|供水|供电|供气|送水|送电|通水|通电|引水)(?:到|给|进|入)(?:其|该户|他|她|违者))|"
    # not let use a thing of the village where it stands (不得在集体机井抽水, 不得在幸福食堂就餐)
    r"不得(?=在))"
)
_WIDE_GAP = r"(?P<gap>[^，,。；;：:！!？?]{0,24}?)"
# what may not stand between a deprivation and its object: an honour or points (取消其年度评先评优资格 stays
# lawful), another taking (不予没收财物 negates the taking; 不再恢复其…资格 withholds); object first, also a subject or
# its modal (物业服务企业可以停止, 有线电视站可停止). Checked on the match: a regex lookahead per character
# of the gap made every sentence a third slower.
_WIDE_GAP_BARRED = re.compile(
    _HONOURS + "|" + _ASSOCIATION_MEMBER + r"|取消|停止|暂停|中止|终止|注销|收回|没收|扣|罚|冻结|切断|断开|关闭|拒绝|"
    # the supply withheld names the field or boat it goes to (不放水进其承包田): the field is no object taken
    r"(?:放|供|送|通|引)(?:水|电|气)"
)
# (租金从保证金中全部扣除: what is paid from a deposit, not the object withheld)
_WIDE_GAP_AFTER_OBJECT_BARRED = re.compile(r"可|应|须|必|有权|企业|公司|站|所|中心|部门|单位|机构|从|用于|用来|用以")
_WIDE_WITHHELD = (
    r"(?:一律|全部|均|一概|都|一并|同时)?(?:(?:不予|不再|暂不|暂缓|停止|暂停|取消|中止|终止)"
    # (passed on to the town as well: 建房用地不予报批)
    r"(?:申报|审批|报批|上报|报送|签批|核准|办理|发放|受理|安排|兑现|分配|供应|提供|享受|通过|批准|同意|考虑|推荐|恢复)?|停供|断供|停用|中断|切断|停发|缓办|缓发|"
    # not approved, the verb ending the clause (建房临时用电一律不批)
    r"不(?:给)?批(?:准)?(?=[，,。；;！!？?\s]|$)|"
    # 分红一分不发, 补偿款分文不给: not a coin of it paid
    r"(?:一分钱?|分文|一文)不(?:发|给|付)|"
    # the whole of it deducted (集体应得的租金奖励款全部扣除): taken, not a sum set off from it
    r"(?<=全部|全额|一律|如数|统统|一并)扣(?:除|发|减|光)|"
    # left out in so many words (一切福利待遇与其无关, 分红没有他的份)
    r"与(?:其|他|她|该户|其家庭|违者)(?:本人)?无关|没有?(?:其|他|她|该户)的?份(?:儿)?)"
)
_WIDE_WITHHELD_KEYS = "予再暂停取中终断切发缓给付扣关份批"
_DEPRIVATION_CLASSES = (
    (
        "CV606",
        "民员东籍口户权证举票",
        r"(?:(?:村民|社员|成员|股东|组员)的?(?:一切|所有|各项|全部|任何)?(?:合法)?(?:资格|身份|权利?|待遇|权益|证)|(?:村|组|社|寨|屯|嘎查|生产队|队|浩特|款|峒|垌|庄|堡)籍|户籍|户口|(?:被)?选举权|表决权|"
        # the vote itself withheld (不得参加下届村委会选举): the voting right written as the election
        r"(?:村委会?|村民委员会|村民小组|村组|换届)(?:的)?(?:换届)?(?:选举|投票)(?=[，,。；;！!？?\s]|$)|"
        # (bare, in a list of what he is left out of: 福利、投票都没他的份; 表决也没他的份)
        r"(?<![村组社会届])(?:选举|投票|表决)(?=[、和及与]|都|也|就|一律|没|不)(?!不[得准能]))",
        N_("取消村民资格"),
    ),
    (
        "CV602",
        "股红益偿承权地田林宅财款租押金积置费配场摊点面位库分粮",
        r"(?:(?:分红|分配|配股|股份|收益)的?(?:资格|权利?|名单|名册)|"
        # the collective era's share of the team's income: the work points it is paid by, the grain ration and the
        # grain shared out (扣其工分, 停发口粮, 取消其当年粮食分配): his share, like a dividend (t15old)
        r"(?:劳动)?工分|(?:基本)?口粮(?![田地款补])|(?:粮食|口粮|实物)分配|分粮|股份(?!(?:经济)?合作社(?:成员|股东|社员)?(?:代表)?(?:大会|会议|活动|组织的)|有限|公司)|股权|股金|配股|(?:成员|人口|个人|福利|基本|劳龄|农龄)股|"
        r"分红|红利|收益|(?:年终|年底|集体|收益)分配(?:款)?|(?<!粮食)(?:补偿款|补偿费|补偿金|补偿资金)|安置费|"
        # compensation named by what it is for (森林生态效益补偿, 征地补偿): CV602 like a dividend, not a subsidy
        r"(?:生态|效益|公益林|森林|草原|湿地|征地|土地|拆迁|青苗|林地|搬迁)补偿|"
        r"流转金|流转费|租金|经营权|承包权|使用权|承包面积|承包地|承包田|责任田|口粮田|土地|耕地(?!地力|保护补贴|补贴|补助)|山林|林地|林权|宅基地|财产|财物|"
        r"经营场地|经营场所|场地|摊位|摊点|门面|店面|铺面|"
        # a place the member holds for his own use, rented or allotted (收回其已租用的月租车位)
        r"(?<!的)(?:停车|月租|公共|固定|专用|地下)?车位|车库)",
        N_("扣发集体收益分红"),
    ),
    (
        "CV604",
        "水电气网号闸源视带暖热灌浇井管渠",
        # every supply a household lives on: water (irrigation water let into a field too), power, gas,
        # heating, the network (暂停其房屋的冬季供暖, 停止向其责任田放水灌溉); the well or watering point it
        # draws from (公用机电井, 人畜饮水井), its turn of irrigation (轮灌, 放水轮次) and the card or top-up it
        # buys water, power or gas with (饮水卡, 预付费电卡的充值): stopping any of them is the same cut
        # (the right to draw named by its supply, ending in 资格: 从集体渠道引水浇地的资格: the supply refused, not a
        # benefit; so is his standing as a user of the supply, 用水户资格, 用电户身份: the account the supply runs on, not
        # a membership: 用水户协会 membership is the association's own affair, docs/clause-codes.md)
        r"(?:(?:引水|用水|取水|放水|灌溉|浇地|浇水|用电|用气)(?:浇地|灌溉|灌田)?(?:户|者)?的?(?:资格|权利?|身份)|"
        # (the village's well and what it gives, a household's share of the water: 公井, 井水, 水份, 用水权)
        r"井水|水井|公井|古井|(?:用)?水(?:份|权)|"
        r"自来水|生活用水|生活用电|(?:临时)?用水(?!户?协会)|(?:临时)?用电|岸电|(?:生产|动力)用?电|(?<=不)(?:送|通)(?:水|电)|供水|供电|水电|电源总闸|电源|总闸|电闸|燃气|天然气|液化气|供气|用气|网络|宽带|有线电视|信号|"
        r"供暖|供热|暖气|取暖|采暖|热水|(?:放水)?灌溉(?:用?水)?|放水|浇灌|水源|轮灌|(?:机电|机|水|饮水)井|(?:分|放|进|引)水(?:口|闸)|"
        r"(?:饮水|取水|用水|购水|购电|预付费)?(?:水|(?<!充)电|气|燃气)卡(?:的?充值|使用)?|"
        # the meter and the account a supply runs on, the channel water of a field (锁闭其水表, 用水报装, 渠水)
        r"(?:水|电|气)表|(?:自来水|进户|入户)?(?:水阀|阀门|总阀|闸阀)|(?:接户|进户|入户)(?:水)?管|抽水|(?:灌|浇)(?:田|地)|(?:田头|田间)?渠口|水龙头|(?:用水|用电|用气|供水|供电|自来水|水电|天然气|燃气)(?:入户)?(?:报装|开户|接入|接通|开通)|(?:报装|开户)手续|渠水)",
        N_("停止供应"),
    ),
    (
        "CV605",
        "记补助利遇务证续目惠格权益策障救扶问标额会品金岗荐励料项卡贴保销章济收购导用限物货礼检游欢动施所权资酬费审光养单录册贷申政借信室屋场身钥识煤炭粮米面油食业训工价具桌帐器垃渡坝房机棚院待顾照",
        r"(?:"
        + _GRAIN_SUBSIDY
        + r"|补贴|奖补(?:资金)?|补助(?:金|款)?|救助(?:金)?|救济(?:金|粮)?|低保(?:金)?|慰问(?:品|金)?|岗位|推荐|证明(?:材料)?|"
        # the village vouching for a person (政审意见, 推荐意见): a service
        r"(?:政审|推荐|审查)(?:合格)?(?:意见|证明|材料)|政审|"
        # a registration of a thing the village handles for him (房屋产权登记); the status itself (户籍登记,
        # 注销其在村各项登记) is CV606
        r"(?:产权|房产|不动产|宅基地|建房|土地|林权|流转|确权|经营|营业|车辆|船舶|渔船)(?:使用权)?登记|"
        r"材料|手续|事项|服务|代收|代购|指导|鉴证|(?:加盖)?(?:公章|印章|签章)|使用(?:权限|权)?|(?:进出|出入|通行|使用|门禁)?权限|门禁卡|"
        # a pass to a place he uses (地下车库月卡, 电梯卡, 车辆出入证): the use of it, not the place
        r"(?:停车|车库|车位|电梯|梯控|通行|出入|充电|会员|健身|借书|借阅)(?:月|年|季)?卡|(?:借书|借阅|阅览)证|(?<=车库)(?:月|年|季)卡|(?:车辆)?(?:通行|出入|停车)证|(?<!村民的一切)(?<!村民的各项)(?<!村民的所有)(?<!民)(?<!成员)(?<!社员)待遇|政策|资金|项目|指标|名额|津贴|福利|保障|优惠|报销|盖章|(?<!投票)(?<!选举)(?<!表决)(?<!居住)(?<!落户)(?<!投票的)(?<!选举的)(?<!表决的)(?<!民)(?<!民待遇)(?<!牧户)(?<!渔户)资格|机会|"
        # the village's favours by any name (本村给的任何优待, 各项照顾): the care it gives, named after what qualifies
        # it (照顾 alone is a duty of kin: 照顾老人)
        r"优待|优抚|(?<=[的何项种切些])(?:照顾|关照)(?:政策)?|"
        # goods and care the village hands out (春节物资发放, 免费体检)
        r"(?:物资|礼品|年货|节礼|慰问品|福利品)(?:发放|分发)?|(?:生活|日常|日用|节日|年节|过节)用品|"
        # goods the village sells below price, the insurance it pays for him (平价化肥, 代缴医疗保险)
        r"(?:平价|优惠|补贴)(?:化肥|农资|种子|农药|地膜|饲料|煤)|优惠价(?:格)?|(?:城乡居民|新农村|农村)?(?:医疗|养老)保险|医保|社保|"
        # the things and services it lends or does for all (公用厨具、桌椅和帐篷, 上门清运垃圾, 村办渡船摆渡)
        r"(?:公用|公共|集体|村里)的?(?:厨具|炊具|餐具|桌椅|桌凳|餐桌|桌子|板凳|帐篷|灵棚|锅灶|器具|用具|设备|器材|农机具?|工具|农具)|(?<=[、和及])(?:灵棚|帐篷|炊具|餐具)|"
        r"(?:清运|收运|收集|拉运|清理)(?:生活)?垃圾|垃圾(?:清运|收运|收集)(?:服务)?|摆渡|渡船|(?:补助|救济|慰问|福利|取暖|过冬)(?:米面油|粮油|煤|炭|粮|米|面|油)|体检|奖学金|助学金|(?:旅游|观光|疗养)(?:活动)?|联欢(?:活动)?|福利活动|(?:敬老|尊老|孝老|高龄)(?:金|津贴|补贴)|"
        # what a resident uses (公共晒场和农机具的权利, 会所、健身房等设施, 停车位的优先续租权)
        r"(?:助学|升学|考学|入学|奖学)奖(?:励)?(?:金|款|资金)?|"
        r"设施|场所|(?<=的)权利|(?:优先)?(?:续租|租用|承租)权|优先权|工资|报酬|劳务费|"
        # a list or a recommendation the village draws up, a loan it vouches for, an application it passes on
        # (不再纳入小额贴息贷款推荐名单, 其低保申请…, 政审)
        r"名单|名录|名册|贷款|借款|信贷|贴息|担保|扶持|申请|政审|确权|培训|务工|就业|"
        # the village's rooms and their keys, a card a benefit is paid on
        r"活动室|活动中心|文化室|文化大院|文化院坝|图书室|阅览室|农家书屋|会议室|礼堂|篮球场|健身房|健身器材|棋牌室|钥匙|"
        # its canteen for the old, its outings, its car park and squares (幸福食堂, 敬老出游, 公共停车场)
        r"食堂|出游|春游|秋游|(?:公共|集体|村)?停车场|(?:健身|文化|休闲|文体)广场|"
        # goods handed out, the verb right before them (不给其发米和油)
        r"(?<=发)(?:米面油|粮油|米|面|油|粮|肉|鸡蛋|年货|物资)|"
        # the village's threshing floor and mill (晒谷场, 碾房)
        # and the machines it keeps for all (碾米房, 打谷机, 脱粒机)
        r"晒(?:谷|粮)场|晒坝|打谷场|碾(?:米)?房|磨坊|(?:碾米|打谷|脱粒|收割|插秧|粉碎|烘干)机|"
        r"一卡通|惠农卡|社保卡|医保卡|电梯卡|停车卡|出入卡|门卡|(?:道闸|门禁|车辆|车牌|人脸)(?:识别|授权)|"
        # money for schooling (助学奖励金), not a reward for a task the member failed (卫生考核奖金 is lawful)
        r"(?:助学|升学|考学|入学|教育)奖励(?:金|款))",
        N_("取消低保等福利"),
    ),
)

# a verb of showing, then the medium it shows on (张贴在公开栏, 投放在电梯广告屏上, 制成展板立在村口)
_SHOWN_MEDIUM = (
    r"(?:屏|栏|榜|墙|台|群|广播|喇叭|公众号|网站|网上|朋友圈|电视|大会|会议|(?:小组|代表|群众|村民|居民|党员|户主|坝坝)会|"
    # a board the village writes on (村口黑板, 公告牌)
    r"黑板|白板|板报|公告牌|告示牌|公示牌|宣传牌|广场|路口|村口|门口|"
    # the estate's own boards and lifts, where every owner passes (电梯间, 电梯里, 单元楼道, 大堂)
    # (a screen or board named after the place is the medium quoted: 电梯广告屏)
    r"(?:电梯间?|电梯口|电梯厅|楼道|单元门|大堂)(?![^，,。；;：:！!？?\s]{0,6}?(?:屏|栏|榜|墙|板|牌)))(?:上|里|内)?"
)
# The wrong itself shown, as his name would be (违约行为公示, 其失信行为张榜): the doer is who it shames.
_WRONG_SHOWN = r"(?:违[规约章纪法禁]|失信|不良|不文明)(?:行为|事实|情形)|劣迹"
# one character of an exception that is no eligibility (未满十八周岁的除外, 户口不在本村的除外 are not wrongs)
_NOT_ELIGIBILITY = r"(?:(?!满|周岁|年龄|户口|户籍|迁|符合|条件|资格|不在本)[^，,。；;（()）])"
# one character of a description that is not a test failed (不符合条件的, 未通过审核的 are no wrong)
_TEMPERED_NOT_TEST = (
    r"(?:(?!符合|条件|合格|通过|评议|审核|审批|资格|达到|满足|标准|脱贫|成年|到期|到龄)[^，,。；;：:！!？?\s])"
)
_SHOWN_ON = (
    r"[^，,。；;！!？?]{0,24}?"
    r"(?:(?:公开展示|展示|展出|张贴|张挂|挂出|公布|公示|曝光|播放|播出|播报|滚动播放|循环播放|发布|推送|转发|刊登|登报|上墙|上榜|晒|"
    r"(?:制成|做成|印成|编成|写成|抄成|列成)" + _GAP + r"{0,10}?(?:展板|海报|横幅|告示|标语|宣传单|视频|大字))"
    r"(?:" + _GAP + r"{0,10}?" + _SHOWN_MEDIUM + r")?|"
    # put somewhere: only a public medium makes it a showing (照片发到城管部门 is evidence for an organ)
    r"(?:投放|放|贴|挂|登|发|刊|立|竖|摆|写|抄|印)(?:在|于|到|至|上)了?" + _GAP + r"{0,10}?" + _SHOWN_MEDIUM + r"|"
    # made in one sub-clause, shown in the next (截取画面配上当事人姓名，在村广播和微信群循环播放一周; 写出书面
    # 检讨，在村广播里向全村宣读); read out or announced on a medium too (在电子显示屏和微信群内滚动通报)
    r"(?:[^，,。；;！!？?]{0,8}?[，,]\s*(?:并|再|然后|同时)?(?:在|于|通过|利用))?"
    + _GAP
    + r"{0,16}?"
    + _SHOWN_MEDIUM
    + r"(?:里|内|中)?"
    + _GAP
    + r"{0,6}?(?:循环|滚动|反复|连续)?(?:播放|播出|播报|通报|宣读|朗读|公布|公示|展示|显示|曝光))"
)
_SHOWN_KEYS = "布示放播贴挂登发晒展墙榜曝推刊立竖摆制做印报读写抄"
# A likeness of the person, whoever else is in it (狗主人与犬只的合影, 车主和车辆的合照): shown, it shows him
_LIKENESS = r"(?:照片|相片|像片|头像|肖像|合影|合照|影像|视频|录像|(?:监控)?(?:截图|画面))"

# what is worn to be seen (马甲, 袖章, 胸牌, 帽子) and the mark on it (印有, 写着, “…”字样, 「…」)
_WORN_THING = r"(?:马甲|背心|坎肩|袖标|袖章|臂章|绶带|胸牌|胸卡|标牌|帽子|牌子|围裙|衣服|上衣|外套|号衣)"
_WORN_MARK = r"(?:印有|写有|印着|写着|标有|标着|绣有|绣着|印制|字样|[“\"「『‘])"

# debts paid first, then a status granted (须由父母结清所欠各项款项，方可…)
_ARREARS_FIRST = (
    r"(?:结清|交清|缴清|还清|付清|补交|补缴|补齐)[^。；;！!？?]{0,24}?(?:款|费|欠|债|钱|金|罚|租)[^。；;！!？?，,]{0,6}?"
    r"(?:后)?[，,]?\s*(?:方可|才能|才可|方能|才予|才)(?:予以|给予|为其|继续)?"
)

# --- CV606: a removal and a member's standing, in either order within one sub-clause --------------
# Membership is written in many nouns (成员档案, 移民身份, 挂靠关系, 集体经济组织, 投票资格, 本组 itself) and
# taken by many verbs (清退, 撤销, 除名, 视同…退出, 列为): any removal with any standing in one consequence
# sub-clause is the expulsion. A voluntary association's membership and honours stay out (the gap check);
# a death or a move away is the law's own case (eligibility).
_STANDING = (
    r"(?:(?:成员|村民|社员|股东|股民|组员|移民|寨民|屯民|社区居民|牧民|渔民|嘎查民|牧户|渔户)(?:户)?的?(?:待遇)?(?:资格|身份|档案|名册|名单|待遇|权利|权益|登记|花名册|证|名(?![下单册额]))|"
    # the village's register of its people and a voter's papers (常住人口名册, 选民证, 选民名单)
    # (不再承认其为本村村民: the member named after 为)
    r"(?<=为)(?:本|该)(?:村|组|社|屯|寨|嘎查)的?(?:村民|组员|社员|成员)|"
    r"(?:常住|户籍|在册)?人口(?:花名册|名册|登记册?)|花名册|选民(?:证|资格|登记|名单|名册)|"
    r"挂靠(?:关系|户口|手续)?|(?<!非本)集体经济组织(?!成员大会|会议|代表)|(?:被)?选举权|表决权|投票权|"
    r"(?:选举|投票|表决)(?:的|中的)?(?:资格|权利)|(?:居住|落户|居留)的?(?:资格|权)|(?:村|组|社|寨|屯)籍|户籍|"
    r"(?:本|该)(?:村|组|社|屯|寨|嘎查|苏木|浩特|生产队|队)(?![委规干民代务内里的一-龥])|"
    # the collective itself, the clause ending there (按自动脱离本集体处理)
    r"(?:本|该)(?:村|组|社)?集体(?=处理|论处|对待|[，,。；;！!？?\s]|$)|"
    r"(?:非正式|非本[村组社]|编外|临时)(?:村民|组员|社员|成员|人员|人口|户|人))"
)
_REMOVAL = (
    r"(?:取消|剥夺|注销|撤销|清退|开除|除名|划除|划掉|划去|删除|删掉|剔除|勾销|抹去|抹掉|收回|终止|停止|暂停|列为|划为|降为|除(?=其|他|她|该户)|"
    # a voter's card or a member's entry withheld, his membership no longer owned (不给其发放选民证, 不再承认其为)
    r"不(?:再|予|给)?(?:为|给|向)?(?:其|他|她)?(?:发放|发给|补发|承认|认可|登记|列入)|"
    r"(?:视为|视同|按|作|决议|责令|要求|勒令)" + _GAP + r"{0,4}?(?:放弃|退出|脱离)|自动(?:放弃|退出|脱离))"
)
# 作「除名」处理, 予以除名, 即行除名: struck off with no object named, in a consequence (an association's or an employer's
# sentence bars it: _wide_reading_barred)
_STRUCK_OFF = r"(?:(?:作|按|予以|给予|进行|即行|即予|立即|当即|一律)[“「『\"]?除名[”」』\"]?(?:处理)?|除名处理)"
_REMOVAL_AFTER = r"(?:予以|一律|即行|自动|同时)?(?:注销|撤销|取消|除名|划除|划掉|划去|划出|勾掉|勾销|勾除|抹掉|抹去|删除|删掉|删去|剔除|除掉|除去|去除|去掉|清退|终止|作废|失效|不再保留|不予保留)"
_STANDING_PATTERNS = (
    # his registration made to go after a wrongdoing (其户口须在三个月内自行迁走, 户籍一律迁出)
    _P(
        "CV606",
        ("户", "迁转"),
        _lazy(
            # (or moved by the village: 其户口由村委会迁出本村)
            r"(?:户口|户籍)(?:也|则|即|就|一律|均)?(?:须|必须|需|要|应|应当|限期?|一律|由)"
            + _GAP
            + r"{0,10}?(?:迁出|迁走|迁离|转出)"
        ),
        N_("取消村民资格"),
        # (not eligibility: 迁出 is its own word, and the wrongdoing before it is no move away)
        penalty_only=True,
    ),
    # the whole household moved out of the place after a wrongdoing (违者全家迁出本寨, 其一家限期搬离本村)
    _P(
        "CV606",
        ("家户", "迁搬离"),
        _lazy(
            r"(?:全家|举家|全户|一家|全家人|一家人)(?:老小)?(?:一律|必须|须|要|应|应当)?(?:限期|立即|即行)?"
            + _GAP
            + r"{0,6}?(?:迁出|搬出|搬离|迁离|离开)"
            + _HOME
        ),
        N_("驱逐出村"),
        penalty_only=True,
    ),
    _P("CV606", ("除",), _lazy(_STRUCK_OFF), N_("取消村民资格"), penalty_only=True, eligibility=True, wide=True),
    _P(
        "CV606",
        # (the third set, a character of each removal verb's end, keeps it off the many sentences that
        # hold 按, 作, 要 or 责 and 村 or 民: it was read in a third of the county's sentences)
        (
            "取剥注撤清开除划删剔终停暂列降视按作决责要勒自发认登收勾抹",
            "资身档册单遇权益挂组籍村社屯寨民员证",
            "消夺销退除止停列划降弃出离放给发认可记入回掉去",
        ),
        _lazy(_REMOVAL + r"[“”「」『』\"]?" + _WIDE_GAP + r"[“”「」『』\"]?(?P<object>" + _STANDING + ")"),
        N_("取消村民资格"),
        penalty_only=True,
        eligibility=True,
        generic=True,
        wide=True,
    ),
    _P(
        "CV606",
        ("注撤取除划删剔清终作失保勾抹去", "资身档册单遇权益挂籍民员织"),
        _lazy(r"(?P<object>" + _STANDING + ")" + _WIDE_GAP + _REMOVAL_AFTER),
        N_("取消村民资格"),
        penalty_only=True,
        eligibility=True,
        object_first=True,
        generic=True,
        wide=True,
    ),
)

# the clan's hall and the shrine where an old rule's assembly sits (祠, 宗祠, 祖堂, 众厅, 社庙)
_CLAN_HALL = r"(?:祠堂|宗祠|家祠|祖祠|祠内|祠中|祠|祖堂|祖厅|众厅|公厅|社庙|庙内|庙)"
# what one may not do in the hall (不准进祠堂打牌, 不得入祠饮酒): a rule of conduct there, no entry barred (rv13)
_HALL_CONDUCT = r"(?!堂?(?:打牌|赌|饮酒|喝酒|吸烟|抽烟|喧哗|吵闹|打闹|玩耍|嬉戏|堆放|晾晒|住宿|过夜|乱))"

# a bill everyone shares: of the public, of the whole (or this, 该) village, group or building
_SHARED_BILL = r"(?:公共|(?:全|本|整个?|其所在的?|所在)(?:村|组|队|屯|寨|社|楼栋?|栋|单元|小区|体)|大家)"

_PATTERNS: tuple[_Pattern, ...] = (
    # --- CV601 fine or payment as penalty -----------------------------------------------------
    _P(
        "CV601",
        ("元块", "处"),
        _lazy(
            r"(?<![每一两此各多几数该这那本某\d])处以?\s*(?:每[^，,。；;\d]{0,3})?" + _MONEY + r"(?:的)?(?:罚款|罚金)?"
        ),
        N_("罚款"),
        inherent=True,
    ),
    _P(
        "CV601",
        ("元块", "罚"),
        # (a fine told as done, in a report: 被村里罚了两百元, 罚去他五十块, 罚过三百元; t14old; not when the report
        # goes on to its refund ordered, 乡政府已责令退还: a wrong undone, rv14)
        _lazy(
            r"(?:(?<![处惩奖赏受认责])罚|处罚|惩罚)"
            + _FINE_DONE
            + r"?\s*"
            + _WHOM
            + r"?\s*(?:每[人户次天]?)?\s*"
            + _MONEY
        ),
        N_("罚款"),
        inherent=True,
    ),
    # a penalty the charter imposes without naming it (违者重罚, 进行相应处罚, 按"谁烧罚谁"的原则处罚): to a
    # village a penalty is a fine, and a charter may impose none (docs/clause-codes.md, CV601); the law's or an
    # authority's penalty (按有关规定处罚, 由公安机关处罚, 行政处罚) is referred, not imposed (see unnamed)
    _P(
        "CV601",
        ("罚惩",),
        _lazy(
            r"(?<!行政)(?<!治安)(?<!刑事)(?<!党纪)(?<!政纪)(?<!经济)(?<!不作)(?<!不予)(?<!免予)(?<!免于)"
            # (公罚: the penalty the assembly decides, in old steles; 严惩: a penalty made heavy, its kind unnamed)
            r"(?:(?:从重|加重|严厉|严加|严肃|相应的?|适当的?|一定的?)(?:处罚|惩处|惩罚|惩办)|处罚|惩处|重罚|严罚|重重处罚|公罚|严惩|"
            # an old rule's penalty by its other verbs (合族责罚, 公同议罚, 一并受罚, 酌罚, 究罚): no kind named either
            # (受罚充公, 议罚银五两: a thing or a sum named straight after is the penalty, read by its own pattern)
            r"(?<![奖赏与和及])惩罚(?!性)|(?:责罚|议罚|受罚|酌罚|究罚|众罚)(?![入充归没银钱戏])|"
            # 罚 standing alone, nothing fined named after it (先戒后罚, 即罚之, 罚之轻重, 照此罚, 罚不贷): the penalty
            # itself, its kind unnamed; after a word that makes it a topic or a pair (奖罚, 赏罚, 刑罚, 体罚) or a
            # negation (不罚, 免罚) it is none
            r"(?<![奖赏刑处惩受认责免议酌究公重严加体不勿莫毋谁有该要必与和及或当])罚"
            r"(?=之(?![说法制道例意理事规风])|不贷|无赦|勿贷|毋贷|不恕|不宥|亦如之|如之|\s*[，,。；;！!]|\s*$))"
            r"(?![金款条规措办标决细制权力依与和结对情法单书额的])"
        ),
        UNNAMED_PENALTY,
        penalty_only=True,
        unnamed=True,
    ),
    # a pledge to bear the penalty (违者甘愿受罚, 自愿认罚, 认罚五百元): the member's own words for the charter's fine, its
    # kind unnamed or named by its sum (docs/clause-codes.md, CV601)
    _P(
        "CV601",
        ("罚",),
        _lazy(
            r"(?:(?:甘愿|自愿|情愿|愿意|愿)(?:接受|接)?(?:受罚|认罚)|(?<![否公承])认罚)"
            r"(?![金款条规措办标决细制权力依与和结对情法单书额的])(?:\s*" + _MONEY + r")?"
        ),
        UNNAMED_PENALTY,
        penalty_only=True,
        unnamed=True,
    ),
    # penalties the rule sets for a wrong, told as its provisions (对乱倒垃圾的明确处罚措施, 为欠费户设定了处罚条款, 对赌博
    # 制定了惩罚办法): a report or a rule that names the penalty's provisions and not their kind sets penalties all the
    # same, read as the fine a village alone could give (docs/clause-codes.md, CV601); a law named before it or an
    # authority after it refers them (unnamed), and a ban on setting them forbids them
    _P(
        "CV601",
        ("罚惩",),
        _lazy(
            r"(?:(?:规定|明确|制定|设定|设置|出台|订立|列出|写明|写入|载明|定下|定出|出台)了?"
            + _GAP
            + r"{0,10}?|(?<=[的])(?:明确|具体|详细|相应|严格|严厉|配套)*的?)"
            r"(?<!行政)(?<!治安)(?<!刑事)(?:处罚|惩罚|惩处|惩戒)的?(?:措施|办法|条款|细则|标准|规定|方式|手段|规则)"
            + _NOT_STRUCK_AFTER
        ),
        UNNAMED_PENALTY,
        penalty_only=True,
        unnamed=True,
        provisions=True,
    ),
    # the same provisions set for a wrong named in their own clause (对乱倒垃圾的行为规定了惩罚办法, 为拒交卫生费的农户设定
    # 了处罚条款): the wrong they answer stands in the match, so no condition of the sentence is needed
    _P(
        "CV601",
        ("对为针定确订设置台列写载", "罚惩"),
        _lazy(
            r"(?:(?:针对|对于|对|为)"
            + _TEMPERED_NOT_TEST
            + r"{0,20}?(?:"
            + _WRONGDOING.pattern
            + r")"
            + _TEMPERED_NOT_TEST
            + r"{0,20}?(?:"
            + _SETS_PROVISIONS
            + r"了?"
            + _GAP
            + r"{0,8}?|的(?:明确|具体|详细|相应|严格|严厉|配套)+的?)|"
            # (the verb first, the wrong in what the provisions are of: 明确了对乱建乱占的惩处办法, 制定了违规停车的罚则)
            + _SETS_PROVISIONS
            + r"了?"
            + _TEMPERED_NOT_TEST
            + r"{0,16}?(?:"
            + _WRONGDOING.pattern
            + r")"
            + _TEMPERED_NOT_TEST
            + r"{0,16}?的(?:明确|具体|详细|相应|严格|严厉|配套)*的?)"
            r"(?<!行政)(?<!治安)(?<!刑事)(?:(?:处罚|惩罚|惩处|惩戒)的?(?:措施|办法|条款|细则|标准|规定|方式|手段|规则)|罚则)"
            + _NOT_STRUCK_AFTER
        ),
        UNNAMED_PENALTY,
        inherent=True,
        unnamed=True,
        provisions=True,
    ),
    # the same penalty told by its weight or by the rule it follows, not by its kind (一律从重处理, 严惩不贷, 众议严办,
    # 按族规处置, 照寨规惩治): a harsh handling or the clan's own rule names no kind, so it is read as the fine a
    # village alone could give (docs/clause-codes.md, CV601); 从严批评教育 names its kind, and 依法从严处理 refers
    _P(
        "CV601",
        ("重严按照依规法约",),
        _lazy(
            # (论处, 惩办: the old verbs of the same; 以家法, 族约, 祠规: the clan's rule by its other names)
            # (the rule opening its clause is the manner without a preposition, 家规处置, 族规论处; 用, 受 are the
            # same preposition in other words)
            # (重处: the same in an old rule's one word, 违者重处不贷, 按族规重处)
            r"(?:从重|从严|严厉|加重)(?:处理|处置|惩治|查办|论处|惩办)|严惩|重惩|严办|重办|(?<!从)重处(?![理置分所])|"
            r"(?:(?:按|照|依|以|用|受|责以)照?|(?<=[，,。；;：:\s“”「」\"者被]))(?:本|此)?(?:族规|寨规|家法|家规|宗规|祖规|款规|款约|榔规|村规民约|村规|规约|公约|本约|禁约|族约|祠规|族中规矩)"
            # (责以家法: the clan's law as the penalty given, nothing after it; 以家法从事: dealt with by it)
            r"(?:(?:的?规定)?(?:处理|处置|惩治|惩处|论处|严惩|惩办|议处|治罪|惩戒|从事|责处|处分|惩罚)|(?<=家法)(?=\s*(?:[，,。；;！!]|$)))"
            r"(?![金款条规措办标决细制权力依与和结对情法单书额的意])"
        ),
        UNNAMED_PENALTY,
        penalty_only=True,
        unnamed=True,
    ),
    # the punishment named by 处治 or 惩治 alone (族众公同处治, 合族惩治): no kind named; 依法惩治 refers (unnamed)
    _P(
        "CV601",
        ("治",),
        _lazy(r"(?<![从严加])(?:处治|惩治)(?![金款条规措办标决细制权力依与和结对情法单书额的])"),
        UNNAMED_PENALTY,
        penalty_only=True,
        unnamed=True,
    ),
    # the penalty of another wrongdoer applied to him (知情不报者与犯者同罪, 窝藏者与窃贼同罚, 照窃盗一体治罪, 畏缩不前
    # 与犯禁之人一体同罚): that penalty, its kind unnamed here; being likened to the wrongdoer, his own conduct is
    # judged a wrong whatever words the condition uses (t14old), so the measure is a penalty in itself; the kin
    # bearing it with the doer (父兄同罚) are read as CV608
    _P(
        "CV601",
        ("罪罚论科究",),
        # (与犯者同罪: the clause reads 与犯者 as its condition, so only what follows the 者 is matched)
        _lazy(
            # (the other is a wrongdoer named as a person: 同罪同罚 is a maxim)
            # (not the statute's own likening, 依照刑法与罪犯同罪论处: rv14)
            # (or one of the outcasts an old rule bars from the place, harboured: 与乞丐同罪, 与流棍同罚, 与游民一体治罪)
            r"(?:(?<!刑法)(?<!法律)(?<!法规)(?:与|同|照)(?=[^，,。；;！!与同照]{0,8}?(?:犯|贼|盗|窃|赌|匪|凶|奸|窝|罪|纵|抢|劫|骗|殴|杀|"
            r"丐|乞|棍|痞|歹|娼|妓|氓|游民|流民|游勇|烟贩|二流子))"
            r"[^，,。；;！!与同照者]{0,7}?(?:人|贼|犯|徒|匪|盗|辈|等|首|丐|棍|痞|民|氓|妓|娼|勇|贩|子)"
            r"(?:一体|一律|一并|一例|一样|一同)?(?:同罪|同罚|治罪|受罚|处罚|论罪|论处|同论|同科|同究)|"
            r"(?<=者)(?:一体|一律|一并|一同)?(?:同罪|同罚|一体治罪|一例治罪))"
            # (the guilt the state then judges, 与窝藏者同罪，报官究治, 送派出所处理: the hand-over's, rv13)
            r"(?![^。；;]{0,12}?(?:报官|送官|鸣官|禀官|送县|报县|官府|公安|派出所|司法机关|法院|依法))"
        ),
        UNNAMED_PENALTY,
        inherent=True,
        unnamed=True,
    ),
    # a penalty carried over by reference to another article's or wrong's (其罚与偷松木同例, 罚同前款, 照偷笋之例办理):
    # the penalty of that other line, its kind unnamed here, read as the unnamed penalty; the reference is the
    # penalty itself as the subject (其罚, 罚则) or a handling by that line's example (t15old)
    _P(
        "CV601",
        ("罚例", "与同照如依按比援"),
        _lazy(
            r"(?:(?<=其)|(?<=[，,。；;：:\s者]))(?:罚则|处罚|罚)(?:与|同|照|如|依|按|比照)"
            r"[^，,。；;！!]{0,10}?(?:同例|一例|一样|相同|无异|之例|前例|上例|"
            r"(?:同|前|上)(?:条|款|项|例)?(?=\s*(?:[，,。；;！!]|$)))"
            # (or likened to another wrong by its name alone, 偷牛者罚同偷马)
            r"|(?:(?<=其)|(?<=[，,。；;：:\s者]))罚同(?![时等样比期])[^，,。；;！!]{1,8}?(?=\s*(?:[，,。；;！!]|$))"
            r"|(?:照|按|依|比照|援)[^，,。；;！!]{0,10}?(?:之|前|上|此|同)例"
            r"(?:办理|办|处置|处理|惩处|惩办|论处|究办|从事)"
        ),
        UNNAMED_PENALTY,
        penalty_only=True,
        unnamed=True,
    ),
    # handled as another wrong is (按偷水论处, 照盗窃论罚, 以偷伐论): that wrong's penalty, its kind unnamed here; not a crime the
    # law names (以盗窃罪论处) nor a hand-over to the state after it (t15old); a doer named (按窃贼论处) calls him a thief,
    # the ninth session's CV603
    _P(
        "CV601",
        ("论", "按照以"),
        _lazy(
            r"(?:按|照|以)(?=[^，,。；;！!]{0,6}?(?:偷|盗|窃|抢|毁|砍|伐|赌))[^，,。；;！!]{1,6}?(?<!罪)(?<!贼)(?<!犯)(?<!徒)(?<!匪)(?<!者)(?<!人)(?<!小偷)论(?:处|罚|)"
            r"(?![^。；;]{0,12}?(?:报官|送官|派出所|公安|司法|依法|法律|刑))"
        ),
        UNNAMED_PENALTY,
        penalty_only=True,
        unnamed=True,
    ),
    # the wrongdoer himself "handled", nothing more said (违者处理, 犯者一律严肃处理, 违反者视情节轻重处理): the charter's own
    # handling of the one who broke its ban, no kind named, so the unnamed penalty; only with the wrongdoer as its
    # subject right before it (a dispute handled, a cadre's discipline, 违反的由纪委处理, stay apart), and not when the
    # handling is the law's or an authority's (t15old)
    _P(
        "CV601",
        ("处", "违犯如若倘"),
        _lazy(
            r"(?:(?<=违者)|(?<=犯者)|(?<=违反者)|(?<=违犯者)|(?<=违规者)|(?<=违禁者)|(?<=犯禁者)|(?<=如违)|(?<=若违)|(?<=倘违))"
            r"(?:一律|均|皆|都|必|定|必定)?(?:视情节(?:轻重)?|根据情节(?:轻重)?|按情节(?:轻重)?)?"
            r"(?:严肃|严格|认真)?(?:予以|给予|进行|加以)?处理"
            r"(?=\s*(?:[，,。；;！!]|并|$))"
            r"(?![^。；;]{0,12}?(?:依法|法律|有关部门|主管部门|公安|派出所|司法|机关|纪委|纪律|党纪|政务|组织处理))"
        ),
        UNNAMED_PENALTY,
        penalty_only=True,
        unnamed=True,
    ),
    # the assembly deciding the penalty, nothing named (公同议处, 违者议处, 公议处分): the unnamed penalty
    _P(
        "CV601",
        ("议",),
        # (由上级党组织议处, 交纪委议处: a party's or an authority's body deciding its own discipline, not the charter)
        _lazy(r"(?<!会)(?<!组织)(?<!党委)(?<!支部)(?<!纪委)(?<!监委)(?<!上级)议处(?![理置所死决刑])|(?<=公)议处分"),
        UNNAMED_PENALTY,
        penalty_only=True,
        unnamed=True,
    ),
    # the penalty ruled by the village's elders or its assembly, its kind unnamed (交寨老会处置, 由款首裁决, 由长老们商议如何
    # 处理, 由村民大会议处): the village's own penalty, not an authority's, read as the fine a village alone could give
    # (docs/clause-codes.md, CV601); a mediation (由寨老调解处理) rules no penalty
    _P(
        "CV601",
        ("老首头长众会人族榔理主目", "议裁处置惩治落断"),
        _lazy(
            # (a clan's head is read by its own patterns: 听从族长发落; one handed to another clan's, 交给其族长发落, is no
            # penalty of this village's)
            r"(?:寨老|长老|老人|款首|款头|榔头|理老|头人|鼓藏头|寨主|头目|首领|耆老|乡老|众人|全寨|合寨|"
            r"寨民大会|村民大会|群众大会|寨老会|老人会|长老会|议榔|款会)"
            r"(?:(?!调解|调处|协调|调停|评理)[^，,。；;！!？?]){0,8}?"
            r"(?:议处|公议处置|公议处理|公议处罚|议罚|裁决|裁处|处置|惩处|惩治|发落|处治|论处|公断|"
            r"(?:商议|会商|评议|合议|议定|商定|公议)[^，,。；;！!？?]{0,4}?(?:处理|处置|处罚|惩处|发落|办))"
        ),
        UNNAMED_PENALTY,
        penalty_only=True,
        unnamed=True,
    ),
    # the wrongdoer left to the clan's judgement (听凭族众处置, 听候合族公议, 听从族长发落): a penalty of the clan's, its kind
    # unnamed, as 按族规处置 is
    _P(
        "CV601",
        ("听",),
        _lazy(
            r"听(?:凭|从|候|由|任)(?:族众|族长|房长|合族|阖族|众人|公众|众|族中|祠中|族人|族内|公议)"
            r"[^，,。；;！!]{0,4}?(?:处置|处分|处理|发落|处治|惩处|议处|惩办|公议|议罚|罚)"
        ),
        UNNAMED_PENALTY,
        penalty_only=True,
        unnamed=True,
    ),
    # a tariff line: a wrong and its price, nothing between (乱倒垃圾50元/次, 在外寨酗酒闹事三千至五千元, 未经登记留宿外人
    # 每次要交五百元): the sum is what the wrong costs him. The line is the whole clause, its act names a wrongdoing,
    # and no fee, wage, benefit or damages is named in it (每人每年交卫生费30元, 打扫卫生每次50元 stay lawful)
    _P(
        "CV601",
        ("元块",),
        _lazy(
            r"(?:(?<=[，,。；;：:\s、])|^)(?=[^，,。；;：:\s]{0,16}?(?:"
            + _WRONGDOING.pattern
            + r"))(?![^，,。；;：:\s]{0,20}?(?:费|工资|薪|补贴|补助|奖|价|租|赔|偿|收入|成本|预算|投资|标准|未成年|未满|金|款|借|贷|营业|"
            # a limit set, not a price (彩礼不得超过五万元, 礼金控制在二百元以内)
            r"超过|超出|不超|不得|不准|不能|不宜|禁止|严禁|控制|限|最高|最多|以内))"
            r"[^，,。；;：:\s]{2,16}?(?:的|者)?\s*(?:每次|每人|一次|每年)?(?:也|都|须|要|也要|需)?(?:交纳|缴纳|交|缴|罚|付|出)?\s*"
            + _MONEY
            # (铁牌一块: 块 alone counts pieces as often as money)
            + r"(?<!块)(?:\s*[/每]\s*次)?(?=\s*(?:[，,。；;！!.]|$))"
        ),
        N_("罚款"),
        inherent=True,
        payment=True,
    ),
    # a tariff row: a wrong as the label, a colon, its price by the unit (毁坏路灯：每盏200元; 2. 偷摘果子：每斤10元):
    # the label is read as the condition (a wrong named as a topic), so only the price after it is the measure, and
    # a price list (垃圾清运：每户每年60元) has no wrong before its colon
    _P(
        "CV601",
        ("元块", "：:"),
        _lazy(r"(?<=[^\s：:，,。；;])" + _UNIT_PRICE + r"(?=\s*(?:[。；;\n]|$))"),
        N_("罚款"),
        penalty_only=True,
    ),
    # a share of a value or a loss paid and taken in by the village, not the one who lost it (按失物价值的百分之五
    # 承担赔付，赔付款由村委会收取): the sum is the village's, a fine; damages go to the victim
    _P(
        "CV601",
        ("值款额失价", "%％分成"),
        _lazy(
            r"按[^，,。；;]{0,12}?(?:价值|价款|价格|金额|损失|货值|价)的?(?:百分之[一二三四五六七八九十百\d]+|[\d.]+\s*[%％]|[一二三四五六七八九\d]成)"
            r"[^，,。；;]{0,4}?(?:承担|赔付|赔偿|交纳|缴纳|支付|交|缴|罚|赔)"
            r"(?=[^。]{0,30}?(?:村委会?|村民委员会|村里|村集体|组里|村民小组|理事会)[^，,。；;]{0,6}?(?:收取|收缴|统一收|所有|收归|归))"
        ),
        N_("变相罚款"),
        penalty_only=True,
    ),
    # old currency in an old rule (罚银三两, 罚大洋五块, 罚铜钱一百文): money by weight or string, still a fine
    _P(
        "CV601",
        ("罚",),
        _lazy(
            # (罚洋五元, 罚铜板三百: the foreign dollar and the copper by their own names; 罚制钱二千, 罚铜钱五百: the
            # count alone, the coin already named; 罚银入祠, 罚钱归公: the sum left unsaid, paid into the hall's or the
            # community's fund)
            r"(?<![处惩奖赏受认责])罚"
            + _WHOM
            + r"?"
            + _OLD_COIN
            + r"(?:[\d一二两三四五六七八九十百千]+(?:两|钱|文|吊|串|贯|块|枚|元|张)?|(?:入|充|归|交)(?:公|祠|庙|众|会))"
        ),
        N_("罚款"),
        inherent=True,
    ),
    # the weight before the metal (罚三十三两白银, 赔其夫八十八两银子, 出纹银十两): silver by weight is old money,
    # and a sum set by the rule, whatever its verb, is no loss made good
    _P(
        "CV601",
        ("银",),
        _lazy(
            r"(?:(?<![处惩奖赏受认责])罚|赔偿?|出|交|缴|纳)[^，,。；;：:]{0,8}?"
            r"(?:[\d一二两三四五六七八九十百千]+(?:两|钱)(?:或[\d一二两三四五六七八九十百千]+两)?"
            # (the metal first: 出银二十两, 交纹银五两)
            r"(?:白银|纹银|银子|银两|雪花银|银)|(?:白银|纹银|雪花银|银子|银)[\d一二两三四五六七八九十百千]+(?:两|钱))"
        ),
        N_("罚款"),
        penalty_only=True,
    ),
    # 罚狗主人五十元: the person fined named between 罚 and the amount
    _P(
        "CV601",
        ("元块", "罚"),
        _lazy(r"(?<![处惩奖赏受认责])罚(?:" + _GAP + r"{1,6}?)(?:人|主|户|者|方|家|长)\s*" + _MONEY),
        N_("罚款"),
        inherent=True,
    ),
    _P(
        "CV601",
        ("罚裁",),
        _lazy(
            # (罚款须由有关部门依法作出: the fine as a topic the sentence leaves to an authority, no fine imposed)
            r"(?:罚没款|罚款|罚金|罚钱|经济处罚|经济制裁|经济惩罚)(?!条款|规定|内容|事项)"
            r"(?!(?:须|应|必须|只能|应当|一律|均|都)?(?:由|归)(?:有关|相关|主管|执法|行政|公安|政府|人民政府|乡|镇|县|市|法院))"
            + _SHARE_OF_FINES
            + r"(?:\s*(?:每[人户次天亩株棵头]?)?\s*"
            + _MONEY
            + ")?"
        ),
        N_("罚款"),
        inherent=True,
        defer_bare=True,
    ),
    _P(
        "CV601",
        ("罚",),
        _lazy(
            # (罚令演戏, 罚着请酒: the old rule's fine by command, the thing ordered after it; 敬酒不吃吃罚酒 is the idiom)
            r"(?<![处惩奖赏受认责吃])罚(?:令|着|使)?"
            + _WHOM
            + r"?(?:全村人?|全组人?|全体村民|(?:为|给|替)"
            + _GAP
            + r"{1,6}?)?"
            # (and the street washed, earth carried or a ditch dug: 罚其洗街一月, 罚挑土十担, 罚掏沟三日; t14old)
            r"(?:放|请|买|杀|办|演|唱|修|看|义务|劳动|工|酒|席|烟|猪|肉|鸡|羊|牛|米|粮|电影|戏|打扫|清扫|扫|做|"
            r"洗(?:街|路|巷)|挑(?:土|水|石|沙|粪)|掏(?:沟|渠|粪)|挖(?:沟|渠|塘)|铺路|垫路|淘井|"
            # goods for the rites (罚香烛一副, 罚鞭炮十挂), grain by the basket (罚谷三箩), and trees planted for the village
            # (罚栽树五十棵, 罚树苗一百株, 罚其为村里植树): a fine in kind or in labour
            r"香|烛|蜡|鞭炮|爆竹|谷|栽|种树|植|补种|树苗|苗木|出(?:义务)?工|"
            # a play for the village named by its kind (罚大戏一台, 罚社戏三天, 罚皮影戏两本; t14old)
            r"(?:大|小|社|神|愿|皮影|影|秧歌|木偶)戏|"
            # 罚谷子一百斤, 罚稻草十捆: goods fined by weight or count
            r""
            + _GAP
            # (香烛一对, 鞭炮一挂, 酒一坛: the old rule's offerings counted by their own units)
            + r"{1,6}?[\d一二两三四五六七八九十百千]+(?:斤|公斤|千克|担|石|升|斗|捆|只|头|车|桌|场|天|个工|工日|对|挂|副|封|坛|瓶|炷|盒|筒|双|箩|筐|挑|棵|株|台|本|出))"
            + _GAP
            + r"{0,8}"
        ),
        _fine_in_kind_what,
        inherent=True,
    ),
    # a fine in animals, counted before the beast in any reckoning (罚三九牲畜, 罚以两个九的牛羊, 罚他五倍的马, 罚数头
    # 牛): herds fined by nines or by multiples are the old customary fine in kind (docs/clause-codes.md, CV601); the
    # beast straight after 罚 (罚牛三头) is read above
    _P(
        "CV601",
        ("罚", "畜牲牛马羊猪骡驴"),
        _lazy(
            r"(?<![处惩奖赏受认责])罚(?:以|其|他|她|违者|犯者)?[^，,。；;：:！!？?\s]{0,10}?"
            r"(?:[\d一二两三四五六七八九十百千数几多]|倍)(?:头|匹|只|口|条|群|个)?的?"
            r"(?:牲畜|牲口|家畜|大畜|牛羊|牛马|马牛|猪羊|牦牛|黄牛|水牛|[牛马羊猪骡驴])(?![贼犯倌郎价钱])|"
            # (the beast first and its multiple or nines after it: 罚马三倍, 罚牛羊两九)
            r"(?<![处惩奖赏受认责])罚(?:其|他|她)?(?:牲畜|牲口|牛羊|牛马|[牛马羊猪骡驴])[\d一二两三四五六七八九十数几]+(?:倍|九)"
        ),
        N_("变相罚款"),
        inherent=True,
    ),
    # a landlord made to hand back the whole rent he earned, for breaking a rule that is not the lease's (无条件退还租金,
    # 房租全额退给租户): the rent was his, so its loss is a penalty in money (docs/clause-codes.md, CV601: kept for
    # another wrong); an overcharge given back (退还多收的租金) is restitution and has no 无条件 or 全额
    _P(
        "CV601",
        ("退返", "租"),
        _lazy(
            r"(?:无条件|全额|全部|如数|一律)(?:地)?(?:退还|退回|返还|退给|退)(?:其|给)?[^，,。；;：:多]{0,6}?(?:租金|房租|租费|租钱)|"
            r"(?<!多收的)(?:租金|房租|租费|租钱)(?:须|要|应|必须)?(?:无条件|全额|全部|如数|一律)(?:退还|退回|返还|退给|退)"
        ),
        N_("变相罚款"),
        penalty_only=True,
    ),
    # goods fined by their count first (罚一只鸡, 罚两坛酒, 罚他一壶酒一只鸭): the count and its unit of goods straight
    # after 罚 name a fine in kind
    _P(
        "CV601",
        ("罚", "只头坛壶瓶桶斤担挑箩筐桌席条包串挂对斗升"),
        _lazy(
            r"(?<![处惩奖赏受认责])罚(?:其|他|她)?[\d一二两三四五六七八九十百千]+"
            r"(?:只|头|坛|壶|瓶|桶|斤|公斤|担|挑|箩|筐|桌|席|条|包|串|挂|对|斗|升)"
            r"(?:鸡|鸭|鹅|猪|羊|牛|狗|酒|米酒|肉|猪肉|米|谷|糯米|烟|香烟|鞭炮|爆竹|蜡烛|香|茶|盐|布)"
        ),
        _fine_in_kind_what,
        inherent=True,
    ),
    # a sum fined under another name (罚误工款三百元, 罚他卫生费二百元, 罚治安金五十块): 罚 before the sum makes it a fine,
    # whatever the sum is called; the amount is required, so that a heading (罚则第三款) is no fine
    _P(
        "CV601",
        ("罚处", "元块"),
        # (处 only as the charter's own penalty verb, 处以 or 并处/另处: 处置费 is a fee)
        _lazy(
            r"(?:(?<![处惩奖赏受认责])罚|处以|(?<=[并另])处)"
            + _WHOM
            + r"?"
            + _GAP
            + r"{1,6}?(?:款|费|金|钱)\s*"
            + _MONEY
        ),
        N_("罚款"),
        inherent=True,
    ),
    _P(
        "CV601",
        ("元块", "交缴付担收资折扣捐少"),
        _lazy(
            # 捐 after a violation (若有超标，另捐一千元给老年协会): a pledge's fine named as a gift; 少发 a sum of what the
            # village pays him (发放奖补时少发他一百五十元): the fixed sum set off, as 扣
            r"(?:交纳|缴纳|交付|缴付|上交|上缴|补交|补缴|支付|承担|收取|计收|征收|加收|另收|出资|折款|折合|扣除|扣罚|扣减|扣|交|缴|付|"
            r"捐款|捐资|捐献|捐助|捐出|捐|少发|少给|少付|少分|少拨|少补|"
            # a sum collected from him as told (组里收了他五百元, 收其三百块): 收 with its done or its payer, not 收入
            r"收(?=了|他|她|其|该户))" + r"(?P<gap>" + _GAP + r"{0,10}?)" + _MONEY
        ),
        N_("变相罚款"),
        payment=True,
    ),
    # the sum put up by the wrongdoer in plain speech (先动手的出五百元, 每户拿出二百块, 掏了三百元给组里): 出 and 掏
    # straight before the sum, so that 出租 or 出售 with a price later in the clause is no payment
    _P(
        "CV601",
        ("元块", "出掏"),
        # (出钱五百元, 掏钱三百块: the money named before its sum)
        _lazy(r"(?:(?<![支付超多输产外进演售提突杰指卖租借])出|拿出|掏出|掏)了?(?:钱|资)?(?P<gap>)" + _MONEY),
        N_("变相罚款"),
        payment=True,
    ),
    _P(
        "CV601",
        ("元块", "交缴收付担"),
        # (按每人一百元负担误工补贴: borne as well as paid)
        _lazy(_MONEY + r"(?P<gap>" + _GAP + r"{0,6}?)(?:收取|交纳|缴纳|支付|承担|负担|收|交|缴|付)"),
        N_("变相罚款"),
        payment=True,
    ),
    _P(
        "CV601",
        ("倍番",),
        _lazy(
            # 加收一倍, 另收两倍: the surcharge's verb before the multiple names the payment
            r"(?:按|以|处以?|照价|加?罚|加收|另收|多收|再收|另行收取|"
            # 水费翻三倍, 电费要涨到两倍: the fee named before its multiple (a rhymed line drops 收取)
            # (水价上浮一倍, 电价上调两倍: the price named and raised)
            r"(?:用水|用电|燃气|暖气|取暖|房租|地租|保洁|清运|卫生|垃圾|管理|物业|承包|排污|灌溉|[水电气租])[费金价]"
            r"(?:要|就|便|则|也)?(?:上浮|上调|上涨|加价|涨|增|加|提高|提|翻(?!倍))?(?:了|到|至|为|成)?)?"
            + _MULTIPLE
            + r"的?(?:"
            + _GAP
            # (按所盗财物价值的十倍处理: a multiple of what he took, dealt with, is what he pays)
            + r"{0,6}?(?:收取|交纳|缴纳|赔偿|补交|补缴|计收|征收|处罚|罚款|赔付|处理|处置|收|交|缴|赔|罚))?"
            # 处以双倍清扫费: the fee the multiple applies to belongs to it (the group tries before it gives up)
            + r"(?:"
            + _GAP
            + r"{0,4}?(?:费|款|金))?"
        ),
        lambda e: N_("罚款") if "罚" in e else N_("加倍收费"),
        needs_pay_word=True,
    ),
    # a ratio of a wrong to its price (偷一罚十, 砍一赔五, 盗一罚三): the multiple written as a saying
    _P(
        "CV601",
        ("罚赔",),
        _lazy(
            # (赔一罚三: the thing made good once and fined three times over)
            r"(?:偷|盗|窃|砍|伐|摘|拿|毁|损|挖|采|放|烧|占|捕|钓|赔)[一1](?:罚|赔|补)"
            r"(?:[二三四五六七八九十百]+|[2-9]|\d{2,})(?![\d一二三四五六七八九十百千]*(?:元|块|斤|天|日))"
        ),
        N_("罚款"),
        inherent=True,
    ),
    _P(
        "CV601",
        ("金", "约滞"),
        _lazy(
            r"(?:(?:交纳|缴纳|支付|承担|收取|加收|计收|征收|处以?|交|缴|付)" + _GAP + r"{0,6}?)?(?:违约金|滞纳金)"
            r"(?:\s*" + _MONEY + ")?"
        ),
        N_("违约金"),
        contract=True,
        pronoun=True,
    ),
    # a sum named as the liability for a breach (承担二百元的违约责任, 负五百元违约责任): the charter fixes what a
    # breach of it costs, a 违约金 in other words (docs/clause-codes.md, CV601); 违约 itself names the wrong
    _P(
        "CV601",
        ("元块", "责"),
        _lazy(r"(?:承担|负担|负|担负|支付|交纳|缴纳|付)\s*" + _MONEY + r"\s*的?\s*(?:违约|违规)(?:经济)?责任"),
        N_("违约金"),
        contract=True,
        inherent=True,
    ),
    # 预征其下一年度卫生费, 一律预征三年的土地使用费: a due collected in advance as a sanction
    _P(
        "CV601",
        ("预提事", "费款金租"),
        _lazy(
            _ADVANCE + r"(?!费|款|金|卡|式|制|的)(?P<gap>" + _GAP + r"{0,12}?)(?:费|款|金|租)"
            # the due named first (保洁费一次性预收三年, 水费改为提前收取一年)
            r"|(?:费|款|金|租)(?P<gap2>"
            + _GAP
            + r"{0,8}?)"
            + _ADVANCE
            + r"(?:[\d一二两三四五六七八九十半]+个?(?:年|月))"
            # the period named before the due (下一年度的保洁费一次性预收, 明年全年的水费提前缴纳)
            r"|(?:"
            + _SPAN_OF_TIME
            + r"|明年|来年)的?"
            + _GAP
            + r"{0,8}?(?:费|款|金|租)"
            + _GAP
            + r"{0,6}?"
            + _ADVANCE
            + r"(?!费|款|金|卡|式|制)"
        ),
        N_("变相罚款"),
        penalty_only=True,
    ),
    # 交费后领回: property held until a payment is made; the payment is a fine in another name
    _P(
        "CV601",
        ("交缴付结凭带拿携", "回还行走锁封取复开通启人"),
        _lazy(
            r"(?:交纳|缴纳|交付|缴付|支付|交清|缴清|付清|结清|补交|补缴|交足|缴足|交|缴|付)(?P<gap>"
            + _GAP
            + r"{0,12}?)"
            + _GIVEN_BACK
            # a supply the village cut, restored once a sum is paid, also in the next line of a verse (交足一百保洁金，
            # 阀门再给你打开): the sum is the fine's (a due's arrears stay lawful: see payment)
            + r"|(?:交足|缴足|交够|交齐|缴齐|交|缴)(?!清|"
            + _GAP
            + r"{0,12}?(?:欠|水费|电费|气费|暖费|租金|物业费))(?P<restored>"
            + _GAP
            + r"{0,3}?[\d一二两三四五六七八九十百千]+"
            + _GAP
            + r"{0,6}?(?:[，,]\s*"
            + _GAP
            + r"{0,6}?)?)(?:后|才|方|再)(?:方|才)?(?:可|能|准|予以|予|再行|再)?(?:给你|给其|为其|给他|给她|给)?"
            r"(?:恢复|打开|开通|接通|开启)"
            # 凭每头三十元的看管费领回: the sum is the voucher
            + r"|凭(?P<paid>"
            + _GAP
            + r"{0,8}?(?:元|块)"
            + _GAP
            + r"{0,6}?)(?:领回|取回|赎回|牵回|领走|领取)"
            # the sum brought along to fetch him (待家属带八百元看管费来领人, 拿五百块来赎人): paid on fetching
            + r"|(?:带|拿|携)(?:着|上)?(?P<brought>"
            + _GAP
            + r"{0,8}?(?:元|块)"
            + _GAP
            + r"{0,8}?)(?:来|去|前来)?(?:领人|领回|接人|接回|赎人|赎回|领走|取回)"
        ),
        N_("交费领回"),
        payment=True,
        pronoun=True,
        redemption=True,
    ),
    # money named by its purpose of warning or punishing (处以警示金200元, 交惩戒金三百元): a fine by name
    _P(
        "CV601",
        ("金", "警惩罚违"),
        _lazy(
            # (从处罚金里提三成奖给举报人: a reward reckoned on the fines, no fine taken)
            r"(?:警示|惩戒|惩罚|处罚|违规)金" + _SHARE_OF_FINES + r"(?:" + _GAP + r"{0,4}?" + _MONEY + ")?"
        ),
        N_("罚款"),
        inherent=True,
        defer_bare=True,
    ),
    # the fetching named first (每领一次交联防费二百元, 领回时须交看管费五十元, 取车前缴纳存放费): the same fee
    _P(
        "CV601",
        ("领取接赎提", "交缴付"),
        _lazy(
            r"(?:领回|领人|领走|领取|认领|接回|接人|赎回|取回|取走|取车|提车|[每来]领)(?:一次|一回|一头|一只|一辆|时|前|之时|之前)?"
            # (领人时，须交看管费: the payment may open the next clause)
            r"(?:[，,]\s*)?(?:须|需|应|要|必须|另|再|先)?(?:须|需|应|要)?(?:交纳|缴纳|交付|缴付|支付|交|缴|付)(?P<gap>"
            + _GAP
            + r"{0,10}?)(?:费|元|块)"
        ),
        N_("交费领回"),
        payment=True,
        redemption=True,
    ),
    # contract money already paid and kept (已交的承包费不予退还, 已交租金一律不退): the contract's own remedy when the
    # contract ends for its breach (docs/clause-codes.md: _contract_breach), a fine when kept for another wrongdoing
    _P(
        "CV601",
        ("租包", "退返"),
        _lazy(
            r"(?:承包费|承包款|承包金|租金|租费|流转费)"
            + _GAP
            + r"{0,4}?(?:不予|不再|概不|一律不|均不|不)(?:退还|返还|退回|退)"
        ),
        N_("变相罚款"),
        penalty_only=True,
        contract_money=True,
    ),
    # Money taken and put into a fund of the village (超出部分由村委会收缴，充作助学基金; 没收后转入公益金): what is
    # taken is money, so the taking is a fine (CV601), not a seizure of things
    _P(
        "CV601",
        ("缴没公归", "金费款"),
        _lazy(
            r"(?:收缴|没收|罚没|充公|收归|上缴)"
            + _GAP
            + r"{0,6}?[，,]?\s*(?:并|后|一律|全部)?(?:充作|转作|充入|转入|纳入|存入|用作|作为)"
            + _GAP
            + r"{0,10}?(?:基金|公益金|经费|资金|公积金|公益款)"
        ),
        N_("变相罚款"),
        penalty_only=True,
        into_fund=True,
    ),
    # Money paid into a fund of the village as the consequence, its sum measured by the wrong (按超出部分的同等金额
    # 交纳村里的公益基金; 超出部分的三成交给理事会，充作公益基金): a fine named by where it goes
    _P(
        "CV601",
        ("交缴", "金"),
        _lazy(
            r"(?:交纳|缴纳|上交|上缴|交给|交到|交入|交|缴)"
            + _GAP
            + r"{0,12}?(?:[，,]\s*(?:并|后|一律|全部)?(?:充作|充入|转入|纳入|存入|用作|作为))?"
            + _GAP
            + r"{0,10}?(?:基金|公益金|公积金)"
        ),
        N_("变相罚款"),
        penalty_only=True,
        into_fund=True,
    ),
    # A deposit kept, forfeited or drawn on for a wrongdoing is a fine paid in advance (保证金不再退还，转作
    # 公益金; 没收装修保证金; 按次从中抵扣): the money is exacted as a penalty, whatever the verb. Repairs
    # and arrears drawn from it (从押金中扣除维修费用) are civil, and a contract's own terms are the contract's.
    _P(
        "CV601",
        ("金钱款", "退返没充归扣划转抵上留收"),
        _lazy(
            _DEPOSIT_NAMES
            + _GAP
            # (…交的押金，充作保洁费用: the deposit may be named in a clause of its own)
            + r"{0,6}?(?:[，,]\s*(?:则|就|即)?)?(?:也|都|就|则)?"
            r"(?:(?:一律|全部|全额|概)?(?:不予|不再|概不|不得|不能|不)(?:退还|返还|退回|返回|退)|"
            r"(?:一律|全部|全额)?(?:扣除|扣减|扣留|扣下|截留|划扣|转作|转为|转入|转抵|充作|充抵|充入|划归|划入|划转|并入|上缴|归村|归集体|"
            # 保证金留作村里公益开支, 留归集体: kept by the village for its own use
            r"留作|留归|留给|留村|收归|归入|归(?:村|组|寨|屯|社|队|集体|公|众)(?:里|上)?))"
        ),
        N_("没收保证金"),
        pronoun=True,
        contract=True,
        deposit=True,
    ),
    _P(
        "CV601",
        ("金钱款", "没充归"),
        _lazy(_DEPOSIT_NAMES + _GAP + r"{0,6}?(?:一律|全部|全额)?(?:没收|罚没|充公|归公)"),
        N_("没收保证金"),
        inherent=True,
        contract=True,
        deposit=True,
    ),
    _P(
        "CV601",
        ("金钱款", "没扣划退取截"),
        _lazy(
            # (扣留, 截留, 扣下: the deposit held back is kept, 扣留其风险抵押金)
            r"(?:没收|罚没|扣除|扣减|扣发|划扣|扣留|扣下|截留|扣住|取消|不予退还|不再退还|不退还|不予返还|不再返还)(?:其|该户|当事人|违者)?的?"
            + _GAP
            + r"{0,6}?"
            + _DEPOSIT_NAMES
        ),
        N_("没收保证金"),
        inherent=True,
        contract=True,
        deposit=True,
    ),
    # not returned, the deposit named earlier in the article (押金全部用于村道建设，不予退还)
    _P(
        "CV601",
        ("退返", "予再不"),
        _lazy(r"(?:不予|不再|概不|一律不|不)(?:退还|返还|退回|返回)"),
        N_("没收保证金"),
        penalty_only=True,
        contract=True,
        deposit=True,
        deposit_named=True,
    ),
    # drawn on: 从其信誉金中划扣, or 从中抵扣 after a deposit named earlier in the article
    _P(
        "CV601",
        ("从", "扣抵冲"),
        _lazy(r"从(?:" + _GAP + r"{0,8}?" + _DEPOSIT_NAMES + r"(?:中|里|内)?|中)(?:直接|一次性|统一|全额)?" + _SET_OFF),
        N_("没收保证金"),
        payment=True,
        penalty_only=True,
        contract=True,
        deposit=True,
        deposit_named=True,
    ),
    # Paying for something the village gets, as the consequence of a wrongdoing, is a fine in kind: 由其出资
    # 为全组请一场演出, 出钱买鞭炮一挂送到村里, 须自费请全组吃一餐 (what is bought is a treat, a show, goods
    # for a ceremony). Paying for repairs or replanting (出资修复, 出资购买树苗补种) is civil.
    _P(
        "CV601",
        ("资钱费腰元块",),
        _lazy(
            # (责成事主出钱，请戏班演戏一台: the treat may follow a comma; the sum may stand in the verb: 拿一百块钱给村上
            # 买鞭炮, 掏三百元请全组看戏)
            r"(?:出资|出钱|掏钱|自费|花钱|拿钱|自掏腰包|(?:拿出?|掏出?|出)"
            + _MONEY
            + r")(?:[，,]\s*)?"
            + _GAP
            # (or an animal slaughtered or a rite held for the village: 出资杀牛扫寨, 出钱宰猪敬寨, 自费举办一场酒席)
            + r"{0,12}?(?:请|买|购买|购置|置办|办|摆|放|演|宴请|招待|包|杀|宰|屠|举办|举行|操办)"
            + _GAP
            + r"{0,10}"
        ),
        N_("变相罚款"),
        penalty_only=True,
        treat=True,
    ),
    _P(
        "CV601",
        ("买购置备请宴办摆放包送负担管", "影戏演席酒饭餐伙炮竹花香烛猪羊肉烟糖茶礼"),
        _lazy(
            # (除赔偿外，还要办两桌酒席: 还要/另要/也要 adds a measure to the damages, the treat is the penalty)
            r"(?:由其|让其|要其|令其|责其|责令其|要求其|罚其|其须|其应|须|需|应当?|必须|[还另也再]要|[还另也再]得)"
            r"(?:自费|自己|自行|负责)?"
            r"(?:为|给|向)?"
            + _GAP
            + r"{0,6}?(?:买|购买|购置|置办|备办|备|请|宴请|办|摆|放|包|送|负责|承担|管)"
            + _GAP
            + r"{0,8}?"
            r"(?:电影|戏|演出|酒席|宴席|酒|饭|餐|伙食|鞭炮|炮竹|爆竹|烟花|香烛|香|蜡烛|猪|羊|肉|烟|糖|茶|礼品)"
        ),
        N_("变相罚款"),
        penalty_only=True,
        treat=True,
    ),
    # the one on duty paying a share the charter fixes of what others stole or lost on his watch (值班期间财物被盗的，由当班
    # 巡逻人员赔偿价款的5%; 由当值人员赔付损失的两成): no damages of his own doing, a fine for his watch
    _P(
        "CV601",
        ("班值岗勤", "赔承负", "%％百成"),
        _lazy(
            r"(?:当班|值班|当值|值勤|在岗|轮值)的?(?:巡逻|护林|看护|保安|值守|治安)?(?:人员|队员|员|人)"
            + _GAP
            + r"{0,6}?(?:赔偿|赔付|承担|负担|赔)"
            + _GAP
            + r"{0,16}?(?:百分之[\d一二三四五六七八九十]+|[\d.]+\s*[%％]|[一两二三四五六七八九]成)"
        ),
        N_("变相罚款"),
        inherent=True,
    ),
    # the whole cost of a treat or a show for others borne as the consequence (承担放映电影一场的全部费用,
    # 负担全组聚餐的费用); the cost of one's own harm is civil and has its own words
    _P(
        "CV601",
        ("担付", "影戏演席酒饭餐宴伙烟"),
        _lazy(
            r"(?:承担|负担|支付)"
            + _GAP
            + r"{0,10}?(?:电影|戏|演出|酒席|宴席|聚餐|酒|饭|餐|宴|伙食|烟)"
            + _GAP
            + r"{0,4}?的?(?:全部|所有|一切)?(?:费用|开支|开销|花费|费|钱)"
        ),
        N_("变相罚款"),
        penalty_only=True,
        treat=True,
    ),
    # Goods by weight or count handed to the village as the consequence (出米、酒、猪肉各一百二十斤交寨里, 拿出稻谷
    # 二百斤交给组里, 送猪一头到村委会): a fine in kind, whatever the verb; a due every household gives has no
    # wrongdoing before it
    _P(
        "CV601",
        (_GOODS_UNIT_KEYS, "交送给缴归到供用作请食吃喝餐饮入进充"),
        _lazy(
            # (杀猪一头供全寨分食: an animal killed for the community is handed over like one given)
            # (拿出一头猪…: the count may come first, the goods after it)
            # (各办酒席一桌, 摆酒两桌: a feast laid on is goods given by the table)
            r"(?:拿出|交出|出|交|缴|送|备|献|杀|宰|办|摆|置办)"
            + _GAP
            + r"{0,10}?各?"
            + _GOODS_COUNT
            +  # a list of goods, each with its weight, handed over in the next clause (出白米一百斤、猪肉一百斤，交寨上…)
            # (…一百斤米和一头羊: the goods may be named after a weight)
            r"(?:"
            + _GAP
            # (…杀猪一头，米酒百斤，供全寨…: the list may run across commas, each item counted)
            + r"{0,3}?[、和及与，,]"
            + _GAP
            + r"{1,8}?"
            + _GOODS_COUNT
            + r"){0,4}"
            r"(?:(?:[，,]\s*)?" + _GAP + r"{0,2}?"
            # (入组里公仓, 存入村粮仓: put into the community's store)
            r"(?:交|送|给|缴|归|到|至|入|存入|放入|进)(?:给|到|至|交|入)?(?:本|该)?"
            r"(?:村委会?|村民委员会|村部|村集体|集体|(?:村|寨|组|社|屯|嘎查|社区)(?:里|上|中|委会)?)|"
            # or given for the community's use (出肥猪一头，供全寨祭祀之用; 出酒二十斤请全组人喝; 拿出一头猪给全组
            # 聚餐: the goods named after the count)
            r"(?:[，,]|"
            + _GAP
            # (以充公用: put to the common use, in the old wording)
            + r"{0,3}?)(?:以|用以)?(?:供|给|宴请|请|用于|作为|作|充|让)(?:全寨|全村|全组|全屯|全社|全体|本组|本村|本寨|本屯|寨里|村里|组里|大家|集体|寨子|村民|"
            r"公共|公用|公益|祭|节日)|"
            # or the community eating them in the next clause (…米一百斤，全寨共食; …，全组人聚餐)
            r"[，,]?(?:全寨|全村|全组|全屯|全社|全体|大家|寨里|村里|组里|村民)[^，,。；;]{0,3}?"
            r"(?:共食|分食|分吃|共饮|聚餐|会餐|享用|食用|吃|喝))"
        ),
        _fine_in_kind_what,
        penalty_only=True,
    ),
    # the feast's goods by weight as the consequence with no payee named (拿出猪肉五十斤、米酒五十斤; 拿出猪肉五十斤; 出肉、米、
    # 酒各一百斤): meat and wine pay for no loss, they are the old fine in kind the community eats (docs/clause-codes.md,
    # CV601); grain alone may be damages for a crop, so the second key set asks for meat or wine among the goods (rv14:
    # one item is enough, the list is not "two or more")
    _P(
        "CV601",
        (_GOODS_UNIT_KEYS, "肉酒"),
        _lazy(
            r"(?:拿出|交出|出|交|缴|备|献|罚)"
            + _FEAST_GOOD
            + _GOODS_COUNT
            + r"(?:[、和及与，,]"
            + _FEAST_GOOD
            + _GOODS_COUNT
            + r"){0,4}|(?:拿出|交出|出|交|缴|备|献|罚)(?:"
            + _FEAST_GOOD
            + r"[、和及与]?){2,4}各"
            + _GOODS_COUNT
        ),
        _fine_in_kind_what,
        penalty_only=True,
    ),
    # an animal of his killed for a feast, with no count (违者杀羊请客, 宰猪宴请全寨, 杀鸡摆酒赔罪): a fine in kind
    _P(
        "CV601",
        ("杀宰",),
        _lazy(
            r"(?:杀|宰)(?:肥猪|猪|羊|牛|鸡|狗|鸭|鹅)(?:[\d一二两三四五六七八九十]+[头只口])?[，,]?"
            r"(?:请客|请酒|请全|宴请|招待|办席|摆酒|摆席|供全|分给|给全|全村|全寨|全组|全屯|祭|赔罪|谢罪)"
        ),
        _fine_in_kind_what,
        penalty_only=True,
    ),
    # a feast laid on to make amends, with no one told to pay and no count (犯者开酒席赔罪, 责令摆酒向众人谢罪, 办两桌席
    # 请全族认错): the meal costs him and pays for no loss, a fine in kind like 罚请全组吃饭 (docs/clause-codes.md, CV601);
    # an apology alone stays open and clean (t15old)
    _P(
        "CV601",
        ("席酒宴红炮竹", "罪礼歉错"),
        _lazy(
            # (or red cloth hung and firecrackers let off at his cost for the same, 挂红放炮赔礼)
            r"(?:(?:开|办|摆|设|置|备|治|请|做)(?:[\d一二两三四五六七八九十]+桌)?(?:酒席|宴席|酒宴|筵席|酒饭|酒|席|宴)|"
            r"挂红|(?:放|燃放|鸣)(?:鞭炮|爆竹|炮竹|炮))"
            r"(?:[\d一二两三四五六七八九十]+桌)?[^。；;！!]{0,14}?(?:陪罪|赔罪|谢罪|请罪|赔礼|谢礼|道歉|认错)"
        ),
        _fine_in_kind_what,
        penalty_only=True,
    ),
    # the community named first (向全组交一头猪, 给寨里送酒二十斤): the same fine in kind
    _P(
        "CV601",
        (_GOODS_UNIT_KEYS, "向给"),
        _lazy(
            r"(?:向|给)(?:全组|全村|全寨|全屯|全社|村里|组里|寨里|寨上|村委会?|村集体|集体)(?:交|送|出|献|赔|上交)"
            + _GAP
            + r"{0,6}?"
            + _GOODS_COUNT
        ),
        _fine_in_kind_what,
        penalty_only=True,
    ),
    # Labour for the village for a time, as the consequence (责令其为村里义务打扫卫生三天, 清扫全村主干道一周):
    # penalty labour, a fine in kind. Cleaning up one's own mess has no duration, and a deadline (三天内清理完毕,
    # 限期) is no duration of labour.
    _P(
        "CV601",
        ("劳扫工活修清巡守拣岗洁铺挖挑担砍捡拾护值", "天日周月工次时午晚"),
        _lazy(
            # the bearer, the beneficiary and the place may stand between (由该户出两个劳力为村里义务清扫主街十天,
            # 须义务为护林队巡山五天, 由其本人到垃圾房协助分拣七天); the work is any service done for others, patrols
            # and watches included
            # a pledge's 愿 (若有违背，愿为村里义务出工十天), or unpaid work opening the consequence (…的，义务出工修林道十天)
            # or following the place it is done at (在村口义务清扫三天, 到河边无偿巡查十日)
            r"(?:责令|责成|要求|令|由|须|必须|负责|(?<![处惩奖赏受认责])罚|自愿|愿意|愿|(?:(?<=[，,：:])|^|(?<=[道路街场口里内边上]))(?=义务|无偿)|"
            # a clause opening on the one he follows (，跟随护林员巡山十日; not on a place: 在投放点值守两个小时 is
            # a watch labelled with its shaming, D17)
            r"(?<=[，,：:])(?:跟随|跟着|随同|陪同|随)|"
            # or on the place it is done at, a vest put on first (，穿黄马甲在村口打扫卫生三天; 在投放点值守两个小时: the
            # watch is labour for a time, its vest CV603 beside it)
            # (…，责任人须穿着红马甲到集市打扫卫生三天: also after the 须 that imposes it)
            # (…，并身披绶带在村口值守三天: a second measure joined by 并, 还 or 再, the sash worn instead of the vest)
            r"(?:(?<=[，,：:])|(?<=须)|(?<=要)|(?<=并)|(?<=还)|(?<=再))"
            r"(?:身?(?:穿|披|戴|佩戴|挂|套|系)(?:上|着)?[^，,。；;]{0,16}?)?(?:在|到|去))(?:其|违者|当事人|该户)?"
            + _GAP
            + r"{0,12}?"
            r"(?:义务|无偿|协助|负责)?"
            # the care of the village's woods or works (管护公益林一个月, 看护水库十天) is labour like patrolling them
            r"(?:劳动|打扫|清扫|扫|出工|投工|做工|干活|修路|铺路|修渠|挖沟|挑水|担水|砍柴|清理|巡[山堤河库湖林塘田街逻查护]|"
            r"管护|看护|守护|养护|护林|值守|值班|值勤|站岗|分拣|保洁|捡拾|捡|拾)(?!"
            + _GAP
            + r"{0,8}?(?:限期|期限))"
            + _GAP
            # a rhymed line puts the time in the next line (义务出工修林道，每回十天莫推脱)
            + r"{0,10}?(?:[，,]\s*(?:每回|每次|每犯一次|一回|一次)?)?"
            r"[\d一二两三四五六七八九十半]+(?:个)?(?:天|日|周|星期|个月|工日|工|次|小时|上午|下午|早上|晚上)(?!内|以内|之内|后|以后|之后|前|以前)"
        ),
        _fine_in_kind_what,
        penalty_only=True,
    ),
    # Sent to clean a public place as the consequence, with no time named (双方被要求前往村部进行清扫, 责令其到祠堂
    # 打扫): labour for the village, since the place is not where his wrong left a mess; cleaning up at the spot
    # (到现场清扫干净, 到倾倒处清理) undoes the harm, as does a clean-up to be finished
    _P(
        "CV601",
        ("扫劳洁",),
        _lazy(
            r"(?:被要求|要求|责令|责成|(?<![处惩奖赏受认责])罚)(?:其|他|她|双方|各方|违者|当事人|该户|肇事者|责任人)?"
            r"(?:前往|到|去)(?![^，,。；;]{0,10}?(?:现场|原地|原处|倾倒|堆放|乱倒|所在|该处|此处|出事|自家|其家|家中|门前))"
            r"[^，,。；;]{2,14}?(?:进行)?(?:义务)?(?:清扫|打扫|劳动|保洁)"
            r"(?![^，,。；;]{0,4}?(?:干净|完毕|整洁|到位))"
        ),
        _fine_in_kind_what,
        penalty_only=True,
    ),
    # Paying a bill of the whole village, group or building for a time (承担全组一个月的路灯电费, 负担本单元
    # 当年的保洁费用) is a fine in kind: what he pays is no cost he caused
    _P(
        "CV601",
        ("担付交缴包", "费"),
        _lazy(
            r"(?:承担|负担|支付|交纳|缴纳|包下|包付)(?=[^，,。；;]{0,24}?"
            + _SPAN_OF_TIME
            + r")[^，,。；;]{0,10}?"
            + _SHARED_BILL
            + r"[^，,。；;]{0,16}?(?:费用|费)"
            # the bill named first, then put on him (当月整栋楼道的公共电费由其一户承担, 下季度全组的水费由该户负担)
            + r"|"
            + _SPAN_OF_TIME
            + r"[^，,。；;]{0,8}?"
            + _SHARED_BILL
            + r"[^，,。；;]{0,16}?(?:费用|费)(?:全部|一律|均)?由(?:其|该户|违者|当事人|责任人|违规户|过错方)[^，,。；;]{0,4}?"
            r"(?:承担|负担|支付|交纳|缴纳|包下|包付)"
        ),
        N_("变相罚款"),
        penalty_only=True,
    ),
    # Goods given away by count as the consequence (向村小学捐赠图书二百册, 给敬老院送大米五百斤, 为村里捐路灯十盏):
    # a fine in kind
    _P(
        "CV601",
        ("捐赠送",),
        _lazy(
            r"(?:捐赠|捐献|捐助|捐出|捐给|赠送|送给|捐|送)[^，,。；;]{0,14}?"
            r"[\d一二两三四五六七八九十百千]+(?:册|本|套|台|盏|棵|株|袋|斤|公斤|箱|份|件|桶|只|头|块|张)"
        ),
        N_("变相罚款"),
        penalty_only=True,
    ),
    # --- rhymed lines (三字经式, 顺口溜): the unit and the object's noun are dropped for the metre -----
    # 乱砍树，罚五百; 偷东西，罚十倍: a round sum closing its line after 罚 is money
    _P(
        "CV601",
        ("罚",),
        _lazy(
            # (and told as done, in a report: 被村里罚了两百, 罚去他三百; t14old)
            r"(?<![处惩奖赏受认责])罚(?:款|金|钱)?" + _FINE_DONE + r"?(?:其|谁|他|她)?家?\s*"
            r"(?:\d{2,}|[一二两三四五六七八九]?[十百千万][〇零一二两三四五六七八九十百千万]*倍?|"
            # 罚木钱, 罚鱼钱: the money named by what it is for
            r"[^，,。；;：:！!？?\s]{1,2}钱)(?=\s*(?:[，,。；;！!？?]|$))"
        ),
        N_("罚款"),
        inherent=True,
    ),
    # 一人赌博，全家罚: a bare 罚 closing its line after the household that bears it (受罚, 谁受罚 are left
    # alone: 谁落后谁受罚 rates a contest)
    _P(
        "CV601",
        ("罚",),
        _lazy(
            r"(?:全家|全户|全组|一家|一户|合家|连家|其家)(?:都|就|要|也|得|一起|一并|一同|同){0,2}"
            r"罚(?:款|钱)?(?=\s*(?:[，,。；;！!？?]|$))"
        ),
        N_("罚款"),
        inherent=True,
    ),
    # an animal of his killed for the community's meal, no count said (杀其猪供全寨聚餐, 宰他家的羊给全组分吃): a fine in
    # kind (docs/clause-codes.md, CV601), like the counted goods above
    _P(
        "CV601",
        ("杀宰", "供给请让食吃餐"),
        _lazy(
            r"(?:杀|宰)(?:掉|了)?(?:其|他|她|该户)家?的?(?:肥猪|猪|羊|牛|鸡|鸭|鹅|狗)"
            r"(?:[，,]\s*)?(?:供|给|请|让)?(?:全寨|全村|全组|全屯|全社|全族|全体|寨里|村里|组里|族里|大家|众人|村民)[^，,。；;]{0,3}?"
            r"(?:聚餐|会餐|共食|分食|分吃|享用|食用|吃|喝)"
        ),
        N_("罚款"),
        penalty_only=True,
    ),
    # his beasts or fowl eaten up by the village (把他家里的鸡鸭全部宰了分吃, 将其牛羊杀掉共食): an animal of his killed
    # for the community's meal is the old fine in kind, CV601 alone (docs/clause-codes.md), with the eating and no
    # community named; whose beasts they are stands before them, so a dead beast eaten (将病死的猪吃掉) is no fine.
    # A pronoun's owner needs the wrong before it; the wrongdoer named as the owner (将犯者家的猪吃光) is the wrong.
    _P(
        "CV601",
        ("将把", "畜禽牲牛马羊猪鸡鸭鹅狗", "吃食"),
        _lazy(r"(?:将|把)[^，,。；;：:]{0,8}?(?:其|他|她|该户|当事人)" + _BEASTS_EATEN),
        N_("变相罚款"),
        penalty_only=True,
    ),
    _P(
        "CV601",
        ("将把", "畜禽牲牛马羊猪鸡鸭鹅狗", "吃食"),
        _lazy(r"(?:将|把)[^，,。；;：:]{0,8}?(?:罪犯|犯者|违者|犯人|犯事者|肇事者|违约者|违规户|贼)" + _BEASTS_EATEN),
        N_("变相罚款"),
        inherent=True,
    ),
    # the fine reckoned by a rate (按每棵五十元计罚, 以每头一百元论罚): the rate is the fine's
    _P(
        "CV601",
        ("元块", "罚"),
        _lazy(_MONEY + r"(?:的标准)?(?:计罚|论罚|处罚|罚款)"),
        N_("罚款"),
        inherent=True,
    ),
    # money paid to be spared a punishment (出银赎罪, 交钱可免关押, 有钱的以钱代打): the punishment bought off is a
    # penalty paid in money, whichever punishment it replaces (docs/clause-codes.md, CV601); a thing bought back (赎回)
    # is read with the seizure
    _P(
        "CV601",
        ("钱银财", "赎代抵顶免减折"),
        _lazy(
            r"(?<![罚价])(?:钱|银两|银子|银|钱财|财物|财)[^，,。；;：:！!？?\s]{0,6}?"
            r"(?:赎(?!回|买|取|金)|(?:代|抵|顶|折|免|减)(?:罪|罚(?!款)|刑|打|杖|责|囚|押|关|死|禁|鞭)|(?:免|减)(?:于|去|除)?(?:处罚|刑罚|惩罚|关押|囚禁|杖责|鞭打))"
        ),
        N_("变相罚款"),
        inherent=True,
    ),
    # labour in place of a fine (以工代罚, 以劳抵罚): a penalty paid in labour (docs/clause-codes.md, CV601)
    _P(
        "CV601",
        ("罚", "代抵折顶"),
        _lazy(r"以(?:工|劳|劳动|劳力|义务工|出工)(?:代|抵|折|顶)(?:罚款|罚金|罚)"),
        N_("罚款"),
        inherent=True,
    ),
    # 不出工，每天交一百; 乱砍树，缴五百: a payment with its unit dropped, closing its line (read as a payment:
    # a due for the matter itself stays lawful)
    _P(
        "CV601",
        ("交缴", "十百千万0123456789"),
        _lazy(
            r"(?:交|缴)(?P<gap>)(?:\d{2,}|[一二两三四五六七八九]?[十百千万][〇零一二两三四五六七八九十百千万]*)"
            r"(?=\s*(?:[，,。；;！!？?]|$))"
        ),
        N_("变相罚款"),
        payment=True,
    ),
    # the measure's word cut to the metre, closing its line: 强拆除 (强制拆除), 收回地, 除村籍
    _P(
        "CV602",
        ("拆收夺抽革撤",),
        # (夺其田, 革除其佃耕, 撤其佃: the old verbs of a field taken from its holder, after him)
        _lazy(
            r"(?:强拆除?|(?:收回|夺回|抽回)(?:其)?(?:地|田|山|塘)|"
            r"(?:夺|收|革除?|撤)其(?:所)?(?:佃耕|佃种|佃|田地|田产|地|田|山|塘))(?=\s*(?:[，,。；;！!？?]|$))"
        ),
        _verse_taken_what,
        pronoun=True,
    ),
    _P(
        "CV606",
        ("籍",),
        _lazy(r"(?<![开])除(?:其)?(?:村|寨|屯|族|组)籍(?=\s*(?:[，,。；;！!？?]|$))"),
        N_("开除村籍"),
        inherent=True,
    ),
    # 违反者，不办证; 不缴费，不发证: a paper refused in three characters, closing the line
    _P(
        "CV605",
        ("证",),
        _lazy(r"(?<![得能准许要])不(?:予|再)?(?:办|发|开|出)证(?=\s*(?:[，,。；;！!？?]|$))"),
        N_("不予办理证明"),
        pronoun=True,
    ),
    # 偷电者，断其电; 谁偷水，停谁水: the supply named by one character after the person, closing the line
    # (暂停其电梯卡 is no supply); or the switch or sluice it comes through (拉他家的闸, 关其水闸)
    _P(
        "CV604",
        ("水电气暖网闸", "停断掐拉关"),
        _lazy(
            r"(?:停|断|掐|拉|关)(?:其|谁|他|她|该户)家?的?(?:水电|水闸|电闸|总闸|闸|水|电|气|暖|网)(?=\s*(?:[，,。；;！!？?]|$))"
        ),
        _supply_what,
        pronoun=True,
    ),
    # 赌博者，不分红; 全家当年不分红: a share withheld in three characters
    _P(
        "CV602",
        ("红",),
        _lazy(r"(?<![得能准许要])不再?(?:参与|参加|享受)?分红"),
        N_("扣发集体收益分红"),
        eligibility=True,
    ),
    # --- CV602 confiscation, seizure, withholding of property ---------------------------------
    # work points taken off for a wrong in the collective era (扣工分五十分, 每次扣十个工分, 倒扣其工分): the points are
    # what his share of the team's income is paid by, so points taken are part of that share, as points tied to a
    # dividend are (docs/clause-codes.md, points that decide a share: CV602); points earned or given stay silent (t15old)
    _P(
        "CV602",
        ("扣减", "工粮"),
        _lazy(
            # (罚 with the points, 罚其工分, is read as the fine it says by the fine's own patterns)
            # (the period between, 扣当月工分十分; and the grain ration taken by the same verbs, 就扣口粮)
            r"(?:扣除|扣减|扣掉|倒扣|(?<!罚)扣|减去|减掉|减)(?:其|他|她|该社员|社员|违者|本人)?的?"
            r"(?:当月|当年|当天|当日|本月|本年|全月|全年|当季|下月|次月)?的?"
            r"(?:(?:[\d一二两三四五六七八九十百千半]+个?)?(?:劳动)?工分(?:[\d一二两三四五六七八九十百千]+分)?|(?:基本)?口粮(?![田地款补]))"
        ),
        N_("扣发集体收益分红"),
        penalty_only=True,
    ),
    _P(
        "CV602",
        ("没充扣强容存锁封",),
        _lazy(
            # (没入: the old word for confiscated into, 没入祠堂, 没入官)
            r"(?:没收|罚没(?!款)|(?<![淹沉埋隐吞湮覆])没入(?=官|公|祠|宗|庙|众|族|村|组|社|集体|本)|充公|查扣|查封|封存|扣押|暂扣|扣存|暂存|收容|收存|(?<![表阀闸箱线管头当须需要应])上锁|锁车|"
            # animals penned by the village's keeper (护草员圈扣); a vehicle's wheels locked (加装车轮锁, 锁住轮胎)
            r"圈扣|(?:加装|安装|装上|加上|上|加)(?:车轮锁|轮锁)|锁(?:住|上)?(?:其|该车)?的?(?:车轮|轮胎)|扣留(?!"
            + _WHOM
            + r"?(?:本人|人员|人身)|"
            + _PERSON_HOLD
            + r")|扣下|扣车|扣船|强行(?:牵走|拉走|拿走|收走|搬走))"
            r"[^，,。；;：:！!？?\s并和及或、]{0,8}"
        ),
        _seizure_what,
        inherent=True,
        defer_bare=True,
        holds_thing=True,
        classified_thing=True,
    ),
    # his house searched and its goods taken (抄家, 抄其家产, 查抄他的家财, 抄没家私): the whole of his property seized at
    # once, whoever carries it out (not a copying: 抄家谱, 抄家规十遍)
    _P(
        "CV602",
        ("抄",),
        _lazy(
            r"(?:查抄|抄没|抄)(?:了|掉)?(?:其|他|她|该户|犯者|违者|罪犯)?的?"
            r"(?:家产|家财|家私|家当|财产|家(?!谱|规|训|书|法|信|族|务))|抄没"
        ),
        N_("没收财物"),
        inherent=True,
        defer_bare=True,
    ),
    _P(
        "CV602",
        ("拆推铲捣剪割截掐锯",),
        # a household's connection is a supply cut (CV604), but one the wrongdoer made himself (拆除其私接管道,
        # 剪除私拉的线路, 剪断其私接的水管) is his own works pulled down or cut away; other verbs of pulling down
        # (强行铲除其地基, 推倒其围墙)
        _lazy(
            r"(?:(?:强行|强制)(?:拆除|拆毁|推倒|推平|铲除|铲平|捣毁)(?:其)?|(?:拆除|拆毁|推倒|推平|铲平|捣毁)其|"
            # (a cut is the village's own act; pulling down with no 其 may be the owner's: 待其拆除私接支管后)
            r"(?<!自行)(?:剪除|剪断|剪掉|割断|割掉|截断|掐断|锯断)其?(?=私|违|乱|非法|擅自|偷))"
            r"(?!(?:(?!私|违|乱|非法|擅自|偷)" + _GAP + r"){0,4}?" + _FACILITY + r")" + _GAP + r"{0,6}"
        ),
        N_("强制拆除财物"),
        inherent=True,
        defer_bare=True,
    ),
    # the line or pipe cut when the condition, not the object, says he laid it himself (私拉乱接的，剪断其线路): his
    # own works cut away (CV602) beside the supply it stops
    _P(
        "CV602",
        ("剪割截掐锯", "线管"),
        _lazy(
            r"(?<!自行)(?:剪除|剪断|剪掉|割断|割掉|截断|掐断|锯断)(?:其|该户)?的?"
            r"(?:电源线|电线|线路|接线|引线|水管|管道|管子|支管|管线)"
        ),
        N_("强制拆除财物"),
        penalty_only=True,
        own_connection=True,
    ),
    # The village pulling down a member's works itself (由村委会组织人员予以拆除, 村里派人拆除): not the owner
    # ordered to remove them (责令其限期拆除), nor a household's supply connection (CV604)
    _P(
        "CV602",
        ("拆推铲捣",),
        _lazy(
            r"(?:(?:村委会?|村民委员会|村里|村上|村两委|村民小组|组里|居委会|社区|理事会)?(?:组织|派出?|安排|调集|调动|雇请|雇用|雇|请)"
            # whoever and whatever it sends (组织人员和机械, 派挖掘机, 安排施工队)
            r"(?:"
            + _GAP
            # (由村, 由组: the village named by one character after 由, 一律由村推倒)
            + r"{0,8}?(?:人员|专人|人力|工人|劳力|人|机械|机具|车辆|铲车|挖掘机|挖机|钩机|施工队|队伍))?|(?:村委会?|村民委员会|村里|村上|村两委|村民小组|组里|居委会|社区|由(?:村|组|社|寨|屯))"
            # (the works named between: 村里将其畜禽场围栏拆除, 村委会把他搭的棚子推倒)
            r"(?:(?:将|把)(?:其|他|她|该户)?(?:(?!" + _FACILITY + r")" + _GAP + r"){1,10}?)?)"
            # (any verb of pulling down: 组织人员一律推倒, 派人全部铲平)
            # (清理拆除: cleared and pulled down; 毁去, 拆去: the old verbs)
            r"(?:予以|进行|强行|统一|直接|负责|一律|全部|一并|立即)?(?:予以|强行|清理|清除)?"
            r"(?:拆除|拆掉|拆毁|拆去|毁去|推倒|推平|铲平|铲除|捣毁)(?!"
            + _GAP
            + r"{0,4}?"
            + _FACILITY
            + r")"
            + _GAP
            + r"{0,6}"
        ),
        N_("强制拆除财物"),
        penalty_only=True,
        defer_bare=True,
    ),
    # 收缴其赌具, 渔具一律收缴, 予以收缴: taking things (not collecting a due, 收缴卫生费)
    _P(
        "CV602",
        ("缴", "收"),
        _lazy(r"收缴" + _THING_TAIL),
        N_("没收财物"),
        inherent=True,
        defer_bare=True,
        not_fee=True,
        classified_thing=True,
    ),
    # animals penned and vehicles towed away for a wrongdoing (散放的羊赶到村部圈起, 乱停的车拖移至存放点);
    # a household penning its own flock each night is no taking
    _P(
        "CV602",
        ("圈拖养",),
        # (or kept by the village for the owner to fetch: 赶走关养, 由村里代养)
        _lazy(r"(?:圈(?:起|押|存|禁|关)|拖移|关养|扣养|代养)" + _THING_TAIL),
        N_("扣押财物"),
        penalty_only=True,
        needs_property=True,
    ),
    # an animal of his shut in by the village (牲畜由村里关押, 散放的牛关进村部, 把他的羊关起来): held like a thing
    # (docs/clause-codes.md, CV602), not a person held (analysis._beast_held keeps it from CV603)
    _P(
        "CV602",
        ("畜禽牛马羊猪鸡鸭鹅狗犬驴骡口", "关圈"),
        _lazy(
            # (not a person named by the beast, 偷牛贼; not one driven off by whoever it harmed, 将鸭子赶进空房关起来)
            r"(?:牲畜|牲口|家畜|家禽|畜禽|牛羊|[牛马羊猪鸡鸭鹅狗犬驴骡])(?![贼犯人倌郎])(?:只|群|头|子)?"
            + r"(?:(?![赶牵吆])"
            + _GAP
            + r"){0,8}?(?:关押|关起来?|关进|关在|关到|圈起来?|圈进|圈在)"
            + _THING_TAIL
        ),
        N_("扣押财物"),
        penalty_only=True,
        self_act=True,
    ),
    # his works pulled down, the village's hand told by 将/把 (将其所砌之墙毁去, 把他搭的棚子推倒): the wall, shed or pen
    # named; told to do it himself (责令其将…拆除) is the owner's own act
    _P(
        "CV602",
        ("将把", "拆推铲毁"),
        _lazy(
            r"(?:将|把)(?:其|他|她|该户)(?:家)?(?:所|私自?|擅自|违规|乱)?"
            + _GAP
            + r"{0,8}?(?:墙|屋|房|棚|圈|灶|坟|篱|栏|厕|建筑|搭建物|构筑物)(?:子|舍)?"
            + _GAP
            + r"{0,3}?(?:毁去|拆去|拆毁|推倒|推平|铲平|拆除|拆掉|毁掉)"
        ),
        N_("强制拆除财物"),
        penalty_only=True,
        self_act=True,
    ),
    # his field taken back, named by one character before the body that takes it (地由集体收回, 其田归组里收回)
    _P(
        "CV602",
        ("地田", "收"),
        _lazy(r"(?:(?<=[，,。；;：:\s其者])|^)(?:地|田)(?:由|归|被)" + _GAP + r"{0,6}?(?:收回|收归)"),
        N_("收回承包地"),
        penalty_only=True,
        eligibility=True,
    ),
    # his things cleared away by force (占道堆放的杂物…强制清除, 强行清走): taken like works pulled down, only when a thing of
    # his is named (rubbish dumped and cleared away is no taking)
    _P(
        "CV602",
        ("强",),
        _lazy(r"(?:强行|强制)(?:清除|清理|清走|清运|清缴|搬走|搬离|移走)"),
        N_("强制拆除财物"),
        penalty_only=True,
        defer_bare=True,
        needs_property=True,
    ),
    # the vehicle towed, the measure named by its noun (予以拖车, 拖车处理, 罚款、拖车等): only with a vehicle named in the
    # sentence, after a wrongdoing
    _P(
        "CV602",
        ("拖",),
        _lazy(
            r"(?<![用叫请找租派调])(?<!联系)(?<!呼叫)(?:予以|进行|一律|实施|采取|强制|强行)?拖车(?=处理|处置|[、，,。；;等]|$)"
        ),
        N_("扣押财物"),
        penalty_only=True,
        needs_property=True,
    ),
    # (至清走为止 is how long a fee runs, the owner clearing his own things; so is a deadline or 自行 before it: 限七日内
    # 清走, 限期搬走, 自行拉走)
    _P(
        "CV602",
        ("走", "牵拉拖开收拿清搬运抬抓捉捕"),
        _lazy(
            r"(?<!内)(?<!前)(?<!期)(?<!限)(?<!自行)(?:牵走|拉走|拖走|开走|收走|拿走|清走|搬走|运走|抬走|抓走|捉走|捕走)(?!为止|之日|之前|以前|前|时)"
            + _THING_TAIL
        ),
        N_("扣押财物"),
        pronoun=True,
        needs_property=True,
    ),
    # 将犬只捕杀: destroying an animal of the member's (an authority's 扑杀 is deferred: 依法, 由…部门)
    _P(
        "CV602",
        ("杀毙死毁烂铲拔除掉光焚烧弃扔宰",),
        # (crops a member grew, rooted out by the village: 私自种植的作物一律铲除)
        _lazy(
            # (each beast found killed on sight: 见一头杀一头, 见一只宰一只)
            r"见一?(?:只|头|条|匹|个|群)?(?:杀|宰)一?(?:只|头|条|匹|个|群)|"
            # (赔偿烧毁林木, 赔偿被毁庄稼: the damage his wrong did, which he makes good, not his thing destroyed)
            r"(?<!赔偿)(?<!赔付)(?<!照价赔)(?:捕杀|扑杀|宰杀(?![了掉]?(?:分|共)?[吃食]|[了掉]?(?:分给|分与|给|供)[^，,。；;]{0,6}?[吃食])|打死|毒杀|射杀|击毙|处死|杀掉(?![了掉]?(?:分|共)?[吃食]|[了掉]?(?:分给|分与|给|供)[^，,。；;]{0,6}?[吃食])|格杀|剪毁|砸毁|砸烂|毁掉|捣毁|烧毁|销毁|铲除|铲掉|拔除|拔掉|"
            # crops or trees of his cut down (已种的高秆作物由村里砍除, 违规栽的树一律砍掉)
            r"砍除|砍掉|砍光|伐除|割除|割掉|毁除|"
            # burnt or thrown away by the village (网具当众焚烧, 货物一律丢弃; 将其渔网焚烧 closing the line): a bare
            # 焚烧 or 丢弃 is as often the wrong itself (焚烧秸秆, 丢弃垃圾), so only with the manner or at the line's end
            r"焚毁|焚掉|烧掉|(?:当众|当场|予以|一律|就地|全部|统一|即行|立即|集中)(?:焚烧|丢弃|扔掉)|(?:焚烧|丢弃)(?=\s*(?:[，,。；;！!？?]|$)))"
            + _THING_TAIL
        ),
        N_("毁坏财物"),
        defer_bare=True,
        needs_property=True,
    ),
    # 赌资赌具一律上交村委会: things handed to the village as a seizure
    _P(
        "CV602",
        ("交缴", "委集治部"),
        _lazy(
            r"(?:一律|全部|统一)?(?:上交|上缴|交给|交由|交到|交归)(?:村委会?|村民委员会|村集体|集体|治保会|村部)|"
            # 渔具一律交村委会处理 (a bare 交 only with what the village then does: 罚粮五十斤交村集体 is the fine)
            r"(?:一律|全部|统一)?交(?:村委会?|村民委员会|村集体|集体|治保会|村部)(?:统一)?(?:处理|处置|保管|没收|变卖)"
        ),
        N_("没收财物"),
        needs_property=True,
    ),
    _P(
        "CV602",
        ("收调抽夺撤", "地田林山权园塘面场"),
        _lazy(
            r"(?:强行收回|收回|抽回|夺回|撤回|收归(?:村|组)?集体|调出)"
            + _WHOM
            + r"?的?(?:全部|部分|原|所有)?"
            + _GAP
            + r"{0,6}?"
            + _LAND
        ),
        _land_what,
        inherent=True,
        defer_bare=True,
        eligibility=True,
        nominal=True,
    ),
    _P(
        "CV602",
        ("集公村组社寨屯嘎队祠族", "归缴"),
        _lazy(
            # (归本村集体, 归该组集体: the collective named as one's own)
            # (the collective era's team or brigade, 归队所有, 归生产队所有, 归大队所得: t15old, a word family)
            r"(?:收归|归|上缴|划归|交归)(?:本|该)?(?:村|组|社|嘎查|寨|屯)?集体(?:所有)?|(?:收归|归|划归)公有?(?!共|益|司|开|平|正|路|用|示)(?:所有)?|"
            r"(?:收归|归|划归)(?:村里|村上|组里|组上|社里|寨里|屯里|嘎查|村委会|村委|村民小组|本村|本组|本社|村|组|社|合作社|"
            r"股份经济合作社|生产队|生产大队|大队|小队|队里|队上|队|公社)(?:所有|所得)|"
            # 收归 is itself taking into public hands (一律收归村委会, 收归联社): no 所有 need follow
            r"收归(?:村委会?|村民委员会|村民小组|村两委|嘎查|(?:经济|股份)?联社|(?:股份)?经济(?:合作)?社|合作社|村里|组里|社里)|"
            # any body of the village's named in full (收归村渔业合作社, 收归本组林业互助社, 收归村老年协会)
            r"收归(?:本|该)?(?:村|组|社|屯|寨|嘎查)[^，,。；;！!？?\s]{1,6}?(?:合作社|联社|互助社|协会|理事会|小组|委员会|公司)|"
            # the clan's hall or the clan in common, the old rules' collective (其田收归祠堂, 归入族中公产; t16)
            r"(?:收归|划归|拨归|充归|归入|归)(?:本)?(?:祠堂|宗祠|家祠|祖祠|公祠|族中|族里|族内|本族|族众|合族|阖族)"
            r"(?:公用|公产|所有|管业|收管|经管)?(?![长老规约谱])"
        ),
        N_("没收归集体"),
    ),
    # a thing handed to the community to be shared out, eaten, sold or used in common (交组里统一宰杀分食,
    # 作为组里公用, 送村里统一变卖): put in public hands without 归…所有 said
    _P(
        "CV602",
        ("交送归作充留", "村组寨屯社集公"),
        _lazy(
            r"(?:交给?|交由|送交|送给?|送到|归|作为|作|充作|充当|留作|留给)(?:本|该)?"
            r"(?:村里|村上|组里|组上|寨里|寨上|屯里|社里|村民小组|村集体|集体)"
            r"(?:统一|集体|大家)?(?:宰杀|杀了|分食|分吃|分掉|分享|瓜分|变卖|拍卖|公用|共用|所用|使用|享用)|"
            # the community left unsaid (粮草清扫后充作公用, 木料留作公共使用)
            r"(?:作为|充作|充当|留作|转作|作)(?:公用|公共使用|公共用途|公益使用|集体使用)"
        ),
        N_("没收归集体"),
        penalty_only=True,
        needs_property=True,
    ),
    # a pledge hands the member's own share over (如有违反，愿将本户当年分红捐给村集体): the share taken, CV602
    _P(
        "CV602",
        ("红益股偿置苗", "捐交转划"),
        _lazy(
            r"(?:将|把)(?:其|本户|该户|自家|本人|他|她)?(?:当年|年终|全年|本年度?)?的?"
            + _DIVIDEND
            + r"(?:全部|全额)?(?:捐给|捐献给|捐出给|上交|上缴|交给|交回|转给|划给|划归|捐入|交由)"
            r"(?:本村|本组)?(?:村集体|集体|村里|组里|村委会|村民小组|老年协会|村老年协会|公益基金|合作社)"
        ),
        N_("没收归集体"),
        penalty_only=True,
    ),
    # an animal or thing caught and handed to the village, the line closing on where it goes (抓到归屯里, 捉住的
    # 鸡鸭一律归组里): in public hands with no 所有 said
    _P(
        "CV602",
        ("归",),
        _lazy(
            r"(?:收归|归|划归)(?:(?:村里|村上|组里|组上|社里|寨里|寨上|屯里|嘎查|村委会|村集体|集体|本村|本组|本屯|本寨|"
            r"生产队|队里|众|公)"
            # (or a body of the village's named, to dispose of it: 渔获归村护河队处理, 归寨老会处置)
            r"|(?:本|该)?(?:村|组|寨|屯|社)[^，,。；;！!？?\s]{0,5}?(?:处理|处置|支配))"
            # (or 外 after it: 其木归众外另罚钱, the taking beside a further measure)
            r"(?=\s*(?:[，,。；;！!？?]|$)|(?:以|之)?外)"
        ),
        N_("没收归集体"),
        penalty_only=True,
        needs_property=True,
    ),
    # a member's estate or goods forfeited into the clan's hall or the common stock (侵者之田罚入祠中, 其谷充入宗祠,
    # 所伐之木入众): the hall is the clan's collective, so the thing is taken (CV602); a tablet or a person admitted to
    # the hall names no property, which the sentence must hold
    _P(
        "CV602",
        ("入充归", "祠庙堂厅众族公"),
        _lazy(
            r"(?:罚入|充入|没入|收入|纳入|送入|缴入|拨入|归入|入|充|归)(?:本|该)?(?:"
            + _CLAN_HALL
            + r"|众|族中|族内|公众)"
            r"(?:公用|公有|所有|管业|收管|备用)?(?=\s*(?:[，,。；;！!？?]|$)|(?:以|之)?外)"
        ),
        N_("没收归集体"),
        penalty_only=True,
        needs_property=True,
    ),
    # a thing put into the hall's or the community's hands in the old words, closing its line (柴木归祠, 其物入公,
    # 所获充众): in public hands like 归公; a fine paid in (罚银入祠) names no thing of his and is CV601's
    _P(
        "CV602",
        ("归入充", "公祠众庙"),
        _lazy(r"(?:收归|归|入|充)(?:公|祠|祠堂|宗祠|祠里|众|庙)(?=\s*(?:[，,。；;！!？?]|$))"),
        N_("没收归集体"),
        penalty_only=True,
        needs_property=True,
    ),
    # a thing of his taken by one character (收其网具, 扣其耕牛, 夺他的渔船): the thing named straight after him
    _P(
        "CV602",
        ("收扣夺缴截", "其他她户"),
        # (截留其货物, 扣留其渔船: held back, the thing named after him)
        _lazy(
            r"(?<![回征没查验接吸签])(?:截留|扣留|收|扣|夺|缴)(?:其|他|她|该户)的?(?="
            + _GAP
            + r"{0,4}?(?:"
            + _TAKEABLE.pattern
            + r"))"
            + _THING_TAIL
        ),
        N_("扣押财物"),
        pronoun=True,
        penalty_only=True,
        classified_thing=True,
        holds_thing=True,
    ),
    # his things put away by the village (村里将其粮食收起, 把他的网具扣起来): held, the line closing on the verb
    _P(
        "CV602",
        ("收扣", "起去住"),
        _lazy(
            r"(?:将|把)(?:其|他|她|该户)(?:家)?的?" + _GAP + r"{1,8}?(?:收起|收去|扣起|扣住)(?:来)?"
            r"(?=\s*(?:[，,。；;！!？?]|$))"
        ),
        N_("扣押财物"),
        penalty_only=True,
        needs_property=True,
    ),
    # the other bodies a member's things may be handed to (归祠堂所有, 拆下的钢材归社区所有): these also own
    # things of their own (公共场地归社区所有), so only in a consequence
    _P(
        "CV602",
        ("祠区会物族家", "归"),
        _lazy(r"(?:收归|归|划归)(?:社区|居委会|小区|物业|祠堂|宗祠|祠里|族里|理事会|协会|公家)(?:所有|所得)"),
        N_("没收归集体"),
        penalty_only=True,
    ),
    # The village disposing of a member's animal or goods (由村委会作价变卖, 公开拍卖, 折价处理) after a
    # wrongdoing: a seizure, the thing often named in the sentence before (…领回；三日内不来认领的，由嘎查作价变卖)
    _P(
        "CV602",
        ("卖价主",),
        _lazy(
            r"作价变卖|折价变卖|低价变卖|公开变卖|作价拍卖|折价拍卖|低价拍卖|公开拍卖|作价处理|折价处理|作价出售|折价出售|"
            r"作价处置|折价处置|变卖|拍卖|(?:作价|折价|低价)(?:卖掉|卖出|出卖|售卖)|"
            # the thing's value kept by the village (拆下的材料作价充抵集体收入)
            r"(?:作价|折价)(?:充抵|抵充|抵扣|抵作|充作|归)|"
            # 一律作无主物处置: the owner's things treated as nobody's
            r"(?:作为?|按|视为)无主(?:物|财物|物品)?(?:处置|处理|收归)"
        ),
        N_("没收财物"),
        penalty_only=True,
    ),
    # A thing kept, not given back (牲畜不再退还, 渔具一律不予发还): it was seized; a deposit or a payment not
    # returned is money (CV601, its own patterns)
    _P(
        "CV602",
        ("还回", "不"),
        _lazy(
            r"(?:" + _TAKEABLE.pattern + r")" + _GAP + r"{0,8}?(?:一律|一概|均|都|也)?(?:不再|不予|概不|不)"
            r"(?:退还|返还|归还|发还|退回)(?!" + _GAP + r"{0,4}?(?:押金|保证金|费|款|金|钱))"
        ),
        N_("没收财物"),
        penalty_only=True,
    ),
    # 菜地主人可以将其捕获，归自己所有: another's animal or goods taken for oneself
    _P(
        "CV602",
        ("归",),
        # (whoever reports, finds, guards or sweeps: 归清洁工所有, 归举报人所有, 归看护员所有; not the builder or owner
        # his own things go back to, 拆下的建材归建房户所有)
        _lazy(
            r"归(?:自己|己|本人|发现人|捕获人|受害人|受损人|失主|主人|"
            r"(?:举报|检举|发现|捕获|抓获|拾得|捡拾|看护|护林|护河|护草|巡逻|巡查|巡护|保洁|清洁|管护|守护|看守)(?:人|者|员|工|队))所有"
        ),
        N_("没收财物"),
        needs_property=True,
    ),
    _P(
        "CV602",
        ("红益股偿置苗配胙谷粮", "扣停缓发消剥冻截收注清没暂中革"),
        _lazy(
            # (a bare 扣 or 停 before whom it falls on: 扣其当年分红; or, in a line of verse or a list item, straight
            # before the dividend: 乱砍树，扣分红; 全户停分红三年; a clan's share stopped or stripped in one character,
            # 停胙三年, 革其丁胙)
            r"(?:扣除|扣减|扣发|停发|停给|停领|缓发|暂停发放|停止发放|不予发放|取消|剥夺|冻结|截留|收回|注销|清退|没收|暂停|停止|中止|暂扣|"
            # (told as done in a report, 扣了他当年的分红, 被停了当年的分红: the one who bore it named; t14old)
            r"[扣停革](?:了(?="
            + _WHOM
            + r")|(?<=被[扣停革])了)?(?="
            + _WHOM
            + r"|(?:当年|年终|年底|全年|本年度?)?的?(?:分红|红利|股金|丁?胙|祭谷|丁谷|丁粮)))"
            + _WHOM
            + r"?的?"
            + r"(?P<gap>"
            + _GAP
            + r"{0,8}?)"
            + _DIVIDEND
            + _OBJECT_TAIL
            + r"(?:的(?:发放|分配|兑现))?"  # 暂停其土地流转收益的发放
        ),
        N_("扣发集体收益分红"),
        inherent=True,
        eligibility=True,
        nominal=True,
    ),
    _P(
        "CV602",
        ("红益股偿置苗地田林山权配胙谷粮", "享参配分获领申安审划批给发付兑补"),
        _lazy(
            # (a refusal is a denial: 不同意分配其应得的补偿款, 拒绝发放其分红, 拒不发给他征地补偿款)
            r"(?:(?:不得|不能|不再|不予|无权|不准|不许|不同意|拒绝|拒不)(?:其|该户|其家庭|再)?|不)"
            # (不予补偿青苗费: the compensation for his crops refused)
            # (不发胙肉: a bare 发 gives out a share as 发放 does; 不准领胙: a bare 领 receives as 领取 does)
            # (分胙, 分祭谷: the clan's share named straight after a bare 分)
            r"(?:享受|享有|参与|参加|分配|分得|分享|获得|领取|领|申请|安排|审批|划分|分给|批准|给予|发放|发给|发|支付|兑现|补偿|"
            r"分(?=胙|祭谷|丁谷|丁粮))"
            # the share may be the second of a list of objects the one denial governs (不准领取组里的敬老补贴和合作社的
            # 年底股金分红): each conjunct has a phrase of its own
            # (a list of welfare shared out, 防暑降温费和慰问品的分配, is CV605's alone)
            + r"(?P<gap>(?:"
            + _GAP
            + r"{1,12}?(?:和|及|以及|与|、)(?="
            + _GAP
            + r"{0,12}?(?:"
            + _DIVIDEND
            + "|"
            + _LAND
            + r"|(?:资金|收益|款项|经济)的?分配)))?"
            + _GAP
            + r"{0,12}?)"
            + r"(?:"
            + _DIVIDEND
            + "|"
            + _LAND
            # (福利物资分配, 慰问品的分配: what is shared out is welfare, CV605's alone)
            + r"|(?<!福利)(?<!物资)(?<!待遇)(?<!慰问)(?<!慰问品)(?<!年货)(?<!福利的)(?<!物资的)分配)(?!"
            + _GAP
            + r"{0,4}?(?:补贴|补助|津贴))"
            + _OBJECT_TAIL
        ),
        _share_or_land_what,
        pronoun=True,
        eligibility=True,
    ),
    _P(
        "CV602",
        ("红益股偿置苗配", "扣抵冲顶"),
        _lazy(
            # a short description may stand before the share (从其每年应分的林木收益中抵扣, 以其生态公益林补偿款顶账)
            r"(?:从|在)" + _WHOM + r"?的?" + _GAP + r"{0,8}?" + _DIVIDEND + r"(?:中|里|内)?" + _SET_OFF + "|"
            r"(?:用|以)"
            + _WHOM
            + r"?的?"
            + _GAP
            + r"{0,8}?"
            + _DIVIDEND
            + r"(?:抵扣|冲抵|抵顶|抵交|抵缴|抵偿|抵账|抵债|顶账|顶债|充抵|抵|顶)"
        ),
        N_("从分红或补偿款中扣款"),
        pronoun=True,  # a due every household has deducted (各户的清运费从年终分红中扣除) is no sanction
    ),
    _P(
        "CV602",
        ("红益股偿置苗配胙谷粮", "减降折扣停消发半成给分"),
        _lazy(
            r"(?:当年|年终|本年度)?(?:的)?"
            + _DIVIDEND
            + r"(?P<gap>"
            + _GAP
            # (胙肉不给, 红利不发: refused in two characters)
            + r"{0,4}?)(?:减半|减少|减发|降低|打折|扣减|扣除|停发|停给|取消|不予发放|不给|不发|不分|"
            # a part paid only (只发一半, 按七折计发, 按六成兑现): the rest withheld
            r"(?:只|仅|亦|也)?按?(?:发放?)?(?:一半|半数|[一二三四五六七八九\d]成|[一二三四五六七八九\d]折)"
            r"(?:计发|发放|发|兑现|计算|分配)?)"
        ),
        N_("扣发集体收益分红"),
        pronoun=True,
        eligibility=True,
        object_first=True,
    ),
    # 其征地补偿款暂由村委会代管，待配合后发放: held back until the member complies
    _P(
        "CV602",
        ("红益股偿置苗租流配", "管扣缓冻发收购挂压押"),
        _lazy(
            _DIVIDEND + r"(?P<gap>" + _GAP + r"{0,12}?)(?:代管|代为保管|暂为保管|统一保管|暂存|"
            # kept on the books or held in plain speech (分红一律挂账, 那份红利先压着不发, 扣着不给): paid to nobody
            r"挂账|挂帐|挂起来|(?:压|押|扣|捂)(?:着|住|下)(?:不发|不给|不分|不付|不兑现)?|"
            # collected for him and kept until he complies (租金由村里代收，待改正后发放): not a plain 代收代付
            r"(?:代收|代领)(?=[，,]?\s*待)|暂扣|暂缓发放|暂不发放|不予发放|不再发放|停止发放|停发|缓发|冻结|收回|收归集体|回购|收购)"
        ),
        N_("扣发集体收益分红"),
        pronoun=True,
        eligibility=True,
        object_first=True,
    ),
    _P(
        "CV602",
        ("地田林山权园塘面场", "收调没交"),
        _lazy(
            _LAND + r"(?P<gap>" + _GAP + r"{0,8}?)(?:收回|收归(?:村|组)?集体|没收|调出|"
            # handed to the group or the village to run, its yield theirs (其名下山林交由村民小组统一经营): taken from him
            r"交(?:由|给)?(?:本|该)?(?:村民小组|村集体|集体|村委会?|村里|组里|合作社|村|组|社)(?:统一|代为|集中)?"
            r"(?:经营|管理|耕种|发包|使用|管护))"
        ),
        _land_what,
        pronoun=True,
        eligibility=True,
        object_first=True,
    ),
    # The harvest of a collective hill barred or put off as a sanction (开山时间推后三天, 取消其当年采挖资格,
    # 次年不准进山采摘松茸): a member's share of what the land yields, like the land itself. A bare ban with no
    # period (不得上山采挖) is the rule of the season, not a sanction.
    _P(
        "CV602",
        ("山挖摘采牧",),
        _lazy(
            r"(?:开山|开采|采挖|采摘|采集|上山|进山)的?(?:时间|日期|时限)?"
            + _GAP
            + r"{0,4}?(?:推后|推迟|延后|延迟|顺延|后延|后推)|"
            r"(?:推后|推迟|延后|延迟|顺延)(?:其|该户|该组|该小组|全组)?"
            + _GAP
            + r"{0,6}?(?:开山|采挖|采摘|采集|上山|进山)(?:时间|日期)?|"
            r"(?:不得|不准|不许|禁止|取消|停止|暂停|剥夺)(?:其|该户|该组|该小组|全组|违者)?"
            r"(?:当年|次年|下一?年度?|本年度?|来年|[\d一二两三四五六七八九十]+年内?)的?"
            r"(?:" + _ENTER_HILL + r"(?:采挖|采摘|采集|挖采|采|摘|挖|打|捡|拾|割|放牧|砍)|采挖|采摘|采集|挖采)|"
            r"(?:当年|次年|下一?年度?|来年|[\d一二两三四五六七八九十]+年)内?(?:不得|不准|不许|禁止)(?:其|再|该户)?"
            r"(?:" + _ENTER_HILL + r"(?:采挖|采摘|采集|挖采|采|摘|挖|打|捡|拾|割|放牧|砍)|采挖|采摘|采集|挖采)|"
            r"(?:取消|停止|暂停|剥夺)(?:其|该户|该组|该小组|全组)?"
            + _GAP
            + r"{0,8}?(?:采挖|采摘|采集|挖采|开山)(?:资格|权利?|证)"
        ),
        N_("停止采挖集体山场"),
        penalty_only=True,
    ),
    # Land or a contract taken back as a sanction: the contract ended (终止与其签订的承包合同, 解除其土地
    # 流转协议) or the land let to another (将土地另行发包, 收回后安排他人耕种), after a wrongdoing. The
    # law's own cases are deferred (依法解除) or eligibility (自愿交回, 迁出, 死亡).
    _P(
        "CV602",
        ("终解废撤取收", "合协包租营"),
        _lazy(
            # (not a landlord ending a tenant's lease of his house, 通知房东解除租赁合同: the tenant is put out, CV606)
            r"(?<!房东)(?<!房主)(?<!出租人)(?<!出租方)(?<!业主)"
            r"(?:终止|解除|废止|撤销|取消|收回)(?:与其|同其|和其|其|该户|与该户)?(?:签订|订立|所签|签)?的?"
            + _GAP
            + r"{0,6}?"
            r"(?:承包|租赁|租用|流转|经营)(?:合同|协议|关系|经营权)"
        ),
        N_("收回承包地"),
        penalty_only=True,
        defer_bare=True,
        eligibility=True,
        by_agreement=True,
    ),
    _P(
        "CV602",
        ("另重转撤夺起", "包租佃"),
        # (另佃, 另包, 另租, 撤佃, 夺佃, 起佃: a tenant's field let to another, in the old and the short words)
        _lazy(r"(?:另行|重新|转)(?:发包|承包|出租|租赁)|另佃|(?<=[组村社寨屯])另包|(?:转|撤|夺|起)佃"),
        N_("收回承包地"),
        penalty_only=True,
        defer_bare=True,
        eligibility=True,
    ),
    # handed to others by any verb of handing (调整给他人, 分给其他农户): keyed on 他/别, which every match holds
    _P(
        "CV602",
        ("他别",),
        _lazy(
            r"(?:另行|重新)?(?:安排|发包|转包|转让|转给|交给|交由|分给|调给|调整给|调剂给|划给|租给|承包给)给?"
            r"(?:其他(?:农户|村民|人)?|他人|别人)(?:耕种|承包|经营|使用)?"
        ),
        N_("收回承包地"),
        penalty_only=True,
        defer_bare=True,
        eligibility=True,
    ),
    # handed on to a party named by what it is (转包给种植大户, 重新分配给无房户, 另行租给养殖公司): taken from
    # the wrongdoer by the village that hands it on, whatever the party is called
    _P(
        "CV602",
        ("包配租",),
        _lazy(
            r"(?:(?:另行|重新)(?:分配|安排|出租|发包)|转包|转租|发包|承包)给"
            r"(?!其本人|本人|原)[^，,。；;：:！!？?\s]{0,6}?(?:户|者|人员|社|公司|企业|能手)"
        ),
        N_("收回承包地"),
        penalty_only=True,
        defer_bare=True,
        eligibility=True,
    ),
    # the member's holdings set off against what he owes, the holding first (其应得分红先行扣抵欠款)
    _P(
        "CV602",
        ("红益股偿置苗金款费租配", "扣抵冲"),
        _lazy(_DIVIDEND + r"(?P<gap>" + _GAP + r"{0,8}?)(?:用于|用来|用以|先行|直接|优先|予以)?" + _SET_OFF),
        N_("从分红或补偿款中扣款"),
        penalty_only=True,
        object_first=True,
    ),
    # --- CV603 personal freedom and public shaming --------------------------------------------
    _P(
        "CV603",
        ("关禁拘捆吊看身扣离留限锁带押",),
        _lazy(
            # (行政拘留, 刑事拘留, 司法拘留 are the state's by name: only the police or a court impose them)
            r"关押|关禁闭|禁闭|关进|关起来|关黑屋|拘禁|(?<!行政)(?<!刑事)(?<!司法)拘留|软禁|捆绑|吊打|看管起来|禁足|"
            r"(?:关在|关到|关至|锁在|锁进)" + _VILLAGE_PLACE + r"|"
            # taken to the village's room to be questioned or kept (有权将其带至村部盘问): held, whoever he is
            r"(?:带到|带至|带回|带往|押到|押至|押回)"
            + _VILLAGE_PLACE
            + r"(?:进行|接受)?(?:盘问|审查|讯问|问话|反省|过夜)|"
            # 将其锁在家中: a person locked in, wherever it is
            r"(?:将|把)(?:其|他|她|该人|此人|当事人|违者|行为人)(?:反)?(?:锁|关|锁闭|反锁)(?:在|进|于|到)|"
            r"限制" + _WHOM + r"?的?人身自由|扣留" + _WHOM + r"?(?:本人|人员|人身|" + _PERSON_HOLD + r")|"
            r"(?:留置|隔离)(?:审查|反省)|不准" + _WHOM + r"?离开(?:本村|村|家)?|"
            r"限制" + _WHOM + r"的?(?:外出|出行|出门|出村|离村|离家|离开|行动)"
        ),
        N_("限制人身自由"),
        inherent=True,
        defer_bare=True,
    ),
    # 将其扣留, 扣留在治保室, 外来人员偷盗的…扣留: holding a person (扣留 of things is CV602)
    _P(
        "CV603",
        ("扣",),
        _lazy(r"(?:扣留|扣押)(?:(?:在|于|至|到)" + _GAP + r"{0,8})?"),
        N_("限制人身自由"),
        inherent=True,
        defer_bare=True,
        holds_person=True,
    ),
    # 限制外出, 不准其外出: only as a sanction (家长不让其外出玩水 is care)
    _P(
        "CV603",
        ("限准许让禁",),
        _lazy(
            r"限制" + _WHOM + r"?的?(?:外出|出行|出门|出村|离村|离家|行动)|"
            r"(?:禁止|不准|不许|不让)" + _WHOM + r"的?(?:外出|出行|出门|出村|离村|离家|离开|行动)|"
            # kept where the village holds him (不写完不准回家)
            r"(?:不准|不许|不让)" + _WHOM + r"?回家"
        ),
        N_("限制人身自由"),
        pronoun=True,
        penalty_only=True,
    ),
    # a person taken away by the village's men to any place (将其押往镇上, 上门将其带往计生站): escorted; handing
    # him to the police stays lawful like a citizen's 扭送, and 带回家 or to a hospital is care
    _P(
        "CV603",
        ("押带拉", "将把"),
        _lazy(
            r"(?:将|把)(?:其|他|她|该人|此人|当事人|违者|行为人)(?:强行|强制)?"
            r"(?:押送|押往|押解|押至|押到|带往|带到|带至|带去|拉到|拉往)(?!家|医院|卫生院|诊所)"
            # (handed to the police, like a citizen's 扭送, stays lawful: 将其押送派出所)
            r"(?!" + _GAP + r"{0,4}?(?:派出所|公安|警务|司法|法院|边防|检察))"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # kept under watch and not let go (由治保队看住，不得离开本村)
    _P(
        "CV603",
        ("看盯守",),
        _lazy(
            r"(?:看住|看守|看管|盯住|守住)(?:其|他|她|该人|此人|当事人)?\s*[，,]?\s*(?:其|他|她)?"
            r"(?:不得|不准|不许|不能|不让)(?:其|他|她)?(?:离开|外出|走开|出村|出门)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # a written self-criticism put up where all see it (写出检讨书张贴在村务公开栏): shown, not only written
    _P(
        "CV603",
        ("检悔认保", "贴墙挂示布"),
        _lazy(
            r"(?:检讨书|检讨|悔过书|认错书|保证书|书面检查|检查书)\s*[，,]?\s*(?:并|且|后)?(?:由" + _GAP + r"{1,6}?)?"
            r"(?:张贴|贴在|贴到|贴出|贴于|上墙|挂在|公示|公布|展示)"
            # (where it is put up belongs to the evidence: 张贴在村务公开栏)
            r"(?:(?:在|于|到)?" + _GAP + r"{0,10}?(?:栏|墙|门口|门前|榜|板|屏)(?:内|上)?)?"
        ),
        N_("公开曝光"),
        penalty_only=True,
    ),
    # 绑送村委会: binding a person, or bringing one to the village for it to hold (扭送 to the police is lawful)
    _P(
        "CV603",
        ("绑捆押扭带",),
        _lazy(
            r"(?:绑送|(?<!打)捆送|绑到|捆到|绑至|绑在|捆在|绑起来|捆起来|绑住|捆住|五花大绑|"
            r"(?:押送|扭送|押解|押到|押至|押往|押回|扭到|扭至|"
            # the person between the verb and the place (押其到村部, 扭着他送到治保会)
            r"(?:押|扭|押着|扭着)(?:其|他|她|当事人|违者|该人)(?:送)?)(?:到|至|回)?" + _VILLAGE_PLACE + ")"
        ),
        N_("限制人身自由"),
        inherent=True,
    ),
    _P("CV603", ("带",), _lazy(r"(?:带到|带至|带回|带往)" + _VILLAGE_PLACE), N_("限制人身自由"), penalty_only=True),
    # seized and brought before the clan or the village (拘贼至祠, 捉到祠堂, 擒其至宗祠, 锁拿到村部): an old rule's verbs
    # of laying hands on a person, then where he is taken; the police or the magistrate are not among the places (a
    # hand-over to them is lawful, docs/clause-codes.md)
    _P(
        "CV603",
        ("拘捉拿擒锁执揪缚抓扭", "祠庙堂厅村组队会室间屋部"),
        _lazy(
            r"(?:拘|捉|擒|锁|执|揪|缚|抓|扭)(?:拿|获|住|解|押|拘)?(?:其|他|她|该犯|本犯|犯者|赃犯|人犯|窃贼|盗贼|贼人?|违者|当事人|此人|该人)?"
            r"(?:送|押|解)?(?:到|至|赴|进|入|回)(?:本|该)?(?:" + _CLAN_HALL + "|" + _VILLAGE_PLACE + ")"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # a person taken somewhere and held there, or held until someone fetches him (带回作业站看管; 由治保会
    # 留置，待其亲属领回; 人由巡护队看住，待家属…后放人): the release by kin or an authority makes it a person
    _P(
        "CV603",
        ("看留关扣",),
        _lazy(
            r"(?:带回|带到|带至|带往|押回|送回|送到|送至)" + _GAP + r"{0,8}?(?:看管|看住|看守|看押|关押|留置)|"
            r"(?:看管|看住|看守|看押|看护|留置|关押)(?:在|于)" + _GAP + r"{1,10}?(?:站|点|室|所|部|处|棚)(?:内|里)?"
            r"\s*[，,]?\s*(?:不准|不得|不许)外出|"
            r"(?:看管|看住|看守|看押|留置|关押|(?:留|扣|关)(?=在|于))(?:在|于)?"
            + _GAP
            # (the kin sent for or waited for: 待, 等, 通知其家属…来人领回)
            + r"{0,10}?\s*[，,]\s*(?:待|等|通知)"
            + _GAP
            + r"{0,12}?"
            r"(?:家属|亲属|家人|房东|单位|渔政|公安|民警|派出所)"
            + _GAP
            + r"{0,10}?(?:领回|领人|放人|接回|移交|到场|来人)"
        ),
        N_("限制人身自由"),
        inherent=True,
        defer_bare=True,
    ),
    # the person kept wherever the village puts him (将其扣在村委会, 把他留在看护棚内, 将其控制在值班室) or
    # led under guard (押着他游村): after a wrongdoing only, 将其留在家中照顾 being care
    _P(
        "CV603",
        ("扣留控押羁滞圈困看约关",),
        _lazy(
            r"(?:将|把)(?:其|他|她|该人|此人|当事人|违者|违规者|行为人|嫌疑人)(?:强行|暂时|先行|临时)?"
            r"(?:扣押|扣留|扣|留置|留|控制|约束|关押|关|看押|看管|羁押|滞留|圈|困)(?:在|于|到|至)(?:"
            + _VILLAGE_PLACE
            + "|"
            + _GAP
            + r"{0,8}?(?:内|里|中|室|棚|屋|房|站|所|部|处|点|会|门|口|院|间))|"
            r"押着(?:其|他|她|该人|当事人|违者|行为人)|"
            # kept until a time and only then let go (扣到次日天亮再放行, 关到天亮才放人): the time is his holding
            # (a thing kept until its fee is paid, 扣到交清停车费再放行, is no person's night)
            r"(?:扣|关|留|押|看管|控制)(?:到|至)"
            + _GAP
            + r"{0,6}?(?:天亮|天明|早上|清早|上午|中午|下午|晚上|[\d一二两三四五六七八九十]+(?:点|时))钟?(?:以后|之后|后)?"
            r"(?:再|才|方|然后)(?:放行|放人|释放|放回|放走|让其离开|准其离开)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # stopped at the village's gate (拒之村外, 挡在寨门外, 拦在村口不让进, 不放他进村): a person's way in or out barred by
    # the village's guards, not a member's home taken (不准回村, 不准进村: CV606); after a wrongdoing or 否则 only, a
    # check at the gate with no wrong (登记后放行) holding nobody (t14old)
    _P(
        "CV603",
        ("拒挡拦阻关堵放让给", "村寨屯庄堡"),
        _lazy(
            r"(?:拒|挡|拦|阻|关|堵)(?:之|其|他|她|人)?(?:在|于)?(?:本|该)?(?:村|寨|屯|庄|堡|村子|寨子|村庄)(?:门|子|庄)?(?:外|口|门口|门外)|"
            r"(?:不让|不给|不放|不予放行|拒绝)(?:其|他|她|该人|此人|来人|外人)?(?:进|入|进入|进到|出)(?:本|该)?(?:村|寨|屯|庄|堡)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # let into the village, or let go, only once he has paid (交五元才放进村, 须交十元方准入寨, 交了钱才放他走): his way
    # sold at the gate, the payment being the only condition, so a measure in itself; a ticket to a scenic spot or a
    # vehicle let through (交费后放行) names no village and no person (t14old)
    _P(
        "CV603",
        ("交缴付给", "才方再"),
        _lazy(
            # (money paid, not papers handed in: 交齐材料后才能进入村民名册 names a roll; a ticket, a parking fee or a
            # deposit paid, or the village entered to visit, trade or build, 游客交门票钱才能进村参观, 商贩交卫生费才能
            # 进村摆摊, is a price or a due of the visit, no person's way sold: rv14)
            r"(?:交|缴|付|给)(?=[^。；;！!？?]{0,10}?(?:钱|元|块|费|款|银|文|吊))"
            r"(?![^。；;！!？?]{0,10}?(?:票|停车|押金|保证金|摊位))(?:了|清|齐|足|过)?[^。；;！!？?]{0,10}?"
            r"(?:才|方|再)(?:能|可|准|许|让|肯|给)?(?:放|让|准|许)?"
            r"(?:其|他|她|人|他们)?(?:进|进入|入|通过)(?:本|该)?(?:村|寨|屯|庄|堡)(?!民|委|集体|规|组织|务|干部|级|名册)"
            r"(?![^，,。；;！!？?]{0,4}?(?:参观|游览|旅游|观光|摆摊|经营|销售|营业|收购|做生意|施工|作业|拍摄))|"
            r"(?:交|缴|付|给)(?=[^。；;！!？?]{0,10}?(?:钱|元|块|费|款|银|文|吊))(?:了|清|齐|足)?[^。；;！!？?]{0,10}?"
            r"(?:才|方|再)(?:放|让|准|许)(?:其|他|她|人)(?:走|离开|回家|回去)"
        ),
        N_("限制人身自由"),
        inherent=True,
    ),
    # 在全村大会上作检讨: a self-criticism extracted before the village is public shaming (a written one is not)
    _P(
        "CV603",
        ("讨错悔评查", "会播众开面群叭屏栏榜墙台号站网视圈场口民家乡族居"),
        _lazy(
            r"(?:在" + _GAP + r"{0,10}?(?:大会|会议|会|广播|喇叭|群)上?|当众|公开|当着" + _GAP + r"{0,6}?面|"
            # before the crowd itself (当着族众, 当着全组村民)
            r"当着" + _GAP + r"{0,6}?(?:众|村民|群众|大家|乡亲|族人|居民)|"
            # before them said with 面前 (在全体村民面前, 在族人面前): the audience, not a medium
            r"在" + _GAP + r"{0,10}?面前|"
            # any public medium, and a short phrase before the confession (在全村群众大会上当众向老人赔礼道歉、宣读
            # 检讨书; 在本单元门口张贴署名检讨书)
            r"在" + _GAP + r"{0,10}?" + _SHOWN_MEDIUM + r"(?:里|内|中)?[^，,。；;！!？?]{0,12}?|"
            # the meeting named without 在 (次月村民大会上须上台宣读检讨书), and the confession read out or made from
            # the platform after it (在组民会上当众念读书面检讨)
            r"(?:大会|会议|(?:小组|代表|群众|村民|居民|党员|户主|组民|坝坝)会)上)"
            r"[^，,。；;！!？?]{0,8}?(?:上台|登台|当众|公开)?(?:念读|宣读|朗读|念|读)?"
            r"(?:作出|做出|作|做|进行|写|宣读|公开|书面|深刻)*(?:向"
            + _GAP
            + r"{1,6}?)?(?:赔礼)?(?:检讨|认错|悔过|自我批评|(?<=[作做出刻面读])检查)"
        ),
        N_("当众检讨"),
        pronoun=True,
    ),
    _P(
        "CV603",
        ("游挂戴众字",),
        _lazy(
            # (a plaque hung as an honour or by an authority is no mark on a person: 达标的挂牌奖励, 挂牌督办, 古树挂牌保护)
            r"(?:游街|游乡|游村|游寨|游屯|游组|游巷|挂牌(?!奖|表|命名|授|鼓励|激励|督办|保护|经营|营业|管理|服务|上市|出让|交易)|"
            r"挂(?:黑)?牌子|戴高帽)(?:示众)?|示众|(?:张贴|贴出|书写|写)?大字报"
        ),
        N_("游街示众"),
        inherent=True,
    ),
    # (ordered to kneel by any verb of command, 令跪于祠堂阶前, 责令其跪在门口: the kneeling is the measure)
    _P(
        "CV603",
        ("跪站", "罚跪令命让叫求"),
        _lazy(r"罚跪|罚站|下跪|(?:令|责令|命|让|叫|要求)(?:其|他|她|当事人|违者|该人)?(?:当众|长|罚)?跪(?!拜)"),
        N_("罚跪罚站"),
        inherent=True,
    ),
    # the body itself punished, as old 款约, steles and clan rules do (重则处死, 处以极刑, 杖责四十, 断其手脚): a
    # beating, a maiming or a death imposed for the wrong; 殴打 is left out, being the wrong a charter names,
    # and a beast put down (由村里将狗处死) is no person's punishment
    _P(
        "CV603",
        ("死刑杖鞭笞打嘴手脚足指眼塘猪埋格",),
        _lazy(
            # (处死 with no beast among the four characters before it: 对咬人的狗一律处死)
            r"(?:(?<![狗犬猫畜禽牛羊猪鸡鸭鹅兽])(?<![狗犬猫畜禽牛羊猪鸡鸭鹅兽].)(?<![狗犬猫畜禽牛羊猪鸡鸭鹅兽]..)"
            r"(?<![狗犬猫畜禽牛羊猪鸡鸭鹅兽]...)(?<!判)处死|处以死刑|处以极刑|极刑|(?:用火|活活|放火)烧死|活埋|"
            # (leave to kill him on the spot, 格杀勿论, 登时格杀; 打死勿论 is also said of a mad dog; t14old)
            r"格杀(?:勿论)?|"
            r"沉塘|沉潭|沉河|浸猪笼|杖毙|杖责|杖打|杖刑|笞刑|鞭刑|肉刑|鞭打|鞭笞|"
            r"(?<![负职])责打(?![扫理造井印包开通])|打板子|打屁股(?!针)|打手板|掌嘴|"
            # (an injury the wrong caused is no measure: 致人断指, 造成他人断手)
            r"(?<![致成使人])(?<![致成使]人)(?:断|砍|剁|斩)(?:其|他|她)?(?:手|脚|足|指|筋)(?:(?:断|砍|剁|斩)?(?:手|脚|足|指))?|挖(?:其|他|她)?眼)"
        ),
        N_("体罚处死"),
        inherent=True,
    ),
    # a person made a slave or a bond servant for the wrong or for a fine he cannot pay (以身抵作奴仆, 罚为家奴, 卖身为奴):
    # his liberty itself taken
    _P(
        "CV603",
        ("奴",),
        _lazy(
            r"(?:充|为|作|当|沦为|罚为|罚作|收为|卖为|卖身为|抵作|抵为)(?:奴隶|奴仆|奴婢|家奴|奴)(?!役制|隶制|隶社会)"
        ),
        N_("体罚处死"),
        inherent=True,
    ),
    # old clan and stele punishments told by their measure (重责二十板, 打四十大板, 责三十棍; 跪香一炷, 长跪于祠前;
    # 锁押祠中, 枷号示众, 绑在树上): a beating counted in strokes, a kneeling, a shackling. After a wrongdoing only
    # (跪拜 is worship; 锁在 a thing's lock is left out: a person's shackle words only)
    _P(
        "CV603",
        ("跪锁枷绑捆缚",),
        _lazy(
            r"跪香|长跪|跪(?:于|在|至|到)(?=[^，,。；;]{0,8}?(?:祠|庙|堂|前|门|台|众|神|祖))|"
            # (the hall or the tablets straight after the kneeling: 跪祠堂, 跪祖宗牌位; not a worship, 跪拜, 跪祭)
            r"跪(?:祖宗|祖先|祖)(?:牌位|神位|灵位|像)?|跪(?:祠堂|宗祠|祠|神位|神像|神前|庙)|"
            r"锁押|锁禁|锁拿|锁于|枷号|戴枷|上枷|吊打|(?:捆|绑|缚)(?:在|于)[^，,。；;]{0,4}?(?:树|柱|桩)"
        ),
        N_("体罚处死"),
        penalty_only=True,
    ),
    # a beating counted (杖四十, 笞五十, 重责二十板, 打四十大板, 责三十棍, 加责四十下, 打他十下, 重责四十): the strokes by
    # the rod's name, by 下, or bare after a verb that only beats (杖, 笞, 鞭, 重责, 痛打); the body punished, CV603
    # (docs/clause-codes.md), one reading for the three ways of counting. 下 of a gong or a bell, 鞭 of firecrackers
    # counted (鞭一百响) and a sum or a time after a bare count (重责三百元) are no strokes; the count is taken whole
    # (++), or 重责三 of 重责三百元 would end before the unit it excludes (rv14), and 杖 of a walking stick (拐杖二十根)
    # or a bare count of things (根, 支, 把) is none either
    _P(
        "CV603",
        ("责笞杖鞭打抽",),
        _lazy(
            r"(?:重责|痛责|加责|笞责|扑责|责打|杖责|重打|痛打|(?<![负职])责|(?<![拨敲击殴扑])打|笞|鞭|抽|(?<![拐手权禅锡])杖)"
            r"(?:其|他|她|本犯|犯者|该犯)?[一二两三四五六七八九十百\d]++"
            r"(?:大板|板子|竹板|手板|板|军棍|木棍|棍|杖|鞭|藤条|下(?!铜?[锣鼓钟铃梆更门]))|"
            # the rod named before the count (罚打荆条一百, 责竹板三十, 用藤条抽他二十下; t14old)
            r"(?:(?:罚打|罚责|重责|痛责|责打|责|(?<![拨敲击殴扑])打|笞|抽)(?:其|他|她|本犯|犯者|该犯)?(?:以|用)?"
            r"|(?:用|以|拿)(?=[^，,。；;]{0,6}?(?:打|责|抽|笞)))"
            r"(?:荆条|藤条|柳条|竹条|竹板|竹片|板子|大板|手板|木板|木棍|军棍|棍子|皮鞭|鞭子|戒尺)"
            r"(?:(?:打|责|抽|笞)(?:其|他|她|本犯|犯者|该犯)?)?[一二两三四五六七八九十百\d]+(?:下|板|棍|鞭)?|"
            r"(?:(?:重责|痛责|重打|痛打)(?:其|他|她|本犯|犯者|该犯)?|(?<![拐手权禅锡])杖|笞|鞭)[一二两三四五六七八九十百\d]++"
            r"(?![元块两钱文倍日天月年次个名人户顿响挂封根支把])"
        ),
        N_("体罚处死"),
        penalty_only=True,
    ),
    # a beating told with no count (该打就打, 打了再说, 众人打之, 痛打一顿, 揍他一顿): the body punished as the answer to a
    # wrong, CV603, the village's own hands on him; after a wrongdoing only, and never the wrong itself (殴打他人的 is
    # a condition; 打110, 打电话 beat no one) (t16; a word fix, the beating's spoken forms)
    _P(
        "CV603",
        ("打揍殴",),
        _lazy(
            r"该打就打|该揍就揍|(?:打|揍)(?:了|后|完)再(?:说|讲|论|谈)|先打后(?:说|讲|问|审|送)|"
            r"(?:(?<![当示聚公观民群])众|众人|大家|全村|合村|全寨|合寨|全屯|合屯|全族|合族|阖族|村人|乡人|族人|寨人)(?:共|同|齐|一起|一齐|群起)?(?:而)?"
            r"(?:打|殴|揍|殴打|痛打|毒打)(?:之|他|其|她)(?![^，,。；;]{0,2}?(?:电话|招呼|交道))|"
            r"(?:痛打|暴打|毒打|狠打|狠揍|揍|打)(?:他|其|她|该人)?一(?:顿|通)(?!饭|酒|餐|饱|牙祭|电话|招呼)(?:好打|暴打)?"
        ),
        N_("体罚处死"),
        penalty_only=True,
    ),
    # the body marked or shorn for the wrong (剃去半边头发, 剪掉他的辫子, 剃阴阳头, 脸上涂黑): a mark on his person
    # that all see, after a wrongdoing only (剃头 at a barber's, 为五保老人理发, has none)
    _P(
        "CV603",
        ("剃剪铰削刮刺黥阴涂抹画", "发头眉辫须字面脸"),
        _lazy(
            r"(?:剃|剪|铰|削|刮)(?:去|掉|光|了|个|成)?(?:其|他|她)?的?(?:一半|半边|半个|半|一边)?的?"
            r"(?:头发|头|眉毛|眉|辫子|辫|胡须|胡子)|阴阳头|刺字|黥面|黥|"
            r"(?:涂|抹|画)(?:黑|花|红)(?:其|他|她)?的?(?:脸|面)|(?:脸|面)(?:上|部)?(?:涂|抹|画)(?:黑|花|墨|锅灰)"
        ),
        N_("体罚处死"),
        penalty_only=True,
    ),
    # condemned before all (通过公示栏公开谴责, 在村民大会上予以谴责): a condemnation shown is shaming, while
    # criticism (批评教育, 通报批评) stays clean
    _P(
        "CV603",
        ("谴",),
        _lazy(
            r"(?:公开|公示|张榜|当众|全村|全组)谴责|"
            r"(?:在|通过|利用)" + _GAP + r"{0,12}?" + _SHOWN_MEDIUM + r"(?:等)?" + _GAP + r"{0,8}?谴责"
        ),
        N_("公开谴责"),
        penalty_only=True,
    ),
    # the whole place called out against him with the drum (鸣鼓而攻之, 合乡鸣攻, 群起而攻之, 阖族共攻之): an old rule's
    # public denunciation and assault of the wrongdoer, his dignity and his person taken (t14old; a word family: 攻
    # with the drum or the crowd, 攻 alone being any attack)
    _P(
        "CV603",
        ("攻",),
        _lazy(
            r"(?:鸣|击|擂|敲)(?:鼓|锣)?(?:而|以)?攻(?:之|其|他|击)?|群起(?:而)?攻(?:之|其|他|击)|"
            r"(?:合|阖|通|全|同|众)(?:乡|村|族|寨|屯|庄|堡|社|里|甲|众|人)?(?:人等|人)?(?:共|齐|同|公同|一同|群起)?(?:而)?攻(?:之|其|他)"
        ),
        N_("公开谴责"),
        penalty_only=True,
    ),
    # the doer called a thief by the village (当小偷论处, 以贼论处, 按小偷对待): a label on the person, no charge
    _P(
        "CV603",
        ("偷贼",),
        _lazy(
            r"(?:当作?|当成|以|按|按照|作为?|视为|视同)(?:小偷|窃贼|盗贼|贼人|贼)"
            r"(?:论处|处理|对待|看待|惩处|处置|处罚|论)"
        ),
        N_("以贼论处"),
        penalty_only=True,
    ),
    # made to stand or kneel where the village sees him (责令其在村委会门口站立反省两小时)
    _P(
        "CV603",
        ("站跪示省", "门口场台"),
        _lazy(
            r"(?:责令|令|让|叫|要求|罚)(?:其|他|她|当事人|违者)在"
            + _GAP
            + r"{0,8}?(?:门口|门前|村口|路口|广场|大门|会场|台上)(?:处)?"
            r"(?:站立|站着|站(?!岗)|跪|示众|低头)(?:反省|认错|思过)?"
        ),
        N_("罚跪罚站"),
        penalty_only=True,
    ),
    _P(
        "CV603",
        ("曝榜单",),
        _lazy(
            r"(?:将|把)?"
            + _WHOM
            + r"?的?(?:姓名|名字|名单|照片|相片|头像|"
            + _WRONG_SHOWN
            + r")"
            + _GAP
            + r"{0,10}?(?:公开)?曝光|"
            # (曝光他人隐私 is the forbidden act, done to another: no sanction on the doer)
            r"(?:在"
            + _GAP
            + r"{0,8}?)?(?:公开|予以|进行|全村|通报)?(?<!(?:表扬|表彰|奖励)[、和与及或])曝光(?!他人|别人|旁人|邻居|个人隐私|隐私)"
            # (曝光 paired with its honour, 检查评比曝光、表扬: the scheme's two sides named as a topic, no one shown)
            r"(?![、和与及或](?:表扬|表彰|奖励))|"
            r"(?:列入|纳入|登上|上)(?:村)?"
            + _GAP
            + r"{0,4}?(?:红黑榜|黑榜|黑名单|曝光台|(?:失信|不诚信)(?:人员|户|家庭)?(?:名单|榜))|"
            # (a board set up as the village's scheme, 实行“红黑榜”制度, 设立曝光台: those it names are shown; a list set up,
            # 建立失信人员名单, is a record until it is shown)
            r"(?:推行|实行|实施|建立|设立|开设|推广|开辟)(?:村)?"
            + _GAP
            + r"{0,4}?(?:红黑榜|黑榜|曝光台|(?:失信|不诚信)榜)|"
            # (the board named as the means of showing, 通过“红黑榜”公示, 借助曝光台通报, 利用黑榜亮相: the scheme at work;
            # t14old)
            r"(?:通过|利用|借助|依托|运用|采用)(?:村)?"
            + _GAP
            + r"{0,4}?(?:红黑榜|黑榜|曝光台|(?:失信|不诚信)榜)"
            + _GAP
            + r"{0,4}?(?:公示|公布|曝光|张贴|展示|通报|亮相|晾晒|上墙)"
            # (not a report that the practice was stopped, 某村通过红黑榜公示违规户的做法已被叫停: rv14)
            r"(?![^。；;]{0,16}?(?:做法|行为|办法)[^。；;]{0,4}?(?:叫停|纠正|撤销|废止|取消|禁止|制止))|"
            r"(?:在|于)" + _GAP + r"{0,16}?(?<!红)黑榜上?" + _GAP + r"{0,4}?(?:张贴|公示|公布|展示|上墙|曝光|贴出|列出)"
        ),
        N_("公开曝光"),
        inherent=True,
        display=True,
    ),
    _P(
        "CV603",
        ("榜贴布示开报播墙点发推讲说念读喊亮晒曝", "名照片像行迹其户者人他她榜息"),
        _lazy(
            # (姓名、所欠金额在…显示: the names among other things shown)
            r"(?:将|把)?"
            + _WHOM
            # (the person's particulars, 车主信息, 住户个人信息: who he is, as his name is; t16)
            + r"?的?(?:姓名|名字|名单|照片|相片|头像|(?:车主|业主|住户|户主|个人|身份|当事人)信息|"
            + _WRONG_SHOWN
            + r")(?:、"
            + _GAP
            + r"{1,6}?)?"
            + _GAP
            + r"{0,10}?"
            r"(?:张榜公布|张榜|张贴|公布|公示|公开(?!栏)|通报|广播|上墙|上榜|登报|显示|"
            # sent to an organ is a referral, not a showing (照片发到城管部门)
            r"(?:发至|发到)(?!" + _GAP + r"{0,6}?(?:部门|机关|派出所|公安|法院|司法所|政府|执法))|发布|推送|转发|播放)|"
            r"(?:张榜公布|张榜|张贴|公布|公示|公开|通报|广播|点名|播放|发布|推送)"
            + _WHOM
            + r"的?(?:姓名|名字|名单|照片|相片|行为)?|"
            r"张榜(?:公布|公示|通报)?|"
            # the doer himself the object of the showing, before its verb (对其进行公示, 对违规者予以公布): he is what is
            # shown, his name or not (t16)
            r"对"
            + _WHOM
            + r"(?:的?(?:违[规约章纪法禁]|失信)?(?:行为|情况))?(?:进行|予以|给予|加以|作)?(?:张榜)?(?:公示|公布|公开通报)|"
            # any verb that reads, calls or sends out the doer's name (点出其名字, 播送违规人员的姓名): the name is
            # what shames; the doer named by his wrong as well as by a pronoun
            r"(?:点出|报出|念出|读出|亮出|晒出|播送|播报|播放|宣读|念|公布|通报|公示|张贴|曝光|讲明|讲出|说出|点明|喊出)"
            + _GAP
            + r"{0,4}?(?:"
            + _WHOM
            + r"|(?:违[规约章纪法禁]|失信|欠费|欠款|拖欠|闹事)(?:人员|者|户|农户|村民|人)|当事户|责任人|户主|家长)的?(?:姓名|名字|户名|照片)"
        ),
        N_("公布违约者姓名"),
        display=True,
    ),
    # the showing added to a measure with no object (物业将锁车并进行公示): after a consequence there is no one else for
    # it to show but the doer (收支情况进行公示 has its object and no 并), or listed among the measures taken (采取包括公示在内的
    # 措施, 措施包括锁车、公示) (t16)
    _P(
        "CV603",
        ("示布榜光",),
        _lazy(
            r"(?<=[并且])(?:将|会|要)?(?:进行|予以|给予|加以)(?:张榜)?(?:公示|公布)(?=[，,。；;！!？?\s]|$)|"
            r"(?<=包括)(?:但不限于)?[：:]?(?:[^，,。；;、]{1,8}、)*(?:公示|曝光|张榜公布|张榜)(?=在内|[、，,。；;等]|$)"
        ),
        N_("公布违约者姓名"),
        display=True,
    ),
    # names shown with their owners described by their wrong after the verb (公布不遵守公约的业主的姓名及违约
    # 事实, 张榜列出拖欠租金的住户名单), or the names marked in a list the sentence publishes (公布收费情况，并注明
    # 欠费业主的姓名): the description is the wrong, so no condition is needed; failing a test (不符合条件的,
    # 未通过审核的) is no wrong, and the list stays a lawful 公示
    _P(
        "CV603",
        ("布示贴榜报播发送挂写刊放曝墙", "名号照息"),
        _lazy(
            r"(?:张榜公布|张榜|张贴|公布|公示|公开(?!栏)|通报|播报|广播|曝光|发布|推送|转发|贴出|挂出)了?"
            r"(?:[^，,。；;：:！!？?\n]{0,24}?[，,]?\s*(?:并|同时)?(?:注明|写明|列明|标明|列出|写上|附上|载明))?"
            + _TEMPERED_NOT_TEST
            + r"{0,6}?(?:"
            + _WRONGDOING.pattern
            + r")"
            + _TEMPERED_NOT_TEST
            + r"{0,16}?的"
            + _GAP
            + r"{0,12}?的?(?:姓名|名字|名单|户名(?!单)|房号|门牌号|照片|相片)|"
            # the same names taken with 把/将 and shown after them (该村把不赡养老人的子女名字写在村口黑板上, 将乱扔垃圾的
            # 住户房号贴到单元门口; t16): put on a medium all pass, not entered in a book (登记在册 is a record)
            r"(?:把|将)"
            + _TEMPERED_NOT_TEST
            + r"{0,6}?(?:"
            + _WRONGDOING.pattern
            + r")"
            + _TEMPERED_NOT_TEST
            + r"{0,16}?的"
            + _GAP
            + r"{0,12}?的?(?:姓名|名字|名单|户名(?!单)|房号|门牌号|车牌号|照片|相片|个人信息)"
            r"(?:张榜公布|张贴|公布|公示|曝光|上墙|上榜|张榜|(?:写|贴|挂|发|刊|投放|放)(?:在|于|到|至|上)了?"
            + _GAP
            + r"{0,10}?"
            + _SHOWN_MEDIUM
            + r")"
        ),
        N_("公布违约者姓名"),
        inherent=True,
        display=True,
    ),
    # the list of those who failed or broke the rule shown (每月公布不合格户名单, 违规人员名单张榜): the households named
    # for their failing (docs/clause-codes.md: 不合格户名单张贴); the deductions or results per household shown for all
    # (扣分情况每季度公示, 评比结果公布) are the scheme's transparency and stay clean (set unseen, R12-25-02)
    _P(
        "CV603",
        ("布示贴榜报播墙曝", "扣违合"),
        _lazy(
            r"(?:张榜公布|张榜|张贴|公布|公示|通报|曝光|上墙|播报|广播|发布)了?"
            + _GAP
            + r"{0,10}?(?:扣分|违规|违纪|违约|不合格)的?(?:户|人员|农户|家庭|村民|住户)名单|"
            # (the showing not negated in between: 不合格户名单不得张贴, 只存档不予公布; rv14)
            r"(?:扣分|违规|违约|不合格)的?(?:户|人员|农户|家庭|村民|住户)名单"
            r"(?:(?![不禁勿])" + _GAP + r"){0,10}?(?:张榜|张贴|公布|公示|通报|曝光|上墙)"
        ),
        N_("公开曝光"),
        inherent=True,
        display=True,
    ),
    # p13person: the liberty and dignity family by its whole word field, not the wordings met (issue 14).
    # Confinement by any verb of keeping a person shut in (囚禁, 监禁, 羁押, 看押, 圈禁, 幽禁): the verbs of a
    # prison are a person's, never a thing's; one the law imposes is read as deferred (被羁押, 刑事羁押, 依法)
    _P(
        "CV603",
        ("囚监幽锢圈羁拘看锁留押收扣",),
        _lazy(
            r"(?<!被)(?<!刑事)(?<!依法)(?:囚禁|监禁|幽禁|禁锢|圈禁|羁押|拘押|羁留|收押|锁禁|看押(?!物|财|货|的|人员|工作|任务))(?!(?:在|于)(?:看守所|拘留所|监狱|戒毒所))|"
            # (a bare 押, 拘 or 羁 with the place: 押在村部, 拘于祠堂)
            # (扣押 and 抵押 are of things: 车辆扣押在村委会院内 holds no person)
            r"(?<![扣抵质典金款证件物品])(?:押|拘|羁|囚)(?:在|于)(?:" + _VILLAGE_PLACE + "|" + _CLAN_SEAT + r")|"
            # the person himself held, said plainly (扣人, 把人扣下)
            r"扣人(?=[，,。；;！!？?\s]|$)|(?:将|把)人(?:扣下|扣住|扣留|押下|押住|关起来|锁起来)|"
            # kept where the village holds him (留置村部, 留置一夜): 留置 with its place or its time
            r"(?<!依法)(?<![物品件款车具])留置(?:在|于)?(?:"
            + _VILLAGE_PLACE
            + "|"
            + _CLAN_SEAT
            + "|"
            + _PERSON_HOLD
            + ")"
        ),
        N_("限制人身自由"),
        inherent=True,
        defer_bare=True,
    ),
    # bound or seized and brought to the clan or the village (缚送族长, 执送祠堂, 拿送房长究治, 绑缚祠堂): the old
    # words for binding and taking a person; brought to the magistrate (送官) is the hand-over and stays out
    _P(
        "CV603",
        ("缚执拿擒捉解扭锁押绑捆",),
        _lazy(
            r"(?:绑缚|捆缚|缚)(?:送|解|押|至|到|赴|于|在)?(?:" + _CLAN_SEAT + "|" + _VILLAGE_PLACE + r")|绑缚|捆缚|"
            r"(?:执|拿|擒|捉|锁|解|扭|押)(?:送|解|押|拿|赴|(?<!拿)往)(?:至|到|赴|于|入|回)?(?:"
            + _CLAN_SEAT
            + "|"
            + _VILLAGE_PLACE
            + ")|"
            # bound and then brought anywhere (用绳绑了送到寨老家, 捆起来押往村部)
            r"(?:绑|捆|缚)(?:了|起来|住|好)(?:后|再)?(?:送|押|带|扭)(?:到|至|往|去|交)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # shut in a room of any kind (关在仓库里, 锁进柴房, 关入宗祠): the room closed by 里/内/中, a person's holding
    # after a wrongdoing (a beast kept in a pen has its own words: 圈, 棚, 栏 are not rooms here)
    _P(
        "CV603",
        ("关锁",),
        _lazy(
            r"(?:关|锁)(?:在|进|入|于|到)(?:"
            + _CLAN_SEAT
            + r"|(?:村|集体|公共|生产队)?(?:里)?的?(?:仓库|库房|禁闭室|柴房|柴屋|"
            r"黑屋|空屋|空房|杂物房|地窖|公房|庙)(?:里|内|中)?)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # kept at home or in the village with no verb of holding: barred from the door or the village, the bar closing
    # the clause (不准外出, 不许出门, 不得踏出家门): a bar followed by what he goes out to do is a rule of use
    # (不准外出游泳), and 不准其外出 with a pronoun is read above
    _P(
        "CV603",
        ("准许让得能禁", "外出门村寨离家远"),
        _lazy(
            r"(?:不准|不许|不让|不得|不能|禁止)(?:其|他|她)?(?:擅自|随意|私自)?"
            r"(?:(?:踏出|迈出|走出|离开|出)(?:家门|院门|寨门|村门|大门|家)(?:半步|一步)?|"
            r"(?:外出|出门|出村|出寨|离村|离寨|离家|出入|出远门|远行)(?:半步|一步)?(?=[，,。；;！!？?\s]|$))"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # made to report his thoughts or movements, with or without the place he reports to (每月书面汇报思想, 写思想
    # 汇报, 随时报告行踪): the report is the measure; reporting a fact of a matter (汇报工作, 报告情况) is not
    _P(
        "CV603",
        ("汇报", "想踪向"),
        _lazy(
            r"(?:写|作|做|交|递交|提交|上交|书面|口头|当面)(?:[一二两三\d]份|一篇)?(?:书面)?(?:思想汇报|思想报告)|"
            r"(?:书面|口头|当面|随时|按时|定期)?(?:汇报|报告)(?:其|本人|个人|自己)?的?(?:思想|行踪|去向|动向)"
            r"(?:情况|动态)?(?!工作)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # shown to the village by a name said out on any medium without a pronoun (通过大喇叭公布姓名, 张榜公布姓名,
    # 通报真实姓名): the name is what shames; honours published stay exempt (display)
    _P(
        "CV603",
        ("布示贴榜报播读", "名"),
        _lazy(
            r"(?:张榜公布|张榜公示|公开公布|公布|公示|张贴|通报|播报|广播|宣读|点名公布)(?:其|他|她)?(?:真实)?(?:姓名|名字|户名)"
        ),
        N_("公布违约者姓名"),
        penalty_only=True,
        display=True,
    ),
    # a flag or a sign of disgrace put at his door (门前插黑旗, 挂白旗): the mark the old rules shamed a house with
    _P(
        "CV603",
        ("旗名",),
        _lazy(
            r"(?:插|挂|竖|悬|立)(?:上|起)?(?:一面|一杆)?(?:黑|白)旗|"
            # his name carved or written up on the hall, the stele or the wall (刊名于祠壁, 书其名于碑)
            r"(?:刊|书|刻|题|写|榜)(?:其)?名(?:于|在)" + _GAP + r"{0,6}?(?:祠|壁|碑|榜|墙)(?:壁|堂|内|上|前)?"
        ),
        # (a mark or a name put up is a showing, not a parade: the same name as the hall's other name-showing pattern)
        N_("公开曝光"),
        penalty_only=True,
        # (a donor's or a filial son's name carved to honour him, 捐资者书名于祠壁以示表彰, beside a fine: rv13)
        display=True,
    ),
    # a beating by any word, counted or not (重责四十, 痛打一顿, 捆打, 毒打, 拷打), corporal punishment named (体罚,
    # 肉刑) and a maiming of the face (割耳, 劓鼻): on the body, after a wrongdoing; the beating of another that is
    # the wrong stands in the condition
    _P(
        "CV603",
        ("责打揍罚刑割劓削",),
        _lazy(
            r"(?:痛打|毒打|暴打|狠打|殴打|打|揍)(?:其|他|她)?一顿|捆打|绑打|拷打|吊起来打|"
            # (重责, 痛责, 笞责 closing the clause with no count, 送祠重责: the old beating; 负有重责 is a duty; t14old)
            r"(?:毒打|痛打|暴打|(?<![负委担肩有之以])(?:重责|痛责|笞责|扑责))(?=[，,。；;！!？?\s]|$)|打(?:手心|手掌|脚板)(?:[一二两三四五六七八九十百\d]+下)?|"
            r"(?<![被受])(?:体罚|肉刑)(?!他人|别人|学生|儿童|小孩|孩子|子女|未成年|老人)|"
            r"(?:割|削|劓)(?:去|掉)?(?:其|他|她)?的?(?:耳朵?|鼻子?|舌头?)"
        ),
        N_("体罚处死"),
        penalty_only=True,
    ),
    # --- CV604 cutting supply ------------------------------------------------------------------
    # (whose supply, also the person named by his standing as a user: 断掉该租户房间的电, 停掉这户人家的水)
    _P(
        "CV604",
        ("水电气暖热网带号", "停止断拆予再给拒限关掐剪"),
        _lazy(
            # (a bare 停 only with the person after it: 停其家中自来水)
            # (or given in a ration: 限量供应其家用水)
            r"(?:停止|中止|暂停|终止|切断|掐断|剪断|断掉|掐掉|停掉|关掉|拉掉|断|拆除|不予|不再|不给|拒绝|限制|关停|关闭|"
            r"(?:限量|限时|减量|减半)(?:供应|供给)|"
            # (said plainly, the person after it: 停了他家的水, 掐了其家里的电)
            # (a bare 限 too: 限其用电)
            r"(?:停|断|掐|关|拉|切)了(?="
            + _WHOM
            + r"|"
            + _SUPPLY_USER
            + r")|[停限掐](?="
            + _WHOM
            + r"|"
            + _SUPPLY_USER
            # (whoever did it, said plainly: 谁家狗咬了人不赔，就掐谁家的水)
            + r")|(?:停|断|掐|关|拉|切)(?=谁家))(?:对|为|给|向)?"
            # (any place of his closed by 的 after him: 暂停其出租屋的水电供应; not a thing his wrong made, which
            # is taken, not supplied: 拆除其私设的引水管)
            + r"(?:(?:"
            + _WHOM
            + r"|谁家|"
            + _SUPPLY_USER
            + r")(?:(?:(?![私擅违乱偷自])"
            + _GAP
            + r"){1,5}?(?=的))?)?"
            # the place supplied: the home, the works, or the field watered (不给其农田放水)
            # (two of them: 停其家里的生活用电; his own home said so: 停其自家自来水, 停他自己家的电, 停其本户用水)
            # (the room the tenant lives in, said so: 断掉租客所住房间的电)
            + r"(?:(?:租客|租户|房客|住户|承租人)?(?:所住|所租|租住的|居住的))?"
            + r"的?(?:(?:生活|家庭|家中|家里|自家|自己家|本户|家(?=的|"
            + _SUPPLY
            + r")|施工|建房|住房|房屋|经营场所|店铺|商铺|门店|厂房|"
            r"农田|田块|地块|田地|田里|地里|责任田|承包田|承包地|耕地|稻田|菜地|果园|大棚|鱼塘|养殖场|"
            # anything of his the supply reaches: a rented room, a stall, a boat (暂停对其渔船供应岸电)
            r"出租屋|出租房|租住房|房间|摊位|门面|院落|院子|工棚|作坊|车间|渔船|船只|船舶|船)的?){0,2}"
            # (the verb that brings it: 不再向其承包田供给渠水, 停止为该户输送灌溉水)
            # (and the water shared out to a field: 不再给其地块配水; a ration by the day: 限制该户每日用水量)
            r"(?:每[日天月周])?(?:接通|开通|安装|通|提供|供应|供给|输送|配送|配给|配|放|引|送)?(?:"
            + _GAP
            + r"{1,6}?[和、及与])??"
            # (or the bare supply closing the clause: 掐掉他家的电)
            + r"(?:"
            + _SUPPLY
            # (a time or a note in brackets after it: 停其自家的水三天, 断掉该租户房间的电（…）)
            + r"|[电水气](?="
            + _SPAN_OF_TIME
            + r"?(?:[，,。；;！!？?\s（(]|$)))(?:供应|服务)?"
        ),
        _supply_what,
        pronoun=True,
        nominal=True,
    ),
    # a connection refused to the person: the village's electrician or water keeper not connecting or opening
    # for him (村电工不得为其搭接临时用电, 放水时不给该户开闸). 不得 with the person after it withholds from him
    # (不得为其接通), bare it forbids (不得私接电线)
    _P(
        "CV604",
        ("水电气暖热网带号视闸阀", "予再给拒停得准能许不"),
        _lazy(
            r"(?:不予|不再|不给|拒绝|停止|暂停|(?:不得|不准|不能|不许|暂不|不)(?=为|给|替|向)|"
            # (the village's hand not sent for it: 不安排电工为其临时接电, 不派管水员给其开闸)
            r"不(?:予|再)?(?:安排|派)(?:村)?(?:电工|水电工|管水员|水管员|放水员|人员|专人|人)(?=为|给|替|向))(?:为|给|替|向)?"
            # (what of his it is for may stand between: 不为其新建部分接水)
            + r"(?:"
            + _WHOM
            + _GAP
            + r"{0,5}?)?"
            # (the account opened first: 暂不为其开户通气)
            + r"(?:家|家庭|家中)?的?(?:办理|安排)?(?:开户|报装)?(?:(?:搭接|接通|连接|接入|架设|开通|拉接|开立|开设|搭|接|拉)"
            + _GAP
            + r"{0,6}?"
            + _SUPPLY
            # the bare supply after its verb (不为其接电, 不给其拉临时电)
            # (any line brought in: 不给其家拉照明线, 不为其架生活用电线)
            + r"|(?:接|拉|通|送|架|装)(?:设|接|通|装)?(?:临时|照明|生活|动力|入户|进户){0,2}(?:用电)?(?:线路|电线|电|水|气|线)(?![费表])"
            + r"|(?:开闸|开阀|提闸|放闸|开水阀|开水闸)(?:放水)?)"
        ),
        _supply_what,
        pronoun=True,
        nominal=True,
    ),
    # 将该户的自来水表拆除: the connection first, then its removal
    # (a field's outlet or its gate, the field named first: 将其田块进水口闸门上锁)
    _P(
        "CV604",
        ("阀闸线龙缆表管纤道口", "关锁拔拆剪掐卸切断封拉"),
        _lazy(
            r"(?:(?:将|把|给|对|在)"
            + _WHOM
            + r"?家?的?)?(?:(?:田块|地块|农田|责任田|承包田|承包地|稻田)的?(?:进水口|分水口|放水口|取水口|渠口)(?:闸门|闸板)?|"
            r"(?:户用|家庭|家用|生活|自来水|供水|供电|饮水|饮用水){0,2}(?:进户|入户|接户)?"
            + _FACILITY
            # (the bare 闸 of his home: 把他家的闸拉了)
            + r"|(?<=家的)闸)(?:箱|柜|盒)?(?:上)?"  # 在其水表上加锁, 将其电表箱加锁
            # the connection first and the village doing it (燃气管道由村里统一截断; 由供电所 is left to the organ)
            # (or the village's keeper of it: 由管理员, 由管水员, 由村电工)
            + r"(?:由(?:村里|村委会?|村民委员会|村集体|村民小组|组里|物业|社区|居委会|"
            r"(?:村|组|小区|社区)?(?:管理员|管水员|水管员|电工|管电员|护水员|网格员)))?(?:统一|一律|强行|即行|立即)?"
            # (said plainly: 把你家的总阀一关)
            + r"(?:予以)?(?:拆除|拆掉|拆走|拆回|拆下|卸走|收回|拔掉|关闭|关停|锁闭|锁死|剪断|掐断|切断|截断|卸掉|上锁|加锁|封存|封闭|贴封条|一关|关上|关掉|关死|"
            # (said plainly: 把他家水表卸了)
            r"(?:卸|拆|拔|剪|关|锁|封|掐|断|拉)了)(?:封存|封闭|关停)?"
        ),
        _supply_what,
        penalty_only=True,
    ),
    # 关闭其进户水阀, 剪断其入户线: cutting the household's connection
    _P(
        "CV604",
        ("阀闸线龙缆表管纤", "关锁拔拆剪掐卸切断封堵焊拉"),
        _lazy(
            # any way of shutting or blocking a line (封堵其进户水管, 锁住该户的水龙头)
            r"(?:关闭|关掉|关停|锁闭|锁死|锁上|锁住|拔掉|拔除|拆掉|拆除|拆走|拆下|剪断|剪掉|掐断|掐掉|切断|断开|拉断|拉掉|拉下|卸掉|卸下|"
            r"封堵|堵死|堵住|堵塞|封死|封住|焊死|封存|查封|封掉|封上|"
            # (a bare 锁 or 封 with the person after it: 锁其水表, 封该户电表)
            r"[锁封](?=" + _WHOM + "|" + _SUPPLY_USER + r")|"
            # (said plainly: 掐了他家的电闸, 拔了其水表)
            r"(?:关|掐|拉|拔|剪|卸|锁|拆|堵)了)"
            # the bearer: a pronoun, a group, or the place named (该出租屋的接户线, 该户在公共取水点的水龙头)
            # (what of his closed by 的: 拉掉其租住房间的电闸)
            r"(?:"
            + _WHOM
            + r"(?:(?![私擅违乱偷自])"
            + _GAP
            + r"){1,6}?(?=的)|"
            + _WHOM
            + r"|"
            + _SUPPLY_USER
            + r"|全组|全村|全户|该组|本组|全楼|全栋|该(?:出租屋|出租房|房屋|住房|店铺|门店|厂房|院落|楼|栋|单元))?"
            + r"(?:在"
            + _GAP
            # (his room or home named without 的: 拉掉其房间电闸, 关闭其自家水阀)
            + r"{1,8}?)?(?:家|家里|家中|自家|自己家|房间|屋里|屋内|出租屋|出租房|租住房)?的?(?:家庭|家用|生活|自来水|供水|供电)?"
            + r"(?:进户|入户|接户|家庭|户内|室内|屋内)?"
            + _FACILITY
        ),
        _supply_what,
        pronoun=True,
        self_act=True,
    ),
    _P(
        "CV604",
        ("电水网气暖热", "予再给拒停恢不"),
        _lazy(
            # (a bare 不 too: 不供水, 暂不通电, 一律不送电)
            r"(?:不予|不再|不给|拒绝|停止|暂停|(?:一律|概|暂|均)?不)(?:为|给|向)?"
            + _WHOM
            # a verb that brings the supply in (停止给该户送电, 不再给其家输水)
            + r"?(?:家里|家中|全家|家庭|家)?的?(?:新房|新居|房屋|住房|老屋|店铺|厂房|工地|养殖场|大棚)?"
            # (the meter or pipe put in first: 不予装表通水, 不给其接管供水)
            r"(?:装表|装管|接管|拉线|安表|装水表|装电表)?(?:通电|通水|接电|接水|通网|接网|通气|送电|送水|送气|输水|配水|放水|供电|供水|供气|供暖|供热|(?:接通|开通|恢复|安装)(?:水电|用水|用电|供水|供电|自来水|电源|水源))"
            r"(?:通电|通水|接电|接水)*"
        ),
        _supply_what,
        pronoun=True,
        nominal=True,
    ),
    _P(
        "CV604",
        ("水电网气闸阀暖热", "停断限拉关闭"),
        _lazy(
            r"(?:停水|停电|断水|断电|断网|停网|停气|断气|限电|限水|拉闸|关闸|断闸|关阀|闭阀|(?:限时|限量|定时|间歇)供(?:水|电|气)|限制(?:用电|用水|用气)|"
            # any supply stopped by any verb of sending it (停送沼气, 停供暖气, 停输天然气); watering stopped (停灌)
            r"停(?:送|供|输)(?:水|电|气|沼气|燃气|天然气|暖气?|热水?)|停灌|停浇|"
            # the heating stopped by the same bare verbs (停暖, 断暖, 停热)
            r"(?:停|断)(?:暖|热)(?!水器))"
            r"(?:停水|停电|断水|断电|断网)*"
            # the works named straight after the stop (停水检测管材, 停电检修线路): a shut-off for a test or a repair,
            # the supplier's own, not a sanction
            r"(?!(?:停水|停电|断水|断电|断网)*(?:进行|并|以便|后|再)*(?:检测|检修|检查|维修|抢修|试压|测试|冲洗|消毒|施工|改造))"
        ),
        _supply_what,
        pronoun=True,
        nominal=True,
    ),
    # the household's supply account closed as a consequence (逾期三月不交水费的，按自行销户处理): the supply is cut;
    # a closing he asks for (办理过户或销户手续) has no wrongdoing before it
    _P(
        "CV604",
        ("销",),
        _lazy(r"(?:按|作|视为|视同|予以)(?:其)?(?:自行|自动)?销户(?:处理)?"),
        _supply_what,
        penalty_only=True,
    ),
    # 停发其水票, 冬灌春灌不予安排, 不开口子给其田块进水: the household's turn or token of water withheld
    _P(
        "CV604",
        ("票卡灌水电气轮", "停发不取收拒暂"),
        _lazy(
            r"(?:停发|停售|不予?发放?|不再发放?|取消|收回|扣留|冻结)"
            + _WHOM
            + r"?的?"
            + _GAP
            # (any supply's quota, for the home or the field: 取消其当年自来水入户指标)
            + r"{0,6}?(?:水票|(?<!充)电卡|水卡|气卡|购电卡|购水卡|(?:自来水|用水|用电|供水|供电|灌溉|放水|浇水)(?:入户|接入|开户|安装)?指标)|"
            # buying the supply itself refused (暂不受理其购气充值, 拒绝为其办理购电): the supply is cut
            r"(?:不予?|暂不|拒绝|停止|暂停)(?:受理|办理)"
            + _WHOM
            + r"?的?(?:购|充|买)(?:水|电|气|燃气|天然气)(?:充值|缴费)?|"
            r"(?:冬灌|春灌|夏灌|秋灌|灌溉|轮灌|浇地|放水)(?:均|一律|都|也)?(?:不予|不再|暂不|不)(?:安排|供水|放水|轮到)|"
            # his field left out of a watering turn (下一轮次不给安排其田块)
            r"(?:下一?轮次?|本轮次?|当轮)(?:均|一律|都|也)?(?:不予|不再|暂不|不给|不)安排(?:其|该户|他家|她家)?的?"
            r"(?:田块|地块|农田|责任田|承包田|田地|稻田|田)|"
            r"不"
            + _GAP
            + r"{0,4}?(?:给|为|向)"
            + _WHOM
            + r"的?(?:田块|田地|农田|地块|责任田|承包地|田|地|园地|鱼塘|塘)(?:进水|灌水|浇水|放水|供水|上水)"
        ),
        _supply_what,
        pronoun=True,
        nominal=True,
    ),
    # irrigation withheld from a household's fields by any act of the collective's watering: refused (该户本季不予排灌,
    # 不给放口子), stopped for its fields (停放其田块一轮), or its turn passed over (浇水这一轮跳过他家)
    _P(
        "CV604",
        ("灌水口排放跳轮略浇电", "不停暂跳轮略"),
        _lazy(
            r"(?:不予|不再|暂不|不给|停止|暂停|不(?=为|给|向))(?:给|为|向)?"
            + _WHOM
            + r"?(?:家|家的)?"
            + _GAP
            # (the bare 灌 closing the clause: 放水时节不给灌; the water led or shared out: 不给开口引水, 不予配水)
            + r"{0,4}?(?:排灌|排水灌溉|灌水|浇水|放水|放口子|放口|提水|抽水|上水|进水|引水|配水|[灌浇](?=[，,。；;！!？?\s]|$))|"
            # the person not let draw it (不准其引水灌溉, 不许该户从集体渠道引水); not a way of drawing it that is
            # itself the wrong (不准其私自开口引水 forbids the wrong)
            r"(?:不准|不许|不让|不得)(?!他人|他们)(?:"
            + _WHOM
            + r"|"
            + _SUPPLY_USER
            + r")(?:家|家的)?(?:(?![私擅违乱偷自抢强扒挖截堵])"
            + _GAP
            + r"){0,8}?(?:引水|放水|取水|抽水|灌溉|浇地|灌田|排灌|进水|上水|用水|用电)|"
            r"停放" + _WHOM + r"的?(?:田块|田地|农田|地块|责任田|承包田|承包地|稻田|菜地|田|地|园地|鱼塘|塘)|"
            # a turn of his water taken (扣其一轮水, 罚停该户两轮放水)
            r"(?:扣除?|扣减|罚停|停|取消|减)(?:其|该户|他家|她家)?的?(?:[一二两三\d]|下一?|本|当)轮的?(?:水|灌溉|放水|灌水|浇水)|"
            r"(?:灌水|浇水|放水|灌溉|浇地|轮灌)"
            + _GAP
            + r"{0,8}?(?:跳过|轮空|略过|绕过|越过)(?:他家|她家|其家|该户|这户|这家|"
            + _WHOM
            + r")"
        ),
        _supply_what,
        pronoun=True,
        nominal=True,
    ),
    # his home's supply named first, then stopped said plainly, closing the clause (该户自家的电停三天, 家里的自来水先
    # 停一周, 他家的水停了再说, 其田块的灌溉用水一律不配, 该户电表先拆下来); a time or 再说 may close it. Not a rule of
    # use (家里的电闸要关好: no adverb of sanction, no stop)
    _P(
        "CV604",
        ("水电气表闸", "停断掐关拆卸拔配放"),
        _lazy(
            r"(?:(?:"
            + _WHOM
            + r"|"
            + _SUPPLY_USER
            + r"|他家|她家)(?:自家|自己家|家里|家中|家|田块|地块|责任田|承包田|田)?|自家|自己家|家里|家中)的?"
            + r"(?:"
            + _SUPPLY
            + r"|[水电气](?![费价站所工厂源库渠井塘利路器线缆]))"
            + r"(?:先|就|也|都|均|一律|一概|暂时|暂且|立即|马上|即|则){0,2}"
            # (了 only before 再说: 他家的水停了三天 tells an outage)
            + r"(?:停掉|断掉|掐掉|关掉|拆掉|卸掉|拔掉|拆下来?|卸下来?|停|断|掐|关|拆|卸|拔|不配|别放了?|不放)(?:了(?=再说))?"
            # (the works named after it: 该户电表先拆下来，送供电所校验 is a test, not a cut)
            + r"(?![，,]\s*(?:送|拿去|交|由)?[^，,。；;]{0,6}?(?:检|校|修|更换|换表))"
            + r"(?="
            + _SPAN_OF_TIME
            + r"?(?:再说)?(?:[，,。；;！!？?\s]|$))"
        ),
        _supply_what,
        pronoun=True,
        nominal=True,
    ),
    # the village's supply being put in, and the account refused to him (安装自来水时不给其开户)
    _P(
        "CV604",
        ("水电气", "户装入通"),
        _lazy(
            r"(?:安装|接通|开通|接入|通|接)(?:自来水|水|电|燃气|天然气|气)"
            + _GAP
            + r"{0,4}?(?:不予|不给|不再为|不为|拒绝为?)"
            + _WHOM
            + r"(?:办理)?(?:开户|报装|安装|接入|接通)"
        ),
        _supply_what,
        pronoun=True,
    ),
    # p13person: water fetched by hand from the village's well or spring refused (不准从公井汲水, 不许到井边挑水, 不得
    # 在泉边打水), and watering refused with its field or purpose (不准放水灌田): the supply the old village had
    _P(
        "CV604",
        ("准许让得能禁给", "汲挑担打提取放引灌水"),
        _lazy(
            r"(?:不准|不许|不让|不得|不能|禁止)(?:其|他|她|该户|其家|他家|她家)?(?:人)?(?:再)?(?:到|在|从|去|往|于)?"
            r"(?:村|寨|集体|公共|公用|本村|组|屯)?(?:里|上)?的?(?:公井|水井|古井|井|泉|泉眼|水池|水窖|水柜)?(?:里|边|中|旁|内)?"
            r"(?:汲水|取水|挑水|担水|打水|提水|汲饮|汲)(?!洗|浇花)|"
            # the water of the well used or drunk (不准用公井的水, 不许吃村里泉眼的水)
            r"(?:不准|不许|不让|不得|不能)(?:其|他|她|该户|其家)?(?:再)?(?:用|使用|吃|饮用|喝)(?:村|寨|集体|公共|公用|本村)?"
            r"(?:里|上)?的?(?:公井|水井|古井|井|泉|泉眼|水池|水窖|水柜)(?:里)?的?水|"
            r"(?:不准|不许|不让|不给)(?:放水|引水|灌水)(?:灌田|灌溉|浇地|浇田|进田|入田|到田|灌地)"
        ),
        _supply_what,
        penalty_only=True,
    ),
    # --- CV605 certificates, services, subsidies, welfare -------------------------------------
    _P(
        "CV605",
        ("办具章签审受开出提批", "予给停缓拒再得能准不"),
        _lazy(
            r"(?:不予|不给予?|不给|暂停|暂缓|停止|停办|拒绝|一律不予?|不再|不得|不能|不准|不)(?:为|给|替|帮|对|向)?"
            + _KIN_WHOM
            # (签批, 批准, 核批: the village's vetting of his application, 不签批其建房用地申请)
            + r"?(?:本人)?(?:办理|出具|开具|盖章|签字|签章|签署|签批|批准|核批|审批|受理|开|办|出|提供)"
            + _GAP
            + r"{0,8}?"
            + _CERT
            + r"(?:审批|手续|证明|材料|登记)*"
        ),
        N_("不予办理证明"),
        pronoun=True,
        residence=True,
        scheme=True,
    ),
    _P(
        "CV605",
        ("办具章签审受", "予给停缓拒再律"),
        _lazy(
            r"(?:不予|不给予?|不给|暂停|暂缓|停止|停办|拒绝|一律不予?|不再)(?:为|给|替|帮|对|向)?"
            + _WHOM
            + r"?(?:办理|出具|开具|盖章|签字|签章|签署|审批|受理)"
        ),
        N_("不予办理证明"),
        pronoun=True,
        residence=True,
        scheme=True,
    ),
    # a paper or a seal given only once a sum is paid (交清集资款后才给盖章, 先把提留交了，再给开证明, 缴足摊派方可出具):
    # the paper held until he pays is the paper refused meanwhile; the paper's own fee (工本费, 手续费) and a deposit
    # are no such sum
    _P(
        "CV605",
        ("交缴付", "才方再", "办具章签证"),
        _lazy(
            # (the sum named straight before the verb or within the words after it: 交齐材料, 交回旧证 hand in papers,
            # and a price paid for what is bought, 缴清房款, is a sale's: rv13)
            r"(?:(?<=[费款钱资租])|(?<=提留)|(?<=摊派)|(?=[^，,。；;]{0,10}?(?:费|款|钱|元|提留|摊派|集资|租)))"
            r"(?:交|缴|付)(?![^，,。；;]{0,6}?(?:工本|手续费|办证费|证件费|押金|保证金|房款|购房款|货款|价款|材料|申请))(?:清|齐|足|纳|付|了)?"
            + _GAP
            + r"{0,12}?(?:后|以后|之后|了)?[，,]?\s*(?:村里|村委会?|村组|组里|干部)?(?:才|方|再)(?:可|能|会|肯)?"
            r"(?:给|予|为|替)?(?:其|他|她|该户)?"
            r"(?:盖公?章|签字|签章|(?:办理|出具|开具|开)" + _GAP + r"{0,6}?(?:章|证明|手续|证件|字|证))"
        ),
        N_("不予办理证明"),
        inherent=True,
    ),
    # the village's mutual aid at his weddings and funerals withheld (其家中办丧事时全村不出人相帮, 理事会不予帮忙, 各户
    # 一律不去随礼): help at feasts and funerals is a service the village organises for every household; 不得 only with
    # the villagers as its subject (全体村民一律不得前往帮忙), since 不得随礼 alone binds the guest himself
    _P(
        "CV605",
        ("不拒停", "帮礼宴酒棺"),
        _lazy(
            r"(?:(?:村民|各户|全村|村里|大家|群众|村组|乡邻|邻里)(?:一律|均|都|也)?不得"
            + _HELP_GOING
            + r"?|(?:不予|不再|不|拒绝|停止)"
            r"(?:" + _HELP_GOING + r"|组织|安排人?|派|出)?(?:(?:为|给|替|帮|对)(?:其|该户)(?:家|家庭|家中)?)?)"
            r"(?:帮工|帮忙|相帮|帮办|随礼|赴宴|吃酒|抬棺|帮衬)"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # the village's seal and papers held under control for him (在公章使用及证明提供方面给予控制, 对其开具证明从严限制):
    # a paper rationed is a paper refused in part
    _P(
        "CV605",
        ("章证续口", "控限"),
        _lazy(
            r"(?:公章|印章|签章|证明|证件|手续)(?:的)?(?:使用|提供|开具|出具|办理|盖章)?"
            r"[^，,。；;！!？?]{0,12}?(?:给予|予以|加以|进行|实行|实施)?(?:适当|严格|从严)?地?(?:控制|限制|管控|限办)"
        ),
        N_("不予办理证明"),
        penalty_only=True,
    ),
    # a list of the cases in which the village will not pass an application on (凡属以下几种情形的一概不予上报：(1)…的；…),
    # the refusal naming no object: the header's items are the wrongs (penalty context reads them), so an
    # eligibility list (户口不在本村的) stays clean
    _P(
        "CV605",
        ("批报审受办签盖核同", "：:"),
        _lazy(
            r"(?:一律|均|概)?(?:不予|不|暂不|暂缓|不得)(?:报批|上报|审批|批准|受理|办理|签字|盖章|签章|审核|核准|同意)"
            r"(?=\s*[：:])"
        ),
        N_("不予办理证明"),
        penalty_only=True,
    ),
    # 取消其子女入学推荐资格, 不予办理参军政审: services the village gives or vouches for
    _P(
        "CV605",
        ("学军伍兵工业审园托党岗员选代部象", "消停暂剥注予再得能荐"),
        _lazy(
            # (不得被推荐参军: the passive names whom the vouching is refused)
            # (不推荐其参军: the vouching itself refused, the person and what it was for after it)
            r"不(?:再|予)?推荐" + _WHOM + r"(?:参军|入伍|入党|入学|升学|招工|就业|上学)|"
            # put forward for a post or a place (不得被推荐为公益岗位人员, 不再推荐其担任护林员): not for an honour
            # (不得被推荐为先进个人 stays clean)
            r"(?:不得|不能|不再|不予)被?推荐" + _WHOM + r"?(?:为|担任|参选|进入|到)"
            r"(?:(?!先进|文明|模范|优秀|标兵|星级|示范|最美|好|评优)" + _GAP + r"){0,10}?"
            r"(?:岗位?|人员|员|对象|参军|入伍|入党|就业|招工)|"
            r"(?:取消|停止|暂停|剥夺|注销|不予|不再|(?:不得|不能|不再)被(?=推荐))(?:对)?"
            + _WHOM
            + r"?(?:的)?(?P<gap>"
            + _GAP
            + r"{0,8}?)"
            r"(?:(?:入学|升学|就学|上学|入托|入园|参军|入伍|征兵|招工|就业|政审)(?:推荐|政审|审查)?"
            r"(?:资格|机会|名额|指标|推荐|证明|手续)|推荐(?:入学|升学|上学|参军|入伍|招工|就业))"
        ),
        N_("取消子女入学等服务"),
        pronoun=True,
        eligibility=True,
        nominal=True,
    ),
    # barred from enlisting or being recruited (不得参军、招工, 三年内不准报名参军): what the village's vouching
    # opens to him refused outright, after a wrongdoing only (an age or a test failed is eligibility)
    _P(
        "CV605",
        ("军伍兵工考", "得准许能"),
        _lazy(r"(?:不得|不准|不许|不能)(?:其|他|她)?(?:报名|报考|申请)?(?:参军|入伍|当兵|招工|招干|报考军校)"),
        N_("取消子女入学等服务"),
        penalty_only=True,
        eligibility=True,
    ),
    # 暂停其车辆进出小区: the resident kept out of his own place (禁止车辆进出 without 其 is a traffic rule)
    _P(
        "CV605",
        ("出场",),
        _lazy(
            r"(?:暂停|停止|禁止|不准|不许|限制)"
            + _WHOM
            + r"的?(?:车辆|汽车|电动车|摩托车|"
            + _GAP
            + r"{1,8}?)?(?:进出|出入|进场|入场)"
        ),
        N_("停止公共服务"),
        pronoun=True,
    ),
    # 该单元电梯停运一个月: the lift stopped as a sanction (停运检修 for repairs has no wrongdoing before it)
    _P(
        "CV605",
        ("梯",),
        _lazy(
            r"电梯(?:一律|暂)?(?:停运|停用|停止运行|暂停运行|关停|被?锁(?:停|住|死|上|掉)?)|(?:停运|停用|关停|锁停|锁住|锁死|锁)"
            + _WHOM
            # (whose building: 锁停其所在单元的电梯)
            + r"?的?(?:所在)?(?:该单元|该栋|本单元|单元|楼栋|楼)?的?电梯"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # 全组暂停垃圾清运服务: a service stopped as a sanction (因检修暂停服务 is no sanction)
    _P(
        "CV605",
        ("服",),
        _lazy(
            r"(?:暂停|停止|取消|中止|不予提供|不再提供|拒绝提供|不提供)(?:对)?"
            + _WHOM
            + r"?的?(?P<gap>"
            + _GAP
            + r"{0,8}?)服务"
        ),
        N_("停止公共服务"),
        penalty_only=True,
        eligibility=True,
    ),
    _P(
        "CV605",
        ("户", "上落入登迁恢"),
        _lazy(
            r"(?:不予|不给|不准|不得|不能|暂不|不|拒绝)(?:为|给)?"
            + _WHOM
            + r"?(?:办理)?(?:上户口?|落户|入户|登记户口)|"
            r"户口(?:一律)?(?:不予|不准|不得|不能|不再)(?:迁回|迁入|恢复|落回)"
        ),
        N_("不予落户"),
        pronoun=True,
    ),
    # a personal document held back (暂扣其户口簿, 身份证一律收缴, 由村里代管其驾驶证): the person is
    # denied what certifies him, a certificate withheld (only the police may hold an identity card)
    _P(
        "CV605",
        ("扣缴没", "簿本证照卡"),
        _lazy(
            r"(?:暂扣|扣押|扣留|扣下|扣住|扣存|收缴|没收)(?:其|该户|当事人|违者|本人)?的?"
            + _GAP
            + r"{0,6}?"
            + _DOCUMENT
        ),
        N_("扣留证件"),
        inherent=True,
        defer_bare=True,
    ),
    _P(
        "CV605",
        ("扣缴收走存管没", "簿本证照卡"),
        _lazy(
            r"(?:收走|拿走|暂存|收存|代管|代为保管|暂为保管|保管)"
            r"(?:其|该户|当事人|违者|本人)?的?"
            + _GAP
            + r"{0,6}?"
            + _DOCUMENT
            + "|"
            # (凭身份证…领回: a document shown is not held; 保管费 is a fee, not the keeping)
            + r"(?<!凭)(?<!持)(?<!出示)"
            + _DOCUMENT
            + _GAP
            + r"{0,6}?(?:一律|统一|暂时|暂)?(?:由"
            + _GAP
            + r"{1,6}?)?(?:暂扣|扣押|扣留|扣下|收缴|没收|收走|代管|保管|扣存)(?!费)"
        ),
        N_("扣留证件"),
        pronoun=True,
        defer_bare=True,
    ),
    _P(
        "CV605",
        (_WELFARE_KEYS, "消停扣缓暂终削减剥冻注发"),
        _lazy(
            r"(?:取消|停发|扣发|扣除|扣减|扣留|缓发|停止发放|暂停发放|不予发放|停止|暂停|暂缓|终止|削减|减发|剥夺|冻结|注销)"
            + r"(?:对)?"
            + _WHOM
            + r"?(?P<gap>"
            + _GAP
            + r"{0,10}?)"
            + _WELFARE
            + _OBJECT_TAIL
        ),
        N_("取消低保等福利"),
        inherent=True,
        eligibility=True,
        nominal=True,
    ),
    _P(
        "CV605",
        (_WELFARE_KEYS, "享领申获纳列评参入进得"),
        _lazy(
            r"(?:(?:不得|不能|不再|不予|无权|不准|不许)(?:安排|让|给予)?(?:其|该户|其家庭|再)?"
            # (any verb of getting it: 不得领义仓谷, 不得入义学, 不能分得年货)
            r"(?:享受|享有|领取|申请|获得|纳入|列入|评定|参与|参加|分得|分享|进入|领|入)|不(?:享受|享有|纳入|列入|领取)|"
            # 不参与本村年底的福利物资分配: taking part in a share-out of welfare
            r"不(?:参与|参加)(?=[^，,。；;、（(]{0,16}?分配)|"
            # 不将其列入扶贫贷款名单: the person moved before the verb of giving
            r"不(?:将|把|给|为)(?:其|该户|其家庭|其户)(?:列入|纳入|申报|推荐))"
            + r"(?P<gap>"
            + _GAP
            + r"{0,14}?)"
            + _WELFARE
            + _OBJECT_TAIL
        ),
        N_("取消低保等福利"),
        pronoun=True,
        eligibility=True,
    ),
    _P(
        "CV605",
        (_WELFARE_KEYS, "减降扣停消发"),
        _lazy(_WELFARE + r"(?P<gap>" + _GAP + r"{0,4}?)(?:减半|减少|减发|降低|扣减|扣除|停发|取消|不予发放)"),
        N_("取消低保等福利"),
        pronoun=True,
        eligibility=True,
        object_first=True,
    ),
    _P(
        "CV605",
        (_WELFARE_KEYS, "扣抵冲"),
        _lazy(
            r"(?:从|在)" + _WHOM + r"?的?" + _WELFARE + r"(?:中|里|内)?(?:扣除|抵扣|扣减|扣|冲抵|抵顶)|"
            r"(?:用|以)" + _WHOM + r"?的?" + _WELFARE + r"(?:抵扣|冲抵|抵顶|抵交|抵缴|抵)"
        ),
        N_("扣发补贴"),
        inherent=True,
    ),
    # p13person: the village's papers by every word for issuing one (出证, 开证, 用印, 盖印, 开条子, 开介绍信), and
    # 证明 itself as the verb closing the clause (村里不予证明)
    _P(
        "CV605",
        ("证印条介", "予给停缓拒再不"),
        _lazy(
            r"(?:不予|不给予?|不给|暂停|暂缓|停止|拒绝|一律不予?|不再|暂不|(?:一律|概)?不)(?:为|给|替|帮|对|向)?"
            r"(?:其|该户|他|她|其家|违者|当事人)?(?:出证|开证|用印|盖印|加盖公章|盖公章|"
            r"(?:开具?|出具?|写)(?:条子|介绍信|证明信|证明条)|证明(?=[，,。；;！!？?\s]|$))"
        ),
        N_("不予办理证明"),
        pronoun=True,
        residence=True,
        scheme=True,
        eligibility=True,
    ),
    # procedures refused by every word for it: a registration (不予登记), passing an application on (不予报批,
    # 不予上报), his business stopped or put off (停办其一切事务, 缓办), the object first (宅基地审批暂停, 村里事情一律
    # 不办); eligibility (不符合条件的申请不予受理) stays exempt
    _P(
        "CV605",
        ("登注备报呈转办事审请续务", "予不停缓暂冻拒"),
        _lazy(
            # (a registration of his, not of a thing his wrong made: 所建房屋不予登记 is the building's, which the law
            # refuses anyway; so the person is named, or nothing stands before the refusal but a break or 违者)
            r"(?:(?:^|(?<=[，,：:；;\s者则]))(?:不予|不给|暂不予?|拒绝|一律不予?|概不)(?:为|给)?|"
            r"(?:不予|不给|暂不予?|拒绝|一律不予?|概不)(?:为|给)?(?=其|该户|他|她))(?:其|该户|他|她)?(?:办理)?(?:登记|注册|备案)(?![表簿册为])|"
            r"(?:不予|暂不|一律不予?|不再|概不|均不予?|暂缓|停止)(?:为|给)?(?:其|该户|他|她)?(?:报批|上报|呈报|转报)"
            r"(?:其|该户)?的?(?:申请|材料|事项)?(?=[，,。；;！!？?\s]|$)|"
            r"(?:停办|缓办|不办|一律不办)(?:其|该户|他|她)?的?(?:一切|所有|各项|任何)?(?:事务|事项|事情|业务|手续)?"
            r"(?=[，,。；;！!？?\s]|$)|"
            r"(?:建房|宅基地|用地|准生|生育|各项|一切|所有|任何|其)的?(?:申请|审批|手续|事项|事务|业务|事情)"
            r"(?:一律|均|概|全部|都)?(?:暂停|暂缓|停止|停办|缓办|不办|冻结|(?:不予|不再)(?:审批|办理|受理))"
            r"(?=[，,。；;！!？?\s]|$)"
        ),
        N_("不予办理证明"),
        penalty_only=True,
        eligibility=True,
    ),
    # welfare handed out withheld by a bare verb of handing (不发年货, 不给米面油, 停给恤银, 停其周恤): the goods and
    # money the village or the clan gives its members, in modern and old words (_WELFARE)
    _P(
        "CV605",
        (_WELFARE_KEYS, "发给分送停"),
        _lazy(
            r"(?:不发给?|不分给?|不给予?|不送|停给|不予?发|停(?=其|该户))(?:其|该户|他|她|其家)?(?:家)?的?"
            + _GAP
            + r"{0,6}?"
            + _WELFARE
            + _OBJECT_TAIL
        ),
        N_("取消低保等福利"),
        penalty_only=True,
        eligibility=True,
    ),
    # the village's car and its mediation not given to him (不派车, 不为其出车, 不予调解其纠纷): a service it gives all
    _P(
        "CV605",
        ("车调借", "予不再停拒给"),
        _lazy(
            r"(?:不予?|不再|暂停|停止|拒绝|不给)(?:为|给|替|帮)?(?:其|该户|他|她|其家)?(?:派车|出车|安排车辆|提供车辆)|"
            # the village's tools not lent, the owner named before them (不借给集体的农具, 不出借公用农机)
            r"不(?:再|予)?(?:借给|出借|借)(?:其|他|她|该户)?(?:村|集体|公共|公用|村里)的?(?:工具|农具|农机具?|桌椅|器具|用具|设备)|"
            r"(?:不予|不再|拒绝|暂不|不)(?:为|给|替|对)?(?:其|该户|他|她|其家)?(?:调解|调处)(?:其|该户)?的?(?:纠纷|矛盾)?"
            r"(?!不成|无效|失败|未果|不了|不服)"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # --- CV606 expulsion from the village or from membership ----------------------------------
    _P(
        "CV606",
        ("退撵理", "出"),
        _lazy(
            # (出组, 出社: the group put in one character)
            r"(?:清退|清理|撵|劝退|请|驱赶)出(?:本村|村子?|村庄|本组|本社区|社区|本小区|小区|本辖区|辖区|(?:组|社|队|寨|屯)(?![长员委干]))|"
            r"(?:视为|视同|按|作)(?:其)?(?:自动|自愿)?(?:退出|脱离)(?:本村|本组|本社|本|该)?(?:集体经济组织|村民小组|村集体|股份经济合作社|经济合作社)|"
            # 视为自动退出本移民村: the village itself named by its kind
            r"(?:视为|视同)(?:其)?(?:自动|自愿)?(?:退出|脱离)本" + _GAP + r"{0,3}?(?:村|组|屯|寨)(?![委规干])"
        ),
        _expulsion_what,
        inherent=True,
        eligibility=True,
    ),
    # out of the collective's production, a member no more (视为自行脱产, 作自动脱产处理, 按脱产户对待): the older word
    # for leaving the team (脱产学习 is study leave: only the deeming verb and the clause's end make it a status)
    _P(
        "CV606",
        ("脱",),
        _lazy(
            r"(?:视为|视同|按|作|予以|一律|即行)(?:其)?(?:自动|自行|自愿)?脱产(?:户|人员|处理)?"
            r"(?=处理|论处|对待|[，,。；;！!]|$)"
        ),
        _expulsion_what,
        inherent=True,
        eligibility=True,
    ),
    # the withdrawal in one word (按自动退社处理, 视为退组, 作出组论处): the member's place, not a share
    _P(
        "CV606",
        ("视按作", "退出", "社组队村寨屯籍"),
        _lazy(
            r"(?:视为|视同|按|作)(?:其)?(?:自动|自愿)?(?:退|出)(?:社|组|队|村|寨|屯|籍)(?:处理|论处|对待|[，,。；;！!]|$)"
        ),
        _expulsion_what,
        inherent=True,
        eligibility=True,
    ),
    _P(
        "CV606",
        # (the clan's own expulsion, its register and its hall are the three clan readings further down)
        ("除逐赶迁搬离注删剔划清撵遣",),
        _lazy(
            # a compulsion and a verb that puts a person out, nothing after it (强制清退, 强行驱离, 勒令撵走):
            # the person is the one the condition names (强制清退违建 names a thing)
            r"(?<![物筑棚房屋舍墙具])(?:强制|强行|勒令|责令)(?:予以)?(?:清退|驱离|驱逐|赶走|撵走|清走|遣返|遣送|逐出|请走)"
            r"(?:出去|出境)?(?=[，,。；;！!]|$)|"
            r"开除"
            + _WHOM
            + r"?的?[“「『\"]?(?:(?:村|组|社|寨|屯|嘎查|生产队|队|浩特|款|峒|垌|庄|堡|族|宗|祠|股)籍|户籍|村民资格|出村|出组|出社|村民|社员)|驱逐(?:出村|出组)?|"
            r"(?:开除|清除|驱逐|清退)出(?:本村民小组|本村|本组|本社)?(?:集体经济组织|股份经济合作社|经济合作社|村民小组)|"
            # 开除出本村民小组: out of the group (out of the clan: the clan readings)
            r"开除出本村民小组|"
            # (an animal driven out is no person put out: 将流浪狗驱赶出村)
            r"(?<![狗犬猫牛羊猪鸡鸭鹅马驴骡畜禽兽])(?<![狗犬猫牛羊猪鸡鸭鹅马驴骡畜禽兽]驱)赶出" + _HOME + r"|"
            r"(?:集体经济组织|村民小组|本村|村|组|社)(?:中|内)?除名|除名出?(?:本村|本组|本社)?(?:集体经济组织|村|组|社)|"
            r"逐出(?:" + _HOME + r")?|清除出" + _HOME + r"|"
            # (someone or the place is named, or a person's verb: 承租人限期搬出; a thing named right before is what
            # is moved: 所建坟墓责令迁走, 棚圈限期搬走)
            r"(?<!坟)(?<!墓)(?<!棚)(?<!圈)(?<!物)(?<!屋)(?<!舍)(?<!具)(?:责令|强制|勒令|限期|强行)(?:"
            + _WHOM
            + r"(?:将)?(?:户口|户籍)?|(?:将)?(?:户口|户籍))(?:(?:迁出|迁走|搬出|搬离)(?:"
            + _HOME
            + r")?|离开"
            + _HOME
            + r")|(?:责令|强制|勒令|限期|强行)(?:搬出|搬离|(?:迁出|迁走|离开)(?:"
            + _HOME
            + r"))|"
            # 限期三日内迁出本村, 强制将其清出: a time or the person between, the place or a verb of throwing out
            r"(?:责令|强制|勒令|限期|强行|限令|限(?=其|他|她|该户|违者|承租人|租户|租住人|房客|[\d一二两三四五六七八九十]+[日天月]))"
            + _GAP
            + r"{1,6}?(?:(?:迁出|搬出|搬离|离开)(?:本|该)"
            + _HOME
            + r"|(?:清出|赶出|逐出)(?:"
            + _HOME
            + r")?)|"
            # 劝其搬离本小区: asked to leave the place itself (a place is named: 要求其搬出杂物 is not)
            r"(?:劝|劝说|要求|令|动员)" + _WHOM + r"(?:搬离|搬出|迁出|迁离|离开)" + _HOME + r"|"
            # whoever is told to go, named by any word (限其七日内令该租客搬离本村), the clause ending at the place
            r"(?:令|责令|勒令|限令|限|要求|劝|动员)"
            + _GAP
            + r"{1,10}?(?:搬离|搬出|迁出|迁离)(?:本|该)"
            + _HOME
            + r"(?=[。，,；;！!]|$)|"
            # 房东须让其搬离: moved out of where he lives, the clause ends there (搬离杂物 names a thing)
            r"(?:要求|令|让|责成|督促)"
            + _WHOM
            + r"(?:限期|即日|立即)?(?:搬离|搬走|迁离|搬出)(?:"
            + _HOME
            + r")?(?=[。，,；;！!]|$)"
        ),
        _expulsion_what,
        inherent=True,
    ),
    # barred from living or renting in the village after a wrongdoing (该租户不得再在本村承租任何房屋, 不准再在寨内
    # 起屋居住), or its landlords barred from letting to him (任何房东不得再向其出租房屋): put out, like a tenant
    # told to go (docs/clause-codes.md CV606); a rule on the rented room itself (不得在出租房内…) names no place
    _P(
        "CV606",
        ("不禁", "住租居屋落迁转留挂"),
        _lazy(
            r"(?:不得|不准|不许|不能|禁止|不再允许|不允许)(?:其|该户|该人|该租户|他|她|其本人)?(?:再|继续)?(?:在|于)"
            + _HOME
            + r"(?:内|里|范围内)?(?:再行|再)?"
            + _GAP
            + r"{0,6}?(?:承租|租住|租房|租用|租赁|居住|暂住|落脚|入住|落户|住)|"
            r"(?:不得|不准|不许|不能|禁止)(?:其|该户|该人|该租户|他|她|其本人)?(?:再)?(?:居住|住|租住|落脚|暂住)(?:在|于)"
            + _HOME
            + r"|"
            # his registration barred from coming back (其户口不得再迁回本村)
            r"(?:户口|户籍)(?:一律|也)?(?:不得|不准|不许|不能|不予)(?:再)?(?:迁回|迁入|落回|转回|落入)" + _HOME + r"|"
            # or from staying (户口不准再留在本组, 户籍不得继续挂在本村): the registration put out, his status with it
            r"(?:户口|户籍)(?:一律|也|就)?(?:不得|不准|不许|不能|不予|不再)(?:再|继续)?(?:保留|留|挂|放)(?:在|于)?"
            + _HOME
            + r"|"
            r"(?:不得|不准|不许|禁止)(?:再)?(?:向|给|对)(?:其|该户|该人|该租户|他|她)(?:出租|租赁|转租|提供住房)"
        ),
        _expulsion_what,
        penalty_only=True,
    ),
    # struck off the roll of members (村民花名册里划掉, 从组员名单中除名); a death or a move away is the law's own
    # case (村民死亡的，从村民名单中删除)
    _P(
        "CV606",
        ("除删剔划去", "名"),
        _lazy(
            r"(?:成员|村民|社员|股东|户籍|组员|寨民|屯民)(?:花)?(?:名册|名单)(?:中|内|上|里)?"
            r"(?:除名|删除|剔除|划去|划掉|去掉|除去)"
        ),
        _expulsion_what,
        inherent=True,
        eligibility=True,
    ),
    # 该租户须在三日内搬离本社区, 并清出家属区, 今后不得再在本村租住: the person made to leave where he lives, or
    # refused a home there from now on, after a wrongdoing (a lease that simply ends is no sanction)
    _P(
        "CV606",
        ("离出住",),
        _lazy(
            r"(?:须|需|必须|应当?|得)(?:在|于)?" + _GAP + r"{0,6}?(?:搬离|迁离|搬出|迁出|离开)" + _PLACE_LIVED + r"|"
            r"(?<![不严])(?:清出|赶出|逐出|撵出)" + _PLACE_LIVED + r"|"
            r"不再(?:允许|准许|同意|让)?(?:其|他|她|该人|其本人)?(?:在" + _PLACE_LIVED + r"(?:内|里)?)?"
            r"(?:租房|租住|居住|暂住|入住)|"
            r"(?:不得|不准|不许)(?:其|他|她)?(?:在"
            + _PLACE_LIVED
            + r"(?:内|里)?再|再在"
            + _PLACE_LIVED
            + r"(?:内|里)?|再)(?:租房|租住|居住|暂住|入住)"
        ),
        _expulsion_what,
        penalty_only=True,
    ),
    # 限该租客十日内搬离本村, 通知其三日内搬离本小区, 责令其一周内退租搬离: the person, a tenant too, told to
    # leave where he lives within a time, after a wrongdoing (a flood's evacuation or a lease's end is none)
    _P(
        "CV606",
        ("令限通要让督", "离出走"),
        _lazy(
            r"(?:责令|勒令|限令|通知|要求|责成|督促|(?<![期时权])限)(?:"
            + _WHOM
            + r"|(?:该|此|这)?(?:租客|租户|房客|承租人|承租户|租住人员?|外来人员|人员|人))"
            # the time given, if any (在三日内, 一周之内, 限期, 立即)
            + r"(?:(?:在|于)?[\d一二两三四五六七八九十半]+个?(?:日|天|周|星期|月|小时)(?:之?内)?|限期|立即|即日|马上)?"
            # (责令其离开 a market or a site is no expulsion: 离开 only with where he lives)
            + r"(?:(?:退租)?(?:搬离|搬走|搬出|迁出|迁离)(?:"
            + _PLACE_LIVED
            + r")?|离开"
            + _PLACE_LIVED
            + r")(?=[。，,；;！!]|$)"
        ),
        _expulsion_what,
        penalty_only=True,
    ),
    # 将其全家户口迁出本村: the village moving a member's registration out
    _P(
        "CV606",
        ("迁除退遣移转清划剔", "户籍名"),
        _lazy(
            r"(?:将|把)"
            + _WHOM
            + r"?(?:全家|全户|家庭|一家|家)?的?(?:户口|户籍)(?:强行|一律)?"
            # 将其户口从本村集体户中迁出: the place it leaves named between (从/自/由 …)
            + r"(?:(?:从|自|由)"
            + _GAP
            + r"{1,12}?)?(?:迁出|迁走|迁离|转出|移出|清出|清理出|清除出|清退出|划出|剔出|剔除出|(?:迁回|退回|遣返)原籍)|"
            # 由村民会议决定将其除名: struck off by the village, in the spoken word and quoted too (把他“除了名”,
            # 把他从组里除了名: the place he is struck from named between)
            r"(?:将|把)"
            + _WHOM
            + r"(?:从(?:(?!名册|名单|名簿|协会|学会|商会)"
            + _GAP
            + r"){1,8}?)?(?:予以)?[“「『\"]?除了?名[”」』\"]?"
        ),
        N_("驱逐出村"),
        inherent=True,
    ),
    # 全部租户一律清退: the tenants cleared out of where they live (清退多收的费用 is money refunded)
    # (a time given them between: 租户须在一周内清退, 房客限三日内全部清退)
    _P(
        "CV606",
        ("退",),
        _lazy(
            r"(?:租户|承租人|承租户|租住人员?|房客|租客|暂住人员)"
            + _GAP
            + r"{0,4}?(?:[在于限][\d一二两三四五六七八九十半]+个?(?:日|天|周|星期|月)(?:内|之内|以内)"
            + _GAP
            + r"{0,4}?)?清退"
        ),
        _expulsion_what,
        inherent=True,
    ),
    # 他这个村民也别当了, 社员就不用当了, 这组员当不成了: his standing taken in a cadre's spoken words (CV606)
    _P(
        "CV606",
        ("当", "民员东"),
        _lazy(
            r"(?:村民|社员|组员|成员|股东)(?:也|就|就此|从此|以后|今后)?(?:别|不要|不用|不能|不准|不许|甭|莫)(?:再)?当(?:了)?(?=[了，,。；;！!？?”」\s]|$)|"
            r"(?:村民|社员|组员|成员|股东)(?:也|就)?当不(?:成|了)"
        ),
        N_("取消村民资格"),
        penalty_only=True,
    ),
    # 不得在业主大会上行使投票权: the vote itself withheld
    _P(
        "CV606",
        ("权选表投会",),
        _lazy(
            r"(?:不得|不准|不能|无权|不再|取消其|停止其|暂停其)(?:在" + _GAP + r"{0,10}?)?行使"
            r"(?:其)?(?:被)?(?:选举权|表决权|投票权)|"
            # 不得参加村民选举: kept out of the election itself (选举工作, 选举宣传 are tasks)
            r"(?:不得|不准|不能|无权|不再|取消其)(?:参加|参与)(?:村委会|村民委员会|村民小组长|换届)?(?:村民)?(?:选举|投票|表决)"
            r"(?!工作|宣传|筹备|事务|组织|委员|期间)|"
            # 不得参加合作社成员大会表决, 取消其下届选举的投票权: the vote in a named assembly or election
            r"(?:不得|不准|不能|无权|不再)(?:参加|参与)"
            + _GAP
            + r"{1,14}?(?:会议|大会|代表会)(?:的)?(?:表决|投票|选举)"
            r"(?!工作|宣传|筹备|事务|组织|委员|期间)|"
            # 违者不得参加村民会议: the villagers' meeting itself barred is the vote written out (docs/clause-codes.md,
            # thirteenth session), not its preparation or service
            r"(?:不得|不准|不能|不许|无权|不再|取消其)(?:再)?(?:参加|参与|出席)(?:本村|本组)?的?村民(?:代表)?(?:会议|大会)"
            r"(?!的?(?:筹备|组织|服务|记录|会务|工作))"
        ),
        N_("取消村民资格"),
        penalty_only=True,
    ),
    # 暂停其村民会议表决权: the vote taken is a taking in itself, whatever the ground (living elsewhere with the
    # registration kept here, 户口空挂本村、人在外地的, is no ground the law knows: 村民委员会组织法 Art. 13), like
    # 取消其选举权; the law's own bar (剥夺政治权利) and the eligibility words exempt it
    _P(
        "CV606",
        ("权",),
        _lazy(
            r"(?:取消|剥夺|停止|暂停)(?:其|他|她|该人)?" + _GAP + r"{0,12}?的?(?:选举权|被选举权|表决权|投票权|议事权)"
        ),
        N_("取消村民资格"),
        inherent=True,
        eligibility=True,
    ),
    # 将其迁出本村: the person himself moved out of the place
    _P(
        "CV606",
        ("迁清赶逐搬", "出离"),
        _lazy(r"(?:将|把)" + _WHOM + r"(?:全家|全户|一家)?(?:强行|一律)?(?:迁出|迁离|清出|赶出|逐出|搬出)" + _HOME),
        N_("驱逐出村"),
        inherent=True,
    ),
    # 注销其户口, 收回其户籍: a lawful consequence of death or moving away, otherwise an expulsion
    _P(
        "CV606",
        ("户籍", "销回消"),
        _lazy(
            r"(?:注销|收回|吊销|取消)"
            + _WHOM
            + r"?的?(?:户口|户籍|(?:村|组|社|寨|屯|嘎查|生产队|队|浩特|款|峒|垌|庄|堡)籍)(?!迁移|登记|性质|类别|限制|区分|管理)"
        ),
        _expulsion_what,
        inherent=True,
        eligibility=True,
    ),
    _P(
        "CV606",
        ("资身遇权籍员", "消剥注除丧弃终停撤"),
        _lazy(
            r"(?:取消|剥夺|注销|开除|除名|撤销|丧失|视为(?:自动)?放弃|按(?:自动)?放弃|作(?:自动)?放弃|自动丧失|自动放弃|终止|停止|暂停)"
            + _WHOM
            + r"?(?:享受|享有)?的?(?:一切|所有|各项|全部)?"
            + _MEMBERSHIP
            # 视为自愿放弃本村村民的一切权益: a waiver deemed by the charter is no waiver
            + r"|(?:视为|视同|按|作)(?:自动|自愿)?放弃"
            + _GAP
            + r"{0,8}?(?:村民|成员|社员|股东|组员|寨民|屯民)的?(?:一切|所有|各项|全部)?(?:权益|权利|资格|身份|待遇)"
        ),
        N_("取消村民资格"),
        inherent=True,
        eligibility=True,
        nominal=True,
    ),
    _P(
        "CV606",
        ("资身遇权籍员", "认具享"),
        _lazy(
            r"(?:不承认|不予承认|不予确认|不予认定|不再承认|不再具有|不具有|不再享有|不享有|不再享受|不享受|不予享受|不得享受)"
            + _WHOM
            + r"?的?"
            + _MEMBERSHIP
        ),
        N_("取消村民资格"),
        pronoun=True,
        eligibility=True,
    ),
    _P(
        "CV606",
        ("住活落家", "准得许能禁允同"),
        _lazy(
            r"(?:不准|不得|不许|不能|禁止|严禁|不再同意|不同意|不予同意)"
            + _WHOM
            + r"?再?(?:继续)?(?:在本村|在村内|在村里|在村|在本组|在本寨|在寨内|在本屯|在本嘎查)"
            r"(?:居住|生活|落户|安家)(?![区地环点])|"
            # 不再允许其租住: the person named, no place needed
            r"(?:不再允许|不允许|不再准许|不准|不许)" + _WHOM + r"(?:继续|再)?(?:在本村|在村内|在村)?(?:租住|居住|暂住)"
        ),
        N_("不准在本村居住"),
        inherent=True,
    ),
    _P(
        "CV606",
        ("回进入", "准得许能禁"),
        _lazy(r"(?:不准|不得|不许|不能|禁止)" + _WHOM + r"?再?(?:回村|进村|入村)"),
        N_("不准回村"),
    ),
    _P(
        "CV606",
        ("再作视非认当看算登纳收列", "民员口人"),
        _lazy(
            # (不予登记为本集体经济组织成员, 不予接纳为社员: a member's status refused)
            # (a modal's refusal too: 不能确认为本社社员, 不得登记为组员)
            r"(?:不再是|不再作为|不作为|(?:不再|不予|不能|不得|不可|不应|不)(?:将|把)?(?:"
            + _WHOM
            + r")?(?:视|认定|认|确认|登记|接纳|吸收|接收)(?:"
            + _WHOM
            + r")?(?:为|作)|"
            # (spoken: 组里就不认他是组里的人了, 村里不认她是本村村民)
            r"(?:不再|不)认" + _WHOM + r"是|"
            # 不再把他当作本村人看待: the village no longer counts him as one of its own
            r"(?:不再|不予|不)(?:把|将)?"
            + _WHOM
            + r"?(?:当作|当成|看作|看成|算作|算|作为|视为|视作|认作|认定为|列为|当(?=本|村里|自家|自己))|"
            r"(?:视为|视同)(?:非|外来|外村|外组))"
            # (a residents' place too: 不再认定为本居民点居民)
            r"(?:本村|本组|本集体经济组织|本集体|本社|本村民小组|村民小组|小组|本寨|本屯|本嘎查|本居民点|本社区|本小区|本管理区|本居住区|"
            r"组里|村里|社里|寨里|屯里)?"
            r"的?(?:集体经济组织|股份经济合作社|经济合作社)?的?(?:村民|组员|社员|成员|寨民|屯民|嘎查民|选民|居民|人员|人口|人(?!员))"
        ),
        N_("取消村民资格"),
        inherent=True,
        eligibility=True,
    ),
    # 结清所欠款项，方可登记为本集体经济组织成员: membership (or a child's registration, CV605) held back until
    # debts are paid; no debt is a condition of membership
    _P(
        "CV606",
        ("清补", "方才", "员民"),
        _lazy(
            _ARREARS_FIRST
            + r"(?:(?:登记|确认|认定|吸收|接纳|成为)为?"
            + _GAP
            + r"{0,12}?(?:成员|村民|社员|股东|组员)|(?:恢复|享受|享有)"
            + _GAP
            + r"{0,10}?(?:村民|成员|社员|股东|组员)的?(?:待遇|资格|身份|权利|权益))"
        ),
        N_("取消村民资格"),
        inherent=True,
    ),
    _P(
        "CV605",
        ("清补", "方才", "户"),
        _lazy(_ARREARS_FIRST + r"(?:办理)?(?:落户|上户|登记户口|申报户口)"),
        N_("停止公共服务"),
        inherent=True,
    ),
    # 刑满释放…方可恢复其村民待遇: membership taken away until the village restores it
    _P(
        "CV606",
        ("复",),
        _lazy(r"(?:方可|才能|才可|方能|才|再行?|后)恢复" + _WHOM + r"?的?(?:一切|所有|各项|全部)?" + _MEMBERSHIP),
        N_("取消村民资格"),
        inherent=True,
        eligibility=True,
    ),
    # 三年内不予恢复其村民资格: a status withheld from return was taken away
    _P(
        "CV606",
        ("复",),
        _lazy(
            r"(?:不予|不得|不再|暂不|不)恢复"
            + _WHOM
            + r"?(?:在(?:本村|本组|本社|村里|村内|组里))?的?(?:一切|所有|各项|全部)?"
            + _MEMBERSHIP
        ),
        N_("取消村民资格"),
        penalty_only=True,
        eligibility=True,
    ),
    # the status first, then its loss (其成员资格自判决之日起自然丧失, 股东资格予以取消): object before the action
    _P(
        "CV606",
        ("资身证籍口益利", "丧终消销废效撤停留"),
        _lazy(
            _MEMBER_STATUS + r"(?P<gap>" + _GAP + r"{0,10}?)(?:自然|自动|即行|予以|一律|即|随之|同时)?"
            r"(?:丧失|终止|取消|注销|作废|失效|撤销|暂停|停止|不再保留|不予保留)"
        ),
        N_("取消村民资格"),
        penalty_only=True,
        eligibility=True,
        object_first=True,
    ),
    # struck off the roll (不再将其列入村民花名册, 除去股东名册): the member's name taken off
    _P(
        "CV606",
        ("册单", "列登记纳除移划剔删编录写载计"),
        _lazy(
            r"(?:(?:不再|不予|不得|不)(?:将|把)?" + _WHOM + r"?(?:列入|登记|记入|纳入|登记在|编入|录入|写入|载入|计入)|"
            r"(?:除去|除出|移出|划出|剔出|删出|清出)(?:其)?)"
            r"(?:本村|本组|本社|本届|下届|集体经济组织|合作社)?的?(?:村民|成员|社员|股东|组员|户籍|选民)(?:花)?(?:名册|名单)"
        ),
        N_("取消村民资格"),
        penalty_only=True,
        eligibility=True,
    ),
    # 违者按外来人口管理: only as a consequence (租住本村的外来人员，按外来人口管理 is plain fact)
    _P(
        "CV606",
        ("按作当", "外非"),
        _lazy(
            r"(?:按|作为?|当作)(?:"
            + _WHOM
            + r")?(?:非|外来|外村|外组)(?:本村|本组|本集体|本社)?的?(?:村民|组员|社员|成员|人员|人口)"
        ),
        N_("取消村民资格"),
        pronoun=True,
        eligibility=True,
    ),
    # --- CV606 probed (p13member): the expulsion and the standing in the words the patterns above had not met ---
    # --- CV606 the clan's three readings (fourteenth session, t14old: each was written twice before, by the tenth
    # session's old-words alternatives, t13clan's register and p13member's clan words, with different flags) ---
    # out of the clan as a measure of its own (出族, 出宗, 革出 ending its clause, 鸣族革出; 黜族, 革除族籍, 削去其谱名,
    # 开除出族): the clan and its roll stand for the membership (docs/clause-codes.md CV606), a taking in itself; 出族谋生
    # and 迁出族 are moves, 陋习永远革除 does away with a custom, and a name that came in by deceit (混谱, 冒宗) put out
    # is a false entry undone (eligibility)
    _P(
        "CV606",
        ("族宗籍名革黜",),
        _lazy(
            # (革出 opens its clause or follows a modal: 公议革出 a steward is put out of his office)
            r"(?:(?<![^，,。；;：:\s即则者律可要应予并须均])(?:鸣族|鸣祠|鸣众)?(?:出(?:族|宗)|革出)|(?<![嫁迁])出(?:族|宗))"
            r"(?=[\s，,。；;！!？?]|$)|"
            r"黜(?:其)?(?:族|宗|籍|名)(?!谱|长|老|规|约|产|田|务|事)|革除(?:其)?(?:族籍|宗籍|名籍|谱名|族名|其名|出族)|"
            r"(?:革|削|黜|除)(?:去|除|掉)?(?:其)?(?:在)?(?:族籍|宗籍|谱籍|祠籍|谱名|族名|款籍)|"
            r"开除出(?:本家族|本宗族|家族|宗族|族)"
        ),
        _expulsion_what,
        inherent=True,
        eligibility=True,
    ),
    # struck from the clan's register or barred from it (削谱, 削其名, 削其房派, 削名不书, 削之, 谱内不书其名, 族谱内除其名;
    # 永不准入谱, 不许上谱, 不准归宗, 永不许入祠): the register is the clan's roll of members, as 族籍 is, and the hall its
    # roll's seat (docs/clause-codes.md CV606); after a wrong only, since entry into the register is also the subject
    # of rules of birth and adoption that name no wrong (and of a woman's status: CV607), and a name that came in by
    # deceit (混谱, 冒宗) struck out is a false entry undone, like a benefit obtained by fraud
    _P(
        "CV606",
        ("削谱祠宗族",),
        _lazy(
            r"削(?:去|除|掉|革)?(?:其|伊|该犯|本犯|彼)(?:一房|一支|支派|支系|房派|宗支|名字|姓名|谱名|名|房|派|支|籍|丁)|"
            r"削(?:去|除)?(?:其名|名)?(?:而|之而|去)?不(?:书|载|录|登|列|入谱)|"
            r"削(?:之|去)(?=\s*(?:[，,。；;！!]|$))|削(?:去|除)?(?:其)?(?:谱)?名(?=[，,。；;！!？?\s]|$)|"
            r"(?:削|革)谱(?![牒系])|(?<![^，,。；;：:\s即则者律可要应予并须均行])(?:除|出)谱(?![牒系金资费钱序外])|"
            r"(?:宗谱|族谱|家谱|谱牒|谱)(?:内|中|上|里)?(?:永)?(?:不书|不载|不录|不登|不列)(?:其名|其人)?|"
            r"(?:族谱|宗谱|家谱|谱牒|谱)(?:内|中|上|里)?(?:削|革|除|剔|删|勾|抹)(?:去|除|掉)?(?:其|他|她)?(?:的)?(?:姓)?名|"
            r"(?:永|终身|永远)?(?:不许|不准|不得|不容|不可|不予|毋许|毋得|勿许|不再许|不再准|不再)(?:其|他|她|该人)?(?:再)?"
            r"(?:(?:入|上|登|进|续|载入?|列入?|写入?|书入?|归)(?:族谱|宗谱|家谱|谱牒|谱|宗祠|祠堂|家祠|祠)|归宗|回宗|归族|回族籍)"
            + _HALL_CONDUCT
        ),
        _expulsion_what,
        penalty_only=True,
        eligibility=True,
    ),
    # the doer declared no longer of the clan (则是“非吾族人”, 即以非我族类论, 不认其为族人) or put out by the clan in
    # common (族众公革, 合族公革, 阖族革之): the clan's membership taken in so many words (docs/clause-codes.md CV606).
    # Only as the answer to a wrong (则, 即, 视为, 以…论 before it, or a clan in common as the doer): 非吾族人不得葬于
    # 祖山 names outsiders, and 公革陋习 does away with a custom (t16; a word fix, the clan's own words for expulsion)
    _P(
        "CV606",
        ("非革认以视",),
        _lazy(
            r"(?:则|即|便|就|乃)(?:是|为|属|作|当)?(?:以|作|当作|视为|视同|视作)?[「“\"『]?非(?:吾|我|本|其)(?:族|宗|姓|家)(?:之)?(?:人|类|裔|子孙|后人)[」”\"』]?|"
            r"(?:视为|视同|视作|以|作|按|当作)[「“\"『]?非(?:吾|我|本)?(?:族|宗)(?:之)?(?:人|类|裔)[」”\"』]?(?:论|看待|对待|处)?|"
            r"(?:不认|不承认|不以|不视)(?:其|他|伊|彼|该人)(?:为|作)(?:吾|我|本)?(?:族|宗)(?:人|之人|中人|子孙|裔)|"
            r"(?:族众|合族|阖族|通族|众族|族中|族内|全族|族人|房众|宗众)(?:公|共|同)?革(?:出|除|逐|之)?(?=[\s，,。；;、！!？?」”』]|$)"
        ),
        _expulsion_what,
        inherent=True,
    ),
    # driven out of the clan's hall or the lineage by any verb of driving (革出宗祠, 黜出族门, 摈出族外, 逐于祠外, 赶出祠堂,
    # 撵出家族, 合族共逐之): a person put out, told also as a report (会被赶出祠堂); a taking in itself, since the old
    # rule's wrong is often one the wrongdoing words miss (殴打尊长者，黜出族门). A beast is driven out of the hall too:
    # the beast right before the verb is excluded here (把野狗赶出祠堂), a loose one named earlier by
    # analysis._beast_driven_out (a beast meant by 之 with a driver named, 野猪…众人逐之, is still read as a person: rv14)
    _P(
        "CV606",
        ("族祠宗谱款之",),
        _lazy(
            r"(?<![狗犬猫牛羊猪鸡鸭鹅马驴骡畜禽兽])(?<![狗犬猫牛羊猪鸡鸭鹅马驴骡畜禽兽]驱)"
            r"(?:(?:(?:逐|驱|革|黜|摈|屏|斥|赶|撵|轰)(?:出|于|逐出|出于)|(?:革|黜|摈|屏)逐)(?:其)?(?:本|该)?"
            r"(?:宗祠|祠堂|家祠|祖祠|祖堂|祠外|祠|谱|款)|"
            # (清出 a person only out of the lineage: 清出祠堂内的杂物 clears the hall)
            r"(?:(?:逐|驱|革|黜|摈|屏|斥|赶|清|撵|轰)(?:出|于|逐出|出于)|(?:革|黜|摈|屏)逐)(?:其)?(?:本|该)?"
            r"(?:族门|族外|宗族|家族|族|宗))(?!谱|长|老|规|约|产|田|务|事)|"
            r"(?:逐|摈|黜|屏)之(?=\s*(?:[，,。；;！!]|$))|"
            # (出祠 opening its clause or after a modal, as 革出 above: 抬菩萨出祠 carries a thing out; rv14)
            r"(?<![^，,。；;：:\s即则者律可要应予并须均])出祠(?=\s*(?:[，,。；;！!]|$))"
        ),
        _expulsion_what,
        inherent=True,
    ),
    # put out of the place by any verb of driving (驱出村外, 遣送出村, 轰出本村, 撵出寨去): the place is named
    _P(
        "CV606",
        ("驱轰撵遣哄逐赶", "出"),
        _lazy(
            # (the old rules' bounds too, and the one driven named as 之: 驱之出境, 逐出境外, 撵出本地; t15old)
            r"(?<![狗犬猫牛羊猪鸡鸭鹅马驴骡畜禽兽])(?<![狗犬猫牛羊猪鸡鸭鹅马驴骡畜禽兽]驱)(?:驱逐|驱赶|驱|轰|撵|遣送|遣|哄|逐|赶)(?:之|其)?出"
            r"(?:本|该)?(?:村子|村庄|村寨|寨子|村|寨|屯|嘎查|组|社区|小区|境|地方|本地|乡|界|坊|团|甲|保)(?:外|门|去)?"
        ),
        _expulsion_what,
        # (after a wrongdoing: stray dogs are driven out of the village too)
        penalty_only=True,
    ),
    # driven away with no place named, the driving closing its clause (一律赶走, 撵走了事, 驱之, 轰出去): after a wrong,
    # the one who did it is put out of the place; a loose beast the article names is left out (analysis.
    # _beast_driven_out), and so is a beast right before the verb (t15old)
    _P(
        "CV606",
        ("驱赶撵轰逐",),
        _lazy(
            r"(?<![狗犬猫牛羊猪鸡鸭鹅马驴骡畜禽兽鸟雀蛇虫])(?<![狗犬猫牛羊猪鸡鸭鹅马驴骡畜禽兽]驱)"
            r"(?:驱走|赶走|撵走|轰走|逐走|驱离|赶出去|撵出去|轰出去|驱之|赶之|撵之|轰之)(?:了事|完事)?"
            r"(?=\s*(?:[，,。；;！!]|$))"
        ),
        _expulsion_what,
        penalty_only=True,
    ),
    # told to live somewhere else (令其迁往他处, 责令其举家搬到外地), or kept from coming back to live (不准其再回本村落户)
    _P(
        "CV606",
        ("令限要迫逼回返", "处地乡村寨屯组户住居"),
        _lazy(
            r"(?:令|责令|勒令|限令|强令|迫令|逼令|要求|迫使)(?:其|他|她|该户|违者|其本人)?(?:全家|举家|一家)?(?:限期|立即|即日)?"
            r"(?:迁往|迁到|迁至|搬往|搬到|搬至|移居|迁居)(?:他处|别处|外地|外村|他乡|异地|别村|他村|其他地方)|"
            r"(?:不准|不许|不得|不再允许|不允许|永不准|永不许)(?:其|他|她|该户|违者|其本人)?(?:再)?(?:回|返回|迁回|回到)"
            r"(?:本|该)?(?:村|寨|屯|组)(?:里|内|中)?(?:落户|居住|定居|安家|生活)"
        ),
        _expulsion_what,
        penalty_only=True,
    ),
    # his registration moved out by the village, the verb first or bare after 其 (强制迁出其户口, 其户口迁出本村), or kept
    # from staying (不得将其户口留在本村)
    _P(
        "CV606",
        ("户籍",),
        _lazy(
            r"(?:强制|强行|一律|责令|勒令)(?:迁出|迁走|转出|迁离)(?:其|他|她|该户)的?(?:户口|户籍)|"
            r"(?<=其)(?:户口|户籍)(?:一律|即行)?(?:迁出|迁走|迁离|转出)(?:本|该)(?:村|组|社|寨|屯)|"
            r"(?:不得|不准|不许|不能|不予|不再)(?:再|继续)?(?:将|把|让)(?:其|他|她)?的?(?:户口|户籍)(?:继续|再)?(?:保留|留|挂|放)(?:在|于)"
            r"(?:本|该)?(?:村|组|社|寨|屯)"
        ),
        _expulsion_what,
        penalty_only=True,
    ),
    # all his rights from now on not kept (今后各项权益不再保留, 此后一切权利均不予保留): the membership as a whole
    # (docs/clause-codes.md CV606), no one benefit
    _P(
        "CV606",
        ("权",),
        _lazy(
            r"(?:今后|以后|此后|从此|日后)(?:在本村|在村里|在村内|在本组)?的?(?:一切|所有|各项|全部)(?:合法)?(?:权益|权利)"
            r"(?:一律|均|全部|都|即|自动)?(?:不再保留|不予保留|不再享有|不再享受|丧失|终止)"
        ),
        N_("取消村民资格"),
        penalty_only=True,
        eligibility=True,
    ),
    # kept from standing or voting in the village's election after a wrongdoing (三年内不得参选, 不准其投票): the
    # election rights written as verbs (docs/clause-codes.md: voting and election rights)
    _P(
        "CV606",
        ("选票",),
        _lazy(
            r"(?:不得|不准|不许|不能|无权|不再|取消其|停止其)(?:其|他|她)?(?:再)?(?:参选|参加竞选|参与竞选|竞选|投票|参加投票|被选为|当选)"
            r"(?!工作|宣传|期间|箱|站|点|时间|程序|办法)"
        ),
        N_("取消村民资格"),
        penalty_only=True,
        eligibility=True,
    ),
    # --- the consequence reader (issue 14, sixth set): shapes rather than names -----------------
    # a sum per occurrence of the failure, whatever the payment is called (每缺一次按一百元标准以钱代工)
    _P("CV601", ("元块",), _lazy(_MONEY), N_("变相罚款"), payment=True, penalty_only=True, per_offence=True),
    # a percentage surcharge (按欠款额的百分之二十加收, 加收20%)
    _P(
        "CV601",
        ("%％百", "收罚交缴处"),
        _lazy(
            r"(?:百分之[一二三四五六七八九十百]+|\d+(?:\.\d+)?\s*[%％])"
            + _GAP
            + r"{0,4}?(?:加收|加罚|另收|罚|收取|计收|征收|交纳|缴纳)|"
            r"(?:收取|交纳|缴纳|处以|处(?!罚))"
            + _GAP
            + r"{0,12}?(?:百分之[一二三四五六七八九十百]+|\d+(?:\.\d+)?\s*[%％])|"
            r"(?:加收|加罚|另收)" + _GAP + r"{0,8}?(?:百分之[一二三四五六七八九十百]+|\d+(?:\.\d+)?\s*[%％])"
        ),
        N_("变相罚款"),
        penalty_only=True,
    ),
    # deducted from what the member is owed (从其应得的土地流转金里直接划扣)
    _P(
        "CV602",
        ("红益股偿置苗金款配", "扣抵冲"),
        _lazy(
            r"(?:从|在)"
            + _WHOM
            + r"?"
            + _GAP
            + r"{0,8}?"
            + _DIVIDEND
            + r"(?:中|里|内)?(?:直接|一次性|统一|逐年)?"
            + _SET_OFF
        ),
        N_("从分红或补偿款中扣款"),
        penalty_only=True,
    ),
    # the member's things taken and disposed of (清走…变卖, 将犬只带走处理，不得索回)
    _P(
        "CV602",
        ("走卖",),
        _lazy(
            r"(?:收走|带走|清走|拿走|运走|拉走|牵走|搬走)" + _GAP + r"{0,6}?(?:处理|处置|变卖|拍卖|充公)|"
            r"(?:变卖|拍卖|折价)(?:后|所得)?(?:充作|充抵|充入|用于|归|抵)"
        ),
        N_("没收财物"),
        penalty_only=True,
    ),
    # the same told in two clauses (将犬只带走，统一处置; 把鸡鸭抓走，一律处理): only of an animal, vehicle or goods named in
    # the sentence, a person taken away being held (CV603), not seized
    _P(
        "CV602",
        ("走",),
        _lazy(
            r"(?:收走|带走|清走|拿走|运走|拉走|牵走|搬走|抓走|捉走)[，,]\s*(?:统一|一律|集中|另行|予以)?(?:处理|处置|变卖|拍卖|充公)"
        ),
        N_("没收财物"),
        penalty_only=True,
        needs_property=True,
    ),
    # a lock put on the member's vehicle or thing (对该车辆加装车轮锁): held until released
    _P(
        "CV602",
        ("锁",),
        _lazy(r"(?:加装|安装|装上|加上|加)(?:车轮锁|轮锁|地锁|锁具|车锁)"),
        N_("扣押财物"),
        penalty_only=True,
        needs_property=True,
    ),
    # animals caught by the village (将家禽捕捉后移交社区处理)
    _P(
        "CV602",
        ("捕捉抓",),
        _lazy(r"(?:捕捉|捉拿|抓捕|捉走|抓走|捕获)(?:后)?" + _THING_TAIL),
        N_("扣押财物"),
        penalty_only=True,
        needs_property=True,
    ),
    # his animal or thing dealt with as nobody's (散养的犬只视为野狗处理, 无人认领的作无主犬处置, 按流浪猫处理,
    # 当作无主物处理): whoever owned it loses it, however it is then disposed of (a thing found and
    # unclaimed, 拾得的物品无人认领的, is the law's lost property: analysis._not_his_loss)
    _P(
        "CV602",
        ("无野流",),
        _lazy(
            r"(?:视为|视作|视同|作为?|按照?|当作|当成|以)(?:无主|野生?|流浪)"
            r"(?:犬只?|狗|猫|畜|牲畜|家畜|禽|家禽|牛|羊|猪|财物|财产|物品|物|车辆?)"
            r"(?:进行|予以|给予|一律)?(?:处理|处置|对待|论处|捕杀|扑杀|收容)"
        ),
        N_("没收财物"),
        inherent=True,
        needs_property=True,
    ),
    # the owner may not get it back (犬主不得索要): the thing was taken
    _P(
        "CV602",
        ("索讨要领", "回要"),
        _lazy(r"(?:不得|不准|不许|不予|无权|不能)(?:索要|索回|讨回|要回|领回|取回)"),
        N_("没收财物"),
        penalty_only=True,
        needs_property=True,
    ),
    # impounded in the village's custody (将牲畜圈入村集体畜圈)
    _P(
        "CV602",
        ("圈关赶牵拉拖运", "入进到至往"),
        _lazy(
            # (将其关进村部 holds the person, CV603)
            r"(?<![其他她])(?:圈入|圈进|圈到|关入|关进|赶入|赶进|赶到|牵到|牵至|拉到|拉至|拖到|拖至|拖往|拖入|运到|运至)"
            + _GAP
            + r"{0,6}?"
            r"(?:畜圈|圈舍|集体|村委会?|村部|村民委员会|大院)"
        ),
        N_("扣押财物"),
        needs_property=True,
        pronoun=True,
    ),
    # a person held in the village's custody (由治保会将其控制在村部; 将其送回家中看管)
    _P(
        "CV603",
        ("控留看押隔",),
        _lazy(
            r"(?:控制|留置|看管|看押|扣押|隔离)(?:在|于|到|至)" + _VILLAGE_PLACE + r"|"
            r"(?:将|把)(?:其|他|她|该人|当事人|违者)(?:留置|关押|看管|控制)" + _VILLAGE_PLACE + r"|"
            r"(?:将|把)(?:其|他|她|该人|此人|当事人|违者|肇事者|行为人)"
            + _GAP
            + r"{0,10}?(?:看管|看押|控制|管束)(?:起来|(?:在|于|到|至)"
            + _VILLAGE_PLACE
            + r")?"
        ),
        N_("限制人身自由"),
        inherent=True,
        defer_bare=True,
        # (扣押在村委会 of the things named, 所挖河沙及车辆, holds no person)
        holds_person=True,
    ),
    # 七日内不得外出: going out forbidden for a time, as a consequence
    _P(
        "CV603",
        ("内", "出离"),
        _lazy(
            r"[\d一二两三四五六七八九十]+(?:日|天|周|个月)内(?:不得|不准|不许|禁止)(?:擅自)?"
            r"(?:外出|出门|出村|离村|离家|离开本村|离开)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # his name written up where the clan gathers, in an old rule's words (书其姓名于祠壁, 揭其名于祠门, 榜其名于祠前, 榜示
    # 祠前): shown for the wrong, like a name on the village's board
    _P(
        "CV603",
        ("书揭榜悬贴列", "名祠庙壁门前示"),
        _lazy(
            r"(?:书|揭|榜|悬|贴|列)(?:其|他|彼)(?:姓名|名字|名)(?:于|在|至)"
            + _GAP
            + r"{0,4}?(?:"
            + _CLAN_HALL
            + r"|壁|门|前)|"
            r"榜示(?:" + _CLAN_HALL + r"|众|于众|通族|合族)?(?=[前门外内]?\s*(?:[，,。；;！!]|$))"
        ),
        N_("公开曝光"),
        penalty_only=True,
        display=True,
    ),
    # a public label on the person (在村务公开栏将其列为不孝子女)
    _P(
        "CV603",
        ("栏屏播叭群榜", "列定称"),
        _lazy(
            r"(?:公开栏|公示栏|宣传栏|电子屏|显示屏|广播|喇叭|微信群|榜)" + _GAP + r"{0,6}?(?:将|把)?"
            r"(?:其|他|她|该户|当事人|违者)" + _GAP + r"{0,4}?(?:列为|定为|称为|评为|认定为)" + _GAP + r"{1,8}"
        ),
        N_("公开曝光"),
        penalty_only=True,
        display=True,
    ),
    # held until something is done: a release after payment or a voucher means the thing was taken
    # (交纳寄养费用后方可领回, 缴纳解锁费后予以解锁, 凭村委会开具的证明领取)
    _P(
        "CV602",
        ("回锁取行还封走", "后凭才方"),
        # (a check at the gate before letting him through, 改由保安登记后放行, 扫码核验后放行, holds nothing)
        _lazy(
            r"(?<!登记)(?<!查验)(?<!核验)(?<!检查)(?<!核实)(?<!验证)(?<!核对)(?<!扫码)(?<!身份)(?<!信息)(?<!证件)"
            + _GIVEN_BACK
            + r"|凭"
            + _GAP
            + r"{1,12}?领取"
        ),
        N_("扣押财物"),
        penalty_only=True,
        needs_property=True,
    ),
    # things the village took and keeps (拆下的木料一律不再退还, 清走的杂物不予返还): a seizure; a deposit kept
    # is money (CV601, _exempt_by_money)
    _P(
        "CV602",
        ("不", "退返发归"),
        _lazy(r"(?:不予|不再|不|概不|一律不予?)(?:退还|返还|发还|归还|退回)"),
        N_("扣押财物"),
        penalty_only=True,
        needs_property=True,
    ),
    # the member's things disposed of by the village (所用建材统一由村里处理; 将已建部分予以清除)
    _P(
        "CV602",
        ("由", "处置卖"),
        _lazy(
            r"由(?:村委会?|村民委员会|村里|村集体|集体|巡逻队|护村队|村治安巡逻队|村|组|社区|物业)(?:统一)?(?:处理|处置|变卖)"
        ),
        N_("没收财物"),
        penalty_only=True,
        needs_property=True,
    ),
    _P(
        "CV602",
        ("清铲推", "除倒"),
        _lazy(
            r"(?:将|把)"
            + _GAP
            + r"{0,6}?(?:建|房|棚|墙|违章|构筑物|设施)"
            + _GAP
            + r"{0,4}?(?:予以)?(?:清除|铲除|推倒)"
        ),
        N_("强制拆除财物"),
        penalty_only=True,
        defer_bare=True,
    ),
    # the member's grave or works levelled by the village (由村委会组织人员平坟, 推平其围墙); a grave dug up and moved
    # by the village (组织人员起棺迁出, 派人起坟) is taken away like it
    _P(
        "CV602",
        ("坟毁推铲填棺墓",),
        _lazy(r"(?:平坟|平毁|推平|铲平|填平|拆毁|捣毁|起棺|起坟|起墓|迁坟)" + _THING_TAIL),
        N_("毁坏财物"),
        penalty_only=True,
        defer_bare=True,
        self_act=True,
    ),
    # a person seized on the spot and kept until someone fetches him (把人扣下，叫他家里人来领; 将其扣住，等单位来人
    # 接走): the fetching is of him, so the seizing was of him
    _P(
        "CV603",
        ("扣留抓控关", "领接"),
        _lazy(
            # (not 其, which may be the thing named before: 偷砍的竹子将其扣下)
            r"(?:将|把)(?:他|她|人|该人|此人|当事人|违者|行为人)(?:强行|当场|先行?|暂时|临时)?"
            r"(?:扣下|扣住|留下|抓住|控制住|关起来)[^。；;！!？?]{0,6}?[，,]\s*(?:待|等|通知|叫|让|由)"
            + _GAP
            + r"{0,14}?(?:领人|接人|来领|来接|领回|接回|领走|接走)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # held until the family comes for him (由其家人到村部领人)
    _P(
        "CV603",
        ("领接", "人属母长"),
        _lazy(
            r"(?:家人|家属|亲属|监护人|父母|家长)" + _GAP + r"{0,8}?(?:领人|接人|领回本人|领走本人|保人)|"
            # (由其家长来领: the bare fetching closes the clause)
            r"(?:家人|家属|亲属|监护人|父母|家长)(?:来|前来|到村部?|到场)(?:领|接)(?:回|走|人)?"
            r"(?=[，,。；;！!？?\s]|$)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # let go only once someone comes for him (须等其所在村来人领回后，方可离开; 通知家属接走后才放人): he was held
    _P(
        "CV603",
        ("领接保", "离放走回"),
        _lazy(
            r"(?:来人|家人|家属|亲属|亲友|监护人|父母|家长|单位|村里|村委会?|所在村|原籍)"
            + _GAP
            + r"{0,8}?(?:领回|接回|领走|接走|领人|接人|担保|作保|保出)(?:后|以后|之后)?[，,]?\s*"
            r"(?:方可|才能|才可|方能|才准|才|再|予以)(?:离开|回家|放行|放人|返回|走)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # made to wear a mark in public (安排其身穿写有“文明督导”的红马甲值守, 令其佩戴袖标): the person shown
    _P(
        "CV603",
        ("穿戴佩披套挂系别背", "甲心标章带牌帽服衣肩裙"),
        _lazy(
            r"(?:其|他|她|当事人|违者|该人)(?:本人)?(?:身穿|穿上|穿着|佩戴|戴上|披上|套上)"
            + _GAP
            + r"{0,12}?(?:马甲|背心|袖标|袖章|绶带|胸牌|标牌|帽子|牌子)|"
            # worn while he does what he was set to (清扫时须穿着“文明督导”马甲, 劳动期间一律佩戴袖标): the
            # wearer is the one the sanction names
            r"(?:时|期间|过程中)[，,]?(?:须|需|要|必须|应当?|一律|均|统一)(?:身穿|穿上|穿着|穿|佩戴|戴上|戴着|披上|套上|挂上)"
            + _GAP
            + r"{0,12}?(?:马甲|背心|袖标|袖章|绶带|胸牌|标牌|帽子|牌子|红袖章)|"
            # a coloured vest worn for the labour set in a public place (情节恶劣的，穿黄马甲在村口扫地三天): the
            # contract's vest worn while doing it; a safety vest (反光背心) names no colour alone and stays lawful
            r"(?:身穿|穿上|穿着|套上|穿)(?:红|黄|绿|橙|蓝|白)色?的?(?:马甲|背心|坎肩)在"
            + _GAP
            + r"{1,8}?(?:打扫|清扫|扫地|扫|劳动|干活|做工|义务劳动|清理|捡拾|捡|站)|"
            # no one named, but the mark worn where others see him (穿上写有…字样的背心在村口站一天)
            r"(?:身穿|穿上|穿着|佩戴|戴上|披上|套上|挂上)"
            + _GAP
            + r"{0,20}?(?:马甲|背心|袖标|袖章|绶带|胸牌|标牌|帽子|牌子)(?:在"
            + _GAP
            + r"{0,8}?)?(?:站(?!岗)|游|示众|巡走|走一圈|绕)|"
            # any garment or sign bearing a mark, worn after a wrongdoing, whoever is named and whatever he does
            # in it (须身穿印有“乱倒垃圾”字样的马甲清扫, 补种期间佩戴写有“毁林”的袖章): the mark makes it a
            # shaming; a plain safety vest (穿反光背心) carries none
            # (any verb of putting it on: 披挂, 披着, 系上, 别上, 背上)
            r"(?:身穿|穿上|穿着|穿戴|佩戴|戴上|戴着|披上|披挂|披着|系上|系着|别上|背上|背着|套上|挂上|穿|戴|披)"
            + _GAP
            + r"{0,16}?"
            + _WORN_MARK
            + _GAP
            + r"{0,14}?"
            + _WORN_THING
        ),
        N_("游街示众"),
        penalty_only=True,
    ),
    # who he is shown by a verb of showing first (在电梯间张贴欠费业主的房号、姓名和照片)
    _P(
        "CV603",
        ("贴布示开播发推报晒展曝", "名照片像址号牌影"),
        _lazy(
            r"(?:张榜公布|张贴|公布|公示|公开|展示|曝光|播放|发布|推送|通报|晒出)"
            + _GAP
            + r"{1,8}?的(?:房号|门牌号?|姓名|名字|"
            + _LIKENESS
            + r"|家庭住址|住址|车牌号?)|"
            # read out or shown, the person named after the verb and a count (大喇叭每天播报一次其姓名)
            r"(?:播报|播放|通报|宣读|朗读|公布|公示|显示|展示)"
            + _GAP
            + r"{0,6}?(?:其|他|她|该户|当事人|违者|违规者)的?(?:姓名|名字|照片|相片|头像|门牌号?|房号)|"
            # the list of those who did it (在村务栏中公布名单, 张榜公示违规户名单)
            r"(?:张榜公布|张贴|公布|公示|公开|曝光|通报|张榜)(?:违规|违约|欠费|拒交|失信)?(?:人员|户|者)?的?名单"
        ),
        N_("公布违约者姓名"),
        penalty_only=True,
        display=True,
    ),
    # welfare given to all, withheld from the wrongdoer in a clause that names only him (慰问品人人享有，但积分
    # 低于六十分的村民不予发放; 年节福利按户发放，违反本约的除外): the topic of the sentence is what is withheld
    _P(
        "CV605",
        ("予再停取不", "发享配领分适参去"),
        _lazy(
            # (the wrongdoer named by 者 too: 渔需物资优惠价，对违反本约者不再适用)
            r"(?:(?<=[的民户员人庭家者])|(?<=[的民户员人庭家者][，,]))\s*(?:当年|当季|本年度?|次年|[一二两三\d]年内)?(?:一律|均|则)?"
            r"(?:不予|不再|暂停|停止|取消|不|停)"
            # any verb of handing it out or of its applying to him, once or for a count (停分一次)
            r"(?:发放|享受|享有|分配|领取|发给?|分给?|适用)(?:[一两二三\d](?:次|回|年|季|个月))?"
            # or not taken along to it (组织老人旅游时，违约的老人不带其参加)
            r"(?=\s*(?:[，,。；;！!？?]|$))|"
            r"(?:(?<=[的民户员人庭家者])|(?<=[的民户员人庭家者][，,]))\s*(?:一律|均|则)?"
            r"不(?:带|让|叫|邀请|安排|通知)(?:其|他|她|该户)(?:参加|参与|去|同去)(?=\s*(?:[，,。；;！!？?]|$))"
        ),
        N_("取消低保等福利"),
        inherent=True,
        eligibility=True,
        topic_object=True,
    ),
    # money owed to all, held back from the wrongdoer in a clause that names only him (补偿款发放前，凡未签承诺书的
    # 农户一律缓发; 年终分红兑现时，欠缴卫生费的户暂不发放): the share or compensation the sentence opened with is
    # his property (CV602), as when it is named beside the verb
    _P(
        "CV602",
        ("缓停扣不暂", "发放付现"),
        _lazy(
            r"(?:(?<=[的民户员人庭家者])|(?<=[的民户员人庭家者][，,]))\s*(?:当年|本年度?|一律|均|则|都|先)*"
            r"(?:缓发|缓付|暂缓(?:发放|兑现|支付|发)|暂不(?:发放|兑现|支付|发)|停发|扣发|不予(?:发放|兑现|支付)|"
            r"停止(?:发放|兑现|支付))(?=\s*(?:[，,。；;！!？?]|$))"
        ),
        N_("扣发集体收益分红"),
        inherent=True,
        eligibility=True,
        topic_object=True,
    ),
    # (the exception closes the wrongdoer's condition: the words after it are the measure)
    _P(
        "CV605",
        ("外",),
        _lazy(r"(?<=的)除外(?=\s*(?:[，,。；;！!？?]|$))"),
        N_("取消低保等福利"),
        inherent=True,
        eligibility=True,
        topic_object=True,
    ),
    # the community's own costs laid on the wrongdoer (由其家庭承担全村当月的卫生保洁费用): no civil cost
    # of his own harm, a payment as a sanction
    _P(
        "CV601",
        ("担付交缴", "费支开"),
        _lazy(
            r"(?:承担|负担|支付|交纳|缴纳)(?:全村|全组|全体村民|全小区|本组|村里|村集体)"
            + _GAP
            + r"{0,8}?(?:费用|开支|支出)"
        ),
        N_("变相罚款"),
        penalty_only=True,
    ),
    # a treat for the village exacted as a consequence (还须请全村放电影一场)
    _P(
        "CV601",
        ("请招", "村组众体"),
        _lazy(
            r"(?:须|需|要|必须|应当?)(?:宴请|请|招待)(?:全村|全组|全体村民|村民|群众|大家)(?:人)?" + _GAP + r"{0,2}?"
            r"(?:放电影|看电影|吃饭|喝酒|看戏|唱戏|吃)"
        ),
        N_("变相罚款"),
        penalty_only=True,
    ),
    # the same treat in the customary words, with no modal and any community (违者请全寨吃饭, 管全寨人一顿饭, 拿出酒肉请全寨,
    # 出酒出肉招待全村): a feast for the village exacted for the wrong is a fine in kind (docs/clause-codes.md, CV601)
    _P(
        "CV601",
        ("请招待管供责包担", "村组寨屯族社队众体乡家房"),
        _lazy(
            r"(?:(?:拿出|出|备|办|用|买|杀|宰)[^，,。；;：:]{0,8}?)?(?:宴请|请|招待|款待|管|供)"
            + _FEASTED
            + r"(?:人|的人|老少|男女老少)?"
            r"(?:" + _GAP + r"{0,3}?(?:吃饭|喝酒|吃酒|吃|喝|一餐|一顿|饭|酒|聚餐|会餐))|"
            # (the goods laid on named first, the meal left unsaid: 拿出酒肉请全寨)
            r"(?:拿出|出|备|办|用|买|杀|宰)[^，,。；;：:]{0,8}?(?:宴请|请|招待|款待|供)"
            + _FEASTED
            + r"(?:人|的人|老少)?"
            r"(?=[，,。；;！!]|$)|"
            r"(?:负责|承担|包|管)" + _FEASTED + r"(?:人)?(?:的)?(?:一餐|一顿|一次)(?:饭|伙食|酒饭)?"
        ),
        N_("变相罚款"),
        penalty_only=True,
    ),
    # a mark on the household's door (在该户门前悬挂整改提示牌)
    _P(
        "CV603",
        ("门", "挂贴插钉喷刷涂写"),
        _lazy(
            r"(?:门前|门口|家门|门上|大门)"
            + _GAP
            + r"{0,4}?(?:悬挂|挂上|张贴|贴上|插上|钉上|挂|贴|喷涂|喷上|刷上|涂上|写上)"
            + _GAP
            + r"{0,8}?"
            r"(?:牌|标识|标志|告示|旗|字样|标语)"
        ),
        N_("公开曝光"),
        penalty_only=True,
    ),
    # a confession from door to door (带其在本组内逐户上门认错)
    _P(
        "CV603",
        ("户家", "错讨悔歉误失"),
        _lazy(
            r"(?:逐户|挨家挨户|挨户|逐家|挨家)"
            + _GAP
            # (any way of owning up: 逐户上门说明所犯错误, 挨家挨户赔礼道歉)
            + r"{0,4}?(?:认错|检讨|悔过|道歉|(?:说明|讲明|讲清|承认|交代|检查)"
            + _GAP
            + r"{0,4}?(?:错误|过错|过失))"
        ),
        N_("当众检讨"),
        penalty_only=True,
    ),
    # a sign put on his house or gate for all to see (在其院门醒目处钉上「违建户」铁皮牌子, 给该户大门贴上“欠费户”标签):
    # the household marked by its wrong; an honour's plaque (文明户) is left by display
    _P(
        "CV603",
        ("牌志识签幅示", "钉挂贴喷刷写"),
        _lazy(
            # (quoted from the place on, as a sign put up is quoted: 门前悬挂整改提示牌)
            r"(?:"
            + "|".join(
                f"(?<={p}{w})" for p in "在于给往" for w in ("其", "该户", "他家", "她家", "其家", "其户", "当事人")
            )
            + r")"
            + _GAP
            + r"{0,8}?(?:钉上|挂上|贴上|喷上|刷上|写上|钉|挂|贴|喷|刷|张贴|悬挂)"
            + _GAP
            + r"{0,14}?(?:牌子|标牌|木牌|铁牌|牌匾|牌|标志|标识|标签|条幅|横幅|告示)"
        ),
        N_("游街示众"),
        penalty_only=True,
        display=True,
    ),
    # reporting in and asking leave to go out (每月到村部报到一次，外出须向村委会请假)
    _P(
        "CV603",
        ("报请签批同", "到假告准意踪向想动"),
        _lazy(
            r"(?:每(?:半|两|个|[一二三四五六七八九十\d]+个?)?[日天周月季旬]|按[日天周月季旬]|逐[日周月]|定期)"
            + _GAP
            + r"{0,3}?(?:到|去|向|回)"
            + _GAP
            + r"{0,6}?"
            r"(?:报到|签到|(?:书面|口头|当面)?(?:汇报|报告)(?:一次|一回)?(?:其|本人|个人|自己)?的?"
            r"(?:行踪|去向|思想|活动|动向|生活|近况|表现|情况|工作))|"
            # 外出务工，须经村委会批准: the leave may be asked in the next clause of the same sentence
            r"(?:外出|出村|离村|出门|离开本村)[^。；;！!？?]{0,12}?(?:须|需|必须|要|应当?)(?:事先|提前|先)?(?:向|经)"
            + _GAP
            + r"{0,6}?(?:请假|报告|批准|同意)|"
            # leave to be asked in the consequence itself, for his movements (…离开本村过夜的，应事先向网格员请假，
            # 说明去向): a worker's leave from his post (因事不能上岗的，应提前向组长请假) names no movement
            r"(?:须|需|必须|要|应当?|应该)"
            + _GAP
            + r"{0,4}?(?:向|经|找)"
            + _GAP
            + r"{0,8}?请假(?=[^。；;！!？?]{0,24}?(?:去向|外出|离村|出村|离开|行踪|过夜|离家|出门))"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # The person's liberty by mechanism (issue 14, held-out sets A and B): an operator on the person —
    # fetched back, sent home, watched, made to report — rather than a list of the phrases seen.
    # Fetched back after going away (未经批准私自外出的，由治保会派人找回): a person, not a thing
    # (追回被盗财物, 派人找回走失的牛 are things and stay silent).
    _P(
        "CV603",
        ("回返遣籍押解",),
        _lazy(
            r"(?:(?:派人|派员|安排人员|组织人员|专人)(?:将|把)?(?:其|他|她|本人|当事人)?|(?:将|把)(?:其|他|她|本人|当事人|该人员?|此人))"
            r"(?:强行)?(?:找回|追回|抓回|带回|押回|叫回|劝回|接回|领回|送回|遣返)"
            r"(?![^，,。；;！!？?]{0,6}?(?:物|财|款|钱|赃|牛|羊|猪|畜|禽|车|船|货|损失|所得))|"
            # sent home to where he is registered (遣送回原籍, 押回户籍地)
            r"(?:遣送|遣返|押送|押回|强制送回|送回)(?:回)?(?:其)?(?:原籍|户籍地|老家|原居住地|户口所在地)|"
            # escorted under guard to any other place (押送回原寨, 押解回原村, 押往邻村): held on the way, whatever the
            # place; handed to the police or another organ that enforces the law (林业站, 渔政) stays lawful like a
            # citizen's 扭送, and taken home or to a hospital is care
            r"(?:押送|押解|解送|押回|押往|押至|押到)(?:回|至|到|往)?(?!家|医院|卫生院|诊所)"
            r"(?!" + _GAP + r"{0,4}?(?:派出所|公安|警务|警察|民警|司法|法院|边防|检察|林业|渔政|执法|政府))"
            r"(?:其)?(?:原村|原寨|原屯|原组|原地|邻村|邻寨|外村|村外|寨外)?|"
            # escorted back by the village's people (由村干部陪同其回村)
            r"(?:陪同|护送|押着|跟随)(?:其|他|她|当事人)(?:一起|一同)?(?:回村|返村|回家|返回|回原籍|回到村)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # watched by people the village sends (派专人对其进行监视, 安排人员跟踪其行踪)
    _P(
        "CV603",
        ("监盯跟看着候蹲摄探控",),
        _lazy(
            # people sent to watch him (安排两名治保员到其家门口轮流守着; a guard on a place,
            # 组织巡逻队看守仓库, names no person)
            r"(?:(?:派|安排|组织|指派|抽调)"
            + _GAP
            + r"{0,6}?[人员队]"
            + _GAP
            + r"{0,4}?(?:其|他|她|当事人|该户)"
            + _GAP
            + r"{0,10}?|"
            r"(?:派人|派员|派专人|安排专人|安排人员|组织人员|专人)(?:对其|将其|对当事人)(?:进行|实行)?)"
            r"(?:监视|盯守|盯梢|盯着|跟踪|看守|守着|守候|蹲守|监控|看管)|"
            # no one named: the watching ends the clause (违者，派专人看管起来), a guard on a thing does not
            r"(?:派人|派员|派专人|安排专人|安排人员|组织人员|专人)(?:进行|实行)?(?:监视|盯守|盯梢|跟踪|看守|监控|看管)"
            r"(?:起来)?(?=[，,。；;！!？?\s]|$)|"
            r"对其(?:实行|进行|采取)(?:监视|跟踪|盯守|看守|监控|看管|看押|管控)|"
            # the watchers sent, then the one they stay with (派两名治安员跟着他)
            r"(?:派|安排|组织|指派|抽调)"
            + _GAP
            + r"{0,6}?[人员队](?:跟着|盯着|守着|看着|跟随|紧跟)(?:其|他|她|当事人)|"
            # a camera at his door (在该户门前安装监控)
            r"(?:门前|门口|家门)" + _GAP + r"{0,4}?(?:安装|架设|装上)(?:监控|摄像头|探头)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # his comings and goings recorded or watched (对其进出进行登记)
    _P(
        "CV603",
        ("踪向出动", "登监跟限"),
        _lazy(
            r"(?:对|将)(?:其|该户|当事人)的?(?:进出|出入|行踪|行动|去向)"
            + _GAP
            + r"{0,6}?(?:进行|实行|予以)?(?:登记|监控|监视|跟踪|限制)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # kept at the village's study for a time he may not leave (集中在村部学习七日，学习期间不得擅自离开), or going out
    # only with the village's leave (未经治保主任准许不得外出): held, or his movements licensed by the village
    _P(
        "CV603",
        ("习训育省教准批同许意", "离外出开门家"),
        _lazy(
            r"(?:学习|培训|教育|反省|帮教|集训)(?:期间|时|期内)[，,]?\s*(?:不得|不准|不许|不能)(?:擅自|私自|随意)?"
            r"(?:离开|外出|回家|出村|离村)|"
            r"未经" + _GAP + r"{0,10}?(?:准许|批准|同意|允许)[，,]?\s*(?:一律)?(?:不得|不准|不许|不能)(?:擅自|私自)?"
            r"(?:外出|离村|出村|离开本村|离开村|出门|离家|过夜)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # sent to a study class by force (强制其参加法制学习班三天): held for the village's education
    _P(
        "CV603",
        ("班",),
        _lazy(
            r"(?:强制|强行|押送|送)(?:其|他|她|当事人|违者)?(?:参加|进|到|去|入)"
            + _GAP
            + r"{0,10}?(?:学习班|培训班|教育班|法制班|转化班)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # made to report or ask leave because of who he is (刑满释放人员…须按月回村报到): a status, not a
    # wrongdoing of the article, is the ground, and the village is the place reported to
    _P(
        "CV603",
        ("刑释戒毒前劣访重帮监管控疑",),
        _lazy(
            # (or any standing the village gives him: 重点人员, 重点对象, 帮教对象)
            r"(?:刑满释放|释放回村|戒毒|吸毒|有前科|有劣迹|上访|缠访|重点|帮教|监管|管控|可疑)(?:人员|人口|对象|者|的村民|的人员)?"
            # (the village's officer too: 向治保主任请假, 到网格员处登记)
            # (reporting to the law's own scheme, 向社区戒毒工作小组定期报告, is a duty the law imposes, repeated:
            # docs/clause-codes.md)
            r"[^。；;！!？?]{0,30}?(?:到|向|经|回)(?!社区(?:戒毒|矫正|康复))(?:村|社区|治保|调解室|网格|组长|主任|书记|支书|干部)"
            + _GAP
            + r"{0,8}?(?:报到|签到|请假|销假|批准|同意|汇报|报告|登记)"
        ),
        N_("限制人身自由"),
        inherent=True,
    ),
    # a duty to tell the village, its officers or the landlord where one goes (须提前到服务站登记，报告去向和返回时间;
    # 须向房东及楼栋长报告去向): the charter's own watch on a person's movements; telling one's family is care, and
    # a duty the law imposes (社区矫正人员按规定报告) is only repeated
    _P(
        "CV603",
        ("向踪程返", "报告说登汇"),
        _lazy(
            r"(?:须|需|必须|要|应当?|应该|一律)(?:提前|事先|先|及时|主动)?(?:到|向|找)(?!家人|家属|亲属|父母|监护人|子女|家长|老师|学校|班主任)"
            + _GAP
            + r"{1,10}?(?:登记[，,、]?|报备[，,、]?)?(?:报告|说明|告知|汇报|登记|报备)(?:其|本人|自己)?的?"
            # (a journey reported for disease control, 向村报告行程并配合健康监测, is the epidemic law's duty)
            r"(?:去向|行踪|去处|返回时间|返村时间|外出事由)"
        ),
        N_("限制人身自由"),
        inherent=True,
    ),
    # the same reporting when the status stands in a condition of its own (戒毒期满回社区后，每周须到居委会报到):
    # a set rhythm of reporting to the village after a wrong is the charter's own duty
    _P(
        "CV603",
        ("报签汇", "周月旬季期时次"),
        _lazy(
            # (每半个月, 每次出海前: any rhythm, also each time he goes out)
            r"(?:每周|每月|每旬|每半个?月|每季度?|每[一二两三四五六七八九十\d]+(?:天|日|周|个月)|"
            r"每次[^，,。；;！!？?]{0,6}?(?:前|后|时))"
            + _GAP
            + r"{0,6}?(?:须|要|必须|应当?|需|得)?(?:到|向|回)(?:村|社区|治保|调解室|网格|组长|主任|书记|支书|干部|居委会)"
            + _GAP
            + r"{0,8}?(?:当面|书面|口头)?(?:报到|签到|汇报)"
        ),
        N_("限制人身自由"),
        penalty_only=True,
    ),
    # Dignity by mechanism: what identifies the person (a name, a photo, a house number, an address, a
    # plate) put on a medium (a board, a screen, the broadcast, a chat group) by a verb of showing.
    # Only as a consequence of wrongdoing, never for honours (display): the lawful 公示 of 低保 recipients
    # or accounts has no wrongdoing before it.
    _P(
        "CV603",
        ("名照片像址牌号视频图画拍录影", _SHOWN_KEYS),
        _lazy(
            # (or the act that makes the picture: 拍照后在小区电子屏上播放)
            r"(?:姓名|名字|名单|"
            + _LIKENESS
            + r"|拍照|拍摄|拍下|录下|门牌号?|房号|门号|楼号|家庭住址|住址|地址|车牌号?|身份证号|手机号码?)"
            + _SHOWN_ON
        ),
        N_("公布违约者姓名"),
        penalty_only=True,
        display=True,
    ),
    # the list or the names of those described by their wrong, shown (将欠费业主名单在业主群里公布, 违规户的门牌号贴在公告栏):
    # the description names the wrong, so no condition is needed (a list of debtors shown to others, docs/clause-codes.md)
    _P(
        "CV603",
        ("欠拖拒违失", "名号牌", _SHOWN_KEYS),
        _lazy(
            r"(?:欠费|欠款|拖欠|欠缴|欠交|拒交|拒缴|违规|违约|违章|失信)(?:物业费|管理费|费用)?的?"
            r"(?:业主|住户|农户|用户|人员|村民|居民|户|者)?的?(?:名单|姓名|名字|房号|门牌号?)"
            # (the showing forbidden after the list: 欠费业主名单不得在公告栏公布)
            # (shown by a court or under the law, 失信人员名单由人民法院依法公布: the law's own list, rv13)
            r"(?![^，,。；;]{0,12}?(?:不得|不准|不许|严禁|禁止|不予|不会|不能|不对外|不公开|不公布|不张贴|法院|依法))"
            + _SHOWN_ON
        ),
        N_("公布违约者姓名"),
        inherent=True,
        display=True,
    ),
    # his act or his own confession shown (违法行为制成展板, 检讨书张贴在公开栏), or a fact named by its
    # wrongdoing (不孝事实); the points or the accounts of the village are no such fact
    _P(
        "CV603",
        ("违孝文良丑劣检悔证盗赌失", "为迹书讨实过丑", _SHOWN_KEYS),
        _lazy(
            r"(?:违法行为|违规行为|违纪行为|不文明行为|不良行为|不孝行为|丑行|劣迹|检讨书|悔过书|检讨|保证书|"
            r"(?:不孝|违规|违法|违约|违纪|偷盗|盗窃|赌博|失信)(?:事实|经过))" + _SHOWN_ON
        ),
        N_("公布违约者姓名"),
        penalty_only=True,
        display=True,
    ),
    # a mark written or hung on the household's house (在其家外墙上刷上“违建户”)
    _P(
        "CV603",
        ("墙屋房", "写喷刷涂贴挂钉标"),
        _lazy(
            # (the door itself is read by the pattern of a mark on the door, below)
            r"(?:其家|其户|该户|其住宅|其房屋|其住房)的?(?:外墙|墙上|墙壁|墙头|屋外|房屋|房子)" + _GAP + r"{0,4}?"
            r"(?:写上?|喷上?|刷上?|涂上?|贴上?|挂上?|钉上?|标上?|喷涂)" + _GAP + r"{0,10}"
        ),
        N_("公开曝光"),
        penalty_only=True,
    ),
    # a label of disgrace put on the person (宣布其为“不守规约户”, 列为不文明户 on the board): announced or shown
    # only; a rating kept in the village's books (评定为失信户) shows no one
    _P(
        "CV603",
        ("宣公认列定评称命", "户庭员子民"),
        _lazy(
            r"(?:宣布|公布|认定|列为|定为|评为|称为|命名为)(?:其|该户|他|她|当事人|其家庭)?(?:为)?[“\"‘]?"
            r"(?:不(?:守|文明|诚信|孝|讲|合格)|落后|失信|问题|后进|黑|差|反面)"
            + _GAP
            + r"{0,4}?(?:户|家庭|人员|分子|村民)"
        ),
        N_("公开曝光"),
        penalty_only=True,
        needs_medium=True,
    ),
    # a board for shaming named by its label (设立“不孝榜”, 登上不文明行为曝光台); 光荣榜 and 红榜 have none
    _P(
        "CV603",
        ("榜台墙单栏",),
        _lazy(
            r"(?:不(?:孝|文明|诚信|守信|赡养|讲卫生|履约|守法|合格|道德)|黑|耻辱|落后|丑|反面|失信|劣迹|曝光|后进|差评)"
            r"(?:行为|家庭|户|人员|典型)?(?:曝光)?(?:榜|台|墙|名单|榜单|专栏)"
        ),
        N_("公开曝光"),
        penalty_only=True,
    ),
    # made to wear or hold a thing on the body (将所偷物品挂在其胸前, 戴高帽, 举牌), or paraded
    # (带着在本组范围内走一圈, 让其绕村走一遍): the person shown to the village
    _P(
        "CV603",
        ("挂戴套背举扛捧顶绑系持圈遍趟游绕巡", "胸脖颈身背头手帽牌赃偷盗圈遍趟游周回"),
        _lazy(
            r"(?:挂|戴|套|背|举|扛|捧|顶|绑|系)(?:在|上|到|于)?(?:其|他|她|本人|当事人)?的?"
            r"(?:胸前|脖子上?|颈上|颈部|身上|背上|头上|手上|手中|手里)|"
            r"(?:戴上?|挂上?|套上?|举着?|手持|手举|背着|挂着|戴着|扛着)" + _GAP + r"{0,8}?"
            r"(?:高帽|纸帽|牌子|纸牌|木牌|黑牌|标语牌|认错牌|检讨牌|悔过牌|赃物|所偷|所盗|偷来)|"
            r"(?:带着|领着|押着|拉着|牵着|(?:让|叫|令|责令|要求|带领|带)(?:其|他|她|当事人))" + _GAP + r"{0,12}?"
            # (a round of the village with no one leading him, 绕村游走, is the crier's pattern below)
            # (带其绕村一周, 领着他巡回全寨: the place and the round named, or the round through all of it)
            r"(?:(?:走|转|游|绕|巡)(?:上)?(?:全|整个)?(?:村|寨|屯|组|街)?(?:一|两|几|三)?(?:圈|遍|趟|周)|"
            r"(?:巡回|巡游|游走|游行|绕行|走遍)(?:了)?(?:全|整个|各)(?:村|寨|屯|组|街))"
        ),
        N_("游街示众"),
        penalty_only=True,
    ),
    # made to go round the village beating a gong or crying out (提锣沿寨巡走, 敲着锣绕村喊): the old way of
    # showing a wrongdoer to all, after a wrongdoing only (a fire watch crying round the village is none)
    _P(
        "CV603",
        ("沿绕满围全锣鼓叭桶盆边",),
        _lazy(
            r"(?:沿|绕|满|围着|在全)(?:村|寨|屯|街|组|巷)(?:子|庄|里|内|中)?(?:游走|游行|巡游|巡走|喊|"
            r"(?:走|转|游|绕)(?:上)?(?:一|两|几|三)?(?:圈|遍|趟)|"
            # the gong or drum sounded as he goes round (绕寨鸣锣, 沿村敲锣喊话): the round first, then the crying
            r"(?:鸣|敲|打|筛|击)(?:锣|鼓)|(?:喊叫|叫喊|喊话|吆喝))|"
            # a gong, a drum or a loudspeaker carried (手提铜锣, 敲着小锣, 拿着喇叭): the crier of his own deed
            r"(?:提|敲|鸣|打|拎|拿|背|扛|持)着?(?:铜|大|小|破)?(?:锣|鼓|喇叭|铁桶|脸盆)"
            + _GAP
            + r"{0,8}?(?:沿|绕|满|游|喊|走|转|巡)(?:村|寨|屯|街|组)?|"
            # telling his deed as he goes (边走边说自己偷了什么, 一边敲一边喊“我偷了鸡”)
            r"(?:边|一边)(?:走|敲|转)(?:边|一边)(?:说|喊|讲|念|报|叫|数)"
        ),
        N_("游街示众"),
        penalty_only=True,
    ),
    # a gong beaten to own his wrong before all or cry the ban he broke (令其鸣锣认错, 罚他敲锣告众, 打锣喊禁三天): the old
    # crier of his own deed, shown to the place like one led round it; a gong beaten to close the hill for all (鸣锣封山)
    # answers no wrong (t15old)
    _P(
        "CV603",
        ("锣",),
        _lazy(
            r"(?:鸣|敲|打|筛|击|提)着?(?:铜|大|小|破)?锣(?:[\d一两二三四五六七八九十]+(?:天|日|遍|次|声|晚))?[，,、]?"
            r"(?:向|对|在|当着)?[^。；;！!，,]{0,5}?(?:认错|认罪|赔罪|谢罪|请罪|告众|示众|喊禁|喊山|悔过|检讨|自责)"
        ),
        N_("游街示众"),
        penalty_only=True,
    ),
    # the village's things or rooms no longer lent to him (一年内不得借用村集体的帐篷, 停止向其出租村里的场地):
    # the use of a facility (a bare 不得借用 with no wrongdoing is a rule of lending)
    _P(
        "CV605",
        ("借租", "得准予再停暂消"),
        _lazy(
            r"(?:不得|不准|不予|不再|停止|暂停|取消)(?:为|给|向)?"
            + _WHOM
            + r"?(?:借用|租用|借给|出借|出租|租给)(?:其|该户|他|她)?"
            + _GAP
            + r"{0,4}?(?:村|集体|公共|组里|社区|小区)"
            + _THING_TAIL
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # the estate's service named by what the resident does with it (限制其在小区内充电, 停止其车辆停放, 措施包括禁止
    # 停放): charging and parking are the use of the estate's points and places, refused to the doer as a facility
    # would be. Only as a consequence, and with the doer named or the measure listed as a step taken: a bare 禁止在
    # 楼道内充电 forbids the act itself, for all (t16)
    _P(
        "CV605",
        ("限停暂取中冻禁准许让得拒", "充停泊入进借"),
        _lazy(
            # (拒绝 with its doer named: 拒绝按规定停车 is the wrong itself)
            r"(?:(?:限制|停止|暂停|取消|中止|冻结)(?:其|他|她|该户|违者|违规者|该车主|该业主|车主)?|"
            r"拒绝(?:其|他|她|该户|违者|违规者|该车主|该业主))"
            + _NOT_THE_ACT_ITSELF
            + r"{0,10}?(?:充电|停车|停放|泊车|入场|进场|借阅|借书|入馆|进馆|入室)(?!桩|位|设施|设备|区|车位|场|费|卡|证|权|管理|收费|时间|室|登记|手续)|"
            r"(?:禁止|不准|不许|不允许|不再允许|不让|不得|不再让)(?:其|他|她|该户|该车主|该业主|其车辆|该车辆?|其电动车)"
            + _NOT_THE_ACT_ITSELF
            + r"{0,10}?(?:充电|停车|停放|泊车|入场|进场|借阅|借书|入馆|进馆|入室)(?!桩|位|设施|设备|区|车位|场|费|卡|证|权|管理|收费|时间|室|登记|手续)|"
            # (his vehicle first, then barred: 其车辆禁止驶入小区; or the bar for a time, which only a sanction sets: 一个月内
            # 不准在小区内充电)
            r"(?:其|该车主的?|违者的?|违规者的?)(?:车辆|车|电动车|汽车|摩托车)(?:一律|将|均)?(?:禁止|不准|不许|不得|不允许|不予)"
            r"(?:驶入|进入|入场|进场|停放|停车|充电|放行|通行)(?![^，,。；;]{0,4}?(?:消防|通道|楼道|绿化|草坪|人行道|盲道|门口))|"
            r"(?:[\d一二两三四五六七八九十半]+个?(?:天|日|周|星期|月|年)内|今后|永久|永远)(?:均|一律|都|也)?"
            r"(?:禁止|不准|不许|不得|不允许|不再允许|不让)"
            + _NOT_THE_ACT_ITSELF
            + r"{0,10}?(?:充电|停车|停放|泊车|入场|进场|借阅|借书|入馆|进馆|入室)(?!桩|位|设施|设备|区|车位|场|费|卡|证|权|管理|收费|时间|室|登记|手续)|"
            # (the step listed among the measures taken: 采取…措施，包括禁止停放)
            r"(?<=包括)(?:但不限于)?[：:]?(?:[^，,。；;、]{1,8}、)?(?:禁止|不准|不许|限制)(?:其)?(?:在小区内?)?(?:充电|停车|停放|泊车|入场|进场)"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # the village's rooms and equipment closed to him (一年内不准其进入活动室, 健身器材也不许他使用) and its
    # things not lent (集体的抽水机也不借给他): the use of a facility, only as a consequence (活动室内不得吸烟 is a rule)
    _P(
        "CV605",
        ("得准许止让能借租排", "室屋场所施材馆堂家机车具心船园坝坊桩柜备棚"),
        _lazy(
            # (乘坐 the village's bus; 不安排其子女进入村办幼儿园: the place not given)
            r"(?:不得|不准|不许|禁止|不让|不能|不(?:予|再)?安排)(?:"
            + _KIN_WHOM
            + r"|他|她|该户)?(?:再)?(?:进入|使用|借用|入内|进|乘坐|搭乘|入读|入托|入园|入住)"
            + _GAP
            + r"{0,10}?"
            + _VILLAGE_FACILITY
            + "|"
            + _VILLAGE_FACILITY
            + r"(?:也|亦|均|一律|都)?(?:不得|不准|不许|禁止|不让|不能)(?:其|他|她|该户)?(?:再)?(?:使用|进入|借用|入内)|"
            r"(?:村|集体|公共|公用|组里)"
            + _GAP
            + r"{0,10}?(?:也|亦|均|一律|都)?(?:不再|不予|不)(?:借给|出借给?|租给)(?:其|他|她|该户)"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # put out of the village's chat group or its collective activities as a sanction (移出寨群, 踢出微信群;
    # 取消其参加村里文体活动的资格): kept out of what the village does for all (docs/clause-codes.md)
    _P(
        "CV605",
        # (the second set, from the verbs that remove or refuse, keeps it off every sentence naming 村委会;
        # 晚会, 运动会: 会; 敬老宴: 宴; 比赛: 赛)
        ("群动节庆典拜欢宴祭赛歌餐会黑", "出除消停准许让允得禁谢邀逐拉"),
        _lazy(
            # (every verb that puts out: 清除出群, 剔出群聊, 开除出业主群, 逐出群; t16)
            r"(?:移出|踢出|清出|请出|剔出|逐出|(?:移除|清除|剔除|开除|驱逐)出?)(?:其|他|她|该户|当事人|违者|本人)?"
            # (only the group's name between: 开除村籍并踢出群 is two measures)
            # (群组 is the chat group's other name: 移出群组; 群组织 is no group chat)
            r"(?:(?![并和及与、籍])" + _GAP + r"){0,6}?群(?!众|体|组织|组长)|"
            # kept from coming back into it, or blocked (不得再入群, 永久拉黑; t16)
            r"(?:不得|不准|不许|禁止|不允许|不再允许|不让)(?:其|他|她|该人)?(?:再次?)?(?:入|进|加入|进入|回)(?:本|该|业主|村民|微信)?群"
            r"(?!众|体|组织|组长)|(?:永久|直接|一律)?拉黑|"
            r"(?:取消|停止|暂停|不准|不许|不让|不再让|不允许|谢绝)(?:其|他|她|该户|当事人|违者|本人)?(?:家人|全家)?(?:参加|参与)?"
            + _GAP
            + r"{0,24}?(?:"
            + _GATHERING
            + r")|"
            # the gathering first, then the person kept out of it (当年的火把节集体活动不让其参加)
            r"(?:" + _GATHERING + r")(?:等)?(?:活动)?\s*[，,]?\s*(?:也|均|一律|都|概)?"
            # the doers named by their deed in between (…拔河比赛等，对不遵守本约者谢绝参加)
            r"(?:对" + _GAP + r"{1,12}?(?:者|的人|的村民|的户|户))?(?:也|均|一律|都|概)?"
            r"(?:不让|不准|不许|不得|不允许|不再让|禁止|谢绝|不再邀请|不邀请)(?:(?:其|他|她|该户|当事人|违者|本人)(?:家人|全家)?(?:参加|参与|入场)|(?:参加|参与|入场))"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # muted in the chat group (禁言一周, 给予禁言处理, 对其禁言三天): the group's use taken for a time, as being put out of
    # it is (docs/clause-codes.md: its group chats); the admin's switch for all (全员禁言) answers no one's wrong (t16)
    _P(
        "CV605",
        ("言",),
        # (a mute is only ever a sanction, whatever wrong the group names: 刷屏者禁言三天 needs no wrongdoing word)
        _lazy(r"(?<!全员)(?<!全体)(?<!全群)(?<!开启)(?<!设置)(?<!解除)(?<!取消)禁言(?!功能|模式|设置|开关|权限)"),
        N_("停止公共服务"),
        inherent=True,
    ),
    # a red packet sent to the group as the answer to a wrong (罚发红包五十元, 要在群里发20元红包): money paid for it, a
    # fine in the group's own currency (t16)
    _P(
        "CV601",
        ("红",),
        _lazy(
            r"(?:(?:须|要|需|应|得|必须)(?:在|往|向|到)?" + _GAP + r"{0,4}?)?发(?:个|一个|一次)?"
            r"(?:" + _MONEY + r")?的?(?:群)?红包(?:" + _MONEY + r")?"
        ),
        N_("罚款"),
        penalty_only=True,
    ),
    # (罚 names it a penalty whatever the wrong: 开会迟到的，罚其发一个红包)
    _P(
        "CV601",
        ("罚", "红"),
        _lazy(r"罚(?:其|他|她)?发(?:个|一个|一次)?(?:" + _MONEY + r")?的?(?:群)?红包(?:" + _MONEY + r")?"),
        N_("罚款"),
        inherent=True,
    ),
    # the village's papers or services granted to all but the wrongdoers (开具所需证明（拖欠水费尚未结清的除外）):
    # refused to them, told as a grant. The exception is the service's own, right after it; one of age, residence or
    # eligibility is none, and a reward's exception (发放敬老补贴，有聚众赌博记录的除外) is a benefit for the compliant
    _P(
        "CV605",
        ("证服手意", "除"),
        _lazy(
            r"(?:出具|开具|提供|办理|代办|加具)"
            + _GAP
            + r"{0,12}?(?:证明|服务|证件|证照|手续|意见)\s*[，,]?\s*[（(]?"
            + _NOT_ELIGIBILITY
            + r"{0,30}?(?:未(?!满)|违|拒|不(?!在|满|符)|超|政策外|计划外)"
            + _NOT_ELIGIBILITY
            + r"{0,30}?的除外"
        ),
        N_("不予办理证明"),
        inherent=True,
    ),
    # the village's jobs refused to the doer (一律不予聘用, 不再录用其为保洁员); his affairs named first and
    # refused after (其一切事务暂不办理)
    _P(
        "CV605",
        ("聘录雇招事", "予再得消不停"),
        _lazy(
            r"(?:不予|不再|不得|取消|停止)(?:其|他|她|该户|当事人|违者|本人)?(?:聘用|录用|聘任|选聘|招用|雇用|续聘)|"
            r"(?:一切|所有|各项|任何)(?:事务|事项|手续|业务)(?:均|一律|都|也)?(?:暂不|不予|不再|暂停|停止|不)(?:办理|受理)"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # the village's car or hands not sent for him (办红白喜事不再为其派车)
    _P(
        "CV605",
        ("车人事席", "再予给停暂消不"),
        _lazy(
            r"(?:不再|不予|不给|停止|暂停|取消|不(?=为|给|替|帮))(?:为|给|替|帮)(?:其家庭|其户|其家|其|该户)"
            r"(?:派车|出车|派人|安排车辆|提供车辆|用车|"
            # the village's council running his weddings and funerals (红白理事会不为其操办红白喜事)
            r"(?:操办|帮办|主持|张罗|料理|承办)(?:其家的?)?(?:红白喜事|红白事|婚丧事宜|婚丧|婚事|丧事|喜事|白事|酒席))"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # a household's rubbish refused (拒收该户垃圾)
    _P(
        "CV605",
        ("垃圾",),
        _lazy(
            r"(?:拒收|(?:停止|暂停|不再|不予|拒绝|不)(?:上门)?(?:收运|清运|收集|清理|拉运|收))(?:其|该户|其家庭|其户)?(?:家|家里|家中)?的?(?:生活)?垃圾|"
            # the household named first (暂停对其家的垃圾清运)
            r"(?:停止|暂停|不再|不予)(?:对|为|给)?(?:其|该户)(?:家|家庭|户)?的?(?:生活)?垃圾(?:的)?(?:清运|收运|收集|清理|拉运)"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # Services by mechanism: what the village does for its members — vouching on a form, passing on an
    # assessment, acting as their agent for dues and insurance — refused as a consequence.
    # a signature or stamp on the member's form withheld (不在其各类申请表上签署意见)
    _P(
        "CV605",
        ("签盖填", "不拒暂停"),
        _lazy(
            r"(?:不予|不再|暂不|停止|拒绝|不)(?:在|于|为)(?:其|该户|违者|当事人|其家庭)?(?:本人)?的?" + _GAP + r"{0,8}?"
            r"(?:表|表格|申请书|申请|材料|文件|单|证明|合同|协议|证)(?:上|中)?(?:签署|签字|签名|签章|盖章|签注|填写)(?:意见)?"
        ),
        N_("不予办理证明"),
        penalty_only=True,
    ),
    # a veto in the assessment of welfare (在评议低保、危房改造对象时对其实行一票否决): an honour vetoed
    # (评先评优一票否决) names no welfare and stays lawful
    _P(
        "CV605",
        ("否考虑除列纳予", _WELFARE_KEYS + "危房项贷"),
        _lazy(
            r"(?:低保|最低生活保障|救助|救济|补贴|补助|危房|扶贫|帮扶|贷款|惠农|五保|特困|福利|奖学金|助学金|养老|医疗|保障|项目|名额|指标)"
            # (the assessment may be a time clause of its own: 在申请低保时，村里不予评议)
            r"(?:[^，,。；;！!？?]{0,24}?|[^，,。；;！!？?]{0,20}?时[，,]" + _GAP + r"{0,8}?)"
            r"(?:(?:实行|实施|予以|给予|采取|作)?一票否决|"
            # or left out of it (在推荐低保户、五保户时不考虑该户), or its assessment refused
            r"(?:一律)?(?:不予考虑|不考虑|不予列入|不列入|不予纳入|不纳入)(?:其|该户|他|她|该家庭)?|排除在外|"
            r"(?:一律)?不予(?:评议|审核|受理|上报|审批|批准|通过|盖章|签字))"
        ),
        N_("取消低保等福利"),
        penalty_only=True,
        eligibility=True,
    ),
    # barred from a place where the village serves its members: its enterprise, school, clinic
    # (不得在村里的企业务工, 不准其子女进入村幼儿园); 禁止在活动室赌博 forbids conduct and is not read here
    _P(
        "CV605",
        ("企社厂基园校学室市堂", "不"),
        _lazy(
            r"(?:不得|不准|不许|不让|不予|不再|不允许)(?:安排)?(?:其|该户|其家庭|他|她)?(?:子女|孩子|家人|家庭成员)?再?"
            r"(?:在(?:本村|村里|村集体|村办|集体|村)的?" + _GAP + r"{0,6}?"
            r"(?:企业|合作社|工厂|厂|基地|幼儿园|小学|学校|托儿所|卫生室|超市|食堂)" + _GAP + r"{0,3}?"
            r"(?:务工|就业|上班|做工|打工|就读|上学|入学|入托|入园|看病|就诊)|"
            r"(?:进入?|入读|就读|上)(?:本村|村里|村集体|村办|村)的?"
            + _GAP
            + r"{0,4}?(?:幼儿园|小学|学校|托儿所|卫生室))"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # the village's care withheld as an act (年终慰问时不再慰问该户, 不再救助)
    _P(
        "CV605",
        ("慰帮救资扶照访望病诊治", "不停取"),
        _lazy(
            r"(?:不再|不予|不给|停止|取消)(?:对|给|为)?(?:(?:其|该户)(?:家庭|家人|子女|父母)?)?"
            r"(?:慰问|帮扶|救助|资助|扶持|照顾|走访|探望|看病|诊治|治疗|接诊)(?:其|该户|他|她|其家庭)?(?=[，,。；;！!？?\s]|$)"
        ),
        N_("取消低保等福利"),
        penalty_only=True,
    ),
    # the person put last in what the village hands out (在安排务工岗位时把他排在最后)
    _P(
        "CV605",
        ("后末", "排放"),
        _lazy(
            r"(?:(?:把|将)(?:其|他|她|该户|其家庭|当事人)" + _GAP + r"{0,8}?|"
            # or what it hands out (以后的各项惠农项目均排在最后)
            r"(?:项目|补贴|补助|救助|岗位|名额|指标|贷款|推荐|申请|福利|待遇)(?:均|一律|都|也|全部)?)"
            r"(?:排在|排到|放在|放到)(?:最后|最末|末位|最后面)"
        ),
        N_("取消低保等福利"),
        penalty_only=True,
    ),
    # the village's agency withdrawn: dues or insurance it collects and pays for members (不代其收缴养老保险)
    _P(
        "CV605",
        ("代", "不停暂取拒"),
        _lazy(
            r"(?:不再|不予|暂不|停止|暂停|取消|拒绝|不)(?:为|给|帮|替)?(?:其|该户|其家庭|其户|违者|当事人)?"
            # an agency verb is the service itself (不再为其代购化肥, 今后不再代办，); a bare 代 must name
            # what the village paid or fetched for him (不代其收缴养老保险)
            r"(?:(?:代收代缴|代收|代缴|代交|代办|代购|代领|代销|代售)" + _GAP + r"{0,10}|"
            # (a bill of his own the village will not pay for him is no service withdrawn: 不代为承担电费)
            r"(?:代理|代为|代)(?!为?(?:承担|垫付|支付|偿还|赔偿|赔付|付|还|赔))(?:其|该户|其家庭|其户)?"
            r"(?:收缴|收取|缴纳|交纳|办理|申报|领取|购买|缴|交|办|领)?" + _GAP + r"{0,16}?"
            r"(?:保险|医保|社保|费用|费|手续|业务|事项|补贴|补助|款))"
        ),
        N_("停止公共服务"),
        penalty_only=True,
    ),
    # the loss shared by the whole group (由案发地所在组的全体农户共同分摊受害人损失)
    _P(
        "CV608",
        ("全所组", "摊担负赔"),
        _lazy(
            # (全屯各户共同赔偿失主损失: a settlement's households answer for one man's theft)
            r"(?:(?:全体|所有)(?:农户|村民|住户|居民|组员|业主)|所在(?:村民)?(?:小)?组|全组|全村|全(?:组|屯|寨|村|社|队)各户)"
            + _GAP
            + r"{0,4}?"
            r"(?:共同|平均|按户|按人头?|按人口)?(?:(?:分摊|平摊|均摊|摊派|承担|负担)"
            + _GAP
            + r"{0,6}?(?:损失|赔偿|罚款|责任)|赔偿|赔付)"
        ),
        N_("株连处罚"),
        inherent=True,
    ),
    # the estate's common supply cut by its manager (物业公司停止向供电局交纳公共区域电费, 欠费户多的，全小区公共区域停水
    # 停电): the lift, the stairwell lights and the pumps serve every owner, so all of them bear what some owed (a
    # building or a settlement bearing others' act, docs/clause-codes.md); the manager's stopping the common bills it pays
    # is the cut itself, a cut told as an outage only after a wrong (因检修，公共区域停电 is maintenance)
    _P(
        "CV608",
        ("停再", "交缴付垫", "费"),
        _lazy(
            r"(?:停止|暂停|不再|停)(?:向"
            + _GAP
            + r"{1,14}?)?(?:交纳|缴纳|支付|代缴|代交|垫付|垫交|交|缴)"
            + _GAP
            + r"{0,8}?"
            r"(?:公共区域|公共部位|公区|公共设施|小区公共|楼道|电梯|二次供水)"
            + _GAP
            + r"{0,4}?的?(?:水电费|电费|水费|用电费|用水费)"
        ),
        N_("株连处罚"),
        inherent=True,
    ),
    _P(
        "CV608",
        ("区位楼栋", "停断"),
        _lazy(
            r"(?:公共区域|公共部位|公区|全小区|整个小区|整栋楼?|全楼|全栋)" + _GAP + r"{0,4}?"
            r"(?:停水停电|停电停水|停水|停电|断水断电|断电断水|断水|断电)"
        ),
        N_("株连处罚"),
        penalty_only=True,
    ),
    # --- what a deprivation takes from the sanctioned person, by the class of its object ------------
    # The patterns above name the measures charters usually write; these read the structure instead:
    # a deprivation verb governing the sanctioned person (取消其…, 暂停该户…, 停止对其…) in a
    # consequence, and the class of what it takes. Honours and points stay lawful.
    *(
        _P(
            code,
            (_DEPRIVE_KEYS, keys),
            _lazy(_DEPRIVATION + objects + _PHRASE_END),
            what,
            penalty_only=True,
            eligibility=True,
            nominal=True,
            generic=True,
        )
        for code, keys, objects, what in _DEPRIVATION_CLASSES
    ),
    *(
        _P(
            code,
            (_WITHHELD_KEYS, keys),
            _lazy(objects + _WITHHELD_AFTER),
            what,
            penalty_only=True,
            eligibility=True,
            object_first=True,
            generic=True,
        )
        for code, keys, objects, what in _DEPRIVATION_CLASSES
    ),
    # --- the same classes read across the whole sub-clause ---------------------------------------
    # Real articles put words between the taking and its object (停止其家中用水, 断开该户的小区光纤宽带
    # 接入, 对该户的施工临时用电和家庭生活用电一并停止供应): within one sub-clause, a deprivation and an
    # object of a class are read together whatever stands between them, except an honour or points.
    # Tried last and yielding to every other reading of the same words.
    *(
        _P(
            code,
            (_DEPRIVE_KEYS, keys),
            _lazy(_WIDE_DEPRIVATION + _WIDE_GAP + r"(?P<object>" + objects + ")"),
            what,
            penalty_only=True,
            eligibility=True,
            nominal=True,
            generic=True,
            wide=True,
        )
        for code, keys, objects, what in _DEPRIVATION_CLASSES
    ),
    *(
        _P(
            code,
            (_WIDE_WITHHELD_KEYS, keys),
            _lazy(r"(?P<object>" + objects + ")" + _WIDE_GAP + _WIDE_WITHHELD),
            what,
            penalty_only=True,
            eligibility=True,
            object_first=True,
            generic=True,
            wide=True,
        )
        for code, keys, objects, what in _DEPRIVATION_CLASSES
    ),
    *_STANDING_PATTERNS,
)

# Every CV607 target and every explicit CV608 term contains one of these.
# (头, 边, 并: 两头走, 两边走, 并家, marriages where neither side moves; 适, 阁, 归, 门, 亲: 适人, 出阁, 于归,
# 出了门, 成亲, her marriage in older or spoken words; 父: 父亲为外村人的, a child's share by its parents' marriage;
# 贞: 失贞, her supposed chastity; 孀, 嫠, 醮, 休: a widow, her remarriage or divorce in older words; 许, 订: betrothed)
_WOMEN_KEYS = frozenset("嫁婚离丧寡女赘婿倒郎男母娶媳头边并适阁归门亲夫婆娘父贞孀嫠醮休许订")
# (同受家法, 亲属代偿: 同 and 代 too)
_COLLECTIVE_KEYS = frozenset(
    "株坐连并样等全家户族阖同代父兄替祸"
)  # 株连, 连坐, 连带/一并/同样/同等处罚, 五户同罚, 阖族同罚, 罪及父兄, 替其受罚, 祸及家人
# for each key position: character -> bits of the patterns whose key set at that position holds it; a
# pattern with fewer key sets meets every later position (its bit in _KEYLESS_MASKS). Built in one pass over
# the patterns' key sets (a pass per character over all patterns cost a fifth of the analyser's import).
_KEY_DEPTH = max(len(p.keys) for p in _PATTERNS)


def _key_masks() -> tuple[tuple[dict[str, int], ...], tuple[int, ...]]:
    masks: tuple[dict[str, int], ...] = tuple({} for _ in range(_KEY_DEPTH))
    keyless = [0] * _KEY_DEPTH
    for index, pattern in enumerate(_PATTERNS):
        bit = 1 << index
        for depth in range(_KEY_DEPTH):
            if depth >= len(pattern.keys):
                keyless[depth] |= bit
                continue
            table = masks[depth]
            for ch in pattern.keys[depth]:
                table[ch] = table.get(ch, 0) | bit
    return masks, tuple(keyless)


_KEY_MASKS, _KEYLESS_MASKS = _key_masks()
_KEY_CHARS = frozenset().union(*_KEY_MASKS)
# The same tables with every key character in each (0 where it opens nothing at that position): `_runnable`
# then ORs a sentence's masks with map(table.__getitem__) and reduce, in C, instead of a Python loop over
# characters and positions (that loop cost a fifth of the analysis of the bundled county).
_KEY_MASKS_FULL: tuple[dict[str, int], ...] = tuple({ch: table.get(ch, 0) for ch in _KEY_CHARS} for table in _KEY_MASKS)
