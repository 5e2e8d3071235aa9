"""Opening a reviewed .docx safely: the parts a review reads, within limits, with no entity,
DTD or network access.

A reviewed contract comes from outside: it may be damaged, not a Word file at all, or made to
hurt its reader (a zip bomb, an XML external entity, an entity-expansion bomb). Every part is read
through a size cap that counts the bytes actually inflated (each part, and all of them together),
its tags are counted before it is parsed (a few megabytes of empty elements would take lxml and
the walker minutes and gigabytes), and it is parsed by lxml with entity resolution, DTD loading
and network access off; a part that declares a DTD or an entity, in any encoding, is refused
outright, since Word and LibreOffice never write one.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass

from lxml import etree

from sla_designer.review.baseline import NAMESPACE, ROOT
from sla_designer.review.wordml import Element, w
from sla_designer.text.values import Problem

LARGEST_FILE = 100 * 1024 * 1024
"""A .docx larger than this is refused before it is opened."""
LARGEST_PART = 64 * 1024 * 1024
"""A part that inflates to more than this is refused (a zip bomb)."""
LARGEST_READ = 2 * LARGEST_PART
"""All the parts a review reads, inflated together: more is refused (a bomb of many parts)."""
MOST_PARTS = 5000
MOST_TAGS = 1_000_000
"""A part with more tags ('<') than this is refused before it is parsed: the export of the
large agreement (bench/) has about 60 000."""

_DOCUMENT = "word/document.xml"
_COMMENTS = "word/comments.xml"
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_CUSTOM_ITEM = re.compile(r"customXml/item\d+\.xml")
_OURS = (NAMESPACE.encode(), NAMESPACE.encode("utf-16-le"), NAMESPACE.encode("utf-16-be"))


class ReviewError(ValueError):
    """A reviewed document that cannot be read: one line, in either language (Problem)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Comment:
    """A reviewer's comment."""

    author: str
    date: str
    text: str


@dataclass(frozen=True, slots=True)
class Package:
    """The parts of a reviewed .docx a review reads."""

    body: Element
    comments: dict[str, Comment]
    review_part: Element | None
    """The root of the custom XML part the export wrote (review/baseline.py), if kept."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
    )


def parse_part(data: bytes, name: str) -> Element:
    """A part's XML root; raises ReviewError when it is not well-formed or declares a DTD."""
    if b"<!" in data and _DECLARATION.search(data):  # "<!" is rare: most parts skip the pattern
        raise ReviewError(Problem("files.review.declaration", part=name))
    tags = data.count(b"<")
    if tags > MOST_TAGS:
        raise ReviewError(Problem("files.review.too_complex", part=name, tags=str(tags)))
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        raise ReviewError(Problem("files.review.bad_xml", part=name, error=str(error))) from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:  # declared in UTF-16, which the check missed
        raise ReviewError(Problem("files.review.declaration", part=name))
    return root


def open_package(data: bytes) -> Package:
    """The parts of the .docx in `data`; raises ReviewError on anything that is not a readable
    Word document."""
    if len(data) > LARGEST_FILE:
        raise ReviewError(Problem("files.review.too_large", size=str(len(data) // 2**20)))
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReviewError(Problem("files.review.not_docx"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = package.namelist()
            if len(names) > MOST_PARTS:
                raise ReviewError(Problem("files.review.too_many_parts", parts=str(len(names))))
            if _DOCUMENT not in names:
                raise ReviewError(Problem("files.review.no_document"))
            read = _Reader(package)
            body = parse_part(read(_DOCUMENT), _DOCUMENT).find(w("body"))
            if body is None:
                raise ReviewError(Problem("files.review.no_document"))
            comments = _comments(read) if _COMMENTS in names else {}
            review_part = _review_part(read, names)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        OSError,
        NotImplementedError,
    ):
        raise ReviewError(Problem("files.review.damaged")) from None
    return Package(body, comments, review_part)


class _Reader:
    """Reads parts of a package, refusing a part as soon as it inflates past LARGEST_PART
    and the parts read together past LARGEST_READ."""

    def __init__(self, package: zipfile.ZipFile) -> None:
        self.package = package
        self.left = LARGEST_READ

    def __call__(self, name: str) -> bytes:
        info = self.package.getinfo(name)
        if info.file_size > LARGEST_PART:
            raise ReviewError(Problem("files.review.part_too_large", part=name))
        with self.package.open(info) as stream:
            data = stream.read(min(LARGEST_PART, self.left) + 1)
        if len(data) > LARGEST_PART:
            raise ReviewError(Problem("files.review.part_too_large", part=name))
        if len(data) > self.left:
            size = str((LARGEST_READ - self.left + len(data)) // 2**20)
            raise ReviewError(Problem("files.review.too_large", size=size))
        self.left -= len(data)
        return data


def _comments(read: _Reader) -> dict[str, Comment]:
    root = parse_part(read(_COMMENTS), _COMMENTS)
    found: dict[str, Comment] = {}
    for comment in root.iter(w("comment")):
        paragraphs = ["".join(p.itertext()) for p in comment.iter(w("p"))]
        found[str(comment.get(w("id")))] = Comment(
            str(comment.get(w("author")) or ""),
            str(comment.get(w("date")) or ""),
            "\n".join(text for text in paragraphs if text),
        )
    return found


def _review_part(read: _Reader, names: list[str]) -> Element | None:
    """The first custom XML part that names the review's namespace, if it is the review part;
    other tools' parts are not parsed."""
    for name in names:
        if _CUSTOM_ITEM.fullmatch(name):
            data = read(name)
            if any(ours in data for ours in _OURS):
                root = parse_part(data, name)
                return root if root.tag == ROOT else None
    return None
