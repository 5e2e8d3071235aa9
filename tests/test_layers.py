"""The model, validation, calculators, I/O, export and command line never load Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "saas-availability.yaml"

LAYERS = [
    "sla_designer.model",
    "sla_designer.io",
    "sla_designer.validation",
    "sla_designer.calc",
    "sla_designer.export",
    "sla_designer.cli",
    "sla_designer.catalog",
    "sla_designer.preload",
]


@pytest.mark.parametrize("module", LAYERS)
def test_layer_loads_no_qt(module: str) -> None:
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"


def test_cli_commands_run_without_qt() -> None:
    code = (
        "import sys; from sla_designer.cli import main; "
        f"status = main(['validate', {str(TEMPLATE)!r}]); "
        "print(status, sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "0 []"
