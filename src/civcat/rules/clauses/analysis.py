"""The clause analyser's reading of one article: its sentences and sub-clauses, each candidate measure
checked against its condition, prohibition and permission scope, penalty context and the lawful
look-alikes, the code decided by what is taken and who bears it; `unlawful_measures` is the entry point.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import reduce
from operator import or_

from ...i18n import N_
from ..text import simplified_in_place
from .measure import Measure
from .patterns import (
    _ARREARS_FIRST,
    _ASSOCIATION_HEAD,
    _COLLECTIVE_KEYS,
    _HONOUR_BEFORE,
    _KEY_CHARS,
    _KEY_MASKS_FULL,
    _KEYLESS_MASKS,
    _MEMBER_TREATMENT,
    _PATTERNS,
    _SETS_PROVISIONS,
    _SHOWN_MEDIUM,
    _SUPPLY_USER,
    _TAKING_VERBS,
    _WIDE_GAP_AFTER_OBJECT_BARRED,
    _WIDE_GAP_BARRED,
    _WOMEN_KEYS,
    _Pattern,
    _share_or_land_what,
)
from .structure import (
    _ADVANCED,
    _AMOUNT_UNIT,
    _ANONYMISED,
    _APPLICATION,
    _ASSERTED,
    _BEAST_OR_THING_HELD,
    _CIVIL,
    _CLAUSE_BREAK,
    _CONDITION_CLAUSE,
    _CONDITION_DE,
    _CONDITION_OPENER,
    _CONDITION_ZHE,
    _CONSEQUENCE,
    _CONSEQUENCE_RESET,
    _CONTRABAND,
    _CONTRACT,
    _DEDUCTED_AFTER,
    _DEDUCTS,
    _DEFER_ACTOR,
    _DEFER_BARE,
    _DEPOSIT,
    _DEPOSIT_NAMES,
    _DOCUMENT,
    _DOER_BY_WRONG,
    _DOING_WITHOUT_DE,
    _DUE,
    _DUE_MATTER,
    _EACH_TIME,
    _ELIGIBILITY,
    _FEE,
    _FOLLOWING_OBJECT,
    _FORBIDDEN_ACT,
    _FORBIDS_ACTS,
    _GAP_NEGATION,
    _HELD_BEFORE,
    _HOLDS_DOCUMENT,
    _NOMINAL_FOLLOW,
    _NOT_RESIDENT,
    _ONE_DOER,
    _OUTSIDE_RULE,
    _OWN_SUPPLY_MATTER,
    _OWNER_TAKES,
    _PAY_WORD,
    _PAYMENT_BEFORE,
    _PER_OFFENCE,
    _PERSON_WORD,
    _POINTS,
    _POSITIVE,
    _POSSESSIVE_OPENER,
    _PROHIBITED_TARGET,
    _PROHIBITION,
    _PROHIBITION_BY_PRETEXT,
    _SANCTIONED,
    _SEIZABLE,
    _SEMICOLON,
    _SENTENCE_BREAK,
    _SENTENCE_SERVED,
    _SET_OFF,
    _SUPPLIER,
    _SURCHARGE,
    _TAKEABLE,
    _TAKEN_FROM_HOLDINGS,
    _TOLD_TO,
    _VILLAGE_DIRECTS,
    _VILLAGE_OWNED_BEFORE,
    _WHOM_WORDS,
    _WRONG_BEYOND_BARE,
    _WRONG_TOPIC,
    _WRONGDOER_TOPIC,
    _WRONGDOING,
    _holds_person,
    _own_scheme,
)
from .targets import (
    _ACCESS_AFTER,
    _ALREADY_ELSEWHERE,
    _AUDIENCE_AFTER,
    _AUDIENCE_BEFORE,
    _AUDIENCE_PLACE,
    _CIVIL_JOINT,
    _COLLECTIVE_EXPLICIT,
    _COLLECTIVE_TARGET,
    _COLLECTIVE_TARGET_KEYS,
    _CONSENT_REFUSED,
    _CONTAINS_TARGET_CODES,
    _DENIAL,
    _ENTITLEMENT,
    _EXCLUDED_BEFORE,
    _GROUP,
    _GROUP_ACT,
    _HER_ACT_AFTER,
    _HER_CHOICE,
    _HER_RIGHT_AFTER,
    _HOUSEHOLD,
    _ITEM_NUMBER,
    _KIN_AS_MATTER,
    _LOSS_OPPOSED,
    _MAY_BEFORE,
    _MEASURE_CODES_FOLDED,
    _MEMBER_ACT,
    _MEMBER_DOER,
    _OTHERS,
    _PUNISH_KEYS,
    _PUT_TO_VOTE,
    _REGARDLESS,
    _SCHOOL,
    _UNPLANNED_CHILD_RE,
    _UNPLANNED_KEYS,
    _WOMEN_TARGET,
    _women_what,
)
from .vocabulary import (
    _DIVIDEND,
    _GAP,
    _GRAIN_SUBSIDY,
    _HELP_GOING,
    _LAND,
    _MONEY,
    _MULTIPLE,
    _OLD_COIN,
    _UNIT_PRICE,
    _WELFARE,
    _lazy,
)


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int
    cond_end: int  # end of the condition part; == start when the clause has none


# A sub-clause that is only the label a 红黑榜 or a points table gives wrongdoers (年度黑榜户，…; 失信人员，…):
# the doer named by his label, a condition without 的.
_LABELLED_DOER = _lazy(
    # (评定为失信户 is the label given, not the doer: no verb before the label)
    r"\s*(?:凡|对)?[^，,：:\s为入定评列记成作]{0,4}?(?:黑榜|黑名单|失信|不文明|违约|违规)(?:户|家庭|人员|者|人|农户|住户)\s*"
)


# a turn of the argument before an "if" (但如果, 可是一旦, 不过要是): the if clause is a condition all the same
_TURN = r"(?:但是|但|而|可是|不过|然而)?"
# a whole sub-clause opened by "if" with a wrong in it (如不清扫自家门前积雪，则…): a condition without 的
# (a 的 inside is read by the 的 rules, 如存在以下行为的一律不予盖章; a consequence word inside, 如果私自燒荒將停發補貼,
# makes the clause its own consequence)
_IF_CLAUSE = _lazy(
    r"\s*"
    + _TURN
    # (an old rule's "if" and "as for": 倘, 设若, 苟, 至若, 至子侄不敬尊长; not 至今, 至少 or a date)
    + r"(?:如果|如若|倘若|假如|若是|要是|一旦|只要|如|若|倘|倘或|设若|设或|苟|至若|至如|"
    r"至(?!今|少|多|此|迟|晚|早|关|于今|上|[\d一二两三四五六七八九十年月日]))"
    r"(?!有违反|违反)[^，,的將将则則就便予罚罰停取]{2,30}$"
)


# a tariff row's label, a colon and a price by the unit after it (偷挖竹笋：每根30元): the wrong it prices is the condition
_PRICED_ROW = _lazy(_UNIT_PRICE)
# the excess over a limit the article forbids, named as a clause of its own (不得超过二十桌。超出部分，按每桌…): the
# wrong it prices; over a ration with no ban (每月限十吨，超出部分按每吨三元) it is a price ladder
# (超出, 超过 only: _WRONGDOING, which the condition must also hold, knows the excess by these two words)
_EXCESS_TOPIC = _lazy(r"\s*(?:凡|对|对于)?(?:超出|超过)(?:的)?部分\s*")
# a household named by its deed, the condition of a clause of its own (失火之家，…; 违约之户，…)
_HOUSE_OF_DEED = _lazy(r"之(?:家|户|人)\s*$")
# a cause of its own clause that led to harm (因焚烧秸秆引起山林失火，将…罚款; 由于放养鸭群导致秧苗被毁，…): the wrongdoing
# it names is the condition of what follows, though no 的 closes it (a mere reason, 因资金未到位，补贴推迟发放, is none)
_CAUSE_CLAUSE = _lazy(
    r"^\s*(?:凡|如|若|如果|一旦)?(?:因|由于)(?!此|而|故)[^，,]{1,24}?(?:引发|引起|造成|导致|致使|酿成)[^，,]{1,12}$|"
    # the ground a ruling tells the village gave (以王某之子盗窃为由，…), a wrongdoing in it; under a prohibition
    # (不得以…为由) the clause does not open on 以
    r"^\s*以[^，,]{2,24}?为(?:由|理由)$|"
    # a sum left unpaid as the cause (因未交物业费，…; 由于拖欠卫生费，…): the debtor's failure is the wrong the measure
    # answers, though no 的 closes it (因资金未到位 is the village's lack, no sum he owes)
    r"^\s*(?:因为|因|由于)(?:其|他|她|该户|业主|住户|村民)?[^，,]{0,4}?(?:未|没|没有|不|拒|拒不|欠|拖欠|欠缴|欠交|迟交|少交)"
    r"(?:按时|按期|足额)?(?:交|缴|付|纳)?[^，,]{0,12}?(?:费|款|租金|租|钱|税|提留|摊派)$|"
    # a named person's own act as the cause, in a report of a case (村民李某因在河里电鱼，被…; 王家因为乱倒垃圾，…): the
    # person who did it stands before 因, so it is no circumstance (因资金未到位 names nobody)
    r"^\s*[^，,因]{0,8}?(?:某|某某|[某李王张刘陈杨赵黄周吴]家|村民|居民|住户|农户|此人|该人|该户|该村民|他|她)(?:因为|因|由于)(?!此|而|故)[^，,]{2,24}$"
)
_LEADING_NUMBER = _lazy(r"(?:\s*第[一二三四五六七八九十百零〇\d]+条\s*)?")
# The frame a rule is told in, with no comma before its opener (村民会议决定对拒交…的农户停止供电; 该组规约规定凡…的):
# the rule's condition starts at the opener, as if the frame were not there.
_FRAME_BEFORE_OPENER = _lazy(
    r"[^，,：:。；;的]{1,14}?(?:决定|规定|议定|约定|明确|决议|通过)(?=对于|对|凡是|凡|但凡|如果|如有|若有|一经发现)"
)

# The village or the estate named as the one that acts, before 对 and the wrongdoers (某村对拖欠卫生费的农户采取停水措施,
# 村里对没交保洁费的人家不给发年货, 物业对乱停车的业主锁车): a report or a notice retells the rule with its agent first,
# and the wrongdoers after 对 are its condition as they are without it. Only when they are named by a wrong (村委会对
# 困难户的低保… names no condition; t16)
_AGENT_BEFORE_OPENER = _lazy(
    r"(?:某|该|这个|这|一些|部分|有的|个别|不少|多个|本)?(?:村|村里|村委会|村民委员会|村两委|社区|居委会|小区|物业|"
    r"物业公司|物业服务中心|业委会|组里|村民小组|寨里|寨|屯里|屯|队里|生产队|族里|祠里|镇|街道)(?:物业)?"
    r"(?:还|也|则|就|便|一律|均|都|专门|即|将|会|要|随即|立即)?(?=对于|对)"
)


def _agent_before_wrong_opener(body: str) -> re.Match[str] | None:
    agent = _AGENT_BEFORE_OPENER.match(body)
    if agent is None:
        return None
    opener = _CONDITION_OPENER.match(body[agent.end() :])
    return agent if opener and _WRONGDOING.search(opener.group()) else None


# The same frame before a wrongdoing told with no opener and no comma, as a report retells a rule (该村规定在河道
# 电鱼的网具一律没收, 村规明确私自砍伐的木材归集体): its 的 closes the condition like a comma would, when what it
# closes names a wrongdoing (按规定, 违反规定 are a manner and a wrong, no frame)
_FRAME_BEFORE_DEED = _lazy(
    r"[^，,：:。；;的]{1,14}?(?<![按依照据反背])(?:规定|议定|约定|明确|决议)"
    r"(?P<deed>[^，,：:。；;的者]{2,20}?)的(?!处理|处罚|处分|惩处|惩戒|规定|标准|[，,。；;]|$)"
)
# A wrong told as the subject of what it will suffer, no 的 and no comma, as a report retells a rule (村民乱倒垃圾会被
# 重罚, 谁不交卫生费就要被扣发分红): the words before 会被/将被/要被 are the condition when they name a wrongdoing
_WRONG_THEN_PASSIVE = _lazy(r"[^，,：:。；;]{2,30}?(?=(?:就|则|便|都|也)?(?:将会|将要|将|会|要)被)")

# …另行发包给愿意耕种的农户: the person described with 的 is whom a thing is handed to, no condition (私自将
# 承包地转租给外村人的 hands it over as the wrongdoing, a condition)
_HANDED_TO = _lazy(
    r"(?:发包|承包|分配|安排|出租|转让|转包|转租|交|分|租|转|调整|调剂|调|划|卖|借|送|让)给[^，,]*的[^，,的]{0,6}\s*$"
)


# A rule told in someone's words (说谁家乱倒垃圾，就…; 称凡…的; “哪家不交，…”): the verb of saying and the quotation
# mark before it are the report's, and the rule's condition is read from the first word of the rule.
_SAID_LEAD = _lazy(
    r"\s*(?:(?:说|称|声称|说是|写着|写道|写明|载明)(?![服明理法话重号职为])\s*)?[“「『\"‘]+\s*"
    r"|\s*(?:说|称|声称|说是|写着|写道|写明|载明)(?![服明理法话重号职为])\s*"
)


def _clause(text: str, start: int, end: int) -> _Clause:
    lead = _SAID_LEAD.match(text, start, end) if text[start:end].lstrip()[:1] in _SAID_FIRST else None
    if lead and lead.end() < end:
        inner = _unsaid_clause(text, lead.end(), end)
        return _Clause(start, end, inner.cond_end if inner.cond_end > inner.start else start)
    return _unsaid_clause(text, start, end)


_SAID_FIRST = frozenset('说称声写载“「『"‘')


def _unsaid_clause(text: str, start: int, end: int) -> _Clause:
    body = text[start:end]
    if (
        (
            _CONDITION_CLAUSE.search(body)
            and not (_HANDED_TO.search(body) and not _WRONGDOING.search(body))
            and not _ASSERTED.search(body)
        )
        or (
            (
                _ONE_DOER.match(body)
                or _WRONGDOER_TOPIC.match(body)
                or _SENTENCE_SERVED.search(body)
                or _HOUSE_OF_DEED.search(body)
                or _CAUSE_CLAUSE.match(body)
                or _IF_CLAUSE.match(body)
                or _PRICED_ROW.match(text, end)
                or (_EXCESS_TOPIC.fullmatch(body) and _BAN.search(text, 0, start))
            )
            and _WRONGDOING.search(body)
        )
        or _LABELLED_DOER.fullmatch(body)
    ):
        return _Clause(start, end, end)
    # the article's own number before the opener (第二十三条 对拒绝…的商户): the condition starts after it
    skip = _LEADING_NUMBER.match(body).end()  # type: ignore[union-attr]  # it matches the empty string too
    body = body[skip:]
    # (the doer named by his wrong, bound straight on: 通奸男子要赔其夫…, where a 者 later is whom he pays)
    m = _CONDITION_OPENER.match(body) or _doer_by_wrong(body) or _CONDITION_ZHE.match(body)
    frame = None if m else (_FRAME_BEFORE_OPENER.match(body) or _agent_before_wrong_opener(body))
    if frame:
        skip += frame.end()
        body = body[frame.end() :]
        m = _CONDITION_OPENER.match(body)
    if m is None:
        m = _CONDITION_DE.match(body)  # 不出工的按每个工一百元…: a wrongdoing and its 的, with no comma
        if m and not _WRONGDOING.search(body, 0, m.end()):
            m = None
    if m is None:
        deed = _FRAME_BEFORE_DEED.match(body)
        m = deed if deed and _WRONGDOING.search(deed["deed"]) else None
    if m is None:
        told = _WRONG_THEN_PASSIVE.match(body)
        m = told if told and _WRONGDOING.search(told.group()) else None
    if m and _PROHIBITED_TARGET.match(body):
        m = None  # 禁止对焚烧秸秆者罚款: the prohibition governs the whole sub-clause
    if m and _POSSESSIVE_OPENER.match(body):
        m = None  # 对该户的生活用电停止供应: 对 names whose thing the consequence takes, no condition
    return _Clause(start, end, start + skip + m.end() if m else start)


_HARMED = "受被遭"


def _doer_by_wrong(body: str) -> re.Match[str] | None:
    doer = _DOER_BY_WRONG.match(body)
    if doer and doer.group("act")[0] in _HARMED:
        return None  # 受损人员, 被盗人员, 遭抢女子: the one the wrong was done to
    if doer and _WRONG_BEYOND_BARE.search(body, doer.start("act"), doer.end("act")):
        return doer
    return None


# A rhymed line (三字经式, 顺口溜: 乱砍树，罚五百; 不交费，停其水) writes its condition without 的: in a
# sentence of short lines, a line naming a wrongdoing before another line is the condition of what follows.
_VERSE_LINE = 7  # characters of the longest line of verse (七字句)
_VERSE_SPACE = _lazy(r"\s+")
_VERSE_CIRCUMSTANCE = _lazy(r"\s*(?:遇到|遇上|遇|逢|每逢|如遇|若遇|碰到)")


def _verse_conditions(text: str, clauses: list[_Clause]) -> list[_Clause]:
    if len(clauses) < 2 or any(len(_VERSE_SPACE.sub("", text[c.start : c.end])) > _VERSE_LINE for c in clauses):
        return clauses
    out = [_Clause(c.start, c.end, c.end) if _VERSE_CIRCUMSTANCE.match(text, c.start, c.end) else c for c in clauses]
    # only the opening line, and only in a sentence that writes no condition of its own: later lines are its
    # consequences (超标办酒的，保证金不再退还，…: 不再 there is the measure, not a wrongdoing)
    first = out[0]
    if (
        all(c.cond_end == c.start for c in clauses)
        and _WRONGDOING.search(text, first.start, first.end)
        and not _PROHIBITION.search(text, first.start, first.end)
        and not _CONSEQUENCE.search(text, first.start, first.end)
    ):
        out[0] = _Clause(first.start, first.end, first.end)
    return out


# A question and its answer (问：不交卫生费怎么办？答：停止…; 问：外嫁女的补偿款怎么分？答：按三成发放): the whole
# question up to its 答 is the condition of the answer, like a clause ending in 的.
_ANSWERED = _lazy(r"[？?]\s*(?:答|回答|解答|[AＡ])\s*$")
# 若有超标，…; 如果谁家乱倒垃圾，…; 一旦发现偷电，…: a clause opened by "if" and naming a wrongdoing is a condition
# without its 的, when another clause follows it to hold the consequence.
_IF_OPENER = _lazy(r"\s*" + _TURN + r"(?:如果|如若|若是|若有|如有|假如|假若|倘若|倘|要是|万一|一旦|若)")


def _shaped_conditions(text: str, clauses: list[_Clause]) -> list[_Clause]:
    out = list(clauses)
    for i, c in enumerate(clauses[:-1]):
        if c.cond_end > c.start:
            continue
        if _ANSWERED.search(text, c.start, c.end):
            out[: i + 1] = [_Clause(q.start, q.end, q.end) for q in clauses[: i + 1]]
        elif _IF_OPENER.match(text, c.start, c.end) and _WRONGDOING.search(text, c.start, c.end):
            out[i] = _Clause(c.start, c.end, c.end)
    return out


def _row_act_cell(text: str, clauses: list[_Clause], column: int) -> list[_Clause]:
    """A sanctions table's row (家中子女擅自建房 | 父母名下分红停发): the cells before the sanctions column name the act
    (and its count: 首次), a condition like one closed by 的, and the sanctions cell is read as its consequence."""
    first = clauses[0]
    cells = _cells(text, first.start, first.end)
    if column < 1 or len(cells) <= column:
        return clauses
    act_end = cells[column - 1][1]
    return [_Clause(first.start, act_end, act_end), _clause(text, cells[column][0], first.end), *clauses[1:]]


class _Sentence:
    """One sentence of the article, with its sub-clauses worked out only when a candidate needs them."""

    __slots__ = (
        "text",
        "start",
        "end",
        "chars",
        "carried",
        "member_bearer",
        "list_from",
        "woman_before",
        "sanctioned",
        "topic_from",
        "row",
        "_clauses",
        "_starts",
        "_penalised",
    )

    def __init__(
        self, text: str, start: int, end: int, chars: frozenset[str] | None = None, carried: bool = False
    ) -> None:
        self.text, self.start, self.end = text, start, end
        # after a semicolon that closes a sentence of penalty (违者罚款…；当年不享受…): the consequence goes on
        self.carried = carried
        # the bearer words of a member's act carried past a semicolon (see _carried_member_finding)
        self.member_bearer: re.Pattern[str] | None = None
        # where the items of a list begin whose header denies them all (下列人员不参与分配：…): see _listed_woman
        self.list_from: int | None = None
        # a woman named in the sentence a semicolon closed (…的妇女，本人可参加分配；其随迁子女不予分配)
        self.woman_before: re.Match[str] | None = None
        # a measure punitive in itself was found (扣下, 罚款): the sentence's condition is a wrongdoing
        self.sanctioned = False
        # where the topic begins that a semicolon closed before this sentence, with no measure of its own
        # (项目：骗取低保；处理：取消其低保资格): its eligibility words are this sentence's (see _eligible_out)
        self.topic_from: int | None = None
        # in a row of a sanctions table, which cell holds the sanction (see _row_act_cell); 0 for any other sentence
        self.row = 0
        self._penalised: bool | None = None
        self.chars = frozenset(text[start:end]) if chars is None else chars
        self._clauses: list[_Clause] | None = None
        self._starts: list[int] = []

    @property
    def clauses(self) -> list[_Clause]:
        if self._clauses is None:
            out, pos = [], self.start
            for brk in _CLAUSE_BREAK.finditer(self.text, self.start, self.end):
                out.append(_clause(self.text, pos, brk.start()))
                pos = brk.end()
            out.append(_clause(self.text, pos, self.end))
            if self.row:
                out = _row_act_cell(self.text, out, self.row)
            self._clauses = _shaped_conditions(self.text, _verse_conditions(self.text, out))
            self._starts = [c.start for c in out]
        return self._clauses

    @property
    def penalised(self) -> bool:
        """Whether any part of the sentence stands in penalty context (a wrongdoing, 违者, 否则 …)."""
        if self._penalised is None:
            self._penalised = _in_penalty_context(self, self.end, topic=True)
        return self._penalised

    def clause_at(self, pos: int) -> _Clause:
        clauses = self.clauses
        return clauses[max(bisect_right(self._starts, pos) - 1, 0)]

    def previous(self, clause: _Clause) -> _Clause | None:
        i = self.clauses.index(clause)
        return self.clauses[i - 1] if i else None


_PREPOSITIONS = frozenset("对向给将把为")


def _scope_start(text: str, clause: _Clause, pos: int) -> int:
    """Where the action at pos begins to be governed: after the condition and after 违者/否则."""
    scope = clause.start
    if clause.cond_end <= pos:
        scope = clause.cond_end
    for marker in _CONSEQUENCE_RESET.finditer(text, scope, pos):
        if marker.start() > 0 and text[marker.start() - 1] in _PREPOSITIONS:
            continue  # 不得对违规者罚款: 违规者 is whom the measure aims at, not the start of a consequence
        scope = marker.end()
    return scope


# 不予罚款, 不作罚款处理, 一律不处罚款: a bare negator right before the measure (不予办理 is itself a denial,
# matched from its 不予, so nothing stands before it); 不再罚款, 不再罚牛罚酒: a practice said to end is not imposed
_NEGATOR_BEFORE = ("不", "不予", "不作", "不处", "不再")
# 村委会不另行罚款, 不再另行收取罚款, 不重复处罚: no further measure beside the organ's, none at all from the village;
# 不再罚牛罚酒: the practice said to end reaches each fine of the run after it, and its target may stand between
# (不再对违规户罚款)
_NOT_FURTHER_BEFORE = _lazy(
    r"不再?(?:另行?|另外|额外|重复)(?:收取|收|征收|处以|予以|给予|进行|作)?$|不再(?:罚|收|扣)" + _GAP + r"{1,4}?$|"
    r"不再(?:对|向|给)" + _GAP + r"{1,8}?$"
)


# 予以纠正和处罚, 及时制止并处罚: putting the wrong right is a measure of its own, joined to the penalty; 纠正乱罚款 and
# 防止和纠正罚款 aim at the fine itself
_ORDER_THEN_MEASURE = _lazy(r"(?:纠正|制止)(?:和|并|及|与|、|，并|,并)(?:予以|给予|进行|依规|依约|当场|及时)?")
_MUST_BEFORE = ("不得不", "不能不", "不可不")  # "must": the 不 before the measure negates the 不得, not the measure


def _prohibited(text: str, scope: int, pos: int, evidence: str) -> bool:
    must = any(text.startswith(n, pos - len(n)) for n in _MUST_BEFORE)
    if not must and any(pos - len(n) >= scope and text.startswith(n, pos - len(n)) for n in _NEGATOR_BEFORE):
        return True
    if _NOT_FURTHER_BEFORE.search(text, max(scope, pos - 8), pos):
        return True
    last = None
    for found in _PROHIBITION.finditer(text, scope, pos):
        # (searched up to pos, a lookahead cannot see past it: 清理 before 变卖 is read again on the whole text)
        if _PROHIBITION.match(text, found.start()) is not None:
            last = found
    if last is None or _ORDER_THEN_MEASURE.fullmatch(text, last.start(), pos):
        return False
    # 禁止焚烧秸秆罚款200元: what is forbidden is the act between the prohibition and a fixed sanction,
    # which then applies; 严禁擅自罚款200元 and 禁止对村民罚款200元 forbid the fine itself.
    return not (
        last.group() in _FORBIDS_ACTS
        and _AMOUNT_UNIT.search(evidence)
        and _FORBIDDEN_ACT.fullmatch(text, last.end(), pos)
    )


def _prohibition_carried(sent: _Sentence, clause: _Clause) -> bool:
    """不得以妇女出嫁为由，收回其承包地: a prohibition whose 为由 ends the previous clause governs this one."""
    prev = sent.previous(clause)
    return prev is not None and bool(_PROHIBITION_BY_PRETEXT.search(sent.text, prev.start, prev.end))


# …的，由村委会劝导，报镇里处理；对组织者本人，…: a clause naming only which of the wrongdoers the carried
# consequence reaches (the organiser, the one who led, the host) is no new condition
_ROLE_NAMED = _lazy(r"\s*对(?:于)?[^\s，,的]{0,5}?(?:者|人)(?:本人)?\s*")


_APPLIES_TO = _lazy(r"(?:[：:（(]|——)\s*(?:适用于|适用|针对|处罚对象为?|对象为?)")


def _in_penalty_context(sent: _Sentence, pos: int, topic: bool = False) -> bool:
    """A condition of wrongdoing or a consequence marker before pos; with topic, also a thing described
    by its wrongdoing (散放的牛羊由村委会牵走), which only matters for taking or redeeming that thing; or a
    consequence carried on past a semicolon, up to a condition of the sentence's own."""
    text = sent.text
    # (a sanctions table row's act cell is the wrongdoing the table names, no condition of the row's own)
    if sent.carried and not any(
        c.start < c.cond_end <= pos
        and not (sent.row and c.start == sent.start)
        and not _refers_back(text, c, sent.start)
        and not _REFERENCE.search(text, c.start, c.cond_end)
        and not _ROLE_NAMED.fullmatch(text, c.start, c.end)
        for c in sent.clauses
        if c.start < pos
    ):
        return True
    if _CONSEQUENCE.search(text, sent.start, pos) or (topic and _WRONG_TOPIC.match(text, sent.start, pos)):
        return True
    if topic and _ALREADY_DONE.match(text, sent.start) and _BAN.search(text, 0, sent.start):
        return True  # 严禁采砂。已经采挖的砂石，归村集体所有: the thing of the banned act
    if sent.sanctioned and any(c.start < c.cond_end <= pos for c in sent.clauses if c.start < pos):
        return True  # 采挖药材的，工具一律扣下，将其带回村部: what the charter punishes is a wrongdoing
    if _DOING_WITHOUT_DE.search(text, sent.start, pos) or _LEFT_FOR_ELSEWHERE.search(text, sent.start, pos):
        return True
    bare = _BARE_WRONG_OPENING.match(text, sent.start, pos)
    if bare and not _PROHIBITION.search(text, sent.start, bare.end()):
        return True  # 社员偷摘集体果实，扣当月工分: the sentence opens on a wrong told bare, the next clause answers it
    pressed = _MEANS_TO_PRESS.search(text, sent.start, sent.end)
    if pressed and pressed.start() <= pos < pressed.end():
        return True  # 以锁电梯的方式催缴物业费: a measure used to force a payment answers its nonpayment
    applies = _APPLIES_TO.search(text, pos, sent.end)
    if applies and _WRONGDOING.search(text, applies.end(), sent.end):
        return True  # 停水三天：适用于偷水者: the measure named first, then the wrongdoers it applies to
    return any(
        c.start < c.cond_end <= pos
        and (_WRONGDOING.search(text, c.start, c.cond_end) or _listed_wrongdoing(text, c) or _done_despite_ban(text, c))
        for c in sent.clauses
        if c.start < pos
    )


# A sentence that opens on a theft, a damage or a fight told bare, with no 的 or 者 (社员偷摘集体果实，…; 有人盗伐林木，…):
# the act is the condition of the clause after it, as 偷砍树木的 would be; a ban (严禁偷盗，…) is no such act (t15old)
_BARE_WRONG_OPENING = _lazy(
    r"\s*(?:凡|如|若|倘|一旦|如有|若有)?[^，,。；;：:]{0,8}?(?:偷|盗|窃|抢(?!修|险|救|收|种|运|通|购)|毁坏|损坏|破坏|滥伐|"
    r"赌博|打架|斗殴)[^，,。；;：:]{0,12}?[，,]"
)


# Leaving the village or working outside its own enterprise, as the ground of a loss (一旦离开本村，…收回; 不在村办企业
# 上班的，…): a member's choice of where to live and work, which the law gives a charter no ground to punish (docs/clause-
# codes.md: living or working elsewhere), so what follows answers it as it would a wrong; moving the 户口 out (迁出) is
# an eligibility ground and stays out (t15old)
_LEFT_FOR_ELSEWHERE = _lazy(
    r"(?:一旦|如果|如若|若是?|倘若|凡是?|只要)[^，,。；;]{0,6}?离开(?!前|时|之前|以前)[^，,。；;]{1,6}|"
    r"不在(?:本村|村|村办|集体|村集体|本村集体)?[^，,。；;]{0,4}?(?:企业|工厂|厂|公司)(?:里)?(?:工作|上班|就业|做工|干活)"
)
# A measure named as the means of pressing for a payment (以锁电梯的方式催缴物业费, 采取停水停电的手段催收, 通过断网来逼
# 业主交费): its ground is the payment not made, a wrongdoing as much as 不交的 would be.
_MEANS_TO_PRESS = _lazy(
    r"(?:以|用|采取|采用|通过|靠)[^，,。；;：:！!？?]{1,14}?(?:的?(?:方式|手段|办法|方法|措施|形式)|来)"
    r"[^，,。；;：:！!？?]{0,4}?(?:催缴|催收|催交|催要|追缴|讨要|逼|迫使|强迫|要挟)"
)
# 严禁占用耕地建厂房。已经建成的，由村委会组织拆除: a condition of what is already done, after a ban in the
# article, is the banned act done
_ALREADY_DONE = _lazy(
    r"\s*(?:对于?|凡|如|若)?(?:已经|已(?!经))(?!满|到|达|年满|经批准|批准|办理|登记|取得|缴纳|交纳|落户|入户|迁|出嫁|嫁|结婚|离婚|入赘|享受|领取|参加)"
)
_BAN = _lazy(r"严禁|禁止|不得|不准|不许")


# 严禁飞线充电。发现楼道内充电的，…: a condition of what is found, after a ban in the article, is the banned act found
_FOUND = _lazy(r"\s*(?:凡|如|若|一经|一旦)?(?:发现|查到|查实|查出|抓到|抓住)")


def _done_despite_ban(text: str, c: _Clause) -> bool:
    if _FOUND.match(text, c.start) and _DUTY_SET.search(text, 0, c.start):
        return True  # 犬只必须拴养。发现放出院外的，…: what is found is the duty the article set, broken
    return bool(_ALREADY_DONE.match(text, c.start) or _FOUND.match(text, c.start)) and bool(
        _BAN.search(text, 0, c.start)
    )


_DUTY_SET = _lazy(r"必须|务必|一律要|一律须|应当|应该")


# 有下列情形之一的农户，停止供水：⑴拒交水费；⑵私接水管: a list header's condition is the wrongdoings its items
# name, when every item names one and none is eligibility (…：⑴户口迁出；⑵死亡) or a circumstance (管网检修)
_LISTED_HEADER = _lazy(r"下列|以下|如下")
_LISTED_ITEMS = _lazy(r"[：:]([^。!！?？]{1,300})")
_ITEM_BREAK = _lazy(r"[；;\n]")


def _listed_wrongdoing(text: str, c: _Clause) -> bool:
    if not _LISTED_HEADER.search(text, c.start, c.cond_end):
        return False
    listed = _LISTED_ITEMS.search(text, c.cond_end)
    if listed is None:
        return False
    items = [item for item in _ITEM_BREAK.split(listed.group(1)) if item.strip()]
    return bool(items) and all(_WRONGDOING.search(item) and not _ELIGIBILITY.search(item) for item in items)


# A condition naming those the carried sentence dealt with (上述人员, 此类农户): the same wrongdoer.
_REFERENCE = _lazy(r"上述|前述|以上|前款|前条|该类|此类|这类|这些|该等")
# What a condition says of its doer, without the 的 and the person it closes with (登记在册的人员 -> 登记在册).
_CONDITION_CORE = _lazy(r"(?:的|者)(?:" + _GAP + r"{0,3})?\s*$")


# a thing the carried sentence held, not fetched by its owner (无人认领, 逾期不领, 未来领回)
_UNCLAIMED = _lazy(r"(?:无人|没人|不来?|未来?|逾期未|逾期不)(?:认领|领回|领取|赎回|取回|领走|来领|领)")


def _refers_back(text: str, clause: _Clause, before: int) -> bool:
    """A condition that repeats what the carried sentence did to the wrongdoer (…的，登记在册；登记在册的人员，…)
    names the same wrongdoer, so the consequence goes on past it."""
    core = _CONDITION_CORE.sub("", text[clause.start : clause.cond_end]).strip()
    if len(core) >= 2 and text.find(core[-4:], 0, before) >= 0:
        return True
    if _UNCLAIMED.search(core):
        return True  # …关养；三日内无人认领的，作价卖掉: what was held, left unclaimed
    # 已饲养的, 挖了的: the act done, named by its verb (任何人不得私挖河沙。挖了的，…)
    done = _DONE_BEFORE.sub("", core + "的")
    return done != core and 0 < len(done) <= 4 and text.find(done[0], 0, before) >= 0


def _wide_gap_barred(gap: str, object_first: bool) -> bool:
    # 补办手续后也不予退还: a noun closed by 后 names a time, not what is withheld
    return bool(
        _WIDE_GAP_BARRED.search(gap)
        or (object_first and (_WIDE_GAP_AFTER_OBJECT_BARRED.search(gap) or gap.startswith(("后", "之后", "以后"))))
    )


# What ends an object phrase as a procedure about the object (林权流转备案, 宅基地审批手续): head last.
_PROCEDURE_HEAD = _lazy(r"[^，,。；;：:！!？?\s、和及]{0,6}?(?:备案|登记|手续|审批|审核|证明|证书|材料|业务)")


def _wide_reading_barred(sent: _Sentence, pat: _Pattern, m: re.Match[str], gap: str | None) -> bool:
    """The sub-clause reading's own limits: what stands between, and (for property) the head the phrase
    ends in: 不予办理林权流转备案 ends in a procedure (CV605), the land being only its topic."""
    if gap and _wide_gap_barred(gap, pat.object_first):
        return True
    if not pat.object_first and _ASSOCIATION_HEAD.search(m.group()):
        return True  # 取消其会员资格: the gap (其会员) and the head (资格) together name an association's membership
    return pat.code == "CV602" and not pat.object_first and bool(_PROCEDURE_HEAD.match(sent.text, m.end(), sent.end))


# An association's, a party's or an employer's roll (会员, 党员, 护林员): its own affair, not the village's membership
# (docs/clause-codes.md). 理事会 and 章程 are a co-operative's words too (成员违反本社章程的，由理事会将其除名 strikes a
# member off the collective), so they name no other roll.
# A specialised co-operative that members join and leave with their shares (专业合作社, 农民合作社, 退股, 退社) is such an
# association (农民专业合作社法 Art. 26 lets its assembly strike a member off); a bare 合作社 may be the collective, and
# 入股 is said of the collective's shares too.
_OWN_ROLL = _lazy(
    r"协会|会员|会费|党员|团员|学生|员工|职工|保洁员|护林员|网格员|志愿者|队员|专业合作社|农民合作社|退股|退社"
)
# struck off (予以除名, 将其除名, 作除名处理, 把他“除了名”) naming the village's roll itself (从本组名册中除名, 除名其组员资格)
_STRUCK_OFF_WORD = _lazy(r"除了?名")
_VILLAGE_ROLL_NAMED = _lazy(r"村|组|社|屯|寨|集体|户籍|户口")


def _struck_off_another_roll(sent: _Sentence, pat: _Pattern, m: re.Match[str]) -> bool:
    """One reading of 除名 wherever it is found: struck off with no roll of the village named, in a sentence naming an
    association's or an employer's roll (会员拒不出工的，予以除名; 护林员擅离职守的，将其除名): that body's own affair."""
    evidence = m.group()
    return (
        pat.code == "CV606"
        and _STRUCK_OFF_WORD.search(evidence) is not None
        and _VILLAGE_ROLL_NAMED.search(evidence) is None
        and (_OWN_ROLL.search(sent.text, sent.start, sent.end) is not None or _co_operative_s_own_ground(sent))
    )


# A co-operative's assembly striking off a member on its law's own ground (农民专业合作社法 Art. 26: 严重危害…合作社利益;
# the collective's own law knows no striking off), 社员严重损害合作社利益的，经成员大会…予以除名: the co-operative's own
# affair, like 专业合作社 named (rv15). 本社 alone, its board alone (理事会决定将其除名) or the collective's co-operative
# (股份经济合作社, 集体经济组织) is no such ground and stays CV606.
_CO_OPERATIVE_HARMED = _lazy(
    r"合作社[^，,。；;]{0,12}?(?:名誉|利益)[^，,。；;]{0,10}?(?:损害|危害)|"
    r"(?:损害|危害)[^，,。；;]{0,8}?合作社[^，,。；;]{0,6}?(?:名誉|利益)"
)
_CO_OPERATIVE_ASSEMBLY = _lazy(r"成员(?:代表)?大会")
_COLLECTIVE_S_CO_OPERATIVE = _lazy(r"经济合作社|股份|集体经济|村民|村委")


def _co_operative_s_own_ground(sent: _Sentence) -> bool:
    text = sent.text
    return bool(
        _CO_OPERATIVE_HARMED.search(text, sent.start, sent.end)
        and _CO_OPERATIVE_ASSEMBLY.search(text, sent.start, sent.end)
        and not _COLLECTIVE_S_CO_OPERATIVE.search(text, sent.start, sent.end)
    )


_ANIMAL = r"(?:牲畜|牲口|家畜|家禽|畜禽|牛羊|[牛马羊猪鸡鸭鹅狗犬驴骡])"
# an animal driven or led before it is shut in (由护林队赶走关押, 牵回村部圈起来): only beasts are driven so
_DRIVEN_BEFORE = _lazy(r"(?:赶|牵|吆)(?:走|回|到|至|进|去)?" + _GAP + r"{0,8}$")
# an article whose doer is an animal (猪、牛、羊进入水源林的…关押; 散放的鸭子…): what is held is the animal
_BEAST_LEADS = _lazy(_ITEM_NUMBER + r"(?:放养|散放|散养|敞放|乱放)?的?" + _ANIMAL)


# a condition whose head is a beast (偷吃庄稼的牛，…; 跑进菜园的鸡鸭，…): the one caught and shut in is the animal
_BEAST_DOER = _lazy(r"的" + _ANIMAL + r"{1,2}(?:只|头|匹|群)?\s*[，,]")


# a thing confiscated and then put away with no new object (由村里收缴，锁进仓库里保管): what is locked is the thing
# (rv13); 扣押 and 扣下 are left out, a person may be held by them
_CONFISCATED_THEN = _lazy(r"(?:收缴|没收|查扣|暂扣|收存)(?:后|以后)?[，,、]?\s*(?:并|再|然后|统一|一律)?$")


def _beast_held(sent: _Sentence, clause: _Clause, pos: int) -> bool:
    text = sent.text
    if _BEAST_DOER.search(text, sent.start, pos) or _CONFISCATED_THEN.search(text, sent.start, pos):
        return True
    if _BEAST_OR_THING_HELD.search(text, sent.start, min(pos + 1, sent.end)):
        return True  # 将羊关在村部: the verb may be the holding itself
    if _DRIVEN_BEFORE.search(text, clause.start, pos):
        return True
    if _thing_moved(text, clause.start, pos):
        return True
    return bool(_BEAST_LEADS.match(text, sent.start)) and not _PERSON_WORD.search(text, sent.start, pos)


# a stray or loose beast the article is about (发现外来流浪狗的, 散放的牛羊…的): what is then driven out is the beast
_LOOSE_BEAST = _lazy(r"(?:放养|散放|散养|敞放|乱放|流浪|外来|走失|野)的?" + _ANIMAL)
_DRIVING = _lazy(r"(?:(?:将|把)(?:其|它们?|之))?(?:驱逐|驱赶|驱|轰|撵|赶|逐)")


def _beast_driven_out(sent: _Sentence, pos: int, evidence: str) -> bool:
    text = sent.text
    if _DRIVEN_AWAY_BARE.match(evidence):
        # (driven away with no place: the doer of the condition decides, not the people who drive, 众人合力赶走)
        cond_end = max(text.rfind(c, sent.start, pos) for c in "，,")
        if _ANY_BEAST.search(text, sent.start, pos) and not _PERSON_WORD.search(
            text, sent.start, cond_end if cond_end > sent.start else pos
        ):
            return True
    if not _DRIVING.match(evidence):
        return False
    # 有野猪入田者，众共逐之; 牛羊践踏庄稼，驱逐出田: the beast is the doer, the crowd its driver (rv15)
    if _BEAST_OPENS.match(text, sent.start) and not _NEW_DOER.search(text, sent.start, pos):
        return True
    return bool(_LOOSE_BEAST.search(text, sent.start, pos) and not _PERSON_WORD.search(text, sent.start, pos))


# a beast opening the sentence as its doer (有野猪入田者, 疯狗伤人的, 牛羊践踏庄稼): whatever is done to 之 or without a
# new object is done to it, a crowd or a villager named after it being its driver (rv15)
_WILD_BEAST = (
    r"(?:(?:疯|野|恶|狂|流浪)的?(?:" + _ANIMAL + r"|狼|兽)|野猪|豺|狼|虎|豹|熊|猛兽|野兽|毒蛇|老鼠|鼠|蝗虫|害虫)"
)
_BEAST_OPENS = _lazy(
    r"\s*(?:[\d一二三四五六七八九十]+[、.．]\s*)?(?:凡|如|若|倘|遇|一旦|发现)?(?:有|遇有)?"
    r"(?:放养|散放|散养|敞放|乱放|外来|走失)?的?(?:" + _WILD_BEAST + "|" + _ANIMAL + ")"
)
_WILD_BEAST_OPENS = _lazy(
    r"\s*(?:[\d一二三四五六七八九十]+[、.．]\s*)?(?:凡|如|若|倘|遇|一旦|发现)?(?:有|遇有)?" + _WILD_BEAST
)
# a condition of its own after the beast's clause names a new doer (有野猪入田，主人偷偷放走者，众共逐之), or a person
# is put under the verb (把鸡鸭主人赶出村)
_NEW_DOER = _lazy(r"[，,][^，,。；;]*[者的]\s*[，,]|(?:把|将|对)[^，,。；;]{0,8}?(?:人|主|者|户|家)[^，,。；;]{0,4}$")
_KILLING = _lazy(r"捕杀|扑杀|打死|射杀|击毙|杀掉|格杀|毒杀|击杀|猎杀")


def _wild_beast_killed(sent: _Sentence, evidence: str) -> bool:
    """疯狗伤人的，村民可将其打死; 野猪毁田者，众共打死之; 村里流浪狗多，由村统一捕捉送收容所: a wild, mad or stray beast
    killed or impounded is no one's property taken (a loose beast of his killed, 散放的羊进田的打死, is; rv15)."""
    text = sent.text
    at = text.find(evidence, sent.start)
    if _KILLING.match(evidence):
        return bool(_WILD_BEAST_OPENS.match(text, sent.start) and not _NEW_DOER.search(text, sent.start, at))
    stray = _STRAY_BEAST.search(text, sent.start, at)
    return bool(
        _IMPOUNDED.search(evidence) and stray and not _PERSON_WORD.search(text, sent.start, at) and "其" not in evidence
    )


# driven away with no place named (赶走, 驱离, 轰出去; patterns, t15old), and any beast or wild creature that may be
# what is driven
_DRIVEN_AWAY_BARE = _lazy(r"(?:驱|赶|撵|轰|逐)(?:走|离|出去)")  # (逐之 with a driver named stays a person: rv14)
_ANY_BEAST = _lazy(_ANIMAL + "|" + _WILD_BEAST + r"|鸟|雀|猴|蛇")
_STRAY_BEAST = _lazy(r"(?:流浪|野|无主)的?(?:" + _ANIMAL + r")")
_IMPOUNDED = _lazy(r"收容|捕捉|捕获|扑杀|捕杀")


# what 将/把 puts under the holding verb, told by its count (两台油锯, 三辆车, 一批木料): a thing, not a person
_COUNTED_THING = _lazy(r"[\d一二两三四五六七八九十几数]+(?:台|辆|部|把|件|箱|袋|根|艘|条|架|套|捆|包|批|车)")
_PERSON_TAIL = _lazy(r"[贼犯客民工孩娃童汉妇男女]$")
_MOVED = _lazy(
    r"(?:将|把)(?P<what>" + _GAP + r"{1,12}?)(?:暂时|临时|一律|统一|全部)?"
    r"(?:留置|看管|看押|看守|扣押|扣留|关押|控制|隔离|关|锁|扣|留|圈)"
)


def _thing_moved(text: str, start: int, pos: int) -> bool:
    """将原告的两台油锯留置于村部, 把收缴的渔网看管在村部: the object moved before the holding verb (before the
    evidence, or at its head) is a thing (counted as one, or a thing the village takes), and no person is named in it."""
    moved = next((m for m in _MOVED.finditer(text, start, pos + 16) if m.start() <= pos < m.end() + 2), None)
    if moved is None:
        return False
    what = moved.group("what")
    if _PERSON_WORD.search(what) or _PERSON_TAIL.search(what):
        return False  # (将偷牛贼关起来: the thief is a person, whatever he stole)
    return bool(_COUNTED_THING.search(what) or _TAKEABLE.search(what))


# a second taking joined to the first (…并取消…): what follows is the second verb's object
_SECOND_TAKING = _lazy(r"(?:并|且|同时|再|又)(?:" + _TAKING_VERBS + ")")


def _reach_barred(sent: _Sentence, pat: _Pattern, m: re.Match[str], gap: str | None) -> bool:
    """A class reading that reaches too far: the sub-clause reading's own limits, or a second taking joined to the
    first (收回其草场并取消其成员身份: the object is the second verb's, read from it)."""
    if pat.wide and _wide_reading_barred(sent, pat, m, gap):
        return True
    return pat.generic and not pat.object_first and bool(_SECOND_TAKING.search(m.group(), 2))


_FOUND_THING = _lazy(r"拾得|拾到|捡到|捡拾|拣到|遗失物|失物")
# A bare shutting of a sluice or valve (关闸, 关阀) after the wrong of opening it or taking the water
_SHUT_BARE = _lazy(r"关闸|断闸|关阀|闭阀")
_OPENED_BY_HIM = _lazy(r"开闸|开阀|开口子|扒口|抢水|偷水|截流|截水|放水")


# a beast the article is about before 格杀 (疯狗咬人的，格杀勿论; 野猪毁坏庄稼的，可格杀之): the old leave to kill is
# said of a mad dog or a wild boar too, no person's body (rv14)
_BEAST_TO_KILL = _lazy(r"(?:疯|野|恶|狂|流浪)的?(?:" + _ANIMAL + r"|狼|兽)")
# a practice, not a person, called out against (对赌博歪风，全村群起而攻之; 对歪风邪气要鸣鼓而攻之) (rv14)
_PRACTICE_ATTACKED = _lazy(r"歪风|邪气|风气|陋习|恶习|不正之风|现象|行为|苗头")


# a health check at the gate (未测温的不让进村, 没有健康码的不让进村): the epidemic measure the authorities order, no
# wrong of his the village answers (rv14)
_HEALTH_CHECK = _lazy(r"测温|体温|健康码|行程码|核酸|疫情|防疫|扫码")
# entry refused, not a person shut in (关在村部 keeps its code whatever the season)
_GATE = _lazy(
    r"(?:不让|不给|不放|不予放行|拒绝)[^，,。；;]{0,3}?(?:进|入)[^，,。；;]{0,4}|"
    r"(?:拒|挡|拦|阻)(?:之|其|他|她|人)?(?:在|于)?[^，,。；;]{0,4}?(?:外|口)"
)


def _not_a_person_s_body(sent: _Sentence, pat: _Pattern, pos: int, evidence: str) -> bool:
    """格杀 of a beast, 攻之 of a practice, a health check at the gate (rv14): the old words of killing and calling
    out said of no person, and entry refused for no wrong of his."""
    if pat.code != "CV603":
        return False
    if _GATE.fullmatch(evidence):
        return bool(_HEALTH_CHECK.search(sent.text, sent.start, sent.end))
    if evidence.startswith("格杀"):
        return bool(_BEAST_TO_KILL.search(sent.text, sent.start, pos))
    return "攻" in evidence and bool(_PRACTICE_ATTACKED.search(sent.text, sent.start, pos))


# A worker's pay docked for his own job left undone (保洁员不履行职责的，扣发当月绩效工资; 村干部考核不合格的，扣发绩效报酬): the
# employer's terms of the job, like striking him off its roll (护林员擅离职守的，予以解聘), no welfare of a member. The worker
# opens the sentence as its doer; his kin's pay stopped for another's act (停发其家庭成员的护林员工资) is another reading.
_PAY = _lazy(r"工资|报酬|绩效|劳务费|薪")
_WORKER_AT_HEAD = _lazy(
    r"\s*(?:[\d一二三四五六七八九十]+[、.．]\s*)?(?:凡|对|如|若)?(?:本村|村里?|聘用的?|村聘)?"
    r"[\u4e00-\u9fff]{0,4}?(?:保洁员|护林员|网格员|管水员|巡逻员|巡查员|保安员?|员工|职工|工作人员|村干部|干部)"
    r"(?:在[^，,。；;]{0,8}?)?(?:不|未|没有|擅|无故|考核|违反|工作|履职|值班|上班)"
)


# (非法拘禁, 违法扣押他人财物: the crime's own name; no charter calls its own sanction unlawful)
_NAMED_UNLAWFUL = ("非法", "违法")


# A person bound to be handed to the state (同众捆绑送官处治, 将其捆绑送交派出所, 众人捆绑，扭送公安机关): the citizen's
# 扭送, lawful like a hand-over (docs/clause-codes.md); bound and paraded or brought to the village first is not (rv15)
_BINDING = _lazy(r"捆|绑")
# (the village's own men binding him, 由村治安队捆绑送派出所, is the village's measure: CV603)
_VILLAGE_S_MEN = _lazy(r"村|治安|治保|联防|护林|巡逻|巡护|保安|民兵")
_BOUND_FOR_THE_STATE = _lazy(
    r"(?:(?!游|示众|村|祠|堂|组|会|部|庙|关|押在)[^。；;！!？?\n]){0,6}?"
    r"(?:送|交|解|鸣|禀|呈)(?:交|送|往|至|到|明|上)?(?:官|县|州|府|衙|派出所|公安|警|司法|法院|政府)"
)


# A supply's fitting no one uses sealed or taken out (长期勿用的老龙头，由村统一封存; 停用的旧水表拆除): upkeep of the
# system, no wrong named, nothing of a wrongdoer's taken (rv15); a pipe laid without leave (私接的水管) is another case.
# The disuse is read as for any thing held (_left_unused, t15old).
_SEALED_OR_TAKEN_OUT = _lazy(r"封存|封闭|封堵|拆除|拆掉|拆下")


def _disused_fitting_sealed(sent: _Sentence, pos: int, evidence: str) -> bool:
    return bool(_SEALED_OR_TAKEN_OUT.search(evidence) and _left_unused(sent.text, sent.start, pos))


def _bound_for_the_state(sent: _Sentence, m: re.Match[str]) -> bool:
    evidence = m.group()
    if not _BINDING.search(evidence):
        return False
    after = m.end() - 1 if evidence.endswith("送") else m.end()  # (绑送县衙, 捆送官府: the hand-over's verb in it)
    if _BOUND_FOR_THE_STATE.match(sent.text, after, sent.end) is None:
        return False
    return not _VILLAGE_S_MEN.search(sent.text, sent.clause_at(m.start()).start, m.start())


def _not_his_loss(sent: _Sentence, pat: _Pattern, clause: _Clause, m: re.Match[str]) -> bool:
    pos = m.start()
    if _not_a_person_s_body(sent, pat, pos, m.group()):
        return True
    if sent.text.endswith(_NAMED_UNLAWFUL, sent.start, pos):
        return True  # 严禁私设公堂，非法拘禁他人: a measure called unlawful is the act forbidden, no sanction (rv15)
    if pat.code == "CV603" and _bound_for_the_state(sent, m):
        return True
    if pat.code == "CV605" and _PAY.search(m.group()) and _WORKER_AT_HEAD.match(sent.text, sent.start):
        return True  # 保洁员不履行职责的，扣发当月绩效工资: the job's own pay terms, an employer's affair (rv15)
    if pat.code == "CV602" and _disused_fitting_sealed(sent, pos, m.group()):
        return True
    if pat.code == "CV603" and not pat.display and _beast_held(sent, clause, pos):
        # 将牲畜牵到村委会关起来: an animal or a thing shut in is no person's liberty; a picture shown (狗主人牵狗的
        # 合影张贴在宣传栏) holds no beast, whatever it shows
        return True
    if pat.code == "CV606" and _beast_driven_out(sent, pos, m.group()):
        return True  # 散放的牛羊进入庄稼地的，由护林员赶出村外: the beast is driven out, no person (rv13)
    if pat.code == "CV602" and _wild_beast_killed(sent, m.group()):
        return True
    if _struck_off_another_roll(sent, pat, m):
        return True  # 会员拒不出工的，执委会可将其除名: the association's own roll
    if pat.code == "CV602" and "无主" in m.group() and _FOUND_THING.search(sent.text, sent.start, pos):
        return True  # 拾得的物品无人认领的，视为无主物处理: a thing found, the law's lost property, no one's loss
    # 发现抢水的，当场关闸: the sluice he opened is shut again, his act undone, no supply cut
    return pat.code == "CV604" and bool(
        _SHUT_BARE.fullmatch(m.group()) and _OPENED_BY_HIM.search(sent.text, sent.start, pos)
    )


# An expulsion whose place is a chat group (逐出本群, 开除出村民群, 清除出业主群): put out of the group the village
# talks in, a service (CV605, docs/clause-codes.md), not out of the village; 群众 and 群体 are people (t16)
# (nothing between but the group's name: 开除其村籍并移出村民群 takes the membership, then the group)
_PUT_OUT_OF_A_CHAT = _lazy(r"(?:(?![并和及与、籍]|村外|寨外|境)[^，,。；;：:！!？?\s]){0,6}?(?<!族)群(?!众|体|组|落)")


def _candidate_ok(sent: _Sentence, pat: _Pattern, m: re.Match[str]) -> bool:
    """Whether a pattern's match is a measure the sentence imposes (the checks of the module docstring)."""
    text = sent.text
    pos = m.start()
    clause = sent.clause_at(pos)
    if pos < clause.cond_end:  # written inside a condition: described, not imposed
        return False
    if _not_his_loss(sent, pat, clause, m) or (
        pat.code == "CV606" and _PUT_OUT_OF_A_CHAT.match(text, m.end(), sent.end)
    ):
        return False
    scope = _scope_start(text, clause, pos)
    evidence = m.group()
    if _not_the_village_s(sent, pat, clause, scope, pos, evidence):
        return False
    gap = m.groupdict().get("gap")
    if gap and _POINTS.search(gap):  # 扣减积分…分红: the points scheme, not the dividend
        return False
    if _reach_barred(sent, pat, m, gap):
        return False
    if pat.object_first and gap and (_GAP_NEGATION.search(gap) or (pat.code == "CV602" and _APPLICATION.match(gap))):
        return False  # 承包地不得收回 protects; 宅基地申请暂缓审核 withholds a procedure (CV605), not the land
    end = m.end()
    if (
        _exempt_by_kind(sent, pat, clause, scope, pos, end, evidence)
        or _exempt_by_money(sent, pat, pos, end, evidence)
        or _return_misread(pat, text, end, evidence)
        or (pat.contract_money and _breach_of_contract_before(sent, pos))
        or (pat.code in ("CV601", "CV602") and _contract_remedy(sent, pos, pat.code == "CV601"))
        or _another_class(sent, pat, clause, (pos, end), evidence, gap or "")
    ):
        return False
    if _repealed(text, pos, end, sent.end) or (
        _EXCEPTED_AFTER.match(text, end, sent.end) and not _BESIDES_BEFORE.search(text, max(sent.start, pos - 5), pos)
    ):
        # 原有的罚款、没收等规定一律废止: the measures named as what is repealed; 取消其分红以外的全部福利: what
        # is excepted is not taken, the head after 以外 is
        return False
    if pat.payment and _DEDUCTED_AFTER.match(text, end, min(end + 24, sent.end)):
        return False  # 按每个工日一百元折算，从其当年土地流转收益中扣除: the withholding is the finding
    if (
        pat.payment
        and not pat.redemption
        and not _SURCHARGE.search(evidence)
        and not _PER_OFFENCE.search(text, scope, end)
        and not _running_charge(sent, scope, end)
        and _payment_exempt(sent, pos, end, evidence, gap)
    ):
        return False
    if pat.contract and _CONTRACT.search(text, sent.start, sent.end):
        return False
    if (
        pat.display
        and (not evidence.endswith("曝光") or "榜" in evidence)
        and _POSITIVE.search(text, sent.start, sent.end)
    ):
        return False  # names published to honour, not to shame
    if pat.display and _ANONYMISED.search(text, sent.start, sent.end):
        return False  # 只曝光现象，照片遮挡人脸、不公布姓名: conduct shown without the person
    # 罚款事，不能搞: the next line forbids the measure
    return not _forbidden_after(sent, clause, end) and _imposed(sent, pat, scope, pos, end, evidence)


# A charge that runs by the day until the wrong is undone (按天计收清理费一百元，直到搬走为止; 每日加收五十元，至拆除之日)
# presses him to act: a fine, whatever cost or due it is named after.
_RUNNING = _lazy(r"按天|每天|按日|每日|逐日|每拖一天|每延一天|每超一天|每逾期一天")
_UNTIL = _lazy(
    r"(?:直到|直至|截至|至|到)[^，,。；;]{0,6}?(?:清|搬|拆|移|运|改|恢复|停止|交|缴|还|退|走)[^，,。；;]{0,6}?(?:为止|之日|之时|那天)"
)


def _running_charge(sent: _Sentence, scope: int, end: int) -> bool:
    return bool(_RUNNING.search(sent.text, scope, end)) and bool(_UNTIL.search(sent.text, end, sent.end))


# A rhymed line names the measure as its topic and forbids it in the next (罚款事，不能搞; 停水断电，要不得):
# the prohibition comes after what it forbids.
_TOPIC_TAIL = _lazy(r"(?:的|之|这种|这类|这样的)?(?:事|事情|做法|办法|规矩)?\s*")
_FORBIDDEN_AFTER = _lazy(
    r"\s*(?:坚决|绝对|一律|决|绝|千万|切)?(?:不能|不许|不准|不得|不要|不可|不该|不应|莫|别|勿|严禁|禁止|杜绝)"
    r"(?:再|乱)?(?:搞|做|干|行|来|提|办|开)?\s*|\s*(?:要不得|使不得|不可取|不允许|不提倡|行不通)\s*"
)


def _forbidden_after(sent: _Sentence, clause: _Clause, end: int) -> bool:
    if not _TOPIC_TAIL.fullmatch(sent.text, end, clause.end):
        return False
    clauses = sent.clauses
    at = clauses.index(clause)
    if at + 1 == len(clauses):
        return False
    after = clauses[at + 1]
    return _FORBIDDEN_AFTER.fullmatch(sent.text, after.start, after.end) is not None


# 由村委会报请派出所将其户口迁出本村: no organ may move a member out for his conduct, so the village that asks
# for it imposes the expulsion itself (like 报请注销其户口)
# (any way of asking: 建议, 函请, its opinion given, 出具意见报派出所, or a bare 报 to the organ that moves it)
_VILLAGE_ASKS = _lazy(
    r"报请|提请|申请|请求|要求|建议|商请|函请|出具"
    + _GAP
    + r"{0,4}?(?:意见|证明|函)|报(?:送|给|至|到)?(?:当地)?(?:派出所|公安|户籍)"
)


# A supplier's own remedy for its own bill under its supply contract (按合同约定…中止供水): not the village's cut.
_SUPPLY_CONTRACT = _lazy(r"(?:按|依|按照|依照|根据|依据)" + _GAP + r"{0,10}?(?:合同|协议|约定)")
# (a supply contract named is about its bill: 依据供用水合同对欠费用户书面催告)
_SUPPLY_BILL = _lazy(r"水费|电费|气费|取暖费|供暖费|采暖费|热费|网费|宽带费|收视费|(?:供用?|用)(?:水|电|气|热)合同")
# The service refused is buying the supply itself (暂停为其办理预付费水卡的充值): the supply is cut (CV604).
_SUPPLY_BOUGHT = _lazy(r"(?:水|电|气)卡|充值|购水|购电|购气|(?:用|供)(?:水|电|气)|暖气|供暖|采暖|供热|开栓|报装|搭接")
_SERVICE_VERB = _lazy(r"办理|受理|办")
# the statutory procedure before a supplier suspends (催告, 提前通知, 规定程序): with the supply contract named
# earlier in the article (…按照供水合同书面催告；催告期满仍不缴纳的，…中止供水) the cut follows the contract
_SUPPLY_PROCEDURE = _lazy(r"催告|催交|催缴|催收|程序|(?:提前|事先)" + _GAP + r"{0,6}?通知")

# works or a shortage named as the cause before a stop (因线路改造，该户停电一天; 由于管网维修; 因天旱水源不足，暂停放水):
# a shut-off for them, for everyone alike, not a sanction, unless a wrong stands before it (因私拉电线引发线路检修的)
_OUTAGE_CAUSE = _lazy(
    r"(?:因|由于|为了?|配合|遇)"
    + _GAP
    + r"{0,10}?(?:检修|维修|抢修|改造|施工|检测|试压|冲洗|消毒|清洗|升级|扩容|迁改|清淤|"
    r"天旱|干旱|旱情|大旱|缺水|枯水|(?P<short>(?:水源|水量|来水|水压|电力|供电能力)(?:不足|紧张|短缺))|水位(?:下降|过低|偏低))"
    # (the shortage told on after it, 因天旱水源不足: its 不 is no wrong)
    r"(?P<more>[^，,。；;]{0,6}?(?:不足|紧张|短缺|过低|偏低|下降))?"
)


def _outage_stop(text: str, start: int, pos: int) -> bool:
    cause = _OUTAGE_CAUSE.search(text, start, pos)
    if cause is None:
        return False
    told = [span for span in (cause.span("short"), cause.span("more")) if span[0] >= 0]
    cut = min((s for s, _ in told), default=pos)
    after = max((e for _, e in told), default=pos)
    return not (_WRONGDOING.search(text, start, cut) or _WRONGDOING.search(text, after, pos))


def _supply_contract_followed(sent: _Sentence, end: int) -> bool:
    text = sent.text
    if _SUPPLY_CONTRACT.search(text, sent.start, end):
        return True
    contract = _SUPPLY_CONTRACT.search(text, 0, sent.start)
    return contract is not None and bool(_SUPPLY_PROCEDURE.search(text, contract.start(), end))


# Where a generic class took the wrong words: an application for the object (宅基地申请暂缓审核: the procedure, CV605), an object inside a time phrase (补办手续后也不予退还).
_PUBLIC = _lazy(_SHOWN_MEDIUM + r"|公开|公布|宣布|张贴|张榜|挂牌|告示|公告|通告|门[前口上]|通报|曝光|示众")
_WELFARE_TOPIC = _lazy(_WELFARE)
# Given back to its owner (退还押金, 材料退回, 用完退给): one word class for every reading of a return
_RETURN_VERB = _lazy(r"(?:退还|返还|归还|退回|发还|交还|退给)")
_MEETING_DECIDES = _lazy(r"议?(?:上|中)?(?:评议|讨论|决定|通过|研究|表决|认定|评定|审议|同意)")
_NOT_SHOWN_BEFORE = _lazy(r"(?:不|未|无需|不必|不得|不予|不会|暂不)(?:对外|向外|向社会|予以|在村内?|在网上)?\s*$")


def _shown_publicly(text: str, start: int, end: int) -> bool:
    """A public medium or a verb of showing, not negated (记入档案，不对外公布 shows no one), nor the meeting
    that decides (经村民代表会议评议)."""
    return any(
        not _NOT_SHOWN_BEFORE.search(text, max(start, m.start() - 6), m.start())
        and not _MEETING_DECIDES.match(text, m.end(), end)
        for m in _PUBLIC.finditer(text, start, end)
    )


_APPLICATION_IN_GAP = _lazy(r"申请|申报|报名")
# (or the card or pass that lets him use the place: 注销其地下车库月卡 ends a service, CV605, not the garage taken;
# or the list he would be vetted onto: 不纳入建房审批名单 withholds the village's vetting, CV605, no land of his is
# taken yet)
_PROCEDURE_AT_END = _lazy(
    r"(?:备案|登记|手续|审批|申请|事项|业务|证明|(?<!银行)(?<!存)(?<!储蓄)卡|通行证|出入证|停车证|"
    r"(?:安排|审批|申请|建房|规划|审核)(?:名单|名册|计划))$"
)
_AFTER_OBJECT = _lazy(r"(?:之|以)?后")


# Whom a benefit is for by age or residence (未满十八周岁的, 不在本村居住的): eligibility, not a wrongdoing.
_NOT_FOR = _lazy(r"未满|不满|年满|周岁|岁以[上下]|不在(?:本|该)?(?:村|组|寨|屯|社区|小区)|不是本|非本")


# what the village gives every household is a benefit, whatever it is (给各户送的米和油, 人人有份的年货)
_GIVEN_TO_ALL = _lazy(
    r"(?:给|向|为)(?:各户|每户|全村|各家|每家|家家户户|全体村民|村民|各位村民)" + _GAP + r"{0,3}?(?:送|发|分|赠)|"
    r"人人有份|户户有份|每户一份|"
    # an outing or a check-up the village holds for a group (村里组织老年人外出旅游、免费体检)
    r"组织" + _GAP + r"{0,12}?(?:旅游|出游|体检|疗养|观光|参观)"
)
# money the holder is owed (补偿款, 租金, 分红) is his property when withheld (CV602), no benefit
# (not the state's grain payment, 粮食补偿款: a subsidy, CV605)
_OWED_TOPIC = _lazy(r"(?<!粮食)补偿|赔偿|租金|流转|分红|收益|股金")
# the share or compensation a sentence opens with, held back from the wrongdoer named after it
_OWED_MONEY_TOPIC = _lazy(_DIVIDEND)
# the wrongdoer named by his deed without 的 (乱砍滥伐户, 欠费户, 违规人员)
_DOER_NOUN = _lazy(r"(?:户|人员|者|人家)\s*$")
_DOER_NOUN_MAX = 10


def _wrongdoer_named_before(sent: _Sentence, pos: int, owed: bool = False) -> bool:
    """Welfare (or, if `owed`, money owed to him: 分红, 补偿款) opened the sentence, and what stands just before the
    withholding is a wrongdoer closed by 的 (…人人有份，但积分不足的村民不予发放; …，违反本约的除外) or named
    by his deed (乱砍滥伐户暂停发放)."""
    text = sent.text
    de = text.rfind("的", sent.start, pos)
    named = de >= 0 and pos - de <= 6
    before = de if named else pos
    brk = max(text.rfind("，", sent.start, before), text.rfind(",", sent.start, before))
    if brk < 0:
        return False  # the welfare stands in a clause of its own before the wrongdoer
    doer = text[brk + 1 : before]
    if not named and (len(doer) > _DOER_NOUN_MAX or not _DOER_NOUN.search(doer)):
        return False
    if owed:
        # (a bare 不 or 未 is a wrong only before a duty left undone, 未签承诺书, 不交卫生费: 手续不全的农户暂缓发放,
        # 外出未归的户 wait for papers or for him, no sanction)
        topic = bool(_WRONG_BEYOND_BARE.search(doer) and _OWED_MONEY_TOPIC.search(text, sent.start, brk))
    else:
        topic = bool(_WELFARE_TOPIC.search(text, sent.start, brk)) or bool(
            _GIVEN_TO_ALL.search(text, sent.start, brk) and not _OWED_TOPIC.search(text, sent.start, brk)
        )
    return bool(_WRONGDOING.search(doer) and not _NOT_FOR.search(doer) and topic)


def _another_class(
    sent: _Sentence, pat: _Pattern, clause: _Clause, span: tuple[int, int], evidence: str, gap: str
) -> bool:
    """The words belong to another code or to none: what the object phrase really is decides."""
    text, (pos, end) = sent.text, span
    # (the contract may be the match's own words: …依供水合同提前通知后暂停)
    if pat.code == "CV604" and _supply_contract_followed(sent, end) and _SUPPLY_BILL.search(text, 0, end):
        return True
    if pat.code == "CV604" and _outage_stop(text, sent.start, pos):
        return True
    if pat.topic_object and not _wrongdoer_named_before(sent, pos, owed=pat.code == "CV602"):
        return True
    if (
        pat.needs_medium
        and not evidence.startswith(("宣布", "公布"))
        and not _shown_publicly(text, sent.start, sent.end)
    ):
        return True  # 评定为失信户: a rating, not shown
    if pat.code in ("CV602", "CV605") and _stall_right_ended(sent, pos, clause.end, evidence):
        return True  # 违规转租摊位的，取消其经营资格: the market's licence ends for its own breach, clean
    if pat.code == "CV605" and _RETURN_VERB.match(text, end):
        return True  # 材料不予退还: a thing not given back is property (CV602), not a service
    if pat.code == "CV602" and pat.object_first and _SUPPLY_AFTER.match(text, end):
        return True  # 该户责任田本季不予排灌: the field names where the water is refused (CV604), not the land taken
    if (
        pat.code == "CV605"
        and _SERVICE_VERB.search(evidence)
        and _SUPPLY_BOUGHT.search(_object_phrase(text, pos, clause.end))
    ):
        return True
    return pat.generic and (
        (pat.code in ("CV602", "CV606") and bool(_APPLICATION_IN_GAP.search(gap)))
        # the land or status only names the procedure that is the head (不予办理林权流转备案): a service
        # (注销其户籍登记 cancels the status itself: CV606 keeps it)
        or (pat.code == "CV602" and bool(_PROCEDURE_AT_END.search(_object_phrase(text, end - 1, clause.end))))
        or (pat.object_first and bool(_AFTER_OBJECT.match(gap)))
    )


_SUPPLY_AFTER = _lazy(r"\s*(?:排灌|灌溉|供水|放水|浇水|浇灌|送水|通水|配水|供电|通电|送电)")


# The right to trade at a stall, a shop or a market (摊位经营权, 经营资格, 营业资格, 进场资格), not land farmed under a
# contract (承包经营权, 林地经营权: land, CV602)
_STALL_RIGHT = _lazy(
    r"(?<![地林田塘山场草园包面])(?:摊位|摊点|店铺|商铺|门店|铺面|营业|经营|摆摊|设摊|入场|进场|入市|进市)(?:经营)?(?:权|资格|许可)"
)
# a bare 资格 taken (违者取消资格) after a wrong done in trading at a stall or a shop
_BARE_ELIGIBILITY = _lazy(r"(?:取消|注销|收回|吊销)(?:其|该户|违者|该摊位?|该商户)?的?资格$")
_TRADE_WRONG = _lazy(r"摊|经营|营业|商户|店铺|商铺|门店|铺面")


def _stall_right_ended(sent: _Sentence, pos: int, clause_end: int, evidence: str) -> bool:
    """A market's, an estate's or a scenic area's managers ending a trader's right to his stall or shop for breaking
    its terms (转租摊位的，取消经营资格; 逾期不交摊位费的，取消经营权) end the licence they granted: the licence's own
    remedy, clean like a lease ended for its own breach (docs/clause-codes.md); a deposit kept with it keeps its CV601."""
    if _STALL_RIGHT.search(sent.text, pos, clause_end):
        return True
    return bool(_BARE_ELIGIBILITY.search(evidence)) and bool(_TRADE_WRONG.search(sent.text, sent.start, pos))


# X以外的Y, X之外的Y: X names what the measure leaves alone, the measure takes Y (取消其分红以外的全部福利待遇)
# (停发其股金分红以外的: the rest of the noun may follow the match)
_EXCEPTED_AFTER = _lazy(r"[^，,。；;：:！!？?\s的]{0,4}?\s*(?:以外|之外|除外)")
# 除X之外，还要Y: a 除 before the measure makes 之外 "besides", X imposed and Y added to it (除鞭打之外另罚, 除了关押以外
# 还要罚款); only the X of an excepted head (分红以外的福利) is left alone
_BESIDES_BEFORE = _lazy(r"除(?:了|去)?(?:对其|对他|对她|对|要|应|须|将其|把他)?$")


# the measure granted on his own application, right before it in its clause (本人申请后予以销户, 经其书面申请，…)
_ON_HIS_OWN_REQUEST = _lazy(
    r"(?:经|由|待)?(?:其|其本人|本人|用户|户主|当事人|成员本人)(?:自愿|主动)?(?:书面)?(?:提出)?申请(?:后|的|并)?[，,]?\s*"
    r"(?:经[^，,。；;]{0,8}?(?:同意|批准)后?[，,]?)?(?:可以?|方可|即可)?(?:予以|为其|给予)?$"
)


# The supplier as the sentence's subject, its own bill unpaid, its statutory steps named (供电所…对欠费用户发出催费通知书，
# 逾期仍不交纳的，依法定程序停电): its own service stopped under the law, not the village's cut (docs/clause-codes.md,
# CV604), though the supplier stands clauses before the cut (rv15)
_STATUTORY_STEPS = _lazy(r"(?:依照?|按照?)法定程序|催告|催费通知|催缴通知|书面通知")
_OWN_BILL = _lazy(r"欠费|欠缴|欠交|拖欠|电费|水费|气费|取暖费|供暖费")


def _supplier_s_own_steps(sent: _Sentence, pos: int) -> bool:
    text = sent.text
    supplier = _SUPPLIER.search(text, sent.start, pos)
    if supplier is None or _VILLAGE_OWNED_BEFORE.search(text, max(sent.start, supplier.start() - 4), supplier.start()):
        return False
    return bool(_STATUTORY_STEPS.search(text, sent.start, sent.end) and _OWN_BILL.search(text, sent.start, pos))


def _supplier_for_another_wrong(sent: _Sentence, deferred: re.Match[str], scope: int) -> bool:
    if not _SUPPLIER.fullmatch(deferred.group()):
        return False
    # the village's own water keeper (村供水站, 本寨自来水站) is the village, even for its own bill
    # (docs/clause-codes.md); a supply contract followed is read by _another_class
    if _VILLAGE_OWNED_BEFORE.search(sent.text, max(sent.start, deferred.start() - 4), deferred.start()):
        return True
    return not _OWN_SUPPLY_MATTER.search(sent.text, sent.start, scope)


# The lawful measures a charter may give (docs/clause-codes.md, "Clean, however dangerous it looks"): criticism,
# warning, an order to put right, an apology, restoring the state
_LAWFUL_KIND = r"(?:警告|批评|教育|说服|劝导|劝诫|劝说|训诫|责令|改正|整改|赔礼|道歉|检讨|恢复原状)"
# 给予警告、批评教育等处罚: the penalty's kinds named before it, all lawful
_LAWFUL_KINDS_BEFORE = _lazy(_LAWFUL_KIND + r"(?:[、和或及与]?" + _LAWFUL_KIND + r")*等?(?:的)?(?:相应的?)?$")
# after the penalty, what spells it out: grades of the wrong (轻者…重者…, 初次…再次…) or a list (具体为：, 如下)
_SPELLED_GRADES = _lazy(
    r"轻者|重者|轻微|较轻|较重|严重|首次|初次|首犯|初犯|再次|屡犯|屡教|第[一二三]次|[：:]|如下|以下方式"
)
# …给予相应处罚，并责令其改正: the lawful order is given beside the penalty, which stays unnamed
_ADDED_AFTER = _lazy(r"[，,；;。\s]*(?:并|并且|同时|还|另|再|且|以及|外加)")


def _unnamed_spelled_out(text: str, pos: int, end: int) -> bool:
    """An unnamed penalty (视情节进行处罚, 给予相应处罚) whose kinds the article spells out in lawful terms refers to
    them and imposes nothing more (tenth session, docs/clause-codes.md "Cases decided since"): named before it
    (给予警告、批评教育等处罚), or after it by grade or list (视情节处罚。情节轻微的口头警告，较重的批评教育). A lawful
    order added beside it (并责令改正) spells nothing out, and a lawful measure before an unnamed heavier one
    (初次警告，屡教不改的从重处罚) leaves that one unnamed. Unlawful kinds in the list keep their own findings."""
    if _LAWFUL_KINDS_BEFORE.search(text, max(0, pos - 16), pos):
        return True
    if _ADDED_AFTER.match(text, end):
        return False
    rest = text[end:]
    return bool(_SPELLED_GRADES.search(rest) and re.search(_LAWFUL_KIND, rest))


# 由县水利部门会同镇政府，依…办法，向私挖河沙者罚款: a state organ named as the agent (由 + the organ) governs the
# measures after it in the sentence, across its sub-clauses; not inside 除由…外 (the village's own measure follows
# it) nor once the village or a new agent is named (…，村里另罚款)
_AUTHORITY_AGENT = _lazy(r"(?<!除)由[^，,。；;村组社居物]{0,8}?(?:" + _DEFER_ACTOR.pattern + ")")
_AGENT_CHANGED = _lazy(r"村|组(?!织)|社区|居委|物业|业委会|护林员|本社|另|外[，,]")
# …；对不交罚款的，暂扣其挖沙船: the refusal of that organ's fine, its enforcement is the organ's too
_FINE_REFUSED = _lazy(
    r"(?:拒不|拒绝|不按时|未按时|逾期不|不)(?:缴纳|交纳|缴|交|支付)[^，,。；;]{0,2}?(?:罚款|罚金|罚没款)"
)
# …由畜牧部门处以罚款；情节恶劣的，收缴其猎狗: a graver grade of the same wrong, or his refusal to put
# it right, opens the next clause; the organ that dealt with the wrong deals with its grades
_GRADE_OF_THE_WRONG = _lazy(
    r"\s*(?:情节(?:特别|较为|较|十分|极为)?(?:严重|恶劣|较重|重大)|拒不(?:改正|整改|履行)|逾期(?:不|未)(?:改正|整改)|"
    r"屡教不改|再次违反|造成(?:严重)?(?:后果|损失)|(?:第二次|再次|又)(?:违反|发现))的"
)
_PERIOD_BREAK = _lazy(r"[。！!？?\n]")
# 报县渔政执法大队，由其没收网具并处罚款: the organ handed the case, then named again as 其 or 该…, is the agent
_HANDED_TO_THEN_ITS = _lazy(
    r"(?:报|移交|移送|交由|交给|送交|报请|报告|通知)[^，,。；;]{0,6}?(?:"
    + _DEFER_ACTOR.pattern
    + r")[^。；;]{0,12}?由(?:其|该|他们|对方)"
)


def _authority_is_agent(text: str, start: int, pos: int) -> bool:
    """A fine or a taking whose agent is a state organ named before it in the sentence (docs/clause-codes.md: a
    measure left to an authority imposes nothing), or, after a semicolon, the enforcement of that organ's fine."""
    for agent in _AUTHORITY_AGENT.finditer(text, start, pos):
        if not _AGENT_CHANGED.search(text, agent.end(), pos):
            return True
    for agent in _HANDED_TO_THEN_ITS.finditer(text, start, pos):
        if not _AGENT_CHANGED.search(text, agent.end(), pos):
            return True
    if start == 0 or text[start - 1] not in "；;":
        return False
    if not (_FINE_REFUSED.search(text, start, pos) or _GRADE_OF_THE_WRONG.match(text, start)):
        return False
    if _AGENT_CHANGED.search(text, start, pos):
        return False  # …；拒不缴纳罚款的，由村委会扣留牲畜: the village enforces it itself
    before = max((m.end() for m in _PERIOD_BREAK.finditer(text, 0, start)), default=0)
    return _authority_is_agent(text, before, start - 1)


# 除没收违法所得外，依照《某某法》处以罚款: what 除…外 sets beside a measure the law's own text governs (a
# statute named by its title, 依法, 依照…法) is that law's list of measures repeated, not the charter's own (the
# charter's own fine after 除…外, 按每株五十元处以罚款, leaves the taking the village's)
_EXCEPT_THEN_LAW = _lazy(
    r"[^，,。；;]{0,14}?外[，,]?\s*(?:还|并|再|另)?(?:应当?|须|要)?"
    r"(?:依法|依照|按照|按|依|根据|依据)\s*《[^》]{1,24}?(?:法|条例)》"
)


# 由镇政府责令停止，并赔偿三倍的损失: an authority penalises and orders, it awards no damages (a court does), so the
# multiple of the loss the wrongdoer pays is the rule's own fixed penalty, whoever is named as the agent before it
_DAMAGES_BEFORE_MULTIPLE = _lazy(r"(?:赔偿|赔付|赔)[^，,。；;罚]{0,6}$")
_DAMAGES_AFTER_MULTIPLE = _lazy(r"[^，,。；;罚]{0,8}?赔")
_MULTIPLE_RE = _lazy(_MULTIPLE)
# a statute named by its title in the sentence, or the victim's own claim right before the multiple
_THE_LAW_S_MULTIPLE = _lazy(
    r"《[^》]{1,24}法》[^。；;]*$|(?:可|可以|有权|依法)(?:要求|主张|请求|获得)[^，,。；;]{0,6}$"
)


# A thing's price or loss paid at a multiple (按原价双倍赔偿, 照价两倍赔偿, 按损失的三倍赔付): damages make the loss good
# once, so the rest is a penalty even with no wrong named (丢失 is no wrongdoing word); the statute's or the victim's
# own multiple (消费者可要求三倍赔偿) stays the law's (t16)
_PRICE_BEFORE_MULTIPLE = _lazy(
    r"(?:(?:原价|照价|按价|价格|价款|价值|造价|售价|市价|定价|标价|损失)的?[^，,。；;]{0,2}|(?:赔偿|赔付|赔))$"
)
_PAID_AFTER_MULTIPLE = _lazy(
    r"的?(?:价款|价格|价钱|金额|损失)?(?:予以|进行|给予)?(?:赔偿|赔付|赔款|赔)|(?<=[赔付])(?=[，,。；;！!？?\s]|$)"
)
# 赔偿一倍 pays the price once, no multiple beyond it (加收一倍 doubles: a surcharge's verb before it)
_ONCE = _lazy(r"[一1]倍")


def _price_multiplied(sent: _Sentence, pos: int, evidence: str) -> bool:
    m = _MULTIPLE_RE.search(evidence)
    if m is None:
        return False
    text, at = sent.text, pos + m.start()
    if _THE_LAW_S_MULTIPLE.search(text, max(sent.start, at - 60), at) or _ONCE.fullmatch(m.group()):
        return False
    paid = _PAID_AFTER_MULTIPLE.match(text, at + len(m.group()), sent.end)
    # (the price named before the multiple, 按原价双倍赔偿, or after it, 按双倍价格赔偿)
    priced = _PRICE_BEFORE_MULTIPLE.search(text, max(sent.start, at - 8), at) or (paid and "价" in paid.group())
    return bool(paid and priced)


def _damages_multiplied(text: str, pos: int, evidence: str) -> bool:
    """The multiple in the evidence at pos is of damages (赔偿三倍的损失, 按损失的三倍赔偿), not an authority's fine."""
    m = _MULTIPLE_RE.search(evidence)
    if m is None or "罚" in evidence:
        return False
    at = pos + m.start()
    if _THE_LAW_S_MULTIPLE.search(text, max(0, at - 60), at):
        return False  # 依照《消费者权益保护法》…三倍赔偿, 消费者可要求三倍赔偿: the statute's damages, the victim's claim (rv14)
    after = text[at + len(m.group()) : at + len(m.group()) + 10]
    return bool(_DAMAGES_BEFORE_MULTIPLE.search(text, max(0, at - 8), at) or _DAMAGES_AFTER_MULTIPLE.match(after))


# A statute cited at the sentence's head (根据《森林法》，盗伐林木的，处以罚款; 依照《治安管理处罚法》第四十二条规定，…处五日
# 以下拘留或者五百元以下罚款): the sentence tells the law's own penalty, which an authority imposes, when the measure is of
# a kind the law gives (a fine, a confiscation, detention, a licence taken) and the charter does not speak in its own
# voice between (经村民会议讨论, 本村) or fix its own sum (罚款五十元 is the charter's, 依法罚款500元 as well; rv15)
_LAW_S_KINDS = {
    "CV601": _lazy(r"罚|款|金"),
    # (not land, a house or a share: 没收其承包地 is no law's confiscation)
    "CV602": _lazy(
        r"(?:没收|收缴|扣押|查封|暂扣|充公|入官)(?!" + _GAP + r"{0,3}?(?:承包|土地|田|地|宅|房|股|分红|山林))"
    ),
    "CV603": _lazy(r"拘留|拘役|管制"),
    "CV605": _lazy(r"(?:吊销|暂扣|扣留)" + _GAP + r"{0,4}?(?:证|照)"),
}
_LAW_TITLE = r"(?:国家)?《(?![^》]{0,24}(?:村规|民约|公约|规约|寨规|族规|章程|本约|组织法))[^》]{0,30}(?:法|条例)》"
# (the title cited after 根据, or the statute itself the subject of 规定: 《治安管理处罚法》规定，…)
_LAW_AT_HEAD = _lazy(
    r"\s*(?:(?:根据|依据|依照|按照|遵照|按|据|依)\s*"
    + _LAW_TITLE
    + "|"
    + _LAW_TITLE
    + r"(?:第[^，,。；;]{1,8}条)?(?:中)?(?:明确)?规定)"
)
_CHARTER_VOICE = _lazy(
    r"本(?:村|组|社|寨|族|约|公约)|村里|组里|集体|村委|村民委员会|村民小组|村民会议|村民代表|讨论|结合|制定|村规民约"
)
_STATUTE_RANGE = _lazy(r"以下|以上|至|倍|不超过")


_LAND_OR_SHARE = _lazy(r"承包|土地|田|地|宅|房|股|分红|山林")


def _law_s_kind(sent: _Sentence, code: str, pos: int, evidence: str) -> bool:
    """The measure is of a kind the law gives; a confiscation not of land, a house or a share, named before it in its
    clause either (其承包地充公)."""
    if not _LAW_S_KINDS[code].search(evidence):
        return False
    return code != "CV602" or not _LAND_OR_SHARE.search(sent.text, sent.clause_at(pos).start, pos)


def _law_cited_at_head(sent: _Sentence, code: str, pos: int, evidence: str) -> bool:
    text = sent.text
    cited = _LAW_AT_HEAD.match(text, sent.start)
    if cited is None or not _law_s_kind(sent, code, pos, evidence):
        return False
    if _CHARTER_VOICE.search(text, cited.end(), pos):
        return False
    return "元" not in evidence or bool(_STATUTE_RANGE.search(evidence))


# A state body's notice told (县人民委员会颁发了《…布告》，规定…偷拔一棵，罚款五元; 乡政府发出通告：…): its penalties, of the
# kinds the law gives, are the authority's under its own law, across the notice's semicolons (docs/clause-codes.md: a
# fine in an authority's notice is left to the authority; rv15). The village issuing (村委会发布通知) is the charter.
_NOTICE_ISSUED = _lazy(
    r"(?:(?:县|乡|镇|区|市|省|州|旗|公社)(?:人民)?(?:政府|人民委员会|人委|公署|革命委员会|革委会)|县衙|官府|州府|"
    r"(?:林业|公安|水利|环保|农业|国土)(?:局|厅|部门))[^，,。；;：:]{0,4}?"
    r"(?:颁发|颁布|发布|下达|印发|出台|发出|出示|张贴|公布)了?[^，,。；;：:]{0,4}?(?:《|布告|通告|公告|通知|告示|命令|决定)|"
    # (an official's stele named by its genre, 《…示碑》, 《奉宪示禁碑》: the magistrate's or the circuit's order carved)
    r"《[^》]{0,24}?(?:示|示禁|禁示)碑》"
)
# (the notice told on across its periods, 并规定…, until the village speaks: 本村规定, 经村民会议讨论)
_VILLAGE_SPEAKS = _lazy(r"本(?:村|组|社|寨|约|公约)|村里|组里|村委|村民委员会|村民小组|村民会议|村民代表|村规民约|讨论")


def _authority_s_notice(sent: _Sentence, code: str, pos: int, evidence: str) -> bool:
    text = sent.text
    if not _law_s_kind(sent, code, pos, evidence):
        return False
    issued = _NOTICE_ISSUED.search(text, 0, pos)
    return issued is not None and not _VILLAGE_SPEAKS.search(text, issued.end(), pos)


def _beside_the_law_s_measure(text: str, pos: int, end: int) -> bool:
    """The measure at pos opens a 除…外 frame whose other measure follows a statute named by its title."""
    return pos > 0 and text[pos - 1] == "除" and _EXCEPT_THEN_LAW.match(text, pos, end) is not None


# Penalty provisions a law or an authority sets (《治安管理处罚法》对赌博规定了处罚措施, 县里对违规建房出台了处罚办法),
# refused (不设定处罚措施), left to an authority or a statute after them (由城管部门执行, 按照《…法》执行) or reported
# struck down (后被镇政府认定无效): no penalty of the charter's (rv13)
_PROVISIONS_SETTER = _lazy(
    r"《[^》]{1,30}》|法律|法规|条例|国家|(?:省|市|县|区|乡|镇|街道)(?:里|上|政府|人民政府)?(?=[^，,。；;]{0,3}?(?:对|为|针对))|"
    r"政府|部门|机关|公安|法院"
)
_PROVISIONS_REFUSED = _lazy(r"(?:不|未|没有|无权|不得|不能)(?:再|另行)?" + _SETS_PROVISIONS)
_PROVISIONS_AFTER = _lazy(
    r"由[^，,。；;]{0,10}?(?:部门|政府|机关|公安|法院|执法)|(?:按照|依照|根据|依据)\s*《|"
    r"删除|删去|废止|废除|撤销|作废|纠正|无效|叫停"
)


def _provisions_not_the_charter_s(sent: _Sentence, pos: int, evidence: str) -> bool:
    text = sent.text
    return bool(
        _PROVISIONS_SETTER.search(text, sent.start, pos)
        or _PROVISIONS_REFUSED.search(evidence)
        or _PROVISIONS_AFTER.search(text, pos + len(evidence), sent.end)
    )


# 行政机关和村民委员会可以取消其优惠政策, 由镇政府和村委会没收: the village named among the agents takes the measure
# itself; the organ beside it does not make it a referral (a referral hands the case on: 报派出所, 移交)
_VILLAGE_BODY = (
    r"(?:(?:村|居|村[(（]居[)）]|村民|居民|村[(（]居[)）]民)(?:民)?(?:委员会|委会)|村委会?|村民小组|村集体|居委会?)"
)
_VILLAGE_AMONG_AGENTS = _lazy(
    r"(?:和|及|与|、|或|以及|会同|同)\s*"
    + _VILLAGE_BODY
    + r"|"
    + _VILLAGE_BODY
    + r"(?:和|及|与|、|或|以及|会同)(?!报|移|送)"
)


# 依法查处，并按照村规民约进行处罚: the charter's own rule named after the law, right before the penalty, is the rule it
# follows; the law before it governs the measure before (查处), as 并 opens a second one
_CHARTER_RULE_NAMED = _lazy(
    r"(?:按|照|依|根据|依据)照?(?:本|此)?(?:村规民约|村规|民约|居民公约|公约|规约|本约|族规|寨规)(?![^，,。；;]{0,6}?(?:和|及|与|或)(?:有关|相关|法))"
)


def _outside_rule_governs(text: str, scope: int, pos: int) -> bool:
    """An outside rule (依法, 按有关规定) before an unnamed penalty, not overridden by the charter's own rule after it."""
    own = [m.end() for m in _CHARTER_RULE_NAMED.finditer(text, scope, pos)]
    return bool(_OUTSIDE_RULE.search(text, own[-1] if own else scope, pos))


def _not_the_village_s(sent: _Sentence, pat: _Pattern, clause: _Clause, scope: int, pos: int, evidence: str) -> bool:
    """A measure forbidden (不得罚款), or deferred to the law or to another actor (由公安机关依法处理)."""
    text = sent.text
    if _prohibited(text, scope, pos, evidence) or _prohibition_carried(sent, clause):
        return True
    deferred = _DEFER_ACTOR.search(text, scope, pos)
    if (
        deferred
        and not _VILLAGE_DIRECTS.search(text, scope, pos)
        and not _VILLAGE_AMONG_AGENTS.search(text, scope, pos)
        and not _supplier_for_another_wrong(sent, deferred, scope)
        and not (pat.code == "CV606" and _VILLAGE_ASKS.search(text, scope, pos))
    ):
        return True
    if (
        pat.code in ("CV601", "CV602")
        and _authority_is_agent(text, sent.start, pos)
        and not _damages_multiplied(text, pos, evidence)
    ):
        return True
    if pat.code in ("CV601", "CV602") and _beside_the_law_s_measure(text, pos, sent.end):
        return True
    if pat.code == "CV604" and _supplier_s_own_steps(sent, pos):
        return True
    if pat.code in ("CV602", "CV604", "CV605", "CV606") and _ON_HIS_OWN_REQUEST.search(text, sent.start, pos):
        return True  # 用户长期不用水的，本人申请后予以销户: what he asked for, no sanction (rv15)
    if pat.code in _LAW_S_KINDS and (
        _law_cited_at_head(sent, pat.code, pos, evidence) or _authority_s_notice(sent, pat.code, pos, evidence)
    ):
        return True
    if pat.unnamed and (
        _outside_rule_governs(text, scope, pos) or _unnamed_spelled_out(text, pos, pos + len(evidence))
    ):
        return True
    if pat.provisions and _provisions_not_the_charter_s(sent, pos, evidence):
        return True
    return bool(pat.defer_bare and "元" not in evidence and _DEFER_BARE.search(text[scope:pos]))


def _not_welfare_withheld(sent: _Sentence, clause: _Clause, pos: int, evidence: str) -> bool:
    if _UNTRUE_NOT_CERTIFIED.search(evidence) and _untrue_matter(sent, clause, pos):
        return True  # 对不属实的情况不予出具证明: a paper refused for what is untrue, not a person punished
    # 不再享受本村村民的一切待遇: a member's treatment is membership (CV606), not welfare
    return bool(_MEMBER_TREATMENT.search(evidence))


def _listed_eligibility(text: str, start: int, end: int) -> bool:
    """有下列情形之一的，停止发放高龄补贴：（一）户口迁出本村；…: the eligibility is named in the items after."""
    header = _LISTED_HEADER.search(text, start, end)
    listed = header and _LISTED_ITEMS.search(text, header.end())
    return bool(listed and _ELIGIBILITY.search(listed.group(1)))


# 骗取征地补偿的股东，取消其股东身份: fraud for money or land ends a claim to that money or land, never the
# membership itself (假结婚骗取分地的，注销其户籍 is an expulsion)
_FRAUD_FOR_MONEY = _lazy(
    r"(?:骗取|冒领|虚报|隐瞒|弄虚作假|虚假)"
    + _GAP
    + r"{0,12}?(?:补偿|补助|补贴|款|金|低保|救助|救济|分红|财物|钱|分地|土地|承包地|宅基地|安置房|房屋)"
)


# 将其户口从本社区集体户中迁出, 把他家户籍自本组迁出: someone moves the registration out (the lookbehinds of
# _ELIGIBILITY cover only the short forms)
_MOVED_BY_VILLAGE = _lazy(r"(?:将|把)" + _GAP + r"{0,16}?(?:户口|户籍)" + _GAP + r"{0,14}$")


# what the charter names his due (其本人应得的, 该户应分得的, 他应享有的): he is entitled to it, whatever he did
_OWN_DUE = _lazy(r"(?:其|本人|他|她|该户|该人)" + _GAP + r"{0,3}?应(?:得|分得|领|领取|享有|享受|发)的")
_DEEMED_BEFORE = _lazy(r"(?:视为|视同)" + _GAP + r"{0,6}$")
_REFUSAL = _lazy(r"拒不|拒绝|违反|违规|屡教|不履行|拖欠|欠缴|欠交")
_DECEIT = ("隐瞒", "虚报", "弄虚作假", "虚假")


def _eligible_out(sent: _Sentence, pat: _Pattern, end: int) -> bool:
    """Eligibility words before the measure's end; for membership (CV606) fraud for money is none."""
    start = sent.start if sent.topic_from is None else sent.topic_from
    for found in _ELIGIBILITY.finditer(sent.text, start, end):
        if found.group() == "迁出" and _MOVED_BY_VILLAGE.search(
            sent.text, sent.clause_at(found.start()).start, found.start()
        ):
            continue  # 将其户口从本村集体迁出: the village moving him out is the measure, not his own move
        if found.group() == "自愿" and (
            _CONSEQUENCE.search(sent.text, sent.start, found.start())
            or _DEEMED_BEFORE.search(sent.text, max(start, found.start() - 8), found.start())
        ):
            continue  # (视同其本人已自愿退出: a waiver the charter deems, not his choice)
        if found.group() in _DECEIT and _REFUSAL.search(sent.text, sent.clause_at(found.start()).start, found.start()):
            continue  # 拒不配合普查、隐瞒人口信息的: a refusal to cooperate punished, the hiding part of it, no benefit sought
        if _FRAUD_FOR_MONEY.match(sent.text, found.start()) and _OWN_DUE.search(sent.text, found.end(), end):
            continue  # 冒领救济款的，该户应分得的补偿款暂缓发放: his due is named his, so the fraud is no ground for it
        if found.group()[:2] in ("户口", "户籍") and _REFUSAL.search(sent.text, found.end(), end):
            continue  # 户口未迁入本村且拒不缴纳卫生费的，停发其分红: the refusal is punished, not a condition unmet
        if found.group() == "动态管理" and _REFUSAL.search(sent.text, found.end(), end):
            continue  # 实行动态管理：拒不交纳筹资款的，作除名处理: a refusal punished, not a roll kept up to date  # a pledge's 自愿 after a violation (如有违反，本户自愿放弃…) accepts a consequence: no choice
        if pat.code != "CV606" or not _FRAUD_FOR_MONEY.match(sent.text, found.start()):
            return True
    return False


_KILLED = _lazy(r"[^，,。；;]{0,4}?(?:捕杀|扑杀|宰杀|打死|毒杀|射杀|击毙|杀掉)")


def _no_property_taken(sent: _Sentence, pat: _Pattern, scope: int, pos: int, end: int) -> bool:
    """A taking verb with no thing of the member's to take (乱倒的垃圾由保洁员拉走), the owner taking his own
    (散放的牛羊由畜主牵走), or the fine in kind handed over (罚生猪一头，交由村里处理: CV601, no seizure)."""
    text = sent.text
    # (a consequence carried past a semicolon takes the thing its article named: 养狗不拴：…；第二次捕走; not
    # when it names a person, who is then the one taken or fetched: 参赌人员带回村部，待其家属领回)
    named_from = 0 if sent.carried and not _person_named(text, sent.start, sent.end) else sent.start
    # (or, for a beast killed, the topic a semicolon closed with no measure of its own: 禁养烈性犬，限期送走；逾期
    # 不送的，强行扑杀; not a thing lent and returned: …交押金；有损坏的，扣除修理费后退还)
    if named_from == sent.start and sent.topic_from is not None and _KILLED.match(text, pos):
        named_from = sent.topic_from
    if not _TAKEABLE.search(text, named_from, end) or _OWNER_TAKES.search(text, scope, pos):
        return True
    if _evidence_is_release(text, pos) and _PERSON_TAKEN.search(text, sent.start, pos):
        return True  # 将船东带回值班点看住，等渔政来人后领走: the one let go is the person held, no thing
    return pat.code == "CV602" and bool(_FINED_IN_KIND.search(text, sent.start, pos))


def _exempt_by_kind(
    sent: _Sentence, pat: _Pattern, clause: _Clause, scope: int, pos: int, end: int, evidence: str
) -> bool:
    """The exemptions a pattern's flags ask for (eligibility, residence, a scheme's own benefit …), then those
    the thing taken and the words around it decide (a benefit, an advance recovered, an honour, a due)."""
    return _exempt_by_flag(sent, pat, clause, scope, pos, end, evidence) or _exempt_by_object(
        sent, pat, clause, pos, end, evidence
    )


def _exempt_by_flag(
    sent: _Sentence, pat: _Pattern, clause: _Clause, scope: int, pos: int, end: int, evidence: str
) -> bool:
    """The exemptions of the pattern's own flags: who may be left out, what is a fee, what must be taken."""
    text = sent.text
    if pat.eligibility and (
        _eligible_out(sent, pat, end)
        or _listed_eligibility(text, sent.start, end)
        or _own_scheme(text, sent.start, pos, evidence)
    ):
        return True
    if pat.residence and _NOT_RESIDENT.search(text, sent.start, pos):
        return True
    if pat.scheme and _own_scheme(text, sent.start, pos, text[pos : clause.end]):
        return True  # the benefit is named after the action: 不予办理报销手续
    if pat.not_fee and (
        # a fee before 收缴 is what it collects unless its own clause names the things (每领回一人须交误工费,赌资赌具
        # 全部收缴: the fee is another measure)
        (
            _FEE.search(text, sent.start, min(end + 4, sent.end))
            and not _SEIZABLE.search(text, clause.start, clause.end)
            and not _CONTRABAND.search(text, clause.start, clause.end)
        )
        or _FEE.search(text, clause.start, min(end + 4, sent.end))
        or not (  # the things may be listed after the verb (收缴其所挖虫草和铁镐、帐篷等工具)
            (_SEIZABLE.search(text, sent.start, clause.end) or _CONTRABAND.search(text, sent.start, clause.end))
            and not _FROM_EVERYONE.match(text, pos + 2)  # 收缴各户的废农药瓶: a collection round, no seizure
            # or the things are named by the wrong they served (赌博现场的桌椅、麻将机，由治保会收缴)
            or _in_penalty_context(sent, pos, topic=True)
        )
    ):
        return True  # 收缴卫生费, 水费由管水员统一收缴, 组长负责收缴: collecting a due
    if pat.needs_property and _no_property_taken(sent, pat, scope, pos, end):
        return True
    if pat.holds_thing and _person_seized(sent, pos, end):
        return True  # 将其扣下，通知其家属前来领人: the one kept and fetched is a person (CV603), no thing
    if pat.own_connection and not _OWN_CONNECTION.search(text, sent.start, pos):
        return True  # 欠费的，剪断其线路: the household's supply line, a cut (CV604) and no works of his
    if pat.code == "CV602" and _term_ended_before(sent, pos):
        return True  # 合同期满后由合作社收回另行发包: the land comes back because the term ran out, no sanction
    if pat.holds_thing and _left_unused(text, sent.start, pos):
        return True  # 长期不用的水表由村里封存: an installation left unused is put away, no wrong is answered (t15old)
    if pat.self_act and _TOLD_TO.search(text[scope:pos]):
        return True
    if (
        (pat.holds_thing or pat.holds_person)
        and evidence.startswith(("扣留", "扣押"))
        and _holds_person(sent, pos, evidence) != pat.holds_person
    ):
        return True
    return bool(pat.per_offence and not _EACH_TIME.search(text, scope, pos))


# a thing or an installation left unused (长期不用, 闲置多年, 废弃, 无人使用, 停用已久): its sealing or removal answers its
# disuse, not a wrong of its owner
_DISUSED = _lazy(
    r"(?:长期|长年|多年|常年|一直|久已|已经|已|久)?(?:不用|勿用|未用|未使用|不使用|不再使用|没有使用|没有用|无人使用|没人用|"
    r"闲置|废弃|弃用|停用)(?:[^，,。；;]{0,6}?)的"
)


def _left_unused(text: str, start: int, pos: int) -> bool:
    """The thing taken at pos is described by its disuse (长期不用的龙头) and by no wrong besides (the 不 of 不用 is
    none): its sealing or removal answers the disuse."""
    disuse = _DISUSED.search(text, start, pos)
    return disuse is not None and not any(
        not disuse.start() <= wrong.start() < disuse.end() for wrong in _WRONGDOING.finditer(text, start, pos)
    )


# the term of a contract or a lease run out (合同期满后, 承包期届满时, 租期到期以后), not a lapse at it (到期仍不交的)
_TERM_ENDED = _lazy(
    r"(?:合同|承包|租赁|租用|流转|经营|使用|租)(?:期|期限|合同)?(?:已|已经)?(?:期满|到期|届满|结束|终止)(?:后|时|之后|以后)"
    r"(?![^，,。；;]{0,3}?(?:仍|不|未|拒|没))"
)


_OWN_CONNECTION = _lazy(
    r"私拉|私接|乱拉|乱接|偷接|私搭|乱搭(?:电|线)|(?:私自|擅自|违规|违章)(?:接|拉|架设?|安装|搭接|连接|引)"
)


def _term_ended_before(sent: _Sentence, pos: int) -> bool:
    """The term ran out before the taking, in its clause or a clause of its own before it, with no condition of a
    wrong between (租期到期以后，果园由村里收回; not …期满后；违约的，收回)."""
    for term in _TERM_ENDED.finditer(sent.text, sent.start, pos):
        if not any(term.end() <= c.start < c.cond_end <= pos for c in sent.clauses):
            return True
    return False


# A showing of people described by a wrongdoing before it, with no opener (拖欠水费的户主姓名，在公开栏公布): the
# names are shown for it; failing a test or a condition (不符合条件的, 未通过评议的) is no wrongdoing.
_NOT_A_WRONG = _lazy(r"符合|条件|合格|通过|评议|审核|审批|资格|达到|满足|标准|脱贫|成年|到期|到龄")


# …or the people whose names are shown described by their wrong right before the names, anywhere in the sentence
# (在祠堂门前贴出两家乱搭违建的户主名字, 年终会上把挨了处罚的人员名单当众宣读): the owner is the doer.
_WRONG_OWNER = _lazy(
    r"(?:"
    + _WRONGDOING.pattern
    + r")[^，,。；;：:！!？?的]{0,10}?的(?:户主|村民|人员|农户|住户|家庭|当事人|人|户)?(?:的)?$"
)
# …or his name (其姓名) after a sentence that opens on his act with no 的 (偷窃集体财物,不论多少,…其姓名张挂于…).
_PRONOUN_NAME = _lazy(r"其$")
_OPENING_ACT = _lazy(r"[^，,。；;：:！!？?]{0,16}?(?:" + _WRONGDOING.pattern + r")[^，,。；;：:！!？?]{0,16}?[，,]")


def _shown_topic(sent: _Sentence, pos: int) -> bool:
    text = sent.text
    topic = _WRONG_TOPIC.match(text, sent.start, pos)
    if topic is not None and not _NOT_A_WRONG.search(text, sent.start, topic.end()):
        return True
    owner = _WRONG_OWNER.search(text, max(sent.start, pos - 24), pos)
    if owner is not None and not _NOT_A_WRONG.search(owner.group()):
        return True
    opening = _OPENING_ACT.match(text, sent.start, pos)
    return bool(
        opening is not None
        and _PRONOUN_NAME.search(text, sent.start, pos)
        and not _NOT_A_WRONG.search(opening.group())
        and not _PROHIBITION.search(opening.group())
    )


# where one is, given with how to reach one (报告去向和联系方式, 告知务工地点及联系电话): the member's address kept so
# the collective can reach him, not a watch on his movements; with a permission, a return date or a wrong of his
# own it stays the watch (刑满释放人员…报告去向和联系电话, 须提前…报告去向和返回时间)
_WHEREABOUTS_END = _lazy(r"(?:去向|去处|行踪|务工地点|居住地)$")
_CONTACT_AFTER = _lazy(
    r"(?:和|及|以及|、|与)(?:本人的?)?(?:联系方式|联系电话|手机号码?|电话号码|电话|通讯地址|联系地址|联络方式)"
)
_WATCHED = _lazy(
    r"前科|刑满|释放|吸毒|戒毒|帮教|矫正|列管|监管|违[规约反者]|屡|偷|盗|赌|外来|租户|租客|请假|批准|同意|返回|返村|"
    r"提前|事先|每[日天周月旬]"
)


def _contact_record(sent: _Sentence, end: int, evidence: str) -> bool:
    text = sent.text
    return (
        bool(_WHEREABOUTS_END.search(evidence))
        and bool(_CONTACT_AFTER.match(text, end))
        and not _WATCHED.search(text, sent.start, sent.end)
    )


def _exempt_by_object(sent: _Sentence, pat: _Pattern, clause: _Clause, pos: int, end: int, evidence: str) -> bool:
    """The exemptions the thing taken decides: a benefit withheld, an advance recovered, an honour, a pay word."""
    text = sent.text
    if pat.holds_thing and _WELFARE_HEAD.search(_object_phrase(text, pos, clause.end)):
        return True  # 暂扣其退耕还林补助资金: a benefit the village pays withheld is welfare (CV605), not property
    if pat.code == "CV603" and _contact_record(sent, end, evidence):
        return True
    begins = _consequence_start(sent, pos)
    if _DEDUCTS.search(evidence) and (
        _ADVANCED.search(text, begins, pos)
        or (_ADVANCED.search(text, sent.start, begins) and not _OWED.search(text, sent.start, begins))
    ):
        # 由村委会代为垫付，并从其年终分红中扣回: the village recovers what it advanced (向合作社借款的，可约定
        # 从其分红中扣还); a loan or an advance the condition names as owed (所欠集体借款逾期不还的, 欠交代缴款
        # 的户) is a debt, set off (CV602)
        return True
    if pat.generic and pat.object_first and _HONOUR_BEFORE.search(text, clause.start, pos):
        return True  # 评先评优资格不予申报: an honour
    if pat.code == "CV605" and _not_welfare_withheld(sent, clause, pos, evidence):
        return True
    if pat.nominal and _NOMINAL_FOLLOW.match(text, end):
        return True
    return bool(
        pat.needs_pay_word
        and not _PAY_WORD.search(evidence)
        and not _PAYMENT_BEFORE.search(text, sent.start, pos)
        and not _DUE_MULTIPLIED.search(text, max(sent.start, pos - 5), pos)
        and not _PAID_OR_DONE_AFTER.match(text, end, sent.end)
        and not (evidence.endswith(("处理", "处置")) and _PRICE_BEFORE.search(text, sent.start, pos))
    )


# a multiple of a price or of what was taken, dealt with (按所盗财物价值的十倍处理, 按鱼价三倍处置): what he pays;
# a multiple of a standard dealt with (按标准的两倍处理污水) is no sum
_PRICE_BEFORE = _lazy(r"价|财物|所得|损失")


# A multiple's payer or its work named after it (两倍由倾倒人承担, 十倍补种): a multiple of a cost or of the
# restitution is punitive (docs/clause-codes.md: multiples are no compensation)
_PAID_OR_DONE_AFTER = _lazy(
    r"(?:由[^，,。；;！!？?\s]{0,6}?)?(?:承担|负担|支付|缴纳|交纳|赔付|补种|补栽|补植|栽种|种植|植树)"
)


_PERSON_NAMED = _lazy(r"人|者|家属|家人")
# a grade of the wrong just named, told by 者 (…罚款五十元；严重者，打死不赔): the same wrong graver, no person of its
# own, so the thing the article named is still what is taken
_GRADE_BY_ZHE = _lazy(r"(?:严重|较重|更重|恶劣|屡教不改|屡犯|再犯|重犯|多次|情节\S{0,2})$")


def _person_named(text: str, start: int, end: int) -> bool:
    """A person named in text[start:end], a grade of the wrong (严重者, 屡教不改者) not counted."""
    return any(
        not (m.group() == "者" and _GRADE_BY_ZHE.search(text, start, m.start()))
        for m in _PERSON_NAMED.finditer(text, start, end)
    )


# a person taken somewhere by the village (将船东带回值班点, 把当事人押到村部): what is then fetched is he
_PERSON_TAKEN = _lazy(
    r"(?:将|把)(?:其|他|她|[^，,。；;和及、]{0,4}?(?:人|者|主|东|员|户|民|家属|老板))"
    r"(?:带回|带到|带至|带往|押回|押到|押至|送到|送至|看住|看管|扣留|留在|关在|留置)"
)


# the one a bare seizing verb keeps is a person: a pronoun or a person's word as its object (将其扣下, 把人扣住)
_PERSON_SEIZED = _lazy(
    r"(?:将|把)(?:其|他|她|人|该人|此人|当事人|违者|行为人|[^，,。；;和及、]{0,4}?(?:人员|者))(?:强行|当场|先行?|暂时|临时)?$"
)
# …and he is then fetched as a person (通知其家属前来领人, 叫他家里人来领, 等单位来人接走)
_FETCHED_AS_PERSON = _lazy(
    r"(?:家属|家人|家里人|亲属|父母|监护人|单位|所在村)" + _GAP + r"{0,10}?(?:领人|接人|来领|来接|领回|接回|领走|接走)"
)


def _person_seized(sent: _Sentence, pos: int, end: int) -> bool:
    text = sent.text
    if not _PERSON_SEIZED.search(text[max(sent.start, pos - 12) : pos]):
        return False
    fetched = _FETCHED_AS_PERSON.search(text, end, sent.end)
    if fetched and text.startswith("其", pos - 1) and _TAKEABLE.search(text, sent.start, pos):
        return "人" in fetched.group()  # (偷砍的竹子，将其扣下，通知家属领回: 其 is the thing named before)
    return bool(fetched)


def _evidence_is_release(text: str, pos: int) -> bool:
    return text.startswith(("后", "才", "方"), pos)


# a fine paid in goods or animals (罚生猪一头, 罚粮五十斤): handed to the village it is no seizure
_FINED_IN_KIND = _lazy(
    r"罚(?:其|他|她)?(?:交|出)?(?:生猪|肥猪|猪|羊|牛|鸡|鸭|鹅|粮食|粮|大米|稻谷|米|酒|肉|烟|谷子)"
    # (罚银归公, 出钱三千文以充公用: money fined, put into the common fund, is the fine's alone)
    r"|(?:罚|出)(?:其|他|她)?" + _OLD_COIN
)
_OWED = _lazy(r"欠|不还|未还|不交|未交|逾期")


def _consequence_start(sent: _Sentence, pos: int) -> int:
    """Where the consequence before pos begins: after the last condition that ends before it."""
    return max((c.cond_end for c in sent.clauses if c.start < c.cond_end <= pos), default=sent.start)


_FROM_EVERYONE = _lazy(r"(?:本组|本村|全村|全组)?(?:各户|各家|每户|每家|各农户|农户|村民|住户)")


# 责令其当天清走, 要求畜主把羊拉走: the owner ordered to move his things (docs/clause-codes.md: ordered to remove
# it is clean); 直到猪全部清走, 待杂物搬走: how long another measure runs, nothing taken
_OWNER_MOVES_IT = _lazy(
    r"(?:(?:责令|要求|勒令|命令|督促|让|叫)(?:其|他|她|该户|当事人|户主|本人|畜主|车主|物主)?|直到|直至|等到|待)"
    r"[^，,。；;：:由派组村]{0,8}$"
)
_CARRIED_AWAY = _lazy(r"(?:牵|拉|拖|开|收|拿|清|搬|运|抬)走")


def _return_misread(pat: _Pattern, text: str, end: int, evidence: str) -> bool:
    if pat.code == "CV602" and _DONE_THEN_REFUNDED.search(evidence):
        return True  # 按期清走的如数退还: what the owner did is the condition of a refund, nothing is taken
    start = end - len(evidence)
    if (
        pat.code == "CV602"
        and _CARRIED_AWAY.match(evidence)
        and _OWNER_MOVES_IT.search(text, max(0, start - 14), start)
    ):
        return True
    # 拆除后材料不予退还: things kept (CV602), no paper or service
    return pat.code == "CV605" and evidence.startswith(("材料", "设施")) and bool(_RETURN_VERB.match(text, end))


# what a land or lease contract itself governs (合同, 转包, 改变用途, 拖欠租金): contract money kept for it is the
# contract's remedy, clean (docs/clause-codes.md)
# (收回鱼塘…已交承包费不予退还: the contract is ended, and its money goes with it)
def _breach_of_contract_before(sent: _Sentence, pos: int) -> bool:
    """The money kept is the contract's remedy when the wrong is a breach of it, named before the sentence or in
    its conditions; the sentence's own measures (村委会解除其承包合同，已交的承包款不予退还) are no breach."""
    text = sent.text
    if _CONTRACT_BREACH.search(text, 0, sent.start):
        return True
    return any(
        _CONTRACT_BREACH.search(text, c.start, c.cond_end) or _IN_THE_HOLDING.search(text, c.start, c.cond_end)
        for c in sent.clauses
        if c.cond_end <= pos
    )


# a wrong done in the very pond, orchard or field he holds (在塘内投放违禁药物的) abuses the contract
_IN_THE_HOLDING = _lazy(r"(?:塘|池|园|林|地|田|山|场|库|房|屋|厂)(?:内|里|中|上)")


_CONTRACT_BREACH = _lazy(
    r"合同|协议|约定|转包|转租|分包|转让|改变用途|改作他用|用途|撂荒|抛荒|闲置|拖欠|欠交|逾期|收回|解除|终止|退租|退包"
)
_PAID_IN_BEFORE = _lazy(r"已(?:经)?(?:交纳|缴纳|交付|缴付|支付|上交|上缴|交|缴|付)的?(?:当期|当年|全部|所有)?$")
_MONEY_KEPT_BEFORE = _lazy(r"(?:费|款|租金|租|金|钱)" + _GAP + r"{0,4}$")
_DONE_THEN_REFUNDED = _lazy(r"的(?:全额|全部|如数|无息)?(?:退还|返还|退回)")
_REFUNDED = _lazy(
    r"(?<!不)(?<!不予)(?<!不再)(?<!不得)(?<!不能)(?<!不作)(?:全额|全部|如数|无息)?(?:退还|返还|退回|退付)"
)
# A due named just before its multiple (水费翻三倍, 电费就按两倍): the surcharge is on that due.
_DUE_MULTIPLIED = _lazy(r"(?:费|租金|租)(?:要|就|则|便)?(?:翻|按|涨|涨到|加到|增至|提高到)?$")


# What a payment of the village is called by its head noun (退耕还林补助资金, 耕地地力保护补贴, 低保金): welfare,
# whatever land or scheme it is named after.
# (the state's grain payment, 粮食补偿款 or 粮补, is a subsidy: not grain seized)
_WELFARE_HEAD = _lazy(
    r"(?:(?:补贴|补助|低保|救助|救济|津贴|慰问|奖补|奖励|养老|抚恤|直补)(?:资金|金|款)?|" + _GRAIN_SUBSIDY + r")$"
)
_PHRASE_STOP = _lazy(r"[，,。；;：:！!？?\s、]|并|和|及|或|待|直至|直到|至其")


def _object_phrase(text: str, pos: int, limit: int) -> str:
    """The words from a verb at pos to where its object phrase ends (a break, a conjunction, 待…)."""
    stop = _PHRASE_STOP.search(text, pos + 1, limit)
    return text[pos : stop.start() if stop else limit]


# A certificate refused because what it would attest is untrue (情况不属实的不予出具证明): the village's duty to
# attest truly. Refusing every paper, or for a time (三年内不予出具任何证明), punishes the person.
_UNTRUE = _lazy(r"不属实|不实|失实|不真实|虚假|与事实不符|不符合事实")
_UNTRUE_NOT_CERTIFIED = _lazy(r"证明|盖章|签字|签章|出具|开具")
_WHOLE_OR_TIMED = _lazy(r"任何|一切|各类|各种|所有|年内|月内|[\d一二两三四五六七八九十]+个?(?:年|月)")


def _untrue_matter(sent: _Sentence, clause: _Clause, pos: int) -> bool:
    text = sent.text
    return bool(_UNTRUE.search(text, sent.start, pos)) and not _WHOLE_OR_TIMED.search(text, clause.start, clause.end)


# A list of measures named as rules that are repealed or struck out (罚款、没收等规定一律废止), or named as a practice
# the charter then forbids or voids (以离婚为由收回妇女承包地的做法，本村一律禁止; …不予分配的决定无效).
# (and an old rule's own names, 罚款、游街等旧规已废除, 罚跪、杖责之类的旧族规，早已废除, 停丁、革胙等旧规，族人公议永远革除:
# rv15; the verdict takes no object after it, 取消其低保 being a measure)
_REPEALED = _lazy(
    r"(?:[、和及与]" + _GAP + r"{1,8}?)*(?:等|之类)?的?(?:旧|老)?"
    r"(?:规定|条款|内容|做法|措施|条文|办法|行为|决定|决议|陋习|族规|村规|规矩|习俗|旧俗|制度|之规|规|俗|例)[，,]?\s*"
    r"(?:本村|本组|本社|村里|村委会|村民委员会|[^，,。；;！!？?\n]{0,6}?公议)?"
    r"(?:已经?|早已|业已|均已|即已|永远|今|一律|均|全部|一并|坚决|严格|予以|依法)*"
    r"(?:废止|废除|删除|取消|作废|停止执行|不再执行|予以废止|予以删除|禁止|严禁|杜绝|无效|纠正|革除)(?![其他她该])"
)


def _repealed(text: str, pos: int, end: int, limit: int) -> bool:
    """The measure at pos is named in a list of rules that are repealed, in the same clause."""
    found = _REPEALED.search(text, pos, min(end + 24, limit))
    return found is not None and not _CLAUSE_BREAK.search(text, pos, found.start())


_BY_AGREEMENT = _lazy(r"约定|(?:依照|按照|依据|根据|按|依)(?:承包|租赁)?合同")
_REPAIR = _lazy(r"赔偿|损失|修复|维修|修理|修缮|恢复|复原|重建|补种|补栽|补植|医药|医疗")
_VICTIM_DAMAGES = _lazy(r"赔偿|赔付|损失|赔礼")
_MONEY_NOUN = _lazy(r"费|款|金|钱|元|块|租")
_TAKEN_NAMED_BEFORE = _lazy(r"(?:" + _DEPOSIT_NAMES + "|" + _DOCUMENT + r")" + _GAP + r"{0,6}$")
_DEPOSIT_BEFORE = _lazy(_DEPOSIT_NAMES + _GAP + r"{0,6}$")


# A breach of the contract itself (擅自转租, 改变用途, 拖欠承包款, 违反租赁合同): not a wrong against the village's rules.
_OWN_BREACH = _lazy(
    r"转包|转租|分包|转让|改变" + _GAP + r"{0,4}?用途|改作他用|撂荒|抛荒|闲置|拖欠|欠交|欠缴|逾期|"
    r"违反" + _GAP + r"{0,4}?(?:合同|协议)|违约"
)


_KEPT_BACK = _lazy(r"(?:不予|不再|不|概不|一律不)(?:退还|返还|退回|退)")


def _contract_remedy(sent: _Sentence, pos: int, money: bool) -> bool:
    """The village ends a lease or a contract under its own terms (依合同约定解除, 依据租赁合同) for that contract's
    breach, named in the condition: what it takes back with it (the pond, the rent paid) is the contract's remedy,
    clean (docs/clause-codes.md)."""
    text = sent.text
    if not _BY_AGREEMENT.search(text, sent.start, sent.end):
        return False
    # money (CV601) only when it is what was paid under the contract and kept (预交的租金不予退还), not a new sum
    if money and not _KEPT_BACK.search(text, pos, sent.clause_at(pos).end):
        return False
    if any(c.start < c.cond_end <= pos and _OWN_BREACH.search(text, c.start, c.cond_end) for c in sent.clauses):
        return True
    # the breach stated in a clause of its own before the contract is invoked (承租鱼塘的，逾期三个月不交租金，村委会
    # 依照租赁合同约定收回鱼塘)
    agreement = _BY_AGREEMENT.search(text, sent.start, pos)
    return agreement is not None and bool(_OWN_BREACH.search(text, sent.start, agreement.start()))


_MONEY_FUND_AFTER = _lazy(
    r"[^。；;]{0,8}?(?:充作|转作|充入|转入|纳入|存入|用作)[^，,。；;]{0,10}?(?:基金|公益金|经费|资金|公积金|公益款)"
)


# a sum fined right before where it goes (罚钱三千文归公, 出钱五千文以充公用): money, old or new, or the coin fined
# with its sum unsaid (罚银归公)
_SUM_FINED_BEFORE = _lazy(
    r"(?:" + _MONEY + r"|[\d一二两三四五六七八九十百千]+(?:文|吊|贯|两银?)|"
    r"(?:罚|出)(?:其|他|她)?" + _OLD_COIN + r"|罚款|罚金|罚没款|"
    # (罚油十斤入祠: goods fined by weight, paid into the hall)
    r"罚"
    + _GAP
    + r"{1,6}?[\d一二两三四五六七八九十百千]+(?:斤|公斤|担|石|升|斗|箩|挑))\s*(?:一律|全部|均|都|以|用以)?$"
)


def _exempt_by_money(sent: _Sentence, pat: _Pattern, pos: int, end: int, evidence: str) -> bool:
    """What a seizure or a payment takes decides its code (money: CV601 and CV602).

    A deposit taken is a fine paid in advance (CV601, its own patterns) and a document held withholds a
    certificate (CV605), so neither is a seizure of property; a fee to get a held thing back is a fine
    whatever it is called, unless it is the victim's damages (待赔偿损失后归还: the holding alone) or the
    arrears the condition is about (未交清各项费用的…交清后退还: a bare 交清 names no new sum)."""
    text = sent.text
    if pat.classified_thing and (
        _DEPOSIT.search(evidence)
        or _HOLDS_DOCUMENT.search(evidence)
        or _TAKEN_NAMED_BEFORE.search(text, max(sent.start, pos - 12), pos)  # 保证金全额没收
    ):
        return True
    if pat.code == "CV602" and (
        (not pat.classified_thing and _DEPOSIT_BEFORE.search(text, max(sent.start, pos - 12), pos))
        or _PAID_IN_BEFORE.search(text, max(sent.start, pos - 10), pos)
    ):
        # 保证金收归村集体: a deposit kept is money (CV601), not a thing put in public hands; 已交租金不予退还:
        # money he paid in, kept, is CV601 or the contract's remedy, not his share withheld
        return True
    if (
        pat.code == "CV602"
        and evidence.startswith(("归", "收归", "划归", "充公", "入", "充"))
        and _SUM_FINED_BEFORE.search(text, max(sent.clause_at(pos).start, pos - 16), pos)
    ):
        return True  # 罚钱三千文归公, 罚款五百元归村集体: the sum fined goes to the village (CV601), no thing
    if (
        pat.code == "CV602"
        and evidence.startswith(("上缴", "上交", "交归"))
        and _MONEY_KEPT_BEFORE.search(text, max(sent.start, pos - 8), pos)
    ):
        return True  # 按一百元折款上缴村集体: the money paid in is the fine (CV601), no thing handed over
    if (
        pat.code == "CV602"
        and evidence.startswith(("收缴", "没收", "罚没", "充公", "收归"))
        and _MONEY_FUND_AFTER.match(text, end, sent.end)
        and not _TAKEABLE.search(text, sent.start, end)
    ):
        return True  # 超出部分由村委会收缴，充作助学基金: money taken into a fund is a fine (CV601), no thing seized
    if pat.into_fund and _TAKEABLE.search(text, sent.start, pos):
        return True  # 木材收缴变卖，所得充作护林经费: things were seized (CV602)
    if pat.code == "CV602" and evidence.endswith(("退还", "返还", "发还", "归还", "退回")):
        if evidence.startswith(("不", "概", "一律")) and _MONEY_KEPT_BEFORE.search(text, max(sent.start, pos - 8), pos):
            return True  # 已交的承包费不予退还: money kept is CV601 (or the contract's remedy), not a thing
        deposits = [d.end() for d in _DEPOSIT.finditer(text, sent.start, pos)]
        if deposits and not _TAKEABLE.search(text, deposits[-1], pos):
            return True  # 交纳保证金一千元…逾期的不予退还: the deposit is what is kept (CV601)
    if pat.treat and _REPAIR.search(text, pos, min(end + 6, sent.end)):
        return True  # 由其出资修复, 出资购买树苗补种: the cost of his harm
    if pat.by_agreement and _BY_AGREEMENT.search(text, sent.start, sent.end):
        return True
    if pat.deposit_named and not _DEPOSIT.search(text, 0, end):
        return True  # 从中扣除 with no deposit named: from what, is not said
    if pat.deposit and _deposit_settles_a_cost(sent, pos, end):
        return True
    return pat.redemption and _redemption_exempt(sent, pos, end, evidence)


def _redemption_exempt(sent: _Sentence, pos: int, end: int, evidence: str) -> bool:
    """A payment to get a held thing back that is no fine: the victim's damages, the arrears the condition is
    about, or nothing named paid."""
    if _VICTIM_DAMAGES.search(sent.text, max(sent.start, pos - 4), end):
        return True
    if _DUE.search(evidence) and _about_the_due(sent, pos):
        return True  # 偷电的…交清电费后返还: the arrears the condition is about settle a debt; the holding stays
    if _MONEY_NOUN.search(evidence, 1):
        return False
    # nothing named is paid: a bare 交 is no payment (交通安全学习后发还), a bare 交清 the arrears
    return len(evidence) < 2 or evidence[1] not in "纳付清足" or _about_the_due(sent, pos)


def _deposit_settles_a_cost(sent: _Sentence, pos: int, end: int) -> bool:
    """A deposit drawn on for a civil cost or a due, named after the drawing or before it in its clause
    (从押金中扣除修理费用, 按实际维修费用从押金中扣除, 押金抵扣所欠租金): the cost is settled, no fine. Drawn
    on by the seriousness of a wrongdoing (视情节从中扣减), it is a fine even when the rest is refunded."""
    text = sent.text
    after = min(end + 8, sent.end)
    # a deposit turned into the village's money (押金充作村保洁费用, 转作公益经费) pays no cost of his: the
    # village keeps it, whatever it then pays with it; a cost he caused (充作维修费) stays civil
    turned = sent.text[pos:end].endswith(_TURNED_INTO)
    if _CIVIL.search(text, end, after) or (_DUE.search(text, end, after) and not turned):
        return True
    clause = sent.clause_at(pos)
    if _CIVIL.search(text, max(clause.start, clause.cond_end), pos):
        return True
    # the cost of work the village did in his stead, drawn at its actual amount (由村代为清运，费用从押金中据实扣除)
    at_cost = bool(_AT_ACTUAL_COST.search(text, max(sent.start, pos - 12), after))
    if at_cost and _DONE_IN_HIS_STEAD.search(text, sent.start, pos):
        return True
    if _drawn_for_the_damage(text, sent.start, pos, min(end, sent.end)):
        return True
    # drawn at the measure of the loss or the work (按原价, 照价, 据实, 所需费用) and the rest given back (余款退还):
    # the actual cost settled, what docs/clause-codes.md keeps clean (修理费 from a deposit, the rest refunded)
    return (at_cost or bool(_AT_LOSS_PRICE.search(text, max(sent.start, pos - 12), pos))) and bool(
        _REST_REFUNDED.search(text, end, sent.end)
    )


# The deposit drawn as much as a damage found calls for (发现损坏的，扣除相应押金; 造成设施毁坏，从押金中扣除对应金额): the
# loss is what sets the sum, compensation of the actual damage (docs/clause-codes.md, clean); the same words after a
# wrong that damages nothing, or graded by its seriousness (根据情节轻重扣除相应押金), set a fine (CV601). Both scripts.
_CORRESPONDING = _lazy(r"相应|相應|对应|對應")
_DAMAGE_FOUND = _lazy(r"损坏|損壞|损毁|損毀|毁坏|毀壞|破坏|破壞|毁损|毀損|损失|損失")
_BY_SERIOUSNESS = _lazy(r"情节|情節|轻重|輕重|视情|視情|酌情")


def _drawn_for_the_damage(text: str, start: int, pos: int, end: int) -> bool:
    """The deposit drawn at pos..end in the measure of a damage its sentence found, not by the wrong's weight."""
    corresponding = _CORRESPONDING.search(text, max(start, pos - 4), end + 4)
    return bool(
        corresponding and _DAMAGE_FOUND.search(text, start, pos) and not _BY_SERIOUSNESS.search(text, start, end)
    )


_TURNED_INTO = ("充作", "转作", "转为", "转入", "充入", "划归", "划入", "并入", "留作", "留归", "收归", "归入")
_AT_ACTUAL_COST = _lazy(r"据实|按实|如实|实际|实报实销|费用")
_DONE_IN_HIS_STEAD = _lazy(r"代为|代其|代替其|代履行|代办")
_AT_LOSS_PRICE = _lazy(r"按原价|照价|按价|原价|按市价|按损失|按实际损失")
_REST_REFUNDED = _lazy(r"(?:余款|余额|余下|剩余|剩下|其余|多余)[^，,。；;]{0,8}?(?:退还|返还|退回|发还|退给|如数退)")


def _payment_exempt(sent: _Sentence, pos: int, end: int, evidence: str, gap: str | None) -> bool:
    """A payment that is not a fine: a civil cost, an ordinary due, or a withholding reported as such."""
    text = sent.text
    if pos > sent.start and text[pos - 1] == "罚":
        return False  # 罚交水费五百元: a payment called a fine is one, whatever due it is counted in
    following = _FOLLOWING_OBJECT.match(text, end, sent.end)
    assert following is not None  # {0,6}: always matches
    named = (gap or "") + following.group()
    if _CIVIL.search(named) and not _DEPOSIT.search(named):
        return True  # the payment is named as the cost of harm: 承担修复费用200元
    if _DEPOSIT.search(named) and _REFUNDED.search(text, end):
        return True  # 交纳押金五百元，活动后清洁干净的全额退还: a deposit given back is no fine (keeping it is)
    # 补交租金: arrears of a due settle a debt, whatever the condition
    arrears = evidence.startswith(("补交", "补缴")) or (pos > sent.start and text[pos - 1] == "补")
    if _WRONG_IN_FEE.search(named) and not arrears:
        return False  # 收取违规用电费300元: a fee named by the wrongdoing is charged for it, a fine by name
    if _DUE.search(named) and (arrears or _about_the_due(sent, pos) or not _in_penalty_context(sent, pos)):
        return True  # an ordinary due, owed anyway or for the matter itself: 补交水费, 交纳卫生保洁费60元
    # 扣减其当年分红500元: reported as the withholding (CV602/CV605), not again as a fine
    # (在其户年终分红中扣除五百元: the holding may also be named just before the action)
    return evidence.startswith("扣") and bool(
        (gap and _TAKEN_FROM_HOLDINGS.search(gap)) or _HELD_BEFORE.search(text, max(sent.start, pos - 16), pos)
    )


_SUPPLY_USER_RE = _lazy(_SUPPLY_USER)
# expelled before the supply is withheld (被协会除名的, 被开除会员资格的用户): the expulsion is the sanction the cut
# goes with, whatever the wrong behind it
_EXPELLED_BEFORE = _lazy(r"被[^，,。；;]{0,8}?(?:除名|开除|清退|取消(?:会员|成员|社员)?资格)")

# A fee named by its wrongdoing (违规用电费, 违章占道费, 违约用水费, 违建占地管理费): no due is owed for a wrong.
_WRONG_IN_FEE = _lazy(
    r"(?:违规|违章|违约|违法|违纪|超标|超量|违建|违停|违占|超占|超建|乱占|乱建|乱搭|乱倒|乱排)[^，,。；;！!？?\s]{0,4}?[费金款]"
)


def _about_the_due(sent: _Sentence, pos: int) -> bool:
    """The condition before pos is about paying or using the due itself (不交卫生费的, 偷水者): the payment
    settles it. Only the conditions count: 除承担医药费外，每次另交治安管理费300元 names a fee in the
    consequence, and the wrongdoing (犬只伤人) has nothing to do with it. Without a condition the whole
    text before the payment is read, as a clause of its own may state the failure (拖欠水费三个月，…)."""
    text = sent.text
    conditions = [c for c in sent.clauses if c.start < c.cond_end and c.start < pos]
    if not conditions:
        return bool(_DUE_MATTER.search(text, sent.start, pos))
    return any(_DUE_MATTER.search(text, c.start, min(c.cond_end, pos)) for c in conditions)


def _cut_for_its_user(sent: _Sentence, pos: int, end: int) -> bool:
    """A supply cut whose user is named in it (掐断该租户的电: its bearer, like 其) or follows his expulsion from a
    users' association (被协会除名的，其承包地不再配水: what the expulsion takes keeps its code, docs/clause-codes.md)."""
    return bool(_SUPPLY_USER_RE.search(sent.text, pos, end) or _EXPELLED_BEFORE.search(sent.text, sent.start, pos))


def _imposed(sent: _Sentence, pat: _Pattern, scope: int, pos: int, end: int, evidence: str) -> bool:
    """Past the exemptions: whether the measure is imposed as a penalty (or is one in itself)."""
    # (按原价双倍赔偿: no loss is twice its price, the multiple is a penalty whatever the wrong)
    if pat.inherent or _label_given(sent, pat, pos) or (pat.code == "CV601" and _price_multiplied(sent, pos, evidence)):
        return True  # (“投靠户”不参加这次分配: a group the village has named, denied by that name)
    if pat.contract and "元" in evidence:
        return True
    if pat.code == "CV602" and _UNCOMPENSATED.search(sent.text, end, sent.end) and not _HER_CHOICE.search(sent.text):
        return True  # 房屋一并归组里所有，不作任何补偿: taken without compensation is no purchase and no lawful taking
    if pat.deposit and not pat.payment and _under_a_condition(sent, pos):
        return True  # 宴席超过十五桌的，押金不再退还: a deposit kept on any condition is a fine paid in advance
    if pat.payment and _WRONG_IN_FEE.search(evidence) and _under_a_condition(sent, pos):
        return True  # …的，缴纳违建占地管理费30元: a fee named by the wrongdoing is charged for it
    if pat.penalty_only and pat.code == "CV602" and _bought_back(sent, pos, end):
        return True  # 拖移至存放点，车主交纳保管费后领回: a thing the owner must buy back was seized
    if pat.code == "CV602" and _SET_OFF_VERB.search(evidence) and _OWED.search(sent.text, _full_stop_before(sent), pos):
        return True  # 欠集体的承包款，从其应分红利中抵扣: a debt set off against his share (用分红抵扣欠款)
    if pat.penalty_only:  # a thing described by its wrongdoing (乱放的鸭子…认错后放回) was taken for it
        return _in_penalty_context(sent, pos, topic=pat.needs_property) or (pat.display and _shown_topic(sent, pos))
    if pat.redemption and _TAKEN_BEFORE.search(sent.text, _full_stop_before(sent), pos):
        return True
    if pat.payment and _SHORTFALL.search(sent.text, max(sent.start, pos - 16), pos):
        return True  # 每少出一个工折款, 每超过一天缴纳占用费: a sum per unit of a failure is a fine  # 护林员将羊圈起，畜主交清看管费后领回: the thing was taken first, the fee buys it back
    if _DECIDED_BEFORE.search(sent.text, max(sent.start, pos - 12), pos) and _DECIDED_AFTER.match(sent.text, end):
        return True  # 对周家作出暂停用水用电的处理, 给予停水处理: the measure named as the sanction decided
    if pat.pronoun:
        text = sent.text
        bearer = _SANCTIONED.search(text, max(scope, pos - 3), end)
        if bearer and (bearer.group() in _WHOM_WORDS or _WRONGDOING.search(text, sent.start, pos)):
            return True  # 停止其供水; 一户不交，全组停水 (but 每年全村停电检修一次 is maintenance)
    # a supply refused to a building or works described by its wrongdoing (未经批准新建的房屋，不予接通自来水)
    return (pat.code == "CV604" and _cut_for_its_user(sent, pos, end)) or _in_penalty_context(
        sent, pos, topic=pat.needs_property or pat.payment or pat.code in ("CV602", "CV604")
    )


# The village taking or moving a member's thing away before a fee gets it back (牵走, 圈起, 拖移至, 移至存放点).
# Also a thing or person kept by the village before the fee (赶回村委会大院看管, 先关在村部, 将其看管在活动室), but
# not kept for the owner as a service (代为看管, 帮其保管).
# a collective named inside a payment as whose bill it is (承担该楼栋一个月的公共照明电费)
_BILL_OF = _lazy(r"[^，,。；;]{0,12}?(?:费用|费)")

_TAKEN_BEFORE = _lazy(
    r"圈扣|圈起|圈住|拖移|拖走|牵走|拉走|赶走|扣下|暂扣|扣押|扣留|(?:拖|移|挪|搬|赶|牵|拉|运|抬|扛|带)(?:至|到|回|进)"
    + _GAP
    + r"{0,8}?"
    r"(?:存放点|存放处|停放点|停车场|指定|村委会?|村部|大院|院内|院里|场地|仓库|公房)|"
    # (a person held first and fetched for a fee: 留置在值班室…领人时交纳看管费)
    r"(?<!代为)(?<![代帮替])(?:看管|看护|关押|圈养|关在|关进|锁在|扣在|圈在|留置|看押|羁押|扣住)"
)


# A group denied a share or a benefit by a label the village gives it (“投靠户”不参加这次分配, 被定为“挂靠户”的不参加分红,
# 村里称作外来户的一律不分): the name in quotes or after a verb of naming is the village's own category, no ground the law
# knows (not an eligibility like 户口迁出的, which names a fact), so the denial is imposed on them (t14old). The label
# stands right before the denial, a 的, a plural or an adverb between.
_LABEL_GIVEN = _lazy(
    r"(?:[“「『\"][^”」』\"，,。；;]{1,6}?(?:户|人员|人口|人|家|女|婿)[”」』\"]|"
    r"[“「『\"][^”」』\"，,。；;]{1,6}?[”」』\"](?:户|人员|人口|家庭)|"
    r"(?:被|由)?(?:村里|村委会?|村民委员会|组里|社里)?(?:定为|定成|列为|称为|称作|叫做|叫作|认定为|划为|归为|划成|算作)"
    r"[“「『\"]?[^，,。；;“”]{1,6}?(?:户|人员|人口|人|家)[”」』\"]?)"
    r"(?:的|们)?(?:家庭|人员|家属|一家|全家)?[，,]?(?:一律|均|都|也|则|暂|今后|此次|本次)?$"
)
_STATE_POLICY = _lazy(r"政策|法律|法规|国家|上级|《")


# a label in quotes, to find it again bare (起名叫“寄居户”，寄居户不分…)
_QUOTED_LABEL = _lazy(r"[“「『\"]([^”」』\"，,。；;]{1,6}?(?:户|人员|人口|人|家))[”」』\"]")
# the state's own categories (五保户, 低保户, 贫困户, 烈属): their rules are the state's, no label the village gives
_LAWFUL_LABEL = _lazy(
    r"五保|低保|贫困|脱贫|扶贫|监测|兜底|特困|优抚|军属|烈属|残疾|独生|计生|"
    # and a label that only names a fact the law itself excludes from a share (“已故人员”, “非本村人员”, “迁出户”,
    # “重复享受户”): no category of the village's making (rv14)
    r"已故|死亡|去世|亡故|过世|非本|不是本|迁出|外迁|已迁|转非|重复|已享受|已安置|"
    # (挂靠: a registration hosted here without membership, one reading wherever it stands, as _NEVER_A_MEMBER reads
    # it: “挂靠户”不参加分红 is the bare 挂靠户不参加分红, an eligibility; rv15)
    r"挂靠"
)
_BEFORE_DENIAL = _lazy(r"(?:的|们)?(?:一律|均|都|也|则|暂|今后|此次|本次)?$")


def _label_given(sent: _Sentence, pat: _Pattern, pos: int) -> bool:
    """A share denied to a group by the village's label for it, not by a policy the state sets (按照政策，“农转非”人员…);
    the label in quotes or after a verb of naming, or repeated bare after the article has named it so."""
    if pat.code != "CV602" or _STATE_POLICY.search(sent.text, sent.start, pos):
        return False
    text = sent.text
    if _ELIGIBILITY.search(text, sent.start, sent.end):
        return False  # “投资户”不参加分红，因其不是本村成员: the article gives a ground the law knows (rv14)
    given = _LABEL_GIVEN.search(text, max(sent.start, pos - 24), pos)
    if given:
        return not _LAWFUL_LABEL.search(given.group())
    near = _BEFORE_DENIAL.search(text, max(sent.start, pos - 6), pos)
    stop = near.start() if near else pos
    return any(
        text.endswith(label.group(1), sent.start, stop) and not _LAWFUL_LABEL.search(label.group(1))
        for label in _QUOTED_LABEL.finditer(text, 0, stop)
    )


# A measure decided as a sanction, told in the frame of a decision (作出…的处理, 给予…处分, 予以…处理): the frame
# makes it one whoever bears it; a procedure (处理办法, 处理程序) is a topic.
_DECIDED_BEFORE = _lazy(r"(?:作出|做出|给予|予以)[^，,。；;：:]*$")
_DECIDED_AFTER = _lazy(
    r"[^，,。；;：:]{0,8}?的?(?:处理|处罚|处分|惩处|惩戒)(?:决定)?(?!办法|方法|措施|流程|程序|预案|规定|标准|原则|方案|意见)"
)


_BOUGHT_BACK = _lazy(
    r"(?:交|缴|付)[^，,。；;！!？?]{0,12}?费[^，,。；;！!？?]{0,8}?后(?:方可|方能|才能|才可|再|可)?"
    r"(?:领回|取回|领走|赎回|牵回|拉回|开回|开走|归还|发还|返还|放还|放回|交还|放行|解锁)"
)


# a sum per unit of a shortfall or an overrun of time (每少出一个工, 每缺一次, 每超过一天, 逾期每月): the unit is the
# failure; an overrun of quantity (每多用一吨水) is a price ladder, not a failure
_SHORTFALL = _lazy(
    # (少出一个工日按八十元折款: the missed day counted without 每 is the unit too)
    r"每(?:少|缺|欠)|(?:少|缺)(?:出|投|到|做)?[一两二三四五六七八九十\d]+个?(?:工日|工|天|日|次)|每(?:超过?|超出|逾期|延期|拖延|迟|晚)[\d一两二三四五六七八九十]*个?(?:天|日|月|小时)|"
    r"(?:逾期|超期|延期)每[\d一两二三四五六七八九十]*个?(?:天|日|月)"
)


def _full_stop_before(sent: _Sentence) -> int:
    """Where the full sentence begins (先关在大队部…；每领一次交联防费: the holding may stand before a semicolon)."""
    return opens_before(sent.text, sent.start)


def opens_before(text: str, pos: int, stops: str = "。！!？?\n") -> int:
    """Where the sentence holding `pos` begins: after the last of `stops` before it (full stops and line breaks by
    default, so a sentence runs over its semicolons; pass 。；;\n for one clause group)."""
    return max(text.rfind(stop, 0, pos) for stop in stops) + 1


def _bought_back(sent: _Sentence, pos: int, end: int) -> bool:
    """The thing is bought back after the measure (扣下…交费后领回), or the measure is the giving back after a
    fee and the village took the thing first (移至存放点，交清存放费后方可取回): either way it was seized."""
    text = sent.text
    if _BOUGHT_BACK.search(text, end, sent.end):
        return True
    fee = _BOUGHT_BACK.search(text, max(sent.start, pos - 24), end)
    return fee is not None and bool(_TAKEN_BEFORE.search(text, sent.start, fee.start()))


_UNCOMPENSATED = _lazy(r"不(?:作|予|给|再)?(?:任何)?(?:经济)?(?:补偿|赔偿)|无偿(?:收回|收归|归)")


def _under_a_condition(sent: _Sentence, pos: int) -> bool:
    return sent.carried or any(c.start < c.cond_end <= pos for c in sent.clauses if c.start < pos)


def _governed_by_another(sent: _Sentence, target_clause: _Clause, after: int, before: int) -> bool:
    """A 违者/否则 or a new wrongdoing condition between a target and a measure: the measure is someone else's.

    A further circumstance of the target's own case (女儿出嫁后，父母去世的，…) does not change the subject.
    """
    text = sent.text
    if _CONSEQUENCE_RESET.search(text, after, before):
        return True
    return any(
        target_clause.start < c.start <= before
        and c.start >= after  # 女性，婚后户籍未迁出的: a clause the target reaches into is her own case
        and c.cond_end > c.start
        and _WRONGDOING.search(text, c.start, c.cond_end)
        and not _REGISTRATION_KEPT.search(text, c.start, c.cond_end)
        and not _CLEAN_RECORD.search(text, c.start, c.cond_end)
        and not _VOTE_FAILED_RE.match(text, c.start, c.cond_end)
        and not _SURNAME_CASE.search(text, c.start, c.cond_end)
        for c in sent.clauses
    )


# 不随女方姓的, 未与户主同姓的: her children's surname is her own case (the ground of the loss), no wrongdoing
_SURNAME_CASE = _lazy(r"(?:随|跟|从|与|和)" + _GAP + r"{0,6}?(?:同姓|姓)")
# 户口虽未迁走的, 户籍仍未迁出的: her registration left where it was is her own case, not a new wrongdoing
# 且本人无违法记录的: a clean record is a further condition of her (or his) own case, no wrongdoing
_CLEAN_RECORD = _lazy(r"(?:无|没有|未有|未曾|未)(?:任何|过)?(?:违法|违纪|违规|犯罪|刑事|不良|失信|违约)")
_REGISTRATION_KEPT = _lazy(
    r"(?:户口|户籍)" + _GAP + r"{0,3}?(?:未|没有?|不)(?:迁|转|移|注销)|"
    # the verb first (坚持不迁户口者, 仍未转出户籍的)
    r"(?:未|没有?|不)(?:迁|转|移)(?:出|走|移)?(?:户口|户籍)|"
    # her lapse of the duty to move it, the registration left unnamed (到期仍不迁出的, 逾期未迁的)
    r"(?:仍|仍然|还|继续|坚持|拒|逾期|到期|期满)(?:不|未|没有?)(?:迁|转|移)(?:出|走|户)?(?=的|者|[，,])"
)


# A share given per head as a figure (每人发放生活补助1000元, 每人按30平方米计算): her share smaller than the one the
# article gives the others per head in the same unit is a reduced share, though no word says so.
_PER_HEAD_FIGURE = _lazy(
    r"(?:每人|人均|每口|每个人)(?:按|发放?|补助?|分配?|分得|计算?|享受|安置)?" + _GAP + r"{0,8}?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>万元|元|平方米|平米|㎡|亩|股|份)"
)
_EQUAL_SHARE = _lazy(r"同等|一样|平等|相同|同样|不低于|一致")


def _per_head_value(m: re.Match[str]) -> tuple[str, float]:
    """A per-head figure in one unit: 7.2万元 and 72000元 are one sum (a table writes the larger in 万)."""
    n = float(m.group("n"))
    return ("元", n * 10000) if m.group("unit") == "万元" else (m.group("unit"), n)


def _smaller_figure(sent: _Sentence) -> Measure | None:
    """Her per-head figure, smaller than the others' per-head figure in the same unit elsewhere in the article."""
    text = sent.text
    if not any(c.isdigit() for c in text[sent.start : sent.end]):
        return None
    for target in _women_targets(sent):
        hers = _PER_HEAD_FIGURE.search(text, target.end(), sent.end)
        if hers is None or _EQUAL_SHARE.search(text, target.start(), hers.end()):
            continue
        if _PROHIBITION.search(text, sent.clause_at(target.start()).start, hers.start()):
            continue
        unit, mine = _per_head_value(hers)
        others = (
            _per_head_value(m) for m in _PER_HEAD_FIGURE.finditer(text) if not target.start() <= m.start() < hers.end()
        )
        if any(u == unit and n > mine for u, n in others):
            end = hers.end()
            return Measure("CV607", target.start(), end, text[target.start() : end], _women_what(target.group()))
    return None


def _women_finding(sent: _Sentence) -> Measure | None:
    found = _women_loss(sent) or _smaller_figure(sent)
    if found is not None and _repealed(sent.text, found.end - 1, found.end, sent.end):
        return None  # …收回妇女承包地的做法，本村一律禁止: her loss named as a practice the charter bans
    return found


def _women_loss(sent: _Sentence) -> Measure | None:
    before = sent.woman_before
    if before is not None and _opens_on_her(sent, before) and not _already_elsewhere(sent):
        # (the target's own clause lies before the sentence: every clause here may hold a new condition)
        carried = _woman_denied(sent, before, _Clause(before.start(), before.end(), before.start()), sent.start)
        if carried is not None:
            return carried
    if _WOMEN_KEYS.isdisjoint(sent.chars) or _already_elsewhere(sent):
        return None
    for target in _women_targets(sent):
        found = _woman_denied(sent, target, sent.clause_at(target.start()), target.end())
        if found is None:
            found = _woman_excluded(sent, target) or _put_to_vote(sent, target)
        if found is not None:
            return found
    return None


def _put_to_vote(sent: _Sentence, target: re.Match[str]) -> Measure | None:
    """Her right put to the members' vote or refused by their consent withheld (入赘女婿能否分红，由户代表投票表决)."""
    text = sent.text
    vote = _PUT_TO_VOTE.match(text, target.end(), sent.end)
    if vote is None or _PROHIBITION.search(text, sent.clause_at(target.start()).start, vote.end()):
        return None  # 外嫁女分配不得由村民会议表决决定: the law's protection
    return Measure("CV607", target.start(), vote.end(), text[target.start() : vote.end()], _women_what(target.group()))


# What follows a condition that names her loss as someone's wrong: the law's remedy for it (责令改正, 起诉)
_WRONG_PUT_RIGHT = _lazy(
    r"责令(?:其|当事人|村民委员会|村委会)?(?:限期)?(?:改正|纠正|整改)|予以纠正|依法纠正|予以撤销|依法撤销|起诉|仲裁|投诉|申诉|"
    r"追究" + _GAP + r"{0,8}?责任"
)


def _woman_excluded(sent: _Sentence, target: re.Match[str]) -> Measure | None:
    """The loss written before her, her right named after her (方案排除了几名外嫁女分配的权利) as a CV607 finding."""
    text = sent.text
    clause = sent.clause_at(target.start())
    verb = _EXCLUDED_BEFORE.search(text, clause.start, target.start())
    right = _HER_RIGHT_AFTER.match(text, target.end(), sent.end)
    if verb is None or right is None:
        # her act refused consent before her (不同意出嫁女享受本组待遇): the entitlement is the act refused
        verb = _CONSENT_REFUSED.search(text, clause.start, target.start())
        right = _HER_ACT_AFTER.match(text, target.end(), sent.end)
    if verb is None or right is None or _PROHIBITION.search(text, clause.start, verb.start()):
        return None  # 不得剥夺外嫁女的承包权: the law's protection
    if _prohibition_carried(sent, clause):
        return None  # 不得以户口迁出为由，剥夺外嫁女的承包权
    if text[verb.start() - 1 : verb.start()] in ("不", "未", "无", "非"):  # (at 0 the slice is empty)
        return None
    if _LOSS_OPPOSED.search(text, clause.start, verb.start()):
        return None
    if clause.cond_end > verb.start() and _WRONG_PUT_RIGHT.search(text, clause.cond_end, sent.end):
        return None  # 不让离婚妇女继续承包的，由乡镇政府责令改正: her loss is the wrong the law puts right
    return Measure("CV607", verb.start(), right.end(), text[verb.start() : right.end()], _women_what(target.group()))


# A denial named as a ground the charter rules out (不作为取消成员身份的条件, 不构成收回承包地的理由).
_NOT_A_GROUND = _lazy(r"不(?:能|得|应|再)?(?:作为|成为|构成|视为|当作)|并非|不是")
_GROUND_AFTER = _lazy(_GAP + r"{0,8}?的?(?:条件|理由|依据|前提|根据|原因)")
# An order right before the denial (责令停止施工): her own act stopped, no right of hers denied.
_ORDERED = _lazy(r"(?:责令|勒令|限期)(?:其|她)?$")


# The vote set on her failed (未获同意的, 表决未通过的, 赞成票不足半数的): her own case going on, no new wrongdoing.
_VOTE_FAILED = (
    r"\s*(?:经|经过)?(?:表决|投票|会议|审议|签字)?(?:未|没有?|不)(?:能)?(?:获|获得|经|经过|予)?(?:同意|通过)|"
    r"\s*(?:赞成|同意)票?数?(?:不足|不够|未达|未过|未超过)"
)
_VOTE_FAILED_RE = _lazy(_VOTE_FAILED)


# The sentence after a semicolon goes on about her (其随迁子女…, 她的…), or answers the question that named her
# (答：按三成发放): the woman named before is its subject.
# A sentence opening on her status's time (婚后坚持不迁户口者, 出嫁后…) after one that named her goes on about her too.
_HER_PRONOUN = _lazy(
    # (a case and its ruling: 情形：外嫁女的子女…。处理：不列入分配人口)
    # (a word going on first: 包括其原居住地…, 以及她的子女)
    r"\s*(?:包括|以及|并且|而且|甚至|就连|同时)?"
    r"(?:(?:答|回答|解答|处理|处理办法|处理意见|处理结果|结论)\s*[:：]|其(?!他|余|它|中|次|实|后)|她|随迁|随母|所生|所带|"
    # her later children, or those not bearing her name (第二胎以后的, 不随母姓的): her children still
    r"第[二三四五2-5]胎|第[二三四五2-5]个(?:孩子|子女|小孩)|[二三]胎|(?:不|未)(?:随|跟|从)" + _GAP + r"{0,4}?姓|"
    # a wait not yet served (未满十年的): the condition set on her goes on
    r"(?:未|不|没)满|"
    # or the vote set on her failed (未获同意的, 表决未通过的, 赞成票不足的)
     + _VOTE_FAILED + "|"
    # her children following her (子女随母迁出的)
    r"(?:子女|孩子|小孩|儿女)(?:随|跟)母|"
    r"(?:结婚|婚嫁|出嫁|外嫁|嫁出|离婚|离异|丧偶|再婚|改嫁)?婚?后|"
    # or on her lapse of the duty set on her (到期仍不迁出的, 逾期未转户口的)
    r"(?:到期|逾期|期满|届时|超期|过期)?(?:后)?(?:仍|仍然|还|继续|坚持|拒)?(?:不|未|没有?)(?:迁|转|移|办理|落户))"
)


# an item of a list under a heading that named her (see _ITEM_LINE)
_LIST_MARK = r"(?:——|—|-|－|·|•|●|○|◆|■|\*|[\d①-⑩]{1,2}[.、)）]|[(（][\d一二三四五六七八九十]{1,2}[)）])"
_ITEM_START = _lazy(r"\s*" + _LIST_MARK)


# A class the charter puts her in (出嫁满三年的女儿定为寄居户, 离婚后算作外来居民): the class's loss after it is hers.
_HER_CLASS = _lazy(
    r"(?:属于|归为|归入|列为|列入|定为|划为|划入|视为|作为|称为|算作|认定为)"
    r"(?P<name>[\u4e00-\u9fff]{1,6}?(?:村民|人口|户|成员|股东|人员|社员|组员|居民))"
)


# She named inside a later sentence by the pronoun only a woman has, or by her parents' home: a story goes on about
# the woman the sentence before named.
_HER_NAMED = _lazy(r"她|娘家")


def _opens_on_her(sent: _Sentence, before: re.Match[str]) -> bool:
    """The sentence goes on about the woman named before: a pronoun or her status's time, or the class the
    sentence before put her in (…出嫁的女儿定为寄居户；寄居户年终红利减半…)."""
    text = sent.text
    if _HER_PRONOUN.match(text, sent.start) or _ITEM_START.match(text, sent.start):
        return True
    if _HER_NAMED.search(text, sent.start, sent.end):
        return True  # a story's next sentence (决定不分钱给她, 娘家村委会未分给她耕地): she is its subject
    opening = text[sent.start : sent.start + 12].lstrip()
    return any(opening.startswith(named.group("name")) for named in _HER_CLASS.finditer(text, before.end(), sent.start))


def _women_targets(sent: _Sentence) -> Iterator[re.Match[str]]:
    """The women's-status targets of a sentence that no prohibition governs (不得以妇女出嫁为由…)."""
    text = sent.text
    for target in _WOMEN_TARGET.finditer(text, sent.start, sent.end):
        clause = sent.clause_at(target.start())
        if _PROHIBITION.search(text, clause.start, target.start()):
            continue
        if _HER_WRONG.search(text, target.end(), clause.end):
            continue  # 入赘女婿犯事外逃的，其妻子…: an act decides the loss, not a marriage (CV608 or the act's code)
        yield target


# An offence named in the clause that names her or her husband: the measure answers the act, not the marriage.
# (无违法记录, 没有犯罪: a clean record is a condition of her right, no offence)
_HER_WRONG = _lazy(
    r"(?<![无未不])(?<!没有)(?<!无任何)"
    r"(?:犯事|犯法|犯罪|违法|违纪|外逃|潜逃|在逃|被判|判刑|坐牢|服刑|吸毒|贩毒|赌博|偷盗|盗窃|斗殴|闹事|行凶|"
    # (any offence of the share-holder's own: 酗酒滋事、屡教不改的)
    r"酗酒|滋事|寻衅|打架|打人|骂人|屡教不改|屡犯|虐待|遗弃)"
)


# Her death told right after her (出嫁女死亡的, 外嫁女因病去世后, 离婚妇女本人已经亡故): what she held ends with her life,
# whatever her marriage (its land returned, her share passed on by succession: the law's own rules). Only a loss on her
# heirs (其子女不再享受…, 继承人不得继承) or one the charter grounds on her marriage (因其已外嫁) is still hers (CV607).
_HER_DEATH = _lazy(r"(?:本人)?(?:因" + _GAP + r"{0,6}?)?(?:已经?|不幸)?(?:死亡|去世|病故|过世|亡故|病逝|身故|逝世)")
_HER_KIN = _lazy(r"子女|孩子|小孩|儿女|丈夫|女婿|配偶")
# (her kin and heirs, or the men of a family handed what she held: 由其兄弟耕种 is no return to the collective)
_HER_HEIRS = _lazy(_HER_KIN.pattern + r"|继承人|后代|后人|家属|家人|亲属|兄弟|儿子|男方|夫家|婆家|娘家|男性")
_MARRIAGE_GROUND = _lazy(r"(?:因|由于|以)(?:其|她)?(?:已经?|系|是|属)?(?:外嫁|出嫁|嫁出|外嫁女|出嫁女|离婚|再婚|改嫁)")


_HER_HUSBAND_END = _lazy(r"(?:丈夫|配偶|老公|夫)$")
_REFUSED_FIRST = _lazy(r"[不无没未拒莫别休甭]|暂缓")


def _death_not_marriage(text: str, target: re.Match[str], denial: re.Match[str], end: int) -> bool:
    """The loss up to `end` is what she held ending with her death (taken back, passed on), no right refused her
    after it (出嫁女去世后不得葬入本村公墓: a burial is no holding that ends, her marriage decides it), no loss of her
    heirs' nor one grounded on her marriage."""
    if not _HER_DEATH.match(text, target.end()) or _HER_HUSBAND_END.search(target.group()):
        return False  # (出嫁女的丈夫死亡后: his death widows her, a status of hers)
    if _REFUSED_FIRST.match(denial.group()):
        return False
    return not (_HER_HEIRS.search(text, target.end(), end) or _MARRIAGE_GROUND.search(text, target.end(), end))


# A daughter's marriage told as the custom it is (女出嫁者，归夫家; 出嫁后即入夫家宗族，不再列入本族谱系; 其祭祀归夫家): she
# passes into her husband's line and its genealogy, nothing of hers taken. Only a plain marriage (not a divorce, a
# widow's remarriage), only the line, the genealogy or the worship (no land, share, money, registration or standing in
# the village named in the sentence), and no verb of casting out or forbidding (削其谱名, 不得入谱 keep their finding;
# rv15).
_PLAIN_MARRIAGE = _lazy(r"嫁|适")
_NOT_PLAIN = _lazy(r"改|再|离|丧|寡|醮|休|婚")
_HUSBAND_S_LINE = _lazy(r"夫家|夫族|夫姓|夫宗|婆家|谱|宗族|族|祠|祭")
_HERS_TAKEN = _lazy(
    r"田|地|股|分红|分配|款|钱|财|产|物|户口|户籍|村民|成员|社员|组员|待遇|权益|权利|补|粮|宅|房|山|林|继承|福利|费|罚"
)
_CAST_OUT = _lazy(r"削|革|逐|黜|开除|除名|剔除|驱|赶|不准|不许|不得|不能|严禁|禁止|[罚责打]")


def _custom_of_her_marriage(sent: _Sentence, target: re.Match[str], end: int) -> bool:
    told = target.group()
    if not _PLAIN_MARRIAGE.search(told) or _NOT_PLAIN.search(told):
        return False
    text = sent.text
    finding = text[target.end() : end]
    return bool(
        _HUSBAND_S_LINE.search(finding)
        and not _HERS_TAKEN.search(text, target.end(), sent.end)
        and not _CAST_OUT.search(text, target.end(), sent.end)
    )


def _woman_denied(sent: _Sentence, target: re.Match[str], clause: _Clause, after: int) -> Measure | None:
    """The first denial after `after` that falls on the target (a woman's status), as a CV607 finding."""
    text = sent.text
    for denial in _DENIAL.finditer(text, after, sent.end):
        # (an application named in the condition is refused after it: 申请宅基地的，村委会不予受理)
        at = denial.start("refusal") if denial.group("refusal") else denial.start()
        d_clause = sent.clause_at(at)
        if at < d_clause.cond_end and d_clause.end < sent.end:
            # inside a condition (在新居住地没有取得承包地的…): it describes, it does not deny; the last
            # clause has no consequence after it, so its 的 ends a noun (…调剂给新迁入的农户)
            continue
        if _governed_by_another(sent, clause, after, denial.start()):
            break  # 外嫁女享有同等权利，违者取消其低保: the denial falls on someone else
        scope = _scope_start(text, d_clause, denial.start())
        if scope > denial.start() or scope < after:
            scope = max(d_clause.start, after)
        if _PROHIBITION.search(text, scope, denial.start()) or text[denial.start() - 1] in "不未无非":
            continue  # 不得收回其原承包地, 不丧失成员身份: the law's protection, not a denial
        if _ORDERED.search(text, scope, denial.start()):
            continue  # 未获同意的，责令停止施工: an order to stop her act, no right of hers denied
        if _NOT_A_GROUND.search(text, scope, denial.start()) and _GROUND_AFTER.match(text, denial.end()):
            continue  # 户口是否迁出不作为取消成员身份的条件: the charter rules the ground out
        end = _denial_end(sent, denial)
        if _HER_CHOICE.search(text, target.end(), end) or _MAY_BEFORE.search(text, scope, denial.start()):
            continue  # 出嫁女自愿退股的, 土地可以交回集体: her own choice, not a loss the charter decides
        if _death_not_marriage(text, target, denial, end):
            continue  # 出嫁女死亡的，其承包地由集体收回: her holding ends with her life, not with her marriage
        if _custom_of_her_marriage(sent, target, end):
            continue  # 女出嫁者，归夫家，其名附载于夫家谱: the custom told, her place in her husband's line
        return Measure("CV607", target.start(), end, text[target.start() : end], _women_what(target.group()))
    return None


# 问：出嫁女能分地吗？答：不能。 A question whether a woman may have a right, answered with a bare no: the answer
# denies what the question names.
_ASKED_MAY = _lazy(
    r"(?:能不能|可不可以|能否|可否|能|可以|可)(?:继续)?" + _ENTITLEMENT + _GAP + r"{0,12}?[吗嘛么呢]?\s*[？?]\s*"
    r"(?:答|回答|解答|[AＡ])\s*[：:]\s*(?:不能|不可以|不行|不可|不得|不予|不|没有)(?=[，,。；;！!？?\s]|$)"
)


def _answered_no(sent: _Sentence) -> Measure | None:
    text = sent.text
    for target in _WOMEN_TARGET.finditer(text, sent.start, sent.end):
        asked = _ASKED_MAY.search(text, target.end(), sent.end)
        if asked is not None and "。" not in text[target.end() : asked.start()]:
            return Measure(
                "CV607", target.start(), asked.end(), text[target.start() : asked.end()], _women_what(target.group())
            )
    return None


# A list whose header denies every item (下列人员不参与本次分配：(1)…；(3)离婚后…的妇女；…): the header's denial
# falls on each item up to the end of the list (the first 。).
_LIST_HEADER = _lazy(r"(?:下列|以下|下述|如下)[^，,。；;：:!！?？]{0,24}?[:：]")


def _denying_list(text: str) -> tuple[int, int] | None:
    """(where the items begin, where the list ends) when a list header in the text denies its items."""
    if "下" not in text and "如" not in text:
        return None
    for header in _LIST_HEADER.finditer(text):
        denial = _DENIAL.search(text, header.start(), header.end())
        if denial is None or _PROHIBITION.search(text, header.start(), denial.start()):
            continue  # 下列人员享受分配：, 下列情形不得收回：
        if text[denial.start() - 1] in "不未无非":
            continue
        stop = text.find("。", header.end())
        return header.end(), stop if stop >= 0 else len(text)
    return None


def _listed_woman(sent: _Sentence) -> Measure | None:
    """An item of a denying list naming a woman's marriage status (离婚后户口仍留在本组、未再婚的妇女)."""
    text = sent.text
    if _WOMEN_KEYS.isdisjoint(sent.chars) or _already_elsewhere(sent) or sent.list_from is None:
        return None
    for target in _WOMEN_TARGET.finditer(text, sent.list_from, sent.end):
        clause = sent.clause_at(target.start())
        if _PROHIBITION.search(text, clause.start, target.start()) or _HER_CHOICE.search(text, target.end(), sent.end):
            continue
        stop = _SEMICOLON.search(text, target.end(), sent.end)
        end = stop.start() if stop else sent.end
        return Measure("CV607", target.start(), end, text[target.start() : end], _women_what(target.group()))
    return None


def _already_elsewhere(sent: _Sentence) -> bool:
    """The law's own rule against a double share: she has already obtained the right elsewhere."""
    text = sent.text
    for found in _ALREADY_ELSEWHERE.finditer(text, sent.start, sent.end):
        if "在" not in found.group() and text.startswith("的", found.end()):
            continue  # 已分得的份额一并调出: what she holds here, taken with the rest; no right elsewhere
        if not _REGARDLESS.search(text, sent.clause_at(found.start()).start, found.start()):
            return True
    return False


def _denial_end(sent: _Sentence, denial: re.Match[str]) -> int:
    """Where the quoted denial ends: a share limited to the ration land (只享有口粮田) reaches on to the
    right it withholds when the sentence names one (…，不享有责任田)."""
    if denial.group("ration") is None:
        return denial.end()
    for later in _DENIAL.finditer(sent.text, denial.end(), sent.end):
        if later.group("ration") is None and not _PROHIBITION.search(
            sent.text, sent.clause_at(later.start()).start, later.start()
        ):
            return later.end()
    return denial.end()


# 孩子考上大学，村里奖励；老人发补助。如果村民大操大办，这些福利就取消: the benefits taken are named by pointing back
# (这些, 上述, 以上), and the sentences before name them as his kin's (the child's award, the old's allowance): his kin
# bear his act (CV608).
_POINTING = _lazy(r"(?:这些|这几项|上述|以上|前述|前面所说的?|以上各项|上述各项)的?\s*$")
_POINTING_KEYS = frozenset("这上以前")
_KIN_BENEFIT = _lazy(r"孩子|子女|小孩|儿女|学生|老人|老年|家属|家人|父母")


def _pointed_kin_benefits(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """A benefit or share taken, named by pointing back to the kin's benefits of the sentences before (CV608)."""
    text = sent.text
    for m in measures:
        if m.code not in ("CV602", "CV605"):
            continue
        clause = sent.clause_at(m.start)
        point = _POINTING.search(text, clause.start, m.start)
        if point is None or not _KIN_BENEFIT.search(text, 0, sent.start):
            continue
        return Measure("CV608", point.start(), m.end, text[point.start() : m.end], N_("连带处罚家庭成员"))
    return None


def _collective_finding(sent: _Sentence, measures: list[Measure], women: Measure | None) -> Measure | None:
    """The collective punishment of the sentence, unless a prohibition naming its ground ends the clause before it
    (不得因家庭成员的违法行为，取消其他家庭成员的低保; 不得以一人违法为由，株连其家属): that forbids it."""
    found = _collective_found(sent, measures, women)
    if found is not None and _prohibition_carried(sent, sent.clause_at(found.start)):
        return None
    return found


def _collective_found(sent: _Sentence, measures: list[Measure], women: Measure | None) -> Measure | None:
    if not _UNPLANNED_KEYS.isdisjoint(sent.chars):
        child = _unplanned_child_finding(sent)
        if child is not None:
            return child
    # (改嫁外村的，其承包田收回，随母迁走的子女同样处理: the children's loss has her status as its ground, CV607)
    if women is None and not _COLLECTIVE_KEYS.isdisjoint(sent.chars) and not _PUNISH_KEYS.isdisjoint(sent.chars):
        explicit = _explicit_collective(sent)
        if explicit is not None and not (women is not None and _HER_KIN.search(sent.text, women.start, explicit.end)):
            return explicit  # (随母迁走的子女同样处理: her children share her finding, CV607, docs/clause-codes.md)
    if measures and not _POINTING_KEYS.isdisjoint(sent.chars):
        pointed = _pointed_kin_benefits(sent, measures)
        if pointed is not None:
            return pointed
    if _COLLECTIVE_TARGET_KEYS.isdisjoint(sent.chars):
        return None
    if not measures:  # a household recorded for a member's act, a group's award lost: no other measure needed
        member = None if _RECORD_KEYS.isdisjoint(sent.chars) else _member_finding(sent, measures)
        member = member or (None if _REWARD_KEYS.isdisjoint(sent.chars) else _group_finding(sent, measures))
        member = member or (None if _BARE_LOSS_KEYS.isdisjoint(sent.chars) else _target_finding(sent, measures, women))
        member = member or _child_registration_finding(sent)
        return member or _kin_review_finding(sent) or _bearer_finding(sent, measures, women)
    member = _member_finding(sent, measures)
    member = member or _parent_finding(sent, measures) or _self_contrast_finding(sent, measures)
    member = member or _parents_debt_finding(sent, measures) or _kin_doer_finding(sent, measures)
    member = member or _child_registration_finding(sent)
    member = member or _landlord_finding(sent, measures) or _paid_for_him_finding(sent, measures)
    if member is None and sent.member_bearer is not None:
        member = _carried_member_finding(sent, measures)
    if member is not None:
        return member
    group = _group_finding(sent, measures)
    if group is not None:
        return group
    return _target_finding(sent, measures, women) or _kin_review_finding(sent) or _bearer_finding(sent, measures, women)


def _unplanned_child_finding(sent: _Sentence) -> Measure | None:
    """A child born outside the plan denied what a member's child gets (超生的孩子不分口粮田, 超生子女暂不办理入户):
    the child bears its parents' act (CV608), whatever the denial is; 不得歧视超生子女 protects it."""
    text = sent.text
    for target in _UNPLANNED_CHILD_RE.finditer(text, sent.start, sent.end):
        clause = sent.clause_at(target.start())
        if _PROHIBITION.search(text, clause.start, target.start()):
            continue
        denial = _DENIAL.search(text, target.end(), _topic_run_end(sent, clause, target.end()))
        if denial is not None and not _PROHIBITION.search(text, target.end(), denial.start()):
            end = _denial_end(sent, denial)
            return Measure("CV608", target.start(), end, text[target.start() : end], N_("连带处罚家庭成员"))
    return None


def _topic_run_end(sent: _Sentence, clause: _Clause, after: int) -> int:
    """Where what is said of a subject ends; a clause that is nothing but the subject (偷生的孩子，村里不给上户口) is a
    topic, and the next clause says what is done to it, whoever does it."""
    end = _subject_run_end(sent, clause)
    if end == clause.end and not sent.text[after : clause.end].strip("，,、 "):
        following = [c for c in sent.clauses if c.start >= clause.end]
        if following and following[0].cond_end <= following[0].start:
            end = following[0].end
    return end


# A wrongdoer's kin marked where the state vets them (其家庭成员参军政审时出具不良记录证明, 在该户其他成员报考公务员时
# 作为政审意见反映): the village's report on one man's act follows his relatives into their own careers.
_REVIEW_OCCASION = _lazy(
    r"参军|入伍|征兵|应征|报考|考录|招录|招考|招聘|录用|公务员|事业单位|入党|入团|提干|升学|政审|背景审查"
)
_ADVERSE_REPORT = _lazy(
    r"(?:出具|开具|提供|反映|报送|通报|作为|签署|填写|注明|告知|记载)" + _GAP + r"{0,12}?"
    r"(?:不良|负面|污点|劣迹|违法|违纪|违约|失信|政审意见|考察意见|不合格|不同意)(?:记录|证明|意见|情况|行为)?|"
    # 一并注明该行为: the wrongdoer's act itself written into the kin's papers
    r"(?:注明|写明|载明|记载|写入|记入)(?:该|其|此|这一?|上述|本人)(?:违法|违约|违规)?(?:行为|情况|事实|劣迹|经历)|"
    r"(?:政审|审查|考察)" + _GAP + r"{0,6}?(?:不予通过|不合格|不通过|一票否决)|"
    # the wrongdoer's record made the vetting's reference, or handed to the vetting body (记入档案，供其亲属入伍考察时
    # 参考, 审查时把这些记录交给考察单位)
    r"(?:政审|审查|考察|考核)(?:时|中)?的?(?:参考|依据|参考依据|重要参考)|"
    # the act written into the vetting's own paper (在政审意见中如实注明, 政审表上写明), or the paper made the
    # reference (…，作为参考)
    r"(?:政审|审查|考察|考核)(?:意见|材料|表|鉴定|证明|评语)?(?:中|里|上|内)" + _GAP + r"{0,6}?"
    r"(?:注明|写明|载明|记载|写入|记入|反映|说明|标注|标明|体现)|"
    r"(?:作为|列为|当作|作)(?:其|他|她)?(?:重要)?(?:参考|依据|参考依据)(?:意见|材料)?(?=[。，,；;]|$)|"
    r"(?:提供|报送|告知|通报|移交|反映|抄送)(?:给|至|到)?"
    + _GAP
    + r"{0,6}?(?:政审|审查|考察|征兵|招录)(?:部门|机关|单位|组织)"
)
_REVIEW_KEYS = frozenset("审军伍兵党录考聘")


def _kin_review_finding(sent: _Sentence) -> Measure | None:
    """A wrongdoer's kin (a collective target outside the condition) vetted with an adverse report."""
    if _REVIEW_KEYS.isdisjoint(sent.chars) or not sent.penalised:
        return None
    text = sent.text
    for target in _COLLECTIVE_TARGET.finditer(text, sent.start, sent.end):
        clause = sent.clause_at(target.start())
        if target.start() < clause.cond_end or _AUDIENCE_AFTER.match(text, target.end()):
            continue  # 家庭成员中有人吸毒的: the doer, not the kin who bear it
        occasion = _REVIEW_OCCASION.search(text, target.end(), min(sent.end, target.end() + 30))
        if occasion is None or _review_forbidden(sent, target.start()):
            continue
        report = _ADVERSE_REPORT.search(text, occasion.end(), sent.end)
        if report and not _PROHIBITION.search(text, sent.clause_at(report.start()).start, report.start()):
            start = target.start()
            return Measure("CV608", start, report.end(), text[start : report.end()], N_("连带处罚家庭成员"))
    return None


def _review_forbidden(sent: _Sentence, pos: int) -> bool:
    """A prohibition before pos that no condition or 违者 closes (不得因本人违法，在其子女参军时出具不良证明)."""
    text = sent.text
    last = None
    for last in _PROHIBITION.finditer(text, sent.start, pos):  # noqa: B007 - the last one is wanted
        pass
    if last is None:
        return False
    after = last.end()
    closed = any(after <= c.start and c.cond_end > c.start for c in sent.clauses if c.start < pos)
    return not closed and not _CONSEQUENCE_RESET.search(text, after, pos)


# A negation just before a collective punishment named as such (不株连, 不承担连带处罚, 免予连带处理).
_NOT_BORNE = _lazy(r"[不勿无免][予于受承负担]{0,2}$")


def _explicit_collective(sent: _Sentence) -> Measure | None:
    """A collective punishment named as such (株连, 连坐 …) and not prohibited."""
    text = sent.text
    for explicit in _COLLECTIVE_EXPLICIT.finditer(text, sent.start, sent.end):
        clause = sent.clause_at(explicit.start())
        if explicit.group().endswith("责任") and _CIVIL_JOINT.search(text, sent.start, sent.end):
            continue  # 监护人承担连带责任: the civil law's own joint liability
        if _NOT_BORNE.search(text, max(clause.start, explicit.start() - 4), explicit.start()):
            continue  # 不株连其父母, 房东本人不承担连带处罚: the charter rules it out
        if not _PROHIBITION.search(text, clause.start, explicit.start()):
            # (a line in two halves, 一人偷牛，全房受罚: the head pays after its second half)
            end = _head_pays_end(sent, sent.clause_at(explicit.end() - 1), explicit.end())
            return Measure("CV608", explicit.start(), end, text[explicit.start() : end], N_("株连处罚"))
    return None


# The bearer's head or each of its households named right after a collective punishment (全房受罚，房长罚银五两;
# 五户同罚，每户罚款一百元): how the collective pays, so its measure lies inside the CV608 finding.
_BEARER_HEAD = _lazy(
    r"\s*(?:该|其|本)?(?:房长|族长|房头|支长|户主|家长|组长|屯长|寨长|甲长|保长|头人|各户|每户|每家|各家)(?:须|应|要|均|都|一律)?"
)


def _head_pays_end(sent: _Sentence, clause: _Clause, end: int) -> int:
    """Where a collective punishment's finding ends: past the next clause when that clause names how the bearer's
    head or households pay, with no condition of its own."""
    following = [c for c in sent.clauses if c.start >= clause.end]
    if following and following[0].cond_end <= following[0].start and _BEARER_HEAD.match(sent.text, following[0].start):
        return following[0].end
    return end


def _member_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """A condition naming a member's act and a measure the household (or others) bears."""
    for clause in sent.clauses:
        bearer = _member_bearer(sent, clause)
        if bearer is None:
            continue
        recorded = _household_recorded(sent, clause, bearer)
        borne = _borne_by(sent, measures, clause.cond_end, bearer) or _topic_borne(sent, clause, measures)
        if borne is not None:
            return borne
        if recorded is not None:
            return recorded
    return None


# Someone else named in a consequence: the doer himself (对其罚款, 本人), or the one the village acts for.
_ANOTHER_NAMED = _lazy(r"其|本人|该人|当事人|行为人|违者|违规者|[他她]")
# What a household holds as one: its share of collective income, not things a member used in the act.
_TOPIC_SHARE = _lazy(r"分红|分配|收益|补偿|福利|待遇")


def _topic_borne(sent: _Sentence, clause: _Clause, measures: list[Measure]) -> Measure | None:
    """凡有家庭成员违反本规约的，不得享受村里的优惠待遇: the condition picks one out of a household (有家庭成员,
    家里有人), so the household is the topic and bears a measure that names no one (CV608)."""
    text = sent.text
    start = _condition_run_start(sent, clause)
    if not _MEMBER_ACT.search(text, start, clause.cond_end):
        return None
    for m in measures:
        if m.start < clause.cond_end or not (m.code == "CV605" or _TOPIC_SHARE.search(m.evidence)):
            continue  # (没收猎具: the doer's own tools seized, his measure)
        if _ANOTHER_NAMED.search(text, clause.cond_end, m.end):
            return None
        return Measure("CV608", m.start, m.end, m.evidence, N_("连带处罚家庭成员"))
    return None


def _borne_by(sent: _Sentence, measures: list[Measure], after: int, bearer: re.Pattern[str]) -> Measure | None:
    """The first measure after the condition (ending at `after`) that `bearer` bears, as CV608 quoted from the
    bearer on: the bearer may be named in the measure (取消该户低保) or be the subject of its clause (该户当年不得
    享受…助学补助) or of the clauses before it (该户所有成员三年内不得…，不得享受…)."""
    text = sent.text
    for m in measures:
        if m.start < after:
            continue
        named = bearer.search(m.evidence) or _subject_before(sent, bearer, after, m.start)
        if named:
            start = min(m.start, named.start()) if named.string is text else m.start
            return Measure("CV608", start, m.end, text[start : m.end], N_("连带处罚家庭成员"))
    return None


# 租住本村房屋的外来人员违法的，房东户当年分红减半: the tenant did it, the landlord's household bears it. The
# landlord's own act (房东容留吸毒人员的, 出租户未登记租客的) is his own, under the measure's code.
_TENANT_DOER = _lazy(r"租住|租户|承租人|承租户|房客|租客|租房(?:人员|者|户)|暂住人员")
_LANDLORD = _lazy(r"房东|出租户|出租人|出租方|房主")
_LANDLORD_HOUSEHOLD = _lazy(r"房东(?:户|家庭|家)|出租户")
_LANDLORD_KEYS = frozenset("房租")


def _landlord_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """A condition whose doer is a tenant and a measure on the landlord (房东户, 出租户)."""
    if _LANDLORD_KEYS.isdisjoint(sent.chars):
        return None
    text = sent.text
    for clause in sent.clauses:
        if clause.cond_end == clause.start or not _TENANT_DOER.search(text, clause.start, clause.cond_end):
            continue
        if _LANDLORD.search(text, clause.start, clause.cond_end):
            continue  # the landlord's own act, or both named as doers
        for m in measures:
            # the tenant moved out is the tenant's own measure, whoever the village tells to do it (通知房东清退)
            # (a supply cut on the landlord's household, 房东户停电, is borne for the tenant like a share)
            if m.start < clause.cond_end or m.code not in ("CV602", "CV604", "CV605"):
                continue
            named = _LANDLORD.search(m.evidence) or _subject_before(sent, _LANDLORD_HOUSEHOLD, clause.cond_end, m.start)
            if named:
                start = min(m.start, named.start()) if named.string is text else m.start
                return Measure("CV608", start, m.end, text[start : m.end], N_("连带处罚家庭成员"))
    return None


# 租户偷盗的，由房东代交违约金: another pays the doer's penalty for him (代交, 代为缴纳, 替其支付). The payer is named
# before 代, whoever he is (the landlord, the parents, the group); the doer himself or the village is no bearer, a
# guarantor's 代为 is the civil law's, and kin paying to fetch a held person pay his fine (CV601, docs/clause-codes.md).
_ON_HIS_BEHALF = _lazy(
    r"(?P<payer>[^，,。；;：:]{1,10}?)(?:须|应当?|要|必须|负责|先行)?(?:代为|代其|代他|替其|替他|代)"
    r"(?:交纳|缴纳|交付|缴付|支付|交|缴|付|承担)?$"
)
_NOT_ANOTHER_PAYER = _lazy(r"本人|自己|违者|违约者|当事人|行为人|村委|村民委员会|村集体|担保|保证人")


def _paid_for_him_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """A penalty that another pays for the doer of the condition (CV608, the payer bears it)."""
    if "代" not in sent.chars and "替" not in sent.chars:
        return None
    text = sent.text
    for m in measures:
        clause = sent.clause_at(m.start)
        if m.code != "CV601" or not any(c.cond_end > c.start for c in sent.clauses if c.start <= clause.start):
            continue
        lo = max(clause.start, clause.cond_end)
        paid = _ON_HIS_BEHALF.search(text, lo, m.start)
        if paid is None or _NOT_ANOTHER_PAYER.search(paid.group("payer")) or _FETCHED.search(text, m.start, sent.end):
            continue
        start = paid.start("payer")
        if text[start] == "由":
            start += 1
        return Measure("CV608", start, m.end, text[start : m.end], N_("连带处罚家庭成员"))
    return None


def _member_bearer(sent: _Sentence, clause: _Clause) -> re.Pattern[str] | None:
    """For a condition naming a member's act (家庭成员中有人吸毒的, 子女逃学的), the words for those who bear it."""
    text = sent.text
    if clause.cond_end == clause.start:
        return None  # only a condition names the member whose act is visited on the household
    start = _condition_run_start(sent, clause)
    if _AMONG_THEMSELVES.search(text, start, clause.cond_end):
        return None  # 户内成员之间对分配发生争议的: the members disagree, no one of them did a wrong
    doer = _MEMBER_DOER.match(text, clause.start, clause.cond_end) or _MEMBER_DOER.match(text, start, clause.cond_end)
    if doer is None and not _MEMBER_ACT.search(text, start, clause.cond_end):
        return None
    minor = (
        doer is None
        or doer.group("dependent") is not None
        or "有" in doer.group()  # 有子女吸毒的: the household that has him is the topic, 其家庭 is its own
        or _OF_THE_HOUSEHOLD.search(doer.group()) is not None  # 家中子女: the household named is the one he is of
        or bool(_SCHOOL.search(text, clause.start, clause.cond_end))
    )  # 子女逃学辍学的: a minor child
    return _HOUSEHOLD if minor else _OTHERS


# Co-owners disagreeing over how their share is divided (户内成员之间对补偿款分配有争议的): no one of them did a wrong
# the household would bear (a fight among them is still one).
_AMONG_THEMSELVES = _lazy(
    r"(?:之间|相互|互相|彼此)" + _GAP + r"{0,16}?(?:分配|分割|归属|份额|领取)" + _GAP + r"{0,6}?"
    r"(?:争议|纠纷|分歧|意见不一|协商不成|协商不一致|不能达成一致|有异议)"
)
# 家中子女在外滋事的, 户内儿子吸毒的, 农户子女偷砍林木的: the child named as one of the household, which bears it
# as another.
_OF_THE_HOUSEHOLD = _lazy(r"家中|家里|家庭中|户内|户中|本户|该户|农户|牧户|住户|各户|渔户")


def _condition_run_start(sent: _Sentence, clause: _Clause) -> int:
    """Where the condition that `clause` closes begins: the clauses before it with no condition of their own,
    from the sentence's start, are its parts (户内有人在禁牧区偷牧，一年内被查获两次以上的，…)."""
    start = clause.start
    for before in reversed(sent.clauses[: sent.clauses.index(clause)]):
        if before.cond_end > before.start:
            return start
        start = before.start
    return start


def _sentence_member_bearer(sent: _Sentence) -> re.Pattern[str] | None:
    """The bearer words of the sentence's member condition, carried past a semicolon (…的，…；其所在农户…)."""
    if _COLLECTIVE_TARGET_KEYS.isdisjoint(sent.chars) and _LANDLORD_KEYS.isdisjoint(sent.chars):
        return None
    return next(
        (b for c in sent.clauses if (b := _member_bearer(sent, c) or _tenant_bearer(sent, c)) is not None), None
    )


def _tenant_bearer(sent: _Sentence, clause: _Clause) -> re.Pattern[str] | None:
    """A tenant's act in the condition (租客违规用电的，…；房东户…): the landlord's household bears what follows it."""
    text = sent.text
    if clause.cond_end == clause.start or not _TENANT_DOER.search(text, clause.start, clause.cond_end):
        return None
    return None if _LANDLORD.search(text, clause.start, clause.cond_end) else _LANDLORD_HOUSEHOLD


def _carried_member_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """家中有人盗窃的，报派出所处理；其所在农户三年内不得申请借款: the member's act carried past a semicolon, and a
    measure the household bears before any condition of the sentence's own."""
    bearer = sent.member_bearer
    if bearer is None:
        return None  # no member's act carried into this sentence
    # the household named again as the doer (积分低于六十分的家庭，全体成员…) is the one that bears his act
    again = [
        c for c in sent.clauses if c.cond_end > c.start and _HOUSEHOLD_AGAIN.search(sent.text, c.start, c.cond_end)
    ]
    own_condition = next((c.start for c in sent.clauses if c.cond_end > c.start and c not in again), sent.end)
    for m in measures:
        if m.code not in _MEASURE_CODES_FOLDED or m.start >= own_condition:
            continue
        named = bearer.search(m.evidence) or _subject_before(sent, bearer, sent.start, m.start)
        if named:
            start = min(m.start, named.start()) if named.string is sent.text else m.start
        elif again and again[0].start < m.start:  # the household is the condition's doer: quote from it
            start = _WORD_START.match(sent.text, again[0].start).end()  # type: ignore[union-attr]  # \s* matches
        else:
            continue
        return Measure("CV608", start, m.end, sent.text[start : m.end], N_("连带处罚家庭成员"))
    return None


# The wrongdoer named as himself in a consequence (由其本人交纳警示金, 责令其本人检讨): what his household bears
# after it (其家庭当年不得参加收益分配) falls on the others of the household, not on him.
_SELF_NAMED = _lazy(r"(?:其|该人|当事人|行为人|违者|违规者|[者员])?本人(?!及|和|与|申请|要求|同意|自愿|签字)")


def _self_named_at(sent: _Sentence) -> int | None:
    """Where a consequence of wrongdoing names the wrongdoer himself (本人), outside any condition."""
    if "本" not in sent.chars or "人" not in sent.chars:
        return None
    for named in _SELF_NAMED.finditer(sent.text, sent.start, sent.end):
        if named.start() >= sent.clause_at(named.start()).cond_end and _in_penalty_context(sent, named.start()):
            return named.end()
    return None


def _self_named_bearer(sent: _Sentence) -> re.Pattern[str] | None:
    """The household words, carried past a semicolon, after a consequence that named the wrongdoer himself."""
    return _HOUSEHOLD if _self_named_at(sent) is not None else None


def _self_contrast_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """由其本人交纳警示金，其家庭当年不得参加收益分配 (or 其家庭当年不参加分红，本人由…处理): the wrongdoer named as
    himself apart from his household, which bears a measure before or after him."""
    after = _self_named_at(sent)
    if after is None:
        return None
    for m in measures:
        if m.code not in _MEASURE_CODES_FOLDED:
            continue
        if m.start >= after:
            named = _HOUSEHOLD.search(m.evidence) or _subject_before(sent, _HOUSEHOLD, after, m.start)
        elif sent.clause_at(m.start).end < after and _dealt_with_himself(sent, after):
            named = _household_bears(sent, m, sent.start)
        else:
            named = None
        if named:
            start = min(m.start, named.start()) if named.string is sent.text else m.start
            return Measure("CV608", start, m.end, sent.text[start : m.end], N_("连带处罚家庭成员"))
    return None


# What is done to the wrongdoer himself after his household's measure (本人由渔政部门依法处理, 本人写出检讨), not
# what he does for himself (由其本人自行到镇上办理: the household was only his own).
_DEALT_WITH = _lazy(
    r"处理|处罚|处分|惩处|追究|移交|移送|送交|检讨|罚|拘|批评|教育|报(?:公安|派出所|有关|司法|林业|渔政)"
)


def _dealt_with_himself(sent: _Sentence, after: int) -> bool:
    return _DEALT_WITH.search(sent.text, after, sent.clause_at(after).end) is not None


def _household_bears(sent: _Sentence, m: Measure, start: int) -> re.Match[str] | None:
    """The household words naming who bears `m`, in it or as the subject of its clause (after `start`)."""
    return _HOUSEHOLD.search(m.evidence) or _subject_before(sent, _HOUSEHOLD, start, m.start)


def _self_after_household(prev: _Sentence, found: list[Measure], sent: _Sentence) -> list[Measure]:
    """…的，该船船东家庭当年不参加租金分配；船东本人由渔政部门依法处理: the wrongdoer named as himself in the clause
    after a semicolon sets him apart from the household that bore the measure before it (CV608)."""
    after = _self_named_at(sent)
    if after is None or sent.clause_at(after) is not sent.clauses[0] or not _dealt_with_himself(sent, after):
        return found
    for i, m in enumerate(found):
        if m.code not in _MEASURE_CODES_FOLDED or not prev.start <= m.start < prev.end:
            continue
        if prev.clause_at(m.start).start < prev.clause_at(m.start).cond_end <= m.start or prev.penalised:
            named = _household_bears(prev, m, prev.start)
            if named is not None:
                start = min(m.start, named.start()) if named.string is prev.text else m.start
                found[i] = Measure("CV608", start, m.end, prev.text[start : m.end], N_("连带处罚家庭成员"))
                break
    return found


_WORD_START = _lazy(r"\s*")
_HOUSEHOLD_AGAIN = _lazy(r"的(?:家庭|户|农户|住户|牧户)\s*$")


# The household marked in the village's records or lists (记入该户不良记录, 将该户列为重点管控户).
_RECORD = _lazy(
    r"(?:记入|记在|载入|列入|纳入|录入|写入|计入)" + _GAP + r"{0,10}?(?:档案|记录|黑名单|名单|台账)|"
    r"(?:列为|定为|认定为|确定为|评为|挂牌为)" + _GAP + r"{0,8}?(?:户|家庭|对象)"
)
_RECORD_KEYS = frozenset("记载列纳录写计定评挂")
_HONOUR_RECORD = _lazy(r"荣誉|表彰|光荣|功德|先进|文明|模范|五好|星级|奖励")


def _household_recorded(sent: _Sentence, clause: _Clause, bearer: re.Pattern[str]) -> Measure | None:
    """A member's wrongdoing recorded against the household (家中有人参加邪教活动的，记入该户不良记录): the
    household is marked for another's act. Its own act recorded (乱倒垃圾的，记入该户诚信档案) is lawful,
    like points; an honour recorded is no mark."""
    text = sent.text
    if not _WRONGDOING.search(text, clause.start, clause.cond_end):
        return None
    for record in _RECORD.finditer(text, clause.cond_end, sent.end):
        if _HONOUR_RECORD.search(record.group()) or record.start() < sent.clause_at(record.start()).cond_end:
            continue
        named = bearer.search(record.group()) or _subject_before(sent, bearer, clause.cond_end, record.start())
        if named and not _PROHIBITION.search(text, sent.clause_at(record.start()).start, record.start()):
            start = min(record.start(), named.start()) if named.string is text else record.start()
            return Measure("CV608", start, record.end(), text[start : record.end()], N_("连带处罚家庭成员"))
    return None


# 学生家长不送子女上学的，取消该学生的助学金: the parent did it, the child bears it.
_PARENT_DOER = _lazy(
    _ITEM_NUMBER
    + r"(?:对于|对|凡是|凡|如果|如|若)?(?:学生|该生|其|本户)?的?(?:家长|父母|监护人|父亲|母亲)(?!的?(?:子女|孩子))"
)
_CHILD = _lazy(r"该生|该学生|该儿童|该未成年人|其子女|其孩子|其儿女|(?<![送让])子女|孩子")


# 其父母或兄弟姐妹有违约记录的，村委会不为其出具证明: the relatives of the one the article is about did it, and
# he bears it
_KIN_DOER = _lazy(
    _ITEM_NUMBER + r"(?:如|若|凡)?其(?:父母|父亲|母亲|兄弟姐妹|兄弟|姐妹|配偶|亲属|直系亲属|近亲属|家庭成员|家人|家属)"
    r"(?:或|和|及|、)?"
)
_HIM = _lazy(r"其|该生|本人")


def _kin_doer_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """A condition whose doer is his relative (其父母…有违约记录的) and a measure on him (不为其出具…)."""
    text = sent.text
    for clause in sent.clauses:
        if clause.cond_end == clause.start or not _KIN_DOER.match(text, clause.start, clause.cond_end):
            continue
        acts = _WRONGDOING.finditer(text, clause.start, clause.cond_end)
        if all(a.group() in ("不", "未") for a in acts):
            continue  # 其父母不在本村居住的: a fact about them, no act of theirs
        for m in measures:
            if m.start >= clause.cond_end and _HIM.search(m.evidence):
                return Measure("CV608", m.start, m.end, m.evidence, N_("连带处罚家庭成员"))
    return None


def _parent_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """A condition whose doer is a parent or guardian and a measure the child bears."""
    text = sent.text
    for clause in sent.clauses:
        if clause.cond_end == clause.start or not _PARENT_DOER.match(text, clause.start, clause.cond_end):
            continue
        borne = _borne_by(sent, measures, clause.cond_end, _CHILD)
        if borne is not None:
            return borne
    return None


# 村民子女出生后，须由父母结清所欠村组各项款项，方可登记为成员: the child's status waits on the parents' debts.
_NEWBORN = _lazy(r"子女|新生儿|婴儿|孩子|小孩|新生|出生")
_PARENT = _lazy(r"父母|家长|父亲|母亲|其父|其母|监护人")
_DEBT_FIRST = _lazy(_ARREARS_FIRST)


def _parents_debt_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """A child's membership or registration held back until the parents pay (CV608, the child bears it)."""
    text = sent.text
    for m in measures:
        if m.code not in ("CV605", "CV606") or not _DEBT_FIRST.match(text, m.start):
            continue
        child = _NEWBORN.search(text, sent.start, m.start)
        if child is not None and _PARENT.search(text, child.end(), m.start + 6):
            return Measure("CV608", child.start(), m.end, text[child.start() : m.end], N_("连带处罚家庭成员"))
    return None


# 不交保洁费的，暂缓为其办理新生儿落户手续: the parent did it, and the child's own registration is refused or held
# (CV608, the child bears it), whatever the verb of refusal; a condition about the child itself (子女…的) is another
# reading, and a refusal forbidden (不得拒绝为新生儿落户) protects the child.
_CHILD_REGISTERED = (
    r"(?:新生儿|新生婴儿|婴儿|新生子女|子女|孩子|小孩子?|儿女)的?(?:办理|办|申报)?"
    r"(?:落户|入户|上户口?|报户口?|户口登记|户籍登记|登记户口|出生登记|入籍|成员登记|登记为成员)"
)
_CHILD_REFUSED = _lazy(
    # (no second refusal between: 不得拒绝为其子女落户 forbids the refusal)
    r"(?<!得)(?<!准)(?<!许)(?:不予|不给|不为|暂缓|暂不|拒绝|不得|不准|不能|停止|停办)"
    r"(?:(?!拒|不予|不给)[^，,。；;！!？?])" + r"{0,8}?" + _CHILD_REGISTERED
)
_CHILD_KEYS = frozenset("儿子孩婴")
_HOUSEHOLD_AS_DOER = _lazy(r"的(?:农|住|牧)?户(?![内中里主口籍])")


def _child_registration_finding(sent: _Sentence) -> Measure | None:
    """A child's registration refused or held for the parent's act in the condition (CV608)."""
    if _CHILD_KEYS.isdisjoint(sent.chars):
        return None
    text = sent.text
    for clause in sent.clauses:
        conds = [c for c in sent.clauses if c.start <= clause.start and c.cond_end > c.start]
        lo = max(clause.start, clause.cond_end)
        refused = _CHILD_REFUSED.search(text, lo, clause.end)
        if not conds or refused is None or _PROHIBITION.search(text, clause.start, refused.start()):
            continue
        if _NEWBORN.search(text, conds[0].start, conds[-1].cond_end) or not _in_penalty_context(sent, refused.start()):
            continue  # the child is the one the condition names, or no wrong is the ground
        if _HOUSEHOLD_AS_DOER.search(text, conds[0].start, conds[-1].cond_end):
            continue  # 违反计划生育的户: the household is the doer, its child's papers its own measure (CV605)
        return Measure("CV608", refused.start(), refused.end(), refused.group(), N_("连带处罚家庭成员"))
    return None


def _subject_before(sent: _Sentence, bearer: re.Pattern[str], start: int, pos: int) -> re.Match[str] | None:
    """The bearer as the subject of the clause holding pos, or of an earlier clause (after start) whose
    subject still governs pos (no condition or new subject in between)."""
    text = sent.text
    own = sent.clause_at(pos)
    found = bearer.search(text, max(own.start, start), pos)
    if found is not None:
        return found
    for clause in sent.clauses:
        if start <= clause.start < own.start and _subject_run_end(sent, clause) >= own.end:
            found = bearer.search(text, clause.start, clause.end)
            if found is not None:
                return found
    return None


# kin who come for a held person (每领回一次, 来领人时, 接回前): what they pay buys him back
_FETCHED = _lazy(r"领回|领人|领走|接回|接走|接人|赎回|保出|[每来]领")


# What opens the place for him alone (其所在单元的门禁卡, 所在楼栋的电梯卡): the place named is where his own card works.
_OWN_WAY_IN = _lazy(_ACCESS_AFTER)
_HIS_PLACE = _lazy(r"(?:其|该户|该住户)所在")


def _target_finding(sent: _Sentence, measures: list[Measure], women: Measure | None) -> Measure | None:
    """A collective named as the target (全家, 全村, 子女 …) of a measure that falls on it."""
    text = sent.text
    for target in _COLLECTIVE_TARGET.finditer(text, sent.start, sent.end):
        if _the_doer_or_hers(sent, target, women):
            continue
        clause = sent.clause_at(target.start())
        if target.start() < clause.cond_end and not _aimed_at(sent, clause, target):
            continue  # 家庭成员中有违反…的: the wrongdoer, not the punished
        negator = _PROHIBITION.search(text, clause.start, target.start())
        if negator and not any(m.start <= negator.start() < m.end for m in measures):
            continue  # 不得以…为由; but 不准其子女进入村幼儿园: the 不准 is the measure's own words
        audience_before = _AUDIENCE_PLACE.search(target.group()) and _AUDIENCE_BEFORE.search(
            text, clause.start, target.start()
        )  # 在全村, 向全组; but 不为其子女出具 is for the children
        if audience_before or _AUDIENCE_AFTER.match(text, target.end()):
            continue  # 在全村大会上作检讨, 全村通报: the village watches, it is not punished
        if _OWN_WAY_IN.match(text, target.end()) and _HIS_PLACE.search(text, clause.start, target.end()):
            continue  # 注销其所在单元的门禁卡权限: the card he opens his own unit with, his own service (CV605)
        if _KIN_AS_MATTER.match(text, target.end()):
            continue  # 出具亲属关系证明, 家庭成员信息: the kin are what a paper is about, not who bears the measure
        if _takes_from_another(text, clause, target):
            # 由其所在村民小组收回承包地: the group takes, the wrongdoer bears it; 每户交…，否则停发其户口本上人口的
            # 福利: the household is the doer, its register is it
            continue
        run_end = _subject_run_end(sent, clause)
        later = [
            m
            for m in measures
            if clause.start <= m.start < run_end
            and m.code != "CV608"  # already the collective's (全体农户共同分摊损失)
            and (m.start >= target.start() or (m.code in _CONTAINS_TARGET_CODES and target.end() <= m.end))
        ]
        if not later:  # one finding per code per sentence may have kept an earlier one: read on from the target
            again = _folded_measure_in(sent, clause.start, run_end, target.end()) or _bare_loss(
                sent, clause.start, run_end, target.end()
            )
            later = [again] if again is not None else []
        if later and later[0].code == "CV601" and _FETCHED.search(text, target.end(), later[0].end):
            continue  # 家属每领回一次交看管费: a fee to fetch a held person is the fine for his act (docs/clause-codes.md)
        if later:  # the measure falls on the collective (全家不得享受当年分红; 全家不得评为文明户，不得享受…)
            m = later[0]
            if "村" in target.group():
                what = N_("连带处罚全村")
            elif any(w in target.group() for w in ("组", "社", "队", "浩特", "屯", "寨", "族")):
                what = N_("连带处罚村民小组")
            else:
                what = N_("连带处罚家庭成员")
            start = min(target.start(), m.start)  # 取消其子女入学推荐资格: the measure names the target
            return Measure("CV608", start, m.end, text[start : m.end], what)
    return None


def _the_doer_or_hers(sent: _Sentence, target: re.Match[str], women: Measure | None) -> bool:
    """A collective target that is the woman's family (CV607) or the household doer itself: no other bearer."""
    if women and women.start <= target.start() < women.end:
        return True  # 离婚妇女及其子女, 女青年…其配偶和子女: the woman's family is part of her target
    if women and _her_kin_after(sent, women, target):
        return True  # …不分口粮田，其丈夫及子女不准落户: her husband and children share her finding (CV607)
    return _household_is_the_doer(sent, target)  # 对违反规定的家庭，全家不得…: the household's measure on itself


def _her_kin_after(sent: _Sentence, women: Measure, target: re.Match[str]) -> bool:
    """Kin named after a woman's finding, with no condition of another doer between (…不分口粮田，其丈夫及所生子女
    不准在本村落户): her husband and children are part of her finding (docs/clause-codes.md, CV607)."""
    if target.start() < women.start or not _HER_KIN.search(target.group()):
        return False
    return not any(women.end <= c.start < target.start() and c.cond_end > c.start for c in sent.clauses)


# The doer named as a household (拒交的农户, 对违法生育的家庭, 被曝光的户, 每户交…否则…): the whole household after it is
# the doer itself, not others bearing his act (docs/clause-codes.md, tenth session: a measure on 全家 or 该户 is on the
# doer under its own code). Only the whole household: its kin (其子女) and a group (全组) are others still.
_HOUSEHOLD_DOER = _lazy(
    r"(?<![租商个承])(?:户|家庭|人家)(?:村民|居民)?(?:被[^，,。；;]{1,8})?(?:的|[，,]|每户)|每户|各户"
)
_WHOLE_HOUSEHOLD = _lazy(
    r"^(?:全家人?|全户|全体家庭成员|(?:其|该户)?(?:户口本|户口簿|户籍簿?)|(?:其|该户)?户内(?!其他|其余)|(?:全家|全户|家庭)(?:所有|全部)?人口)"
)
# one of the household singled out as the doer (户内有人, 家庭成员中, 子女…): the household is another's
_MEMBER_SINGLED = _lazy(
    r"有人|成员|人员中|子女|孩子|儿子|女儿|儿女|学生|未成年|一人|某人|家属|家人|亲属|租客|房客|租户|承租|者"
)


def _household_is_the_doer(sent: _Sentence, target: re.Match[str]) -> bool:
    if not _WHOLE_HOUSEHOLD.match(target.group()):
        return False
    text, doers = sent.text, []
    for c in sent.clauses:
        if c.start >= target.start():
            break
        if c.cond_end > c.start:  # (the noun its 的 closes on too: 拒交的农户, 对违法生育的家庭)
            doers.append(text[c.start : min(c.end, c.cond_end + 4)] + "，")
        elif _OTHERWISE.match(text, c.start):  # (…每户交三千元，否则…: the ones told to pay are the doers)
            doers.append(text[sent.start : c.start])
    return any(_HOUSEHOLD_DOER.search(d) and not _MEMBER_SINGLED.search(d) for d in doers)


_OTHERWISE = _lazy(r"\s*(?:否则|不然|要不然)")


# 全家当年不分红: a share or land withheld in two characters, read only after a collective target (当年亏损的，
# 不分红 is the collective's own result, no measure)
_BARE_LOSS_KEYS = frozenset("分奖减险医用承申领")
# 取消该单元全体住户的物业费减免, 全户退出村集体投保的农房保险: a discount or a scheme the collective pays for
_BARE_WELFARE_LOSS = _lazy(
    r"(?:取消|停止|停发|暂停)" + _GAP + r"{0,20}?(?:减免|优惠)|"
    r"(?:退出|移出|剔除出?)" + _GAP + r"{0,16}?(?:保险|医保|合作医疗)"
)
_BARE_SHARE_LOSS = _lazy(r"(?:不再|不予|暂不|一律不|均不|都不|不)分(?:红|股|地|田)(?![段区块片类别期批])")


def _bare_loss(sent: _Sentence, start: int, end: int, reaching: int) -> Measure | None:
    """A loss the collective (ending at `reaching`) bears that no pattern reads alone: a bare 不分红, a discount
    or a scheme taken (取消该单元全体住户的物业费减免), or an award withheld from the others of a floor or a group
    (同一楼层其他住户当月的奖励金一并停发)."""
    text = sent.text
    if not sent.penalised:
        return None  # 全家不分男女: no wrongdoing, no loss
    bare = _BARE_SHARE_LOSS.search(text, reaching, end)
    if (
        bare is not None
        and not _PROHIBITION.search(text, start, bare.start())
        and not _repealed(text, bare.start(), bare.end(), sent.end)
        and not _prohibition_carried(sent, sent.clause_at(bare.start()))  # 严禁以…为由，全家不分红
    ):
        return Measure("CV602", bare.start(), bare.end(), bare.group(), _share_or_land_what(bare.group()))
    welfare = _BARE_WELFARE_LOSS.search(text, start, end)
    if (
        welfare is not None
        and welfare.end() > reaching
        and not _PROHIBITION.search(text, sent.clause_at(welfare.start()).start, welfare.start())
    ):
        return Measure("CV605", welfare.start(), welfare.end(), welfare.group(), N_("取消低保等福利"))
    access = _kin_access_loss(sent, reaching, end)
    if access is not None:
        return access
    return next((m for m in _reward_losses(sent) if reaching <= m.start < end), None)


# 其家人一年内不得使用村里的农机, 其家属不得承包集体鱼塘, 其子女不得申报村教育奖励基金: the wrongdoer's kin kept
# from what the village or its collective offers. Read only after kin named as such (not 全组, 全村: a group may
# lose what it failed to earn), and never for an honour (其子女不得参加文明家庭评选 is no loss).
_KIN_TARGET_END = _lazy(r"(?:子女|儿女|孩子|家人|家属|父母|配偶|亲属|家庭成员|家中成员)$")
_KIN_ACCESS_LOSS = _lazy(
    r"(?:不得|不准|不许|不能|不再|不予|无权|禁止)(?:再)?(?:使用|租用|借用|承包|承租|申报|申请|领取|享受|参加|参与|入读|进入)"
    + _GAP
    + r"{0,14}?(?:村|集体|合作社|本社|本组|公共|公益)"
    + _GAP
    + r"{0,12}"
)
_KIN_ACCESS_HONOUR = _lazy(r"评先|评优|先进|文明|星级|荣誉|称号|表彰|评选|评比|最美|示范|选举|会议|活动")


def _kin_access_loss(sent: _Sentence, reaching: int, end: int) -> Measure | None:
    """A collective facility, contract or fund refused to the kin that end at `reaching` (see above)."""
    text = sent.text
    if not _KIN_TARGET_END.search(text, 0, reaching):
        return None
    access = _KIN_ACCESS_LOSS.search(text, reaching, end)
    if access is None or access.start() - reaching > 8 or _KIN_ACCESS_HONOUR.search(access.group()):
        return None
    return Measure("CV605", access.start(), access.end(), access.group(), N_("取消低保等福利"))


def _aimed_at(sent: _Sentence, clause: _Clause, target: re.Match[str]) -> bool:
    """对其父母的高龄补贴暂停发放: 对 + the target + 的 reads like a condition's opener, but with no wrongdoing in
    it the target is what the measure aims at."""
    text = sent.text
    return bool(_AIMED.search(text, clause.start, target.start())) and not _WRONGDOING.search(
        text, target.start(), clause.cond_end
    )


_AIMED = _lazy(r"对于?\s*$")

# A group that takes (由其所在村民小组收回承包地, 所在小组收回该地块另行发包, 交由所在组没收其工具) is the village's
# agent: the one whose land or things are taken bears the measure, under its own code, not the group. The agent is
# marked by 由/交由 before it, or by a taking verb right after it on a thing named as his (其, 该).
_AGENT_BEFORE = _lazy(r"(?:由|交由|交给|经|责成|委托)(?:其|该户|该人|该村民)?的?\s*$")
_AGENT_TAKES = _lazy(
    # (the group deciding first: 由所在村民小组开会决定将其除名, 由所在组讨论后收回)
    r"(?:(?:开会|召开(?:组务|村民|户主)?会议|讨论|研究|集体)?(?:后|决定|表决|议定)?(?:将其|把其|对其)?)?"
    r"(?:负责|组织(?:人员)?|依约|依规|统一|按规定|予以|依程序|一律|直接|立即|强制|派人)?"
    r"(?:收回|收缴|没收|扣留|扣押|拆除|停发|取消|注销|除名|清退|调整|另行发包|发包|处理|牵走|拉走)"
)
_AGENT_GROUP = _lazy(r"组|社|队|屯|寨|村|族|楼|栋|单元|院|片")


def _takes_from_another(text: str, clause: _Clause, target: re.Match[str]) -> bool:
    if not _AGENT_GROUP.search(target.group()):
        return False  # kin never act for the village (由其家长交纳罚款: the parents bear the fine)
    takes = _AGENT_TAKES.match(text, target.end())
    if takes is None:
        return False
    return bool(_AGENT_BEFORE.search(text, clause.start, target.start())) or text.startswith(
        ("其", "该", "他", "她"), takes.end()
    )


def _folded_measure_in(sent: _Sentence, start: int, end: int, reaching: int) -> Measure | None:
    """The first measure between start and end that reaches past the target (ends after `reaching`): 取消其所在户的
    福利待遇，并取消其子女上大学的奖学金 has a second CV605 on 其子女 that the one-per-code rule did not keep; 本人罚款
    五百元，其配偶连带罚款 a second fine, on the spouse. A measure of a code the finding does not fold in (a fine, a
    supply cut) only right after the target, a few words of manner between (连带, 共同承担): 清扫全村主干道 names the
    village as a place, 承担全村的保洁费用 as whose costs (p13member)."""
    found: Measure | None = None
    for index in _runnable(sent.chars):
        pat = _PATTERNS[index]
        if pat.code in ("CV607", "CV608"):
            continue
        at = start
        while (m := pat.regex.search(sent.text, at, end)) is not None:
            if found is not None and m.start() >= found.start:
                break
            straight = 0 <= m.start() - reaching <= 6 and "的" not in sent.text[reaching : m.start()]
            if pat.code not in _MEASURE_CODES_FOLDED and not straight:
                at = m.start() + 1
                continue
            if m.end() >= reaching and m.group() and _candidate_ok(sent, pat, m):
                what = pat.what(m.group()) if callable(pat.what) else pat.what
                found = Measure(pat.code, m.start(), m.end(), m.group(), what)
                break
            at = m.start() + 1
    return found


# A clause that names a new subject: what follows is not the collective's any more.
_NEW_SUBJECT = _lazy(r"\s*(?:其|该|本人|违者|对|凡|如|若|由|村委|村民委员会|居委|村里|村集体|组里|但|本村|各户|任何)")


def _subject_run_end(sent: _Sentence, clause: _Clause) -> int:
    """Where the clauses governed by the subject of `clause` end: 全家不得评为文明户，不得享受当年分红
    (the collective is still the subject of the second clause); a condition or a new subject ends it."""
    clauses = sent.clauses
    end = clause.end
    for following in clauses[clauses.index(clause) + 1 :]:
        if following.cond_end > following.start:
            break
        # 其家人报考…时，村委会不予推荐: after a clause of time the village acts, the kin still bear it
        # (其家庭的低保申请，村里不予评议: a matter of theirs as the topic, the village acts on it, they bear it)
        if _NEW_SUBJECT.match(sent.text, following.start) and not _TOPIC_CLAUSE.search(sent.text, clause.start, end):
            break
        end = following.end
    return end


# A clause of time (报名参军时, 办理…的时候): what the next clause does is done to its subject,
# …or of a matter of the subject's own that the next clause acts on (其家庭低保申请, 该户的建房手续).
# (其家中办红白喜事，村里不派人帮忙: the household's wedding or funeral is such a matter)
_TOPIC_CLAUSE = _lazy(
    r"(?:时|时候|之际|期间|申请|请求|报名|手续|事项|事宜|业务|红白(?:喜)?事|婚丧(?:嫁娶|喜庆)?|丧事|喜事|婚事)\s*$"
)


# A group's award taken for one household's act (该户所在村民小组当年的卫生考核奖金一律扣除): withholding an
# award is lawful for the one who failed its test, not for the others of the group.
_REWARD = (
    r"(?:考核|评比|卫生|环境|治安|以奖代补)?(?:奖金|奖励金|奖补资金|奖补|奖励经费|奖励(?!证|状|牌|旗|办法|机制|制度))|"
    # an award named by its task (防火奖, 护林奖): one household's act costs the group its award
    r"(?:防火|护林|防汛|卫生|治安|安全|环境|禁毒|综治|文明|禁牧|保洁|管护)奖(?:励金|励|金)?"
)
_REWARD_LOSS = _lazy(
    "(?:"
    + _REWARD
    + ")"
    + _GAP
    + r"{0,4}?(?:一律|全部|均|一概)?(?:扣除|扣发|扣减|取消|停发|减半|收回|不予发放|不发|不再发放)|"
    r"(?:扣除|扣发|扣减|取消|停发|收回|不予发放|不发|不再发放)" + _GAP + r"{0,14}?(?:" + _REWARD + ")"
)
_REWARD_KEYS = frozenset("奖")


def _reward_losses(sent: _Sentence) -> list[Measure]:
    if _REWARD_KEYS.isdisjoint(sent.chars):
        return []
    return [
        Measure("CV605", m.start(), m.end(), m.group(), N_("取消低保等福利"))
        for m in _REWARD_LOSS.finditer(sent.text, sent.start, sent.end)
        if not _PROHIBITION.search(sent.text, sent.clause_at(m.start()).start, m.start())
    ]


def _group_finding(sent: _Sentence, measures: list[Measure]) -> Measure | None:
    """A condition naming one household of a group (小组内有农户…的, 某户…的) and a measure the group bears."""
    text = sent.text
    for clause in sent.clauses:
        if clause.cond_end == clause.start or not _GROUP_ACT.search(text, clause.start, clause.cond_end):
            continue
        for m in measures + _reward_losses(sent):
            if m.start < clause.cond_end:
                continue
            lo = max(sent.clause_at(m.start).start, clause.cond_end)
            named = _GROUP.search(text, lo, m.end)
            if named and m.code == "CV601" and m.start < named.start() and _BILL_OF.match(text, named.end(), m.end):
                continue  # 承担该楼栋一个月的公共电费: the group's bill is what he pays
            if named and not _HOLDER_AGENT.search(text, lo, named.start()):  # 由该组收回: the village's agent
                start = min(named.start(), m.start)
                return Measure("CV608", start, m.end, text[start : m.end], N_("连带处罚村民小组"))
    return None


def _runnable(chars: frozenset[str], among: Iterable[int] | None = None) -> list[int]:
    """Indices, in table order, of the patterns (among `among`) whose key sets all meet `chars`.

    Bit sets, one bit per pattern: for each key position, the patterns whose set at that position holds
    one of the characters; a pattern runs when it has a bit in every position. A sentence costs one C-level
    map and reduce per key position over its key characters instead of a loop over 130 patterns."""
    keys = chars & _KEY_CHARS  # the intersection runs in C; most characters of a text open nothing
    bits = -1  # all patterns, narrowed position by position
    for table, keyless in zip(_KEY_MASKS_FULL, _KEYLESS_MASKS, strict=True):
        bits &= reduce(or_, map(table.__getitem__, keys), keyless)
    if among is not None:
        allowed = 0
        for i in among:
            allowed |= 1 << i
        bits &= allowed
    out = []
    while bits:
        low = bits & -bits
        out.append(low.bit_length() - 1)
        bits ^= low
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the text, without its closing punctuation."""
    spans: list[tuple[int, int]] = []
    pos, length = 0, len(text)
    while pos < length:
        brk = _SENTENCE_BREAK.search(text, pos)
        end = brk.start() if brk else length
        if end > pos:
            spans.append((pos, end))
        pos = brk.end() if brk else length
    return spans


def consequence_span(text: str, pos: int) -> tuple[int, int, int]:
    """The sub-clause holding the measure at `pos`: (its start, where its consequence begins — after a
    condition or 违者/否则 — and its end). What the review's suggested wording replaces."""
    for start, end in sentence_spans(text):
        if start <= pos < end:
            sentence = _Sentence(text, start, end)
            clause = sentence.clause_at(pos)
            return clause.start, _scope_start(text, clause, pos), clause.end
    return pos, pos, len(text)


def unlawful_measures(text: str) -> list[Measure]:
    """Measures this article text imposes that the law does not allow a charter to impose, in text order.

    Text pasted in traditional characters (對…並處以五十元的罰款) is read in simplified characters, one for
    one, and each finding quotes the words as written."""
    read = _condition_spaces(_common_variants(_ascii_digits(simplified_in_place(text))))
    kept: list[int] | None = None  # where each character read stands in the text as written, once any is dropped
    spaces = [space.span() for space in _STRAY_SPACE.finditer(read)] if _SPACE_KEYS.intersection(read) else []
    if "(" in read or "（" in read:
        spaces = sorted(spaces + [gloss.span() for gloss in _PINYIN_GLOSS.finditer(read)])
    if spaces:
        read, kept = _drop(read, spaces, kept)
    read = _condition_lines(_quoted_rule_sentence(read))
    more = _read_through(read)
    skip = _item_number_end(read)
    if skip:
        more.insert(0, (0, skip))
    if more:
        read, kept = _drop(read, more, kept)
    found = _measures(read)
    if "下" in read or "以" in read or "如" in read:
        found = _with_listed_membership_end(read, found)
    if "分" in read and ("积" in read or "得分" in read or "分值" in read or "每扣" in read or "每减" in read):
        found = _with_points_that_decide_shares(read, found)
    if ("押" in read or "金" in read) and ("退" in read or "返" in read):
        found = _with_deposit_kept_for_a_wrong(read, found)
    if "挂" in read:
        found = _with_hollow_registration_loss(read, found)
    found = _not_reported(read, found)
    if kept is None:
        return (
            found if read is text else [Measure(m.code, m.start, m.end, text[m.start : m.end], m.what) for m in found]
        )
    return [
        Measure(m.code, kept[m.start], kept[m.end - 1] + 1, text[kept[m.start] : kept[m.end - 1] + 1], m.what)
        for m in found
    ]


# A header saying the rules listed after it are gone (下列旧规一律废除：…; 已废除的旧规包括：…): each measure in the list, up
# to the end of its sentence, is the old rule named (rv15)
_REPEAL_HEADER = _lazy(
    r"(?:已|均已|一律|予以)?(?:废除|废止|革除|删除|删去|取消)了?的(?:下列|以下)?(?:旧规|旧例|规定|条款|条文|内容|族规|村规|做法)"
    r"(?:有|包括|如下)?\s*[：:]|(?:下列|以下|如下)(?:旧规|旧例|规定|条款|条文|内容|族规|村规|做法)[^：:。\n]{0,8}?"
    r"(?:一律|均|全部|已|予以)?(?:废除|废止|革除|删除|删去|取消|作废)\s*[：:]"
)


def _not_in_a_repealed_list(read: str, found: list[Measure]) -> list[Measure]:
    for header in _REPEAL_HEADER.finditer(read):
        stop = read.find("。", header.end())
        end = stop if stop >= 0 else len(read)
        found = [m for m in found if not header.end() <= m.start < end]
    return found


def _not_reported(read: str, found: list[Measure]) -> list[Measure]:
    """The findings, but for rules the article only reports: struck out, held void, denied, a board done away with,
    an old rule gone, a list of rules repealed, an authority's notice."""
    if found and (":" in read or "：" in read):
        found = _not_in_a_repealed_list(read, found)
    if found and _QUOTE_OPEN.search(read):
        found = _not_struck_out(read, found)
    voided = bool(_VOID_KEYS.intersection(read)) or "不行" in read or "不用" in read  # (今已不行: rv15)
    if found and voided:
        found = _not_held_void(read, found)
    if found and _DENIED_REPORT_KEYS.intersection(read):
        found = _not_denied_report(read, found)
    if found and _BOARD_KEYS.intersection(read):
        found = _not_on_a_board_done_away(read, found)
    if found and _NOTICE_KEYS.intersection(read):
        found = _not_an_authority_s_notice(read, found)
    if found and voided and _OLD_RULE_KEYS.intersection(read):
        found = _not_an_old_rule_gone(read, found)
    return found


# 成员有下列情形之一的，成员资格终止：(一)死亡；(二)…；(三)违反章程、损害本社利益，经决议除名的: a header ending the
# membership for each ground listed after it. The law's grounds (death, membership elsewhere, a move) are eligibility;
# a listed wrongdoing makes the ending a taking (CV606). The items run over the semicolons the sentences split on.
_MEMBERSHIP_LIST_HEADER = _lazy(
    r"(?:下列|以下|下述|如下)[^。；;：:]{0,30}?(?P<end>(?:成员|社员|村民|股东|组员)的?(?:资格|身份)(?:自行|自动|即行|即)?"
    r"(?:终止|丧失|取消|注销|消灭|灭失)|(?:取消|终止|注销|丧失)(?:其)?(?:成员|社员|村民|股东|组员)的?(?:资格|身份)|"
    r"(?:予以|作)?除名)[^。；;：:]{0,8}[:：]"
)
_LIST_ITEM = _lazy(r"[；;\n]|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．]")


def _with_listed_membership_end(read: str, found: list[Measure]) -> list[Measure]:
    """The measures, with a listed ground of wrongdoing under a header that ends membership (CV606)."""
    if any(m.code == "CV606" for m in found):
        return found
    for header in _MEMBERSHIP_LIST_HEADER.finditer(read):
        taking = header.start("end")
        if (
            _PROHIBITION.search(read, header.start(), taking)
            or read[taking - 1] in "不未无非"
            or _OWN_ROLL.search(read)
        ):
            continue  # 下列情形不得取消成员资格: protected; a voluntary association's own roll is its affair
        stop = read.find("。", header.end())
        stop = stop if stop >= 0 else len(read)
        at = header.end()
        for item in [*_LIST_ITEM.finditer(read, at, stop), None]:
            end = item.start() if item is not None else stop
            words = read[at:end]
            if _WRONGDOING.search(words) and not _ELIGIBILITY.search(words):
                lo = at + len(words) - len(words.lstrip())
                hi = lo + len(words.strip().rstrip("的"))
                listed = Measure("CV606", lo, hi, read[lo:hi], N_("取消村民资格"))
                return sorted([*found, listed], key=lambda m: m.start)
            at = item.end() if item is not None else stop
    return found


# A points deduction is the charter's own scheme, clean while the points buy honours or the scheme's own rewards
# (docs/clause-codes.md). Where the article ties the points to a dividend, a share or compensation (积分与年终分红挂钩,
# 按积分分配集体收益) or to welfare (与医保缴费挂钩), a deduction for a wrongdoing takes part of that: CV602 or CV605, as
# the thing itself taken would be (thirteenth session). A tie denied (积分不与任何分配挂钩, 只用于积分超市兑换) is none.
_POINTS_WORD = r"(?:积分|分值|得分|分数)"
_SHARE_OR_WELFARE = r"(?:" + _DIVIDEND + "|" + _WELFARE + r")"
_POINTS_TIE = _lazy(
    _POINTS_WORD
    + r"[^。；;，,]{0,24}?(?:与|和|同|跟)[^。；;]{0,24}?"
    + _SHARE_OR_WELFARE
    + r"[^。；;]{0,16}?(?:挂钩|挂起钩|关联|相关联|联系|相联系|相挂钩)"
    r"|(?:按|凭|依|依据|根据|按照)(?:户|个人|家庭|其|每户)?的?" + _POINTS_WORD + r"[^。；;，,]{0,12}?"
    r"(?:分配|发放|计算|确定|折算|兑现|核定|核发)[^。；;，,]{0,8}?"
    + _SHARE_OR_WELFARE
    + r"|"
    + _SHARE_OR_WELFARE
    + r"[^。；;，,]{0,12}?(?:按|凭|依据|根据|按照)(?:户|个人|家庭|其|每户)?的?"
    + _POINTS_WORD
    # (每扣1分减发分红10元: the rate at which each point deducted takes the share)
    + r"|每(?:扣|减|扣减|扣除|少)[\d一二两三四五六七八九十]+分[^。；;，,]{0,6}?(?:减发|少发|扣发|扣减|减少|扣除|扣|减)[^。；;，,]{0,4}?"
    + _SHARE_OR_WELFARE
)
_TIE_DENIED = _lazy(
    r"不与|不和|不同|不跟|不再与|只用于|仅用于|只作|仅作|只能用于|仅限于|不影响|不作为|不涉及|不挂钩|无关"
)
_POINTS_DEDUCTED = _lazy(
    r"扣(?:减|除|罚|掉|去)?[^。；;，,]{0,8}?(?:"
    + _POINTS_WORD
    + r"|[\d一二两三四五六七八九十百]+(?:至[\d一二两三四五六七八九十百]+)?分(?![红配钟之]))"
)


_RATE_SUM_AFTER = _lazy(r"[^。；;，,]{0,6}?" + _MONEY)


def _with_points_that_decide_shares(read: str, found: list[Measure]) -> list[Measure]:
    """The measures, with what a points deduction for a wrongdoing takes when the points decide a share or welfare."""
    if any(m.code == "CV608" for m in found):
        return found  # the household's points for one member's act: the collective finding holds it
    deducted = next((d for d in _POINTS_DEDUCTED.finditer(read) if _wronged_before(read, d.start())), None)
    if deducted is None:
        return found
    have = {m.code for m in found}
    more = []
    for tie in _POINTS_TIE.finditer(read):
        if _TIE_DENIED.search(tie.group()) or _PROHIBITION.search(tie.group()):
            continue
        rate_sum = _RATE_SUM_AFTER.match(read, tie.end()) if tie.group().startswith("每") else None
        if rate_sum is not None and _PROHIBITION.search(read, opens_before(read, tie.start(), "。；;，,"), tie.start()):
            continue  # 不得每扣1分减发分红10元: the rate forbidden (rv14)
        if rate_sum is not None:
            # 每扣1分减发分红10元: a fixed sum per point out of what the village owes is a fine by set-off (CV601)
            if "CV601" not in have:
                have.add("CV601")
                lo, hi = tie.start(), rate_sum.end()
                more.append(Measure("CV601", lo, hi, read[lo:hi], N_("变相罚款")))
            continue
        # 积分与产业分红、医保缴费挂钩: each thing tied is taken in part (the word classes of a share and of welfare,
        # compiled once for the topics they also name)
        for code, tied, what in (
            ("CV602", _OWED_MONEY_TOPIC, N_("扣发集体收益分红")),
            ("CV605", _WELFARE_TOPIC, N_("取消低保等福利")),
        ):
            if code not in have and tied.search(tie.group()):
                have.add(code)
                more.append(Measure(code, tie.start(), tie.end(), tie.group(), what))
    return sorted([*found, *more], key=lambda m: m.start) if more else found


# A deposit the village takes and returns only to those who did no wrong (交押金一千元，未违反计生规定的，期满退还) is kept
# from those who did: a fine collected in advance (docs/clause-codes.md, CV601: a deposit kept). A deposit returned
# when nothing was damaged or owed (无损坏的退还) settles a loss, and one under a contract (承包, 施工) is its remedy.
_DEPOSIT_TAKEN = _lazy(r"(?:交|缴|收取|收|交纳|缴纳|预交|预缴|预收|存|押)[^，,。；;]{0,8}?" + _DEPOSIT_NAMES)
_NO_WRONG_CONDITION = _lazy(
    r"(?:无|未|没有|没|不曾|未曾|从未)(?:发生|出现|有)?(?:任何)?"
    r"(?:违反|违规|违法|违纪|违背|超(?:生|计划|标|过|出|规|范围|面积|量)|计划外|大操大办|铺张|乱[^，,。；;]|私[搭建盖占挖砍]|抛荒|撂荒|燃放|焚烧|"
    r"赌博|酗酒|打架|闹事|越界|偷|盗)[^，,。；;]{0,20}?(?:的|者)[，,]?"
)
_REFUND = _lazy(
    r"[^。；;]{0,20}?(?:" + _DEPOSIT_NAMES + r")?[^。；;，,]{0,6}?(?:全额|如数|无息|原额)?(?:退回|退还|返还|退给|退)"
)
# the wrongdoers' own branch after the refund (…全额退还；超标的，扣10分): the article says what happens to them
_WRONGDOERS_BRANCH = _lazy(r"[；;。，,]\s*[^，,。；;]{0,12}?(?:超|违|不|未)[^，,。；;]{0,12}?(?:的|者)[，,]")
# the taking itself named a wrong (责令村委会将违规收取的押金退还): an authority undoing it, no deposit of the rule's (rv14)
_TAKEN_WRONGLY = _lazy(r"(?:违规|违法|非法|擅自|乱|私自|强行)$")
_LOSS_OR_CONTRACT = _lazy(r"损坏|损毁|毁坏|丢失|遗失|污损|欠费|拖欠|质量|承包|合同|租赁|施工|工程|违约")


def _with_deposit_kept_for_a_wrong(read: str, found: list[Measure]) -> list[Measure]:
    """The measures, with a deposit returned only on no wrongdoing (kept for one: CV601)."""
    if any(m.code == "CV601" for m in found):
        return found
    taken = next(
        (
            t
            for t in _DEPOSIT_TAKEN.finditer(read)
            if not _PROHIBITION.search(read, opens_before(read, t.start(), "。；;，,"), t.start())
            and not _TAKEN_WRONGLY.search(read, max(0, t.start() - 4), t.start())
        ),
        None,
    )
    if taken is None:
        return found
    for cond in _NO_WRONG_CONDITION.finditer(read, taken.end()):
        refund = _REFUND.match(read, cond.end())
        if refund is None or _LOSS_OR_CONTRACT.search(read, opens_before(read, taken.start()), refund.end()):
            continue
        if _WRONGDOERS_BRANCH.search(read, refund.end()):
            continue  # …；超标的，上门劝导，保证金照样退还: the article says what the wrongdoers get, read on its own
        lo, hi = cond.start(), refund.end()
        kept = Measure("CV601", lo, hi, read[lo:hi], N_("没收保证金"))
        return sorted([*found, kept], key=lambda m: m.start)
    return found


# Living elsewhere with the 户口 kept here (空挂户, 户口空挂, 户口仍挂在本村) is no ground the law knows for taking what
# membership gives (docs/clause-codes.md, tenth session): a share or a right denied to such people is CV606, beside
# any CV607 of a woman named with them (空挂户和外嫁女不享受…). A ban on treating them so protects them.
_HOLLOW_REGISTRATION = _lazy(
    # (挂靠户, registered here without being members, are an eligibility question, not this one)
    r"空挂户|空挂人员|户口空挂|户籍空挂|空挂户口|(?:户口|户籍)(?:仍|还|只)?(?:空)?挂在(?:本村|本组|本社|村里|组里|村|组)"
)


_TREATED_AS = _lazy(r"(?:按|视为|视同|作为|当作|以)[“\"「]?$")
# what membership gives (a share, compensation, land, the member's rights), not a service or a paper refused
_MEMBERSHIP_GIVES = _lazy(r"分配|补偿|分红|收益|权益|权利|土地|承包|成员|村民待遇|股|宅基地|选举|表决")
# (户口挂靠在本村、未经确认取得成员资格的空挂户, 从未在本村生产生活的: never a member, the share is not his to lose)
_NEVER_A_MEMBER = _lazy(
    r"未经?(?:确认|认定)|不(?:予)?(?:确认|认定)|未(?:取得|获得)|从未在|不具有|不具备|非本(?:村|组|社|集体)|挂靠|并非|不是本"
)


def _with_hollow_registration_loss(read: str, found: list[Measure]) -> list[Measure]:
    """The measures, with a share or a right denied to those whose 户口 only hangs here (CV606)."""
    if any(m.code == "CV606" for m in found):
        return found
    for target in _HOLLOW_REGISTRATION.finditer(read):
        opens = opens_before(read, target.start(), "。！!？?\n；;")
        if _PROHIBITION.search(read, opens, target.start()):
            continue  # 不得以户口空挂为由…: protected
        if _TREATED_AS.search(read, max(opens, target.start() - 3), target.start()):
            continue  # 出嫁女…按空挂户管理: a status put on her for another ground, that ground's finding (CV607)
        stop = min((i for i in (read.find(c, target.end()) for c in "。；;\n") if i >= 0), default=len(read))
        denial = _DENIAL.search(read, target.end(), stop)
        if (
            denial is None
            or _PROHIBITION.search(read, target.end(), denial.start())
            or not _MEMBERSHIP_GIVES.search(read, denial.start(), stop)
            or _NEVER_A_MEMBER.search(read, opens, stop)
        ):
            continue  # a service refused is its own code; one never a member here is not eligible
        lo, hi = target.start(), denial.end()
        loss = Measure("CV606", lo, hi, read[lo:hi], N_("取消村民资格"))
        # (the share named in the denial is what the membership gave: CV606 alone, docs/clause-codes.md)
        kept = [m for m in found if not (m.code == "CV602" and lo <= m.start < hi)]
        return sorted([*kept, loss], key=lambda m: m.start)
    return found


def _wronged_before(read: str, pos: int) -> bool:
    """Whether a wrongdoing is named in the sentence before `pos` (违规操办的…扣3分, 乱倒垃圾每次扣5分)."""
    return bool(_WRONGDOING.search(read, opens_before(read, pos, "。！!？?；;\n"), pos))


def _drop(read: str, spans: list[tuple[int, int]], kept: list[int] | None) -> tuple[str, list[int]]:
    """`read` without the spans, and where each character left stands in the text as written."""
    index: list[int] = []
    last = 0
    for start, end in spans:
        index.extend(range(last, start))
        last = end
    index.extend(range(last, len(read)))
    return "".join(read[i] for i in index), index if kept is None else [kept[i] for i in index]


# The article's or item's own number, in any of the forms a pasted charter keeps (第十二条, （三）, (3), 3., 3、, 三、, ①,
# several of them: 第五条 （二）): the article is read from its first word, so that whatever reads the start of a
# clause (a condition's opener, a doer) finds it there, and each finding keeps its place in the text as written.
_ITEM_NUMBER_AT_START = _lazy(
    r"\s*(?:(?:第[一二三四五六七八九十百零〇\d]+[条款项]|[（(][一二三四五六七八九十\d]{1,3}[)）]|"
    r"[\d一二三四五六七八九十]{1,3}(?:[、，,．]|\.(?!\d))|[①-⑳])\s*)+"
)
_ITEM_NUMBER_KEYS = frozenset("第（(0123456789一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")


def _item_number_end(read: str) -> int:
    if not read or read.lstrip()[:1] not in _ITEM_NUMBER_KEYS:
        return 0
    number = _ITEM_NUMBER_AT_START.match(read)
    return number.end() if number and number.end() < len(read) else 0


# A rule quoted and then said to be struck out, void, unlawful or rewritten (原规约中“外嫁女不参加分红”一条已删除, 方案中
# “……”的内容违反法律规定，应属无效, 「……」一款今已废除, 将第七条“……”修改为“……”, “……”等条款于法无据): the article
# reports the old rule, it imposes nothing (docs/clause-codes.md: a measure named only as a topic). Only a finding
# that starts inside the quotation is dropped (one read on past its closing mark, 罚放电影一场”“罚请, is still its);
# the new wording a rewrite quotes after 改为 is read as any rule.
_QUOTE_OPEN = _lazy(r"[“「『\"‘]")
_QUOTED = _lazy(r"“[^“”]{1,120}”|「[^「」]{1,120}」|『[^『』]{1,120}』|\"[^\"]{1,120}\"|‘[^‘’]{1,120}’")
# what voids a rule: held void or without ground in law, struck out, repealed, corrected (the words of a court, a
# reviewer or a report); 违法 and 违反 only with the law as their object (违法所得 is a thing, 违反本约 a wrongdoing)
# a clause of its own saying the rule is gone, by a time, a body or a now before its verb (今已革除, 民国时即已废除,
# 经村民代表会议决议废止, 修订时已取消), ending its clause
_VERDICT_CLAUSE = (
    # (今后取消 is a measure to come, no rule gone)
    r"[^，,。；;！!？?\n]{0,14}?(?:今(?!后)|现|已|早|(?<![今以然此])后|时|经|被|由|决议|决定|判决)[^，,。；;！!？?\n]{0,10}?"
    r"(?:革除|废除|废止|作废|撤销|删除|删去|纠正|取消|不再执行|停止执行|不再实行|不再施行|不再?行|不用)(?:不用|不行|了)?"
    r"(?=[，,。；;！!？?\n]|$)"
)
_VOIDED = (
    r"无效|(?:没有|缺乏|缺少|无)(?:任何)?法律(?:依据|根据)|于法无据|不合法|违法(?![所行建占用经])|"
    r"违反" + _GAP + r"{0,10}?(?:(?<![做办方说想看])法(?!定)|《)|撤销|删除|删去|删掉|废除|废止|作废|纠正|"
    r"停止执行|不再执行|不得执行|不予执行|(?:今|已)(?:已|经)?不再?(?:用|行)"
)
_STRUCK_OUT = _lazy(_VOIDED + r"|(?:修改|更改|修订|调整|改)为|已(?:经)?(?:取消|修改|修订|不再)")
_SENTENCE_END = _lazy(r"[。！!？?\n]")


# the verdict told first, the quoted rule its object (该组撤销了“…”的会议决定, 镇里责令删除“…”一条)
_STRUCK_BEFORE = _lazy(
    # (删除村规民约中“…”的条款: the charter the quote stands in named between)
    r"(?:撤销|废除|废止|删除|删去|删掉|纠正|取消|作废|修改|修订)了?(?:原|该|此|这一?|其中的?)?(?:条款|规定|决定|决议)?"
    r"(?:(?:本村|该村|原)?(?:村规民约|村规|民约|规约|公约|章程|决议|方案|合约)(?:中|里|内|当中|之中)的?)?$"
)


def _not_struck_out(read: str, found: list[Measure]) -> list[Measure]:
    struck = []
    for quote in _QUOTED.finditer(read):
        stop = _SENTENCE_END.search(read, quote.end())
        if _STRUCK_BEFORE.search(read, max(0, quote.start() - 12), quote.start()) or _STRUCK_OUT.search(
            read, quote.end(), stop.start() if stop else len(read)
        ):
            struck.append((quote.start(), quote.end()))
    if not struck:
        return found
    return [m for m in found if not any(a < m.start < b for a, b in struck)]


# The same report without quotation marks, in two shapes. (a) The measure inside the subject of a holding, named as a
# decision, rule or clause (对刘某作出的罚款决定没有法律依据; 原条款中违者游街示众的规定违反法律，已删除): no clause break
# between the measure and the rule's name, the verdict right after it. (b) A later verdict on the rule told before,
# named by a word that points back (该组决议以…为由不予分配。法院认为，决议相关内容违反法律规定，依法无效; …，这一规定已被
# 撤销): every finding before it is the rule reported. A saving clause (以上规定如与法律相抵触的无效) is no verdict.
_VOID_KEYS = frozenset("效据法撤删废除纠执革消")
# (该条, 这条 pointing back at a clause quoted before: 已将该条删除; not 该条件, 该条例; an old rule named in its own
# words, 罚谷之令, 沉塘之刑, 开除族籍之规, 扣发分红的办法, 罚款制度: rv15)
_RULE_NAME = (
    r"(?:决定|规定|条款|条文|内容|做法|决议|措施|办法|制度|规矩|一条|一款|此条|此款|此规|(?<=[该这此])条(?![件例])|"
    r"(?<=之)(?:规|令|例|刑|制|条|俗))"
)
# (the verdict may stand in a short clause of its own after the rule named: …的决议，依法予以撤销; …的决定，已被纠正)
_NAMED_VOID = _lazy(
    r"[^，,。；;！!？?\n]{0,30}?"
    + _RULE_NAME
    + r"(?:[^，,。；;！!？?\n]{0,10}?(?:"
    + _VOIDED
    + r")|[，,]\s*(?:已经?|应当?|均|现|依法|被|予以)*(?:撤销|废除|废止|作废|纠正|删除|无效)(?=[。；;！!\n]|$)|"
    # (a verdict clause of its own with its time or its body: …之规，今已革除; …的旧规定，经村民代表会议决议废止;
    # …的规定，二〇一八年修订时已取消: rv15)
    r"[，,]\s*" + _VERDICT_CLAUSE + r")"
)
_POINTED_VOID = _lazy(
    r"(?:该|上述|前述|这一?|此|这种|这项|此项|该项|相关|原)(?:村|组|社)?(?:[^，,。；;！!？?\n]{0,6}?)"
    + _RULE_NAME
    + r"(?P<gap>[^，,。；;！!？?\n]{0,12}?)(?:"
    + _VOIDED
    + r")(?!的)"
)
_IF_IN_GAP = _lazy(r"如|若|凡|倘|一旦|凡是")
# (c) The verdict on the act itself, in the measure's own clause (法院认为，村委会扣发原告分红缺乏法律依据; 停止其用水
# 于法无据): only the words of a holding, not a bare 违法, which also names what is pulled down (拆除违法搭建), unless the
# act is its subject (停发原告分红的行为违法)
_ACT_VOID = _lazy(
    r"[^，,。；;！!？?\n]{0,24}?(?:无效|(?:没有|缺乏|缺少|无)(?:任何)?(?:法律|合法)(?:依据|根据)|于法无据|不合法|"
    r"行为(?:属于|系|是|均属)?违法)"
)


def _not_held_void(read: str, found: list[Measure]) -> list[Measure]:
    last = -1  # where the last verdict pointing back starts: findings before it are the rule it voids
    for verdict in _POINTED_VOID.finditer(read):
        if not _IF_IN_GAP.search(verdict.group("gap")):
            last = verdict.start()
    return [
        m
        for m in found
        if m.end > last
        and not _NAMED_VOID.match(read, _rule_named_from(read, m))
        and not _ACT_VOID.match(read, m.start)
        and not _voided_before_its_rule(read, m)
    ]


# The verdict told first and the rule named after the measure (村里已废除对违规者停水停电的规定, 删除了违者罚款的条款): the
# measure is the rule's content (rv15); a decision taken (作出取消其低保的决定) is no rule struck out
_VERDICT_BEFORE = _lazy(
    r"(?<![按依照据])(?:已经?|早已|均已|业已|责令|予以|依法)?(?:废除|废止|革除|删除|删去|撤销|纠正)了?[^，,。；;！!？?\n]{0,16}$"
)
_ITS_RULE_AFTER = _lazy(r"[^，,。；;！!？?\n]{0,10}?的(?:旧)?(?:规定|条款|条文|做法|办法|制度|规矩|旧规|内容)")


def _voided_before_its_rule(read: str, m: Measure) -> bool:
    opens = opens_before(read, m.start, "，,。；;！!？?\n")
    return bool(_VERDICT_BEFORE.search(read, opens, m.start) and _ITS_RULE_AFTER.match(read, m.end))


_ENDS_ON_RULE_NAME = _lazy(_RULE_NAME + r"$")


def _rule_named_from(read: str, m: Measure) -> int:
    """Where the rule's name may start after a measure: at its end, or at the name its own evidence ends on (罚谷之令,
    扣发分红的办法: the old rule's name read with the measure; rv15)."""
    named = _ENDS_ON_RULE_NAME.search(read, m.start, m.end)
    return named.start() if named and named.start() > m.start else m.end


# A report of what others say (有群众反映…, 网上传言…, 听说…) that the article then denies (经核实无此决定, 纯属谣言, 并无此事,
# 情况不属实): the measure told is the rumour put right, nothing the charter imposes (docs/clause-codes.md: a measure
# named only as a topic). Only a finding between the report and its denial is dropped; a report left standing (村民
# 反映，村里扣了她的分红) is a loss reported as done and keeps its finding.
_DENIED_REPORT_KEYS = frozenset("映报传听说称")
_HEARSAY = _lazy(r"反映|举报|传言|传闻|谣传|网传|听说|有人说|有人称|据说|流传")
_REPORT_DENIED = _lazy(
    r"(?:经|据)?(?:核实|核查|调查|查证|了解)?[，,]?\s*(?:并|均|都|根本|确)?(?:无此|没有此|没有这|无该|不存在此|不存在该|没有这回)"
    r"(?:事|决定|规定|决议|做法|说法|情况|回事|项决定|条规定)|(?:纯属|系|属于?|均为|都是)(?:谣言|谣传|误传|不实)|"
    r"(?:情况|内容|消息|传言|说法|反映)(?:并|均)?(?:不属实|不实|失实|不真实)"
)


def _not_denied_report(read: str, found: list[Measure]) -> list[Measure]:
    spans = []
    for denial in _REPORT_DENIED.finditer(read):
        reports = list(_HEARSAY.finditer(read, max(0, denial.start() - 80), denial.start()))
        if reports:
            spans.append((reports[-1].end(), denial.start()))
    if not spans:
        return found
    return [m for m in found if not any(a <= m.start < b for a, b in spans)]


# A board or list of shame reported done away with (曝光台现已撤销, 设立黑榜…，现已取消; 该曝光栏已于去年拆除): the
# showing it did is the scheme reported ended, nothing the charter still imposes (docs/clause-codes.md: a measure named
# only as a topic). The showing told before the verdict, in its sentence or in those before when the verdict points
# back (该, 原, 此), is dropped; a showing told after it (…已撤销，现改为在公开栏公布违规户名单) still stands. A person
# taken off a board (已改正的撤销曝光, 整改后已撤销的) is the board at work, no verdict on it.
_BOARD_KEYS = frozenset("榜台栏单")
_BOARD_DONE_AWAY = _lazy(
    r"(?P<board>曝光(?:台|栏|榜|专栏|平台|墙)|黑榜|红黑榜|黑名单|失信榜|失信(?:人员|户)?名单)"
    r"(?P<gap>[^。！!？?\n]{0,40}?)(?:现在?|目前|早已|已经?|均已|(?:已|早)?于[^，,。；;]{1,10}?)(?:被|予以|全部|一律)?"
    r"(?:撤销|取消|废除|废止|撤除|拆除|撤掉|拆掉|停用|停止使用|关闭|停办)(?![的])"
)
_POINTED_BOARD = _lazy(r"(?:该|此|这个?|原|上述|前述)[^，,。；;]{0,4}$")


def _not_on_a_board_done_away(read: str, found: list[Measure]) -> list[Measure]:
    for verdict in _BOARD_DONE_AWAY.finditer(read):
        if _PROHIBITION.search(verdict.group("gap")) or "后" in verdict.group("gap")[-3:]:
            continue  # 整改后已撤销: a name taken off the board, the board still at work
        opens = _SENTENCE_END_BEFORE.search(read, 0, verdict.start())
        start = opens.end() if opens is not None else 0
        if _POINTED_BOARD.search(read, start, verdict.start("board")):
            start = 0  # 该曝光台现已撤销: the board the sentences before told of
        found = [m for m in found if not (m.code == "CV603" and start <= m.start < verdict.end())]
    return found


_SENTENCE_END_BEFORE = _lazy(r"[。！!？?\n](?=[^。！!？?\n]*$)")


# An authority's notice reported (县人民委员会颁发了《…布告》，规定…; 省政府下达通令…; an official's proclamation stele,
# 《…道…示碑》记载): what the notice sets is the state's of its day, imposed under its own power, not the charter's
# (docs/clause-codes.md: a fine an authority imposes in an authority's notice is left to it). Every finding after the
# notice is named is dropped, up to a sentence that names the village's own rule again (本村村规民约规定…). The issuer
# is an organ above the village, or an old official by title; a village's or a commune's own notice is its rule (t15old).
_NOTICE_KEYS = frozenset("布通告令示谕规条知决办")
_STATE_ISSUER = (
    r"(?:省|市|县|区|州|专区|地区|专署|行署|府|厅|乡|镇)(?:级)?(?:人民委员会|人民政府|人委|政府|革命委员会|革委会|公署|衙门|"
    r"(?:林业|水利|农业|公安|环保|国土)(?:局|厅|部门))|国务院|(?:省|地|市|县)委|知县|知府|知州|县正堂|县令|巡抚|总督|道台|"
    r"布政使|按察使"
)
_AUTHORITY_NOTICE = _lazy(
    r"(?:"
    + _STATE_ISSUER
    + r")[^，,。；;]{0,8}?(?:颁发|颁布|发布|下达|下发|发出|公布|印发|出台|张贴|转发|批转)了?(?:一[份道张则项])?(?:《[^》]{1,40}》|"
    r"[^，,。；;]{0,12}?(?:布告|通告|告示|通令|训令|命令|示谕|禁令|通知|决定|规定|条例|办法))|"
    # (the stele named by its title as an official's proclamation: 《…道…示碑》, 《奉宪示禁碑》)
    r"《[^》]{0,20}?(?:[道府县州宪官]|正堂|巡)[^》]{0,10}?(?:示碑|示禁碑|示禁|告示碑|晓谕碑)》"
)
_VILLAGE_S_OWN_RULE = _lazy(
    r"(?:本村|该村|村里|村委会?|村民会议|村民代表会议?|大队|生产队|族中|合族)[^，,。；;]{0,8}?"
    r"(?:村规民约|村规|民约|公约|规约|族规|规定|议定|订立|制定)|本(?:公约|规约|村规民约|约|章程|规定)"
)
# the notice named as the ground of the village's own rule (根据县政府下发的通知精神，制定本公约; 按照镇里印发的办法): the
# rule that follows is the village's
_NOTICE_AS_GROUND = _lazy(r"(?:根据|依据|按照|依照|遵照|贯彻|落实|参照|结合|执行|响应)[^，,。；;]{0,4}$")


def _not_an_authority_s_notice(read: str, found: list[Measure]) -> list[Measure]:
    notice = _AUTHORITY_NOTICE.search(read)
    if notice is None or _NOTICE_AS_GROUND.search(read, max(0, notice.start() - 10), notice.start()):
        return found
    again = _VILLAGE_S_OWN_RULE.search(read, notice.end())
    until = opens_before(read, again.start()) if again is not None else len(read)
    return [
        m
        for m in found
        if not notice.start() <= m.start < until or _BEYOND_ANY_NOTICE.search(read, max(0, m.start - 6), m.end)
    ]


# land, a homestead or a share taken is no penalty an authority may set in a notice (行政处罚法 Art. 9 lists fines,
# confiscation of gains and goods, licences, detention): told after a county's notice it is still the charter's
# (县政府发布通告，盗伐林木的，宅基地没收; rv15)
_BEYOND_ANY_NOTICE = _lazy(r"宅基地|承包地|责任田|口粮田|土地|分红|股份|股权|福利|户口|户籍")


# An old rule told in the sentence and then said to be gone (旧规出嫁女不得分田，今已革除; 祖宗旧规，凡犯奸者沉塘，今革除
# 不用): the rule's time named before it (旧规, 昔日, 过去, 原有), the verdict in a clause of its own after it. What the
# rule imposed is a topic, nothing imposed (rv15); a measure told after the verdict (…，今已废止，改为罚款) still stands.
_OLD_RULE_KEYS = frozenset("旧昔往过以从原早祖")
_OLD_TIME = _lazy(
    r"旧规|旧例|旧约|旧俗|旧制|旧时|旧日|旧有|昔日|昔时|往昔|往时|过去|以往|以前|从前|原来|原先|原有|早年|祖规|"
    r"原(?=规定|村规|公约|规约|章程|条款|族规)"
)
_OLD_RULE_GONE = _lazy(r"[，,]\s*(?:" + _VERDICT_CLAUSE + r")")


def _not_an_old_rule_gone(read: str, found: list[Measure]) -> list[Measure]:
    for verdict in _OLD_RULE_GONE.finditer(read):
        opens = _SENTENCE_END_BEFORE.search(read, 0, verdict.start())
        start = opens.end() if opens is not None else 0
        told = _OLD_TIME.search(read, start, verdict.start())
        if told is None:
            continue
        stop = _SENTENCE_END.search(read, verdict.end())
        after = {m.code for m in _measures(read[verdict.end() : stop.start() if stop else len(read)])}
        found = [m for m in found if not (told.start() <= m.start < verdict.start() and m.code not in after)]
    return found


# Full-width digits (超生管理费１０００元), typed on a Chinese keyboard, are read as ASCII ones, one for one, so that every
# amount, count and fraction pattern reads them and each finding still quotes the digits as written.
_FULL_WIDTH_DIGITS = _lazy("[０-９]")
_TO_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _ascii_digits(text: str) -> str:
    return text.translate(_TO_ASCII_DIGITS) if _FULL_WIDTH_DIGITS.search(text) else text


# Old steles and traditional pages write variants OpenCC's t2s keeps, being characters of simplified text too: 罸 for
# 罚, and 著 for the particle 着 (押著他遊寨, 這意味著) — 著 keeps its own sense in the words of writing and renown
# (著作, 著名, 显著, 名著 …). Read one for one, like the traditional characters.
_VARIANT_KEYS = frozenset("罸著")
_KEPT_ZHU = _lazy(r"著(?=[作名称述录书者])|(?<=[显卓土名原专编论巨遗合译])著")


# The formal numerals of deeds and steles (罚银拾两, 罚钱伍佰文, 责叁拾板; t14old) read as the plain ones, one for one, but
# only in a run of numerals or a single one before a unit: 拾 picks up (收拾, 拾到), 伍 and 陆 are names, 参 joins (参加).
_FORMAL_NUMERAL_KEYS = frozenset("壹贰叁参肆伍陆柒捌玖拾佰仟")
_FORMAL_TO_PLAIN = str.maketrans("壹贰叁参肆伍陆柒捌玖拾佰仟", "一二三三四五六七八九十百千")
_FORMAL_RUN = _lazy(
    r"(?=[零〇壹贰叁参肆伍陆柒捌玖拾佰仟一二三四五六七八九十百千万两]*[壹贰叁肆伍柒捌玖拾佰仟])"
    r"[零〇壹贰叁参肆伍陆柒捌玖拾佰仟一二三四五六七八九十百千万两]{2,}|"
    r"[壹贰叁肆伍陆柒捌玖拾佰仟](?=两|文|元|圆|吊|串|贯|斤|石|斗|升|桌|席|台|块|枚|只|头|本|板|下|棍|鞭|杖|天|日|年|次|亩|担|名|户)"
)


def _plain_numerals(read: str) -> str:
    if _FORMAL_NUMERAL_KEYS.isdisjoint(read):
        return read
    return _FORMAL_RUN.sub(lambda run: run.group().translate(_FORMAL_TO_PLAIN), read)


def _common_variants(read: str) -> str:
    read = _plain_numerals(read)
    if _VARIANT_KEYS.isdisjoint(read):
        return read
    chars = list(read.replace("罸", "罚"))
    for i, char in enumerate(chars):
        if char == "著" and not _KEPT_ZHU.match(read, i):
            chars[i] = "着"
    return "".join(chars)


# A rule quoted after the one who tells it (会议记录载明：“…”, 村主任说：“…”, 告示写着：「…」): the quotation is a
# sentence of its own, read like the charter's, and the colon is read as its full stop (one for one), so that the
# teller's words are not the first line of the rule.
_SAID_COLON = _lazy(
    r"(?:说|称|道|写着|写明|载明|表示|介绍|解释|回忆|提到|强调|宣布|透露|指出|规定|告诉记者)\s*([：:])(?=\s*[“「『\"‘])"
)


def _quoted_rule_sentence(read: str) -> str:
    if "：" not in read and ":" not in read:
        return read
    stops = [m.start(1) for m in _SAID_COLON.finditer(read)]
    return _put_at(read, stops, "。")


def _put_at(read: str, positions: list[int], char: str) -> str:
    """`read` with the character at each position replaced by `char`: one character for one, so that every
    offset into the reading is still an offset into the text as written."""
    if not positions:
        return read
    chars = list(read)
    for pos in positions:
        chars[pos] = char
    return "".join(chars)


# A poster or a rhymed charter sets its condition on a line of its own (私接电线者\n一律拉闸停电; 谁家乱倒垃圾\n年底
# 分红扣一半): a line break after a condition of wrongdoing, with no punctuation, is a clause break, read as a comma
# (one character for one, so each finding still quotes the words as written).
_LINE_END = _lazy(r"(?<=[^\s，,。；;！!？?：:、])[ \t\u3000]*(\n)[ \t\u3000]*(?=\S)")
_LINE_SENTENCE_BREAK = _lazy(r"[。；;！!？?]")


def _condition_lines(read: str) -> str:
    if "\n" not in read:
        return read
    breaks = []
    for end in _LINE_END.finditer(read):
        line_start = read.rfind("\n", 0, end.start()) + 1
        seg = _LINE_SENTENCE_BREAK.split(read[line_start : end.start()])[-1].strip()
        if _WRONGDOING.search(seg) and (
            _CONDITION_CLAUSE.search(seg) or (_ONE_DOER.match(seg) and not _PROHIBITION.search(seg))
        ):
            breaks.append(end.start(1))
    return _put_at(read, breaks, "，")


# A page typed without commas sets its condition apart by a space (偷盗集体财物的 不准外出, 第五条 赌博的 停止供水): a
# space after a condition of wrongdoing is its clause break, read as a comma like a line's end (one character for one).
# Only in a segment written without spaces of its own: letter-spaced scanned text (不 交 的 罚 款) keeps its reading.
_CONDITION_SPACE = _lazy(r"(?<=[的者])[ \t\u3000\xa0]+(?=[\u3400-\u9fff])")
_SEGMENT_BREAK = _lazy(r"[。；;！!？?，,：:\n]")


def _condition_spaces(read: str) -> str:
    if not _SPACE_KEYS.intersection(read):
        return read
    breaks = []
    for space in _CONDITION_SPACE.finditer(read):
        seg = _SEGMENT_BREAK.split(read[: space.start()])[-1]
        seg = _ITEM_NUMBER_AT_START.sub("", seg, count=1)
        if any(c in seg for c in " \t\u3000\xa0"):
            continue
        if _WRONGDOING.search(seg) and _CONDITION_CLAUSE.search(seg):
            breaks.append(space.start())
    return _put_at(read, breaks, "，")


# Scanned or retyped text leaves stray spaces between characters (违 者 罚 款 五 十 元), and a table pasted as text
# keeps its cells apart by spaces (乱倒垃圾　罚款五十元), and a web page pads its punctuation (违者 ，罚款 “五十元” ):
# the text is read with them taken out (a line break still ends a sentence; a space between Latin letters stays)
# and each finding quotes the words as written.
# (spaces at a line's end or start, around its break, go too: a verse's halves are measured without them)
_STRAY_SPACE = _lazy(r"(?<=[^\sA-Za-z])[ \t\u3000\xa0]+(?=[^\sA-Za-z])|[ \t\u3000\xa0]+(?=\n)|(?<=\n)[ \t\u3000\xa0]+")
_SPACE_KEYS = frozenset(" \t\u3000\xa0")
# A page that glosses a character with its pinyin (不準(zhǔn)縱火, 规(guī)定) is read without the gloss: Latin letters
# with a tone mark or a tone number, in brackets right after a Chinese character.
_PINYIN_GLOSS = _lazy(
    r"(?<=[\u3400-\u9fff])[（(](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ1-5])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}[1-5]?[)）]"
)


# A scan wraps its lines at the page's width, inside a phrase (由村委会停止\n供水): a line break after no
# punctuation, in a line that has a clause break of its own (so no title: 文明户承诺书\n…) and is not one of a
# verse's even lines (谁家屡教仍不改，自来水阀先关掉\n…: halves of one length), is read through; a web page pastes it
# with blank lines between (物业将停止\n\n其供水), the same wrap (t16).
_WRAP = _lazy(r"(?<=[\u3400-\u9fff\d])[ \t\u3000]*(?:\n[ \t\u3000]*)+(?=[\u3400-\u9fff])")
_WRAP_SEGMENT_BREAK = _lazy(r"[，,、：:]+")
_NUMBERED_LINE = _lazy(r"第[\d一二三四五六七八九十百]+[条款章节]|[\d一二三四五六七八九十]+[、.．]")
_WRAP_MIN_LINE = 12  # characters of the shortest line a scan wraps


def _read_through(read: str) -> list[tuple[int, int]]:
    """Spans of the text read through: the breaks of a wrapped line (stray spaces are taken out before)."""
    spans: list[tuple[int, int]] = []
    if "\n" not in read:
        return spans
    for wrap in _WRAP.finditer(read):
        line = read[read.rfind("\n", 0, wrap.start()) + 1 : wrap.start()].strip()
        segments = [len(seg) for seg in _WRAP_SEGMENT_BREAK.split(line) if seg]
        if len(line) < _WRAP_MIN_LINE or len(segments) < 2 or len(set(segments)) == 1:
            continue
        if _NUMBERED_LINE.match(read, wrap.end()):
            continue
        spans.append(wrap.span())
    spans.extend(_stray_numbers(read))
    return sorted(spans)


# A page's number left inside a wrapped line (对违规停放的电动\n\n2、车进行处罚, the line itself item 4): a break after
# no punctuation, then a number that does not follow the line's own, is the page's noise and the phrase goes on (t16)
_STRAY_NUMBER = _lazy(
    r"(?<=[\u3400-\u9fff])[ \t\u3000]*(?:\n[ \t\u3000]*)+(\d{1,2})[、.．][ \t\u3000]*(?=[\u3400-\u9fff])"
)
_LINE_S_NUMBER = _lazy(r"\s*(\d{1,2})\s*[、.．]")


def _stray_numbers(read: str) -> Iterator[tuple[int, int]]:
    for stray in _STRAY_NUMBER.finditer(read):
        line = read[read.rfind("\n", 0, stray.start()) + 1 : stray.start()]
        own = _LINE_S_NUMBER.match(line)
        if own is None or int(stray.group(1)) == int(own.group(1)) + 1 or not _WRAP_SEGMENT_BREAK.search(line):
            continue  # a list going on (3、…\n4、…), or a line with no number or clause of its own (a heading)
        if len(line.strip()) >= _WRAP_MIN_LINE:
            yield stray.span()


def _measures(text: str) -> list[Measure]:
    chars = frozenset(text)
    runnable = _runnable(chars)
    if (
        not runnable
        and _WOMEN_KEYS.isdisjoint(chars)
        and _COLLECTIVE_KEYS.isdisjoint(chars)
        and _UNPLANNED_KEYS.isdisjoint(chars)
    ):
        return []  # most articles: nothing in them could match, so no sentence need be read
    spans = sentence_spans(text)
    if len(spans) == 1:  # the usual article: one sentence, already filtered
        one = _holdings_go_with_membership(text, _sentence_measures(_Sentence(text, *spans[0], chars), runnable))
        return _sums_by_her_rule(text, one)
    found: list[Measure] = []
    carried, member_bearer, woman = False, None, None
    previous: _Sentence | None = None
    topic: int | None = None
    listed = _denying_list(text)
    for start, end, header, row in table_lines(text, spans):
        sent = _Sentence(text, start, end, carried=carried or bool(row))
        sent.row = row
        sent.member_bearer = member_bearer if carried else None
        sent.woman_before = woman
        if topic is not None:
            sent.topic_from = topic
        if listed is not None and listed[0] < end and start < listed[1]:
            sent.list_from = max(start, listed[0])
        # (a header's labels impose nothing: 违约情形｜处罚 names the column, not a penalty)
        measures = [] if header else _sentence_measures(sent, _runnable(sent.chars, runnable))
        if carried and previous is not None and "本" in sent.chars:
            found = _self_after_household(previous, found, sent)
        found.extend(measures)
        previous = sent
        # a woman's status (女儿出嫁、户口未迁出的，按半份) is no wrongdoing to carry into the next item
        carried = (
            (
                _SEMICOLON.match(text, end) is not None
                and _in_penalty_context(sent, end)
                and not any(m.code == "CV607" for m in measures)
            )
            or _asks_about_wrongdoing(text, start, end)
            or _lists_wrongdoings(text, start, end)
            or (not measures and _forbids_then_refers(text, start, end))
            or _numbered_item_follows(sent, end)
            or (not measures and _ends_in_condition(sent))
        )
        member_bearer = (_sentence_member_bearer(sent) or _self_named_bearer(sent)) if carried else None
        woman = _woman_carried(sent, end, measures)
        topic = start if not measures and _SEMICOLON.match(text, end) is not None else None
    return _sums_by_her_rule(text, _losses_go_with_her_status(text, _holdings_go_with_membership(text, found)))


def _ends_in_condition(sent: _Sentence) -> bool:
    """A sentence that closes on its condition (凡盗砍坟树者。即将其木…): an old rule's full stop after the
    wrongdoer named, its consequence the next sentence."""
    last = sent.clauses[-1] if sent.clauses else None
    return last is not None and last.start < last.cond_end >= last.end


# A table pasted as text, its cells kept apart by bars (违规情形 | 次数 | 处理方式, a Markdown table too): a header
# naming a column of sanctions makes each row under it a wrongdoing and its sanction, as a row's label does
# (处理办法：…). The rows go on while lines keep their bars.
_CELL_BAR = _lazy(r"[|｜]")
_SANCTION_COLUMN = _lazy(
    r"(?:^|[|｜])\s*(?:处理|处罚|惩处|惩罚|处置|罚则)(?:办法|措施|方式|标准|意见|结果|规定)?\s*(?=[|｜]|$)"
)


def table_lines(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int, bool, int]]:
    """Each sentence's (start, end), whether it is a sanctions table's header, and for a row under one the cell of
    sanctions it keeps (0 for any other sentence). The rows go on while lines keep their bars."""
    under_header, column = False, 0
    for start, end in spans:
        row = under_header and _CELL_BAR.search(text, start, end) is not None
        header = not row and _sanctions_header(text, start, end)
        under_header = row or header
        if header:
            column = _sanction_column(text, start, end)
        yield start, end, header, column if row else 0


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a table line's cells, the empty ones a Markdown row's outer bars leave out."""
    spans, pos = [], start
    for bar in [*_CELL_BAR.finditer(text, start, end), None]:
        stop = bar.start() if bar is not None else end
        if text[pos:stop].strip():
            spans.append((pos, stop))
        if bar is not None:
            pos = bar.end()
    return spans


def _sanction_column(text: str, start: int, end: int) -> int:
    """Which cell of a sanctions header names the sanctions (违规情形 | 次数 | 处理方式: 2)."""
    cells = _cells(text, start, end)
    return next((i for i, (a, b) in enumerate(cells) if _SANCTION_COLUMN.search("|" + text[a:b] + "|")), 0)


def _sanctions_header(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    return _CELL_BAR.search(line) is not None and _SANCTION_COLUMN.search(line) is not None


def _woman_carried(sent: _Sentence, end: int, measures: list[Measure]) -> re.Match[str] | None:
    """The woman a sentence names, when a semicolon closes it and no CV607 was found in it (her children's
    share denied after it, …；其随迁子女不予分配, is hers), or asks about her (问：外嫁女的补偿款怎么分？答：…)."""
    if _WOMEN_KEYS.isdisjoint(sent.chars):
        return None
    if _SEMICOLON.match(sent.text, end) is None and _QUESTION.match(sent.text, end) is None:
        if _FULL_STOP.match(sent.text, end) is None:
            return _heading_woman(sent, end) if _ITEM_LINE.match(sent.text, end) and not measures else None
    if any(m.code == "CV607" for m in measures) or _already_elsewhere(sent):
        return None
    return next(_women_targets(sent), None)


# What a heading may hold besides her: a note in brackets, a word naming the block (出嫁女(户口未迁), 离婚妇女须知).
_HEADING_REST = _lazy(r"\s*(?:[(（][^)）]{0,16}[)）])?\s*[^\s，,。；;]{0,3}\s*[：:]?\s*$")


def _heading_woman(sent: _Sentence, end: int) -> re.Match[str] | None:
    """The woman a line names as a heading, nothing but her (出嫁女(户口未迁)), above a list of items: a line saying
    anything of her (外嫁女享有同等权利) is an item itself, and the next item is not about her."""
    target = next(_women_targets(sent), None)
    if target is None or _already_elsewhere(sent) or sent.text[sent.start : target.start()].strip(" \t|｜"):
        return None
    return target if _HEADING_REST.match(sent.text, target.end(), end) else None


# 按下列办法处理：1.停止供水；2.…: the "." of an item's number breaks the sentence, but the items go on with
# the consequence their header opened.
_ITEM_NUMBER_CLOSES = _lazy(r"(?:^|[^\d.])[\d０-９]{1,2}$")


def _numbered_item_follows(sent: _Sentence, end: int) -> bool:
    text = sent.text
    return text.startswith(".", end) and bool(_ITEM_NUMBER_CLOSES.search(text, sent.start, end)) and sent.penalised


# A charter written as questions and answers (问：不交卫生费怎么办？答：…): the answer is the consequence of
# the wrongdoing the question names.
_QUESTION = _lazy(r"\s*[？?]")
_FULL_STOP = _lazy(r"\s*[。]")
# A heading line naming her, then items listing what she gets (出嫁女(户口未迁)\n—— 征地款：不分\n—— 分红：减半): each
# item goes on about her.
_ITEM_LINE = _lazy(r"[ \t\u3000]*[\n\r]\s*" + _LIST_MARK)


def _asks_about_wrongdoing(text: str, start: int, end: int) -> bool:
    return _QUESTION.match(text, end) is not None and bool(_WRONGDOING.search(text, start, end))


# A 红黑榜 or a table pasted as text lists the acts first and deals with them in the next sentence (黑榜事项：乱停乱放、
# 毁坏绿化、遛狗不拴绳。每月…发到业主群): a sentence that is only a label and a list of wrongdoings is the
# condition of the sentence after it.
_LIST_LABEL = _lazy(_ITEM_NUMBER + r"[^，,。；;：:]{1,12}[：:]")
_LIST_ITEM_BREAK = _lazy(r"[、，,]")


def _lists_wrongdoings(text: str, start: int, end: int) -> bool:
    label = _LIST_LABEL.match(text, start, end)
    if label is None or _ELIGIBILITY.search(text, start, end):
        return False
    items = [item for item in _LIST_ITEM_BREAK.split(text[label.end() : end]) if item.strip()]
    return len(items) >= 2 and all(_WRONGDOING.search(item) for item in items)


# 严禁私自抽取渠水。对此，…; 任何人不得私挖河沙。挖了的，…: a sentence that only forbids an act, and a next
# sentence that opens by pointing back at it or repeating its verb, are the condition and its consequence.
_FORBIDS_AT_START = _lazy(_ITEM_NUMBER + r"[^，,：:]{0,6}?(?:严禁|禁止|不得|不准|不许|杜绝)")
_POINTS_BACK = _lazy(
    r"\s*(?:对此|对此类|对这种|对这类|对上述|出现这种|出现此类|出现上述|发现此类|如有此类|凡有此类|有此类|有这种|如有|若有)"
)
_DONE_BEFORE = _lazy(r"^(?:已经|已|凡)|(?:了|过)?(?:的|者)$")


def _forbids_then_refers(text: str, start: int, end: int) -> bool:
    forbids = _FORBIDS_AT_START.match(text, start, end)
    brk = _SENTENCE_BREAK.match(text, end)
    if forbids is None or brk is None or brk.end() >= len(text):
        return False
    nxt = brk.end()
    if _POINTS_BACK.match(text, nxt):
        return True
    comma = _CLAUSE_BREAK.search(text, nxt)
    core = _DONE_BEFORE.sub("", text[nxt : comma.start()].strip()) if comma else ""
    return 0 < len(core) <= 4 and text[comma.start() - 1] in "的者" and core[0] in text[forbids.end() : end]  # type: ignore[union-attr]


# A share or land taken in the same measure as the membership it belongs to (取消其成员资格，并收回其所持股份;
# 视为放弃成员身份；其承包的草场由嘎查收回) is the expulsion alone (CV606, docs/clause-codes.md): the holding goes
# with the status. Things seized beside it (没收其物品并清退出村) stay a measure of their own, and so does a
# holding taken under a condition of its own (违者停发分红；情节严重的，取消其成员资格).
_MEMBER_HOLDING = _lazy(_DIVIDEND + "|" + _LAND + r"|股|(?:年终|年底|集体)分配")
# (注销其股东名册登记 beside the membership taken: the register of members is the membership itself)
_MEMBER_WHOLE = _lazy(r"待遇|权益|福利|名册")
_NAMED_BENEFIT = _lazy(r"低保|补贴|补助|救助|救济|医保|养老|慰问|五保|特困")
# the way into a home or a place (钥匙, 门禁卡, 出入证)
_ENTRY_MEANS = _lazy(r"钥匙|门禁|出入(?:证|卡)|通行(?:证|卡)")
_CLAUSE_OPENS = _lazy(r"[，,。；;：:！!？?]")


def _own_clause(text: str, m: Measure) -> str:
    opens = max((o.end() for o in _CLAUSE_OPENS.finditer(text, 0, m.start)), default=0)
    return text[opens : m.end]


# a share stopped for a span the member lives through (服刑期间, 在押期间, 整改期内): he keeps his membership meanwhile
_DURING = _lazy(r"期间|期内|(?:之|以)前")
_MEASURE_APART = _lazy(r"[。！!？?]|(?:的|者)\s*[，,：:]|" + _CONSEQUENCE_RESET.pattern)


def _holdings_go_with_membership(text: str, found: list[Measure]) -> list[Measure]:
    expulsions = [m for m in found if m.code == "CV606"]
    if not expulsions:
        return found

    def with_membership(m: Measure) -> bool:
        return any(not _MEASURE_APART.search(text, min(e.end, m.end), max(e.start, m.start)) for e in expulsions)

    def goes_with(m: Measure) -> bool:
        if m.code == "CV602":
            if _DURING.search(_own_clause(text, m)):
                return False  # 服刑期间不享受分红: withheld while he is still a member, a taking of its own
            # (the holding named before its verb: 其承包地由组里另行发包)
            return bool(_MEMBER_HOLDING.search(m.evidence) or _MEMBER_HOLDING.search(_own_clause(text, m)))
        if m.code == "CV605" and _ENTRY_MEANS.search(m.evidence):
            return True  # 强制清退，收回房屋钥匙: the way into the home he is put out of goes with him
        # the village's treatment as a whole (今后一切待遇不再享有) is what the membership carried, not a benefit
        return m.code == "CV605" and bool(_MEMBER_WHOLE.search(m.evidence) and not _NAMED_BENEFIT.search(m.evidence))

    return [m for m in found if not (goes_with(m) and with_membership(m))]


# A loss after her finding, in a later sentence of the article whose condition is her lapse or a breach of the
# rule about her (逾期不迁的, 违反的, 家中仍让其耕种的), has her status as its ground, whoever bears it: part of her
# CV607 finding (docs/clause-codes.md), not labelled again.
_HER_LAPSE = _lazy(r"违反|违者|否则|逾期|仍|继续|坚持|拒不|(?:让|给|交给|允许|准许|同意)(?:其|她)")
_SENTENCE_OPENS = _lazy(r"[。；;！!？?]")
_SAME_TREATMENT = _lazy(r"(?:同样|同等|一样|一并|照此|照样)(?:处理|办理|对待|处置)")


# …一律不得领取年终红利；包括修路占地时也不得领取补助款，也不再享有宅基地待遇: the sentence after the semicolon has no
# subject of its own and goes on with her losses (包括, 亦, 也, 且 …), so they are her finding's, not new takings
_CONTINUES_HER = _lazy(r"\s*(?:包括|亦|也|且|并且|同时|甚至|乃至|连)")
_OWN_CONDITION = _lazy(r"(?:的|者)\s*[，,：:]|违者|否则|违反")


# …不得申请宅基地；已经建成的，不予出具证明: the case of her thing already done, no doer of its own, so the
# measure on it is one more loss of hers
_HER_THING_DONE = _lazy(r"\s*(?:对|凡)?(?:已经|业已|已)" + _GAP + r"{1,8}?的\s*[，,]")


# …经户代表同意后方可配股；未经同意的，不参加分红: the step her clause set her, not met, is the case
# of the next clause: her condition again, no doer of its own
_HER_STEP_UNMET = _lazy(
    r"\s*(?:凡|对)?(?:未经|未经过|没有经过|未|不满|未满|达不到|不符合)(?P<step>" + _GAP + r"{2,8}?)的\s*[，,]"
)


def _her_step_unmet(text: str, opens: int) -> re.Match[str] | None:
    unmet = _HER_STEP_UNMET.match(text, opens)
    before = max((o.end() for o in _SENTENCE_OPENS.finditer(text, 0, opens - 1)), default=0)
    return unmet if unmet and text.find(unmet.group("step")[:2], before, opens) >= 0 else None


def _continues_her(text: str, spans: list[tuple[int, int]], opens: int, at: int) -> bool:
    if opens == 0 or text[opens - 1] not in "；;":
        return False
    already = _HER_THING_DONE.match(text, opens) or _her_step_unmet(text, opens)
    if not already and not _CONTINUES_HER.match(text, opens):
        return False
    if _OWN_CONDITION.search(text, already.end() if already else opens, at):
        return False  # 同时，村民乱砍滥伐的，收回其承包地: a new doer and his own wrong
    before = max((o.end() for o in _SENTENCE_OPENS.finditer(text, 0, opens - 1)), default=0)
    return any(before <= start < opens for start, _ in spans)


# the rule on her status named as the ground of what follows (据此, 依此, 按此规定, 根据该细则)
_BY_HER_RULE = _lazy(
    r"(?:据此|依此|按此|照此|(?:依据|根据|按照|依照)(?:该|此|这一?|上述)"
    + _GAP
    + r"{0,4}?(?:规定|细则|决议|决定|方案|办法|条))"
)


def _sums_by_her_rule(text: str, found: list[Measure]) -> list[Measure]:
    """A sum taken or paid short after her finding, by her rule named as its ground (…“男到女家落户的按一半计发”，该组
    据此少发其丈夫一万二千元): her loss, CV607 alone (docs/clause-codes.md: a payment because of her status is her loss,
    not CV601 beside it)."""
    hers = [m.end for m in found if m.code == "CV607"]
    if not hers:
        return found

    def by_her_rule(m: Measure) -> bool:
        before = [end for end in hers if end <= m.start]
        return m.code == "CV601" and bool(before) and bool(_BY_HER_RULE.search(text, max(before), m.start))

    return [m for m in found if not by_her_rule(m)]


def _losses_go_with_her_status(text: str, found: list[Measure]) -> list[Measure]:
    spans = [(m.start, m.end) for m in found if m.code == "CV607"]
    if not spans:
        return found
    hers = [end for _, end in spans]

    def after_her(m: Measure) -> bool:
        # (her kin, with no offence of theirs named: 其子女偷盗的，全家… is their act)
        kin = m.code == "CV608" and _HER_KIN.search(m.evidence) is not None and not _HER_WRONG.search(text, 0, m.start)
        if m.code == "CV608" and _SAME_TREATMENT.fullmatch(m.evidence) and m.start > min(hers):
            opens = max((o.end() for o in _SENTENCE_OPENS.finditer(text, 0, m.start)), default=0)
            if _WOMEN_TARGET.search(text, opens, m.start) or _HER_PRONOUN.match(text, opens):
                return True  # …不予发放；嫁到城镇的，同样处理: the same loss for her status again, her finding
        if m.code not in _MEASURE_CODES_FOLDED and not kin:
            return False
        if any(start <= m.start and m.end <= end for start, end in spans):
            return not kin  # inside her finding, carried across a sentence (…应将户口迁走。逾期未迁的，停发其分红)
        if m.start < min(hers):
            return False
        opens = max((o.end() for o in _SENTENCE_OPENS.finditer(text, 0, m.start)), default=0)
        if opens >= min(hers) and _HER_PRONOUN.match(text, opens):
            # …不得领取红利；包括其娘家那个组修路占地时，也不再领取补助 (her children too: 包括其儿女，…): her
            # sentence goes on, and her kin are part of her finding, no CV608 of their own
            return True
        if not kin and opens >= min(hers) and _HER_LAPSE.search(text, opens, m.start):
            return True
        return not kin and _continues_her(text, spans, opens, m.start)

    return [m for m in found if not after_her(m)]


def _one_class_per_phrase(measures: list[Measure], generic: dict[str, int]) -> list[Measure]:
    """A structural finding gives way to any other finding on the same words (a named measure, or a
    structural class listed before it): one deprivation is one measure."""

    def rank(m: Measure) -> int:
        return generic.get(m.code, -1)

    return [
        m
        for m in measures
        if m.code not in generic
        or not any(o is not m and rank(o) < rank(m) and o.start < m.end and m.start < o.end for o in measures)
    ]


def _sentence_measures(sent: _Sentence, runnable: list[int]) -> list[Measure]:
    first: dict[str, Measure] = {}  # the earliest measure of each code
    generic: dict[str, int] = {}  # code -> rank of the structural class that found its measure
    for index in runnable:
        pat = _PATTERNS[index]
        best = first.get(pat.code)
        if pat.wide and (best is not None or not sent.penalised):
            # the sub-clause reading is a last resort, never a second reading of a found code, and only in a
            # sentence that imposes anything at all (most duties have no condition: the patterns need not run)
            continue
        search, at = pat.regex.search, sent.start
        while (m := search(sent.text, at, sent.end)) is not None:
            if best is not None and m.start() >= best.start:
                break  # an earlier measure of this code already stands for the sentence
            if m.group() and _candidate_ok(sent, pat, m):
                what = pat.what(m.group()) if callable(pat.what) else pat.what
                first[pat.code] = Measure(pat.code, m.start(), m.end(), m.group(), what)
                # (a document held is given back by the same words, 待其接受教育后返还: no second seizure)
                sent.sanctioned = sent.sanctioned or (pat.inherent and pat.code != "CV605")
                if pat.generic:
                    generic[pat.code] = index
                else:
                    generic.pop(pat.code, None)
                break
            # a rejected match may hide a shorter one inside it (扣除其家长积分并取消其家庭低保): look again
            # from the next character rather than after the match
            at = m.start() + 1
    measures = _seal_is_the_cut(_one_class_per_phrase(sorted(first.values(), key=lambda x: x.start), generic))
    women = _women_finding(sent)
    if women is None and sent.list_from is not None:
        women = _listed_woman(sent)
    if women is None and "答" in sent.chars:
        women = _answered_no(sent)
    collective = _collective_finding(sent, measures, women)
    for special in (women, collective):
        if special is not None:
            measures = [m for m in measures if not _folded_into(m, special) or _on_the_actor(sent, m, special)]
            measures.append(special)
    return _one_per_code([_fine_by_set_off(sent, m) or m for m in measures])


def _seal_is_the_cut(measures: list[Measure]) -> list[Measure]:
    """A seizure's words inside a supply cut (其水龙头由管理员上锁封存) seal the household's connection: the cut
    (CV604) is the finding, not a taking of property (CV602), also when the seizure's match runs on past the cut
    (将其田块进水口闸门上锁一季: 上锁一季 starts inside it)."""
    cuts = [m for m in measures if m.code == "CV604"]
    # (his own line cut away, 私拉乱接的，剪断其线路, is works removed beside the cut, no seal)
    return [
        m
        for m in measures
        if m.code != "CV602" or m.what == N_("强制拆除财物") or not any(c.start <= m.start < c.end for c in cuts)
    ]


def _one_per_code(measures: list[Measure]) -> list[Measure]:
    """The earliest measure of each code, in text order (a reading may have turned one into another's code)."""
    first: dict[str, Measure] = {}
    for m in sorted(measures, key=lambda x: (x.start, x.code)):
        first.setdefault(m.code, m)
    return sorted(first.values(), key=lambda x: (x.start, x.code))


# A fixed sum taken out of what the village owes the member (从其分红中扣减三百元, 按每次五十元扣减其年终慰问金)
# is a fine collected by set-off (docs/clause-codes.md): CV601, not the withholding of the dividend (CV602) or
# the allowance (CV605). The sum stands in the deduction's clause or in a clause before it that sets a rate
# (按每个工日一百元折算，从其…收益中扣除). What he owes or caused (所欠水费, 赔偿款) set off stays CV602, a share
# (扣减其分红的30%) too, and a seizure's verb (暂扣, 扣押, 扣留) holds rather than deducts.
_SET_OFF_VERB = _lazy(r"(?<!暂)扣(?!押|留|存|车|船)|抵")
# (罚款从其分红中直接扣除: the fine named is the sum set off, its amount said elsewhere or not at all)
_FIXED_SUM = _lazy(_MONEY + r"|罚款|罚金|罚没款")
_RATE_CLAUSE = _lazy(r"\s*(?:按|以|每)")
_OWED_SUM = _lazy(r"欠|应交|应缴|垫|赔偿|损失|费用|成本|本金|借款|贷款|利息|扣还|还款")


# The deduction named as the way a charge is collected (以扣减分红的办法收取占地费, 采取扣发红利的形式收费): the
# sum taken is the charge, a fine by set-off whatever its size, unless what is collected is a debt he owes.
_SET_OFF_AS_MANNER = _lazy(
    r"(?:通过|以|采取|采用|用)" + _GAP + r"{0,3}?" + _SET_OFF + _GAP + r"{0,10}?的?(?:方式|办法|形式|手段|方法)"
)


def _fine_by_set_off(sent: _Sentence, m: Measure) -> Measure | None:
    if m.code not in ("CV602", "CV605") or not _SET_OFF_VERB.search(m.evidence):
        return None
    text, clause = sent.text, sent.clause_at(m.start)
    manner = _SET_OFF_AS_MANNER.search(text, max(sent.start, m.start - 6), sent.end)
    if manner and manner.start() <= m.start < manner.end() and not _OWED_SUM.search(text, sent.start, sent.end):
        return Measure("CV601", manner.start(), manner.end(), manner.group(), N_("变相罚款"))
    lo = max(clause.start, clause.cond_end)
    prev = sent.previous(clause)
    if prev is not None and prev.cond_end <= prev.start and _RATE_CLAUSE.match(text, prev.start):
        lo = prev.start
    amount = _FIXED_SUM.search(text, lo, clause.end)
    if amount is None or _OWED_SUM.search(text, lo, clause.end):
        return None
    start, end = min(m.start, amount.start()), max(m.end, amount.end())
    return Measure("CV601", start, end, text[start:end], N_("变相罚款"))


# A clause that opens on the doer himself (本人停发当年分红, 其父母本人的红利…, 当事人…): its measure is his own.
_ACTOR_OPENS = _lazy(
    r"\s*(?:对|由|给|其)?(?:"
    + _GAP
    + r"{0,6}?本人|当事人|行为人|违者|违规者|违约者|责任人)(?!及|和|与|连同|的?(?:家|户|子女|亲属))"
)


def _on_the_actor(sent: _Sentence, m: Measure, special: Measure) -> bool:
    """A measure after a CV608 finding, in a clause of its own that names the doer himself: it keeps its code
    (docs/clause-codes.md: a separate measure on the actor himself keeps its own code)."""
    if special.code != "CV608" or m.start < special.end:
        return False
    clause = sent.clause_at(m.start)
    return clause.start >= special.end and bool(_ACTOR_OPENS.match(sent.text, clause.start))


def _folded_into(m: Measure, special: Measure) -> bool:
    """The CV602/CV605/CV606 measures after a CV607 or CV608 target are the discrimination or the collective
    punishment itself; any other measure the collective bears (a fine the clan pays, 全组停水) lies inside the
    CV608 finding and is not labelled again, while a measure on the actor himself keeps its code."""
    if m.code in _MEASURE_CODES_FOLDED and m.end > special.start:
        return True
    if special.code == "CV607" and m.code == "CV601" and special.start <= m.start and m.end <= special.end:
        return True  # 出嫁女…每年须交纳占地费三百元: the money her status costs her is the CV607 loss itself
    # (a sum read from inside the finding's words on, 该户当年分红扣减一千元: the household pays it, CV608)
    return special.code == "CV608" and m.code != "CV608" and special.start <= m.start < special.end


# The bearer in one structural step (docs/clause-codes.md, CV608): a condition that names ONE doer inside a larger
# holder, and a later clause where that holder owns or undergoes a removal — whatever the verb and the object.
# The doer: someone inside a group or a household (屯里有人, 组内新增, 本组村民有, 一户…, 户内有人, 子女…).
# (片区内有一户, 联保小组中任一户, 宗族内有人, 嘎查里有: any group word, any one member of it)
# (a street's or a building's people too: 巷道, 胡同, 栋楼)
# (a clan's branch, 房支 or 房头, and a resettlement site, 安置点, are groups too)
_GROUP_NOUN = (
    r"(?:组|屯|寨|片|社|队|楼栋|栋楼|单元|自然村|族|嘎查|浩特|网格|巷道|巷子|巷|胡同|街巷|房支|房头|支系|安置点|安置区)"
)
_DOER_IN_GROUP = _lazy(
    _GROUP_NOUN
    # (族内子弟有…, 组里的村民有…: a member noun between the group and the one who did it)
    + r"区?(?:内|里|中|范围内)(?:的)?(?:子弟|子孙|族人|成员|村民|组员|社员|住户|农户|群众|后生|人员)?"
    r"(?:有|凡有|如有|新增|出现|发生|发现|任[一何]|其中一|某)|"
    # (哪个组有人…, 本队有户…: someone of it, without the locative)
     + _GROUP_NOUN + r"(?:有人|有户|有一户|有一家|有一人|有成员)|"
    r"(?:本|该)(?:村民小组|小组|组|屯|寨|片|社|队)(?:的)?(?:村民|成员|组员|社员|农户|住户|群众)?(?:中)?(?:有|凡有|如有)|"
    # the act done inside the group by whoever does it (凡在组内违规抢建的, 在本屯范围内偷伐的)
    r"在(?:本|该)?" + _GROUP_NOUN + r"(?:内|里|范围内)(?=[^，,。；;]{0,4}?(?:违|乱|私|偷|盗|擅|抢|毁|烧|砍|伐|占))|"
    # the act done in an area the rule marks out, by whoever does it (在禁牧区域内放牧的, 在封育片区偷牧的): the area's
    # other people bear what 该区域 loses for it
    r"在[^，,。；;在]{0,8}?(?:区域|片区|(?<=[牧林渔猎伐育护])区)(?:内|里|范围内)?(?=[^，,。；;]{0,12}?(?:放牧|放养|偷牧|散放|违|乱|私|偷|盗|擅|毁|烧|砍|伐|占|采|挖|猎))|"
    # the place asked after (哪个片区发现…的, 哪一屯出现…的; one person's act on its land: 哪个屯的草场因有人烧荒过火), or
    # one dwelling of a building (出租屋发生火灾的)
    r"(?:哪个|哪一个|哪一|哪|某个|某一)"
    + _GROUP_NOUN
    + r"(?:区?(?:内|里)?(?:发现|出现|发生|有)|[^，,。；;]{0,8}?(?:因|由于|被)(?:个人|个别人|有人|某人|一人|某户))|"
    # (one of a clan's branch: 某房子弟犯禁者, 某支族人)
    r"某(?:房|支|族|姓)(?:子弟|子孙|族人|之人|人)|"
    r"(?:^|(?<=[，,：:。；;\s]))"
    + _ITEM_NUMBER
    + r"(?:凡|如|若)?(?:任一|某一?|一)?(?:出租屋|出租房|住户|商铺|门店)(?:内|里)?(?:发生|出现)|"
    r"(?:^|(?<=[，,：:。；;\s]))(?:凡|如|若|如有|若有)?(?:一户|一家(?!老小|大小)|一人|某户|某人|个别农户|个别村民|有人)"
)
# a party to a ruling, named for the household a ruling tells of (原告之子, 原告一家)
_PARTY = r"(?:原告|上诉人|申请人|起诉人)"
_DOER_IN_HOUSEHOLD = _lazy(
    r"(?:户内|户里|家中|家里|家庭中|家庭成员中?|户中|(?:一户|一家|家庭|户|家)(?:之中|当中|之内|里头|里面))(?:的)?(?:有|凡有|如有|子女|孩子|成员|人员|学生)|"
    # one of them counted (家中一人, 户内任一人, 家里其中一个人): one member, the rest of the household another
    r"(?:户内|户里|家中|家里|家庭中|户中)(?:任[一何]|其中|某)?一(?:个|名|位)?(?:人|成员|家人)|"
    r"(?:^|(?<=[，,：:。；;\s]))" + _ITEM_NUMBER + r"(?:凡|如|若|其)?(?:子女|孩子|学生|未成年人|儿子|女儿|儿女)|"
    # (户主以外的家庭成员违反…, 家属中有人…: a member other than the head, the household bears it)
    r"(?:户主|本人)(?:以外|之外|外)的?(?:家庭成员|家属|家人|成员)|"
    # the household asked after, as a cadre says it (哪家儿子…, 谁家孩子…)
    r"(?:哪家|哪户|谁家|哪一家|哪一户)(?:的)?(?:儿子|女儿|孩子|子女|人|有人|成员|后生)|"
    # a named person's child, as a ruling tells it (以王某之子盗窃为由, 李某的儿子打架): his household bears it
    r"(?:某|[×XＸ*＊]{1,2})(?:之|的)(?:子|女|儿子|女儿|孩子|子女|孙子|孙女|小孩)|"
    # a household named by its surname, a notice's 某户 or a ruling's party (老刘家儿子, 某户子弟, 原告之子): one
    # of that household did it, and the household bears it as others
    r"(?:(?:老|小)[\u4e00-\u9fff]家|[\u4e00-\u9fff]某家|某户|某家|一户|" + _PARTY + r"(?:之|的)?)"
    r"(?:的)?(?:子弟|儿子|女儿|孩子|子女|孙子|孙女|小孩|后生|子|女)"
)
_HOLDER_GROUP = _lazy(
    # (本社奖学金, 本组的福利: 本 names the collective that gives, not the one that bears)
    r"(?:(?:该|全|整个|整条|整栋|同)|(?:其|该户)?所在的?)"
    # (a clan's branch too: 该房支, 全房头, 该支系)
    r"(?:村民小组|小组|组|屯|寨|片|社|队|自然村|楼栋|栋楼|栋|单元|房族|房支|房头|宗支|支系|宗族|家族|族|嘎查|浩特|巷道|巷子|巷|胡同|区域|"
    # (a clan's branch in one character: 该房本年祭田…; not a house, its owner or its rent)
    r"安置点|安置区|房(?![屋子产东主间租契权前后顶舍])(?=\s*(?:本年|当年|今年|次年|的|所|祭|公|族|人)))"
    # (其所在单元的门禁卡: where his own card opens, no holder: targets._ACCESS_AFTER)
    r"(?!长|干部|内有|里有|" + _ACCESS_AFTER + ")"
)
# A holder that itself says the doer is one of it (该户所在嘎查浩特, 其所在片, 其余四户, 其他各户): no doer word needed.
_HOLDER_OF_DOER = _lazy(
    # (a group named by its task too: 其所在巡逻小组, 其所在护林队)
    r"(?:其|该户|该牧户|该农户|该家庭|违者|当事人)所在的?[\u4e00-\u9fff]{0,3}?"
    r"(?:村民小组|小组|组|屯|寨|片|社|队|自然村|楼栋|单元|房族|宗族|族|嘎查|浩特)"
    r"(?!长|干部|"
    + _ACCESS_AFTER
    + r")|(?:其余|其他|其它|(?:同[组屯寨片队社])(?:其他|其余)?|联保|联防|联户|互保|连保|联防联保)"
    r"(?:各|[\d一二三四五六七八九十几]+)?(?:户|家)(?!主)"
)
# The doer dealt with in a clause of his own before a semicolon (盗伐者赔偿并罚款…；其家庭…): the household after it
# is set apart from him and bears the measure for him (docs/clause-codes.md).
# (the doer by any role noun: 偷捕的船东, 违规的车主, 肇事的司机 — not a household word, 超生户, nor 人员, the village's workers too)
_SET_APART = _lazy(r"(?:(?<!或)者|本人|当事人|行为人|[船车房店业雇窑矿]主|[船房股]东|司机)[^；;。]*[；;]\s*$")
# Or dealt with by the structure alone: a condition and a clause of his own (盗伐的，责令补种并罚款；), a doer the
# village hands on or names (吸毒人员由村委会移送…；). The household after it is then his (其家庭, 其所在户, 放火者的
# 家庭); 该户 goes on with a household that was itself the doer (建房超面积的，强制拆除；拆除前该户…).
_DEALT_WITH_BEFORE = _lazy(r"(?:的[，,]\s*[^；;。，,]{2,}[^；;。]*|人员由[^；;。]+)[；;]\s*$")
_HOLDER_HIS_HOUSEHOLD = _lazy(r"(?:对|给)?(?:其家庭|其所在户|其全家|其户|(?:者|当事人|行为人)的?(?:家庭|所在户))(?!主)")
_HOLDER_HOUSEHOLD = _lazy(
    # (told in speech: 他家, 她家, 他们家)
    r"(?:对|给)?(?:该户|其家庭|该家庭|其所在户|全户|全家|其户|其家中(?!成员|人员|其他)|他家|她家|他们家|(?:者|当事人|行为人)的?(?:家庭|所在户)|"
    # a named person's household, as a ruling tells it (停发了王某一家的分红, 张某家庭)
    r"(?:某|[×XＸ*＊]{1,2}|" + _PARTY + r")(?:一家|全家|家庭|家|户)|"
    # the household he belongs to in full words (其所在家庭, 其所在的农户)
    r"其所在的?(?:家庭|农户|住户|牧户))(?!主)"
)
_HOLDER_KIN = _lazy(
    # (any kin noun: 该户老人, 其父兄, 其兄弟, 其妻儿; a doer household's kin too, 超生户的兄弟)
    # (the host of a wedding or a funeral named by his role: 事主的孙子女, 丧家的子女)
    # (a doer named by his wrong: 吸毒人员的家属, 失信人员亲属)
    r"(?:其|该户|(?:者|当事人|行为人|事主|主家|东家|丧主|丧家|(?<![本各每农住用商])户|(?<=[毒赌盗窃偷违法罪信教])人员)的?)"
    r"(?:家属|家人|亲属|子女|父母|配偶|家庭成员|老人|父兄|兄弟|姐妹|姊妹|儿子|女儿|儿女|子孙|孙子女?|孙女|孙辈|妻儿|妻子|丈夫|父亲|母亲|老小)"
    r"(?![区院楼]|本人)|"
    # the doer's family said as "this family" (这家人, 这户人家, 其一家)
    r"这(?:一)?家人|这户人家|该家人|其一家人?|"
    # the household counted by its people (一家五口, 家庭四口人, 全家六口): the count names the others with him
    r"(?:一家|全家|家庭|全户|家里|户内)(?:人)?[\d一二两三四五六七八九十]+口人?"
)  # (其父母本人: the doers)
# The removal, whatever it takes (取消…奖补资金, 指标扣减一半, 停水, 不参加低保评议, 一并迁出).
_BEARER_REMOVAL = _lazy(
    r"取消|扣减|扣除|扣发|扣回|核减|停发|停拨|缓拨|停止|暂停|停水|停电|停[供放灌]|减半|减发|收回|不再(?:下拨|拨付|发放|享受|享有|安排)|"
    # a supply cut by whatever is done to it (锁住该户的水龙头, 关闭该组闸门, 拆除其接户管, 掐断网线)
    r"锁[住上掉]|关闭|关掉|拆除|掐断|断[水电网气]|"
    # (a career's door shut on the kin: 不得参军、招工, 不准报考)
    r"(?:不得|不准|不许|不能)(?:[向在到从][^，,。；;]{1,6}?)?(?:享受|享有|参加|参与|申请|评|领取|使用|进入|办理|列入|报名|"
    r"参军|入伍|当兵|招工|招干|招录|报考)|"
    r"不(?:享受|参加|参与|予)|一并迁出|迁出|不予|缓发|暂缓|"
    # (a job in the village's enterprise or its posts taken: 一律辞退, 予以解聘, 停止上岗)
    r"辞退|解聘|解雇|(?:停止|暂停|不得|不准|不再安排)上岗|下岗|充公|归公|"
    # a plain "not given" (全家不发年货, 他家那份先压着): the holder's share held back
    r"不(?:发|给|分|批|安排)(?!生|现|展|达|言|表|布|明|觉|育|挥|动|出|放心|理|错|够)|[压扣]着|扣下|"
    # the village's people withholding their help or their presence at the family's weddings and funerals (全村人都
    # 不会前往参加, 不得为其所在房族的红白事抬棺)
    r"(?:不会|不再|不得|不准|拒绝|不予|不)" + _HELP_GOING + r"?(?:参加|出席|吊唁|随礼|赴宴|帮忙|帮厨|抬棺)|"
    r"(?:不会|不再|不得|不准|不)(?:为|给|替|帮)(?=[^，,。；;]{0,14}?(?:红白|丧事|喜事|婚事|葬礼|婚礼|酒席))|"
    # a taking said by what the bearer cannot get (领不到, 分不到, 享受不了, 拿不上)
    r"(?:领|拿|分|得|享受|享|批|办|申请|参加)不(?:到|了|上|成)|"
    # a share taken in a ruling's words, or said as no share at all (剥夺了…奖励金, 一家人都没份)
    r"剥夺|没(?:有)?(?:他|她|其|他们|她们|他家|他们家)?的?份|"
    # a share reported as not paid, the bearer between (未向原告一家发放补偿款)
    r"未(?:予|曾)?(?:向|给|为)[^，,。；;]{1,12}?(?:发放|分配|兑现|支付|拨付)"
)
# A taking that is a sanction in itself, whatever the condition (扣发该户老人的慰问金 for a banquet the village
# forbids); 停发 and 核减 stay out, being how a death or a move-away is booked too.
_SANCTION_TAKING = _lazy(r"扣发|扣除|扣减")
_BEARER_HELP = _lazy(r"可以?申请|可以?暂停|及时|立即|马上|迅速|先行")
_HOLDER_AGENT = _lazy(r"[由经归]\s*$")  # (向该组放水: the group receives, it bears)
# A title, a rating or points of the charter's own scheme withheld alone stays clean (不参加文明家庭评选, 不得评为
# 先进小组, 扣减该户积分五分); money or a share goes with it.
_TITLE_ONLY = _lazy(r"评(?!议|审|估)|称号|先进|荣誉|表彰|积分|星级|分值|计分")
_TITLE_MONEY = _lazy(r"奖金|奖励金|奖补|资金|[款费]|补贴|补助|分红|低保|指标|待遇")
_BEARER_KEYS = frozenset("组屯寨片社队户家属亲子父配栋单族嘎特支点区老兄姐儿女妻夫母")


def _dealt_with_before(before: str) -> bool:
    """The doer dealt with in a clause of his own before the semicolon, for a wrongdoing (docs/clause-codes.md)."""
    return _DEALT_WITH_BEFORE.search(before) is not None and _WRONGDOING.search(before) is not None


_ROLE_HOUSEHOLD = _lazy(r"(?:者|当事人|行为人)的?(?:家庭|所在户|家属|家人|亲属|子女|父母|配偶|家庭成员)")


def _role_household_at(text: str, clause: _Clause, lo: int) -> bool:
    role = _ROLE_HOUSEHOLD.search(text, clause.start, min(lo + 6, clause.end)) if lo > clause.start else None
    return role is not None and role.start() < lo < role.end()


# A doer named by his wrong before his kin (超生户的亲属, 违建户的子女, 吸毒人员的家属), a note in brackets before it
# (（一九九一年村规）…): the kin open the clause.
_KIN_OF_DOER = _lazy(
    r"(?:\s*[（(][^)）]{0,12}[)）])?\s*(?P<doer>[^，,。；;的\s]{1,6}?(?:户|人员|者|家庭))的?"
    r"(?:家属|亲属|家人|子女|儿女|父母|配偶|兄弟|姐妹|家庭成员)"
)


def _kin_opens(text: str, clause: _Clause) -> int | None:
    """Where a clause that opens on the kin who bear it starts: 其家庭成员…的, or a doer's kin (超生户的亲属在村企做工的)."""
    if _HOLDER_KIN.match(text, clause.start):
        return clause.start
    named = _KIN_OF_DOER.match(text, clause.start, clause.cond_end)
    if named is None or _WRONGDOING.search(named.group("doer")) is None:
        return None
    return named.start("doer")


def _bearer_finding(sent: _Sentence, measures: list[Measure], women: Measure | None) -> Measure | None:
    """One doer in the condition, a larger holder in a later clause bearing a removal (CV608)."""
    if women is not None or _BEARER_KEYS.isdisjoint(sent.chars):  # 寡妇改嫁的，其子女…: her finding (CV607)
        return None
    text = sent.text
    # (one pass each for a removal and a holder anywhere: most sentences have neither)
    if _BEARER_REMOVAL.search(text, sent.start, sent.end) is None or not any(
        h.search(text, sent.start, sent.end) for h in (_HOLDER_GROUP, _HOLDER_HOUSEHOLD, _HOLDER_KIN, _HOLDER_OF_DOER)
    ):
        return None
    opened = sent.start
    if text[:opened].rstrip().endswith(("；", ";")):  # the sentence a semicolon closed names the doer too
        opened = opens_before(text, opened, "。！？!?")
    elif all(c.cond_end == c.start for c in sent.clauses):
        # a sentence with no condition of its own, as a notice goes on after telling the act (某户子弟聚众赌博，已…处理。
        # 经研究，该户分红扣发): the sentences before it name the doer its holder points back to
        opened = 0
    for clause in sent.clauses:
        lo = max(clause.start, clause.cond_end)
        if _role_household_at(text, clause, lo):
            lo = clause.start  # (放火者的家庭…: the doer's role noun and 的, read as a condition, name the bearer)
        elif lo > clause.start and (kin := _kin_opens(text, clause)) is not None:
            # (…的户，其家庭成员在村企务工的，暂停上岗: the kin's own condition picks which kin bear it)
            lo = kin
        # a condition of its own after the semicolon names its own doer (…；户主拒不配合的，取消该户低保)
        own = any(c.cond_end > c.start for c in sent.clauses if c.start < lo)
        before = text[sent.start if own else opened : lo]
        if not before and not sent.penalised:
            continue  # (a clause after a semicolon of a sanction: 本人…；其家属当年不参加低保评议)
        # (the doer dealt with for a wrongdoing before the semicolon is the sanction's context already)
        dealt = _dealt_with_before(before) or bool(_SET_APART.search(before) and _WRONGDOING.search(before))
        for holder_re, doer in (
            # (a household's member is one doer of the group too: 户内有人…的，其所在组…)
            (_HOLDER_GROUP, _DOER_IN_GROUP.search(before) or _DOER_IN_HOUSEHOLD.search(before)),
            (_HOLDER_HOUSEHOLD, _DOER_IN_HOUSEHOLD.search(before) or _SET_APART.search(before)),
            (_HOLDER_HIS_HOUSEHOLD, _dealt_with_before(before)),
            (_HOLDER_KIN, True),
            (_HOLDER_OF_DOER, True),
        ):
            if not doer:
                continue
            # (a member's wrong told after him, as a cadre or a ruling tells it: 老刘家儿子把鱼塘毒了，他们家…没份)
            told = isinstance(doer, re.Match) and _WRONGDOING.search(before, doer.end()) is not None
            found = _holder_removal(sent, clause, lo, holder_re, dealt or told)
            if found is not None:
                return found
    return None


def _holder_removal(
    sent: _Sentence, clause: _Clause, lo: int, holder_re: re.Pattern[str], dealt: bool
) -> Measure | None:
    text = sent.text
    holder = holder_re.search(text, lo, clause.end)
    if holder is None or _HOLDER_AGENT.search(text, lo, holder.start()):
        return None  # 由该组收回: the group acts for the village
    if _AUDIENCE_AFTER.match(text, holder.end()) or _AUDIENCE_BEFORE.search(text, lo, holder.start()):
        return None  # 在全组通报: the group watches
    if _OWN_WAY_IN.match(text, holder.end()) and _HIS_PLACE.match(text, holder.start()):
        return None  # 注销其所在单元的门禁卡权限: the card he opens his own unit with, his own service (CV605)
    removal, end = _BEARER_REMOVAL.search(text, lo, clause.end), clause.end
    if removal is None:  # its matter as the topic, the village acting on it after (其家庭的低保申请，村里一律不予评议)
        end = _subject_run_end(sent, clause)
        removal = _BEARER_REMOVAL.search(text, clause.end, end)
    # (不取消其家庭低保, 不株连其父母: the charter rules it out)
    if (
        removal is None
        or _PROHIBITION.search(text, clause.start, removal.start())
        or text[removal.start() - 1] in "不未无免勿"
    ):
        return None
    # a help or a request, not a sanction: 组内有人发现漏水的，及时关闭该组阀门; 户内有人外出的，可申请暂停该户…
    if _BEARER_HELP.search(text, lo, removal.start()):
        return None
    if (
        not dealt
        and not _in_penalty_context(sent, removal.start())
        and not _SANCTION_TAKING.match(text, removal.start())
    ):
        return None
    rest, stop = text[removal.start() : end], end
    if _TITLE_ONLY.search(rest) and not _TITLE_MONEY.search(rest):
        # a title first, money after it in a clause the holder still governs (该屯取消文明屯评选资格，当年奖补资金
        # 不予兑现): the money is the holder's too
        stop = _subject_run_end(sent, clause)
        more = text[clause.end : stop]
        if not (_TITLE_MONEY.search(more) and _BEARER_REMOVAL.search(more)):
            return None
    start = min(holder.start(), removal.start())
    if text[start] == "者" and start - clause.start <= 6:
        start = clause.start  # (quote the doer's role noun with his household: 放火者的家庭)
    elif (kin := _KIN_OF_DOER.match(text, lo)) is not None and kin.start("doer") == lo < start < kin.end():
        start = lo  # (and the doer's wrong with his kin: 超生户的亲属)
    # the finding quotes the clause from the holder on (取消该家庭当年…奖金三百元): the words of a measure read
    # there (停止供水, 奖补资金全部取消) are the holder's and fold into it
    end = start + len(text[start:stop].rstrip("，,。；;：:！!？?、 \n"))
    group = holder_re is _HOLDER_GROUP or holder_re is _HOLDER_OF_DOER
    what = N_("连带处罚村民小组") if group else N_("连带处罚家庭成员")
    return Measure("CV608", start, end, text[start:end], what)
