"""Command modules beyond validate/stats/rules: each module here defines `register(app)`.

A new command is one module in this package: `register(app)` adds its typer commands. Modules
import only typer at module level and everything heavy inside the command, so `civcat --help`
stays fast.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer


def register_all(app: typer.Typer) -> None:
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}").register(app)
