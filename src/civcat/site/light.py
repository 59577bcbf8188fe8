"""Charters kept light for the report: the same fields as the model, in slotted objects.

A pydantic model instance costs some 400 bytes besides its values; a charter has forty of them
(chapters, articles), so 12,000 charters took 440 MB as models and take about a quarter of that
here. Everything that reads a charter by attribute (render.documents.prepare_charter,
diff.across, the site's pages) reads these alike; nothing validates or writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(slots=True, frozen=True)
class LightArticle:
    text: str | None


@dataclass(slots=True, frozen=True)
class LightChapter:
    title: str
    topic: str | None
    articles: tuple[LightArticle, ...]


@dataclass(slots=True, frozen=True)
class LightCharter:
    civcat: int
    kind: str
    community: str
    type: str
    title: str
    status: str
    revision: int | None
    model: str | None
    procedure: Any
    vote: Any
    filed_with: str | None
    chapters: tuple[LightChapter, ...]
    points: Any


def light_charter(charter) -> LightCharter:
    """The charter model's values in light objects (procedure, vote and points stay models: one each)."""
    chapters = tuple(
        LightChapter(c.title, c.topic, tuple(LightArticle(a.text) for a in c.articles)) for c in charter.chapters
    )
    return LightCharter(
        charter.civcat,
        charter.kind,
        charter.community,
        charter.type,
        charter.title,
        charter.status,
        charter.revision,
        charter.model,
        charter.procedure,
        charter.vote,
        charter.filed_with,
        chapters,
        charter.points,
    )
