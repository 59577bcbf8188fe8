"""What the clause analyser returns: one measure an article imposes, with the words that impose it."""

from __future__ import annotations

from dataclasses import astuple, dataclass
from typing import Any


@dataclass(frozen=True)
class Measure:
    code: str  # "CV601" … "CV608"
    start: int  # character offset in the text where the matched measure begins
    end: int  # offset just past it
    evidence: str  # text[start:end], the phrase that imposes the measure
    what: str  # short Chinese name of the measure, marked N_(): translate it where it is shown
    # the model's reading, not a rule's (rules/clauses/learned.py): a suggestion for a person to check
    inferred: bool = False

    def as_row(self) -> list[Any]:
        """The measure as a JSON row (civcat.rules.legality keeps analyses in the cache by text)."""
        return list(astuple(self))

    @classmethod
    def from_row(cls, row: Any) -> Measure | None:
        """The measure a JSON row holds, or None when the row is not one (a damaged or older cache)."""
        kinds = (str, int, int, str, str, bool)
        if not isinstance(row, list) or len(row) != len(kinds):
            return None
        if not all(type(value) is kind for value, kind in zip(row, kinds, strict=True)):
            return None
        return cls(*row)
