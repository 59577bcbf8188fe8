"""The learned complement of the clause analyser (issue 14): a model of wording that adds a finding the rules
missed, marked as the model's reading (Measure.inferred), for a person to check.

The model is one-vs-rest logistic regression, one output per code CV601–CV608, over binary character
1–4-grams of the article as the analyser's structure reader parts it (bench/learned_experiment.py, "cons"):

- Q: the consequence part of each sub-clause (after its condition and after 违者/否则) in penalty context;
- q: a consequence part outside penalty context;
- N: what follows a prohibition (不得, 严禁 …) in a consequence, so that 不得罚款 does not count as 罚款.

Digits are folded to 0 (200元 and 50元 are one feature). The weights are in learned_weights.json beside this
module, written by scripts/train_clause_model.py (numpy, a training tool only): this module is pure Python and
reads the file lazily, once.

Guards (chosen by nested leave-group-out cross-validation, bench/learned_cv.py; docs/clause-analyser-decisions.md,
"The learned complement"): a code is added only when its score reaches the code's threshold, the rules gave no
finding with that code in the article, and the words that carry the weight are a consequence in penalty context
(a Q part), never a prohibition's or negation's scope, and never in a sentence where the rules found something
(what they leave beside their finding is on the review's reading list). Further guards are named in the weights file ("guard").
The finding quotes that consequence part.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from ...i18n import N_
from ..text import simplified_in_place
from .analysis import _in_penalty_context, _Sentence, sentence_spans
from .measure import Measure
from .structure import _CONSEQUENCE_RESET, _PROHIBITION, _SEMICOLON

CODES = tuple(f"CV60{n}" for n in range(1, 9))
WEIGHTS_FILE = "learned_weights.json"
_DIGIT = re.compile(r"[0-9０-９]")
_SPACE = re.compile(r"\s+")
# what the finding is called where it is shown (a Chinese name, translated where it is shown)
WHAT = N_("按用语推断的措施（请人工核对）")


def segments(text: str) -> list[tuple[str, int, int]]:
    """(namespace, start, end) of the parts of the article the model reads, in text order: Q a consequence in
    penalty context, q one outside it, N what follows a prohibition in a consequence. Offsets are the text's
    own (traditional characters are read as simplified, one for one)."""
    read = simplified_in_place(text)
    out: list[tuple[str, int, int]] = []
    carried = False
    for start, end in sentence_spans(read):
        sent = _Sentence(read, start, end, carried=carried)
        for clause in sent.clauses:
            begin = max(clause.start, clause.cond_end)
            for marker in _CONSEQUENCE_RESET.finditer(read, begin, clause.end):
                begin = marker.end()
            if begin >= clause.end:
                continue
            ns = "Q" if _in_penalty_context(sent, begin, topic=True) else "q"
            ban = _PROHIBITION.search(read, begin, clause.end)
            cut = ban.start() if ban else clause.end
            if cut > begin:
                out.append((ns, begin, cut))
            if ban:
                out.append(("N", cut, clause.end))
        carried = _SEMICOLON.match(read, end) is not None and _in_penalty_context(sent, end)
    return out


def segment_features(ns: str, words: str, top: int = 4) -> set[str]:
    """The binary features of one part: its character 1–`top`-grams, prefixed by its namespace."""
    words = _DIGIT.sub("0", _SPACE.sub("", words))
    feats = set()
    for n in range(1, top + 1):
        for i in range(len(words) - n + 1):
            feats.add(ns + words[i : i + n])
    return feats


def features(text: str, segs: list[tuple[str, int, int]] | None = None) -> set[str]:
    """Every feature of the article (what the model is trained on)."""
    read = simplified_in_place(text)
    out: set[str] = set()
    for ns, start, end in segments(text) if segs is None else segs:
        out |= segment_features(ns, read[start:end])
    return out


class LearnedModel:
    """The weights, the per-code thresholds and the guard, as the training script wrote them."""

    def __init__(self, data: dict) -> None:
        self.codes: list[str] = data["codes"]
        scale = float(data.get("scale", 1.0))
        self.bias = [float(b) for b in data["bias"]]
        # feature -> sparse {code index: weight}
        self.weights: dict[str, dict[int, float]] = {
            f: {int(j): w / scale for j, w in row.items()} for f, row in data["weights"].items()
        }
        self.thresholds: dict[str, float] = {c: float(t) for c, t in data["thresholds"].items()}
        self.guard: dict = data.get("guard", {})
        # every prefix of a weighted feature: reading a part stops lengthening an n-gram once it is no prefix
        self.prefixes: frozenset[str] = frozenset(f[:k] for f in self.weights for k in range(2, len(f) + 1))

    def hits(self, ns: str, words: str, top: int = 4) -> set[str]:
        """The weighted features of one part (segment_features, keeping only those with a weight)."""
        words = _DIGIT.sub("0", _SPACE.sub("", words))
        weights, prefixes, out = self.weights, self.prefixes, set()
        length = len(words)
        for i in range(length):
            for n in range(1, min(top, length - i) + 1):
                f = ns + words[i : i + n]
                if f not in prefixes:
                    break
                if f in weights:
                    out.add(f)
        return out

    def scores(self, feats: set[str]) -> list[float]:
        """The probability of each code."""
        z = list(self.bias)
        for f in feats:
            row = self.weights.get(f)
            if row:
                for j, w in row.items():
                    z[j] += w
        return [1.0 / (1.0 + math.exp(-max(min(v, 30.0), -30.0))) for v in z]

    def weight(self, feats: set[str], j: int) -> float:
        return sum(self.weights.get(f, {}).get(j, 0.0) for f in feats)


@lru_cache(maxsize=1)
def model() -> LearnedModel | None:
    """The shipped model, read once; None when the package has no weights file."""
    try:
        raw = resources.files(__package__).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    return LearnedModel(json.loads(raw))


def candidates(text: str, found: list[Measure], m: LearnedModel) -> list[tuple[str, float, str, int, int]]:
    """Every code the rules did not find, with the model's score and the part that carries the most weight for
    it: (code, probability, namespace of that part or "", start, end). Thresholds and guards are applied by
    learned_measures (and, for cross-validation, by bench/learned_cv.py)."""
    segs = segments(text)
    read = simplified_in_place(text)
    per_seg = [(ns, start, end, segment_features(ns, read[start:end])) for ns, start, end in segs]
    feats: set[str] = set()
    for *_, f in per_seg:
        feats |= f
    probs = m.scores(feats)
    have = {x.code for x in found}
    out = []
    for j, code in enumerate(m.codes):
        if code in have:
            continue
        out.append((code, probs[j], *(_heaviest_part(per_seg, m, j) or ("", 0, 0))))
    return out


def _heaviest_part(per_seg: list, m: LearnedModel, j: int) -> tuple[str, int, int] | None:
    """The part (namespace, start, end) whose own n-grams weigh most for output j, never a prohibition's scope
    (N); None when no part weighs for it."""
    best, best_w = None, 0.0
    for ns, start, end, f in per_seg:
        if ns == "N":
            continue
        w = m.weight(f, j)
        if w > best_w:
            best, best_w = (ns, start, end), w
    return best


# A part that gives a full share: the model folds digits (按100%享受 reads as 按50%享受), so it cannot tell a
# full share from a cut one; it stays silent there (the rules judge proportions).
_FULL_SHARE = re.compile(r"(?<![0-9.])100\s*[%％]|百分之百|全额|足额")


def learned_measures(text: str, found: list[Measure], the_model: LearnedModel | None = None) -> list[Measure]:
    """The measures the model adds to `found` (the rules' findings for the same text), each marked inferred and
    quoting the consequence part that carried the most weight for its code (what `candidates` gives, read
    faster: only the n-grams that have a weight)."""
    m = the_model if the_model is not None else model()
    if m is None or not text:
        return []
    guard = m.guard
    if guard.get("rules_silent") and found:
        return []
    have = {x.code for x in found}
    wanted = [(j, c) for j, c in enumerate(m.codes) if c not in have and m.thresholds.get(c, 2.0) <= 1.0]
    if not wanted:
        return []
    read = simplified_in_place(text)
    per_seg = [(ns, start, end, m.hits(ns, read[start:end])) for ns, start, end in segments(text)]
    feats: set[str] = set()
    for *_, f in per_seg:
        feats |= f
    probs = m.scores(feats)
    # the sentences in which the rules found something: the model never speaks there (the rules have read that
    # sentence's consequences; what they leave beside their finding is on the review's reading list)
    flagged = [(s, e) for s, e in sentence_spans(read) if any(s <= x.start < e for x in found)] if found else []
    out: list[Measure] = []
    for j, code in wanted:
        if probs[j] < m.thresholds[code]:
            continue
        best = _heaviest_part(per_seg, m, j)
        # the words that carry the weight must be a consequence part (never a prohibition's scope), and one in
        # penalty context when the guard says so
        if best is None or (best[0] != "Q" and guard.get("consequence", True)):
            continue
        ns, start, end = best
        if _FULL_SHARE.search(text, start, end) or any(s <= start < e for s, e in flagged):
            continue
        out.append(Measure(code, start, end, text[start:end], WHAT, inferred=True))
    return out
