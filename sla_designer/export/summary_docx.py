"""The summary of commitments as a Word document: editable, and what its PDF is converted from.

The same built `Summary` as the HTML page, word for word: the heading, the agreement's title and
details, the note, then each section as a table (a shaded header row that repeats, the clock
note of a service level across the row under it) or as lines led by a bold label; two
half-width sections side by side in a borderless table. One A4 portrait page with narrow margins
and small sans-serif type (Calibri, which LibreOffice sets in its metric twin Carlito), so that
every starter template fits one page in both languages. Headings use Word's own Heading 1 and 2
styles, so the document's outline works when it is edited.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table as WordTable
from docx.table import _Cell

from sla_designer.export import ooxml
from sla_designer.export.pdf import DEFAULT_TIMEOUT, export_pdf
from sla_designer.export.summary import COLUMN_WIDTHS, Line, Section, Summary, Table, label_parts
from sla_designer.export.wording import load_wording
from sla_designer.io import write_bytes_atomically
from sla_designer.resources import resource

PAGE_MM = (210, 297)
MARGINS_MM = (11, 12)
"""Top and bottom, left and right: as the print CSS of the HTML page."""
TEXT_MM = PAGE_MM[0] - 2 * MARGINS_MM[1]
FONT = "Calibri"
POINTS = 7.0
"""The body type (Word sizes go by half points: 7.2 pt, the HTML page's, would be 7); headings
are larger (`_STYLES`)."""
GAP_MM = 3
"""Between two half-width sections side by side."""
CELL_MARGIN_MM = 1.5
"""Left and right inside a table's cells."""
GREY = RGBColor(0x33, 0x33, 0x33)
SUB_GREY = RGBColor(0x44, 0x44, 0x44)
RED = RGBColor(0xAA, 0x00, 0x00)
HEADER_FILL = "E6E6E6"
BORDER = "888888"

# Paragraph style: (size in points, bold, space before, space after).
_STYLES: dict[str, tuple[float, bool, float, float]] = {
    "Normal": (POINTS, False, 0, 1),
    "Title": (11, True, 0, 1),
    "Heading 1": (9, True, 0, 1),
    "Heading 2": (8.5, True, 4, 1),
}


def summary_docx_bytes(summary: Summary) -> bytes:
    """The .docx file of the summary, as bytes."""
    document = docx.Document(io.BytesIO(resource("word", "reference.docx").read_bytes()))
    body = document.element.body
    for child in list(body):
        if child.tag != ooxml.w("sectPr"):
            body.remove(child)
    _page(document)
    tag = load_wording(summary.language)("formats.tag")  # 'en-GB', as the contract's
    _styles(document, tag)
    document.add_paragraph(summary.heading, style="Title")
    document.add_paragraph(summary.title, style="Heading 1")
    if summary.details:
        _grey(document.add_paragraph(summary.details), GREY)
    _grey(document.add_paragraph(summary.note), GREY)
    if summary.draft:
        run = document.add_paragraph().add_run(summary.draft)
        run.bold = True
        run.font.color.rgb = RED
    _sections(document, summary)
    properties = document.core_properties
    properties.title = f"{summary.heading} – {summary.title}"
    properties.language = tag
    properties.author = properties.last_modified_by = "SLA Designer"
    properties.comments = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_summary_docx(summary: Summary, path: str | os.PathLike[str]) -> None:
    """Write the summary's .docx, whole or not at all (SaveError when it cannot)."""
    write_bytes_atomically(path, summary_docx_bytes(summary))


def write_summary_pdf(
    summary: Summary, path: str | os.PathLike[str], timeout: float = DEFAULT_TIMEOUT
) -> None:
    """Write the summary's PDF, converted from its .docx by LibreOffice as the contract's is.

    The PDF is written whole or not at all; PdfExportError says why it could not be made (with
    what to install when LibreOffice is missing).
    """
    with tempfile.TemporaryDirectory(prefix="sla-summary-") as folder:
        source = Path(folder) / "summary.docx"
        source.write_bytes(summary_docx_bytes(summary))
        export_pdf(source, path, timeout=timeout)


def _page(document: Document) -> None:
    """A4 portrait, narrow margins, no header or footer (the house style's are for contracts)."""
    section = document.sections[0]
    for reference in ("headerReference", "footerReference"):
        for node in section._sectPr.findall(ooxml.w(reference)):
            section._sectPr.remove(node)
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    section.top_margin = section.bottom_margin = Mm(MARGINS_MM[0])
    section.left_margin = section.right_margin = Mm(MARGINS_MM[1])
    section.header_distance = section.footer_distance = Mm(5)


def _styles(document: Document, tag: str) -> None:
    """Small type everywhere, black left-aligned headings, and the language for spelling.

    The house style's own (numbered, capitalised, justified: a contract's) are cleared first;
    only a heading's outline level is kept, for the document's outline in Word.
    """
    for name, (size, bold, before, after) in _STYLES.items():
        style = document.styles[name]
        element = style.element
        for properties in (element.get_or_add_pPr(), element.get_or_add_rPr()):
            for child in list(properties):
                if child.tag != ooxml.w("outlineLvl"):
                    properties.remove(child)
        font = style.font
        font.name, font.size, font.bold, font.italic = FONT, Pt(size), bold, False
        font.color.rgb = RGBColor(0, 0, 0)
        fonts = element.rPr.find(ooxml.w("rFonts"))
        fonts.set(ooxml.w("cs"), FONT)
        spacing = style.paragraph_format
        spacing.alignment = WD_ALIGN_PARAGRAPH.LEFT
        spacing.space_before, spacing.space_after = Pt(before), Pt(after)
        spacing.line_spacing = 1.0
        spacing.keep_with_next = name != "Normal"
    defaults = document.styles.element.find(
        f"{ooxml.w('docDefaults')}/{ooxml.w('rPrDefault')}/{ooxml.RPR}"
    )
    lang = defaults.find(ooxml.w("lang"))
    if lang is None:
        lang = ooxml.el("lang")
        defaults.append(lang)
    lang.set(ooxml.VAL, tag)


def _grey(paragraph: object, colour: RGBColor) -> None:
    for run in paragraph.runs:  # type: ignore[attr-defined]
        run.font.color.rgb = colour


def _sections(document: Document, summary: Summary) -> None:
    """The sections in order; two half-width ones in a row side by side."""
    for row in summary.rows():
        _side_by_side(document, list(row), summary.language)


def _side_by_side(document: Document, sections: list[Section], language: str) -> None:
    if len(sections) == 1:
        _section(document, sections[0], language, Mm(TEXT_MM))
        return
    width = (TEXT_MM - GAP_MM) / 2
    layout = document.add_table(rows=1, cols=2)
    _fixed(layout, [Mm(width + GAP_MM), Mm(width)])
    _margins(layout, right=Mm(GAP_MM), left=0)
    for cell, section in zip(layout.rows[0].cells, sections, strict=True):
        _section(cell, section, language, Mm(width))
        first = cell.paragraphs[0]
        if not first.text:  # a new cell's own empty paragraph
            first._element.getparent().remove(first._element)


def _section(where: Document | _Cell, section: Section, language: str, width: int) -> None:
    where.add_paragraph(section.heading, style="Heading 2")
    if section.table is not None:
        _table(where, section.table, width)
    for line in section.lines:
        _line(where.add_paragraph(), line, language)
    if section.table is None and not section.lines:
        where.add_paragraph().add_run(section.empty).italic = True


def _line(paragraph: object, line: Line, language: str) -> None:
    """A line, its label in bold."""
    if not line.label:
        paragraph.add_run(line.text)  # type: ignore[attr-defined]
        return
    before, middle, after = label_parts(language)
    for text, bold in ((before, False), (line.label, True), (middle, False)):
        if text:
            paragraph.add_run(text).bold = bold  # type: ignore[attr-defined]
    paragraph.add_run(line.text + after)  # type: ignore[attr-defined]


def _table(where: Document | _Cell, table: Table, width: int) -> None:
    columns = len(table.header)
    percents = COLUMN_WIDTHS.get(columns) or (100 / columns,) * columns
    grid = where.add_table(rows=0, cols=columns)
    grid.style = None
    _fixed(grid, [int(width * p / 100) for p in percents])
    _borders(grid)
    _margins(grid, right=Mm(CELL_MARGIN_MM), left=Mm(CELL_MARGIN_MM))
    head = grid.add_row()
    _repeat(head)
    for cell, text in zip(head.cells, table.header, strict=True):
        _shade(cell)
        cell.paragraphs[0].add_run(text).bold = True
    for n, row in enumerate(table.rows):
        cells = grid.add_row().cells
        for i, lines in enumerate(row):
            for k, text in enumerate(lines):
                paragraph = cells[i].paragraphs[0] if k == 0 else cells[i].add_paragraph()
                run = paragraph.add_run(text)
                if i == 0 and k == 0:
                    run.bold = True  # the level's or the service's name
                elif i == 0:
                    run.font.color.rgb = SUB_GREY
        note = table.notes[n] if n < len(table.notes) else ""
        if note:
            across = grid.add_row().cells
            merged = across[0].merge(across[-1])
            merged.paragraphs[0].add_run(note).italic = True
    # Also on each cell: LibreOffice drops the table's own margins in a table with merged cells.
    for cell in grid._tbl.iter(ooxml.w("tc")):
        cell.get_or_add_tcPr().append(_sides("tcMar", Mm(CELL_MARGIN_MM), Mm(CELL_MARGIN_MM)))


def _fixed(table: WordTable, widths: list[int]) -> None:
    """Columns of the widths given, kept as given when edited or converted."""
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, which rows added later take their cells' widths from
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _borders(table: WordTable) -> None:
    borders = ooxml.el("tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = ooxml.el(side)
        for key, value in (("val", "single"), ("sz", "4"), ("space", "0"), ("color", BORDER)):
            line.set(ooxml.w(key), value)
        borders.append(line)
    _insert(table, borders)


def _margins(table: WordTable, *, left: int, right: int) -> None:
    """The cells' inner margins, in EMU; none above and below."""
    _insert(table, _sides("tblCellMar", left, right))


def _sides(tag: str, left: int, right: int) -> object:
    margins = ooxml.el(tag)
    for side, value in (("top", 0), ("left", left), ("bottom", 0), ("right", right)):
        ooxml.sub(margins, side, w=str(int(value / 635)), type="dxa")
    return margins


_TABLE_PROPERTIES = ("tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook")
"""The schema's order of the table properties set here (and tblLook, which python-docx adds)."""


def _insert(table: WordTable, child: object) -> None:
    """A table property in its place in the schema's sequence (Word repairs a file otherwise)."""
    properties = table._tbl.tblPr
    later = _TABLE_PROPERTIES[_TABLE_PROPERTIES.index(child.tag.split("}")[1]) + 1 :]  # type: ignore[attr-defined]
    for node in properties:
        if node.tag.split("}")[1] in later:
            node.addprevious(child)
            return
    properties.append(child)


def _repeat(row: object) -> None:
    """A header row, repeated on each page the table runs onto."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    properties.append(ooxml.el("tblHeader"))


def _shade(cell: _Cell) -> None:
    shading = ooxml.el("shd")
    for key, value in (("val", "clear"), ("color", "auto"), ("fill", HEADER_FILL)):
        shading.set(ooxml.w(key), value)
    cell._tc.get_or_add_tcPr().append(shading)
