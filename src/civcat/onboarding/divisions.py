"""`civcat import divisions`: county.yaml's townships and the community stubs created or updated from
the division table (`division_table.read_divisions`); files civcat updates are edited with ruamel's
round-trip loader, so comments and layout a clerk added stay as they were."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..fileio import atomic_write
from ..formatting import canonical, load_round_trip
from ..i18n import _, ngettext
from ..identifiers import URBAN_RURAL_CODES, community_type_for_code, township_type_for_code
from .common import (
    COMMUNITY_ENDINGS,
    TOWNSHIP_ENDINGS,
    community_files,
    community_path,
    community_stub,
    load_county,
    quoted,
    relative,
    type_from_name,
)
from .division_table import DivisionRow, read_divisions

# ---------------------------------------------------------------------------------------------
# civcat import divisions


@dataclass
class Change:
    code: str
    name: str
    path: str
    changes: list[str] = field(default_factory=list)  # "名称 旧 → 新"


@dataclass
class ImportReport:
    townships_created: list[Change] = field(default_factory=list)
    townships_updated: list[Change] = field(default_factory=list)
    townships_unchanged: int = 0
    communities_created: list[Change] = field(default_factory=list)
    communities_updated: list[Change] = field(default_factory=list)
    communities_unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # rows not imported, with the reason
    not_in_table: list[str] = field(default_factory=list)  # kept as they are
    notes: list[str] = field(default_factory=list)
    other_counties: int = 0

    @property
    def changed(self) -> bool:
        return bool(
            self.townships_created or self.townships_updated or self.communities_created or self.communities_updated
        )

    def lines(self) -> list[str]:
        out = [
            _("乡镇（街道）：新增 {created}，更新 {updated}，未变 {unchanged}").format(
                created=len(self.townships_created),
                updated=len(self.townships_updated),
                unchanged=self.townships_unchanged,
            ),
            _("村（社区）：新增 {created}，更新 {updated}，未变 {unchanged}").format(
                created=len(self.communities_created),
                updated=len(self.communities_updated),
                unchanged=self.communities_unchanged,
            ),
        ]
        separator = _("；")
        for change in self.townships_created:
            out.append("  " + _("新增乡镇 {code} {name}").format(code=change.code, name=change.name))
        for change in self.townships_updated:
            out.append(
                "  "
                + _("更新乡镇 {code} {name}：{changes}").format(
                    code=change.code, name=change.name, changes=separator.join(change.changes)
                )
            )
        for change in self.communities_created:
            out.append("  " + _("新增 {path}  {name}").format(path=change.path, name=change.name))
        for change in self.communities_updated:
            out.append(
                "  " + _("更新 {path}  {changes}").format(path=change.path, changes=separator.join(change.changes))
            )
        if self.skipped:
            out.append(
                ngettext("未导入 {count} 行：", "未导入 {count} 行：", len(self.skipped)).format(
                    count=len(self.skipped)
                )
            )
            out += [f"  {line}" for line in self.skipped]
        if self.not_in_table:
            out.append(
                ngettext(
                    "表中没有、保留未动 {count} 个（撤并的请核实后手工删除）：",
                    "表中没有、保留未动 {count} 个（撤并的请核实后手工删除）：",
                    len(self.not_in_table),
                ).format(count=len(self.not_in_table))
            )
            out += [f"  {line}" for line in self.not_in_table]
        if self.other_counties:
            out.append(
                ngettext(
                    "另有 {count} 行属于其他县（区），已跳过。",
                    "另有 {count} 行属于其他县（区），已跳过。",
                    self.other_counties,
                ).format(count=self.other_counties)
            )
        out += self.notes
        return out


def _township_code(value: str) -> str | None:
    value = value.strip()
    if re.fullmatch(r"[0-9]{9}", value):
        return value
    if re.fullmatch(r"[0-9]{9}000", value):
        return value[:9]
    return None


def import_divisions(
    root: Path, table: Path, *, townships: list[str] | None = None, dry_run: bool = False
) -> ImportReport:
    """Create or update county.yaml's townships and the community stubs from an NBS division table."""
    root = Path(root)
    county_path, county_text, county = load_county(root)
    rows = read_divisions(table)
    report = ImportReport()
    wanted = _wanted_townships(townships, county["code"]) if townships else None
    table_townships, table_communities = _sort_rows(rows, county, report)
    if wanted is not None:
        unknown = sorted(wanted - set(table_townships) - {str(t.get("code")) for t in county.get("townships") or []})
        if unknown:
            raise UsageError(
                _("--township {value}：表中和 county.yaml 中都没有这个乡镇（街道）").format(value=_("、").join(unknown))
            )
        table_townships = {c: r for c, r in table_townships.items() if c in wanted}
        table_communities = {c: r for c, r in table_communities.items() if c[:9] in wanted}

    county_changed = _update_townships(county, table_townships, report, complete=wanted is None)
    known_townships = {str(t.get("code")) for t in county.get("townships") or [] if isinstance(t, dict)}

    existing = community_files(root)
    for code, row in sorted(table_communities.items()):
        _import_community(root, code, row, known_townships, existing, report, dry_run=dry_run)

    covered = set(table_townships) | {c[:9] for c in table_communities}
    for code, path in sorted(existing.items()):
        if code not in table_communities and code[:9] in covered:
            report.not_in_table.append(_("{path}（{code}）").format(path=relative(root, path), code=code))

    if county_changed and not dry_run:
        new_text = canonical(county)
        if new_text != county_text:
            atomic_write(county_path, new_text)
    return report


def _wanted_townships(townships: list[str], county_code: str) -> set[str]:
    """The townships named by --township (several, or comma-separated): 9-digit codes of this county."""
    wanted: set[str] = set()
    for value in townships:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            code = _township_code(part)
            if code is None or not code.startswith(county_code):
                raise UsageError(
                    _("--township {value}：应为本县（{county}）下 9 位的乡镇（街道）代码").format(
                        value=part, county=county_code
                    )
                )
            wanted.add(code)
    return wanted


def _where(row: DivisionRow) -> str:
    return (
        _("第 {line} 行 {code} {name}").format(line=row.line, code=row.code or _("（无代码）"), name=row.name).rstrip()
    )


def _sort_rows(
    rows: list[DivisionRow], county: Any, report: ImportReport
) -> tuple[dict[str, DivisionRow], dict[str, DivisionRow]]:
    """The table's rows of this county's townships and of its communities, by code."""
    table_townships: dict[str, DivisionRow] = {}
    table_communities: dict[str, DivisionRow] = {}
    for row in rows:
        if not _county_row(row, county, report):
            continue
        township_code = _township_code(row.code)
        target = table_townships if township_code else table_communities
        key = township_code or row.code
        if key in target:
            report.skipped.append(
                _("{where}：代码重复（第 {line} 行已有），只用第一行").format(where=_where(row), line=target[key].line)
            )
            continue
        target[key] = row
    return table_townships, table_communities


def _county_row(row: DivisionRow, county: Any, report: ImportReport) -> bool:
    """Whether the row is a township or community of this county; a row that is not is reported
    (rows of the provinces and prefectures above the county pass silently)."""
    code, county_code = row.code, county["code"]
    if not code.isdigit() or len(code) not in (6, 9, 12):
        if re.fullmatch(r"[0-9.]+[eE]\+?[0-9]+", code):
            report.skipped.append(
                _(
                    "{where}：代码被 Excel 写成了科学计数法，后几位已丢失；"
                    "请把代码列设为“文本”后重新导出，或直接导入 XLSX"
                ).format(where=_where(row))
            )
        else:
            report.skipped.append(_("{where}：代码应为 12 位数字（或 9 位乡镇代码）").format(where=_where(row)))
        return False
    if not code.startswith(county_code):
        if not code[:6].endswith("00"):
            report.other_counties += 1  # rows of provinces and prefectures above the county pass silently
        return False
    if len(code) == 6 or (len(code) == 12 and code.endswith("000000")):
        if row.name and row.name != county["name"]:
            report.notes.append(
                _("表中县（区）名称为“{table}”，county.yaml 中为“{current}”；county.yaml 未改动。").format(
                    table=row.name, current=county["name"]
                )
            )
        return False
    if not row.name:
        report.skipped.append(_("{where}：没有名称").format(where=_where(row)))
        return False
    return True


def _import_community(
    root: Path,
    code: str,
    row: DivisionRow,
    known_townships: set[str],
    existing: dict[str, Path],
    report: ImportReport,
    *,
    dry_run: bool,
) -> None:
    """Update the community's file, or create its stub."""
    where = _("第 {line} 行 {code} {name}").format(line=row.line, code=code, name=row.name)
    if code[:9] not in known_townships:
        report.skipped.append(
            _("{where}：所属乡镇（街道）{township} 不在表中，也不在 county.yaml 中").format(
                where=where, township=code[:9]
            )
        )
        return
    if code in existing:
        _update_community(root, existing[code], row, report, dry_run=dry_run)
        return
    kind = community_type_for_code(code) or type_from_name(row.name, COMMUNITY_ENDINGS)
    if kind is None:
        report.skipped.append(
            _(
                "{where}：代码 {digits} 不在 001–199（社区）或 200–399（村）范围内，"
                "名称也看不出是村还是社区；请用 civcat new community 手工添加"
            ).format(where=where, digits=code[9:])
        )
        return
    urban_rural = row.urban_rural or None
    if urban_rural and urban_rural not in URBAN_RURAL_CODES:
        report.notes.append(
            _("{where}：城乡分类代码 {code} 不是规定的代码，照录；civcat validate 会报告（CV210）。").format(
                where=where, code=urban_rural
            )
        )
    path = community_path(root, code)
    if not dry_run:
        atomic_write(
            path,
            community_stub(
                code,
                row.name,
                kind,
                urban_rural,
                origin="由 civcat import divisions 从《统计用区划代码和城乡划分代码》导入",
            ),
            overwrite=False,
        )
    report.communities_created.append(Change(code, row.name, relative(root, path)))


def _update_townships(county: Any, table: dict[str, DivisionRow], report: ImportReport, *, complete: bool) -> bool:
    """Add and update townships in county.yaml's round-trip data; True when it changed."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    current = county.get("townships")
    changed = False
    if not isinstance(current, list):
        current = CommentedSeq()
        county["townships"] = current
        changed = True
    elif getattr(current, "fa", None) is not None and current.fa.flow_style() and not current:  # type: ignore[attr-defined]
        fresh = CommentedSeq()
        county["townships"] = fresh  # `townships: []` from civcat init: write the list as a block
        current = fresh
    by_code = {str(t.get("code")): t for t in current if isinstance(t, dict)}
    for code, row in sorted(table.items()):
        kind = township_type_for_code(code) or type_from_name(row.name, TOWNSHIP_ENDINGS)
        where = _("第 {line} 行 {code} {name}").format(line=row.line, code=code, name=row.name)
        if kind is None:
            report.skipped.append(
                _(
                    "{where}：代码 {digits} 不在 001–099（街道）、100–199（镇）、200–399（乡）范围内，"
                    "名称也看不出类型；请在 county.yaml 中手工添加"
                ).format(where=where, digits=code[6:])
            )
            continue
        entry = by_code.get(code)
        if entry is None:
            item = CommentedMap()
            item["code"] = quoted(code)
            item["name"] = row.name
            item["type"] = kind
            item.fa.set_flow_style()
            position = next(
                (i for i, t in enumerate(current) if isinstance(t, dict) and str(t.get("code")) > code), len(current)
            )
            current.insert(position, item)
            report.townships_created.append(Change(code, row.name, "catalogues/county.yaml"))
            changed = True
            continue
        change = Change(code, row.name, "catalogues/county.yaml")
        if entry.get("name") != row.name:
            change.changes.append(_("名称 {old} → {new}").format(old=entry.get("name"), new=row.name))
            entry["name"] = row.name
        type_by_code = township_type_for_code(code)
        if type_by_code and entry.get("type") != type_by_code:
            change.changes.append(_("类型 {old} → {new}").format(old=entry.get("type"), new=type_by_code))
            entry["type"] = type_by_code
        if change.changes:
            report.townships_updated.append(change)
            changed = True
        else:
            report.townships_unchanged += 1
    if complete:
        for code, entry in sorted(by_code.items()):
            if code not in table:
                report.not_in_table.append(
                    _("乡镇（街道）{code} {name}（catalogues/county.yaml）").format(code=code, name=entry.get("name"))
                )
    return changed


def _update_community(root: Path, path: Path, row: DivisionRow, report: ImportReport, *, dry_run: bool) -> None:
    """Update name and urban_rural of an existing community file; everything else stays as written."""
    rel = relative(root, path)
    data = _community_data(path, rel, row, report)
    if data is None:
        return
    change = Change(row.code, row.name, rel)
    if data.get("name") != row.name:
        _rename(root, data, row, change, report)
    if row.urban_rural and str(data.get("urban_rural") or "") != row.urban_rural:
        _set_urban_rural(data, row, change)
    kind = community_type_for_code(row.code)
    if kind and data.get("type") != kind:
        report.notes.append(
            _("{path}：type 为 {type}，代码 {digits} 表示 {kind}；type 未改动，请核实（CV204）。").format(
                path=rel, type=data.get("type"), digits=row.code[9:], kind=kind
            )
        )
    if not change.changes:
        report.communities_unchanged += 1
        return
    if not dry_run:
        atomic_write(path, canonical(data))
    report.communities_updated.append(change)


def _community_data(path: Path, rel: str, row: DivisionRow, report: ImportReport) -> Any:
    """The community file's round-trip data; None (and the row skipped) when it cannot be updated."""
    try:
        text = path.read_text(encoding="utf-8-sig")
        data = load_round_trip(text)
    except Exception:  # noqa: BLE001
        report.skipped.append(
            _("第 {line} 行 {code} {name}：{path} 无法读取（YAML 有错误），未修改；请先改正").format(
                line=row.line, code=row.code, name=row.name, path=rel
            )
        )
        return None
    if not isinstance(data, dict):
        report.skipped.append(
            _("第 {line} 行 {code} {name}：{path} 不是村（社区）文件，未修改").format(
                line=row.line, code=row.code, name=row.name, path=rel
            )
        )
        return None
    return data


def _rename(root: Path, data: Any, row: DivisionRow, change: Change, report: ImportReport) -> None:
    """The table's name in the file; a charter whose title still has the old name is noted, not edited
    (a charter changes only by its own procedure)."""
    old_name = data.get("name")
    change.changes.append(_("名称 {old} → {new}").format(old=old_name, new=row.name))
    data["name"] = row.name
    charter = root / "charters" / row.code[:9] / f"{row.code}.yaml"
    if (
        isinstance(old_name, str)
        and old_name
        and charter.is_file()
        and any(
            line.startswith("title:") and old_name in line
            for line in charter.read_text(encoding="utf-8-sig", errors="replace").splitlines()
        )
    ):
        report.notes.append(
            _("{path}：公约标题仍含旧名称“{old}”；公约只能按程序修订，请核实后修改。").format(
                path=relative(root, charter), old=old_name
            )
        )


def _set_urban_rural(data: Any, row: DivisionRow, change: Change) -> None:
    """The table's urban-rural code in the file: replaced where it is, else added after `type`."""
    old = data.get("urban_rural")
    change.changes.append(
        _("城乡分类代码 {old} → {new}").format(old=old if old is not None else _("（无）"), new=row.urban_rural)
    )
    if "urban_rural" in data:
        data["urban_rural"] = quoted(row.urban_rural)
    else:
        keys = list(data)
        position = keys.index("type") + 1 if "type" in keys else len(keys)
        data.insert(position, "urban_rural", quoted(row.urban_rural))  # a CommentedMap: insert keeps the order
