"""Small text helpers shared by messages: nearest-name suggestions and quoting."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .i18n import _


def nearest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate closest to `word` (for "did you mean"), or None when nothing is close."""
    candidates = list(candidates)
    lowered = {c.lower(): c for c in candidates}
    match = difflib.get_close_matches(str(word).lower(), list(lowered), n=1, cutoff=0.6)
    if match:
        return lowered[match[0]]
    # Short typos ("membrs") fall under difflib's ratio; a shared prefix is still a good hint.
    for c in candidates:
        if len(word) >= 3 and (c.startswith(word[:3]) or word.startswith(c[:3])):
            return c
    return None


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """The end of a sentence: "，是否应为 `hint`？" when a candidate is close, else "。"."""
    hint = nearest(word, candidates)
    return _("，是否应为 `{hint}`？").format(hint=hint) if hint else _("。")


def series(values: Iterable[str]) -> str:
    """Items of a list in running text: 甲、乙、丙 (in English: a, b, c)."""
    return _("、").join(values)


def listing(values: Iterable[str]) -> str:
    """Names as written in YAML, each in backquotes: `village`、`community`."""
    return series(f"`{v}`" for v in values)


def listing_with_labels(values: Iterable[str], labels: dict[str, str]) -> str:
    """Allowed values as written in YAML, each with its meaning: `village`（村）、`community`（社区）.

    `labels` is a label table of the models (Chinese, marked with N_); a value without a label is listed alone.
    """
    return series(
        _("`{value}`（{label}）").format(value=v, label=_(labels[v])) if labels.get(v) else f"`{v}`" for v in values
    )
