"""`civcat export`: the whole county as a workbook, CSV tables or one JSON document.

    export(root, "xlsx", Path("汇总.xlsx"))     # sheets 村社区名册 三事分流 协商事项 公约 问题
    export(root, "csv", Path("汇总"))          # a folder with one CSV per sheet (or a .zip of them)
    export(root, "json", Path("汇总.json"))    # one document, English keys (README documents it)

The tables come from the same per-community record as `civcat show` (`show.community_view`), so
what a bureau hands upward and what a clerk sees agree. Output is deterministic: the same files
and the same `as_of` give the same bytes (fixed workbook and zip timestamps, sorted rows).

The export is a document for the bureau, so it is Chinese in every interface language: headers,
labels and the findings' messages alike (`collect` runs in Chinese). Only the command's own
messages (usage errors) follow the interface language.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import UsageError
from .fileio import atomic_write, check_output, output_errors
from .i18n import DEFAULT, _, current_language, set_language
from .models.catalogues import (
    COMMUNITY_TYPE_LABELS,
    ROUTE_LABELS,
    TIER_LABELS,
    TOWNSHIP_TYPE_LABELS,
)
from .models.catalogues import CONSULTATION_CATEGORY_LABELS as CATEGORY_LABELS
from .models.charters import (
    AUTHORISED_LABELS,
    CHARTER_TYPE_LABELS,
    PROCEDURE_STEPS,
    STATUS_LABELS,
    VOTE_BASIS_LABELS,
    VOTE_BODY_LABELS,
)
from .models.charters import PROCEDURE_STEP_LABELS as PROCEDURE_LABELS
from .repository import Repository
from .show import SEVERITY_LABELS, community_view
from .xlsx import FORMULA_STARTS

FORMATS = ("xlsx", "csv", "json")
SHEET_NAMES = ("村社区名册", "三事分流", "协商事项", "公约", "问题")
#: progress(stage, done, total): how far the export got (the command draws a bar on a terminal).
Progress = Callable[[str, int, int], None]
#: Workbook and zip entries carry this date, never the clock: output must not depend on when it ran.
FIXED_TIME = dt.datetime(2000, 1, 1, 0, 0, 0)
MAX_COLUMN_WIDTH = 60


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[dict[str, Any]], Any]
    kind: str = "text"  # text | int | date | percent
    wrap: bool = False  # xlsx: the text wraps in the cell (long messages)


@dataclass
class Sheet:
    name: str
    columns: list[Column]
    rows: list[dict[str, Any]]
    fit_to_width: bool = False  # xlsx: printed with all columns on one page wide

    def values(self) -> list[list[Any]]:
        return [[column.value(row) for column in self.columns] for row in self.rows]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _join(values: list[str] | None) -> str:
    return "、".join(values or [])


# ---------------------------------------------------------------------------------------------
# Collecting


def collect(root: Path, *, as_of: dt.date, progress: Progress | None = None) -> dict[str, Any]:
    """The export document: county, townships, one record per community, all findings, a summary."""
    from .validate import validate

    repository = Repository.load(root)
    result = validate(None, cwd=root, as_of=as_of)
    county = repository.county.model if repository.county is not None else None
    codes = sorted(repository.communities)
    communities = []
    for done, code in enumerate(codes, 1):
        communities.append(community_view(repository, code, result.findings, as_of=as_of))
        if progress is not None and (done % 100 == 0 or done == len(codes)):
            progress(_("汇总村（社区）"), done, len(codes))
    _describe_exclusions(repository, communities)
    names = {c["files"]["community"]: c for c in communities}
    names.update({c["files"]["charter"]: c for c in communities if c["files"]["charter"]})
    findings = []
    for finding in result.findings:
        record = finding.as_json()
        owner = names.get(finding.path)
        record["community"] = owner["code"] if owner else None
        findings.append(record)
    charters = [c["charter"] for c in communities if c["charter"] is not None]
    return {
        "version": 1,
        "as_of": as_of.isoformat(),
        "county": {
            "code": county.code if county else None,
            "name": county.name if county else None,
            "authority": county.authority if county else None,
            "totals": (
                {"villages": county.totals.villages, "communities": county.totals.communities}
                if county and county.totals
                else None
            ),
        },
        "townships": [
            {"code": t.code, "name": t.name, "type": t.type}
            for t in sorted(repository.townships.values(), key=lambda t: t.code)
        ],
        "communities": communities,
        "findings": findings,
        "summary": {
            "townships": len(repository.townships),
            "villages": sum(1 for c in communities if c["type"] == "village"),
            "communities": sum(1 for c in communities if c["type"] == "community"),
            "charters": len(charters),
            "charters_adopted": sum(1 for c in charters if c["status"] == "adopted"),
            "charters_draft": sum(1 for c in charters if c["status"] == "draft"),
            "files": result.files,
            "errors": result.errors,
            "warnings": result.warnings,
        },
    }


def _describe_exclusions(repository: Any, communities: list[dict[str, Any]]) -> None:
    """Give each excluded reference item its whole record (`item`), as an included one has: the workbook
    lists excluded items like the others, with their reason, so a township can take one back."""
    from .show import consultation_row, triage_reference_rows

    consultation: dict[str, dict[str, Any]] = {}
    if repository.consultation_reference is not None:
        for category in repository.consultation_reference.model.categories:
            for item in category.items:
                consultation[item.id] = consultation_row(item, category.id, category.title, "reference")
    for c in communities:
        reference = repository.triage_references.get(c["triage"]["level"])
        lead = "村“两委”" if c["type"] == "village" else "社区“两委”"
        rows = triage_reference_rows(reference.model, lead) if reference is not None else {}
        for entry in c["triage"]["excluded"]:
            entry["item"] = rows.get(entry["id"])
        for entry in c["consultation"]["excluded"]:
            entry["item"] = consultation.get(entry["id"])


def sheets(document: dict[str, Any]) -> list[Sheet]:
    """The five tables of the workbook (and of the CSV export), Chinese headers."""
    communities = document["communities"]
    return [
        _register_sheet(communities),
        _triage_sheet(communities),
        _consultation_sheet(communities),
        _charter_sheet(communities),
        _problem_sheet(document),
    ]


def _place(prefix: list[Column] | None = None) -> list[Column]:
    """The columns that say whose row it is (township, community), then `prefix`."""
    return [
        Column("乡镇（街道）", lambda r: r["_c"]["township"]["name"] or r["_c"]["township"]["code"]),
        Column("村（社区）代码", lambda r: r["_c"]["code"]),
        Column("村（社区）", lambda r: r["_c"]["name"]),
        *(prefix or []),
    ]


def _tier_count(c: dict[str, Any], tier: str) -> int:
    return sum(1 for i in c["triage"]["items"] if i["tier"] == tier)


def _severity_count(c: dict[str, Any], severity: str) -> int:
    return sum(1 for f in c["findings"] if f["severity"] == severity)


def _register_sheet(communities: list[dict[str, Any]]) -> Sheet:
    return Sheet(
        "村社区名册",
        [
            Column("乡镇（街道）代码", lambda r: r["_c"]["township"]["code"]),
            Column("乡镇（街道）", lambda r: r["_c"]["township"]["name"]),
            Column("乡镇类型", lambda r: TOWNSHIP_TYPE_LABELS.get(r["_c"]["township"]["type"] or "", "")),
            Column("村（社区）代码", lambda r: r["_c"]["code"]),
            Column("名称", lambda r: r["_c"]["name"]),
            Column("类型", lambda r: COMMUNITY_TYPE_LABELS[r["_c"]["type"]]),
            Column("城乡分类代码", lambda r: (r["_c"]["urban_rural"] or {}).get("code")),
            Column("城乡分类", lambda r: (r["_c"]["urban_rural"] or {}).get("meaning")),
            Column("统一社会信用代码", lambda r: r["_c"]["uscc"]),
            Column("换届日期", lambda r: _date((r["_c"]["committee"] or {}).get("elected")), "date"),
            Column("委员会成员", lambda r: (r["_c"]["committee"] or {}).get("members"), "int"),
            Column("女性成员", lambda r: (r["_c"]["committee"] or {}).get("women"), "int"),
            Column("任期届满", lambda r: _date((r["_c"]["committee"] or {}).get("term_ends")), "date"),
            Column("协商平台", lambda r: _join(r["_c"]["consultation"]["platforms"])),
            Column("大事", lambda r: _tier_count(r["_c"], "major"), "int"),
            Column("小事", lambda r: _tier_count(r["_c"], "minor"), "int"),
            Column("私事", lambda r: _tier_count(r["_c"], "private"), "int"),
            Column("协商事项", lambda r: len(r["_c"]["consultation"]["items"]), "int"),
            Column("交办工作", lambda r: len(r["_c"]["assigned_tasks"]), "int"),
            Column(
                "清单外或负面清单交办",
                lambda r: sum(1 for t in r["_c"]["assigned_tasks"] if t["list"] != "assist_government"),
                "int",
            ),
            Column("公约", lambda r: (r["_c"]["charter"] or {}).get("title")),
            Column("公约状态", lambda r: STATUS_LABELS.get((r["_c"]["charter"] or {}).get("status") or "", "没有公约")),
            Column("错误", lambda r: _severity_count(r["_c"], "error"), "int"),
            Column("警告", lambda r: _severity_count(r["_c"], "warning"), "int"),
        ],
        [{"_c": c} for c in communities],
    )


def _triage_sheet(communities: list[dict[str, Any]]) -> Sheet:
    return Sheet(
        "三事分流",
        _place(
            [
                Column("编号", lambda r: r["_i"]["id"]),
                Column("层级", lambda r: TIER_LABELS.get(r["_i"]["tier"] or "", "")),
                Column("事项", lambda r: r["_i"]["title"]),
                Column("来源", lambda r: "本地新增" if r["_i"]["source"] == "local" else "参考清单"),
                Column("办理部门", lambda r: r["_i"]["handler"]),
                Column("依据", lambda r: _join(r["_i"]["basis"])),
                Column("牵头", lambda r: r["_i"]["lead"]),
                Column("共同参与", lambda r: _join(r["_i"]["participants"])),
                Column("协商形式", lambda r: _join(r["_i"]["forms"])),
                Column("解决途径", lambda r: ROUTE_LABELS.get(r["_i"]["route"] or "")),
                Column("排除理由", lambda r: r["_i"].get("excluded_reason")),
            ]
        ),
        [{"_c": c, "_i": item} for c in communities for item in _with_excluded(c["triage"])],
    )


def _consultation_sheet(communities: list[dict[str, Any]]) -> Sheet:
    return Sheet(
        "协商事项",
        _place(
            [
                Column(
                    "类别", lambda r: r["_i"]["category_title"] or CATEGORY_LABELS.get(r["_i"]["category"] or "", "")
                ),
                Column("编号", lambda r: r["_i"]["id"]),
                Column("事项", lambda r: r["_i"]["title"]),
                Column("来源", lambda r: "本地新增" if r["_i"]["source"] == "local" else "参考清单"),
                Column("协商形式", lambda r: _join(r["_i"]["forms"])),
                Column("协商平台", lambda r: _join(r["_c"]["consultation"]["platforms"])),
                Column("排除理由", lambda r: r["_i"].get("excluded_reason")),
            ]
        ),
        [{"_c": c, "_i": item} for c in communities for item in _with_excluded(c["consultation"])],
    )


def _charter_value(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda r: r["_c"]["charter"][key]


def _procedure_date(name: str) -> Callable[[dict[str, Any]], Any]:
    return lambda r: _date(r["_c"]["charter"]["procedure"][name])


def _vote_value(name: str) -> Callable[[dict[str, Any]], Any]:
    return lambda r: r["_c"]["charter"]["vote"][name]


def _charter_sheet(communities: list[dict[str, Any]]) -> Sheet:
    return Sheet(
        "公约",
        _place(
            [
                Column("公约标题", _charter_value("title")),
                Column("类型", lambda r: CHARTER_TYPE_LABELS[r["_c"]["charter"]["type"]]),
                Column("状态", lambda r: STATUS_LABELS[r["_c"]["charter"]["status"]]),
                Column("修订", _charter_value("revision"), "int"),
                Column("示范文本", _charter_value("model")),
                *(Column(PROCEDURE_LABELS[s], _procedure_date(s), "date") for s in PROCEDURE_STEPS),
                Column("表决机构", lambda r: VOTE_BODY_LABELS.get(r["_c"]["charter"]["vote"]["body"] or "")),
                Column("计算基础", lambda r: VOTE_BASIS_LABELS.get(r["_c"]["charter"]["vote"]["basis"] or "")),
                Column("应到", _vote_value("eligible"), "int"),
                Column("实到", _vote_value("present"), "int"),
                Column("到会比例", _charter_value("quorum_share"), "percent"),
                Column("赞成", _vote_value("in_favour"), "int"),
                Column("赞成比例", _charter_value("approval_share"), "percent"),
                Column("到会女性", _vote_value("women_present"), "int"),
                Column("居民会议授权", lambda r: AUTHORISED_LABELS.get(r["_c"]["charter"]["vote"]["authorised"])),
                Column("备案机关", _charter_value("filed_with")),
                Column("章", _charter_value("chapters"), "int"),
                Column("条", _charter_value("articles"), "int"),
            ]
        ),
        [{"_c": c} for c in communities if c["charter"] is not None],
    )


def _problem_sheet(document: dict[str, Any]) -> Sheet:
    by_code = {c["code"]: c for c in document["communities"]}
    township_names = {t["code"]: t["name"] for t in document["townships"]}
    return Sheet(
        "问题",
        [
            Column("乡镇（街道）代码", lambda r: finding_township(r)),
            Column("乡镇（街道）", lambda r: township_names.get(finding_township(r) or "")),
            Column("村（社区）代码", lambda r: r["community"]),
            Column("村（社区）", lambda r: by_code[r["community"]]["name"] if r["community"] in by_code else None),
            Column("文件", lambda r: r["path"]),
            Column("行", lambda r: r["line"], "int"),
            Column("列", lambda r: r["column"], "int"),
            Column("代码", lambda r: r["code"]),
            Column("级别", lambda r: SEVERITY_LABELS[r["severity"]]),
            Column("说明", lambda r: r["message"], wrap=True),
        ],
        list(document["findings"]),
        fit_to_width=True,
    )


def _with_excluded(section: dict[str, Any]) -> list[dict[str, Any]]:
    """A community's items, then the reference items it excludes with their reasons: the workbook holds
    both, so a township can exclude an item (or take it back) by writing (or clearing) its reason, and
    `civcat import catalogue` applies it."""
    blank: dict[str, Any] = {
        "tier": None,
        "category": None,
        "category_title": None,
        "handler": None,
        "basis": [],
        "lead": None,
        "participants": [],
        "forms": [],
        "route": None,
    }
    excluded = [
        {
            **blank,
            "id": e["id"],
            "title": e["title"],
            "source": "reference",
            **(e.get("item") or {}),
            "excluded_reason": e["reason"],
        }
        for e in section["excluded"]
    ]
    return list(section["items"]) + excluded


_TOWNSHIP_FOLDER = re.compile(r"^(?:catalogues/communities|charters)/([0-9]{9})/")


def finding_township(finding: dict[str, Any]) -> str | None:
    """The township code a finding concerns: its community's, or the township folder its file is in.

    A file that could not be read has no community, but its folder still names the township, so a
    township sees its broken files too. County-level files (county.yaml, reference catalogues,
    model charters) concern no township.
    """
    if finding["community"]:
        return finding["community"][:9]
    match = _TOWNSHIP_FOLDER.match(finding["path"])
    return match.group(1) if match else None


# ---------------------------------------------------------------------------------------------
# Writing


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: CJK and other wide characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _cell_text(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "percent":
        return f"{value * 100:.1f}%"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _widths(table: Sheet, rows: list[list[Any]]) -> list[float]:
    """Each column fitted to its longest text (CJK counted 2), at most MAX_COLUMN_WIDTH.

    Measured over each column's distinct values: most repeat (townships, tiers, sources).
    """
    widths = []
    columns = list(zip(*rows, strict=True)) if rows else [() for _column in table.columns]
    for column, values in zip(table.columns, columns, strict=True):
        texts = {_cell_text(v, column.kind) for v in set(values) if v is not None}
        widths.append(max((display_width(t) for t in texts), default=0))
    return [
        min(MAX_COLUMN_WIDTH, max(w, display_width(c.header)) + 2) for c, w in zip(table.columns, widths, strict=True)
    ]


def workbook_bytes(
    tables: list[Sheet],
    *,
    title: str,
    editable: dict[str, set[str]] | None = None,
    notes: list[str] | None = None,
    progress: Progress | None = None,
) -> bytes:
    """An XLSX workbook: one sheet per table, header row bold and frozen, autofilter, fitted widths.

    Every data cell from the YAML is a text cell, never a formula (civcat.xlsx); the 问题 sheet
    wraps its messages and prints fitted to the page width. `editable`: per sheet, the headers of
    the columns a township may fill in (their header is yellow); `notes`: lines of a first sheet
    填写说明 (the template for townships).
    """
    from . import xlsx

    written = []
    if notes:
        written.append(xlsx.Table("填写说明", notes[:1], ["text"], [[line] for line in notes[1:]], [100], plain=True))
    for done, table in enumerate(tables, 1):
        if progress is not None:
            progress(_("写入工作簿"), done, len(tables))
        rows = table.values()
        wrap = frozenset(i for i, c in enumerate(table.columns) if c.wrap)
        mine = (editable or {}).get(table.name, set())
        marked = frozenset(i for i, c in enumerate(table.columns) if c.header in mine)
        written.append(
            xlsx.Table(
                table.name,
                [c.header for c in table.columns],
                [c.kind for c in table.columns],
                rows,
                _widths(table, rows),
                wrap=wrap,
                fit_to_width=table.fit_to_width,
                marked=marked,
            )
        )
    return xlsx.workbook(written, title=title, creator="civcat", time=FIXED_TIME)


def csv_bytes(table: Sheet) -> bytes:
    """One table as CSV: UTF-8 with a byte-order mark (so Excel and WPS open Chinese correctly), CRLF."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([c.header for c in table.columns])
    for values in table.values():
        writer.writerow([csv_cell(_cell_text(v, c.kind)) for c, v in zip(table.columns, values, strict=True)])
    return b"\xef\xbb\xbf" + stream.getvalue().encode("utf-8")


def csv_cell(text: str) -> str:
    """A CSV field that Excel, WPS and LibreOffice show as the text, never run as a formula.

    OWASP "CSV Injection": a field starting with = + - @, a tab or a carriage return is prefixed
    with a single quote, which those programs read as "text follows" (and Excel hides). Counts,
    dates and shares never start so; the quote is only ever added to text from the YAML.
    """
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def json_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def infer_format(output: Path) -> str:
    suffix = output.suffix.lower()
    if suffix == ".xlsx":
        return "xlsx"
    if suffix == ".json":
        return "json"
    return "csv"


def export(
    root: Path,
    output_format: str | None,
    output: Path,
    *,
    as_of: dt.date | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> list[Path]:
    """Write the export; returns the files written. Existing files are replaced only with `force`.

    csv: `output` ending in .zip is one zip of the CSV files; anything else is a folder of them.
    The output path is checked before the county is read; a problem writing it is a UsageError
    in one line (fileio.os_error_line). `progress(stage, done, total)` hears how far it got.
    """
    output = Path(output)
    output_format = output_format or infer_format(output)
    with output_errors(output):
        _check_output(output, output_format, force)
    as_of = as_of or dt.date.today()
    language = current_language()
    set_language(DEFAULT)  # the document is Chinese whatever the interface language
    try:
        document = collect(root, as_of=as_of, progress=progress)
    finally:
        set_language(language)
    with output_errors(output):
        return _write(document, output_format, output, force=force, progress=progress)


def _check_output(output: Path, output_format: str, force: bool) -> None:
    """The usage problems of -o and --format, found before anything runs."""
    if output_format not in FORMATS:
        raise UsageError(
            _("--format {format}：应为 {choices} 之一").format(format=output_format, choices=_("、").join(FORMATS))
        )
    check_output(output)
    to_file = output_format in ("xlsx", "json") or output.suffix.lower() == ".zip"
    if to_file and output.is_dir():
        raise UsageError(
            _("-o {output}：是一个文件夹；{format} 导出写到一个文件，如 -o 汇总.{format}").format(
                output=output, format=output_format if output_format != "csv" else "zip"
            )
        )
    if to_file and not force and output.exists():
        raise UsageError(_("{path}：文件已存在；确认要覆盖请加 --force").format(path=output))
    if to_file:
        return
    if output.suffix.lower() == ".csv":
        raise UsageError(
            _("-o {output}：CSV 导出是五张表格，-o 写一个文件夹名，或以 .zip 结尾的文件名").format(output=output)
        )
    if output.exists() and not output.is_dir():
        raise UsageError(
            _("-o {output}：已有同名文件；CSV 导出写到一个文件夹（或以 .zip 结尾的文件）").format(output=output)
        )
    if not force:
        existing = [output / f"{name}.csv" for name in SHEET_NAMES if (output / f"{name}.csv").exists()]
        if existing:
            raise UsageError(_("{path}：文件已存在；确认要覆盖请加 --force").format(path=existing[0]))


def _write(
    document: dict[str, Any], output_format: str, output: Path, *, force: bool, progress: Progress | None
) -> list[Path]:
    county = document["county"]["name"] or "civcat"
    if output_format == "json":
        atomic_write(output, json_bytes(document), overwrite=force)
        return [output]
    tables = sheets(document)
    if output_format == "xlsx":
        atomic_write(
            output, workbook_bytes(tables, title=f"{county}村（社区）汇总", progress=progress), overwrite=force
        )
        return [output]
    if output.suffix.lower() == ".zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for table in tables:
                entry = zipfile.ZipInfo(f"{table.name}.csv", date_time=FIXED_TIME.timetuple()[:6])
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o644 << 16
                archive.writestr(entry, csv_bytes(table))
        atomic_write(output, buffer.getvalue(), overwrite=force)
        return [output]
    targets = [output / f"{table.name}.csv" for table in tables]
    for table, target in zip(tables, targets, strict=True):
        atomic_write(target, csv_bytes(table), overwrite=True)
    return targets


def template(root: Path, township: str, output: Path, *, as_of: dt.date | None = None, force: bool = False) -> Path:
    """A workbook for one township to fill in (`civcat export --template --township CODE`): its communities'
    register, triage and consultation sheets as export writes them, the columns it may edit marked yellow,
    and a sheet of instructions; `civcat import catalogue` reads it back."""
    from .importers.catalogue import editable_columns, template_notes

    output = Path(output)
    with output_errors(output):
        check_output(output)
    as_of = as_of or dt.date.today()
    language = current_language()
    set_language(DEFAULT)
    try:
        document = collect(root, as_of=as_of)
        code, name = _township(document, township)
        document["communities"] = [c for c in document["communities"] if c["township"]["code"] == code]
        tables = [t for t in sheets(document) if t.name in editable_columns()]
        payload = workbook_bytes(
            tables, title=f"{name}村（社区）清单填报表", editable=editable_columns(), notes=template_notes(name)
        )
    finally:
        set_language(language)
    with output_errors(output):
        atomic_write(output, payload, overwrite=force)
    return output


def _township(document: dict[str, Any], wanted: str) -> tuple[str, str]:
    """(code, name) of the township `--township` names, as every command names one (civcat.naming)."""
    from .naming import township_code

    names = {township["code"]: township["name"] for township in document["townships"]}
    try:
        code = township_code(names, wanted)
    except UsageError as error:
        raise UsageError(f"--township {error}") from None
    return code, names[code]
