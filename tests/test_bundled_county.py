"""The bundled county as a clerk meets it: `civcat validate` is clean and `civcat stats` gives the seed's figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SEED_FIGURES = {
    "townships": {"street": 3, "town": 18, "township": 18},
    "communities": {"village": 237, "community": 59},
    "triage": {
        "street": {"major": 19, "minor": 24, "private": 23},
        "township": {"major": 17, "minor": 28, "private": 39},
    },
    "consultation": {"categories": 4, "items": 16},
}


def civcat(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civcat", *args], cwd=REPO, capture_output=True, text=True, timeout=120
    )


def test_bundled_county_validates_clean():
    run = civcat("validate", "--format", "json")
    document = json.loads(run.stdout)
    assert document["findings"] == [], document["findings"][:5]
    assert run.returncode == 0
    assert document["summary"] == {"files": 599, "errors": 0, "warnings": 0}


def test_bundled_county_is_clean_with_every_rule_selected():
    """Even the rules that are off by default find nothing that is not date-relative."""
    run = civcat("validate", "--format", "json", "--select", "ALL", "--ignore", "CV510")
    assert json.loads(run.stdout)["findings"] == []


def test_stats_are_counted_from_the_files_and_equal_the_seed():
    figures = json.loads(civcat("stats", "--format", "json").stdout)
    for key, expected in SEED_FIGURES.items():
        assert figures[key] == expected, key
    assert sum(figures["charters"].values()) == 296
    assert set(figures["autonomy"]) == {"self_governance", "assist_government", "negative"}
    assert all(n > 0 for n in figures["autonomy"].values())
