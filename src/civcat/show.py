"""`civcat show CODE|NAME`: one village or community as the civil affairs bureau sees it.

`community_view()` builds the record (plain data, English keys, ISO dates) that `civcat show
--format json` prints and that `civcat export` repeats for every community; `render_text()` prints
it for a clerk, in Chinese. The record's shape is documented in README.md ("Onboarding, show and
export").
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path
from typing import Any

from .findings import Finding, Severity
from .identifiers import URBAN_RURAL_CODES
from .repository import Repository

TIER_ORDER = ("major", "minor", "private")
TIER_LABELS = {"major": "大事", "minor": "小事", "private": "私事"}
TIER_CAPTIONS = {"major": "政府管理事项及公共服务，由政府部门负责解决",
                 "minor": "村（居）公共事项及公益服务，由“两委”牵头协商解决",
                 "private": "个人事务和市场服务，由群众自行解决或寻求市场服务"}
ROUTE_LABELS = {"self": "群众自行解决", "market": "寻求市场服务", "both": "自行解决或寻求市场服务"}
TOWNSHIP_TYPE_LABELS = {"street": "街道", "town": "镇", "township": "乡"}
COMMUNITY_TYPE_LABELS = {"village": "村", "community": "社区"}
COMMITTEE_LABELS = {"village": "村民委员会", "community": "居民委员会"}
LEVEL_LABELS = {"street": "街道层面", "township": "乡镇层面"}
CATEGORY_ORDER = ("institution", "public_affairs", "village_affairs", "other")
CATEGORY_LABELS = {"institution": "制度建设类", "public_affairs": "公共事务公益事业类",
                   "village_affairs": "村（居）务管理类", "other": "其他类"}
CHARTER_TYPE_LABELS = {"village_rules": "村规民约", "residents_convention": "居民公约"}
STATUS_LABELS = {"adopted": "已通过", "draft": "草案"}
VOTE_BODY_LABELS = {"villagers_meeting": "村民会议", "villagers_representatives": "村民代表会议",
                    "residents_meeting": "居民会议", "residents_representatives": "居民代表会议"}
VOTE_BASIS_LABELS = {"persons": "十八周岁以上人员", "households": "户代表", "representatives": "代表"}
PROCEDURE_STEPS = ("solicited", "drafted", "reviewed", "voted", "filed", "published")
PROCEDURE_LABELS = {"solicited": "征集民意", "drafted": "拟定草案", "reviewed": "提请审核", "voted": "审议表决",
                    "filed": "备案", "published": "公布"}
TASK_LIST_LABELS = {"assist_government": "协助政府工作事项", "negative": "负面清单（不得交办）",
                    "unlisted": "清单外（须经准入审批）"}
SEVERITY_LABELS = {"error": "错误", "warning": "警告"}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _share(part: int | None, whole: int | None) -> float | None:
    """part / whole rounded to 4 decimals (0.6 for 600 of 1000), or None when not computable."""
    if part is None or not whole:
        return None
    return round(float(Fraction(part, whole)), 4)


def load(root: Path) -> Repository:
    from .validate import load_repository, parse_documents

    repository = load_repository(root)
    parse_documents(repository)
    return repository


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
    sources = [(i, "reference") for i in reference_items if i.id not in excluded]
    sources += [(i, "local") for i in community.triage.local]
    for tier in TIER_ORDER:
        for item, source in sources:
            if item.tier != tier:
                continue
            items.append({
                "id": item.id, "tier": item.tier, "title": item.title, "source": source,
                "handler": getattr(item, "handler", None),
                "basis": list(getattr(item, "basis", []) or []),
                "lead": (item.lead or lead_default) if tier == "minor" else None,
                "participants": list(getattr(item, "participants", []) or []),
                "forms": list(getattr(item, "forms", []) or []),
                "route": getattr(item, "route", None),
                "description": item.description, "contact": item.contact,
            })
    return {
        "level": level,
        "reference": reference.model.title if reference is not None else None,
        "items": items,
        "excluded": [{"id": i, "title": titles.get(i), "reason": r} for i, r in excluded.items()],
    }


def _consultation(repository: Repository, community) -> dict[str, Any]:
    section = community.consultation
    reference = repository.consultation_reference
    excluded = {e.id: e.reason for e in section.excluded} if section is not None else {}
    by_category: dict[str, list[dict[str, Any]]] = {c: [] for c in CATEGORY_ORDER}
    titles: dict[str, str] = {}
    category_titles = dict(CATEGORY_LABELS)
    if reference is not None:
        for category in reference.model.categories:
            category_titles[category.id] = category.title
            for item in category.items:
                titles[item.id] = item.title
                if item.id not in excluded:
                    by_category[category.id].append({"id": item.id, "category": category.id,
                                                     "category_title": category.title, "title": item.title,
                                                     "forms": list(item.forms), "source": "reference"})
    for item in (section.local if section is not None else []):
        category = item.category or "other"
        by_category[category].append({"id": item.id, "category": category,
                                      "category_title": category_titles[category], "title": item.title,
                                      "forms": list(item.forms), "source": "local"})
    return {
        "reference": reference.model.title if reference is not None else None,
        "platforms": list(section.platforms) if section is not None else [],
        "items": [item for c in CATEGORY_ORDER for item in by_category[c]],
        "excluded": [{"id": i, "title": titles.get(i), "reason": r} for i, r in excluded.items()],
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


def _committee(community, type_: str, as_of: dt.date) -> dict[str, Any] | None:
    from .legal import parameters_on

    committee = community.committee
    if committee is None:
        return None
    term = parameters_on(committee.elected).term[type_]
    ends = term.ends_on(committee.elected)
    return {"elected": _iso(committee.elected), "members": committee.members, "women": committee.women,
            "term_years": term.years, "term_ends": _iso(ends), "term_ended": ends < as_of,
            "term_basis": term.reference}


def _charter(doc) -> dict[str, Any] | None:
    if doc is None:
        return None
    charter = doc.model
    procedure = charter.procedure
    vote = charter.vote
    return {
        "path": doc.path,
        "title": charter.title, "type": charter.type, "status": charter.status, "revision": charter.revision,
        "model": charter.model,
        "procedure": {step: _iso(getattr(procedure, step)) if procedure is not None else None for step in PROCEDURE_STEPS},
        "vote": {key: getattr(vote, key) if vote is not None else None
                 for key in ("body", "basis", "eligible", "present", "in_favour", "women_present")},
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
        "township": {"code": code[:9], "name": township.name if township else None,
                     "type": township.type if township else None},
        "urban_rural": ({"code": urban_rural, "meaning": URBAN_RURAL_CODES.get(urban_rural)}
                        if urban_rural is not None else None),
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
    from .onboarding import resolve_community
    from .validate import validate

    as_of = as_of or dt.date.today()
    repository = load(root)
    code = resolve_community(repository, selector)
    paths = [repository.communities[code].path]
    if code in repository.charters:
        paths.append(repository.charters[code].path)
    result = validate(paths, cwd=root, as_of=as_of)
    view = community_view(repository, code, result.findings, as_of=as_of)
    return {"version": 1, "as_of": as_of.isoformat(), **view}


# ---------------------------------------------------------------------------------------------
# Text for a clerk

def _people(value: int | None, unit: str = "人") -> str:
    return f"{value} {unit}" if value is not None else "未填"


def _percent(share: float | None) -> str:
    return f"{share * 100:.1f}%" if share is not None else "—"


class _Facts:
    """Label–value lines, labels padded to one display width (CJK counts 2)."""

    WIDTH = 18

    def __init__(self, console):
        self.console = console

    def add_row(self, label: str, value: str) -> None:
        from rich.cells import cell_len
        from rich.text import Text

        line = Text("  ")
        line.append(label + " " * max(1, self.WIDTH - cell_len(label)), style="dim")
        line.append(value)
        self.console.print(line)


def render_text(view: dict[str, Any], console) -> None:
    """Print a community record with rich: identity, committee, catalogue, consultation, tasks, charter, findings."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    type_ = view["type"]
    township = view["township"]
    title = Text(f"{view['name']}（{view['code']}）", style="bold")
    console.print(title)

    identity = _Facts(console)
    identity.add_row("类型", f"{COMMUNITY_TYPE_LABELS[type_]}（{COMMITTEE_LABELS[type_]}）")
    township_text = (f"{township['name']}（{township['code']}，{TOWNSHIP_TYPE_LABELS.get(township['type'], '')}）"
                     if township["name"] else f"{township['code']}（county.yaml 中没有这个乡镇）")
    identity.add_row("所属乡镇（街道）", township_text)
    ur = view["urban_rural"]
    identity.add_row("城乡分类", f"{ur['code']} {ur['meaning'] or '（不是规定的代码）'}" if ur else "未填")
    identity.add_row("统一社会信用代码", view["uscc"] or "未填")
    committee = view["committee"]
    if committee is None:
        identity.add_row("委员会", "未填（committee）")
    else:
        women = _people(committee["women"])
        ended = "，已届满，应当换届" if committee["term_ended"] else ""
        identity.add_row("委员会", f"{committee['elected']} 换届选举，成员 {committee['members']} 人，其中女性 {women}")
        identity.add_row("任期", f"每届 {committee['term_years']} 年，至 {committee['term_ends']} 届满{ended}")
        identity.add_row("任期依据", committee["term_basis"])
    triage = view["triage"]
    heading = f"三事分流事项清单（{LEVEL_LABELS.get(triage['level'] or '', '层面不明')}"
    local = sum(1 for i in triage["items"] if i["source"] == "local")
    heading += f"，参考清单排除 {len(triage['excluded'])} 项，本地新增 {local} 项）"
    console.print()
    console.print(Text(heading, style="bold"))
    for tier in TIER_ORDER:
        items = [i for i in triage["items"] if i["tier"] == tier]
        console.print(f"{TIER_LABELS[tier]} {len(items)} 项：{TIER_CAPTIONS[tier]}")
        if not items:
            continue
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1))
        table.add_column("编号", no_wrap=True)
        table.add_column("事项", overflow="fold")
        if tier == "major":
            table.add_column("办理部门", overflow="fold")
        elif tier == "minor":
            table.add_column("牵头", overflow="fold")
            table.add_column("协商形式", overflow="fold")
        else:
            table.add_column("解决途径", overflow="fold")
        for item in items:
            mark = "（本地）" if item["source"] == "local" else ""
            if tier == "major":
                extra = [item["handler"] or ""]
            elif tier == "minor":
                lead = item["lead"] + ("，" + "、".join(item["participants"]) if item["participants"] else "")
                extra = [lead, "、".join(item["forms"])]
            else:
                extra = [ROUTE_LABELS.get(item["route"] or "", "")]
            table.add_row(item["id"], item["title"] + mark, *extra)
        console.print(table)
    if triage["excluded"]:
        console.print("不适用的参考事项：")
        for e in triage["excluded"]:
            console.print(f"  {e['id']} {e['title'] or '（参考清单中没有）'}：{e['reason']}")

    consultation = view["consultation"]
    console.print()
    console.print(Text(f"协商事项（{len(consultation['items'])} 项）", style="bold"))
    console.print(f"协商平台：{'、'.join(consultation['platforms']) or '未填'}")
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1))
    for column in ("类别", "编号", "事项", "协商形式"):
        table.add_column(column, no_wrap=column == "编号", overflow="fold")
    for item in consultation["items"]:
        mark = "（本地）" if item["source"] == "local" else ""
        table.add_row(item["category_title"], item["id"], item["title"] + mark, "、".join(item["forms"]))
    console.print(table)
    if consultation["excluded"]:
        console.print("不适用的协商事项：")
        for e in consultation["excluded"]:
            console.print(f"  {e['id']} {e['title'] or '（清单中没有）'}：{e['reason']}")

    console.print()
    tasks = view["assigned_tasks"]
    console.print(Text(f"交办工作（{len(tasks)} 项）", style="bold"))
    if tasks:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1))
        for column in ("工作", "清单编号", "交办部门", "清单"):
            table.add_column(column, overflow="fold")
        for task in tasks:
            table.add_row(task["title"], task["ref"] or "", task["department"] or "", TASK_LIST_LABELS[task["list"]])
        console.print(table)
    else:
        console.print("无")

    console.print()
    charter = view["charter"]
    label = "村规民约" if type_ == "village" else "居民公约"
    if charter is None:
        console.print(Text(label, style="bold"))
        console.print(f"没有{label}（civcat new charter {view['code']} 可从示范文本生成草案）")
    else:
        console.print(Text(charter["title"], style="bold"))
        facts = _Facts(console)
        revision = f"，第 {charter['revision']} 版" if charter["revision"] else ""
        facts.add_row("状态", f"{STATUS_LABELS[charter['status']]}{revision}；{charter['chapters']} 章 {charter['articles']} 条"
                              + (f"，积分制 {charter['points']} 项" if charter["points"] else ""))
        steps = [f"{PROCEDURE_LABELS[s]} {charter['procedure'][s]}" for s in PROCEDURE_STEPS if charter["procedure"][s]]
        facts.add_row("程序", "；".join(steps) or "未填")
        vote = charter["vote"]
        if vote["body"] or vote["present"] is not None:
            unit = "户" if vote["basis"] == "households" else "人"
            text = (f"{VOTE_BODY_LABELS.get(vote['body'] or '', '表决机构未填')}："
                    f"应到 {_people(vote['eligible'], unit)}，实到 {_people(vote['present'], unit)}"
                    f"（{_percent(charter['quorum_share'])}），赞成 {_people(vote['in_favour'])}"
                    f"（{_percent(charter['approval_share'])}）")
            if vote["women_present"] is not None:
                text += f"，到会女性 {vote['women_present']} 人"
            facts.add_row("表决", text)
        facts.add_row("备案机关", charter["filed_with"] or "未填")

    console.print()
    findings = view["findings"]
    errors = sum(1 for f in findings if f["severity"] == Severity.ERROR)
    warnings = len(findings) - errors
    console.print(Text(f"问题（{view.get('as_of', '')} 检查：错误 {errors}，警告 {warnings}）", style="bold"))
    if not findings:
        console.print("没有发现问题。")
    for f in findings:
        style = "red" if f["severity"] == Severity.ERROR else "yellow"
        line = Text(f"{f['path']}:{f['line']}:{f['column']} ")
        line.append(f"{SEVERITY_LABELS[f['severity']]} {f['code']}", style=style)
        line.append(f"  {f['message']}")
        console.print(line)
