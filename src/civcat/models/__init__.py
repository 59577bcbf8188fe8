"""The pydantic models of every file kind: the single source of truth for validation and JSON Schema."""

from __future__ import annotations

from .catalogues import (
    AutonomyReference,
    Community,
    ConsultationReference,
    County,
    TriageReference,
)
from .charters import Charter, CharterModel

#: The `kind` value of each file and its model.
KIND_MODELS = {
    "county": County,
    "triage-reference": TriageReference,
    "consultation-reference": ConsultationReference,
    "autonomy-reference": AutonomyReference,
    "community": Community,
    "charter": Charter,
    "charter-model": CharterModel,
}

KINDS = tuple(KIND_MODELS)
FORMAT_VERSIONS = (1,)

__all__ = ["KIND_MODELS", "KINDS", "FORMAT_VERSIONS", "County", "TriageReference", "ConsultationReference",
           "AutonomyReference", "Community", "Charter", "CharterModel"]
