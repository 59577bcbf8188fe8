"""The commands of `civcat`: one module each, over a library API that tests call.

A module that defines `register(app)` adds its commands to the root app there, as
`app.command(name, help=…)(function)` of functions defined at module level (a group, such as
`civcat render`, is a Typer of its own, added with `app.add_typer`). A module of a group's
subcommand (import_charter: `civcat import charter`) has no `register`: the group's module adds it.
Modules import only typer at module level and everything heavy inside the command, so
`civcat --help` stays fast. A UsageError raised in a command needs no handler: the root group says it
in one line, exit 2 (cliframework.group_class).
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

#: Listed first in `civcat --help`, in this order (what a clerk runs most); the others follow by name.
#: typer lists a group (render, import, new) after the commands, in the order they were added.
FIRST = ("validate", "stats", "rules", "render")


def register_all(app: typer.Typer) -> None:
    names = [m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")]
    for name in sorted(names, key=lambda n: (FIRST.index(n) if n in FIRST else len(FIRST), n)):
        module = importlib.import_module(f"{__name__}.{name}")
        if hasattr(module, "register"):
            module.register(app)
