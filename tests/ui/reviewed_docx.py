"""Reviewed contracts for the editor's tests: an agreement's Word export, edited in its
document.xml the way a reviewer's editor leaves it (a control's text retyped, with or without
tracked changes; a sentence rewritten; a paragraph deleted; a comment)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from sla_designer.export import build_docx
from sla_designer.model import Agreement

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
Element = etree._Element
Edit = Callable[[Element], None]


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def controls(root: Element, tag: str) -> list[Element]:
    """The content controls tagged `tag`, in document order."""
    return [
        sdt
        for sdt in root.iter(w("sdt"))
        if (found := sdt.find(f"{w('sdtPr')}/{w('tag')}")) is not None
        and found.get(w("val")) == tag
    ]


def retype(tag: str, text: str) -> Edit:
    """The first control tagged `tag` now says `text` (an edit without tracked changes)."""

    def edit(root: Element) -> None:
        texts = list(controls(root, tag)[0].iter(w("t")))
        texts[0].text = text
        for other in texts[1:]:
            other.text = ""

    return edit


def track(tag: str, text: str, author: str, date: str, comment: str = "") -> Edit:
    """The first control tagged `tag` now says `text`, as Word records it with track changes on:
    the old runs inside w:del, the new run inside w:ins; with `comment`, a comment of the same
    author anchored on the control (its text goes to word/comments.xml, see with_comments)."""

    def edit(root: Element) -> None:
        content = controls(root, tag)[0].find(w("sdtContent"))
        assert content is not None
        runs = [r for r in content if r.tag == w("r")]
        deleted = etree.SubElement(content, w("del"), {w("id"): "901", w("author"): author})
        deleted.set(w("date"), date)
        for run in runs:
            for old in run.iter(w("t")):
                old.tag = w("delText")
            deleted.append(run)
        inserted = etree.SubElement(content, w("ins"), {w("id"): "902", w("author"): author})
        inserted.set(w("date"), date)
        new_run = etree.SubElement(inserted, w("r"))
        etree.SubElement(new_run, w("t")).text = text
        if comment:
            content.insert(0, etree.Element(w("commentRangeStart"), {w("id"): "7"}))
            content.append(etree.Element(w("commentRangeEnd"), {w("id"): "7"}))

    return edit


def rewrite(old: str, new: str) -> Edit:
    """The first text run holding `old` says `new` in its place (a sentence reworded)."""

    def edit(root: Element) -> None:
        for text in root.iter(w("t")):
            if text.text and old in text.text:
                text.text = text.text.replace(old, new, 1)
                return
        raise LookupError(old)

    return edit


def delete_paragraph(tag: str) -> Edit:
    """The paragraph holding the first control tagged `tag` is gone (an item of a list)."""

    def edit(root: Element) -> None:
        paragraph = next(controls(root, tag)[0].iterancestors(w("p")))
        paragraph.getparent().remove(paragraph)

    return edit


def comments_part(author: str, date: str, text: str) -> bytes:
    """word/comments.xml with one comment, id 7 (the one `track` anchors)."""
    root = etree.Element(w("comments"), nsmap={"w": W})
    comment = etree.SubElement(root, w("comment"), {w("id"): "7", w("author"): author})
    comment.set(w("date"), date)
    run = etree.SubElement(etree.SubElement(comment, w("p")), w("r"))
    etree.SubElement(run, w("t")).text = text
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def reviewed(
    agreement: Agreement,
    target: Path,
    *edits: Edit,
    language: str | None = None,
    comments: bytes = b"",
) -> Path:
    """Export `agreement`, apply `edits` to its document.xml and write the result to `target`."""
    source = zipfile.ZipFile(io.BytesIO(build_docx(agreement, language=language)))
    root = etree.fromstring(source.read("word/document.xml"))
    for edit in edits:
        edit(root)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            package.writestr(item, data)
        if comments:
            package.writestr("word/comments.xml", comments)
    return target
