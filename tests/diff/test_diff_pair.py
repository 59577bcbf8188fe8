"""`civcat diff A B`: two communities side by side, charters aligned article by article."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MINI_COUNTY, VILLAGE, VILLAGE_CHARTER

from civcat.diff.pair import compare_pair
from civcat.errors import UsageError
from civcat.validate import load_repository, parse_documents

SECOND = "catalogues/communities/500243112/500243112202.yaml"
SECOND_CHARTER = "charters/500243112/500243112202.yaml"


@pytest.fixture
def two(mini):
    """石门村 and 龙塘村 in 长生镇: 龙塘村 drops no item, adds its own, and edits its charter."""
    mini.write(
        SECOND,
        MINI_COUNTY[VILLAGE]
        .replace("500243112201", "500243112202")
        .replace("石门村", "龙塘村")
        .replace("{id: XS-02, reason: 本村无集体林地}", "{id: SS-01, reason: 本村无装修市场}")
        .replace(
            "forms: [院坝会]}",
            "forms: [院坝会]}\n            - {id: XS-L02, tier: minor, title: 公共晒坝使用安排, forms: [院坝会]}",
        )
        .replace(
            "tier: minor, title: 山坪塘日常维护",
            "tier: major, title: 山坪塘日常管护, handler: 镇水利站, basis: [《水法》]",
        )
        .replace("XS-L01, tier: major", "DS-L01, tier: major")
        .replace(", forms: [院坝会]}\n            - {id: XS-L02", "}\n            - {id: XS-L02"),
    )
    mini.write(
        SECOND_CHARTER,
        MINI_COUNTY[VILLAGE_CHARTER]
        .replace("500243112201", "500243112202")
        .replace("石门村", "龙塘村")
        .replace("不乱倒乱扔。", "不乱倒乱丢。\n              - text: 红白喜事从简办理，不大操大办。")
        .replace("present: 600", "present: 700"),
    )
    return mini


def compare(root: Path, a: str, b: str):
    repository = load_repository(root)
    parse_documents(repository)
    return compare_pair(repository, a, b)


def test_catalogue_differences(two):
    result = compare(two.root, "石门村", "500243112202")
    sections = {s.name: s for s in result.sections}
    excluded = sections["triage.excluded"]
    assert [(e.key, e.a, e.b) for e in excluded.only_a] == [("XS-02", "本村无集体林地", None)]
    assert [(e.key, e.a, e.b) for e in excluded.only_b] == [("SS-01", None, "本村无装修市场")]
    assert excluded.only_a[0].label == "XS-02 集体林地管护"
    local = sections["triage.local"]
    # 山坪塘日常维护 / 山坪塘日常管护 are one matter (near-same), put in different tiers.
    [pond] = local.both
    assert (pond.a["tier"], pond.b["tier"]) == ("minor", "major") and pond.differs
    assert [e.key for e in local.only_b] == ["公共晒坝使用安排"]


def test_charters_aligned_article_by_article_with_character_diff(two):
    result = compare(two.root, "500243112201", "龙塘村")
    ops = [(r.op, r.a_number, r.b_number) for r in result.articles]
    # 第一条: the same once each village's own name is read as 本村 (there is none here), so equal.
    assert ops == [("equal", 1, 1), ("changed", 2, 2), ("added", None, 3)]
    changed = result.articles[1]
    assert changed.diff == [
        ("=", "村民应当爱护公共环境，垃圾分类投放，不乱倒乱"),
        ("-", "扔"),
        ("+", "丢"),
        ("=", "。"),
    ]
    assert (changed.a_target, changed.b_target) == ("chapters[1].articles[0]", "chapters[1].articles[0]")
    fields = {e.key: (e.a, e.b) for e in result.fields}
    assert fields["vote.present"] == (600, 700) and fields["title"] == ("石门村村规民约", "龙塘村村规民约")


def test_own_names_do_not_make_articles_differ(two):
    two.replace(VILLAGE_CHARTER, "制定本村规民约。", "结合石门村实际，制定本村规民约。")
    two.replace(SECOND_CHARTER, "制定本村规民约。", "结合龙塘村实际，制定本村规民约。")
    result = compare(two.root, "石门村", "龙塘村")
    assert result.articles[0].op == "equal"


def test_names_codes_and_ambiguity(two):
    two.write(
        "catalogues/communities/500243001/500243001002.yaml",
        MINI_COUNTY[VILLAGE]
        .replace("500243112201", "500243001002")
        .replace("type: village", "type: community")
        .replace("石门村", "龙塘村"),
    )
    with pytest.raises(UsageError, match="“龙塘村”不止一个：500243001002 汉葭街道/龙塘村、500243112202 长生镇/龙塘村"):
        compare(two.root, "石门村", "龙塘村")
    assert compare(two.root, "石门村", "长生镇龙塘村").b.code == "500243112202"
    with pytest.raises(UsageError, match="没有这个名称的村（社区）"):
        compare(two.root, "石门村", "不存在村")
    with pytest.raises(UsageError, match="同一个"):
        compare(two.root, "石门村", "500243112201")


def civcat(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civcat", "diff", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        timeout=60,
    )


def test_cli_formats(two):
    text = civcat("石门村", "龙塘村", cwd=two.root)
    assert text.returncode == 0, text.stderr
    assert "石门村（500243112201，长生镇） ↔ 龙塘村（500243112202，长生镇）" in text.stdout
    assert "不乱倒乱[-扔-]{+丢+}。" in text.stdout
    markdown = civcat("石门村", "龙塘村", "-f", "markdown", cwd=two.root).stdout
    assert "> 村民应当爱护公共环境，垃圾分类投放，不乱倒乱<del>扔</del><ins>丢</ins>。" in markdown
    assert "| **实到人数** | 600 | 700 |" in markdown
    document = json.loads(civcat("石门村", "龙塘村", "-f", "json", cwd=two.root).stdout)
    assert document["a"]["code"] == "500243112201" and document["b"]["name"] == "龙塘村"
    assert document["charter"]["counts"] == {"equal": 1, "changed": 1, "moved": 0, "only_a": 0, "only_b": 1}
    assert document["catalogues"]["triage.excluded"]["only_a"][0]["key"] == "XS-02"
    assert civcat("石门村", cwd=two.root).returncode == 2
    assert civcat("石门村", "不存在村", cwd=two.root).returncode == 2


def test_different_reference_levels_are_not_compared_by_id(mini):
    result = compare(mini.root, "石门村", "三合社区")
    excluded = next(s for s in result.sections if s.name == "triage.excluded")
    assert excluded.both == [] and [e.key for e in excluded.only_a] == ["XS-02"]
    assert result.a.level == "township" and result.b.level == "street"
