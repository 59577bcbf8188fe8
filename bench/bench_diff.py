"""Speed of `civcat diff` on the bundled county (run by hand: python bench/bench_diff.py).

Targets (issue 5): `--across` over the bundled county in under 2 s; `--git` between two revisions
that touch ten files in under 1.5 s. Each figure is the wall time of the whole command (a fresh
`python -m civcat` process, imports included), best of five, with its CPU time (user + system,
worker processes included: on a busy machine the wall time says more about the machine); `--git` is measured with a cold
cache (nothing checked yet: both sides validated from scratch, byte-identical files once) and a
warm one (after `civcat validate`, whose per-file results `diff --git` reuses).
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GIT = [
    "git",
    "-c",
    "user.name=bench",
    "-c",
    "user.email=bench@example.org",
    "-c",
    "init.defaultBranch=main",
    "-c",
    "commit.gpgsign=false",
]


def run(args: list[str], cwd: Path, env: dict) -> tuple[float, float]:
    """Wall time and CPU time (user + system, the process and its workers) of one command."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr}")
    return elapsed, (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)


def best(args: list[str], cwd: Path, env: dict, times: int = 5, before=None) -> tuple[float, float]:
    """The best of several runs (the machine's other load only ever adds time)."""
    figures = []
    for _ in range(times):
        if before:
            before()
        figures.append(run(args, cwd, env))
    return min(f[0] for f in figures), min(f[1] for f in figures)


def touch_ten_files(root: Path) -> None:
    """Five community files and five charters: a reason, a vote figure, an article edited by one character."""
    communities = sorted((root / "catalogues" / "communities").rglob("*.yaml"))[:5]
    for path in communities:
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"(reason: )([^}\n]+)", r"\1\2（已核实）", text, count=1)
        if "reason:" not in text:
            text = text.replace("platforms: [", "platforms: [坝坝会, ", 1)
        path.write_text(text, encoding="utf-8")
        charter = root / "charters" / path.parent.name / path.name
        text = charter.read_text(encoding="utf-8")
        text = re.sub(r"present: (\d+)", lambda m: f"present: {int(m.group(1)) - 1}", text, count=1)
        text = text.replace("。\n", "！\n", 1)
        charter.write_text(text, encoding="utf-8")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "county"
        root.mkdir()
        for name in ("catalogues", "charters"):
            shutil.copytree(REPO / name, root / name)
        env = {**os.environ, "NO_COLOR": "1", "XDG_CACHE_HOME": str(Path(folder) / "xdg")}
        subprocess.run([*GIT, "init", "-q"], cwd=root, check=True)
        subprocess.run([*GIT, "add", "-A"], cwd=root, check=True)
        subprocess.run([*GIT, "commit", "-q", "-m", "base"], cwd=root, check=True)
        touch_ten_files(root)
        subprocess.run([*GIT, "commit", "-q", "-am", "ten files"], cwd=root, check=True)
        changed = subprocess.run(
            [*GIT, "diff", "--name-only", "HEAD~1", "HEAD"], cwd=root, capture_output=True, text=True, check=True
        ).stdout.split()
        civcat = [sys.executable, "-m", "civcat"]

        def drop_cache() -> None:
            shutil.rmtree(root / ".civcat_cache", ignore_errors=True)
            shutil.rmtree(
                Path(folder) / "xdg" / "civcat" / "repos", ignore_errors=True
            )  # where the cache is by default

        figures = {
            "python -m civcat --version (start-up)": best([*civcat, "--version"], root, env),
            "diff --across (whole county)": best([*civcat, "diff", "--across"], root, env),
            "diff --across --format json": best([*civcat, "diff", "--across", "--format", "json"], root, env),
            "diff A B (two communities)": best([*civcat, "diff", "500243112201", "500243112206"], root, env),
            f"diff --git HEAD~1 HEAD, {len(changed)} files, cold cache": best(
                [*civcat, "diff", "--git", "HEAD~1", "HEAD"], root, env, before=drop_cache
            ),
            f"diff --git HEAD~1 HEAD, {len(changed)} files, --no-cache": best(
                [*civcat, "diff", "--git", "HEAD~1", "HEAD", "--no-cache"], root, env
            ),
        }
        drop_cache()
        run([*civcat, "validate"], root, env)
        figures[f"diff --git HEAD~1 HEAD, {len(changed)} files, after civcat validate"] = best(
            [*civcat, "diff", "--git", "HEAD~1", "HEAD", "--format", "markdown"], root, env
        )
        figures[f"diff --git HEAD~1 (working tree), {len(changed)} files, warm"] = best(
            [*civcat, "diff", "--git", "HEAD~1"], root, env
        )
        width = max(len(k) for k in figures)
        print(f"{'':<{width}}  {'wall':>8}  {'cpu':>8}")
        for name, (wall, cpu) in figures.items():
            print(f"{name:<{width}}  {wall:6.2f} s  {cpu:6.2f} s")


if __name__ == "__main__":
    main()
