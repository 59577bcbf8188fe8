"""Onboarding another county: civcat init, civcat import divisions, civcat new community|charter."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest
from conftest import AS_OF, VILLAGE

from civcat import __version__
from civcat.errors import UsageError
from civcat.onboarding import (
    import_divisions,
    init_repository,
    new_charters,
    new_community,
    read_divisions,
    starter_files,
    workflow_yaml,
)
from civcat.validate import validate

REPO = Path(__file__).resolve().parent.parent

# A small NBS table (统计用区划代码和城乡划分代码) of a made-up county 500299: townships written
# as 12 digits ending in 000, a county row, a row of another county, and 村/社区 rows.
NBS_ROWS = [
    ("500299000000", "", "试点县"),
    ("500299001000", "", "城关街道"),
    ("500299001001", "111", "城北社区"),
    ("500299001002", "112", "河滨社区"),
    ("500299101000", "", "新场镇"),
    ("500299101001", "121", "新场社区"),
    ("500299101201", "220", "石门村"),
    ("500299101202", "220", "龙塘村"),
    ("500299201000", "", "高山乡"),
    ("500299201201", "220", "高山村"),
    ("500298001001", "111", "别县社区"),
]
COMMUNITY_CODES = [code for code, _, _ in NBS_ROWS if code.startswith("500299") and not code.endswith("000")]


def civcat(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civcat", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        timeout=120,
    )


def write_csv(path: Path, rows=NBS_ROWS, header=("统计用区划代码", "城乡分类代码", "名称"), encoding="utf-8") -> Path:
    lines = [",".join(header)] + [",".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def write_xlsx(path: Path, rows=NBS_ROWS) -> Path:
    """English headers, numbers in the code column (as Excel keeps them), 9-digit township codes."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["2023年统计用区划代码和城乡划分代码"])  # a title line above the header
    sheet.append(["code", "urban_rural", "name"])
    for code, urban_rural, name in rows:
        if code.endswith("000") and not code.endswith("000000"):
            code = code[:9]
        sheet.append([int(code), int(urban_rural) if urban_rural else None, name])
    workbook.save(path)
    return path


def new_county(tmp_path: Path, **options) -> Path:
    root = tmp_path / "county"
    init_repository(root, county_code="500299", county_name="试点县", **options)
    return root


def findings(root: Path, *paths: str):
    return validate(list(paths), cwd=root, as_of=AS_OF, use_cache=False).findings


def codes(found) -> list[str]:
    return sorted(f.code for f in found)


# --- the starter files ---------------------------------------------------------------------------


def test_starter_files_are_the_repositorys_reference_catalogues_and_model_charters():
    """src/civcat/starter/ must not drift from catalogues/reference/ and charters/model/ (scripts/sync_starter.py)."""
    shipped = starter_files()
    expected = {}
    for folder in ("catalogues/reference", "charters/model"):
        for path in sorted((REPO / folder).glob("*.yaml")):
            expected[f"{folder}/{path.name}"] = path.read_bytes()
    assert sorted(shipped) == sorted(expected), "run python scripts/sync_starter.py"
    for rel, data in expected.items():
        assert shipped[rel] == data, f"{rel} differs from the starter copy: run python scripts/sync_starter.py"
    assert (files("civcat") / "starter").is_dir()


# --- civcat init ---------------------------------------------------------------------------------


def test_init_writes_a_repository_whose_only_finding_is_the_empty_township_list(tmp_path):
    root = new_county(tmp_path)
    for rel in (
        "catalogues/county.yaml",
        "catalogues/reference/triage-street.yaml",
        "catalogues/reference/triage-township.yaml",
        "catalogues/reference/consultation.yaml",
        "catalogues/reference/autonomy.yaml",
        "charters/model/village_rules.yaml",
        "charters/model/residents_convention.yaml",
        "templates/README.md",
        ".github/workflows/civcat.yml",
        "civcat.toml",
        ".gitignore",
        "README.md",
    ):
        assert (root / rel).is_file(), rel
    county = (root / "catalogues/county.yaml").read_text(encoding="utf-8")
    assert 'code: "500299"' in county and "name: 试点县" in county and "authority: 试点县民政局" in county
    found = findings(root)
    assert [(f.path, f.code) for f in found] == [("catalogues/county.yaml", "CV101")]
    assert found[0].line == county.splitlines().index("townships: []") + 1


def test_init_adapts_the_starter_to_the_new_county(tmp_path):
    root = new_county(tmp_path)
    street = (root / "catalogues/reference/triage-street.yaml").read_text(encoding="utf-8")
    assert "title: 试点县街道层面“三事分流”参考事项清单" in street
    assert "起步文本" in street
    for rel in (
        "catalogues/reference/triage-street.yaml",
        "catalogues/reference/autonomy.yaml",
        "catalogues/reference/consultation.yaml",
        "charters/model/village_rules.yaml",
    ):
        text = (root / rel).read_text(encoding="utf-8")
        assert "issued:" not in text
        assert "汉葭" not in text
        assert all("彭水" not in line for line in text.splitlines() if not line.startswith("# 起步文本"))


def test_init_ci_workflow_runs_validate_fmt_and_diff(tmp_path):
    root = new_county(tmp_path)
    workflow = (root / ".github/workflows/civcat.yml").read_text(encoding="utf-8")
    assert "civcat validate --format github" in workflow
    assert "civcat fmt --check" in workflow
    assert "civcat diff" in workflow and "--format markdown" in workflow
    assert "${{ github.base_ref }}" in workflow
    # Fails a pull request on the errors it brings, not on old ones; answers in Chinese.
    assert "--exit-code" in workflow and "continue-on-error: ${{ github.event_name == 'pull_request' }}" in workflow
    assert "CIVCAT_LANG: zh" in workflow
    from ruamel.yaml import YAML

    steps = YAML(typ="safe").load(workflow)["jobs"]["check"]["steps"]
    assert any(step.get("run") == f'pip install "civcat=={__version__}"' for step in steps)
    import tomllib

    assert tomllib.loads((root / "civcat.toml").read_text(encoding="utf-8")) == {}


def test_init_refuses_a_non_empty_folder_without_force(tmp_path):
    target = tmp_path / "county"
    target.mkdir()
    (target / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(UsageError, match="--force"):
        init_repository(target, county_code="500299", county_name="试点县")
    assert not (target / "catalogues").exists()
    init_repository(target, county_code="500299", county_name="试点县", force=True)
    assert (target / "catalogues/county.yaml").is_file()
    assert (target / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_init_rejects_a_bad_county_code(tmp_path):
    with pytest.raises(UsageError, match="6 位"):
        init_repository(tmp_path / "x", county_code="5002", county_name="试点县")


def test_init_command_with_divisions_then_drafts_validate_clean(tmp_path):
    table = write_csv(tmp_path / "divisions.csv")
    run = civcat("init", "county", "--county", "500299", "--name", "试点县", "--from", str(table), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "新增 catalogues/communities/500299101/500299101201.yaml  石门村" in run.stdout
    root = tmp_path / "county"
    run = civcat("validate", "--format", "json", cwd=root)
    assert run.returncode == 1
    document = json.loads(run.stdout)
    assert {f["code"] for f in document["findings"]} == {"CV212"}  # every community lacks its charter
    assert len(document["findings"]) == len(COMMUNITY_CODES)
    run = civcat("new", "charter", "--all", cwd=root)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("已创建") == len(COMMUNITY_CODES)
    run = civcat("validate", cwd=root)
    assert run.returncode == 0, run.stdout
    assert "没有发现问题" in run.stdout
    # One YAML writer: every file init, import and new wrote is laid out as fmt lays it out.
    run = civcat("fmt", "--check", cwd=root)
    assert run.returncode == 0, run.stdout + run.stderr


def test_init_command_refuses_non_empty_folder(tmp_path):
    (tmp_path / "county").mkdir()
    (tmp_path / "county" / "x").write_text("", encoding="utf-8")
    run = civcat("init", "county", "--county", "500299", "--name", "试点县", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.startswith("civcat: ") and "--force" in run.stderr and "Traceback" not in run.stderr


# --- reading the division table ------------------------------------------------------------------


def test_read_divisions_csv_with_chinese_headers_in_gbk(tmp_path):
    rows = read_divisions(write_csv(tmp_path / "d.csv", encoding="gbk"))
    assert rows[0].code == "500299000000" and rows[0].name == "试点县"
    assert (rows[2].code, rows[2].urban_rural, rows[2].name) == ("500299001001", "111", "城北社区")
    assert rows[2].line == 4


def test_read_divisions_xlsx_with_english_headers_and_numeric_codes(tmp_path):
    rows = read_divisions(write_xlsx(tmp_path / "d.xlsx"))
    assert rows[1].code == "500299001" and rows[1].urban_rural == ""
    assert (rows[2].code, rows[2].urban_rural, rows[2].name) == ("500299001001", "111", "城北社区")


def test_read_divisions_without_header(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("500299101000,,新场镇\n500299101201,220,石门村\n", encoding="utf-8")
    rows = read_divisions(path)
    assert [(r.code, r.urban_rural, r.name) for r in rows] == [
        ("500299101000", "", "新场镇"),
        ("500299101201", "220", "石门村"),
    ]


# --- civcat import divisions ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_import_creates_townships_and_community_stubs(tmp_path, kind):
    root = new_county(tmp_path)
    table = write_csv(tmp_path / "d.csv") if kind == "csv" else write_xlsx(tmp_path / "d.xlsx")
    report = import_divisions(root, table)
    assert [c.code for c in report.townships_created] == ["500299001", "500299101", "500299201"]
    assert sorted(c.code for c in report.communities_created) == sorted(COMMUNITY_CODES)
    assert report.other_counties == 1 and not report.skipped
    county = (root / "catalogues/county.yaml").read_text(encoding="utf-8")
    assert '  - {code: "500299001", name: 城关街道, type: street}' in county
    assert '  - {code: "500299101", name: 新场镇, type: town}' in county
    assert '  - {code: "500299201", name: 高山乡, type: township}' in county
    village = (root / "catalogues/communities/500299101/500299101201.yaml").read_text(encoding="utf-8")
    assert 'code: "500299101201"\nname: 石门村\ntype: village\nurban_rural: "220"\n' in village
    community = (root / "catalogues/communities/500299001/500299001002.yaml").read_text(encoding="utf-8")
    assert "type: community" in community and 'urban_rural: "112"' in community
    assert codes(findings(root)) == ["CV212"] * len(COMMUNITY_CODES)


def test_import_twice_is_idempotent_and_keeps_hand_added_comments(tmp_path):
    root = new_county(tmp_path)
    table = write_csv(tmp_path / "d.csv")
    import_divisions(root, table)
    stone = root / "catalogues/communities/500299101/500299101201.yaml"
    county = root / "catalogues/county.yaml"
    stone.write_text(
        stone.read_text(encoding="utf-8").replace("type: village\n", "type: village   # 2020 年由两村合并\n")
        + "committee: {elected: 2026-03-01, members: 5, women: 1}\n",
        encoding="utf-8",
    )
    county.write_text(
        county.read_text(encoding="utf-8").replace("type: town}", "type: town}   # 镇政府驻地"), encoding="utf-8"
    )
    before = {p: p.read_bytes() for p in root.rglob("*.yaml")}

    report = import_divisions(root, table)
    assert not report.changed
    assert report.townships_unchanged == 3 and report.communities_unchanged == len(COMMUNITY_CODES)
    assert {p: p.read_bytes() for p in root.rglob("*.yaml")} == before

    renamed = [(c, u, "石门新村" if n == "石门村" else n) for c, u, n in NBS_ROWS]
    renamed = [(c, "121" if c == "500299101201" else u, n) for c, u, n in renamed]
    report = import_divisions(root, write_csv(tmp_path / "d2.csv", renamed))
    [change] = report.communities_updated
    assert change.changes == ["名称 石门村 → 石门新村", "城乡分类代码 220 → 121"]
    assert report.notes == []  # no charter yet: nothing to say about its title
    text = stone.read_text(encoding="utf-8")
    assert "name: 石门新村" in text and 'urban_rural: "121"' in text
    assert "type: village   # 2020 年由两村合并" in text
    assert "committee: {elected: 2026-03-01, members: 5, women: 1}" in text
    assert "# 由村（社区）补充" in text
    assert "# 镇政府驻地" in county.read_text(encoding="utf-8")


def test_import_notes_a_charter_title_with_the_old_name(tmp_path):
    root = new_county(tmp_path)
    import_divisions(root, write_csv(tmp_path / "d.csv"))
    new_charters(root, ["500299101201"])
    charter = root / "charters/500299101/500299101201.yaml"
    before = charter.read_bytes()
    rows = [(c, u, "石门新村" if n == "石门村" else n) for c, u, n in NBS_ROWS]
    report = import_divisions(root, write_csv(tmp_path / "d2.csv", rows))
    assert report.notes == [
        "charters/500299101/500299101201.yaml：公约标题仍含旧名称“石门村”；公约只能按程序修订，请核实后修改。"
    ]
    assert charter.read_bytes() == before


def test_import_updates_a_renamed_township_and_reports_what_the_table_lacks(tmp_path):
    root = new_county(tmp_path)
    import_divisions(root, write_csv(tmp_path / "d.csv"))
    rows = [(c, u, "新场街道" if n == "新场镇" else n) for c, u, n in NBS_ROWS if n != "龙塘村"]
    report = import_divisions(root, write_csv(tmp_path / "d2.csv", rows))
    [change] = report.townships_updated
    assert change.changes == ["名称 新场镇 → 新场街道"]  # the type follows the code range (1xx: town)
    assert report.not_in_table == ["catalogues/communities/500299101/500299101202.yaml（500299101202）"]
    assert (root / "catalogues/communities/500299101/500299101202.yaml").is_file()  # never deleted


def test_import_reports_rows_it_cannot_import(tmp_path):
    root = new_county(tmp_path)
    rows = NBS_ROWS + [
        ("50029910120", "220", "短码村"),
        ("500299101450", "220", "特殊区"),
        ("5.00299E+11", "220", "科学村"),
        ("500299301201", "220", "无乡村"),
        ("500299101201", "220", "重复村"),
    ]
    report = import_divisions(root, write_csv(tmp_path / "d.csv", rows))
    text = "\n".join(report.skipped)
    assert "短码村：代码应为 12 位数字" in text
    assert "科学村：代码被 Excel 写成了科学计数法" in text
    assert "500299301201 无乡村：所属乡镇（街道）500299301 不在表中" in text
    assert "重复村：代码重复" in text
    assert "500299101450 特殊区：代码 450 不在 001–199（社区）或 200–399（村）范围内" in text
    assert "500299101450" not in [c.code for c in report.communities_created]


def test_import_township_filter(tmp_path):
    root = new_county(tmp_path)
    report = import_divisions(root, write_csv(tmp_path / "d.csv"), townships=["500299101000"])
    assert [c.code for c in report.townships_created] == ["500299101"]
    assert sorted(c.code for c in report.communities_created) == ["500299101001", "500299101201", "500299101202"]
    with pytest.raises(UsageError, match="--township"):
        import_divisions(root, write_csv(tmp_path / "d.csv"), townships=["500299999"])


def test_import_dry_run_writes_nothing(tmp_path):
    root = new_county(tmp_path)
    county = (root / "catalogues/county.yaml").read_bytes()
    report = import_divisions(root, write_csv(tmp_path / "d.csv"), dry_run=True)
    assert len(report.communities_created) == len(COMMUNITY_CODES)
    assert (root / "catalogues/county.yaml").read_bytes() == county
    assert not (root / "catalogues/communities").exists()


def test_import_command_prints_the_report(tmp_path):
    root = new_county(tmp_path)
    table = write_xlsx(tmp_path / "d.xlsx")
    run = civcat("import", "divisions", str(table), cwd=root)
    assert run.returncode == 0, run.stderr
    assert "乡镇（街道）：新增 3，更新 0，未变 0" in run.stdout
    assert f"村（社区）：新增 {len(COMMUNITY_CODES)}，更新 0，未变 0" in run.stdout
    run = civcat("import", "divisions", str(table), cwd=root)
    assert f"村（社区）：新增 0，更新 0，未变 {len(COMMUNITY_CODES)}" in run.stdout
    run = civcat("import", "divisions", "missing.csv", cwd=root)
    assert run.returncode == 2 and "没有这个文件" in run.stderr


# --- civcat new ----------------------------------------------------------------------------------


def test_new_community_and_its_draft_charter_validate(mini):
    path = new_community(mini.root, "500243112202", name="新村")
    rel = path.relative_to(mini.root).as_posix()
    assert rel == "catalogues/communities/500243112/500243112202.yaml"
    assert "type: village" in mini.read(rel)
    [charter] = new_charters(mini.root, ["500243112202"])
    charter_rel = charter.relative_to(mini.root).as_posix()
    text = mini.read(charter_rel)
    assert "title: 新村村规民约" in text and "status: draft" in text and "model: village_rules" in text
    assert "procedure: {}" in text
    assert not any(line.startswith(("filed_with:", "vote:", "revision:")) for line in text.splitlines())
    assert "村民应当爱护公共环境" in text  # chapters copied from the model
    assert findings(mini.root, rel, charter_rel) == []
    # the county's published totals now differ from the files: that is county.yaml's finding
    assert codes(findings(mini.root)) == ["CV211"]


def test_new_community_type_defaults_from_the_code_range_and_can_be_given(mini):
    path = new_community(mini.root, "500243112002", name="场镇社区")
    assert "type: community" in path.read_text(encoding="utf-8")
    path = new_community(mini.root, "500243112450", name="移民点", kind="community")
    assert "type: community" in path.read_text(encoding="utf-8")
    with pytest.raises(UsageError, match="--type"):
        new_community(mini.root, "500243112451", name="移民点二")
    with pytest.raises(UsageError, match="county.yaml"):
        new_community(mini.root, "500243999201", name="外村")
    with pytest.raises(UsageError, match="已存在"):
        new_community(mini.root, "500243112201", name="石门村")


def test_new_residents_convention_for_a_community(mini):
    new_community(mini.root, "500243001002", name="城北社区")
    [path] = new_charters(mini.root, ["城北社区"])
    text = path.read_text(encoding="utf-8")
    assert "type: residents_convention" in text and "title: 城北社区居民公约" in text
    assert "报汉葭街道办事处备案" in text
    assert findings(mini.root, path.relative_to(mini.root).as_posix()) == []


def test_new_charter_refuses_an_existing_charter(mini):
    with pytest.raises(UsageError, match="已有公约"):
        new_charters(mini.root, ["500243112201"])
    with pytest.raises(UsageError, match="--all"):
        new_charters(mini.root, [])
    assert new_charters(mini.root, everything=True) == []


def test_new_commands(mini):
    run = civcat("new", "community", "500243112203", "--name", "新桥村", cwd=mini.root)
    assert run.returncode == 0, run.stderr
    assert "已创建 catalogues/communities/500243112/500243112203.yaml" in run.stdout
    run = civcat("new", "charter", "新桥村", cwd=mini.root)
    assert run.returncode == 0, run.stderr
    assert "已创建 charters/500243112/500243112203.yaml" in run.stdout
    run = civcat("new", "charter", "新桥村", cwd=mini.root)
    assert run.returncode == 2 and "--force" in run.stderr
    run = civcat("new", "community", "500243112204", "--name", "x", "--type", "town", cwd=mini.root)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr


def test_import_into_the_mini_county_keeps_its_files(mini):
    """Importing the county's own table into an existing repository changes nothing it already has."""
    table = mini.root / "d.csv"
    write_csv(
        table,
        [
            ("500243001000", "", "汉葭街道"),
            ("500243001001", "111", "三合社区"),
            ("500243112000", "", "长生镇"),
            ("500243112201", "220", "石门村"),
        ],
    )
    before = {p: p.read_bytes() for p in mini.root.rglob("*.yaml")}
    report = import_divisions(mini.root, table)
    assert not report.changed
    assert {p: p.read_bytes() for p in mini.root.rglob("*.yaml")} == before
    assert (mini.root / VILLAGE).is_file()


def test_init_workflow_installs_civcat_from_the_given_source(tmp_path):
    source = "git+https://git.example.gov.cn/minzheng/civcat.git@v0.1.0"
    root = tmp_path / "county"
    init_repository(root, county_code="500299", county_name="试点县", civcat_source=source)
    assert f'pip install "{source}"' in (root / ".github/workflows/civcat.yml").read_text(encoding="utf-8")


def test_the_bundled_county_runs_the_same_workflow_in_chinese():
    """This repository's own CI is the workflow `init` writes, installing civcat from the checkout."""
    committed = (REPO / ".github/workflows/civcat.yml").read_text(encoding="utf-8")
    assert committed == workflow_yaml(".")
    assert "CIVCAT_LANG: zh" in committed
