"""Compact summaries of documents: what the repository-wide rules read, and nothing more.

`civcat validate` keeps every file of the county in one process while the repository-wide rules
run (duplicates, pairing, tier conflicts). Full models of 12,000 communities and their charters,
with the charters' text, do not fit in 1 GiB; the fields those rules read do. So the per-file stage
(in worker processes when there are many files) reduces each community and charter to the fields
named in `REPOSITORY_FIELDS`, as plain JSON values that the cache also stores, and the process that
runs the repository rules keeps only these. Other kinds (county, reference catalogues, model
charters: a handful of files) keep their full models.

A summary reads like the model it stands for: `doc.model.triage.local[0].tier`, `doc.model.procedure`
is None when the charter has no procedure, and a field the model does not have is an AttributeError
(so `hasattr(item, "tier")` answers as the model would). A field of the model that is not
summarised is still read correctly: the full model is loaded from the file's bytes on first use
(slower, and counted in `FALLBACKS`; the tests require that the rules never need it, each rule with
no more than the fields it declares). A repository rule names the fields of communities and
charters it reads in its own `reads` (`RepositoryRule.reads`); library code that reads summaries
declares its fields where it is used (`repository.SUMMARY_READS`, `diff.across.SUMMARY_READS`);
`REPOSITORY_FIELDS` is their union.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import types
import typing
from collections import Counter
from collections.abc import Callable
from typing import Any


def merge_fields(into: dict[str, Any], fields: dict[str, Any], where: str = "") -> dict[str, Any]:
    """Add summary fields (kind → field → None or the fields read of a model value) to `into`."""
    for name, sub in fields.items():
        if name not in into:
            into[name] = merge_fields({}, sub, f"{where}{name}.") if sub is not None else None
        elif (into[name] is None) != (sub is None):
            raise TypeError(
                f"summary field {where}{name}: read as a plain value in one place and as a model in another"
            )
        elif sub is not None:
            merge_fields(into[name], sub, f"{where}{name}.")
    return into


def repository_fields() -> dict[str, dict[str, Any]]:
    """The fields of each summarised kind that anything reading a summary run's repository reads: what
    each registered repository rule declares in its `reads`, what the Repository's indexes read, and
    what `civcat diff --across` compares (it reads the county from the same cached summaries)."""
    from .diff.across import SUMMARY_READS as ACROSS_READS
    from .repository import SUMMARY_READS
    from .rules import all_rules

    fields = merge_fields(merge_fields({}, SUMMARY_READS), ACROSS_READS)
    for rule in all_rules().values():
        merge_fields(fields, getattr(rule, "reads", {}), f"{rule.code}: ")
    return fields


def _fields() -> dict[str, dict[str, Any]]:
    """REPOSITORY_FIELDS, built on first use (the modules that declare fields import this one)."""
    fields = globals().get("REPOSITORY_FIELDS")
    if fields is None:
        fields = globals()["REPOSITORY_FIELDS"] = repository_fields()
    return fields


def __getattr__(name: str) -> Any:
    # REPOSITORY_FIELDS: for each summarised kind, the fields the repository-wide rules read (built
    # from their `reads`) and those diff --across reads. A field whose value is a model (or a list
    # of models) names the fields read of it; None marks a plain value.
    if name == "REPOSITORY_FIELDS":
        return _fields()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: The keys of a file's raw data that rules read from every file, even one that failed its schema
#: (`Repository.files_claiming`, CV211): a summary run keeps only these of each file's data.
SOURCE_KEYS = ("kind", "type", "code", "community")

#: Fields read through the fallback (the full model), by (summary class, field): should stay empty.
FALLBACKS: Counter[tuple[str, str]] = Counter()


def summarised(kind: str | None) -> bool:
    return kind in _fields()


def head(data: Any) -> Any:
    """What a summary run keeps of a file's data: the SOURCE_KEYS of a mapping, None for no data.

    Any other data (a list, a bare value) becomes an empty list: the rules only ask whether the
    data is a mapping and whether there is any.
    """
    if data is None:
        return None
    if isinstance(data, dict):
        return {key: data[key] for key in SOURCE_KEYS if key in data}
    return []


# --- plans: the summary fields of each kind, with what the models say about them ----------------


class _Field(typing.NamedTuple):
    name: str
    plan: _Plan | None  # the summary of a model value; None for a plain value
    many: bool  # a list of models
    date: bool  # a date (kept as YYYY-MM-DD text in the plain form)


class _Plan:
    """The summary of one model class (or of a union of them): its fields and its node class."""

    def __init__(self, models: tuple[Any, ...], spec: dict[str, Any], name: str, root: bool):
        self.models = models
        self.root = root
        self.fields: list[_Field] = []
        for field, sub in spec.items():
            annotations = [m.model_fields[field].annotation for m in models if field in m.model_fields]
            if not annotations:
                raise TypeError(f"{name}: no model of {[m.__name__ for m in models]} has a field {field!r}")
            inner, many, date = _inspect(annotations)
            plan = _Plan(tuple(inner), sub, f"{name}.{field}", False) if sub is not None else None
            self.fields.append(_Field(field, plan, many, date))
        self.position = {f.name: i for i, f in enumerate(self.fields)}  # a field's place in the values
        base = _Root if root else _Node
        self.node = type(f"Summary[{name}]", (base,), {"__slots__": tuple(f.name for f in self.fields), "_plan": self})

    def encode(self, model: Any) -> list:
        values: list[Any] = []
        for field in self.fields:
            value = getattr(model, field.name)
            if value is None:
                values.append(None)
            elif field.plan is not None:
                values.append([field.plan.encode(v) for v in value] if field.many else field.plan.encode(value))
            else:
                values.append(_plain(value))
        return values

    def expand(self, values: list, up: Any, name: str | None, index: int | None) -> Any:
        node: Any = self.node.__new__(self.node)  # type: ignore[call-overload]
        node._up, node._name, node._index = up, name, index
        if self.root:
            node._loaded = None
        setter = object.__setattr__
        for field, value in zip(self.fields, values, strict=True):
            if value is not None:
                if field.plan is not None:
                    value = (
                        [field.plan.expand(v, node, field.name, i) for i, v in enumerate(value)]
                        if field.many
                        else field.plan.expand(value, node, field.name, None)
                    )
                else:
                    value = _unplain(value, field.date)
            setter(node, field.name, value)
        return node


def _inspect(annotations: list[Any]) -> tuple[list[type], bool, bool]:
    """The model classes inside these annotations, whether they are lists, whether they hold dates."""
    from pydantic import BaseModel

    models: list[type] = []
    found = {"many": False, "date": False}

    def walk(annotation: Any) -> None:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            walk(typing.get_args(annotation)[0])
        elif origin in (typing.Union, types.UnionType):
            for arg in typing.get_args(annotation):
                walk(arg)
        elif origin is list:
            found["many"] = True
            walk(typing.get_args(annotation)[0])
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation not in models:
                models.append(annotation)
        elif annotation is dt.date:
            found["date"] = True

    for annotation in annotations:
        walk(annotation)
    return models, found["many"], found["date"]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


_interned: dict[str, str] = {}


def _unplain(value: Any, date: bool) -> Any:
    if type(value) is str:
        if date:
            return dt.date.fromisoformat(value)
        # Titles, ids and names repeat across thousands of communities: keep one copy of each.
        return _interned.setdefault(value, value)
    if type(value) is list:
        return [_unplain(v, date) for v in value]
    return value


# --- nodes: what the rules see ------------------------------------------------------------------


class _Node:
    """One summarised model value. Its summary fields are slots; any other field of the model is
    read from the full model (see the module's docstring)."""

    __slots__ = ("_up", "_name", "_index")
    _plan: _Plan

    def __getattr__(self, name: str) -> Any:
        # Only called for names that are not slots: fields the summary leaves out, or no field at all.
        if name.startswith("_") or not any(name in m.model_fields or hasattr(m, name) for m in self._plan.models):
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")
        FALLBACKS[(type(self).__name__, name)] += 1
        return getattr(self._full(), name)

    def _full(self) -> Any:
        """The full model value this node summarises."""
        value = getattr(self._up._full(), self._name)
        return value if self._index is None else value[self._index]

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in self._plan.fields)
        return f"{type(self).__name__}({shown})"


class _Root(_Node):
    """The summary of a whole document: `_up` is what loads its full model (None: it cannot)."""

    __slots__ = ("_loaded",)
    _loaded: Any

    def _full(self) -> Any:
        if self._loaded is None:
            if self._up is None:
                raise AttributeError(f"{type(self).__name__}: the full model is not available")
            self._loaded = self._up()
        return self._loaded


_plans: dict[str, _Plan] = {}


def _plan(kind: str) -> _Plan:
    plan = _plans.get(kind)
    if plan is None:
        from .models import KIND_MODELS

        plan = _plans[kind] = _Plan((KIND_MODELS[kind],), _fields()[kind], kind, True)
    return plan


def article_texts(model: Any) -> list[str]:
    """A charter's (or model charter's) article texts in order, an article without text as ""."""
    return [article.text or "" for chapter in model.chapters for article in chapter.articles]


def articles_digest(texts: Any) -> str:
    """A charter's article texts (a charter model, or the texts as `article_texts` gives them) in one
    SHA-256. Summaries keep no article text (it would double the cache); `civcat validate` keeps this
    digest in a charter's entry instead, so that `civcat diff --across` can read the articles from
    the file quickly, without YAML, and know for certain when that reading is right (see
    `civcat.diff.across.quick_articles`)."""
    if not isinstance(texts, list):
        texts = article_texts(texts)
    text = json.dumps(texts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def summarize(kind: str, model: Any) -> list:
    """The plain (JSON) summary of a summarised kind's model."""
    return _plan(kind).encode(model)


def plain_field(kind: str, values: list, name: str) -> Any:
    """One top-level field of a summary in its plain (JSON) form, without expanding the summary
    (diff --across reads a few of them from the entries before they are expanded)."""
    return values[_plan(kind).position[name]]


def expand(kind: str, values: list, load: Callable[[], Any] | None = None) -> Any:
    """The summary that stands for the model in the repository rules; `load` gives the full model."""
    return _plan(kind).expand(values, load, None, None)


def release(model: Any) -> None:
    """Forget the full model a summary loaded through the fallback (diff --across reads each charter's
    articles once, and keeps only the result): its memory goes back. Anything else is left alone."""
    if isinstance(model, _Root):
        model._loaded = None
