"""The learned complement measured once on blind groups, as declared beforehand (issue 14; twelfth session; run by
hand, numpy):

    python bench/learned_blind.py --features whole --cache /tmp/whole.pkl \\
        --group by+ca=bench/data/heldout/clause_eval_heldout_by.yaml,bench/data/heldout/clause_eval_heldout_ca.yaml \\
        --group real=/somewhere/realaudit-10-labels.yaml,...
    python bench/learned_blind.py --features whole --cache /tmp/whole.pkl --group ... --reading   # reading-list use

Training data: this project's made-up sets only, bench/data/clause_eval*.yaml and bench/data/heldout/*.yaml, minus
every file of a --group and every held-out set named with --exclude (a blind set lying in the folder must be named
there); never clause_lookalikes.yaml, and real text only when named with --train-extra (sixteenth session: real
audits opened for tuning, their labels outside the repository). A training article whose text is in a group is
dropped.

The model and its thresholds are the eighth session's (bench/learned_experiment.py): one-vs-rest logistic
regression over binary character 1–4-grams of the consequence parts (cons, the features of rules/clauses/learned.py)
or of the whole article (whole); each code's threshold the lowest at which the model ALONE is right on >= the
target of what it flags in out-of-fold scores of 5 folds of the training sets split by set (nested: no group takes
part). rules ∪ model adds a model code only where the rules give none for that code. The rules are the rules
alone (analysis.unlawful_measures), as checked out.

--reading: the second use, the model on the review's reading list instead of findings: an article the rules are
silent on is listed when any code's score reaches a lower threshold (targets 0.90, 0.80); of the rules' misses
(unlawful articles with no finding) and of the clean articles they are silent on, how many the model lists,
beside today's consequences_to_read. Prints article ids, never text (real groups' text stays out of logs).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np
from ruamel.yaml import YAML

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import learned_experiment as E  # noqa: E402  (Model, ngrams, GRID)
from learned_cv import line, pct  # noqa: E402  (the figures printed as bench/learned_cv.py prints them)
from train_clause_model import tally  # noqa: E402  (counts by code and by article, as the training script reports them)

from civcat.rules.clauses import consequences_to_read  # noqa: E402
from civcat.rules.clauses.analysis import unlawful_measures as rule_measures  # noqa: E402
from civcat.rules.clauses.learned import features as cons_features  # noqa: E402
from civcat.rules.text import simplified_in_place  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
CODES = E.CODES


def load(path: Path) -> list[tuple[str, str, frozenset[str]]]:
    data = YAML(typ="safe").load(Path(path).read_text(encoding="utf-8"))
    return [(str(a.get("id", "")), a["text"], frozenset(a["codes"])) for a in data["articles"]]


def train_sets(group_paths: set[Path], exclude: set[str]) -> dict[str, list[tuple[str, str, frozenset[str]]]]:
    out = {name: load(path) for name, path in TRAIN_EXTRA.items()}
    for path in sorted((DATA / "heldout").glob("clause_eval_heldout_*.yaml")) + sorted(DATA.glob("clause_eval*.yaml")):
        name = path.stem.removeprefix("clause_eval_heldout_")
        if path.resolve() not in group_paths and name not in exclude:
            out[name] = load(path)
    return out


def feature(text: str, kind: str) -> set[str]:
    return cons_features(text) if kind == "cons" else E.ngrams([("W", simplified_in_place(text))])


def fit_and_score(groups, kind, exclude):
    """Out-of-fold scores of the training sets (5 folds by set) and the final model's scores of every group."""
    test_texts = {t for arts in groups.values() for _, t, _ in arts}
    sets = {
        s: [a for a in arts if a[1] not in test_texts]
        for s, arts in train_sets({p.resolve() for ps in GROUP_PATHS.values() for p in ps}, exclude).items()
    }
    print(f"training: {len(sets)} sets, {sum(map(len, sets.values()))} articles: {' '.join(sorted(sets))}")
    feats = {s: [feature(t, kind) for _, t, _ in arts] for s, arts in sets.items()}
    names = sorted(sets)
    oof, oof_labels = [], []
    for k in range(5):
        held = [s for i, s in enumerate(names) if i % 5 == k]
        held_texts = {t for s in held for _, t, _ in sets[s]}
        rows = [
            (f, lab)
            for s in names
            if s not in held
            for (_, t, lab), f in zip(sets[s], feats[s], strict=True)
            if t not in held_texts
        ]
        model = E.Model().fit([f for f, _ in rows], [lab for _, lab in rows])
        oof.append(model.predict([f for s in held for f in feats[s]]))
        oof_labels += [lab for s in held for _, _, lab in sets[s]]
    model = E.Model().fit([f for s in names for f in feats[s]], [lab for s in names for _, _, lab in sets[s]])
    scores = {g: model.predict([feature(t, kind) for _, t, _ in arts]) for g, arts in groups.items()}
    return {"oof": np.vstack(oof), "oof_labels": oof_labels, "scores": scores}


def thresholds(probs, labels, target):
    out = {}
    for j, code in enumerate(CODES):
        y = np.array([code in lab for lab in labels])
        out[code] = 1.01
        for t in E.GRID:
            flagged = probs[:, j] >= t
            if flagged.sum() >= 5 and (y & flagged).sum() / flagged.sum() >= target:
                out[code] = float(t)
                break
    return out


def _announced_thresholds(cached, target, title):
    """Each code's threshold for `target`, printed under `title`."""
    th = thresholds(cached["oof"], cached["oof_labels"], target)
    print(f"\n=== {title}: thresholds " + " ".join(f"{c[-1]}:{th[c]:.2f}" for c in CODES))
    return th


def findings(groups, rules, cached, target):
    th = _announced_thresholds(cached, target, f"target {target}")
    for g, arts in groups.items():
        probs = cached["scores"][g]
        labels = [lab for *_, lab in arts]
        model = [frozenset(c for j, c in enumerate(CODES) if probs[i, j] >= th[c]) for i in range(len(arts))]
        union = [r | m for r, m in zip(rules[g], model, strict=True)]
        print(f" {g}: {len(arts)} articles")
        print(line("rules alone", tally(zip(labels, rules[g], strict=True))))
        print(line("model alone", tally(zip(labels, model, strict=True))))
        print(line("rules ∪ model", tally(zip(labels, union, strict=True))))
        per_code = []
        for c in CODES:
            e = sum(c in lab for lab in labels)
            rf = sum(c in lab and c in r for lab, r in zip(labels, rules[g], strict=True))
            uf = sum(c in lab and c in u for lab, u in zip(labels, union, strict=True))
            rr, ur = sum(c in r for r in rules[g]), sum(c in u for u in union)
            per_code.append(f"{c[-1]}: R {rf}->{uf}/{e} P {rf}/{rr}->{uf}/{ur}")
        print("   by code: " + "; ".join(per_code))
        for i, ((aid, _, lab), r, u) in enumerate(zip(arts, rules[g], union, strict=True)):
            for c in sorted(u - r):
                verdict = "right" if c in lab else ("clean" if not lab else "wrong code")
                print(
                    f"   + {aid} {c} {probs[i, CODES.index(c)]:.2f}: {verdict} (labelled {sorted(lab)}, rules {sorted(r)})"
                )


def reading(groups, rules, cached, target):
    th = _announced_thresholds(cached, target, f"reading list, target {target}")
    for g, arts in groups.items():
        probs = cached["scores"][g]
        silent = [i for i, r in enumerate(rules[g]) if not r]
        misses = [i for i in silent if arts[i][2]]
        clean = [i for i in silent if not arts[i][2]]
        model = {i for i in silent if any(probs[i, j] >= th[c] for j, c in enumerate(CODES))}
        today = {i for i in silent if consequences_to_read(arts[i][1], [])}
        lists = (_count(x, misses, clean) for x in (model, today, model | today))
        print(f" {g}: model {next(lists)}; today's list {next(lists)}; both {next(lists)}")


def _count(listed, misses, clean):
    m, c = sum(i in listed for i in misses), sum(i in listed for i in clean)
    return f"misses {m}/{len(misses)}, clean {c}/{len(clean)} ({pct(c, len(clean))})"


GROUP_PATHS: dict[str, list[Path]] = {}
TRAIN_EXTRA: dict[str, Path] = {}  # --train-extra: labelled real articles opened for tuning, each file a set of its own


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--group", action="append", required=True, help="NAME=PATH[,PATH...] (labelled sets)")
    parser.add_argument("--features", choices=("cons", "whole"), default="cons")
    parser.add_argument(
        "--train-extra",
        nargs="*",
        default=[],
        help="labelled files trained on beside the made-up sets (real audits opened for tuning, kept outside the"
        " repository); each file is a set of its own in the folds",
    )
    parser.add_argument("--exclude", nargs="*", default=[], help="held-out sets (letters) never trained on")
    parser.add_argument("--cache", help="a pickle of the fitted scores: written when absent, read when present")
    parser.add_argument("--targets", nargs="+", type=float, help="default 0.97 0.99 (0.90 0.80 with --reading)")
    parser.add_argument("--reading", action="store_true", help="the reading-list use instead of findings")
    args = parser.parse_args(argv)
    for spec in args.group:
        name, _, paths = spec.partition("=")
        GROUP_PATHS[name] = [Path(p) for p in paths.split(",")]
    for path in map(Path, args.train_extra):
        TRAIN_EXTRA[f"extra:{path.parent.name}/{path.stem}"] = path
    groups = {g: [a for p in ps for a in load(p)] for g, ps in GROUP_PATHS.items()}
    if args.cache and Path(args.cache).exists():
        with open(args.cache, "rb") as f:
            cached = pickle.load(f)
    else:
        cached = fit_and_score(groups, args.features, set(args.exclude))
        if args.cache:
            with open(args.cache, "wb") as f:
                pickle.dump(cached, f)
    rules = {g: [frozenset(m.code for m in rule_measures(t)) for _, t, _ in arts] for g, arts in groups.items()}
    targets = args.targets or ((0.90, 0.80) if args.reading else (0.97, 0.99))
    for target in targets:
        (reading if args.reading else findings)(groups, rules, cached, target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
