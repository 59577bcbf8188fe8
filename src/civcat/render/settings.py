"""Rendering settings from the repository's configuration: `[tool.civcat.render]` in pyproject.toml,
or `[render]` in civcat.toml. Command-line options win over them.

    [tool.civcat.render]
    body-font = "Noto Serif CJK SC"      # a family found in font-dirs (or the system, below)
    title-font = "Noto Sans CJK SC"
    font-dirs = ["fonts"]                # relative to the repository root
    system-fonts = false
    timeout = 60                         # seconds per document (template and Typst)
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..i18n import _
from .options import MAX_TIMEOUT

KEYS = {"body-font": str, "title-font": str, "font-dirs": list, "system-fonts": bool, "timeout": float}


def render_settings(root: Path | None) -> dict[str, Any]:
    """The render table of the repository's configuration, checked; {} when there is none."""
    if root is None:
        return {}
    for name, path in (("civcat.toml", ("render",)), ("civcat.toml", ("tool", "civcat", "render")),
                       ("pyproject.toml", ("tool", "civcat", "render"))):
        file = root / name
        if not file.is_file():
            continue
        try:
            table: Any = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise UsageError(_("{file}: 配置文件无法读取：{error}").format(file=name, error=error)) from None
        for step in path:
            table = table.get(step) if isinstance(table, dict) else None
        if table is None:
            continue
        return _checked(table, f"{name} [{'.'.join(path)}]", root)
    return {}


def _checked(table: Any, where: str, root: Path) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise UsageError(_("{where} 应为一个表").format(where=where))
    settings: dict[str, Any] = {}
    for key, value in table.items():
        expected = KEYS.get(key)
        if expected is None:
            raise UsageError(_("{where}: 未知的配置项 {key}；可用：{keys}").format(where=where, key=key, keys=", ".join(KEYS)))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)  # `timeout = 60` is as good as `timeout = 60.0`
        if not isinstance(value, expected) or (expected is list and not all(isinstance(v, str) for v in value)):
            raise UsageError(_("{where}: {key} 的值类型不对（应为 {type}）").format(where=where, key=key, type=expected.__name__))
        if key == "timeout" and not 0 < value <= MAX_TIMEOUT:
            raise UsageError(_("{where}: timeout = {value}：应为大于 0、不超过 {most} 的秒数（一天）").format(
                where=where, value=f"{value:g}", most=f"{MAX_TIMEOUT:g}"))
        settings[key] = [root / v for v in value] if key == "font-dirs" else value
    return settings
