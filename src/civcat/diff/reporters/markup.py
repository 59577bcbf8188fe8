"""What the diff reporters share to write their cells: markdown escaping and character diffs in markdown,
and a rich console whose tables and highlighted character diffs become text.

Markdown is written to be pasted as a pull-request comment on GitHub. Character diffs in markdown use
the HTML tags `<del>` and `<ins>`, which GitHub keeps and shows as strikethrough and underline — the
way Word's 修订 mode marks changes, familiar to county clerks. The markdown delimiters `~~删~~` and
`**增**` do not work reliably in Chinese: GitHub only honours them when they "flank" a word, and
next to Chinese punctuation (，。、“”) they are printed literally. A ```diff block would only
colour whole lines, and a charter article is one long line: the one changed character would be lost.
"""

from __future__ import annotations

import html
import io
import re
import shutil
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..textdiff import DELETE, EQUAL, Segment

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

# --- markdown --------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_~\[\]|#])")

#: "@name" and "@org/team" would notify those GitHub users when the comment is posted.
_MENTION = re.compile(r"@(?=[A-Za-z0-9_-])")


def md(text: Any) -> str:
    """Text safe inside markdown (and table cells): HTML escaped, markdown characters backslashed,
    and mentions neutralised: a zero-width joiner after "@" (shown the same, notifying no one)."""
    text = html.escape(str(text), quote=False)
    if "@" in text:
        text = _MENTION.sub("@\u200d", text)
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", "<br>")


def md_diff(segments: list[Segment]) -> str:
    """A character diff in markdown: deleted characters in <del>, new ones in <ins>."""
    out = []
    for op, text in segments:
        if op == EQUAL:
            out.append(md(text))
        elif op == DELETE:
            out.append(f"<del>{md(text)}</del>")
        else:
            out.append(f"<ins>{md(text)}</ins>")
    return "".join(out)


def md_code(text: str) -> str:
    """A path or a target as inline code (a backtick inside would end it, so it is left out)."""
    return f"`{text.replace('`', '')}`"


def md_row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def md_document(lines: list[str]) -> str:
    """The markdown lines as one document ending in one newline."""
    return "\n".join(lines).rstrip() + "\n"


# --- rich ------------------------------------------------------------------------------------------


def text_console(color: bool) -> Console:
    """A console that writes into a string (`console_output`), coloured or not."""
    from rich.console import Console

    from ...cliutil import output_width

    # On a terminal its width (at least 80); to a file or a pipe no line is wrapped.
    width = output_width() or max(shutil.get_terminal_size((120, 24)).columns, 80)
    return Console(
        file=io.StringIO(),
        force_terminal=color,
        no_color=not color,
        width=width,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=True,
        color_system="standard" if color else None,
    )


def console_output(console: Console) -> str:
    """What a `text_console` was given to print."""
    file = console.file
    assert isinstance(file, io.StringIO)
    return file.getvalue().rstrip("\n")


def _rich_diff(segments: list[Segment]) -> Text:
    from rich.text import Text

    text = Text()
    for op, part in segments:
        if op == EQUAL:
            text.append(part)
        elif op == DELETE:
            text.append(part, style="red strike")
        else:
            text.append(part, style="bold green underline")
    return text


def _plain_diff(segments: list[Segment]) -> str:
    """Without colour: [-删去-]{+新加+}, as `git diff --word-diff` writes it."""
    return "".join(text if op == EQUAL else f"[-{text}-]" if op == DELETE else f"{{+{text}+}}" for op, text in segments)


def diff_cell(segments: list[Segment], color: bool) -> Text:
    """A character diff as rich Text: coloured, or marked the way `git diff --word-diff` marks it."""
    from rich.text import Text

    return _rich_diff(segments) if color else Text(_plain_diff(segments))
