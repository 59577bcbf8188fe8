"""The clause analyser's word classes that the measure patterns are built from: amounts of money, the
pronoun that names the sanctioned person, the gap allowed between an action and its object, and the
objects a measure takes (dividends, land, welfare, certificates, membership, homes, facilities, supplies).
"""

from __future__ import annotations

import re
from typing import ClassVar


class _LazyRegex:
    """A pattern compiled on first use: a clean charter needs few of them (their keys rarely occur),
    and compiling all of them up front cost more than analysing the bundled county. Its source is read
    without compiling it (`_WRONGDOING.pattern` builds other patterns at import)."""

    __slots__ = ("_args", "_compiled")
    declared: ClassVar[list[_LazyRegex]] = []  # every pattern of the analyser, for the kept table (compiled.py)

    def __init__(self, *args):
        self._args, self._compiled = args, None
        _LazyRegex.declared.append(self)

    @property
    def pattern(self) -> str:
        return self._args[0]

    def __getattr__(self, name: str):
        if self._compiled is None:
            from . import compiled  # the code kept from an earlier run, when there is some

            self._compiled = compiled.compile(*self._args)
        return getattr(self._compiled, name)

    @property
    def source(self) -> tuple[str, int]:
        """(pattern, flags), as `compiled.keep` takes them."""
        return self._args[0], self._args[1] if len(self._args) > 1 else 0


def declared_patterns() -> list[tuple[str, int]]:
    """(pattern, flags) of every pattern the analyser declares (its modules imported), once each."""
    return list(dict.fromkeys(lazy.source for lazy in _LazyRegex.declared))


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return _LazyRegex(pattern, flags)  # type: ignore[return-value]  # it stands in for the compiled pattern


_NUM = r"(?:\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+)"
# An amount of money: 200元, 五十元至一百元, 200至500元, 1000元以下. It must end in 元/块 so that
# 一律, 十分 and counts of days do not pass for money.
_MONEY = (
    rf"(?:人民币)?{_NUM}(?:元|块钱?)?(?:\s*(?:以上|至|到|—|－|-|~|～|或)+\s*{_NUM})?\s*(?:元|块钱?)"
    r"(?:以上|以下|以内|左右)?"
)
# Old money fined by the coin's name (白银, 大洋, 铜钱, 制钱; the northern strings and notes of the late Qing and the
# Republic: 大钱, 京钱 and 东钱 counted in 吊, 钱票, 官票, 铜子): one list for the fine and for its sum put into a fund
_OLD_COIN = (
    r"(?:白银|纹银|银子|银两|银元|银洋|大洋|光洋|洋钱|铜钱|铜元|铜板|铜圆|铜子儿?|制钱|大钱|京钱|东钱|清钱|老钱|钱票|官票|纸票|"
    r"银|钱|洋)"
)
# (翻番, 翻一番: doubled, said without 倍)
_MULTIPLE = r"(?:双倍|加倍|翻倍|翻一?番|(?:[一两二三四五六七八九十]|\d+)倍)"
# Who the action falls on: a governed pronoun marks the sanctioned person.
_WHOM = r"(?:其|该户|违者|违规者|当事人|本人|其家庭|其户|他|她)"
_GAP = r"[^，,。；;：:！!？?\s]"  # one character of a gap that never crosses a clause
# 不分 before a pair of opposites or a measure's range (不分股份多少, 不分男女, 不分面积大小) means "whatever the …": it
# divides nothing out, it names what makes no difference. Put right after every 分 a denial reads.
_NOT_REGARDLESS = (
    r"(?!" + _GAP + r"{0,6}?(?:多少|多寡|大小|高低|先后|有无|远近|长短|男女|老少|老幼|贫富|亲疏|内外|与否|是否))"
)
# What follows a seizure and belongs to it (没收其渔具), up to the next coordinated action (…并处罚款).
_THING_TAIL = r"[^，,。；;：:！!？?\s并和及或、]{0,8}"
_VILLAGE_PLACE = (
    r"(?:村委会?|村民委员会|村部|村办|村委办公室|村办公室|祠堂|村里|村上|组上|大队部|队部|"
    # rooms of the village's own (隔离在村卫生室, 关在活动室, 带到村治保会, 关在村警务室)
    r"村?(?:治保会|治保室|治安室|调解室|警务室|卫生室|活动室|会议室|联防队部?|巡逻队部?)|值班室|保安室|杂物间|小黑屋)"
)
# The going between the villagers and their help at a household's wedding or funeral (不得前往帮忙, 不再上门帮忙,
# 不去抬棺): any way of coming to the feast, so the withheld help reads the same whichever verb brings them.
_HELP_GOING = r"(?:前往|前去|过去|上门|到场|到家|派人|出人|去|来)"
# The clan's seat and its elders, where old rules bring or keep a wrongdoer (缚送族长, 锁于祠中, 执送房长)
_CLAN_SEAT = (
    r"(?:宗祠|祖祠|家祠|祠堂|祠内|祠中|祠|家庙|祖庙|祖堂|族长|房长|族正|族老|寨老|头人|族中|房中|公所|会所|款坪|鼓楼)"
)
# Holding a person rather than a thing: 扣留审查, 扣留二十四小时.
_PERSON_HOLD = (
    r"(?:审查|盘问|询问|问话|讯问|调查|反省|交代|写检讨|过夜|一夜|[\d一二两三四五六七八九十]+个?(?:小时|钟头|夜|晚上?))"
)

# the state's payment for farming paid through the village (粮食直补, 粮食补偿款): a subsidy (CV605), not his own
# compensation (CV602), whatever verb takes it (docs/clause-codes.md, tenth session); the compensations below
# exclude it with (?<!粮食)
_GRAIN_SUBSIDY = r"粮食(?:直补|直接补贴|补偿款|补偿金|补偿)|粮补|直补"
_DIVIDEND = (
    r"(?:集体收益分配|收益分配|分配款|分配金|配股(?:资格)?|集体经济分红|集体分红|年终分红|分红款?|红利|股红|红股|股金|股份(?!(?:经济)?合作社(?:成员|股东|社员)?(?:代表)?(?:大会|会议|活动|组织的)|有限|公司)|股权|"
    # (扣其应得收益: the income due to him, named as his due)
    r"(?:(?<=应得)|(?<=应得的)|(?<=应分)|(?<=应分的))收益|"
    # (and by their short names, 征地款, 占地款, 土地款, 青苗款, 安置款: a word fix, t14old)
    r"征地补偿(?:款|费)?|土地补偿(?:款|费)?|征地款|占地款|土地款|青苗款|安置款|(?<!粮食)补偿款|(?<!粮食)补偿金|安置(?:补助)?费|青苗(?:补偿)?费|集体收益|(?:土地)?流转(?:收益|费|租金|金|款)|"
    # the rent the collective lets his land for and pays him (从其应得的土地租金中抵扣)
    # and what a collective wood, orchard or pond yields him (林木收益, 果园收益)
    r"(?:土地|林地|山林|林木|林果|果园|茶园|鱼塘|水面|草场|草原|耕地)(?:出租|经营)?(?:租金|收益)|"
    # a clan's shares to its members from its ritual land (胙肉, 祭谷, 丁谷): their dividend in kind
    r"胙肉|胙|祭谷|丁谷|丁粮|(?:祭田|祠田|族田|公田|祠产|族产)(?:收益|租谷|租金|分成))"
)
_LAND = (
    r"(?:地块|田块|田地|菜地|承包地|承包田|责任田|口粮田|土地|耕地|林地|山林|自留地|自留山|宅基地|承包经营权|林权|"
    r"果园|茶园|菜园|鱼塘|水塘|水面|荒山|山场|林场|草场|"
    # land the collective allots for a use (机动地, 口粮地, 饲料地), and the pasture a herder holds
    r"机动地|机动田|口粮地|饲料地|责任地|轮歇地|开荒地|草地|草原|牧场|"
    # hills held for what they yield (松茸山, 虫草山, 竹山): land like a field
    r"(?:松茸|菌|虫草|竹|茶|柴|果|草|承包)山)"
)
# What may follow an object and belongs to the phrase (惠民补贴, 土地承包权, 一切证明和手续).
_OBJECT_TAIL = r"(?:补贴|补助|政策|资金|待遇|资格|承包权|使用权|申请权|经营权|分配权|证明|手续|保险|报销|款|金|权)?"
_WELFARE = (
    r"(?:低保(?:金|资格|待遇)?|最低生活保障|奖补(?:资金)?|补奖(?:资金)?|(?<!误工)补贴|(?<!误工)补助|救助|救济|惠民(?:政策|资金)?|"
    r"优惠(?:政策|待遇)?|(?:平价|折扣|优待|内部)价(?:格)?|"
    # the favours the village grants its members, by any name (本村给的任何优待, 优抚待遇, 照顾政策)
    r"优待(?:政策|待遇)?|优抚(?:政策|待遇)?|照顾(?:政策|待遇)|(?<!村民的)(?<!成员的)(?:一切|各项|所有|各种)待遇|扶持政策|福利|医保|医疗保险|合作医疗|养老(?:金|保险|补贴)|"
    # insurance the village buys for its households (统一购买的农业保险)
    r"(?:农业|政策性|农房|种植业?|养殖业?|能繁母猪|森林|意外伤害|小额人身)保险|五保|特困|扶贫|帮扶|资助|"
    r"慰问|社会保障|优先(?:入托|入学|入园|就学|就读|上学|招工|就业|安置)(?:[、和及]?(?:入托|入学|入园|就学|就读|上学))*(?:的?权利)?|公共服务|惠农|"
    + _GRAIN_SUBSIDY
    # goods and money shared out at the festivals, and the clan's relief, granary and school in old words (年货, 过节费,
    # 米面油; 恤银, 周恤, 义仓谷, 义学, 膏火)
    + r"|年货|过节费|过年费|节日(?:物资|福利|礼品|慰问品|补助|费)|米面油|粮油|恤银|恤金|周恤|抚恤(?:金)?|赈济|"
    r"义仓(?:谷|米|粮)?|社仓(?:谷|米|粮)?|义谷|义米|膏火(?:银|钱|费)?|宾兴(?:银|钱|费)?|义学|族学"
    + r"|高龄津贴|津贴|奖学金|助学金|(?:助学|升学|考学|入学)奖(?:励)?(?:金|款|资金)?|公益(?:项目|事业|服务)|惠民项目|(?:门禁|停车|电梯|物业)服务|门禁卡?|电梯卡)"
)
_CERT = (
    r"(?:(?:各类|一切|任何|各种|有关|相关)?(?:证明|证件|证照|证书|户口|户籍|准生证|生育证|生育服务证|准迁证|迁移证|"
    r"身份证|结婚证|介绍信|手续|事项|业务|建房|盖章|签字|公章|印章|担保|贷款|入学|就业)|各类|一切|任何)"
)
# Voting and election rights written out (参加村民会议和选举的权利, 选举和被选举的资格): a member's status too.
_VOTING_MATTER = r"(?:村民(?:代表)?(?:会议|大会)|(?:被)?选举|表决|投票)"
_VOTING_RIGHTS = (
    r"(?:(?:参加|参与)?" + _VOTING_MATTER + r"(?:(?:和|及|与|、|或)" + _VOTING_MATTER + r")*的?(?:权利|权|资格)"
    r"(?<!会议的权利)(?<!会议权利)(?<!大会的权利)(?<!会议资格))"
)
_MEMBERSHIP = (
    # (a term or a place before it: 本届选举权, 村集体经济组织成员资格, 本社区集体经济组织成员身份)
    r"(?:(?:本村集体|本组集体|本社集体|本村|本组|本社区|本社|本寨|本屯|本嘎查|本队|村里|村集体|本集体|社区|村|集体经济组织|本届|本次|下届|下一届|今后)?的?"
    r"(?:村民资格|村民身份|村民待遇|成员资格|成员身份|成员权利?|社员资格|社员身份|社员权利?|村民权利?|股东(?:权利?|资格|身份)|"
    # voting rights are a member's status (docs/clause-codes.md CV606)
    r"(?:村民)?(?:被)?(?:选举权|表决权|投票权)|" + _VOTING_RIGHTS + "|"
    r"(?:组员|寨民|屯民)(?:资格|身份|权利?)|(?:村|组|社|寨|屯|嘎查|生产队|队|浩特|款|峒|垌|庄|堡)籍|"
    r"户籍|集体经济组织成员(?:资格|身份)?|"
    # a villager's rights as a whole (本村村民的各项权益, 村民的一切待遇): membership, not one benefit
    r"(?:村民|成员|社员|股东)的?(?:一切|各项|所有|全部)(?:合法)?(?:权益|权利|待遇)))"
)
_HOME_WORDS = r"(?:本|该)(?:村|寨|屯|嘎查|组|社|集体经济组织)"
# A member's status or its papers, named before what takes it (其成员资格…丧失, 股东资格予以取消).
_MEMBER_STATUS = (
    r"(?:(?:村民|社员|成员|股东|组员|集体经济组织成员)(?:资格|身份|证)|"
    # all he holds as a member, named as such (其在本村享有的一切权益同时终止)
    r"(?:在" + _HOME_WORDS + r")?(?:享有|享受)的(?:一切|所有|各项|全部)(?:合法)?(?:权益|权利)|"
    # what he held in the group, named as a whole (今后组内的各项权益不再保留)
    r"(?:村|组|社|寨|屯|嘎查|集体)(?:内|里)的(?:一切|所有|各项|全部)(?:合法)?(?:权益|权利)|"
    r"(?:村|组|社|寨|屯|嘎查|生产队|队|浩特|款|峒|垌|庄|堡)籍|户籍|户口|股东证|社员证|股权证)"
)
# A household's connection to a supply: cutting it is CV604, not the pulling down of property (CV602).
_FACILITY = r"(?:(?:自来水|供水|输水|燃气|天然气)?管道|自来水表|自来水管|水阀|阀门|总阀|闸阀|水龙头|龙头|电闸|水闸|总闸|闸刀|进户线|入户线|接户线|线路|管线|电缆|网线|光纤|水管|电线|电表|水表)"
_SUPPLY = (
    r"(?:供水|供电|供气|供暖|供热|用水|用电|用气|水电|水源|电源|自来水|饮用水|水管|电线|电表|水表|"
    r"网络|宽带|有线电视|电视信号|信号(?:传输)?|燃气|天然气|暖气|液化气|采暖|取暖|热水|放水|灌溉用?水|"
    # the water a field is watered with, by any way of watering (渠灌用水, 农灌水, 浇地用水)
    r"(?:渠灌|井灌|漫灌|喷灌|滴灌|农灌|浇地|生产)用?水|渠水|井水|库水|塘水|"
    # drinking water by any name, and what a quay supplies a boat (岸电, 淡水)
    r"饮水|生活水|岸电|淡水|"
    # a household's share of the collective's water, the old words too (停其水份, 取消其用水权)
    r"水份|用水权|水权)"
)
# A tariff's price after a label and a colon, by the unit (偷挖竹笋：每根30元; 毁坏路灯：每盏200元): the wrong it prices
# is the label (analysis: a condition; patterns: the measure is the price).
_UNIT_PRICE = r"[：:]\s*(?:每[^，,。；;：:\d一二两三四五六七八九十百千元块]{1,3}?){1,3}" + _MONEY
