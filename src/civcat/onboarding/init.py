"""`civcat init`: a new county's repository: county.yaml, the starter catalogues and model charters
adapted to the county, its CI workflow, configuration and README."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from ..errors import UsageError
from ..fileio import atomic_write
from ..i18n import _
from .common import scalar
from .divisions import ImportReport, import_divisions

#: The county the starter catalogues and model charters were written for.
BUNDLED_COUNTY_NAME = "彭水苗族土家族自治县"
#: Header comment lines of the starter files that state the bundled county's own facts.
_BUNDLED_FACTS = re.compile(r"2021|汉葭|绍庆|靛水")
STARTER_FOLDERS = ("catalogues/reference", "charters/model")


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
        f"code: {scalar(code, quote=True)}\n"
        f"name: {scalar(name)}\n"
        f"authority: {scalar(authority)}\n"
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
    from .. import __version__

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
