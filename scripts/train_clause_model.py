"""Train the clause analyser's learned complement and write src/civcat/rules/clauses/learned_weights.json.

    python scripts/train_clause_model.py            # train on every labelled set, choose thresholds, write
    python scripts/train_clause_model.py --check    # train and compare with the shipped file (exit 1 if not equal)
    bash scripts/retrain_clause_model.sh            # after rule changes: look-alikes again, train, the tests

Deterministic: sets in sorted order, features in sorted order, full-batch Adam from zeros (no randomness).
Needs numpy (a training tool only; the runtime, rules/clauses/learned.py, is pure Python).

Training data: every held-out set bench/data/heldout/clause_eval_heldout_*.yaml and every tuning set
bench/data/clause_eval*.yaml. The per-code thresholds and the guard are chosen exactly as in the nested
cross-validation (bench/learned_cv.py): out-of-fold scores over the writer batches, the rules' codes of each
batch those of the last analyser that had not read it (bench/data/learned_blind_rules.json), then SETUPS below.
Then the veto (`veto`): each code's threshold is raised until the final model flags no look-alike of the rule
tests and every tuning set keeps its tests' bar, so a retrain yields weights the tests accept.
Retrain after new labelled sets are opened or the rules changed (DEVELOPERS.md).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from ruamel.yaml import YAML

from civcat.rules.clauses.analysis import unlawful_measures as rule_measures
from civcat.rules.clauses.learned import CODES, WEIGHTS_FILE, LearnedModel, candidates, features, learned_measures

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
OUT = ROOT / "src" / "civcat" / "rules" / "clauses" / WEIGHTS_FILE
LOOKALIKES = DATA / "clause_lookalikes.yaml"
BLIND_RULES = DATA / "learned_blind_rules.json"  # the rules' codes of the last analyser that had not read each set
SCALE = 1000  # weights are stored as integers of weight × SCALE
PRUNE = 0.03  # a weight smaller than this (in absolute value) is dropped

# Writer batches of the held-out sets (each written by its own writers during one round); the tuning sets
# (bench/data/clause_eval*.yaml) are always training data, never a test batch.
BATCHES = {
    "a-h": "a b c d e f g h",
    "i-l": "i j k l",
    "m-p": "m n o p",
    "q-x": "q r s t u v w x",
    "y-ab": "y z aa ab",
    "ac-af": "ac ad ae af",
    "ag-aj": "ag ah ai aj",
    "ak-ap": "ak al am an ao ap",
    "aq-as": "aq ar as",
    "at-az": "at au av aw ax ay az",
    "ba-bi": "ba bb bc bd be bf bg bh bi",
    "bj-bo": "bj bk bl bm bn bo",
}
BATCH_OF = {s: b for b, names in BATCHES.items() for s in names.split()}

TARGETS = (0.95, 0.97, 0.98, 0.99, 1.0)
GRID = [round(x, 2) for x in np.arange(0.30, 0.99, 0.02)] + [0.99]


def _labelled_paths() -> list[Path]:
    """The held-out sets of a batch in BATCHES, then the tuning sets. A held-out set in no batch is still blind
    (written for the next measurement): it is never trained on, whatever lies in the folder."""
    heldout = sorted((DATA / "heldout").glob("clause_eval_heldout_*.yaml"))
    opened = [p for p in heldout if p.stem.removeprefix("clause_eval_heldout_") in BATCH_OF]
    return opened + sorted(DATA.glob("clause_eval*.yaml"))


def load_sets() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Every labelled set by name: held-out sets by their letters, the tuning sets by file stem."""
    yaml = YAML(typ="safe")
    paths = _labelled_paths()
    sets = {}
    for path in paths:
        name = path.stem.removeprefix("clause_eval_heldout_") if path.parent.name == "heldout" else path.stem
        data = yaml.load(path.read_text(encoding="utf-8"))
        sets[name] = [(item["text"], frozenset(item["codes"])) for item in data["articles"]]
    if LOOKALIKES.exists():
        # the rule tests' clean look-alikes (scripts/collect_lookalikes.py): training only, never a test batch
        # (not in BATCHES); a text a labelled set also holds keeps that set's label only
        labelled = {t for arts in sets.values() for t, _ in arts}
        data = yaml.load(LOOKALIKES.read_text(encoding="utf-8"))
        arts = [(item["text"], frozenset(item["codes"])) for item in data["articles"]]
        # only the clean ones are training labels: a test that accepts the rules' codes on a text says that no
        # other code may be added, not that its words hold none (a part beside a rule's finding is left to the
        # reading list); those texts are the veto's alone
        sets[LOOKALIKES.stem] = [(t, lab) for t, lab in arts if t not in labelled and not lab]
    return sets


# ---------------------------------------------------------------- model (numpy, training only)


def _runs(sorted_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    starts = np.flatnonzero(np.r_[True, sorted_ids[1:] != sorted_ids[:-1]]) if len(sorted_ids) else sorted_ids
    return starts, sorted_ids[starts]


def adam(
    rows: np.ndarray, cols: np.ndarray, y: np.ndarray, v: int, l2: float, steps: int, rate: float
) -> tuple[np.ndarray, np.ndarray]:
    """Weights (v × codes) and biases of one-vs-rest logistic regression over the binary matrix whose nonzeros
    are (rows, cols), full batch, Adam from zeros. X @ w and X.T @ g are sums over runs of the nonzeros sorted by
    row, then by column (the order within a row is the caller's: bench/learned_experiment.py keeps its own)."""
    n = len(y)
    row_starts, row_ids = _runs(rows)
    by_col = np.argsort(cols, kind="stable")
    col_starts, col_ids = _runs(cols[by_col])
    rows_by_col = rows[by_col]
    w = np.zeros((v, len(CODES)))
    b = np.log((y.mean(0) + 1e-3) / (1 - y.mean(0) + 1e-3))
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for t in range(1, steps + 1):
        z = np.zeros((n, len(CODES)))
        z[row_ids] = np.add.reduceat(w[cols], row_starts)
        p = 1 / (1 + np.exp(-(z + b)))
        g = (p - y) / n
        gw = 2 * l2 * w
        gw[col_ids] += np.add.reduceat(g[rows_by_col], col_starts)
        gb = g.sum(0)
        for param, grad, m, s in ((w, gw, m_w, v_w), (b, gb, m_b, v_b)):
            m *= 0.9
            m += 0.1 * grad
            s *= 0.999
            s += 0.001 * grad * grad
            param -= rate * (m / (1 - 0.9**t)) / (np.sqrt(s / (1 - 0.999**t)) + 1e-8)
    return w, b


def fit(docs: list[set[str]], labels: list[frozenset[str]], l2=3e-4, steps=300, rate=0.05, min_df=2) -> dict:
    """One-vs-rest logistic regression over binary features, full batch, Adam (bench/learned_experiment.py).
    Returns the model as the weights file stores it (pruned, integer weights)."""
    df = Counter(f for feats in docs for f in feats)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in df.items() if c >= min_df))}
    rows, cols = [], []
    for r, feats in enumerate(docs):
        idx = sorted(vocab[f] for f in feats if f in vocab)
        cols.extend(idx)
        rows.extend([r] * len(idx))
    rows, cols = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
    y = np.array([[c in lab for c in CODES] for lab in labels], dtype=np.float64)
    w, b = adam(rows, cols, y, len(vocab), l2, steps, rate)
    names = sorted(vocab, key=vocab.get)
    weights = {}
    for i, f in enumerate(names):
        row = {str(j): int(round(w[i, j] * SCALE)) for j in range(len(CODES)) if abs(w[i, j]) >= PRUNE}
        if row:
            weights[f] = row
    return {
        "codes": list(CODES),
        "scale": SCALE,
        "bias": [round(float(x), 4) for x in b],
        "weights": weights,
        "thresholds": {c: 2.0 for c in CODES},
        "guard": {},
    }


# ---------------------------------------------------------------- out-of-fold candidates and the setup


def oof_candidates(sets, feats, rules, train_names, folds, drop_texts=frozenset()):
    """Out-of-fold model candidates for every article of the batches in `folds` (a list of lists of set names):
    each fold's sets are scored by a model trained on `train_names` minus that fold (minus any article whose
    text is in the fold or in drop_texts). Returns [(labels, rule codes, candidates)]."""
    out = []
    for held in folds:
        held_texts = {t for s in held for t, _ in sets[s]} | drop_texts
        docs, labs = [], []
        for s in train_names:
            if s in held:
                continue
            for (t, lab), f in zip(sets[s], feats[s], strict=True):
                if t not in held_texts:
                    docs.append(f)
                    labs.append(lab)
        m = LearnedModel(fit(docs, labs))
        for s in held:
            for i, (t, lab) in enumerate(sets[s]):
                out.append((lab, rules[s][i], candidates(t, [], m)))
    return out


def added(cands, th, setup):
    """The codes the setup adds to one article's rule codes."""
    rules_codes, cs = cands
    if setup["rules_silent"] and rules_codes:
        return frozenset()
    return frozenset(c for c, p, ns, _, _ in cs if p >= th[c] and ns and (ns == "Q" or not setup["consequence"]))


def choose_thresholds(oof, target, setup) -> dict[str, float]:
    """Per code, the lowest threshold at which the model is right on >= target of the articles it gives the code
    (and gives it at least 5): basis "added", only where the setup would add it to the rules' findings; basis
    "alone", wherever the model gives it (the model's own precision, as bench/learned_experiment.py chose).
    2.0 (never) when none is."""
    th = {}
    alone = setup["basis"] == "alone"
    scored_by: dict[str, list] = {code: [] for code in CODES}  # (probability, right) where it could be given
    for lab, rc, cs in oof:
        if not alone and setup["rules_silent"] and rc:
            continue
        for c, p, ns, _, _ in cs:
            if (alone or c not in rc) and ns and (ns == "Q" or not setup["consequence"]):
                scored_by[c].append((p, c in lab))
    for code in CODES:
        scored = scored_by[code]
        th[code] = 2.0
        probs = np.array([p for p, _ in scored])
        rights = np.array([r for _, r in scored], dtype=bool)
        for t in GRID:
            given = probs >= t
            n = int(given.sum())
            if n >= 5 and int((given & rights).sum()) / n >= target:
                th[code] = t
                break
    return th


def tally(rows):
    """rows: (labels, reported codes). Counts by code and by article."""
    s = Counter()
    for expected, reported in rows:
        s["expected"] += len(expected)
        s["reported"] += len(reported)
        s["found"] += len(expected & reported)
        s["unlawful"] += bool(expected)
        s["unlawful_right"] += bool(expected) and expected <= reported
        s["flagged"] += bool(reported)
        s["flagged_unlawful"] += bool(reported and expected)
        s["clean"] += not expected
        s["clean_flagged"] += bool(reported and not expected)
    return s


def union_rows(oof, th, setup):
    return [(lab, frozenset(rc) | added((rc, cs), th, setup)) for lab, rc, cs in oof]


SETUPS = [
    {"target": t, "rules_silent": rs, "consequence": cq, "basis": basis}
    for basis in ("added", "alone")
    for t in TARGETS
    for rs in (False, True)
    for cq in (True, False)
]


def choose_setup(oof, floor=0.98, new_floor=None):
    """The setup (threshold target, guards) with the most recall by article on the out-of-fold articles among
    those that keep, at >= floor, both the precision by article of rules ∪ model and that of the articles only
    the model flags (the rules were tuned on these sets, so the first alone would flatter the model's
    additions); then the most precision by code."""
    best = None
    for setup in SETUPS:
        th = choose_thresholds(oof, setup["target"], setup)
        rows = union_rows(oof, th, setup)
        s = tally(rows)
        new = [bool(lab) for (lab, rc, _), (_, u) in zip(oof, rows, strict=True) if u and not rc]
        new_prec = sum(new) / len(new) if new else 1.0
        prec = s["flagged_unlawful"] / max(s["flagged"], 1)
        key = (
            prec >= floor and new_prec >= (floor if new_floor is None else new_floor),
            s["unlawful_right"],
            s["found"] / max(s["reported"], 1),
        )
        if best is None or key > best[0]:
            best = (key, setup, th)
    return best[1], best[2]


def batch_folds(names, k):
    """The held-out batches among `names`, split into k folds of whole batches, in a fixed order."""
    batches = sorted({BATCH_OF[s] for s in names if s in BATCH_OF})
    folds = [[] for _ in range(min(k, len(batches)))]
    for i, b in enumerate(batches):
        folds[i % len(folds)].extend(sorted(s for s in names if BATCH_OF.get(s) == b))
    return folds


def load_ids() -> dict[str, list[str]]:
    """The article ids of every labelled set, in load_sets' order."""
    yaml = YAML(typ="safe")
    paths = _labelled_paths()
    out = {}
    for path in paths:
        name = path.stem.removeprefix("clause_eval_heldout_") if path.parent.name == "heldout" else path.stem
        out[name] = [str(item.get("id", "")) for item in yaml.load(path.read_text(encoding="utf-8"))["articles"]]
    sets = load_sets()
    if LOOKALIKES.stem in sets:
        out[LOOKALIKES.stem] = [""] * len(sets[LOOKALIKES.stem])
    return out


def blind_oof(oof_by_batch, blind_path) -> dict[str, list]:
    """The out-of-fold rows of the batches whose every set has blind rules (a JSON file: set -> {"commit",
    "codes": {article id: [codes]}}, the codes of the last analyser that had not read that set), with those
    rules' codes in place of the current analyser's and the labels as the sets give them now. The model's
    scores do not depend on the rules. Batches without blind rules are left out: they stay training data."""
    blind = json.loads(Path(blind_path).read_text(encoding="utf-8"))
    sets, ids = load_sets(), load_ids()
    out = {}
    for batch, rows in oof_by_batch.items():
        held = sorted(s for s in sets if BATCH_OF.get(s) == batch)
        if not held or any(s not in blind for s in held):
            continue
        now = [
            (lab, frozenset(blind[s]["codes"][i])) for s in held for (_, lab), i in zip(sets[s], ids[s], strict=True)
        ]
        out[batch] = [(lab, rc, cs) for (lab, rc), (_, _, cs) in zip(now, rows, strict=True)]
    return out


def prepare(sets):
    feats = {s: [features(t) for t, _ in arts] for s, arts in sets.items()}
    rules = {s: [frozenset(m.code for m in rule_measures(t)) for t, _ in arts] for s, arts in sets.items()}
    return feats, rules


def lobo_oof(sets, feats, rules, batches=None) -> dict[str, list]:
    """Leave-one-batch-out candidates: for each writer batch, its articles scored by a model trained on every
    other set (tuning sets included) without any article whose text is in the batch."""
    names = sorted(sets)
    out = {}
    for batch in batches or BATCHES:
        held = sorted(s for s in names if BATCH_OF.get(s) == batch)
        out[batch] = oof_candidates(sets, feats, rules, names, [held])
    return out


# ---------------------------------------------------------------- the veto: the tests' sentences

PRECISION_BAR = 0.97  # tests/test_clauses.py test_evaluation_sets_meet_the_goals, on every tuning set


def _above(p: float) -> float:
    """The lowest threshold of the grid that a score p does not reach (2.0, never, when none is)."""
    return next((t for t in GRID if t > p), 2.0)


def veto(data: dict, sets) -> tuple[dict[str, float], dict[str, list[float]]]:
    """Raise the thresholds the cross-validation chose until the final model (`data`, its guard, the rules as
    checked out) keeps every test's bar: no look-alike of the rule tests (bench/data/clause_lookalikes.yaml, each
    text with the codes the tests accept) gets another code; no clean article of a tuning set
    (bench/data/clause_eval*.yaml) gets any; every tuning set keeps precision by code >= 97 %, the wrong addition
    with the lowest score removed first. Deterministic. Returns the thresholds and {code: [before, after]} of
    those that moved (after 2.0: the code is no longer given)."""
    th = dict(data["thresholds"])
    given = [c for c in CODES if th[c] <= 1.0]
    m = LearnedModel({**data, "thresholds": {c: 0.0 if c in given else 2.0 for c in CODES}})

    def additions(text: str) -> tuple[frozenset[str], list[tuple[str, float]]]:
        found = rule_measures(text)
        probs = m.scores(features(text))
        return frozenset(x.code for x in found), [
            (x.code, probs[CODES.index(x.code)]) for x in learned_measures(text, found, m)
        ]

    yaml = YAML(typ="safe")
    looks = yaml.load(LOOKALIKES.read_text(encoding="utf-8"))["articles"] if LOOKALIKES.exists() else []
    for item in looks:
        for c, p in additions(item["text"])[1]:
            if c not in item["codes"]:
                th[c] = max(th[c], _above(p))
    tuning = [s for s in sorted(sets) if s.startswith("clause_eval")]
    scored = {s: [(lab, *additions(t)) for t, lab in sets[s]] for s in tuning}
    for rows in scored.values():
        for lab, _, adds in rows:
            for c, p in adds:
                if not lab:
                    th[c] = max(th[c], _above(p))
    while True:
        worst = None
        for rows in scored.values():
            reported = found = 0
            wrong = []
            for lab, rc, adds in rows:
                codes = rc | {c for c, p in adds if p >= th[c]}
                reported += len(codes)
                found += len(codes & lab)
                wrong += [(p, c) for c, p in adds if p >= th[c] and c not in lab]
            if reported and found / reported < PRECISION_BAR and wrong:
                worst = min(wrong + ([worst] if worst else []))
        if worst is None:
            break
        th[worst[1]] = _above(worst[0])
    moved = {c: [float(data["thresholds"][c]), float(th[c])] for c in CODES if th[c] != data["thresholds"][c]}
    return th, moved


def train(sets, feats, rules, oof_by_batch=None, blind_rules=None, save_oof=None) -> dict:
    names = sorted(sets)
    oof_by_batch = oof_by_batch or lobo_oof(sets, feats, rules)
    if save_oof:
        with open(save_oof, "wb") as f:
            pickle.dump(oof_by_batch, f)
    if blind_rules:
        oof_by_batch = blind_oof(oof_by_batch, blind_rules)
    oof = [row for b in BATCHES if b in oof_by_batch for row in oof_by_batch[b]]
    setup, th = choose_setup(oof)
    docs = [f for s in names for f in feats[s]]
    labs = [lab for s in names for _, lab in sets[s]]
    data = fit(docs, labs)
    data["thresholds"] = th
    data["guard"] = {"rules_silent": setup["rules_silent"], "consequence": setup["consequence"]}
    th, moved = veto(data, sets)
    before, after = tally(union_rows(oof, data["thresholds"], setup)), tally(union_rows(oof, th, setup))
    print(
        f"veto: {len(moved)} threshold(s) moved {moved}; cross-validated recall by article "
        f"{before['unlawful_right']} -> {after['unlawful_right']} of {after['unlawful']}, "
        f"clean flagged {before['clean_flagged']} -> {after['clean_flagged']} of {after['clean']}"
    )
    # a code the setup never gives needs no weights: the file keeps only the codes with a threshold
    given = {str(j) for j, c in enumerate(CODES) if th[c] <= 1.0}
    rows = ((f, {j: w for j, w in row.items() if j in given}) for f, row in data["weights"].items())
    data["weights"] = {f: row for f, row in rows if row}
    data["thresholds"] = th
    data["setup"] = {**setup, "articles": len(docs), "sets": len(names), "vetoed": moved}
    return data


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing it")
    parser.add_argument("--oof", nargs="*", help="the out-of-fold candidates bench/learned_cv.py saved (pickles)")
    parser.add_argument(
        "--blind-rules",
        default=str(BLIND_RULES),
        help="choose the setup on the batches with blind rules (JSON, bench/learned_cv.py), their rules' codes from "
        "it (default: bench/data/learned_blind_rules.json)",
    )
    parser.add_argument(
        "--save-oof", help="also save the leave-one-batch-out scores (a pickle, bench/learned_cv.py --load)"
    )
    args = parser.parse_args(argv)
    sets = load_sets()
    feats, rules = prepare(sets)
    cached = {}
    for path in args.oof or []:
        with open(path, "rb") as f:
            cached.update(pickle.load(f))
    text = dump(
        train(sets, feats, rules, cached if set(cached) >= set(BATCHES) else None, args.blind_rules, args.save_oof)
    )
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("the shipped weights are what the script produces" if same else "the shipped weights differ")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text.encode()) / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
