"""`civcat validate [PATH ...] [--format …] [--as-of DATE] [--strict] [--select …]` (library: civcat.validate).

Exit codes: 0 no errors (and, with --strict, no warnings); 1 findings that fail the run; 2 usage problem.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from ..cliutil import parse_as_of
from ..i18n import _
from ._options import AsOf, Jobs, NoCache, complete_rule_codes, format_option


class OutputFormat(StrEnum):
    text = "text"
    concise = "concise"
    json = "json"
    github = "github"
    sarif = "sarif"


def register(app: typer.Typer) -> None:
    app.command("validate", help=_("检查数据文件：格式、法律规定和各文件之间的一致性。"))(validate)


def validate(
    paths: Annotated[list[str] | None, typer.Argument(help=_("要检查的文件或文件夹（默认：整个仓库）"))] = None,
    output_format: Annotated[OutputFormat, format_option()] = OutputFormat.text,
    as_of: AsOf = None,
    strict: Annotated[bool, typer.Option("--strict", help=_("有警告也以失败退出"))] = False,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select", help=_("只运行这些规则（代码或前缀，可用逗号分隔）"), autocompletion=complete_rule_codes
        ),
    ] = None,
    extend_select: Annotated[
        list[str] | None,
        typer.Option("--extend-select", help=_("另外运行这些规则"), autocompletion=complete_rule_codes),
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help=_("不运行这些规则"), autocompletion=complete_rule_codes)
    ] = None,
    no_cache: NoCache = False,
    jobs: Jobs = None,
) -> None:
    """Validate the repository or the given files."""
    from ..cliutil import use_color
    from ..report import REPORTERS, findings_text
    from ..validate import validate as run

    result = run(
        paths,
        as_of=parse_as_of(as_of),
        select=_codes(select),
        extend_select=_codes(extend_select),
        ignore=_codes(ignore),
        use_cache=not no_cache,
        jobs=jobs,
    )
    if output_format is OutputFormat.text:
        sources = {path: result.source_lines(path) for path in {f.path for f in result.findings}}
        typer.echo(findings_text(result.findings, result.files, sources, color=use_color()))
    else:
        output = REPORTERS[output_format.value](result.findings, result.files)
        if output:
            typer.echo(output)
    failed = result.errors > 0 or (strict and result.warnings > 0)
    raise typer.Exit(1 if failed else 0)


def _codes(values: list[str] | None) -> list[str] | None:
    """Rule codes as given: repeated options and comma-separated lists alike, in capitals."""
    if values is None:
        return None
    return [c.strip().upper() for v in values for c in v.split(",") if c.strip()]
