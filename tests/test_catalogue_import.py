"""`civcat import catalogue`: edits made in the exported workbook (a real .xlsx, edited with openpyxl as
Excel would save it) are applied to the community files, keeping comments and layout; what cannot be
applied names sheet, row and column, and then nothing is written."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from conftest import AS_OF, COMMUNITY, VILLAGE
from openpyxl import load_workbook
from typer.testing import CliRunner

from civcat.cli import app
from civcat.export import export
from civcat.importers.catalogue import import_catalogue

XLSX_AS_OF = AS_OF.isoformat()


def run(*args: str, cwd: Path):
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(app, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture
def workbook(mini, tmp_path_factory) -> Path:
    # A comment in the village file: it must survive every import.
    mini.replace(VILLAGE, "name: 石门村", "name: 石门村  # 2019 年由两村合并")
    path = tmp_path_factory.mktemp("xlsx") / "county.xlsx"
    export(mini.root, "xlsx", path, as_of=AS_OF)
    return path


def edit(
    path: Path,
    sheet: str,
    changes: dict[tuple[str, str, str], object] | None = None,
    append: list[dict[str, object]] | None = None,
    delete: tuple[str, str] | None = None,
) -> None:
    """Change cells found by (community code, item id or "", header), append rows, delete one row."""
    book = load_workbook(path)
    table = book[sheet]
    headers = [c.value for c in table[1]]
    code_col = headers.index("村（社区）代码") + 1
    id_col = headers.index("编号") + 1 if "编号" in headers else None
    for (code, item, header), value in (changes or {}).items():
        for row in range(2, table.max_row + 1):
            if table.cell(row, code_col).value == code and (id_col is None or table.cell(row, id_col).value == item):
                table.cell(row, headers.index(header) + 1).value = value
                break
        else:
            raise AssertionError(f"no row {code} {item} in {sheet}")
    for values in append or []:
        table.append([values.get(h) for h in headers])
    if delete:
        for row in range(2, table.max_row + 1):
            if (table.cell(row, code_col).value, table.cell(row, id_col).value) == delete:
                table.delete_rows(row)
                break
    book.save(path)


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    import difflib

    diff = [line for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line[:1] in "+-"]
    return [(line[0], line[2:]) for line in diff]


def test_an_unchanged_workbook_changes_no_file(mini, workbook):
    before = {rel: mini.read(rel) for rel in (VILLAGE, COMMUNITY)}
    result = run("import", "catalogue", str(workbook), "--as-of", XLSX_AS_OF, cwd=mini.root)
    assert result.exit_code == 0, result.output
    assert "没有需要导入的修改" in result.output
    assert {rel: mini.read(rel) for rel in before} == before


def test_a_one_cell_edit_changes_one_line_and_keeps_comments(mini, workbook):
    before = mini.read(VILLAGE)
    edit(workbook, "村社区名册", {("500243112201", "", "委员会成员"): 6})
    result = run("import", "catalogue", str(workbook), "--as-of", XLSX_AS_OF, cwd=mini.root)
    assert result.exit_code == 0, result.output
    after = mini.read(VILLAGE)
    assert changed_lines(before, after) == [("-", "  members: 5"), ("+", "  members: 6")]
    assert "# 2019 年由两村合并" in after


def test_exclusion_reason_local_item_and_platforms_are_applied(mini, workbook):
    edit(
        workbook,
        "三事分流",
        {("500243112201", "XS-01", "排除理由"): "村内道路由镇统一管护"},
        append=[
            {
                "村（社区）代码": "500243112201",
                "编号": "XS-L02",
                "层级": "小事",
                "事项": "安置点菜园地分配协调",
                "来源": "本地新增",
                "协商形式": "村民议事会、院坝会",
            }
        ],
    )
    edit(workbook, "村社区名册", {("500243112201", "", "协商平台"): "村民议事会、院坝会、坝坝会"})
    result = run("import", "catalogue", str(workbook), "--as-of", XLSX_AS_OF, cwd=mini.root)
    assert result.exit_code == 0, result.output
    text = mini.read(VILLAGE)
    assert "{id: XS-01, reason: 村内道路由镇统一管护}" in text
    assert "{id: XS-L02, tier: minor, title: 安置点菜园地分配协调, forms: [村民议事会, 院坝会]}" in text
    assert "坝坝会" in text
    assert mini.findings() == []
    # The same workbook again changes nothing: the edits are in the files now.
    again = run("import", "catalogue", str(workbook), "--as-of", XLSX_AS_OF, cwd=mini.root)
    assert "没有需要导入的修改" in again.output


def test_clearing_a_reason_takes_the_item_back_and_editing_it_changes_it(mini, workbook, tmp_path):
    edit(workbook, "三事分流", {("500243112201", "XS-02", "排除理由"): None})
    assert run("import", "catalogue", str(workbook), "--as-of", XLSX_AS_OF, cwd=mini.root).exit_code == 0
    assert "XS-02" not in mini.read(VILLAGE)
    again = tmp_path / "again.xlsx"
    export(mini.root, "xlsx", again, as_of=AS_OF)
    edit(again, "三事分流", {("500243112201", "XS-02", "排除理由"): "本村林地已流转"})
    assert run("import", "catalogue", str(again), "--as-of", XLSX_AS_OF, cwd=mini.root).exit_code == 0
    assert "{id: XS-02, reason: 本村林地已流转}" in mini.read(VILLAGE)


@pytest.mark.parametrize(
    "sheet,change,where,says",
    [
        ("三事分流", (("500243112201", "XS-01", "事项"), "改了名字"), "三事分流!F", "只读"),
        ("村社区名册", (("500243112201", "", "委员会成员"), "五"), "村社区名册!", "整数"),
        ("村社区名册", (("500243112201", "", "换届日期"), "去年"), "村社区名册!", "YYYY-MM-DD"),
        ("村社区名册", (("500243112201", "", "委员会成员"), "=1+4"), "村社区名册!", "公式"),
        ("三事分流", (("500243112201", "XS-01", "村（社区）代码"), "500243112999"), "三事分流!B", "没有代码"),
    ],
    ids=["read-only", "not-a-number", "not-a-date", "formula", "unknown-community"],
)
def test_a_cell_that_cannot_be_applied_is_named_and_nothing_is_written(mini, workbook, sheet, change, where, says):
    before = mini.read(VILLAGE)
    edit(workbook, "村社区名册", {("500243112201", "", "女性成员"): 2})  # a good edit alongside
    (key, value) = change
    edit(workbook, sheet, {key: value})
    result = run("import", "catalogue", str(workbook), "--as-of", XLSX_AS_OF, cwd=mini.root)
    assert result.exit_code == 1, result.output
    assert where in result.output and says in result.output
    assert "没有写入任何文件" in result.output
    assert mini.read(VILLAGE) == before


def test_a_value_the_schema_refuses_is_named_at_its_row(mini, workbook):
    before = mini.read(VILLAGE)
    edit(
        workbook,
        "三事分流",
        append=[
            {
                "村（社区）代码": "500243112201",
                "编号": "XS-L02",
                "层级": "小事",
                "事项": "菜园地分配协调",
                "来源": "本地新增",
            }
        ],
    )  # a 小事 needs 协商形式
    result = run("import", "catalogue", str(workbook), "--as-of", XLSX_AS_OF, cwd=mini.root)
    assert result.exit_code == 1, result.output
    assert "三事分流!D" in result.output and "forms" in result.output
    assert mini.read(VILLAGE) == before


def test_partial_writes_the_communities_without_problems(mini, workbook):
    edit(workbook, "村社区名册", {("500243112201", "", "委员会成员"): "五", ("500243001001", "", "委员会成员"): 7})
    result = run("import", "catalogue", str(workbook), "--partial", "--as-of", XLSX_AS_OF, cwd=mini.root)
    assert result.exit_code == 1
    assert "members: 7" in mini.read(COMMUNITY)
    assert "members: 5" in mini.read(VILLAGE)


def test_diff_shows_and_writes_nothing(mini, workbook):
    before = mini.read(VILLAGE)
    edit(workbook, "村社区名册", {("500243112201", "", "委员会成员"): 6})
    result = run("import", "catalogue", str(workbook), "--diff", "--as-of", XLSX_AS_OF, cwd=mini.root)
    assert result.exit_code == 0
    assert "-  members: 5" in result.output and "+  members: 6" in result.output
    assert mini.read(VILLAGE) == before


def test_a_deleted_reference_row_is_refused_and_a_deleted_local_row_removes_the_item(mini, workbook, tmp_path):
    edit(workbook, "三事分流", delete=("500243112201", "XS-01"))
    result = run("import", "catalogue", str(workbook), "--as-of", XLSX_AS_OF, cwd=mini.root)
    assert result.exit_code == 1 and "XS-01" in result.output and "不能删" in result.output
    fresh = tmp_path / "fresh.xlsx"
    export(mini.root, "xlsx", fresh, as_of=AS_OF)
    edit(fresh, "三事分流", delete=("500243112201", "XS-L01"))
    assert run("import", "catalogue", str(fresh), "--as-of", XLSX_AS_OF, cwd=mini.root).exit_code == 0
    assert "XS-L01" not in mini.read(VILLAGE)


def test_not_a_workbook_is_one_line_and_exit_2(mini, tmp_path):
    for name, payload in (
        ("empty.xlsx", b""),
        ("text.xlsx", "村规民约".encode()),
        ("old.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 600),
    ):
        path = tmp_path / name
        path.write_bytes(payload)
        result = run("import", "catalogue", str(path), cwd=mini.root)
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output and ".xlsx" in result.output


def test_township_template_round_trips(mini, tmp_path):
    path = tmp_path / "长生镇.xlsx"
    result = run("export", "--template", "--township", "长生镇", "-o", str(path), "--as-of", XLSX_AS_OF, cwd=mini.root)
    assert result.exit_code == 0, result.output
    book = load_workbook(path)
    assert book.sheetnames == ["填写说明", "村社区名册", "三事分流", "协商事项"]
    codes = {row[3] for row in book["村社区名册"].iter_rows(min_row=2, values_only=True)}
    assert codes == {"500243112201"}
    header = {c.value: c.fill.fgColor.rgb for c in book["村社区名册"][1]}
    assert header["委员会成员"].endswith("FFF2CC") and header["名称"].endswith("DDEBF7")
    edit(path, "村社区名册", {("500243112201", "", "女性成员"): 2})
    result = run("import", "catalogue", str(path), "--as-of", XLSX_AS_OF, cwd=mini.root)
    assert result.exit_code == 0, result.output
    assert "women: 2" in mini.read(VILLAGE)
    assert "members: 5" in mini.read(VILLAGE)


def test_library_call_reports_without_writing(mini, workbook):
    edit(workbook, "村社区名册", {("500243112201", "", "委员会成员"): 6})
    result = import_catalogue(mini.root, workbook, as_of=dt.date(2026, 11, 28), write=False)
    assert [c.rel for c in result.changed] == [VILLAGE] and result.written == []
