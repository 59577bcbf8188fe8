"""What every command shares: a one-line error with exit 2, and the --as-of date.

Imports only typer (and civcat.i18n, which is cheap), so command modules can use it without
slowing `civcat --help`.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

import typer

from .i18n import _

_said: list[int] = []  # exit codes of the lines `fail` has said (the entry point words a silent 130)


def fail(message: str, code: int = 2) -> NoReturn:
    """End the command with one line on stderr (never a traceback)."""
    typer.echo(f"civcat: {message}", err=True)
    _said.append(code)
    raise typer.Exit(code)


def interrupted_by(error: BaseException) -> bool:
    """Whether Ctrl-C is what raised `error`: a KeyboardInterrupt itself, or one that Python wrapped on its way out
    (arriving while a class is being defined, as a module imported late defines one, it surfaces as RuntimeError
    "Error calling __set_name__", caused by the KeyboardInterrupt)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, KeyboardInterrupt):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def interruption_said() -> bool:
    """Whether a command already said, through `fail`, that it was interrupted (exit 130)."""
    return 130 in _said


def parse_as_of(value: str | None) -> dt.date | None:
    """The --as-of date, or None for today; a malformed date ends the command."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(_("--as-of {value}: 日期应写成 YYYY-MM-DD").format(value=value))


def repository_root(cwd: Path) -> Path:
    """The root of the civcat repository `cwd` is in; outside one, a UsageError saying so."""
    from .repository import resolve_targets

    root, _targets = resolve_targets([], cwd)
    assert root is not None, "resolve_targets without paths raises when there is no root"
    return root


#: The width of output that goes to a file or a pipe: no line is ever wrapped (a number cut in two
#: at column 80 is wrong data in the file); rich needs a number.
UNWRAPPED_WIDTH = 100_000


def output_width(stream=None) -> int | None:
    """The width for rich output: None (the terminal's own) on a terminal, else UNWRAPPED_WIDTH."""
    stream = stream or sys.stdout
    try:
        return None if stream.isatty() else UNWRAPPED_WIDTH
    except (AttributeError, ValueError):
        return UNWRAPPED_WIDTH


def use_color(stream=None) -> bool:
    """Whether a command colours its output: only on a terminal, and never when NO_COLOR is set
    (https://no-color.org); every command asks here."""
    stream = stream or sys.stdout
    try:
        return stream.isatty() and not os.environ.get("NO_COLOR")
    except (AttributeError, ValueError):
        return False


def output_console(**options: Any):
    """A rich Console for a command's standard output: it wraps at the terminal's width on a terminal,
    never when the output goes to a file or a pipe."""
    from rich.console import Console

    width = output_width()
    if width is not None:
        options.setdefault("width", width)
    return Console(**options)
