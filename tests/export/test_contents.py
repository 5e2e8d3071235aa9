"""The table of contents with its page numbers: computed by LibreOffice, written into the .docx
as the TOC field's result, so Word opens the contract without asking to update its fields."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from sla_designer import export as export_module
from sla_designer.export import build_docx, export_docx_and_pdf
from sla_designer.export.contents import entries_of, fill_contents, office_available
from tests.export.reviewed import agreement_of
from tests.helpers import run_cli

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LISTING = (
    "1\tParties and term\t3\n9.1\tService credits\t8\n\tSignatures\t11\n\tAnnex A – Budget\t12\n"
)


def _part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


def contents_of(data: bytes) -> list[tuple[str, str]]:
    """(style, text) of each paragraph of the document's TOC field."""
    body = _part(data, "word/document.xml")
    found = []
    for paragraph in body.iter(f"{{{W}}}p"):
        style = paragraph.find(f"{{{W}}}pPr/{{{W}}}pStyle")
        if style is not None and style.get(f"{{{W}}}val") in ("TOC1", "TOC2"):
            text = "".join(
                "\t" if node.tag == f"{{{W}}}tab" else node.text or ""
                for node in paragraph.iter(f"{{{W}}}t", f"{{{W}}}tab")
            )
            found.append((str(style.get(f"{{{W}}}val")), text))
    return found


def asks_to_update(data: bytes) -> bool:
    return _part(data, "word/settings.xml").find(f"{{{W}}}updateFields") is not None


def tags(data: bytes) -> Counter[str | None]:
    return Counter(
        t.get(f"{{{W}}}val") for t in _part(data, "word/document.xml").iter(f"{{{W}}}tag")
    )


def test_libreoffice_s_listing_reads_as_entries() -> None:
    assert entries_of(LISTING) == [
        ("TOC1", "1\tParties and term\t3"),
        ("TOC2", "9.1\tService credits\t8"),
        ("TOC1", "Signatures\t11"),
        ("TOC1", "Annex A – Budget\t12"),
    ]
    # A line without its page, or no line at all: the table is left for Word.
    assert entries_of("1\tParties and term\n") is None
    assert entries_of("") is None


def test_the_entries_become_the_field_s_result_and_word_is_no_longer_asked() -> None:
    data = build_docx(agreement_of("saas-availability"))
    assert asks_to_update(data)
    entries = entries_of(LISTING)
    assert entries is not None
    filled = fill_contents(data, entries)
    assert contents_of(filled) == entries
    assert not asks_to_update(filled)
    # The field stays, so Word can still update it; nothing else changes.
    instructions = "".join(_part(filled, "word/document.xml").itertext())
    assert 'TOC \\h \\z \\t "Heading 1,1,Heading 2,2,Annex Heading,1"' in instructions
    assert tags(filled) == tags(data)
    with zipfile.ZipFile(io.BytesIO(data)) as before, zipfile.ZipFile(io.BytesIO(filled)) as after:
        assert before.namelist() == after.namelist()
        for name in before.namelist():
            if name not in ("word/document.xml", "word/settings.xml"):
                assert before.read(name) == after.read(name), name


def _audit(folder: Path) -> list[dict[str, object]]:
    result = subprocess.run(
        [str(Path(sys.executable).with_name("openxml-audit")), "-o", "json", "-r", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    return list(json.loads(result.stdout))


def test_a_filled_document_stays_valid(tmp_path: Path) -> None:
    entries = entries_of(LISTING)
    assert entries is not None
    filled = fill_contents(build_docx(agreement_of("it-service-desk")), entries)
    (tmp_path / "filled.docx").write_bytes(filled)
    reports = _audit(tmp_path)
    assert len(reports) == 1 and reports[0]["valid"] is True, reports


def test_without_libreoffice_the_contents_are_left_for_word_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(export_module, "office_available", lambda: False)
    out = tmp_path / "contract.docx"
    assert not export_docx_and_pdf(agreement_of("saas-availability"), docx=out, contents=True)
    assert asks_to_update(out.read_bytes())
    source = tmp_path / "a.yaml"
    from sla_designer.io import save_agreement

    save_agreement(agreement_of("saas-availability"), source)
    status, printed, err = run_cli(["export", str(source), "--docx", str(out)], capsys)
    assert status == 0 and err == ""
    assert printed.splitlines() == [
        f"{out}: Word document written",
        f"{out}: table of contents without page numbers: Word fills them in when it updates "
        "the fields (with LibreOffice installed, the export fills them in)",
    ]
    status, printed, _ = run_cli(
        ["export", str(source), "--docx", str(out), "--no-toc-update"], capsys
    )
    assert status == 0 and printed.splitlines()[1] == (
        f"{out}: table of contents without page numbers (--no-toc-update): Word fills them in "
        "when it updates the fields"
    )


@pytest.mark.slow
@pytest.mark.skipif(not office_available(), reason="LibreOffice is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_libreoffice_fills_in_the_pages_the_pdf_shows(tmp_path: Path) -> None:
    agreement = agreement_of("saas-availability")
    word, pdf = tmp_path / "contract.docx", tmp_path / "contract.pdf"
    assert export_docx_and_pdf(agreement, docx=word, pdf=pdf, contents=True)
    filled = word.read_bytes()
    assert not asks_to_update(filled)
    assert tags(filled) == tags(build_docx(agreement))  # every content control, with its tag
    reports = _audit(tmp_path)
    assert len(reports) == 1 and reports[0]["valid"] is True, reports
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    entries = contents_of(filled)
    assert len(entries) >= 20
    assert any(style == "TOC1" and entry.startswith("Signatures\t") for style, entry in entries)
    first = next(i for i, page in enumerate(pages) if "CONTENTS" in page) + 1
    for _style, entry in entries:
        *heading, page = entry.split("\t")
        pattern = r"^\s*" + r"\s+".join(re.escape(part) for part in heading if part)
        shown = next(
            i + 1
            for i, content in enumerate(pages)
            if i + 1 > first and re.search(pattern, content, re.MULTILINE | re.IGNORECASE)
        )
        assert shown == int(page), (entry, shown)
