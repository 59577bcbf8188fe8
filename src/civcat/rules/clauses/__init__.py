"""The clause analyser behind CV601–CV608: which measures a charter article imposes (its modules, in the
order an article goes through them, are listed in analyser.py's docstring).

A package of the legality rules, not a rule module: `rules.all_rules()` imports only the modules
of `rules/`, so the analyser's patterns are compiled only when a charter's text is analysed. Its names
are imported on first use, too: a run that finds every article's analysis in the cache
(`civcat.rules.legality.StoredMeasures`) reads `measure.Measure` without importing the analyser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .analyser import Measure, consequence_span, consequences_to_read, rule_measures, sentence_spans
    from .analyser import analyse as unlawful_measures  # the rules, then the learned complement (analyser.py)

__all__ = [
    "Measure",
    "consequence_span",
    "consequences_to_read",
    "rule_measures",
    "sentence_spans",
    "unlawful_measures",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import analyser

    return getattr(analyser, "analyse" if name == "unlawful_measures" else name)
