"""scripts/check_copied_text.py finds a real text's run of characters in a file, across a line wrap and
punctuation (made-up texts)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "check_copied_text.py"
spec = importlib.util.spec_from_file_location("check_copied_text", SCRIPT)
assert spec is not None and spec.loader is not None
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)


def test_a_run_split_by_a_wrap_and_punctuation_is_found(tmp_path):
    runs = check.runs_of({"X-1": "凡在水库边钓鱼的，没收其钓竿并罚款五十元。"}, 11)
    source = tmp_path / "a.py"
    source.write_text("x = 1\n# example (凡在水库边钓鱼的，没收其\n# 钓竿并罚款): read\ny = 2\n", encoding="utf-8")
    assert [(number, ids) for number, ids, _ in check.shared(source, runs, 11)] == [(2, ["X-1"])]


def test_our_own_wording_of_the_same_measure_is_not_listed(tmp_path):
    runs = check.runs_of({"X-1": "凡在水库边钓鱼的，没收其钓竿并罚款五十元。"}, 11)
    source = tmp_path / "a.py"
    source.write_text("# 在塘边垂钓者，渔具由村里收走，另交罚金五十元\n", encoding="utf-8")
    assert check.shared(source, runs, 11) == []
