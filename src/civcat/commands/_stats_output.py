"""`civcat stats` output beyond the county table (cli.py): per township, and CSV.

Text is a table sized to the terminal (rich); JSON and CSV keep the keys of civcat.stats, so the
same value has the same name in every output. CSV is UTF-8 with a byte order mark, which Excel
needs to read Chinese.
"""

from __future__ import annotations

import csv
import io
import json
import sys

import typer

from ..i18n import _


def print_township_stats(repository, output_format: str) -> None:
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
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    sys.stdout.buffer.write(("\ufeff" + buffer.getvalue()).encode("utf-8")) if hasattr(
        sys.stdout, "buffer"
    ) else sys.stdout.write("\ufeff" + buffer.getvalue())
    sys.stdout.flush()
