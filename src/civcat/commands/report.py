"""`civcat report -o DIR`: the county's report site (civcat.site does the work).

Exit codes: 0 written; 2 usage problem or an output folder that cannot be used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..cliutil import parse_as_of
from ..i18n import _


def register(app: typer.Typer) -> None:
    app.command(
        "report",
        help=_(
            "生成全县情况网站（静态 HTML，可直接打开或发布）：全县、各乡镇（街道）、"
            "各村（社区）的问题、清单和公约，图表和离线搜索。"
        ),
    )(report)


def report(
    out: Annotated[Path, typer.Option("--output", "-o", help=_("网站输出文件夹（只会替换空文件夹或以前生成的网站）"))],
    # The shared --as-of (commands/_options.AsOf) with its own default: the latest date in the data,
    # so that the site built from the same commit is the same site.
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of", help=_("检查日期（YYYY-MM-DD；默认：数据中最晚的日期，使结果可重现）"), show_default=False
        ),
    ] = None,
    public: Annotated[bool, typer.Option("--public", help=_("村务公开版：不含检查问题、规则页和内部字段"))] = False,
    pdf: Annotated[
        Path | None,
        typer.Option("--pdf", help=_("civcat render 的输出文件夹：其中的 PDF 复制进网站并在页面上链接")),
    ] = None,
    older_than: Annotated[int, typer.Option("--older-than", min=1, help=_("公约表决超过多少年算作较旧"))] = 5,
) -> None:
    """Build the report site."""
    from ..cliutil import repository_root
    from ..site import SiteOptions, build_site

    date = parse_as_of(as_of)
    options = SiteOptions(out=out, as_of=date, public=public, pdf_dir=pdf, old_years=older_than).checked()
    result = build_site(repository_root(Path.cwd()), options)
    typer.echo(
        _("已生成网站：{path}/index.html（{pages} 页，检查日期 {date}）").format(
            path=out, pages=result.pages, date=result.as_of.isoformat()
        )
    )
