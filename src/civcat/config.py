"""Configuration: `[tool.civcat]` in pyproject.toml or civcat.toml at the repository root, and the CLI.

Selection works as in ruff: `select` replaces the default set (codes or prefixes such as "CV6",
or "ALL"), `extend-select` adds to it, `ignore` removes from it. The command line's `--select`
replaces the configured select; its `--ignore` and `--extend-select` add to the configured ones.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UsageError
from .i18n import _, ngettext


@dataclass
class Config:
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: str | None = None  # the file it came from, for messages


def load_config(root: Path | None) -> Config:
    """The repository's configuration; civcat.toml wins over pyproject.toml when both have one."""
    if root is None:
        return Config()
    for name, table_path in (("civcat.toml", ()), ("pyproject.toml", ("tool", "civcat"))):
        path = root / name
        if not path.is_file():
            continue
        try:
            table: Any = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise UsageError(_("{file}: 配置文件无法读取：{error}").format(file=name, error=error)) from None
        for step in table_path:
            table = table.get(step, {}) if isinstance(table, dict) else {}
        if not table and table_path:
            continue
        if "tool" in table and not table_path:
            table = table.get("tool", {}).get("civcat", table)  # civcat.toml may also use [tool.civcat]
        return _from_table(table, name)
    return Config()


def _codes(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(_("{where} 应为规则代码的列表，如 [\"CV701\"]").format(where=where))
    return [v.strip().upper() for v in value]


def _from_table(table: dict[str, Any], source: str) -> Config:
    known = {"select", "extend-select", "ignore", "rules", "render"}  # render: read by civcat.render.settings
    unknown = set(table) - known
    if unknown:
        raise UsageError(ngettext("{file}: 未知的配置项 {unknown}；可用：{known}",
                                  "{file}: 未知的配置项 {unknown}；可用：{known}", len(unknown)).format(
            file=source, unknown=", ".join(sorted(unknown)), known=", ".join(sorted(known))))
    rules = table.get("rules", {})
    if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
        raise UsageError(_("{file}: [tool.civcat.rules.CODE] 下应为各规则的选项表").format(file=source))
    return Config(
        select=_codes(table["select"], f"{source}: select") if "select" in table else None,
        extend_select=_codes(table.get("extend-select"), f"{source}: extend-select"),
        ignore=_codes(table.get("ignore"), f"{source}: ignore"),
        rules={code.upper(): dict(options) for code, options in rules.items()},
        source=source,
    )


def _expand(patterns: list[str], codes: list[str], where: str, rules: dict[str, Any]) -> set[str]:
    """The codes the patterns name. A prefix ("CV5") names only rules that are on by default: a rule that
    is off by default (CV510) runs only when its own code is named, or "ALL"."""
    chosen: set[str] = set()
    for pattern in patterns:
        if pattern == "ALL" or pattern in rules:
            matched = codes if pattern == "ALL" else [pattern]
        else:
            matched = [c for c in codes if c.startswith(pattern) and rules[c].enabled_by_default]
        if not matched:
            raise UsageError(_("{where}: 没有规则代码以 {pattern} 开头；`civcat rules` 列出全部规则").format(
                where=where, pattern=pattern))
        chosen.update(matched)
    return chosen


def enabled_codes(config: Config, rules: dict[str, Any], *, select: list[str] | None = None,
                  extend_select: list[str] | None = None, ignore: list[str] | None = None) -> set[str]:
    """The codes that run, from the rule defaults, the configuration and the command line."""
    codes = sorted(rules)
    selection = select if select is not None else config.select
    if selection is None:
        enabled = {c for c in codes if rules[c].enabled_by_default}
    else:
        enabled = _expand(selection, codes, "select", rules)
    enabled |= _expand([*config.extend_select, *(extend_select or [])], codes, "extend-select", rules)
    enabled -= _expand([*config.ignore, *(ignore or [])], codes, "ignore", rules)
    return enabled


def rule_options(config: Config, rules: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per-rule options from `[tool.civcat.rules.CODE]`, checked against each rule's declared options."""
    checked: dict[str, dict[str, Any]] = {}
    for code, options in config.rules.items():
        rule = rules.get(code)
        if rule is None:
            raise UsageError(_("{file}: 未知规则 {code}（[tool.civcat.rules.{code}]）").format(file=config.source, code=code))
        for name, value in options.items():
            if name not in rule.options:
                allowed = ", ".join(rule.options) or _("（该规则没有选项）")
                raise UsageError(_("{file}: 规则 {code} 没有选项 `{option}`；可用：{allowed}").format(
                    file=config.source, code=code, option=name, allowed=allowed))
            default = rule.options[name]
            if default is not None and type(value) is not type(default) and not (
                    isinstance(default, dict) and isinstance(value, dict)):
                raise UsageError(_("{file}: 规则 {code} 的选项 `{option}` 应为 {type}，实为 {value}").format(
                    file=config.source, code=code, option=name, type=type(default).__name__, value=repr(value)))
        checked[code] = options
    return checked
