"""`civcat` and `python -m civcat`: choose the interface language, then run the command line.

The language is chosen before civcat.cli is imported because the commands' help texts are
translated when their module is imported. `--lang` may stand anywhere before a `--`; it is taken
out of the arguments here (the root command also declares it, so it shows in `--help`).
"""

from __future__ import annotations

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
    from .i18n import UnknownLanguage, set_language

    lang, rest = take_lang(sys.argv[1:])
    try:
        set_language(lang)
    except UnknownLanguage as error:
        print(f"civcat: {error}", file=sys.stderr)
        sys.exit(2)
    sys.argv[1:] = rest
    from .cli import main as run

    run()


if __name__ == "__main__":
    main()
