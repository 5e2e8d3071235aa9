"""Word (and PDF) generation from the model."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sla_designer.export.builder import ExportError
from sla_designer.export.docx_writer import Paper, build_docx, export_docx
from sla_designer.export.pdf import PdfExportError, export_pdf
from sla_designer.model import Agreement

__all__ = [
    "ExportError",
    "Paper",
    "PdfExportError",
    "build_docx",
    "export_docx",
    "export_docx_and_pdf",
    "export_pdf",
]


def export_docx_and_pdf(
    agreement: Agreement,
    *,
    docx: str | os.PathLike[str] | None = None,
    pdf: str | os.PathLike[str] | None = None,
    paper: Paper = "A4",
    draft: bool = False,
    language: str | None = None,
) -> None:
    """Write the Word contract, the PDF made from it, or both.

    The PDF is converted from the .docx: from `docx` when it is written too, else from a
    temporary file.
    """
    if docx is not None:
        export_docx(agreement, docx, language=language, paper=paper, draft=draft)
    if pdf is None:
        return
    if docx is not None:
        export_pdf(docx, pdf)
        return
    with tempfile.TemporaryDirectory(prefix="sla-export-") as folder:
        source = Path(folder) / "contract.docx"
        export_docx(agreement, source, language=language, paper=paper, draft=draft)
        export_pdf(source, pdf)
