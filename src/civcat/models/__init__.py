"""The pydantic models of every file kind: the single source of truth for validation and JSON Schema."""

from __future__ import annotations

from pydantic import BaseModel

from .catalogues import (
    AutonomyReference,
    Community,
    ConsultationReference,
    County,
    TriageReference,
)
from .charters import Charter, CharterModel

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

KINDS = tuple(KIND_MODELS)


def field_names() -> frozenset[str]:
    """Every key the format knows, in any kind and at any depth (for telling a typing slip from text)."""
    from pydantic import BaseModel

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

__all__ = ["KIND_MODELS", "KINDS", "FORMAT_VERSIONS", "County", "TriageReference", "ConsultationReference",
           "AutonomyReference", "Community", "Charter", "CharterModel"]
