"""The loader's fuzz entry point, run for a bounded time: the plain random fuzzer always, atheris when installed."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import fuzz_loader
import pytest


def test_plain_fuzzer_runs_five_seconds_without_a_crash_or_hang(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a crash keeps its input here
    runs = fuzz_loader.plain(5.0, seed=20261128)
    assert runs > 50
    assert not list(tmp_path.glob("crash-*"))


def test_the_seeds_load():
    for data in fuzz_loader.seeds()[:50]:
        fuzz_loader.check(data)


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is not installed")
def test_atheris_runs_five_seconds_without_a_crash(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number, data in enumerate(fuzz_loader.seeds()):
        (corpus / f"seed-{number}.yaml").write_bytes(data)
    process = subprocess.run(
        [
            sys.executable,
            str(Path(fuzz_loader.__file__)),
            "-max_total_time=5",
            "-timeout=10",
            "-rss_limit_mb=3000",
            f"-artifact_prefix={tmp_path}/",
            str(corpus),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert process.returncode == 0, process.stderr[-4000:]
    assert not list(tmp_path.glob("crash-*")) and not list(tmp_path.glob("timeout-*"))
