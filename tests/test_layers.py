"""The model, validation, calculators, I/O, export and command line never load Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sla_designer.export.pdf import find_soffice

TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "saas-availability.yaml"

LAYERS = [
    "sla_designer.model",
    "sla_designer.io",
    "sla_designer.validation",
    "sla_designer.calc",
    "sla_designer.export",
    "sla_designer.versions",
    "sla_designer.versions.words",
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


@pytest.mark.slow
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")
@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils is not installed")
def test_the_summary_s_pdf_is_made_without_qt(tmp_path: Path) -> None:
    # The summary's PDF goes through LibreOffice, as the contract's does, never the editor's Qt.
    pdf, word = tmp_path / "summary.pdf", tmp_path / "summary.docx"
    code = (
        "import sys; from sla_designer.cli import main; "
        f"status = main(['summary', {str(TEMPLATE)!r}, '--pdf', {str(pdf)!r}, "
        f"'--docx', {str(word)!r}]); "
        "print(status, sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=240, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "0 []"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    assert pages.split() == ["Pages:", "1"]
    assert word.is_file()
