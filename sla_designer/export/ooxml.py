"""WordprocessingML element builders: runs, paragraphs, fields, bookmarks, content controls, tables.

Built with lxml directly rather than through python-docx's proxy objects: a large agreement has
thousands of runs and table cells, and python-docx's `table.cell()` look-ups alone would use most
of the export time budget. Child order inside pPr, rPr, tblPr and tcPr follows the schema
sequence, because Word repairs a file whose property elements are out of order.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from typing import Any

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

Element = Any  # lxml's _Element; its stubs are not shipped, so the alias keeps signatures honest


def w(tag: str) -> str:
    """The Clark name of a w: element or attribute."""
    return f"{{{W}}}{tag}"


P, R, T, PPR, RPR = w("p"), w("r"), w("t"), w("pPr"), w("rPr")
VAL = w("val")


def el(tag: str, **attrs: str) -> Element:
    """A new w: element with w: attributes."""
    node = etree.Element(w(tag))
    for key, value in attrs.items():
        node.set(w(key), value)
    return node


def sub(parent: Element, tag: str, **attrs: str) -> Element:
    """A new w: child of `parent` with w: attributes."""
    node = etree.SubElement(parent, w(tag))
    for key, value in attrs.items():
        node.set(w(key), value)
    return node


def run(
    text: str,
    *,
    style: str | None = None,
    bold: bool = False,
    italic: bool = False,
    caps: bool = False,
) -> Element:
    """A run of text; tabs and line breaks inside `text` become w:tab and w:br.

    `caps` shows the text in capitals while the text itself stays as written (w:caps)."""
    r = etree.Element(R)
    if style or bold or italic or caps:
        rpr = etree.SubElement(r, RPR)
        if style:
            etree.SubElement(rpr, w("rStyle")).set(VAL, style)
        if bold:
            etree.SubElement(rpr, w("b"))
        if italic:
            etree.SubElement(rpr, w("i"))
        if caps:
            etree.SubElement(rpr, w("caps"))
    _append_text(r, text)
    return r


def _append_text(r: Element, text: str) -> None:
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if index:
            etree.SubElement(r, w("br"))
        pieces = line.split("\t")
        for position, piece in enumerate(pieces):
            if position:
                etree.SubElement(r, w("tab"))
            if piece:
                t = etree.SubElement(r, T)
                t.text = piece
                if piece[0].isspace() or piece[-1].isspace():
                    t.set(XML_SPACE, "preserve")


Inline = str | Element
"""Paragraph content: plain text, or a run, field run list member, bookmark or inline control."""


def paragraph(
    style: str | None,
    content: Iterable[Inline] = (),
    *,
    keep_next: bool = False,
    page_break_before: bool = False,
    num: tuple[int, int] | None = None,
) -> Element:
    """A paragraph in a style; strings in `content` become plain runs."""
    p = etree.Element(P)
    if style or keep_next or page_break_before or num:
        ppr = etree.SubElement(p, PPR)
        if style:
            etree.SubElement(ppr, w("pStyle")).set(VAL, style)
        if keep_next:
            etree.SubElement(ppr, w("keepNext"))
        if page_break_before:
            etree.SubElement(ppr, w("pageBreakBefore"))
        if num:
            numpr = etree.SubElement(ppr, w("numPr"))
            etree.SubElement(numpr, w("ilvl")).set(VAL, str(num[1]))
            etree.SubElement(numpr, w("numId")).set(VAL, str(num[0]))
    for item in content:
        p.append(run(item) if isinstance(item, str) else item)
    return p


def field(instruction: str, result: str, *, style: str | None = None) -> list[Element]:
    """The runs of a complex field with its result already shown."""
    begin = el("r")
    sub(begin, "fldChar", fldCharType="begin")
    instr = el("r")
    code = sub(instr, "instrText")
    code.text = f" {instruction} "
    code.set(XML_SPACE, "preserve")
    separate = el("r")
    sub(separate, "fldChar", fldCharType="separate")
    shown = run(result, style=style)
    end = el("r")
    sub(end, "fldChar", fldCharType="end")
    return [begin, instr, separate, shown, end]


def page_break() -> Element:
    """A run holding a page break."""
    r = el("r")
    sub(r, "br", type="page")
    return r


def inline_control(
    tag: str, alias: str, content: Sequence[Element], control_id: int, *, multiline: bool = False
) -> Element:
    """A plain-text content control around runs, tagged with a model path (export/controls.py)."""
    # A copy of a ready-made control: a contract has one for every value and stretch of clause
    # text, and copying is about twice as fast as building the six elements one by one.
    sdt = copy.deepcopy(_MULTILINE_CONTROL if multiline else _CONTROL)
    alias_element, tag_element, id_element = sdt[0][:3]
    alias_element.set(VAL, alias[:255])
    tag_element.set(VAL, tag[:255])
    id_element.set(VAL, str(control_id))
    sdt[1].extend(content)
    return sdt


def _empty_control(*, multiline: bool) -> Element:
    sdt = el("sdt")
    props = sub(sdt, "sdtPr")
    for name in ("alias", "tag", "id"):
        sub(props, name, val="")
    # Without multiLine a plain-text control drops line breaks (LibreOffice) or refuses them.
    text = sub(props, "text")
    if multiline:
        text.set(w("multiLine"), "1")
    sub(sdt, "sdtContent")
    return sdt


_CONTROL, _MULTILINE_CONTROL = _empty_control(multiline=False), _empty_control(multiline=True)


def bookmark(p: Element, name: str, bookmark_id: int) -> None:
    """Wrap the content of paragraph `p` in a bookmark (after its properties)."""
    start = el("bookmarkStart", id=str(bookmark_id), name=name)
    end = el("bookmarkEnd", id=str(bookmark_id))
    ppr = p.find(PPR)
    p.insert(1 if ppr is not None else 0, start)
    p.append(end)


Cell = str | Sequence[Element]
"""Table cell content: text, or paragraphs."""


def table(
    header: Sequence[str] | None,
    rows: Iterable[Sequence[Cell]],
    widths: Sequence[int],
    *,
    indent: int = 0,
    style: str = "SLATable",
    cell_style: str = "TableText",
) -> Element:
    """A table in a table style; the header row repeats on every page and no row splits."""
    tbl = el("tbl")
    tblpr = sub(tbl, "tblPr")
    sub(tblpr, "tblStyle", val=style)
    sub(tblpr, "tblW", w=str(sum(widths)), type="dxa")
    if indent:
        sub(tblpr, "tblInd", w=str(indent), type="dxa")
    sub(tblpr, "tblLayout", type="fixed")
    sub(
        tblpr,
        "tblLook",
        val="04A0",
        firstRow="1" if header else "0",
        lastRow="0",
        firstColumn="0",
        lastColumn="0",
        noHBand="1",
        noVBand="1",
    )
    grid = sub(tbl, "tblGrid")
    for width in widths:
        sub(grid, "gridCol", w=str(width))
    if header:
        _row(tbl, header, widths, cell_style, is_header=True)
    for cells in rows:
        _row(tbl, cells, widths, cell_style, is_header=False)
    return tbl


def _row(
    tbl: Element, cells: Sequence[Cell], widths: Sequence[int], cell_style: str, is_header: bool
) -> None:
    tr = sub(tbl, "tr")
    trpr = sub(tr, "trPr")
    sub(trpr, "cantSplit")
    if is_header:
        sub(trpr, "tblHeader")
    for content, width in zip(cells, widths, strict=True):
        tc = sub(tr, "tc")
        tcpr = sub(tc, "tcPr")
        sub(tcpr, "tcW", w=str(width), type="dxa")
        if isinstance(content, str):
            tc.append(paragraph(cell_style, [content], keep_next=is_header))
        elif content:
            for block in content:
                tc.append(block)
        else:
            # A cell must end with a paragraph, even an empty one.
            tc.append(paragraph(cell_style))
