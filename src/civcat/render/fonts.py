"""Fonts: the bundled subsets, or configured and system fonts, and the glyph preflight.

Typst silently drops or boxes a character its fonts lack. A 生僻字 in a village name would then
be printed as an empty square on a notice board. So before compiling, every character of the
document is checked against the fonts in use; a missing one is an error naming the character,
its code point, the file and line it comes from, and how to add a font.

The bundled fonts (fonts/, built by scripts/build_fonts.py) are subsets of Noto Serif CJK SC
(body text) and Noto Sans CJK SC Bold (titles): GB 2312, Big5 level 1, ASCII and CJK
punctuation. Typst's own embedded fonts are never used: they cover no Chinese, and a document
whose glyphs silently come from a fallback font is exactly what the preflight is there to stop.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..i18n import N_, _, ngettext

BUNDLED_DIR = Path(__file__).resolve().parent / "fonts"
BUNDLED_BODY = "Civcat Noto Serif SC"
BUNDLED_TITLE = "Civcat Noto Sans SC"

#: How to add a font, appended to every missing-glyph message.
HOW_TO_ADD_A_FONT = N_(
    "添加字体：把含此字的字体文件（如完整的 Noto Serif CJK SC、思源宋体、花园明朝）放入一个文件夹，"
    "用 --font-dir 文件夹 --body-font 字体名 --title-font 字体名 选用（或 --system-fonts 使用系统字体）；"
    "也可在数据中改用规范的常用字"
)


def import_typst():
    """The typst module (the Typst compiler, from PyPI), or a one-line error saying how to get it."""
    try:
        import typst
    except ImportError:
        raise UsageError(_("排版需要 typst 软件包：pip install typst（或重新安装 civcat）")) from None
    return typst


@dataclass(frozen=True)
class FontChoice:
    """Which font families set body text and titles, and where fonts are looked for."""

    body: str = BUNDLED_BODY
    title: str = BUNDLED_TITLE
    font_dirs: tuple[Path, ...] = ()
    system_fonts: bool = False

    @property
    def search_paths(self) -> list[str]:
        # The bundled folder is always searched: a configured body font may be paired with the
        # bundled title font. The subsets carry their own family names, so they never mix with a
        # full Noto CJK installed on the system.
        return [str(BUNDLED_DIR), *(str(p) for p in self.font_dirs)]

    def typst_fonts(self):
        """The typst.Fonts collection a compiler uses (imports typst: call it where it runs)."""
        return import_typst().Fonts(
            include_system_fonts=self.system_fonts, include_embedded_fonts=False, font_paths=self.search_paths
        )


@dataclass(frozen=True)
class FontFace:
    family: str
    weight: int
    path: str
    index: int


def available_faces(choice: FontChoice) -> list[FontFace]:
    for folder in choice.font_dirs:
        if not folder.is_dir():
            raise UsageError(_("--font-dir {folder}：不是文件夹").format(folder=folder))
    return _faces(tuple(choice.search_paths), choice.system_fonts)


@functools.lru_cache(maxsize=8)
def _faces(paths: tuple[str, ...], system: bool) -> list[FontFace]:
    fonts = import_typst().Fonts(include_system_fonts=system, include_embedded_fonts=False, font_paths=list(paths))
    return [FontFace(f.family, f.weight, f.path, f.index) for f in fonts.fonts() if f.path]


def face_for(choice: FontChoice, family: str, weight: int, role: str) -> FontFace:
    """The face Typst picks for `family` at `weight` (the nearest weight, upright preferred);
    `role`: "body" or "title", for the message when there is none."""
    from ..textutil import series

    faces = [f for f in available_faces(choice) if f.family.casefold() == family.casefold()]
    if not faces:
        families = sorted({f.family for f in available_faces(choice)})
        shown = series(families[:12]) + ("……" if len(families) > 12 else "")
        if role == "title":
            message = (
                _("找不到标题字体“{family}”；可用：{families}")
                if choice.system_fonts
                else _("找不到标题字体“{family}”（未搜索系统字体；需要时加 --system-fonts）；可用：{families}")
            )
        else:
            message = (
                _("找不到正文字体“{family}”；可用：{families}")
                if choice.system_fonts
                else _("找不到正文字体“{family}”（未搜索系统字体；需要时加 --system-fonts）；可用：{families}")
            )
        raise UsageError(message.format(family=family, families=shown))
    return min(faces, key=lambda f: (abs(f.weight - weight), f.path, f.index))


@functools.lru_cache(maxsize=16)
def coverage(path: str, index: int) -> frozenset[int]:
    """The code points a font face has glyphs for (its best cmap)."""
    try:
        from fontTools.ttLib import TTFont
    except ImportError:
        raise UsageError(_("检查字形需要 fonttools 软件包：pip install fonttools（或重新安装 civcat）")) from None

    try:
        font = TTFont(path, fontNumber=index, lazy=True)
        return frozenset(font.getBestCmap() or {})
    except Exception as error:  # a broken font file is the user's to fix, not a traceback
        raise UsageError(_("字体文件 {path} 无法读取：{error}").format(path=path, error=error)) from None


@dataclass(frozen=True)
class FontsInUse:
    """The faces a document is set in, and the characters all of them can print."""

    body: FontFace
    title: FontFace
    covered: frozenset[int]

    def describe(self) -> str:
        if self.body.family == self.title.family:
            return f"“{self.body.family}”"
        return _("“{body}”和“{title}”").format(body=self.body.family, title=self.title.family)


def fonts_in_use(choice: FontChoice) -> FontsInUse:
    body = face_for(choice, choice.body, 400, "body")
    title = face_for(choice, choice.title, 700, "title")
    # A name appears both in titles and in text, so each character must be in both faces.
    covered = coverage(body.path, body.index) & coverage(title.path, title.index)
    return FontsInUse(body, title, covered)


def _needs_no_glyph(char: str) -> bool:
    """Characters a font need not draw: spaces, line breaks, controls, variation selectors."""
    category = unicodedata.category(char)
    if category in ("Zs", "Zl", "Zp", "Cc", "Cf"):
        return True
    code = ord(char)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def missing_characters(text: str, covered: frozenset[int]) -> list[str]:
    """The distinct characters of `text` the fonts lack, in order of first appearance."""
    missing = [char for char in set(text) if ord(char) not in covered and not _needs_no_glyph(char)]
    return sorted(missing, key=text.index)


@dataclass(frozen=True)
class Origin:
    """A text the document's characters may come from: a data file, or the template."""

    label: str  # a path relative to the repository root, or the template's (TemplateSpec.label)
    text: str


def locate(char: str, origins: list[Origin]) -> tuple[str, int] | None:
    """The first origin holding `char`, and the 1-based line of its first occurrence."""
    for origin in origins:
        index = origin.text.find(char)
        if index >= 0:
            return origin.label, origin.text.count("\n", 0, index) + 1
    return None


class GlyphMissing(UsageError):
    """A character of the document is in none of the fonts: nothing is written."""


def describe_character(char: str) -> str:
    name = unicodedata.name(char, "")
    if name and not name.startswith("CJK UNIFIED"):
        return _("“{char}”（U+{code}，{name}）").format(char=char, code=f"{ord(char):04X}", name=name)
    return _("“{char}”（U+{code}）").format(char=char, code=f"{ord(char):04X}")


def preflight(source: str, fonts: FontsInUse, origins: list[Origin], document: str) -> None:
    """Raise GlyphMissing if any character of the Typst source is missing from the fonts in use."""
    missing = missing_characters(source, fonts.covered)
    if not missing:
        return
    char = missing[0]
    where = locate(char, origins)
    place = _("{file} 第 {line} 行").format(file=where[0], line=where[1]) if where else document
    values = dict(
        place=place,
        fonts=fonts.describe(),
        char=describe_character(char),
        document=document,
        how=_(HOW_TO_ADD_A_FONT),
        count=len(missing) - 1,
        others="".join(missing[1:6]) + ("……" if len(missing) > 6 else ""),
    )
    if len(missing) > 1:
        message = ngettext(
            "{place}：字体{fonts}中没有{char}，{document}不能生成（否则该字会印成空白或方框）"
            "（另有 {count} 个字也缺：{others}）。{how}。",
            "{place}：字体{fonts}中没有{char}，{document}不能生成（否则该字会印成空白或方框）"
            "（另有 {count} 个字也缺：{others}）。{how}。",
            len(missing) - 1,
        )
    else:
        message = _("{place}：字体{fonts}中没有{char}，{document}不能生成（否则该字会印成空白或方框）。{how}。")
    raise GlyphMissing(message.format(**values))
