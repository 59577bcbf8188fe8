"""What the clause analyser returns: one measure an article imposes, with the words that impose it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    code: str  # "CV601" … "CV608"
    start: int  # character offset in the text where the matched measure begins
    end: int  # offset just past it
    evidence: str  # text[start:end], the phrase that imposes the measure
    what: str  # short Chinese name of the measure, marked N_(): translate it where it is shown
    # the model's reading, not a rule's (rules/clauses/learned.py): a suggestion for a person to check
    inferred: bool = False
