"""CV701 on mixed text: how many of the mixed sentences of bench/data/scripts_mixed.yaml it flags, how
many of the clean ones (characters both scripts share) it wrongly flags, and how long it takes.

    python bench/bench_cv701.py

Measured when the hand-typed table of 600 pairs was replaced by OpenCC (README, Performance): the table
flagged 29 of 30 mixed sentences (it missed 內) and 0 of 14 clean ones; OpenCC flags 30 of 30 and 0 of 14.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ruamel.yaml import YAML  # noqa: E402

from civcat.rules.text import script_counts  # noqa: E402


def mixed(sentence: str) -> bool:
    traditional, simplified = script_counts([((), sentence)])
    return bool(traditional and simplified)


def main() -> None:
    data = YAML(typ="safe").load((ROOT / "bench" / "data" / "scripts_mixed.yaml").read_text(encoding="utf-8"))
    start = time.perf_counter()
    missed = [s for s in data["mixed"] if not mixed(s)]
    wrong = [s for s in data["clean"] if mixed(s)]
    first = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(100):
        for sentence in data["mixed"] + data["clean"]:
            mixed(sentence)
    per = (time.perf_counter() - start) / (100 * (len(data["mixed"]) + len(data["clean"])))
    print(f"mixed flagged: {len(data['mixed']) - len(missed)}/{len(data['mixed'])}  missed: {missed}")
    print(f"clean flagged: {len(wrong)}/{len(data['clean'])}  wrongly: {wrong}")
    print(f"first call (loads OpenCC): {first * 1000:.0f} ms; then {per * 1e6:.0f} µs per sentence")


if __name__ == "__main__":
    main()
