"""`civcat` and `python -m civcat`: choose the interface language, then run the command line.

The language is chosen before civcat.cli is imported because the commands' help texts are
translated when their module is imported. `--lang` may stand anywhere before a `--`; it is taken
out of the arguments here (the root command also declares it, so it shows in `--help`).
"""

from __future__ import annotations

import contextlib
import sys


def take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """The last `--lang X` / `--lang=X` in `argv` and the arguments without it."""
    lang: str | None = None
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest += argv[i:]
            break
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
            i += 2
            continue
        if arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
        else:
            rest.append(arg)
        i += 1
    return lang, rest


def main() -> None:
    """Run a command; bad input ends in one line and exit 2, never a traceback (CIVCAT_DEBUG=1 shows it)."""
    import os

    from .i18n import UnknownLanguage, set_language

    lang, rest = take_lang(sys.argv[1:])
    try:
        set_language(lang)
    except UnknownLanguage as error:
        print(f"civcat: {error}", file=sys.stderr)
        sys.exit(2)
    sys.argv[1:] = rest

    from typer import Abort
    from typer._click.exceptions import NoArgsIsHelpError
    from typer._click.exceptions import UsageError as FrameworkUsageError

    from .cli import app
    from .cliutil import interrupted_by
    from .errors import UsageError
    from .framework_words import localize_framework, usage_error_line
    from .i18n import _

    localize_framework()
    interrupted = _note_interrupts()
    try:
        # Not standalone: the framework's own errors come back here, to be said in the interface language.
        code = app(standalone_mode=False)
    except KeyboardInterrupt:
        print(_("civcat: 已中断"), file=sys.stderr)
        _exit_interrupted()
    except UsageError as error:  # raised outside any command (the root group says those inside): one line, exit 2
        print(f"civcat: {error}", file=sys.stderr)
        sys.exit(2)
    except Abort:  # end of input at a prompt
        print(_("civcat: 已中断"), file=sys.stderr)
        sys.exit(130)
    except NoArgsIsHelpError as error:  # `civcat` alone: its help, as click shows it
        print(error.format_message(), file=sys.stderr)
        sys.exit(error.exit_code)
    except FrameworkUsageError as error:  # a mistyped command line
        print(f"civcat: {usage_error_line(error)}", file=sys.stderr)
        sys.exit(error.exit_code)
    except Exception as error:  # noqa: BLE001 — the last line of defence for users
        if interrupted_by(error):  # Ctrl-C that Python wrapped (a class being defined): still an interruption
            print(_("civcat: 已中断"), file=sys.stderr)
            _exit_interrupted()
        if os.environ.get("CIVCAT_DEBUG"):
            raise
        print(
            _("civcat: 内部错误：{error}（设置 CIVCAT_DEBUG=1 查看详情，并请报告此问题）").format(
                error=f"{type(error).__name__}: {error}"
            ),
            file=sys.stderr,
        )
        sys.exit(2)
    if code == 130 and interrupted and not _said_interrupted():
        # typer turns Ctrl-C into exit 130 silently; the clerk is told why the command stopped.
        print(_("civcat: 已中断"), file=sys.stderr)
    if code == 130:
        _exit_interrupted()
    sys.exit(code if isinstance(code, int) else 0)


def _exit_interrupted() -> None:
    """Exit 130 once Ctrl-C has been said. A second SIGINT now (a key held down, or one delivered late
    to the process group) is ignored: arriving while the interpreter shuts down, after it has put the
    default handler back, it would kill civcat by the signal instead of letting it exit 130."""
    import signal

    with contextlib.suppress(ValueError):  # not the main thread
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(130)


def _note_interrupts() -> list[bool]:
    """A list that gets an entry when Ctrl-C arrives (which still raises KeyboardInterrupt as usual)."""
    import signal

    interrupted: list[bool] = []

    def on_interrupt(signum, frame):
        interrupted.append(True)
        raise KeyboardInterrupt

    try:
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread
        pass
    return interrupted


def _said_interrupted() -> bool:
    from .cliutil import interruption_said

    return interruption_said()


if __name__ == "__main__":
    main()
