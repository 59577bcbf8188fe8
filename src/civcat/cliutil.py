"""What every command shares: a one-line error with exit 2, and the --as-of date.

Imports only typer (and civcat.i18n, which is cheap), so command modules can use it without
slowing `civcat --help`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NoReturn

import typer

from .i18n import _


def fail(message: str, code: int = 2) -> NoReturn:
    """End the command with one line on stderr (never a traceback)."""
    typer.echo(f"civcat: {message}", err=True)
    raise typer.Exit(code)


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
