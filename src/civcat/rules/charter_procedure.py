"""CV501–CV510: how a charter (村规民约、居民公约) was made: its type, procedure, vote and filing.

Every legal figure (quorum, majority, the bodies that may adopt a charter) comes from
`civcat.legal`: a charter is judged by the parameters in force on its vote date
(`procedure.voted`; when that date is missing, which CV503 reports, by those in force on the
check date). Messages quote the articles of that law: a charter voted 2025-12-31 is judged by
the 2018 organic laws, one voted 2026-01-01 by the 2025 ones. Rule pages cite through
`civcat.legal.RuleBasis`, which shows both versions with their dates where they differ.

Which rules judge drafts (`status: draft`): CV501, CV502, CV506, CV507 and CV508 judge whatever a
draft records; CV503, CV504, CV505, CV509 and CV510 judge adopted charters only — a draft may
leave steps out, and a vote recorded on a draft may be exactly the vote that failed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from fractions import Fraction
from typing import TYPE_CHECKING

from ..dates import years_after
from ..findings import Problem, Severity
from ..i18n import N_, _, ngettext
from ..legal import RuleBasis, law_text, share_words
from ..models import Charter
from ..models.charters import (
    CHARTER_TYPE_LABELS,
    PROCEDURE_STEP_LABELS,
    PROCEDURE_STEPS,
    VOTE_BASIS_LABELS,
    VOTE_BASIS_UNITS,
    VOTE_BODY_LABELS,
)
from .base import Context, FileRule, RepositoryRule
from .committee import cite

if TYPE_CHECKING:
    from ..repository import Document, Repository

# Labels: the models' tables (one vocabulary; marked with N_, shown with _() where a message uses them).
CHARTER_NAME = CHARTER_TYPE_LABELS
#: The charter type each community type keeps (FORMAT.md §2).
EXPECTED_TYPE = {"village": "village_rules", "community": "residents_convention"}

STEP_NAME = PROCEDURE_STEP_LABELS
#: The steps each step must not precede, nearest first: filed and published both follow the vote
#: but are not ordered against each other.
PREDECESSORS = {
    "solicited": (),
    "drafted": ("solicited",),
    "reviewed": ("drafted", "solicited"),
    "voted": ("reviewed", "drafted", "solicited"),
    "filed": ("voted", "reviewed", "drafted", "solicited"),
    "published": ("voted", "reviewed", "drafted", "solicited"),
}

BODY_NAME = VOTE_BODY_LABELS
BASIS_NAME = VOTE_BASIS_LABELS
BASIS_UNIT = VOTE_BASIS_UNITS
VOTE_FIELDS = {
    "body": N_("表决机构 body"),
    "basis": N_("到会人数的计算基础 basis"),
    "eligible": N_("应到人数 eligible"),
    "present": N_("实到人数 present"),
    "in_favour": N_("赞成人数 in_favour"),
}
#: Stand-ins when a vote names no basis (CV506) or no known body (CV509).
ANY_BASIS = N_("人数")
ANY_BODY = N_("表决会议")


def _count(n: int, basis: str | None) -> str:
    """A number with its unit: 500 人, 199 户 (in English: 500 people, 199 households)."""
    if BASIS_UNIT.get(basis or "persons", "人") == "户":
        return ngettext("{households} 户", "{households} 户", n).format(households=n)
    return ngettext("{people} 人", "{people} 人", n).format(people=n)


def _share(fraction: Fraction) -> str:
    """1/2 → 半数, 2/3 → 三分之二 (the law's words for a share; in English: half, two thirds)."""
    if fraction == Fraction(1, 2):
        return _("半数")
    return share_words(fraction)


def _either(choices: Iterable[str]) -> str:
    """A或B或C (in English: A or B or C)."""
    first, *rest = choices
    for choice in rest:
        first = _("{first}或{second}").format(first=first, second=choice)
    return first


def _named(label: str, key: str) -> str:
    """A label (marked with N_) with its YAML spelling: 村民会议（villagers_meeting）."""
    return _("{name}（{key}）").format(name=_(label), key=key)


def _grounds(figure) -> str:
    """The figure's articles (see `cite`) and, when it has one, its note for clerks."""
    if not figure.note:
        return cite(figure)
    return _("{citation}说明：{note}").format(citation=cite(figure), note=_(figure.note))


def _adopted(charter) -> bool:
    return charter.status == "adopted"


def _law_day(charter, ctx: Context) -> dt.date:
    """The day whose law judges the charter: its vote date, else (CV503 reports it) the check date."""
    voted = charter.procedure.voted if charter.procedure else None
    return voted or ctx.as_of


def _impossible(vote) -> list[tuple[str, str]]:
    """(field, message) for each figure that cannot be true of the others (CV506)."""
    found: list[tuple[str, str]] = []
    if vote is None:
        return found
    if vote.present is not None and vote.eligible is not None and vote.present > vote.eligible:
        found.append(
            ("present", _("实到 {present} 多于应到 {eligible}").format(present=vote.present, eligible=vote.eligible))
        )
    if vote.in_favour is not None and vote.present is not None and vote.in_favour > vote.present:
        found.append(
            (
                "in_favour",
                _("赞成 {in_favour} 多于实到 {present}").format(in_favour=vote.in_favour, present=vote.present),
            )
        )
    if vote.women_present is not None and vote.present is not None and vote.women_present > vote.present:
        found.append(
            (
                "women_present",
                _("到会女性 {women_present} 多于实到 {present}").format(
                    women_present=vote.women_present, present=vote.present
                ),
            )
        )
    return found


# --- CV501 ---------------------------------------------------------------------------------------

#: CV501's message, by the type of the community (which decides the charter type it keeps).
_WRONG_TYPE = {
    "village": N_(
        "{name}（{path}）是村，应制定村规民约（type: village_rules），这里写的是 {written}（{written_name}）。"
        "请改为 `type: village_rules`；如果是村或社区文件的类型写错了，请改那个文件。"
    ),
    "community": N_(
        "{name}（{path}）是社区，应制定居民公约（type: residents_convention），这里写的是 {written}"
        "（{written_name}）。请改为 `type: residents_convention`；如果是村或社区文件的类型写错了，请改那个文件。"
    ),
}


class CharterTypeMismatch(RepositoryRule):
    code = "CV501"
    summary = N_("公约类型与村或社区的类型不符（村 → village_rules，社区 → residents_convention）")
    reads = {"charter": {"community": None, "type": None}, "community": {"type": None, "name": None}}
    why = N_(
        "村民委员会所在的村制定村规民约，由村民会议讨论决定；居民委员会所在的社区制定居民公约，由居民会议讨论制定。"
        "类型写错，表决机构、法定人数和备案机关的检查都会按错误的法律进行，生成的文件标题也会出错。"
        "类型按 catalogues/communities/ 下同一代码的村或社区文件判断；找不到该文件时由 CV212 报告。"
    )
    basis = RuleBasis("provisions.charter_making.village_rules", "provisions.charter_making.residents_convention")
    example = N_(
        "# charters/500243112/500243112201.yaml，石门村的 type 是 village\n"
        "kind: charter\n"
        'community: "500243112201"\n'
        "type: residents_convention"
    )
    fix = N_(
        "村写 `type: village_rules`（村规民约），社区写 `type: residents_convention`（居民公约）。"
        "如果是村或社区文件的 `type` 写错了，改那个文件。"
    )

    def check(self, repository: Repository, ctx: Context) -> Iterator[tuple[Document, Problem]]:
        for doc in repository.of_kind("charter"):
            charter = doc.model
            community = repository.communities.get(charter.community)
            if community is None:
                continue  # CV212
            expected = EXPECTED_TYPE[community.model.type]
            if charter.type == expected:
                continue
            yield (
                doc,
                self.problem(
                    _(_WRONG_TYPE[community.model.type]).format(
                        name=community.model.name,
                        path=community.path,
                        written=charter.type,
                        written_name=_(CHARTER_NAME[charter.type]),
                    ),
                    at=("type",),
                ),
            )


# --- CV502 ---------------------------------------------------------------------------------------


class ProcedureOrder(FileRule[Charter]):
    code = "CV502"
    summary = N_("制定程序的日期先后顺序不对（征集 ≤ 拟定 ≤ 审核 ≤ 表决 ≤ 备案、公布）")
    kinds = ("charter",)
    why = N_(
        "村规民约、居民公约按征集民意、拟定草案、提请审核、审议表决、备案、公布的顺序制定：先表决通过，才能备案和公布。"
        "日期颠倒，通常是录入错误，也可能是程序倒置（例如表决前就已公布）。备案和公布都在表决之后，两者之间不分先后。"
        "每个日期只与它之前最近的一个已填写的步骤比较，所以一个写错的日期只报告一次；草案中已填写的日期同样检查。"
    )
    basis = RuleBasis(
        "documents.guidance_procedure",
        "provisions.charter_making.village_rules",
        "provisions.charter_making.residents_convention",
    )
    example = N_(
        "procedure:\n"
        "  solicited: 2021-06-01\n"
        "  drafted: 2021-06-20\n"
        "  reviewed: 2021-07-10\n"
        "  voted: 2021-07-01      # 早于提请审核\n"
        "  filed: 2021-08-25\n"
        "  published: 2021-08-30"
    )
    fix = N_("按会议记录、审核意见和备案回执核对日期。确实先表决后审核的，应当在审核后重新表决。")

    def check(self, doc: Document[Charter], ctx: Context) -> Iterator[Problem]:
        procedure = doc.model.procedure
        if procedure is None:
            return
        for step in PROCEDURE_STEPS:
            day = getattr(procedure, step)
            if day is None:
                continue
            before = next((s for s in PREDECESSORS[step] if getattr(procedure, s) is not None), None)
            if before is None or getattr(procedure, before) <= day:
                continue
            yield self.problem(
                _(
                    "{step}日期 {day} 早于{before}日期 {before_day}（procedure.{before_key}）。"
                    "制定程序依次为征集民意、拟定草案、提请审核、审议表决，表决之后才能备案和公布。"
                    "请按会议记录和备案回执核对这两个日期。"
                ).format(
                    step=_(STEP_NAME[step]),
                    day=day,
                    before=_(STEP_NAME[before]),
                    before_day=getattr(procedure, before),
                    before_key=before,
                ),
                at=("procedure", step),
            )


# --- CV503 ---------------------------------------------------------------------------------------


class ProcedureIncomplete(FileRule[Charter]):
    code = "CV503"
    summary = N_("已通过的公约缺少制定程序的步骤、表决情况或备案机关")
    kinds = ("charter",)
    why = N_(
        "已通过（`status: adopted`，不写时默认如此）的村规民约、居民公约，应当能说明它是怎样制定的：六个步骤的日期、"
        "表决机构和到会、赞成人数、备案机关。缺少这些，就无法判断法定人数和表决是否合法（CV504、CV505 因此跳过）。"
        "每缺一项报告一次，指向它所在的 `procedure`、`vote` 键或文件开头。草案（`status: draft`）不检查。"
    )
    basis = RuleBasis(
        "vote_bodies.villagers_meeting.majority",
        "vote_bodies.residents_meeting.majority",
        "provisions.charter_making.village_rules",
        "provisions.charter_making.residents_convention",
        "documents.guidance_procedure",
    )
    example = N_(
        "status: adopted\n"
        "procedure:\n"
        "  solicited: 2021-06-01\n"
        "  voted: 2021-08-15\n"
        "vote:\n"
        "  body: villagers_meeting\n"
        "  present: 600\n"
        "# 缺少 drafted、reviewed、filed、published，vote 缺少 basis、eligible、in_favour，缺少 filed_with"
    )
    fix = N_(
        "按会议记录、审核意见、备案回执补全：`procedure` 的六个日期，`vote` 的 body、basis、eligible、present、in_favour，"
        "以及 `filed_with`。尚未表决通过的，写 `status: draft`。"
    )

    def check(self, doc: Document[Charter], ctx: Context) -> Iterator[Problem]:
        charter = doc.model
        if not _adopted(charter):
            return
        name = _(CHARTER_NAME[charter.type])
        if charter.procedure is None:
            yield self.problem(
                _(
                    "已通过的{name}缺少制定程序 procedure（征集民意、拟定草案、提请审核、审议表决、备案、公布六个日期）。"
                    "请按会议记录和备案回执补上；尚未通过的，请写 status: draft。"
                ).format(name=name),
                at=("procedure",),
                key=True,
            )
        else:
            for step in PROCEDURE_STEPS:
                if getattr(charter.procedure, step) is None:
                    yield self.problem(
                        _(
                            "已通过的{name}缺少{step}日期（procedure.{key}）。请补上 `{key}: YYYY-MM-DD`；"
                            "尚未通过的，请写 status: draft。"
                        ).format(name=name, step=_(STEP_NAME[step]), key=step),
                        at=("procedure",),
                        key=True,
                    )
        if charter.vote is None:
            yield self.problem(
                _(
                    "已通过的{name}缺少表决情况 vote（表决机构、计算基础、应到、实到和赞成人数），无法判断表决是否合法。"
                    "请按会议记录补上。"
                ).format(name=name),
                at=("vote",),
                key=True,
            )
        else:
            for field, label in VOTE_FIELDS.items():
                if getattr(charter.vote, field) is None:
                    yield self.problem(
                        _("表决情况缺少{label}（vote.{field}），无法判断表决是否合法。请按会议记录补上。").format(
                            label=_(label), field=field
                        ),
                        at=("vote",),
                        key=True,
                    )
        if not charter.filed_with:
            yield self.problem(
                _("已通过的{name}缺少备案机关 filed_with（所在乡、镇人民政府或街道办事处）。请按备案回执补上。").format(
                    name=name
                ),
                at=("filed_with",),
                key=True,
            )


# --- CV504, CV505 --------------------------------------------------------------------------------


def _judgeable(charter, *fields: str):
    """The vote when the charter is adopted, has every field and no impossible figure; else None."""
    vote = charter.vote
    if not _adopted(charter) or vote is None:
        return None
    if any(getattr(vote, f) is None for f in fields) or _impossible(vote):
        return None
    return vote


class Quorum(FileRule[Charter]):
    code = "CV504"
    summary = N_(
        "到会人数未达法定人数（村民会议：过半数人员或三分之二以上户；居民会议：过半数；代表会议：三分之二以上）"
    )
    kinds = ("charter",)
    why = N_(
        "到会人数不够，会议就不能召开，所作的表决不产生效力，公约也就没有通过。法定人数按表决机构和到会人数的计算基础"
        "（vote.basis）判断，采用表决当天施行的法律规定，用整数精确比较：1000 人的过半数是 501 人，300 户的三分之二以上是 200 户。"
        "村民会议只能按十八周岁以上村民（persons）或户的代表（households）计算到会，代表会议只能按组成人员（representatives）计算；"
        "居民会议 2026 年以前还可以按居民小组选举的代表（representatives）计算，2026 年起只能按 persons 或 households 计算。"
        "计算基础不适用于表决机构时，在 vote.basis 报告。缺少数字（CV503）或数字不可能（CV506）时跳过；草案不检查。"
    )
    basis = RuleBasis(
        "vote_bodies.villagers_meeting.quorum.persons",
        "vote_bodies.villagers_representatives.quorum.representatives",
        "provisions.composition.villagers_representatives",
        "vote_bodies.residents_meeting.quorum.persons",
        "vote_bodies.residents_representatives.quorum.representatives",
        "provisions.composition.residents_representatives",
        "provisions.meetings.villagers_meeting",
        "provisions.meetings.villagers_representatives",
        "provisions.meetings.residents_representatives",
        note=N_(
            "比例取自 civcat 的法律参数，按表决日期选用。2026 年以前法律没有规定居民代表会议，其法定人数参照村民代表会议；"
            "2026 年起按居民委员会组织法的规定，居民会议也不再按居民小组选举的代表计算到会。"
            "代表会议的组成（代表占五分之四以上）和召开次数不检查：表决记录只有应到、实到和赞成人数。"
        ),
    )
    example = N_(
        "vote:\n"
        "  body: villagers_meeting\n"
        "  basis: persons\n"
        "  eligible: 1000\n"
        "  present: 500        # 过半数是 501 人\n"
        "  in_favour: 450"
    )
    fix = N_(
        "核对应到和实到人数（应到人数可以不含重庆市实施办法第七条第三款所列的村民）。会议是按户的代表召开的，"
        "写 `basis: households` 并填户数。确实未达法定人数的，应当重新召开会议表决。"
    )

    def check(self, doc: Document[Charter], ctx: Context) -> Iterator[Problem]:
        charter = doc.model
        vote = _judgeable(charter, "body", "basis", "eligible", "present")
        if vote is None:
            return
        rules = ctx.law_on(_law_day(charter, ctx)).vote_bodies[vote.body]
        body = _(BODY_NAME[vote.body])
        quorum = rules.quorum_for(vote.basis)
        if quorum is None:
            any_quorum = next(iter(rules.quorum.values()))
            yield self.problem(
                _(
                    "{body}不按{basis}（{basis_key}）计算到会人数，只能按{allowed}计算，无法判断是否达到法定人数。"
                    "{citation}请按会议实际的计算方法改写 basis，并填写相应的应到和实到数。"
                ).format(
                    body=body,
                    basis=_(BASIS_NAME[vote.basis]),
                    basis_key=vote.basis,
                    allowed=_either(_named(BASIS_NAME[b], b) for b in rules.quorum),
                    citation=cite(any_quorum),
                ),
                at=("vote", "basis"),
            )
            return
        if quorum.met(vote.present, vote.eligible):
            return
        eligible = _count(vote.eligible, vote.basis)
        share = _share(quorum.fraction)
        shortfall = (
            _("未超过应到 {eligible}的{share}")
            if quorum.comparison == "more_than"
            else _("不足应到 {eligible}的{share}")
        ).format(eligible=eligible, share=share)
        figures = {
            "body": body,
            "basis": _(BASIS_NAME[vote.basis]),
            "present": _count(vote.present, vote.basis),
            "shortfall": shortfall,
            "minimum": _count(quorum.minimum_part(vote.eligible), vote.basis),
            "grounds": _grounds(quorum),
        }
        others = [b for b in rules.quorum if b != vote.basis]
        if others:
            message = _(
                "{body}按{basis}计算到会 {present}，{shortfall}（至少应到会 {minimum}），会议不能召开，表决不产生效力。"
                "{grounds}请核对应到和实到人数；会议如果是按{others}计算到会的，请改写 basis 并填写相应的数字；"
                "确实未达到的，应当重新召开{body}表决。"
            ).format(others=_either(_(BASIS_NAME[b]) for b in others), **figures)
        else:
            message = _(
                "{body}按{basis}计算到会 {present}，{shortfall}（至少应到会 {minimum}），会议不能召开，表决不产生效力。"
                "{grounds}请核对应到和实到人数；确实未达到的，应当重新召开{body}表决。"
            ).format(**figures)
        yield self.problem(message, at=("vote", "present"))


class Majority(FileRule[Charter]):
    code = "CV505"
    summary = N_("赞成人数未过到会人数的半数")
    kinds = ("charter",)
    why = N_(
        "村民会议、居民会议和代表会议的决定都要经到会人员的过半数通过：赞成人数必须多于到会人数的一半，恰好一半不算通过。"
        "比例按表决当天施行的法律判断，用整数精确比较。缺少数字（CV503）或数字不可能（CV506）时跳过；草案不检查。"
    )
    basis = RuleBasis(
        "vote_bodies.villagers_meeting.majority",
        "vote_bodies.villagers_representatives.majority",
        "vote_bodies.residents_meeting.majority",
        "vote_bodies.residents_representatives.majority",
        note=N_("比例取自 civcat 的法律参数，按表决日期选用。"),
    )
    example = N_(
        "vote:\n"
        "  body: residents_meeting\n"
        "  basis: persons\n"
        "  eligible: 1520\n"
        "  present: 900\n"
        "  in_favour: 450      # 过半数是 451 人"
    )
    fix = N_(
        "核对赞成人数和到会人数；确实未过半数的，公约没有通过，应当修改草案后重新表决，并把状态改为 `status: draft`。"
    )

    def check(self, doc: Document[Charter], ctx: Context) -> Iterator[Problem]:
        charter = doc.model
        vote = _judgeable(charter, "body", "present", "in_favour")
        if vote is None:
            return
        majority = ctx.law_on(_law_day(charter, ctx)).vote_bodies[vote.body].majority
        if majority.met(vote.in_favour, vote.present):
            return
        present = _count(vote.present, vote.basis)
        share = _share(majority.fraction)
        shortfall = (
            _("未超过到会 {present}的{share}")
            if majority.comparison == "more_than"
            else _("不足到会 {present}的{share}")
        ).format(present=present, share=share)
        yield self.problem(
            _(
                "{body}赞成 {in_favour}，{shortfall}（至少需要 {minimum}赞成），{charter}没有通过。"
                "{grounds}请核对赞成和到会人数；确实未过半数的，应当修改后重新表决，此前写 status: draft。"
            ).format(
                body=_(BODY_NAME[vote.body]),
                in_favour=_count(vote.in_favour, vote.basis),
                shortfall=shortfall,
                minimum=_count(majority.minimum_part(vote.present), vote.basis),
                charter=_(CHARTER_NAME[charter.type]),
                grounds=_grounds(majority),
            ),
            at=("vote", "in_favour"),
        )


# --- CV506 ---------------------------------------------------------------------------------------


class ImpossibleFigures(FileRule[Charter]):
    code = "CV506"
    summary = N_("表决数字不可能（实到多于应到、赞成多于实到、到会女性多于实到）")
    kinds = ("charter",)
    why = N_(
        "实到人数不会多于应到人数，赞成人数和到会女性人数不会多于实到人数。这样的数字一定是录入错误"
        "（常见：把应到和实到写反，或把户数和人数混在一起），据此判断法定人数和过半数没有意义，CV504、CV505 因此跳过。"
        "草案中已填写的数字同样检查。"
    )
    basis = RuleBasis(note=N_("数字之间的关系，不是法律条文。判断表决是否有效的依据见 CV504、CV505。"))
    example = N_(
        "vote:\n"
        "  body: villagers_meeting\n"
        "  basis: persons\n"
        "  eligible: 600\n"
        "  present: 1000      # 应到和实到写反了\n"
        "  in_favour: 550"
    )
    fix = N_(
        "按会议记录核对：eligible 是应到（十八周岁以上人员、户或代表总数），present 是实到，in_favour 是赞成，都用同一个计算基础。"
    )

    def check(self, doc: Document[Charter], ctx: Context) -> Iterator[Problem]:
        if doc.model.vote is None:
            return  # no figures to compare
        for field, what in _impossible(doc.model.vote):
            yield self.problem(
                _(
                    "表决数字不可能：{what}（vote.{field}）。请按会议记录核对应到、实到、赞成和到会女性人数，"
                    "它们应当按同一个计算基础（{basis}）填写。"
                ).format(what=what, field=field, basis=_(BASIS_NAME.get(doc.model.vote.basis or "", ANY_BASIS))),
                at=("vote", field),
            )


# --- CV507 ---------------------------------------------------------------------------------------


class AdoptingBody(FileRule[Charter]):
    code = "CV507"
    summary = N_(
        "表决机构无权通过该公约（村规民约只能由村民会议通过；居民公约由居民代表会议通过而没有居民会议授权时警告）"
    )
    kinds = ("charter",)
    why = N_(
        "制定和修改村规民约是村民会议的职权，重庆市实施办法列出了村民会议可以授权村民代表会议讨论决定的事项，"
        "其中不包括村规民约；由村民代表会议、居民会议通过的村规民约都是错误。居民公约由居民会议讨论制定，"
        "由村民会议或村民代表会议表决的是错误。由居民代表会议表决的：2026 年起经居民会议授权即可（表决记录写 "
        "`authorised: true`），没有写明授权的报告警告；2026 年以前法律没有规定居民代表会议，一律报告警告。"
        "允许的表决机构取自表决当天施行的法律参数；没有表决日期时按检查日期。草案写了表决机构的同样检查。"
    )
    basis = RuleBasis(
        "adoption.village_rules",
        "adoption.residents_convention",
        "laws.chongqing_meeting_places",
        note=N_(
            "允许的表决机构按表决日期选用。2026 年起居民会议可以授权居民代表会议制定居民公约：表决记录写明 "
            "`authorised: true` 的不报告，没有写明的报告警告；村规民约仍然只能由村民会议制定，授权也不行。"
        ),
    )
    example = N_("type: village_rules\nvote:\n  body: villagers_representatives   # 村规民约须由村民会议表决")
    fix = N_(
        "村规民约提交村民会议表决（`body: villagers_meeting`），村民会议可以分片区召开（重庆市实施办法第七条第一款）；"
        "居民公约提交居民会议表决（`body: residents_meeting`），2026 年起也可以经居民会议授权由居民代表会议表决，"
        "并在 vote 下写 `authorised: true`。已由无权的机构表决的，应当重新表决。"
    )

    def check(self, doc: Document[Charter], ctx: Context) -> Iterator[Problem]:
        charter = doc.model
        if charter.vote is None or charter.vote.body is None:
            return
        body = charter.vote.body
        adoption = ctx.law_on(_law_day(charter, ctx)).adoption[charter.type]
        severity = adoption.severity_for(body, charter.vote.authorised)
        if severity is None:
            return
        figures = {
            "name": _(CHARTER_NAME[charter.type]),
            "body": _(BODY_NAME[body]),
            "body_key": body,
            "preferred": _either(_named(BODY_NAME[b], b) for b in adoption.preferred_bodies),
        }
        if severity is Severity.ERROR:
            yield self.problem(
                _(
                    "{name}由{body}（{body_key}）表决，{body}无权通过{name}，应由{preferred}表决。"
                    "{grounds}请提交{preferred}重新表决，并改写 vote。"
                ).format(grounds=_grounds(adoption), **figures),
                at=("vote", "body"),
            )
        else:
            allowed = adoption.allowed(body)
            if allowed is not None and allowed.authorised_by is not None:
                # Lawful once authorised (居民代表会议 from 2026): what is missing is the record of it.
                at = ("vote", "authorised") if charter.vote.authorised is False else ("vote", "body")
                message = _(
                    "{name}由{body}（{body_key}）表决，表决记录没有写明{authoriser}的授权（vote.authorised）。"
                    "{citation}{note}"
                ).format(
                    authoriser=_(BODY_NAME[allowed.authorised_by]),
                    citation=adoption.citation,
                    note=_(allowed.note) if allowed.note else "",
                    **figures,
                )
                yield self.problem(message, at=at, severity=severity)
                return
            if allowed is not None and allowed.note:
                message = _("{name}由{body}（{body_key}）表决，法律规定由{preferred}制定。{citation}{note}").format(
                    citation=cite(adoption), note=_(allowed.note), **figures
                )
            else:
                message = _("{name}由{body}（{body_key}）表决，法律规定由{preferred}制定。{citation}").format(
                    citation=cite(adoption), **figures
                )
            yield self.problem(message, at=("vote", "body"), severity=severity)


# --- CV508 ---------------------------------------------------------------------------------------

#: What may stand before the authority's own name: the county or another higher division
#: (彭水苗族土家族自治县长生镇人民政府, 重庆市彭水苗族土家族自治县汉葭街道办事处).
_DIVISION_ENDINGS = ("县", "区", "市", "旗", "省")


def expected_authorities(township) -> list[str]:
    """The names under which a township's authority may be written, the preferred one first."""
    name = township.name.strip()
    if township.type == "street":
        base = name[:-2] if name.endswith("街道") else name
        return list(dict.fromkeys([f"{name}办事处", f"{base}街道办事处"]))
    return [f"{name}人民政府"]


def county_authorities(repository) -> list[str]:
    """The county's 人民政府 (彭水苗族土家族自治县人民政府), where the law lets a charter be filed with it."""
    county = repository.county
    return [f"{county.model.name.strip()}人民政府"] if county is not None else []


def names_authority(filed_with: str, accepted: list[str]) -> bool:
    text = "".join(filed_with.split())
    for name in accepted:
        if text == name:
            return True
        if text.endswith(name) and text[: -len(name)].endswith(_DIVISION_ENDINGS):
            return True
    return False


class FilingAuthority(RepositoryRule):
    code = "CV508"
    summary = N_("备案机关不是所在乡、镇人民政府或街道办事处（2026 年起居民公约也可报县人民政府）")
    reads = {"charter": {"community": None, "type": None, "filed_with": None, "procedure": {"voted": None}}}
    why = N_(
        "村规民约报所在的乡、民族乡、镇人民政府备案，居民公约报街道办事处备案，本县社区在镇、乡的，报所在镇、乡人民政府备案；"
        "2026 年起（按表决日期）居民公约报县人民政府备案也认可。备案机关写成县民政局、别的乡镇，或只写“镇政府”，都无法说明已依法备案。"
        "所在乡镇（街道）按村或社区代码的前 9 位从 county.yaml 中查找；查不到时由 CV202 报告，这里跳过。"
        "前面加上县名的写法（彭水苗族土家族自治县长生镇人民政府）也认可。"
    )
    basis = RuleBasis(
        "filing.village_rules",
        "filing.residents_convention",
        note=N_(
            "认可哪些备案机关：村规民约报所在乡、镇人民政府（街道下的村报街道办事处）。居民公约的法律条文写的是"
            "不设区的市、市辖区的人民政府或者街道办事处（2026 年以前为“或者它的派出机关”）。2026 年起，"
            "县、自治县和乡、镇设立的居民委员会明确适用居民委员会组织法，在县里，县人民政府处在市辖区人民政府的位置，"
            "镇、乡人民政府处在街道办事处的位置，所以居民公约报县人民政府或所在街道办事处、镇或乡人民政府备案都认可；"
            "2026 年以前的文本只说该法适用于乡镇所在地的居民委员会，没有说县的哪一级政府对应市辖区，"
            "只认可所在街道办事处或镇、乡人民政府。县民政局等政府部门不是备案机关。"
        ),
    )
    example = N_('community: "500243112201"   # 长生镇的村\nfiled_with: 县民政局')
    fix = N_(
        "写所在乡镇的全称：镇、乡写 `<名称>人民政府`（如 长生镇人民政府），街道写 `<名称>办事处`（如 汉葭街道办事处）。"
        "确实报错了备案机关的，应当向所在乡镇（街道）补办备案。"
    )

    def check(self, repository: Repository, ctx: Context) -> Iterator[tuple[Document, Problem]]:
        for doc in repository.of_kind("charter"):
            charter = doc.model
            if not charter.filed_with:
                continue  # CV503 for adopted charters
            township = repository.township_of(charter.community)
            if township is None:
                continue  # CV202
            filing = ctx.law_on(_law_day(charter, ctx)).filing[charter.type]
            accepted = expected_authorities(township)
            county = county_authorities(repository) if "county" in filing.authorities else []
            if names_authority(charter.filed_with, accepted + county):
                continue
            if charter.type == "village_rules":
                message = _(
                    "备案机关写的是“{filed_with}”，不是本村所在{township}的“{authority}”。{citation}"
                    "请改为 `filed_with: {authority}`；确实报错了机关的，应当向{township}补办备案。"
                )
            elif county:
                message = _(
                    "备案机关写的是“{filed_with}”，不是本社区所在{township}的“{authority}”，也不是“{county}”。"
                    "{citation}请改为 `filed_with: {authority}`；确实报错了机关的，应当向{township}补办备案。"
                )
            else:
                message = _(
                    "备案机关写的是“{filed_with}”，不是本社区所在{township}的“{authority}”。{citation}"
                    "请改为 `filed_with: {authority}`；确实报错了机关的，应当向{township}补办备案。"
                )
            yield (
                doc,
                self.problem(
                    message.format(
                        filed_with=charter.filed_with,
                        township=township.name,
                        authority=accepted[0],
                        county=county[0] if county else "",
                        citation=cite(filing),
                    ),
                    at=("filed_with",),
                ),
            )


# --- CV509 ---------------------------------------------------------------------------------------

#: CV509's message, by charter type (who is bound by it: 村民 or 居民).
_NO_WOMEN = {
    "village_rules": N_(
        "{body}表决时记录的到会女性人数为 0（vote.women_present）：村规民约由全体村民共同遵守，应当有妇女参与制定。"
        "{citation}请按签到表核对到会女性人数；确实没有女性到会的，今后召开会议时应当保证妇女参加。"
    ),
    "residents_convention": N_(
        "{body}表决时记录的到会女性人数为 0（vote.women_present）：居民公约由全体居民共同遵守，应当有妇女参与制定。"
        "{citation}请按签到表核对到会女性人数；确实没有女性到会的，今后召开会议时应当保证妇女参加。"
    ),
}


class NoWomenAtVote(FileRule[Charter]):
    code = "CV509"
    severity = Severity.WARNING
    summary = N_("表决时没有记录到会女性")
    kinds = ("charter",)
    why = N_(
        "村（居）民会议由十八周岁以上的村（居）民组成，男女都有；村民代表会议中妇女代表应占三分之一以上。"
        "`women_present: 0` 表示表决时没有一位女性到会，这样通过的公约很难说代表了全体村（居）民，也常常是录入错误。"
        "不写 `women_present` 表示没有记录，不报告。只检查已通过的公约。"
    )
    basis = RuleBasis(
        "laws.women_participation", "provisions.composition.villagers_representatives", "laws.women_charters"
    )
    example = N_(
        "vote:\n"
        "  body: villagers_meeting\n"
        "  basis: households\n"
        "  eligible: 300\n"
        "  present: 220\n"
        "  in_favour: 200\n"
        "  women_present: 0"
    )
    fix = N_(
        "按签到表核对到会女性人数并填写实际人数。确实没有女性到会的，今后召开会议时应当动员妇女参加，"
        "必要时可用 `# civcat: ignore[CV509]` 注明原因。"
    )

    def check(self, doc: Document[Charter], ctx: Context) -> Iterator[Problem]:
        charter = doc.model
        if not _adopted(charter) or charter.vote is None or charter.vote.women_present != 0:
            return
        body = _(BODY_NAME.get(charter.vote.body or "", ANY_BODY))
        message = _NO_WOMEN.get(charter.type, _NO_WOMEN["residents_convention"])
        yield self.problem(
            _(message).format(body=body, citation=law_text("women_participation")), at=("vote", "women_present")
        )


# --- CV510 ---------------------------------------------------------------------------------------


class CharterAge(FileRule[Charter]):
    code = "CV510"
    severity = Severity.WARNING
    summary = N_("公约表决通过已超过修订周期（年数可配置）")
    enabled_by_default = False
    options = {"years": 5}
    kinds = ("charter",)
    why = N_(
        "村规民约、居民公约应当随着法律、政策和村（居）情况的变化及时修订。本规则默认关闭：打开后，表决日期早于检查日期"
        "`years` 年以上（默认 5 年，与村（居）民委员会一届任期相同）的已通过公约报告一次，提醒复核、修订。"
        "恰好满 `years` 年的当天不报告。这是工作提醒，不是违法，所以选中时报告为警告。"
    )
    basis = RuleBasis(
        "provisions.charter_making.village_rules",
        "provisions.charter_making.residents_convention",
        note=N_("法律没有规定固定的修订周期，年数是本县的工作要求（`[tool.civcat.rules.CV510] years = 5`）。"),
    )
    example = N_(
        '# civcat.toml: extend-select = ["CV510"]，检查日期 2026-11-28\n'
        "procedure:\n"
        "  voted: 2021-08-15    # 已超过 5 年"
    )
    fix = N_(
        "组织复核：需要修订的，按征集民意、拟定草案、提请审核、审议表决、备案、公布的程序修订，更新 revision 和各步骤日期；"
        "复核后不需修订的，可以在该行用 `# civcat: ignore[CV510]` 注明复核日期。"
    )

    def check(self, doc: Document[Charter], ctx: Context) -> Iterator[Problem]:
        charter = doc.model
        if not _adopted(charter) or charter.procedure is None or charter.procedure.voted is None:
            return
        years = ctx.options(self)["years"]
        if not isinstance(years, int) or years < 1:
            return
        voted = charter.procedure.voted
        due = years_after(voted, years)
        if due >= ctx.as_of:
            return
        yield self.problem(
            ngettext(
                "{charter}于 {voted} 表决通过，到检查日期 {as_of} 已超过 {years} 年（{due} 起应当复核修订）。"
                "请组织复核，需要修订的按制定程序修订并更新 revision 和各步骤日期。",
                "{charter}于 {voted} 表决通过，到检查日期 {as_of} 已超过 {years} 年（{due} 起应当复核修订）。"
                "请组织复核，需要修订的按制定程序修订并更新 revision 和各步骤日期。",
                years,
            ).format(charter=_(CHARTER_NAME[charter.type]), voted=voted, as_of=ctx.as_of, years=years, due=due),
            at=("procedure", "voted"),
        )
