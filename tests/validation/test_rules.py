"""The registry holds every rule of every rule module, once."""

from __future__ import annotations

import inspect

from sla_designer.validation import (
    basis,
    calc_rules,
    calendars,
    caps,
    credits,
    duties,
    money,
    objectives,
    parties,
    references,
    reporting,
    required,
    targets,
)
from sla_designer.validation.rules import RULES

MODULES = (
    basis,
    calc_rules,
    calendars,
    caps,
    credits,
    duties,
    money,
    objectives,
    parties,
    references,
    reporting,
    required,
    targets,
)


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
