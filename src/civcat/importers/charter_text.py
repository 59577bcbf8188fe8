"""A charter document's blocks → title, chapters and articles, points annex, closing lines.

Every paragraph ends up in exactly one place: the title, a chapter title, an article (the first
paragraph of an article without its number; the paragraphs that continue it, sub-items （一）（二）
included, joined to it by line breaks), the points annex, the closing lines (kept verbatim as
`# civcat: 原文` comments beside the fields read from them), or a `# civcat: 待核对` comment for the
clerk. Only numbering is removed: 第X章, 第X条, 一、 1. and a points table's serial numbers.

Traditional characters are recognised on each block's simplified reading (`Block.reading`,
`Block.cell_readings`: character for character, read once per block) while the text is kept as
written: every step recognises on a reading and keeps the written text, and a part of a text (the rest
after a number, a title, an article's paragraphs) carries the same part of the reading with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from ..i18n import N_
from .closing import Closing, is_closing_line, read_closing
from .documents import Block, Document
from .numbering import Numbered, classify, number_value


@dataclass(frozen=True)
class _Numbered(Numbered):
    """A number as written, with the simplified reading of the text after it (`rest`)."""

    reading: str = ""


def _classify(text: str, reading: str) -> _Numbered:
    """`classify` on the simplified reading of `text`, the prefix and rest cut from the text as written."""
    numbered = classify(reading)
    if not numbered.style:
        return _Numbered("", None, "", text, reading)
    cut = len(numbered.prefix)
    return _Numbered(numbered.style, numbered.value, text[:cut], text[cut:], reading[cut:])


def _numbered(block: Block) -> _Numbered:
    return _classify(block.text, block.reading)


# Reasons a paragraph needs a clerk's eye: kept in Chinese in the YAML comment, translated when printed.
BEFORE_TITLE = N_("标题前的文字，不属于公约正文")
UNNUMBERED = N_("原文此段没有编号，已作为一条条文")
NUMBER_GAP = N_("编号不连续，请核对是否漏了或多了条文")
NO_TITLE = N_("没有找到标题，已按村（社区）名称拟写")
NO_CHAPTER_TITLE = N_("章没有标题")
OTHER_TABLE = N_("表格不是积分表，未导入")
POINTS_ROW = N_("积分表中这一行读不出行为和分值")
POINTS_SIGN = N_("积分表没有说明加分还是扣分，分值按加分导入")
SIGNATURE_DATE = N_("落款中的日期没有写明是哪一步的日期，未写入 procedure")
EXTRA_TEXT = N_("页眉、页脚或文本框中的文字，不属于公约正文")
SECTION = N_("“节”的标题，已并入所在的条文")
SPLIT = N_("一段中有几条，已按“第X条”分开")
STRAY = N_("这一段的编号与上下文条文的编号方式不同，已单独作为一条条文")
TITLE_ELSEWHERE = N_("正文中没有标题，标题取自页眉、页脚或文本框")
TABLE_ARTICLE = N_("原文这一条写在表格中，已作为条文导入")
TRADITIONAL = N_("原文中有繁体字，条文照原文导入；要转为简体，请加 --simplified 重新导入")

_TOPICS = (
    ("日常行为", "conduct"),
    ("公共秩序", "order"),
    ("权益", "rights"),
    ("纠纷", "disputes"),
    ("民风民俗", "customs"),
    ("移风易俗", "customs"),
    ("乡风文明", "customs"),
)
_TITLE_WORDS = re.compile(r"村规民约|居民公约|民约|公约|规约|自治章程")
_SENTENCE_END = re.compile(r"[。；;！!？?]")
_ANNEX = re.compile(r"^附件?\s*[0-9一二三四五六七八九十]*\s*[：:、.．]?\s*")
_SUB_STYLES = ("paren_cn", "paren_ar", "circled", "section")
#: Between the paragraphs of one article (its sub-items): a blank line, which prints as a line break
#: (one newline would join the lines, as Chinese text is joined in print).
PARAGRAPH_BREAK = "\n\n"


@dataclass
class Note:
    """A comment for the YAML: `review` for the clerk's eye (with its reason), `source` verbatim source."""

    kind: str  # review | source
    text: str
    reason: str = ""
    number: int = 0  # paragraph in the source

    def comment(self) -> str:
        if self.kind == "source":
            return f"civcat: 原文：{self.text}"
        return f"civcat: 待核对（{self.reason}）：{self.text}"


@dataclass
class ArticleText:
    text: str
    number: int  # paragraph in the source
    notes: list[Note] = field(default_factory=list)
    reading: str = field(default="", repr=False, compare=False)  # the simplified reading of `text`

    def add(self, text: str, reading: str) -> None:
        """Another paragraph of the article (a sub-item, or its text after a number on a line of its own)."""
        separator = PARAGRAPH_BREAK if self.text else ""
        self.text += separator + text
        self.reading += separator + reading


@dataclass
class ChapterText:
    title: str
    topic: str | None = None
    articles: list[ArticleText] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


@dataclass
class PointsText:
    title: str | None = None
    items: list[tuple[str, int, list[Note]]] = field(default_factory=list)
    redemption: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


@dataclass
class ParsedCharter:
    title: str | None = None
    chapters: list[ChapterText] = field(default_factory=list)
    points: PointsText | None = None
    closing: Closing = field(default_factory=Closing)
    notes: list[Note] = field(default_factory=list)  # top of the file
    numbering: str = ""  # the article numbering style found
    traditional: int = 0  # traditional characters in the document (as written)
    simplified: bool = False  # they were converted to simplified characters (--simplified)

    def reviews(self) -> list[Note]:
        """Every note for the clerk's eye, in document order."""
        found = [n for n in self.notes if n.kind == "review"]
        for chapter in self.chapters:
            found += [n for n in chapter.notes if n.kind == "review"]
            for article in chapter.articles:
                found += [n for n in article.notes if n.kind == "review"]
        if self.points is not None:
            found += [n for n in self.points.notes if n.kind == "review"]
            found += [n for _b, _p, notes in self.points.items for n in notes if n.kind == "review"]
        return sorted(found, key=lambda n: n.number)


def parse_charter(document: Document, *, simplified: bool = False) -> ParsedCharter:
    """Read the structure of a charter document (see the module's docstring). Traditional characters
    are read as simplified ones and kept as written; `simplified` converts them (OpenCC t2s)."""
    blocks = [_clean(b) for b in document.blocks if b.is_table or b.text.strip()]
    parsed = ParsedCharter()
    _script(blocks, document, parsed, simplified=simplified)
    blocks = _lines(_article_tables(blocks))
    start, subtitle = _title(blocks, parsed)
    body = blocks[start:]
    body = _points(body, parsed)
    closing_at = _closing_start(body)
    closing_lines = subtitle + body[closing_at:]
    for block in body[closing_at:]:
        parsed.notes.append(Note("source", block.text, number=block.number))
    _chapters(body[:closing_at], parsed)
    articles = [a.reading for c in parsed.chapters for a in c.articles]
    parsed.closing = read_closing([b.reading for b in closing_lines], articles)
    for iso in parsed.closing.unplaced_dates:
        parsed.notes.append(Note("review", iso, SIGNATURE_DATE, number=body[-1].number if body else 0))
    for text in document.extra:
        if parsed.title is None and _is_title(Block(0, text=text.strip())):
            parsed.title = text.strip()  # a title drawn in a text box, or only in the page header
            parsed.notes.append(Note("review", parsed.title, TITLE_ELSEWHERE))
            continue
        parsed.notes.append(Note("review", text.replace("\n", " "), EXTRA_TEXT))
    return parsed


def _script(blocks: list[Block], document: Document, parsed: ParsedCharter, *, simplified: bool) -> None:
    """Count the traditional characters; convert them when asked, else note once that the text keeps them."""
    found: list[str] = []
    for block in blocks:
        if block.rows is not None:
            pairs = [p for row in zip(block.rows, block.cell_readings, strict=True) for p in zip(*row, strict=True)]
        else:
            pairs = [(block.text, block.reading)]
        for text, reading in pairs:
            found += [a for a, b in zip(text, reading, strict=True) if a != b]
    parsed.traditional = len(found)
    if not found:
        return
    if not simplified:
        sample = "、".join(list(dict.fromkeys(found))[:6])
        parsed.notes.append(Note("review", sample, TRADITIONAL))
        return
    from ..rules.text import to_simplified

    parsed.simplified = True
    for block in blocks:
        if block.rows is not None:
            block.rows = [[to_simplified(c) for c in row] for row in block.rows]
        else:
            block.text = to_simplified(block.text)
    document.extra = [to_simplified(text) for text in document.extra]


def _lines(blocks: list[Block]) -> list[Block]:
    """A paragraph's lines (Word's soft line break, Shift+Enter) as paragraphs: Word shows them as lines,
    and charters typed that way hold several articles in one paragraph. The number and the row
    belong to the first line."""
    found: list[Block] = []
    for block in blocks:
        if block.rows is not None or "\n" not in block.text:
            found.append(block)
            continue
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        found.append(replace(block, text=lines[0]))
        found += [Block(block.number, text=line) for line in lines[1:]]
    return found


_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def _clean(block: Block) -> Block:
    """Outer whitespace off; invisible and control characters out (CV706 would report them); tabs as spaces."""
    if block.rows is not None:
        block.rows = [[_INVISIBLE.sub("", cell).replace("\t", " ").strip() for cell in row] for row in block.rows]
    else:
        block.text = _INVISIBLE.sub("", block.text).replace("\t", " ").strip()
    return block


# ---------------------------------------------------------------------------------------------
# Title


def _is_title(block: Block) -> bool:
    if block.is_table or block.auto or block.table_row or _numbered(block).style:
        return False
    text = block.reading
    if len(text) > 40 or _SENTENCE_END.search(text):
        return False
    return bool(_TITLE_WORDS.search(text)) or block.style.lower() in ("title", "标题")


#: A title line that names no community: the other half of a title split over two paragraphs (石门村 / 村规民约).
_BARE_TITLE = re.compile(r"(村规民约|居民公约|公约|规约|自治章程)([（(][^（()）]{1,10}[)）])?")


def _headline(block: Block) -> bool:
    """A short line that can be half a title: no table, number, annex mark or sentence end."""
    text = block.reading
    return (
        not block.is_table
        and not block.auto
        and not classify(text).style
        and not _ANNEX.match(text)
        and len(text) <= 20
        and not _SENTENCE_END.search(text)
    )


def _title_span(blocks: list[Block], index: int) -> tuple[int, int]:
    """The paragraphs [first, last] of the title: one, or two when a line of only 村规民约 follows or
    precedes the community's name."""
    bare = [bool(_BARE_TITLE.fullmatch(re.sub(r"\s+", "", b.reading))) for b in blocks[index : index + 2]]
    if bare[0] and index > 0 and _headline(blocks[index - 1]) and not _TITLE_WORDS.search(blocks[index - 1].reading):
        return index - 1, index
    if not _TITLE_WORDS.search(blocks[index].reading) and len(bare) == 2 and bare[1] and _headline(blocks[index + 1]):
        return index, index + 1
    return index, index


def _title(blocks: list[Block], parsed: ParsedCharter) -> tuple[int, list[Block]]:
    """Where the body starts, and the closing lines written under the title (“（2021年8月15日村民会议通过）”)."""
    index = next((i for i, b in enumerate(blocks[:3]) if _is_title(b)), None)
    if index is None:
        return 0, []
    first, last = _title_span(blocks, index)
    for block in blocks[:first]:
        parsed.notes.append(Note("review", _block_text(block), BEFORE_TITLE, block.number))
    parts = [b.text for b in blocks[first : last + 1]]
    parsed.title = "".join(re.sub(r"\s+", "", t) if _compact(t) or len(parts) > 1 else t for t in parts)
    start = last + 1
    subtitle: list[Block] = []
    while (
        start < len(blocks)
        and not blocks[start].is_table
        and blocks[start].text[:1] in "（("
        and is_closing_line(blocks[start].reading)
    ):
        subtitle.append(blocks[start])
        parsed.notes.append(Note("source", blocks[start].text, number=blocks[start].number))
        start += 1
    return start, subtitle


def _compact(text: str) -> bool:
    """A title spaced out for the page (“石 门 村 村 规 民 约”): its spaces are layout, not text."""
    return bool(re.fullmatch(r"(\S\s+)+\S", text))


def _block_text(block: Block) -> str:
    if block.rows is not None:
        return " / ".join(" | ".join(row) for row in block.rows)
    return block.text


# ---------------------------------------------------------------------------------------------
# Points annex (积分制)

_POINTS_VALUE = re.compile(r"^(加|扣|减|奖|罚)?\s*([+＋\-－—−])?\s*([0-9０-９]+)\s*分?$")
_POINTS_HEADER = re.compile(r"积分|分值|加分|扣分|减分")


def _points_value(reading: str) -> tuple[int, bool] | None:
    """A points cell (its simplified reading) as (value, sign written); None when the cell is not one."""
    match = _POINTS_VALUE.match(reading.strip())
    if not match:
        return None
    value = int(match.group(3).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    negative = match.group(1) in ("扣", "减", "罚") or match.group(2) in ("-", "－", "—", "−")
    return (-value if negative else value), bool(match.group(1) or match.group(2))


def _is_points_table(block: Block) -> bool:
    rows = block.cell_readings
    header = " ".join(rows[0]) if rows else ""
    scored = sum(1 for row in rows if any(_points_value(c) for c in row[1:] or row))
    return bool(rows) and (bool(_POINTS_HEADER.search(header)) and scored >= 1 or scored * 2 >= len(rows) >= 2)


def _points(body: list[Block], parsed: ParsedCharter) -> list[Block]:
    """Take the points annex out of the body: its title, its tables, its prose (→ redemption)."""
    first = next((i for i, b in enumerate(body) if b.rows is not None and _is_points_table(b)), None)
    if first is None:
        _other_tables(body, parsed)
        return [b for b in body if not b.is_table]
    points = PointsText()
    start = first
    if (
        first > 0
        and not body[first - 1].is_table
        and "积分" in body[first - 1].reading
        and not _SENTENCE_END.search(body[first - 1].text)
    ):
        start = first - 1
        heading = body[start]
        numbered = _numbered(heading)
        title = _ANNEX.sub("", numbered.rest).strip()
        if title != heading.text:
            points.notes.append(Note("source", heading.text, number=heading.number))
        points.title = title or None
    end = _points_tables(body, first, points)
    parsed.points = points
    rest = body[:start] + body[end:]
    _other_tables(rest, parsed)
    return [b for b in rest if not b.is_table]


def _points_tables(body: list[Block], first: int, points: PointsText) -> int:
    """Read tables and prose from `first` on; the index after the annex."""
    sign = 0
    index = first
    while index < len(body):
        block = body[index]
        if block.rows is not None:
            if not _is_points_table(block):
                break
            sign = _points_rows(block, points, sign)
        else:
            numbered = _numbered(block)
            if is_closing_line(block.reading) or (
                numbered.style and numbered.style not in _SUB_STYLES and not _sign_heading(numbered.reading)
            ):
                break
            if _sign_heading(numbered.reading):
                sign = -1 if re.search(r"扣分|减分|罚", numbered.reading) else 1
                points.notes.append(Note("source", block.text, number=block.number))
            else:
                points.redemption.append(block.text)
        index += 1
    return index


def _sign_heading(reading: str) -> bool:
    """A heading (its simplified reading) that says which sign the values under it take: 扣分项目."""
    return len(reading) <= 12 and bool(re.search(r"加分|扣分|减分|奖励", reading)) and not _SENTENCE_END.search(reading)


def _points_rows(block: Block, points: PointsText, sign: int) -> int:
    """Items of one table. The sign of an unsigned value comes from its own row (a 扣分项 cell), else
    from the header above its column (加分项目 | 分值 | 扣分项目 | 分值), else from the last section
    row (“扣分项目”); a value whose sign nothing states is imported as added, for review."""
    table = _PointsTable(points, block.number, sign)
    for position, (row, readings) in enumerate(zip(block.rows or [], block.cell_readings, strict=True)):
        cells = [_Cell(i, c, r) for i, (c, r) in enumerate(zip(row, readings, strict=True)) if c]
        has_value = any(_points_value(c.reading) is not None for c in cells)
        if position == 0 and not has_value:
            table.header(row, readings)
        elif not has_value:
            table.section(cells)
        else:
            # Column signs hold only where the row has the header's columns (a text file's rows may not).
            table.aligned = len(row) == len(table.columns)
            for segment, trailing in _segments(cells):
                table.item(segment, trailing)
    return table.sign


@dataclass(frozen=True)
class _Cell:
    """A cell of a points table that is not empty: its column, its text as written, its simplified reading."""

    column: int
    text: str
    reading: str


def _segments(cells: list[_Cell]) -> list[tuple[list[_Cell], list[_Cell]]]:
    """A row cut into items: text cells then a value cell (two items in a row laid out 加分 | 分值 | 扣分 | 分值).
    A number before any text is a serial number (dropped: numbering); text after the last value is trailing."""
    segment: list[_Cell] = []
    found: list[tuple[list[_Cell], list[_Cell]]] = []
    for cell in cells:
        is_value = _points_value(cell.reading) is not None
        if is_value and not any(_points_value(c.reading) is None for c in segment):
            if cell.text.isdigit():
                segment = []  # 序号
                continue
        segment.append(cell)
        if is_value:
            found.append((segment, []))
            segment = []
    if found and segment:
        found[-1][1].extend(segment)  # a remark column (备注) after the last value
    return found


class _PointsTable:
    """The state while a points table is read: column signs from its header, the section sign."""

    def __init__(self, points: PointsText, number: int, sign: int):
        self.points, self.number, self.sign = points, number, sign
        self.columns: list[int] = []
        self.aligned = False
        self.category: str | None = None

    def header(self, row: list[str], readings: list[str]) -> None:
        current = 0
        for cell in readings:
            if re.search(r"扣分|减分", cell) and not re.search(r"加分", cell):
                current = -1
            elif re.search(r"加分|奖励", cell):
                current = 1
            self.columns.append(current)
        self.points.notes.append(Note("source", " | ".join(c for c in row if c), number=self.number))

    def section(self, cells: list[_Cell]) -> None:
        texts = [c.text for c in cells]
        if len(set(texts)) == 1 and _sign_heading(cells[0].reading):
            self.sign = -1 if re.search(r"扣分|减分|罚", cells[0].reading) else 1
            self.points.notes.append(Note("source", texts[0], number=self.number))
        elif texts:
            self.points.notes.append(Note("review", " | ".join(texts), POINTS_ROW, self.number))

    def item(self, segment: list[_Cell], trailing: list[_Cell]) -> None:
        value_cell = segment[-1]
        read = _points_value(value_cell.reading)
        assert read is not None, "a segment ends at its value cell (_points_rows cuts it so)"
        value, signed = read
        texts = segment[:-1]
        if not texts:
            self.points.notes.append(Note("review", value_cell.text, POINTS_ROW, self.number))
            return
        behaviour = max(texts, key=lambda c: len(c.text))
        notes, sign = self._others([c for c in texts if c.text is not behaviour.text] + trailing)
        if not signed:
            sign = sign or (self.columns[value_cell.column] if self.aligned else 0) or self.sign
            if sign < 0:
                value = -abs(value)
            elif sign == 0:
                notes.append(Note("review", f"{behaviour.text} {value_cell.text}", POINTS_SIGN, self.number))
        self.points.items.append((behaviour.text, value, notes))

    def _others(self, others: list[_Cell]) -> tuple[list[Note], int]:
        """Source notes for a row's other cells (a category column, kept once per run of rows), and the sign they state."""
        notes: list[Note] = []
        sign = 0
        for other in others:
            if re.search(r"扣分|减分|罚", other.reading):
                sign = -1
            elif re.search(r"加分|奖励", other.reading):
                sign = 1
            if other.text != self.category:
                notes.append(Note("source", other.text, number=self.number))
                self.category = other.text
        return notes, sign


# ---------------------------------------------------------------------------------------------
# Articles laid out in a table (第六条 | text)

_TABLE_HEADER = re.compile(r"条|条款|条目|条文|条款内容|序号|编号|内容|正文|具体内容|规定|规定内容")


def _article_tables(blocks: list[Block]) -> list[Block]:
    """Each table laid out as articles replaced by its rows as paragraphs, where the table stands; a table
    of one cell (a frame drawn around the text) by its paragraphs."""
    found: list[Block] = []
    for block in blocks:
        cells = {c for row in block.rows or [] for c in row if c}
        if len(cells) == 1 and "\n" in next(iter(cells)):  # a one-cell table framing the text: its paragraphs
            found.append(Block(block.number, text=next(iter(cells))))
            continue
        rows = _article_rows(block) if block.rows is not None and not _is_points_table(block) else None
        if rows is None:
            found.append(block)
            continue
        found += [Block(block.number, text=text, table_row=written) for text, written in rows]
    return found


def _article_rows(block: Block) -> list[tuple[str, str]] | None:
    """(paragraph, row as written) of each row of an article table: a number cell and a text cell
    (第六条 | text, 6 | text), or one cell that starts with a number (第六条 text); a header row
    (条款 | 内容) is kept with the first row. None for any other table."""
    found: list[tuple[str, str]] = []
    header = ""
    for position, row in enumerate(zip(block.rows or [], block.cell_readings, strict=True)):
        # (text, reading) of each cell; a merged cell is repeated in each column
        cells = list(dict.fromkeys((c, r) for c, r in zip(*row, strict=True) if c))
        if not cells:
            continue
        written = " | ".join(c for c, _r in cells)
        if position == 0 and all(_TABLE_HEADER.fullmatch(re.sub(r"\s", "", r)) for _c, r in cells):
            header = written + " / "
            continue
        if len(cells) == 2 and _is_label(*cells[0]):
            label = cells[0][0]
            found.append((label + ("" if _classify(*cells[0]).style else "、") + cells[1][0], header + written))
        elif len(cells) == 1 and _classify(*cells[0]).style:
            found.append((cells[0][0], header + written))
        else:
            return None
        header = ""
    return found or None


def _is_label(cell: str, reading: str) -> bool:
    """A cell that is only a number: 第六条, 六、, (6), 6."""
    numbered = _classify(cell, reading)
    return bool(numbered.style and not numbered.rest.strip()) or number_value(reading) is not None


def _other_tables(body: list[Block], parsed: ParsedCharter) -> None:
    for block in body:
        if block.is_table:
            parsed.notes.append(Note("review", _block_text(block), OTHER_TABLE, block.number))


# ---------------------------------------------------------------------------------------------
# Closing lines


def _closing_start(body: list[Block]) -> int:
    """Where the closing lines start: the unnumbered adoption, filing, signature and date lines at the end."""
    strict = not any(b.auto or _numbered(b).style for b in body)
    index = len(body)
    while index > 0:
        block = body[index - 1]
        if block.auto or _numbered(block).style or _plain_chapter(block) or block.table_row:
            break  # closing lines have no number, and are no 附则 or table row
        if not is_closing_line(block.reading, strict=strict):
            break
        index -= 1
    return index


# ---------------------------------------------------------------------------------------------
# Chapters and articles


def _numbering(body: list[Block]) -> list[_Numbered]:
    found: list[_Numbered] = []
    for block in body:
        if block.auto:
            found.append(_Numbered(f"auto:{block.auto[0]}:{block.auto[1]}", None, "", block.text, block.reading))
        else:
            found.append(_numbered(block))
    return found


def _heading_like(rest: str) -> bool:
    return 0 < len(rest) <= 20 and not _SENTENCE_END.search(rest)


def _levels(body: list[Block], numbers: list[_Numbered]) -> tuple[str | None, str | None]:
    """(chapter style, article style).

    Chapters: 第X章 when written; else the first numbering style of the document when all its items
    read as headings and another style numbers the text under them (一、总则 over 第一条, 1. or （一）);
    else Word's “Heading 1” paragraphs. Articles: 第X条 when written; else the first style after the chapters'.
    """
    order = list(dict.fromkeys(n.style for n in numbers if n.style and n.style != "section"))
    chapter = "chapter" if "chapter" in order else _outer_heading_style(numbers, order)
    if chapter is None and any(b.style.lower().startswith(("heading 1", "标题 1")) for b in body):
        chapter = "heading"
    rest = [s for s in order if s not in (chapter, "chapter")]
    if "tiao" in rest:
        return chapter, "tiao"
    return chapter, rest[0] if rest else None


def _outer_heading_style(numbers: list[_Numbered], order: list[str]) -> str | None:
    candidates = [s for s in order if s != "tiao"][:1]
    for style in candidates:
        if not all(_heading_like(n.rest) for n in numbers if n.style == style):
            continue
        inner = [n for n in numbers if n.style and n.style not in (style, "section")]
        if any(not _heading_like(n.rest) for n in inner):
            return style
    return None


def _chapters(body: list[Block], parsed: ParsedCharter) -> None:
    numbers = _numbering(body)
    chapter_style, article_style = _levels(body, numbers)
    parsed.numbering = article_style or ""
    walk = _Walk(parsed, chapter_style, article_style)
    for block, numbered in zip(body, numbers, strict=True):
        walk.block(block, numbered)
    walk.finish()


class _Walk:
    """The state while paragraphs are assigned to chapters and articles."""

    def __init__(self, parsed: ParsedCharter, chapter_style: str | None, article_style: str | None):
        self.parsed, self.chapter_style, self.article_style = parsed, chapter_style, article_style
        self.chapter: ChapterText | None = None
        self.article: ArticleText | None = None
        self.last: int | None = None  # the last article number seen
        self.pending: list[Note] = []  # notes for the next article
        self.runs: dict[str, int] = {}  # the sub-item numbers of the current article, by style
        self.closing_chapters: list[ChapterText] = []  # 附则 chapters made from an unnumbered 附则
        self.untitled: ChapterText | None = None  # a chapter whose number stood alone (第二章), its title may follow

    def block(self, block: Block, numbered: _Numbered) -> None:
        if self.untitled is not None and self.title_line(block, numbered):
            return
        is_heading = (numbered.style == self.chapter_style and self.chapter_style is not None) or (
            self.chapter_style == "heading"
            and not numbered.style
            and block.style.lower().startswith(("heading 1", "标题 1"))
        )
        plain = None if numbered.style else _plain_chapter(block)
        if plain is not None:
            self.plain_chapter(block, plain)
        elif is_heading:
            self.new_chapter(block, numbered)
        elif self.article_style is None and not numbered.style or numbered.style == self.article_style:
            self.new_articles(block, numbered)
        elif self.article is None:
            note = [Note("review", block.text, UNNUMBERED, block.number)]
            self.add_article(ArticleText(block.text, block.number, note, block.reading))
        elif self.is_stray(numbered):
            self.stray(block, numbered)
        else:
            if numbered.style == "section":
                self.article.notes.append(Note("review", block.text, SECTION, block.number))
            elif numbered.style and numbered.value is not None:
                self.runs[numbered.style] = numbered.value
            # A number on a line of its own (第一条 / text): the text is the article's first paragraph.
            self.article.add(block.text, block.reading)
        if block.table_row:
            where = self.article.notes if self.article is not None else self.chapter.notes  # type: ignore[union-attr]
            where.append(Note("review", block.table_row, TABLE_ARTICLE, block.number))

    def is_stray(self, numbered: _Numbered) -> bool:
        """A numbered paragraph inside an article that is no sub-item: sub-items are runs numbered from 1
        (（一）（二）, 1. 2.); `四、` or `5．` after 第四条 is an article numbered another way."""
        if not numbered.style or numbered.style.startswith("auto:") or numbered.style == "section":
            return False
        if numbered.value is None or numbered.value == 1 or self.runs.get(numbered.style) == numbered.value - 1:
            return False
        return not (self.article is not None and _item_inline(self.article.reading, numbered))

    def stray(self, block: Block, numbered: _Numbered) -> None:
        if self.last is not None and numbered.value == self.last + 1:
            self.last = numbered.value
        note = Note("review", block.text, STRAY, block.number)
        self.add_article(ArticleText(numbered.rest, block.number, [note], numbered.reading))

    def new_chapter(self, block: Block, numbered: _Numbered) -> None:
        title, reading = (_squeezed(t) if _compact(t) else t.strip() for t in (numbered.rest, numbered.reading))
        self.chapter = ChapterText(title=title, topic=_topic(reading))
        if not title:
            self.chapter.notes.append(Note("review", block.text, NO_CHAPTER_TITLE, block.number))
            self.untitled = self.chapter
        self.parsed.chapters.append(self.chapter)
        self.article = None

    def title_line(self, block: Block, numbered: _Numbered) -> bool:
        """The line after a chapter number standing alone (第二章 / 村风民俗) is its title when it reads as one."""
        chapter, self.untitled = self.untitled, None
        if chapter is None or numbered.style or block.table_row or not _heading_like(block.text):
            return False
        compact = _compact(block.text)
        chapter.title = _squeezed(block.text) if compact else block.text
        chapter.topic = _topic(_squeezed(block.reading) if compact else block.reading)
        chapter.notes = [n for n in chapter.notes if n.reason != NO_CHAPTER_TITLE]
        return True

    def plain_chapter(self, block: Block, heading: _PlainHeading) -> None:
        """An unnumbered 总则 or 附则 heading opens a chapter; “附则：本规约自通过之日起施行。” also its article."""
        self.chapter = ChapterText(title=_squeezed(heading.title))
        self.parsed.chapters.append(self.chapter)
        if heading.closing:
            self.closing_chapters.append(self.chapter)
        self.article = None
        if heading.rest:
            self.add_article(ArticleText(heading.rest, block.number, [], heading.reading))

    def new_articles(self, block: Block, numbered: _Numbered) -> None:
        parts = _split_merged(numbered) if numbered.style == "tiao" else [numbered]
        for index, part in enumerate(parts):
            notes = [Note("review", block.text, SPLIT, block.number)] if index == 1 else []
            if part.value is not None and self.last is not None and part.value not in (self.last + 1, 1):
                notes.append(
                    Note("review", block.text if len(parts) == 1 else part.prefix + part.rest, NUMBER_GAP, block.number)
                )
            if part.value is not None:
                self.last = part.value
            self.add_article(ArticleText(part.rest, block.number, notes, part.reading))

    def add_article(self, article: ArticleText) -> None:
        if self.chapter is None:
            self.chapter = ChapterText(title="")
            self.parsed.chapters.append(self.chapter)
        article.notes = self.pending + article.notes
        self.pending = []
        self.chapter.articles.append(article)
        self.article = article
        self.runs = {}

    def finish(self) -> None:
        chapters = self.parsed.chapters
        if chapters and not chapters[0].title and all(c in self.closing_chapters for c in chapters[1:]):
            # A charter without chapters (a 附则 apart): one chapter (FORMAT.md requires one).
            chapters[0].title = "正文"
        elif chapters and not chapters[0].title:
            # Text before 第一章 (a preamble): it opens the first chapter, each paragraph marked for review.
            preamble = chapters.pop(0)
            chapters[0].articles[:0] = preamble.articles


def _item_inline(reading: str, numbered: Numbered) -> bool:
    """The item before `numbered` is written inside the article's text (“第五条 村民应当：1.爱护公物；” / “2.讲究卫生；”),
    `reading` the text's simplified reading."""
    for match in re.finditer(r"(?:^|(?<=[：:；;，,。\s]))\S", reading):
        before = classify(reading[match.start() :])
        if before.style == numbered.style and before.value == (numbered.value or 0) - 1:
            return True
    return False


_PLAIN_CHAPTER = re.compile(r"^(总[\s\u3000]*则|附[\s\u3000]*则)[\s\u3000]*(?:[：:][\s\u3000]*(.*))?$", re.S)


class _PlainHeading(NamedTuple):
    title: str  # as written
    closing: bool  # 附则 (else 总则)
    rest: str  # the text after the title, as written
    reading: str  # the simplified reading of `rest`


def _plain_chapter(block: Block) -> _PlainHeading | None:
    """An unnumbered 总则 or 附则 heading, “附则：本规约自通过之日起施行。” included."""
    match = _PLAIN_CHAPTER.match(block.reading)
    if match is None:
        return None
    rest = slice(match.start(2), None) if match.group(2) else slice(0, 0)
    closing = _squeezed(match.group(1)) == "附则"
    return _PlainHeading(block.text[: match.end(1)], closing, block.text[rest], block.reading[rest])


def _squeezed(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)


def _topic(reading: str) -> str | None:
    """The topic of a chapter by the words of its title (its simplified reading)."""
    return next((t for word, t in _TOPICS if word in reading), None)


_MERGED = re.compile(r"(?<=[。；;！!])[\s\u3000]*(?=第\s*[0-9０-９零〇一二三四五六七八九十百]+\s*条)")


def _split_merged(numbered: _Numbered) -> list[_Numbered]:
    """“第三条 ……。第四条 ……。” pasted as one paragraph: split where the next number follows."""
    cuts, start = [], 0
    for match in _MERGED.finditer(numbered.reading):  # on the simplified reading: 第四條 too
        cuts.append(slice(start, match.start()))
        start = match.end()
    cuts.append(slice(start, None))
    parts = [numbered]
    for cut in cuts[1:]:
        following = _classify(numbered.rest[cut], numbered.reading[cut])
        if following.style != "tiao" or parts[-1].value is None or following.value != parts[-1].value + 1:
            return [numbered]
        parts.append(following)
    if len(parts) > 1:
        first = cuts[0]
        parts[0] = _Numbered(
            numbered.style, numbered.value, numbered.prefix, numbered.rest[first], numbered.reading[first]
        )
    return parts
