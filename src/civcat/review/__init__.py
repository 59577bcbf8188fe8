"""The township's review opinion (审核意见) on a charter: `civcat review` (commands/review.py).

    opinions = review(root, "石门村")            # or review(root, township="500243112")
    write_opinions(opinions, out_dir, formats={"pdf", "markdown", "json"})
    apply_suggestions(root, opinions[0], out_dir)  # a copy of the draft with the suggestions

opinion.py builds the opinion from the charter's findings, suggest.py words the lawful
alternative, output.py writes markdown, JSON and the PDF (letter.typ.j2).
"""

from __future__ import annotations

from .opinion import ArticleReview, ArticleToRead, Opinion, Problem, review
from .output import (
    apply_suggestions,
    check_copies,
    check_copy_folder,
    opinion_json,
    opinion_markdown,
    opinion_pdf,
    write_opinions,
)

__all__ = [
    "ArticleReview",
    "ArticleToRead",
    "Opinion",
    "Problem",
    "apply_suggestions",
    "check_copies",
    "check_copy_folder",
    "opinion_json",
    "opinion_markdown",
    "opinion_pdf",
    "review",
    "write_opinions",
]
