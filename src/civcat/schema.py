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
from .i18n import N_, _, current_language
from .models import FORMAT_VERSIONS, KIND_MODELS, KINDS
from .models.types import label_of
from .rules.parse import (
    FormatVersion,
    KindProblem,
    MalformedValue,
    OutOfRange,
    RequiredField,
    UnknownField,
    ValueNotAllowed,
    WrongType,
)
from .textutil import listing, listing_with_labels, nearest

#: Where each kind lives (FORMAT.md §1), for the messages of CV004.
KIND_PLACES = {
    "county": "catalogues/county.yaml",
    "triage-reference": "catalogues/reference/",
    "consultation-reference": "catalogues/reference/",
    "autonomy-reference": "catalogues/reference/",
    "community": N_("catalogues/communities/<乡镇代码>/<村社区代码>.yaml"),
    "charter": N_("charters/<乡镇代码>/<村社区代码>.yaml"),
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
        message = (
            _("文件是空的（或只有注释）；每个文件以 `civcat: 1` 和 `kind:` 两个键开头。")
            if data is None
            else _("文件不是键值映射；每个文件以 `civcat: 1` 和 `kind:` 两个键开头。")
        )
        return None, [Problem(KindProblem.code, message)]
    problems: list[Problem] = []
    version = data.get("civcat")
    if "civcat" not in data:
        problems.append(Problem(FormatVersion.code, _("缺少格式版本：请在文件开头加上 `civcat: 1`。")))
    elif type(version) is not int or version not in FORMAT_VERSIONS:
        problems.append(
            Problem(
                FormatVersion.code,
                _("不支持的格式版本 `{version}`：本版 civcat 只读 `civcat: 1`。").format(version=version),
                at=("civcat",),
            )
        )
    kind = data.get("kind")
    if "kind" not in data:
        return None, [
            *problems,
            Problem(KindProblem.code, _("缺少 `kind:`；应为以下之一：{kinds}。").format(kinds=_kinds(KINDS))),
        ]
    if not isinstance(kind, str) or kind not in KIND_MODELS:
        hint = nearest(str(kind), KINDS)
        if hint:
            message = _("未知的文件类型 `kind: {kind}`；应为以下之一：{kinds}，是否应为 `{hint}`？").format(
                kind=kind, kinds=_kinds(KINDS), hint=hint
            )
        else:
            message = _("未知的文件类型 `kind: {kind}`；应为以下之一：{kinds}。").format(kind=kind, kinds=_kinds(KINDS))
        return None, [*problems, Problem(KindProblem.code, message, at=("kind",))]
    if places is not None and kind not in places:
        if places:
            message = _("`kind: {kind}` 的文件应放在 {place}；这个位置只能放 {kinds}。").format(
                kind=kind, place=_(KIND_PLACES[kind]), kinds=listing(places)
            )
        else:
            message = _("这个位置不属于目录结构；`kind: {kind}` 的文件应放在 {place}。").format(
                kind=kind, place=_(KIND_PLACES[kind])
            )
        problems.append(Problem(KindProblem.code, message, at=("kind",)))
    if problems:
        return None, problems
    return kind, []


def _kinds(kinds) -> str:
    from .models import KIND_LABELS

    return listing_with_labels(kinds, KIND_LABELS)


def validate_model(kind: str, data: dict, positions: Any = None) -> tuple[Any, list[Problem]]:
    """The model of a file whose header is right, or the schema problems that prevent it.

    `positions` (optional) lets messages quote a value exactly as written, e.g. an unquoted code.
    """
    from pydantic import ValidationError

    model_class = KIND_MODELS[kind]
    try:
        return model_class.model_validate(data), []
    except ValidationError as error:
        found = [_problem_from_error(model_class, data, dict(e), positions) for e in error.errors(include_url=False)]
        return None, [p for p, _field in _without_typo_echoes(_deduplicate(found))]


def _without_typo_echoes(found: list[tuple[Problem, str | None]]) -> list[tuple[Problem, str | None]]:
    """Drop "missing `members`" when the same mapping has `membrs`: the CV103 hint already says it.

    Each problem comes with the field it is about: the suggested one of a CV103 hint, the missing one
    of a CV101 "缺少必填字段" (the messages are not parsed: they may be in English)."""
    suggested = {(p.at[:-1], hint) for p, hint in found if p.code == UnknownField.code and hint}
    return [
        (p, field) for p, field in found if not (p.code == RequiredField.code and field and (p.at, field) in suggested)
    ]


def _deduplicate(found: list[tuple[Problem, str | None]]) -> list[tuple[Problem, str | None]]:
    seen, unique = set(), []
    for p, field in found:
        if (p.code, p.at, p.key) not in seen:
            seen.add((p.code, p.at, p.key))
            unique.append((p, field))
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


def _description(info: Any) -> str:
    """A field's description in parentheses, as messages add it: （村或社区名称，如 石门村、三合社区）.

    Descriptions are the models' Chinese (the JSON Schema shows them too); in another language a
    description the catalog does not translate is left out rather than shown in Chinese.
    """
    if info is None or not info.description:
        return ""
    text = _(info.description)
    if text == info.description and current_language() != "zh":
        return ""
    return _("（{description}）").format(description=text)


#: CV106 by pydantic's error type; `bound` is the limit pydantic reports.
_OUT_OF_RANGE = {
    "greater_than_equal": N_("`{name}` 的数值 {value} 超出范围：不能小于 {bound}。"),
    "greater_than": N_("`{name}` 的数值 {value} 超出范围：应大于 {bound}。"),
    "less_than_equal": N_("`{name}` 的数值 {value} 超出范围：不能大于 {bound}。"),
    "less_than": N_("`{name}` 的数值 {value} 超出范围：应小于 {bound}。"),
}


def _unknown_field(owner: Any, name: str, path: tuple) -> tuple[Problem, str | None]:
    """CV103 for a field the model does not have, and the known field it most likely means."""
    known = list(owner.model_fields) if owner is not None and hasattr(owner, "model_fields") else []
    hint = nearest(name, known)
    if hint:
        message = _("未知字段 `{name}`，是否应为 `{hint}`？").format(name=name, hint=hint)
    else:
        message = _("未知字段 `{name}`，可用的字段：{fields}。").format(name=name, fields=listing(known))
    return Problem(UnknownField.code, message, at=path, key=True), hint


def _not_allowed(error: dict, name: str, value: Any, path: tuple) -> Problem:
    """CV104 for a value outside the allowed ones, with the allowed value it most likely means."""
    ctx = error.get("ctx", {})
    allowed = _quoted_values(str(ctx.get("expected") or ctx.get("expected_tags") or ""))
    shown = ctx.get("tag", value)
    hint = nearest(str(shown), allowed)
    words = listing_with_labels(allowed, label_of(allowed))  # `village`（村）、`community`（社区）
    if hint:
        message = _("`{name}` 的值 `{value}` 不在允许范围内；允许的值：{allowed}，是否应为 `{hint}`？").format(
            name=name, value=shown, allowed=words, hint=hint
        )
    else:
        message = _("`{name}` 的值 `{value}` 不在允许范围内；允许的值：{allowed}。").format(
            name=name, value=shown, allowed=words
        )
    return Problem(ValueNotAllowed.code, message, at=path)


def _bad_date(error: dict, name: str, value: Any, path: tuple) -> Problem:
    """CV105 for a date that is malformed or not on the calendar."""
    # The reasons are those of civcat.models.types, in the interface language.
    kind = error["type"]
    if kind == "civcat_date_format":
        reason = _("日期应写成 YYYY-MM-DD，例如 2021-08-15")
    elif kind == "civcat_date_invalid":
        reason = _("{value} 不是日历上存在的日期").format(value=error.get("ctx", {}).get("value", value))
    else:
        reason = error["msg"]
    message = _("`{name}` 的日期 `{value}` 有误：{reason}。").format(name=name, value=value, reason=reason)
    return Problem(MalformedValue.code, message, at=path)


def _problem_from_error(model_class: Any, data: Any, error: dict, positions: Any = None) -> tuple[Problem, str | None]:
    """The Problem for one pydantic error, with the field it is about when that is a missing field
    (CV101 "缺少必填字段") or the field a CV103 hint suggests; otherwise None."""
    kind = error["type"]
    path = _data_path(data, tuple(error["loc"]))
    if kind == "union_tag_invalid" and (not path or path[-1] != "tier"):
        path = (*path, "tier")
    name = next((str(s) for s in reversed(path) if isinstance(s, str)), None)
    if name is None:
        name = _("值")
    value = error.get("input")
    owner, info = _field_at(model_class, data, path)
    description = _description(info)

    if kind == "missing" or (value is None and kind not in ("extra_forbidden",)):
        message = _("缺少必填字段 `{name}`{description}。").format(name=name, description=description)
        return Problem(RequiredField.code, message, at=path[:-1] if kind == "missing" else path), name
    if kind == "too_short" or kind == "string_too_short":
        message = _("`{name}` 不能为空，至少需要一项{description}。").format(name=name, description=description)
        return Problem(RequiredField.code, message, at=path), None
    if kind == "union_tag_not_found":
        return Problem(
            RequiredField.code,
            _("缺少 `tier`：每个事项须写明层级 `major`（大事）、`minor`（小事）或 `private`（私事）。"),
            at=path[:-1] if path and path[-1] == "tier" else path,
        ), None
    if kind == "extra_forbidden":
        return _unknown_field(owner, name, path)
    if kind in ("literal_error", "union_tag_invalid", "enum"):
        return _not_allowed(error, name, value, path), None
    if kind == "string_pattern_mismatch":
        return Problem(MalformedValue.code, _pattern_message(name, value, error), at=path), None
    if kind.startswith("civcat_date"):
        return _bad_date(error, name, value, path), None
    if kind in _OUT_OF_RANGE:
        bound = next(iter(error.get("ctx", {}).values()), "")
        return Problem(
            OutOfRange.code, _(_OUT_OF_RANGE[kind]).format(name=name, value=value, bound=bound), at=path
        ), None
    written = positions.source(path) if positions is not None else None
    return Problem(
        WrongType.code,
        _type_message(
            name,
            written if written is not None else value,
            kind,
            description,
            numeric=isinstance(value, int | float) and not isinstance(value, bool),
        ),
        at=path,
    ), None


def _pattern_message(name: str, value: Any, error: dict) -> str:
    pattern = error.get("ctx", {}).get("pattern", "")
    if "L?" in pattern:
        return _(
            "编号 `{value}` 格式不对：应为两个大写字母、短横线、两到三位数字，本地事项在数字前加 L，如 DS-01、XS-L01。"
        ).format(value=value)
    if pattern == "^[0-9]{6}$":
        return _("`{name}` 应为 6 位数字的行政区划代码（加引号），`{value}` 不是。").format(name=name, value=value)
    if pattern == "^[0-9]+$":
        return _("`{name}` 应只含数字（加引号），`{value}` 含有其他字符。").format(name=name, value=value)
    return _("`{name}` 的值 `{value}` 格式不对（应符合 {pattern}）。").format(name=name, value=value, pattern=pattern)


#: What CV102 says a field should be, by pydantic's error type.
_TYPE_NAMES = {
    "string_type": N_("文字（字符串）"),
    "int_type": N_("整数"),
    "list_type": N_("列表"),
    "dict_type": N_("映射（键: 值）"),
    "model_type": N_("映射（键: 值）"),
    "model_attributes_type": N_("映射（键: 值）"),
    "bool_type": N_("true 或 false"),
    "float_type": N_("数字"),
    "int_from_float": N_("整数"),
}


def _type_message(name: str, value: Any, kind: str, description: str, *, numeric: bool = False) -> str:
    expected = _(_TYPE_NAMES[kind]) if kind in _TYPE_NAMES else _("别的类型")
    if kind == "string_type" and numeric:
        return _(
            '`{name}` 没有加引号，被读成了数字：请写成 `{name}: "{value}"`'
            "（不加引号的代码会丢掉开头的 0 或变成别的数）。"
        ).format(name=name, value=value)
    if kind == "int_type" and isinstance(value, float):
        return _("`{name}` 应为整数，`{value}` 不是{description}。").format(
            name=name, value=value, description=description
        )
    if kind == "list_type" and isinstance(value, str):
        return _("`{name}` 应为列表：写成 `[{value}]`，或每项一行以 `- ` 开头。").format(name=name, value=value)
    return _("`{name}` 的类型不对：应为{expected}，实为 `{value}`{description}。").format(
        name=name, expected=expected, value=str(value)[:40], description=description
    )
