"""Editing an exported .docx the way Word writes a reviewer's edits, for the review's fixtures:
the package's parts rewritten in memory, document.xml edited with lxml."""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable
from typing import Any

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
AUTHOR = "Wanda Word"
DATE = "2027-03-01T10:15:00Z"
Element = Any

_ids = iter(range(9000, 100000))


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def parts_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def package_of(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return buffer.getvalue()


def edit_document(data: bytes, edit: Callable[[Element], None]) -> bytes:
    """`data` with its word/document.xml's root passed through `edit`."""
    parts = parts_of(data)
    root = etree.fromstring(parts["word/document.xml"])
    edit(root)
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return package_of(parts)


def control(root: Element, tag: str, occurrence: int = 0) -> Element:
    """The `occurrence`th content control (w:sdt) tagged `tag`."""
    found = [
        sdt
        for sdt in root.iter(w("sdt"))
        if sdt.find(f"{w('sdtPr')}/{w('tag')}") is not None
        and sdt.find(f"{w('sdtPr')}/{w('tag')}").get(w("val")) == tag
    ]
    return found[occurrence]


def paragraph_with(root: Element, text: str) -> Element:
    """The first paragraph whose text contains `text`."""
    return next(p for p in root.iter(w("p")) if text in "".join(p.itertext()))


def content(sdt: Element) -> Element:
    return sdt.find(w("sdtContent"))


def run(text: str, *, deleted: bool = False, bold: bool = False) -> Element:
    """A run of `text` (w:delText when `deleted`, as Word writes deleted text)."""
    r = etree.Element(w("r"))
    if bold:
        etree.SubElement(etree.SubElement(r, w("rPr")), w("b"))
    t = etree.SubElement(r, w("delText" if deleted else "t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def tracked(kind: str, *runs: Element, author: str = AUTHOR) -> Element:
    """A w:ins or w:del around `runs`, by `author`, as Word writes it."""
    change = etree.Element(w(kind))
    change.set(w("id"), str(next(_ids)))
    change.set(w("author"), author)
    change.set(w("date"), DATE)
    change.extend(runs)
    return change


def mark(paragraph: Element, kind: str) -> None:
    """Track the paragraph mark as inserted or deleted (w:pPr/w:rPr/w:ins|w:del)."""
    properties = paragraph.find(w("pPr"))
    if properties is None:
        properties = etree.Element(w("pPr"))
        paragraph.insert(0, properties)
    marks = properties.find(w("rPr"))
    if marks is None:
        marks = etree.SubElement(properties, w("rPr"))
    marks.append(tracked(kind))


def strip_tags(root: Element) -> None:
    """Every control loses its tag, as LibreOffice 7.4 saves them (the alias stays)."""
    for tag in list(root.iter(w("tag"))):
        tag.getparent().remove(tag)


def without_review_part(data: bytes) -> bytes:
    """`data` without the custom XML part the export wrote (and its relationships)."""
    parts = {name: part for name, part in parts_of(data).items() if "customXml" not in name}
    rels = etree.fromstring(parts["word/_rels/document.xml.rels"])
    for relationship in list(rels):
        if "customXml" in str(relationship.get("Target")):
            rels.remove(relationship)
    parts["word/_rels/document.xml.rels"] = etree.tostring(rels, xml_declaration=True)
    types = etree.fromstring(parts["[Content_Types].xml"])
    for override in list(types):
        if "customXml" in str(override.get("PartName")):
            types.remove(override)
    parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True)
    return package_of(parts)


_COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"


def with_comments(data: bytes, comments: dict[str, str]) -> bytes:
    """`data` with a word/comments.xml holding `comments` (id: text) by AUTHOR, related from
    the document and given its content type, as Word writes them."""
    parts = parts_of(data)
    root = etree.Element(w("comments"), nsmap={"w": W})
    for comment_id, text in comments.items():
        comment = etree.SubElement(root, w("comment"))
        comment.set(w("id"), comment_id)
        comment.set(w("author"), AUTHOR)
        comment.set(w("date"), DATE)
        comment.set(w("initials"), "WW")
        etree.SubElement(comment, w("p")).append(run(text))
    parts["word/comments.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    rels = etree.fromstring(parts["word/_rels/document.xml.rels"])
    relationship = etree.SubElement(rels, f"{{{_PACKAGE_RELS}}}Relationship")
    relationship.set("Id", "rIdReview1")
    relationship.set("Type", _COMMENTS_REL)
    relationship.set("Target", "comments.xml")
    parts["word/_rels/document.xml.rels"] = etree.tostring(rels, xml_declaration=True)
    types = etree.fromstring(parts["[Content_Types].xml"])
    override = etree.SubElement(types, f"{{{_TYPES}}}Override")
    override.set("PartName", "/word/comments.xml")
    override.set("ContentType", _COMMENTS_TYPE)
    parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True)
    return package_of(parts)


def anchor_comment(within: Element, comment_id: str) -> None:
    """Anchor comment `comment_id` on everything inside `within` (a w:sdtContent or w:p):
    commentRangeStart first, commentRangeEnd and the run with the commentReference last."""
    start = etree.Element(w("commentRangeStart"))
    start.set(w("id"), comment_id)
    end = etree.Element(w("commentRangeEnd"))
    end.set(w("id"), comment_id)
    reference = etree.Element(w("r"))
    etree.SubElement(reference, w("commentReference")).set(w("id"), comment_id)
    first = 1 if within.tag == w("p") and within.find(w("pPr")) is not None else 0
    within.insert(first, start)
    within.append(end)
    within.append(reference)


def added_after(paragraph: Element, text: str) -> None:
    """A paragraph typed after `paragraph`, tracked: its runs in a w:ins, its mark inserted."""
    added = etree.Element(w("p"))
    properties = paragraph.find(w("pPr"))
    if properties is not None:
        added.append(copy.deepcopy(properties))
    added.append(tracked("ins", run(text)))
    mark(added, "ins")
    paragraph.addnext(added)


def move(root: Element, tag: str, before: str, *, how: str) -> None:
    """The paragraph of control `tag` put before the paragraph of control `before`: tracked
    as Word writes a drag (w:moveFrom at the old place, w:moveTo at the new one, both marks
    moved), or untracked (the paragraph simply elsewhere)."""
    old = control(root, tag).getparent()
    target = control(root, before).getparent()
    if how == "untracked":
        target.addprevious(old)
        return
    new = copy.deepcopy(old)
    for paragraph, kind in ((old, "moveFrom"), (new, "moveTo")):
        sdt = paragraph.find(w("sdt"))
        inside = content(sdt)
        runs = list(inside)
        for r in runs:
            inside.remove(r)
        inside.append(tracked(kind, *runs))
        mark(paragraph, kind)
    target.addprevious(new)


def toc_entry(root: Element, title: str) -> Element:
    return next(
        p
        for p in root.iter(w("p"))
        if (p.find(f"{w('pPr')}/{w('pStyle')}") is not None)
        and p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")).startswith("TOC")
        and "".join(p.itertext()).endswith(title)
    )
