"""`civcat fmt`: one canonical layout for the data files, every comment kept where it was.

The canonical layout (README, "Editing in VS Code and fmt"):

- keys in the order of FORMAT.md's examples, taken from the models' field order, with three
  adjustments the examples show: a triage item's `tier` right after its `id`, a local consultation
  item's `category` right after its `title`, and `description`, `contact` last. A mapping holding a
  key the model does not know (a typo, CV103) keeps its order: fmt cannot know where it belongs;
- two spaces of indentation, sequences indented under their key (`mapping=2, sequence=4, offset=2`);
- codes quoted: a field whose model type is text but whose YAML value is a number is quoted with the
  number exactly as written (`code: 0500` becomes `code: "0500"`, never `"500"`);
- dates plain ISO: a quoted `"2021-08-15"` in a date field loses its quotes; a date written another
  way (`2021-8-15`) is left for `civcat validate` to report (CV105), since fmt never guesses;
- flow (`{…}`, `[…]`) and block style stay as written; flow collections get one space after each
  comma; quotes stay as written; Chinese text is never touched; no line is ever wrapped (a plain text
  folded over several lines is written on one: the same value);
- comment lines keep their level when a file is re-indented, and stay above the key they introduce
  when keys move;
- UTF-8 without BOM, `\\n` line ends, no `---` or `%YAML` lines (a file is one YAML 1.2 document).

Formatting never changes meaning: before anything is written, the new text is loaded again with
civcat's own loader and must give the same data (the quoted codes aside, which become the text that
was written), and the same comments. A file that fails either check is reported and left alone.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import functools
import io
import re
import types
import typing
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .i18n import _
from .loader import DataPath, Positions, load_bytes, parse

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_LAST_KEYS = ("description", "contact")
_DIRECTIVE = re.compile(r"%[^\n]*")
_DOCUMENT_START = re.compile(r"---[ \t]*(#[^\n]*)?")
_COMMENT = re.compile(r"(?:^|(?<=[ \t]))#[^\n]*", re.MULTILINE)


class FormatError(Exception):
    """A file fmt does not touch: it cannot be read, or formatting it would lose something."""

    def __init__(self, message: str, *, code: str | None = None, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message, self.code, self.line, self.column = message, code, line, column

    def describe(self, rel: str) -> str:
        """One line: path, position and code when known, and the message."""
        where = f"{rel}:{self.line}:{self.column}" if self.line is not None else rel
        code = f" {self.code}" if self.code else ""
        return f"{where}:{code} {self.message}"


# ------------------------------------------------------------------------------------------------
# YAML round trip with civcat's own reading of scalars


_yaml_instance = None


def _yaml():
    """A round-trip ruamel.yaml (comments, quotes and flow style kept) that reads YAML 1.2 core scalars as civcat does.

    ruamel's own 1.2 resolver also reads timestamps, `1_000` and `<<` merges; civcat's loader reads
    all three as text. The resolver here follows civcat's loader exactly, so what round-trips is what
    civcat reads, and a text that looks like a number is quoted when written.
    """
    global _yaml_instance
    if _yaml_instance is None:
        from ruamel.yaml import YAML
        from ruamel.yaml.emitter import RoundTripEmitter
        from ruamel.yaml.resolver import VersionedResolver

        from . import loader

        def compiled(pattern: str) -> re.Pattern:
            return re.compile(f"^(?:{pattern})$")

        table: dict[Any, list] = {}
        for tag, regexp, first in (
            (loader.NULL, re.compile("^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]),
            (loader.BOOL, re.compile("^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")),
            (loader.INT, compiled(loader.INT_PATTERN.pattern), list("-+0123456789")),
            (loader.FLOAT, compiled(loader.FLOAT_PATTERN.pattern), list("-+0123456789.")),
        ):
            for char in first:
                table.setdefault(char, []).append((tag, regexp))

        class Core12Resolver(VersionedResolver):
            @property
            def versioned_resolver(self) -> Any:
                # ruamel extends the returned lists in place with the `None` entry; hand out copies.
                return {char: list(resolvers) for char, resolvers in table.items()}

        class Emitter(RoundTripEmitter):
            def write_comment(self, comment: Any, pre: bool = False) -> None:
                super().write_comment(comment, pre)
                if not pre:
                    # A comment ends the line: whatever was pending "directly after `- `" is over. Without
                    # this, ruamel writes `- id: b reason: c` after a flow item with an end-of-line comment.
                    self.no_newline = False

        yaml = YAML(typ="rt")
        yaml.Resolver = Core12Resolver
        yaml.Emitter = Emitter
        yaml.version = (1, 2)
        yaml.preserve_quotes = True
        yaml.indent(mapping=2, sequence=4, offset=2)
        yaml.width = (
            1_000_000  # never wrap a line: Chinese text has no spaces to wrap at, and a wrapped code breaks diffs
        )
        yaml.allow_unicode = True
        _yaml_instance = yaml
    return _yaml_instance


def _load_rt(text: str) -> Any:
    yaml = _yaml()
    yaml.version = (1, 2)
    return yaml.load(text)


def _dump_rt(data: Any) -> str:
    yaml = _yaml()
    yaml.version = None  # read as YAML 1.2, but write no `%YAML 1.2` directive line
    try:
        out = io.StringIO()
        yaml.dump(data, out)
        return out.getvalue()
    finally:
        yaml.version = (1, 2)


def _without_document_start(text: str) -> str:
    """The text without leading `%` directives and its `---` line (ruamel drops comments above them).

    A comment on the `---` line is kept on a line of its own. Only a `---` that stands alone, after
    nothing but comments, blank lines and directives, is removed.
    """
    lines = text.split("\n")
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if _DIRECTIVE.fullmatch(line.rstrip()):
            continue
        match = _DOCUMENT_START.fullmatch(line.rstrip())
        if match is None:
            return text  # content before any `---`: nothing to remove
        kept = [kept_line for kept_line in lines[:index] if not _DIRECTIVE.fullmatch(kept_line.rstrip())]
        if match.group(1):
            kept.append(match.group(1))
        return "\n".join([*kept, *lines[index + 1 :]])
    return text


# ------------------------------------------------------------------------------------------------
# What the models say about each place of a document


@functools.cache
def key_order(model_class: Any) -> tuple[str, ...]:
    """The canonical key order of a model's mapping (FORMAT.md's examples)."""
    fields = list(model_class.model_fields)
    if "tier" in fields and "id" in fields:
        fields.remove("tier")
        fields.insert(fields.index("id") + 1, "tier")
    if "category" in fields and "title" in fields:
        fields.remove("category")
        fields.insert(fields.index("title") + 1, "category")
    last = [f for f in _LAST_KEYS if f in fields]
    return tuple([f for f in fields if f not in last] + last)


def _is_model(annotation: Any) -> bool:
    from pydantic import BaseModel

    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _classify(annotation: Any, value: Any) -> tuple[str, Any]:
    """What the model expects at a place: ("model", class), ("list", item type), ("str",), ("date",) or ("other",)."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        if origin in (typing.Union, types.UnionType):
            members = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(members) == 1:
                annotation = members[0]
                continue
            models = [m for m in members if _is_model(m)]
            if models and isinstance(value, dict):  # a discriminated union: the member the tag names
                for member in models:
                    tag = member.model_fields.get("tier")
                    if tag is not None and value.get("tier") in typing.get_args(tag.annotation):
                        return "model", member
            return "other", None
        if origin is list:
            return "list", typing.get_args(annotation)[0]
        if annotation is str:
            return "str", None
        if annotation is dt.date:
            return "date", None
        if _is_model(annotation):
            return "model", annotation
        return "other", None


# ------------------------------------------------------------------------------------------------
# The canonical form of one document


@dataclass
class _Walk:
    positions: Positions
    quoted: list[tuple[DataPath, str]]


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _canonical(
    node: Any, data: Any, annotation: Any, path: DataPath, walk: _Walk, parent: Any = None, parent_key: Any = None
) -> None:
    """Put the round-trip tree `node` (whose plain data is `data`) in canonical form, in place."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    what, detail = _classify(annotation, data) if annotation is not None else ("other", None)
    if isinstance(node, CommentedMap) and isinstance(data, dict):
        fields = detail.model_fields if what == "model" and detail is not None else {}
        for key, plain_key in zip(list(node.keys()), list(data.keys()), strict=True):
            info = fields.get(plain_key) if isinstance(plain_key, str) else None
            child_annotation = info.annotation if info is not None else None
            _canonical_child(node, key, data[plain_key], child_annotation, (*path, plain_key), walk)
        if what == "model":
            order = key_order(detail)
            keys = list(node.keys())
            if all(isinstance(k, str) and k in order for k in keys):
                wanted = sorted(keys, key=order.index)
                if wanted != keys:
                    _reorder(node, wanted, parent, parent_key)
    elif isinstance(node, CommentedSeq) and isinstance(data, list):
        item_annotation = detail if what == "list" else None
        for index, item in enumerate(data):
            _canonical_child(node, index, item, item_annotation, (*path, index), walk)


def _canonical_child(parent: Any, key: Any, data: Any, annotation: Any, path: DataPath, walk: _Walk) -> None:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, PlainScalarString, SingleQuotedScalarString

    node = parent[key]
    if isinstance(node, CommentedMap | CommentedSeq):
        _canonical(node, data, annotation, path, walk, parent, key)
        return
    if annotation is None:
        return
    what, _detail = _classify(annotation, data)
    if what == "str" and _is_number(data):
        token = walk.positions.source(path)
        if token is not None:  # the number exactly as written: leading zeros and all
            parent[key] = DoubleQuotedScalarString(token)
            walk.quoted.append((path, token))
    elif (
        what == "date"
        and isinstance(node, DoubleQuotedScalarString | SingleQuotedScalarString)
        and _ISO_DATE.fullmatch(str(node))
    ):
        parent[key] = PlainScalarString(str(node))  # the same text, written plain: civcat reads both as the same date


# --- key order with comments ------------------------------------------------------------------
#
# ruamel keeps a comment line with the value above it: the lines after `a: 1` up to the next key
# hang on `a` (or on the last item of a collection under `a`). A comment line is read by a person
# as introducing the key below it, so when keys move, those lines move with the key that follows
# them; the lines after the last key close the mapping and stay at its end.


def _reorder(node: Any, wanted: list[str], parent: Any = None, parent_key: Any = None) -> None:
    """Reorder a mapping's keys in place, each comment line staying above the key it introduced."""
    keys = list(node.keys())
    lead: dict[str, str] = {}  # comment lines above a key (other than the first)
    trailing = None
    for index, key in enumerate(keys):
        rest = _take_rest(node, key)
        if rest is None:
            continue
        if index + 1 < len(keys):
            lead[keys[index + 1]] = rest
        else:
            trailing = rest
    for key in wanted:
        node.move_to_end(key)
    first_lead = lead.pop(wanted[0], None)
    if first_lead is not None:
        _prepend_comment_lines(node, first_lead, parent, parent_key)
    for index, key in enumerate(wanted):
        after = [lead.get(wanted[index + 1]) if index + 1 < len(wanted) else trailing]
        for rest in filter(None, after):
            _append_rest(node, key, rest)


def _slot(container: Any, key: Any) -> tuple[Any, Any, int]:
    """(collection, key, slot) of the comment that follows the value at `key`: the deepest last item's, for a block collection."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    value = container[key]
    if isinstance(value, CommentedMap) and len(value) and not value.fa.flow_style():
        return _slot(value, next(reversed(value)))
    if isinstance(value, CommentedSeq) and len(value) and not value.fa.flow_style():
        return _slot(value, len(value) - 1)
    return container, key, 0 if isinstance(container, CommentedSeq) else 2


def _take_rest(container: Any, key: Any) -> str | None:
    """Detach the comment lines below the value at `key` (its end-of-line comment stays); None if there are none."""
    owner, owner_key, slot = _slot(container, key)
    entry = owner.ca.items.get(owner_key)
    token = entry[slot] if entry and len(entry) > slot else None
    if token is None or not isinstance(token.value, str):
        return None
    first, _newline, rest = token.value.partition("\n")
    if "#" not in rest:
        return None  # blank lines only
    token.value = first + "\n"
    return rest


def _append_rest(container: Any, key: Any, rest: str) -> None:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    owner, owner_key, slot = _slot(container, key)
    entry = owner.ca.items.setdefault(owner_key, [None, None, None, None])
    if entry[slot] is None:
        entry[slot] = CommentToken("\n" + rest, CommentMark(0))
    else:
        current = entry[slot].value
        entry[slot].value = (current if current.endswith("\n") else current + "\n") + rest


def _prepend_comment_lines(node: Any, rest: str, parent: Any, parent_key: Any) -> None:
    """Put comment lines above a mapping's first key (above its `- ` when it is a sequence item)."""
    from ruamel.yaml.comments import CommentedSeq
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    tokens = []
    for line in rest.splitlines():
        stripped = line.lstrip(" ")
        if stripped:
            tokens.append(CommentToken(stripped + "\n", CommentMark(len(line) - len(stripped))))
    if isinstance(parent, CommentedSeq):
        entry = parent.ca.items.setdefault(parent_key, [None, None])
        if entry[1] is None:
            entry[1] = []
        entry[1].extend(tokens)
        return
    if node.ca.comment is None:
        node.ca.comment = [None, None]
    if node.ca.comment[1] is None:
        node.ca.comment[1] = []
        if parent is not None:  # ruamel reads a nested mapping's first comment lines from its parent's entry
            entry = parent.ca.items.setdefault(parent_key, [None, None, None, None])
            entry[3] = node.ca.comment[1]
    node.ca.comment[1].extend(tokens)


# --- comment columns ----------------------------------------------------------------------------
#
# ruamel writes a comment line at the column it had in the source. When fmt re-indents a file (four
# spaces to two), each comment line goes to the level it was written at: the innermost enclosing
# collection whose entries started at or left of the comment. End-of-line comments move by as much
# as their line did.


def _indent_comments(node: Any, out_col: int, chain: tuple, done: set[int]) -> None:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    original = getattr(getattr(node, "lc", None), "col", None)
    chain = (*chain, (original, out_col))
    children = node.values() if isinstance(node, CommentedMap) else node
    for child in children:
        if isinstance(child, CommentedMap | CommentedSeq) and not child.fa.flow_style():
            _indent_comments(child, out_col + 2, chain, done)
    ca = node.ca
    if ca.comment:  # above the first entry; an end-of-line comment here sits on the parent's line
        _fix_token(ca.comment[0], chain, chain[:-1] or chain, done, whole=False)
        for token in ca.comment[1] or []:
            _fix_token(token, chain, chain, done, whole=True)
    for entry in ca.items.values():
        for item in entry:
            if isinstance(item, list):  # comment lines above an entry
                for token in item:
                    _fix_token(token, chain, chain, done, whole=True)
            else:  # an end-of-line comment and the comment lines below it
                _fix_token(item, chain, chain, done, whole=False)
    for token in ca.end or []:
        _fix_token(token, chain, chain, done, whole=True)


def _target(column: int, chain: tuple) -> int:
    for original, out in reversed(chain):
        if original is not None and original <= column:
            return out
    return chain[0][1]


def _fix_token(token: Any, chain: tuple, line_chain: tuple, done: set[int], *, whole: bool) -> None:
    from ruamel.yaml.error import CommentMark

    if token is None or id(token) in done or not isinstance(token.value, str):
        return
    done.add(id(token))
    value = token.value
    column = getattr(token.start_mark, "column", None)
    if value.startswith("#") and column is not None:
        if whole:  # a comment line: to its level
            token.start_mark = CommentMark(_target(column, chain))
        else:  # an end-of-line comment: moves as far as its line moved
            original, out = line_chain[-1]
            if original is not None:
                token.start_mark = CommentMark(max(0, column + out - original))
    lines = value.split("\n")
    for i in range(1, len(lines)):
        stripped = lines[i].lstrip(" ")
        if stripped.startswith("#"):
            lines[i] = " " * _target(len(lines[i]) - len(stripped), chain) + stripped
        elif not stripped:
            lines[i] = ""
    token.value = "\n".join(lines)


# ------------------------------------------------------------------------------------------------
# Checks: same data, same comments


def _same(a: Any, b: Any) -> bool:
    """Equal data, types included (1, 1.0 and True are three different values here)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)  # key order is layout, not meaning
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and a != a:
        return b != b  # NaN
    return a == b


def _comments(text: str) -> Counter:
    """Every comment of a text (`#` to the end of the line, outside any scalar), as a multiset."""
    from .loader import _yaml as composer

    root = composer().compose(text)
    spans: list[tuple[int, int]] = []
    stack, seen = [root] if root is not None else [], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node.value, str):
            spans.append((node.start_mark.index, node.end_mark.index))
        elif isinstance(node.value, list):
            for item in node.value:
                stack.extend(item if isinstance(item, tuple) else (item,))
    spans.sort()
    starts = [start for start, _end in spans]
    found: Counter = Counter()
    for match in _COMMENT.finditer(text):
        i = bisect_right(starts, match.start()) - 1
        if i >= 0 and spans[i][0] <= match.start() < spans[i][1]:
            continue  # a `#` inside a quoted, block or plain scalar
        found[match.group().rstrip()] += 1
    return found


def _set_path(data: Any, path: DataPath, value: Any) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


# ------------------------------------------------------------------------------------------------
# Public API


def format_text(text: str) -> str:
    """The canonical form of one data file's text; raises FormatError for a file fmt must not touch."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from .models import KIND_MODELS

    if text.startswith("\ufeff"):
        text = text[1:]
    before, problem = parse(text)
    if problem is not None:
        raise FormatError(problem.message, code=problem.code, line=problem.line, column=problem.column)
    # YAML reads every line break as `\n`; ruamel would keep a `\r` inside comments.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not isinstance(before, dict):
        return text  # empty, comments only, or not a mapping: nothing to lay out (validate says why)
    _refuse_stray_bom(text)
    tree = _round_trip_tree(text)
    walk = _Walk(Positions(text), [])
    kind = before.get("kind")
    model = KIND_MODELS.get(kind) if isinstance(kind, str) else None
    _canonical(tree, before, model, (), walk)
    if isinstance(tree, CommentedMap | CommentedSeq) and not tree.fa.flow_style():
        _indent_comments(tree, 0, (), set())
    result = _dump_rt(tree)
    _check_result(text, result, before, walk)
    return result


def _refuse_stray_bom(text: str) -> None:
    """A BOM inside the text is refused: ruamel would write it as an escape, no longer the text as written."""
    stray = text.find("\ufeff")
    if stray < 0:
        return
    line = text.count("\n", 0, stray) + 1
    raise FormatError(
        _(
            "文字中有看不见的字符 U+FEFF（BOM），fmt 无法原样写出，文件未改动；"
            "请先删除它（civcat validate 报告为 CV706）。"
        ),
        code="CV706",
        line=line,
        column=stray - text.rfind("\n", 0, stray),
    )


def _round_trip_tree(text: str) -> Any:
    """The text read by ruamel's round-trip loader, which fmt lays out and writes back."""
    try:
        return _load_rt(_without_document_start(text))
    except Exception as error:  # noqa: BLE001 — civcat's loader read it, ruamel's round trip did not
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise FormatError(_("无法按原样读取以便格式化（{reason}）；文件未改动。").format(reason=first)) from None


def _check_result(text: str, result: str, before: Any, walk: _Walk) -> None:
    """Refuse a layout that does not read back as the same data with the same comments."""
    expected = copy.deepcopy(before)
    for path, token in walk.quoted:
        _set_path(expected, path, token)
    after, problem = parse(result)
    if problem is not None:
        raise FormatError(
            _(
                "格式化后的文本无法原样读回（{reason}），已拒绝写入；请先按 civcat validate 的提示修改，或报告此问题。"
            ).format(reason=problem.message)
        )
    if not _same(after, expected):
        raise FormatError(_("格式化后读出的数据与原来不同，已拒绝写入（这是 civcat 的缺陷，请报告此问题）。"))
    if _comments(result) != _comments(text):
        raise FormatError(
            _(
                "格式化会丢失或改动注释，已拒绝写入；请检查文件开头的 `---` 或文件末尾的 `...` 附近的注释，"
                "或报告此问题。"
            )
        )


@dataclass
class FileResult:
    """One file's outcome: its old and new bytes, or the reason it was left alone."""

    path: Path
    rel: str
    before: bytes | None = None
    after: bytes | None = None
    error: str | None = None  # one line, path first
    skipped: str | None = None  # a note: why the file was not looked at (a symbolic link)
    repairs: list = field(default_factory=list)  # `fmt --fix`: civcat.slips.Repair, made or left to the clerk

    @property
    def changed(self) -> bool:
        return self.error is None and self.after is not None and self.after != self.before

    def diff(self) -> str:
        """A unified diff of the change, `a/…` and `b/…` as git shows them."""
        if not self.changed or self.before is None or self.after is None:
            return ""
        old = self.before.decode("utf-8-sig", errors="replace").splitlines(keepends=True)
        new = self.after.decode("utf-8").splitlines(keepends=True)
        lines = difflib.unified_diff(old, new, f"a/{self.rel}", f"b/{self.rel}")
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def format_file(path: Path, rel: str | None = None, fix: bool = False) -> FileResult:
    """Read and format one file (nothing is written: see `write`); `fix`: repair input-method slips
    and pasted numbering first (civcat.slips)."""
    rel = rel or path.as_posix()
    result = FileResult(path=path, rel=rel)
    if path.is_symlink():
        result.skipped = _("{path}: 符号链接，未格式化（请格式化它指向的文件）").format(path=rel)
        return result
    if not path.is_file():  # a folder named *.yaml, a named pipe, a device: never opened
        result.error = _("{path}: 不是普通文件，未格式化").format(path=rel)
        return result
    try:
        raw = path.read_bytes()
    except OSError as error:
        result.error = _("{path}: 文件无法读取：{reason}").format(path=rel, reason=error.strerror)
        return result
    result.before = raw
    source = load_bytes(rel, raw)
    if fix and source.text is not None:
        source = _fixed(source, rel, result)
    if source.problem is not None:
        lp = source.problem
        result.error = _("{problem}（未格式化）").format(
            problem=FormatError(lp.message, code=lp.code, line=lp.line, column=lp.column).describe(rel)
        )
        return result
    try:
        result.after = format_text(source.text or "").encode("utf-8")
    except FormatError as error:
        result.error = error.describe(rel)
    except Exception as error:  # noqa: BLE001 — one file's surprise must not stop the others
        import os

        if os.environ.get("CIVCAT_DEBUG"):
            raise
        result.error = _("{path}: fmt 内部错误：{error}；文件未改动（请报告此问题）").format(
            path=rel, error=f"{type(error).__name__}: {error}"
        )
    return result


def _fixed(source: Any, rel: str, result: FileResult) -> Any:
    """The file with its slips repaired (civcat fmt --fix); what was repaired goes into `result.repairs`."""
    from .slips import fix_source

    text, result.repairs = fix_source(source.text)
    return load_bytes(rel, text.encode("utf-8")) if text != source.text else source


def write(result: FileResult) -> bool:
    """Write a changed file atomically, only if it still holds what was read (the old file stays
    whole if anything fails). False when it was changed meanwhile: it is left as it is now."""
    from .fileio import replace_if_unchanged

    if not result.changed or result.after is None or result.before is None:
        return True
    return replace_if_unchanged(result.path, result.after, result.before)


def files_to_format(paths: list[str], cwd: Path) -> tuple[Path | None, list[Path]]:
    """The repository root and the files fmt looks at: the repository's data files, or those under the given paths."""
    from .repository import data_files, resolve_targets, yaml_files_under

    root, targets = resolve_targets(list(paths), cwd)
    if not targets:
        return root, data_files(root) if root is not None else []
    found: list[Path] = []
    repository_files = data_files(root) if root is not None else []
    for target in targets:
        if target.is_dir():
            folder = target.resolve()
            inside = [p for p in repository_files if (p.parent.resolve() / p.name).is_relative_to(folder)]
            if not inside and (root is None or not target.resolve().is_relative_to(root.resolve())):
                inside = [p for p in yaml_files_under(target) if p.is_file()]
            found.extend(inside)
        else:
            found.append(target)
    unique = list(dict.fromkeys(found))
    return root, unique


PARALLEL_FROM = 200  # files to format before worker processes pay for their start-up


def _format_batch(batch: list[tuple[Path, str]], fix: bool = False) -> list[FileResult]:
    return [format_file(path, rel, fix) for path, rel in batch]


def format_files(
    files: list[tuple[Path, str]], jobs: int | None = None, fix: bool = False, cache: Any = None
) -> list[FileResult]:
    """Format many files (path, name to report), in worker processes when there are many; nothing is written.

    With a `cache` (`open_cache`), a file whose bytes are known to be canonical is not formatted
    again: it is read and its hash looked up (see `remember`). Not with `fix`, which may still have
    something to say about a canonical file (a slip it cannot repair).
    """
    import os

    results: list[FileResult | None] = [None] * len(files)
    pending: list[int] = []
    for index, (path, rel) in enumerate(files):
        results[index] = _known_canonical(cache, path, rel) if cache is not None and not fix else None
        if results[index] is None:
            pending.append(index)
    jobs = jobs or os.cpu_count() or 1
    work = [files[index] for index in pending]
    if jobs > 1 and len(work) >= PARALLEL_FROM:
        from .workers import map_in_workers

        size = max(25, len(work) // (jobs * 4))
        batches = [work[i : i + size] for i in range(0, len(work), size)]
        done = [
            result
            for batch in map_in_workers(_format_batch, batches, [fix] * len(batches), jobs=jobs)
            for result in batch
        ]
    else:
        done = _format_batch(work, fix)
    for index, result in zip(pending, done, strict=True):
        results[index] = result
    if cache is not None and not fix:
        for result in done:
            if result.error is None and result.before is not None and not result.changed:
                remember(cache, result.before)
    return [result for result in results if result is not None]  # every place is filled by now


# --- fmt's cache: which bytes are already canonical ----------------------------------------------
#
# What fmt makes of a file depends on its bytes and on civcat only (not on its name, the configuration
# or the date): the cache keeps the hash (an HMAC, see civcat.cache) of every file found canonical,
# in its own part of the repository's cache. `fmt --check` on an unchanged county then reads and
# hashes the files and formats none.

_CANONICAL = {"canonical": True}


def open_cache(root: Path | None) -> Any:
    """fmt's cache for this repository (None: no repository, or nowhere to keep a cache)."""
    from .cache import Cache

    return Cache.open(root, "fmt", part="fmt") if root is not None else None


def remember(cache: Any, raw: bytes) -> None:
    """Note these bytes as canonical (fmt found nothing to change in them, or wrote them)."""
    cache.put(cache.key(b"canonical", raw), _CANONICAL)


def _known_canonical(cache: Any, path: Path, rel: str) -> FileResult | None:
    """The file's result without formatting it when its bytes are known to be canonical, else None."""
    import os
    import stat

    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None  # a link, a folder, a pipe: format_file says what it is
        raw = path.read_bytes()
    except OSError:
        return None
    if cache.get(cache.key(b"canonical", raw)) != _CANONICAL:
        return None
    return FileResult(path=path, rel=rel, before=raw, after=raw)


# ------------------------------------------------------------------------------------------------
# The one YAML writer: init, new and the imports write their files through these, so every file
# civcat writes is laid out as `civcat fmt` lays it out (`fmt --check` passes on them).


def load_round_trip(text: str) -> Any:
    """A file's text as ruamel round-trip data (comments, order, quoting kept), for editing and writing back."""
    return _load_rt(_without_document_start(text[1:] if text.startswith("\ufeff") else text))


def dump_round_trip(data: Any) -> str:
    """Round-trip data as YAML text, in fmt's settings, without laying out a whole file (a fragment)."""
    return _dump_rt(data)


def canonical(data_or_text: Any) -> str:
    """A whole file, from round-trip data or text, laid out as `civcat fmt` lays it out."""
    return format_text(data_or_text if isinstance(data_or_text, str) else _dump_rt(data_or_text))
