"""Reading the division table: the National Bureau of Statistics' 统计用区划代码和城乡划分代码,
as CSV or XLSX.

Columns code (统计用区划代码), urban-rural code (城乡分类代码) and name (名称), with Chinese or English
headers (or none: then the columns are taken in that order). Codes are 12 digits: a county row ends in
000000, a township row in 000 (9-digit township codes are read too), every other row is a village or
community.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..i18n import _

# ---------------------------------------------------------------------------------------------
# Reading the division table

_HEADER_ALIASES = {
    "code": {"统计用区划代码", "区划代码", "统计代码", "代码", "code", "divisioncode", "statisticalcode"},
    "urban_rural": {
        "城乡分类代码",
        "城乡分类",
        "城乡划分代码",
        "urbanrural",
        "urbanruralcode",
        "urbanruralclassification",
    },
    "name": {"名称", "单位名称", "区划名称", "name"},
}


def _header_key(cell: Any) -> str:
    text = unicodedata.normalize("NFKC", str(cell or "")).strip().lower()
    return re.sub(r"[\s_\-:：()（）]", "", text)


@dataclass
class DivisionRow:
    line: int  # row number in the table (1-based, header included), for messages
    code: str  # as written, digits only
    urban_rural: str  # "" when the table gives none (township rows)
    name: str


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return unicodedata.normalize("NFKC", str(value)).strip().strip("'\"").strip()


def _read_rows(path: Path) -> list[list[Any]]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        try:
            import openpyxl
        except ImportError:  # pragma: no cover - openpyxl is a dependency
            raise UsageError(_("读取 XLSX 需要 openpyxl：pip install openpyxl")) from None
        try:
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # noqa: BLE001 — any unreadable workbook is a usage problem
            raise UsageError(
                _("{path}：无法作为 XLSX 读取（{reason}）").format(path=path, reason=f"{type(error).__name__}: {error}")
            ) from None
        try:
            sheet = workbook.worksheets[0]
            return [list(row) for row in sheet.iter_rows(values_only=True)]
        finally:
            workbook.close()
    if suffix == ".xls":
        raise UsageError(_("{path}：不支持旧的 .xls 格式；请在 Excel 或 WPS 中另存为 .xlsx 或 .csv").format(path=path))
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise UsageError(_("{path}：无法读取：{reason}").format(path=path, reason=error.strerror)) from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes any byte string
        raise UsageError(_("{path}：不是 UTF-8 或 GBK 编码的 CSV").format(path=path))
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def read_divisions(path: Path) -> list[DivisionRow]:
    """The rows of a division table (CSV or XLSX); columns found by their headers, else by position."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(_("{path}：没有这个文件").format(path=path))
    rows = _read_rows(path)
    columns: dict[str, int] | None = None
    start = 0
    for index, row in enumerate(rows[:20]):
        keys = [_header_key(cell) for cell in row]
        found = {name: keys.index(k) for name, aliases in _HEADER_ALIASES.items() for k in keys if k in aliases}
        if "code" in found and "name" in found:
            columns, start = found, index + 1
            break
        first = _cell_text(row[0]) if row else ""
        if first.isdigit() and len(first) >= 6:
            break  # data without a header row
    if columns is None:
        width = max((len([c for c in row if _cell_text(c)]) for row in rows[:50]), default=0)
        columns = {"code": 0, "urban_rural": 1, "name": 2} if width >= 3 else {"code": 0, "name": 1}
        # skip title lines above the data
        while start < len(rows) and not (_cell_text(rows[start][0]) if rows[start] else "").isdigit():
            start += 1
    result: list[DivisionRow] = []
    for number, row in enumerate(rows[start:], start + 1):
        code, name = _column(row, columns, "code"), _column(row, columns, "name")
        if not code and not name:
            continue
        result.append(DivisionRow(number, code, _column(row, columns, "urban_rural"), name))
    return result


def _column(row: list[Any], columns: dict[str, int], name: str) -> str:
    """The text of the row's cell in the column `name`; empty when the table has no such column."""
    i = columns.get(name)
    return _cell_text(row[i]) if i is not None and i < len(row) else ""
