"""The command line: a thin layer over the library (civcat.validate, civcat.stats, civcat.rules).

The `civcat` program is civcat/__main__.py: it chooses the language, then runs `app` and turns
every error into one line. Heavy modules are imported inside the commands, so `civcat --help` and `--version` start fast.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .cliframework import group_class
from .cliutil import fail, parse_as_of
from .i18n import _

app = typer.Typer(
    cls=group_class(),
    name="civcat",
    help=_("civcat：村（社区）事项清单和村规民约、居民公约的检查、比较与排版工具。"),
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


class OutputFormat(StrEnum):
    text = "text"
    concise = "concise"
    json = "json"
    github = "github"
    sarif = "sarif"


class StatsFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


class StatsBy(StrEnum):
    township = "township"


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
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=_("显示版本号并退出"))
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            callback=_lang,
            is_eager=True,
            metavar="zh|en",
            help=_("界面语言：zh（简体中文）或 en（English）；默认取 CIVCAT_LANG，再取系统语言环境"),
        ),
    ] = None,
) -> None:
    """The root options (the app's help is the Typer's own, above)."""


def complete_rule_codes(incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of rule codes, each with its summary (shells that show help show it)."""
    from .rules import all_rules

    prefix = incomplete.strip().upper()
    return [(code, _(rule.summary)) for code, rule in all_rules().items() if code.startswith(prefix)]


def _codes(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [c.strip().upper() for v in values for c in v.split(",") if c.strip()]


@app.command(help=_("检查数据文件：格式、法律规定和各文件之间的一致性。"))
def validate(
    paths: Annotated[list[str] | None, typer.Argument(help=_("要检查的文件或文件夹（默认：整个仓库）"))] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help=_("输出格式"))] = OutputFormat.text,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help=_("按此日期判断任期和修订期限（YYYY-MM-DD，默认今天）"))
    ] = None,
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
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help=_("不读也不写检查结果的缓存（在用户缓存文件夹中，仓库根目录建有 .civcat_cache/ 时在那里）"),
        ),
    ] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help=_("并行进程数（默认：全部 CPU 核）"))] = None,
) -> None:
    """Validate the repository or the given files."""
    from .errors import UsageError
    from .report import RENDERERS, render_text
    from .validate import validate as run

    try:
        result = run(
            paths,
            as_of=parse_as_of(as_of),
            select=_codes(select),
            extend_select=_codes(extend_select),
            ignore=_codes(ignore),
            use_cache=not no_cache,
            jobs=jobs,
        )
    except UsageError as error:
        fail(str(error))
        return
    if output_format is OutputFormat.text:
        sources = {path: result.source_lines(path) for path in {f.path for f in result.findings}}
        typer.echo(
            render_text(
                result.findings, result.files, sources, color=sys.stdout.isatty() and not os.environ.get("NO_COLOR")
            )
        )
    else:
        output = RENDERERS[output_format.value](result.findings, result.files)
        if output:
            typer.echo(output)
    failed = result.errors > 0 or (strict and result.warnings > 0)
    raise typer.Exit(1 if failed else 0)


@app.command(help=_("统计乡镇、村和社区、清单事项与公约的数量。"))
def stats(
    output_format: Annotated[StatsFormat, typer.Option("--format", "-f", help=_("输出格式"))] = StatsFormat.text,
    by: Annotated[StatsBy | None, typer.Option("--by", help=_("分组统计：township 每个乡镇（街道）一行"))] = None,
) -> None:
    """Count what the files hold."""
    import json

    from .errors import UsageError
    from .repository import Repository, resolve_targets
    from .stats import repository_stats

    try:
        root, _targets = resolve_targets([], Path.cwd())
    except UsageError as error:
        fail(str(error))
        return
    repository = Repository.load(root)
    if by is StatsBy.township:
        from .commands._stats_output import print_township_stats

        print_township_stats(repository, output_format.value)
        return
    figures = repository_stats(repository)
    if output_format is StatsFormat.csv:
        from .commands._stats_output import print_county_csv

        print_county_csv(figures)
        return
    if output_format is StatsFormat.json:
        typer.echo(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    _print_stats_table(figures)


def _print_stats_table(figures: dict) -> None:
    from rich.table import Table

    from .cliutil import output_console
    from .stats import LABELS, TIERS, TRIAGE_LEVELS

    table = Table(title=_("统计"), show_lines=False)
    table.add_column(_("项目"))
    table.add_column(_("分项"))
    table.add_column(_("数量"), justify="right")
    for section, (label, parts) in LABELS.items():
        for i, (key, part) in enumerate(parts.items()):
            table.add_row(_(label) if i == 0 else "", _(part), str(figures[section][key]))
        table.add_section()
    for level, label in TRIAGE_LEVELS.items():
        for i, (tier, tier_label) in enumerate(TIERS.items()):
            table.add_row(
                _("三事分流·{level}").format(level=_(label)) if i == 0 else "",
                _(tier_label),
                str(figures["triage"][level][tier]),
            )
        table.add_section()
    output_console().print(table)


def _severity_word(severity) -> str:
    return _("错误") if severity == "error" else _("警告")


def _translated(text: str | None) -> str:
    """A rule's text (marked with N_ where it is defined) in the interface language; "" stays "" (gettext
    would give the catalog's header for it)."""
    return _(text) if text else ""


@app.command("rules", help=_("列出全部规则：代码、级别、是否默认启用、说明。"))
def list_rules() -> None:
    """List every rule."""
    from rich.table import Table

    from .cliutil import output_console
    from .rules import all_rules

    table = Table(title=_("civcat 规则"))
    for column in (_("代码"), _("级别"), _("默认"), _("说明")):
        table.add_column(column)
    for code, rule in all_rules().items():
        table.add_row(
            code,
            _severity_word(rule.severity),
            _("启用") if rule.enabled_by_default else _("关闭"),
            _translated(rule.summary),
        )
    output_console().print(table)


@app.command("rule", help=_("显示一条规则的说明：为什么、法律依据、错误示例、怎么改。"))
def show_rule(
    code: Annotated[str, typer.Argument(help=_("规则代码，如 CV504"), autocompletion=complete_rule_codes)],
) -> None:
    """Explain one rule."""
    from .rules import all_rules
    from .textutil import did_you_mean

    rules = all_rules()
    rule = rules.get(code.strip().upper())
    if rule is None:
        fail(_("没有规则 {code}{suggestion}").format(code=code, suggestion=did_you_mean(code.upper(), rules)))
        return
    typer.echo(rule_page(rule))


def rule_page(rule) -> str:
    default = _("默认启用") if rule.enabled_by_default else _("默认关闭（在配置中 extend-select 启用）")
    parts = [
        f"{rule.code}  {_translated(rule.summary)}",
        _("级别：{severity}；{default}").format(severity=_severity_word(rule.severity), default=default),
        "",
    ]
    for title, body in (
        (_("为什么"), rule.why),
        (_("法律依据"), rule.basis),
        (_("错误示例"), rule.example),
        (_("怎么改"), rule.fix),
    ):
        if body:
            parts += [f"## {title}", _translated(body).strip(), ""]
    if rule.options:
        parts += [
            "## " + _("选项"),
            *(f"[tool.civcat.rules.{rule.code}] {k} = {v!r}" for k, v in rule.options.items()),
            "",
        ]
    return "\n".join(parts).rstrip()


_register_subcommands()
