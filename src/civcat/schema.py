"""The parse and schema layer: header (CV004, CV005), then the kind's model (CV101–CV106).

Pydantic reports every schema error with a location; this module turns each into a Problem with
the FORMAT.md code and a message that names the fix: the nearest known field for an unknown one,
the allowed values for a wrong one, "quote it" for an unquoted code.
"""

from __future__ import annotations

import re
import types
import typing
from typing import Any

from .findings import Problem
from .models import FORMAT_VERSIONS, KIND_MODELS, KINDS
from .textutil import did_you_mean, listing, nearest

#: Where each kind lives (FORMAT.md §1), for the messages of CV004.
KIND_PLACES = {
    "county": "catalogues/county.yaml",
    "triage-reference": "catalogues/reference/",
    "consultation-reference": "catalogues/reference/",
    "autonomy-reference": "catalogues/reference/",
    "community": "catalogues/communities/<乡镇代码>/<村社区代码>.yaml",
    "charter": "charters/<乡镇代码>/<村社区代码>.yaml",
    "charter-model": "charters/model/",
}


def expected_kinds(rel_path: str) -> tuple[str, ...] | None:
    """The kinds a file may have at this place of the layout; () for a place where no data file belongs.

    None when the file is outside the layout altogether (given on the command line from elsewhere).
    """
    parts = rel_path.split("/")
    if parts[0] == "catalogues":
        if parts[1:] == ["county.yaml"]:
            return ("county",)
        if len(parts) == 3 and parts[1] == "reference":
            return ("triage-reference", "consultation-reference", "autonomy-reference")
        if len(parts) == 4 and parts[1] == "communities":
            return ("community",)
        return ()
    if parts[0] == "charters":
        if len(parts) == 3 and parts[1] == "model":
            return ("charter-model",)
        if len(parts) == 3:
            return ("charter",)
        return ()
    return None


def check_header(data: Any, places: tuple[str, ...] | None) -> tuple[str | None, list[Problem]]:
    """The file's kind if its header is usable, and the header problems (CV004, CV005)."""
    if not isinstance(data, dict):
        what = "是空的（或只有注释）" if data is None else "不是键值映射"
        return None, [Problem("CV004", f"文件{what}；每个文件以 `civcat: 1` 和 `kind:` 两个键开头。")]
    problems: list[Problem] = []
    version = data.get("civcat")
    if "civcat" not in data:
        problems.append(Problem("CV005", "缺少格式版本：请在文件开头加上 `civcat: 1`。"))
    elif type(version) is not int or version not in FORMAT_VERSIONS:
        problems.append(Problem("CV005", f"不支持的格式版本 `{version}`：本版 civcat 只读 `civcat: 1`。", at=("civcat",)))
    kind = data.get("kind")
    if "kind" not in data:
        return None, [*problems, Problem("CV004", f"缺少 `kind:`；应为以下之一：{listing(KINDS)}。")]
    if not isinstance(kind, str) or kind not in KIND_MODELS:
        return None, [*problems, Problem("CV004", f"未知的文件类型 `kind: {kind}`；应为以下之一：{listing(KINDS)}"
                                                  f"{did_you_mean(str(kind), KINDS)}", at=("kind",))]
    if places is not None and kind not in places:
        if places:
            message = f"`kind: {kind}` 的文件应放在 {KIND_PLACES[kind]}；这个位置只能放 {listing(places)}。"
        else:
            message = f"这个位置不属于目录结构；`kind: {kind}` 的文件应放在 {KIND_PLACES[kind]}。"
        problems.append(Problem("CV004", message, at=("kind",)))
    if problems:
        return None, problems
    return kind, []


def validate_model(kind: str, data: dict, positions: Any = None) -> tuple[Any, list[Problem]]:
    """The model of a file whose header is right, or the schema problems that prevent it.

    `positions` (optional) lets messages quote a value exactly as written, e.g. an unquoted code.
    """
    from pydantic import ValidationError

    model_class = KIND_MODELS[kind]
    try:
        return model_class.model_validate(data), []
    except ValidationError as error:
        problems = [_problem_from_error(model_class, data, e, positions) for e in error.errors(include_url=False)]
        return None, _without_typo_echoes(_deduplicate(problems))


def _without_typo_echoes(problems: list[Problem]) -> list[Problem]:
    """Drop "missing `members`" when the same mapping has `membrs`: the CV103 hint already says it."""
    suggested = {(p.at[:-1], p.message.split("是否应为 `", 1)[1].split("`", 1)[0])
                 for p in problems if p.code == "CV103" and "是否应为 `" in p.message}
    return [p for p in problems
            if not (p.code == "CV101" and p.message.startswith("缺少必填字段 `")
                    and (p.at, p.message.split("`", 2)[1]) in suggested)]


def _deduplicate(problems: list[Problem]) -> list[Problem]:
    seen, unique = set(), []
    for p in problems:
        if (p.code, p.at, p.key) not in seen:
            seen.add((p.code, p.at, p.key))
            unique.append(p)
    return unique


# ------------------------------------------------------------------------------------------------
# pydantic error → Problem


def _data_path(data: Any, loc: tuple) -> tuple:
    """The pydantic location with union-tag steps removed, so it walks the data as written."""
    path, node = [], data
    for i, step in enumerate(loc):
        if isinstance(node, dict) and step in node:
            node = node[step]
            path.append(step)
        elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            node = node[step]
            path.append(step)
        elif i == len(loc) - 1:
            path.append(step)  # a missing or unknown key: the last step names it
        # else: a discriminated union's tag ("major", …) that is not in the data
    return tuple(path)


def _unwrap(annotation: Any, value: Any) -> Any:
    """The model class an annotation holds for this value (through Optional, list, Annotated and unions)."""
    from pydantic import BaseModel

    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            members = [a for a in typing.get_args(annotation) if a is not type(None)]
            models = [m for m in members if isinstance(m, type) and issubclass(m, BaseModel)]
            chosen = None
            for m in models:  # a discriminated union: the member whose tag the data names
                tag = m.model_fields.get("tier")
                if tag and isinstance(value, dict) and value.get("tier") in typing.get_args(tag.annotation):
                    chosen = m
            annotation = chosen or (models[0] if models else members[0])
        else:
            return annotation


def _field_at(model_class: Any, data: Any, path: tuple) -> tuple[Any, Any]:
    """(the model owning the last step of `path`, that step's FieldInfo), walking types beside the data."""
    from pydantic import BaseModel

    current, node = model_class, data
    for i, step in enumerate(path):
        if isinstance(step, int):
            current = _strip(current)
            if typing.get_origin(current) is list:
                current = typing.get_args(current)[0]
            node = node[step] if isinstance(node, list) and 0 <= step < len(node) else None
            continue
        current = _unwrap(current, node)
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None, None
        info = current.model_fields.get(step)
        if info is None or i == len(path) - 1:
            return current, info
        node = node.get(step) if isinstance(node, dict) else None
        current = info.annotation
    return None, None


def _strip(annotation: Any) -> Any:
    """The annotation without its Annotated and Optional wrappers."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType) and type(None) in typing.get_args(annotation):
            annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
        else:
            return annotation


def _quoted_values(expected: str) -> list[str]:
    return re.findall(r"'([^']*)'", expected)


def _problem_from_error(model_class: Any, data: Any, error: dict, positions: Any = None) -> Problem:
    kind = error["type"]
    path = _data_path(data, tuple(error["loc"]))
    if kind == "union_tag_invalid" and (not path or path[-1] != "tier"):
        path = (*path, "tier")
    name = next((str(s) for s in reversed(path) if isinstance(s, str)), "值")
    value = error.get("input")
    owner, info = _field_at(model_class, data, path)
    description = f"（{info.description}）" if info is not None and info.description else ""

    if kind == "missing" or (value is None and kind not in ("extra_forbidden",)):
        return Problem("CV101", f"缺少必填字段 `{name}`{description}。", at=path[:-1] if kind == "missing" else path)
    if kind == "too_short" or kind == "string_too_short":
        return Problem("CV101", f"`{name}` 不能为空，至少需要一项{description}。", at=path)
    if kind == "union_tag_not_found":
        return Problem("CV101", "缺少 `tier`：每个事项须写明层级 `major`（大事）、`minor`（小事）或 `private`（私事）。", at=path[:-1] if path and path[-1] == "tier" else path)
    if kind == "extra_forbidden":
        known = list(owner.model_fields) if owner is not None and hasattr(owner, "model_fields") else []
        hint = nearest(name, known)
        fix = f"是否应为 `{hint}`？" if hint else f"可用的字段：{listing(known)}。"
        return Problem("CV103", f"未知字段 `{name}`，{fix}", at=path, key=True)
    if kind in ("literal_error", "union_tag_invalid", "enum"):
        ctx = error.get("ctx", {})
        allowed = _quoted_values(str(ctx.get("expected") or ctx.get("expected_tags") or ""))
        shown = ctx.get("tag", value)
        hint = nearest(str(shown), allowed)
        suggestion = f"，是否应为 `{hint}`？" if hint else "。"
        return Problem("CV104", f"`{name}` 的值 `{shown}` 不在允许范围内；允许的值：{listing(allowed)}{suggestion}", at=path)
    if kind == "string_pattern_mismatch":
        return Problem("CV105", _pattern_message(name, value, error), at=path)
    if kind.startswith("civcat_date"):
        return Problem("CV105", f"`{name}` 的日期 `{value}` 有误：{error['msg']}。", at=path)
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = next(iter(error.get("ctx", {}).values()), "")
        relation = {"greater_than_equal": "不能小于", "greater_than": "应大于",
                    "less_than_equal": "不能大于", "less_than": "应小于"}[kind]
        return Problem("CV106", f"`{name}` 的数值 {value} 超出范围：{relation} {bound}。", at=path)
    written = positions.source(path) if positions is not None else None
    return Problem("CV102", _type_message(name, written if written is not None else value, kind, description,
                                          numeric=isinstance(value, int | float) and not isinstance(value, bool)), at=path)


def _pattern_message(name: str, value: Any, error: dict) -> str:
    pattern = error.get("ctx", {}).get("pattern", "")
    if "L?" in pattern:
        return f"编号 `{value}` 格式不对：应为两个大写字母、短横线、两到三位数字，本地事项在数字前加 L，如 DS-01、XS-L01。"
    if pattern == "^[0-9]{6}$":
        return f"`{name}` 应为 6 位数字的行政区划代码（加引号），`{value}` 不是。"
    if pattern == "^[0-9]+$":
        return f"`{name}` 应只含数字（加引号），`{value}` 含有其他字符。"
    return f"`{name}` 的值 `{value}` 格式不对（应符合 {pattern}）。"


_TYPE_NAMES = {
    "string_type": "文字（字符串）", "int_type": "整数", "list_type": "列表", "dict_type": "映射（键: 值）",
    "model_type": "映射（键: 值）", "model_attributes_type": "映射（键: 值）", "bool_type": "true 或 false",
    "float_type": "数字", "int_from_float": "整数",
}


def _type_message(name: str, value: Any, kind: str, description: str, *, numeric: bool = False) -> str:
    expected = _TYPE_NAMES.get(kind, "别的类型")
    if kind == "string_type" and numeric:
        return (f"`{name}` 没有加引号，被读成了数字：请写成 `{name}: \"{value}\"`"
                f"（不加引号的代码会丢掉开头的 0 或变成别的数）。")
    if kind == "int_type" and isinstance(value, float):
        return f"`{name}` 应为整数，`{value}` 不是{description}。"
    if kind == "list_type" and isinstance(value, str):
        return f"`{name}` 应为列表：写成 `[{value}]`，或每项一行以 `- ` 开头。"
    return f"`{name}` 的类型不对：应为{expected}，实为 `{str(value)[:40]}`{description}。"
