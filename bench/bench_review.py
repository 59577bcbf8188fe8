"""Benchmark of `civcat review --township`: the township's review opinions on the bundled county.

    python bench/bench_review.py                       # 汉葭街道 (20 charters, the largest), 3 runs
    python bench/bench_review.py --township 500243112 --repeat 5
    python bench/bench_review.py --every                # every township once, one process each

Not a test: timings depend on the machine and on what else runs on it. Each run is a fresh process
(`python -m civcat review --township CODE -o SCRATCH`) as a clerk runs it: Python start, loading the
repository, the findings judged on each charter's own review date, the reading list, and the files
written: once with an empty cache (cold, as after an upgrade), then warm with the text formats alone
(markdown and JSON) and with the PDF letters too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LARGEST = "500243001"


def one_run(township: str, formats: list[str], scratch: Path, cache: Path | None = None) -> float:
    """Wall seconds of one `civcat review --township` in a new process (`cache`: its cache folder, else
    the user's)."""
    out = scratch / "out"
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "civcat", "review", "--township", township, "-o", str(out)]
    for fmt in formats:
        command += ["-f", fmt]
    start = time.perf_counter()
    env = {**os.environ, "CIVCAT_CACHE_DIR": str(cache)} if cache else None
    run = subprocess.run(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    elapsed = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(f"civcat review --township {township} failed: {run.stderr.strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--township", default=LARGEST)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--every", action="store_true", help="every township of the county, text formats")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="civcat-bench-review-") as folder:
        scratch = Path(folder)
        if args.every:
            townships = sorted(p.name for p in (REPO / "charters").iterdir() if p.is_dir() and p.name != "model")
            total = sum(one_run(code, ["markdown", "json"], scratch) for code in townships)
            print(f"every township ({len(townships)} processes), markdown + JSON: {total:.1f} s")
            return
        # cold: an empty cache, as after installing a new civcat or in a fresh clone
        cold = one_run(args.township, ["markdown", "json"], scratch, cache=scratch / "cache")
        print(f"--township {args.township}, markdown + JSON, empty cache: {cold:.2f} s")
        for label, formats in (("markdown + JSON", ["markdown", "json"]), ("PDF + markdown + JSON", [])):
            times = [one_run(args.township, formats, scratch) for _ in range(args.repeat)]
            charters = len(list((REPO / "charters" / args.township).glob("*.yaml")))
            print(
                f"--township {args.township} ({charters} charters), {label}: median {statistics.median(times):.2f} s "
                f"(runs: {', '.join(f'{t:.2f}' for t in times)})"
            )


if __name__ == "__main__":
    main()
