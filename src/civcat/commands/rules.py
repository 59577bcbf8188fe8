"""`civcat rules` (every rule in a table) and `civcat rule CODE` (one rule's page) (library: civcat.rules).

Exit codes: 0 shown; 2 no rule of that code.
"""

from __future__ import annotations

from typing import Annotated

import typer

from ..cliutil import fail
from ..i18n import _
from ._options import complete_rule_codes


def register(app: typer.Typer) -> None:
    app.command("rules", help=_("列出全部规则：代码、级别、是否默认启用、说明。"))(list_rules)
    app.command("rule", help=_("显示一条规则的说明：为什么、法律依据、错误示例、怎么改。"))(show_rule)


def list_rules() -> None:
    """List every rule."""
    from rich.table import Table

    from ..cliutil import output_console
    from ..rules import all_rules

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


def show_rule(
    code: Annotated[str, typer.Argument(help=_("规则代码，如 CV504"), autocompletion=complete_rule_codes)],
) -> None:
    """Explain one rule."""
    from ..rules import all_rules
    from ..textutil import did_you_mean

    rules = all_rules()
    rule = rules.get(code.strip().upper())
    if rule is None:
        fail(_("没有规则 {code}{suggestion}").format(code=code, suggestion=did_you_mean(code.upper(), rules)))
    typer.echo(rule_page(rule))


def rule_page(rule) -> str:
    """One rule's page as `civcat rule CODE` prints it: summary, severity, why, law, example, fix, options."""
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


def _severity_word(severity) -> str:
    return _("错误") if severity == "error" else _("警告")


def _translated(text: str | None) -> str:
    """A rule's text (marked with N_ where it is defined) in the interface language; "" stays "" (gettext
    would give the catalog's header for it)."""
    return _(text) if text else ""
