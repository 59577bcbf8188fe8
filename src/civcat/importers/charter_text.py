"""A charter document's blocks → title, chapters and articles, points annex, closing lines.

Every paragraph ends up in exactly one place: the title, a chapter title, an article (the first
paragraph of an article without its number; the paragraphs that continue it, sub-items （一）（二）
included, joined to it by line breaks), the points annex, the closing lines (kept verbatim as
`# civcat: 原文` comments beside the fields read from them), or a `# civcat: 待核对` comment for the
clerk. Only numbering is removed: 第X章, 第X条, 一、 1. and a points table's serial numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..i18n import N_
from .closing import Closing, is_closing_line, read_closing
from .documents import Block, Document
from .numbering import Numbered, classify

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


def parse_charter(document: Document) -> ParsedCharter:
    """Read the structure of a charter document (see the module's docstring)."""
    blocks = [_clean(b) for b in document.blocks if b.is_table or b.text.strip()]
    parsed = ParsedCharter()
    start, subtitle = _title(blocks, parsed)
    body = blocks[start:]
    body = _points(body, parsed)
    closing_at = _closing_start(body)
    closing_lines = subtitle + [b.text for b in body[closing_at:]]
    for block in body[closing_at:]:
        parsed.notes.append(Note("source", block.text, number=block.number))
    _chapters(body[:closing_at], parsed)
    parsed.closing = read_closing(closing_lines, [a.text for c in parsed.chapters for a in c.articles])
    for iso in parsed.closing.unplaced_dates:
        parsed.notes.append(Note("review", iso, SIGNATURE_DATE, number=body[-1].number if body else 0))
    for text in document.extra:
        parsed.notes.append(Note("review", text.replace("\n", " "), EXTRA_TEXT))
    return parsed


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
    if block.is_table or block.auto or classify(block.text).style:
        return False
    text = block.text
    if len(text) > 40 or _SENTENCE_END.search(text):
        return False
    return bool(_TITLE_WORDS.search(text)) or block.style.lower() in ("title", "标题")


def _title(blocks: list[Block], parsed: ParsedCharter) -> tuple[int, list[str]]:
    """Where the body starts, and the closing lines written under the title (“（2021年8月15日村民会议通过）”)."""
    index = next((i for i, b in enumerate(blocks[:3]) if _is_title(b)), None)
    if index is None:
        return 0, []
    for block in blocks[:index]:
        parsed.notes.append(Note("review", _block_text(block), BEFORE_TITLE, block.number))
    parsed.title = re.sub(r"\s+", "", blocks[index].text) if _compact(blocks[index].text) else blocks[index].text
    start = index + 1
    subtitle: list[str] = []
    while (
        start < len(blocks)
        and not blocks[start].is_table
        and blocks[start].text[:1] in "（("
        and is_closing_line(blocks[start].text)
    ):
        subtitle.append(blocks[start].text)
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


def _points_value(cell: str) -> tuple[int, bool] | None:
    """A points cell as (value, sign written); None when the cell is not one."""
    match = _POINTS_VALUE.match(cell.strip())
    if not match:
        return None
    value = int(match.group(3).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    negative = match.group(1) in ("扣", "减", "罚") or match.group(2) in ("-", "－", "—", "−")
    return (-value if negative else value), bool(match.group(1) or match.group(2))


def is_points_table(rows: list[list[str]]) -> bool:
    header = " ".join(rows[0]) if rows else ""
    scored = sum(1 for row in rows if any(_points_value(c) for c in row[1:] or row))
    return bool(rows) and (bool(_POINTS_HEADER.search(header)) and scored >= 1 or scored * 2 >= len(rows) >= 2)


def _points(body: list[Block], parsed: ParsedCharter) -> list[Block]:
    """Take the points annex out of the body: its title, its tables, its prose (→ redemption)."""
    first = next((i for i, b in enumerate(body) if b.rows is not None and is_points_table(b.rows)), None)
    if first is None:
        _other_tables(body, parsed)
        return [b for b in body if not b.is_table]
    points = PointsText()
    start = first
    if (
        first > 0
        and not body[first - 1].is_table
        and "积分" in body[first - 1].text
        and not _SENTENCE_END.search(body[first - 1].text)
    ):
        start = first - 1
        heading = body[start]
        numbered = classify(heading.text)
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
            if not is_points_table(block.rows):
                break
            sign = _points_rows(block, points, sign)
        else:
            numbered = classify(block.text)
            if is_closing_line(block.text) or (
                numbered.style and numbered.style not in _SUB_STYLES and not _sign_heading(numbered.rest)
            ):
                break
            if _sign_heading(numbered.rest):
                sign = -1 if re.search(r"扣分|减分|罚", numbered.rest) else 1
                points.notes.append(Note("source", block.text, number=block.number))
            else:
                points.redemption.append(block.text)
        index += 1
    return index


def _sign_heading(text: str) -> bool:
    return len(text) <= 12 and bool(re.search(r"加分|扣分|减分|奖励", text)) and not _SENTENCE_END.search(text)


def _points_rows(block: Block, points: PointsText, sign: int) -> int:
    """Items of one table. The sign of an unsigned value comes from its own row (a 扣分项 cell), else
    from the header above its column (加分项目 | 分值 | 扣分项目 | 分值), else from the last section
    row (“扣分项目”); a value whose sign nothing states is imported as added, for review."""
    table = _PointsTable(points, block.number, sign)
    for position, row in enumerate(block.rows or []):
        cells = [(i, c) for i, c in enumerate(row) if c]
        has_value = any(_points_value(c) is not None for _i, c in cells)
        if position == 0 and not has_value:
            table.header(row)
        elif not has_value:
            table.section(cells)
        else:
            # Column signs hold only where the row has the header's columns (a text file's rows may not).
            table.aligned = len(row) == len(table.columns)
            for segment, trailing in _segments(cells):
                table.item(segment, trailing)
    return table.sign


def _segments(cells: list[tuple[int, str]]):
    """A row cut into items: text cells then a value cell (two items in a row laid out 加分 | 分值 | 扣分 | 分值).
    A number before any text is a serial number (dropped: numbering); text after the last value is trailing."""
    segment: list[tuple[int, str]] = []
    found: list[tuple[list, list]] = []
    for index, cell in cells:
        is_value = _points_value(cell) is not None
        if is_value and not any(_points_value(c) is None for _i, c in segment):
            if cell.isdigit():
                segment = []  # 序号
                continue
        segment.append((index, cell))
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

    def header(self, row: list[str]) -> None:
        current = 0
        for cell in row:
            if re.search(r"扣分|减分", cell) and not re.search(r"加分", cell):
                current = -1
            elif re.search(r"加分|奖励", cell):
                current = 1
            self.columns.append(current)
        self.points.notes.append(Note("source", " | ".join(c for c in row if c), number=self.number))

    def section(self, cells: list[tuple[int, str]]) -> None:
        texts = [c for _i, c in cells]
        if len(set(texts)) == 1 and _sign_heading(texts[0]):
            self.sign = -1 if re.search(r"扣分|减分|罚", texts[0]) else 1
            self.points.notes.append(Note("source", texts[0], number=self.number))
        elif texts:
            self.points.notes.append(Note("review", " | ".join(texts), POINTS_ROW, self.number))

    def item(self, segment: list[tuple[int, str]], trailing: list[tuple[int, str]]) -> None:
        value_at, value_cell = segment[-1]
        read = _points_value(value_cell)
        assert read is not None, "a segment ends at its value cell (_points_rows cuts it so)"
        value, signed = read
        texts = [c for _i, c in segment[:-1]]
        if not texts:
            self.points.notes.append(Note("review", value_cell, POINTS_ROW, self.number))
            return
        behaviour = max(texts, key=len)
        notes, sign = self._others([t for t in texts if t is not behaviour] + [c for _i, c in trailing])
        if not signed:
            sign = sign or (self.columns[value_at] if self.aligned else 0) or self.sign
            if sign < 0:
                value = -abs(value)
            elif sign == 0:
                notes.append(Note("review", f"{behaviour} {value_cell}", POINTS_SIGN, self.number))
        self.points.items.append((behaviour, value, notes))

    def _others(self, others: list[str]) -> tuple[list[Note], int]:
        """Source notes for a row's other cells (a category column, kept once per run of rows), and the sign they state."""
        notes: list[Note] = []
        sign = 0
        for other in others:
            if re.search(r"扣分|减分|罚", other):
                sign = -1
            elif re.search(r"加分|奖励", other):
                sign = 1
            if other != self.category:
                notes.append(Note("source", other, number=self.number))
                self.category = other
        return notes, sign


def _other_tables(body: list[Block], parsed: ParsedCharter) -> None:
    for block in body:
        if block.is_table:
            parsed.notes.append(Note("review", _block_text(block), OTHER_TABLE, block.number))


# ---------------------------------------------------------------------------------------------
# Closing lines


def _closing_start(body: list[Block]) -> int:
    """Where the closing lines start: the unnumbered adoption, filing, signature and date lines at the end."""
    strict = not any(b.auto or classify(b.text).style for b in body)
    index = len(body)
    while index > 0:
        block = body[index - 1]
        if block.auto or classify(block.text).style or not is_closing_line(block.text, strict=strict):
            break  # closing lines have no number
        index -= 1
    return index


# ---------------------------------------------------------------------------------------------
# Chapters and articles


def _numbering(body: list[Block]) -> list[Numbered]:
    found: list[Numbered] = []
    for block in body:
        if block.auto:
            found.append(Numbered(f"auto:{block.auto[0]}:{block.auto[1]}", None, "", block.text))
        else:
            found.append(classify(block.text))
    return found


def _heading_like(rest: str) -> bool:
    return 0 < len(rest) <= 20 and not _SENTENCE_END.search(rest)


def _levels(body: list[Block], numbers: list[Numbered]) -> tuple[str | None, str | None]:
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


def _outer_heading_style(numbers: list[Numbered], order: list[str]) -> str | None:
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

    def block(self, block: Block, numbered: Numbered) -> None:
        is_heading = (numbered.style == self.chapter_style and self.chapter_style is not None) or (
            self.chapter_style == "heading"
            and not numbered.style
            and block.style.lower().startswith(("heading 1", "标题 1"))
        )
        if is_heading:
            self.new_chapter(block, numbered)
        elif self.article_style is None and not numbered.style or numbered.style == self.article_style:
            self.new_articles(block, numbered)
        elif self.article is None:
            note = [Note("review", block.text, UNNUMBERED, block.number)]
            self.add_article(ArticleText(block.text, block.number, note))
        else:
            if numbered.style == "section":
                self.article.notes.append(Note("review", block.text, SECTION, block.number))
            self.article.text += PARAGRAPH_BREAK + block.text

    def new_chapter(self, block: Block, numbered: Numbered) -> None:
        title = re.sub(r"[\s\u3000]+", "", numbered.rest) if _compact(numbered.rest) else numbered.rest.strip()
        topic = next((t for word, t in _TOPICS if word in title), None)
        self.chapter = ChapterText(title=title, topic=topic)
        if not title:
            self.chapter.notes.append(Note("review", block.text, NO_CHAPTER_TITLE, block.number))
        self.parsed.chapters.append(self.chapter)
        self.article = None

    def new_articles(self, block: Block, numbered: Numbered) -> None:
        parts = _split_merged(numbered) if numbered.style == "tiao" else [numbered]
        for index, part in enumerate(parts):
            notes = [Note("review", block.text, SPLIT, block.number)] if index == 1 else []
            if part.value is not None and self.last is not None and part.value not in (self.last + 1, 1):
                notes.append(
                    Note("review", block.text if len(parts) == 1 else part.prefix + part.rest, NUMBER_GAP, block.number)
                )
            if part.value is not None:
                self.last = part.value
            self.add_article(ArticleText(part.rest, block.number, notes))

    def add_article(self, article: ArticleText) -> None:
        if self.chapter is None:
            self.chapter = ChapterText(title="")
            self.parsed.chapters.append(self.chapter)
        article.notes = self.pending + article.notes
        self.pending = []
        self.chapter.articles.append(article)
        self.article = article

    def finish(self) -> None:
        chapters = self.parsed.chapters
        if chapters and not chapters[0].title and len(chapters) == 1:
            chapters[0].title = "正文"  # a charter without chapters: one chapter (FORMAT.md requires one)
        elif chapters and not chapters[0].title:
            # Text before 第一章 (a preamble): it opens the first chapter, each paragraph marked for review.
            preamble = chapters.pop(0)
            chapters[0].articles[:0] = preamble.articles


_MERGED = re.compile(r"(?<=[。；;！!])[\s\u3000]*(?=第\s*[0-9０-９零〇一二三四五六七八九十百]+\s*条)")


def _split_merged(numbered: Numbered) -> list[Numbered]:
    """“第三条 ……。第四条 ……。” pasted as one paragraph: split where the next number follows."""
    parts = [numbered]
    pieces = _MERGED.split(numbered.rest)
    for piece in pieces[1:]:
        following = classify(piece)
        if following.style != "tiao" or parts[-1].value is None or following.value != parts[-1].value + 1:
            return [numbered]
        parts.append(following)
    if len(parts) > 1:
        parts[0] = Numbered(numbered.style, numbered.value, numbered.prefix, pieces[0])
    return parts
