"""The analyser's patterns compiled from the table kept between runs (rules/clauses/compiled.py) are the
patterns `re.compile` makes, and any doubt about the table means `re.compile`."""

from __future__ import annotations

import hashlib
import json
import re

import pytest
from conftest import VILLAGE_CHARTER

from civcat.rules import legality
from civcat.rules.clauses import analyser, compiled, vocabulary


@pytest.fixture(autouse=True)
def private_user_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
    monkeypatch.delenv("CIVCAT_CACHE_DIR", raising=False)
    compiled._table.cache_clear()
    yield
    compiled._table.cache_clear()


def declared() -> list[tuple[str, int]]:
    assert analyser.analyse  # every module of the analyser imported, every pattern declared
    return vocabulary.declared_patterns()


def test_every_pattern_from_the_table_is_the_pattern_re_compiles():
    patterns = declared()
    assert len(patterns) > 500
    assert not compiled.holds(patterns)
    compiled.keep(patterns)
    path = compiled.table_path()
    assert path is not None and path.is_file()
    assert compiled.holds(patterns)
    for pattern, flags in patterns:
        made = compiled.compile(pattern, flags)
        assert made == re.compile(pattern, flags)


def test_the_analysis_is_the_same_with_patterns_from_the_table():
    compiled.keep(declared())
    text = "凡外嫁女一律不得享受集体收益分配，违者由村委会停水停电并罚款五百元。"
    from_table = [(m.code, m.evidence) for m in analyser.analyse(text)]
    assert ("CV601", "罚款五百元") in from_table and {"CV604", "CV607"} <= {code for code, _ in from_table}


def damage(change) -> None:
    path = compiled.table_path()
    assert path is not None
    head, _, blob = path.read_bytes().partition(b"\n")
    header, blob = change(json.loads(head), blob)
    path.write_bytes(json.dumps(header).encode() + b"\n" + blob)
    compiled._table.cache_clear()


def test_a_damaged_table_is_not_read():
    patterns = declared()
    compiled.keep(patterns)
    damage(lambda header, blob: (header, blob[:-8] + b"\0" * 8))
    assert compiled._table() is None
    pattern, flags = max(patterns, key=lambda p: len(p[0]))
    assert compiled.compile(pattern, flags) == re.compile(pattern, flags)


def test_code_the_engine_refuses_means_re_compile():
    patterns = declared()
    compiled.keep(patterns)

    def garbage(header, blob):  # a checksum that matches code that is not a pattern's
        junk = bytes(range(256)) * (len(blob) // 256 + 1)
        return {**header, "sha256": hashlib.sha256(junk[: len(blob)]).hexdigest()}, junk[: len(blob)]

    damage(garbage)
    assert compiled._table() is not None
    for pattern, flags in patterns[:50]:
        assert compiled.compile(pattern, flags) == re.compile(pattern, flags)


def test_a_run_over_many_articles_keeps_the_table_and_a_small_one_does_not(mini, monkeypatch):
    legality.measures_of.cache_clear()
    mini.replace(VILLAGE_CHARTER, "不乱倒乱扔。", "不乱倒乱扔，违者罚款200元。")
    mini.validate()
    path = compiled.table_path()
    assert path is not None and not path.exists()
    monkeypatch.setattr(legality, "KEEP_PATTERNS_FROM", 1)
    legality.measures_of.cache_clear()
    mini.replace(VILLAGE_CHARTER, "违者罚款200元", "违者罚款300元")
    assert [f.code for f in mini.validate().findings] == ["CV601"]
    assert path.is_file() and compiled.holds(declared())
