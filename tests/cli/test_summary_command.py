"""`sla-designer summary`: HTML, Word and PDF, its language, errors on one line, no half-written
file, and the PDF's install hint when LibreOffice is missing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from sla_designer.export import pdf as pdf_module
from sla_designer.export.pdf import INSTALL_HINT
from sla_designer.text import LANGUAGES
from tests.helpers import MINIMAL, run_cli, run_cli_process

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
needs_libreoffice = pytest.mark.skipif(
    pdf_module.find_soffice() is None, reason="LibreOffice is not installed"
)


def pdf_pages(path: Path) -> int:
    """The number of pages of a PDF, as poppler's pdfinfo reads it."""
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    info = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=30
    )
    line = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def test_html_in_the_language_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = str(TEMPLATES / "saas-availability.yaml")
    out = tmp_path / "summary.html"
    status, printed, err = run_cli(["summary", source, "--html", str(out)], capsys)
    assert status == 0, err
    assert printed.strip() == f"{out}: summary of commitments written (HTML)"
    page = out.read_text(encoding="utf-8")
    assert "<h1>Summary of commitments</h1>" in page and "Ledgerline" in page
    status, printed, _ = run_cli(["summary", source, "--lang", "pt-BR", "--html", str(out)], capsys)
    assert status == 0
    assert "resumo dos compromissos gravado" in printed
    page = out.read_text(encoding="utf-8")
    assert "<h1>Resumo dos compromissos</h1>" in page and 'lang="pt-BR"' in page


@pytest.mark.slow
@needs_libreoffice
def test_one_page_pdf_and_word_from_a_separate_process(tmp_path: Path) -> None:
    pdf, word = tmp_path / "resumo.pdf", tmp_path / "resumo.docx"
    source = str(TEMPLATES / "managed-services.yaml")  # the longest summary
    arguments = ["summary", source, "--lang", "pt-BR", "--pdf", str(pdf), "--docx", str(word)]
    result = run_cli_process(arguments, timeout=240)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{word}: resumo dos compromissos gravado (Word)",
        f"{pdf}: resumo dos compromissos gravado (PDF)",
    ]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf_pages(pdf) == 1
    assert "Resumo dos compromissos" in docx.Document(str(word)).paragraphs[0].text
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_without_libreoffice_the_pdf_says_what_to_install_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: None)
    source = str(TEMPLATES / "supplier-ola.yaml")
    outputs = ["--pdf", str(tmp_path / "s.pdf"), "--html", str(tmp_path / "s.html")]
    outputs += ["--docx", str(tmp_path / "s.docx")]
    for language in LANGUAGES:
        status, printed, err = run_cli(["summary", source, "--lang", language, *outputs], capsys)
        assert status == 2 and printed == ""
        assert err == INSTALL_HINT.text(language) + "\n"  # as `export --pdf` says it
    status, _, export_err = run_cli(["export", source, "--pdf", str(tmp_path / "c.pdf")], capsys)
    assert status == 2 and export_err == INSTALL_HINT.text("en") + "\n"
    assert list(tmp_path.iterdir()) == []


def test_word_alone_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "summary.docx"
    source = str(TEMPLATES / "saas-availability.yaml")
    status, printed, err = run_cli(["summary", source, "--docx", str(out)], capsys)
    assert status == 0, err
    assert printed.strip() == f"{out}: summary of commitments written (Word)"
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Summary of commitments"
    assert any("Ledgerline" in cell.text for cell in document.tables[0].columns[1].cells)
    status, _, err = run_cli(["summary", source, "--docx", str(out), "--pdf", str(out)], capsys)
    assert status == 2 and err.strip() == f"{out}: --docx and --pdf would write the same file"


def test_html_alone_loads_no_qt(tmp_path: Path) -> None:
    out = tmp_path / "s.html"
    code = (
        "import sys; from sla_designer.cli import main; "
        f"status = main(['summary', {str(TEMPLATES / 'supplier-ola.yaml')!r}, '--html', "
        f"{str(out)!r}]); print(status, sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "0 []"


def test_errors_are_one_line_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.html"
    status, _, err = run_cli(["summary", str(TEMPLATES / "supplier-ola.yaml")], capsys)
    assert status == 2
    assert err.strip() == "summary: say what to write: --html OUT, --docx OUT and/or --pdf OUT"
    broken = tmp_path / "broken.yaml"
    broken.write_text(MINIMAL.replace("objective: 99.9", "objective: [99.9"), encoding="utf-8")
    status, _, err = run_cli(["summary", str(broken), "--html", str(out)], capsys)
    assert status == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith(f"{broken}:")
    assert not out.exists()
    status, _, err = run_cli(
        ["summary", str(broken), "--html", str(tmp_path / "no" / "s.html")], capsys
    )
    assert status == 2 and "does not exist" in err
    status, _, err = run_cli(["summary", str(broken), "--html", str(broken)], capsys)
    assert status == 2 and "overwrite" in err


def test_an_agreement_with_errors_needs_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.yaml"
    source.write_text(
        MINIMAL.replace("objective: 99.9", "objective: 99.9\n    calendar: ghost"), encoding="utf-8"
    )
    out = tmp_path / "s.html"
    status, _, err = run_cli(["summary", str(source), "--html", str(out)], capsys)
    assert status == 1
    assert f"{source}:15:5: metrics[0].calendar: error:" in err
    assert err.strip().splitlines()[-1].startswith(f"{source}: no summary: 1 error")
    assert not out.exists()
    status, _, err = run_cli(["summary", str(source), "--html", str(out), "--draft"], capsys)
    assert status == 0, err
    assert "DRAFT: the agreement still has errors" in out.read_text(encoding="utf-8")
