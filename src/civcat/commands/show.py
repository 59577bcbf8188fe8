"""`civcat show CODE|NAME [--format text|json] [--as-of DATE]` (library: civcat.show).

Exit codes: 0 shown (findings are part of what is shown, not a failure); 2 usage problem.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..cliutil import fail, parse_as_of
from ..i18n import _


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


def register(app: typer.Typer) -> None:
    @app.command(
        "show", help=_("一个村（社区）的全部情况：身份、委员会和任期、事项清单、协商、交办工作、公约和当前问题。")
    )
    def show_command(
        target: Annotated[str, typer.Argument(help=_("村（社区）的 12 位代码或名称（重名时写“乡镇名/村名”）"))],
        output_format: Annotated[ShowFormat, typer.Option("--format", "-f", help=_("输出格式"))] = ShowFormat.text,
        as_of: Annotated[
            str | None, typer.Option("--as-of", help=_("按此日期判断任期和问题（YYYY-MM-DD，默认今天）"))
        ] = None,
    ) -> None:
        """Everything about one village or community."""
        import json
        import os
        import sys

        from ..cliutil import repository_root
        from ..errors import UsageError
        from ..show import print_text, show

        day = parse_as_of(as_of)
        try:
            root = repository_root(Path.cwd())
            view = show(root, target, as_of=day)
        except UsageError as error:
            fail(str(error))
            return
        if output_format is ShowFormat.json:
            typer.echo(json.dumps(view, ensure_ascii=False, indent=2))
            return
        from ..cliutil import output_console

        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        print_text(view, output_console(no_color=not color, highlight=False))
