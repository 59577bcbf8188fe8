"""CV401–CV403: the village or residents' committee recorded in a community file.

Every legal figure (size bounds, term) and the women-member clause come from `civcat.legal`: a
committee is judged by the law in force on the day it was elected (`committee.elected`), and the
message cites the articles of that law (a committee elected 2025-12-31 by the 2018 texts, one
elected 2026-01-01 by the 2025 ones).

近亲属回避 (2025 texts, Art. 8(2) of both laws) is cited on CV401's page but not judged: a community
file records how many members a committee has and how many are women, not who is related to whom,
and a catalogue published to every township is no place for members' family relations.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..findings import Problem, Severity
from ..i18n import N_, _, current_language, ngettext
from ..legal import RuleBasis
from ..models import Community
from ..models.catalogues import COMMITTEE_LABELS
from ..textutil import series
from .base import Context, FileRule

if TYPE_CHECKING:
    from ..repository import Document

COMMITTEE_NAME = COMMITTEE_LABELS


def women_member_clauses(law, kind: str) -> str:
    """The women-member articles of `law` for `kind`, one after another (no space between them in
    Chinese, one in English)."""
    provision = law.provisions[f"women_member.{kind}"]
    return ("" if current_language() == "zh" else " ").join(str(c) for c in provision.citations) + provision.mark


def cite(figure) -> str:
    """A figure's first quoted article in full, the others by reference, and the set's carried-forward mark.

    The quoted texts end with “。”; a message reads better with one full quote than with three.
    """
    first, *rest = figure.citations
    text = str(first)
    if rest:
        text = _("{citation}（另见{references}）").format(citation=text, references=series(c.reference for c in rest))
    if figure.carried_forward:
        text = _("{citation}{mark}。").format(citation=text, mark=_(figure.carried_forward_mark))
    return text


def _committee(doc):
    return doc.model.committee


class CommitteeSize(FileRule[Community]):
    code = "CV401"
    summary = N_("委员会人数不符合法律规定（村委会 3–7 人，居委会 5–9 人）")
    kinds = ("community",)
    why = N_(
        "村民委员会、居民委员会由主任、副主任和委员组成，人数由法律规定。人数超出范围的委员会组成不合法，"
        "也常常是录入错误（把村民小组长、下属委员会成员或“两委”班子总人数算进来了）。"
        "人数按换届选举日（committee.elected）当天施行的法律判断。"
    )
    basis = RuleBasis(
        "committee_size.village",
        "committee_size.community",
        "provisions.kin_avoidance.village",
        "provisions.kin_avoidance.community",
        note=N_(
            "人数上下限取自 civcat 的法律参数，按换届选举日期选用当时施行的规定。近亲属回避不检查："
            "村或社区文件只记录成员人数和女性人数，不记录成员之间的亲属关系。"
        ),
    )
    example = N_("type: village\ncommittee:\n  elected: 2021-04-18\n  members: 9        # 村委会最多 7 人")
    fix = N_(
        "填写村（居）民委员会主任、副主任和委员的实际人数，不含村（社区）党组织成员、村务监督委员会成员、"
        "村民小组长和下属委员会成员。人数确实超出法定范围的，应当在下次换届时依法调整职数。"
    )

    def check(self, doc: Document[Community], ctx: Context) -> Iterator[Problem]:
        committee = _committee(doc)
        if committee is None:
            return
        kind = doc.model.type
        size = ctx.law_on(committee.elected).committee_size[kind]
        if size.allows(committee.members):
            return
        if committee.members < size.minimum:
            message = ngettext(
                "{committee}成员 {members} 人，少于法定的 {minimum}–{maximum} 人（按 {elected} 选举时施行的规定）。"
                "{citation}请核对人数（只算主任、副主任和委员）；确实不合规定的，应在换届时依法调整。",
                "{committee}成员 {members} 人，少于法定的 {minimum}–{maximum} 人（按 {elected} 选举时施行的规定）。"
                "{citation}请核对人数（只算主任、副主任和委员）；确实不合规定的，应在换届时依法调整。",
                committee.members,
            )
        else:
            message = ngettext(
                "{committee}成员 {members} 人，多于法定的 {minimum}–{maximum} 人（按 {elected} 选举时施行的规定）。"
                "{citation}请核对人数（只算主任、副主任和委员）；确实不合规定的，应在换届时依法调整。",
                "{committee}成员 {members} 人，多于法定的 {minimum}–{maximum} 人（按 {elected} 选举时施行的规定）。"
                "{citation}请核对人数（只算主任、副主任和委员）；确实不合规定的，应在换届时依法调整。",
                committee.members,
            )
        yield self.problem(
            message.format(
                committee=_(COMMITTEE_NAME[kind]),
                members=committee.members,
                minimum=size.minimum,
                maximum=size.maximum,
                elected=committee.elected,
                citation=cite(size),
            ),
            at=("committee", "members"),
        )


class NoWomanMember(FileRule[Community]):
    code = "CV402"
    severity = Severity.WARNING
    summary = N_("委员会中没有女性成员")
    kinds = ("community",)
    why = N_(
        "法律要求村民委员会成员中应当有妇女成员（2026 年起居民委员会也是如此），村（居）民委员会成员中应当保证有适当数量的妇女成员。"
        "`women: 0` 表示委员会中没有女性，应当在换届时纠正。不写 `women` 表示人数未知，不报告。"
    )
    basis = RuleBasis(
        "provisions.women_member.village",
        "provisions.women_member.community",
        note=N_("按换届选举日期选用当时施行的规定：2026 年起居民委员会也必须有妇女成员。"),
    )
    example = "committee:\n  elected: 2021-04-18\n  members: 5\n  women: 0"
    fix = N_(
        "如果委员会中确有女性成员，填写实际人数；确实没有的，应在下次换届选举时通过妇女专职专选等方式保证有妇女成员，"
        "此前可用 `# civcat: ignore[CV402]` 注明原因。"
    )

    def check(self, doc: Document[Community], ctx: Context) -> Iterator[Problem]:
        committee = _committee(doc)
        if committee is None or committee.women != 0:  # None: not recorded, nothing to judge
            return
        kind = doc.model.type
        law = ctx.law_on(committee.elected)
        message = ngettext(
            "{committee}的 {members} 名成员中没有女性（women: 0）。{clauses}请核对人数；确实没有的，应在换届选举时保证有妇女成员。",
            "{committee}的 {members} 名成员中没有女性（women: 0）。{clauses}请核对人数；确实没有的，应在换届选举时保证有妇女成员。",
            committee.members,
        )
        yield self.problem(
            message.format(
                committee=_(COMMITTEE_NAME[kind]), members=committee.members, clauses=women_member_clauses(law, kind)
            ),
            at=("committee", "women"),
        )


class TermEnded(FileRule[Community]):
    code = "CV403"
    severity = Severity.WARNING
    summary = N_("委员会任期（5 年）已届满，应当换届")
    kinds = ("community",)
    why = N_(
        "村（居）民委员会每届任期五年，届满应当及时换届选举。选举日期加一届任期不晚于检查日期（`--as-of`，默认今天）的，"
        "说明换届已经逾期，或者文件中的选举日期没有更新。任期年数按选举当天施行的法律判断。"
    )
    basis = RuleBasis(
        "term.village",
        "term.community",
        note=N_(
            "任期年数取自 civcat 的法律参数。2018 年修正以前任期为三年；更早的选举日期也按五年计算，届满日期因此偏晚。"
        ),
    )
    example = N_("committee:\n  elected: 2018-03-20    # 2023-03-20 已届满\n  members: 5")
    fix = N_("已经换届的，把 `elected` 改为最近一次换届选举的日期并核对人数；尚未换届的，应当及时组织换届选举。")

    def check(self, doc: Document[Community], ctx: Context) -> Iterator[Problem]:
        committee = _committee(doc)
        if committee is None:
            return
        kind = doc.model.type
        term = ctx.law_on(committee.elected).term[kind]
        ends = term.ends_on(committee.elected)
        if ends > ctx.as_of:
            return
        message = ngettext(
            "{committee}于 {elected} 选举产生，每届任期 {years} 年，已于 {ends} 届满（检查日期 {as_of}）。{citation}"
            "已经换届的，请把 elected 改为最近一次换届选举的日期；尚未换届的，应当及时组织换届选举。",
            "{committee}于 {elected} 选举产生，每届任期 {years} 年，已于 {ends} 届满（检查日期 {as_of}）。{citation}"
            "已经换届的，请把 elected 改为最近一次换届选举的日期；尚未换届的，应当及时组织换届选举。",
            term.years,
        )
        yield self.problem(
            message.format(
                committee=_(COMMITTEE_NAME[kind]),
                elected=committee.elected,
                years=term.years,
                ends=ends,
                as_of=ctx.as_of,
                citation=cite(term),
            ),
            at=("committee", "elected"),
        )
