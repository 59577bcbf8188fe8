"""Load one YAML file: bytes → text (CV001) → data (CV002, CV003, CV706), with positions on demand.

Files are parsed once with ruamel's C-backed safe loader, which keeps no positions. Most files
have no finding, so positions are recovered only when a finding needs one: `Positions` composes
the node tree (in C as well) the first time it is asked and walks it by data path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .findings import Severity

#: A data path: mapping keys and sequence indices from the document root, e.g. ("chapters", 2, "articles", 0, "text").
DataPath = tuple[str | int, ...]

MAX_FILE_BYTES = 4 * 1024 * 1024  # the largest real charter is ~30 KB; anything this size is not a hand-kept file
MAX_EXPANDED_NODES = 200_000  # aliases may share structure; expanding them past this is an alias bomb


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
_COMMON_SIMPLIFIED = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车村规约镇乡街")
_COMMON_TRADITIONAL = set("的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處理世車村規約鎮鄉街")


def _guess_encoding(raw: bytes) -> str | None:
    """The legacy encoding a non-UTF-8 file most likely uses, by how many common characters each decoding yields."""
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
        raw = raw[len(_UTF8_BOM):]  # FORMAT.md §1: a BOM is tolerated
    if b"\x00" in raw:
        guess = _guess_encoding(raw)
        if guess == "UTF-16":
            return None, LoadProblem("CV001", 1, 1, "文件是 UTF-16 编码，不是 UTF-8。请在编辑器中“另存为”UTF-8 编码"
                                     "（记事本：编码选 UTF-8；命令行：iconv -f UTF-16 -t UTF-8）。")
        line, column = _line_col_of_byte(raw, raw.index(b"\x00"))
        return None, LoadProblem("CV001", line, column, "文件含 NUL 字节，是二进制文件而不是 UTF-8 文本；请确认文件没有放错或损坏。")
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        line, column = _line_col_of_byte(raw, error.start)
        guess = _guess_encoding(raw)
        looks = f"看起来是 {guess} 编码" if guess else "编码无法识别"
        how = (f"请在编辑器中“另存为”UTF-8 编码（记事本：编码选 UTF-8；命令行：iconv -f {guess} -t UTF-8 原文件 > 新文件）。"
               if guess else "请在编辑器中“另存为”UTF-8 编码。")
        return None, LoadProblem("CV001", line, column, f"文件不是有效的 UTF-8 文本（第 {line} 行第 {column} 列），{looks}。{how}")


# ---------------------------------------------------------------------------------------------
# Text → data

# C0 controls other than tab, LF and CR, DEL and the C1 controls: YAML refuses them (or, for NEL,
# reads a line break where the clerk sees none), and a clerk cannot see them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

_yaml_instance = None

_TAG = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL, MAP, SEQ = (_TAG + t for t in ("str", "int", "float", "bool", "null", "map", "seq"))
# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution): `no`, `on`, `yes` are text.
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


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

        class Core12Resolver(BaseResolver):
            def __init__(self, version: Any = None, loader: Any = None, loadumper: Any = None) -> None:
                BaseResolver.__init__(self, loadumper=loadumper or loader)

            def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
                if kind is ScalarNode:
                    if not implicit[0]:
                        return STR  # quoted: always text
                    if value in _NULLS:
                        return NULL
                    if value[0] in "0123456789-+.":
                        if _INT.fullmatch(value):
                            return INT
                        if _FLOAT.fullmatch(value):
                            return FLOAT
                    elif value in _BOOLS:
                        return BOOL
                    return STR
                return SEQ if kind is SequenceNode else MAP

        loader = YAML(typ="safe", pure=False)
        loader.Resolver = Core12Resolver
        _yaml_instance = loader
    return _yaml_instance


class _ConstructError(Exception):
    """A node the data model refuses (a tag, an unhashable key, a duplicate key), with its mark."""

    def __init__(self, code: str, message: str, mark: Any):
        super().__init__(message)
        self.code, self.message, self.mark = code, message, mark


def _tag(node: Any) -> str:
    # `node.tag` URI-decodes on every access (most of ruamel's load time); the C parser stores the
    # resolved tag whole in the suffix, which is all a comparison needs.
    ctag = node.ctag
    return ctag.suffix if ctag.handle is None else node.tag


def _scalar(node: Any) -> Any:
    tag, value = _tag(node), node.value
    if tag == STR:
        return value
    if tag == INT:
        if value.startswith("0o"):
            return int(value[2:], 8)
        if value.startswith("0x"):
            return int(value[2:], 16)
        return int(value)
    if tag == FLOAT:
        lowered = value.lower().lstrip("+")
        if lowered in (".inf", "-.inf", ".nan"):
            return float(lowered.replace(".", ""))
        return float(value)
    if tag == BOOL:
        return _BOOLS[value]
    if tag == NULL:
        return None
    raise _ConstructError("CV002", f"不允许使用 YAML 标签 {tag.replace(_TAG, '!!')}；数据文件只能包含普通的文字、数字、日期、列表和映射，请删除标签。",
                          node.start_mark)


def _construct(root: Any) -> Any:
    """Plain data from a node tree: dicts, lists, str, int, float, bool, None.

    Written for speed (ruamel's general constructor is the slowest part of loading) and for safety:
    any tag outside the core schema is refused, never constructed. Aliases share their object.
    """
    from ruamel.yaml.nodes import MappingNode, ScalarNode

    built: dict[int, Any] = {}

    def build(node: Any) -> Any:
        cls = node.__class__
        if cls is ScalarNode:  # most nodes: text, so test that first
            return node.value if _tag(node) == STR else _scalar(node)
        known = built.get(id(node))
        if known is not None:
            return known
        if cls is MappingNode:
            if _tag(node) != MAP:
                raise _ConstructError("CV002", f"不允许使用 YAML 标签 {node.tag}；请删除标签。", node.start_mark)
            mapping: dict = {}
            built[id(node)] = mapping
            for key_node, value_node in node.value:
                key = build(key_node)
                if key.__class__ is dict or key.__class__ is list:
                    raise _ConstructError("CV002", "映射的键不能是列表或映射。", key_node.start_mark)
                if key in mapping:
                    raise _ConstructError("CV003", f"同一映射中键 `{key}` 出现了两次；YAML 只保留一个值，请删除或合并重复的键。",
                                          key_node.start_mark)
                mapping[key] = build(value_node)
            return mapping
        if _tag(node) != SEQ:
            raise _ConstructError("CV002", f"不允许使用 YAML 标签 {node.tag}；请删除标签。", node.start_mark)
        sequence: list = []
        built[id(node)] = sequence
        sequence.extend([build(item) for item in node.value])
        return sequence

    return None if root is None else build(root)


def _expanded_size(data: Any, limit: int) -> int:
    """How many nodes the data has once aliases are expanded, stopping early past `limit`."""
    sizes: dict[int, int] = {}

    def size(node: Any, depth: int) -> int:
        if depth > 200:
            return limit + 1
        if isinstance(node, dict):
            children = [*node.keys(), *node.values()]
        elif isinstance(node, list):
            children = node
        else:
            return 1
        key = id(node)
        if key not in sizes:
            total = 1
            for child in children:
                total += size(child, depth + 1)
                if total > limit:
                    break
            sizes[key] = total
        return sizes[key]

    return size(data, 0)


def parse(text: str) -> tuple[Any, LoadProblem | None]:
    """The document's data, or the problem (CV002, CV003, CV706) that prevents reading it."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if text.startswith("\ufeff"):
        text = text[1:]
    control = _CONTROL.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        column = control.start() - (text.rfind("\n", 0, control.start()) + 1) + 1
        return None, LoadProblem("CV706", line, column, f"含不可见的控制字符 U+{ord(control.group()):04X}，YAML 无法读取；请删除它"
                                 "（常见于从网页或 Word 复制的文字）。")
    try:
        data = _construct(_yaml().compose(text))
    except _ConstructError as error:
        return None, LoadProblem(error.code, error.mark.line + 1, error.mark.column + 1, error.message)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, LoadProblem("CV002", line, column, _yaml_error_message(error))
    except YAMLError as error:
        return None, LoadProblem("CV002", 1, 1, f"YAML 语法错误：{str(error).splitlines()[0]}")
    except RecursionError:
        return None, LoadProblem("CV002", 1, 1, "嵌套层数过深，无法读取；数据文件不需要这么多层。")
    if isinstance(data, dict | list) and ("&" in text and "*" in text):
        if _expanded_size(data, MAX_EXPANDED_NODES) > MAX_EXPANDED_NODES:
            return None, LoadProblem("CV002", 1, 1, "锚点和别名（& 与 *）展开后过于庞大（疑似“别名炸弹”），已拒绝读取。")
    return data, None


def _yaml_error_message(error: Any) -> str:
    problem = (error.problem or error.context or "").strip()
    if "expected a single document" in problem or "but found another document" in problem:
        return "文件中有多个 YAML 文档（多出的 `---`）；每个文件只能有一个文档，请拆成多个文件或删除多余的 `---`。"
    if "tab character" in problem or "found character '\\t'" in problem:
        return "用了制表符（Tab）缩进；YAML 只允许空格缩进，请把 Tab 换成两个空格。"
    if "could not determine a constructor for the tag" in problem:
        tag = problem.rsplit("tag", 1)[-1].strip(" '")
        return f"不允许使用 YAML 标签 {tag}；数据文件只能包含普通的文字、数字、日期、列表和映射，请删除标签。"
    translations = {
        "mapping values are not allowed here": "此处不能出现冒号映射（常见原因：冒号后缺空格，或缩进不对，或文字中的英文冒号需要加引号）",
        "could not find expected ':'": "找不到应有的冒号 `:`（常见原因：上一行缩进不对，或引号没有闭合）",
        "did not find expected key": "缩进不对齐：这一行的缩进与同级的键不一致",
        "did not find expected '-' indicator": "列表项缩进不对齐：`-` 的位置与同级的项不一致",
        "found unexpected end of stream": "文件意外结束（常见原因：引号或括号没有闭合）",
        "found undefined alias": "使用了未定义的别名（`*名称` 之前没有对应的 `&名称`）",
        "did not find expected ',' or ']'": "方括号列表没有正确闭合：缺少 `,` 或 `]`",
        "did not find expected ',' or '}'": "花括号映射没有正确闭合：缺少 `,` 或 `}`",
        "found unknown escape character": "双引号文字中有未知的转义字符 `\\`；用单引号，或写成 `\\\\`",
    }
    for english, chinese in translations.items():
        if english in problem:
            return f"YAML 语法错误：{chinese}。"
    return f"YAML 语法错误：{problem}。"


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

    def _tree(self):
        if not self._composed:
            self._composed = True
            try:
                self._root = _yaml().compose(self._text)
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
                    if key_node.value == step or (isinstance(step, int) and key_node.value == str(step)):
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
        line = self._text.count("\n", 0, index) + 1
        column = index - (self._text.rfind("\n", 0, index) + 1) + 1
        return line, column

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


def load_bytes(path: str, raw: bytes) -> SourceFile:
    """Read one file's bytes into a SourceFile: decoded and parsed, or with the problem that stopped it."""
    source = SourceFile(path=path)
    if len(raw) > MAX_FILE_BYTES:
        source.problem = LoadProblem("CV002", 1, 1, f"文件过大（{len(raw) / 1048576:.1f} MB，上限 {MAX_FILE_BYTES // 1048576} MB）；"
                                     "一个目录或公约文件不会这么大，请检查是否放错了文件。")
        return source
    text, problem = decode(raw)
    if problem:
        source.problem = problem
        return source
    source.text = text
    source.positions = Positions(text)
    source.data, source.problem = parse(text)
    return source
