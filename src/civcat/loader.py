"""Load one YAML file: bytes → text (CV001) → data (CV002, CV003, CV706), with positions on demand.

Files are parsed once with ruamel's C-backed safe loader, which keeps no positions. Most files
have no finding, so positions are recovered only when a finding needs one: `Positions` composes
the node tree (in C as well) the first time it is asked and walks it by data path.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from .findings import Severity
from .i18n import N_, _
from .rules.parse import DuplicateKey, NotUtf8, OutOfRange, YamlSyntax

#: A data path: mapping keys and sequence indices from the document root, e.g. ("chapters", 2, "articles", 0, "text").
DataPath = tuple[str | int, ...]

MAX_FILE_BYTES = 4 * 1024 * 1024  # the largest real charter is ~30 KB; anything this size is not a hand-kept file
MAX_EXPANDED_NODES = 200_000  # aliases may share structure; expanding them past this is an alias bomb
MAX_LINE_CHARS = 20_000  # the longest line of the bundled county has ~120 characters; a 1 MB line is not typed by hand
MAX_DEPTH = 64  # collections inside collections; real files nest 6 deep (charter → chapters → articles → text)
MAX_INT = 2**63  # integers beyond 64 bits are no count of people or votes (and Python refuses > 4300 digits)
# Nesting the C composer may recurse into safely (it recurses on the C stack: ~50,000 levels crash
# CPython's main thread, far fewer a Windows thread); deeper files are measured first (_structure_problem).
_COMPOSE_SAFE_DEPTH = 1_000
MAX_NODES = 50_000  # values in one file; the largest bundled file has ~900 (composing costs ~7 µs a value)
_SCAN_CHARS = 128 * 1024  # larger texts are counted (nodes, depth) before they are composed


@dataclass(slots=True)
class LoadProblem:
    """A problem that stops a file from being read at all: it becomes the file's only finding."""

    code: str
    line: int
    column: int
    message: str
    severity: Severity = Severity.ERROR


# ---------------------------------------------------------------------------------------------
# Bytes → text

_UTF8_BOM = b"\xef\xbb\xbf"
# Common characters in either script: a decoding that yields many of them is the right one.
_COMMON_SIMPLIFIED = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车村规约镇乡街"
)
_COMMON_TRADITIONAL = set(
    "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處理世車村規約鎮鄉街"
)


def _guess_encoding(raw: bytes) -> str | None:
    """The legacy encoding a non-UTF-8 file most likely uses, by how many common characters each decoding yields."""
    head = raw[: 400 - len(raw[:400]) % 4]
    if (
        head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"))
        or (
            len(head) >= 8
            and (
                head[2::4].count(0)
                == head[3::4].count(0)
                == len(head) // 4  # UTF-32LE: BMP characters end in two zero bytes
                or head[0::4].count(0) == head[1::4].count(0) == len(head) // 4
            )
        )
    ):
        return "UTF-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or raw[:200].count(b"\x00") * 4 >= min(len(raw), 200):
        return "UTF-16"
    best, best_score = None, 0
    for name, common in (("GBK", _COMMON_SIMPLIFIED), ("Big5", _COMMON_TRADITIONAL), ("GB18030", _COMMON_SIMPLIFIED)):
        codec = {"GBK": "gbk", "Big5": "big5", "GB18030": "gb18030"}[name]
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        score = sum(1 for ch in text if ch in common) + 1  # +1: a clean decode beats a failed one
        if score > best_score:
            best, best_score = name, score
    return best


def _line_col_of_byte(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    line = raw.count(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def decode(raw: bytes) -> tuple[str | None, LoadProblem | None]:
    """The file's text, or the CV001 problem that prevents reading it as UTF-8."""
    if raw.startswith(_UTF8_BOM):
        raw = raw[len(_UTF8_BOM) :]  # FORMAT.md §1: a BOM is tolerated
    if b"\x00" in raw:
        guess = _guess_encoding(raw)
        if guess in ("UTF-16", "UTF-32"):
            return None, LoadProblem(
                NotUtf8.code,
                1,
                1,
                _(
                    "文件是 {encoding} 编码，不是 UTF-8。请在编辑器中“另存为”UTF-8 编码"
                    "（记事本：编码选 UTF-8；命令行：iconv -f {encoding} -t UTF-8 原文件 > 新文件）。"
                ).format(encoding=guess),
            )
        line, column = _line_col_of_byte(raw, raw.index(b"\x00"))
        return None, LoadProblem(
            NotUtf8.code, line, column, _("文件含 NUL 字节，是二进制文件而不是 UTF-8 文本；请确认文件没有放错或损坏。")
        )
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        line, column = _line_col_of_byte(raw, error.start)
        guess = _guess_encoding(raw)
        if guess:
            message = _(
                "文件不是有效的 UTF-8 文本（第 {line} 行第 {column} 列），看起来是 {encoding} 编码。请在编辑器中“另存为”UTF-8 编码"
                "（记事本：编码选 UTF-8；命令行：iconv -f {encoding} -t UTF-8 原文件 > 新文件）。"
            )
        else:
            message = _(
                "文件不是有效的 UTF-8 文本（第 {line} 行第 {column} 列），编码无法识别。请在编辑器中“另存为”UTF-8 编码。"
            )
        return None, LoadProblem(NotUtf8.code, line, column, message.format(line=line, column=column, encoding=guess))


# ---------------------------------------------------------------------------------------------
# Text → data

# C0 controls other than tab, LF and CR, DEL and the C1 controls: YAML refuses them (or, for NEL,
# reads a line break where the clerk sees none), and a clerk cannot see them. The C reader also
# refuses the non-characters U+FFFE and U+FFFF, and reads U+2028/U+2029 as line breaks (so every
# line number after them would be wrong).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
_CONTROL_NAMES = {
    "\x85": N_("下一行符（NEL）"),
    "\u2028": N_("行分隔符"),
    "\u2029": N_("段分隔符"),
    "\ufffe": N_("非字符"),
    "\uffff": N_("非字符"),
}
# What a double-quoted escape (`"\x07"`, `"\e[31m"`, `"\u202e"`) can put into a value that the file's
# text does not show: controls (a terminal obeys them when a message quotes the value), and the
# invisible and bidirectional characters CV706 reports in the text itself. Not U+FEFF: ruamel (and so
# `civcat fmt`) writes a stray BOM inside a value as `"\uFEFF"`, and it is harmless once escaped.
_ESCAPED_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2028\u2029\u2060-\u2064\u2066-\u2069\ufffe\uffff]"
)
_BREAK = re.compile(r"\r\n?|\n")

_yaml_instance = None

_TAG = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL, MAP, SEQ = (_TAG + t for t in ("str", "int", "float", "bool", "null", "map", "seq"))
# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution): `no`, `on`, `yes` are text.
INT_PATTERN = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
FLOAT_PATTERN = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_KEY_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL})


def line_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index, counting line breaks as YAML does (LF, CRLF, CR)."""
    if "\r" not in text:
        line_start = text.rfind("\n", 0, index) + 1
        return text.count("\n", 0, index) + 1, index - line_start + 1
    starts = [0, *(m.end() for m in _BREAK.finditer(text))]
    line = bisect.bisect_right(starts, index)
    return line, index - starts[line - 1] + 1


def _yaml():
    """One C-backed YAML 1.2 composer, made on first use (keeps ruamel off the start-up path).

    ruamel's versioned resolver costs more than the C parser itself; this resolver implements the
    YAML 1.2 core schema directly (no timestamps: dates stay text and the models judge them).
    """
    global _yaml_instance
    if _yaml_instance is None:
        from ruamel.yaml import YAML
        from ruamel.yaml.nodes import ScalarNode, SequenceNode
        from ruamel.yaml.resolver import BaseResolver
        from ruamel.yaml.tag import Tag

        # Shared tag objects: a node given a Tag keeps it, one given a string builds a new Tag (the
        # largest single cost of composing a file).
        str_tag, null_tag, int_tag, float_tag, bool_tag, seq_tag, map_tag = (
            Tag(suffix=t) for t in (STR, NULL, INT, FLOAT, BOOL, SEQ, MAP)
        )

        class Core12Resolver(BaseResolver):
            def __init__(self, version: Any = None, loader: Any = None, loadumper: Any = None) -> None:
                BaseResolver.__init__(self, loadumper=loadumper or loader)

            def resolve(self, kind: Any, value: Any, implicit: Any) -> Tag:
                if kind is ScalarNode:
                    if not implicit[0]:
                        return str_tag  # quoted: always text
                    if value in _NULLS:
                        return null_tag
                    if value[0] in "0123456789-+.":
                        if INT_PATTERN.fullmatch(value):
                            return int_tag
                        if FLOAT_PATTERN.fullmatch(value):
                            return float_tag
                    elif value in _BOOLS:
                        return bool_tag
                    return str_tag
                return seq_tag if kind is SequenceNode else map_tag

        loader = YAML(typ="safe", pure=False)
        loader.Resolver = Core12Resolver
        _yaml_instance = loader
    return _yaml_instance


def _compose(text: str) -> Any:
    """The node tree of the text's one document (ruamel's C composer)."""
    yaml = _yaml()
    try:
        return yaml.compose(text)
    finally:
        yaml.doc_infos.clear()  # ruamel appends one per call: a long-running process would grow without bound


class _ConstructError(Exception):
    """A node the data model refuses (a tag, an unhashable key, a duplicate key), with its mark."""

    def __init__(self, code: str, message: str, mark: Any):
        super().__init__(message)
        self.code, self.message, self.mark = code, message, mark


def _too_deep_message(limit: int = MAX_DEPTH) -> str:
    return _(
        "嵌套超过 {limit} 层（列表或映射套在列表或映射里），已拒绝读取；数据文件最多只需要六七层。"
        "请检查是否有没闭合的 `[` 或 `{{`，或缩进是否一层比一层多。"
    ).format(limit=limit)


def _tag(node: Any) -> str:
    # `node.tag` URI-decodes on every access (most of ruamel's load time); the C parser stores the
    # resolved tag whole in the suffix, which is all a comparison needs.
    ctag = node.ctag
    return ctag.suffix if ctag.handle is None else node.tag


def _shown_tag(tag: str) -> str:
    return tag.replace(_TAG, "!!", 1) if tag.startswith(_TAG) else tag


def _tag_refused_message(tag: str) -> str:
    """The CV002 message refusing a tag, shown as written (`!!python/object`, `!foo`)."""
    return _("不允许使用 YAML 标签 {tag}；数据文件只能包含普通的文字、数字、日期、列表和映射，请删除标签。").format(
        tag=tag
    )


def _tag_refused(tag: str, mark: Any) -> _ConstructError:
    return _ConstructError(YamlSyntax.code, _tag_refused_message(_shown_tag(tag)), mark)


def _integer(node: Any, value: str) -> int:
    digits = value.lstrip("+-")
    try:
        if digits.startswith(("0o", "0x")):
            number = int(digits[2:], 8 if digits[1] == "o" else 16)
        else:
            number = int(digits)  # ValueError past 4,300 digits (CPython's limit on int(str))
        if value.startswith("-"):
            number = -number
    except ValueError:
        number = MAX_INT
    if -MAX_INT <= number < MAX_INT:
        return number
    if len(value) <= 24:
        message = _(
            "数字 `{number}` 太大，超出了整数的范围（±9223372036854775807）；人数、票数、名次都不会这么大。"
            '若它是代码或编号，请加引号写成文字，例如 `"{number}"`。'
        ).format(number=value)
    else:  # shown by its first 20 characters and its length (more than 24: no singular to care for)
        message = _(
            "数字 `{start}…（共 {length} 位）` 太大，超出了整数的范围（±9223372036854775807）；人数、票数、名次都不会这么大。"
            '若它是代码或编号，请加引号写成文字，例如 `"{quoted}"`。'
        ).format(start=value[:20], length=len(value), quoted=value[:24])
    raise _ConstructError(OutOfRange.code, message, node.start_mark)


def _scalar(node: Any) -> Any:
    tag, value = _tag(node), node.value
    if tag == STR:
        return value
    if tag == INT:
        if len(value) < 18:  # always within 64 bits (17 decimal digits, 0x + 15 hex digits)
            if value.startswith("0o"):
                return int(value[2:], 8)
            if value.startswith("0x"):
                return int(value[2:], 16)
            return int(value)
        return _integer(node, value)
    if tag == FLOAT:
        lowered = value.lower().lstrip("+")
        if lowered in (".inf", "-.inf", ".nan"):
            return float(lowered.replace(".", ""))
        return float(value)
    if tag == BOOL:
        return _BOOLS[value]
    if tag == NULL:
        return None
    raise _tag_refused(tag, node.start_mark)


def _escaped_invisible(node: Any, value: str) -> _ConstructError:
    match = _ESCAPED_INVISIBLE.search(value)
    assert match is not None  # called only for values that hold such an escape
    char = match.group()
    return _ConstructError(
        "CV706",
        _(
            "双引号文字中的转义写出了看不见的字符 U+{code:04X}（如 `\\u{code:04x}` 或 `\\x..`）；"
            "这样的字符在文件里看不到、在文件外却会起作用，请删除这个转义。"
        ).format(code=ord(char)),
        node.start_mark,
    )


def _construct(root: Any, escapes: bool = True) -> Any:
    """Plain data from a node tree: dicts, lists, str, int, float, bool, None.

    Written for speed (ruamel's general constructor is the slowest part of loading) and for safety:
    any tag outside the core schema is refused, never constructed; collections nested deeper than
    MAX_DEPTH are refused. Aliases share their object. Mapping keys are the text as written
    (`1:`, `true:`, `null:` are the keys "1", "true", "null"): every key of the format is a field
    name, so a key that YAML would read as a number is a misspelt field (CV103), not a type error.
    `escapes`: whether the text has a backslash at all (only double-quoted escapes need a look).
    """
    return None if root is None else _Builder(escapes).build(root, 1)


class _Builder:
    """_construct's work: the collections built so far (an alias shares its object) and the count of values."""

    def __init__(self, escapes: bool):
        from ruamel.yaml.nodes import MappingNode, ScalarNode

        self.escapes = escapes
        self.scalar_node, self.mapping_node = ScalarNode, MappingNode
        self.built: dict[int, Any] = {}
        self.count = 0  # values so far (a mapping entry counts once)

    def build(self, node: Any, depth: int) -> Any:
        cls = node.__class__
        if cls is self.scalar_node:  # most nodes: text, so test that first
            if _tag(node) == STR:
                value = node.value
                if self.escapes and node.style == '"' and _ESCAPED_INVISIBLE.search(value):
                    raise _escaped_invisible(node, value)
                return value
            return _scalar(node)
        known = self.built.get(id(node))
        if known is not None:
            return known
        if depth > MAX_DEPTH:
            raise _ConstructError(YamlSyntax.code, _too_deep_message(), node.start_mark)
        self.count += len(node.value)
        if self.count > MAX_NODES:
            raise _ConstructError(YamlSyntax.code, _too_many_nodes_message(), node.start_mark)
        if cls is self.mapping_node:
            return self.mapping(node, depth + 1)
        if _tag(node) != SEQ:
            raise _tag_refused(_tag(node), node.start_mark)
        sequence: list = []
        self.built[id(node)] = sequence
        sequence.extend([self.build(item, depth + 1) for item in node.value])
        return sequence

    def mapping(self, node: Any, depth: int) -> dict:
        if _tag(node) != MAP:
            raise _tag_refused(_tag(node), node.start_mark)
        mapping: dict = {}
        self.built[id(node)] = mapping
        for key_node, value_node in node.value:
            if key_node.__class__ is not self.scalar_node:
                raise _ConstructError(
                    YamlSyntax.code,
                    _("映射的键不能是列表或映射；键应是一个字段名，例如 `name:`。"),
                    key_node.start_mark,
                )
            key = key_node.value
            if _tag(key_node) not in _KEY_TAGS:
                raise _tag_refused(_tag(key_node), key_node.start_mark)
            if self.escapes and key_node.style == '"' and _ESCAPED_INVISIBLE.search(key):
                raise _escaped_invisible(key_node, key)
            if key in mapping:
                raise _ConstructError(
                    DuplicateKey.code,
                    _("同一映射中键 `{key}` 出现了两次；YAML 只保留一个值，请删除或合并重复的键。").format(key=key),
                    key_node.start_mark,
                )
            mapping[key] = self.build(value_node, depth)
        return mapping


class _AliasProblem(Exception):
    pass


def _alias_problem(data: Any) -> str | None:
    """Why data with aliases cannot be accepted: too many nodes once expanded, too deep, or an alias inside itself."""
    measured: dict[int, tuple[int, int]] = {}  # id → (nodes once expanded, depth)
    active: set[int] = set()

    def measure(node: Any, level: int) -> tuple[int, int]:
        if isinstance(node, dict):
            children: Any = node.values()  # keys are text
        elif isinstance(node, list):
            children = node
        else:
            return 1, 0
        key = id(node)
        known = measured.get(key)
        if known is not None:
            if level + known[1] - 1 > MAX_DEPTH:
                raise _AliasProblem(_too_deep_message())
            return known
        if key in active:
            raise _AliasProblem(
                _("别名（`*名称`）用在了它所指的锚点（`&名称`）自己里面，形成无限循环，已拒绝读取；请删除这个别名。")
            )
        if level > MAX_DEPTH:
            raise _AliasProblem(_too_deep_message())
        active.add(key)
        total = len(node) + 1 if isinstance(node, dict) else 1  # keys count as nodes
        deepest = 0
        for child in children:
            size, depth = measure(child, level + 1)
            total += size
            deepest = max(deepest, depth)
            if total > MAX_EXPANDED_NODES:
                raise _AliasProblem(
                    _("锚点和别名（& 与 *）展开后过于庞大（疑似“别名炸弹”），已拒绝读取；请把别名换成写出的内容。")
                )
        active.discard(key)
        measured[key] = (total, deepest + 1)
        return measured[key]

    try:
        measure(data, 1)
    except _AliasProblem as problem:
        return str(problem)
    return None


# Where a block collection can start on a line: after its indentation and the `- `, `? `, `: `
# indicators before the first content (`- - - a: 1` nests three collections on one line). A block
# collection starts at a column greater than its parent's (a sequence under a key may share its
# column), so nesting in block style is at most twice the longest such run plus one. A run of 300
# characters of those kinds is far beyond any real file; below it, and with fewer than 400 `[` and `{`
# (flow collections), nesting stays under _COMPOSE_SAFE_DEPTH: 2 × 300 + 1 + 399 = 1,000.
_LONG_LINE_START = re.compile(r"(?:^|\r)[ \t?:-]{300}", re.MULTILINE)


def _may_nest_past_safe_depth(text: str) -> bool:
    """Whether the text could nest deeper than the C composer safely recurses, from a cheap look at it."""
    return text.count("[") + text.count("{") >= 400 or _LONG_LINE_START.search(text) is not None


def _too_many_nodes_message() -> str:
    return _(
        "文件中的值（文字、数字、列表项、映射项）超过 {limit:,} 个，已拒绝读取；一个目录或公约文件不到一千个值，"
        "请检查是否放错了文件，或把它拆成多个文件。"
    ).format(limit=MAX_NODES)


def _structure_problem(text: str) -> LoadProblem | None:
    """The CV002 problem of a text nested deeper than MAX_DEPTH or holding more than MAX_NODES values,
    found without composing a node tree.

    Runs only when the cheap bound allows more nesting than the C composer can safely recurse into,
    or when the file is large enough that composing it would take seconds: the C parser's events come
    from a loop, not a recursion, so counting them is safe at any depth and stops at the limit.
    """
    if len(text) <= _SCAN_CHARS and not _may_nest_past_safe_depth(text):
        return None
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.events import CollectionEndEvent, CollectionStartEvent, NodeEvent

    yaml = _yaml()
    depth = nodes = 0
    try:
        for event in yaml.parse(text):
            if isinstance(event, NodeEvent):
                nodes += 1
                if nodes > MAX_NODES:
                    mark = event.start_mark
                    return LoadProblem(YamlSyntax.code, mark.line + 1, mark.column + 1, _too_many_nodes_message())
                if isinstance(event, CollectionStartEvent):
                    depth += 1
                    if depth > MAX_DEPTH:
                        mark = event.start_mark
                        return LoadProblem(YamlSyntax.code, mark.line + 1, mark.column + 1, _too_deep_message())
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
    except YAMLError:
        return None  # composing stops at the same place, no deeper than counted so far, and reports it
    finally:
        yaml.doc_infos.clear()
    return None


def _long_line(text: str) -> LoadProblem | None:
    if len(text) <= MAX_LINE_CHARS:
        return None
    lines = _BREAK.split(text)
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    if len(lines[longest]) <= MAX_LINE_CHARS:
        return None
    # Both counts are in the thousands: no singular to care for.
    return LoadProblem(
        YamlSyntax.code,
        longest + 1,
        MAX_LINE_CHARS + 1,
        _(
            "第 {line} 行有 {length:,} 个字符，超过了一行 {limit:,} 个字符的上限，已拒绝读取；"
            "手写的文件不会有这么长的一行，请检查是否放错了文件，或把长文字分成多行（YAML 的 `>` 折叠块）。"
        ).format(line=longest + 1, length=len(lines[longest]), limit=MAX_LINE_CHARS),
    )


def parse(text: str) -> tuple[Any, LoadProblem | None]:
    """The document's data, or the problem (CV002, CV003, CV106, CV706) that prevents reading it."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if text.startswith("\ufeff"):
        text = text[1:]
    control = _CONTROL.search(text)
    if control:
        line, column = line_column(text, control.start())
        char = control.group()
        name = _CONTROL_NAMES.get(char, N_("控制字符"))
        return None, LoadProblem(
            "CV706",
            line,
            column,
            _(
                "第 {line} 行第 {column} 列含不可见的{name} U+{code:04X}，YAML 无法正确读取；"
                "请删除它（常见于从网页或 Word 复制的文字）。"
            ).format(line=line, column=column, name=_(name), code=ord(char)),
        )
    if not text.strip():
        return None, None  # only blanks (spaces, tabs, empty lines): an empty file, like a comment-only one
    problem = _long_line(text) or _structure_problem(text)
    if problem:
        return None, problem
    try:
        data = _construct(_compose(text), escapes="\\" in text)
    except _ConstructError as error:
        return None, LoadProblem(error.code, error.mark.line + 1, error.mark.column + 1, error.message)
    except MarkedYAMLError as error:
        return None, _marked_problem(text, error)
    except YAMLError as error:
        return None, LoadProblem(YamlSyntax.code, 1, 1, _yaml_error_message(error))
    except RecursionError:  # not expected below MAX_DEPTH; kept as the last guard
        return None, LoadProblem(YamlSyntax.code, 1, 1, _too_deep_message())
    if isinstance(data, dict | list) and ("&" in text and "*" in text):
        message = _alias_problem(data)
        if message:
            return None, LoadProblem(YamlSyntax.code, 1, 1, message)
    slip = _slip_in_parsed(text)
    if slip:
        return None, slip
    return data, None


def _marked_problem(text: str, error: Any) -> LoadProblem:
    """The CV002 problem of a parser error: at the input-method slip that caused it when there is one
    (a full-width colon, a missing space, full-width or tab indentation, an unclosed quote), since the
    parser notices a slip only where the structure breaks, often a line later."""
    from . import slips

    mark = error.problem_mark or error.context_mark
    if "quoted scalar" in (getattr(error, "context", None) or "") and error.context_mark:
        mark = error.context_mark  # an unclosed quote: point at where it opens, not at the end of the file
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    slip = slips.slip_for_error(text, line)
    if slip:
        return LoadProblem(YamlSyntax.code, slip.line, slip.column, _slip_message(slip))
    at = text[mark.index] if mark and 0 <= mark.index < len(text) else ""
    return LoadProblem(YamlSyntax.code, line, column, _yaml_error_message(error, at))


# A line that starts with a key followed by a full-width colon, or by a colon without a space.
_KEY_SLIP = re.compile(r"^[ \t\u3000]*(?:-[ \t]+)?[A-Za-z_][A-Za-z0-9_-]*(?:[ \t]*：|:[^\s/\\])", re.MULTILINE)


def _slip_in_parsed(text: str) -> LoadProblem | None:
    """A colon slip that YAML read without complaint, as text (`- text:第一条` is a one-item list of
    the string "text:第一条"): reported only for the format's own field names, where it is surely a slip."""
    if not _KEY_SLIP.search(text):
        return None
    from . import slips
    from .models import field_names

    known = field_names()
    for slip in slips.find_slips(text):
        if slip.kind in (slips.FULL_WIDTH_COLON, slips.NO_SPACE) and slip.key in known:
            return LoadProblem(YamlSyntax.code, slip.line, slip.column, _slip_message(slip))
    return None


def _slip_message(slip: Any) -> str:
    return _("YAML 语法错误：{slip}").format(slip=slip.message)


# The parser's problems (ruamel's English), as whole messages; the first match wins.
_SYNTAX_MESSAGES = {
    "mapping values are not allowed here": N_(
        "YAML 语法错误：此处不能出现冒号映射（常见原因：冒号后缺空格，或缩进不对，或文字中的英文冒号需要加引号）。"
    ),
    "mapping values are not allowed in this context": N_(
        "YAML 语法错误：此处不能出现冒号映射（常见原因：冒号后缺空格，或缩进不对，或文字中的英文冒号需要加引号）。"
    ),
    "could not find expected ':'": N_(
        "YAML 语法错误：找不到应有的冒号 `:`（常见原因：上一行缩进不对，或引号没有闭合）。"
    ),
    "did not find expected key": N_("YAML 语法错误：缩进不对齐：这一行的缩进与同级的键不一致。"),
    "did not find expected '-' indicator": N_("YAML 语法错误：列表项缩进不对齐：`-` 的位置与同级的项不一致。"),
    "found unexpected end of stream": N_("YAML 语法错误：文件意外结束（常见原因：引号或括号没有闭合）。"),
    "found undefined alias": N_("YAML 语法错误：使用了未定义的别名（`*名称` 之前没有对应的 `&名称`）。"),
    "did not find expected ',' or ']'": N_("YAML 语法错误：方括号列表没有正确闭合：缺少 `,` 或 `]`。"),
    "did not find expected ',' or '}'": N_("YAML 语法错误：花括号映射没有正确闭合：缺少 `,` 或 `}`。"),
    "found unknown escape character": N_("YAML 语法错误：双引号文字中有未知的转义字符 `\\`；用单引号，或写成 `\\\\`。"),
    "found invalid Unicode character escape code": N_(
        "YAML 语法错误：双引号文字中的 `\\u` 或 `\\U` 转义不是有效的字符。"
    ),
    "did not find expected hexdecimal number": N_(
        "YAML 语法错误：双引号文字中的 `\\x`、`\\u` 转义后面应是十六进制数字。"
    ),
    "found character that cannot start any token": N_(
        "YAML 语法错误：这个字符不能出现在值的开头（如 `@`、`` ` ``、`%`）；请给文字加引号。"
    ),
    "found unexpected ':'": N_("YAML 语法错误：多余的冒号 `:`；文字中的冒号请加引号。"),
    "block sequence entries are not allowed in this context": N_(
        "YAML 语法错误：此处不能开始列表（`-`）；常见原因：`-` 写在了键的同一行，或缩进不对。"
    ),
    "did not find expected node content": N_("YAML 语法错误：这里缺少值（常见原因：逗号、括号或 `-` 多写了）。"),
    "did not find expected <document start>": N_(
        "YAML 语法错误：文件中有多余的内容（常见原因：顶层的键缩进不对，或有多余的文字）。"
    ),
    "did not find expected comment or line break": N_(
        "YAML 语法错误：值后面多了内容；注释 `#` 前要留空格，带引号的文字后面不能再接文字。"
    ),
    "found duplicate anchor": N_("YAML 语法错误：同一个锚点名（`&名称`）定义了两次。"),
    "did not find expected alphabetic or numeric character": N_(
        "YAML 语法错误：锚点或别名的名称（`&`、`*` 后）缺失或含不允许的字符。"
    ),
    "found undefined tag handle": N_("YAML 语法错误：使用了未定义的标签（`!名称!`）；数据文件不能使用标签，请删除。"),
    "did not find expected whitespace or line break": N_(
        "YAML 语法错误：缺少空格或换行（常见原因：`-` 或 `:` 后面缺空格）。"
    ),
    "found incompatible YAML document": N_("YAML 语法错误：文件开头的 `%YAML` 版本指令不受支持；请删除这一行。"),
    "found duplicate %YAML directive": N_("YAML 语法错误：`%YAML` 指令写了两次；请删除。"),
    "found a tab character where an indentation space is expected": N_(
        "YAML 语法错误：用了制表符（Tab）缩进；YAML 只允许空格缩进，请把 Tab 换成两个空格。"
    ),
    "found unexpected end of stream while scanning a quoted scalar": N_("YAML 语法错误：引号没有闭合。"),
    "found unexpected document indicator": N_(
        "YAML 语法错误：引号中的文字里出现了单独一行的 `---` 或 `...`；引号可能没有闭合。"
    ),
    "mapping keys are not allowed in this context": N_(
        "YAML 语法错误：此处不能出现键（`?`）；常见原因：缩进不对，或文字中的 `?` 需要加引号。"
    ),
    "found unexpected non-alphabetical character": N_(
        "YAML 语法错误：`%` 开头的指令行写得不对；数据文件不需要指令，请删除以 `%` 开头的行。"
    ),
    "found unknown directive name": N_(
        "YAML 语法错误：`%` 开头的指令行写得不对；数据文件不需要指令，请删除以 `%` 开头的行。"
    ),
    "could not find expected directive name": N_(
        "YAML 语法错误：`%` 开头的指令行写得不对；数据文件不需要指令，请删除以 `%` 开头的行。"
    ),
    "did not find expected version number": N_(
        "YAML 语法错误：`%YAML` 指令缺少版本号；数据文件不需要指令，请删除这一行。"
    ),
    "did not find expected digit or '.' character": N_("YAML 语法错误：`%YAML` 指令的版本号写得不对；请删除这一行。"),
    "did not find expected tag URI": N_(
        "YAML 语法错误：标签写得不对；数据文件不能使用标签（`!`），请删除，或给以 `!` 开头的文字加引号。"
    ),
    "did not find URI escaped octet": N_(
        "YAML 语法错误：标签中的 `%` 转义不对；数据文件不能使用标签（`!`），请删除，或给以 `!` 开头的文字加引号。"
    ),
    "did not find expected ": N_("YAML 语法错误：这里缺少应有的符号（常见原因：引号、括号没有闭合，或缩进不对）。"),
}


def _yaml_error_message(error: Any, at: str = "") -> str:
    """The message for a YAML error; `at` is the character the error points at, when known."""
    problem = (
        getattr(error, "problem", None) or getattr(error, "context", None) or (str(error).splitlines() or [""])[0]
    ).strip()
    if "expected a single document" in problem or "but found another document" in problem:
        return _("文件中有多个 YAML 文档（多出的 `---`）；每个文件只能有一个文档，请拆成多个文件或删除多余的 `---`。")
    if (
        "tab character" in problem
        or "found character '\\t'" in problem
        or (at == "\t" and "cannot start any token" in problem)
    ):
        return _("用了制表符（Tab）缩进；YAML 只允许空格缩进，请把 Tab 换成两个空格。")
    if "could not determine a constructor for the tag" in problem:
        tag = problem.rsplit("tag", 1)[-1].strip(" '")
        return _tag_refused_message(tag)
    for english, message in _SYNTAX_MESSAGES.items():
        if english in problem:
            return _(message)
    # A problem not in the table: ruamel's own words, in English in every language.
    return _("YAML 语法错误：{problem}。").format(problem=problem)


# ---------------------------------------------------------------------------------------------
# Positions on demand


class Positions:
    """Line and column of any value or key of a document, found by data path.

    The node tree is composed only on the first question: files without findings never pay for it.
    """

    def __init__(self, text: str):
        self._text = text[1:] if text.startswith("\ufeff") else text
        self._root: Any = None
        self._composed = False
        self._line_starts: list[int] | None = None

    def _tree(self):
        if not self._composed:
            self._composed = True
            try:
                # The same guards as parse(): a text that did not load may still be asked about.
                if (
                    not _CONTROL.search(self._text)
                    and _long_line(self._text) is None
                    and _structure_problem(self._text) is None
                ):
                    self._root = _compose(self._text)
            except Exception:  # the data loaded, so this cannot fail; if it does, fall back to line 1
                self._root = None
        return self._root

    def node(self, at: DataPath, *, key: bool = False):
        """The node at `at` (its key node with key=True); the deepest existing ancestor when `at` is missing."""
        from ruamel.yaml.nodes import MappingNode, SequenceNode

        node = self._tree()
        if node is None:
            return None
        for depth, step in enumerate(at):
            last = depth == len(at) - 1
            if isinstance(node, MappingNode):
                for key_node, value_node in node.value:
                    if key_node.value == step or (not isinstance(step, str) and key_node.value == str(step)):
                        node = key_node if (last and key) else value_node
                        break
                else:
                    return node
            elif isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
                node = node.value[step]
            else:
                return node
        return node

    def locate(self, at: DataPath, *, key: bool = False, needle: str | None = None) -> tuple[int, int]:
        """1-based line and column of the value at `at`; of `needle` inside it when given and found."""
        node = self.node(at, key=key)
        if node is None:
            return 1, 1
        index = node.start_mark.index
        if needle:
            found = self._text.find(needle, node.start_mark.index, max(node.end_mark.index, node.start_mark.index + 1))
            if found >= 0:
                index = found
            else:
                return node.start_mark.line + 1, node.start_mark.column + 1
        return self._line_column(index)

    def _line_column(self, index: int) -> tuple[int, int]:
        # A file with thousands of findings asks thousands of times: index the line starts once.
        if self._line_starts is None:
            self._line_starts = [0, *(m.end() for m in _BREAK.finditer(self._text))]
        line = bisect.bisect_right(self._line_starts, index)
        return line, index - self._line_starts[line - 1] + 1

    def source(self, at: DataPath) -> str | None:
        """The value exactly as written in the file (for messages such as "quote it")."""
        node = self.node(at)
        if node is None or not isinstance(node.value, str):
            return None
        return node.value


@dataclass(slots=True)
class SourceFile:
    """One file of the repository as read from disk: its text, its data, and positions on demand."""

    path: str  # relative to the repository root, POSIX separators
    text: str | None = None
    data: Any = None
    problem: LoadProblem | None = None
    positions: Positions | None = field(default=None, repr=False)

    def lines(self) -> list[str]:
        return (self.text or "").splitlines()


def too_large_message(size: int) -> str:
    """The finding for a file over MAX_FILE_BYTES (found here, or by its size before it is read)."""
    return _("文件过大（{size:.1f} MB，上限 {limit} MB）；一个目录或公约文件不会这么大，请检查是否放错了文件。").format(
        size=size / 1048576, limit=MAX_FILE_BYTES // 1048576
    )


def load_bytes(path: str, raw: bytes) -> SourceFile:
    """Read one file's bytes into a SourceFile: decoded and parsed, or with the problem that stopped it."""
    source = SourceFile(path=path)
    if len(raw) > MAX_FILE_BYTES:
        source.problem = LoadProblem(YamlSyntax.code, 1, 1, too_large_message(len(raw)))
        return source
    text, problem = decode(raw)
    if problem or text is None:
        source.problem = problem
        return source
    source.text = text
    source.positions = Positions(text)
    source.data, source.problem = parse(text)
    return source
