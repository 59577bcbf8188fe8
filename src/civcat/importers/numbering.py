"""The ways charters number chapters, articles and sub-items, and Chinese numerals and dates.

classify("第三条 爱护公共设施。") -> Numbered(style="tiao", value=3, prefix="第三条 ", rest="爱护公共设施。")
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN = "零〇○一二两三四五六七八九十百千"
_NUM = rf"[0-9０-９{_CN}]+"
_SEP = r"[\s\u3000、.．:：,，]*"

#: (style, pattern) in the order they are tried; each pattern's groups: the number, the rest.
_PATTERNS = (
    ("chapter", re.compile(rf"^(第\s*({_NUM})\s*章{_SEP})(.*)$", re.S)),
    ("section", re.compile(rf"^(第\s*({_NUM})\s*节{_SEP})(.*)$", re.S)),
    ("tiao", re.compile(rf"^(第\s*({_NUM})\s*条{_SEP})(.*)$", re.S)),
    ("cn", re.compile(r"^(([一二三四五六七八九十]{1,3})\s*[、.．][\s\u3000]*)(.*)$", re.S)),
    ("paren_cn", re.compile(r"^([(（]\s*([一二三四五六七八九十]{1,3})\s*[)）][\s\u3000、.．]*)(.*)$", re.S)),
    ("paren_ar", re.compile(r"^([(（]\s*([0-9０-９]{1,3})\s*[)）][\s\u3000、.．]*)(.*)$", re.S)),
    ("ar", re.compile(r"^(([0-9０-９]{1,3})\s*(?:[.．、]|[)）])(?![0-9０-９])[\s\u3000]*)(.*)$", re.S)),
    ("circled", re.compile(r"^(([\u2460-\u2473\u2474-\u2487\u2488-\u249b\u3220-\u3229])[\s\u3000]*)(.*)$", re.S)),
)


@dataclass(frozen=True)
class Numbered:
    style: str  # chapter section tiao cn paren_cn paren_ar ar circled, or "auto:<id>:<level>", or "" (none)
    value: int | None
    prefix: str  # the numbering as written, separator included
    rest: str  # the text after it


def classify(text: str) -> Numbered:
    """The numbering at the start of a paragraph (style "" when there is none)."""
    for style, pattern in _PATTERNS:
        match = pattern.match(text)
        if match and (style != "ar" or not _looks_like_a_figure(match.group(3))):
            return Numbered(style, number_value(match.group(2)), match.group(1), match.group(3))
    return Numbered("", None, "", text)


def _looks_like_a_figure(rest: str) -> bool:
    """`2021.` before 年 or a unit is a date or a quantity, not numbering."""
    return bool(re.match(r"^[0-9]", rest))


def number_value(text: str) -> int | None:
    """An Arabic, full-width, circled or Chinese numeral as an integer (None when it is none of these)."""
    text = text.strip()
    if len(text) == 1 and unicodedata.numeric(text, None) is not None:
        return int(unicodedata.numeric(text))  # ① ⑶ ㈢ before NFKC, which spells them (3) or (三)
    text = unicodedata.normalize("NFKC", text)
    if text.isdigit() and text.isascii():
        return int(text)
    return chinese_number(text)


def chinese_number(text: str) -> int | None:
    """十二 → 12, 二十 → 20, 一百零三 → 103; digit by digit for years (二〇二一 → 2021)."""
    if not text or any(c not in _DIGITS and c not in _UNITS for c in text):
        return None
    if not any(c in _UNITS for c in text):
        return int("".join(str(_DIGITS[c]) for c in text))
    total, digit = 0, 0
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        else:
            total += (digit or 1) * _UNITS[char]
            digit = 0
    return total + digit


_YEAR = r"([0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})"
_SMALL = r"([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
DATE = re.compile(
    rf"{_YEAR}\s*年\s*{_SMALL}\s*月\s*{_SMALL}\s*日"
    r"|([0-9]{4})\s*[-./]\s*([0-9]{1,2})\s*[-./]\s*([0-9]{1,2})(?![0-9])"
)


def dates_in(text: str) -> list[tuple[int, str]]:
    """ISO dates written in a text (2021年8月15日, 二〇二一年八月十五日, 2021-08-15, 2021.8.15), with their offsets."""
    import datetime as dt

    found: list[tuple[int, str]] = []
    for match in DATE.finditer(text):
        parts = [g for g in match.groups() if g is not None]
        values = [value for p in parts if (value := number_value(p)) is not None]
        if len(values) < len(parts):  # a part that is no number: not a date
            continue
        try:
            found.append((match.start(), dt.date(*values).isoformat()))
        except ValueError:
            continue
    return found
