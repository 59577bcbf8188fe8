"""Benchmark of `civcat render`: all 296 charter posters of the bundled county from a cold start.

    python bench/bench_render.py                 # charters, 3 runs, the median
    python bench/bench_render.py --catalogues    # also all 296 catalogue posters
    python bench/bench_render.py --repeat 5 --jobs 2

Target (issue 4): all 296 charter posters in at most 8 s wall on the 2-core reference machine.
Not a test: timings depend on the machine and on what else runs on it. Each run is a fresh process
(`python -m civcat render charter --all`) writing into an empty scratch folder, as a clerk runs it:
Python start, loading the repository, the workers' start and every PDF written. The figure printed
with it, a pure-Python loop timed alone and two at once, tells whether the CPUs were free.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 8.0


def cold_run(kind: str, jobs: int | None, scratch: Path) -> tuple[float, float, int, int]:
    """Wall and CPU seconds (the process and its workers), files written and pages of one
    `civcat render KIND --all` in a new process."""
    out = scratch / "out"
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "civcat", "render", kind, "--all", "-o", str(out)]
    if jobs:
        command += ["--jobs", str(jobs)]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    errors = process.stderr.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"civcat render {kind} failed: {errors.strip()[:500]}")
    files = sorted(out.rglob("*.pdf"))
    # wait4 counts the process and the workers it has waited for.
    return wall, usage.ru_utime + usage.ru_stime, len(files), sum(_pages(f) for f in files)


def _pages(path: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(path).pages)


def _spin(_: object = None) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return time.perf_counter() - start


def cpu_probe() -> str:
    """How fast one Python loop runs alone and two at once: equal figures mean two free cores."""
    from concurrent.futures import ProcessPoolExecutor

    alone = _spin()
    with ProcessPoolExecutor(2) as pool:
        together = max(pool.map(_spin, range(2)))
    return f"CPU probe: one loop {alone:.2f} s alone, {together:.2f} s with two at once"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=None, help="passed to --jobs (default: civcat's own choice)")
    parser.add_argument("--catalogues", action="store_true", help="also render all catalogue posters")
    args = parser.parse_args()

    print(f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs")
    print(cpu_probe())
    kinds = ["charter", "catalogue"] if args.catalogues else ["charter"]
    with tempfile.TemporaryDirectory(prefix="civcat-bench-render-") as temp:
        scratch = Path(temp)
        for kind in kinds:
            walls, cpus = [], []
            for _ in range(args.repeat):
                wall, cpu, files, pages = cold_run(kind, args.jobs, scratch)
                walls.append(wall)
                cpus.append(cpu)
            median = statistics.median(walls)
            verdict = ""
            if kind == "charter":
                verdict = f"  target ≤ {TARGET_SECONDS:.0f} s: {'met' if median <= TARGET_SECONDS else 'NOT met'}"
            print(
                f"render {kind} --all: {files} PDFs, {pages} pages; wall median {median:.2f} s "
                f"(runs: {', '.join(f'{w:.2f}' for w in walls)}), {median / pages * 1000:.0f} ms a page; "
                f"CPU {statistics.median(cpus):.2f} s{verdict}"
            )


if __name__ == "__main__":
    main()
