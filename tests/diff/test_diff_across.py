"""`civcat diff --across`: reference items excluded, local items grouped by matter, communities ranked."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MINI_COUNTY, VILLAGE_CHARTER

from civcat import summaries
from civcat.diff.across import Distances, across, charter_distance, load_county, model_of
from civcat.validate import load_repository, parse_documents

REPO = Path(__file__).resolve().parents[2]


def village(code: str, name: str, excluded: str = "", local: str = "") -> str:
    return f"""\
        civcat: 1
        kind: community
        code: "{code}"
        name: {name}
        type: village
        triage:
          excluded: [{excluded}]
          local: [{local}]
        consultation:
          platforms: [院坝会]
        """


@pytest.fixture
def county(mini):
    """The mini county with four more villages under 长生镇, each inventing local items in its own words."""
    mini.write(
        "catalogues/communities/500243112/500243112202.yaml",
        village(
            "500243112202",
            "龙塘村",
            "{id: XS-02, reason: 本村无集体林地}",
            "{id: XS-L01, tier: minor, title: 山坪塘日常管护, forms: [院坝会]}",
        ),
    )
    mini.write(
        "catalogues/communities/500243112/500243112203.yaml",
        village(
            "500243112203",
            "桐梓村",
            "{id: XS-02, reason: 林地均已承包到户}",
            "{id: XS-L01, tier: minor, title: 山坪塘 日常维护。, forms: [院坝会]}, "
            "{id: SS-L01, tier: private, title: 农产品电商网店经营, route: market}",
        ),
    )
    mini.write(
        "catalogues/communities/500243112/500243112204.yaml",
        village(
            "500243112204",
            "石桥村",
            "{id: XS-02, reason: 该村无集体林地}",
            "{id: DS-L01, tier: major, title: 山坪塘日常维护, handler: 镇水利站, basis: [《水法》]}, "
            "{id: SS-L01, tier: private, title: 农产品电商网店经营, route: market}",
        ),
    )
    mini.write(
        "catalogues/communities/500243112/500243112205.yaml",
        village(
            "500243112205",
            "磨子村",
            "",
            "{id: XS-L01, tier: minor, title: 村（社区）内道路，路灯等公益设施日常管护, forms: [院坝会]}",
        ),
    )
    return mini


def run_across(root: Path, **options):
    repository = load_repository(root)
    parse_documents(repository)
    return across(repository, **options)


def test_reference_items_with_the_communities_that_exclude_them_and_reasons_grouped(county):
    result = run_across(county.root)
    item = next(i for i in result.reference_items if i.id == "XS-02" and i.level == "township")
    assert item.excluded_by == ["500243112201", "500243112202", "500243112203", "500243112204"]
    assert item.scope == 5 and item.share == pytest.approx(0.8)
    # 本村无集体林地 and 该村无集体林地 are one reason; 林地均已承包到户 another.
    assert [(r.text, r.count) for r in item.reasons] == [("本村无集体林地", 3), ("林地均已承包到户", 1)]
    untouched = next(i for i in result.reference_items if i.id == "DS-01" and i.level == "township")
    assert untouched.excluded_by == [] and untouched.share == 0
    # 三合社区 is under a 街道: it takes the street reference, whose items are counted over one community.
    assert {i.scope for i in result.reference_items if i.level == "street"} == {1}


def test_local_items_are_grouped_by_matter_with_their_tiers(county):
    result = run_across(county.root, min_count=3)
    groups = {g.title: g for g in result.local_items}
    pond = groups["山坪塘日常维护"]
    # The same matter in four spellings: near-same (管护/维护), spaces and punctuation (山坪塘 日常维护。).
    assert pond.communities == ["500243112201", "500243112202", "500243112203", "500243112204"]
    assert dict(pond.tiers) == {"minor": 3, "major": 1}
    assert pond.conflict and pond.candidate
    assert set(pond.titles) == {"山坪塘日常维护", "山坪塘日常管护", "山坪塘 日常维护。"}
    shop = groups["农产品电商网店经营"]
    assert len(shop.communities) == 2 and not shop.conflict and not shop.candidate
    # A local item that repeats a reference item (村（社区）/村 wording, ，/、) is pointed at the reference.
    road = next(g for g in result.local_items if "道路" in g.title)
    assert road.reference == "乡镇层面 XS-01"


def test_candidate_threshold_defaults_to_five_percent_but_at_least_three(county):
    result = run_across(county.root)
    assert result.candidate_threshold == 3
    assert [g.title for g in result.local_items if g.candidate] == ["山坪塘日常维护"]


def test_communities_with_exclusions_additions_and_charter_distance_outliers_first(county):
    county.replace(
        VILLAGE_CHARTER,
        "      - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。",
        "      - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔，每月最后一个星期五打扫公共区域。\n"
        "      - text: 村民建房应当依法申请审批。",
    )
    result = run_across(county.root)
    first = result.communities[0]
    assert first.code == "500243112201" or first.charter is None
    rows = {r.code: r for r in result.communities}
    distance = rows["500243112201"].charter
    assert (distance.kept, distance.changed, distance.added, distance.removed) == (1, 1, 1, 0)
    assert distance.model == "village_rules" and distance.model_articles == 2
    assert distance.score == pytest.approx(1.0)
    assert (rows["500243112203"].excluded, rows["500243112203"].local) == (1, 2)
    # Villages without a charter file come first: they are the first thing to fix.
    assert "no_charter" in rows["500243112202"].flags
    assert result.communities.index(rows["500243112202"]) < result.communities.index(rows["500243112201"])


def test_filling_in_the_name_and_filing_authority_is_not_a_change(mini):
    mini.write(
        "charters/model/village_rules.yaml",
        MINI_COUNTY["charters/model/village_rules.yaml"].replace(
            "不乱倒乱扔。",
            "不乱倒乱扔。\n              - text: 本村规民约报乡（镇）人民政府（街道办事处）备案后公布施行。",
        ),
    )
    mini.replace(
        VILLAGE_CHARTER, "不乱倒乱扔。", "不乱倒乱扔。\n      - text: 石门村规民约报长生镇人民政府备案后公布施行。"
    )
    repository = load_repository(mini.root)
    parse_documents(repository)
    charter = repository.charters["500243112201"]
    distance = charter_distance(charter, model_of(repository, charter), "石门村")
    assert (distance.kept, distance.changed, distance.added, distance.removed) == (3, 0, 0, 0)


def test_township_and_kind_limit_the_comparison(county):
    street = run_across(county.root, township="汉葭街道")
    assert [r.code for r in street.communities] == ["500243001001"]
    assert {i.level for i in street.reference_items} == {"street", "consultation"}
    charters = run_across(county.root, township="500243112", kind="charters")
    assert charters.reference_items == [] and charters.local_items == []
    assert len(charters.communities) == 5
    triage = run_across(county.root, kind="triage")
    assert {i.level for i in triage.reference_items} == {"township", "street"}
    assert all(r.charter is None for r in triage.communities)


def civcat(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civcat", "diff", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        timeout=60,
    )


def test_json_shape(county):
    run = civcat("--across", "--format", "json", cwd=county.root)
    assert run.returncode == 0, run.stderr
    document = json.loads(run.stdout)
    assert document["version"] == 1
    reference = next(r for r in document["reference_items"] if r["id"] == "XS-02" and r["level"] == "township")
    assert {"id", "level", "excluded_by"} <= set(reference) and len(reference["excluded_by"]) == 4
    local = next(g for g in document["local_items"] if g["title"] == "山坪塘日常维护")
    assert local["tiers"] == {"minor": 3, "major": 1} and len(local["communities"]) == 4
    community = next(c for c in document["communities"] if c["code"] == "500243112201")
    assert community["excluded"] == 1 and community["local"] == 1
    assert community["charter_distance"] == {
        "model": "village_rules",
        "model_articles": 2,
        "articles": 2,
        "kept": 2,
        "changed": 0,
        "added": 0,
        "removed": 0,
        "score": 0.0,
    }


def test_text_and_markdown_read_as_a_report(county):
    text = civcat("--across", cwd=county.root).stdout
    assert "哪些参考事项被排除，为什么" in text and "XS-02" in text and "80%" in text
    assert "层级不一致：请统一" in text and "★ 县级清单候选" in text
    markdown = civcat("--across", "--format", "markdown", cwd=county.root).stdout
    assert markdown.startswith("### 比较：全县 6 个村（社区）")
    assert "| XS-02 | 集体林地管护 | 4 | 80% | 本村无集体林地（3）；林地均已承包到户（1） |" in markdown


def test_unknown_township_is_a_usage_error(county):
    run = civcat("--across", "--township", "不存在镇", cwd=county.root)
    assert run.returncode == 2 and "没有这个乡镇" in run.stderr


def test_bundled_county():
    result = run_across(REPO)
    assert result.communities_in_scope == 296 and len(result.communities) == 296
    assert len([i for i in result.reference_items if i.level == "township"]) == 17 + 28 + 39
    assert len([i for i in result.reference_items if i.level == "street"]) == 19 + 24 + 23
    assert len([i for i in result.reference_items if i.level == "consultation"]) == 16
    assert all(r.charter is not None for r in result.communities)
    assert any(g.candidate for g in result.local_items)


# --- from validate's cached summaries (speed and memory at 12,000 communities) ---------------------


@pytest.fixture
def private_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("CIVCAT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


def test_summaries_give_what_full_models_give(county, private_cache):
    """Reasons, consultation categories and charter distances, from summaries as from full models."""
    county.replace(VILLAGE_CHARTER, "不乱倒乱扔", "不乱倒乱丢，爱护古树")
    county.write(
        "catalogues/communities/500243112/500243112206.yaml",
        village("500243112206", "青杠村", "{id: XS-02, reason: 本村无集体林地}", "").replace(
            "platforms: [院坝会]",
            "platforms: [院坝会]\n          local: [{id: XY-L01, category: other, title: 古树保护}]",
        ),
    )
    expected = run_across(county.root).as_json()
    for _run in range(2):  # cold, then from the cache and across.json
        repository, distances = load_county(county.root)
        assert across(repository, distances=distances).as_json() == expected
    assert any(g["categories"] == {"other": 1} for g in expected["local_items"])
    assert any(r["reasons"] for r in expected["reference_items"])


def test_charter_distances_are_kept_by_content_and_verified(county, private_cache):
    load = lambda: load_county(county.root)  # noqa: E731
    repository, distances = load()
    across(repository, distances=distances)
    summaries.FALLBACKS.clear()
    repository, distances = load()
    first = across(repository, distances=distances).as_json()
    assert not summaries.FALLBACKS  # no charter was read again: distances came from across.json
    stored = distances.cache.folder / Distances.NAME
    seal, text = json.loads(stored.read_text(encoding="utf-8"))
    entries = json.loads(text)
    assert len(entries) == 2  # the two charters of the mini county
    key = next(iter(entries))
    entries[key][4] = 99  # one tampered figure: the file's HMAC no longer verifies
    stored.write_text(json.dumps([seal, json.dumps(entries)]), encoding="utf-8")
    repository, distances = load()
    assert distances.known == {}  # the whole file reads as missing
    summaries.FALLBACKS.clear()
    assert across(repository, distances=distances).as_json() == first
    assert summaries.FALLBACKS  # the charters were read again, not taken from the tampered file
    assert distances.cache.get_file(Distances.NAME) == json.loads(text)  # and the true figures kept again
    county.replace(VILLAGE_CHARTER, "不乱倒乱扔", "不乱倒乱丢")  # a changed charter is compared again
    repository, distances = load()
    changed = across(repository, distances=distances).as_json()
    stone = next(c for c in changed["communities"] if c["code"] == "500243112201")
    assert stone["charter_distance"]["changed"] == 1


def test_across_command_uses_no_cache_when_told(county, tmp_path):
    env_cache = tmp_path / "cache-dir"
    run = subprocess.run(
        [sys.executable, "-m", "civcat", "diff", "--across", "--no-cache", "-f", "json"],
        cwd=county.root,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "CIVCAT_CACHE_DIR": str(env_cache), "HOME": str(tmp_path)},
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["communities_in_scope"] == 6
    assert not env_cache.exists()


def test_a_partial_run_keeps_the_other_distances(county, private_cache):
    repository, distances = load_county(county.root)
    across(repository, distances=distances)
    stored = distances.cache.folder / Distances.NAME
    before = json.loads(stored.read_text(encoding="utf-8"))
    for options in ({"kind": "triage"}, {"township": "500243001"}):
        repository, distances = load_county(county.root)
        across(repository, distances=distances, **options)
        assert json.loads(stored.read_text(encoding="utf-8")) == before, options


def test_distances_computed_in_workers_are_the_ones_the_rows_compute(county, private_cache, monkeypatch):
    """The first comparison after the charters changed computes their distances on all cores (here
    two workers, from the first charter on): the figures are the ones computed one by one, and the
    rows then read no charter whole."""
    from civcat.diff import across as across_module

    county.replace(VILLAGE_CHARTER, "不乱倒乱扔", "不乱倒乱丢，爱护古树")
    expected = run_across(county.root).as_json()
    monkeypatch.setattr(across_module, "PARALLEL_DISTANCES", 1)
    repository, distances = load_county(county.root)
    summaries.FALLBACKS.clear()
    result = across(repository, distances=distances, jobs=2).as_json()
    assert result == expected
    assert not summaries.FALLBACKS  # every distance came from the workers, none from a charter read here


def test_distances_computed_in_workers_are_kept_for_the_next_run(county, private_cache, monkeypatch):
    from civcat.diff import across as across_module

    monkeypatch.setattr(across_module, "PARALLEL_DISTANCES", 1)
    repository, distances = load_county(county.root)
    across(repository, distances=distances, jobs=2)
    assert len(distances.cache.get_file(Distances.NAME)) == 2
    repository, distances = load_county(county.root)
    calls = []
    monkeypatch.setattr(across_module, "_distances_of", lambda *a: calls.append(a) or [])
    across(repository, distances=distances, jobs=2)
    assert calls == []  # nothing left to compute: across.json had them all


def test_distances_are_kept_across_days_and_languages(county, private_cache, monkeypatch):
    """A distance depends on the charters' bytes, not on the day or the interface language that are
    part of validate's keys: the next day's first comparison, or one in English, computes none again."""
    import datetime as real_dt
    import types

    from civcat.diff import across as across_module

    monkeypatch.setattr(across_module, "PARALLEL_DISTANCES", 1)
    repository, distances = load_county(county.root)
    expected = across(repository, distances=distances, jobs=2).as_json()

    tomorrow = real_dt.date.today() + real_dt.timedelta(days=1)
    fake_date = types.SimpleNamespace(today=lambda: tomorrow)
    monkeypatch.setattr(across_module, "dt", types.SimpleNamespace(date=fake_date))
    monkeypatch.setenv("CIVCAT_LANG", "en")
    calls = []
    computed = across_module.charter_distance
    monkeypatch.setattr(across_module, "_distances_of", lambda *a: calls.append(a) or [])
    monkeypatch.setattr(across_module, "charter_distance", lambda *a: calls.append(a) or computed(*a))
    repository, distances = load_county(county.root)
    assert across(repository, distances=distances, jobs=2).as_json()["communities"] == expected["communities"]
    assert calls == []  # every distance came from across.json


@pytest.fixture
def in_workers(monkeypatch):
    """Distances computed in two workers from the first charter on, as on a large county."""
    from civcat.diff import across as across_module

    monkeypatch.setattr(across_module, "PARALLEL_DISTANCES", 1)
    return across_module


def test_the_workers_read_the_articles_without_yaml_when_validate_vouches_for_the_reading(
    county, private_cache, in_workers, monkeypatch
):
    """Articles as `civcat fmt` writes them are read line by line, checked against the digest of the
    parsed articles that validate keeps in each charter's entry: no charter is parsed as YAML."""
    county.replace(VILLAGE_CHARTER, "不乱倒乱扔", "不乱倒乱丢，爱护古树")
    expected = run_across(county.root).as_json()
    real_document_of = in_workers._document_of
    # In the (forked) workers a charter read as YAML gives nothing: its row would then read it whole.
    monkeypatch.setattr(
        in_workers, "_document_of", lambda rel, raw: real_document_of(rel, raw) if "/model/" in rel else None
    )
    repository, distances = load_county(county.root)
    summaries.FALLBACKS.clear()
    assert across(repository, distances=distances, jobs=2).as_json() == expected
    assert not summaries.FALLBACKS


QUICK_MISREADINGS = {
    "a comment after the text": ("不乱倒乱扔。", "不乱倒乱扔。  # 2023 年改"),
    "a text continued on the next line": ("不乱倒乱扔。", "不乱倒乱丢，\n                爱护古树。"),
    "quoted text": (
        "- text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。",
        '- text: "村民\\u5e94当爱护公共环境，垃圾分类投放，不乱倒乱扔。"',
    ),
    "folded text": ("- text: 村民应当", "- text: >-\n                  村民应当"),
    "a `- text:` line in other text": (
        "filed_with: 长生镇人民政府",
        "filed_with: 长生镇人民政府\npoints:\n  redemption: |\n    - text: 不是条文",
    ),
}


@pytest.mark.parametrize("form", QUICK_MISREADINGS)
def test_a_charter_the_quick_reading_would_misread_is_read_as_yaml(county, private_cache, in_workers, form):
    old, new = QUICK_MISREADINGS[form]
    county.replace(VILLAGE_CHARTER, old, new)
    expected = run_across(county.root).as_json()
    repository, distances = load_county(county.root)
    summaries.FALLBACKS.clear()
    assert across(repository, distances=distances, jobs=2).as_json() == expected
    assert not summaries.FALLBACKS  # computed in the workers (as YAML there), not by the rows
    stone = next(c for c in expected["communities"] if c["code"] == "500243112201")
    assert stone["charter_distance"]["model_articles"] == 2


def test_the_quick_reading_differs_where_yaml_reads_otherwise(county):
    """What the digest guards against: lines that are not what YAML reads."""
    from civcat.diff.across import _document_of, quick_articles

    county.replace(VILLAGE_CHARTER, "不乱倒乱扔。", "不乱倒乱丢。  # 2023 年改")
    raw = (county.root / VILLAGE_CHARTER).read_bytes()
    parsed = _document_of(VILLAGE_CHARTER, raw)
    assert parsed is not None
    assert quick_articles(raw) != summaries.article_texts(parsed.model)
    assert summaries.articles_digest(quick_articles(raw) or []) != summaries.articles_digest(parsed.model)
    assert quick_articles('- text: "引号"\n'.encode()) is None


def test_a_charter_changed_while_the_workers_read_it_is_not_kept_under_what_the_run_read(
    county, private_cache, in_workers
):
    """The workers read the charters again from disk: a charter changed after this run read it (here
    to text of the same length) must not have its new distance kept under the old content's key,
    where a later run with the old content back would find it."""
    expected = run_across(county.root).as_json()
    original = county.read(VILLAGE_CHARTER)
    repository, distances = load_county(county.root)
    changed = original.replace("不乱倒乱扔", "不乱倒乱丢")
    assert len(changed.encode()) == len(original.encode())
    (county.root / VILLAGE_CHARTER).write_text(changed, encoding="utf-8")
    assert across(repository, distances=distances, jobs=2).as_json() == expected  # what this run read
    (county.root / VILLAGE_CHARTER).write_text(original, encoding="utf-8")
    repository, distances = load_county(county.root)
    assert across(repository, distances=distances, jobs=2).as_json() == expected


def test_workers_are_stopped_when_the_comparison_fails(county, private_cache, in_workers, monkeypatch):
    import multiprocessing
    import time

    def fail(*args):
        raise RuntimeError("stop")

    monkeypatch.setattr(in_workers, "_triage_references", fail)
    repository, distances = load_county(county.root)
    with pytest.raises(RuntimeError):
        across(repository, distances=distances, jobs=2)
    assert distances.running is None
    for _wait in range(100):  # killed: they end at once (polled, not timed)
        if not multiprocessing.active_children():
            break
        time.sleep(0.1)
    assert not multiprocessing.active_children()


def test_the_quick_reading_takes_each_article_line_as_a_lazy_match_would():
    """Spaces and a CR after the text are not part of it, spaces inside are; only lines that start
    (after spaces) with `- text:` and a space are articles."""
    from civcat.diff.across import quick_articles

    lines = [
        "  - text: 一条  ",
        "- text:   前有空格\r",
        "    - text: 中 间 空 格 \r \r",
        "- text: ",
        "- text:",  # no space: not an article line
        "- text:紧贴",  # no space: not an article line
        "  x - text: 行中",  # not at the start of the line
        "\t- text: 制表符开头",  # a tab is not a space
        "- text: 结尾制表符\t",
        "- text: 中间\r回车",
    ]
    lazy = re.compile(r"^[ ]*- text:[ ]+(.*?)[ \r]*$", re.MULTILINE)  # the form first written
    text = "\n".join(lines) + "\n"
    assert quick_articles(text.encode()) is None  # an empty text ("- text: ") is not plain
    without_empty = "\n".join(line for line in lines if line != "- text: ") + "\n"
    assert quick_articles(without_empty.encode()) == lazy.findall(without_empty)
    assert quick_articles(without_empty.encode()) == [
        "一条",
        "前有空格",
        "中 间 空 格",
        "结尾制表符\t",
        "中间\r回车",
    ]


def _no_workers_left() -> bool:
    import multiprocessing
    import time

    for _wait in range(100):  # killed: they end at once (polled, not timed)
        if not multiprocessing.active_children():
            return True
        time.sleep(0.1)
    return False


def test_distances_start_computing_while_the_county_is_read(county, private_cache, in_workers):
    """`civcat diff --across` after `civcat validate`: the workers, forked before the county is read,
    are given the distances as soon as validate's entries are found (before they are expanded);
    the figures are those computed one by one, nothing is asked of them twice, and they are kept."""
    county.replace(VILLAGE_CHARTER, "不乱倒乱扔", "不乱倒乱丢，爱护古树")
    expected = run_across(county.root).as_json()
    repository, distances = load_county(county.root)  # validate's entries in the cache
    (distances.cache.folder / Distances.NAME).unlink(missing_ok=True)
    repository, distances = load_county(county.root, charters=True, jobs=2)
    assert distances.running is not None and distances.pool is None  # the early workers have their tasks
    assert len(distances.expected) == 2  # the two charters of the mini county, paired as the Repository pairs them
    summaries.FALLBACKS.clear()
    assert across(repository, distances=distances, jobs=2).as_json() == expected
    assert not summaries.FALLBACKS  # every distance came from the workers
    assert set(distances.cache.get_file(Distances.NAME)) == distances.expected  # the keys the rows asked for
    assert _no_workers_left()


def test_workers_forked_early_compute_what_no_entry_told_them(county, private_cache, in_workers):
    """Nothing in the cache (no `civcat validate` before): the workers forked early are given the
    distances once the county is read, as before; with every distance kept, they are given nothing
    and stopped."""
    expected = run_across(county.root).as_json()
    repository, distances = load_county(county.root, charters=True, jobs=2)
    assert distances.running is None and distances.pool is not None  # no entry found: no task yet
    summaries.FALLBACKS.clear()
    assert across(repository, distances=distances, jobs=2).as_json() == expected
    assert not summaries.FALLBACKS
    repository, distances = load_county(county.root, charters=True, jobs=2)
    assert distances.running is None and distances.pool is None  # every distance kept: stopped at once
    assert _no_workers_left()
    assert across(repository, distances=distances, jobs=2).as_json() == expected


def test_workers_forked_early_are_stopped_when_reading_the_county_fails(county, private_cache, monkeypatch):
    from civcat.validate import Validator

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(Validator, "check_files", interrupted)
    with pytest.raises(KeyboardInterrupt):
        load_county(county.root, charters=True, jobs=2)
    assert _no_workers_left()


def test_a_county_kept_by_the_command_stays_out_of_the_collectors_sight(county, private_cache, in_workers):
    """`load_county(kept=True)` (the command, which ends with the comparison) freezes what the loading
    made, and the workers started after do not unfreeze it; the figures are the same."""
    import gc

    expected = run_across(county.root).as_json()
    try:
        repository, distances = load_county(county.root, kept=True)
        frozen = gc.get_freeze_count()
        assert frozen > 0
        assert across(repository, distances=distances, jobs=2).as_json() == expected  # workers forked here
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()
    repository, distances = load_county(county.root)
    assert gc.get_freeze_count() == 0  # a library caller's county is collected as usual
