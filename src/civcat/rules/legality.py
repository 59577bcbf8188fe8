"""CV601–CV609: what a charter may not contain, and the five content areas it should cover.

CV601–CV608 are one mechanism: the clause analyser (civcat.rules.clauses) reads each article once and
names the measures it imposes; each rule keeps the measures of its own code. The analysis is
cached by text, so the eight rules (and the hundreds of charters that copy a model's article)
analyse each distinct text once. Adding a measure means adding its code to the analyser and one
small class here.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar

from ..findings import Problem, Severity
from ..i18n import N_, _, current_language, ngettext
from ..legal import RuleBasis, cited_together, law_text
from ..models import Charter, CharterModel
from ..models.charters import TOPIC_LABELS
from .base import Context, FileRule
from .text import needle_at

if TYPE_CHECKING:
    from ..repository import Document

CHARTER_KINDS = ("charter", "charter-model")

# What the rules cite, by name in civcat.legal: the articles of citations.yaml (the same in every
# period) and the organic laws' conflict test and correction, dated provisions of parameters.yaml
# because the 2025 texts changed them (宪法、法律、法规 and 公序良俗; 国家的政策 dropped).
PENALTY_TYPES = "laws.penalty_types"
PENALTY_SET = "laws.penalty_set"
PENALTY_WHO = "laws.penalty_who"
FREEDOM_SET = "laws.freedom_set"
FREEDOM_WHO = "laws.freedom_who"
COERCION_SET = "laws.coercion_set"
COERCION_TYPES = "laws.coercion_types"
SUPPLY = "laws.supply"
LAND_TAKE_BACK = "laws.land_take_back"
LAND_MEMBERS = "laws.land_members"
LAND_WOMEN = "laws.land_women"
MEMBERSHIP = "laws.membership"
MEMBER_RIGHTS = "laws.member_rights"
MEMBERSHIP_LOSS = "laws.membership_loss"
WOMEN_EQUAL = "laws.women_equal"
WOMEN_CHARTERS = "laws.women_charters"
WOMEN_HUSBANDS = "laws.women_husbands"
VILLAGE_LIMITS = "provisions.charter_limits.village_rules"
COMMUNITY_LIMITS = "provisions.charter_limits.residents_convention"
CORRECTION = ("provisions.charter_correction.village_rules", "provisions.charter_correction.residents_convention")

_LAND_WORDS = ("承包地", "责任地", "土地", "耕地", "田土", "林地", "山林")
_SHARE_WORDS = ("分红", "收益", "补偿款", "分配")
_FREEDOM_WORDS = (
    "关押",
    "拘",
    "禁闭",
    "关禁",
    "看管",
    "人身自由",
    "捆",
    "绑",
    "限制其",
    "不准外出",
    "软禁",
    "扣留",
    "押送",
    "带到",
    "外出",
)
_HUSBAND_WORDS = ("女婿", "入赘", "上门", "招赘", "赘婿")

_MEASURES_CACHE = 16384


class StoredMeasures:
    """The analyses of earlier runs, kept in the repository's cache by article text: a charter edited
    outside its articles (a vote date, a signature) or in one article is analysed only where its text
    changed. The analyser's import and its patterns cost more than the rest of a run over one changed
    file (bench/run.py, "validate, one file changed"). Keys carry civcat's stamp, so a new analyser
    never reads an old analysis; the folder of an older stamp is removed when this one is saved."""

    PART = "measures"
    MOST_PER_SHARD = 65536  # about a million texts, far more than a county's distinct articles

    def __init__(self, root) -> None:
        from ..cache import Cache, package_stamp

        self._cache = Cache.open(root, "clause measures by text", part=f"{self.PART}/{package_stamp()[:16]}")
        self._new: list[tuple[str, dict]] = []
        self._analysed = 0  # texts analysed in this run (here or in its workers)

    def get(self, text: str) -> tuple | None:
        from .clauses.measure import Measure

        if self._cache is None:
            return None
        entry = self._cache.get(self._key(text))
        rows = entry.get("measures") if entry is not None else None
        if not isinstance(rows, list):
            return None
        measures = tuple(Measure.from_row(row) for row in rows)
        return measures if all(m is not None for m in measures) else None

    def put(self, text: str, measures: tuple) -> None:
        if self._cache is not None:
            key, entry = self._key(text), {"measures": [m.as_row() for m in measures]}
            self._cache.put(key, entry)
            self._new.append((key, entry))
            self._analysed += 1

    def taken(self) -> list[tuple[str, dict]]:
        """What was put since the last call: a worker process sends it back to be kept (`keep`)."""
        new, self._new = self._new, []
        return new

    def keep(self, entries: list[tuple[str, dict]]) -> None:
        """Keep what a worker analysed (its `taken`), under the keys it made (the same secret and stamp)."""
        if self._cache is not None:
            for key, entry in entries:
                self._cache.put(key, entry)
            self._analysed += len(entries)

    def save(self) -> None:
        if self._cache is None:
            return
        if self._analysed >= KEEP_PATTERNS_FROM:
            _keep_compiled_patterns()
        self._cache.save(prune=False, most=self.MOST_PER_SHARD)
        for older in self._cache.folder.parent.glob("*"):
            if older != self._cache.folder:
                shutil.rmtree(older, ignore_errors=True)

    def _key(self, text: str) -> str:
        assert self._cache is not None
        return self._cache.key(text.encode("utf-8", "surrogatepass"))


# A run that analysed this many articles (a county's first) also keeps the analyser's compiled patterns for
# the runs after it (rules/clauses/compiled.py): building them (about 0.6 s) costs what analysing some thousand
# articles does, so a run over a handful of charters (a test's, a new village's) does not pay it.
KEEP_PATTERNS_FROM = 200


def _keep_compiled_patterns() -> None:
    from .clauses import compiled

    if compiled.kept():  # this build's table is written (a cold run's parent need not import the analyser)
        return
    from .clauses import analyser as _analyser  # noqa: F401 - every pattern declared
    from .clauses import vocabulary

    compiled.keep(vocabulary.declared_patterns())


_stored: StoredMeasures | None = None


@contextmanager
def stored_measures(store: StoredMeasures | None) -> Iterator[None]:
    """Within the block, `measures_of` reads and keeps analyses in `store` (None: in memory only)."""
    global _stored
    previous, _stored = _stored, store
    try:
        yield
    finally:
        _stored = previous


def stored_since() -> list[tuple[str, dict]]:
    """What this process put in the store in use since the last call (see `StoredMeasures.taken`)."""
    return _stored.taken() if _stored is not None else []


def keep_stored(entries: list[tuple[str, dict]]) -> None:
    """Keep a worker's new analyses (`stored_since` there) in the store in use here."""
    if _stored is not None:
        _stored.keep(entries)


@lru_cache(maxsize=_MEASURES_CACHE)
def measures_of(text: str) -> tuple:
    """The measures an article's text imposes (civcat.rules.clauses), analysed once per distinct text
    (and, inside `stored_measures`, once per text and civcat across runs).

    The cache holds no language: a measure's name (`what`) is the Chinese message id, translated
    where the finding is written."""
    store = _stored
    if store is not None and (known := store.get(text)) is not None:
        return known
    from .clauses import unlawful_measures

    measures = tuple(unlawful_measures(text))
    if store is not None:
        store.put(text, measures)
    return measures


def _law_day(doc, ctx):
    """The day whose law judges a charter's clauses: its vote date; a model's or an unvoted
    charter's: the check date."""
    procedure = getattr(doc.model, "procedure", None)
    return (procedure.voted if procedure is not None else None) or ctx.as_of


def clause_texts(doc) -> Iterator[tuple[tuple, str]]:
    """Every text of a charter or model that could impose a measure, with its data path."""
    for i, chapter in enumerate(doc.model.chapters):
        for j, article in enumerate(chapter.articles):
            if article.text:
                yield ("chapters", i, "articles", j, "text"), article.text
    points = doc.model.points
    if points is not None:
        for k, item in enumerate(points.items):
            yield ("points", "items", k, "behaviour"), item.behaviour
        if points.redemption:
            yield ("points", "redemption"), points.redemption


class LegalityRule(FileRule[Charter | CharterModel]):
    """One CV60x rule: the measures of its code that the clause analyser finds in a charter's texts."""

    severity = Severity.ERROR
    kinds = CHARTER_KINDS
    forbidden: ClassVar[str]  # what the charter may not do, after "村规民约不得" (N_, a verb phrase in English)
    remedy: ClassVar[str]  # the lawful rewrite, one sentence (N_)
    # `example` is YAML data alone, which stays Chinese in every language: not a message.

    def citations(self, evidence: str) -> list[str]:
        """The specific law the measure breaks, by name (the organic law's conflict test is always added)."""
        return []

    def check(self, doc: Document[Charter | CharterModel], ctx: Context) -> Iterator[Problem]:
        village = doc.model.type == "village_rules"
        # The organic law in force on the vote date: 2018 (国家的政策) or 2025 (公序良俗).
        limits = ctx.law_on(_law_day(doc, ctx)).provisions[f"charter_limits.{doc.model.type}"]
        for at, text in clause_texts(doc):
            for measure in measures_of(text):
                if measure.code != self.code:
                    continue
                specific = [law_text(name.removeprefix("laws.")) for name in self.citations(measure.evidence)]
                laws = cited_together([*specific, limits.citations[0]])
                if measure.inferred:  # the learned complement's reading (rules/clauses/learned.py)
                    template = (
                        _(
                            "按用语推断，请人工核对：{summary}（“{evidence}”）。村规民约不得{forbidden}：{laws}。{remedy}"
                        )
                        if village
                        else _(
                            "按用语推断，请人工核对：{summary}（“{evidence}”）。居民公约不得{forbidden}：{laws}。{remedy}"
                        )
                    )
                else:
                    template = (
                        _("条款规定了{what}（“{evidence}”）。村规民约不得{forbidden}：{laws}。{remedy}")
                        if village
                        else _("条款规定了{what}（“{evidence}”）。居民公约不得{forbidden}：{laws}。{remedy}")
                    )
                message = template.format(
                    summary=_(self.summary),
                    what=_(measure.what),
                    evidence=measure.evidence,
                    forbidden=_(self.forbidden),
                    laws=laws,
                    remedy=_(self.remedy),
                )
                yield self.problem(
                    message, at=at, needle=needle_at(text, measure.start), mark=text[measure.start : measure.end]
                )


class Fine(LegalityRule):
    code = "CV601"
    summary = N_("条款设定罚款或其他惩罚性的交钱")
    forbidden = N_("设定罚款或变相罚款")
    remedy = N_("请改为批评教育、扣减积分（积分制）或调解；违法行为依法报有关部门处理；造成损失的，写明依法赔偿。")
    why = N_(
        "罚款是行政处罚，只有法律、法规、规章能够设定，只有有处罚权的行政机关能够实施。村（居）民委员会不是行政机关，"
        "村规民约、居民公约也不是法律、法规或规章，不能罚款；换个名字（罚金、违约金、误工费、滞纳金、罚放电影、罚请吃饭、"
        "罚工）、从应发给他的分红或补贴里扣一笔钱作惩罚，也一样。乡镇人民政府审查备案时会责令改正，村民也可以拒交并诉至法院。"
    )
    basis = RuleBasis(PENALTY_TYPES, PENALTY_SET, PENALTY_WHO, VILLAGE_LIMITS, COMMUNITY_LIMITS)
    example = "      - text: 乱砍滥伐林木的，罚款500元；不参加义务劳动的，每次交纳误工费50元。"
    fix = N_(
        "删除罚款，改用自治措施：“乱砍滥伐林木的，由村民委员会批评教育，责令补种，并扣减积分；情节严重的，报林业部门依法处理。”"
        "损坏公物写“照价赔偿”（赔偿实际损失不是罚款）。"
    )

    def citations(self, evidence: str) -> list[str]:
        return [PENALTY_SET]


class Confiscation(LegalityRule):
    code = "CV602"
    summary = N_("条款没收、扣押或扣留财物（包括收回承包地、扣发分红）")
    forbidden = N_("没收、扣押或扣留村（居）民的财产")
    remedy = N_("请删除；造成损失的依法赔偿，违法行为报有关部门依法处理，承包地、分红等财产权利依照法律办理。")
    why = N_(
        "没收是行政处罚，查封、扣押是行政强制措施，只能由法律、法规设定、由行政机关实施。收回承包地、扣发集体收益分红、"
        "用分红抵扣欠款，都是处置村民的合法财产：承包期内发包方不得收回承包地，分红是成员的财产权利。"
    )
    basis = RuleBasis(
        PENALTY_TYPES,
        PENALTY_SET,
        COERCION_TYPES,
        COERCION_SET,
        LAND_TAKE_BACK,
        MEMBER_RIGHTS,
        VILLAGE_LIMITS,
        COMMUNITY_LIMITS,
    )
    example = "      - text: 在禁渔期捕鱼的，没收其渔具；弃耕抛荒两年以上的，收回其承包地。"
    fix = N_(
        "删除没收、扣押和收回：“在禁渔期捕鱼的，由村民委员会劝阻并报渔业主管部门依法处理。”“弃耕抛荒的，由村民委员会督促复耕，"
        "可以协调流转。”"
    )

    def citations(self, evidence: str) -> list[str]:
        if any(word in evidence for word in _LAND_WORDS):
            return [LAND_TAKE_BACK]
        if any(word in evidence for word in _SHARE_WORDS):
            return [MEMBER_RIGHTS]
        return [COERCION_SET]


class PersonalFreedom(LegalityRule):
    code = "CV603"
    summary = N_("条款限制人身自由或公开羞辱（游街示众、曝光、罚跪）")
    forbidden = N_("限制人身自由或公开羞辱村（居）民")
    remedy = N_("请删除；改为批评教育、调解，违法行为报公安机关依法处理。")
    why = N_(
        "限制人身自由的处罚只能由法律设定、由公安机关等法定机关实施；关押、看管、罚跪是非法拘禁和侮辱，游街示众、挂牌、"
        "曝光姓名和照片侵犯人格尊严。公约可以表扬先进，但不能公开羞辱违约的人。"
    )
    basis = RuleBasis(FREEDOM_SET, FREEDOM_WHO, COERCION_TYPES, VILLAGE_LIMITS, COMMUNITY_LIMITS)
    example = "      - text: 对偷盗者游街示众；屡教不改的，将其姓名在公开栏曝光。"
    fix = N_(
        "删除：“对偷盗等违法行为，及时报公安机关依法处理；村民委员会对当事人批评教育。”表扬先进（张榜表彰）不受影响。"
    )

    def citations(self, evidence: str) -> list[str]:
        if any(word in evidence for word in _FREEDOM_WORDS):
            return [FREEDOM_SET]
        return []


class SupplyCut(LegalityRule):
    code = "CV604"
    summary = N_("条款停水、停电或停止其他供应")
    forbidden = N_("以停水、停电等方式迫使村（居）民履行义务")
    remedy = N_("请删除；欠缴费用由供水、供电单位依法催缴，纠纷通过调解或诉讼解决。")
    why = N_(
        "连行政机关都不得以停止供水、供电、供热、供燃气等方式迫使当事人履行决定；村（居）民委员会更不能用断水断电"
        "逼村民交钱或服从。停水停电危及老人、儿童的基本生活。"
    )
    basis = RuleBasis(SUPPLY, COERCION_SET, VILLAGE_LIMITS, COMMUNITY_LIMITS)
    example = "      - text: 拒不缴纳水费的，停止供水；不服从管理的，对其停水停电。"
    fix = N_("删除停水停电：“拖欠水费的，由村民委员会督促缴纳；协商不成的，由供水单位依法处理。”")

    def citations(self, evidence: str) -> list[str]:
        return [SUPPLY]


class ServicesWithheld(LegalityRule):
    code = "CV605"
    summary = N_("条款扣留证件、停办证明或公共服务、取消补贴或福利")
    forbidden = N_("以不办证明、停止公共服务、取消补贴或福利作为惩罚")
    remedy = N_(
        "证明、低保、补贴和医保等按法律法规和政策规定的条件办理，不得与遵守公约挂钩；可改为扣减积分或取消评先评优资格。"
    )
    why = N_(
        "低保、养老补贴、医保报销等是法律法规和国家政策给予的待遇，由政府部门按条件审批；为村民出具证明、盖章是委员会的"
        "职责。把它们当作惩罚手段，就是以公约剥夺法定权利，与法律和国家政策相抵触。"
    )
    basis = RuleBasis(VILLAGE_LIMITS, COMMUNITY_LIMITS, *CORRECTION)
    example = "      - text: 拒不履行赡养义务的，取消其低保；不遵守本规约的，村委会暂停为其办理各类证明。"
    fix = N_(
        "删除：“拒不履行赡养义务的，由村民委员会批评教育、调解，督促其履行；构成违法的，依法报有关部门处理。”"
        "村里自己的荣誉（评先评优、文明户）可以取消。"
    )


class Expulsion(LegalityRule):
    code = "CV606"
    summary = N_("条款开除村籍、取消成员资格或驱逐出村")
    forbidden = N_("开除村籍、取消集体经济组织成员资格或驱逐村（居）民")
    remedy = N_("请删除；成员身份只能依照《农村集体经济组织法》确认或丧失，户籍由公安机关依法办理。")
    why = N_(
        "村籍和集体经济组织成员身份关系到承包地、宅基地和集体收益，只能依照法律确认或丧失（死亡、取得其他集体经济组织"
        "成员身份等）；因违约、外出、服刑等原因不丧失。公民的居住自由受宪法保护，公约不能把人赶出村。"
    )
    basis = RuleBasis(MEMBERSHIP_LOSS, MEMBERSHIP, LAND_MEMBERS, VILLAGE_LIMITS)
    example = "      - text: 屡教不改者，开除村籍，取消其集体经济组织成员资格。"
    fix = N_("删除：“屡教不改的，由村民委员会批评教育；构成违法的，依法报有关部门处理。”")

    def citations(self, evidence: str) -> list[str]:
        return [MEMBERSHIP]


class WomenDiscrimination(LegalityRule):
    code = "CV607"
    summary = N_("条款歧视外嫁女、离婚丧偶妇女及其子女或上门女婿")
    forbidden = N_("以妇女结婚、离婚、丧偶或男方到女方落户为由，剥夺或减少其权益")
    remedy = N_("请改为保护性条款：妇女及其子女、到女方落户的男方享有与本村村民平等的权益。")
    why = N_(
        "外嫁女、离婚或丧偶妇女及其子女、上门女婿被剥夺土地、宅基地和分红，是农村最常见的侵权，也是村规民约审查的重点。"
        "法律明确禁止村规民约以婚姻状况为由侵害妇女在集体经济组织中的权益，到女方落户的男方和子女享有平等权益。"
    )
    basis = RuleBasis(WOMEN_EQUAL, WOMEN_CHARTERS, WOMEN_HUSBANDS, LAND_WOMEN, VILLAGE_LIMITS)
    example = "      - text: 出嫁女户口未迁出的，不再享受村集体收益分配；上门女婿不享有宅基地申请资格。"
    fix = N_(
        "改写为：“妇女结婚、离婚、丧偶，未在新居住地取得承包地和集体成员身份的，与本村村民平等享有土地承包、集体收益分配和"
        "宅基地等权益；因结婚到女方落户的男方及其子女，享有与本村村民平等的权益。”"
    )

    def citations(self, evidence: str) -> list[str]:
        found = [WOMEN_CHARTERS]
        if any(word in evidence for word in _HUSBAND_WORDS):
            found.append(WOMEN_HUSBANDS)
        if "承包地" in evidence or "责任地" in evidence:
            found.append(LAND_WOMEN)
        return found


class CollectivePunishment(LegalityRule):
    code = "CV608"
    summary = N_("条款因一人的行为处罚其家庭、全户或全组（连坐）")
    forbidden = N_("因一人的行为处罚其家庭成员或他人")
    remedy = N_(
        "请删除连带内容：约束只能针对行为人本人，且本身必须合法（批评教育、扣减本人积分、依法报有关部门处理）。"
    )
    why = N_(
        "责任自负：一个人违约，不能让他的家属、子女或同组村民承担后果。“全家不得享受分红”“其子女不予上户口”"
        "“一户违反、全组停水”侵犯的是没有过错的人的合法权益。"
    )
    basis = RuleBasis(VILLAGE_LIMITS, COMMUNITY_LIMITS, *CORRECTION)
    example = "      - text: 一人违反，全家不得享受当年分红；违反计划生育的，其子女不予上户口。"
    fix = N_("删除：“违反本规约的，由村民委员会对本人批评教育；构成违法的，依法报有关部门处理。”")


# ---------------------------------------------------------------------------------------------
# CV609 the five content areas

TOPICS = TOPIC_LABELS


def _areas(missing: list[str]) -> str:
    """规范日常行为（conduct）、维护公共秩序（order）; in English: regulating daily conduct (conduct) and …"""
    if current_language() == "zh":
        return "、".join(f"{TOPICS[topic]}（{topic}）" for topic in missing)
    names = [f"{_(TOPICS[topic])} ({topic})" for topic in missing]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class _Example:
    """CV609's example: YAML whose data stays Chinese, and a comment in the reader's language."""

    def __get__(self, instance: Any, owner: Any = None) -> str:
        return (
            "chapters:\n  - title: 规范日常行为\n    topic: conduct\n    articles: [...]\n"
            "  - title: 维护公共秩序\n    topic: order\n    articles: [...]\n# "
            + _("没有 rights、disputes、customs 方面的章")
        )


class ContentAreas(FileRule[Charter | CharterModel]):
    code = "CV609"
    severity = Severity.WARNING
    summary = N_("五个内容方面中有的没有对应的章（章节标注了 topic 时）")
    kinds = CHARTER_KINDS
    why = N_(
        "2018 年民政部等七部门《关于做好村规民约和居民公约工作的指导意见》要求村规民约、居民公约一般应包括五个方面："
        "规范日常行为、维护公共秩序、保障群众权益、调解群众纠纷、引导民风民俗。章节用 `topic` 标明方面后，civcat 检查"
        "五个方面是否都有；不标 `topic` 的公约不检查。"
    )
    basis = RuleBasis("documents.guidance_content")
    example = _Example()
    fix = N_(
        "为缺少的方面各写一章（可参照示范文本 charters/model/），并标上 `topic:`，例如 `topic: disputes` 调解群众纠纷。"
    )

    def check(self, doc: Document[Charter | CharterModel], ctx: Context) -> Iterator[Problem]:
        present = {chapter.topic for chapter in doc.model.chapters if chapter.topic}
        if not present:
            return
        missing = [topic for topic in TOPICS if topic not in present]
        if missing:
            message = ngettext(
                "章节标注了内容方面，但缺少 {areas} 方面的章。村规民约、居民公约一般应包括规范日常行为、"
                "维护公共秩序、保障群众权益、调解群众纠纷、引导民风民俗五个方面；请补写相应的章并标上 `topic:`。",
                "章节标注了内容方面，但缺少 {areas} 方面的章。村规民约、居民公约一般应包括规范日常行为、"
                "维护公共秩序、保障群众权益、调解群众纠纷、引导民风民俗五个方面；请补写相应的章并标上 `topic:`。",
                len(missing),
            ).format(areas=_areas(missing))
            yield self.problem(message, at=("chapters",), key=True)
