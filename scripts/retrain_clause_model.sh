#!/usr/bin/env bash
# Retrain the clause analyser's learned complement after the rules or their tests changed, in one command:
#
#     bash scripts/retrain_clause_model.sh          # from the repository root, with the dev venv (numpy installed)
#
# 1. regenerate bench/data/clause_lookalikes.yaml (the rule tests' sentences, labelled with the rules' codes);
# 2. train: leave-one-batch-out scores, the setup chosen against the blind rules (bench/data/
#    learned_blind_rules.json, which stay as they are), the final fit, the veto (no look-alike and no tuning set
#    may lose its tests' bar), writing src/civcat/rules/clauses/learned_weights.json;
# 3. check: the tests that read the model's findings (when they fail, the shipped weights are put back and the
#    retrained ones kept at $KEPT). Ship the weights only if these and the whole suite pass
#    and `civcat validate --no-cache` on the bundled county gives no new finding (docs/clause-analyser-decisions.md,
#    topic 15).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
WEIGHTS=src/civcat/rules/clauses/learned_weights.json
KEPT=${KEPT:-/tmp/civcat-learned-retrained.json}
cp "$WEIGHTS" "$WEIGHTS.shipped"
trap '[ ! -f "$WEIGHTS.shipped" ] || mv "$WEIGHTS.shipped" "$WEIGHTS"' EXIT  # any failure: the shipped weights back
"$PY" scripts/collect_lookalikes.py
"$PY" scripts/train_clause_model.py --save-oof "${OOF:-/tmp/civcat-learned-oof.pkl}"
# a retrain the tests reject never stays in the package: the shipped weights are put back, the new ones kept aside
if ! "$PY" -m pytest tests/test_clauses_learned.py tests/test_clauses.py tests/test_clauses_wide.py tests/test_review.py \
    -q -p no:cacheprovider; then
    cp "$WEIGHTS" "$KEPT"
    echo "the tests reject the retrained weights: kept at $KEPT, the shipped weights put back" >&2
    exit 1
fi
rm "$WEIGHTS.shipped"
