"""What every rule class is: a FileRule typed by the model of its kinds, a RepositoryRule that declares
what it reads, or a ParseRule; its problems carry its own code."""

from __future__ import annotations

import types
import typing

import pytest

from civcat.models import KIND_MODELS, KINDS
from civcat.rules import all_rules
from civcat.rules.base import FileRule, RepositoryRule
from civcat.rules.parse import ParseRule


def model_parameter(rule: type) -> object:
    """The type parameter of FileRule[...] that the rule (or the class it derives from) names."""
    for cls in rule.__mro__:
        for base in getattr(cls, "__orig_bases__", ()):
            if typing.get_origin(base) is FileRule:
                return typing.get_args(base)[0]
    raise AssertionError(f"{rule.__name__}: FileRule without a model type parameter")


def test_every_rule_has_one_of_the_three_bases():
    for code, rule in all_rules().items():
        bases = [base for base in (FileRule, RepositoryRule, ParseRule) if issubclass(rule, base)]
        assert len(bases) == 1, code
        assert rule.scope == {FileRule: "file", RepositoryRule: "repository", ParseRule: "parse"}[bases[0]]


@pytest.mark.parametrize("code", [c for c, r in all_rules().items() if r.scope == "file"])
def test_a_file_rule_is_typed_by_the_models_of_its_kinds(code):
    rule = all_rules()[code]
    parameter = model_parameter(rule)
    assert rule.kinds and set(rule.kinds) <= set(KINDS), code
    if parameter is typing.Any:
        assert set(rule.kinds) == set(KINDS), code  # only a rule on every kind takes any model
        return
    union = typing.get_origin(parameter) in (typing.Union, types.UnionType)
    models = set(typing.get_args(parameter)) if union else {parameter}
    assert models == {KIND_MODELS[kind] for kind in rule.kinds}, code


def test_a_repository_rule_reads_only_fields_of_summarised_kinds():
    for code, rule in all_rules().items():
        if rule.scope == "repository":
            assert set(rule.reads) <= {"community", "charter"}, code


def test_self_problem_carries_the_rules_code():
    rule = all_rules()["CV401"]()
    problem = rule.problem("message", at=("committee", "members"), key=True)
    assert (problem.code, problem.message, problem.at, problem.key) == (
        "CV401",
        "message",
        ("committee", "members"),
        True,
    )
