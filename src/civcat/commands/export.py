"""`civcat export --format xlsx|csv|json -o FILE [--as-of DATE] [--force]` (library: civcat.export).

Exit codes: 0 written (the findings are part of the export, not a failure); 2 usage or I/O problem.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..cliutil import fail, parse_as_of, repository_root
from ..i18n import _
from ._options import AsOf, format_option


class ExportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"
    json = "json"


def register(app: typer.Typer) -> None:
    app.command("export", help=_("导出全县汇总：村社区名册、三事分流、协商事项、公约、问题。"))(export_command)


def export_command(
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help=_("输出：xlsx、json 为一个文件；csv 为一个文件夹，或以 .zip 结尾的压缩文件")
        ),
    ],
    output_format: Annotated[
        ExportFormat | None,
        format_option(_("xlsx 工作簿、csv 表格或 json（默认按 -o 的扩展名）")),
    ] = None,
    as_of: AsOf = None,
    force: Annotated[bool, typer.Option("--force", help=_("覆盖已有的文件"))] = False,
    template: Annotated[
        bool,
        typer.Option(
            "--template",
            help=_(
                "写一个乡镇的填报表（xlsx，可填写的列标黄），填好后用 civcat import catalogue 导入；须同时给 --township"
            ),
        ),
    ] = False,
    township: Annotated[
        str | None, typer.Option("--township", help=_("--template 的乡镇（街道）：9 位代码或名称"))
    ] = None,
) -> None:
    """Export the county for the bureau or a platform (the tables' headers stay Chinese)."""
    from ..export import export
    from ..export import template as township_template

    day = parse_as_of(as_of)
    if template != (township is not None):
        fail(_("--template 和 --township 要一起用：civcat export --template --township 500243112 -o 长生镇.xlsx"))
    root = repository_root(Path.cwd())
    if template:
        written = [township_template(root, township or "", output, as_of=day, force=force)]
    else:
        with progress_bar() as progress:
            chosen = output_format.value if output_format else None
            written = export(root, chosen, output, as_of=day, force=force, progress=progress)
    for path in written:
        typer.echo(_("已写入 {path}").format(path=path))


#: Seconds before the bar appears: a quick export (the bundled county, ~1 s) shows none.
PROGRESS_DELAY = 1.0


@contextmanager
def progress_bar() -> Iterator[Callable[[str, int, int], None] | None]:
    """A progress callback drawing a bar on stderr once the export has run PROGRESS_DELAY seconds,
    and only on a terminal (None otherwise: a pipe, CI or a log gets no bar)."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    started = time.monotonic()
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("", total=None)

    def update(stage: str, done: int, total: int) -> None:
        if not bar.live.is_started:
            if time.monotonic() - started < PROGRESS_DELAY:
                return
            bar.start()
        bar.update(task, description=stage, completed=done, total=total)

    try:
        yield update
    finally:
        if bar.live.is_started:
            bar.stop()
