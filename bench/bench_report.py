"""The report site's speed: `civcat report -o DIR` as a whole command, process start to exit.

    python bench/bench_report.py                  # the bundled county (296 communities)
    python bench/bench_report.py --sizes 296,12000

Targets (2-core machine): the bundled county < 5 s; 12,000 communities < 60 s and < 1 GiB (peak
memory of the command and its validation workers together). Each size is measured with the
validation cache empty ("cold": the first report of the day) and full ("warm": validate ran before,
as in CI). Wall time and memory are measured as bench/run.py does (its `measure`); synthetic
counties come from scripts/generate_county.py, kept in the scratch folder for the next run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import CIVCAT, county, measure  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="296")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the bundled county (larger ones run once)")
    parser.add_argument("--scratch", type=Path, default=Path(tempfile.gettempdir()) / "civcat-bench")
    args = parser.parse_args()
    args.scratch.mkdir(parents=True, exist_ok=True)
    cache = args.scratch / "cache"
    os.environ["CIVCAT_CACHE_DIR"] = str(cache)
    for size in (int(s) for s in args.sizes.split(",")):
        root = county(size, args.scratch)
        out = args.scratch / f"site-{size}"
        repeat = args.repeat if size <= 3000 else 1
        command = [*CIVCAT, "report", "-o", str(out), "--as-of", "2026-11-28"]

        def cold(out: Path = out) -> None:
            shutil.rmtree(cache, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)

        for case, prepare in (
            ("report, cold (no validation cache)", cold),
            ("report, warm (validated before)", lambda out=out: shutil.rmtree(out, ignore_errors=True)),
        ):
            wall, peak, largest, cpu = measure(command, root, repeat, prepare)
            print(
                f"{size:>7} {case:<40} {wall:8.2f} s (CPU {cpu:7.2f} s) {peak:6d} MiB all processes "
                f"({largest} MiB largest)",
                flush=True,
            )
        pages = sum(1 for _ in out.rglob("*.html"))
        size_mb = sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) / 1048576
        print(f"{'':>7} {pages} pages, {size_mb:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
