"""The content-hash cache never hides a finding: edits, renames, new configuration and dates all count."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import VILLAGE, VILLAGE_CHARTER, MiniRepo
from platformdirs import user_cache_path

from civcat import validate as validate_module
from civcat.cache import Cache, cache_folder


@pytest.fixture(autouse=True)
def private_cache_secret(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
    monkeypatch.delenv("CIVCAT_CACHE_DIR", raising=False)


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
        (folder / f"files-{name}.json").write_text(
            json.dumps({"0" * 64: {"data": None, "kind": None, "findings": []}}), encoding="utf-8"
        )
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


# --- a damaged, edited or empty cache is a miss, never a wrong answer ------------------------------


def _cache_files(mini):
    folder = cache_folder(mini.root) / "v1"
    return folder / "runs.json", sorted(folder.glob("files-*.tsv"))


def test_an_entry_of_the_wrong_shape_reads_as_a_miss(mini):
    """Entries vouched for by the secret but not of the shape a run writes (another version's, say)."""
    mini.replace(VILLAGE, "members: 5", "members: 9")
    expected = summary(mini.validate(use_cache=False))
    mini.validate()
    cache = Cache.open(mini.root, "any fingerprint: the values are sealed under their keys")
    runs, shards = _cache_files(mini)
    run_keys = list(json.loads(runs.read_text(encoding="utf-8")))
    for shape in (
        "not a run",
        {"findings": "not a list"},
        {"findings": [["too", "short"]]},
        {"findings": [[VILLAGE, "1", 1, "CV402", "error", "a line that is text"]]},
        {"other": []},
    ):
        for key in run_keys:
            cache.put_run(key, shape)
        assert summary(mini.validate()) == expected
    file_keys = [line.split("\t", 1)[0] for shard in shards for line in shard.read_text(encoding="utf-8").splitlines()]
    for key in file_keys:
        cache.put(key, {"kind": "community", "head": None, "findings": [["x", 1]], "summary": 3})
    cache.save()
    for key in run_keys:
        cache.put_run(key, "not a run")
    assert summary(mini.validate()) == expected


def _without_findings(text: str) -> str:
    """An entry's JSON text with its findings emptied (as someone editing the cache would)."""
    value = json.loads(text)
    value["findings"] = []
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def test_an_edited_entry_is_a_miss_never_a_false_no_problems(mini):
    mini.replace(VILLAGE, "members: 5", "members: 9")
    expected = summary(mini.validate())
    assert expected != []
    runs, shards = _cache_files(mini)
    edited = {}
    for key, value in json.loads(runs.read_text(encoding="utf-8")).items():
        if isinstance(value, dict):  # an entry as plain JSON
            edited[key] = {**value, "findings": []}
        else:  # [HMAC, JSON text]: the text edited, the HMAC kept
            edited[key] = [value[0], _without_findings(value[1])]
    runs.write_text(json.dumps(edited), encoding="utf-8")
    for shard in shards:
        lines = []
        for line in shard.read_text(encoding="utf-8").splitlines():
            head, _tab, text = line.rpartition("\t")
            lines.append(f"{head}\t{_without_findings(text)}\n")
        shard.write_text("".join(lines), encoding="utf-8")
    assert summary(mini.validate()) == expected  # the run's entry is refused: files are read again
    runs.unlink()
    assert summary(mini.validate()) == expected  # and so is each file's


def test_an_empty_secret_is_made_afresh(mini):
    mini.validate()
    secret = user_cache_path("civcat", appauthor=False) / "secret"
    assert len(secret.read_text(encoding="ascii").strip()) == 64
    for damaged in ("", "\n", "zz", "00"):
        secret.write_text(damaged, encoding="ascii")
        runs, _shards = _cache_files(mini)
        runs.unlink(missing_ok=True)
        mini.validate()
        assert runs.is_file()  # the cache still works
        assert len(secret.read_text(encoding="ascii").strip()) == 64


def test_the_cache_lives_where_platformdirs_puts_the_users_caches(mini, monkeypatch):
    monkeypatch.delenv("CIVCAT_CACHE_DIR", raising=False)
    assert cache_folder(mini.root).is_relative_to(user_cache_path("civcat", appauthor=False) / "repos")


# --- a repository whose path is not UTF-8 -----------------------------------------------------------


def test_a_repository_under_a_folder_named_in_gbk_is_validated_and_exported(tmp_path):
    folder = Path(os.fsdecode(tmp_path.as_posix().encode() + b"/" + "石门村资料".encode("gbk")))
    mini = MiniRepo(folder)
    mini.replace(VILLAGE, "members: 5", "members: 9")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "user-cache"), "CIVCAT_LANG": "zh"}
    env.pop("CIVCAT_CACHE_DIR", None)
    for _run in ("cold", "warm"):
        run = subprocess.run(
            [sys.executable, "-m", "civcat", "validate", "--as-of", "2026-11-28"],
            cwd=folder,
            env=env,
            capture_output=True,
        )
        assert run.returncode == 1, run.stderr.decode(errors="replace")
        assert b"Traceback" not in run.stderr
        assert "500243112201.yaml" in run.stdout.decode()
    run = subprocess.run(
        [sys.executable, "-m", "civcat", "export", "-o", "county.xlsx", "--as-of", "2026-11-28"],
        cwd=folder,
        env=env,
        capture_output=True,
    )
    assert run.returncode == 0, run.stderr.decode(errors="replace")
    assert (folder / "county.xlsx").is_file()
    run = subprocess.run([sys.executable, "-m", "civcat", "fmt", "--check"], cwd=folder, env=env, capture_output=True)
    assert run.returncode == 0, run.stderr.decode(errors="replace")


def test_no_cache_help_names_where_the_cache_is():
    """The cache is in the user's cache folder unless the county made .civcat_cache/: the help says so."""
    import typer.main

    from civcat.cli import app

    group = typer.main.get_command(app)
    for command in ("validate", "diff", "fmt"):
        option = next(p for p in group.commands[command].params if p.name == "no_cache")
        assert "用户缓存文件夹" in option.help, (command, option.help)


def test_a_file_kept_whole_reads_back_only_as_written(tmp_path):
    """`put_file`/`get_file` (diff --across's distances): one HMAC over the whole value. An edit
    anywhere, a damaged file, a file of another name or another secret reads as missing."""
    root = tmp_path / "county"
    root.mkdir()
    cache = Cache(root, "fingerprint", b"s" * 32)
    value = {"a" * 64: ["模板", 2, 2, 1, 1, 0, 0], "b" * 64: ["模板", 2, 3, 2, 0, 1, 0]}
    cache.put_file("across.json", value)
    assert cache.get_file("across.json") == value
    path = cache.folder / "across.json"
    seal, text = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps([seal, text.replace("1,0,0]", "0,0,0]")]), encoding="utf-8")
    assert cache.get_file("across.json") is None  # one figure changed
    path.write_text(json.dumps([seal, text]), encoding="utf-8")
    assert cache.get_file("across.json") == value
    (cache.folder / "other.json").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert cache.get_file("other.json") is None  # sealed under its own name: not movable
    assert Cache(root, "fingerprint", b"t" * 32).get_file("across.json") is None  # another secret
    for damaged in ("", "[", '{"x": 1}', json.dumps([seal]), json.dumps([seal, text[:-1]])):
        path.write_text(damaged, encoding="utf-8")
        assert cache.get_file("across.json") is None, damaged
    path.write_bytes(b"\xff\xfe")
    assert cache.get_file("across.json") is None  # not UTF-8
    assert cache.get_file("missing.json") is None


# The clause analyses kept by article text (civcat.rules.legality.StoredMeasures): a charter edited outside its
# articles is not analysed again, nor are its unchanged articles; what is kept never changes a finding.

FINED = "不乱倒乱扔，违者罚款200元。"


@pytest.fixture
def analysed(monkeypatch) -> list[str]:
    """The texts the clause analyser reads from here on (this process's own memory of analyses emptied)."""
    from civcat.rules import legality
    from civcat.rules.clauses import analyser

    texts: list[str] = []
    real = analyser.analyse
    legality.measures_of.cache_clear()
    monkeypatch.setattr(analyser, "analyse", lambda text: texts.append(text) or real(text))
    return texts


def forget_in_memory() -> None:
    from civcat.rules import legality

    legality.measures_of.cache_clear()


def test_a_charter_edited_outside_its_articles_is_not_analysed_again(mini, analysed):
    mini.replace(VILLAGE_CHARTER, "不乱倒乱扔。", FINED)
    first = summary(mini.validate())
    assert FINED.removeprefix("不乱倒乱扔，") in "".join(analysed)
    forget_in_memory()
    analysed.clear()
    mini.replace(VILLAGE_CHARTER, "present: 600", "present: 610")
    again = summary(mini.validate())
    assert analysed == []
    assert [row[3] for row in again] == [row[3] for row in first] == ["CV601"]


def test_only_the_edited_article_is_analysed_again(mini, analysed):
    mini.validate()
    forget_in_memory()
    analysed.clear()
    mini.replace(VILLAGE_CHARTER, "不乱倒乱扔。", FINED)
    assert [f.code for f in mini.validate().findings] == ["CV601"]
    assert analysed == ["村民应当爱护公共环境，垃圾分类投放，" + FINED]


def test_what_worker_processes_analyse_is_kept_by_the_parent(mini, analysed, monkeypatch):
    mini.replace(VILLAGE_CHARTER, "不乱倒乱扔。", FINED)
    monkeypatch.setattr(validate_module, "PARALLEL_FROM", 2)
    parallel = summary(mini.validate(jobs=2))
    forget_in_memory()
    analysed.clear()
    mini.replace(VILLAGE_CHARTER, "present: 600", "present: 610")
    assert [row[3] for row in summary(mini.validate(jobs=1))] == [row[3] for row in parallel] == ["CV601"]
    assert analysed == []


def test_an_edited_or_planted_analysis_is_a_miss(mini, analysed):
    mini.replace(VILLAGE_CHARTER, "不乱倒乱扔。", FINED)
    mini.validate()
    shards = list((cache_folder(mini.root) / "v1" / "measures").glob("*/files-*.tsv"))
    assert shards
    for shard in shards:  # every analysis emptied in place, its HMAC left as it was
        lines = shard.read_text(encoding="utf-8").splitlines()
        shard.write_text("".join(line.rsplit("\t", 1)[0] + '\t{"measures":[]}\n' for line in lines), encoding="utf-8")
    forget_in_memory()
    mini.replace(VILLAGE_CHARTER, "present: 600", "present: 610")
    assert [f.code for f in mini.validate().findings] == ["CV601"]


def test_the_analyses_of_an_older_civcat_are_removed(mini):
    older = cache_folder(mini.root) / "v1" / "measures" / "0123456789abcdef"
    older.mkdir(parents=True)
    (older / "files-00.tsv").write_text("", encoding="utf-8")
    forget_in_memory()
    mini.validate()
    kept = list((cache_folder(mini.root) / "v1" / "measures").iterdir())
    assert kept and older not in kept


def test_a_kept_analysis_of_another_shape_is_no_measure():
    from civcat.rules.clauses.measure import Measure

    measure = Measure("CV601", 3, 7, "罚款百元", "罚款", False)
    assert Measure.from_row(measure.as_row()) == measure
    for row in (
        {},
        ["CV601", 3, 7, "罚款百元", "罚款"],
        ["CV601", "3", 7, "罚款百元", "罚款", False],
        [*measure.as_row()[:5], 1],
    ):
        assert Measure.from_row(row) is None


def test_the_cache_keeps_sixteen_shards_and_drops_the_older_forms(mini):
    mini.replace(VILLAGE_CHARTER, "不乱倒乱扔。", FINED)
    forget_in_memory()
    folder = cache_folder(mini.root) / "v1"
    folder.mkdir(parents=True, exist_ok=True)
    for legacy in ("files-ab.tsv", "files-ab.json"):  # what civcat before 16 shards left behind
        (folder / legacy).write_text("kept by an older civcat\n", encoding="utf-8")
    mini.validate()
    analyses = sorted(p.name for p in (folder / "measures").glob("*/files-*.tsv"))
    assert analyses and all(len(name) == len("files-0.tsv") for name in analyses)
    per_file = sorted(p.name for p in folder.glob("files-*"))
    assert per_file and all(len(name) == len("files-0.tsv") for name in per_file)  # the older forms are gone
    assert len(per_file) <= 16
