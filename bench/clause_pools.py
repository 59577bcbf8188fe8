"""The clause analyser's figures on every evaluation pool, one line each (run by hand:
python bench/clause_pools.py [EXTRA_SET ...]).

A round of tuning (DEVELOPERS.md, "Working on the clause analyser") must not lower any pool, and the
blind pools tell whether its fixes carry. The pools are the sets as they were written and opened: the
tuning sets under bench/data/, the held-out sets opened before the ninth session, and the twin sets since
(each pair written from one list by two writers who never read each other's work). Files given on the
command line (a real audit kept outside the repository, a set not yet pooled) get a line each.
Each line is issue 14's goal by article: unlawful articles flagged with every right code, flagged articles
that are unlawful at all, and clean articles flagged.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench_clauses import load, score

DATA = Path(__file__).resolve().parent / "data"
HELDOUT = DATA / "heldout"
# the twin sets by letter, each pool a list; a letter not written yet is left out
TWINS = {
    "BP–BS": ["bp", "bq", "br", "bs"],
    "BT+BV": ["bt", "bv"],
    "BU+BW": ["bu", "bw"],
    "BX+BZ": ["bx", "bz"],
    "BY+CA": ["by", "ca"],
    "CB+CC": ["cb", "cc"],
}


def _heldout(letter: str) -> Path:
    return HELDOUT / f"clause_eval_heldout_{letter}.yaml"


def pools() -> dict[str, list[Path]]:
    twins = {letter for letters in TWINS.values() for letter in letters}
    older = [p for p in sorted(HELDOUT.glob("clause_eval_heldout_*.yaml")) if p.stem.rsplit("_", 1)[1] not in twins]
    found = {
        "tuning sets": sorted(DATA.glob("clause_eval*.yaml")),
        "held-out A–BO": older,
    }
    for name, letters in TWINS.items():
        found[name] = [_heldout(letter) for letter in letters if _heldout(letter).exists()]
    return {name: paths for name, paths in found.items() if paths}


def line(name: str, paths: list[Path]) -> str:
    result = score([article for path in paths for article in load(path)])
    right = result.unlawful_right / result.unlawful if result.unlawful else 1.0
    true = result.flagged_unlawful / result.flagged if result.flagged else 1.0
    return (
        f"{name:16} {right:6.1%} recall {true:6.1%} precision  "
        f"({result.unlawful_right}/{result.unlawful} unlawful, {result.flagged_unlawful}/{result.flagged} flagged; "
        f"{result.clean_flagged} of {result.clean} clean flagged)"
    )


def main(argv: list[str]) -> int:
    extra = {Path(arg).stem: [Path(arg)] for arg in argv}
    for name, paths in {**pools(), **extra}.items():
        print(line(name, paths))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
