"""Word (and PDF) generation from the model."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sla_designer.export.builder import ExportError
from sla_designer.export.contents import entries_of, fill_contents, office_available
from sla_designer.export.docx_writer import Paper, Redline, build_docx, export_docx
from sla_designer.export.pdf import PdfExportError, export_pdf, run_office
from sla_designer.io import SaveError, write_bytes_atomically
from sla_designer.model import Agreement
from sla_designer.text.values import Problem

__all__ = [
    "ExportError",
    "Paper",
    "PdfExportError",
    "Redline",
    "build_docx",
    "export_docx",
    "export_docx_and_pdf",
    "export_pdf",
    "office_available",
]


def export_docx_and_pdf(
    agreement: Agreement,
    *,
    docx: str | os.PathLike[str] | None = None,
    pdf: str | os.PathLike[str] | None = None,
    paper: Paper = "A4",
    draft: bool = False,
    language: str | None = None,
    contents: bool = False,
    redline: Redline | None = None,
) -> bool:
    """Write the Word contract, the PDF made from it, or both.

    The PDF is converted from the .docx: from `docx` when it is written too, else from a
    temporary file. With `contents`, LibreOffice also fills in the .docx's table of contents with
    its page numbers (one LibreOffice run for both). True when the .docx's table of contents
    shows page numbers; False when it is left for Word to update: no LibreOffice, or
    LibreOffice failed on it (a failure of the PDF is raised, as always).
    """
    if docx is not None:
        export_docx(agreement, docx, language=language, paper=paper, draft=draft, redline=redline)
        if contents and office_available():
            return _with_contents(docx, pdf)
    if pdf is None:
        return False
    if docx is not None:
        export_pdf(docx, pdf)
        return False
    with tempfile.TemporaryDirectory(prefix="sla-export-") as folder:
        source = Path(folder) / "contract.docx"
        export_docx(agreement, source, language=language, paper=paper, draft=draft, redline=redline)
        export_pdf(source, pdf)
    return False


def _with_contents(docx: str | os.PathLike[str], pdf: str | os.PathLike[str] | None) -> bool:
    """Fill in the table of contents of `docx` and write `pdf`, in one LibreOffice run."""
    try:
        listing = run_office(docx, pdf, contents=True)
    except PdfExportError:
        if pdf is not None:
            raise
        return False  # the .docx stays as exported, for Word to update
    entries = entries_of(listing or "")
    if entries is None:
        return False
    path = Path(docx)
    try:
        write_bytes_atomically(path, fill_contents(path.read_bytes(), entries))
    except SaveError as error:
        raise ExportError(Problem("files.export.not_written", error=error)) from None
    return True
