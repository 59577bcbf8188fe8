"""Nested leave-group-out cross-validation of the learned complement's setup (issue 14; run by hand, numpy):

    python bench/learned_cv.py [--outer at-az ag-aj ...] [--inner 2]

Outer: each writer batch of held-out sets (scripts/train_clause_model.py BATCHES) in turn is the test batch; its
articles' texts are dropped from training. Inner: the other batches, split into --inner folds of whole batches,
give out-of-fold scores (the tuning sets bench/data/clause_eval*.yaml are always training); on them the setup is
chosen exactly as the training script chooses it (threshold target, basis, guards: precision by article of
rules ∪ model >= 98 %, then the most recall by article). The model trained on every non-test set with that setup
is then scored once on the test batch. The rules are the analyser as checked out (tuned on every batch here, so
the rules' own figures are optimistic; what the model adds and where it errs is the point).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import train_clause_model as T  # noqa: E402


def pct(a, b):
    return f"{a / b:6.1%}" if b else "   n/a"


def line(name, s):
    return (
        f"{name:16} code R {pct(s['found'], s['expected'])} P {pct(s['found'], s['reported'])} | "
        f"article R {pct(s['unlawful_right'], s['unlawful'])} ({s['unlawful_right']}/{s['unlawful']}) "
        f"P {pct(s['flagged_unlawful'], s['flagged'])} ({s['flagged_unlawful']}/{s['flagged']}) | "
        f"clean flagged {s['clean_flagged']}/{s['clean']}"
    )


def outer(batch, sets, feats, rules, inner):
    test = sorted(s for s in sets if T.BATCH_OF.get(s) == batch)
    test_texts = frozenset(t for s in test for t, _ in sets[s])
    train_names = sorted(s for s in sets if s not in test)
    oof = T.oof_candidates(sets, feats, rules, train_names, T.batch_folds(train_names, inner), test_texts)
    setup, th = T.choose_setup(oof)
    inner_union = T.tally(T.union_rows(oof, th, setup))
    oof_test = T.oof_candidates(sets, feats, rules, sets.keys(), [test])
    rows_rules = [(lab, frozenset(rc)) for lab, rc, _ in oof_test]
    rows_union = T.union_rows(oof_test, th, setup)
    new = [bool(lab) for (lab, r), (_, u) in zip(rows_rules, rows_union, strict=True) if u and not r]
    wrong = [
        (sorted(u - r), sorted(lab))
        for (lab, r), (_, u) in zip(rows_rules, rows_union, strict=True)
        if u - r and not (u - r) <= lab
    ]
    return setup, th, inner_union, T.tally(rows_rules), T.tally(rows_union), wrong, new


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outer", nargs="+", default=list(T.BATCHES))
    parser.add_argument("--inner", type=int, default=2)
    args = parser.parse_args(argv)
    sets = T.load_sets()
    feats, rules = T.prepare(sets)
    for batch in args.outer:
        setup, th, inner_s, rules_s, union_s, wrong, new = outer(batch, sets, feats, rules, args.inner)
        print(f"\n[{batch}] setup {setup} thresholds " + " ".join(f"{c[-1]}:{th[c]:.2f}" for c in T.CODES))
        print(line("inner rules∪model", inner_s))
        print(line("test rules", rules_s))
        print(line("test rules∪model", union_s))
        print(f"  articles only the model flags: {len(new)}, unlawful {sum(new)}")
        print(f"  COUNT {batch} newflag {len(new)} newflag_unlawful {sum(new)}")
        for add, lab in wrong:
            print(f"  wrong addition {add} labelled {lab}")
        for key in (
            "expected",
            "reported",
            "found",
            "unlawful",
            "unlawful_right",
            "flagged",
            "flagged_unlawful",
            "clean",
            "clean_flagged",
        ):
            print(f"  COUNT {batch} rules {key} {rules_s[key]} union {union_s[key]} inner {inner_s[key]}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
