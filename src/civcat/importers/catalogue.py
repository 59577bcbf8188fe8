"""`civcat import catalogue WORKBOOK`: the edits made in the workbook `civcat export` writes, applied to
the community files.

The workbook is read against the one export would write now from the same files: a cell that differs
is an edit. Edits of the columns a township keeps (committee figures, codes, platforms, exclusions and
their reasons, the township's own items) are applied through the round-trip loader, so comments, key
order and layout stay and a one-cell edit changes one line; an unchanged workbook changes nothing.
Counts, findings and other figures computed from the files are not data and are ignored. Every other
edit (a reference item's title, a name, a charter's vote: they live elsewhere), an unknown community or
item, a formula, or a value the schema refuses is a problem naming sheet, row and column, and then no
file is written (`partial` writes the communities without problems).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..i18n import N_, _

#: Workbooks over this, packed or unpacked, are refused before openpyxl reads them (a zip bomb).
MAX_PACKED = 50 * 1024 * 1024
MAX_UNPACKED = 300 * 1024 * 1024

REGISTER, TRIAGE, CONSULTATION = "村社区名册", "三事分流", "协商事项"
CODE, ITEM_ID, SOURCE, REASON = "村（社区）代码", "编号", "来源", "排除理由"
LOCAL_SOURCE = "本地新增"
_LIST_SPLIT = re.compile(r"\s*[、,，;；]\s*")


@dataclass(frozen=True)
class CellProblem:
    """A cell that cannot be applied: where (sheet, row, column) and why."""

    sheet: str
    row: int
    column: str  # the column's letter
    header: str
    message: str
    community: str = ""  # the community's code, when the problem is not in a cell (a deleted row)

    def describe(self) -> str:
        if not self.row:
            return _("{sheet}（{header}）：{message}").format(
                sheet=self.sheet, header=self.header, message=self.message
            )
        return _("{sheet}!{column}{row}（{header}）：{message}").format(
            sheet=self.sheet, column=self.column, row=self.row, header=self.header, message=self.message
        )


@dataclass
class FileChange:
    """One community file: its text before and after the edits, and the edits applied."""

    path: Path
    rel: str
    before: str
    after: str
    edits: int = 0


@dataclass
class ImportResult:
    changes: list[FileChange] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # community codes left alone (--partial)
    written: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> list[FileChange]:
        return [c for c in self.changes if c.after != c.before]


# ---------------------------------------------------------------------------------------------
# Reading the workbook


@dataclass
class Cell:
    sheet: str
    row: int
    column: str
    header: str
    value: Any
    formula: bool = False

    def problem(self, message: str) -> CellProblem:
        return CellProblem(self.sheet, self.row, self.column, self.header, message)


Row = dict[str, Cell]


def _check_archive(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise UsageError(_("{path}：无法读取（{reason}）").format(path=path, reason=error.strerror)) from None
    if size > MAX_PACKED:
        raise UsageError(
            _("{path}：工作簿过大（{size} MB）；请只导出一个乡镇后再导入").format(path=path, size=size // (1024 * 1024))
        )
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise UsageError(
            _("{path}：不是 .xlsx 工作簿，或文件已损坏；请用 Excel 或 WPS 另存为 .xlsx 后再导入").format(path=path)
        ) from None
    if unpacked > MAX_UNPACKED:
        raise UsageError(_("{path}：工作簿解压后过大，可能已损坏，未导入").format(path=path))


def read_workbook(path: Path) -> dict[str, list[Row]]:
    """The rows of the sheets civcat imports, each cell with its place; formulas kept as formulas."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    _check_archive(path)
    try:
        workbook = load_workbook(path, data_only=False, read_only=True)
    except Exception as error:  # noqa: BLE001 — openpyxl raises many kinds for a damaged file
        raise UsageError(
            _("{path}：工作簿无法读取（{reason}）；请用 Excel 或 WPS 另存为 .xlsx 后再导入").format(
                path=path, reason=type(error).__name__
            )
        ) from None
    sheets: dict[str, list[Row]] = {}
    try:
        for name in (REGISTER, TRIAGE, CONSULTATION):
            if name not in workbook.sheetnames:
                continue
            rows = workbook[name].iter_rows()
            header_cells = next(rows, ())
            headers = [str(c.value).strip() if c.value is not None else "" for c in header_cells]
            table: list[Row] = []
            for number, cells in enumerate(rows, start=2):
                row: Row = {}
                for index, cell in enumerate(cells):
                    if index >= len(headers) or not headers[index]:
                        continue
                    formula = getattr(cell, "data_type", None) == "f"
                    row[headers[index]] = Cell(
                        name, number, get_column_letter(index + 1), headers[index], cell.value, formula
                    )
                if any(c.value not in (None, "") for c in row.values()):
                    table.append(row)
            sheets[name] = table
    finally:
        workbook.close()
    if not sheets:
        raise UsageError(
            _(
                "{path}：没有「{register}」「{triage}」「{consultation}」工作表；请导入 civcat export 写出的工作簿"
            ).format(path=path, register=REGISTER, triage=TRIAGE, consultation=CONSULTATION)
        )
    return sheets


# ---------------------------------------------------------------------------------------------
# Values


def cell_text(value: Any) -> str:
    """A cell's value as the export writes it: dates ISO, whole numbers without `.0`, text stripped."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return str(value).strip()


def split_list(text: str) -> list[str]:
    return [part for part in _LIST_SPLIT.split(text.strip()) if part]


def _count(text: str) -> int:
    if not re.fullmatch(r"\d{1,6}", text):
        raise ValueError(_("应是一个整数，如 5"))
    return int(text)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(_("应是日期，写作 YYYY-MM-DD，如 2021-04-18")) from None


def _digits(text: str) -> str:
    return text.strip()


# ---------------------------------------------------------------------------------------------
# What each column is


@dataclass(frozen=True)
class Editable:
    """A column whose edits are applied: the data path in the community file and how to read the cell."""

    path: tuple[str, ...]
    convert: Callable[[str], Any] = str


# Register: one row per community. Columns not listed are computed or identify the row: an edit of
# those named in FIXED is refused, the rest are ignored (counts, findings, dates derived from others).
REGISTER_EDITABLE = {
    "换届日期": Editable(("committee", "elected"), _date),
    "委员会成员": Editable(("committee", "members"), _count),
    "女性成员": Editable(("committee", "women"), _count),
    "统一社会信用代码": Editable(("uscc",), _digits),
    "城乡分类代码": Editable(("urban_rural",), _digits),
    "协商平台": Editable(("consultation", "platforms"), split_list),
}
REGISTER_FIXED = ("乡镇（街道）代码", "乡镇（街道）", "名称", "类型", "公约", "公约状态")

FIXED_MESSAGE = N_("这一列是只读的，导入时不会改动；要改请修改 YAML 文件（{where}），或改回原值「{old}」。")
_FIXED_WHERE = {
    "名称": N_("村（社区）文件的 name"),
    "类型": N_("村（社区）文件的 type"),
    "乡镇（街道）": N_("county.yaml"),
    "乡镇（街道）代码": N_("county.yaml"),
    "公约": N_("公约文件"),
    "公约状态": N_("公约文件"),
    "事项": N_("县里的参考清单"),
    "层级": N_("县里的参考清单"),
    "办理部门": N_("县里的参考清单"),
    "依据": N_("县里的参考清单"),
    "牵头": N_("县里的参考清单"),
    "共同参与": N_("县里的参考清单"),
    "协商形式": N_("县里的参考清单"),
    "解决途径": N_("县里的参考清单"),
    "类别": N_("县里的参考清单"),
    "来源": N_("本地新增事项的编号带 L"),
}

TRIAGE_LOCAL = {
    "事项": Editable(("title",)),
    "办理部门": Editable(("handler",)),
    "依据": Editable(("basis",), split_list),
    "牵头": Editable(("lead",)),
    "共同参与": Editable(("participants",), split_list),
    "协商形式": Editable(("forms",), split_list),
    "解决途径": Editable(("route",)),
    "层级": Editable(("tier",)),
}
CONSULTATION_LOCAL = {
    "事项": Editable(("title",)),
    "协商形式": Editable(("forms",), split_list),
    "类别": Editable(("category",)),
}
# The columns of an item row that only show the community or another sheet's figure: ignored.
ITEM_IGNORED = ("乡镇（街道）", "村（社区）", "协商平台")


# ---------------------------------------------------------------------------------------------
# Comparing with what export writes now


@dataclass
class Expected:
    """The workbook `civcat export` would write now, as text per sheet, row key and header."""

    register: dict[str, dict[str, str]]
    triage: dict[tuple[str, str], dict[str, str]]
    consultation: dict[tuple[str, str], dict[str, str]]
    labels: dict[str, dict[str, str]]  # "tier", "route", "category": label → value
    files: dict[str, str]  # community code → its file, relative to the root


def expected_workbook(root: Path, as_of: dt.date) -> Expected:
    from ..export import _cell_text, collect, sheets
    from ..i18n import DEFAULT, current_language, set_language

    language = current_language()
    set_language(DEFAULT)  # the workbook is Chinese whatever the interface language
    try:
        document = collect(root, as_of=as_of)
        tables = {table.name: table for table in sheets(document)}
        labels = _labels()
    finally:
        set_language(language)

    def text_rows(name: str, key: Callable[[dict[str, str]], Any]) -> dict[Any, dict[str, str]]:
        table = tables[name]
        rows = (
            {c.header: _cell_text(v, c.kind) for c, v in zip(table.columns, values, strict=True)}
            for values in table.values()
        )
        return {key(row): row for row in rows}

    return Expected(
        register=text_rows(REGISTER, lambda r: r[CODE]),
        triage=text_rows(TRIAGE, lambda r: (r[CODE], r[ITEM_ID])),
        consultation=text_rows(CONSULTATION, lambda r: (r[CODE], r[ITEM_ID])),
        labels=labels,
        files={c["code"]: c["files"]["community"] for c in document["communities"]},
    )


def _labels() -> dict[str, dict[str, str]]:
    from ..models.catalogues import CONSULTATION_CATEGORY_LABELS as CATEGORY_LABELS
    from ..models.catalogues import ROUTE_LABELS, TIER_LABELS

    return {
        name: {_(label): value for value, label in table.items()}
        for name, table in (("tier", TIER_LABELS), ("route", ROUTE_LABELS), ("category", CATEGORY_LABELS))
    }


# ---------------------------------------------------------------------------------------------
# Edits


@dataclass
class Edit:
    """One change to a community file: set (or, with value None, remove) the value at `path`."""

    code: str
    action: str  # "set" | "exclude" | "include" | "add-local" | "remove-local"
    section: str = ""  # "triage" | "consultation" for item edits
    item: str = ""
    path: tuple[str, ...] = ()
    value: Any = None
    cell: Cell | None = None


def _converted(cell: Cell, editable: Editable, labels: dict[str, str] | None, problems: list[CellProblem]) -> Any:
    text = cell_text(cell.value)
    if not text:
        return None
    if labels is not None:
        if text not in labels and text not in labels.values():
            problems.append(
                cell.problem(
                    _("「{value}」不是可选的值；可选：{choices}").format(value=text, choices=_("、").join(labels))
                )
            )
            return None
        return labels.get(text, text)
    try:
        return editable.convert(text)
    except ValueError as error:
        problems.append(cell.problem(str(error)))
        return None


def _fixed_problem(cell: Cell, old: str) -> CellProblem:
    where = _(_FIXED_WHERE.get(cell.header, N_("YAML 文件")))
    return cell.problem(_(FIXED_MESSAGE).format(where=where, old=old))


def _register_edits(rows: list[Row], expected: Expected, problems: list[CellProblem]) -> list[Edit]:
    edits: list[Edit] = []
    for row in rows:
        key = row.get(CODE)
        code = cell_text(key.value) if key else ""
        if key is None or code not in expected.register:
            cell = key or next(iter(row.values()))
            problems.append(cell.problem(_("本县没有代码为「{code}」的村（社区）").format(code=code)))
            continue
        old_row = expected.register[code]
        for header, cell in row.items():
            if cell.formula:
                problems.append(cell.problem(_("单元格里是公式；请填写值本身（复制后“选择性粘贴为数值”）")))
                continue
            old, new = old_row.get(header, ""), cell_text(cell.value)
            if new == old:
                continue
            if header in REGISTER_EDITABLE:
                editable = REGISTER_EDITABLE[header]
                value = _converted(cell, editable, None, problems)
                if value is not None or not new:
                    edits.append(Edit(code, "set", path=editable.path, value=value, cell=cell))
            elif header in REGISTER_FIXED:
                problems.append(_fixed_problem(cell, old))
    return edits


@dataclass(frozen=True)
class ItemSheet:
    name: str
    section: str  # the community file's section: "triage" | "consultation"
    local: dict[str, Editable]
    label_columns: dict[str, str]  # header → the label table that reads it


ITEM_SHEETS = (
    ItemSheet(TRIAGE, "triage", TRIAGE_LOCAL, {"层级": "tier", "解决途径": "route"}),
    ItemSheet(CONSULTATION, "consultation", CONSULTATION_LOCAL, {"类别": "category"}),
)


def _key(row: Row) -> tuple[str, str]:
    code, item = row.get(CODE), row.get(ITEM_ID)
    return (cell_text(code.value) if code else "", cell_text(item.value) if item else "")


def _item_value(cell: Cell, spec: ItemSheet, expected: Expected, problems: list[CellProblem]) -> Any:
    labels = expected.labels.get(spec.label_columns.get(cell.header, ""))
    return _converted(cell, spec.local[cell.header], labels, problems)


def _reference_row_edits(row: Row, old_row: dict[str, str], spec: ItemSheet, problems: list[CellProblem]) -> list[Edit]:
    code, item = _key(row)
    edits: list[Edit] = []
    for header, cell in row.items():
        old, new = old_row.get(header, ""), cell_text(cell.value)
        if new == old or header in ITEM_IGNORED:
            continue
        if header == REASON:
            action = "exclude" if new else "include"
            edits.append(Edit(code, action, spec.section, item, value=new or None, cell=cell))
        elif header in _FIXED_WHERE or header in spec.local:
            problems.append(_fixed_problem(cell, old))
    return edits


def _local_row_edits(
    row: Row, old_row: dict[str, str] | None, spec: ItemSheet, expected: Expected, problems: list[CellProblem]
) -> list[Edit]:
    code, item = _key(row)
    values: dict[tuple[str, ...], Any] = {}
    edits: list[Edit] = []
    for header, cell in row.items():
        old, new = (old_row or {}).get(header, ""), cell_text(cell.value)
        if header == REASON and new:
            problems.append(cell.problem(_("本地新增事项不能排除；不需要这一项就删除这一行")))
        elif header in spec.local and (old_row is None or new != old):
            value = _item_value(cell, spec, expected, problems)
            if old_row is None:
                if value not in (None, [], ""):
                    values[spec.local[header].path] = value
            else:
                edits.append(Edit(code, "set", spec.section, item, spec.local[header].path, value, cell))
    if old_row is None:
        edits.append(Edit(code, "add-local", spec.section, item, value=values, cell=row.get(ITEM_ID)))
    return edits


def _item_edits(rows: list[Row], spec: ItemSheet, expected: Expected, problems: list[CellProblem]) -> list[Edit]:
    table = expected.triage if spec.section == "triage" else expected.consultation
    known_communities = set(expected.register)
    edits: list[Edit] = []
    seen: set[tuple[str, str]] = set()
    for row in rows:
        code, item = key = _key(row)
        formulas = [cell for cell in row.values() if cell.formula]
        if formulas:
            problems += [c.problem(_("单元格里是公式；请填写值本身（复制后“选择性粘贴为数值”）")) for c in formulas]
            continue
        if code not in known_communities:
            cell = row.get(CODE) or next(iter(row.values()))
            problems.append(cell.problem(_("本县没有代码为「{code}」的村（社区）").format(code=code)))
            continue
        seen.add(key)
        old_row = table.get(key)
        if old_row is not None and old_row.get(SOURCE) != LOCAL_SOURCE:
            edits += _reference_row_edits(row, old_row, spec, problems)
        elif (
            old_row is not None or "-L" in item or cell_text(row[SOURCE].value if SOURCE in row else "") == LOCAL_SOURCE
        ):
            edits += _local_row_edits(row, old_row, spec, expected, problems)
        else:
            cell = row.get(ITEM_ID) or next(iter(row.values()))
            problems.append(
                cell.problem(
                    _("参考清单里没有编号为「{item}」的事项；本地新增事项的编号带 L，如 XS-L01").format(item=item)
                )
            )
    present = {code for code, _item in seen}
    for key, old_row in table.items():
        if key[0] in present and key not in seen:
            if old_row.get(SOURCE) == LOCAL_SOURCE:
                edits.append(Edit(key[0], "remove-local", spec.section, key[1]))
            else:
                problems.append(
                    CellProblem(
                        spec.name,
                        0,
                        "",
                        ITEM_ID,
                        _(
                            "{code} 的参考事项 {item} 这一行被删除了；参考事项不能删，要排除请保留这一行并填写「{reason}」"
                        ).format(code=key[0], item=key[1], reason=REASON),
                        community=key[0],
                    )
                )
    return edits


# ---------------------------------------------------------------------------------------------
# Applying the edits to a community file's round-trip tree


def _mapping(parent: Any, key: str) -> Any:
    from ruamel.yaml.comments import CommentedMap

    if not isinstance(parent.get(key), dict):
        parent[key] = CommentedMap()
    return parent[key]


def _sequence(parent: Any, key: str) -> Any:
    from ruamel.yaml.comments import CommentedSeq

    if not isinstance(parent.get(key), list):
        parent[key] = CommentedSeq()
    return parent[key]


def _plain(value: Any) -> Any:
    """A value for the round-trip tree: lists become flow sequences (`forms: [村民议事会, 院坝会]`)."""
    from ruamel.yaml.comments import CommentedSeq

    if isinstance(value, list):
        seq = CommentedSeq(value)
        seq.fa.set_flow_style()
        return seq
    return value


def _set(container: Any, path: tuple[str, ...], value: Any) -> None:
    for step in path[:-1]:
        container = _mapping(container, step)
    if value is None or value == []:
        container.pop(path[-1], None)
    else:
        container[path[-1]] = _plain(value)


def _flow_item(pairs: list[tuple[str, Any]]) -> Any:
    from ruamel.yaml.comments import CommentedMap

    item = CommentedMap([(k, _plain(v)) for k, v in pairs])
    item.fa.set_flow_style()
    return item


def _find(items: Any, item_id: str) -> int | None:
    for index, entry in enumerate(items or ()):
        if isinstance(entry, dict) and str(entry.get("id")) == item_id:
            return index
    return None


_LOCAL_ORDER = ("id", "tier", "title", "category", "handler", "basis", "lead", "participants", "forms", "route")


def _new_local(edit: Edit) -> Any:
    values = {path[0]: value for path, value in edit.value.items()}
    if edit.section == "triage":
        from ..rules.catalogues import TIER_PREFIX

        tiers = {prefix: tier for tier, prefix in TIER_PREFIX.items()}
        values.setdefault("tier", tiers.get(edit.item.split("-")[0]))
    pairs = [("id", edit.item)] + [(k, values[k]) for k in _LOCAL_ORDER if k in values and k != "id"]
    return _flow_item(pairs)


def apply_edit(tree: Any, edit: Edit) -> None:
    if not edit.section:
        _set(tree, edit.path, edit.value)
        return
    section = _mapping(tree, edit.section)
    if edit.action in ("exclude", "include"):
        excluded = _sequence(section, "excluded")
        index = _find(excluded, edit.item)
        if edit.action == "include":
            if index is not None:
                del excluded[index]
        elif index is not None:
            excluded[index]["reason"] = edit.value
        else:
            excluded.append(_flow_item([("id", edit.item), ("reason", edit.value)]))
        return
    local = _sequence(section, "local")
    index = _find(local, edit.item)
    if edit.action == "add-local":
        local.append(_new_local(edit))
    elif edit.action == "remove-local" and index is not None:
        del local[index]
    elif edit.action == "set" and index is not None:
        _set(local[index], edit.path, edit.value)


# ---------------------------------------------------------------------------------------------
# The import


def _problem_cell(problem: Any, data: Any, edits: list[Edit]) -> Cell | None:
    """The edited cell a schema problem comes from: the edit of the same item and field, else of the item,
    else the community's first edit."""
    at = tuple(problem.at or ())
    item = None
    if len(at) > 2 and at[0] in ("triage", "consultation") and at[1] in ("local", "excluded"):
        try:
            item = str(data[at[0]][at[1]][at[2]].get("id"))
        except (KeyError, IndexError, TypeError, AttributeError):
            item = None
        rest = at[3:]
        same_item = [e for e in edits if e.section == at[0] and e.item == item and e.cell is not None]
        exact = [e for e in same_item if e.path and tuple(e.path) == tuple(rest[: len(e.path)])]
        if exact or same_item:
            return (exact or same_item)[0].cell
    register = [e for e in edits if not e.section and e.cell is not None and tuple(e.path) == at[: len(e.path)]]
    if register:
        return register[0].cell
    return next((e.cell for e in edits if e.cell is not None), None)


def _community_change(root: Path, rel: str, edits: list[Edit], problems: list[CellProblem]) -> FileChange | None:
    from ..formatting import FormatError, _dump_rt, _load_rt, format_text
    from ..loader import parse
    from ..schema import validate_model

    path = root / rel
    try:
        before = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        problems.append(
            CellProblem(
                edits[0].cell.sheet if edits[0].cell else REGISTER,
                0,
                "",
                CODE,
                _("{path}：无法读取（{reason}）；先运行 civcat validate 修好它").format(path=rel, reason=error),
            )
        )
        return None
    try:
        tree = _load_rt(before)
        for edit in edits:
            apply_edit(tree, edit)
        after = format_text(_dump_rt(tree))
    except (FormatError, Exception) as error:  # noqa: BLE001 — a file fmt refuses is left for validate to explain
        first = edits[0].cell
        problems.append(
            CellProblem(
                first.sheet if first else REGISTER,
                first.row if first else 0,
                first.column if first else "",
                first.header if first else CODE,
                _("{path}：无法按原样改写（{reason}）；先运行 civcat validate 和 civcat fmt 修好它").format(
                    path=rel, reason=str(error).splitlines()[0] if str(error) else type(error).__name__
                ),
            )
        )
        return None
    data, load_problem = parse(after)
    found = [load_problem] if load_problem else validate_model("community", data)[1]
    for problem in found:
        cell = _problem_cell(problem, data, edits) if not load_problem else edits[0].cell
        message = problem.message
        problems.append(cell.problem(message) if cell else CellProblem(REGISTER, 0, "", CODE, f"{rel}：{message}"))
    return FileChange(path, rel, before, after, len(edits)) if not found else None


def import_catalogue(
    root: Path, workbook: Path, *, as_of: dt.date | None = None, write: bool = True, partial: bool = False
) -> ImportResult:
    """Apply the edits of `workbook` to the community files under `root`.

    Nothing is written when a cell cannot be applied, unless `partial`: then every community without a
    problem is written, and the others are listed in `skipped`. `write=False` computes the changes only
    (for --diff)."""
    sheets = read_workbook(Path(workbook))
    expected = expected_workbook(root, as_of or dt.date.today())
    result = ImportResult()
    edits = _register_edits(sheets.get(REGISTER, []), expected, result.problems)
    for spec in ITEM_SHEETS:
        edits += _item_edits(sheets.get(spec.name, []), spec, expected, result.problems)
    by_community: dict[str, list[Edit]] = {}
    for edit in edits:
        by_community.setdefault(edit.code, []).append(edit)
    bad_codes = _codes_with_problems(result.problems, sheets)
    for code in sorted(by_community):
        change = _community_change(root, expected.files[code], by_community[code], result.problems)
        if change is None:
            bad_codes.add(code)
        elif code not in bad_codes:
            result.changes.append(change)
    if result.problems and not partial:
        result.skipped = sorted(by_community)
        result.changes = []
        return result
    result.skipped = sorted(bad_codes & set(by_community))
    if write:
        _write(result)
    return result


def _codes_with_problems(problems: list[CellProblem], sheets: dict[str, list[Row]]) -> set[str]:
    """The communities whose rows hold a problem cell (for --partial: those are left alone)."""
    rows = {
        (name, row[CODE].row): cell_text(row[CODE].value)
        for name, table in sheets.items()
        for row in table
        if CODE in row
    }
    codes = {rows.get((p.sheet, p.row)) for p in problems if p.row}
    codes |= {p.community for p in problems if p.community}
    return {c for c in codes if c}


def _write(result: ImportResult) -> None:
    """Write each changed file atomically, only if it is still what was read (an edit made meanwhile is
    never overwritten: that file is reported and left)."""
    from ..fileio import atomic_write

    for change in result.changed:
        try:
            current = change.path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            current = None
        if current != change.before:
            result.notes.append(_("{path}：导入期间文件被改动，未写入；请重新导入").format(path=change.rel))
            continue
        atomic_write(change.path, change.after.encode("utf-8"), overwrite=True)
        result.written.append(change.rel)


def unified_diff(change: FileChange) -> str:
    import difflib

    lines = difflib.unified_diff(
        change.before.splitlines(keepends=True),
        change.after.splitlines(keepends=True),
        f"a/{change.rel}",
        f"b/{change.rel}",
    )
    return "".join(lines)


def editable_columns() -> dict[str, set[str]]:
    """Per sheet, the headers a township may edit (the template marks them)."""
    return {
        REGISTER: set(REGISTER_EDITABLE),
        TRIAGE: set(TRIAGE_LOCAL) | {REASON, ITEM_ID, SOURCE},
        CONSULTATION: set(CONSULTATION_LOCAL) | {REASON, ITEM_ID, SOURCE},
    }


def template_notes(township: str) -> list[str]:
    """The instructions sheet of a township's template (Chinese: a document for the townships)."""
    return [
        f"{township}村（社区）清单填报表（由 civcat export --template 生成）",
        "",
        "黄色表头的列可以填写或修改，蓝色表头的列只读（改了导入时会报错，不会生效）。",
        "村社区名册：换届日期（YYYY-MM-DD）、委员会成员、女性成员、统一社会信用代码、城乡分类代码、"
        "协商平台（多个用顿号“、”分隔）。",
        "三事分流、协商事项：参考清单的事项不适用本村（社区）时，在“排除理由”里写明理由；清空理由即恢复适用。"
        "参考事项的行不要删除。",
        "本地新增事项：新加一行，编号带 L（如 XS-L01、XY-L01），来源写“本地新增”，填写事项名称和其他列；"
        "删除本地新增事项的行即删除该事项。",
        "不要使用公式；从别处复制时请“选择性粘贴为数值”。",
        "填好后交回，由县民政局运行 civcat import catalogue 工作簿.xlsx 导入（先加 --diff 查看改动）。",
    ]
