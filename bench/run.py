"""civcat's benchmark suite: wall time and peak memory of whole commands, process start to exit.

    python bench/run.py                 # bundled county + synthetic 3,000 and 12,000 communities
    python bench/run.py --sizes 296     # only the bundled county
    python bench/run.py --markdown      # the table for the README's performance section

Not a test: timings depend on the machine. Each command runs as its own process (as a clerk or CI
runs it); the figure is the median of --repeat runs for the quick cases. CPU is user + system time
of the process and its worker processes (on a busy machine it says more than the wall time).

Memory is counted for the whole run: the peak, over the run, of the proportional set size (PSS) of
the command's process and of all its worker processes added together, sampled from
/proc/PID/smaps_rollup every 20 ms (less often for large processes, whose PSS takes the kernel long
to count: the sampler keeps to a sixth of one core, see `_sample`). PSS divides each page among the
processes that share it: a forked worker's copy-on-write pages shared with its parent count once in
the sum, not once per process as summed resident memory (RSS) would count them. Where /proc has no
smaps_rollup (not Linux) the figure falls back to summed RSS, an upper bound. The largest single
process's peak RSS is printed too (the kernel's own count, exact; shared library pages count whole
in it, so it can exceed the PSS total). Synthetic counties are made by scripts/generate_county.py
into a scratch folder and kept there for the next run.
check-jsonschema, when installed, validates the same files against civcat's exported JSON Schema in
the same run, for comparison: it checks the schema only, civcat checks far more.
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
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CIVCAT = [sys.executable, "-m", "civcat"]


def _tree(pid: int) -> list[int]:
    """The process and all its descendants (Linux /proc; just the process elsewhere)."""
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(child) for child in handle.read().split())
        except OSError:
            pass
    return found


def _resident(pid: int) -> int:
    """Resident memory of one process in bytes (0 when it is gone or /proc is missing)."""
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _proportional(pid: int) -> int:
    """Proportional set size of one process in bytes (`Pss:` of /proc/PID/smaps_rollup, kB): its own
    pages whole and each page it shares with n processes as 1/n. Falls back to the resident memory
    where there is no smaps_rollup; 0 when the process is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return _resident(pid)


def _sample(pid: int, peak: list[int], done: threading.Event) -> None:
    """Until `done`: the summed PSS of the process tree, its peak kept in `peak[0]`. Every 20 ms, or
    less often when a sample takes long: the kernel walks every page of a process to count its PSS
    (~20 ms for 300 MiB), and the sampler must not take a core from the command it measures (it
    waits five times as long as its last sample took, so it takes at most a sixth of one core)."""
    while True:
        start = time.perf_counter()
        peak[0] = max(peak[0], sum(_proportional(p) for p in _tree(pid)))
        if done.wait(max(0.02, 5 * (time.perf_counter() - start))):
            return


def measure(command: list[str], cwd: Path, repeat: int = 1, prepare=None) -> tuple[float, int, int, float]:
    """Median wall seconds, peak memory of the whole run (summed PSS) and of its largest process (RSS;
    MiB), median CPU seconds, of a command run `repeat` times (see the module's docstring for how
    memory is counted)."""
    walls, totals, largest, cpus = [], [], [], []
    for _ in range(repeat):
        if prepare:
            prepare()
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peak = [0]
        done = threading.Event()
        sampler = threading.Thread(target=_sample, args=(process.pid, peak, done), daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)  # the process and the workers it waited for
        done.set()
        sampler.join()
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        largest.append(usage.ru_maxrss / 1024)  # the largest single process (kernel's own count, exact)
        # The sampled PSS sum (a sample can miss a short peak). Not raised to the largest RSS, as
        # summed RSS was: RSS counts shared pages whole, so it is no floor of the PSS; reported apart.
        totals.append(peak[0] / 1048576)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            raise SystemExit(f"failed: {' '.join(command)} (exit {os.waitstatus_to_exitcode(status)})")
    return statistics.median(walls), int(max(totals)), int(max(largest)), statistics.median(cpus)


def county(size: int, scratch: Path) -> Path:
    if size == 296:
        return REPO
    folder = scratch / f"county-{size}"
    if not (folder / "catalogues" / "county.yaml").is_file():
        subprocess.run(
            [
                sys.executable,
                str(REPO / "scripts" / "generate_county.py"),
                "--out",
                str(folder),
                "--communities",
                str(size),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return folder


def data_files(root: Path) -> list[str]:
    return [
        str(p.relative_to(root)) for top in ("catalogues", "charters") for p in sorted((root / top).rglob("*.yaml"))
    ]


def touch_one(root: Path):
    """A change to one charter that keeps it valid: an appended comment (restored afterwards)."""
    path = next(iter(sorted((root / "charters").glob("[0-9]*/*.yaml"))))
    original = path.read_bytes()
    counter = [0]

    def prepare():
        counter[0] += 1
        path.write_bytes(original + f"# bench {counter[0]} {time.time_ns()}\n".encode())

    return prepare, lambda: path.write_bytes(original)


def first_run(cache: Path, scratch: Path) -> None:
    """No repository cache and no compiled patterns (civcat.rules.clauses.compiled): civcat's first run."""
    shutil.rmtree(cache, ignore_errors=True)
    for table in (scratch / "user-cache" / "civcat").glob("clause-patterns-*.bin"):
        table.unlink()


def has_command(name: str) -> bool:
    return subprocess.run([*CIVCAT, name, "--help"], capture_output=True).returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="296,3000,12000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scratch", type=Path, default=Path(tempfile.gettempdir()) / "civcat-bench")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    args.scratch.mkdir(parents=True, exist_ok=True)
    # civcat keeps its cache in the user's cache folder; the bench keeps its own, so "cold" is cold. The
    # user's own folder (the cache secret, the analyser's compiled patterns) is the bench's too: "cold" is a
    # repository civcat has not seen, on a machine where civcat has run before; "first run" has neither.
    os.environ["CIVCAT_CACHE_DIR"] = str(args.scratch / "cache")
    os.environ["XDG_CACHE_HOME"] = str(args.scratch / "user-cache")
    rows: list[tuple[str, str, float, int, int, float]] = []

    def record(size: str, case: str, wall: float, peak: int, largest: int, cpu: float) -> None:
        rows.append((size, case, wall, peak, largest, cpu))
        print(
            f"{size:>7} {case:<44} {wall:8.3f} s (CPU {cpu:7.2f} s) {peak:7d} MiB all processes "
            f"({largest} MiB largest)",
            flush=True,
        )

    record("-", "civcat --help", *measure([*CIVCAT, "--help"], REPO, args.repeat))
    record("-", "civcat --version", *measure([*CIVCAT, "--version"], REPO, args.repeat))
    schema_dir = args.scratch / "schema"
    can_schema = (
        has_command("schema")
        and subprocess.run([sys.executable, "-m", "check_jsonschema", "--version"], capture_output=True).returncode == 0
    )
    if can_schema:
        subprocess.run([*CIVCAT, "schema", "-o", str(schema_dir)], check=True, capture_output=True)

    for size in (int(s) for s in args.sizes.split(",")):
        root = county(size, args.scratch)
        cache = args.scratch / "cache"
        quick = args.repeat if size <= 3000 else 1
        # fmt first: its cold run clears the cache, which the validate cases below then fill again.
        if size <= 3000:  # fmt formats every file on its first run: minutes at 12,000 communities
            record(
                str(size),
                "fmt --check, cold (no cache yet)",
                *measure(
                    [*CIVCAT, "fmt", "--check"],
                    root,
                    1,
                    prepare=lambda cache=cache: shutil.rmtree(cache, ignore_errors=True),
                ),
            )
            record(
                str(size),
                "fmt --check, warm (nothing changed)",
                *measure([*CIVCAT, "fmt", "--check"], root, args.repeat),
            )
        record(
            str(size),
            "validate, first run (no cache, no compiled patterns)",
            *measure([*CIVCAT, "validate"], root, quick, prepare=lambda cache=cache: first_run(cache, args.scratch)),
        )
        record(
            str(size),
            "validate, cold (no cache yet)",
            *measure(
                [*CIVCAT, "validate"], root, quick, prepare=lambda cache=cache: shutil.rmtree(cache, ignore_errors=True)
            ),
        )
        record(str(size), "validate, warm (nothing changed)", *measure([*CIVCAT, "validate"], root, args.repeat))
        prepare, restore = touch_one(root)
        try:
            record(str(size), "validate, one file changed", *measure([*CIVCAT, "validate"], root, args.repeat, prepare))
        finally:
            restore()
        record(str(size), "validate --no-cache", *measure([*CIVCAT, "validate", "--no-cache"], root, quick))
        if has_command("diff"):
            # After the validate runs above: validate's per-file entries are in the cache, the charter
            # distances (across.json) not yet; the second case has both (nothing changed).
            for path in cache.glob("*/v1/across.json"):
                path.unlink()
            record(
                str(size), "diff --across, first (distances computed)", *measure([*CIVCAT, "diff", "--across"], root, 1)
            )
            record(
                str(size),
                "diff --across, again (nothing changed)",
                *measure([*CIVCAT, "diff", "--across"], root, quick),
            )
        if size == 296 and has_command("export"):
            out = args.scratch / "export-out"
            for fmt in ("xlsx", "csv", "json"):
                target = out / f"county.{fmt}" if fmt != "csv" else out / "tables"
                record(
                    str(size),
                    f"export --format {fmt} (warm cache)",
                    *measure([*CIVCAT, "export", "--format", fmt, "-o", str(target), "--force"], root, args.repeat),
                )
        if size == 296 and has_command("render"):
            out = args.scratch / "render-out"
            record(
                str(size),
                "render charter --all (posters, PDF)",
                *measure(
                    [*CIVCAT, "render", "charter", "--all", "-o", str(out)],
                    root,
                    1,
                    prepare=lambda out=out: shutil.rmtree(out, ignore_errors=True),
                ),
            )
        if can_schema and size <= 3000:
            civcat_wall = next(r[2] for r in rows if r[0] == str(size) and r[1] == "validate --no-cache")
            kinds = {"community": "catalogues/communities/*/*.yaml", "charter": "charters/[0-9]*/*.yaml"}
            total_wall, total_peak, total_largest, total_cpu = 0.0, 0, 0, 0.0
            for kind, pattern in kinds.items():
                files = [str(p.relative_to(root)) for p in sorted(root.glob(pattern))]
                wall, peak, largest, cpu = measure(
                    [
                        sys.executable,
                        "-m",
                        "check_jsonschema",
                        "--schemafile",
                        str(schema_dir / f"civcat-{kind}.schema.json"),
                        *files,
                    ],
                    root,
                    1,
                )
                total_wall, total_cpu = total_wall + wall, total_cpu + cpu
                total_peak, total_largest = max(total_peak, peak), max(total_largest, largest)
            record(
                str(size), "check-jsonschema (communities + charters)", total_wall, total_peak, total_largest, total_cpu
            )
            print(
                f"{'':>7} civcat validate --no-cache is {total_wall / civcat_wall:.1f}× faster than check-jsonschema "
                "(schema only) on the same files",
                flush=True,
            )

    if args.markdown:
        print(
            f"\nMachine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}\n"
        )
        print(
            "| communities | command | wall (s) | CPU (s) | peak memory, all processes (MiB) | largest process (MiB) |\n"
            "| ---: | --- | ---: | ---: | ---: | ---: |"
        )
        for size, case, wall, peak, largest, cpu in rows:
            print(f"| {size} | {case} | {wall:.2f} | {cpu:.2f} | {peak} | {largest} |")


if __name__ == "__main__":
    main()
