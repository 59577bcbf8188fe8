"""`civcat diff A B` out: two communities side by side, their catalogues, their charters' facts, and
their charters article by article with the characters that differ marked.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ...i18n import N_, _
from ..changes import numeral
from .markup import console_output, diff_cell, md, md_diff, md_document, md_row, text_console
from .words import listed, show, value_name

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ..pair import ArticleRow, Entry, PairDiff, Section, Side

ARTICLE_OPS = {
    "equal": N_("相同"),
    "changed": N_("修改"),
    "moved": N_("位置不同"),
    "removed": N_("仅{a}"),
    "added": N_("仅{b}"),
}


def pair_report(result: PairDiff, fmt: str, *, color: bool = False) -> str:
    if fmt == "json":
        return pair_json(result)
    if fmt == "markdown":
        return pair_markdown(result)
    return pair_text(result, color=color)


def pair_json(result: PairDiff) -> str:
    return json.dumps(result.as_json(), ensure_ascii=False, indent=2, default=str)


# --- shared by text and markdown ---------------------------------------------------------------------


def _side_title(side: Side) -> str:
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


def _section_entries(section: Section) -> tuple[list[Entry], list[Entry]]:
    """The entries that differ (only in A, only in B, in both but not the same), and those the same."""
    entries = [*section.only_a, *section.only_b, *(e for e in section.both if e.differs)]
    same = [e for e in section.both if not e.differs]
    return entries, same


def _level_note(result: PairDiff) -> str | None:
    a, b = result.a.level, result.b.level
    if a != b:
        return _("两者适用不同层面的参考清单（{a} / {b}），三事分流事项的编号不能直接对照。").format(
            a=value_name("level", a), b=value_name("level", b)
        )
    return None


def _article_heading(row: ArticleRow) -> str:
    a = _("第{number}条").format(number=numeral(row.a_number)) if row.a_number else "—"
    b = _("第{number}条").format(number=numeral(row.b_number)) if row.b_number else "—"
    return f"{a} ↔ {b}"


def _article_op(row: ArticleRow, result: PairDiff) -> str:
    return _(ARTICLE_OPS[row.op]).format(a=result.a.name, b=result.b.name)


def pair_counts_line(result: PairDiff) -> str:
    c = result.article_counts()
    return _(
        "公约逐条对照：相同 {equal} 条，修改 {changed} 条，位置不同 {moved} 条，仅{a} {only_a} 条，仅{b} {only_b} 条。"
    ).format(a=result.a.name, b=result.b.name, **c)


# --- text ------------------------------------------------------------------------------------------


def pair_text(result: PairDiff, *, color: bool = False) -> str:
    from rich.text import Text

    console = text_console(color)
    console.print(Text(f"{_side_title(result.a)} ↔ {_side_title(result.b)}", style="bold"))
    note = _level_note(result)
    if note:
        console.print(Text(note, style="yellow" if color else ""))
    for section in result.sections:
        table = _section_table(result, section)
        if table is not None:
            console.print()
            console.print(table)
    if result.fields:
        console.print()
        console.print(_fields_table(result, color))
    if result.articles:
        console.print()
        console.print(Text(pair_counts_line(result), style="bold"))
        for row in result.articles:
            _print_article(console, result, row, color)
    elif result.a.charter_path is None or result.b.charter_path is None:
        console.print(Text(_("至少一方没有公约文件，无法逐条对照。")))
    return console_output(console)


def _section_table(result: PairDiff, section: Section) -> Table | None:
    """A catalogue section side by side: the entries that differ, then one line naming those the same."""
    from rich.table import Table
    from rich.text import Text

    entries, same = _section_entries(section)
    if not entries and not same:
        return None
    table = Table(title=section.label, title_justify="left")
    table.add_column(_("事项"), overflow="fold")
    table.add_column(result.a.name, overflow="fold")
    table.add_column(result.b.name, overflow="fold")
    for entry in entries:
        table.add_row(entry.label, _entry_value(entry.a, section.name), _entry_value(entry.b, section.name))
    if same:
        table.add_row(Text(_("两者相同：{items}").format(items=listed(e.label for e in same)), style="dim"), "", "")
    return table


def _fields_table(result: PairDiff, color: bool) -> Table:
    """The charters' facts side by side (title, model, procedure, vote), those that differ in bold."""
    from rich.table import Table
    from rich.text import Text

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
    return table


def _print_article(console: Console, result: PairDiff, row: ArticleRow, color: bool) -> None:
    from rich.text import Text

    head = Text(f"{_article_heading(row)}  {_article_op(row, result)}", style="bold" if row.op != "equal" else "dim")
    console.print(head)
    body: Text
    if row.op == "changed" and row.diff is not None:
        body = diff_cell(row.diff, color)
    elif row.op == "added":
        body = Text(row.b_text or "", style="green" if color else "")
    elif row.op == "removed":
        body = Text(row.a_text or "", style="red" if color else "")
    else:
        body = Text(row.a_text or "", style="dim" if color else "")
    body.pad_left(4)
    console.print(body)


# --- markdown --------------------------------------------------------------------------------------


def pair_markdown(result: PairDiff) -> str:
    out = [f"### {md(_side_title(result.a))} ↔ {md(_side_title(result.b))}", ""]
    note = _level_note(result)
    if note:
        out += [f"> {md(note)}", ""]
    for section in result.sections:
        out += _section_markdown(result, section)
    if result.fields:
        out += _fields_markdown(result)
    if result.articles:
        out += [
            f"#### {md(pair_counts_line(result))}",
            "",
            _("条文修改中，<del>删除线</del> 是只在前者的字，<ins>下划线</ins> 是只在后者的字。"),
            "",
        ]
        for row in result.articles:
            out += _article_markdown(result, row)
    return md_document(out)


def _section_markdown(result: PairDiff, section: Section) -> list[str]:
    entries, same = _section_entries(section)
    if not entries and not same:
        return []
    out = [
        f"#### {md(section.label)}",
        "",
        md_row([_("事项"), md(result.a.name), md(result.b.name)]),
        "| --- | --- | --- |",
    ]
    out += [
        f"| {md(e.label)} | {md(_entry_value(e.a, section.name))} | {md(_entry_value(e.b, section.name))} |"
        for e in entries
    ]
    if same:
        same_items = _("两者相同：{items}").format(items=md(listed(e.label for e in same)))
        out.append(f"| {same_items} | | |")
    out.append("")
    return out


def _fields_markdown(result: PairDiff) -> list[str]:
    out = [
        "#### " + _("公约概况"),
        "",
        md_row([_("项目"), md(result.a.name), md(result.b.name)]),
        "| --- | --- | --- |",
    ]
    for e in result.fields:
        key = e.key.rsplit(".", 1)[-1]
        label = f"**{md(e.label)}**" if e.differs else md(e.label)
        out.append(f"| {label} | {md(show(e.a, key))} | {md(show(e.b, key))} |")
    out.append("")
    return out


def _article_markdown(result: PairDiff, row: ArticleRow) -> list[str]:
    if row.op == "changed" and row.diff is not None:
        body = md_diff(row.diff)
    else:
        body = md(row.b_text if row.op == "added" else row.a_text)
    return [f"**{md(_article_heading(row))}** {md(_article_op(row, result))}", f"> {body}", ""]
