"""The slips of Chinese input methods and Word pastes in a YAML file, found and (where decidable) repaired.

A clerk types YAML with a Chinese input method on: the colon after a key comes out full-width
(`title：…`), the space after `:` is forgotten, indentation is made with full-width spaces (U+3000)
or tabs pasted from Word, a quote is opened and never closed. The YAML parser then reports the
symptom, often on the next line ("could not find expected ':'"). This module looks for the slip
itself, so the loader can point at the line where it is and say what to type instead, and
`civcat fmt --fix` can repair it.

Only mechanical slips are repaired, and only when the repair is decidable: a colon form, or an
indentation whose every reading (a tab as 2, 4 or 8 spaces; a full-width space as 2 or 1) gives the
same data. Anything else is left to the clerk, and the messages say so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .i18n import N_, _

# A key of the format: ASCII, as every field name of the models is (`title`, `in_favour`, `women_present`).
_KEY = r"[A-Za-z_][A-Za-z0-9_-]*"
_FULL_WIDTH_COLON = re.compile(
    rf"^(?P<lead>[ \t\u3000]*(?:-[ \t\u3000]+)?)(?P<key>{_KEY})[ \t]*：[ \t\u3000]*(?P<rest>.*)$"
)
# `key:value` with no space: not a URL (`http://`), not a time or a Windows path.
_NO_SPACE = re.compile(rf"^(?P<lead>[ \t\u3000]*(?:-[ \t\u3000]+)?)(?P<key>{_KEY}):(?P<rest>[^\s/\\].*)$")
_INDENT = re.compile(r"^[ \t\u3000]*")
# A block scalar header (`text: |`, `- >-`): the lines indented deeper below it are text, not YAML.
_BLOCK_HEADER = re.compile(r"(?:^|[:\-])[ \t]*[|>][0-9+-]*[ \t]*(?:#.*)?$")
_QUOTE_OPEN = re.compile(rf"^[ \t]*(?:-[ \t]+)?(?:{_KEY}:[ \t]+)?(?P<quote>[\"'])")

FULL_WIDTH_COLON = "full-width-colon"
NO_SPACE = "no-space-after-colon"
FULL_WIDTH_INDENT = "full-width-indent"
TAB_INDENT = "tab-indent"
UNCLOSED_QUOTE = "unclosed-quote"

_FIX_HINT = N_("运行 `civcat fmt --fix` 可以自动改正这类输入法错误。")
_NO_FIX_HINT = N_("这一处 `civcat fmt --fix` 无法替您判断，请手工改正。")


@dataclass(frozen=True)
class Slip:
    """One slip: where (1-based line and column), what kind, and the message for the clerk."""

    line: int
    column: int
    kind: str
    message: str
    key: str = ""  # the key of a colon slip


def _lines_outside_text(text: str) -> list[tuple[int, str]]:
    """(index, line) of the lines that are YAML structure: comments and block-scalar text left out."""
    out: list[tuple[int, str]] = []
    block_indent: int | None = None
    for index, line in enumerate(text.splitlines()):
        stripped = line.strip(" \t\u3000")
        indent = len(line) - len(line.lstrip(" \t\u3000"))
        if block_indent is not None:
            if not stripped or indent > block_indent:
                continue
            block_indent = None
        if not stripped or stripped.startswith("#"):
            continue
        out.append((index, line))
        if _BLOCK_HEADER.search(line):
            block_indent = indent
    return out


def _colon_slip(index: int, line: str) -> Slip | None:
    match = _FULL_WIDTH_COLON.match(line)
    if match:
        key, rest = match["key"], match["rest"]
        return Slip(
            index + 1,
            match.end("key") + 1,
            FULL_WIDTH_COLON,
            _("键 `{key}` 后面用了中文冒号“：”。YAML 只认英文冒号加一个空格，请写成 `{key}: {rest}`。").format(
                line=index + 1, key=key, rest=rest
            )
            + _(_FIX_HINT),
            key,
        )
    match = _NO_SPACE.match(line)
    if match:
        key, rest = match["key"], match["rest"]
        return Slip(
            index + 1,
            match.end("key") + 1,
            NO_SPACE,
            _("键 `{key}` 的冒号后面缺一个空格，YAML 因此把整行读成了一段文字。请写成 `{key}: {rest}`。").format(
                line=index + 1, key=key, rest=rest
            )
            + _(_FIX_HINT),
            key,
        )
    return None


def _indent_slip(index: int, line: str) -> Slip | None:
    indent = _INDENT.match(line).group()  # type: ignore[union-attr]
    if "\u3000" in indent:
        return Slip(
            index + 1,
            indent.index("\u3000") + 1,
            FULL_WIDTH_INDENT,
            _("缩进里有全角空格（中文输入法下的空格），YAML 不认；缩进只能用半角空格，每级两个。").format(
                line=index + 1
            )
            + _(_FIX_HINT),
        )
    if "\t" in indent:
        return Slip(
            index + 1,
            indent.index("\t") + 1,
            TAB_INDENT,
            _("缩进里有制表符（Tab，常见于从 Word 复制），YAML 不认；缩进只能用半角空格，每级两个。").format(
                line=index + 1
            )
            + _(_FIX_HINT),
        )
    return None


def _unclosed_quote(index: int, line: str) -> Slip | None:
    match = _QUOTE_OPEN.match(line)
    if not match:
        return None
    quote, start = match["quote"], match.start("quote")
    rest = line[start + 1 :]
    if quote == '"':
        closed = re.search(r'(?<!\\)(?:\\\\)*"', rest) is not None
    else:
        closed = "'" in rest.replace("''", "")
    if closed:
        return None
    return Slip(
        index + 1,
        start + 1,
        UNCLOSED_QUOTE,
        _(
            "这里开始的引号 {quote} 在本行没有闭合，后面的内容都被当成了引号里的文字。"
            "请在这段文字末尾补上 {quote}，或去掉开头的引号。"
        ).format(line=index + 1, quote=quote)
        + _(_NO_FIX_HINT),
    )


def find_slips(text: str) -> list[Slip]:
    """Every input-method slip of `text`, in line order (at most one per line)."""
    found: list[Slip] = []
    for index, line in _lines_outside_text(text):
        slip = _indent_slip(index, line) or _colon_slip(index, line) or _unclosed_quote(index, line)
        if slip:
            found.append(slip)
    return found


def slip_for_error(text: str, error_line: int) -> Slip | None:
    """The slip that explains a YAML syntax error reported at `error_line` (1-based): the last slip on
    or before that line, since the parser notices a slip only where the structure breaks, at or after it."""
    before = [slip for slip in find_slips(text) if slip.line <= error_line]
    return before[-1] if before else None


# ---------------------------------------------------------------------------------------------
# Repair


@dataclass(frozen=True)
class Repair:
    """What `fix_text` changed (or could not) on one line."""

    line: int
    kind: str
    before: str
    after: str | None  # None: left for the clerk


def _fix_colons(line: str) -> str:
    match = _FULL_WIDTH_COLON.match(line) or _NO_SPACE.match(line)
    if not match:
        return line
    rest = match["rest"]
    return f"{match['lead']}{match['key']}:" + (f" {rest}" if rest else "")


def _reindent(line: str, tab: int, ideographic: int) -> str:
    indent = _INDENT.match(line).group()  # type: ignore[union-attr]
    return indent.replace("\t", " " * tab).replace("\u3000", " " * ideographic) + line[len(indent) :]


def _readings(lines: list[str], todo: set[int]) -> list[list[str]]:
    """The file read with every width a tab (2, 4, 8) and a full-width space (2, 1) may stand for."""
    return [
        [_reindent(line, tab, wide) if i in todo else line for i, line in enumerate(lines)]
        for tab in (2, 4, 8)
        for wide in (2, 1)
    ]


def _decided(readings: list[list[str]], parse: Callable[[str], Any]) -> list[str] | None:
    """The one reading to keep: every reading that parses gives the same data; None when they differ
    or none parses."""
    chosen: list[str] | None = None
    data: Any = None
    for lines in readings:
        value, problem = parse("\n".join(lines) + "\n")
        if problem is not None:
            continue
        if chosen is None:
            chosen, data = lines, value
        elif value != data:
            return None
    return chosen


def fix_text(text: str, parse: Callable[[str], Any] | None = None) -> tuple[str, list[Repair]]:
    """`text` with its mechanical slips repaired, and what was (or could not be) repaired.

    `parse(text) -> (data, problem)` judges indentation repairs (default: the loader's parse)."""
    if parse is None:
        from .loader import parse as parse_yaml

        parse = parse_yaml
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines()
    repairs: list[Repair] = []
    structure = dict(_lines_outside_text(text))
    for index, line in structure.items():
        fixed = _fix_colons(line)
        if fixed != line:
            kind = FULL_WIDTH_COLON if _FULL_WIDTH_COLON.match(line) else NO_SPACE
            repairs.append(Repair(index + 1, kind, line, fixed))
            lines[index] = fixed
    todo = {i for i in structure if set(_INDENT.match(lines[i]).group()) & {"\t", "\u3000"}}  # type: ignore[union-attr]
    if todo:
        chosen = _decided(_readings(lines, todo), parse)
        for i in sorted(todo):
            kind = TAB_INDENT if "\t" in _INDENT.match(lines[i]).group() else FULL_WIDTH_INDENT  # type: ignore[union-attr]
            repairs.append(Repair(i + 1, kind, lines[i], chosen[i] if chosen else None))
        if chosen:
            lines = chosen
    repaired = newline.join(lines) + (newline if text.endswith(("\n", "\r")) else "")
    return repaired, sorted(repairs, key=lambda r: r.line)


# ---------------------------------------------------------------------------------------------
# Numbering pasted from Word (CV704): 第二章 in a chapter title, 第三条 / 3. / 三、 before an article,
# several articles pasted as one. Repaired on the round-trip tree, so comments and layout stay.

NUMBERING = "numbering"
MERGED = "merged-articles"


def _line_of(node: Any, key: Any) -> int:
    try:
        return node.lc.value(key)[0] + 1
    except (AttributeError, KeyError, TypeError):
        return 0


def _split_merged(text: str) -> list[str]:
    """An article's text cut where another article's number starts a sentence, the numbers removed."""
    from .rules.text import ARTICLE_NUMBERING, MERGED_ARTICLE

    parts: list[str] = []
    start = 0
    for match in MERGED_ARTICLE.finditer(text):
        parts.append(text[start : match.start(1)])
        start = match.start(1)
    parts.append(text[start:])
    cleaned = []
    for part in parts:
        number = ARTICLE_NUMBERING.match(part)
        cleaned.append((part[number.end() :] if number else part).strip(" \t\u3000"))
    return [part for part in cleaned if part]


def _fix_chapter_title(chapter: Any, repairs: list[Repair]) -> None:
    from .rules.text import CHAPTER_NUMBERING

    title = chapter.get("title")
    match = CHAPTER_NUMBERING.match(title) if isinstance(title, str) else None
    if match and title[match.end() :].strip():
        chapter["title"] = title[match.end() :].strip()
        repairs.append(Repair(_line_of(chapter, "title"), NUMBERING, title, chapter["title"]))


def _fix_articles(articles: Any, repairs: list[Repair]) -> None:
    from ruamel.yaml.comments import CommentedMap

    for j in range(len(articles) - 1, -1, -1):
        article = articles[j]
        text = article.get("text") if isinstance(article, dict) else None
        if not isinstance(text, str):
            continue
        parts = _split_merged(text)
        if not parts or parts == [text]:
            continue
        line = _line_of(article, "text")
        article["text"] = parts[0]
        for k, part in enumerate(parts[1:], start=1):
            articles.insert(j + k, CommentedMap([("text", part)]))
        repairs.append(Repair(line, MERGED if len(parts) > 1 else NUMBERING, text, "\n".join(parts)))


def fix_numbering(text: str) -> tuple[str, list[Repair]]:
    """A charter's text with numbering removed from chapter titles and articles, and merged articles
    split; the text unchanged when there is nothing to repair or it is not a charter."""
    from .formatting import _dump_rt, _load_rt

    if "第" not in text and not re.search(r"^\s*-?\s*text:\s*[\"']?\s*[0-9０-９一二三四五六七八九十(（]", text, re.M):
        return text, []
    tree = _load_rt(text)
    if not isinstance(tree, dict) or tree.get("kind") not in ("charter", "charter-model"):
        return text, []
    repairs: list[Repair] = []
    for chapter in tree.get("chapters") or ():
        if isinstance(chapter, dict):
            _fix_chapter_title(chapter, repairs)
            if isinstance(chapter.get("articles"), list):
                _fix_articles(chapter["articles"], repairs)
    if not repairs:
        return text, []
    return _dump_rt(tree), sorted(repairs, key=lambda r: r.line)


def fix_source(text: str) -> tuple[str, list[Repair]]:
    """Every mechanical repair `civcat fmt --fix` makes: slips first (so the file parses), then numbering."""
    from .loader import parse

    fixed, repairs = fix_text(text)
    if parse(fixed)[1] is not None:
        return fixed, repairs
    try:
        numbered, more = fix_numbering(fixed)
    except Exception:  # noqa: BLE001 — ruamel's round trip refused what civcat's loader read: leave it to fmt
        return fixed, repairs
    return numbered, repairs + more


_REPAIR_NAMES = {
    FULL_WIDTH_COLON: N_("中文冒号“：”改为 `: `"),
    NO_SPACE: N_("冒号后补上空格"),
    FULL_WIDTH_INDENT: N_("缩进里的全角空格改为半角空格"),
    TAB_INDENT: N_("缩进里的 Tab 改为空格"),
    NUMBERING: N_("删除手写的编号"),
    MERGED: N_("粘在一起的几条条文拆开，删除编号"),
}
_UNDECIDED = {
    FULL_WIDTH_INDENT: N_("缩进里有全角空格，换成几个半角空格会得出不同的结构，无法自动判断"),
    TAB_INDENT: N_("缩进里有 Tab，按 2、4、8 个空格理解会得出不同的结构，无法自动判断"),
}


def describe_repair(repair: Repair) -> str:
    """One line for the clerk: what was repaired (before → after), or why it was left alone."""
    if repair.after is None:
        return _(_UNDECIDED.get(repair.kind, _REPAIR_NAMES[repair.kind]))
    before = repair.before.strip(" \t\u3000")
    after = repair.after.strip(" \t\u3000").replace("\n", " | ")
    if repair.kind in (FULL_WIDTH_INDENT, TAB_INDENT):
        return _(_REPAIR_NAMES[repair.kind])
    return _("{what}：{before} → {after}").format(what=_(_REPAIR_NAMES[repair.kind]), before=before, after=after)
