"""A real git repository around the mini county, for the diff tests: commit, change, commit again."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import MiniRepo

GIT = [
    "git",
    "-c",
    "user.name=测试",
    "-c",
    "user.email=test@example.org",
    "-c",
    "init.defaultBranch=main",
    "-c",
    "commit.gpgsign=false",
    "-c",
    "core.autocrlf=false",
]


class GitRepo(MiniRepo):
    """The mini county, committed as `base`; tests change files and commit again (or leave the change in the working tree)."""

    def __init__(self, root: Path):
        super().__init__(root)
        self.git("init", "-q")
        self.commit("基线")
        self.git("tag", "base")

    def git(self, *args: str) -> str:
        run = subprocess.run([*GIT, *args], cwd=self.root, capture_output=True, text=True, check=False)
        assert run.returncode == 0, run.stderr
        return run.stdout

    def commit(self, message: str = "改动") -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message)
        return self.git("rev-parse", "HEAD").strip()

    def move(self, old: str, new: str) -> None:
        (self.root / new).parent.mkdir(parents=True, exist_ok=True)
        self.git("mv", old, new)

    def diff(self, base: str = "base", head: str | None = None, **options):
        from civcat.diff.gitdiff import git_diff

        return git_diff(self.root, base, head, use_cache=False, **options)

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "civcat", "diff", *args],
            cwd=self.root,
            capture_output=True,
            text=True,
            env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "HOME": str(self.root / ".home")},
            timeout=60,
        )

    def json(self, *args: str) -> dict:
        run = self.cli(*args, "--format", "json")
        assert run.returncode in (0, 1), run.stderr
        return json.loads(run.stdout)


def targets(document: dict) -> list[tuple[str, str]]:
    """(change, target) of every change of a --git JSON document."""
    return [(c["change"], c["target"]) for c in document["changes"]]
