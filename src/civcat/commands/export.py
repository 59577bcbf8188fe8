"""`civcat export --format xlsx|csv|json -o FILE [--as-of DATE] [--force]` (library: civcat.export).

Exit codes: 0 written (the findings are part of the export, not a failure); 2 usage or I/O problem.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..cliutil import fail, parse_as_of
from ..i18n import _


class ExportFormat(str, Enum):
    xlsx = "xlsx"
    csv = "csv"
    json = "json"


def register(app: typer.Typer) -> None:
    @app.command("export", help=_("导出全县汇总：村社区名册、三事分流、协商事项、公约、问题。"))
    def export_command(
        output: Annotated[Path, typer.Option("--output", "-o", help=_("输出：xlsx、json 为一个文件；csv 为一个文件夹，"
                                                                     "或以 .zip 结尾的压缩文件"))],
        output_format: Annotated[ExportFormat | None, typer.Option(
            "--format", "-f", help=_("xlsx 工作簿、csv 表格或 json（默认按 -o 的扩展名）"))] = None,
        as_of: Annotated[str | None, typer.Option("--as-of", help=_("按此日期判断任期和问题（YYYY-MM-DD，默认今天）"))] = None,
        force: Annotated[bool, typer.Option("--force", help=_("覆盖已有的文件"))] = False,
        template: Annotated[bool, typer.Option("--template", help=_("写一个乡镇的填报表（xlsx，可填写的列标黄），"
                                                                  "填好后用 civcat import catalogue 导入；须同时给 --township"))] = False,
        township: Annotated[str | None, typer.Option("--township", help=_("--template 的乡镇（街道）：9 位代码或名称"))] = None,
    ) -> None:
        """Export the county for the bureau or a platform (the tables' headers stay Chinese)."""
        from ..errors import UsageError
        from ..export import export
        from ..export import template as township_template
        from ..repository import resolve_targets

        day = parse_as_of(as_of)
        if template != (township is not None):
            fail(_("--template 和 --township 要一起用：civcat export --template --township 500243112 -o 长生镇.xlsx"))
            return
        try:
            root, _targets = resolve_targets([], Path.cwd())
            if template:
                written = [township_template(root, township or "", output, as_of=day, force=force)]
            else:
                written = export(root, output_format.value if output_format else None, output, as_of=day, force=force)
        except UsageError as error:
            fail(str(error))
            return
        for path in written:
            typer.echo(_("已写入 {path}").format(path=path))
