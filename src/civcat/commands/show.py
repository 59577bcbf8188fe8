"""`civcat show CODE|NAME [--format text|json] [--as-of DATE]` (library: civcat.show).

Exit codes: 0 shown (findings are part of what is shown, not a failure); 2 usage problem.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..cliutil import parse_as_of
from ..i18n import _
from ._options import AsOf, format_option


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


def register(app: typer.Typer) -> None:
    app.command(
        "show", help=_("一个村（社区）的全部情况：身份、委员会和任期、事项清单、协商、交办工作、公约和当前问题。")
    )(show_command)


def show_command(
    target: Annotated[str, typer.Argument(help=_("村（社区）的 12 位代码或名称（重名时写“乡镇名/村名”）"))],
    output_format: Annotated[ShowFormat, format_option()] = ShowFormat.text,
    as_of: AsOf = None,
) -> None:
    """Everything about one village or community."""
    import json

    from ..cliutil import output_console, repository_root, use_color
    from ..show import print_text, show

    day = parse_as_of(as_of)
    view = show(repository_root(Path.cwd()), target, as_of=day)
    if output_format is ShowFormat.json:
        typer.echo(json.dumps(view, ensure_ascii=False, indent=2))
        return
    print_text(view, output_console(no_color=not use_color(), highlight=False))
