"""`civcat stats --by township`: one row per township, as a table, JSON or CSV (the same keys)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from conftest import COMMUNITY_CHARTER


def civcat(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civcat", *args], cwd=cwd, capture_output=True, timeout=120)


def test_json_rows_and_total(mini):
    mini.remove(COMMUNITY_CHARTER)
    run = civcat("stats", "--by", "township", "--format", "json", cwd=mini.root)
    assert run.returncode == 0, run.stderr.decode()
    figures = json.loads(run.stdout)
    assert [row["code"] for row in figures["townships"]] == ["500243001", "500243112"]
    street, town = figures["townships"]
    assert (street["name"], street["communities"], street["villages"], street["charters_missing"]) == (
        "汉葭街道",
        1,
        0,
        1,
    )
    assert (town["villages"], town["charters_adopted"], town["charters_missing"]) == (1, 1, 0)
    assert figures["total"]["charters_missing"] == 1 and figures["total"]["villages"] == 1


def test_csv_opens_in_excel_and_keeps_the_keys(mini):
    run = civcat("stats", "--by", "township", "-f", "csv", cwd=mini.root)
    assert run.returncode == 0
    assert run.stdout.startswith("\ufeff".encode())  # Excel reads UTF-8 Chinese only with the mark
    rows = list(csv.DictReader(io.StringIO(run.stdout.decode("utf-8-sig"))))
    assert [r["name"] for r in rows] == ["汉葭街道", "长生镇"]
    assert rows[1]["charters_adopted"] == "1"


def test_text_table(mini):
    run = civcat("stats", "--by", "township", cwd=mini.root)
    assert run.returncode == 0
    text = run.stdout.decode()
    assert "汉葭街道" in text and "长生镇" in text and "合计" in text


def test_county_csv(mini):
    run = civcat("stats", "-f", "csv", cwd=mini.root)
    rows = list(csv.reader(io.StringIO(run.stdout.decode("utf-8-sig"))))
    assert rows[0] == ["section", "part", "count"] and ["communities", "village", "1"] in rows


def test_unknown_grouping_is_one_line(mini):
    run = civcat("stats", "--by", "village", cwd=mini.root)
    assert run.returncode == 2 and b"Traceback" not in run.stderr
