"""PDF through LibreOffice: clause numbers, a filled table of contents, 'Page 1 of N'."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sla_designer.resources import templates_folder

from sla_designer.export import PdfExportError, export_docx, export_pdf
from sla_designer.export import pdf as pdf_module
from sla_designer.io import load_agreement


@pytest.mark.slow
@pytest.mark.skipif(pdf_module.find_soffice() is None, reason="LibreOffice is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdf_shows_numbers_contents_and_page_count(tmp_path: Path) -> None:
    agreement = load_agreement(str(templates_folder() / "saas-availability.yaml"))
    source, target = tmp_path / "contract.docx", tmp_path / "contract.pdf"
    export_docx(agreement, source)
    export_pdf(source, target, timeout=180)
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    assert re.search(r"^\s*6\.2\s+Connect API availability", text, re.MULTILINE)
    # The contents page lists clauses with page numbers, filled in by the update before export.
    contents = next(p for p in pages if "CONTENTS" in p)
    assert re.search(r"6\.2 Connect API availability\.{3,}\s*\d+", contents)
    assert re.search(r"9\s+Service credits and remedies\.{3,}\s*\d+", contents)
    total = len([p for p in pages if p.strip()])
    assert f"Page 1 of {total}" in pages[0]
    # Cross-references carry the clause number.
    assert "set out in clause 9.1." in text


@pytest.mark.slow
@pytest.mark.skipif(pdf_module.find_soffice() is None, reason="LibreOffice is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_jurisdiction_clause_shares_the_first_signatures_page(tmp_path: Path) -> None:
    source, target = tmp_path / "contract.docx", tmp_path / "contract.pdf"
    command = Path(sys.executable).with_name("sla-designer")
    template = templates_folder() / "contact-centre.yaml"
    arguments = ["export", str(template), "--docx", str(source), "--pdf", str(target), "--draft"]
    subprocess.run(
        [str(command), *arguments],
        capture_output=True,
        check=True,
        timeout=240,
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    foro = [n for n, page in enumerate(pages) if "Fica eleito o foro" in page]
    signed = [n for n, page in enumerate(pages) if "_" * 20 in page]
    assert len(foro) == 1 and signed
    # The jurisdiction clause never sits alone on a page before the signatures.
    assert foro[0] == signed[0]
    first_line = pages[foro[0]].index("_" * 20)
    assert pages[foro[0]].index("Fica eleito o foro") < first_line


def test_missing_libreoffice_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: None)
    source = tmp_path / "contract.docx"
    source.write_bytes(b"")
    with pytest.raises(PdfExportError, match="needs LibreOffice"):
        export_pdf(source, tmp_path / "contract.pdf")
    assert not (tmp_path / "contract.pdf").exists()


def test_the_helper_says_it_cannot_open_with_the_code_the_exporter_knows() -> None:
    from importlib import resources

    from sla_designer.export import pdf

    helper = resources.files("sla_designer.export").joinpath("lo_convert.py").read_text()
    assert f'CANNOT_OPEN = "{pdf.CANNOT_OPEN}"' in helper
