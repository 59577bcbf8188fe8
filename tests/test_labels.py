"""One vocabulary: each Literal of the models has one label table beside it, covering it exactly,
and every output takes its words from those tables."""

from __future__ import annotations

import typing

import pytest
from pydantic import BaseModel

import civcat.models as models
from civcat.models import catalogues, charters
from civcat.models.types import LABELS


def _literal_aliases():
    for module in (models, catalogues, charters):
        for name, value in vars(module).items():
            if typing.get_origin(value) is typing.Literal and all(isinstance(a, str) for a in typing.get_args(value)):
                yield f"{module.__name__}.{name}", value


@pytest.mark.parametrize(("name", "literal"), list(_literal_aliases()))
def test_each_named_literal_has_a_table_that_covers_it_exactly(name, literal):
    assert literal in LABELS, f"{name} has no label table (civcat.models.types.labels)"
    assert set(LABELS[literal]) == set(typing.get_args(literal)), name
    assert all(LABELS[literal].values()), name


def _field_literals(annotation):
    if typing.get_origin(annotation) is typing.Literal:
        yield annotation
    for argument in typing.get_args(annotation):
        if not isinstance(argument, str | int):
            yield from _field_literals(argument)


def _models():
    seen, todo = set(), list(models.KIND_MODELS.values())
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for info in model.model_fields.values():
            for part in _annotations(info.annotation):
                if isinstance(part, type) and issubclass(part, BaseModel):
                    todo.append(part)
    return seen


def _annotations(annotation):
    yield annotation
    for argument in typing.get_args(annotation):
        yield from _annotations(argument)


def test_every_literal_value_of_every_field_has_a_label():
    words = {value for table in LABELS.values() for value in table}
    missing = []
    for model in _models():
        for field, info in model.model_fields.items():
            for literal in _field_literals(info.annotation):
                missing += [
                    f"{model.__name__}.{field}={v}"
                    for v in typing.get_args(literal)
                    if isinstance(v, str) and v not in words
                ]
    assert missing == []


def test_kinds_are_the_kinds_of_the_models():
    assert models.KINDS == tuple(models.KIND_MODELS)


def test_procedure_steps_are_the_procedure_fields_in_order():
    assert charters.PROCEDURE_STEPS == tuple(charters.Procedure.model_fields)


def test_descriptions_name_each_value_with_its_label():
    """A field description that lists the values ("self 群众自行解决、…") uses the tables' words."""
    for model in _models():
        for field, info in model.model_fields.items():
            for literal in _field_literals(info.annotation):
                table = LABELS.get(literal)
                if table is None or not info.description or len(table) < 2:
                    continue
                for value, label in table.items():
                    if f"{value} " in info.description:
                        assert f"{value} {label}" in info.description, (model.__name__, field, value)


def _text(node) -> str | None:
    """The string a dict value holds: "…" or N_("…")."""
    import ast

    if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("N_", "_") and node.args:
        node = node.args[0]
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _label_like_dicts():
    """Dict literals outside models/ keyed exactly by a Literal's values, with Chinese words for each."""
    import ast
    from pathlib import Path

    import civcat

    package = Path(civcat.__file__).parent
    tables = [set(table) for table in LABELS.values()]
    for path in sorted(package.rglob("*.py")):
        if "models" in path.relative_to(package).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Dict):
                continue
            names = [getattr(t, "id", "") for t in node.targets]
            table = node.value
            keys = {k.value for k in table.keys if isinstance(k, ast.Constant)}
            words = [_text(v) for v in table.values]
            if keys in tables and all(w and "{" not in w and any("\u4e00" <= c <= "\u9fff" for c in w) for w in words):
                if not set(names) & NOT_LABELS:
                    yield f"{path.relative_to(package)}:{node.lineno} {names}"


#: Tables keyed by a Literal's values that are not its words: the tiers' captions, the headings of stats,
#: the import's phrases for a vote's basis.
NOT_LABELS = {"TIER_CAPTIONS", "TRIAGE_LEVELS", "_BASIS_LABELS"}  # _BASIS_LABELS: 按户计, how a vote counts


def test_no_module_keeps_its_own_words_for_a_literal():
    assert list(_label_like_dicts()) == [], "use the models' label tables (civcat.models) instead of a copy"
