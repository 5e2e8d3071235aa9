"""The summary of commitments as a Word document: the summary's words and figures in the order
built, tables like the HTML page's, one A4 page's layout, a valid file; its PDF without
LibreOffice says what to install and writes nothing. (The conversion itself is tested by
tests/cli/test_summary_command.py and tests/test_layers.py.)"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.shared import Pt

from sla_designer.catalog import load_catalog, load_template
from sla_designer.export import pdf as pdf_module
from sla_designer.export.pdf import PdfExportError
from sla_designer.export.summary import COLUMN_WIDTHS, Line, Summary, build_summary
from sla_designer.export.summary_docx import (
    summary_docx_bytes,
    write_summary_docx,
    write_summary_pdf,
)
from sla_designer.text import LANGUAGES, texts

TEMPLATES = [entry.name for entry in load_catalog()]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def opened(summary: Summary) -> Document:
    return docx.Document(io.BytesIO(summary_docx_bytes(summary)))


def paragraphs(document: Document) -> list[str]:
    """Every paragraph's text in document order, those in table cells included."""
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in document.element.iter(f"{W}p")]


def reading_order(summary: Summary) -> list[str]:
    """The summary's lines as its page reads: a table's header, then its rows cell by cell, each
    row's clock note under it; a section's lines with their labels."""
    lines = [summary.heading, summary.title, summary.details, summary.note, summary.draft]
    for section in summary.sections:
        lines.append(section.heading)
        if section.table is not None:
            lines += section.table.header
            for n, row in enumerate(section.table.rows):
                lines += [line for cell in row for line in cell]
                lines.append(section.table.notes[n] if n < len(section.table.notes) else "")
        lines += [labelled(line, summary.language) for line in section.lines]
        if section.table is None and not section.lines:
            lines.append(section.empty)
    return [line for line in lines if line]


def labelled(line: Line, language: str) -> str:
    return (
        texts(language)("summary.labelled", label=line.label, text=line.text)
        if line.label
        else line.text
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", TEMPLATES)
def test_the_summary_s_lines_in_order(name: str, language: str) -> None:
    summary = build_summary(load_template(name), language, draft=True)
    written = [text for text in paragraphs(opened(summary)) if text]
    # Every line of the summary, in the order built, and nothing else.
    assert written == reading_order(summary)
    assert sorted(written) == sorted(summary.text().splitlines())


@pytest.mark.parametrize("language", LANGUAGES)
def test_tables_and_page_like_the_html(language: str) -> None:
    summary = build_summary(load_template("it-service-desk"), language)
    document = opened(summary)
    section = document.sections[0]
    page = (section.page_width, section.page_height, section.left_margin, section.top_margin)
    assert [round(length.mm) for length in page] == [210, 297, 12, 11]  # type: ignore[union-attr]
    assert document.styles["Normal"].font.size == Pt(7)  # type: ignore[attr-defined]
    assert document.core_properties.title == f"{summary.heading} – {summary.title}"
    assert document.core_properties.language == ("pt-BR" if language == "pt-BR" else "en-GB")
    assert [p.style.name for p in document.paragraphs[:2]] == ["Title", "Heading 1"]
    services, levels, halves = document.tables
    text_width = section.page_width - section.left_margin - section.right_margin  # type: ignore[operator]
    for table, section_of in ((services, summary.sections[0]), (levels, summary.sections[1])):
        built = section_of.table
        assert built is not None
        header = table.rows[0]
        assert [c.text for c in header.cells] == list(built.header)
        assert header._tr.find(f"{W}trPr/{W}tblHeader") is not None  # repeats on a new page
        assert header.cells[0]._tc.find(f"{W}tcPr/{W}shd").get(f"{W}fill") == "E6E6E6"
        widths = [column.width for column in table.columns]
        percents = COLUMN_WIDTHS[len(built.header)]
        assert [round(width * 100 / text_width) for width in widths] == list(percents)
        assert sum(widths) <= text_width
        notes = [note for note in built.notes if note]
        assert len(table.rows) == 1 + len(built.rows) + len(notes)
    # A service level's name is bold, the service it is of is not; a clock note spans the row.
    name_cell = levels.rows[1].cells[0].paragraphs
    assert name_cell[0].runs[0].bold and not name_cell[1].runs[0].bold
    built = summary.sections[1].table
    assert built is not None
    note = next(note for note in built.notes if note)
    note_row = next(row for row in levels.rows if row.cells[0].text == note)
    assert note_row._tr.find(f"{W}tc/{W}tcPr/{W}gridSpan").get(f"{W}val") == "5"
    assert note_row.cells[0].paragraphs[0].runs[0].italic
    # Remedies and reporting side by side; a report's name bold before its line.
    remedies, reporting = halves.rows[0].cells
    assert remedies.paragraphs[0].text == summary.sections[2].heading
    assert reporting.paragraphs[0].text == summary.sections[3].heading
    report = reporting.paragraphs[1]
    label = summary.sections[3].lines[0].label
    assert report.runs[0].text == label and report.runs[0].bold
    assert not report.runs[-1].bold


def test_a_draft_says_so_in_red() -> None:
    summary = build_summary(load_template("supplier-ola"), "pt-BR", draft=True)
    document = opened(summary)
    draft = next(p for p in document.paragraphs if p.text == summary.draft)
    assert draft.runs[0].bold and str(draft.runs[0].font.color.rgb) == "AA0000"
    assert summary.draft not in paragraphs(
        opened(build_summary(load_template("supplier-ola"), "en"))
    )


def test_openxml_audit_finds_no_error(tmp_path: Path) -> None:
    for name in TEMPLATES:
        for language in LANGUAGES:
            summary = build_summary(load_template(name), language, draft=True)
            write_summary_docx(summary, tmp_path / f"{name}.{language}.docx")
    result = subprocess.run(
        [str(Path(sys.executable).with_name("openxml-audit")), "-o", "json", "-r", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    reports = json.loads(result.stdout)
    assert len(reports) == len(TEMPLATES) * len(LANGUAGES)
    for report in reports:
        assert report["valid"] is True, (report["file"], report.get("errors"))


def test_the_pdf_without_libreoffice_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: None)
    target = tmp_path / "summary.pdf"
    with pytest.raises(PdfExportError) as raised:
        write_summary_pdf(build_summary(load_template("supplier-ola"), "en"), target)
    assert raised.value.text("en").startswith("PDF export needs LibreOffice")
    assert list(tmp_path.iterdir()) == []
