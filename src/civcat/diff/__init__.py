"""Diffs: the county compared across communities, two communities side by side, two git revisions.

The library API (the CLI `civcat diff` is a thin layer over it):

    from civcat.diff import compare_across, compare_pair, git_diff, across_report, pair_report, git_report

* `compare_across(repository, township=None, kind=None)` → `Across` (`diff/across.py`, function `across`)
* `compare_pair(repository, "石门村", "500243001001")` → `PairDiff` (`diff/pair.py`)
* `git_diff(root, "main", None)` → `GitDiff`: changes and findings new/fixed (`diff/gitdiff.py`)
* `char_diff(a, b)`, `align(old, new)`: character diffs and article alignment (`diff/textdiff.py`)
* `git_report`, `across_report`, `pair_report`: each result in "text", "markdown" or "json" (`diff/reporters/`)

Submodules are imported on first use, so importing the package costs nothing.
"""

from __future__ import annotations

from typing import Any

_EXPORTS = {
    "compare_across": ("across", "across"),
    "Across": "across",
    "charter_distance": "across",
    "near_same": "across",
    "compare_pair": "pair",
    "find_community": "pair",
    "PairDiff": "pair",
    "git_diff": "gitdiff",
    "GitDiff": "gitdiff",
    "compare_findings": "gitdiff",
    "diff_data": "changes",
    "Change": "changes",
    "char_diff": "textdiff",
    "align": "textdiff",
    "normalize_text": "textdiff",
    "similarity": "textdiff",
    "across_report": "reporters",
    "pair_report": "reporters",
    "git_report": "reporters",
    "FORMATS": "reporters",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'civcat.diff' has no attribute {name!r}")
    module, attribute = module if isinstance(module, tuple) else (module, name)
    from importlib import import_module

    return getattr(import_module(f".{module}", __name__), attribute)
