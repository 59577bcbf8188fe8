"""CV701–CV707: how the text is written — script, punctuation, width, numbering, repeats, invisible characters, formula-like text.

These rules read the document's data as loaded (every string value, with its data path) or, for
CV706, the file's text itself. Each walks a document once with precompiled patterns: clean files
cost one regex scan per string.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..findings import Problem, Severity
from ..i18n import N_, _, current_language
from ..legal import RuleBasis
from ..models import KINDS, Charter, CharterModel
from .base import Context, FileRule

if TYPE_CHECKING:
    from ..repository import Document

CHARTER_KINDS = ("charter", "charter-model")

# ---------------------------------------------------------------------------------------------
# Shared helpers


def strings(data: Any, at: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every string value of loaded YAML data with its data path, in document order (keys left out)."""
    if isinstance(data, str):
        yield at, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from strings(value, (*at, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from strings(value, (*at, index))


def text_may_match(doc, pattern: re.Pattern) -> bool:
    """Whether any string of the document could match: one scan of the file text before walking its values.

    The file text holds every value as written (and more: keys, comments), so no match there means
    no match in any value; escapes in double-quoted strings are the exception, hence the backslash.
    """
    text = doc.source.text or ""
    return "\\" in text or pattern.search(text) is not None


def needle_at(text: str, start: int, end: int | None = None) -> str:
    """The shortest piece of `text` from `start` (at least to `end`) whose first occurrence is at `start`.

    Positions.locate finds a needle's first occurrence inside the value, so a needle that also
    occurs earlier would point at the wrong place; it is lengthened until it does not.
    """
    stop = max(end if end is not None else start + 1, start + 1)
    while stop < len(text) and text.find(text[start:stop]) != start:
        stop += 1
    return text[start:stop]


_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十, 20003 → 二万零三 (for 第几章、第几条;
    a pasted document can hold a thousand numbered paragraphs, so there is no upper bound)."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    for size, unit in ((10**8, "亿"), (10**4, "万"), (1000, "千"), (100, "百")):
        if n >= size:
            head = chinese_number(n // size) + unit
            rest = n % size
            if rest == 0:
                return head
            # a gap of a whole place is read 零 (一百零五, 一千零五十); a ten after 零 or a higher place is 一十
            gap = "零" if rest < size // 10 else ""
            tail = chinese_number(rest)
            return head + gap + ("一" + tail if tail.startswith("十") else tail)
    raise AssertionError(n)  # unreachable: n >= 100 meets the last size


def articles(doc) -> Iterator[tuple[int, int, int, Any]]:
    """(chapter index, article index, running article number from 1, article) of a charter or model."""
    number = 0
    for i, chapter in enumerate(doc.model.chapters):
        for j, article in enumerate(chapter.articles):
            number += 1
            yield i, j, number, article


def article_path(i: int, j: int) -> tuple:
    return ("chapters", i, "articles", j, "text")


def article_name(number: int) -> str:
    """An article by its number as a charter prints it: 第十二条; in English, Article 12."""
    return f"第{chinese_number(number)}条" if current_language() == "zh" else f"Article {number}"


def chapter_name(number: int) -> str:
    """第三章; in English, Chapter 3."""
    return f"第{chinese_number(number)}章" if current_language() == "zh" else f"Chapter {number}"


# ---------------------------------------------------------------------------------------------
# CV701 simplified and traditional characters

# OpenCC (the library of the field) decides, phrase by phrase, which characters are traditional (its
# t2s conversion changes them) and which are simplified ones that traditional text writes otherwise
# (its s2t conversion changes them): 后 in 皇后 is both scripts' character, 后 in 以后 is 後 in
# traditional text. A file none of whose characters t2s changes on its own (rules/traditional.txt,
# written from OpenCC by scripts/build_script_table.py) cannot be mixed, and OpenCC is not loaded.
_TRADITIONAL_FILE = Path(__file__).with_name("traditional.txt")


@functools.lru_cache(maxsize=1)
def _traditional_re() -> re.Pattern:
    return re.compile("[" + _TRADITIONAL_FILE.read_text(encoding="utf-8").strip() + "]")


@functools.lru_cache(maxsize=2)
def _converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def _changed(text: str, config: str) -> list[tuple[int, str]]:
    """(index, replacement) of each character of `text` that OpenCC's `config` conversion changes."""
    converted = _converter(config).convert(text)
    if len(converted) == len(text):
        return [(i, b) for i, (a, b) in enumerate(zip(text, converted, strict=True)) if a != b]
    import difflib

    changes = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, text, converted, autojunk=False).get_opcodes():
        if op != "equal":
            changes += [(i, converted[j1 + (i - i1)] if j1 + (i - i1) < j2 else "") for i in range(i1, i2)]
    return changes


def simplified_in_place(text: str) -> str:
    """`text` with each traditional character replaced by its simplified one where OpenCC maps it to one
    character, so every offset still points at the same place in `text` (the clause analyser reads
    pasted traditional text this way and quotes the original). Text without traditional characters is
    returned as it is, without loading OpenCC."""
    if not _traditional_re().search(text):
        return text
    chars = list(text)
    for i, other in _changed(text, "t2s"):
        if len(other) == 1:
            chars[i] = other
    return "".join(chars)


def to_simplified(text: str) -> str:
    """`text` in simplified characters, phrase by phrase (OpenCC t2s): the fix CV701 suggests."""
    return _converter("t2s").convert(text)


def script_counts(texts: list[tuple[Any, str]]) -> tuple[list, list]:
    """The traditional and the simplified characters of the texts: (at, text, index, other form) each."""
    traditional, simplified = [], []
    for at, text in texts:
        traditional += [(at, text, i, other) for i, other in _changed(text, "t2s")]
        simplified += [(at, text, i, other) for i, other in _changed(text, "s2t")]
    return traditional, simplified


_CLAUSE_END = "，。；;,：:！!？?、\n"


def _excerpt(text: str, index: int, longest: int = 30) -> tuple[str, str]:
    """The clause holding `index`, as written and in simplified characters (the fix to type)."""
    start = max((text.rfind(mark, 0, index) for mark in _CLAUSE_END), default=-1) + 1
    ends = [i for i in (text.find(mark, index) for mark in _CLAUSE_END) if i >= 0]
    end = min(ends, default=len(text))
    if end - start > longest:
        start, end = max(start, index - longest // 2), min(end, index + longest // 2)
    part = text[start:end]
    return part, to_simplified(part)


class MixedScripts(FileRule[Any]):
    code = "CV701"
    severity = Severity.WARNING
    summary = N_("同一文件中简体字和繁体字混用")
    kinds = KINDS
    why = N_(
        "本县的文件一律使用规范汉字（简体字）。从旧文件、网页或港台资料复制的文字常夹带繁体字，"
        "印出来的公约简繁混杂，既不规范，也让检索和比对失灵（“規約”搜不到“规约”）。civcat 用 OpenCC 按词判断"
        "简繁（“皇后”的“后”两种字体都用，“以后”的“后”繁体作“後”），并给出改正后的文字。"
    )
    basis = RuleBasis("documents.language_law")
    example = N_("chapters:\n  - title: 总则\n    articles:\n      - text: 村民應當遵守本村規民約。")
    fix = N_(
        "按提示把繁体字改为简体（“應當”→“应当”，“規民約”→“规民约”）；整段复制来的文字可用 opencc 统一转换后再核对。"
    )

    def check(self, doc: Document[Any], ctx: Context) -> Iterator[Problem]:
        if not text_may_match(doc, _traditional_re()):
            return
        texts = list(strings(doc.source.data))
        traditional, simplified = script_counts(texts)
        if not (traditional and simplified):
            return
        if len(traditional) <= len(simplified):  # mostly simplified (ties too: the county writes simplified)
            at, text, index, other = traditional[0]
            written, fixed = _excerpt(text, index)
            message = _(
                "简体字和繁体字混用：本文件以简体字为主（简体 {simplified_count} 字，繁体 {traditional_count} 字），"
                "“{char}”是繁体字，简体作“{simplified}”。请把繁体字统一改为简体字：“{written}”改为“{fixed}”。"
            ).format(
                simplified_count=len(simplified),
                traditional_count=len(traditional),
                char=text[index],
                simplified=other,
                written=written,
                fixed=fixed,
            )
        else:
            at, text, index, other = simplified[0]
            message = _(
                "简体字和繁体字混用：本文件以繁体字为主（繁体 {traditional_count} 字，简体 {simplified_count} 字），"
                "“{char}”是简体字，繁体作“{traditional}”。本县文件应使用简体字，请把全文统一转换为简体字。"
            ).format(
                simplified_count=len(simplified),
                traditional_count=len(traditional),
                char=text[index],
                traditional=other,
            )
        yield self.problem(message, at=at, needle=needle_at(text, index))


# ---------------------------------------------------------------------------------------------
# CV702 ASCII punctuation in Chinese text

# Chinese context: CJK ideographs, CJK symbols and punctuation, full-width forms, Chinese quotes.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e\u201c\u201d\u2018\u2019\u2026\u2014"
_IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
FULL_WIDTH_PUNCTUATION = {",": "，", ".": "。", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_BETWEEN = re.compile(rf"(?<=[{_CJK}]) ?([,.;:?!()]) ?(?=[{_CJK}])")
_AT_END = re.compile(rf"(?<=[{_CJK}])([,.;:?!])\s*$")
_PARENS = re.compile(r"\(([^()]*)\)")
# Any ASCII mark touching Chinese text: a cheap test on the whole file before walking its values.
_TOUCHING = re.compile(rf"(?<=[{_CJK}])[,.;:?!()]|[,.;:?!()](?=[{_CJK}])")


def ascii_punctuation(text: str) -> list[int]:
    """Offsets of ASCII punctuation marks that stand in Chinese text, in order."""
    found = {m.start(1) for m in _BETWEEN.finditer(text)}
    found.update(m.start(1) for m in _AT_END.finditer(text))
    if "(" in text:
        for m in _PARENS.finditer(text):
            if _IDEOGRAPH.search(m.group(1)):
                found.update((m.start(), m.end() - 1))
    return sorted(found)


class AsciiPunctuation(FileRule[Any]):
    code = "CV702"
    severity = Severity.WARNING
    summary = N_("中文里用了英文（半角）标点")
    kinds = KINDS
    why = N_(
        "中文行文应使用全角标点（，。；：？！（））。半角的逗号、句点和括号夹在汉字中间，排版时挤在一起，"
        "句点“.”还容易被看成小数点或编号。"
    )
    basis = RuleBasis("documents.punctuation_standard")
    example = N_("      - text: 村民应当爱护公共设施,不得损坏道路(含村道).")
    fix = N_(
        "改为全角标点：“,”→“，”，“.”→“。”，“;”→“；”，“:”→“：”，“(”“)”→“（”“）”。数字中的小数点和时间（3.5、8:30）不必改。"
    )

    def check(self, doc: Document[Any], ctx: Context) -> Iterator[Problem]:
        if not text_may_match(doc, _TOUCHING):
            return
        for at, text in strings(doc.source.data):
            if not _IDEOGRAPH.search(text):
                continue
            found = ascii_punctuation(text)
            if found:
                index = found[0]
                mark = text[index]
                if len(found) > 1:
                    message = _("中文里用了半角标点“{mark}”，应改为全角“{full}”（这段文字中共 {count} 处）。")
                else:
                    message = _("中文里用了半角标点“{mark}”，应改为全角“{full}”。")
                yield self.problem(
                    message.format(mark=mark, full=FULL_WIDTH_PUNCTUATION[mark], count=len(found)),
                    at=at,
                    needle=needle_at(text, index),
                )


# ---------------------------------------------------------------------------------------------
# CV703 full-width letters and digits

_FULL_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")


def half_width(text: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)


class FullWidthAlphanumerics(FileRule[Any]):
    code = "CV703"
    severity = Severity.WARNING
    summary = N_("用了全角字母或数字")
    kinds = KINDS
    why = N_(
        "全角数字和字母（２０２１、ＡＢ）看起来与半角的相同，计算机却当作不同的字符：金额、日期和编号无法比较和检索，"
        "排版时宽窄也不一致。"
    )
    basis = RuleBasis("documents.numbers_standard")
    example = N_("      - text: 每户每年筹资不超过１５元。")
    fix = N_("把全角字母和数字改为半角（“１５”→“15”）。输入法切换到半角状态后重新输入即可。")

    def check(self, doc: Document[Any], ctx: Context) -> Iterator[Problem]:
        if not text_may_match(doc, _FULL_WIDTH):
            return
        for at, text in strings(doc.source.data):
            first = _FULL_WIDTH.search(text)
            if first:
                count = len(_FULL_WIDTH.findall(text))
                run = first.group()
                if count > 1:
                    message = _("用了全角字母或数字“{run}”，应写作半角“{half}”（这段文字中共 {count} 处）。")
                else:
                    message = _("用了全角字母或数字“{run}”，应写作半角“{half}”。")
                yield self.problem(
                    message.format(run=run, half=half_width(run), count=count),
                    at=at,
                    needle=needle_at(text, first.start(), first.end()),
                )


# ---------------------------------------------------------------------------------------------
# CV704 manual numbering

FIX_HINT = N_("运行 `civcat fmt --fix` 可以自动删除编号。")

_NUMERALS = "一二三四五六七八九十"
ARTICLE_NUMBERING = re.compile(
    rf"""^\s*(
        第\s*[0-9０-９{_NUMERALS}百千零〇两]+\s*条          # 第三条 第3条
      | [0-9０-９]{{1,3}}\s*[.．、,，:：)）](?![0-9０-９])    # 3. 3、 3． 3) (not 3.5)
      | [(（]\s*(?:[0-9０-９]{{1,3}}|[{_NUMERALS}]{{1,3}})\s*[)）]   # (3) （三）
      | [{_NUMERALS}]{{1,3}}\s*[、.．]                        # 三、
      | [\u2460-\u2473\u2474-\u2487\u2488-\u249b\u3220-\u3229]   # ① ⑴ ⒈ ㈠
    )""",
    re.VERBOSE,
)


# A chapter title pasted from Word with its number: 第二章 规范日常行为, 第 2 章：…, 二、…
CHAPTER_NUMBERING = re.compile(
    rf"^\s*(第\s*[0-9０-９{_NUMERALS}百零〇两]+\s*章[\s\u3000:：、.．]*|[{_NUMERALS}]{{1,3}}\s*[、.．]\s*)"
)
# Another article's number inside an article, after the end of a sentence: several 第X条 pasted as one.
# Not a reference to an article (依照第五条规定, 本公约第三条所称): those follow no sentence end.
MERGED_ARTICLE = re.compile(
    rf"[。；;！!？?\n]\s*(第\s*[0-9０-９{_NUMERALS}百零〇两]+\s*条)(?=[\s\u3000:：、]|[^\s\u3000规的所中之款项第])"
)


class ManualNumbering(FileRule[Charter | CharterModel]):
    code = "CV704"
    severity = Severity.WARNING
    summary = N_("条文或章标题写了编号（第三条、3.、三、、第二章）")
    kinds = CHARTER_KINDS
    why = N_(
        "条文不写编号：生成公约文本时，civcat 按顺序自动编为 第一条、第二条……。手写的编号会与自动编号重复"
        "（“第五条 第3条 ……”），增删条文后还会错位。"
    )
    basis = RuleBasis("documents.format_numbering")
    example = N_("      - text: 第三条 村民应当爱护公共设施。")
    fix = N_("删除条文开头的编号，只写条文内容：`- text: 村民应当爱护公共设施。`")

    def check(self, doc: Document[Charter | CharterModel], ctx: Context) -> Iterator[Problem]:
        yield from self._chapter_titles(doc)
        for i, j, number, article in articles(doc):
            if article.text and (match := ARTICLE_NUMBERING.match(article.text)):
                written = match.group(1)
                yield self.problem(
                    _(
                        "条文开头写了编号“{written}”。条文不写编号：生成文件时自动编为第一条、第二条……，"
                        "这一条将是{article}。请删除“{written}”。"
                    ).format(written=written, article=article_name(number))
                    + _(FIX_HINT),
                    at=article_path(i, j),
                    needle=written,
                )
            elif article.text and (merged := MERGED_ARTICLE.search(article.text)):
                written = merged.group(1)
                yield self.problem(
                    _(
                        "{article}里还有“{written}”：几条条文粘贴成了一条。请在“{written}”处拆开，"
                        "每条写成单独的一项 `- text: …`，并删除编号。"
                    ).format(article=article_name(number), written=written)
                    + _(FIX_HINT),
                    at=article_path(i, j),
                    needle=written,
                )

    def _chapter_titles(self, doc):
        for i, chapter in enumerate(doc.model.chapters or ()):
            title = chapter.title or ""
            match = CHAPTER_NUMBERING.match(title)
            if match and title[match.end() :].strip():
                written = match.group(1).strip()
                rest = title[match.end() :].strip()
                yield self.problem(
                    _(
                        "章标题写了编号“{written}”。章不写编号：生成文件时自动编为第一章、第二章……，"
                        "否则会印成“第二章 第二章 …”。请写成 `title: {rest}`。"
                    ).format(written=written, rest=rest)
                    + _(FIX_HINT),
                    at=("chapters", i, "title"),
                    needle=written,
                )


# ---------------------------------------------------------------------------------------------
# CV705 empty or repeated articles

_WHITESPACE = re.compile(r"\s+")


def _where(doc, i: int, number: int) -> str:
    return _("{article}（{chapter}“{title}”）").format(
        article=article_name(number), chapter=chapter_name(i + 1), title=doc.model.chapters[i].title
    )


class EmptyOrRepeatedArticle(FileRule[Charter | CharterModel]):
    code = "CV705"
    severity = Severity.ERROR
    summary = N_("空条文，或同一条文在公约中出现两次")
    kinds = CHARTER_KINDS
    why = N_(
        "空条文会被编上号印出来，成为一条什么也没说的“第某条”；重复的条文多半是复制粘贴时忘了修改，"
        "表决通过的文本因此与本意不符，后面的条文编号也全部错位。"
    )
    basis = RuleBasis("documents.format_articles")
    example = N_(
        "    articles:\n      - text: 爱护公共设施，不损坏道路和路灯。\n      - text:\n"
        "      - text: 爱护公共设施，不损坏道路和路灯。"
    )
    fix = N_("删除空条文和重复的一条；若两条本应不同，把第二条改成要写的内容。")

    def check(self, doc: Document[Charter | CharterModel], ctx: Context) -> Iterator[Problem]:
        seen: dict[str, tuple[int, int]] = {}
        for i, j, number, article in articles(doc):
            text = _WHITESPACE.sub("", article.text or "")
            if not text:
                yield self.problem(
                    _("{article}是空的：没有条文内容。请补上内容，或删除这一条。").format(article=article_name(number)),
                    at=article_path(i, j),
                    key=True,
                )
                continue
            if text in seen:
                first_chapter, first_number = seen[text]
                yield self.problem(
                    _("{article}与{other}的内容相同。请删除重复的一条；若两条本应不同，请改写这一条。").format(
                        article=article_name(number), other=_where(doc, first_chapter, first_number)
                    ),
                    at=article_path(i, j),
                )
            else:
                seen[text] = (i, number)


# ---------------------------------------------------------------------------------------------
# CV706 invisible and control characters

# Names marked with N_(): the message translates them with _().
INVISIBLE_NAMES = {
    "\u00ad": N_("软连字符"),
    "\u061c": N_("阿拉伯字母标记"),
    "\u180e": N_("蒙古文元音分隔符"),
    "\u200b": N_("零宽空格"),
    "\u200c": N_("零宽不连字"),
    "\u200d": N_("零宽连字"),
    "\u200e": N_("从左至右标记"),
    "\u200f": N_("从右至左标记"),
    "\u202a": N_("从左至右嵌入"),
    "\u202b": N_("从右至左嵌入"),
    "\u202c": N_("方向格式结束"),
    "\u202d": N_("从左至右覆盖"),
    "\u202e": N_("从右至左覆盖"),
    "\u2060": N_("零宽不换行空格"),
    "\u2061": N_("不可见函数符"),
    "\u2062": N_("不可见乘号"),
    "\u2063": N_("不可见分隔符"),
    "\u2064": N_("不可见加号"),
    "\u2066": N_("从左至右隔离"),
    "\u2067": N_("从右至左隔离"),
    "\u2068": N_("首强方向隔离"),
    "\u2069": N_("方向隔离结束"),
    "\ufeff": N_("字节顺序标记（BOM）"),
}
C1_CONTROL_NAME = N_("C1 控制字符")
_INVISIBLE = re.compile("[\u0080-\u009f" + "".join(INVISIBLE_NAMES) + "]")


def _name(char: str) -> str:
    """What `char` is called, in the interface language."""
    return _(INVISIBLE_NAMES.get(char, C1_CONTROL_NAME))


class InvisibleCharacters(FileRule[Any]):
    code = "CV706"
    severity = Severity.ERROR
    summary = N_("含不可见字符或控制字符（零宽空格、多余的 BOM、文字方向控制符）")
    kinds = KINDS
    why = N_(
        "从网页、微信或 Word 复制的文字常夹带看不见的字符：零宽空格让两段看似相同的文字比较不等、检索不到；"
        "文字方向控制符能让文件显示的内容与实际内容不同（“Trojan Source”）；文件中间的 BOM 会被当作文字。"
        "YAML 不接受的控制字符（C0、C1）在读取时就报告。"
    )
    basis = RuleBasis("documents.unicode_security")
    example = N_("      - text: 村民应当\u200b爱护公共设施。   # “当”与“爱”之间有一个看不见的零宽空格")
    fix = N_(
        '删除提示位置的不可见字符：在编辑器中打开“显示不可见字符”（VS Code：`"editor.renderControlCharacters": true`），'
        "或把这段文字删掉后重新输入。"
    )

    def check(self, doc: Document[Any], ctx: Context) -> Iterator[Problem]:
        text = doc.source.text or ""
        if not _INVISIBLE.search(text):
            return
        # Positions work on the text without a leading BOM (the loader tolerates one); so do we.
        base = text[1:] if text.startswith("\ufeff") else text
        reported_lines: set[int] = set()
        for match in _INVISIBLE.finditer(base):
            index = match.start()
            line = base.count("\n", 0, index) + 1
            if line in reported_lines:
                continue
            reported_lines.add(line)
            line_end = base.find("\n", index)
            on_line = _INVISIBLE.findall(base, index, line_end if line_end >= 0 else len(base))
            char = match.group()
            column = index - (base.rfind("\n", 0, index) + 1) + 1
            if len(on_line) > 1:
                message = _(
                    "第 {line} 行第 {column} 列有看不见的{name} U+{codepoint}；这一行共 {count} 个。"
                    "请删除（常见于从网页、微信或 Word 复制的文字）。"
                )
            else:
                message = _(
                    "第 {line} 行第 {column} 列有看不见的{name} U+{codepoint}。"
                    "请删除（常见于从网页、微信或 Word 复制的文字）。"
                )
            yield self.problem(
                message.format(
                    line=line, column=column, name=_name(char), codepoint=f"{ord(char):04X}", count=len(on_line)
                ),
                at=(),
                needle=needle_at(base, index),
            )


# ---------------------------------------------------------------------------------------------
# CV707 text a spreadsheet would read as a formula

#: What makes Excel, WPS and LibreOffice read a cell as a formula (OWASP "CSV Injection"): = + - @
#: and a leading tab or carriage return. `civcat export` writes such text as text (xlsx) or with a
#: leading ' (CSV); the rule is for the copies made by hand, by other tools, or pasted from the YAML.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_START = re.compile(r"[=+\-@\t\r]")
# Any value that may start so: a cheap test on the file text before walking its values. A value
# begins after ": ", "- ", an anchor, a quote, [ { or a comma, or at the start of a line (block
# scalars, values on the next line); a "-" there is a value only when no space or "-" follows it
# ("- item", "---"). Escapes ("\t") are caught by text_may_match's backslash.
_MAY_START = re.compile(r"""(?:[:\-\[{,]\s+|&\S+\s+|[\[{,'"]|^[ \t]*)(?:[=+@\t\r]|-(?![\s\-]))""", re.M)
_START_NAMES = {"\t": N_("制表符"), "\r": N_("回车符")}


class FormulaLikeText(FileRule[Any]):
    code = "CV707"
    severity = Severity.WARNING
    summary = N_("文字以 = + - @、制表符或回车开头，在电子表格中会被当作公式")
    kinds = KINDS
    why = N_(
        "以 = + - @ 开头的单元格，Excel 和 WPS 会当作公式计算（“CSV 注入”）：一段以“=”开头的文字可以在打开表格的"
        "电脑上运行命令或把数据发到别处。civcat export 会把这样的文字原样作为文字写出，"
        "但文件被复制到别的表格、系统或由其他工具导出时，就不一定了。正文一般不会以这些符号开头。"
    )
    basis = RuleBasis("documents.csv_injection")
    example = N_('      - text: =HYPERLINK("http://example.com","点击查看")')
    fix = N_("删掉开头的符号，或在它前面加上文字（“-5 元”写作“减 5 元”或“负 5 元”，“+86 …”写作“电话 86 …”）。")

    def check(self, doc: Document[Any], ctx: Context) -> Iterator[Problem]:
        if not text_may_match(doc, _MAY_START):
            return
        for at, text in strings(doc.source.data):
            if text and text[0] in FORMULA_STARTS:
                start = text[0]
                shown = _(_START_NAMES[start]) if start in _START_NAMES else f"“{start}”"
                yield self.problem(
                    _(
                        "这段文字以{start}开头，在 Excel、WPS 中可能被当作公式执行（CSV 注入）。"
                        "请删掉开头的符号，或在前面加上文字。"
                    ).format(start=shown),
                    at=at,
                    needle=needle_at(text, 0),
                )
