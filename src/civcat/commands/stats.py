"""`civcat stats [--format text|json|csv] [--by township]` (library: civcat.stats).

Text is a table sized to the terminal (rich); JSON and CSV keep the keys of civcat.stats, so the
same value has the same name in every output. CSV is UTF-8 with a byte order mark, which Excel
needs to read Chinese.

Exit codes: 0 counted; 2 usage problem (not in a civcat repository).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..i18n import _
from ._options import format_option


class StatsFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


class StatsBy(StrEnum):
    township = "township"


def register(app: typer.Typer) -> None:
    app.command("stats", help=_("统计乡镇、村和社区、清单事项与公约的数量。"))(stats)


def stats(
    output_format: Annotated[StatsFormat, format_option()] = StatsFormat.text,
    by: Annotated[StatsBy | None, typer.Option("--by", help=_("分组统计：township 每个乡镇（街道）一行"))] = None,
) -> None:
    """Count what the files hold."""
    import json

    from ..cliutil import repository_root
    from ..repository import Repository
    from ..stats import repository_stats

    repository = Repository.load(repository_root(Path.cwd()))
    if by is StatsBy.township:
        print_township_stats(repository, output_format.value)
        return
    figures = repository_stats(repository)
    if output_format is StatsFormat.csv:
        print_county_csv(figures)
    elif output_format is StatsFormat.json:
        typer.echo(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        _print_county_table(figures)


def _print_county_table(figures: dict) -> None:
    from rich.table import Table

    from ..cliutil import output_console
    from ..stats import LABELS, TIERS, TRIAGE_LEVELS

    table = Table(title=_("统计"), show_lines=False)
    table.add_column(_("项目"))
    table.add_column(_("分项"))
    table.add_column(_("数量"), justify="right")
    for section, (label, parts) in LABELS.items():
        for i, (key, part) in enumerate(parts.items()):
            table.add_row(_(label) if i == 0 else "", _(part), str(figures[section][key]))
        table.add_section()
    for level, label in TRIAGE_LEVELS.items():
        for i, (tier, tier_label) in enumerate(TIERS.items()):
            table.add_row(
                _("三事分流·{level}").format(level=_(label)) if i == 0 else "",
                _(tier_label),
                str(figures["triage"][level][tier]),
            )
        table.add_section()
    output_console().print(table)


def print_township_stats(repository, output_format: str) -> None:
    """One row per township (`--by township`), in the chosen format."""
    import json

    from ..stats import TOWNSHIP_COLUMNS, township_stats, township_total

    rows = township_stats(repository)
    total = township_total(rows)
    if output_format == "json":
        typer.echo(json.dumps({"version": 1, "townships": rows, "total": total}, ensure_ascii=False, indent=2))
        return
    if output_format == "csv":
        _write_csv(list(TOWNSHIP_COLUMNS), [[row[key] for key in TOWNSHIP_COLUMNS] for row in rows])
        return
    _township_table(rows, total)


def _township_table(rows: list[dict], total: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    from ..stats import TOWNSHIP_COLUMNS, TOWNSHIP_TYPES

    table = Table(title=_("各乡镇（街道）统计"), show_footer=True)
    for key, label in TOWNSHIP_COLUMNS.items():
        footer = _("合计") if key == "code" else str(total.get(key, ""))
        table.add_column(
            _(label),
            justify="right" if key in total else "left",
            footer=footer,
            no_wrap=key in ("code", "name"),
            overflow="fold",
        )
    for row in rows:
        kind = _(TOWNSHIP_TYPES[row["type"]]) if row["type"] in TOWNSHIP_TYPES else ""
        table.add_row(*(kind if key == "type" else str(row[key]) for key in TOWNSHIP_COLUMNS))
    Console().print(table)


def print_county_csv(figures: dict) -> None:
    """The county's figures as section,part,count rows (the JSON's keys)."""
    rows = []
    for section, value in figures.items():
        for part, count in value.items():
            if isinstance(count, dict):
                rows += [[f"{section}.{part}", tier, n] for tier, n in count.items()]
            else:
                rows.append([section, part, count])
    _write_csv(["section", "part", "count"], rows)


def _write_csv(header: list[str], rows: list[list]) -> None:
    import csv
    import io
    import sys

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    sys.stdout.buffer.write(("\ufeff" + buffer.getvalue()).encode("utf-8")) if hasattr(
        sys.stdout, "buffer"
    ) else sys.stdout.write("\ufeff" + buffer.getvalue())
    sys.stdout.flush()
