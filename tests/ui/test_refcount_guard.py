"""The editor survives a PySide6 that drops references to None and True (refcount_guard).

The loop is what a picker does on every change of the document (clear, refill, select);
it is run in a child process with the fault handler on, since the defect aborts the interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sla_designer.ui.refcount_guard import drops_references

REFILLS = 30_000
"""Each refill returns None from seven calls and emits a signal (True): 210,000 references to
None and 30,000 to True, more than either has."""

LOOP = f"""
import sys
{{guard}}
from PySide6.QtWidgets import QApplication, QComboBox
app = QApplication([])
box = QComboBox()
for _ in range({REFILLS}):
    box.blockSignals(True)
    box.clear()
    box.addItem("(none)", None)
    box.addItem("Provider", "provider")
    box.addItem("Customer", "customer")
    box.setCurrentIndex(box.findData("customer"))
    box.currentData()
    box.blockSignals(False)
    box.currentIndexChanged.emit(1)
print("survived")
"""


def run_loop(guard: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", LOOP.format(guard=guard)],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(__file__).parents[2],
    )


def test_refilling_a_picker_aborts_the_interpreter_without_the_guard() -> None:
    if not drops_references():
        pytest.skip("this PySide6 keeps its references to None: nothing to reproduce")
    result = run_loop(guard="")
    assert result.returncode != 0
    assert "none_dealloc" in result.stderr or "bool_dealloc" in result.stderr


def test_the_editor_package_keeps_none_alive() -> None:
    # Importing the editor's package is enough: it measures the defect and guards against it.
    result = run_loop(guard="import sla_designer.ui")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
