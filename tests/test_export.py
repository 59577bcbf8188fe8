"""civcat export: the county as an XLSX workbook, CSV tables or one JSON document."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
import zipfile

import openpyxl
import pytest
from conftest import AS_OF, COMMUNITY, VILLAGE, VILLAGE_CHARTER

from civcat.errors import UsageError
from civcat.export import display_width, export

SHEETS = ["村社区名册", "三事分流", "协商事项", "公约", "问题"]


def civcat(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civcat", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"}, timeout=120)


def rows(sheet) -> list[list]:
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def test_display_width_counts_cjk_as_two():
    assert display_width("abc") == 3
    assert display_width("石门村") == 6
    assert display_width("村（社区）代码") == 14


def test_xlsx_workbook(mini, tmp_path):
    mini.replace(VILLAGE, "  women: 1", "  women: 0")   # one finding (CV402)
    out = tmp_path / "汇总.xlsx"
    assert export(mini.root, "xlsx", out, as_of=AS_OF) == [out]
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == SHEETS
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        assert all(isinstance(c.value, str) for c in sheet[1]), sheet.title
        assert all(c.font.bold for c in sheet[1])

    register = rows(workbook["村社区名册"])
    assert register[0][:6] == ["乡镇（街道）代码", "乡镇（街道）", "乡镇类型", "村（社区）代码", "名称", "类型"]
    assert len(register) - 1 == 2                                  # one row per community
    community, village = register[1], register[2]
    header = register[0]
    assert village[header.index("村（社区）代码")] == "500243112201"   # codes stay text
    assert village[header.index("名称")] == "石门村" and village[header.index("类型")] == "村"
    assert village[header.index("城乡分类")] == "村庄"
    assert village[header.index("换届日期")] == dt.datetime(2026, 3, 1)
    assert village[header.index("任期届满")] == dt.datetime(2031, 3, 1)
    assert village[header.index("小事")] == 2 and village[header.index("警告")] == 1
    assert community[header.index("公约状态")] == "已通过"

    triage = rows(workbook["三事分流"])
    assert triage[0] == ["乡镇（街道）", "村（社区）代码", "村（社区）", "编号", "层级", "事项", "来源", "办理部门",
                         "依据", "牵头", "共同参与", "协商形式", "解决途径", "排除理由"]
    assert len(triage) - 1 == 8          # 4 items of the village and the one it excludes, 3 of the community
    assert ["长生镇", "500243112201", "石门村", "XS-L01", "小事", "山坪塘日常维护", "本地新增", None, None, "村“两委”",
            None, "院坝会", None, None] in triage
    # An excluded reference item is listed like the others, with its reason (import catalogue reads it back).
    assert ["长生镇", "500243112201", "石门村", "XS-02", "小事", "集体林地管护", "参考清单", None, None, "村“两委”",
            None, "村民小组会议", None, "本村无集体林地"] in triage
    assert len(rows(workbook["协商事项"])) - 1 == 2

    charters = rows(workbook["公约"])
    head = charters[0]
    assert len(charters) - 1 == 2
    stone = next(r for r in charters if r[1] == "500243112201")
    assert stone[head.index("审议表决")] == dt.datetime(2021, 8, 15)
    assert (stone[head.index("应到")], stone[head.index("实到")], stone[head.index("赞成")]) == (1000, 600, 550)
    assert stone[head.index("到会比例")] == 0.6
    assert workbook["公约"].cell(2, head.index("到会比例") + 1).number_format == "0.0%"
    assert stone[head.index("表决机构")] == "村民会议" and stone[head.index("条")] == 2

    problems = rows(workbook["问题"])
    assert problems[0] == ["文件", "行", "列", "代码", "级别", "村（社区）代码", "村（社区）", "说明"]
    assert [r[:7] for r in problems[1:]] == [[VILLAGE, 10, 10, "CV402", "警告", "500243112201", "石门村"]]

    sheet = workbook["村社区名册"]
    width = sheet.column_dimensions["B"].width                     # 乡镇（街道）: 12 columns wide
    assert width >= display_width("乡镇（街道）") and width <= display_width("乡镇（街道）") + 4
    assert workbook.properties.created == dt.datetime(2000, 1, 1)
    assert workbook.properties.modified == dt.datetime(2000, 1, 1)


def test_xlsx_is_deterministic(mini, tmp_path):
    export(mini.root, "xlsx", tmp_path / "a.xlsx", as_of=AS_OF)
    export(mini.root, "xlsx", tmp_path / "b.xlsx", as_of=AS_OF)
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.xlsx") as archive:
        assert {info.date_time for info in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}


def test_csv_folder(mini, tmp_path):
    out = tmp_path / "tables"
    written = export(mini.root, "csv", out, as_of=AS_OF)
    assert [p.name for p in written] == [f"{name}.csv" for name in SHEETS]
    raw = (out / "公约.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0][:4] == ["乡镇（街道）", "村（社区）代码", "村（社区）", "公约标题"]
    stone = next(r for r in table if r[1] == "500243112201")
    assert stone[table[0].index("审议表决")] == "2021-08-15" and stone[table[0].index("到会比例")] == "60.0%"
    register = list(csv.reader(io.StringIO((out / "村社区名册.csv").read_text(encoding="utf-8-sig"))))
    assert len(register) - 1 == 2
    with pytest.raises(UsageError, match="--force"):
        export(mini.root, "csv", out, as_of=AS_OF)
    export(mini.root, "csv", out, as_of=AS_OF, force=True)


def test_csv_zip(mini, tmp_path):
    out = tmp_path / "tables.zip"
    export(mini.root, None, out, as_of=AS_OF)
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == [f"{name}.csv" for name in SHEETS]
        triage = archive.read("三事分流.csv").decode("utf-8-sig").splitlines()
    assert len(triage) - 1 == 8


def test_json_document(mini, tmp_path):
    mini.replace(COMMUNITY, "  members: 7", "  members: 12")
    out = tmp_path / "county.json"
    export(mini.root, None, out, as_of=AS_OF)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert list(document) == ["version", "as_of", "county", "townships", "communities", "findings", "summary"]
    assert document["version"] == 1 and document["as_of"] == "2026-11-28"
    assert document["county"] == {"code": "500243", "name": "彭水苗族土家族自治县", "authority": "彭水苗族土家族自治县民政局",
                                  "totals": {"villages": 1, "communities": 1}}
    assert [t["code"] for t in document["townships"]] == ["500243001", "500243112"]
    assert [c["code"] for c in document["communities"]] == ["500243001001", "500243112201"]
    assert list(document["communities"][0]) == ["code", "name", "type", "township", "urban_rural", "uscc", "committee",
                                                "triage", "consultation", "assigned_tasks", "charter", "files", "findings"]
    [finding] = document["findings"]
    assert (finding["path"], finding["code"], finding["community"]) == (COMMUNITY, "CV401", "500243001001")
    assert document["communities"][0]["findings"] == [{k: v for k, v in finding.items() if k != "community"}]
    assert document["summary"] == {"townships": 2, "villages": 1, "communities": 1, "charters": 2,
                                   "charters_adopted": 2, "charters_draft": 0, "files": 11, "errors": 1, "warnings": 0}


def test_export_refuses_to_overwrite_without_force(mini, tmp_path):
    out = tmp_path / "a.json"
    out.write_text("mine", encoding="utf-8")
    with pytest.raises(UsageError, match="--force"):
        export(mini.root, "json", out, as_of=AS_OF)
    assert out.read_text(encoding="utf-8") == "mine"


def test_export_command(mini, tmp_path):
    run = civcat("export", "--format", "xlsx", "-o", str(tmp_path / "a.xlsx"), "--as-of", "2026-11-28", cwd=mini.root)
    assert run.returncode == 0, run.stderr
    assert "已写入" in run.stdout
    run = civcat("export", "--format", "xlsx", "-o", str(tmp_path / "a.xlsx"), cwd=mini.root)
    assert run.returncode == 2 and "--force" in run.stderr and "Traceback" not in run.stderr
    run = civcat("export", "--format", "json", "-o", str(tmp_path), cwd=mini.root)
    assert run.returncode == 2
    run = civcat("export", "-o", str(tmp_path / "x.csv"), cwd=mini.root)
    assert run.returncode == 2 and "文件夹" in run.stderr
    mini.remove(VILLAGE_CHARTER)
    run = civcat("export", "-o", str(tmp_path / "b.json"), "--as-of", "2026-11-28", cwd=mini.root)
    assert run.returncode == 0
    document = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert document["summary"]["charters"] == 1
    assert [c["charter"] is None for c in document["communities"]] == [False, True]
