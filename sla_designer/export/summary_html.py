"""The summary of commitments as one self-contained HTML page, for a browser and for print.

The same HTML is what the editor shows (Qt's rich-text engine, which reads a subset of CSS: the
widths and borders are also given as table attributes) and what it prints to PDF, one page of A4
for the starter templates. The print CSS sets the page; nothing is loaded from elsewhere.
"""

from __future__ import annotations

from html import escape

from sla_designer.export.summary import (
    COLUMN_WIDTHS,
    Cell,
    Line,
    Section,
    Summary,
    Table,
    label_parts,
)

STYLE = """\
@page { size: A4; margin: 11mm 12mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7.2pt; color: #000; }
h1 { font-size: 11pt; margin: 0 0 1pt 0; }
p.title { font-size: 9pt; font-weight: bold; margin: 0 0 1pt 0; }
p.details, p.note { margin: 0 0 1pt 0; color: #333; }
p.draft { margin: 0 0 2pt 0; color: #a00; font-weight: bold; }
h2 { font-size: 8.5pt; margin: 4pt 0 1pt 0; }
table.grid { border-collapse: collapse; border: 0.5pt solid #888; width: 100%; }
table.layout td.half { padding-right: 6pt; vertical-align: top; }
table.grid th { background: #e6e6e6; text-align: left; font-weight: bold; }
table.grid th, table.grid td { padding: 1pt 3pt; vertical-align: top; }
table.grid td p { margin: 0; }
p.line { margin: 0 0 1pt 0; }
p.empty { margin: 0; font-style: italic; }
span.sub { color: #444; }
@media print { body { margin: 0; } }
"""


def summary_html(summary: Summary) -> str:
    """The whole page: a standalone HTML document in the summary's language."""
    lang = escape(summary.language)
    head = f"{escape(summary.heading)} – {escape(summary.title)}"
    parts = [
        f"<h1>{escape(summary.heading)}</h1>",
        f'<p class="title">{escape(summary.title)}</p>',
    ]
    if summary.details:
        parts.append(f'<p class="details">{escape(summary.details)}</p>')
    parts.append(f'<p class="note">{escape(summary.note)}</p>')
    if summary.draft:
        parts.append(f'<p class="draft">{escape(summary.draft)}</p>')
    parts += _sections(summary)
    body = "\n".join(parts)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{head}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}\n"
        "</body>\n</html>\n"
    )


def _sections(summary: Summary) -> list[str]:
    """The sections in order; two half-width ones in a row side by side."""
    return [part for row in summary.rows() for part in _side_by_side(list(row), summary.language)]


def _side_by_side(sections: list[Section], language: str) -> list[str]:
    if len(sections) == 1:
        return [_section(sections[0], language)]
    cells = "".join(
        f'<td width="50%" class="half">{_section(section, language)}</td>' for section in sections
    )
    layout = '<table class="layout" width="100%" cellspacing="0" cellpadding="0">'
    return [f"{layout}<tr>{cells}</tr></table>"]


def _section(section: Section, language: str) -> str:
    parts = [f"<h2>{escape(section.heading)}</h2>"]
    if section.table is not None:
        parts.append(_table(section.table))
    parts += [f'<p class="line">{_line(line, language)}</p>' for line in section.lines]
    if section.table is None and not section.lines:
        parts.append(f'<p class="empty">{escape(section.empty)}</p>')
    return "\n".join(parts)


def _line(line: Line, language: str) -> str:
    """A line, its label in bold."""
    if not line.label:
        return escape(line.text)
    before, middle, after = label_parts(language)
    label = f"<b>{escape(line.label)}</b>"
    return f"{escape(before)}{label}{escape(middle)}{escape(line.text)}{escape(after)}"


def _table(table: Table) -> str:
    widths = COLUMN_WIDTHS.get(len(table.header), ())
    head = "".join(
        f'<th align="left" width="{widths[i]}%">{escape(text)}</th>'
        if widths
        else f'<th align="left">{escape(text)}</th>'
        for i, text in enumerate(table.header)
    )
    rows = [f"<tr>{head}</tr>"]
    for n, row in enumerate(table.rows):
        cells = "".join(_cell(cell, first=i == 0) for i, cell in enumerate(row))
        rows.append(f"<tr>{cells}</tr>")
        note = table.notes[n] if n < len(table.notes) else ""
        if note:
            span = len(table.header)
            rows.append(f'<tr><td colspan="{span}" class="note"><i>{escape(note)}</i></td></tr>')
    inner = "\n".join(rows)
    return (
        '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="2"'
        ' style="border-collapse: collapse; border-style: solid; border-color: #888">\n'
        f"{inner}\n</table>"
    )


def _cell(cell: Cell, *, first: bool) -> str:
    """A cell's lines as paragraphs; the first column's first line (the name) in bold."""
    lines = []
    for n, line in enumerate(cell):
        text = escape(line)
        if first and n == 0:
            text = f"<b>{text}</b>"
        elif first:
            text = f'<span class="sub">{text}</span>'
        lines.append(f"<p>{text}</p>")
    return f"<td>{''.join(lines)}</td>"
