"""Collect the clean look-alike sentences the rule tests hold silent into bench/data/clause_lookalikes.yaml.

    python scripts/collect_lookalikes.py            # run the rule tests, record, write the file
    python scripts/collect_lookalikes.py --check    # exit 1 if the file differs from what the tests give now

Runs the test files that run the analyser (TESTS: the rule tests, the review's, the importers' …) in-process with the analyser's learned step switched
off (the rules alone, so that the file never depends on the shipped weights: a sentence a model trips on is
still collected): every article text the analyser reads during a test that passes (not an xfail) is recorded,
labelled with the rules' codes: the test accepts those (codes [] where the rules are silent: a clean look-alike;
the rules' codes where a test forbids one code beside them, so that the model learns not to add it). The file is
training data (scripts/train_clause_model.py, always in training, never a test batch) and the veto on the
model's thresholds (no look-alike may get a code beyond its label), never an evaluation set.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "clause_lookalikes.yaml"
# every test file that runs the analyser (a test that needs the model's findings fails with the learned step off
# and is not recorded; a sentence a passing test reads is one the tests accept with the rules' codes alone)
TESTS = [
    "tests/test_catalogue_import.py",
    "tests/test_clauses.py",
    "tests/test_clauses_learned.py",
    "tests/test_clauses_wide.py",
    "tests/test_fmt.py",
    "tests/test_import_charter.py",
    "tests/test_import_charter_messy.py",
    "tests/test_review.py",
    "tests/test_schema_export.py",
    "tests/test_slips.py",
]

HEADER = """\
# Sentences the tests accept with the rules' codes alone (tests/test_clauses.py, test_review.py …: TESTS),
# collected by scripts/collect_lookalikes.py: do not edit by hand, regenerate. Training data for the learned
# complement only (scripts/train_clause_model.py: always in training, never a test batch); not an evaluation set.
"""


class Recorder:
    def __init__(self) -> None:
        self.current = ""
        self.seen: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self.passed: set[str] = set()

    def pytest_runtest_setup(self, item):
        self.current = item.nodeid

    def pytest_runtest_logreport(self, report):
        if report.when == "call" and report.passed and not hasattr(report, "wasxfail"):
            self.passed.add(report.nodeid)


def collect() -> list[tuple[str, tuple[str, ...]]]:
    from civcat.rules.clauses import analyser

    rec = Recorder()
    inner = analyser.learned_measures

    def wrapped(text, found, *args, **kwargs):
        rec.seen.setdefault(rec.current, []).append((text, tuple(sorted({m.code for m in found}))))
        return []

    analyser.learned_measures = wrapped
    try:
        pytest.main([*TESTS, "-q", "-p", "no:cacheprovider", "-o", "addopts="], plugins=[rec])
    finally:
        analyser.learned_measures = inner
    texts: dict[str, tuple[str, ...]] = {}
    for nodeid, calls in rec.seen.items():
        if nodeid in rec.passed:
            texts.update((t, codes) for t, codes in calls if t.strip())
    return sorted(texts.items())


def render(texts: list[tuple[str, tuple[str, ...]]]) -> str:
    import json

    lines = [HEADER, "civcat-eval: 1", "articles:"]
    for t, codes in texts:
        lines.append(f"- text: {json.dumps(t, ensure_ascii=False)}")
        lines.append(f"  codes: [{', '.join(codes)}]")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    args = parser.parse_args(argv)
    text = render(collect())
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else "the look-alikes differ")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count('- text:')} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
