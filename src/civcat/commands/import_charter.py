"""`civcat import charter FILE|FOLDER…` (library: civcat.importers.charter).

Prints, per file, what was recognised and what needs a clerk's eye, then the findings of
`civcat validate` on what was written. Exit codes: 0 imported without errors; 1 imported, and the
written charters have errors to fix (shown); 2 a file could not be imported (one line each on
stderr; the other files are still imported) or a usage problem. `--dry-run` writes nothing and
exits as the same command without it would: a charter that exists is shown all the same, with a
line saying that replacing it takes --force (exit 2, as the write would be refused).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..cliutil import fail
from ..i18n import _, ngettext


def register_in(import_app: typer.Typer) -> None:
    """Add `charter` to the `civcat import` group (commands/onboarding.py calls this; this module has no
    `register`, so it adds nothing to the root)."""
    import_app.command(
        "charter",
        help=_(
            "导入村规民约、居民公约：Word 文档（.docx）或文本文件（.txt、.md），"
            "也可以给文件夹（导入其中全部文档）；写成 charters/<乡镇代码>/<代码>.yaml。"
        ),
    )(charter_command)


def charter_command(
    paths: Annotated[
        list[Path], typer.Argument(help=_("文档或文件夹，可给多个"), show_default=False, metavar="FILE|FOLDER")
    ],
    community: Annotated[
        str | None,
        typer.Option(
            "--community", metavar="CODE|NAME", help=_("村（社区）的 12 位代码或名称（默认：从标题或文件名中找）")
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=_("替换已有的公约"))] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=_("只显示导入得到的 YAML，不写文件"))] = False,
    simplified: Annotated[
        bool, typer.Option("--simplified", help=_("把原文中的繁体字转为简体（默认照原文导入，并提示）"))
    ] = False,
) -> None:
    """Import charters from Word or text documents."""
    from ..cliutil import repository_root
    from ..importers.charter import import_charters

    for path in paths:
        if not path.exists():
            fail(_("{path}：没有这个文件或文件夹").format(path=path))
    root = repository_root(Path.cwd())
    outcomes = _run(
        import_charters, root, paths, community=community, force=force, dry_run=dry_run, simplified=simplified
    )
    _print(root, outcomes, dry_run=dry_run)
    if any(o.error for o in outcomes):
        raise typer.Exit(2)
    if any(f.severity == "error" for o in outcomes for f in o.findings):
        raise typer.Exit(1)


def _run(import_charters, root: Path, paths: list[Path], **options):
    """Import, with a progress bar on a terminal when there are several files."""
    if not sys.stderr.isatty():
        return import_charters(root, paths, **options)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    title = _("导入公约")
    with Progress(
        TextColumn(title),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task(title, total=None)
        return import_charters(
            root,
            paths,
            on_start=lambda total: progress.update(task, total=total),
            progress=lambda _outcome: progress.advance(task),
            **options,
        )


def _print(root: Path, outcomes: list, *, dry_run: bool) -> None:
    from ..report import findings_text

    for outcome in outcomes:
        if not outcome.shown:
            typer.echo(f"civcat: {outcome.source}: {outcome.error}", err=True)
            continue
        arrow = _("（--dry-run，未写入）") if dry_run else ""
        typer.echo(f"{outcome.source} → {outcome.target}{arrow}")
        typer.echo(_("  已识别："))
        for line in outcome.recognised:
            typer.echo(f"    {line}")
        if outcome.review:
            typer.echo(_("  需要核对（文件中标为“# civcat: 待核对”）："))
            for line in outcome.review:
                typer.echo(f"    {line}")
        if dry_run:
            typer.echo(outcome.text)
        sources = {outcome.target: outcome.text.splitlines()}
        report = findings_text(outcome.findings, 1, sources)
        typer.echo("\n".join("  " + line if line else "" for line in report.splitlines()))
        if outcome.error:  # --dry-run over an existing charter: shown above, would not be written
            typer.echo(f"civcat: {outcome.source}: {outcome.error}", err=True)
        typer.echo("")
    imported = sum(1 for o in outcomes if o.imported)
    failed = sum(1 for o in outcomes if o.error)
    done = ngettext("{count} 个文件", "{count} 个文件", imported).format(count=imported)
    if failed:
        typer.echo(
            _("导入了 {done}；{failed}未导入，原因见上。").format(
                done=done, failed=ngettext("{count} 个文件", "{count} 个文件", failed).format(count=failed)
            )
        )
    else:
        typer.echo(_("导入了 {done}。").format(done=done))
