"""The three diffs out, one reporter each, every one in text (rich tables, highlighted character diffs),
markdown (a pull-request comment) and json:

* `git_report(diff, fmt, color=...)`: `civcat diff --git` (`git.py`)
* `across_report(result, fmt, color=..., limit=...)`: `civcat diff --across` (`across.py`)
* `pair_report(result, fmt, color=...)`: `civcat diff A B` (`pair.py`)

What they share: values in words (`words.py`), markdown escaping and the rich console (`markup.py`).
rich is imported only when text is written.
"""

from __future__ import annotations

from .across import across_report
from .git import git_report
from .pair import pair_report

FORMATS = ("text", "markdown", "json")

__all__ = ["FORMATS", "across_report", "git_report", "pair_report"]
