"""The registry holds every rule of every rule module, once."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import sla_designer.validation
from sla_designer.validation.rules import RULES

# Every module of the package, so that a new rule module whose rules are not registered fails too.
MODULES = [
    importlib.import_module(f"sla_designer.validation.{info.name}")
    for info in pkgutil.iter_modules(sla_designer.validation.__path__)
]


def test_every_rule_function_is_registered_once() -> None:
    defined = {
        function
        for module in MODULES
        for name, function in inspect.getmembers(module, inspect.isfunction)
        if function.__module__ == module.__name__
        and not name.startswith("_")
        and list(inspect.signature(function).parameters) == ["ctx"]
    }
    assert len(RULES) == len(set(RULES))
    assert set(RULES) == defined
