"""The content-hash cache never hides a finding: edits, renames, new configuration and dates all count."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from civcat import validate as validate_module
from civcat.cache import cache_folder
from conftest import VILLAGE, VILLAGE_CHARTER


@pytest.fixture(autouse=True)
def private_cache_secret(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))


def summary(result) -> list[tuple]:
    return [(f.path, f.line, f.column, f.code, f.message) for f in result.findings]


def test_warm_run_equals_cold_run_and_writes_the_cache(mini):
    mini.replace(VILLAGE, "members: 5", "members: 9")
    cold = mini.validate(use_cache=False)
    first = mini.validate()
    assert (cache_folder(mini.root) / "v1" / "runs.json").is_file()
    assert not (mini.root / ".civcat_cache").exists()  # validate writes nothing into the repository
    warm = mini.validate()
    assert summary(cold) == summary(first) == summary(warm) != []
    assert warm.repository is None  # the whole run came from the cache


def test_an_edit_after_a_cached_run_is_seen(mini):
    assert mini.validate().findings == []
    mini.replace(VILLAGE_CHARTER, "不乱倒乱扔。", "不乱倒乱扔，违者罚款200元。")
    assert [f.code for f in mini.validate().findings] == ["CV601"]
    mini.replace(VILLAGE_CHARTER, "违者罚款200元", "违者批评教育")
    assert mini.validate().findings == []


def test_one_changed_file_reuses_the_others_and_still_runs_repository_rules(mini):
    mini.validate()
    mini.remove(VILLAGE_CHARTER)  # the village now has no charter: a repository-wide finding
    assert [f.code for f in mini.validate().findings] == ["CV212"]


def test_a_rename_is_seen(mini):
    mini.validate()
    text = mini.read(VILLAGE)
    mini.remove(VILLAGE)
    mini.write(VILLAGE.replace("201.yaml", "202.yaml"), text)
    assert "CV209" in {f.code for f in mini.validate().findings}


def test_new_configuration_and_dates_are_seen(mini):
    mini.replace(VILLAGE, "women: 1", "women: 0")
    assert [f.code for f in mini.validate().findings] == ["CV402"]
    mini.write("civcat.toml", 'ignore = ["CV402"]\n')
    assert mini.validate().findings == []
    mini.write("civcat.toml", "")
    assert "CV403" in {f.code for f in mini.validate(as_of=dt.date(2032, 1, 1)).findings}


def test_a_planted_or_damaged_cache_changes_nothing(mini):
    mini.replace(VILLAGE, "members: 5", "members: 9")
    expected = summary(mini.validate(use_cache=False))
    folder = mini.root / ".civcat_cache" / "v1"
    folder.mkdir(parents=True)
    (folder / "runs.json").write_text("{not json", encoding="utf-8")
    for name in ("00", "7f", "ff"):
        (folder / f"files-{name}.json").write_text(json.dumps({"0" * 64: {"data": None, "kind": None, "findings": []}}),
                                                   encoding="utf-8")
    assert summary(mini.validate()) == expected
    assert summary(mini.validate()) == expected


def test_worker_processes_find_the_same(mini, monkeypatch):
    mini.replace(VILLAGE, "members: 5", "members: 9")
    mini.replace(VILLAGE_CHARTER, "不乱倒乱扔。", "不乱倒乱扔，违者罚款200元。")
    serial = summary(mini.validate(use_cache=False, jobs=1))
    monkeypatch.setattr(validate_module, "PARALLEL_FROM", 2)
    parallel = summary(mini.validate(use_cache=False, jobs=2))
    assert parallel == serial and len(serial) == 2


def test_a_cache_folder_beside_the_data_is_used_when_the_county_creates_it(mini):
    (mini.root / ".civcat_cache").mkdir()
    mini.validate()
    assert (mini.root / ".civcat_cache" / "v1" / "runs.json").is_file()
    assert cache_folder(mini.root) == mini.root / ".civcat_cache"
