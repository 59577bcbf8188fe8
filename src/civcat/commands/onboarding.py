"""`civcat init`, `civcat import divisions|catalogue|charter`, `civcat new community|charter`
(library: civcat.onboarding, civcat.importers).

Exit codes: 0 done (what was created, updated and left is printed); 1 import catalogue: cells that
could not be imported; 2 usage or I/O problem (one line on stderr, never a traceback).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..cliutil import parse_as_of, repository_root
from ..i18n import _


class CommunityKind(StrEnum):
    village = "village"
    community = "community"


Townships = Annotated[
    list[str] | None,
    typer.Option(
        "--township", help=_("只导入这些乡镇（街道）：9 位代码，可给多个或用逗号分隔（默认：表中本县的全部）")
    ),
]


def register(app: typer.Typer) -> None:
    app.command("init", help=_("为另一个县（区）创建 civcat 仓库：county.yaml、参考清单和示范文本、CI 检查、说明。"))(
        init
    )
    import_app = _group(_("从外部表格和文档导入。"))
    app.add_typer(import_app, name="import")
    from .import_charter import register_in as register_import_charter

    register_import_charter(import_app)
    import_app.command(
        "divisions",
        help=_(
            "导入乡镇（街道）和村（社区）：更新 county.yaml，为新的村（社区）建文件；已有文件只更新名称和城乡分类代码。"
        ),
    )(import_divisions_command)
    import_app.command(
        "catalogue",
        help=_(
            "把 civcat export 工作簿里的修改（排除事项及理由、本地新增事项、协商平台、"
            "委员会人数等）写回村（社区）文件，注释和格式不变。"
        ),
    )(import_catalogue_command)
    new_app = _group(_("新建村（社区）文件或公约草案。"))
    app.add_typer(new_app, name="new")
    new_app.command("community", help=_("新建一个村（社区）文件（新设或区划调整后）。"))(new_community_command)
    new_app.command(
        "charter", help=_("从示范文本生成村规民约（村）或居民公约（社区）草案：status: draft，条文照抄示范文本。")
    )(new_charter_command)


def _group(help_text: str) -> typer.Typer:
    return typer.Typer(help=help_text, no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False)


def init(
    directory: Annotated[Path, typer.Argument(help=_("新仓库的文件夹（不存在时创建）"))],
    county: Annotated[str, typer.Option("--county", help=_("县（区）的 6 位行政区划代码，如 500243"))],
    name: Annotated[str, typer.Option("--name", help=_("县（区）全称，如 彭水苗族土家族自治县"))],
    authority: Annotated[str | None, typer.Option("--authority", help=_("民政部门名称（默认：<县名>民政局）"))] = None,
    divisions: Annotated[
        Path | None,
        typer.Option("--from", help=_("同时导入的区划代码表（CSV 或 XLSX），见 civcat import divisions")),
    ] = None,
    township: Townships = None,
    force: Annotated[bool, typer.Option("--force", help=_("文件夹不是空的也创建（覆盖同名文件）"))] = False,
    civcat_source: Annotated[
        str | None,
        typer.Option(
            "--civcat-source",
            help=_(
                "CI 安装 civcat 的来源（pip 的写法），默认 PyPI 上的本版本；"
                "例如 git+https://git.example.gov.cn/minzheng/civcat.git@v0.1.0"
            ),
        ),
    ] = None,
) -> None:
    """Create a repository for another county (the files it writes stay Chinese)."""
    from ..onboarding import init_repository

    report = init_repository(
        directory,
        county_code=county,
        county_name=name,
        authority=authority,
        force=force,
        divisions=divisions,
        townships=township,
        civcat_source=civcat_source,
    )
    _print_init(directory, report)


def _print_init(directory: Path, report) -> None:
    """What init wrote, and what to type next (which depends on whether divisions were imported)."""
    typer.echo(_("已在 {directory} 创建仓库：").format(directory=directory))
    for rel in report.written:
        typer.echo(f"  {rel}")
    if report.imported is not None:
        for line in report.imported.lines():
            typer.echo(line)
        typer.echo(
            _(
                "下一步：cd 到该文件夹，运行 civcat new charter --all 为各村（社区）生成公约草案，再运行 civcat validate。"
            )
        )
    else:
        typer.echo(
            _(
                "下一步：cd 到该文件夹，用 civcat import divisions <区划代码表> 导入乡镇和村（社区）；"
                "在此之前 civcat validate 会报告 townships 为空（CV101）。"
            )
        )


def import_divisions_command(
    table: Annotated[
        Path,
        typer.Argument(
            help=_(
                "国家统计局《统计用区划代码和城乡划分代码》表：CSV 或 XLSX，"
                "列为 统计用区划代码、城乡分类代码、名称（或 code、urban_rural、name）"
            )
        ),
    ],
    township: Townships = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=_("只报告会做什么，不写文件"))] = False,
) -> None:
    """Import townships and villages (communities) from the NBS division table."""
    from ..onboarding import import_divisions

    report = import_divisions(repository_root(Path.cwd()), table, townships=township, dry_run=dry_run)
    if dry_run:
        typer.echo(_("（--dry-run：没有写任何文件）"))
    for line in report.lines():
        typer.echo(line)


def new_community_command(
    code: Annotated[str, typer.Argument(help=_("12 位统计用区划代码"))],
    name: Annotated[str, typer.Option("--name", help=_("名称，如 石门村、三合社区"))],
    kind: Annotated[
        CommunityKind | None,
        typer.Option("--type", help=_("village 村 或 community 社区（默认按代码：001–199 社区，200–399 村）")),
    ] = None,
    urban_rural: Annotated[str | None, typer.Option("--urban-rural", help=_("城乡分类代码，如 220"))] = None,
    force: Annotated[bool, typer.Option("--force", help=_("覆盖已有的文件"))] = False,
) -> None:
    """Create one community file (a new community, or after a boundary change)."""
    from ..onboarding import new_community

    root = repository_root(Path.cwd())
    path = new_community(root, code, name=name, kind=kind.value if kind else None, urban_rural=urban_rural, force=force)
    typer.echo(_("已创建 {path}").format(path=path.relative_to(root).as_posix()))
    typer.echo(
        _("下一步：civcat new charter {code} 生成公约草案；county.yaml 写了 totals 的，请同时更新。").format(
            code=code.strip()
        )
    )


def new_charter_command(
    targets: Annotated[
        list[str] | None, typer.Argument(help=_("村（社区）的 12 位代码或名称，可给多个"), show_default=False)
    ] = None,
    everything: Annotated[bool, typer.Option("--all", help=_("为所有还没有公约的村（社区）生成草案"))] = False,
    force: Annotated[bool, typer.Option("--force", help=_("覆盖已有的公约"))] = False,
) -> None:
    """Draft charters from the model texts (the drafts stay Chinese)."""
    from ..onboarding import new_charters

    root = repository_root(Path.cwd())
    written = new_charters(root, targets or [], everything=everything, force=force)
    if not written:
        typer.echo(_("所有村（社区）都已有公约，没有生成文件。"))
    for path in written:
        typer.echo(_("已创建 {path}").format(path=path.relative_to(root).as_posix()))


def import_catalogue_command(
    workbook: Annotated[
        Path, typer.Argument(help=_("civcat export 写出的工作簿（.xlsx），或 export --template 的填报表"))
    ],
    diff: Annotated[bool, typer.Option("--diff", help=_("只显示会做的改动（统一 diff 格式），不写文件"))] = False,
    partial: Annotated[
        bool, typer.Option("--partial", help=_("有单元格无法导入时，仍写入其他没有问题的村（社区）"))
    ] = False,
    # The day the workbook was exported on (its findings and terms were judged on it), not today's.
    as_of: Annotated[
        str | None, typer.Option("--as-of", help=_("导出工作簿时用的日期（YYYY-MM-DD，默认今天）"), show_default=False)
    ] = None,
) -> None:
    """Apply the edits made in an exported workbook to the community files."""
    from ..importers.catalogue import import_catalogue, unified_diff

    day = parse_as_of(as_of)
    result = import_catalogue(repository_root(Path.cwd()), workbook, as_of=day, write=not diff, partial=partial)
    for problem in result.problems:
        typer.echo("civcat: " + problem.describe(), err=True)
    if diff:
        for change in result.changed:
            typer.echo(unified_diff(change), nl=False)
    for note in result.notes:
        typer.echo("civcat: " + note, err=True)
    _import_summary(result, diff, partial)


def _import_summary(result, diff: bool, partial: bool) -> None:
    if result.problems and not partial:
        typer.echo(
            _(
                "有 {count} 处无法导入，没有写入任何文件；改正后重新导入，或加 --partial 只写入没有问题的村（社区）。"
            ).format(count=len(result.problems)),
            err=True,
        )
        raise typer.Exit(1)
    for rel in result.written:
        typer.echo(_("已更新 {path}").format(path=rel))
    if not result.changed:
        typer.echo(_("工作簿与文件一致，没有需要导入的修改。"))
    elif diff:
        typer.echo(_("（--diff：{count} 个文件会改动，没有写入）").format(count=len(result.changed)), err=True)
    if result.skipped and partial:
        typer.echo(_("有问题、未写入的村（社区）：{codes}").format(codes=_("、").join(result.skipped)), err=True)
    raise typer.Exit(1 if result.problems or result.notes else 0)
