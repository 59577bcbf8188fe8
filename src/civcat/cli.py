"""The command line: the `civcat` app, its root options, and the registration of the commands.

Each command is a module of civcat/commands/ over a library API (civcat.validate, civcat.stats, …).
The `civcat` program is civcat/__main__.py: it chooses the language, then runs `app` and turns
every error into one line; a UsageError raised in any command is said once for all, by the root
group (cliframework.group_class). Heavy modules are imported inside the commands, so `civcat --help`
and `--version` start fast.
"""

from __future__ import annotations

from typing import Annotated

import typer

from . import __version__
from .cliframework import group_class
from .cliutil import fail
from .i18n import _

app = typer.Typer(
    cls=group_class(),
    name="civcat",
    help=_("civcat：村（社区）事项清单和村规民约、居民公约的检查、比较与排版工具。"),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"civcat {__version__}")
        raise typer.Exit()


def _lang(value: str | None) -> None:
    # `civcat` takes --lang out of the arguments before they get here (civcat/__main__.py), so the
    # help texts are translated too; this is for callers of `app` itself, as in tests.
    if value is not None:
        from .i18n import UnknownLanguage, set_language

        try:
            set_language(value)
        except UnknownLanguage as error:
            fail(str(error))


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=_("显示版本号并退出"))
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            callback=_lang,
            is_eager=True,
            metavar="zh|en",
            help=_("界面语言：zh（简体中文）或 en（English）；默认取 CIVCAT_LANG，再取系统语言环境"),
        ),
    ] = None,
) -> None:
    """The root options (the app's help is the Typer's own, above)."""


def _register_commands() -> None:
    from .commands import register_all

    register_all(app)


_register_commands()
