"""The bundled county (catalogues/, charters/) reproduces the seed's figures, is lawful and clean,
and is exactly what scripts/generate_county.py generates.

These tests read the YAML directly (ruamel.yaml, safe loader) so they do not depend on civcat's own
loader: they check the data, not the validator.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import re
import subprocess
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pytest
from ruamel.yaml import YAML

REPO = Path(__file__).resolve().parent.parent
GENERATOR = REPO / "scripts" / "generate_county.py"
TOWNSHIPS_CSV = REPO.parent / "shared" / "data" / "pengshui-townships.csv"
_yaml = YAML(typ="safe")

needs_csv = pytest.mark.skipif(not TOWNSHIPS_CSV.is_file(), reason="../shared/data/pengshui-townships.csv not found")


def load(path: Path) -> dict:
    return _yaml.load(path.read_text(encoding="utf-8"))


@cache
def reference(name: str) -> dict:
    return load(REPO / "catalogues" / "reference" / f"{name}.yaml")


def communities(root: Path = REPO) -> dict[str, dict]:
    return {p.stem: load(p) for p in sorted((root / "catalogues" / "communities").glob("*/*.yaml"))}


def charters(root: Path = REPO) -> dict[str, dict]:
    return {p.stem: load(p) for p in sorted((root / "charters").glob("[0-9]*/*.yaml"))}


@cache
def bundled_communities() -> dict[str, dict]:
    return communities()


@cache
def bundled_charters() -> dict[str, dict]:
    return charters()


def generate(out: Path, *args: str) -> None:
    subprocess.run([sys.executable, str(GENERATOR), "--out", str(out), *args], check=True, capture_output=True)


# --- the seed's figures --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("triage-street", {"major": 19, "minor": 24, "private": 23}),
        ("triage-township", {"major": 17, "minor": 28, "private": 39}),
    ],
)
def test_triage_reference_counts(name, expected):
    ref = reference(name)
    assert ref["totals"] == expected
    assert dict(Counter(item["tier"] for item in ref["items"])) == expected
    prefix = {"major": "DS", "minor": "XS", "private": "SS"}
    for item in ref["items"]:
        assert re.fullmatch(rf"{prefix[item['tier']]}-\d\d", item["id"]), item["id"]
        assert {"major": {"handler", "basis"}, "minor": {"forms"}, "private": {"route"}}[item["tier"]] <= item.keys()
    ids, titles = [i["id"] for i in ref["items"]], [i["title"] for i in ref["items"]]
    assert len(set(ids)) == len(ids) and len(set(titles)) == len(titles)


def test_consultation_reference_counts():
    ref = reference("consultation")
    items = [i for c in ref["categories"] for i in c["items"]]
    assert ref["totals"] == {"categories": 4, "items": 16}
    assert [c["id"] for c in ref["categories"]] == ["institution", "public_affairs", "village_affairs", "other"]
    assert [i["id"] for i in items] == [f"XY-{n:02d}" for n in range(1, 17)]
    assert all(i["forms"] for i in items)


def test_autonomy_reference_lists():
    ref = reference("autonomy")
    for key, prefix in (("self_governance", "ZZ"), ("assist_government", "XZ"), ("negative", "FM")):
        items = ref[key]
        assert 15 <= len(items) <= 30 and ref["totals"][key] == len(items)
        assert [i["id"] for i in items] == [f"{prefix}-{n:02d}" for n in range(1, len(items) + 1)]
    assert all(i["department"] and i["basis"] for i in ref["assist_government"])
    assert not {i["title"] for i in ref["assist_government"]} & {i["title"] for i in ref["negative"]}


def test_county_and_community_files():
    county = load(REPO / "catalogues" / "county.yaml")
    assert (county["code"], county["totals"]) == ("500243", {"villages": 237, "communities": 59})
    assert Counter(t["type"] for t in county["townships"]) == {"street": 3, "town": 18, "township": 18}
    if TOWNSHIPS_CSV.is_file():
        rows = TOWNSHIPS_CSV.read_text(encoding="utf-8").splitlines()[1:]
        assert [f"{t['code']},{t['name']},{t['type']}" for t in county["townships"]] == rows
    files = bundled_communities()
    assert Counter(c["type"] for c in files.values()) == {"village": 237, "community": 59}
    township_codes = {t["code"] for t in county["townships"]}
    for code, c in files.items():
        assert c["code"] == code and code[:9] in township_codes
        assert (c["type"] == "community") == (1 <= int(code[9:]) <= 199)
        assert c["urban_rural"] in {"111", "112", "121", "122", "123", "210", "220"}
        low, high = (3, 7) if c["type"] == "village" else (5, 9)
        assert low <= c["committee"]["members"] <= high and c["committee"]["women"] >= 1
        assert dt.date(2026, 1, 5) <= c["committee"]["elected"] <= dt.date(2026, 4, 30)
    names = Counter((code[:9], c["name"]) for code, c in files.items())
    assert max(names.values()) == 1, "a name repeats within a township"


def test_community_items_resolve():
    levels = {"street": reference("triage-street"), "township": reference("triage-township")}
    street_codes = {"500243001", "500243002", "500243003"}
    consultation_ids = {i["id"] for c in reference("consultation")["categories"] for i in c["items"]}
    assist = {i["id"]: i for i in reference("autonomy")["assist_government"]}
    negative_titles = {i["title"] for i in reference("autonomy")["negative"]}
    reference_titles = {i["title"] for ref in levels.values() for i in ref["items"]}
    tier_of_local: dict[str, set[str]] = defaultdict(set)
    for code, c in bundled_communities().items():
        ref = levels["street" if code[:9] in street_codes else "township"]
        ids = {i["id"] for i in ref["items"]}
        assert {e["id"] for e in c["triage"]["excluded"]} <= ids
        local_ids = [i["id"] for i in c["triage"]["local"]]
        assert len(set(local_ids)) == len(local_ids)
        for item in c["triage"]["local"]:
            assert item["id"].startswith({"major": "DS-L", "minor": "XS-L", "private": "SS-L"}[item["tier"]])
            assert item["title"] not in reference_titles
            tier_of_local[item["title"]].add(item["tier"])
        assert c["consultation"]["platforms"]
        assert {e["id"] for e in c["consultation"]["excluded"]} <= consultation_ids
        for task in c["assigned_tasks"]:
            ref_item = assist[task["ref"]]
            assert (task["title"], task["department"]) == (ref_item["title"], ref_item["department"])
            assert task["title"] not in negative_titles
    assert all(len(tiers) == 1 for tiers in tier_of_local.values()), tier_of_local
    assert any(len(c["triage"]["local"]) for c in bundled_communities().values())


# --- charters -------------------------------------------------------------------------------------

STEPS = ("solicited", "drafted", "reviewed", "voted", "filed", "published")


def test_charters_one_per_community_and_lawful_procedure():
    county = load(REPO / "catalogues" / "county.yaml")
    township = {t["code"]: t for t in county["townships"]}
    files, docs = bundled_communities(), bundled_charters()
    assert docs.keys() == files.keys()
    assert Counter(d["status"] for d in docs.values()) == {"adopted": 290, "draft": 6}
    for code, d in docs.items():
        c = files[code]
        village = c["type"] == "village"
        assert d["community"] == code
        assert d["type"] == ("village_rules" if village else "residents_convention")
        assert d["title"] == c["name"] + ("村规民约" if village else "居民公约")
        assert 1 <= d["revision"] <= 3
        dates = [d["procedure"][s] for s in STEPS if s in d["procedure"]]
        assert dates == sorted(dates) and dates[-1] < dt.date(2026, 11, 28)
        if d["status"] == "draft":
            continue
        assert len(dates) == 6
        t = township[code[:9]]
        assert d["filed_with"] == t["name"] + ("办事处" if t["type"] == "street" else "人民政府")
        v = d["vote"]
        assert v["body"] == ("villagers_meeting" if village else "residents_meeting")
        if v["basis"] == "households":
            assert 3 * v["present"] >= 2 * v["eligible"]
        else:
            assert 2 * v["present"] > v["eligible"]
        assert v["present"] <= v["eligible"] and 2 * v["in_favour"] > v["present"] >= v["in_favour"]
        assert 1 <= v["women_present"] <= v["present"]


def test_model_charters():
    for name, (low, high) in (("village_rules", (25, 40)), ("residents_convention", (20, 30))):
        model = load(REPO / "charters" / "model" / f"{name}.yaml")
        assert model["kind"] == "charter-model" and model["type"] == name
        assert low <= sum(len(ch["articles"]) for ch in model["chapters"]) <= high
        assert {ch.get("topic") for ch in model["chapters"]} >= {"conduct", "order", "rights", "disputes", "customs"}
    assert len(load(REPO / "charters" / "model" / "village_rules.yaml")["points"]["items"]) >= 10


# --- text hygiene: what civcat's CV6xx and CV7xx rules would flag ---------------------------------

UNLAWFUL = re.compile(
    "罚款|罚金|处以|交纳|缴纳|违约金|赔偿|没收|扣押|收回|扣除|扣发|停发|关押|游街|示众|曝光|挂牌|停水|停电|断电|"
    "断水|停止供|不予|取消|不享受|开除|村籍|资格|连带|全家|出嫁女|外嫁|上门女婿|入赘"
)
TRADITIONAL = set(
    "們這個於與為發鄉鎮區處會議約國說時來對學後過實現產種經機關點長問無開電車務見條帶樣戶業體農營醫縣"
    "辦規則選舉權歲衛環護婦兒紅團結親聯歡禮節驗證費還遠進邊運總數據應從風陽單標準買賣錢銀鐵場報請讓"
    "調糾紛鄰裡齊愛當爭導並傳統認識傷壞掃圍園藝術寫讀書資"
)
CJK = r"\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e"
ASCII_PUNCT_IN_CJK = re.compile(rf"[{CJK}][,.;:?!()]|[,.;:?!()][{CJK}]")
FULL_WIDTH_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
NUMBERING = re.compile(
    r"^(第[一二三四五六七八九十百零〇]+条|[0-9０-９]+[.、．]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)])"
)
INVISIBLE = re.compile(r"[\u0000-\u0009\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def charter_texts(doc: dict) -> list[str]:
    texts = [doc["title"]] + [ch["title"] for ch in doc["chapters"]]
    texts += [a["text"] for ch in doc["chapters"] for a in ch["articles"]]
    if "points" in doc:
        texts += [i["behaviour"] for i in doc["points"]["items"]] + [doc["points"]["redemption"]]
    return texts


def all_yaml_files() -> list[Path]:
    return sorted((REPO / "catalogues").rglob("*.yaml")) + sorted((REPO / "charters").rglob("*.yaml"))


def test_raw_files_are_clean():
    for path in all_yaml_files():
        raw = path.read_bytes()
        assert b"\r" not in raw, path
        text = raw.decode("utf-8")
        assert text.startswith("civcat: 1\nkind: "), path
        assert not TRADITIONAL & set(text), (path, TRADITIONAL & set(text))
        assert not INVISIBLE.search(text), path
        assert not FULL_WIDTH_ALNUM.search(text), path
        assert not re.search(r"^\s*(code|community|uscc|urban_rural): [^\"]", text, re.M), f"unquoted code in {path}"


def test_charter_texts_are_lawful_and_clean():
    models = [load(p) for p in sorted((REPO / "charters" / "model").glob("*.yaml"))]
    for doc in list(bundled_charters().values()) + models:
        articles = [a["text"] for ch in doc["chapters"] for a in ch["articles"]]
        assert len(set(articles)) == len(articles) and all(t.strip() for t in articles), doc["title"]
        for text in charter_texts(doc):
            assert not UNLAWFUL.search(text), (doc["title"], text)
            assert not ASCII_PUNCT_IN_CJK.search(text), (doc["title"], text)
        assert not any(NUMBERING.match(t) for t in articles), doc["title"]


# --- the generator --------------------------------------------------------------------------------


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.yaml"))}


@needs_csv
def test_bundled_data_is_what_the_generator_writes(tmp_path):
    generate(tmp_path)
    generated = tree_bytes(tmp_path)
    for name in generated:
        assert (REPO / name).is_file(), f"{name} is missing from the repository: rerun the generator"
        assert filecmp.cmp(REPO / name, tmp_path / name, shallow=False), f"{name} differs: rerun the generator"
    bundled = {str(p.relative_to(REPO)) for p in all_yaml_files()}
    assert bundled == set(generated), "stale or missing generated files"


@needs_csv
def test_generator_is_deterministic(tmp_path):
    generate(tmp_path / "a", "--communities", "40")
    generate(tmp_path / "b", "--communities", "40")
    first, second = tree_bytes(tmp_path / "a"), tree_bytes(tmp_path / "b")
    assert first == second
    county = load(tmp_path / "a" / "catalogues" / "county.yaml")
    assert sum(county["totals"].values()) == 40 == len(communities(tmp_path / "a"))


@needs_csv
def test_generator_makes_a_larger_synthetic_county(tmp_path):
    generate(tmp_path, "--communities", "3000")
    county = load(tmp_path / "catalogues" / "county.yaml")
    files = communities(tmp_path)
    charter_codes = {p.stem for p in (tmp_path / "charters").glob("[0-9]*/*.yaml")}
    assert len(files) == 3000 and charter_codes == files.keys()
    kinds = Counter(c["type"] for c in files.values())
    assert county["totals"] == {"villages": kinds["village"], "communities": kinds["community"]}
    assert kinds["community"] == round(3000 * 59 / 296)
    ranges = {"street": range(1, 100), "town": range(100, 200), "township": range(200, 400)}
    codes = [t["code"] for t in county["townships"]]
    assert len(set(codes)) == len(codes) > 39
    assert all(int(t["code"][6:]) in ranges[t["type"]] for t in county["townships"])
    assert all(t["name"].startswith("合成") for t in county["townships"][39:])
    assert {code[:9] for code in files} <= set(codes)
    assert (tmp_path / "catalogues" / "reference" / "triage-street.yaml").is_file()
    assert (tmp_path / "charters" / "model" / "village_rules.yaml").is_file()
