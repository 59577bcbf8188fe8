"""The pydantic models of every file kind: the single source of truth for validation and JSON Schema."""

from __future__ import annotations

import functools
from typing import Literal, get_args

from pydantic import BaseModel

from ..i18n import N_
from .catalogues import (
    AutonomyReference,
    Community,
    ConsultationReference,
    County,
    TriageReference,
)
from .charters import Charter, CharterModel
from .types import labels

#: The `kind` value of each file and its model.
KIND_MODELS: dict[str, type[BaseModel]] = {
    "county": County,
    "triage-reference": TriageReference,
    "consultation-reference": ConsultationReference,
    "autonomy-reference": AutonomyReference,
    "community": Community,
    "charter": Charter,
    "charter-model": CharterModel,
}

Kind = Literal[
    "county",
    "triage-reference",
    "consultation-reference",
    "autonomy-reference",
    "community",
    "charter",
    "charter-model",
]
KIND_LABELS = labels(
    Kind,
    {
        "county": N_("县和乡镇"),
        "triage-reference": N_("三事分流参考事项清单"),
        "consultation-reference": N_("协商事项清单"),
        "autonomy-reference": N_("三张清单"),
        "community": N_("村（社区）目录"),
        "charter": N_("村规民约、居民公约"),
        "charter-model": N_("示范文本"),
    },
)
KINDS: tuple[str, ...] = get_args(Kind)


@functools.cache
def field_names() -> frozenset[str]:
    """Every key the format knows, in any kind and at any depth (for telling a typing slip from text)."""
    names: set[str] = {"civcat", "kind"}
    seen: set[type] = set()

    def visit(model: type[BaseModel]) -> None:
        if model in seen:
            return
        seen.add(model)
        for name, info in model.model_fields.items():
            names.add(info.alias or name)
            for sub in _models_in(info.annotation):
                visit(sub)

    for model in KIND_MODELS.values():
        visit(model)
    return frozenset(names)


def _models_in(annotation: object) -> list[type]:
    from typing import get_args

    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in get_args(annotation) for model in _models_in(arg)]


FORMAT_VERSIONS = (1,)

__all__ = [
    "KIND_LABELS",
    "KIND_MODELS",
    "KINDS",
    "Kind",
    "FORMAT_VERSIONS",
    "County",
    "TriageReference",
    "ConsultationReference",
    "AutonomyReference",
    "Community",
    "Charter",
    "CharterModel",
]
