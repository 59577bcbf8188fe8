"""`civcat diff`: compare across the county, two communities, or two git revisions (civcat.diff does the work).

`diff` checks every option combination before anything is read (so a wrong combination is said even
outside a repository), then hands over to one of three handlers: `diff_git`, `diff_across`, `diff_pair`.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..cliutil import parse_as_of, repository_root, use_color
from ..i18n import _
from ._options import format_option

if TYPE_CHECKING:
    import datetime as dt


class DiffFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


class DiffKind(StrEnum):
    triage = "triage"
    consultation = "consultation"
    charters = "charters"


def register(app: typer.Typer) -> None:
    # The examples are a paragraph of their own, kept as written by click (the "\b" line before it).
    help_text = (
        _("比较：全县横向比较、两个村（社区）对照、两个 git 版本之间改了什么。")
        + "\n\n\b\n"
        + _(
            "civcat diff --across [--township 乡镇] [--kind triage|consultation|charters]\n"
            "civcat diff 桐梓村 长生镇/三合社区\n"
            "civcat diff --git main [HEAD] --format markdown --exit-code"
        )
    )
    app.command("diff", help=help_text)(diff)


# diff's options, declared here so that `diff` reads as what it does. --as-of and --no-cache are the
# shared flags (commands/_options.AsOf, NoCache) with diff's own help: they apply to some modes only.
Targets = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="A B|HEAD",
        help=_("两个村（社区）的代码或名称；与 --git 一起用时是要比较的新版本（默认：工作区）"),
    ),
]
AcrossFlag = Annotated[
    bool, typer.Option("--across", help=_("全县（或一个乡镇）横向比较：排除的参考事项、本地新增事项、公约改动"))
]
GitBase = Annotated[
    str | None,
    typer.Option("--git", metavar="BASE", help=_("与 git 版本 BASE 比较：改了什么，新出现和已修复的问题")),
]
Township = Annotated[str | None, typer.Option("--township", help=_("--across 只比较这个乡镇（街道）：代码或名称"))]
Kind = Annotated[
    DiffKind | None,
    typer.Option("--kind", help=_("--across 只比较：triage 三事分流、consultation 协商、charters 公约")),
]
Format = Annotated[DiffFormat, format_option(_("输出格式：text、markdown（可贴到合并请求评论）、json"))]
ExitCode = Annotated[bool, typer.Option("--exit-code", help=_("--git：改动带来新的错误时以 1 退出（用于 CI）"))]
GitAsOf = Annotated[
    str | None, typer.Option("--as-of", help=_("--git：按此日期判断任期和修订期限（YYYY-MM-DD，默认今天）"))
]
Limit = Annotated[int, typer.Option("--limit", min=0, help=_("--across：列出的村（社区）数，0 为全部"))]
MinCount = Annotated[
    int | None,
    typer.Option(
        "--min-count",
        min=1,
        help=_("--across：本地事项在多少个村（社区）出现即建议列入县级清单（默认 5%，至少 3）"),
    ),
]
DiffNoCache = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help=_("--git、--across：不用 civcat 的缓存（用户缓存文件夹中，与 validate 共用），全部重新读取"),
    ),
]


def diff(
    targets: Targets = None,
    across: AcrossFlag = False,
    git: GitBase = None,
    township: Township = None,
    kind: Kind = None,
    output_format: Format = DiffFormat.text,
    exit_code: ExitCode = False,
    as_of: GitAsOf = None,
    limit: Limit = 20,
    min_count: MinCount = None,
    no_cache: DiffNoCache = False,
) -> None:
    """Compare across the county, two communities side by side, or two git revisions."""
    # A UsageError raised here or in a handler is said by the root group (cliframework.group_class).
    targets = list(targets or [])
    fmt = output_format.value
    check_options(targets, across=across, git=git, township=township, kind=kind, exit_code=exit_code, as_of=as_of)
    date = parse_as_of(as_of)
    root = repository_root(Path.cwd())
    if git is not None:
        head = targets[0] if targets else None
        diff_git(root, git, head, fmt, as_of=date, exit_code=exit_code, use_cache=not no_cache)
    elif across:
        diff_across(
            root,
            fmt,
            township=township,
            kind=kind.value if kind else None,
            min_count=min_count,
            limit=limit,
            use_cache=not no_cache,
        )
    else:
        diff_pair(root, targets[0], targets[1], fmt)


def check_options(
    targets: list[str],
    *,
    across: bool,
    git: str | None,
    township: str | None,
    kind: DiffKind | None,
    exit_code: bool,
    as_of: str | None,
) -> None:
    """A UsageError for options that do not go together, or targets the chosen comparison does not take."""
    from ..errors import UsageError

    if across and git is not None:
        raise UsageError(_("--across 和 --git 不能同时使用"))
    if (township or kind) and not across:
        raise UsageError(_("--township 和 --kind 只能与 --across 一起使用"))
    if (exit_code or as_of) and git is None:
        raise UsageError(_("--exit-code 和 --as-of 只能与 --git 一起使用"))
    if git is not None and len(targets) > 1:
        raise UsageError(_("--git BASE 之后最多再给一个版本（HEAD）"))
    if across and targets:
        raise UsageError(_("--across 不需要村（社区）名称；只比较一个乡镇时用 --township"))
    if git is None and not across and len(targets) != 2:
        raise UsageError(_("请给出两个村（社区）的代码或名称（civcat diff A B），或使用 --across、--git BASE"))


def _color(fmt: str) -> bool:
    return fmt == "text" and use_color()


def diff_git(
    root: Path, base: str, head: str | None, fmt: str, *, as_of: dt.date | None, exit_code: bool, use_cache: bool
) -> None:
    """`--git BASE [HEAD]`: what changed since BASE; with --exit-code, exit 1 when it brings new errors."""
    from ..diff.gitdiff import git_diff
    from ..diff.reporters import git_report

    changes = git_diff(root, base, head, as_of=as_of, use_cache=use_cache)
    typer.echo(git_report(changes, fmt, color=_color(fmt)))
    raise typer.Exit(1 if exit_code and changes.new_errors else 0)


def diff_across(
    root: Path,
    fmt: str,
    *,
    township: str | None,
    kind: str | None,
    min_count: int | None,
    limit: int,
    use_cache: bool,
) -> None:
    """`--across`: the county (or one township) compared community by community."""
    from ..diff.across import across, load_county
    from ..diff.reporters import across_report

    # The whole county's charters compared: their distances start computing while the county is read.
    charters = township is None and kind in (None, "charters")
    repository, distances = load_county(root, use_cache=use_cache, charters=charters, kept=True)
    county = across(repository, township=township, kind=kind, min_count=min_count, distances=distances)
    typer.echo(across_report(county, fmt, color=_color(fmt), limit=limit))


def diff_pair(root: Path, a: str, b: str, fmt: str) -> None:
    """`A B`: two communities side by side."""
    from ..diff.pair import compare_pair
    from ..diff.reporters import pair_report
    from ..repository import Repository

    result = compare_pair(Repository.load(root), a, b)
    typer.echo(pair_report(result, fmt, color=_color(fmt)))
