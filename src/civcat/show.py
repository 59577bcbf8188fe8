"""`civcat show CODE|NAME`: one village or community as the civil affairs bureau sees it.

`community_view()` builds the record (plain data, English keys, ISO dates) that `civcat show
--format json` prints and that `civcat export` repeats for every community; `render_text()` prints
it for a clerk, in the interface language. The record's shape is documented in README.md
("Onboarding, show and export").

The words of every enumerated value are the models' label tables (civcat.models: one vocabulary);
they are Chinese and marked with N_: the export's workbook uses them as they are, `render_text()`
translates them.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path
from typing import Any

from .findings import Finding, Severity
from .i18n import N_, _, ngettext
from .identifiers import URBAN_RURAL_CODES
from .models.catalogues import (
    COMMITTEE_LABELS,
    COMMUNITY_TYPE_LABELS,
    CONSULTATION_CATEGORY_LABELS,
    CONSULTATION_CATEGORY_ORDER,
    ROUTE_LABELS,
    TIER_LABELS,
    TIER_ORDER,
    TOWNSHIP_TYPE_LABELS,
    TRIAGE_LEVEL_LABELS,
)
from .models.charters import (
    AUTHORISED_LABELS,
    PROCEDURE_STEP_LABELS,
    PROCEDURE_STEPS,
    STATUS_LABELS,
    VOTE_BODY_LABELS,
)
from .repository import Repository

TIER_CAPTIONS = {
    "major": N_("政府管理事项及公共服务，由政府部门负责解决"),
    "minor": N_("村（居）公共事项及公益服务，由“两委”牵头协商解决"),
    "private": N_("个人事务和市场服务，由群众自行解决或寻求市场服务"),
}
TASK_LIST_LABELS = {
    "assist_government": N_("协助政府工作事项"),
    "negative": N_("负面清单（不得交办）"),
    "unlisted": N_("清单外（须经准入审批）"),
}
SEVERITY_LABELS = {"error": N_("错误"), "warning": N_("警告")}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _share(part: int | None, whole: int | None) -> float | None:
    """part / whole rounded to 4 decimals (0.6 for 600 of 1000), or None when not computable."""
    if part is None or not whole:
        return None
    return round(float(Fraction(part, whole)), 4)


# ---------------------------------------------------------------------------------------------
# The record


def _triage(repository: Repository, community, type_: str) -> dict[str, Any]:
    level = repository.triage_level_of(community.code)
    reference = repository.triage_references.get(level) if level else None
    excluded = {e.id: e.reason for e in community.triage.excluded}
    reference_items = list(reference.model.items) if reference is not None else []
    titles = {i.id: i.title for i in reference_items}
    lead_default = "村“两委”" if type_ == "village" else "社区“两委”"
    items = []
    reference_rows = triage_reference_rows(reference.model, lead_default) if reference is not None else {}
    sources = [(i, "reference") for i in reference_items if i.id not in excluded]
    sources += [(i, "local") for i in community.triage.local]
    for tier in TIER_ORDER:
        for item, source in sources:
            if item.tier != tier:
                continue
            if source == "reference":  # the same for every community of this level and type
                items.append(dict(reference_rows[item.id]))
            else:
                items.append(_item_row(item, source, lead_default))
    return {
        "level": level,
        "reference": reference.model.title if reference is not None else None,
        "items": items,
        "excluded": [{"id": i, "title": titles.get(i), "reason": r} for i, r in excluded.items()],
    }


def _item_row(item, source: str, lead_default: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "tier": item.tier,
        "title": item.title,
        "source": source,
        "handler": getattr(item, "handler", None),
        "basis": list(getattr(item, "basis", []) or []),
        "lead": (item.lead or lead_default) if item.tier == "minor" else None,
        "participants": list(getattr(item, "participants", []) or []),
        "forms": list(getattr(item, "forms", []) or []),
        "route": getattr(item, "route", None),
        "description": item.description,
        "contact": item.contact,
    }


_REFERENCE_ROWS: dict[tuple[int, str], tuple[Any, dict[str, dict[str, Any]]]] = {}


def triage_reference_rows(reference, lead_default: str) -> dict[str, dict[str, Any]]:
    """A triage reference's rows by item id, made once per reference and lead (export builds 296
    records from the same two references; reading a field a model lacks costs an exception each)."""
    known = _REFERENCE_ROWS.get((id(reference), lead_default))
    if known is None or known[0] is not reference:
        rows = {item.id: _item_row(item, "reference", lead_default) for item in reference.items}
        known = _REFERENCE_ROWS[(id(reference), lead_default)] = (reference, rows)
    return known[1]


def _consultation(repository: Repository, community) -> dict[str, Any]:
    section = community.consultation
    reference = repository.consultation_reference
    excluded = {e.id: e.reason for e in section.excluded} if section is not None else {}
    by_category: dict[str, list[dict[str, Any]]] = {c: [] for c in CONSULTATION_CATEGORY_ORDER}
    titles: dict[str, str] = {}
    category_titles = dict(CONSULTATION_CATEGORY_LABELS)
    if reference is not None:
        for category in reference.model.categories:
            category_titles[category.id] = category.title
            for item in category.items:
                titles[item.id] = item.title
                if item.id not in excluded:
                    by_category[category.id].append(consultation_row(item, category.id, category.title, "reference"))
    for item in section.local if section is not None else []:
        category = item.category or "other"
        by_category[category].append(consultation_row(item, category, category_titles[category], "local"))
    return {
        "reference": reference.model.title if reference is not None else None,
        "platforms": list(section.platforms) if section is not None else [],
        "items": [item for c in CONSULTATION_CATEGORY_ORDER for item in by_category[c]],
        "excluded": [{"id": i, "title": titles.get(i), "reason": r} for i, r in excluded.items()],
    }


def consultation_row(item: Any, category: str, category_title: str, source: str) -> dict[str, Any]:
    """One consultation item as show, export and the workbook list it."""
    return {
        "id": item.id,
        "category": category,
        "category_title": category_title,
        "title": item.title,
        "forms": list(item.forms),
        "source": source,
    }


def _tasks(repository: Repository, community) -> list[dict[str, Any]]:
    from .rules.catalogues import titles_match

    autonomy = repository.autonomy_reference
    assist = list(autonomy.model.assist_government) if autonomy is not None else []
    negative = list(autonomy.model.negative) if autonomy is not None else []
    assist_ids, negative_ids = {i.id for i in assist}, {i.id for i in negative}
    tasks = []
    for task in community.assigned_tasks:
        if task.ref in negative_ids or any(titles_match(task.title, i.title) for i in negative):
            listed = "negative"
        elif task.ref in assist_ids or any(titles_match(task.title, i.title) for i in assist):
            listed = "assist_government"
        else:
            listed = "unlisted"
        tasks.append({"title": task.title, "ref": task.ref, "department": task.department, "list": listed})
    return tasks


def _committee(community: Any, type_: Any, as_of: dt.date) -> dict[str, Any] | None:
    from .legal import parameters_on

    committee = community.committee
    if committee is None:
        return None
    term = parameters_on(committee.elected).term[type_]
    ends = term.ends_on(committee.elected)
    return {
        "elected": _iso(committee.elected),
        "members": committee.members,
        "women": committee.women,
        "term_years": term.years,
        "term_ends": _iso(ends),
        "term_ended": ends < as_of,
        "term_basis": term.reference,
    }


def _charter(doc) -> dict[str, Any] | None:
    if doc is None:
        return None
    charter = doc.model
    procedure = charter.procedure
    vote = charter.vote
    return {
        "path": doc.path,
        "title": charter.title,
        "type": charter.type,
        "status": charter.status,
        "revision": charter.revision,
        "model": charter.model,
        "procedure": {
            step: _iso(getattr(procedure, step)) if procedure is not None else None for step in PROCEDURE_STEPS
        },
        "vote": {
            key: getattr(vote, key) if vote is not None else None
            for key in ("body", "basis", "eligible", "present", "in_favour", "women_present", "authorised")
        },
        "quorum_share": _share(vote.present, vote.eligible) if vote is not None else None,
        "approval_share": _share(vote.in_favour, vote.present) if vote is not None else None,
        "filed_with": charter.filed_with,
        "chapters": len(charter.chapters),
        "articles": sum(len(c.articles) for c in charter.chapters),
        "points": len(charter.points.items) if charter.points is not None else 0,
    }


def community_view(repository: Repository, code: str, findings: list[Finding], *, as_of: dt.date) -> dict[str, Any]:
    """Everything about one community, as plain data with English keys (the JSON of show and export)."""
    doc = repository.communities[code]
    community = doc.model
    township = repository.township_of(code)
    charter_doc = repository.charters.get(code)
    urban_rural = community.urban_rural
    paths = {doc.path} | ({charter_doc.path} if charter_doc is not None else set())
    return {
        "code": code,
        "name": community.name,
        "type": community.type,
        "township": {
            "code": code[:9],
            "name": township.name if township else None,
            "type": township.type if township else None,
        },
        "urban_rural": (
            {"code": urban_rural, "meaning": URBAN_RURAL_CODES.get(urban_rural)} if urban_rural is not None else None
        ),
        "uscc": community.uscc,
        "committee": _committee(community, community.type, as_of),
        "triage": _triage(repository, community, community.type),
        "consultation": _consultation(repository, community),
        "assigned_tasks": _tasks(repository, community),
        "charter": _charter(charter_doc),
        "files": {"community": doc.path, "charter": charter_doc.path if charter_doc is not None else None},
        "findings": [f.as_json() for f in findings if f.path in paths],
    }


def show(root: Path, selector: str, *, as_of: dt.date | None = None) -> dict[str, Any]:
    """The record of the community a code or name selects, with the current findings of its two files."""
    from .naming import resolve_community
    from .validate import validate

    as_of = as_of or dt.date.today()
    repository = Repository.load(root)
    code = resolve_community(repository, selector)
    paths = [repository.communities[code].path]
    if code in repository.charters:
        paths.append(repository.charters[code].path)
    result = validate(paths, cwd=root, as_of=as_of)
    view = community_view(repository, code, result.findings, as_of=as_of)
    return {"version": 1, "as_of": as_of.isoformat(), **view}


# ---------------------------------------------------------------------------------------------
# Text for a clerk


def _label(table: dict[str, str], key: str | None, default: str = "") -> str:
    """A label of one of the tables above in the interface language, or `default` when there is none."""
    value = table.get(key or "")
    return _(value) if value else default


def _people(value: int | None, unit: str = "人") -> str:
    """A count of persons ("12 人") or, with unit="户", of households; "未填" when the figure is missing."""
    if value is None:
        return _("未填")
    if unit == "户":
        return ngettext("{count} 户", "{count} 户", value).format(count=value)
    return ngettext("{count} 人", "{count} 人", value).format(count=value)


def _percent(share: float | None) -> str:
    return f"{share * 100:.1f}%" if share is not None else "—"


class _Facts:
    """Label–value lines, labels padded to one display width (CJK counts 2)."""

    def __init__(self, console, width: int = 18):
        self.console = console
        self.width = width

    def add_row(self, label: str, value: str) -> None:
        from rich.cells import cell_len
        from rich.text import Text

        line = Text("  ")
        line.append(label + " " * max(1, self.width - cell_len(label)), style="dim")
        line.append(value)
        self.console.print(line)


_FACT_LABELS = {
    "type": N_("类型"),
    "township": N_("所属乡镇（街道）"),
    "urban_rural": N_("城乡分类"),
    "uscc": N_("统一社会信用代码"),
    "committee": N_("委员会"),
    "term": N_("任期"),
    "term_basis": N_("任期依据"),
    "status": N_("状态"),
    "procedure": N_("程序"),
    "vote": N_("表决"),
    "filed_with": N_("备案机关"),
}


class _Page:
    """What every section of the printed record shares: the console, the fact labels, their width."""

    def __init__(self, console: Any) -> None:
        from rich.cells import cell_len

        self.console = console
        self.labels = {key: _(text) for key, text in _FACT_LABELS.items()}
        self.width = max(cell_len(label) for label in self.labels.values()) + 2
        self.unfilled = _("未填")

    def facts(self) -> _Facts:
        return _Facts(self.console, self.width)

    def heading(self, text: str) -> None:
        from rich.text import Text

        self.console.print()
        self.console.print(Text(text, style="bold"))


def print_text(view: dict[str, Any], console: Any) -> None:
    """Print a community record with rich: identity, committee, catalogue, consultation, tasks, charter, findings."""
    from rich.text import Text

    page = _Page(console)
    console.print(Text(_("{name}（{code}）").format(name=view["name"], code=view["code"]), style="bold"))
    _print_identity(view, page)
    _print_triage(view["triage"], page)
    _print_consultation(view["consultation"], page)
    _print_tasks(view["assigned_tasks"], page)
    _print_charter(view, page)
    _print_findings(view, page)


def _print_identity(view: dict[str, Any], page: _Page) -> None:
    labels, unfilled, type_, township = page.labels, page.unfilled, view["type"], view["township"]
    identity = page.facts()
    identity.add_row(
        labels["type"],
        _("{type}（{committee}）").format(type=_(COMMUNITY_TYPE_LABELS[type_]), committee=_(COMMITTEE_LABELS[type_])),
    )
    township_text = (
        _("{name}（{code}，{type}）").format(
            name=township["name"], code=township["code"], type=_label(TOWNSHIP_TYPE_LABELS, township["type"])
        )
        if township["name"]
        else _("{code}（county.yaml 中没有这个乡镇）").format(code=township["code"])
    )
    identity.add_row(labels["township"], township_text)
    ur = view["urban_rural"]
    if ur:
        meaning = _(ur["meaning"]) if ur["meaning"] else _("（不是规定的代码）")
        identity.add_row(labels["urban_rural"], f"{ur['code']} {meaning}")
    else:
        identity.add_row(labels["urban_rural"], unfilled)
    identity.add_row(labels["uscc"], view["uscc"] or unfilled)
    _print_committee(view["committee"], identity, labels)


def _print_committee(committee: dict[str, Any] | None, identity: _Facts, labels: dict[str, str]) -> None:
    if committee is None:
        identity.add_row(labels["committee"], _("未填（committee）"))
        return
    if committee["women"] is None:
        text = _("{elected} 换届选举，成员 {members} 人，其中女性人数未填")
    else:
        text = _("{elected} 换届选举，成员 {members} 人，其中女性 {women} 人")
    identity.add_row(
        labels["committee"],
        text.format(elected=committee["elected"], members=committee["members"], women=committee["women"]),
    )
    years = committee["term_years"]
    if committee["term_ended"]:
        term = ngettext(
            "每届 {years} 年，至 {ends} 届满，已届满，应当换届",
            "每届 {years} 年，至 {ends} 届满，已届满，应当换届",
            years,
        )
    else:
        term = ngettext("每届 {years} 年，至 {ends} 届满", "每届 {years} 年，至 {ends} 届满", years)
    identity.add_row(labels["term"], term.format(years=years, ends=committee["term_ends"]))
    identity.add_row(labels["term_basis"], committee["term_basis"])


def _print_triage(triage: dict[str, Any], page: _Page) -> None:
    local = sum(1 for i in triage["items"] if i["source"] == "local")
    page.heading(
        _("三事分流事项清单（{level}，参考清单排除 {excluded} 项，本地新增 {local} 项）").format(
            level=_label(TRIAGE_LEVEL_LABELS, triage["level"], _("层面不明")),
            excluded=len(triage["excluded"]),
            local=local,
        )
    )
    for tier in TIER_ORDER:
        items = [i for i in triage["items"] if i["tier"] == tier]
        page.console.print(
            _("{tier} {count} 项：{caption}").format(
                tier=_(TIER_LABELS[tier]), count=len(items), caption=_(TIER_CAPTIONS[tier])
            )
        )
        if items:
            page.console.print(_tier_table(tier, items))
    if triage["excluded"]:
        page.console.print(_("不适用的参考事项："))
        for e in triage["excluded"]:
            page.console.print(
                "  "
                + _("{id} {title}：{reason}").format(
                    id=e["id"], title=e["title"] or _("（参考清单中没有）"), reason=e["reason"]
                )
            )


def _tier_table(tier: str, items: list[dict[str, Any]]) -> Any:
    """One tier's items: 大事 with their handler, 小事 with lead and forms, 私事 with their route."""
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1))
    table.add_column(_("编号"), no_wrap=True)
    table.add_column(_("事项"), overflow="fold")
    extra_columns = {"major": (N_("办理部门"),), "minor": (N_("牵头"), N_("协商形式"))}.get(tier, (N_("解决途径"),))
    for column in extra_columns:
        table.add_column(_(column), overflow="fold")
    local_mark = _("（本地）")
    for item in items:
        if tier == "major":
            extra = [item["handler"] or ""]
        elif tier == "minor":
            lead = item["lead"] + ("，" + "、".join(item["participants"]) if item["participants"] else "")
            extra = [lead, "、".join(item["forms"])]
        else:
            extra = [_label(ROUTE_LABELS, item["route"])]
        table.add_row(item["id"], item["title"] + (local_mark if item["source"] == "local" else ""), *extra)
    return table


def _print_consultation(consultation: dict[str, Any], page: _Page) -> None:
    from rich import box
    from rich.table import Table

    page.heading(_("协商事项（{count} 项）").format(count=len(consultation["items"])))
    page.console.print(
        _("协商平台：{platforms}").format(platforms="、".join(consultation["platforms"]) or page.unfilled)
    )
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1))
    for column in (N_("类别"), N_("编号"), N_("事项"), N_("协商形式")):
        table.add_column(_(column), no_wrap=column == "编号", overflow="fold")
    local_mark = _("（本地）")
    for item in consultation["items"]:
        mark = local_mark if item["source"] == "local" else ""
        table.add_row(item["category_title"], item["id"], item["title"] + mark, "、".join(item["forms"]))
    page.console.print(table)
    if consultation["excluded"]:
        page.console.print(_("不适用的协商事项："))
        for e in consultation["excluded"]:
            page.console.print(
                "  "
                + _("{id} {title}：{reason}").format(
                    id=e["id"], title=e["title"] or _("（清单中没有）"), reason=e["reason"]
                )
            )


def _print_tasks(tasks: list[dict[str, Any]], page: _Page) -> None:
    from rich import box
    from rich.table import Table

    page.heading(_("交办工作（{count} 项）").format(count=len(tasks)))
    if not tasks:
        page.console.print(_("无"))
        return
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1))
    for column in (_("工作"), _("清单编号"), _("交办部门"), _("清单")):
        table.add_column(column, overflow="fold")
    for task in tasks:
        table.add_row(task["title"], task["ref"] or "", task["department"] or "", _(TASK_LIST_LABELS[task["list"]]))
    page.console.print(table)


def _print_charter(view: dict[str, Any], page: _Page) -> None:
    charter = view["charter"]
    if charter is None:
        if view["type"] == "village":
            page.heading(_("村规民约"))
            page.console.print(
                _("没有村规民约（civcat new charter {code} 可从示范文本生成草案）").format(code=view["code"])
            )
        else:
            page.heading(_("居民公约"))
            page.console.print(
                _("没有居民公约（civcat new charter {code} 可从示范文本生成草案）").format(code=view["code"])
            )
        return
    labels, unfilled = page.labels, page.unfilled
    page.heading(charter["title"])
    facts = page.facts()
    status = _(STATUS_LABELS[charter["status"]])
    if charter["revision"]:
        status = _("{status}，第 {revision} 版").format(status=status, revision=charter["revision"])
    if charter["points"]:
        state = _("{status}；{chapters} 章 {articles} 条，积分制 {points} 项")
    else:
        state = _("{status}；{chapters} 章 {articles} 条")
    facts.add_row(
        labels["status"],
        state.format(
            status=status, chapters=charter["chapters"], articles=charter["articles"], points=charter["points"]
        ),
    )
    steps = [
        f"{_(PROCEDURE_STEP_LABELS[s])} {charter['procedure'][s]}" for s in PROCEDURE_STEPS if charter["procedure"][s]
    ]
    facts.add_row(labels["procedure"], _("；").join(steps) or unfilled)
    vote = charter["vote"]
    if vote["body"] or vote["present"] is not None:
        facts.add_row(labels["vote"], _vote_text(charter, vote))
    facts.add_row(labels["filed_with"], charter["filed_with"] or unfilled)


def _vote_text(charter: dict[str, Any], vote: dict[str, Any]) -> str:
    unit = "户" if vote["basis"] == "households" else "人"
    if vote["women_present"] is not None:
        text = _(
            "{body}：应到 {eligible}，实到 {present}（{quorum}），赞成 {in_favour}（{approval}），到会女性 {women} 人"
        )
    else:
        text = _("{body}：应到 {eligible}，实到 {present}（{quorum}），赞成 {in_favour}（{approval}）")
    text = text.format(
        body=_label(VOTE_BODY_LABELS, vote["body"], _("表决机构未填")),
        eligible=_people(vote["eligible"], unit),
        present=_people(vote["present"], unit),
        quorum=_percent(charter["quorum_share"]),
        in_favour=_people(vote["in_favour"]),
        approval=_percent(charter["approval_share"]),
        women=vote["women_present"],
    )
    if vote["authorised"] is None:
        return text
    return text + _("；") + _(AUTHORISED_LABELS[vote["authorised"]])


def _print_findings(view: dict[str, Any], page: _Page) -> None:
    from rich.text import Text

    findings = view["findings"]
    errors = sum(1 for f in findings if f["severity"] == Severity.ERROR)
    page.heading(
        _("问题（{as_of} 检查：错误 {errors}，警告 {warnings}）").format(
            as_of=view.get("as_of", ""), errors=errors, warnings=len(findings) - errors
        )
    )
    if not findings:
        page.console.print(_("没有发现问题。"))
    for f in findings:
        style = "red" if f["severity"] == Severity.ERROR else "yellow"
        line = Text(f"{f['path']}:{f['line']}:{f['column']} ")
        line.append(f"{_(SEVERITY_LABELS[f['severity']])} {f['code']}", style=style)
        line.append(f"  {f['message']}")
        page.console.print(line)
