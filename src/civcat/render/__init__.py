"""Rendering: charters and community catalogues through Jinja templates to Typst to PDF.

The public API (imported lazily, so `civcat --help` and the worker processes stay light):

    from civcat.render import RenderOptions, render_charters, render_catalogues
"""

from __future__ import annotations

from typing import Any

_EXPORTS = {
    "render": "api",
    "render_charters": "api",
    "render_catalogues": "api",
    "RenderOptions": "options",
    "RenderFailed": "options",
    "DocumentFailure": "options",
    "PAPERS": "options",
    "FontChoice": "fonts",
    "GlyphMissing": "fonts",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'civcat.render' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{module}", __name__), name)
