"""The three diffs out: text (rich tables, highlighted character diffs), markdown and json.

Markdown is written to be pasted as a pull-request comment on GitHub: a summary line, the new
findings, then one collapsible `<details>` per community. Character diffs in markdown use the HTML
tags `<del>` and `<ins>`, which GitHub keeps and shows as strikethrough and underline — the way
Word's 修订 mode marks changes, familiar to county clerks. The markdown delimiters `~~删~~` and
`**增**` do not work reliably in Chinese: GitHub only honours them when they "flank" a word, and
next to Chinese punctuation (，。、“”) they are printed literally. A ```diff block would only
colour whole lines, and a charter article is one long line: the one changed character would be lost.
"""

from __future__ import annotations

import html
import io
import json
import os
import re
import shutil
from collections import Counter, defaultdict
from typing import Any

from ..findings import Finding, Severity
from .textdiff import DELETE, EQUAL, Segment

FORMATS = ("text", "markdown", "json")

TIER_NAMES = {"major": "大事", "minor": "小事", "private": "私事"}
VALUE_NAMES = {
    "tier": TIER_NAMES,
    "type": {"village": "村", "community": "社区", "street": "街道", "town": "镇", "township": "乡",
             "village_rules": "村规民约", "residents_convention": "居民公约"},
    "status": {"adopted": "已通过", "draft": "草案"},
    "body": {"villagers_meeting": "村民会议", "villagers_representatives": "村民代表会议",
             "residents_meeting": "居民会议", "residents_representatives": "居民代表会议"},
    "basis": {"persons": "十八周岁以上人员", "households": "户代表", "representatives": "居民小组代表"},
    "route": {"self": "自行解决", "market": "市场服务", "both": "自行解决或市场服务"},
    "category": {"institution": "制度建设类", "public_affairs": "公共事务公益事业类",
                 "village_affairs": "村（居）务管理类", "other": "其他类"},
    "topic": {"conduct": "规范日常行为", "order": "维护公共秩序", "rights": "保障群众权益",
              "disputes": "调解群众纠纷", "customs": "引导民风民俗"},
    "level": {"township": "乡镇层面", "street": "街道层面", "consultation": "协商事项"},
}
KIND_NAMES = {"community": "村（社区）目录", "charter": "村规民约、居民公约", "charter-model": "示范文本",
              "county": "县和乡镇", "triage-reference": "三事分流参考事项清单",
              "consultation-reference": "协商事项清单", "autonomy-reference": "三张清单"}
SEVERITY = {Severity.ERROR: "错误", Severity.WARNING: "警告"}


# --- values in words -------------------------------------------------------------------------------

def _field_of(target: str) -> str:
    last = target.rsplit(".", 1)[-1]
    return re.sub(r"\[\d+\]$", "", last.split(" ")[0])


def show(value: Any, field: str = "") -> str:
    """A value as a clerk reads it: enumerations in Chinese, items as 编号 层级“名称”, lists joined by 、."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str):
        return VALUE_NAMES.get(field, {}).get(value, value)
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return "、".join(show(v, field) for v in value) or "（空）"
    if isinstance(value, dict):
        return _show_mapping(value)
    return str(value)


def _show_mapping(value: dict) -> str:
    from .changes import FIELD_LABELS

    if "kind" in value and ("code" in value or "community" in value or "title" in value):  # a file's summary
        kind = KIND_NAMES.get(str(value.get("kind")), str(value.get("kind")))
        name = value.get("name") or value.get("title") or ""
        code = value.get("code") or value.get("community") or ""
        extra = f"，{value['articles']} 条" if "articles" in value else ""
        return f"{kind}：{name}" + (f"（{code}）" if code else "") + extra
    if "title" in value:  # an item
        head = " ".join(str(p) for p in (value.get("id"), TIER_NAMES.get(str(value.get("tier")), "")) if p)
        rest = [f"{FIELD_LABELS.get(k, k)}：{show(v, k)}" for k, v in value.items() if k not in ("id", "tier", "title")]
        return f"{head}“{value['title']}”".strip() + (f"（{'；'.join(rest)}）" if rest else "")
    return "；".join(f"{FIELD_LABELS.get(str(k), str(k))}：{show(v, str(k))}" for k, v in value.items())


def verb(change) -> str:
    """The change in one word, in the clerk's terms."""
    target = change.target
    if target == "file":
        return {"added": "新增文件", "removed": "删除文件"}.get(change.change, "无法比较")
    if target == "path":
        return "移动/改名"
    if change.moved_from is not None:
        return "移动" if change.before == change.after else "移动并修改"
    if ".excluded " in f".{target}" and target.count(".") == 1:
        return {"added": "排除", "removed": "恢复适用", "changed": "改理由"}[change.change]
    return {"added": "新增", "removed": "删除", "changed": "修改"}[change.change]


def _is_article(change) -> bool:
    """An article of a charter: shown as a paragraph of its own, not in a table row."""
    return ".articles[" in change.target and change.target.endswith("]")


def _finding_line(f: Finding) -> str:
    return f"{f.path}:{f.line}:{f.column}  {SEVERITY[f.severity]} {f.code}  {f.message}"


# --- markdown helpers ------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_~\[\]|#])")


def md(text: Any) -> str:
    """Text safe inside markdown (and table cells): HTML escaped, markdown characters backslashed."""
    text = html.escape(str(text), quote=False)
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", "<br>")


def md_diff(segments: list[Segment]) -> str:
    out = []
    for op, text in segments:
        if op == EQUAL:
            out.append(md(text))
        elif op == DELETE:
            out.append(f"<del>{md(text)}</del>")
        else:
            out.append(f"<ins>{md(text)}</ins>")
    return "".join(out)


def _code(text: str) -> str:
    return f"`{text.replace('`', '')}`"


# --- rich helpers ----------------------------------------------------------------------------------

def _console(color: bool):
    from rich.console import Console

    width = shutil.get_terminal_size((120, 24)).columns if color else 120
    return Console(file=io.StringIO(), force_terminal=color, no_color=not color, width=max(width, 80),
                   highlight=False, emoji=False, markup=False, soft_wrap=True,
                   color_system="standard" if color else None)


def _rich_diff(segments: list[Segment]):
    from rich.text import Text

    text = Text()
    for op, part in segments:
        if op == EQUAL:
            text.append(part)
        elif op == DELETE:
            text.append(part, style="red strike")
        else:
            text.append(part, style="bold green underline")
    return text


def _plain_diff(segments: list[Segment]) -> str:
    """Without colour: [-删去-]{+新加+}, as `git diff --word-diff` writes it."""
    return "".join(text if op == EQUAL else f"[-{text}-]" if op == DELETE else f"{{+{text}+}}" for op, text in segments)


def _diff_cell(segments: list[Segment], color: bool):
    from rich.text import Text

    return _rich_diff(segments) if color else Text(_plain_diff(segments))


def _output(console) -> str:
    return console.file.getvalue().rstrip("\n")


def use_color() -> bool:
    import sys

    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


# ===================================================================================================
# --git

def _groups(diff) -> list[tuple[str, list]]:
    """Changed files grouped by community (community and charter together), other files one by one."""
    groups: dict[str, list] = defaultdict(list)
    for f in diff.files:
        groups[f.community or f.path].append(f)
    return list(groups.items())


def _group_title(diff, key: str, files: list) -> str:
    if files[0].community:
        name = diff.names.get(key, "")
        township = diff.townships.get(key[:9], "")
        status = ""
        community_file = next((f for f in files if f.kind == "community"), None)
        if community_file and community_file.old is None:
            status = "（新增）"
        elif community_file and community_file.new is None:
            status = "（删除）"
        return f"{name or '村（社区）'}（{key}{'，' + township if township else ''}）{status}"
    kind = files[0].kind
    return f"{KIND_NAMES.get(kind or '', '文件')} {key}"


def _group_findings(diff, files: list) -> list[Finding]:
    paths = {f.new for f in files if f.new}
    return [f for f in diff.new if f.path in paths]


def _community_of(diff, path: str) -> str:
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return diff.names.get(stem, "")


def git_summary(diff) -> str:
    communities = {f.community for f in diff.files if f.community}
    added = sum(1 for f in diff.files if f.kind == "community" and f.old is None)
    removed = sum(1 for f in diff.files if f.kind == "community" and f.new is None)
    others = sum(1 for f in diff.files if not f.community)
    counts = Counter(c.change for c in diff.changes)
    new_errors = diff.new_errors
    new_warnings = len(diff.new) - new_errors
    if not diff.files:
        head = "数据没有实质改动"
    else:
        parts = [f"{len(communities)} 个村（社区）有改动"]
        if added or removed:
            parts.append(f"其中新增 {added} 个、删除 {removed} 个")
        if others:
            parts.append(f"另有 {others} 个县级文件有改动")
        parts.append(f"共 {len(diff.changes)} 处（新增 {counts['added']}、删除 {counts['removed']}、修改 {counts['changed']}）")
        head = "，".join(parts)
    findings = (f"新发现 {new_errors} 个错误、{new_warnings} 个警告，修复 {len(diff.fixed)} 个问题"
                if diff.new or diff.fixed else "没有新发现的问题，也没有修复的问题")
    return f"{head}；检查结果：{findings}。"


def render_git(diff, fmt: str, *, color: bool = False) -> str:
    if fmt == "json":
        return json.dumps(diff.as_json(), ensure_ascii=False, indent=2)
    if fmt == "markdown":
        return git_markdown(diff)
    return git_text(diff, color=color)


def _revisions(diff) -> tuple[str, str]:
    from .gitdiff import WORKING_TREE

    base = f"{diff.base}（{diff.base_commit[:8]}）" if diff.base_commit[:8] not in diff.base else diff.base
    head = WORKING_TREE if diff.head is None else (
        f"{diff.head}（{diff.head_commit[:8]}）" if diff.head_commit and diff.head_commit[:8] not in diff.head else diff.head)
    return base, head


def _content_text(change, color: bool):
    """The 内容 cell of a change, as rich Text."""
    from rich.text import Text

    field = _field_of(change.target)
    if change.diff is not None and change.before != change.after:
        return _diff_cell(change.diff, color)
    if change.change == "added":
        return Text(show(change.after, field), style="green" if color else "")
    if change.change == "removed":
        return Text(show(change.before, field), style="red" if color else "")
    if change.moved_from is not None:
        return Text(f"从 {change.moved_from} 移来：{show(change.after)}")
    text = Text(show(change.before, field), style="red" if color else "")
    text.append(" → ")
    text.append(show(change.after, field), style="green" if color else "")
    return text


def git_text(diff, *, color: bool = False) -> str:
    from rich.table import Table
    from rich.text import Text

    console = _console(color)
    base, head = _revisions(diff)
    console.print(Text(f"civcat diff：{base} → {head}", style="bold"), soft_wrap=True)
    console.print(Text(git_summary(diff)), soft_wrap=True)
    for key, files in _groups(diff):
        console.print()
        console.print(Text(_group_title(diff, key, files), style="bold"))
        for f in files:
            table = Table(title=f.path, title_justify="left", show_lines=False, expand=False)
            table.add_column("改动", no_wrap=True)
            table.add_column("位置", overflow="fold")
            table.add_column("内容", overflow="fold")
            for change in f.changes:
                where = Text(change.label or change.target)
                where.append(f"\n{change.target}", style="dim")
                table.add_row(Text(verb(change)), where, _content_text(change, color))
            console.print(table)
    _findings_text(console, "新发现的问题", diff.new, color)
    _findings_text(console, "已修复的问题", diff.fixed, color)
    return _output(console)


def _findings_text(console, title: str, findings: list[Finding], color: bool) -> None:
    from rich.text import Text

    if not findings:
        return
    console.print()
    console.print(Text(f"{title}（{len(findings)}）", style="bold"))
    for f in findings:
        style = ("red" if f.severity is Severity.ERROR else "yellow") if color else ""
        line = Text(f"  {f.path}:{f.line}:{f.column}  ")
        line.append(f"{SEVERITY[f.severity]} {f.code}", style=style)
        line.append(f"  {f.message}")
        console.print(line, soft_wrap=True)


MARKDOWN_LIMIT = 60_000  # GitHub refuses comments over 65,536 characters


def git_markdown(diff) -> str:
    base, head = _revisions(diff)
    out = [f"### civcat diff：{md(base)} → {md(head)}", "", f"**{md(git_summary(diff))}**", ""]
    if diff.new:
        out += [f"#### 新发现的问题（{len(diff.new)}）", "", *_findings_table(diff.new, diff), ""]
    if diff.fixed:
        out += ["<details><summary>已修复的问题（%d）</summary>" % len(diff.fixed), "", *_findings_table(diff.fixed, diff), "",
                "</details>", ""]
    if any(c.diff for c in diff.changes):
        out += ["逐字标出的修改：<del>删除线</del> 是删去的字，<ins>下划线</ins> 是新加的字。", ""]
    used = sum(len(line) + 1 for line in out)
    groups = _groups(diff)
    for index, (key, files) in enumerate(groups):
        block = _group_markdown(diff, key, files)
        size = sum(len(line) + 1 for line in block)
        if used + size > MARKDOWN_LIMIT:
            rest = len(groups) - index
            out += [f"其余 {rest} 组改动因评论长度限制未列出；请在本地运行 `civcat diff --git {md(diff.base)}` 查看全部。", ""]
            break
        out += block
        used += size
    return "\n".join(out).rstrip() + "\n"


def _findings_table(findings: list[Finding], diff) -> list[str]:
    rows = ["| 村（社区） | 文件 | 行:列 | 问题 | 说明 |", "| --- | --- | --- | --- | --- |"]
    for f in findings:
        rows.append(f"| {md(_community_of(diff, f.path))} | {_code(f.path)} | {f.line}:{f.column} | "
                    f"{SEVERITY[f.severity]} {f.code} | {md(f.message)} |")
    return rows


def _group_markdown(diff, key: str, files: list) -> list[str]:
    count = sum(len(f.changes) for f in files)
    found = _group_findings(diff, files)
    errors = sum(1 for f in found if f.severity is Severity.ERROR)
    note = ""
    if found:
        note = "，新发现 " + "、".join(p for p in (f"{errors} 个错误" if errors else "",
                                                f"{len(found) - errors} 个警告" if len(found) > errors else "") if p)
    out = [f"<details><summary><b>{md(_group_title(diff, key, files))}</b>：{count} 处改动{note}</summary>", ""]
    for f in files:
        out.append(_code(f.path) + (f"（原为 {_code(f.old)}）" if f.old and f.new and f.old != f.new else ""))
        out.append("")
        rows, texts = [], []
        for change in f.changes:
            if _is_article(change):
                texts.append(change)
            else:
                rows.append(change)
        if rows:
            out += ["| 改动 | 位置 | 原来 | 现在 |", "| --- | --- | --- | --- |"]
            for change in rows:
                field = _field_of(change.target)
                before = md(show(change.before, field)) if change.change != "added" else ""
                after = md(show(change.after, field)) if change.change != "removed" else ""
                if change.diff is not None and change.change == "changed":
                    after = md_diff(change.diff)
                out.append(f"| {verb(change)} | {md(change.label or change.target)} {_code(change.target)} | {before} | {after} |")
            out.append("")
        for change in texts:
            head = f"**{verb(change)} {md(change.label or change.target)}** {_code(change.target)}"
            if change.moved_from is not None:
                head += f"（原在 {_code(change.moved_from)}）"
            out.append(head)
            if change.change == "changed" and change.diff is not None:
                body = md_diff(change.diff)
            elif change.change == "removed":
                body = f"<del>{md(change.before)}</del>"
            else:
                body = md(change.after)
            out += [f"> {body}", ""]
    out += ["</details>", ""]
    return out


# ===================================================================================================
# --across

def render_across(result, fmt: str, *, color: bool = False, limit: int = 20) -> str:
    if fmt == "json":
        return json.dumps(result.as_json(), ensure_ascii=False, indent=2)
    if fmt == "markdown":
        return across_markdown(result, limit=limit)
    return across_text(result, color=color, limit=limit)


def _scope_line(result) -> str:
    where = f"{result.township_name}（{result.township}）" if result.township else "全县 "
    return f"{where}{result.communities_in_scope} 个村（社区）"


def _reference_heading(level: str, scope: int) -> str:
    names = {"township": "乡镇层面“三事分流”参考事项", "street": "街道层面“三事分流”参考事项",
             "consultation": "城乡社区协商事项清单"}
    return f"{names[level]}（适用于 {scope} 个村（社区））"


def _reasons(item, top: int = 4) -> str:
    parts = [f"{r.text}（{r.count}）" for r in item.reasons[:top]]
    if len(item.reasons) > top:
        parts.append(f"另 {len(item.reasons) - top} 种理由")
    return "；".join(parts)


def _tiers(group) -> str:
    names = TIER_NAMES if group.list == "triage" else VALUE_NAMES["category"]
    return "、".join(f"{names.get(t, t or '未分类')} {n}" for t, n in group.tiers.most_common())


def _hints(group, threshold: int) -> list[str]:
    hints = []
    if group.reference:
        hints.append(f"与参考事项 {group.reference} 同名：应排除或修改参考事项，不必新增")
    if group.conflict:
        hints.append("层级不一致：请统一")
    if group.candidate:
        hints.append("★ 县级清单候选")
    if len(group.titles) > 1:
        hints.append("写法：" + "、".join(group.titles[:4]))
    return hints


def _charter_cells(row) -> tuple[str, str]:
    if row.charter is None:
        return "—", "—"
    d = row.charter
    return f"{d.kept}/{d.changed}/{d.added}/{d.removed}", f"{d.score:.0%}"


def _sections(result) -> dict[str, list]:
    by_level: dict[str, list] = defaultdict(list)
    for item in result.reference_items:
        by_level[item.level].append(item)
    return by_level


def across_text(result, *, color: bool = False, limit: int = 20) -> str:
    from rich.table import Table
    from rich.text import Text

    console = _console(color)
    console.print(Text(f"比较：{_scope_line(result)}", style="bold"))
    number = iter("一二三四")
    if result.reference_items:
        console.print()
        console.print(Text(f"{next(number)}、哪些参考事项被排除，为什么", style="bold"))
        for level, items in _sections(result).items():
            excluded = sorted((i for i in items if i.excluded_by), key=lambda i: (-len(i.excluded_by), i.id))
            table = Table(title=_reference_heading(level, items[0].scope), title_justify="left")
            for column, justify in (("编号", "left"), ("事项", "left"), ("排除", "right"), ("占比", "right"), ("理由（村（社区）数）", "left")):
                table.add_column(column, justify=justify, overflow="fold")
            for item in excluded:
                table.add_row(item.id, item.title, str(len(item.excluded_by)), f"{item.share:.0%}", _reasons(item))
            if excluded:
                console.print(table)
            rest = len(items) - len(excluded)
            console.print(Text(f"其余 {rest} 项没有村（社区）排除。" if excluded else
                               f"{_reference_heading(level, items[0].scope)}：{len(items)} 项都没有村（社区）排除。"))
    if any(k in result.kinds for k in ("triage", "consultation")):
        console.print()
        console.print(Text(f"{next(number)}、各村（社区）自行新增的事项（相同或相近名称归为一项）", style="bold"))
        shared = [g for g in result.local_items if len(g.communities) > 1 or g.conflict or g.reference]
        singles = len(result.local_items) - len(shared)
        if shared:
            table = Table(title_justify="left")
            for column, justify in (("清单", "left"), ("事项", "left"), ("村（社区）数", "right"), ("层级/类别", "left"), ("提示", "left")):
                table.add_column(column, justify=justify, overflow="fold")
            for group in shared:
                style = ("bold" if group.candidate else "") + (" yellow" if group.conflict and color else "")
                table.add_row("三事分流" if group.list == "triage" else "协商", Text(group.title, style=style.strip()),
                              str(len(group.communities)), _tiers(group), "\n".join(_hints(group, result.candidate_threshold)))
            console.print(table)
        if singles:
            console.print(Text(f"另有 {singles} 项只有一个村（社区）新增。"))
        if any(g.candidate for g in result.local_items):
            console.print(Text(_candidate_note(result), style="dim" if color else ""))
        if not result.local_items:
            console.print(Text("没有村（社区）新增事项。"))
    console.print()
    console.print(Text(f"{next(number)}、各村（社区）：排除和新增的事项、公约与示范文本的差别（偏离最大的在前）", style="bold"))
    table = Table(title_justify="left")
    columns = [("村（社区）", "left"), ("代码", "left"), ("乡镇（街道）", "left")]
    catalogue = any(k in result.kinds for k in ("triage", "consultation"))
    if catalogue:
        columns += [("排除", "right"), ("新增", "right")]
    if "charters" in result.kinds:
        columns += [("公约 保留/修改/新增/删除", "right"), ("改动比例", "right")]
    columns.append(("提示", "left"))
    for column, justify in columns:
        table.add_column(column, justify=justify, overflow="fold")
    rows = result.communities if not limit else result.communities[:limit]
    for row in rows:
        cells = [Text(row.name, style="bold" if row.outlier >= 2 and color else ""), row.code, row.township]
        if catalogue:
            cells += [str(row.excluded), str(row.local)]
        if "charters" in result.kinds:
            cells += list(_charter_cells(row))
        cells.append(_flags(row))
        table.add_row(*cells)
    console.print(table)
    if len(result.communities) > len(rows):
        console.print(Text(f"其余 {len(result.communities) - len(rows)} 个从略（--limit 0 显示全部）。"))
    console.print(Text(_ranking_note(result), style="dim" if color else ""))
    return _output(console)


def _flags(row) -> str:
    from .across import FLAG_NAMES

    return "、".join(FLAG_NAMES[f] for f in row.flags)


def _candidate_note(result) -> str:
    return (f"★ 在 {result.candidate_threshold} 个及以上村（社区）出现（{_scope_line(result)}的 5%，至少 3 个；"
            "--min-count 可调），建议考虑列入县级参考清单；层级不一致的请先统一。")


def _ranking_note(result) -> str:
    notes = []
    if "charters" in result.kinds:
        notes.append("按公约改动比例从高到低排列。改动比例 =（修改 + 新增 + 删除的条数）÷ 示范文本条数；"
                     "填入本村名称和备案机关不算改动。")
    else:
        notes.append("按排除和新增的事项数从多到少排列。")
    notes.append("“特别多”：比平均数高出两个标准差以上。")
    return "".join(notes)


def across_markdown(result, *, limit: int = 20) -> str:
    out = [f"### 比较：{md(_scope_line(result))}", ""]
    if result.reference_items:
        out += ["#### 哪些参考事项被排除，为什么", ""]
        for level, items in _sections(result).items():
            excluded = sorted((i for i in items if i.excluded_by), key=lambda i: (-len(i.excluded_by), i.id))
            out += [f"**{md(_reference_heading(level, items[0].scope))}**：{len(excluded)} 项被排除，{len(items) - len(excluded)} 项没有。", ""]
            if excluded:
                out += ["| 编号 | 事项 | 排除 | 占比 | 理由（村（社区）数） |", "| --- | --- | ---: | ---: | --- |"]
                out += [f"| {i.id} | {md(i.title)} | {len(i.excluded_by)} | {i.share:.0%} | {md(_reasons(i))} |" for i in excluded]
                out.append("")
    if any(k in result.kinds for k in ("triage", "consultation")):
        out += ["#### 各村（社区）自行新增的事项", ""]
        shared = [g for g in result.local_items if len(g.communities) > 1 or g.conflict or g.reference]
        if shared:
            out += ["| 清单 | 事项 | 村（社区）数 | 层级/类别 | 提示 |", "| --- | --- | ---: | --- | --- |"]
            for g in shared:
                title = f"**{md(g.title)}**" if g.candidate else md(g.title)
                out.append(f"| {'三事分流' if g.list == 'triage' else '协商'} | {title} | {len(g.communities)} | {md(_tiers(g))} | "
                           f"{md('；'.join(_hints(g, result.candidate_threshold)))} |")
            out.append("")
        singles = len(result.local_items) - len(shared)
        if singles:
            out += [f"另有 {singles} 项只有一个村（社区）新增。", ""]
        if any(g.candidate for g in result.local_items):
            out += [md(_candidate_note(result)), ""]
    out += ["#### 各村（社区）（偏离最大的在前）", ""]
    catalogue = any(k in result.kinds for k in ("triage", "consultation"))
    head = ["村（社区）", "代码", "乡镇（街道）"] + (["排除", "新增"] if catalogue else []) + \
        (["公约 保留/修改/新增/删除", "改动比例"] if "charters" in result.kinds else []) + ["提示"]
    out += ["| " + " | ".join(head) + " |", "| " + " | ".join("---" for _ in head) + " |"]
    rows = result.communities if not limit else result.communities[:limit]
    for row in rows:
        cells = [md(row.name), row.code, md(row.township)]
        if catalogue:
            cells += [str(row.excluded), str(row.local)]
        if "charters" in result.kinds:
            cells += list(_charter_cells(row))
        cells.append(md(_flags(row)))
        out.append("| " + " | ".join(cells) + " |")
    out.append("")
    if len(result.communities) > len(rows):
        out += [f"其余 {len(result.communities) - len(rows)} 个从略。", ""]
    out += [md(_ranking_note(result)), ""]
    return "\n".join(out).rstrip() + "\n"


# ===================================================================================================
# A B

def render_pair(result, fmt: str, *, color: bool = False) -> str:
    if fmt == "json":
        return json.dumps(result.as_json(), ensure_ascii=False, indent=2, default=str)
    if fmt == "markdown":
        return pair_markdown(result)
    return pair_text(result, color=color)


def _side_title(side) -> str:
    return f"{side.name}（{side.code}，{side.township}）"


def _entry_value(value: Any, section: str) -> str:
    if value is None:
        return "—"
    if section.endswith("excluded"):
        return f"排除：{value}"
    if section.endswith("platforms"):
        return "有"
    if section == "assigned_tasks" and isinstance(value, dict):
        return "有" + (f"（{'，'.join(str(value[k]) for k in ('department', 'ref') if value.get(k))}）"
                      if value.get("department") or value.get("ref") else "")
    return show(value)


def _level_note(result) -> str | None:
    a, b = result.a.level, result.b.level
    if a != b:
        return (f"两者适用不同层面的参考清单（{VALUE_NAMES['level'].get(a or '', a)} / "
                f"{VALUE_NAMES['level'].get(b or '', b)}），三事分流事项的编号不能直接对照。")
    return None


def _article_heading(row) -> str:
    from ..rules.text import chinese_number

    a = f"第{chinese_number(row.a_number)}条" if row.a_number else "—"
    b = f"第{chinese_number(row.b_number)}条" if row.b_number else "—"
    return f"{a} ↔ {b}"


ARTICLE_OPS = {"equal": "相同", "changed": "修改", "moved": "位置不同", "removed": "仅{a}", "added": "仅{b}"}


def _article_op(row, result) -> str:
    return ARTICLE_OPS[row.op].format(a=result.a.name, b=result.b.name)


def pair_counts_line(result) -> str:
    c = result.article_counts()
    return (f"公约逐条对照：相同 {c['equal']} 条，修改 {c['changed']} 条，位置不同 {c['moved']} 条，"
            f"仅{result.a.name} {c['only_a']} 条，仅{result.b.name} {c['only_b']} 条。")


def pair_text(result, *, color: bool = False) -> str:
    from rich.table import Table
    from rich.text import Text

    console = _console(color)
    console.print(Text(f"{_side_title(result.a)} ↔ {_side_title(result.b)}", style="bold"))
    note = _level_note(result)
    if note:
        console.print(Text(note, style="yellow" if color else ""))
    for section in result.sections:
        entries = [*section.only_a, *section.only_b, *(e for e in section.both if e.differs)]
        same = [e for e in section.both if not e.differs]
        if not entries and not same:
            continue
        table = Table(title=section.label, title_justify="left")
        table.add_column("事项", overflow="fold")
        table.add_column(result.a.name, overflow="fold")
        table.add_column(result.b.name, overflow="fold")
        for entry in entries:
            table.add_row(entry.label, _entry_value(entry.a, section.name), _entry_value(entry.b, section.name))
        if same:
            table.add_row(Text(f"两者相同：{'、'.join(e.label for e in same)}", style="dim"), "", "")
        console.print()
        console.print(table)
    if result.fields:
        table = Table(title="公约概况", title_justify="left")
        table.add_column("项目")
        table.add_column(result.a.name)
        table.add_column(result.b.name)
        for entry in result.fields:
            style = "bold" if entry.differs and color else ""
            table.add_row(Text(entry.label, style=style), show(entry.a, entry.key.rsplit(".", 1)[-1]),
                          show(entry.b, entry.key.rsplit(".", 1)[-1]))
        console.print()
        console.print(table)
    if result.articles:
        console.print()
        console.print(Text(pair_counts_line(result), style="bold"))
        for row in result.articles:
            head = Text(f"{_article_heading(row)}  {_article_op(row, result)}", style="bold" if row.op != "equal" else "dim")
            console.print(head)
            if row.op == "changed":
                body = _diff_cell(row.diff, color)
            elif row.op == "added":
                body = Text(row.b_text, style="green" if color else "")
            elif row.op == "removed":
                body = Text(row.a_text, style="red" if color else "")
            else:
                body = Text(row.a_text, style="dim" if color else "")
            body.pad_left(4)
            console.print(body)
    elif result.a.charter_path is None or result.b.charter_path is None:
        console.print(Text("至少一方没有公约文件，无法逐条对照。"))
    return _output(console)


def pair_markdown(result) -> str:
    out = [f"### {md(_side_title(result.a))} ↔ {md(_side_title(result.b))}", ""]
    note = _level_note(result)
    if note:
        out += [f"> {md(note)}", ""]
    for section in result.sections:
        entries = [*section.only_a, *section.only_b, *(e for e in section.both if e.differs)]
        same = [e for e in section.both if not e.differs]
        if not entries and not same:
            continue
        out += [f"#### {md(section.label)}", "", f"| 事项 | {md(result.a.name)} | {md(result.b.name)} |", "| --- | --- | --- |"]
        out += [f"| {md(e.label)} | {md(_entry_value(e.a, section.name))} | {md(_entry_value(e.b, section.name))} |" for e in entries]
        if same:
            out.append(f"| 两者相同：{md('、'.join(e.label for e in same))} | | |")
        out.append("")
    if result.fields:
        out += ["#### 公约概况", "", f"| 项目 | {md(result.a.name)} | {md(result.b.name)} |", "| --- | --- | --- |"]
        for e in result.fields:
            key = e.key.rsplit(".", 1)[-1]
            label = f"**{md(e.label)}**" if e.differs else md(e.label)
            out.append(f"| {label} | {md(show(e.a, key))} | {md(show(e.b, key))} |")
        out.append("")
    if result.articles:
        out += [f"#### {md(pair_counts_line(result))}", "",
                "条文修改中，<del>删除线</del> 是只在前者的字，<ins>下划线</ins> 是只在后者的字。", ""]
        for row in result.articles:
            out.append(f"**{md(_article_heading(row))}** {md(_article_op(row, result))}")
            if row.op == "changed":
                body = md_diff(row.diff)
            else:
                body = md(row.b_text if row.op == "added" else row.a_text)
            out += [f"> {body}", ""]
    return "\n".join(out).rstrip() + "\n"
