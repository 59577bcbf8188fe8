"""Nested leave-group-out cross-validation of the learned complement's setup (issue 14; run by hand, numpy):

    python bench/learned_cv.py --save OUT.pkl --batches at-az ag-aj ...   # out-of-fold scores (slow: a fit each)
    python bench/learned_cv.py --load OUT1.pkl OUT2.pkl ...               # the nested figures from them

Each writer batch of held-out sets (scripts/train_clause_model.py BATCHES) is scored by a model trained on every
other set (the tuning sets bench/data/clause_eval*.yaml always among them) without any article whose text is in
the batch: leave-one-batch-out scores. Outer: each batch in turn is the test batch. Inner: the setup (threshold
target and basis, guards) and the per-code thresholds are chosen on the OTHER batches' scores only, exactly as
scripts/train_clause_model.py chooses them (precision by article >= 98 % both for rules ∪ model and for the
articles only the model flags, then the most recall by article); then applied once to the test batch. (The
models that scored the other batches had the test batch among their training articles: it never takes part in
a choice, but it did shape those models; ten fits instead of a hundred.) The rules are the analyser as checked
out, tuned on every batch but AT–AZ, so the rules' own figures are optimistic elsewhere; what the model adds,
and where it errs, is the point.
"""

from __future__ import annotations

import argparse
import pickle
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


def only_model(rows_rules, rows_union):
    """Of the articles the model flags where the rules flag nothing: how many are unlawful."""
    return [bool(lab) for (lab, r), (_, u) in zip(rows_rules, rows_union, strict=True) if u and not r]


def nested(oof_by_batch, new_floor=None):
    total_rules, total_union, total_new = T.Counter(), T.Counter(), []
    batches = [b for b in T.BATCHES if b in oof_by_batch]
    for batch in batches:
        inner = [row for b in batches if b != batch for row in oof_by_batch[b]]
        setup, th = T.choose_setup(inner, new_floor=new_floor)
        inner_s = T.tally(T.union_rows(inner, th, setup))
        test = oof_by_batch[batch]
        rows_rules = [(lab, frozenset(rc)) for lab, rc, _ in test]
        rows_union = T.union_rows(test, th, setup)
        rules_s, union_s, new = T.tally(rows_rules), T.tally(rows_union), only_model(rows_rules, rows_union)
        total_rules += rules_s
        total_union += union_s
        total_new += new
        print(f"\n[{batch}] setup {setup} thresholds " + " ".join(f"{c[-1]}:{th[c]:.2f}" for c in T.CODES))
        print(line("inner rules∪model", inner_s))
        print(line("test rules", rules_s))
        print(line("test rules∪model", union_s))
        print(f"  articles only the model flags: {len(new)}, unlawful {sum(new)}")
        for (lab, r), (_, u) in zip(rows_rules, rows_union, strict=True):
            if u - r and not (u - r) <= lab:
                print(f"  wrong addition {sorted(u - r)} labelled {sorted(lab)}")
    print(f"\npooled over the {len(batches)} test batches")
    print(line("rules", total_rules))
    print(line("rules∪model", total_union))
    print(f"  articles only the model flags: {len(total_new)}, unlawful {sum(total_new)}")
    setup, th = T.choose_setup([row for b in batches for row in oof_by_batch[b]], new_floor=new_floor)
    print(
        f"\nshipped setup (chosen on all {len(batches)} batches): {setup} "
        + " ".join(f"{c[-1]}:{th[c]:.2f}" for c in T.CODES)
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", help="compute the leave-one-batch-out scores of --batches into this pickle")
    parser.add_argument("--batches", nargs="+", default=list(T.BATCHES))
    parser.add_argument("--load", nargs="+", help="pickles saved with --save, covering every batch")
    parser.add_argument("--rules-now", action="store_true", help="the rules' codes from the analyser checked out")
    parser.add_argument(
        "--blind-rules",
        help="JSON of the rules' codes per article from the last analyser that had not read each set: those codes "
        "stand for the rules; only the batches it covers are chosen on and tested (the others stay training data)",
    )
    parser.add_argument("--new-floor", type=float, help="precision by article of the model-only flags (default 0.98)")
    args = parser.parse_args(argv)
    if args.save:
        sets = T.load_sets()
        feats, rules = T.prepare(sets)
        with open(args.save, "wb") as f:
            pickle.dump(T.lobo_oof(sets, feats, rules, args.batches), f)
        return 0
    oof = {}
    for path in args.load:
        with open(path, "rb") as f:
            oof.update(pickle.load(f))
    if args.rules_now:
        # the model's scores do not depend on the rules: only the rules' codes are read again
        sets = T.load_sets()
        _, rules = T.prepare(sets)
        for batch, rows in oof.items():
            held = sorted(s for s in sets if T.BATCH_OF.get(s) == batch)
            codes = [rc for s in held for rc in rules[s]]
            oof[batch] = [(lab, rc, cs) for (lab, _, cs), rc in zip(rows, codes, strict=True)]
    if args.blind_rules:
        oof = T.blind_oof(oof, args.blind_rules)
    nested(oof, args.new_floor)
    return 0


if __name__ == "__main__":
    sys.exit(main())
