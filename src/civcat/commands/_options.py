"""The options several commands share, declared once: the same flag has the same name, type and help
everywhere (`civcat validate --as-of`, `civcat show --as-of`, …).

A command whose option means something narrower keeps the shared type and gives its own help with
`typer.Option(...)` of the same flag; the parsed value (and `parse_as_of`) stays the same.
"""

from __future__ import annotations

from typing import Annotated

import typer

from ..i18n import _

#: --as-of: the day the documents are judged on (terms, revision deadlines, the law in force).
AsOf = Annotated[
    str | None,
    # No metavar: help names the value 日期 (DATE), as cliframework.METAVARS names it in every command.
    typer.Option("--as-of", help=_("按此日期判断任期和问题（YYYY-MM-DD，默认今天）"), show_default=False),
]

#: --jobs/-j: worker processes (None: civcat decides from the number of files and CPUs).
Jobs = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help=_("并行进程数（默认：文件多时每个 CPU 一个）"), show_default=False),
]

#: --no-cache: neither read nor write civcat's cache (in the user cache folder, or .civcat_cache/).
NoCache = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help=_("不读也不写检查结果的缓存（在用户缓存文件夹中，仓库根目录建有 .civcat_cache/ 时在那里）"),
    ),
]


def complete_rule_codes(incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of rule codes, each with its summary (shells that show help show it); used by
    validate's --select, --extend-select, --ignore and by `civcat rule`."""
    from ..rules import all_rules

    prefix = incomplete.strip().upper()
    return [(code, _(rule.summary)) for code, rule in all_rules().items() if code.startswith(prefix)]


def format_option(help_text: str | None = None) -> typer.models.OptionInfo:
    """--format/-f: the output format. The choices are each command's own enum (validate's text,
    concise, json, github, sarif; diff's text, markdown, json; …), the flag and its short form are
    the same everywhere: `Annotated[DiffFormat, format_option(_("…"))]`."""
    return typer.Option("--format", "-f", help=help_text or _("输出格式"))
