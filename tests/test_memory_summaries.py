"""Summary runs (what `civcat validate` runs) find exactly what full models find, and keep no more than they need.

The repository-wide rules read compact summaries of communities and charters (civcat.summaries)
in a summary run; diff keeps full models. Both must report the same, from a cold run, from worker
processes, from the cache, and when one file changed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import AS_OF, COMMUNITY, VILLAGE, VILLAGE_CHARTER

from civcat import summaries
from civcat import validate as validate_module
from civcat.cache import cache_folder
from civcat.repository import data_files, read_raw, relative_path
from civcat.validate import Validator, validate

REPO = Path(__file__).resolve().parent.parent
NEW_VILLAGE = "catalogues/communities/500243112/500243112299.yaml"


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
    monkeypatch.delenv("CIVCAT_CACHE_DIR", raising=False)


def shown(findings) -> list[tuple]:
    return [(f.path, f.line, f.column, f.code, str(f.severity), f.message) for f in findings]


def with_full_models(
    root: Path, *, as_of: dt.date = AS_OF, select: list[str] | None = None, jobs: int = 1
) -> list[tuple]:
    """What validate() reports, computed with full models (the pipeline diff uses), without the cache."""
    validator = Validator.create(root, as_of=as_of, select=select, use_cache=False, jobs=jobs)
    files = [(relative_path(p, root), read_raw(p, relative_path(p, root), root), True) for p in data_files(root)]
    checked = validator.check_files(files)
    assert all(c.raw is None and (c.document is None or c.source.text is not None) for c in checked)
    _, findings = validator.check_repository(checked)
    findings += [f for c in checked for f in c.findings]
    return shown(sorted(findings, key=lambda f: (f.path, f.line, f.column, f.code)))


def break_repository_rules(mini) -> None:
    """One finding or more of each repository-wide rule, some of them on files that also have file findings."""
    mini.replace(VILLAGE_CHARTER, "filed_with: 长生镇人民政府", "filed_with: 县民政局")  # CV508
    mini.replace(COMMUNITY, 'code: "500243001001"', 'code: "500243112201"')  # CV202, CV208, CV212
    mini.write(
        NEW_VILLAGE,
        mini.read(VILLAGE).replace("500243112201", "500243112299").replace("XS-02", "XS-99")
        + "# civcat: ignore-file[CV212]\n",
    )  # CV301; CV212 (no charter) suppressed by the comment


def test_summaries_find_what_full_models_find(mini, monkeypatch):
    break_repository_rules(mini)
    expected = with_full_models(mini.root, select=["ALL"])
    assert {row[3] for row in expected} >= {"CV508", "CV202", "CV208", "CV212", "CV301"}
    assert (NEW_VILLAGE, "CV301") in {(row[0], row[3]) for row in expected}
    assert (NEW_VILLAGE, "CV212") not in {(row[0], row[3]) for row in expected}
    summaries.FALLBACKS.clear()
    assert shown(mini.validate(select=["ALL"], use_cache=False).findings) == expected
    assert shown(mini.validate(select=["ALL"]).findings) == expected  # cold cache
    (next(cache_folder(mini.root).rglob("runs.json"))).unlink()  # per-file entries only
    assert shown(mini.validate(select=["ALL"]).findings) == expected
    monkeypatch.setattr(validate_module, "PARALLEL_FROM", 2)
    assert shown(mini.validate(select=["ALL"], use_cache=False, jobs=2).findings) == expected
    assert not summaries.FALLBACKS, summaries.FALLBACKS


def test_one_changed_file_after_a_cached_run(mini):
    mini.validate()
    mini.replace(VILLAGE_CHARTER, "type: village_rules", "type: residents_convention")
    expected = with_full_models(mini.root)
    found = mini.validate()
    assert shown(found.findings) == expected
    cv501 = next(f for f in found.findings if f.code == "CV501")  # a repository finding, located in the file's bytes
    assert cv501.line == mini.line_of(VILLAGE_CHARTER, "type: residents_convention")


def test_the_bundled_county_with_every_rule():
    summaries.FALLBACKS.clear()
    expected = with_full_models(REPO, select=["ALL"], as_of=AS_OF)
    result = validate(cwd=REPO, select=["ALL"], as_of=AS_OF, use_cache=False)
    assert shown(result.findings) == expected and expected
    assert not summaries.FALLBACKS, summaries.FALLBACKS


def test_a_summary_run_keeps_no_text_data_or_full_model(mini):
    result = mini.validate(use_cache=False)
    repository = result.repository
    charter = repository.charters["500243112201"]
    community = repository.communities["500243112201"]
    for doc in (charter, community):
        assert doc.source.text is None and set(doc.source.data) <= set(summaries.SOURCE_KEYS)
        assert type(doc.model).__name__.startswith("Summary[")
    assert repository.county.model.townships  # few, small kinds keep their full models


def test_a_summary_reads_like_its_model(mini):
    repository = mini.validate(use_cache=False).repository
    community = repository.communities["500243112201"].model
    charter = repository.charters["500243112201"].model
    assert community.code == "500243112201" and charter.community == "500243112201"
    assert isinstance(charter.procedure.voted, dt.date)
    for item in community.triage.local:
        assert hasattr(item, "tier")
    if community.consultation is not None:
        for item in community.consultation.local:
            assert not hasattr(item, "tier")  # consultation items have no tier, as in the model
    with pytest.raises(AttributeError):
        community.no_such_field  # noqa: B018
    # A field the summary leaves out is read from the file (and counted: the rules never need it).
    summaries.FALLBACKS.clear()
    assert community.committee.members == 5
    assert charter.title and charter.chapters[0].articles
    assert summaries.FALLBACKS


def test_the_cache_keeps_summaries_not_text(mini):
    mini.replace(VILLAGE_CHARTER, "不乱倒乱扔。", "不乱倒乱扔，爱护古树。")
    mini.validate()
    shards = "".join(p.read_text(encoding="utf-8") for p in cache_folder(mini.root).rglob("files-*.tsv"))
    assert "500243112201" in shards and "长生镇人民政府" in shards
    assert "爱护古树" not in shards  # a charter's article: no repository rule reads it
    assert not list(cache_folder(mini.root).rglob("files-*.json"))


def test_diff_reads_full_models_after_a_summary_run(mini):
    """diff (full models) reuses the per-file findings a summary run cached, and reads the files again."""
    from civcat.diff.snapshot import Checker

    mini.replace(VILLAGE, "members: 5", "members: 9")
    mini.validate()
    files = {relative_path(p, mini.root): p.read_bytes() for p in data_files(mini.root)}
    snapshot = Checker.create(mini.root, as_of=AS_OF).check(files)
    assert shown(snapshot.findings) == shown(mini.validate(use_cache=False).findings) != []
    assert snapshot.document(VILLAGE_CHARTER).model.chapters  # a full model
    assert snapshot.data(VILLAGE)["committee"]["members"] == 9


def test_a_run_found_in_the_cache_loads_no_rule(mini, monkeypatch):
    """Nothing changed: the whole run's findings come back before the rules are loaded (start-up time)."""
    import civcat.rules

    mini.replace(VILLAGE, "members: 5", "members: 9")
    expected = shown(mini.validate().findings)

    def refuse():
        raise AssertionError("rules loaded for a run found in the cache")

    monkeypatch.setattr(civcat.rules, "all_rules", refuse)
    assert shown(mini.validate().findings) == expected != []
    with pytest.raises(AssertionError):  # another selection is another run: the rules are needed
        mini.validate(select=["CV4"])


# --- each repository rule reads what it declares (RepositoryRule.reads), and nothing more ---------


def repository_rules() -> dict:
    from civcat.rules import all_rules

    return {code: rule for code, rule in all_rules().items() if rule.scope == "repository"}


def summaries_of(monkeypatch, *reads: dict) -> None:
    """Summaries that keep only these fields (and what the Repository's indexes read)."""
    from civcat.repository import SUMMARY_READS

    fields = summaries.merge_fields({}, SUMMARY_READS)
    for declared in reads:
        summaries.merge_fields(fields, declared)
    monkeypatch.setattr(summaries, "REPOSITORY_FIELDS", fields)
    monkeypatch.setattr(summaries, "_plans", {})


def break_other_repository_rules(mini) -> None:
    """One finding or more of each repository-wide rule that break_repository_rules leaves alone."""
    local = "    - {id: XS-L01, tier: minor, title: 山坪塘日常维护, forms: [院坝会]}\n"
    mini.replace(
        VILLAGE,
        local,
        local + "    - {id: XS-01, tier: minor, title: 村内道路、路灯等公益设施日常管护, forms: [院坝会]}\n"
        "    - {id: XS-L02, tier: major, title: 集体林地防火巡查, handler: 长生镇人民政府, basis: [《森林法》]}\n",
    )  # CV302, CV305; CV304
    task = "  - {title: 协助开展最低生活保障对象入户调查, ref: XZ-01, department: 县民政局}\n"
    mini.replace(
        VILLAGE,
        task,
        task + "  - {title: 出具无法律法规依据的证明, department: 县某局}\n"  # CV307
        "  - {title: 协助开展辖区企业安全生产检查, department: 县应急局}\n",
    )  # CV308
    mini.write(
        NEW_VILLAGE,
        mini.read(VILLAGE)
        .replace("500243112201", "500243112299")
        .replace(
            "{id: XS-L01, tier: minor, title: 山坪塘日常维护, forms: [院坝会]}",
            "{id: DS-L01, tier: major, title: 山坪塘日常维护, handler: 长生镇人民政府, basis: [《水法》]}",
        ),
    )  # CV306
    mini.replace(VILLAGE_CHARTER, "type: village_rules", "type: residents_convention")  # CV501


def test_repository_fields_are_what_the_rules_declare():
    from civcat.diff.across import SUMMARY_READS as ACROSS_READS
    from civcat.repository import SUMMARY_READS

    fields = summaries.merge_fields(summaries.merge_fields({}, SUMMARY_READS), ACROSS_READS)
    for rule in repository_rules().values():
        summaries.merge_fields(fields, rule.reads)
    assert summaries.REPOSITORY_FIELDS == fields


@pytest.mark.parametrize("broken", [break_repository_rules, break_other_repository_rules])
@pytest.mark.parametrize("code", sorted(repository_rules()))
def test_a_repository_rule_reads_only_the_fields_it_declares(mini, monkeypatch, code, broken):
    broken(mini)
    expected = with_full_models(mini.root, select=[code])
    summaries_of(monkeypatch, repository_rules()[code].reads)
    summaries.FALLBACKS.clear()
    assert shown(mini.validate(select=[code], use_cache=False, jobs=1).findings) == expected
    assert not summaries.FALLBACKS, (code, summaries.FALLBACKS)


def test_a_field_a_rule_did_not_declare_is_counted(mini, monkeypatch):
    """CV212 names the community in its message: without `name` in its reads, the summary has to
    load the full model, and says so."""
    mini.remove(VILLAGE_CHARTER)
    reads = repository_rules()["CV212"].reads
    summaries_of(monkeypatch, {**reads, "community": {k: v for k, v in reads["community"].items() if k != "name"}})
    summaries.FALLBACKS.clear()
    assert [f.code for f in mini.validate(select=["CV212"], use_cache=False, jobs=1).findings] == ["CV212"]
    assert summaries.FALLBACKS == {("Summary[community]", "name"): 1}
