"""Hostile and foreign input: every document a review cannot read is refused with a one-line
error (in both languages), within limits that keep it fast by construction (a size cap, a tag
count, a bounded alignment), and nothing is read from outside the file."""

from __future__ import annotations

import http.server
import io
import re
import struct
import threading
import zipfile
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import docx
import pytest
from lxml import etree

from sla_designer.export import build_docx
from sla_designer.review import package as package_module
from sla_designer.review.package import ReviewError
from sla_designer.review.reading import read_review
from tests.export.reviewed import agreement_of
from tests.review.wordprocessing import W, edit_document, package_of, parts_of, run, w

SECRET = "S3CRET-FROM-OUTSIDE-THE-FILE"
DOCUMENT = "word/document.xml"
ITEM = "customXml/item1.xml"


@cache
def _exported() -> bytes:
    return build_docx(agreement_of("saas-availability"))


def _refused(data: bytes, *keys: str, against: bool = False) -> ReviewError:
    """The ReviewError reading `data` raises; checks its Problem is one of `keys` and one
    line in both languages."""
    with pytest.raises(ReviewError) as raised:
        read_review(data, agreement_of("saas-availability") if against else None)
    error = raised.value
    assert error.problem.key in {f"files.review.{key}" for key in keys}, str(error)
    for language in ("en", "pt-BR"):
        text = error.problem.text(language)
        assert text and "\n" not in text and "\r" not in text
        assert SECRET not in text
    return error


def _with_part(name: str, data: bytes, source: bytes | None = None) -> bytes:
    parts = parts_of(source or _exported())
    parts[name] = data
    return package_of(parts)


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """A local web server that records every request made to it: (its URL, the paths)."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(SECRET.encode())

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requests
    finally:
        server.shutdown()
        server.server_close()


# Not a Word document --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [b"", b"Ledgerline SLA, plain text", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", b"PK\x03\x04broken"],
)
def test_not_a_zip(data: bytes) -> None:
    _refused(data, "not_docx")


def test_a_truncated_docx() -> None:
    _refused(_exported()[: len(_exported()) * 2 // 3], "not_docx")


def test_a_zip_without_a_document() -> None:
    _refused(package_of({"hello.txt": b"hello"}), "no_document")


def _member_offset(data: bytes, name: str) -> int:
    """Where `name`'s data starts in the zip `data`."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        info = package.getinfo(name)
    name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 :][:4])
    return info.header_offset + 30 + name_length + extra_length


def test_damaged_compressed_data() -> None:
    """document.xml's deflated bytes scrambled: zlib cannot inflate them."""
    data = bytearray(_exported())
    start = _member_offset(bytes(data), DOCUMENT)
    for place in range(start + 100, start + 400):
        data[place] ^= 0x5A
    _refused(bytes(data), "damaged")


def test_a_wrong_checksum() -> None:
    """A stored (uncompressed) document.xml with one byte changed: its CRC no longer holds."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as package:
        for name, part in parts_of(_exported()).items():
            package.writestr(name, part)
    data = bytearray(buffer.getvalue())
    data[_member_offset(bytes(data), DOCUMENT) + 200] ^= 0x01
    _refused(bytes(data), "damaged")


def test_a_not_well_formed_document() -> None:
    _refused(_with_part(DOCUMENT, b"<w:document><w:body>"), "bad_xml")


# Bombs ----------------------------------------------------------------------------------------

_BLANK = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>').encode()


def test_a_part_that_inflates_past_the_cap() -> None:
    """65 MB of spaces in document.xml deflate to some 64 KB: refused by its declared size."""
    padding = b" " * (package_module.LARGEST_PART + 1024)
    data = _with_part(DOCUMENT, _BLANK + padding + b"</w:body></w:document>")
    assert len(data) < 1024 * 1024
    _refused(data, "part_too_large")


def _lying_about(data: bytes, name: str, size: int) -> bytes:
    """`data` with `name`'s uncompressed size declared as `size` in its local header and in the
    central directory."""
    patched = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        info = package.getinfo(name)
    patched[info.header_offset + 22 : info.header_offset + 26] = struct.pack("<I", size)
    central = data.index(b"PK\x01\x02")  # the first entry of the central directory
    while True:
        entry_name_length = struct.unpack("<H", data[central + 28 : central + 30])[0]
        entry_name = data[central + 46 : central + 46 + entry_name_length].decode()
        if entry_name == name:
            patched[central + 24 : central + 28] = struct.pack("<I", size)
            break
        extra, comment = struct.unpack("<HH", data[central + 30 : central + 34])
        central += 46 + entry_name_length + extra + comment
    return bytes(patched)


def test_a_part_whose_declared_size_lies() -> None:
    """A bomb that declares 1 KB: only what it declared is inflated, then its checksum fails."""
    padding = b" " * (package_module.LARGEST_PART + 1024)
    data = _with_part(DOCUMENT, _BLANK + padding + b"</w:body></w:document>")
    _refused(_lying_about(data, DOCUMENT, 1024), "damaged")


def test_many_parts_that_together_inflate_past_the_cap() -> None:
    """Custom XML parts of 60 MB each, every one under the part's cap: the parts read together
    are capped too."""
    parts = parts_of(_exported())
    del parts[ITEM]
    filler = b"<a>" + b" " * (60 * 1024 * 1024) + b"</a>"
    for number in range(2, 5):
        parts[f"customXml/item{number}.xml"] = filler
    _refused(package_of(parts), "too_large")


def test_a_document_of_millions_of_empty_elements() -> None:
    """1.2 million empty paragraphs (8 MB, 20 KB deflated) would take lxml and the reader
    minutes and gigabytes: refused by counting its tags before parsing."""
    elements = b"<w:p/>" * (package_module.MOST_TAGS + 200_000)
    _refused(_with_part(DOCUMENT, _BLANK + elements + b"</w:body></w:document>"), "too_complex")


def test_too_many_parts() -> None:
    parts = parts_of(_exported())
    for number in range(package_module.MOST_PARTS):
        parts[f"word/media/image{number}.png"] = b""
    _refused(package_of(parts), "too_many_parts")


def test_a_file_too_large_to_be_a_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package_module, "LARGEST_FILE", len(_exported()) - 1)
    _refused(_exported(), "too_large")


# Entities -------------------------------------------------------------------------------------


def _entity_document(declaration: str, reference: str, encoding: str = "UTF-8") -> bytes:
    """The export's document.xml with a DOCTYPE `declaration` and `reference` in a paragraph."""
    xml = parts_of(_exported())[DOCUMENT].decode()
    xml = xml[xml.index("<w:document") :]
    xml = xml.replace("<w:body>", f"<w:body><w:p><w:r><w:t>{reference}</w:t></w:r></w:p>", 1)
    text = f'<?xml version="1.0" encoding="{encoding}"?>\n{declaration}\n{xml}'
    return text.encode(encoding)


def _external(url: str) -> str:
    return f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{url}">]>'


LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY l0 "lol">'
    + "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    + "]>"
)
"""The billion laughs: 10⁹ 'lol' from a few hundred bytes."""


@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16"])
def test_an_external_entity_naming_a_local_file(secret_file: Path, encoding: str) -> None:
    document = _entity_document(_external(secret_file.as_uri()), "&x;", encoding)
    error = _refused(_with_part(DOCUMENT, document), "declaration")
    assert SECRET not in str(error)


@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16"])
def test_an_external_entity_naming_a_url(listener: tuple[str, list[str]], encoding: str) -> None:
    url, requests = listener
    declaration = (
        f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{url}/x"><!ENTITY % p SYSTEM "{url}/p"> %p;]>'
    )
    document = _entity_document(declaration, "&x;", encoding)
    _refused(_with_part(DOCUMENT, document), "declaration")
    assert requests == []


def test_an_external_dtd(listener: tuple[str, list[str]]) -> None:
    url, requests = listener
    document = _entity_document(f'<!DOCTYPE w:document SYSTEM "{url}/dtd">', "")
    _refused(_with_part(DOCUMENT, document), "declaration")
    assert requests == []


@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16"])
def test_the_billion_laughs(encoding: str) -> None:
    """Refused for its declaration; in UTF-16, which the byte check does not read, libxml2's
    amplification limit stops it first (not well-formed)."""
    document = _entity_document(LAUGHS, "&l9;", encoding)
    _refused(_with_part(DOCUMENT, document), "declaration", "bad_xml")


@pytest.mark.parametrize("part", ["word/comments.xml", ITEM])
def test_entities_in_the_other_parts_read(
    secret_file: Path, listener: tuple[str, list[str]], part: str
) -> None:
    url, requests = listener
    original = parts_of(_exported())[ITEM].decode() if part == ITEM else "<w:comments/>"
    original = original[original.index("<", original.index("?>") if "?>" in original else 0) :]
    declaration = (
        f'<!DOCTYPE x [<!ENTITY f SYSTEM "{secret_file.as_uri()}"><!ENTITY u SYSTEM "{url}/u">]>'
    )
    evil = f'<?xml version="1.0" encoding="UTF-8"?>\n{declaration}\n{original}'.encode()
    if part == "word/comments.xml":
        evil = evil.replace(b"<w:comments/>", f'<w:comments xmlns:w="{W}"/>'.encode())
    _refused(_with_part(part, evil), "declaration")
    assert requests == []


def test_an_xinclude_is_never_followed(secret_file: Path, listener: tuple[str, list[str]]) -> None:
    """XInclude needs no DTD: the reader must not process it (lxml only does when asked)."""
    url, requests = listener

    def include(root: etree._Element) -> None:
        body = root.find(w("body"))
        paragraph = etree.SubElement(body, w("p"))
        paragraph.append(run("Included: "))
        for href in (secret_file.as_uri(), f"{url}/xi"):
            xi = etree.SubElement(paragraph, "{http://www.w3.org/2001/XInclude}include")
            xi.set("href", href)
            xi.set("parse", "text")
        body.insert(0, paragraph)

    review = read_review(edit_document(_exported(), include))
    assert SECRET not in repr(review.changes)
    assert requests == []
    assert [(c.kind, c.new) for c in review.changes] == [("added", "Included:")]


# Foreign documents ----------------------------------------------------------------------------


def _python_docx(build: Callable[[docx.document.Document], None] | None = None) -> bytes:
    document = docx.Document()
    if build is not None:
        build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("against", [False, True])
def test_a_blank_document(against: bool) -> None:
    _refused(_python_docx(), "not_ours", against=against)


def _another_tools_contract(document: docx.document.Document) -> None:
    """A contract another tool wrote: headings and clauses, Word's table of contents as a
    content control (a document part gallery), and a tool's own custom XML part."""
    document.add_heading("Master Services Agreement", 0)
    for number in range(1, 31):
        document.add_heading(f"{number}. Clause {number}", 1)
        document.add_paragraph(f"The Supplier shall perform obligation {number} diligently.")
    contents = etree.fromstring(
        f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:docPartObj>'
        '<w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj>'
        "</w:sdtPr><w:sdtContent><w:p><w:r><w:t>Contents</w:t></w:r></w:p></w:sdtContent>"
        "</w:sdt>"
    )
    document.element.body.insert(0, contents)


@pytest.mark.parametrize("against", [False, True])
def test_a_contract_from_another_tool(against: bool) -> None:
    data = _python_docx(_another_tools_contract)
    properties = (
        b'<?xml version="1.0"?><p:properties xmlns:p="http://schemas.microsoft.com/office/'
        b'2006/metadata/properties"><documentManagement/></p:properties>'
    )
    _refused(_with_part(ITEM, properties, data), "not_ours", against=against)


def test_a_foreign_body_under_the_exported_record_is_read_in_bounded_time() -> None:
    """Another contract pasted over the whole export (its record kept): every paragraph
    differs, and the alignment compares each exported paragraph's text with the next NEAR
    document paragraphs only, instead of all 3000 (minutes)."""

    def replace(root: etree._Element) -> None:
        body = root.find(w("body"))
        for child in list(body):
            if child.tag != w("sectPr"):
                body.remove(child)
        for number in range(3000):
            paragraph = etree.Element(w("p"))
            paragraph.append(run(f"Foreign clause {number}: obligation {number * 7919}."))
            body.insert(number, paragraph)

    review = read_review(edit_document(_exported(), replace))
    kinds = {c.kind for c in review.changes}
    assert kinds <= {"deleted", "item_removed", "added", "wording", "value"}
    assert sum(c.kind == "added" for c in review.changes) >= 2900


# The exported record --------------------------------------------------------------------------


def _item(edit: Callable[[str], str]) -> bytes:
    return _with_part(ITEM, edit(parts_of(_exported())[ITEM].decode()).encode())


def test_a_record_from_a_newer_version() -> None:
    error = _refused(_item(lambda xml: xml.replace('format="1"', 'format="99"', 1)), "part_newer")
    assert "99" in str(error)


def test_a_record_without_its_format() -> None:
    _refused(_item(lambda xml: xml.replace('format="1"', "", 1)), "part_damaged")


def test_a_record_without_its_agreement() -> None:
    _refused(
        _item(lambda xml: re.sub(r"<agreement>.*?</agreement>", "", xml, flags=re.S)),
        "part_damaged",
    )


@pytest.mark.parametrize(
    "agreement", ["metrics: [\n  - a: b\n  c", "title: 3\nlanguage: xx\nmetrics: 5\n"]
)
def test_a_record_whose_agreement_cannot_be_read(agreement: str) -> None:
    def replace(xml: str) -> str:
        return re.sub(
            r"<agreement>.*?</agreement>", f"<agreement>{agreement}</agreement>", xml, flags=re.S
        )

    _refused(_item(replace), "part_agreement")
