"""civcat export: the county as an XLSX workbook, CSV tables or one JSON document."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import io
import json
import os
import subprocess
import sys
import zipfile
from xml.etree import ElementTree

import openpyxl
import pytest
from conftest import AS_OF, COMMUNITY, COMMUNITY_CHARTER, VILLAGE, VILLAGE_CHARTER

from civcat.errors import UsageError
from civcat.export import display_width, export
from civcat.fileio import os_error_line

SHEETS = ["村社区名册", "三事分流", "协商事项", "公约", "问题"]


def civcat(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "civcat", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        timeout=120,
    )


def rows(sheet) -> list[list]:
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def test_display_width_counts_cjk_as_two():
    assert display_width("abc") == 3
    assert display_width("石门村") == 6
    assert display_width("村（社区）代码") == 14


def test_xlsx_workbook(mini, tmp_path):
    mini.replace(VILLAGE, "  women: 1", "  women: 0")  # one finding (CV402)
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
    assert len(register) - 1 == 2  # one row per community
    community, village = register[1], register[2]
    header = register[0]
    assert village[header.index("村（社区）代码")] == "500243112201"  # codes stay text
    assert village[header.index("名称")] == "石门村" and village[header.index("类型")] == "村"
    assert village[header.index("城乡分类")] == "村庄"
    assert village[header.index("换届日期")] == dt.datetime(2026, 3, 1)
    assert village[header.index("任期届满")] == dt.datetime(2031, 3, 1)
    assert village[header.index("小事")] == 2 and village[header.index("警告")] == 1
    assert community[header.index("公约状态")] == "已通过"

    triage = rows(workbook["三事分流"])
    assert triage[0] == [
        "乡镇（街道）",
        "村（社区）代码",
        "村（社区）",
        "编号",
        "层级",
        "事项",
        "来源",
        "办理部门",
        "依据",
        "牵头",
        "共同参与",
        "协商形式",
        "解决途径",
        "排除理由",
    ]
    assert len(triage) - 1 == 8  # 4 items of the village and the one it excludes, 3 of the community
    assert [
        "长生镇",
        "500243112201",
        "石门村",
        "XS-L01",
        "小事",
        "山坪塘日常维护",
        "本地新增",
        None,
        None,
        "村“两委”",
        None,
        "院坝会",
        None,
        None,
    ] in triage
    # An excluded reference item is listed like the others, with its reason (import catalogue reads it back).
    assert [
        "长生镇",
        "500243112201",
        "石门村",
        "XS-02",
        "小事",
        "集体林地管护",
        "参考清单",
        None,
        None,
        "村“两委”",
        None,
        "村民小组会议",
        None,
        "本村无集体林地",
    ] in triage
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
    assert stone[head.index("居民会议授权")] is None  # not recorded: an empty cell

    problems = rows(workbook["问题"])
    assert problems[0] == [
        "乡镇（街道）代码",
        "乡镇（街道）",
        "村（社区）代码",
        "村（社区）",
        "文件",
        "行",
        "列",
        "代码",
        "级别",
        "说明",
    ]
    assert [r[:9] for r in problems[1:]] == [
        ["500243112", "长生镇", "500243112201", "石门村", VILLAGE, 10, 10, "CV402", "警告"]
    ]

    sheet = workbook["村社区名册"]
    width = sheet.column_dimensions["B"].width  # 乡镇（街道）: 12 columns wide
    assert width >= display_width("乡镇（街道）") and width <= display_width("乡镇（街道）") + 4
    assert workbook.properties.created == dt.datetime(2000, 1, 1)
    assert workbook.properties.modified == dt.datetime(2000, 1, 1)


@pytest.mark.parametrize(("value", "words"), [("true", "经居民会议授权"), ("false", "未经居民会议授权")])
def test_charter_sheet_and_json_have_the_residents_meetings_authorisation(mini, tmp_path, value, words):
    mini.replace(COMMUNITY_CHARTER, "  body: residents_meeting", "  body: residents_representatives")
    mini.replace(COMMUNITY_CHARTER, "  women_present: 402", f"  women_present: 402\n  authorised: {value}")
    export(mini.root, "xlsx", tmp_path / "汇总.xlsx", as_of=AS_OF)
    charters = rows(openpyxl.load_workbook(tmp_path / "汇总.xlsx")["公约"])
    head = charters[0]
    assert head.index("居民会议授权") == head.index("到会女性") + 1
    convention = next(r for r in charters if r[1] == "500243001001")
    assert convention[head.index("居民会议授权")] == words
    export(mini.root, "json", tmp_path / "county.json", as_of=AS_OF)
    document = json.loads((tmp_path / "county.json").read_text(encoding="utf-8"))
    assert document["communities"][0]["charter"]["vote"]["authorised"] is (value == "true")


def test_xlsx_is_deterministic(mini, tmp_path):
    export(mini.root, "xlsx", tmp_path / "a.xlsx", as_of=AS_OF)
    export(mini.root, "xlsx", tmp_path / "b.xlsx", as_of=AS_OF)
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.xlsx") as archive:
        assert {info.date_time for info in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        assert archive.namelist()[0] == "[Content_Types].xml"
        for name in archive.namelist():  # every part is well-formed XML
            ElementTree.fromstring(archive.read(name))


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
    assert document["county"] == {
        "code": "500243",
        "name": "彭水苗族土家族自治县",
        "authority": "彭水苗族土家族自治县民政局",
        "totals": {"villages": 1, "communities": 1},
    }
    assert [t["code"] for t in document["townships"]] == ["500243001", "500243112"]
    assert [c["code"] for c in document["communities"]] == ["500243001001", "500243112201"]
    assert list(document["communities"][0]) == [
        "code",
        "name",
        "type",
        "township",
        "urban_rural",
        "uscc",
        "committee",
        "triage",
        "consultation",
        "assigned_tasks",
        "charter",
        "files",
        "findings",
    ]
    [finding] = document["findings"]
    assert (finding["path"], finding["code"], finding["community"]) == (COMMUNITY, "CV401", "500243001001")
    assert document["communities"][0]["findings"] == [{k: v for k, v in finding.items() if k != "community"}]
    assert document["summary"] == {
        "townships": 2,
        "villages": 1,
        "communities": 1,
        "charters": 2,
        "charters_adopted": 2,
        "charters_draft": 0,
        "files": 11,
        "errors": 1,
        "warnings": 0,
    }


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


def test_problems_sheet_names_the_township_wraps_and_prints_landscape(mini, tmp_path):
    """Issue 15: the bureau filters the 问题 sheet by township and prints it for each one."""
    mini.replace(VILLAGE, "  women: 1", "  women: 0")  # CV402 in 长生镇
    mini.write("charters/500243001/500243001009.yaml", "civcat: 1\nkind: charter\ncode: [\n")  # unreadable, 汉葭街道
    out = tmp_path / "汇总.xlsx"
    export(mini.root, "xlsx", out, as_of=AS_OF)
    workbook = openpyxl.load_workbook(out)
    sheet = workbook["问题"]
    table = rows(sheet)
    header = table[0]
    by_path = {r[header.index("文件")]: r for r in table[1:]}
    assert by_path[VILLAGE][:2] == ["500243112", "长生镇"]
    broken = by_path["charters/500243001/500243001009.yaml"]
    assert broken[:4] == ["500243001", "汉葭街道", None, None]  # no community, but its township's folder
    message = header.index("说明") + 1
    assert all(sheet.cell(row, message).alignment.wrap_text for row in range(2, sheet.max_row + 1))
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"
    for other in workbook.worksheets:
        assert other.print_title_rows == "$1:$1" and other.page_setup.orientation == "landscape"


HOSTILE = ['=HYPERLINK("http://example.com","点我")', "+1+1", "-2+3", "@SUM(1,1)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("text", HOSTILE)
def test_xlsx_cells_from_data_are_never_formulas(mini, tmp_path, text):
    """Issue 17 item 2: text from the YAML that starts like a formula stays text in the workbook."""
    escaped = json.dumps(text, ensure_ascii=False)
    mini.replace(VILLAGE, "title: 山坪塘日常维护", f"title: {escaped}")
    out = tmp_path / "汇总.xlsx"
    export(mini.root, "xlsx", out, as_of=AS_OF)
    sheet = openpyxl.load_workbook(out)["三事分流"]
    [cell] = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value == text]
    assert cell.data_type == "s"
    assert cell.quotePrefix  # Excel keeps it text when the cell is edited
    with zipfile.ZipFile(out) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_cells_starting_like_a_formula_are_quoted(mini, tmp_path, text):
    """OWASP: a field starting with = + - @, tab or CR gets a leading single quote."""
    escaped = json.dumps(text, ensure_ascii=False)
    mini.replace(VILLAGE, "title: 山坪塘日常维护", f"title: {escaped}")
    out = tmp_path / "tables"
    export(mini.root, "csv", out, as_of=AS_OF)
    with open(out / "三事分流.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    titles = [r[table[0].index("事项")] for r in table[1:]]
    assert "'" + text in titles and text not in titles
    assert not any(field.startswith(("=", "+", "-", "@", "\t", "\r")) for r in table for field in r)


def test_xlsx_text_survives_markup_and_escape_lookalikes(mini, tmp_path):
    mini.replace(VILLAGE, "title: 山坪塘日常维护", 'title: "<b>塘</b> & _x0041_ 维护"')
    out = tmp_path / "汇总.xlsx"
    export(mini.root, "xlsx", out, as_of=AS_OF)
    sheet = openpyxl.load_workbook(out)["三事分流"]
    assert "<b>塘</b> & _x0041_ 维护" in [c.value for row in sheet.iter_rows(min_row=2) for c in row]


# --- output problems: one line, exit 2 (issue 17 item 7) ---------------------------------------


def _one_line_exit_2(run, *words: str) -> None:
    assert run.returncode == 2, (run.stdout, run.stderr)
    assert "内部错误" not in run.stderr and "Traceback" not in run.stderr and "internal error" not in run.stderr
    assert run.stderr.count("\n") == 1, run.stderr
    for word in words:
        assert word in run.stderr, run.stderr


def test_export_under_a_file_is_one_line(mini, tmp_path):
    blocking = tmp_path / "note.txt"
    blocking.write_text("mine", encoding="utf-8")
    for target in ("汇总.xlsx", "tables", "sub/汇总.json"):
        run = civcat("export", "-o", str(blocking / target), cwd=mini.root)
        _one_line_exit_2(run, "note.txt 是一个文件，不是文件夹")
    assert blocking.read_text(encoding="utf-8") == "mine"


def test_export_zip_onto_a_folder_is_one_line(mini, tmp_path):
    (tmp_path / "tables.zip").mkdir()
    run = civcat("export", "-o", str(tmp_path / "tables.zip"), "--force", cwd=mini.root)
    _one_line_exit_2(run, "是一个文件夹")


def test_export_name_over_the_system_limit_is_one_line(mini, tmp_path):
    run = civcat("export", "-o", str(tmp_path / ("长" * 90 + ".xlsx")), cwd=mini.root)  # 275 bytes
    _one_line_exit_2(run, "文件名太长（275 字节，系统上限 255 字节）")


def test_export_name_just_under_the_limit_is_written(mini, tmp_path):
    """A 245-byte name fits; its temporary file's name must fit too."""
    out = tmp_path / "out" / ("长" * 80 + ".xlsx")
    run = civcat("export", "-o", str(out), "--as-of", "2026-11-28", cwd=mini.root)
    assert run.returncode == 0, run.stderr
    assert openpyxl.load_workbook(out).sheetnames == SHEETS
    assert [p.name for p in out.parent.iterdir()] == [out.name]


def test_export_without_write_permission_is_one_line(mini, tmp_path, monkeypatch):
    """Refused when the write fails (a root test process may write anywhere, so the failure is made)."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path / ".汇总.xlsx.abc.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(UsageError) as caught:
        export(mini.root, "xlsx", tmp_path / "汇总.xlsx", as_of=AS_OF)
    assert str(caught.value) == f"{tmp_path / '汇总.xlsx'}：没有写入权限；请换一个可以写入的文件夹，或请管理员开放权限"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_export_into_a_read_only_folder_is_refused_before_reading(mini, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        run = civcat("export", "-o", str(folder / "汇总.xlsx"), cwd=mini.root)
    finally:
        folder.chmod(0o700)
    _one_line_exit_2(run, "没有写入权限")


@pytest.mark.parametrize(
    ("number", "words"),
    [(errno.ENOSPC, "磁盘空间不足"), (errno.EROFS, "只读"), (errno.EISDIR, "同名的文件夹"), (errno.EIO, "无法写入")],
)
def test_os_error_line_names_the_target_not_the_temporary_file(tmp_path, number, words):
    error = OSError(number, os.strerror(number), str(tmp_path / ".a.xlsx.x1y2.tmp"))
    line = os_error_line(error, tmp_path / "a.xlsx")
    assert line.startswith(f"{tmp_path / 'a.xlsx'}：") and words in line and ".tmp" not in line


def test_progress_bar_only_on_a_terminal(mini, tmp_path):
    """No bar in a pipe; on a terminal, once the export runs longer than the delay (0 here)."""
    import pty

    script = (
        "import sys; from pathlib import Path; import civcat.commands.export as command; "
        "from civcat.export import export; command.PROGRESS_DELAY = 0\n"
        "with command.progress_bar() as progress:\n"
        "    export(Path(sys.argv[1]), 'json', Path(sys.argv[2]), progress=progress)\n"
        "print('piped' if progress is None else 'bar')"
    )
    piped = subprocess.run(
        [sys.executable, "-c", script, str(mini.root), str(tmp_path / "a.json")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert piped.stdout.strip() == "piped" and piped.stderr == ""
    leader, follower = pty.openpty()
    run = subprocess.run(
        [sys.executable, "-c", script, str(mini.root), str(tmp_path / "b.json")],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        timeout=120,
    )
    os.close(follower)
    seen = b""
    with contextlib.suppress(OSError):
        while chunk := os.read(leader, 65536):
            seen += chunk
    os.close(leader)
    assert run.returncode == 0
    assert "汇总村（社区）".encode() in seen and b"bar" in seen


def test_export_never_replaces_a_pipe_or_device(mini, tmp_path):
    pipe = tmp_path / "out" / "pipe.xlsx"
    pipe.parent.mkdir()
    os.mkfifo(pipe)
    run = civcat("export", "-o", str(pipe), "--force", cwd=mini.root)
    _one_line_exit_2(run, "不是普通文件")
    assert pipe.is_fifo()
