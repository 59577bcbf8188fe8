"""`civcat fmt [PATH ...] [--check] [--diff]`: lay out the data files canonically (civcat.formatting).

Exit codes: 0 nothing (more) to change; 1 with --check or --diff: some files are not canonical
(each named, nothing written); 2 some files could not be read or formatted, or were changed by
someone else while fmt ran (each named on one line, left as they are; the others are still
formatted), or a usage problem.

A file is written only if it still holds what fmt read (fileio.replace_if_unchanged): an edit saved
while fmt runs is never overwritten. Files known to be canonical are not formatted again
(formatting.open_cache), which makes `fmt --check` on an unchanged county about as quick as a warm
`civcat validate`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..i18n import _, ngettext
from ._options import Jobs


def register(app: typer.Typer) -> None:
    app.command("fmt", help=_("把数据文件整理成统一格式，保留全部注释。"))(fmt)


def fmt(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help=_("要格式化的文件或文件夹（默认：整个仓库的数据文件）"), show_default=False),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help=_("只检查不写入：列出需要格式化的文件，有则退出码 1（用于 CI）"))
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help=_("只显示会做的改动（统一 diff 格式），不写入；有改动则退出码 1"))
    ] = False,
    jobs: Jobs = None,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix",
            help=_(
                "先改正输入法和粘贴造成的机械错误：中文冒号、冒号后缺空格、全角空格或 Tab 缩进、"
                "章标题和条文前的编号、粘在一起的几条条文；无法判断的留给您手工改"
            ),
        ),
    ] = False,
    # The shared flag (commands/_options.NoCache), about fmt's part of the cache only.
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help=_("不读也不写 fmt 的缓存（记录哪些文件已是统一格式，在用户缓存文件夹中）")),
    ] = False,
) -> None:
    """Format the data files canonically, keeping every comment."""
    from ..formatting import files_to_format, format_files, open_cache
    from ..repository import relative_path

    cwd = Path.cwd()
    root, files = files_to_format(list(paths or []), cwd)
    cache = None if no_cache else open_cache(root)
    results = format_files([(path, relative_path(path, root, cwd)) for path in files], jobs=jobs, fix=fix, cache=cache)
    dry = check or diff
    changed, failed = _apply(results, cache, check=check, diff=diff)
    if cache is not None:
        cache.save(prune=not paths)  # a run over some files keeps what it knows of the others
    unchanged = sum(1 for r in results if not r.skipped and not r.error and not r.changed)
    typer.echo(_summary(dry, changed, unchanged, failed), err=True)
    raise typer.Exit(2 if failed else 1 if dry and changed else 0)


def _apply(results: list, cache, *, check: bool, diff: bool) -> tuple[int, int]:
    """Say (and, without --check or --diff, write) each file's result: the counts of files changed (or
    to change) and of files that failed."""
    dry = check or diff
    changed = failed = 0
    for result in results:
        _print_repairs(result, dry)
        if result.skipped:
            typer.echo(f"civcat: {result.skipped}", err=True)
            continue
        if result.error:
            failed += 1
            typer.echo(f"civcat: {result.error}", err=True)
            continue
        if not result.changed:
            continue
        if diff:
            typer.echo(result.diff(), nl=False)
        if check:
            typer.echo(_("需要格式化：{path}").format(path=result.rel))
        if not dry:
            if not _write(result, cache):
                failed += 1
                continue
            typer.echo(_("已格式化：{path}").format(path=result.rel))
        changed += 1
    return changed, failed


def _write(result, cache) -> bool:
    """Write one changed file if it still holds what was read; False (said on one line) when it is left."""
    from ..errors import UsageError
    from ..formatting import remember, write

    try:
        written = write(result)
    except (OSError, UsageError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        typer.echo(
            "civcat: " + _("{path}: 无法写入（{reason}），原文件未改动").format(path=result.rel, reason=reason),
            err=True,
        )
        return False
    if not written:
        typer.echo(
            "civcat: "
            + _("{path}: 文件在 fmt 运行期间被改动过，未写入（改动保留）；请再运行 civcat fmt").format(path=result.rel),
            err=True,
        )
        return False
    if cache is not None:
        remember(cache, result.after)
    return True


def _summary(dry: bool, changed: int, unchanged: int, failed: int) -> str:
    """One clause per count, each with its own plural, joined as in Chinese: "A，B，C"."""
    if dry and changed:
        clauses = [
            ngettext("{count} 个文件需要格式化", "{count} 个文件需要格式化", changed).format(count=changed),
            ngettext("{count} 个文件已是统一格式", "{count} 个文件已是统一格式", unchanged).format(count=unchanged),
        ]
    elif dry:
        clauses = [
            ngettext("{count} 个文件都已是统一格式", "{count} 个文件都已是统一格式", unchanged).format(count=unchanged)
        ]
    else:
        clauses = [
            ngettext("{count} 个文件已格式化", "{count} 个文件已格式化", changed).format(count=changed),
            ngettext("{count} 个文件无需改动", "{count} 个文件无需改动", unchanged).format(count=unchanged),
        ]
    if failed:
        clauses.append(ngettext("{count} 个文件出错未改动", "{count} 个文件出错未改动", failed).format(count=failed))
    return _("，").join(clauses)


def _print_repairs(result, dry: bool) -> None:
    """What `--fix` repaired in one file (or would, with --check/--diff), and what it left to the clerk."""
    from ..slips import describe_repair

    for repair in result.repairs:
        where = f"{result.rel}:{repair.line}" if repair.line else result.rel
        if repair.after is None:
            typer.echo(
                _("未改正 {where}：{what}；请手工修改。").format(where=where, what=describe_repair(repair)), err=True
            )
        elif dry:
            typer.echo(_("可改正 {where}：{what}").format(where=where, what=describe_repair(repair)), err=True)
        else:
            typer.echo(_("已改正 {where}：{what}").format(where=where, what=describe_repair(repair)), err=True)
