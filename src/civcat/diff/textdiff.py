"""Character diffs and article alignment: Chinese has no spaces, so text is compared character by character.

`char_diff(a, b)` gives the segments of a character diff, cleaned up so that a reader sees whole
changed phrases rather than a comb of one-character matches. `align(old, new)` pairs the articles
of two charters (or of a charter and its model) in order: equal articles, changed ones (a replaced
article whose text is similar, ratio ≥ 0.5), and removed and added ones.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

#: Two articles are the same article, changed, when their texts are at least this similar.
SIMILAR = 0.5

EQUAL, DELETE, INSERT = "=", "-", "+"


@lru_cache(maxsize=65536)
def normalize_text(text: str) -> str:
    """An article's text reduced for comparison: full-width → half-width (NFKC), no whitespace.

    Punctuation is kept: in a charter a changed comma can change the meaning. Titles of catalogue
    items are compared with `rules.catalogues.normalize_title`, which goes further.
    """
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(c for c in text if not c.isspace())


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0–1, character by character (difflib's ratio, no junk heuristic)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return matcher.quick_ratio() * 0.99  # below the threshold anyway: skip the exact ratio
    return matcher.ratio()


# --- character diff --------------------------------------------------------------------------------

Segment = tuple[str, str]  # (op, text): op is "=", "-" or "+"


def char_diff(a: str, b: str) -> list[Segment]:
    """The character diff of two texts: segments ("=", text), ("-", deleted), ("+", inserted).

    Within one change the deletion comes before the insertion. Short equal runs caught between two
    edits (a shared 的 or ，) are folded into the edits, as diff-match-patch's semantic clean-up
    does: "罚款五十元" → "批评教育" reads as one replacement, not as five fragments.
    """
    if a == b:
        return [(EQUAL, a)] if a else []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append((EQUAL, a[i1:i2]))
        else:
            if i2 > i1:
                segments.append((DELETE, a[i1:i2]))
            if j2 > j1:
                segments.append((INSERT, b[j1:j2]))
    return _cleanup(segments)


def _merge(segments: list[Segment]) -> list[Segment]:
    """Adjacent edits grouped (deletions first, then insertions) and empty segments dropped."""
    merged: list[Segment] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted:
            merged.append((DELETE, "".join(deleted)))
        if inserted:
            merged.append((INSERT, "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for op, text in segments:
        if not text:
            continue
        if op == DELETE:
            deleted.append(text)
        elif op == INSERT:
            inserted.append(text)
        else:
            flush()
            if merged and merged[-1][0] == EQUAL:
                merged[-1] = (EQUAL, merged[-1][1] + text)
            else:
                merged.append((EQUAL, text))
    flush()
    return merged


def _cleanup(segments: list[Segment]) -> list[Segment]:
    """Fold equal runs no longer than the edits on both sides of them into those edits, until stable."""
    segments = _merge(segments)
    changed = True
    while changed:
        changed = False
        for index, (op, text) in enumerate(segments):
            if op != EQUAL or index == 0 or index == len(segments) - 1:
                continue
            before = _edit_size(segments, index, -1)
            after = _edit_size(segments, index, 1)
            if before and after and len(text) <= before and len(text) <= after:
                segments = _merge([*segments[:index], (DELETE, text), (INSERT, text), *segments[index + 1 :]])
                changed = True
                break
    return segments


def _edit_size(segments: list[Segment], index: int, step: int) -> int:
    """The larger of the deletion and the insertion next to segments[index] on one side."""
    sizes = {DELETE: 0, INSERT: 0}
    index += step
    while 0 <= index < len(segments) and segments[index][0] != EQUAL:
        sizes[segments[index][0]] += len(segments[index][1])
        index += step
    return max(sizes.values())


def diff_counts(segments: list[Segment]) -> tuple[int, int]:
    """Characters deleted and inserted."""
    return (sum(len(t) for op, t in segments if op == DELETE), sum(len(t) for op, t in segments if op == INSERT))


# --- article alignment -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pair:
    """One step of an alignment: old index i and new index j (None on the side that lacks it).

    op: "equal" (same text), "changed" (similar text), "removed" (old only), "added" (new only),
    "moved" (same text, elsewhere in the order).
    """

    op: str
    i: int | None
    j: int | None
    ratio: float = 1.0

    @property
    def old(self) -> int:
        """i, for a pair that has an old side (every op but "added")."""
        if self.i is None:
            raise ValueError(f"{self.op} pair has no old index")
        return self.i

    @property
    def new(self) -> int:
        """j, for a pair that has a new side (every op but "removed")."""
        if self.j is None:
            raise ValueError(f"{self.op} pair has no new index")
        return self.j


def align(old: list[str], new: list[str], *, key=None, threshold: float = SIMILAR, score=None) -> list[Pair]:
    """Pair two lists of texts in order.

    Texts equal under `key` (default: exact) are "equal"; within each stretch that differs, old and
    new texts are paired in order to maximise their total similarity (`score(i, j)`, default the
    character similarity of the keys), a pair needing `threshold`; what stays unpaired is "removed"
    or "added". Finally a removed and an added text that are equal become one "moved" step. The
    result is in new-file order, removed texts placed where they stood.
    """
    key = key or (lambda t: t)
    ka, kb = [key(t) for t in old], [key(t) for t in new]
    score = score or (lambda i, j: similarity(ka[i], kb[j]))
    matcher = SequenceMatcher(None, ka, kb, autojunk=False)
    pairs: list[Pair] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs.extend(Pair("equal", i, j) for i, j in zip(range(i1, i2), range(j1, j2), strict=True))
        elif tag == "delete":
            pairs.extend(Pair("removed", i, None, 0.0) for i in range(i1, i2))
        elif tag == "insert":
            pairs.extend(Pair("added", None, j, 0.0) for j in range(j1, j2))
        else:
            pairs.extend(_pair_block(score, i1, i2, j1, j2, threshold))
    return _find_moves(pairs, ka, kb)


def _pair_block(score, i1: int, i2: int, j1: int, j2: int, threshold: float) -> list[Pair]:
    """Order-preserving pairing of a replaced stretch that maximises the summed similarity (a weighted LCS)."""
    m, n = i2 - i1, j2 - j1
    ratio = [[score(i1 + i, j1 + j) for j in range(n)] for i in range(m)]
    best = [[0.0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            take = ratio[i][j] + best[i + 1][j + 1] if ratio[i][j] >= threshold else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs: list[Pair] = []
    i = j = 0
    while i < m or j < n:
        if i < m and j < n and ratio[i][j] >= threshold and best[i][j] == ratio[i][j] + best[i + 1][j + 1]:
            pairs.append(Pair("changed", i1 + i, j1 + j, ratio[i][j]))
            i, j = i + 1, j + 1
        elif i < m and (j >= n or best[i][j] == best[i + 1][j]):
            pairs.append(Pair("removed", i1 + i, None, 0.0))
            i += 1
        else:
            pairs.append(Pair("added", None, j1 + j, 0.0))
            j += 1
    return pairs


def _find_moves(pairs: list[Pair], ka: list[str], kb: list[str]) -> list[Pair]:
    """A removed and an added text that are equal are one text moved: keep it at its new place."""
    removed: dict[str, list[int]] = {}
    for p in pairs:
        if p.op == "removed":
            removed.setdefault(ka[p.old], []).append(p.old)
    if not removed:
        return pairs
    moved_from: dict[int, int] = {}
    for p in pairs:
        if p.op == "added" and removed.get(kb[p.new]):
            moved_from[p.new] = removed[kb[p.new]].pop(0)
    if not moved_from:
        return pairs
    gone = set(moved_from.values())
    result = []
    for p in pairs:
        if p.op == "removed" and p.i in gone:
            continue
        if p.op == "added" and p.j in moved_from:
            result.append(Pair("moved", moved_from[p.j], p.j))
        else:
            result.append(p)
    return result
