"""Text from YAML made ready for Typst markup: Chinese typography first, then escaping.

Every value a template prints passes through `markup()` (the Jinja environment's `finalize`), so a
charter's text can never run Typst code: each ASCII punctuation character is escaped with a
backslash, which Typst prints literally (`\\#read(...)`, `\\/\\/`, `\\*`, `\\$`, `\\=` at a line
start …). Letters, digits and CJK characters need no escape.

Before escaping, the text is set as a Chinese printer would:
- a source newline between two Chinese characters is removed (Typst, like HTML, would print it as
  a space), other newlines become a space, and a blank line becomes a line break;
- straight quotes from the data become Chinese curly quotes “ ” and ‘ ’ (an apostrophe inside a
  Latin word stays an apostrophe, ’).
"""

from __future__ import annotations

import re
import string

#: Characters Typst markup gives a meaning to, or might in a later version: all ASCII punctuation.
#: `\\` + any of them prints the character itself.
_MARKUP_SPECIAL = frozenset(string.punctuation)


class TypstMarkup(str):
    """Text that is already Typst markup (made by a filter such as `typst_string`): printed as is."""

    __slots__ = ()


def is_wide(char: str) -> bool:
    """Whether a character is set full-width in Chinese text: CJK ideographs, kana, CJK punctuation
    and full-width forms. Used to decide whether a newline between two characters is a space."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
        or char in "“”‘’…—·"
    )


_BLANK_LINE = re.compile(r"[ \t]*\n[ \t]*\n\s*")
_NEWLINE = re.compile(r"[ \t]*\n[ \t]*")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_NEEDS_COLLAPSING = re.compile(r"[\n\r\t\f\v]|  ")
_LINE_BREAK = "\u2028"  # LINE SEPARATOR: stands for "break the line here" until the final escaping


def collapse_newlines(text: str) -> str:
    """Join source lines as Chinese text: no space between two wide characters, one space otherwise."""
    if not _NEEDS_COLLAPSING.search(text):
        return text.strip()  # most values are one line: nothing to join
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    text = _BLANK_LINE.sub(_LINE_BREAK, text)

    def join(match: re.Match) -> str:
        before = text[match.start() - 1] if match.start() > 0 else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if before and after and (is_wide(before) or is_wide(after)):
            # Between Chinese text (on either side: 。 then a Latin word needs no space either).
            return ""
        return " "

    text = _NEWLINE.sub(join, text)
    return _SPACES.sub(" ", text)


def curly_quotes(text: str) -> str:
    """Straight quotes to Chinese curly quotes, alternating open and close within the text.

    An apostrophe between two Latin letters or digits (don't, Lu's) is a right single quote.
    """
    if '"' not in text and "'" not in text:
        return text
    out: list[str] = []
    double_open = single_open = False
    for i, char in enumerate(text):
        if char == '"':
            out.append("”" if double_open else "“")
            double_open = not double_open
        elif char == "'":
            before = text[i - 1] if i > 0 else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
                out.append("’")
            else:
                out.append("’" if single_open else "‘")
                single_open = not single_open
        else:
            out.append(char)
    return "".join(out)


def typeset(text: str) -> str:
    """Chinese typography on plain text (no escaping): newlines collapsed, curly quotes."""
    return curly_quotes(collapse_newlines(text))


#: Escaping as one str.translate table (C speed: every printed value passes through it).
_ESCAPES = str.maketrans(
    {**{char: "\\" + char for char in _MARKUP_SPECIAL}, _LINE_BREAK: "#linebreak()", "\n": " ", "\t": " "}
)


def escape(text: str) -> str:
    """Plain text as Typst markup that prints exactly that text (nothing in it is ever code)."""
    return text.translate(_ESCAPES)


def markup(value: object) -> str:
    """The Jinja `finalize` hook: any value a template prints, as safe Typst markup.

    None prints nothing (an optional field left out); TypstMarkup passes through unchanged;
    numbers print as digits.
    """
    if value is None:
        return ""
    if isinstance(value, TypstMarkup):
        return value
    if isinstance(value, bool):
        value = "是" if value else "否"
    elif isinstance(value, int | float):
        # Numbers print as written, so templates can use them in code (`#let s = {{ paper.scale }}`);
        # digits, `.`, `-` and `e` cannot form code.
        return repr(value) if isinstance(value, float) else str(value)
    return escape(typeset(str(value)))


def typst_string(value: object) -> TypstMarkup:
    """A Typst string literal holding the value (for templates that need a string in code mode)."""
    text = "" if value is None else typeset(str(value)).replace(_LINE_BREAK, "\n")
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return TypstMarkup(f'"{escaped}"')


# ---------------------------------------------------------------------------------------------
# Chinese numerals and dates

_DIGITS = "零一二三四五六七八九"
_UNITS = ("", "十", "百", "千")


def chinese_numeral(number: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五, 1010 → 一千零一十 (as articles are numbered)."""
    if number < 0 or number >= 100_000_000:
        raise ValueError(f"number out of range: {number}")
    text = _numeral(number)
    # 10–19 read 十、十一 … at the start of a number, not 一十、一十一 (but 110 is 一百一十, 10010 一万零一十).
    return text[1:] if text.startswith("一十") else text


def _numeral(number: int) -> str:
    if number == 0:
        return "零"
    if number >= 10_000:
        high, low = divmod(number, 10_000)
        rest = _numeral(low) if low else ""
        return _numeral(high) + "万" + ("零" if low and low < 1000 else "") + rest
    digits = [int(d) for d in str(number)]
    parts: list[str] = []
    zero_pending = False
    for position, digit in enumerate(digits):
        unit = _UNITS[len(digits) - position - 1]
        if digit == 0:
            zero_pending = bool(parts)
            continue
        if zero_pending:
            parts.append("零")
            zero_pending = False
        parts.append(_DIGITS[digit] + unit)
    return "".join(parts)


def chinese_date(date) -> str:
    """2021-08-15 → 2021年8月15日 (the form documents print; Arabic digits, as GB/T 9704 dates)."""
    return f"{date.year}年{date.month}月{date.day}日"
