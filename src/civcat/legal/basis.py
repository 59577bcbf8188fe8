"""What a rule rests on: the articles and documents its page cites, all from civcat.legal.

A rule's page (`civcat rule CODE`) shows its legal basis. Rules never quote law by hand: they name
what they cite, and the words come from the data that tests check against the law texts:

    basis = RuleBasis("committee_size.village", "committee_size.community",
                      note=N_("人数上下限按选举日期选用当时施行的规定。"))

A name is one of
- a figure or provision of the dated parameter sets (`committee_size.village`,
  `vote_bodies.residents_meeting.quorum.persons`, `provisions.women_member.community`; see
  `LegalParameters.figures`): where the periods quote different articles, each is shown with its
  dates (“2018-12-29 至 2025-12-31：……” and “2026-01-01 起：……”), an article all periods share once;
- `laws.KEY`: an article of citations.yaml that is the same in every period (行政处罚法 …);
- `documents.KEY`: a standard, guidance or county document of citations.yaml, shown as its title
  and what it lays down.
The page reads in the interface language; `note` (marked with N_) follows the citations.
"""

from __future__ import annotations

import datetime as dt
import functools
from importlib.resources import files
from typing import Any

from pydantic import TypeAdapter
from ruamel.yaml import YAML

from ..i18n import _, current_language
from . import Citation, Figure, LegalParameters, _Frozen, parameter_sets


class Document(_Frozen):
    """A text that is not in shared/law: a standard, the 2018 guidance, the county's report."""

    document: str
    says: str

    def __str__(self) -> str:
        if current_language() == "zh":
            return f"{self.document}：{self.says}"
        return f"{_(self.document)}: {_(self.says)}"


class _LawText(_Frozen):
    citation: Citation


class _Texts(_Frozen):
    laws: dict[str, _LawText]
    documents: dict[str, Document]


@functools.cache
def _texts() -> _Texts:
    text = files(__package__).joinpath("citations.yaml").read_text(encoding="utf-8")
    return TypeAdapter(_Texts).validate_python(YAML(typ="safe").load(text))


def law_text(key: str) -> Citation:
    """An article of citations.yaml's `laws` (the same in every period): law_text("penalty_set")."""
    return _texts().laws[key].citation


def document(key: str) -> Document:
    """A document of citations.yaml's `documents`: document("guidance_procedure")."""
    return _texts().documents[key]


def cited_together(citations: list[Citation] | tuple[Citation, ...]) -> str:
    """Citations run together in one sentence, each without its full stop: …处罚；《村民委员会组织法》…"""
    if current_language() == "zh":
        return "；".join(str(c).rstrip("。") for c in citations)
    return "; ".join(str(c).rstrip(".") for c in citations)


def _period(sets: list[LegalParameters]) -> tuple[dt.date, dt.date | None]:
    return sets[0].valid_from, sets[-1].valid_until


def _label(period: tuple[dt.date, dt.date | None] | None) -> str:
    """“2018-12-29 至 2025-12-31：”, “2026-01-01 起：”, or "" for what every period shares."""
    if period is None:
        return ""
    start, end = period
    if end is None:
        return _("{start} 起：").format(start=start)
    return _("{start} 至 {end}：").format(start=start, end=end)


def _runs(indices: list[int]) -> list[list[int]]:
    """Consecutive runs of set indices: [0, 1, 3] → [[0, 1], [3]]."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def dated_citations(name: str) -> list[tuple[tuple[dt.date, dt.date | None] | None, Citation]]:
    """(period, citation) for a dated figure or provision: period None for an article every set
    quotes alike, else the days of the sets that quote it. KeyError when no set has the name."""
    sets = parameter_sets()
    figures: list[Figure | None] = [law.figure(name) for law in sets]
    if not any(figures):
        raise KeyError(f"no parameter set has {name!r}")
    # A later version follows the earlier one it replaces: order by place in its figure, then by set.
    first: dict[Citation, tuple[int, int]] = {}
    where: dict[Citation, list[int]] = {}
    for i, figure in enumerate(figures):
        for place, citation in enumerate(figure.citations if figure else ()):
            first.setdefault(citation, (place, i))
            where.setdefault(citation, []).append(i)
    found: list[tuple[tuple[dt.date, dt.date | None] | None, Citation]] = []
    for citation in sorted(first, key=first.__getitem__):
        if len(where[citation]) == len(sets):
            found.append((None, citation))
        else:
            found += [(_period([sets[i] for i in run]), citation) for run in _runs(where[citation])]
    return found


class RuleBasis:
    """A rule's `basis`: the names of what it cites and a note, read in the interface language.

    As a class attribute it reads as the page's text (`rule.basis` is a str); `names` and `note`
    stay available for tests and other outputs through `inspect.getattr_static`."""

    def __init__(self, *names: str, note: str = "") -> None:
        self.names = names
        self.note = note

    def lines(self) -> list[str]:
        seen: set[tuple[Any, Citation | Document]] = set()
        lines: list[str] = []
        for name in self.names:
            kind, _dot, key = name.partition(".")
            if kind == "laws":
                entries: list[tuple[Any, Citation | Document]] = [(None, law_text(key))]
            elif kind == "documents":
                entries = [(None, document(key))]
            else:
                entries = list(dated_citations(name))
            for period, text in entries:
                if (period, text) not in seen:
                    seen.add((period, text))
                    lines.append(_label(period) + str(text))
        if self.note:
            lines.append(_(self.note))
        return lines

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def __get__(self, instance: Any, owner: Any = None) -> str:
        return str(self)
