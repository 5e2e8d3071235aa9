"""The summary of commitments printed by Qt, as the editor shows it: to a PDF file or a printer.

The editor's Print… and Save as PDF…: Qt's rich-text engine lays out the summary's HTML on A4
with the margins of its print CSS; no LibreOffice is needed. (The command line, which never loads
Qt, converts the summary's Word document with LibreOffice instead: export/summary_docx.py.)
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from sla_designer.io import write_bytes_atomically

MARGINS_MM = QMarginsF(12, 11, 12, 11)
"""The page margins, as the print CSS of `summary_html` has them."""
FONT_POINTS = 7.2
RESOLUTION = 300


def ensure_gui() -> None:
    """A QGuiApplication for fonts and layout: the running one, else one on the offscreen
    platform (for a use with no window, such as a script or a test)."""
    if QGuiApplication.instance() is None:
        # Kept on the function: Qt needs the application object alive while it lays out text.
        ensure_gui.app = QGuiApplication(["sla-designer", "-platform", "offscreen"])  # type: ignore[attr-defined]


def summary_document(html: str, device: QPagedPaintDevice) -> QTextDocument:
    """The summary laid out for `device`'s pages, in the summary's small type.

    Laid out at the device's own resolution on its printable area: a document without a page
    size is printed by Qt with margins of its own (2 cm) on top of the page's, and one laid out
    at the screen's resolution comes out larger on paper than its point sizes say.
    """
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Arial", "Sans Serif"])
    font.setPointSizeF(FONT_POINTS)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(html)
    rect = device.pageLayout().paintRectPixels(device.logicalDpiY())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    return document


def a4_layout() -> QPageLayout:
    """A4 portrait with the summary's margins."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def print_summary(html: str, device: QPagedPaintDevice) -> None:
    """Print the summary on `device` (a PDF writer, or a printer the user set up)."""
    summary_document(html, device).print_(device)


def _pdf_writer(buffer: QBuffer, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setPageLayout(a4_layout())
    writer.setResolution(RESOLUTION)
    writer.setCreator("SLA Designer")
    if title:
        writer.setTitle(title)
    return writer


def summary_pdf_bytes(html: str, title: str = "") -> bytes:
    """The summary as a PDF on A4."""
    ensure_gui()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer, title)
    print_summary(html, writer)
    del writer  # ends the PDF
    buffer.close()
    return bytes(data.data())


def write_summary_pdf(html: str, path: str | os.PathLike[str], title: str = "") -> None:
    """Write the summary as a PDF file, whole or not at all (SaveError when it cannot)."""
    write_bytes_atomically(path, summary_pdf_bytes(html, title))


def page_count(html: str) -> int:
    """How many A4 pages the summary takes in its PDF."""
    ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer, "")
    count = summary_document(html, writer).pageCount()
    del writer
    return count
