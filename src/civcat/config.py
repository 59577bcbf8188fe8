"""Configuration: `[tool.civcat]` in pyproject.toml or civcat.toml at the repository root, and the CLI.

Selection works as in ruff: `select` replaces the default set (codes or prefixes such as "CV6",
or "ALL"), `extend-select` adds to it, `ignore` removes from it. The command line's `--select`
replaces the configured select; its `--ignore` and `--extend-select` add to the configured ones.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from .errors import UsageError
from .i18n import _, ngettext

#: The longest time one document may take to render (`[render] timeout`, `--timeout`): a day. Beyond
#: it a limit means nothing, and the operating system's wait refuses it (`timeout = 1e9` used to end
#: in an OverflowError).
MAX_TIMEOUT = 86_400.0


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class _Table(BaseModel):
    """A configuration table: keys as TOML writes them (kebab-case), unknown keys refused, no coercion."""

    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, strict=True)


class RenderConfig(_Table):
    """`[tool.civcat.render]` (`[render]` in civcat.toml); the command line's options win over it."""

    body_font: str | None = Field(None, description="正文字体（字体族名）")
    title_font: str | None = Field(None, description="标题字体（字体族名）")
    font_dirs: list[str] = Field(default_factory=list, description="字体文件夹，相对于仓库根目录")
    system_fonts: bool | None = Field(None, description="是否使用系统安装的字体")
    timeout: float | None = Field(None, description="每份文件排版的时限（秒）")

    @field_validator("timeout", mode="before")
    @classmethod
    def _seconds(cls, value: Any) -> Any:
        return float(value) if isinstance(value, int) and not isinstance(value, bool) else value  # 60 as 60.0


class Config(_Table):
    """The repository's configuration: `[tool.civcat]` in pyproject.toml, or civcat.toml (top level)."""

    select: list[str] | None = Field(None, description="只运行这些规则（代码或前缀，ALL 为全部）")
    extend_select: list[str] = Field(default_factory=list, description="另外运行的规则（含默认关闭的）")
    ignore: list[str] = Field(default_factory=list, description="不运行的规则")
    rules: dict[str, dict[str, Any]] = Field(default_factory=dict, description="各规则的选项：[rules.CODE]")
    render: RenderConfig = Field(default_factory=RenderConfig, description="排版设置")
    _source: str | None = PrivateAttr(None)

    @field_validator("select", "extend_select", "ignore", mode="after")
    @classmethod
    def _upper(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else [code.strip().upper() for code in value]

    @field_validator("rules", mode="after")
    @classmethod
    def _upper_codes(cls, value: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        return {code.upper(): dict(options) for code, options in value.items()}

    @property
    def source(self) -> str | None:
        """The file the configuration came from, for messages."""
        return self._source


def _tables(root: Path) -> tuple[str, Any] | None:
    """(file name, civcat table) of the first configuration found: civcat.toml (top level or its own
    [tool.civcat]) wins over pyproject.toml's [tool.civcat]."""
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
        return name, table
    return None


def load_config(root: Path | None) -> Config:
    """The repository's configuration, checked; the defaults when there is none."""
    found = _tables(root) if root is not None else None
    if found is None:
        return Config()
    name, table = found
    try:
        config = Config.model_validate(table)
    except ValidationError as error:
        raise UsageError(_config_error(error, name)) from None
    config._source = name
    return config


def _config_error(error: ValidationError, source: str) -> str:
    """The first problem of a configuration, as one line naming the file and the key."""
    first = error.errors(include_url=False)[0]
    loc = [str(part) for part in first["loc"]]
    in_render = len(loc) > 1 and loc[0] == "render"
    where = f"{source} [render]" if in_render else source
    key = loc[1] if in_render and len(loc) > 1 else loc[0] if loc else ""
    if first["type"] == "extra_forbidden":
        known = list(RenderConfig.model_fields) if in_render else list(Config.model_fields)
        unknown = sorted({str(e["loc"][-1]) for e in error.errors() if e["type"] == "extra_forbidden"})
        return ngettext(
            "{file}: 未知的配置项 {unknown}；可用：{known}",
            "{file}: 未知的配置项 {unknown}；可用：{known}",
            len(unknown),
        ).format(file=where, unknown=", ".join(unknown), known=", ".join(_kebab(k) for k in known))
    if key in ("select", "extend-select", "ignore"):
        return _('{where} 应为规则代码的列表，如 ["CV701"]').format(where=f"{source}: {key}")
    if key == "rules":
        return _("{file}: [tool.civcat.rules.CODE] 下应为各规则的选项表").format(file=source)
    if loc == ["render"]:
        return _("{where} 应为一个表").format(where=f"{source} [render]")
    expected = {
        "body-font": "str",
        "title-font": "str",
        "font-dirs": "list",
        "system-fonts": "bool",
        "timeout": "float",
    }.get(key, "")
    return _("{where}: {key} 的值类型不对（应为 {type}）").format(where=where, key=key, type=expected)


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
            raise UsageError(
                _("{where}: 没有规则代码以 {pattern} 开头；`civcat rules` 列出全部规则").format(
                    where=where, pattern=pattern
                )
            )
        chosen.update(matched)
    return chosen


def enabled_codes(
    config: Config,
    rules: dict[str, Any],
    *,
    select: list[str] | None = None,
    extend_select: list[str] | None = None,
    ignore: list[str] | None = None,
) -> set[str]:
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
            raise UsageError(
                _("{file}: 未知规则 {code}（[tool.civcat.rules.{code}]）").format(file=config.source, code=code)
            )
        for name, value in options.items():
            if name not in rule.options:
                allowed = ", ".join(rule.options) or _("（该规则没有选项）")
                raise UsageError(
                    _("{file}: 规则 {code} 没有选项 `{option}`；可用：{allowed}").format(
                        file=config.source, code=code, option=name, allowed=allowed
                    )
                )
            default = rule.options[name]
            if (
                default is not None
                and type(value) is not type(default)
                and not (isinstance(default, dict) and isinstance(value, dict))
            ):
                raise UsageError(
                    _("{file}: 规则 {code} 的选项 `{option}` 应为 {type}，实为 {value}").format(
                        file=config.source, code=code, option=name, type=type(default).__name__, value=repr(value)
                    )
                )
        checked[code] = options
    return checked
