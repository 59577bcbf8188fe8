"""`civcat diff --across` out: which reference items communities exclude and why, the matters they add
themselves, and each community's departures from the lists and its model charter.

Text and markdown have the same three sections, numbered in text; JSON holds the codes and figures.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING

from ...i18n import N_, _, ngettext
from ..changes import numeral
from .markup import console_output, md, md_document, md_row, text_console
from .words import listed, value_name

if TYPE_CHECKING:
    from rich.console import Console, JustifyMethod

    from ..across import Across, CommunityRow, LocalGroup, ReferenceItem

REFERENCE_LISTS = {
    "township": N_("乡镇层面“三事分流”参考事项"),
    "street": N_("街道层面“三事分流”参考事项"),
    "consultation": N_("城乡社区协商事项清单"),
}


def across_report(result: Across, fmt: str, *, color: bool = False, limit: int = 20) -> str:
    """The comparison in `fmt`; `limit` communities listed in text and markdown (0: all)."""
    if fmt == "json":
        return across_json(result)
    if fmt == "markdown":
        return across_markdown(result, limit=limit)
    return across_text(result, color=color, limit=limit)


def across_json(result: Across) -> str:
    return json.dumps(result.as_json(), ensure_ascii=False, indent=2)


# --- shared by text and markdown ---------------------------------------------------------------------


def _has_catalogues(result: Across) -> bool:
    return any(k in result.kinds for k in ("triage", "consultation"))


def _scope_line(result: Across) -> str:
    count = result.communities_in_scope
    if result.township:
        return ngettext(
            "{township}（{code}）{count} 个村（社区）", "{township}（{code}）{count} 个村（社区）", count
        ).format(township=result.township_name, code=result.township, count=count)
    return ngettext("全县 {count} 个村（社区）", "全县 {count} 个村（社区）", count).format(count=count)


def _reference_heading(level: str, scope: int) -> str:
    return ngettext("{list}（适用于 {count} 个村（社区））", "{list}（适用于 {count} 个村（社区））", scope).format(
        list=_(REFERENCE_LISTS[level]), count=scope
    )


def _sections(result: Across) -> dict[str, list[ReferenceItem]]:
    """The reference items by level (乡镇、街道、协商)."""
    by_level: dict[str, list[ReferenceItem]] = defaultdict(list)
    for item in result.reference_items:
        by_level[item.level].append(item)
    return by_level


def _excluded(items: list[ReferenceItem]) -> list[ReferenceItem]:
    """The items some community excluded, the most excluded first."""
    return sorted((i for i in items if i.excluded_by), key=lambda i: (-len(i.excluded_by), i.id))


def _reasons(item: ReferenceItem, top: int = 4) -> str:
    parts = [_("{reason}（{count}）").format(reason=r.text, count=r.count) for r in item.reasons[:top]]
    if len(item.reasons) > top:
        more = len(item.reasons) - top
        parts.append(ngettext("另 {count} 种理由", "另 {count} 种理由", more).format(count=more))
    return _("；").join(parts)


def _shared_groups(result: Across) -> list[LocalGroup]:
    """The local matters worth a row: added by several communities, of mixed tiers, or repeating a reference."""
    return [g for g in result.local_items if len(g.communities) > 1 or g.conflict or g.reference]


def _tiers(group: LocalGroup) -> str:
    field = "tier" if group.list == "triage" else "category"
    unclassified = _("未分类")
    return listed(f"{value_name(field, t) if t else unclassified} {n}" for t, n in group.tiers.most_common())


def _reference_name(level: str, item: str) -> str:
    """A reference item named with its level where triage ids repeat (乡镇层面 XS-01), else by its id."""
    return f"{value_name('level', level)} {item}" if level in ("township", "street") else item


def _hints(group: LocalGroup, threshold: int) -> list[str]:
    hints = []
    if group.reference:
        reference = _reference_name(*group.reference_item) if group.reference_item else group.reference
        hints.append(_("与参考事项 {reference} 同名：应排除或修改参考事项，不必新增").format(reference=reference))
    if group.conflict:
        hints.append(_("层级不一致：请统一"))
    if group.candidate:
        hints.append(_("★ 县级清单候选"))
    if len(group.titles) > 1:
        hints.append(_("写法：{titles}").format(titles=listed(group.titles[:4])))
    return hints


def _charter_cells(row: CommunityRow) -> tuple[str, str]:
    if row.charter is None:
        return "—", "—"
    d = row.charter
    return f"{d.kept}/{d.changed}/{d.added}/{d.removed}", f"{d.score:.0%}"


def _list_name(group: LocalGroup) -> str:
    return _("三事分流") if group.list == "triage" else _("协商")


def _reference_columns() -> list[str]:
    return [_("编号"), _("事项"), _("排除"), _("占比"), _("理由（村（社区）数）")]


def _local_columns() -> list[str]:
    return [_("清单"), _("事项"), _("村（社区）数"), _("层级/类别"), _("提示")]


def _community_columns(result: Across) -> list[tuple[str, JustifyMethod]]:
    """(heading, justification) of the columns of the table of communities."""
    columns: list[tuple[str, JustifyMethod]] = [
        (_("村（社区）"), "left"),
        (_("代码"), "left"),
        (_("乡镇（街道）"), "left"),
    ]
    if _has_catalogues(result):
        columns += [(_("排除"), "right"), (_("新增"), "right")]
    if "charters" in result.kinds:
        columns += [(_("公约 保留/修改/新增/删除"), "right"), (_("改动比例"), "right")]
    columns.append((_("提示"), "left"))
    return columns


def _community_figures(result: Across, row: CommunityRow) -> list[str]:
    """A community's figures, in the columns `_community_columns` heads (after name, code and township)."""
    cells = [str(row.excluded), str(row.local)] if _has_catalogues(result) else []
    if "charters" in result.kinds:
        cells += list(_charter_cells(row))
    return cells


def _listed_rows(result: Across, limit: int) -> list[CommunityRow]:
    return result.communities if not limit else result.communities[:limit]


def _singles_line(singles: int) -> str:
    return ngettext(
        "另有 {count} 项只有一个村（社区）新增。", "另有 {count} 项只有一个村（社区）新增。", singles
    ).format(count=singles)


def _flags(row: CommunityRow) -> str:
    from ..across import FLAG_NAMES

    return listed(_(FLAG_NAMES[f]) for f in row.flags)


def _candidate_note(result: Across) -> str:
    return _(
        "★ 在 {count} 个及以上村（社区）出现（{scope}的 5%，至少 3 个；--min-count 可调），"
        "建议考虑列入县级参考清单；层级不一致的请先统一。"
    ).format(count=result.candidate_threshold, scope=_scope_line(result))


def _ranking_note(result: Across) -> str:
    if "charters" in result.kinds:
        return _(
            "按公约改动比例从高到低排列。改动比例 =（修改 + 新增 + 删除的条数）÷ 示范文本条数；"
            "填入本村名称和备案机关不算改动。“特别多”：比平均数高出两个标准差以上。"
        )
    return _("按排除和新增的事项数从多到少排列。“特别多”：比平均数高出两个标准差以上。")


# --- text ------------------------------------------------------------------------------------------


def across_text(result: Across, *, color: bool = False, limit: int = 20) -> str:
    from rich.text import Text

    console = text_console(color)
    console.print(Text(_("比较：{scope}").format(scope=_scope_line(result)), style="bold"))
    number = iter(numeral(n) for n in range(1, 5))
    if result.reference_items:
        _print_reference_section(console, result, next(number))
    if _has_catalogues(result):
        _print_local_section(console, result, next(number), color)
    _print_communities_section(console, result, next(number), color, limit)
    return console_output(console)


def _print_reference_section(console: Console, result: Across, number: str) -> None:
    """Which reference items communities excluded, and why."""
    from rich.table import Table
    from rich.text import Text

    console.print()
    console.print(Text(_("{number}、哪些参考事项被排除，为什么").format(number=number), style="bold"))
    justify: tuple[JustifyMethod, ...] = ("left", "left", "right", "right", "left")
    for level, items in _sections(result).items():
        excluded = _excluded(items)
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


def _print_local_section(console: Console, result: Across, number: str, color: bool) -> None:
    """The matters communities added themselves, grouped by same or near-same titles."""
    from rich.text import Text

    console.print()
    console.print(
        Text(_("{number}、各村（社区）自行新增的事项（相同或相近名称归为一项）").format(number=number), style="bold")
    )
    shared = _shared_groups(result)
    singles = len(result.local_items) - len(shared)
    if shared:
        console.print(_local_table(result, shared, color))
    if singles:
        console.print(Text(_singles_line(singles)))
    if any(g.candidate for g in result.local_items):
        console.print(Text(_candidate_note(result), style="dim" if color else ""))
    if not result.local_items:
        console.print(Text(_("没有村（社区）新增事项。")))


def _local_table(result: Across, shared: list[LocalGroup], color: bool):
    from rich.table import Table
    from rich.text import Text

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
    return table


def _print_communities_section(console: Console, result: Across, number: str, color: bool, limit: int) -> None:
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
    for column, justify in _community_columns(result):
        table.add_column(column, justify=justify, overflow="fold")
    rows = _listed_rows(result, limit)
    for row in rows:
        name = Text(row.name, style="bold" if row.outlier >= 2 and color else "")
        table.add_row(name, row.code, row.township, *_community_figures(result, row), _flags(row))
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


# --- markdown --------------------------------------------------------------------------------------


def across_markdown(result: Across, *, limit: int = 20) -> str:
    out = ["### " + _("比较：{scope}").format(scope=md(_scope_line(result))), ""]
    if result.reference_items:
        out += _reference_markdown(result)
    if _has_catalogues(result):
        out += _local_markdown(result)
    out += _communities_markdown(result, limit)
    return md_document(out)


def _reference_markdown(result: Across) -> list[str]:
    out = ["#### " + _("哪些参考事项被排除，为什么"), ""]
    for level, items in _sections(result).items():
        excluded = _excluded(items)
        heading = f"**{md(_reference_heading(level, items[0].scope))}**"
        out += [
            _("{list}：{excluded} 项被排除，{rest} 项没有。").format(
                list=heading, excluded=len(excluded), rest=len(items) - len(excluded)
            ),
            "",
        ]
        if excluded:
            out += [md_row(_reference_columns()), "| --- | --- | ---: | ---: | --- |"]
            out += [
                f"| {i.id} | {md(i.title)} | {len(i.excluded_by)} | {i.share:.0%} | {md(_reasons(i))} |"
                for i in excluded
            ]
            out.append("")
    return out


def _local_markdown(result: Across) -> list[str]:
    out = ["#### " + _("各村（社区）自行新增的事项"), ""]
    shared = _shared_groups(result)
    if shared:
        out += [md_row(_local_columns()), "| --- | --- | ---: | --- | --- |"]
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
    return out


def _communities_markdown(result: Across, limit: int) -> list[str]:
    out = ["#### " + _("各村（社区）（偏离最大的在前）"), ""]
    head = [column for column, _justify in _community_columns(result)]
    out += [md_row(head), md_row("---" for column in head)]
    rows = _listed_rows(result, limit)
    for row in rows:
        out.append(
            md_row([md(row.name), row.code, md(row.township), *_community_figures(result, row), md(_flags(row))])
        )
    out.append("")
    if len(result.communities) > len(rows):
        more = len(result.communities) - len(rows)
        out += [ngettext("其余 {count} 个从略。", "其余 {count} 个从略。", more).format(count=more), ""]
    out += [md(_ranking_note(result)), ""]
    return out
