"""The table of contents with page numbers: LibreOffice lays the contract out and computes the
entries, which are written into the .docx as the TOC field's result.

Word asks to update the fields of a document that says so (`w:updateFields`); a .docx whose
table of contents already shows its page numbers no longer needs to, so the flag goes. Only the
field's result changes: the field stays, so Word can still update it, and every other part of the
document (content controls, styles, numbering) is the exporter's, byte for byte.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from sla_designer.export import ooxml
from sla_designer.export.furniture import contents_paragraphs
from sla_designer.export.pdf import find_soffice, find_uno_python

ENTRY = re.compile(r"(?P<number>[^\t]*)\t(?P<title>.+)\t(?P<page>\d+)")
"""One entry as LibreOffice lists it: number (empty for the annexes), title, page."""


def office_available() -> bool:
    """Whether LibreOffice and its Python bridge are there to fill in the table of contents."""
    soffice = find_soffice()
    return soffice is not None and find_uno_python(soffice) is not None


def entries_of(listing: str) -> list[tuple[str, str]] | None:
    """(style, text) of each entry of LibreOffice's table of contents; None when a line is not
    an entry with its page (then the table is left for Word to update)."""
    entries = []
    for line in listing.splitlines():
        if not line.strip():
            continue
        found = ENTRY.fullmatch(line)
        if found is None:
            return None
        number, title, page = found["number"], found["title"], found["page"]
        style = "TOC2" if "." in number else "TOC1"
        entries.append((style, f"{number}\t{title}\t{page}" if number else f"{title}\t{page}"))
    return entries or None


def fill_contents(data: bytes, entries: list[tuple[str, str]]) -> bytes:
    """The .docx `data` with `entries` as its table of contents and no request to update fields
    on opening; unchanged when it has no table of contents."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
        infos = package.infolist()
    document = etree.fromstring(parts["word/document.xml"])
    old = _contents_paragraphs(document)
    if not old:
        return data
    for paragraph in contents_paragraphs(entries):
        old[0].addprevious(paragraph)
    for paragraph in old:
        paragraph.getparent().remove(paragraph)
    parts["word/document.xml"] = etree.tostring(
        document, xml_declaration=True, encoding="UTF-8", standalone=True
    )
    settings = etree.fromstring(parts["word/settings.xml"])
    for update in settings.findall(ooxml.w("updateFields")):
        settings.remove(update)
    parts["word/settings.xml"] = etree.tostring(
        settings, xml_declaration=True, encoding="UTF-8", standalone=True
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in infos:
            package.writestr(info, parts[info.filename])
    return out.getvalue()


def _contents_paragraphs(document: etree._Element) -> list[etree._Element]:
    """The paragraphs of the TOC field, from the one that begins it to the one that ends it."""
    instruction = next(
        (
            code
            for code in document.iter(ooxml.w("instrText"))
            if code.text.strip().startswith("TOC")
        ),
        None,
    )
    if instruction is None:
        return []
    paragraph = next(a for a in instruction.iterancestors() if a.tag == ooxml.w("p"))
    found = []
    depth = 0
    while paragraph is not None:
        found.append(paragraph)
        for char in paragraph.iter(ooxml.w("fldChar")):
            kind = char.get(ooxml.w("fldCharType"))
            depth += {"begin": 1, "end": -1}.get(kind or "", 0)
        if depth <= 0:
            return found
        paragraph = paragraph.getnext()
    return []
