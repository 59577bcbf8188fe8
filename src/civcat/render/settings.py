"""Rendering settings from the repository's configuration (civcat.config.RenderConfig, the one
configuration model): `[tool.civcat.render]` in pyproject.toml, or `[render]` in civcat.toml.
Command-line options win over them.

    [tool.civcat.render]
    body-font = "Noto Serif CJK SC"      # a family found in font-dirs (or the system, below)
    title-font = "Noto Sans CJK SC"
    font-dirs = ["fonts"]                # relative to the repository root
    system-fonts = false
    timeout = 60                         # seconds per document (template and Typst)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..config import MAX_TIMEOUT, load_config
from ..errors import UsageError
from ..i18n import _


def render_settings(root: Path | None) -> dict[str, Any]:
    """The settings the configuration gives (kebab-case keys, font folders under the root); {} when none."""
    if root is None:
        return {}
    config = load_config(root)
    settings = config.render.model_dump(by_alias=True, exclude_unset=True)
    timeout = settings.get("timeout")
    if timeout is not None and not 0 < timeout <= MAX_TIMEOUT:
        raise UsageError(
            _("{where}: timeout = {value}：应为大于 0、不超过 {most} 的秒数（一天）").format(
                where=f"{config.source} [render]", value=f"{timeout:g}", most=f"{MAX_TIMEOUT:g}"
            )
        )
    if "font-dirs" in settings:
        settings["font-dirs"] = [root / folder for folder in settings["font-dirs"]]
    return settings
