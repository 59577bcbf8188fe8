"""`civcat diff --across` on a large county: the first comparison after `civcat validate`, and again.

    python bench/bench_across.py                          # 12,000 synthetic communities
    python bench/bench_across.py --root /tmp/county-12000 # a county made earlier
    python bench/bench_across.py --same-as before.txt     # also check the text output is unchanged

Targets (issue 17): 12,000 communities, first run after `civcat validate` (charter distances not yet
kept: every charter is read and aligned once) under 8 s and 500 MiB on the 2-core machine, and the
run again (nothing changed) under 8 s. The machine's load average is printed with each figure: on a
shared machine the CPU time (user + system of civcat and its workers) is the figure to compare, the
wall time only on an idle one. Memory is printed twice: the peak of the summed PSS of civcat and its
workers (the run's real total: pages a forked worker shares with civcat count once, see run.py's
`measure`) and the largest single process's peak RSS.

Steps: `civcat validate` (fills validate's cache, in a cache folder of the bench's own), across.json
deleted, `diff --across` (first), `diff --across` again (nothing changed); the text outputs of the two
runs must be the same, byte for byte (and the same as `--same-as` when given).
Measured 2026-12-07 (x86_64, 2 cores, Python 3.11.7; footnote ◊ of the README's performance table):
first 3.8 s (CPU 5.0 s, 329 MiB PSS), again 2.6 s (CPU 2.6 s, 285 MiB PSS), with each run at the
highest priority on a machine loaded by others' tests; at normal priority under that load CPU 5.6 s
and 3.0 s. The code before: first 5.4–5.7 s (CPU 6.8–7.0 s, 342 MiB), again 3.5 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import CIVCAT, county, measure  # noqa: E402


def load() -> str:
    return "load average " + " ".join(f"{v:.2f}" for v in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=12000)
    parser.add_argument("--root", type=Path, help="a county made earlier (default: generated in --scratch)")
    parser.add_argument("--scratch", type=Path, default=Path(tempfile.gettempdir()) / "civcat-bench")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each case (median)")
    parser.add_argument("--same-as", type=Path, help="text output of an earlier civcat to compare with")
    args = parser.parse_args()
    args.scratch.mkdir(parents=True, exist_ok=True)
    root = args.root.resolve() if args.root else county(args.size, args.scratch)
    cache = args.scratch / "across-cache"
    shutil.rmtree(cache, ignore_errors=True)
    os.environ["CIVCAT_CACHE_DIR"] = str(cache)

    wall, peak, largest, cpu = measure([*CIVCAT, "validate"], root)
    print(
        f"validate (cold)        {wall:6.2f} s  CPU {cpu:6.2f} s  {largest:5d} MiB largest process (RSS), "
        f"{peak} MiB all (PSS)  ({load()})",
        flush=True,
    )

    def forget_distances() -> None:
        for path in cache.glob("*/v1/across.json"):
            path.unlink()

    cases = [("diff --across, first", forget_distances), ("diff --across, again", None)]
    for name, prepare in cases:
        wall, peak, largest, cpu = measure([*CIVCAT, "diff", "--across"], root, args.repeat, prepare)
        print(
            f"{name:22} {wall:6.2f} s  CPU {cpu:6.2f} s  {largest:5d} MiB largest process (RSS), "
            f"{peak} MiB all (PSS)  ({load()})",
            flush=True,
        )

    outputs = []
    for prepare in (forget_distances, None):
        if prepare:
            prepare()
        run = subprocess.run([*CIVCAT, "diff", "--across"], cwd=root, capture_output=True, check=True)
        outputs.append(run.stdout)
    if outputs[0] != outputs[1]:
        raise SystemExit("the first and the second run printed different comparisons")
    if args.same_as and args.same_as.read_bytes() != outputs[0]:
        raise SystemExit(f"the comparison differs from {args.same_as}")
    print("output: the same in both runs" + (f" and as {args.same_as}" if args.same_as else ""))


if __name__ == "__main__":
    main()
