"""`civcat schema`: the exported JSON Schemas are valid draft 2020-12, speak Chinese, accept the bundled
county, and agree with `civcat validate` (CV101–CV106) on broken files: check-jsonschema, run on the
local schema files (no network), must reject every file civcat rejects for its schema and accept the
clean ones.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import COMMUNITY_CHARTER, MINI_COUNTY, VILLAGE, VILLAGE_CHARTER
from typer.testing import CliRunner

from civcat.cli import app
from civcat.jsonschema_export import COMBINED, DIALECT, combined_schema, kind_schema, schema_filename, vscode_settings
from civcat.models import KINDS
from civcat.repository import data_files

REPO = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u4e00-\u9fff]")
SCHEMA_CODES = {"CV101", "CV102", "CV103", "CV104", "CV105", "CV106"}

COUNTY = "catalogues/county.yaml"
TRIAGE = "catalogues/reference/triage-township.yaml"
CONSULTATION = "catalogues/reference/consultation.yaml"
AUTONOMY = "catalogues/reference/autonomy.yaml"
MODEL = "charters/model/village_rules.yaml"

KIND_OF = {
    COUNTY: "county",
    TRIAGE: "triage-reference",
    "catalogues/reference/triage-street.yaml": "triage-reference",
    CONSULTATION: "consultation-reference",
    AUTONOMY: "autonomy-reference",
    VILLAGE: "community",
    "catalogues/communities/500243001/500243001001.yaml": "community",
    VILLAGE_CHARTER: "charter",
    COMMUNITY_CHARTER: "charter",
    MODEL: "charter-model",
    "charters/model/residents_convention.yaml": "charter-model",
}

# (name, file, text to replace, replacement, the code civcat reports)
BROKEN = [
    ("county-name-missing", COUNTY, "name: 彭水苗族土家族自治县\n", "", "CV101"),
    ("county-code-unquoted", COUNTY, 'code: "500243"', "code: 500243", "CV102"),
    ("county-code-5-digits", COUNTY, 'code: "500243"', 'code: "50024"', "CV105"),
    ("county-unknown-field", COUNTY, "authority:", "authorty:", "CV103"),
    ("township-type", COUNTY, "type: street}", "type: streets}", "CV104"),
    ("totals-negative", COUNTY, "villages: 1,", "villages: -1,", "CV106"),
    ("major-without-handler", TRIAGE, "    handler: 乡镇人民政府社会事务办公室\n", "", "CV101"),
    ("tier-unknown", TRIAGE, "tier: private", "tier: personal", "CV104"),
    ("item-id-pattern", TRIAGE, "id: SS-01", "id: SS-1", "CV105"),
    ("issued-not-iso", TRIAGE, "issued: 2021-09-30", "issued: 2021-9-30", "CV105"),
    ("issued-no-such-day", TRIAGE, "issued: 2021-09-30", "issued: 2021-02-30", "CV105"),
    ("minor-forms-empty", TRIAGE, "forms: [村民小组会议]", "forms: []", "CV101"),
    ("category-id", CONSULTATION, "id: institution", "id: institutions", "CV104"),
    ("consultation-item-title-missing", CONSULTATION, "title: 村规民约（居民公约）的制定和修订, ", "", "CV101"),
    ("assist-unknown-field", AUTONOMY, "department: 县民政局", "dept: 县民政局", "CV103"),
    ("members-as-text", VILLAGE, "members: 5", 'members: "5"', "CV102"),
    ("women-negative", VILLAGE, "women: 1", "women: -1", "CV106"),
    ("platforms-empty", VILLAGE, "platforms: [村民议事会, 院坝会]", "platforms: []", "CV101"),
    ("urban-rural-unquoted", VILLAGE, 'urban_rural: "220"', "urban_rural: 220", "CV102"),
    ("elected-not-iso", VILLAGE, "elected: 2026-03-01", "elected: 2026-3-1", "CV105"),
    ("local-item-tier-missing", VILLAGE, "tier: minor, ", "", "CV101"),
    (
        "committee-as-list",
        VILLAGE,
        "committee:\n  elected: 2026-03-01\n  members: 5\n  women: 1\n",
        "committee: [5]\n",
        "CV102",
    ),
    ("vote-body", VILLAGE_CHARTER, "body: villagers_meeting", "body: village_meeting", "CV104"),
    ("revision-zero", VILLAGE_CHARTER, "revision: 1", "revision: 0", "CV106"),
    ("eligible-fraction", VILLAGE_CHARTER, "eligible: 1000", "eligible: 1000.5", "CV102"),
    ("status-unknown", VILLAGE_CHARTER, "status: adopted", "status: passed", "CV104"),
    ("status-misspelt-key", VILLAGE_CHARTER, "status: adopted", "state: adopted", "CV103"),
    ("voted-slashes", VILLAGE_CHARTER, "voted: 2021-08-15", "voted: 2021/08/15", "CV105"),
    ("community-code-letters", VILLAGE_CHARTER, 'community: "500243112201"', 'community: "50024311220X"', "CV105"),
    ("model-title-missing", MODEL, "title: 村规民约示范文本\n", "", "CV101"),
    (
        "model-chapter-without-articles",
        MODEL,
        "  - title: 环境卫生\n    articles:\n      - text: 村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。\n",
        "  - title: 环境卫生\n    articles: []\n",
        "CV101",
    ),
]


def broken_text(rel: str, old: str, new: str) -> str:
    text = textwrap.dedent(MINI_COUNTY[rel])
    assert text.count(old) == 1, (rel, old)
    return text.replace(old, new)


def check_jsonschema(schema: Path, files: list[Path]) -> dict[str, list[str]]:
    """check-jsonschema's verdict on each file: the messages of its errors ([] when the file is valid)."""
    run = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), "-o", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode in (0, 1), run.stdout + run.stderr
    report = json.loads(run.stdout)
    verdict: dict[str, list[str]] = {str(f): [] for f in files}
    for error in report.get("errors", []) + report.get("parse_errors", []):
        verdict[error["filename"]].append(error["message"])
    return verdict


@pytest.fixture(scope="module")
def schemas(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("schemas")
    old = Path.cwd()
    os.chdir(folder)
    try:
        run = CliRunner().invoke(app, ["schema", "-o", str(folder)], catch_exceptions=False)
    finally:
        os.chdir(old)
    assert run.exit_code == 0, run.output
    return folder


# --- the schemas themselves ----------------------------------------------------------------------


def test_every_kind_is_written_and_is_valid_draft_2020_12(schemas):
    from jsonschema import Draft202012Validator

    names = sorted(p.name for p in schemas.iterdir())
    assert names == sorted([*(schema_filename(k) for k in KINDS), COMBINED])
    for path in schemas.iterdir():
        schema = json.loads(path.read_text(encoding="utf-8"))
        assert schema["$schema"] == DIALECT
        Draft202012Validator.check_schema(schema)


def _titles(node, where="$"):
    if isinstance(node, dict):
        for name, prop in (node.get("properties") or {}).items():
            yield f"{where}.{name}", prop.get("title"), prop.get("description")
        for key, value in node.items():
            yield from _titles(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _titles(value, f"{where}[{i}]")


@pytest.mark.parametrize("kind", KINDS)
def test_titles_and_descriptions_are_chinese(kind):
    schema = kind_schema(kind)
    assert schema["title"].startswith(f"civcat-{kind}：") and CJK.search(schema["title"])
    assert CJK.search(schema["description"])
    for part, definition in schema.get("$defs", {}).items():
        assert CJK.search(definition["title"]), part
    for where, title, description in _titles(schema):
        assert title and CJK.search(title), where
        assert description and CJK.search(description), where


def test_dates_are_strings_with_format_date():
    committee = kind_schema("community")["$defs"]["Committee"]["properties"]["elected"]
    assert committee["type"] == "string" and committee["format"] == "date"


def test_printing_one_kind_and_unknown_kind(tmp_path):
    runner = CliRunner()
    run = runner.invoke(app, ["schema", "charter"], catch_exceptions=False)
    assert run.exit_code == 0 and json.loads(run.stdout) == kind_schema("charter")
    run = runner.invoke(app, ["schema"], catch_exceptions=False)
    assert run.exit_code == 0 and json.loads(run.stdout) == combined_schema()
    run = runner.invoke(app, ["schema", "comunity"], catch_exceptions=False)
    assert run.exit_code == 2 and "community" in run.stderr
    run = runner.invoke(app, ["schema", "county", "-o", str(tmp_path)], catch_exceptions=False)
    assert run.exit_code == 0 and sorted(p.name for p in tmp_path.iterdir()) == ["civcat-county.schema.json"]


def test_vscode_settings_map_every_data_file_to_a_schema(mini):
    import fnmatch

    settings = vscode_settings("schemas")
    assert settings["yaml.yamlVersion"] == "1.2"
    mapping = settings["yaml.schemas"]
    assert all(key.startswith("./schemas/") for key in mapping)
    for rel in MINI_COUNTY:
        matches = [
            schema
            for schema, globs in mapping.items()
            if any(fnmatch.fnmatch(rel, g.replace("**/", "*/")) or fnmatch.fnmatch(rel, g) for g in globs)
        ]
        assert len(matches) == 1, (rel, matches)
    old = Path.cwd()
    os.chdir(mini.root)
    try:
        run = CliRunner().invoke(app, ["schema", "--vscode"], catch_exceptions=False)
    finally:
        os.chdir(old)
    assert run.exit_code == 0 and json.loads(run.stdout) == settings


# --- agreement with civcat validate --------------------------------------------------------------


def test_bundled_county_passes_every_kind_schema(schemas):
    files = data_files(REPO)
    by_kind: dict[str, list[Path]] = {}
    for path in files:
        rel = path.relative_to(REPO).as_posix()
        kind = (
            "county"
            if rel == COUNTY
            else "community"
            if rel.startswith("catalogues/communities/")
            else "charter-model"
            if rel.startswith("charters/model/")
            else "charter"
            if rel.startswith("charters/")
            else None
        )
        if kind is None:  # a reference catalogue: its kind is inside
            kind = re.search(r"^kind: (\S+)$", path.read_text(encoding="utf-8"), re.MULTILINE).group(1)
        by_kind.setdefault(kind, []).append(path)
    assert set(by_kind) == set(KINDS) and sum(map(len, by_kind.values())) == 599
    for kind, paths in by_kind.items():
        verdict = check_jsonschema(schemas / schema_filename(kind), paths)
        assert not any(verdict.values()), {f: e for f, e in verdict.items() if e}
    verdict = check_jsonschema(schemas / COMBINED, files)
    assert not any(verdict.values()), {f: e for f, e in verdict.items() if e}


def test_clean_mini_county_passes_civcat_and_the_schemas(mini, schemas):
    assert mini.findings() == []
    by_kind: dict[str, list[Path]] = {}
    for rel, kind in KIND_OF.items():
        by_kind.setdefault(kind, []).append(mini.root / rel)
    for kind, paths in [*by_kind.items(), ("all", [mini.root / rel for rel in KIND_OF])]:
        schema = COMBINED if kind == "all" else schema_filename(kind)
        verdict = check_jsonschema(schemas / schema, paths)
        assert not any(verdict.values()), (schema, verdict)


@pytest.mark.parametrize(("name", "rel", "old", "new", "code"), BROKEN, ids=[case[0] for case in BROKEN])
def test_civcat_rejects_each_broken_file(mini, name, rel, old, new, code):
    mini.write(rel, broken_text(rel, old, new))
    found = {f.code for f in mini.validate(rel).findings if f.path == rel}
    assert code in found, found
    assert found & SCHEMA_CODES, found


def test_the_schemas_reject_each_broken_file(tmp_path, schemas):
    by_kind: dict[str, list[Path]] = {}
    for name, rel, old, new, _ in BROKEN:
        path = tmp_path / KIND_OF[rel] / f"{name}.yaml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(broken_text(rel, old, new), encoding="utf-8")
        by_kind.setdefault(KIND_OF[rel], []).append(path)
    for kind, paths in by_kind.items():
        for schema in (schema_filename(kind), COMBINED):
            verdict = check_jsonschema(schemas / schema, paths)
            accepted = [Path(f).name for f, errors in verdict.items() if not errors]
            assert accepted == [], (schema, accepted)


def test_known_differences_of_a_json_schema_validator(tmp_path, schemas, mini):
    """What README.md says a JSON Schema validator lets through and civcat does not (kept true by this test)."""
    cases = {
        "integer-written-as-float": ("members: 5", "members: 5.0", "CV102"),  # JSON Schema: 5.0 is an integer
        "underscore-number": ("members: 5", "members: 1_0", "CV102"),  # check-jsonschema's YAML reads 1_0 as 10
    }
    for name, (old, new, code) in cases.items():
        text = broken_text(VILLAGE, old, new)
        mini.write(VILLAGE, text)
        assert code in {f.code for f in mini.validate(VILLAGE).findings}, name
        path = tmp_path / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        assert check_jsonschema(schemas / schema_filename("community"), [path]) == {str(path): []}, name
    # a YAML merge key: check-jsonschema merges it, civcat reads `<<` as an unknown field
    text = broken_text(
        VILLAGE, "committee:\n  elected: 2026-03-01\n", "base: &base {elected: 2026-03-01}\ncommittee:\n  <<: *base\n"
    )
    mini.write(VILLAGE, text)
    assert "CV103" in {f.code for f in mini.validate(VILLAGE).findings}
    path = tmp_path / "merge.yaml"
    path.write_text(text, encoding="utf-8")
    [errors] = check_jsonschema(schemas / schema_filename("community"), [path]).values()
    assert errors and all("'base' was unexpected" in e for e in errors)  # only the anchor's own key, not `<<`


def test_vote_authorised_is_an_optional_boolean_in_the_charter_schema():
    schema = kind_schema("charter")
    vote = schema["$defs"]["Vote"]["properties"]["authorised"]
    kinds = {option.get("type") for option in vote.get("anyOf", [vote])}
    assert kinds == {"boolean", "null"}, vote
    assert "authorised" not in schema["$defs"]["Vote"].get("required", [])
    assert "居民会议授权" in vote["description"]
