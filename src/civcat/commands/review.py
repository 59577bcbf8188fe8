"""`civcat review CODE|NAME | --township CODE [--format pdf|markdown|json]… [-o DIR] [--date DATE]
[--apply] [--force]` (library: civcat.review).

The township's review opinion (审核意见) on a village's charter: each unlawful article quoted with
the finding, the law and a suggested wording, the procedure and vote problems, and a conclusion.
`--apply` also writes a copy of the charter with the suggestions in place, for the village to
review; the charter itself is never changed.

Exit codes: 0 written (an opinion asking for changes is still a written opinion); 2 usage or I/O problem.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..cliutil import fail
from ..i18n import _
from ._options import format_option


class ReviewFormat(StrEnum):
    pdf = "pdf"
    markdown = "markdown"
    json = "json"


def register(app: typer.Typer) -> None:
    app.command(
        "review",
        help=_(
            "乡镇（街道）对村规民约、居民公约草案的审核意见：逐条指出问题、法律依据和修改建议，"
            "以及程序和表决问题、审核结论（PDF 公文、markdown、json）。"
        ),
    )(review_command)


def review_command(
    target: Annotated[
        str | None, typer.Argument(help=_("村（社区）的 12 位代码或名称（重名时写“乡镇名/村名”）"), show_default=False)
    ] = None,
    township: Annotated[
        str | None, typer.Option("--township", help=_("审核这个乡镇（街道）的全部公约：9 位代码或名称"))
    ] = None,
    formats: Annotated[
        list[ReviewFormat] | None,
        format_option(_("输出格式：pdf、markdown、json，可给多个（默认三种都写）")),
    ] = None,
    out: Annotated[Path, typer.Option("--output", "-o", help=_("输出文件夹"))] = Path("out"),
    date: Annotated[
        str | None,
        typer.Option("--date", help=_("审核意见的日期（YYYY-MM-DD，默认为公约的提请审核日期 procedure.reviewed）")),
    ] = None,
    apply: Annotated[
        bool,
        typer.Option("--apply", help=_("另写一份按修改建议改好的公约副本，供村（居）民委员会审阅（不改动原文件）")),
    ] = False,
    force: Annotated[bool, typer.Option("--force", help=_("覆盖已有的修改稿副本"))] = False,
) -> None:
    """The township's review opinion on a charter."""
    from ..cliutil import repository_root
    from ..fileio import os_error_line
    from ..review import apply_suggestions, check_copies, review, write_opinions
    from ..review.output import check_copy_folder, check_output_folder

    day = _date(date)
    root = repository_root(Path.cwd())
    chosen = tuple(dict.fromkeys(f.value for f in formats)) if formats else ("pdf", "markdown", "json")
    check_output_folder(out)
    if apply:
        check_copy_folder(root, out)
    try:
        opinions = review(root, target, township=township, date=day)
        if apply:
            check_copies(opinions, out, force=force)
        written = write_opinions(opinions, out, chosen)
        copies = [apply_suggestions(root, opinion, out, force=force) for opinion in opinions] if apply else []
    except OSError as error:
        fail(os_error_line(error, getattr(error, "filename", None) or out))
    for opinion in opinions:
        if opinion.date_warning:
            typer.echo(opinion.date_warning, err=True)
        typer.echo(_("{name}：{decision}").format(name=opinion.charter["title"], decision=_(opinion.decision)))
        if opinion.to_read:
            numbers = "、".join(a.number for a in opinion.to_read)
            typer.echo(
                _("{name}：{numbers}规定了对违约行为的处理，civcat 未能判断是否合法，请审核人逐条阅读").format(
                    name=opinion.charter["title"], numbers=numbers
                )
            )
        beside = "、".join(a.number for a in opinion.articles if a.unjudged)
        if beside:
            typer.echo(
                _("{name}：{numbers}除已指出的问题外，另有处理未能判断是否合法，请审核人阅读").format(
                    name=opinion.charter["title"], numbers=beside
                )
            )
    for path in written + [c for c in copies if c is not None]:
        typer.echo(_("已写入 {path}").format(path=path))


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(_("--date {value}: 日期应写成 YYYY-MM-DD").format(value=value))
