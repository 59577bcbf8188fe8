"""`civcat diff --git` out: what changed between two revisions, and the findings new and fixed.

The markdown is written to be pasted as a pull-request comment on GitHub: a summary line, the new
findings, then one collapsible `<details>` per community.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ...findings import Finding, Severity
from ...i18n import _, ngettext
from .markup import console_output, diff_cell, md, md_code, md_diff, md_document, md_row, text_console
from .words import field_of, kind_name, severity_name, show

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from ..changes import Change
    from ..gitdiff import FileChange, GitDiff

#: GitHub refuses comments over 65,536 characters.
MARKDOWN_LIMIT = 60_000


def git_report(diff: GitDiff, fmt: str, *, color: bool = False) -> str:
    """The diff in `fmt`, always valid UTF-8: paths that are not (GBK names) show U+FFFD, as validate's."""
    from ..gitdiff import printable

    if fmt == "json":
        return printable(git_json(diff))
    if fmt == "markdown":
        return printable(git_markdown(diff))
    return printable(git_text(diff, color=color))


def git_json(diff: GitDiff) -> str:
    return json.dumps(diff.as_json(), ensure_ascii=False, indent=2)


# --- shared by text and markdown ---------------------------------------------------------------------


def verb(change: Change) -> str:
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


def _is_article(change: Change) -> bool:
    """An article of a charter: shown as a paragraph of its own, not in a table row."""
    return ".articles[" in change.target and change.target.endswith("]")


def _groups(diff: GitDiff) -> list[tuple[str, list[FileChange]]]:
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


def _group_title(diff: GitDiff, key: str, files: list[FileChange]) -> str:
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


def _group_findings(diff: GitDiff, files: list[FileChange]) -> list[Finding]:
    paths = {f.new for f in files if f.new}
    return [f for f in diff.new if f.path in paths]


def _community_of(diff: GitDiff, path: str) -> str:
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return diff.names.get(stem, "")


def git_summary(diff: GitDiff) -> str:
    """One sentence: how many communities and files changed, and the findings new and fixed."""
    findings = (
        _("新发现 {errors} 个错误、{warnings} 个警告，修复 {fixed} 个问题").format(
            errors=diff.new_errors, warnings=len(diff.new) - diff.new_errors, fixed=len(diff.fixed)
        )
        if diff.new or diff.fixed
        else _("没有新发现的问题，也没有修复的问题")
    )
    return _("{changes}；检查结果：{findings}。").format(changes=_changes_summary(diff), findings=findings)


def _changes_summary(diff: GitDiff) -> str:
    if not diff.files:
        return _("数据没有实质改动")
    communities = {f.community for f in diff.files if f.community}
    added = sum(1 for f in diff.files if f.kind == "community" and f.old is None)
    removed = sum(1 for f in diff.files if f.kind == "community" and f.new is None)
    others = sum(1 for f in diff.files if not f.community)
    counts = Counter(c.change for c in diff.changes)
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
    return _("，").join(parts)


def _revisions(diff: GitDiff) -> tuple[str, str]:
    from ..gitdiff import WORKING_TREE

    def named(revision: str, commit: str | None) -> str:
        if commit and commit[:8] not in revision:
            return _("{revision}（{commit}）").format(revision=revision, commit=commit[:8])
        return revision

    base = named(diff.base, diff.base_commit)
    head = _(WORKING_TREE) if diff.head is None else named(diff.head, diff.head_commit)
    return base, head


# --- text ------------------------------------------------------------------------------------------


def git_text(diff: GitDiff, *, color: bool = False) -> str:
    from rich.text import Text

    console = text_console(color)
    base, head = _revisions(diff)
    console.print(Text(_("civcat diff：{base} → {head}").format(base=base, head=head), style="bold"), soft_wrap=True)
    console.print(Text(git_summary(diff)), soft_wrap=True)
    for key, files in _groups(diff):
        console.print()
        console.print(Text(_group_title(diff, key, files), style="bold"))
        for f in files:
            console.print(_file_table(f, color))
    _print_findings(console, _("新发现的问题（{count}）").format(count=len(diff.new)), diff.new, color)
    _print_findings(console, _("已修复的问题（{count}）").format(count=len(diff.fixed)), diff.fixed, color)
    return console_output(console)


def _file_table(f: FileChange, color: bool):
    """One changed file's changes: a row each, with its verb, where it is and what it says."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f.path, title_justify="left", show_lines=False, expand=False)
    table.add_column(_("改动"), no_wrap=True)
    table.add_column(_("位置"), overflow="fold")
    table.add_column(_("内容"), overflow="fold")
    for change in f.changes:
        where = Text(change.label or change.target)
        where.append(f"\n{change.target}", style="dim")
        table.add_row(Text(verb(change)), where, _content_text(change, color))
    return table


def _content_text(change: Change, color: bool) -> Text:
    """The content cell (内容) of a change, as rich Text."""
    from rich.text import Text

    field = field_of(change.target)
    if change.diff is not None and change.before != change.after:
        return diff_cell(change.diff, color)
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


def _print_findings(console: Console, heading: str, findings: list[Finding], color: bool) -> None:
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


# --- markdown --------------------------------------------------------------------------------------


def git_markdown(diff: GitDiff) -> str:
    base, head = _revisions(diff)
    out = [
        "### " + _("civcat diff：{base} → {head}").format(base=md(base), head=md(head)),
        "",
        f"**{md(git_summary(diff))}**",
        "",
        *_findings_markdown(diff),
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
    return md_document(out)


def _findings_markdown(diff: GitDiff) -> list[str]:
    """The new findings in a table, the fixed ones in a collapsed table."""
    out = []
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
    return out


def _findings_table(findings: list[Finding], diff: GitDiff) -> list[str]:
    rows = [md_row([_("村（社区）"), _("文件"), _("行:列"), _("问题"), _("说明")]), "| --- | --- | --- | --- | --- |"]
    for f in findings:
        rows.append(
            f"| {md(_community_of(diff, f.path))} | {md_code(f.path)} | {f.line}:{f.column} | "
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


def _group_markdown(diff: GitDiff, key: str, files: list[FileChange]) -> list[str]:
    """One community's (or county file's) changes, collapsed under its summary line."""
    summary = _group_summary(sum(len(f.changes) for f in files), _group_findings(diff, files))
    title = f"<b>{md(_group_title(diff, key, files))}</b>"
    out = ["<details><summary>" + _("{title}：{summary}").format(title=title, summary=summary) + "</summary>", ""]
    for f in files:
        out += _file_markdown(f)
    out += ["</details>", ""]
    return out


def _file_markdown(f: FileChange) -> list[str]:
    """A changed file: its path, a table of its changes, then each changed article as a paragraph."""
    if f.old and f.new and f.old != f.new:
        out = [_("{path}（原为 {old}）").format(path=md_code(f.path), old=md_code(f.old)), ""]
    else:
        out = [md_code(f.path), ""]
    rows = [change for change in f.changes if not _is_article(change)]
    if rows:
        out += [md_row([_("改动"), _("位置"), _("原来"), _("现在")]), "| --- | --- | --- | --- |"]
        out += [_change_row(change) for change in rows]
        out.append("")
    for change in f.changes:
        if _is_article(change):
            out += _article_markdown(change)
    return out


def _change_row(change: Change) -> str:
    field = field_of(change.target)
    before = md(show(change.before, field)) if change.change != "added" else ""
    after = md(show(change.after, field)) if change.change != "removed" else ""
    if change.diff is not None and change.change == "changed":
        after = md_diff(change.diff)
    return f"| {verb(change)} | {md(change.label or change.target)} {md_code(change.target)} | {before} | {after} |"


def _article_markdown(change: Change) -> list[str]:
    head = f"**{verb(change)} {md(change.label or change.target)}** {md_code(change.target)}"
    if change.moved_from is not None:
        head = _("{heading}（原在 {path}）").format(heading=head, path=md_code(change.moved_from))
    if change.change == "changed" and change.diff is not None:
        body = md_diff(change.diff)
    elif change.change == "removed":
        body = f"<del>{md(change.before)}</del>"
    else:
        body = md(change.after)
    return [head, f"> {body}", ""]
