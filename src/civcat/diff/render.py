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
from typing import TYPE_CHECKING, Any

from ..findings import Finding, Severity
from ..i18n import N_, _, ngettext
from ..models import KIND_LABELS
from ..models.catalogues import (
    COMMUNITY_TYPE_LABELS,
    CONSULTATION_CATEGORY_LABELS,
    ROUTE_LABELS,
    TIER_LABELS,
    TOWNSHIP_TYPE_LABELS,
    TRIAGE_LEVEL_LABELS,
)
from ..models.charters import (
    CHARTER_TYPE_LABELS,
    STATUS_LABELS,
    TOPIC_LABELS,
    VOTE_BASIS_LABELS,
    VOTE_BODY_LABELS,
)
from .changes import field_label, numeral
from .textdiff import DELETE, EQUAL, Segment

if TYPE_CHECKING:
    from rich.console import Console, JustifyMethod

FORMATS = ("text", "markdown", "json")

# Text and markdown speak the interface language; the JSON holds codes and data (the words of these
# tables never go into it). Values of the tables below are translated where they are shown.

TIER_NAMES = TIER_LABELS
VALUE_NAMES = {
    "tier": TIER_LABELS,
    # `type` is the field of a township, a community and a charter: their values do not overlap.
    "type": {**COMMUNITY_TYPE_LABELS, **TOWNSHIP_TYPE_LABELS, **CHARTER_TYPE_LABELS},
    "status": STATUS_LABELS,
    "body": VOTE_BODY_LABELS,
    "basis": VOTE_BASIS_LABELS,
    "route": ROUTE_LABELS,
    "category": CONSULTATION_CATEGORY_LABELS,
    "topic": TOPIC_LABELS,
    "level": {**TRIAGE_LEVEL_LABELS, "consultation": N_("协商事项")},
}
KIND_NAMES = KIND_LABELS
SEVERITY = {Severity.ERROR: N_("错误"), Severity.WARNING: N_("警告")}


# --- values in words -------------------------------------------------------------------------------


def _list(items) -> str:
    """Words listed: 甲、乙、丙 in Chinese, "a, b, c" in English."""
    return _("、").join(items)


def value_name(field: str, value: Any) -> Any:
    """An enumerated value in words (VALUE_NAMES), translated; any other value as it is."""
    names = VALUE_NAMES.get(field, {})
    return _(names[value]) if isinstance(value, str) and value in names else value


def tier_name(tier: Any, default: str = "") -> str:
    return _(TIER_NAMES[tier]) if tier in TIER_NAMES else default


def kind_name(kind: Any, default: str) -> str:
    return _(KIND_NAMES[kind]) if kind in KIND_NAMES else default


def severity_name(severity: Severity) -> str:
    return _(SEVERITY[severity])


def _field_of(target: str) -> str:
    last = target.rsplit(".", 1)[-1]
    return re.sub(r"\[\d+\]$", "", last.split(" ")[0])


def show(value: Any, field: str = "") -> str:
    """A value as a clerk reads it: enumerations in Chinese, items as 编号 层级“名称”, lists joined by 、."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return _("是") if value else _("否")
    if isinstance(value, str):
        return value_name(field, value)
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return _list(show(v, field) for v in value) or _("（空）")
    if isinstance(value, dict):
        return _show_mapping(value)
    return str(value)


def _field_value(key: str, value: Any) -> str:
    return _("{field}：{value}").format(field=field_label(key), value=show(value, key))


def _show_mapping(value: dict) -> str:
    if "kind" in value and ("code" in value or "community" in value or "title" in value):  # a file's summary
        kind = kind_name(str(value.get("kind")), str(value.get("kind")))
        name = value.get("name") or value.get("title") or ""
        code = value.get("code") or value.get("community") or ""
        if "articles" in value:
            articles = value["articles"]
            n = articles if isinstance(articles, int) else 2
            if code:
                return ngettext(
                    "{kind}：{name}（{code}），{count} 条", "{kind}：{name}（{code}），{count} 条", n
                ).format(kind=kind, name=name, code=code, count=articles)
            return ngettext("{kind}：{name}，{count} 条", "{kind}：{name}，{count} 条", n).format(
                kind=kind, name=name, count=articles
            )
        if code:
            return _("{kind}：{name}（{code}）").format(kind=kind, name=name, code=code)
        return _("{kind}：{name}").format(kind=kind, name=name)
    if "title" in value:  # an item
        head = " ".join(str(p) for p in (value.get("id"), tier_name(str(value.get("tier")))) if p)
        item = _("{item}“{title}”").format(item=head, title=value["title"]).strip()
        rest = [_field_value(k, v) for k, v in value.items() if k not in ("id", "tier", "title")]
        return _("{item}（{details}）").format(item=item, details=_("；").join(rest)) if rest else item
    return _("；").join(_field_value(str(k), v) for k, v in value.items())


def verb(change) -> str:
    """The change in one word, in the clerk's terms."""
    target = change.target
    if target == "file":
        return {"added": _("新增文件"), "removed": _("删除文件")}.get(change.change, _("无法比较"))
    if target == "path":
        return _("移动/改名")
    if change.moved_from is not None:
        return _("移动") if change.before == change.after else _("移动并修改")
    if ".excluded " in f".{target}" and target.count(".") == 1:
        return {"added": _("排除"), "removed": _("恢复适用"), "changed": _("改理由")}[change.change]
    return {"added": _("新增"), "removed": _("删除"), "changed": _("修改")}[change.change]


def _is_article(change) -> bool:
    """An article of a charter: shown as a paragraph of its own, not in a table row."""
    return ".articles[" in change.target and change.target.endswith("]")


def _finding_line(f: Finding) -> str:
    return f"{f.path}:{f.line}:{f.column}  {severity_name(f.severity)} {f.code}  {f.message}"


# --- markdown helpers ------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_~\[\]|#])")


#: "@name" and "@org/team" would notify those GitHub users when the comment is posted.
_MENTION = re.compile(r"@(?=[A-Za-z0-9_-])")


def md(text: Any) -> str:
    """Text safe inside markdown (and table cells): HTML escaped, markdown characters backslashed,
    and mentions neutralised: a zero-width joiner after "@" (shown the same, notifying no one)."""
    text = html.escape(str(text), quote=False)
    if "@" in text:
        text = _MENTION.sub("@\u200d", text)
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


def _md_row(cells) -> str:
    return "| " + " | ".join(cells) + " |"


# --- rich helpers ----------------------------------------------------------------------------------


def _console(color: bool):
    from rich.console import Console

    from ..cliutil import output_width

    # On a terminal its width (at least 80); to a file or a pipe no line is wrapped.
    width = output_width() or max(shutil.get_terminal_size((120, 24)).columns, 80)
    return Console(
        file=io.StringIO(),
        force_terminal=color,
        no_color=not color,
        width=width,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=True,
        color_system="standard" if color else None,
    )


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


def _community_title(name: str, code: str, township: str) -> str:
    """石门村（500243112201，长生镇）: a community with its code and township."""
    if township:
        return _("{name}（{code}，{township}）").format(name=name, code=code, township=township)
    return _("{name}（{code}）").format(name=name, code=code)


def _group_title(diff, key: str, files: list) -> str:
    if files[0].community:
        title = _community_title(diff.names.get(key, "") or _("村（社区）"), key, diff.townships.get(key[:9], ""))
        community_file = next((f for f in files if f.kind == "community"), None)
        if community_file and community_file.old is None:
            return _("{community}（新增）").format(community=title)
        if community_file and community_file.new is None:
            return _("{community}（删除）").format(community=title)
        return title
    kind = kind_name(files[0].kind, _("文件"))
    return f"{kind} {key}"


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
        head = _("数据没有实质改动")
    else:
        parts = [
            ngettext("{count} 个村（社区）有改动", "{count} 个村（社区）有改动", len(communities)).format(
                count=len(communities)
            )
        ]
        if added or removed:
            parts.append(_("其中新增 {added} 个、删除 {removed} 个").format(added=added, removed=removed))
        if others:
            parts.append(
                ngettext("另有 {count} 个县级文件有改动", "另有 {count} 个县级文件有改动", others).format(count=others)
            )
        total = len(diff.changes)
        parts.append(
            ngettext(
                "共 {count} 处（新增 {added}、删除 {removed}、修改 {changed}）",
                "共 {count} 处（新增 {added}、删除 {removed}、修改 {changed}）",
                total,
            ).format(count=total, added=counts["added"], removed=counts["removed"], changed=counts["changed"])
        )
        head = _("，").join(parts)
    findings = (
        _("新发现 {errors} 个错误、{warnings} 个警告，修复 {fixed} 个问题").format(
            errors=new_errors, warnings=new_warnings, fixed=len(diff.fixed)
        )
        if diff.new or diff.fixed
        else _("没有新发现的问题，也没有修复的问题")
    )
    return _("{changes}；检查结果：{findings}。").format(changes=head, findings=findings)


def render_git(diff, fmt: str, *, color: bool = False) -> str:
    """The diff in `fmt`, always valid UTF-8: paths that are not (GBK names) show U+FFFD, as validate's."""
    from .gitdiff import printable

    if fmt == "json":
        return printable(json.dumps(diff.as_json(), ensure_ascii=False, indent=2))
    if fmt == "markdown":
        return printable(git_markdown(diff))
    return printable(git_text(diff, color=color))


def _revisions(diff) -> tuple[str, str]:
    from .gitdiff import WORKING_TREE

    def named(revision: str, commit: str | None) -> str:
        if commit and commit[:8] not in revision:
            return _("{revision}（{commit}）").format(revision=revision, commit=commit[:8])
        return revision

    base = named(diff.base, diff.base_commit)
    head = _(WORKING_TREE) if diff.head is None else named(diff.head, diff.head_commit)
    return base, head


def _content_text(change, color: bool):
    """The content cell (内容) of a change, as rich Text."""
    from rich.text import Text

    field = _field_of(change.target)
    if change.diff is not None and change.before != change.after:
        return _diff_cell(change.diff, color)
    if change.change == "added":
        return Text(show(change.after, field), style="green" if color else "")
    if change.change == "removed":
        return Text(show(change.before, field), style="red" if color else "")
    if change.moved_from is not None:
        return Text(_("从 {path} 移来：{text}").format(path=change.moved_from, text=show(change.after)))
    text = Text(show(change.before, field), style="red" if color else "")
    text.append(" → ")
    text.append(show(change.after, field), style="green" if color else "")
    return text


def git_text(diff, *, color: bool = False) -> str:
    from rich.table import Table
    from rich.text import Text

    console = _console(color)
    base, head = _revisions(diff)
    console.print(Text(_("civcat diff：{base} → {head}").format(base=base, head=head), style="bold"), soft_wrap=True)
    console.print(Text(git_summary(diff)), soft_wrap=True)
    for key, files in _groups(diff):
        console.print()
        console.print(Text(_group_title(diff, key, files), style="bold"))
        for f in files:
            table = Table(title=f.path, title_justify="left", show_lines=False, expand=False)
            table.add_column(_("改动"), no_wrap=True)
            table.add_column(_("位置"), overflow="fold")
            table.add_column(_("内容"), overflow="fold")
            for change in f.changes:
                where = Text(change.label or change.target)
                where.append(f"\n{change.target}", style="dim")
                table.add_row(Text(verb(change)), where, _content_text(change, color))
            console.print(table)
    _findings_text(console, _("新发现的问题（{count}）").format(count=len(diff.new)), diff.new, color)
    _findings_text(console, _("已修复的问题（{count}）").format(count=len(diff.fixed)), diff.fixed, color)
    return _output(console)


def _findings_text(console, heading: str, findings: list[Finding], color: bool) -> None:
    from rich.text import Text

    if not findings:
        return
    console.print()
    console.print(Text(heading, style="bold"))
    for f in findings:
        style = ("red" if f.severity is Severity.ERROR else "yellow") if color else ""
        line = Text(f"  {f.path}:{f.line}:{f.column}  ")
        line.append(f"{severity_name(f.severity)} {f.code}", style=style)
        line.append(f"  {f.message}")
        console.print(line, soft_wrap=True)


MARKDOWN_LIMIT = 60_000  # GitHub refuses comments over 65,536 characters


def git_markdown(diff) -> str:
    base, head = _revisions(diff)
    out = [
        "### " + _("civcat diff：{base} → {head}").format(base=md(base), head=md(head)),
        "",
        f"**{md(git_summary(diff))}**",
        "",
    ]
    if diff.new:
        out += [
            "#### " + _("新发现的问题（{count}）").format(count=len(diff.new)),
            "",
            *_findings_table(diff.new, diff),
            "",
        ]
    if diff.fixed:
        out += [
            "<details><summary>" + _("已修复的问题（{count}）").format(count=len(diff.fixed)) + "</summary>",
            "",
            *_findings_table(diff.fixed, diff),
            "",
            "</details>",
            "",
        ]
    if any(c.diff for c in diff.changes):
        out += [_("逐字标出的修改：<del>删除线</del> 是删去的字，<ins>下划线</ins> 是新加的字。"), ""]
    used = sum(len(line) + 1 for line in out)
    groups = _groups(diff)
    for index, (key, files) in enumerate(groups):
        block = _group_markdown(diff, key, files)
        size = sum(len(line) + 1 for line in block)
        if used + size > MARKDOWN_LIMIT:
            rest = len(groups) - index
            out += [
                ngettext(
                    "其余 {count} 组改动因评论长度限制未列出；请在本地运行 `civcat diff --git {base}` 查看全部。",
                    "其余 {count} 组改动因评论长度限制未列出；请在本地运行 `civcat diff --git {base}` 查看全部。",
                    rest,
                ).format(count=rest, base=md(diff.base)),
                "",
            ]
            break
        out += block
        used += size
    return "\n".join(out).rstrip() + "\n"


def _findings_table(findings: list[Finding], diff) -> list[str]:
    rows = [_md_row([_("村（社区）"), _("文件"), _("行:列"), _("问题"), _("说明")]), "| --- | --- | --- | --- | --- |"]
    for f in findings:
        rows.append(
            f"| {md(_community_of(diff, f.path))} | {_code(f.path)} | {f.line}:{f.column} | "
            f"{severity_name(f.severity)} {f.code} | {md(f.message)} |"
        )
    return rows


def _group_summary(count: int, found: list[Finding]) -> str:
    """A group's summary line: its number of changes and the errors and warnings they bring."""
    errors = sum(1 for f in found if f.severity is Severity.ERROR)
    warnings = len(found) - errors
    summary = ngettext("{count} 处改动", "{count} 处改动", count).format(count=count)
    if errors and warnings:
        summary = _("{changes}，新发现 {errors} 个错误、{warnings} 个警告").format(
            changes=summary, errors=errors, warnings=warnings
        )
    elif errors:
        summary = ngettext("{changes}，新发现 {count} 个错误", "{changes}，新发现 {count} 个错误", errors).format(
            changes=summary, count=errors
        )
    elif warnings:
        summary = ngettext("{changes}，新发现 {count} 个警告", "{changes}，新发现 {count} 个警告", warnings).format(
            changes=summary, count=warnings
        )
    return summary


def _group_markdown(diff, key: str, files: list) -> list[str]:
    summary = _group_summary(sum(len(f.changes) for f in files), _group_findings(diff, files))
    title = f"<b>{md(_group_title(diff, key, files))}</b>"
    out = ["<details><summary>" + _("{title}：{summary}").format(title=title, summary=summary) + "</summary>", ""]
    for f in files:
        if f.old and f.new and f.old != f.new:
            out.append(_("{path}（原为 {old}）").format(path=_code(f.path), old=_code(f.old)))
        else:
            out.append(_code(f.path))
        out.append("")
        rows, texts = [], []
        for change in f.changes:
            if _is_article(change):
                texts.append(change)
            else:
                rows.append(change)
        if rows:
            out += [_md_row([_("改动"), _("位置"), _("原来"), _("现在")]), "| --- | --- | --- | --- |"]
            for change in rows:
                field = _field_of(change.target)
                before = md(show(change.before, field)) if change.change != "added" else ""
                after = md(show(change.after, field)) if change.change != "removed" else ""
                if change.diff is not None and change.change == "changed":
                    after = md_diff(change.diff)
                out.append(
                    f"| {verb(change)} | {md(change.label or change.target)} {_code(change.target)} | {before} | {after} |"
                )
            out.append("")
        for change in texts:
            head = f"**{verb(change)} {md(change.label or change.target)}** {_code(change.target)}"
            if change.moved_from is not None:
                head = _("{heading}（原在 {path}）").format(heading=head, path=_code(change.moved_from))
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
    count = result.communities_in_scope
    if result.township:
        return ngettext(
            "{township}（{code}）{count} 个村（社区）", "{township}（{code}）{count} 个村（社区）", count
        ).format(township=result.township_name, code=result.township, count=count)
    return ngettext("全县 {count} 个村（社区）", "全县 {count} 个村（社区）", count).format(count=count)


REFERENCE_LISTS = {
    "township": N_("乡镇层面“三事分流”参考事项"),
    "street": N_("街道层面“三事分流”参考事项"),
    "consultation": N_("城乡社区协商事项清单"),
}


def _reference_heading(level: str, scope: int) -> str:
    return ngettext("{list}（适用于 {count} 个村（社区））", "{list}（适用于 {count} 个村（社区））", scope).format(
        list=_(REFERENCE_LISTS[level]), count=scope
    )


def _reasons(item, top: int = 4) -> str:
    parts = [_("{reason}（{count}）").format(reason=r.text, count=r.count) for r in item.reasons[:top]]
    if len(item.reasons) > top:
        more = len(item.reasons) - top
        parts.append(ngettext("另 {count} 种理由", "另 {count} 种理由", more).format(count=more))
    return _("；").join(parts)


def _tiers(group) -> str:
    field = "tier" if group.list == "triage" else "category"
    unclassified = _("未分类")
    return _list(f"{value_name(field, t) if t else unclassified} {n}" for t, n in group.tiers.most_common())


def _reference_name(level: str, item: str) -> str:
    """A reference item named with its level where triage ids repeat (乡镇层面 XS-01), else by its id."""
    return f"{value_name('level', level)} {item}" if level in ("township", "street") else item


def _hints(group, threshold: int) -> list[str]:
    hints = []
    if group.reference:
        reference = _reference_name(*group.reference_item) if group.reference_item else group.reference
        hints.append(_("与参考事项 {reference} 同名：应排除或修改参考事项，不必新增").format(reference=reference))
    if group.conflict:
        hints.append(_("层级不一致：请统一"))
    if group.candidate:
        hints.append(_("★ 县级清单候选"))
    if len(group.titles) > 1:
        hints.append(_("写法：{titles}").format(titles=_list(group.titles[:4])))
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


def _list_name(group) -> str:
    return _("三事分流") if group.list == "triage" else _("协商")


def _reference_columns() -> list[str]:
    return [_("编号"), _("事项"), _("排除"), _("占比"), _("理由（村（社区）数）")]


def _local_columns() -> list[str]:
    return [_("清单"), _("事项"), _("村（社区）数"), _("层级/类别"), _("提示")]


def _community_columns(result) -> list[tuple[str, JustifyMethod]]:
    """(heading, justification) of the columns of the table of communities."""
    columns: list[tuple[str, JustifyMethod]] = [
        (_("村（社区）"), "left"),
        (_("代码"), "left"),
        (_("乡镇（街道）"), "left"),
    ]
    if any(k in result.kinds for k in ("triage", "consultation")):
        columns += [(_("排除"), "right"), (_("新增"), "right")]
    if "charters" in result.kinds:
        columns += [(_("公约 保留/修改/新增/删除"), "right"), (_("改动比例"), "right")]
    columns.append((_("提示"), "left"))
    return columns


def across_text(result, *, color: bool = False, limit: int = 20) -> str:
    from rich.text import Text

    console = _console(color)
    console.print(Text(_("比较：{scope}").format(scope=_scope_line(result)), style="bold"))
    number = iter(numeral(n) for n in range(1, 5))
    if result.reference_items:
        _print_reference_section(console, result, next(number))
    if any(k in result.kinds for k in ("triage", "consultation")):
        _print_local_section(console, result, next(number), color)
    _print_communities_section(console, result, next(number), color, limit)
    return _output(console)


def _print_reference_section(console: Console, result, number: str) -> None:
    """Which reference items communities excluded, and why."""
    from rich.table import Table
    from rich.text import Text

    console.print()
    console.print(Text(_("{number}、哪些参考事项被排除，为什么").format(number=number), style="bold"))
    justify: tuple[JustifyMethod, ...] = ("left", "left", "right", "right", "left")
    for level, items in _sections(result).items():
        excluded = sorted((i for i in items if i.excluded_by), key=lambda i: (-len(i.excluded_by), i.id))
        table = Table(title=_reference_heading(level, items[0].scope), title_justify="left")
        for column, how in zip(_reference_columns(), justify, strict=True):
            table.add_column(column, justify=how, overflow="fold")
        for item in excluded:
            table.add_row(item.id, item.title, str(len(item.excluded_by)), f"{item.share:.0%}", _reasons(item))
        if excluded:
            console.print(table)
        rest = len(items) - len(excluded)
        if excluded:
            line = ngettext("其余 {count} 项没有村（社区）排除。", "其余 {count} 项没有村（社区）排除。", rest).format(
                count=rest
            )
        else:
            line = ngettext(
                "{list}：{count} 项都没有村（社区）排除。", "{list}：{count} 项都没有村（社区）排除。", len(items)
            ).format(list=_reference_heading(level, items[0].scope), count=len(items))
        console.print(Text(line))


def _print_local_section(console: Console, result, number: str, color: bool) -> None:
    """The matters communities added themselves, grouped by same or near-same titles."""
    from rich.table import Table
    from rich.text import Text

    console.print()
    console.print(
        Text(_("{number}、各村（社区）自行新增的事项（相同或相近名称归为一项）").format(number=number), style="bold")
    )
    shared = [g for g in result.local_items if len(g.communities) > 1 or g.conflict or g.reference]
    singles = len(result.local_items) - len(shared)
    if shared:
        table = Table(title_justify="left")
        justify: tuple[JustifyMethod, ...] = ("left", "left", "right", "left", "left")
        for column, how in zip(_local_columns(), justify, strict=True):
            table.add_column(column, justify=how, overflow="fold")
        for group in shared:
            style = ("bold" if group.candidate else "") + (" yellow" if group.conflict and color else "")
            table.add_row(
                _list_name(group),
                Text(group.title, style=style.strip()),
                str(len(group.communities)),
                _tiers(group),
                "\n".join(_hints(group, result.candidate_threshold)),
            )
        console.print(table)
    if singles:
        console.print(Text(_singles_line(singles)))
    if any(g.candidate for g in result.local_items):
        console.print(Text(_candidate_note(result), style="dim" if color else ""))
    if not result.local_items:
        console.print(Text(_("没有村（社区）新增事项。")))


def _print_communities_section(console: Console, result, number: str, color: bool, limit: int) -> None:
    """Each community's exclusions, additions and charter distance, the largest departures first."""
    from rich.table import Table
    from rich.text import Text

    console.print()
    console.print(
        Text(
            _("{number}、各村（社区）：排除和新增的事项、公约与示范文本的差别（偏离最大的在前）").format(number=number),
            style="bold",
        )
    )
    table = Table(title_justify="left")
    catalogue = any(k in result.kinds for k in ("triage", "consultation"))
    for column, justify in _community_columns(result):
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
        more = len(result.communities) - len(rows)
        console.print(
            Text(
                ngettext(
                    "其余 {count} 个从略（--limit 0 显示全部）。", "其余 {count} 个从略（--limit 0 显示全部）。", more
                ).format(count=more)
            )
        )
    console.print(Text(_ranking_note(result), style="dim" if color else ""))


def _singles_line(singles: int) -> str:
    return ngettext(
        "另有 {count} 项只有一个村（社区）新增。", "另有 {count} 项只有一个村（社区）新增。", singles
    ).format(count=singles)


def _flags(row) -> str:
    from .across import FLAG_NAMES

    return _list(_(FLAG_NAMES[f]) for f in row.flags)


def _candidate_note(result) -> str:
    return _(
        "★ 在 {count} 个及以上村（社区）出现（{scope}的 5%，至少 3 个；--min-count 可调），"
        "建议考虑列入县级参考清单；层级不一致的请先统一。"
    ).format(count=result.candidate_threshold, scope=_scope_line(result))


def _ranking_note(result) -> str:
    if "charters" in result.kinds:
        return _(
            "按公约改动比例从高到低排列。改动比例 =（修改 + 新增 + 删除的条数）÷ 示范文本条数；"
            "填入本村名称和备案机关不算改动。“特别多”：比平均数高出两个标准差以上。"
        )
    return _("按排除和新增的事项数从多到少排列。“特别多”：比平均数高出两个标准差以上。")


def across_markdown(result, *, limit: int = 20) -> str:
    out = ["### " + _("比较：{scope}").format(scope=md(_scope_line(result))), ""]
    if result.reference_items:
        out += ["#### " + _("哪些参考事项被排除，为什么"), ""]
        for level, items in _sections(result).items():
            excluded = sorted((i for i in items if i.excluded_by), key=lambda i: (-len(i.excluded_by), i.id))
            heading = f"**{md(_reference_heading(level, items[0].scope))}**"
            out += [
                _("{list}：{excluded} 项被排除，{rest} 项没有。").format(
                    list=heading, excluded=len(excluded), rest=len(items) - len(excluded)
                ),
                "",
            ]
            if excluded:
                out += [_md_row(_reference_columns()), "| --- | --- | ---: | ---: | --- |"]
                out += [
                    f"| {i.id} | {md(i.title)} | {len(i.excluded_by)} | {i.share:.0%} | {md(_reasons(i))} |"
                    for i in excluded
                ]
                out.append("")
    if any(k in result.kinds for k in ("triage", "consultation")):
        out += ["#### " + _("各村（社区）自行新增的事项"), ""]
        shared = [g for g in result.local_items if len(g.communities) > 1 or g.conflict or g.reference]
        if shared:
            out += [_md_row(_local_columns()), "| --- | --- | ---: | --- | --- |"]
            for g in shared:
                title = f"**{md(g.title)}**" if g.candidate else md(g.title)
                hints = _("；").join(_hints(g, result.candidate_threshold))
                out.append(f"| {_list_name(g)} | {title} | {len(g.communities)} | {md(_tiers(g))} | {md(hints)} |")
            out.append("")
        singles = len(result.local_items) - len(shared)
        if singles:
            out += [_singles_line(singles), ""]
        if any(g.candidate for g in result.local_items):
            out += [md(_candidate_note(result)), ""]
    out += ["#### " + _("各村（社区）（偏离最大的在前）"), ""]
    catalogue = any(k in result.kinds for k in ("triage", "consultation"))
    head = [column for column, _justify in _community_columns(result)]
    out += [_md_row(head), _md_row("---" for column in head)]
    rows = result.communities if not limit else result.communities[:limit]
    for row in rows:
        cells = [md(row.name), row.code, md(row.township)]
        if catalogue:
            cells += [str(row.excluded), str(row.local)]
        if "charters" in result.kinds:
            cells += list(_charter_cells(row))
        cells.append(md(_flags(row)))
        out.append(_md_row(cells))
    out.append("")
    if len(result.communities) > len(rows):
        more = len(result.communities) - len(rows)
        out += [ngettext("其余 {count} 个从略。", "其余 {count} 个从略。", more).format(count=more), ""]
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
    return _("{name}（{code}，{township}）").format(name=side.name, code=side.code, township=side.township)


def _entry_value(value: Any, section: str) -> str:
    if value is None:
        return "—"
    if section.endswith("excluded"):
        return _("排除：{reason}").format(reason=value)
    if section.endswith("platforms"):
        return _("有")
    if section == "assigned_tasks" and isinstance(value, dict):
        if value.get("department") or value.get("ref"):
            details = _("，").join(str(value[k]) for k in ("department", "ref") if value.get(k))
            return _("有（{details}）").format(details=details)
        return _("有")
    return show(value)


def _level_note(result) -> str | None:
    a, b = result.a.level, result.b.level
    if a != b:
        return _("两者适用不同层面的参考清单（{a} / {b}），三事分流事项的编号不能直接对照。").format(
            a=value_name("level", a), b=value_name("level", b)
        )
    return None


def _article_heading(row) -> str:
    a = _("第{number}条").format(number=numeral(row.a_number)) if row.a_number else "—"
    b = _("第{number}条").format(number=numeral(row.b_number)) if row.b_number else "—"
    return f"{a} ↔ {b}"


ARTICLE_OPS = {
    "equal": N_("相同"),
    "changed": N_("修改"),
    "moved": N_("位置不同"),
    "removed": N_("仅{a}"),
    "added": N_("仅{b}"),
}


def _article_op(row, result) -> str:
    return _(ARTICLE_OPS[row.op]).format(a=result.a.name, b=result.b.name)


def pair_counts_line(result) -> str:
    c = result.article_counts()
    return _(
        "公约逐条对照：相同 {equal} 条，修改 {changed} 条，位置不同 {moved} 条，仅{a} {only_a} 条，仅{b} {only_b} 条。"
    ).format(a=result.a.name, b=result.b.name, **c)


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
        table.add_column(_("事项"), overflow="fold")
        table.add_column(result.a.name, overflow="fold")
        table.add_column(result.b.name, overflow="fold")
        for entry in entries:
            table.add_row(entry.label, _entry_value(entry.a, section.name), _entry_value(entry.b, section.name))
        if same:
            table.add_row(Text(_("两者相同：{items}").format(items=_list(e.label for e in same)), style="dim"), "", "")
        console.print()
        console.print(table)
    if result.fields:
        table = Table(title=_("公约概况"), title_justify="left")
        table.add_column(_("项目"))
        table.add_column(result.a.name)
        table.add_column(result.b.name)
        for entry in result.fields:
            style = "bold" if entry.differs and color else ""
            table.add_row(
                Text(entry.label, style=style),
                show(entry.a, entry.key.rsplit(".", 1)[-1]),
                show(entry.b, entry.key.rsplit(".", 1)[-1]),
            )
        console.print()
        console.print(table)
    if result.articles:
        console.print()
        console.print(Text(pair_counts_line(result), style="bold"))
        for row in result.articles:
            head = Text(
                f"{_article_heading(row)}  {_article_op(row, result)}", style="bold" if row.op != "equal" else "dim"
            )
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
        console.print(Text(_("至少一方没有公约文件，无法逐条对照。")))
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
        out += [
            f"#### {md(section.label)}",
            "",
            _md_row([_("事项"), md(result.a.name), md(result.b.name)]),
            "| --- | --- | --- |",
        ]
        out += [
            f"| {md(e.label)} | {md(_entry_value(e.a, section.name))} | {md(_entry_value(e.b, section.name))} |"
            for e in entries
        ]
        if same:
            same_items = _("两者相同：{items}").format(items=md(_list(e.label for e in same)))
            out.append(f"| {same_items} | | |")
        out.append("")
    if result.fields:
        out += [
            "#### " + _("公约概况"),
            "",
            _md_row([_("项目"), md(result.a.name), md(result.b.name)]),
            "| --- | --- | --- |",
        ]
        for e in result.fields:
            key = e.key.rsplit(".", 1)[-1]
            label = f"**{md(e.label)}**" if e.differs else md(e.label)
            out.append(f"| {label} | {md(show(e.a, key))} | {md(show(e.b, key))} |")
        out.append("")
    if result.articles:
        out += [
            f"#### {md(pair_counts_line(result))}",
            "",
            _("条文修改中，<del>删除线</del> 是只在前者的字，<ins>下划线</ins> 是只在后者的字。"),
            "",
        ]
        for row in result.articles:
            out.append(f"**{md(_article_heading(row))}** {md(_article_op(row, result))}")
            if row.op == "changed":
                body = md_diff(row.diff)
            else:
                body = md(row.b_text if row.op == "added" else row.a_text)
            out += [f"> {body}", ""]
    return "\n".join(out).rstrip() + "\n"
