"""The rule catalogue: every rule module of this package, found through the registry in base.py."""

from __future__ import annotations

import importlib
import pkgutil

from .base import REGISTRY, Context, Rule

_loaded = False


def all_rules() -> dict[str, type[Rule]]:
    """Every rule by code, in code order; imports the rule modules on first use."""
    global _loaded
    if not _loaded:
        for module in pkgutil.iter_modules(__path__):
            # packages (rules/clauses) are what rules import when they need it, not rule modules
            if module.name != "base" and not module.name.startswith("_") and not module.ispkg:
                importlib.import_module(f"{__name__}.{module.name}")
        _loaded = True
    return dict(sorted(REGISTRY.items()))


__all__ = ["all_rules", "Rule", "Context", "REGISTRY"]
