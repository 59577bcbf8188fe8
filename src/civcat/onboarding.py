"""Onboarding a county: `civcat init`, `civcat import divisions`, `civcat new community|charter`.

    init_repository(Path("石柱县"), county_code="500240", county_name="石柱土家族自治县")
    import_divisions(root, Path("统计用区划代码.xlsx"))          -> ImportReport
    new_community(root, "500240101201", name="石门村")          -> Path
    new_charter(root, "500240101201")                           -> Path

Every write goes through `fileio.atomic_write`. A file civcat did not generate is never replaced
without `force`; files it updates (county.yaml, community files on a second import) are edited
with ruamel's round-trip loader, so comments and layout a clerk added stay as they were.

The division table is the National Bureau of Statistics' 统计用区划代码和城乡划分代码: columns
code (统计用区划代码), urban-rural code (城乡分类代码) and name (名称), as CSV or XLSX, with Chinese
or English headers (or none: then the columns are taken in that order). Codes are 12 digits:
a county row ends in 000000, a township row in 000 (9-digit township codes are read too), every
other row is a village or community.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from .errors import UsageError
from .fileio import atomic_write
from .formatting import canonical, dump_round_trip, load_round_trip
from .i18n import _, ngettext
from .identifiers import URBAN_RURAL_CODES, community_type_for_code, township_type_for_code
from .models.catalogues import COMMUNITY_TYPE_LABELS
from .models.charters import CHARTER_TYPE_LABELS, VOTE_BODY_LABELS

#: The county the starter catalogues and model charters were written for.
BUNDLED_COUNTY_NAME = "彭水苗族土家族自治县"
#: Header comment lines of the starter files that state the bundled county's own facts.
_BUNDLED_FACTS = re.compile(r"2021|汉葭|绍庆|靛水")
STARTER_FOLDERS = ("catalogues/reference", "charters/model")

CHARTER_TYPES = {"village": "village_rules", "community": "residents_convention"}


# ---------------------------------------------------------------------------------------------
# YAML text as a clerk writes it: codes quoted, small mappings on one line

_NOT_PLAIN = re.compile(r"""^[-?:,\[\]{}#&*!|>'"%@`\s]|[,\[\]{}#:]|\s$""")
_RESOLVES = re.compile(r"^([-+]?[0-9][0-9_.:eE+-]*|true|false|yes|no|on|off|null|~)$", re.IGNORECASE)


def _scalar(value: Any, *, quote: bool = False) -> str:
    """One YAML scalar: quoted when asked (codes) or when plain text would read as something else."""
    text = str(value)
    if quote or not text or _NOT_PLAIN.search(text) or _RESOLVES.match(text):
        return json.dumps(text, ensure_ascii=False)
    return text


def _quoted(value: str):
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    return DoubleQuotedScalarString(value)


# ---------------------------------------------------------------------------------------------
# civcat init


def starter_files() -> dict[str, bytes]:
    """The bundled reference catalogues and model charters shipped in the package: relative path → bytes."""
    base = files("civcat") / "starter"
    found: dict[str, bytes] = {}
    for folder in STARTER_FOLDERS:
        node = base
        for part in folder.split("/"):
            node = node / part
        for entry in sorted(node.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".yaml"):
                found[f"{folder}/{entry.name}"] = entry.read_bytes()
    return found


def adapt_starter(text: str, county_name: str) -> str:
    """A starter file for a new county: its name in titles and comments, no `issued:` date (the
    county has not issued it yet), the bundled county's own figures left out, and a note on top."""
    lines = text.splitlines()
    out: list[str] = []
    in_header = False
    for line in lines:
        if line.startswith("kind:"):
            out.append(line)
            out.append(
                "# 起步文本：由 civcat init 从 civcat 内置的示例复制，原为彭水苗族土家族自治县编写，不是本县印发的文本。"
            )
            out.append(
                "# 请改成本县的示范文本，条文按本县印发的为准。"
                if line.strip() == "kind: charter-model"
                else "# 请改成本县的清单：事项、编号和 totals 按本县印发的为准，印发后写上 issued 日期。"
            )
            in_header = True
            continue
        if in_header and line.startswith("#"):
            if _BUNDLED_FACTS.search(line):
                continue
        else:
            in_header = False
        if line.startswith("issued:"):
            continue
        out.append(line.replace(BUNDLED_COUNTY_NAME, county_name))
    return "\n".join(out) + "\n"


def county_yaml(code: str, name: str, authority: str) -> str:
    example = f"{code}001"
    return (
        "civcat: 1\n"
        "kind: county\n"
        "# 由 civcat init 生成。乡镇（街道）用 civcat import divisions 从国家统计局《统计用区划代码和城乡划分代码》表导入，\n"
        "# 也可以照下例手写（9 位统计用区划代码，须加引号；type: street 街道、town 镇、township 乡）：\n"
        f'#   - {{code: "{example}", name: 某某街道, type: street}}\n'
        "# 公布了村、社区数量的，加上 totals，civcat validate 会与村和社区文件核对：\n"
        "#   totals: {villages: 0, communities: 0}\n"
        f"code: {_scalar(code, quote=True)}\n"
        f"name: {_scalar(name)}\n"
        f"authority: {_scalar(authority)}\n"
        "townships: []\n"
    )


CIVCAT_TOML = """\
# civcat 的配置（与 pyproject.toml 中 [tool.civcat] 的写法相同，这里写在顶层）。
# 去掉行首的 # 即可启用。
# ignore = ["CV701"]            # 不运行这些规则
# extend-select = ["CV510"]     # 另外运行默认关闭的规则
#
# [rules.CV510]                 # 公约修订期限（年）
# years = 5
"""

GITIGNORE = """\
# civcat 的缓存和生成的文件
.civcat_cache/
/out/
/export/
# 写文件时被强行中断留下的临时文件（civcat 不读它们，下次写同一文件时清理）
.*.tmp
"""

TEMPLATES_README = """\
# 本县的排版模板

这个文件夹放本县自己的排版模板（`*.typ.j2`）。与 civcat 内置模板同名的文件会代替内置模板，
例如 `charter-poster.typ.j2` 改变村规民约、居民公约海报的版式。

    civcat render templates          # 列出可用模板和它们的来源

没有模板时 civcat 使用内置模板；这个文件夹可以一直空着。
"""


def workflow_yaml(civcat_requirement: str) -> str:
    """The county's CI: on a pull request it annotates every finding, comments what the change does,
    and fails only on errors the change brings (old errors do not block a township's unrelated
    change); on main it fails on any error. Messages in Chinese (CIVCAT_LANG), for the clerks."""
    return f"""\
# civcat：每次推送和每个合并请求（pull request）都检查全县的清单和公约。
# 由 civcat init 生成；civcat 升级后修改下面 pip install 的版本（或安装来源）。
# 合并请求：标出全部问题，把改动说明贴到合并请求上，只在改动带来新的错误时不通过；
# 推送到 main：有任何错误都不通过。
name: civcat

on:
  push:
    branches: [main]
  pull_request:

permissions:
  contents: read
  pull-requests: write

jobs:
  check:
    runs-on: ubuntu-latest
    env:
      CIVCAT_LANG: zh        # 检查结果用中文
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - name: 安装 civcat
        run: pip install "{civcat_requirement}"
      - name: 检查（civcat validate）
        # 合并请求上只标出问题（已有的错误不挡住合并），新的错误由下面的 civcat diff 判断。
        continue-on-error: ${{{{ github.event_name == 'pull_request' }}}}
        run: civcat validate --format github
      - name: 格式（civcat fmt --check）
        if: ${{{{ !cancelled() }}}}
        run: civcat fmt --check
      - name: 变更说明和新的错误（civcat diff）
        id: diff
        if: ${{{{ !cancelled() && github.event_name == 'pull_request' }}}}
        run: civcat diff --git "origin/${{{{ github.base_ref }}}}" --format markdown --exit-code > civcat-diff.md
      - name: 把变更说明贴到合并请求
        if: ${{{{ !cancelled() && github.event_name == 'pull_request' }}}}
        env:
          GH_TOKEN: ${{{{ github.token }}}}
        run: gh pr comment "${{{{ github.event.pull_request.number }}}}" --body-file civcat-diff.md --edit-last || gh pr comment "${{{{ github.event.pull_request.number }}}}" --body-file civcat-diff.md
"""


def readme_md(code: str, name: str, authority: str) -> str:
    return f"""\
# {name}村（社区）事项清单和村规民约、居民公约

本仓库保存{name}（行政区划代码 {code}）全部村和社区的“三事分流”事项清单、协商事项清单、“三张清单”，
以及各村的村规民约、各社区的居民公约。文件是 YAML 文本，由 [civcat](https://pypi.org/project/civcat/) 检查。
主管部门：{authority}。

## 文件在哪里

```
catalogues/county.yaml                       本县和全部乡镇（街道）
catalogues/reference/*.yaml                  县参考清单：三事分流（街道层面、乡镇层面）、协商事项清单、三张清单
catalogues/communities/<乡镇代码>/<代码>.yaml  每个村、社区一个文件
charters/model/*.yaml                        村规民约、居民公约示范文本
charters/<乡镇代码>/<代码>.yaml               每个村、社区的村规民约或居民公约
templates/                                   本县的排版模板（可以空着）
civcat.toml                                  civcat 的配置
```

`catalogues/reference/` 和 `charters/model/` 是 civcat 自带的起步文本，请先改成本县印发的清单和示范文本。

## 第一次使用

```sh
pip install civcat
civcat import divisions 统计用区划代码.xlsx      # 从国家统计局的区划代码表导入乡镇和村、社区
civcat new charter --all                         # 为还没有公约的村、社区生成公约草案
civcat validate                                  # 检查
```

## 日常工作

```sh
civcat validate                     # 检查全部文件；每条问题写明文件、行、列和改法
civcat rule CV504                   # 一条规则的说明、法律依据和改法
civcat show 石门村                   # 一个村或社区的全部情况
civcat new community <12位代码> --name <名称>   # 新设的村、社区
civcat new charter <代码>            # 从示范文本生成公约草案
civcat export --format xlsx -o 汇总.xlsx       # 导出报送用的汇总表
```

乡镇（街道）修改文件后提交合并请求，检查（`.github/workflows/civcat.yml`）自动运行：
`civcat validate` 报告问题，`civcat fmt --check` 检查格式，`civcat diff` 把改动写成说明贴在合并请求上。
"""


@dataclass
class InitReport:
    root: Path
    written: list[str] = field(default_factory=list)
    imported: ImportReport | None = None


def init_repository(
    target: Path,
    *,
    county_code: str,
    county_name: str,
    authority: str | None = None,
    force: bool = False,
    divisions: Path | None = None,
    townships: list[str] | None = None,
    civcat_source: str | None = None,
) -> InitReport:
    """Create a new county's repository in `target` (an empty or missing folder, unless `force`).

    `civcat_source`: what the CI workflow installs, a pip requirement; default this version from
    PyPI (`civcat==0.1.0`). A bureau that installs civcat from its own git server or wheel folder
    gives that instead (`git+https://…/civcat.git@v0.1.0`).
    """
    from . import __version__

    county_code = county_code.strip()
    county_name = county_name.strip()
    if not re.fullmatch(r"[0-9]{6}", county_code):
        raise UsageError(
            _("--county {code}：县（区）代码应为 6 位数字（GB/T 2260），如 500243").format(code=county_code)
        )
    if not county_name:
        raise UsageError(_("--name 不能为空：写县（区）的全称，如 彭水苗族土家族自治县"))
    authority = (authority or "").strip() or f"{county_name}民政局"
    target = Path(target)
    if target.exists() and not target.is_dir():
        raise UsageError(_("{path}：已存在且不是文件夹").format(path=target))
    if target.is_dir() and any(target.iterdir()) and not force:
        raise UsageError(
            _("{path}：文件夹不是空的；确认要在其中创建仓库请加 --force（已有的同名文件会被覆盖）").format(path=target)
        )
    if divisions is not None and not Path(divisions).is_file():
        raise UsageError(_("--from {path}：没有这个文件").format(path=divisions))

    contents: dict[str, str | bytes] = {
        "catalogues/county.yaml": county_yaml(county_code, county_name, authority),
    }
    for rel, raw in starter_files().items():
        contents[rel] = adapt_starter(raw.decode("utf-8"), county_name)
    contents["templates/README.md"] = TEMPLATES_README
    contents[".github/workflows/civcat.yml"] = workflow_yaml(civcat_source or f"civcat=={__version__}")
    contents["civcat.toml"] = CIVCAT_TOML
    contents[".gitignore"] = GITIGNORE
    contents["README.md"] = readme_md(county_code, county_name, authority)

    report = InitReport(root=target)
    for rel, data in contents.items():
        atomic_write(target / rel, data, overwrite=force)
        report.written.append(rel)
    if divisions is not None:
        report.imported = import_divisions(target, Path(divisions), townships=townships)
    return report


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


def _type_from_name(name: str, kinds: Mapping[str, tuple[str, ...]]) -> str | None:
    for kind, endings in kinds.items():
        if name.endswith(endings):
            return kind
    return None


_TOWNSHIP_ENDINGS = {"street": ("街道", "街道办事处"), "town": ("镇",), "township": ("乡",)}
_COMMUNITY_ENDINGS = {"community": ("社区", "居委会", "居民委员会"), "village": ("村", "村委会", "村民委员会")}


def _township_code(value: str) -> str | None:
    value = value.strip()
    if re.fullmatch(r"[0-9]{9}", value):
        return value
    if re.fullmatch(r"[0-9]{9}000", value):
        return value[:9]
    return None


def _load_county(root: Path) -> tuple[Path, str, Any, Any]:
    """county.yaml: its path, text, round-trip data and the YAML object (for writing it back)."""
    path = root / "catalogues" / "county.yaml"
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError:
        raise UsageError(_("{path}：没有 county.yaml；请先用 civcat init 创建仓库").format(path=path)) from None
    try:
        data = load_round_trip(text)
    except Exception as error:  # noqa: BLE001 — ruamel raises many kinds
        raise UsageError(
            _("{path}：YAML 有错误，请先改正（civcat validate）：{reason}").format(
                path=path, reason=str(error).splitlines()[0]
            )
        ) from None
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("code"), str)
        or not re.fullmatch(r"[0-9]{6}", data["code"])
    ):
        raise UsageError(
            _("{path}：缺少 6 位的县（区）代码 code（加引号）；请先改正（civcat validate）").format(path=path)
        )
    return path, text, data, None


def _community_files(root: Path) -> dict[str, Path]:
    """Existing community files by the code inside them (or, when unreadable, by file name)."""
    from ruamel.yaml import YAML

    safe = YAML(typ="safe")
    found: dict[str, Path] = {}
    base = root / "catalogues" / "communities"
    if not base.is_dir():
        return found
    for path in sorted(base.rglob("*.yaml")):
        code = path.stem
        try:
            data = safe.load(path.read_text(encoding="utf-8-sig"))
            if isinstance(data, dict) and isinstance(data.get("code"), str | int):
                code = str(data["code"])
        except Exception:  # noqa: BLE001 — an unreadable file is still "there"
            pass
        found.setdefault(code, path)
    return found


def community_stub(code: str, name: str, kind: str, urban_rural: str | None, *, origin: str) -> str:
    """A new community file: identity only, with what the community fills in as commented examples."""
    lines = [
        "civcat: 1",
        "kind: community",
        f"# {origin}",
        f"code: {_scalar(code, quote=True)}",
        f"name: {_scalar(name)}",
        f"type: {kind}",
    ]
    if urban_rural:
        lines.append(f"urban_rural: {_scalar(urban_rural, quote=True)}")
    platforms = "[村民议事会, 院坝会]" if kind == "village" else "[居民议事会, 楼栋会]"
    members = 5 if kind == "village" else 7
    lines += [
        "# 由村（社区）补充（去掉行首的 # 并改成实际情况）：",
        f'# uscc: "54{code[:6]}XXXXXXXXXX"    # 村（居）民委员会的 18 位统一社会信用代码',
        f"# committee: {{elected: 2026-01-01, members: {members}, women: 1}}    # 最近一次换届日期、成员人数、女性成员人数",
        f"# consultation: {{platforms: {platforms}}}    # 常设协商平台，至少一个",
        "# triage: {excluded: [], local: []}    # 不适用的参考事项（附理由）、本地新增事项",
        "# assigned_tasks: []    # 政府部门交由本委员会承担的工作",
    ]
    return "\n".join(lines) + "\n"


def _community_path(root: Path, code: str) -> Path:
    return root / "catalogues" / "communities" / code[:9] / f"{code}.yaml"


def _rel(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def import_divisions(
    root: Path, table: Path, *, townships: list[str] | None = None, dry_run: bool = False
) -> ImportReport:
    """Create or update county.yaml's townships and the community stubs from an NBS division table."""
    root = Path(root)
    county_path, county_text, county, yaml = _load_county(root)
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

    existing = _community_files(root)
    for code, row in sorted(table_communities.items()):
        _import_community(root, code, row, known_townships, existing, report, dry_run=dry_run)

    covered = set(table_townships) | {c[:9] for c in table_communities}
    for code, path in sorted(existing.items()):
        if code not in table_communities and code[:9] in covered:
            report.not_in_table.append(_("{path}（{code}）").format(path=_rel(root, path), code=code))

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
    kind = community_type_for_code(code) or _type_from_name(row.name, _COMMUNITY_ENDINGS)
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
    path = _community_path(root, code)
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
    report.communities_created.append(Change(code, row.name, _rel(root, path)))


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
        kind = township_type_for_code(code) or _type_from_name(row.name, _TOWNSHIP_ENDINGS)
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
            item["code"] = _quoted(code)
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
    rel = _rel(root, path)
    try:
        text = path.read_text(encoding="utf-8-sig")
        data = load_round_trip(text)
    except Exception:  # noqa: BLE001
        report.skipped.append(
            _("第 {line} 行 {code} {name}：{path} 无法读取（YAML 有错误），未修改；请先改正").format(
                line=row.line, code=row.code, name=row.name, path=rel
            )
        )
        return
    if not isinstance(data, dict):
        report.skipped.append(
            _("第 {line} 行 {code} {name}：{path} 不是村（社区）文件，未修改").format(
                line=row.line, code=row.code, name=row.name, path=rel
            )
        )
        return
    change = Change(row.code, row.name, rel)
    if data.get("name") != row.name:
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
                    path=_rel(root, charter), old=old_name
                )
            )
    if row.urban_rural and str(data.get("urban_rural") or "") != row.urban_rural:
        old = data.get("urban_rural")
        change.changes.append(
            _("城乡分类代码 {old} → {new}").format(old=old if old is not None else _("（无）"), new=row.urban_rural)
        )
        if "urban_rural" in data:
            data["urban_rural"] = _quoted(row.urban_rural)
        else:
            keys = list(data)
            position = keys.index("type") + 1 if "type" in keys else len(keys)
            data.insert(position, "urban_rural", _quoted(row.urban_rural))  # type: ignore[attr-defined]  # CommentedMap
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


# ---------------------------------------------------------------------------------------------
# civcat new community / new charter


def new_community(
    root: Path, code: str, *, name: str, kind: str | None = None, urban_rural: str | None = None, force: bool = False
) -> Path:
    """Write a new community file (identity only; the community fills in the rest)."""
    root = Path(root)
    code = code.strip()
    name = name.strip()
    county = _load_county(root)[2]
    if not re.fullmatch(r"[0-9]{12}", code):
        raise UsageError(_("{code}：村、社区代码应为 12 位数字（统计用区划代码）").format(code=code))
    if not code.startswith(county["code"]):
        raise UsageError(_("{code}：不在本县（{county}）之下").format(code=code, county=county["code"]))
    if not name:
        raise UsageError(_("--name 不能为空"))
    townships = {str(t.get("code")) for t in county.get("townships") or [] if isinstance(t, dict)}
    if code[:9] not in townships:
        raise UsageError(
            _(
                "{code}：所属乡镇（街道）{township} 不在 county.yaml 中；请先添加乡镇（civcat import divisions 或手写）"
            ).format(code=code, township=code[:9])
        )
    by_range = community_type_for_code(code)
    if kind is None:
        kind = by_range or _type_from_name(name, _COMMUNITY_ENDINGS)
        if kind is None:
            raise UsageError(
                _(
                    "{code}：代码 {digits} 看不出是村（200–399）还是社区（001–199）；"
                    "请加 --type village 或 --type community"
                ).format(code=code, digits=code[9:])
            )
    if kind not in COMMUNITY_TYPE_LABELS:
        raise UsageError(_("--type {kind}：应为 village（村）或 community（社区）").format(kind=kind))
    if urban_rural is not None and urban_rural not in URBAN_RURAL_CODES:
        allowed = _("、").join(URBAN_RURAL_CODES)
        raise UsageError(_("--urban-rural {code}：应为 {choices} 之一").format(code=urban_rural, choices=allowed))
    existing = _community_files(root).get(code)
    if existing is not None and existing != _community_path(root, code) and not force:
        raise UsageError(_("{code}：已有村（社区）文件 {path}").format(code=code, path=_rel(root, existing)))
    path = _community_path(root, code)
    atomic_write(
        path, community_stub(code, name, kind, urban_rural, origin="由 civcat new community 创建"), overwrite=force
    )
    return path


def _model_for(repository, charter_type: str) -> tuple[str, str]:
    """The model charter of a type: (its name, its text), from the repository, else the starter."""
    models = repository.charter_models
    chosen = models.get(charter_type)
    if chosen is None or chosen.model.type != charter_type:
        chosen = next((d for _name, d in sorted(models.items()) if d.model.type == charter_type), None)
    if chosen is not None:
        return chosen.stem, chosen.source.text or ""
    rel = f"charters/model/{charter_type}.yaml"
    raw = starter_files().get(rel)
    if raw is None:  # pragma: no cover - the starter ships both
        if charter_type == "village_rules":
            raise UsageError(_("没有 村规民约 的示范文本（charters/model/）"))
        raise UsageError(_("没有 居民公约 的示范文本（charters/model/）"))
    return charter_type, raw.decode("utf-8")


def charter_draft(repository, code: str, *, _models: dict | None = None) -> str:
    """The text of a draft charter for a community, from the model charter of its type."""
    from .rules.charter_procedure import expected_authorities

    community = repository.communities[code].model
    charter_type = CHARTER_TYPES[community.type]
    label = CHARTER_TYPE_LABELS[charter_type]
    models = _models if _models is not None else {}
    if charter_type not in models:  # once per run: --all drafts hundreds from the same model
        models[charter_type] = _model_chapters(repository, charter_type)
    model_name, chapters = models[charter_type]
    township = repository.township_of(code)
    body = VOTE_BODY_LABELS["villagers_meeting" if community.type == "village" else "residents_meeting"]
    filing = f"报{expected_authorities(township)[0]}备案" if township is not None else "报所在乡镇（街道）备案"
    place = "本村" if community.type == "village" else "本社区"
    head = [
        "civcat: 1",
        "kind: charter",
        f"# 草案：由 civcat new charter 从示范文本 charters/model/{model_name}.yaml 生成。",
        f"# 结合{place}实际修改条文；经{body}表决通过后把 status 改为 adopted，",
        f"# 填写 procedure 的六个日期、vote 的表决情况和 filed_with（{filing}）。",
        f"community: {_scalar(code, quote=True)}",
        f"type: {charter_type}",
        f"title: {_scalar(community.name + label)}",
        "status: draft",
        f"model: {_scalar(model_name)}",
        "procedure: {}    # solicited 征集民意、drafted 拟定草案、reviewed 提请审核、voted 审议表决、filed 备案、published 公布",
    ]
    return "\n".join(head) + "\n" + chapters


def _model_chapters(repository, charter_type: str) -> tuple[str, str]:
    """The model charter's name and its `chapters:` (and `points:`) as YAML text, comments kept."""
    from ruamel.yaml.comments import CommentedMap

    model_name, model_text = _model_for(repository, charter_type)
    model = load_round_trip(model_text)
    rest = CommentedMap()
    rest["chapters"] = model["chapters"]
    if model.get("points") is not None:
        rest["points"] = model["points"]
    return model_name, dump_round_trip(rest)


def charter_path(root: Path, code: str) -> Path:
    return root / "charters" / code[:9] / f"{code}.yaml"


def new_charters(
    root: Path, selectors: list[str] | None = None, *, everything: bool = False, force: bool = False
) -> list[Path]:
    """Draft charters for communities chosen by code or name, or (everything) for each one without a charter."""
    root = Path(root)
    from .repository import Repository

    repository = Repository.load(root)
    if everything and selectors:
        raise UsageError(_("既给了代码或名称又给了 --all；请只用其中一种"))
    if everything:
        claimed = repository.files_claiming("charter")
        codes = sorted(c for c in repository.communities if c not in claimed and not charter_path(root, c).exists())
    elif selectors:
        from .naming import resolve_community

        codes = []
        for selector in selectors:
            code = resolve_community(repository, selector)
            if code not in codes:
                codes.append(code)
    else:
        raise UsageError(_("请给出村（社区）的代码或名称，或用 --all 为所有还没有公约的村（社区）生成草案"))
    drafts: dict[Path, str] = {}
    models: dict = {}
    for code in codes:  # check every one before writing any
        path = charter_path(root, code)
        existing = repository.charters.get(code)
        if existing is not None and existing.path != _rel(root, path) and not force:
            raise UsageError(_("{code}：已有公约 {path}").format(code=code, path=existing.path))
        if path.exists() and not force:
            raise UsageError(
                _("{code}：已有公约 {path}；确认要用示范文本重新生成请加 --force").format(
                    code=code, path=_rel(root, path)
                )
            )
        drafts[path] = canonical(charter_draft(repository, code, _models=models))
    for path, text in drafts.items():
        atomic_write(path, text, overwrite=force)
    return list(drafts)
