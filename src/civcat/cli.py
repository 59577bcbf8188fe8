"""The command line: a thin layer over the library (civcat.validate, civcat.stats, civcat.rules).

Heavy modules are imported inside the commands, so `civcat --help` and `--version` start fast.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .cliutil import fail, parse_as_of

app = typer.Typer(
    name="civcat",
    help="civcat：村（社区）事项清单和村规民约、居民公约的检查、比较与排版工具。\n\n"
         "Validate, diff and render a county's community matter catalogues and village charters kept as YAML.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _register_subcommands() -> None:
    from .commands import register_all
    from .render.cli import app as render_app

    app.add_typer(render_app, name="render")
    register_all(app)


class OutputFormat(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"
    github = "github"
    sarif = "sarif"


class StatsFormat(str, Enum):
    text = "text"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"civcat {__version__}")
        raise typer.Exit()


def _lang(value: str | None) -> None:
    # `civcat` takes --lang out of the arguments before they get here (civcat/__main__.py), so the
    # help texts are translated too; this is for callers of `app` itself, as in tests.
    if value is not None:
        from .i18n import UnknownLanguage, set_language

        try:
            set_language(value)
        except UnknownLanguage as error:
            fail(str(error))


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="显示版本号并退出 (show the version and exit)")] = False,
    lang: Annotated[str | None, typer.Option("--lang", callback=_lang, is_eager=True, metavar="zh|en",
                                             help="界面语言：zh（简体中文）或 en（English）；"
                                                  "默认取 CIVCAT_LANG，再取系统语言环境")] = None,
) -> None:
    """civcat：村（社区）事项清单和村规民约、居民公约的检查、比较与排版工具。"""


def _codes(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [c.strip().upper() for v in values for c in v.split(",") if c.strip()]


@app.command()
def validate(
    paths: Annotated[list[str] | None, typer.Argument(help="要检查的文件或文件夹（默认：整个仓库）")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="输出格式")] = OutputFormat.text,
    as_of: Annotated[str | None, typer.Option("--as-of", help="按此日期判断任期和修订期限（YYYY-MM-DD，默认今天）")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="有警告也以失败退出")] = False,
    select: Annotated[list[str] | None, typer.Option("--select", help="只运行这些规则（代码或前缀，可用逗号分隔）")] = None,
    extend_select: Annotated[list[str] | None, typer.Option("--extend-select", help="另外运行这些规则")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="不运行这些规则")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="不读也不写缓存 .civcat_cache/")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="并行进程数（默认：全部 CPU 核）")] = None,
) -> None:
    """检查数据文件：格式、法律规定和各文件之间的一致性 (validate the repository or given files)."""
    from .errors import UsageError
    from .report import RENDERERS, render_text
    from .validate import validate as run

    try:
        result = run(paths, as_of=parse_as_of(as_of), select=_codes(select),
                     extend_select=_codes(extend_select), ignore=_codes(ignore), use_cache=not no_cache, jobs=jobs)
    except UsageError as error:
        fail(str(error))
        return
    if output_format is OutputFormat.text:
        sources = {path: result.source_lines(path) for path in {f.path for f in result.findings}}
        typer.echo(render_text(result.findings, result.files, sources, color=sys.stdout.isatty() and not os.environ.get("NO_COLOR")))
    else:
        output = RENDERERS[output_format.value](result.findings, result.files)
        if output:
            typer.echo(output)
    failed = result.errors > 0 or (strict and result.warnings > 0)
    raise typer.Exit(1 if failed else 0)


@app.command()
def stats(
    output_format: Annotated[StatsFormat, typer.Option("--format", "-f", help="输出格式")] = StatsFormat.text,
) -> None:
    """统计乡镇、村和社区、清单事项与公约的数量 (count what the files hold)."""
    import json

    from .errors import UsageError
    from .repository import resolve_targets
    from .stats import repository_stats
    from .validate import load_repository, parse_documents

    try:
        root, _ = resolve_targets([], Path.cwd())
    except UsageError as error:
        fail(str(error))
        return
    repository = load_repository(root)
    parse_documents(repository)
    figures = repository_stats(repository)
    if output_format is StatsFormat.json:
        typer.echo(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    _print_stats_table(figures)


def _print_stats_table(figures: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    from .stats import LABELS, TIERS, TRIAGE_LEVELS

    table = Table(title="统计", show_lines=False)
    table.add_column("项目")
    table.add_column("分项")
    table.add_column("数量", justify="right")
    for section, (label, parts) in LABELS.items():
        for i, (key, part) in enumerate(parts.items()):
            table.add_row(label if i == 0 else "", part, str(figures[section][key]))
        table.add_section()
    for level, label in TRIAGE_LEVELS.items():
        for i, (tier, tier_label) in enumerate(TIERS.items()):
            table.add_row(f"三事分流·{label}" if i == 0 else "", tier_label, str(figures["triage"][level][tier]))
        table.add_section()
    Console().print(table)


@app.command("rules")
def list_rules() -> None:
    """列出全部规则：代码、级别、是否默认启用、说明 (list every rule)."""
    from rich.console import Console
    from rich.table import Table

    from .rules import all_rules

    table = Table(title="civcat 规则")
    for column in ("代码", "级别", "默认", "说明"):
        table.add_column(column)
    for code, rule in all_rules().items():
        severity = "错误" if rule.severity == "error" else "警告"
        table.add_row(code, severity, "启用" if rule.enabled_by_default else "关闭", rule.summary)
    Console().print(table)


@app.command("rule")
def show_rule(code: Annotated[str, typer.Argument(help="规则代码，如 CV504")]) -> None:
    """显示一条规则的说明：为什么、法律依据、错误示例、怎么改 (explain one rule)."""
    from .rules import all_rules
    from .textutil import did_you_mean

    rules = all_rules()
    rule = rules.get(code.strip().upper())
    if rule is None:
        fail(f"没有规则 {code}{did_you_mean(code.upper(), rules)}")
        return
    typer.echo(rule_page(rule))


def rule_page(rule) -> str:
    severity = "错误" if rule.severity == "error" else "警告"
    default = "默认启用" if rule.enabled_by_default else "默认关闭（在配置中 extend-select 启用）"
    parts = [f"{rule.code}  {rule.summary}", f"级别：{severity}；{default}", ""]
    for title, body in (("为什么", rule.why), ("法律依据", rule.basis), ("错误示例", rule.example), ("怎么改", rule.fix)):
        if body:
            parts += [f"## {title}", body.strip(), ""]
    if rule.options:
        parts += ["## 选项", *(f"[tool.civcat.rules.{rule.code}] {k} = {v!r}" for k, v in rule.options.items()), ""]
    return "\n".join(parts).rstrip()


_register_subcommands()


def main() -> None:
    """Entry point: bad input ends in one line and exit 2, never a traceback (CIVCAT_DEBUG=1 shows it)."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("civcat: 已中断", err=True)
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 — the last line of defence for users
        if os.environ.get("CIVCAT_DEBUG"):
            raise
        typer.echo(f"civcat: 内部错误：{type(error).__name__}: {error}（设置 CIVCAT_DEBUG=1 查看详情，并请报告此问题）", err=True)
        sys.exit(2)
