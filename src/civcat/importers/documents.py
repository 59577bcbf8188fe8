"""Reading a charter document as a list of blocks: paragraphs and tables, in document order.

Word documents (.docx) are read with python-docx; plain text (.txt, .md) in UTF-8 (with or without
BOM), UTF-16 (with BOM, or without when the NULs show it) or GB18030 (which covers GBK and GB2312),
any line ends. A file civcat cannot read is refused with one line saying what to do
(`DocumentError`): an old binary .doc/.wps, a password-protected or damaged .docx, an empty file,
a file past the size limits, a zip whose contents would unpack to far more than a charter can hold.
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import _

#: The suffixes `civcat import charter` reads, and those it recognises only to explain how to convert.
READABLE = (".docx", ".txt", ".md")
CONVERTIBLE = (".doc", ".wps", ".wpt", ".dot", ".rtf", ".odt", ".docm")

#: A charter is a few pages: a .docx past 50 MB holds photographs, a text file past 5 MB is not a charter.
MAX_DOCX_BYTES = 50 * 1024 * 1024
MAX_TEXT_BYTES = 5 * 1024 * 1024
#: What the parts of a .docx may unpack to (a zip bomb unpacks to gigabytes from a few kilobytes).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # compression ratio of one part above which (and above 1 MB) the file is refused

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class DocumentError(Exception):
    """A document that cannot be read: the message is one line for the clerk (path not included)."""


@dataclass
class Block:
    """One paragraph or table of the source, in document order.

    `number` is the paragraph's place in the document (1-based, tables count), for messages.
    `auto` is Word's automatic numbering of the paragraph (numbering id, level), whose number is
    not part of the text; `style` the paragraph style's name ("Heading 1", "标题 1", "Title").
    `table_row` is set on a paragraph made from a row of a table laid out as articles (第六条 | text).
    """

    number: int
    text: str = ""
    rows: list[list[str]] | None = None
    style: str = ""
    auto: tuple[str, int] | None = None
    table_row: str = ""  # a row of an article table read as this paragraph: the row as written, for review
    _read: tuple = field(default=(None, "", None, None), init=False, repr=False, compare=False)

    @property
    def is_table(self) -> bool:
        return self.rows is not None

    @property
    def reading(self) -> str:
        """The simplified reading of `text`, character for character (條 → 条, 會 → 会), so that an offset
        into it is an offset into the text: a charter's structure, numbers and vote are recognised on it
        while the text is kept as written. Read once per text (a new text is read again)."""
        text, reading, rows, cells = self._read
        if text is not self.text:
            from ..rules.text import simplified_in_place

            reading = simplified_in_place(self.text)
            self._read = (self.text, reading, rows, cells)
        return reading

    @property
    def cell_readings(self) -> list[list[str]]:
        """The simplified reading of each cell of `rows` (see `reading`); [] for a paragraph."""
        text, reading, rows, cells = self._read
        if rows is not self.rows:
            from ..rules.text import simplified_in_place

            cells = [[simplified_in_place(c) for c in row] for row in self.rows or []]
            self._read = (text, reading, self.rows, cells)
        return cells


@dataclass
class Document:
    path: Path
    blocks: list[Block] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # headers, footers, text boxes: kept for review


def _convert_hint(path: Path) -> str:
    """How to turn an old or foreign format into .docx: Word or WPS, or LibreOffice when it is installed."""
    if shutil.which("soffice"):
        return _(
            "请在 Word 或 WPS 中打开，“另存为”Word 文档（*.docx）后再导入；"
            '或运行：soffice --headless --convert-to docx "{path}"'
        ).format(path=path)
    return _("请在 Word 或 WPS 中打开，“另存为”Word 文档（*.docx）后再导入").format(path=path)


def read_document(path: Path) -> Document:
    """The blocks of a charter document; DocumentError (one line) when it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in CONVERTIBLE:
        raise DocumentError(_("{suffix} 格式 civcat 读不了。{hint}").format(suffix=suffix, hint=_convert_hint(path)))
    if suffix not in READABLE:
        raise DocumentError(_("不是 civcat 能导入的文档（可导入 .docx、.txt、.md）"))
    limit = MAX_DOCX_BYTES if suffix == ".docx" else MAX_TEXT_BYTES
    raw = _read_bytes(path, limit)
    if not raw.strip():
        raise DocumentError(_("文件是空的，没有可导入的内容"))
    document = _read_docx(path, raw) if suffix == ".docx" else _read_text(path, raw)
    if not any(b.text.strip() or b.rows for b in document.blocks):
        if any(text.strip() for text in document.extra):
            raise DocumentError(
                _("文档正文中没有文字，文字都在文本框、页眉或页脚里；请在 Word 中把文字复制到正文后再导入")
            )
        raise DocumentError(_("文档中没有文字，没有可导入的内容"))
    return document


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise DocumentError(
                _("文件过大（{size} MB，上限 {limit} MB）：一份公约不会这么大，请确认选对了文件").format(
                    size=round(size / 1024 / 1024, 1), limit=limit // 1024 // 1024
                )
            )
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as error:
        raise DocumentError(_("无法读取：{reason}").format(reason=error.strerror or error)) from None
    if len(raw) > limit:
        raise DocumentError(
            _("文件过大（上限 {limit} MB）：一份公约不会这么大，请确认选对了文件").format(limit=limit // 1024 // 1024)
        )
    return raw


# ---------------------------------------------------------------------------------------------
# Plain text


def decode_text(raw: bytes) -> str:
    """Text of a .txt/.md file: BOM first, then UTF-8, UTF-16 without BOM, GB18030 (a superset of GBK)."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom) :].decode(encoding, errors="replace")
    if b"\x00" not in raw:  # UTF-16 text without BOM can be valid UTF-8 (NULs and ASCII), never NUL-free
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    # UTF-8 stays a candidate: a UTF-8 file with one stray NUL or one broken sequence read as GB18030
    # was mojibake throughout (first of equals, it wins a tie: GB18030 reads UTF-8's bytes as CJK too).
    candidates = ["utf-8", "gb18030"] + (["utf-16-le", "utf-16-be"] if len(raw) % 2 == 0 else [])
    decoded = {encoding: raw.decode(encoding, errors="replace") for encoding in candidates}
    return max(decoded.values(), key=_plausible)  # GB18030 decodes any bytes: keep what reads as Chinese text


def _plausible(text: str) -> float:
    """The share of characters a Chinese charter is made of: CJK, CJK punctuation, ASCII, line ends."""
    good = sum(
        1
        for c in text
        if "\u4e00" <= c <= "\u9fff"
        or "\u3000" <= c <= "\u303f"
        or "\uff00" <= c <= "\uffef"
        or " " <= c <= "~"
        or c in "\r\n\t“”‘’…—"
    )
    return good / max(len(text), 1)


_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")


def _read_text(path: Path, raw: bytes) -> Document:
    """Each line a paragraph; lines with tabs, or Markdown `| a | b |` lines, form tables."""
    text = decode_text(raw)
    markdown = path.suffix.lower() == ".md"
    document = Document(path)
    rows: list[list[str]] = []
    number = 0

    def flush() -> None:
        nonlocal number, rows
        if rows:
            number += 1
            document.blocks.append(Block(number, rows=rows))
            rows = []

    for line in re.split(r"\r\n|\r|\n", text):
        stripped = line.strip()
        if markdown and _TABLE_RULE.match(stripped) and rows:
            continue  # the |---|---| line under a Markdown table's header: markup, not text
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            rows.append([cell.strip() for cell in stripped[1:-1].split("|")])
            continue
        if "\t" in stripped:
            rows.append([cell.strip() for cell in stripped.split("\t") if cell.strip()])
            continue
        flush()
        if markdown:
            stripped = _MD_HEADING.sub("", stripped)
        number += 1
        document.blocks.append(Block(number, text=stripped))
    flush()
    return document


# ---------------------------------------------------------------------------------------------
# Word


def _check_package(raw: bytes) -> zipfile.ZipFile:
    """The .docx as a zip, refused when it is an old .doc, encrypted, damaged or a zip bomb."""
    if raw.startswith(_OLE_MAGIC):
        if _ENCRYPTED in raw:
            raise DocumentError(
                _(
                    "文档设有打开密码，civcat 无法读取。请在 Word 中打开，"
                    "在“文件→信息→保护文档→用密码进行加密”中清空密码并保存，再导入"
                )
            )
        raise DocumentError(
            _("文件名是 .docx，内容却是 Word 或 WPS 的旧二进制格式（.doc 或 .wps）。{hint}").format(
                hint=_("请在 Word 或 WPS 中打开，“另存为”Word 文档（*.docx）后再导入")
            )
        )
    disguised = _disguised(raw)
    if disguised is not None:
        raise DocumentError(disguised)
    try:
        package = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise DocumentError(
            _("文档已损坏，不是完整的 .docx 文件；请在 Word 中打开（Word 会尝试修复），另存为 .docx 后再导入")
        ) from None
    infos = package.infolist()
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED_BYTES or any(
        info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1) for info in infos
    ):
        raise DocumentError(
            _("文档解压后过大（{size} MB），不像一份公约，疑为损坏或恶意文件，未读取").format(
                size=unpacked // 1024 // 1024
            )
        )
    if "word/document.xml" not in package.namelist():
        raise DocumentError(
            _("不是 Word 文档（缺少 word/document.xml），或文档已损坏；请在 Word 中另存为 .docx 后再导入")
        )
    return package


def _disguised(raw: bytes) -> str | None:
    """Why a .docx that is no zip cannot be read, when its content shows what it really is: RTF, a web
    page (Word's “save as web page”, .mht), Word 2003 XML, or plain text given a .docx name."""
    if raw.startswith(b"PK"):
        return None
    head = raw[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    save_as = _("请在 Word 或 WPS 中打开，“另存为”Word 文档（*.docx）后再导入")
    if head.startswith(b"{\\rtf"):
        kind = _("RTF 格式")
    elif b"<html" in head or b"<!doctype html" in head or head.startswith(b"mime-version:"):
        kind = _("网页（HTML）格式")
    elif head.startswith(b"<?xml") and (b"worddocument" in head or b"pkg:package" in head):
        kind = _("Word XML 格式")
    elif b"\x00" not in raw[:4096] and _plausible(decode_text(raw[:4096])) > 0.9:
        return _("文件名是 .docx，内容却是纯文本：请把扩展名改为 .txt 再导入")
    else:
        return None
    return _("文件名是 .docx，内容却是{kind}。{hint}").format(kind=kind, hint=save_as)


def _read_docx(path: Path, raw: bytes) -> Document:
    _check_package(raw)
    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise DocumentError(_("读取 .docx 需要 python-docx：pip install python-docx")) from None
    try:
        word = docx.Document(io.BytesIO(raw))
        document = Document(path)
        _body_blocks(word, document)
        _extra_text(word, document)
    except DocumentError:
        raise
    except Exception as error:  # noqa: BLE001 — python-docx and lxml raise many kinds on a broken part
        raise DocumentError(
            _("文档已损坏，无法读取（{reason}）；请在 Word 中打开，另存为 .docx 后再导入").format(
                reason=type(error).__name__
            )
        ) from None
    return document


def _body_blocks(word, document: Document) -> None:
    """Paragraphs and tables of the body in order (content controls opened, their paragraphs kept)."""
    from docx.table import Table

    styles = _styles(word)
    lists = _lists(word)
    number = 0
    for element in _body_elements(word.element.body):
        number += 1
        if element.tag == f"{_W}tbl":
            document.blocks.append(Block(number, rows=_table_rows(Table(element, word))))
            continue
        name, numbering = styles.get(_style_id(element), ("", None))
        auto = _auto_number(element) or numbering
        if auto is not None:
            auto = (lists.get(auto[0], auto[0]), auto[1])
        document.blocks.append(Block(number, text=paragraph_text(element), style=name, auto=auto))
        for box in element.iter(f"{_W}txbxContent"):  # text boxes: not part of paragraph.text
            text = "".join(t.text or "" for t in box.iter(f"{_W}t"))
            if text.strip():
                document.extra.append(text)


_SKIPPED = {
    f"{_W}txbxContent",
    f"{_W}pPr",
    f"{_W}rPr",
    f"{_W}delText",
    f"{_W}instrText",
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
}


def paragraph_text(element) -> str:
    """A paragraph's text as Word shows it: runs anywhere inside it (hyperlinks, fields, tracked
    insertions, which python-docx's `paragraph.text` leaves out), tabs and line breaks; not deleted
    text, field codes, or text boxes (read apart) and their compatibility copies."""
    parts: list[str] = []
    _collect(element, parts)
    return "".join(parts)


def _collect(node, parts: list[str]) -> None:
    for child in node:
        tag = child.tag
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}p":
            if parts:
                parts.append("\n")
            _collect(child, parts)
        elif tag not in _SKIPPED and isinstance(tag, str):
            _collect(child, parts)


def _style_id(element) -> str | None:
    properties = element.find(f"{_W}pPr")
    style = properties.find(f"{_W}pStyle") if properties is not None else None
    return style.get(f"{_W}val") if style is not None else None


def _lists(word) -> dict[str, str]:
    """Word's list instances (numId) → the list they number (abstractNumId). Word starts a new instance
    where numbering restarts (each chapter's articles from 1): they are one numbering style."""
    try:
        numbering = word.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):  # a document without lists
        return {}
    found: dict[str, str] = {}
    for num in numbering.iterchildren(f"{_W}num"):
        abstract = num.find(f"{_W}abstractNumId")
        if abstract is not None and num.get(f"{_W}numId") is not None:
            found[num.get(f"{_W}numId")] = "a" + str(abstract.get(f"{_W}val"))
    return found


def _styles(word) -> dict[str | None, tuple[str, tuple[str, int] | None]]:
    """Paragraph styles by id: (name, numbering the style brings), read once per document
    (python-docx's `paragraph.style` looks the default style up anew for every paragraph)."""
    found: dict[str | None, tuple[str, tuple[str, int] | None]] = {}
    raw: dict[str, tuple[str, object, str | None]] = {}
    default = None
    for style in word.styles.element.iterchildren(f"{_W}style"):
        if style.get(f"{_W}type") != "paragraph":
            continue
        style_id = style.get(f"{_W}styleId")
        name = style.find(f"{_W}name")
        based = style.find(f"{_W}basedOn")
        raw[style_id] = (
            name.get(f"{_W}val") if name is not None else style_id or "",
            style,
            based.get(f"{_W}val") if based is not None else None,
        )
        if style.get(f"{_W}default") in ("1", "true"):
            default = style_id
    for style_id, (name, _element, _based) in raw.items():
        numbering, seen = None, set()
        current: str | None = style_id
        while current in raw and current not in seen and numbering is None:
            seen.add(current)
            numbering = _auto_number(raw[current][1])
            current = raw[current][2]
        found[style_id] = (_STYLE_NAMES.get(name.lower(), name), numbering)
    if default in found:
        found[None] = found[default]
    return found


#: Word writes the built-in styles' names in lower case in styles.xml ("heading 1"); python-docx shows "Heading 1".
_STYLE_NAMES = {"title": "Title", "heading 1": "Heading 1", "heading 2": "Heading 2"}


def _body_elements(body):
    for child in body.iterchildren():
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _body_elements(content)


def _auto_number(element) -> tuple[str, int] | None:
    """Word's automatic numbering of a paragraph (numId, level), when the paragraph has its own."""
    properties = element.find(f"{_W}pPr")
    numbering = properties.find(f"{_W}numPr") if properties is not None else None
    if numbering is None:
        return None
    num_id = numbering.find(f"{_W}numId")
    level = numbering.find(f"{_W}ilvl")
    value = num_id.get(f"{_W}val") if num_id is not None else None
    if value in (None, "0"):
        return None  # numId 0 switches numbering off
    return value, int(level.get(f"{_W}val") or 0) if level is not None else 0


def _table_rows(table) -> list[list[str]]:
    """Cell texts per row; a merged cell counts once per row (python-docx repeats it)."""
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append("\n".join(paragraph_text(p) for p in cell._tc.iter(f"{_W}p")).strip())
        rows.append(cells)
    return rows


def _extra_text(word, document: Document) -> None:
    """Header and footer text (each distinct text once): not part of the charter, kept for review."""
    seen = set(document.extra)
    for section in word.sections:
        for part in (section.header, section.footer):
            try:
                if part.is_linked_to_previous and section is not word.sections[0]:
                    continue
                text = "\n".join(p.text for p in part.paragraphs).strip()
            except Exception:  # noqa: BLE001 — a header that cannot be read is not the charter
                continue
            if text and text not in seen:
                seen.add(text)
                document.extra.append(text)
