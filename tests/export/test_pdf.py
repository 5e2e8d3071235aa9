"""PDF through LibreOffice: clause numbers, a filled table of contents, 'Page 1 of N'."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest
from lxml import etree
from sla_designer.resources import templates_folder

from sla_designer.export import PdfExportError, export_docx, export_pdf
from sla_designer.export import pdf as pdf_module
from sla_designer.io import load_agreement

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


needs_libreoffice = pytest.mark.skipif(
    pdf_module.find_soffice() is None, reason="LibreOffice is not installed"
)
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is not installed"
)


@pytest.mark.slow
@needs_libreoffice
@needs_poppler
def test_pdf_shows_numbers_contents_and_page_count(tmp_path: Path) -> None:
    agreement = load_agreement(str(templates_folder() / "saas-availability.yaml"))
    source, target = tmp_path / "contract.docx", tmp_path / "contract.pdf"
    export_docx(agreement, source)
    export_pdf(source, target, timeout=180)
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    assert re.search(r"^\s*6\.2\s+Connect API availability", text, re.MULTILINE)
    # The contents page lists clauses with page numbers, filled in by the update before export
    # (LibreOffice 25.2 sets the numbers further from the titles than 7.4 does).
    contents = next(p for p in pages if "CONTENTS" in p)
    assert re.search(r"6\.2\s+Connect API availability\.{3,}\s*\d+", contents)
    assert re.search(r"9\s+Service credits and remedies\.{3,}\s*\d+", contents)
    total = len([p for p in pages if p.strip()])
    assert f"Page 1 of {total}" in pages[0]
    # Cross-references carry the clause number.
    assert "set out in clause 9.1." in text


@pytest.mark.slow
@needs_libreoffice
@needs_poppler
def test_jurisdiction_clause_shares_the_first_signatures_page(tmp_path: Path) -> None:
    source, target = tmp_path / "contract.docx", tmp_path / "contract.pdf"
    command = Path(sys.executable).with_name("sla-designer")
    template = templates_folder() / "contact-centre.yaml"
    arguments = ["export", str(template), "--docx", str(source), "--pdf", str(target), "--draft"]
    subprocess.run(
        [str(command), *arguments],
        capture_output=True,
        check=True,
        timeout=240,
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    foro = [n for n, page in enumerate(pages) if "Fica eleito o foro" in page]
    signed = [n for n, page in enumerate(pages) if "_" * 20 in page]
    assert len(foro) == 1 and signed
    # The jurisdiction clause never sits alone on a page before the signatures.
    assert foro[0] == signed[0]
    first_line = pages[foro[0]].index("_" * 20)
    assert pages[foro[0]].index("Fica eleito o foro") < first_line


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_saves_the_contract_with_its_tags(tmp_path: Path) -> None:
    source, saved = tmp_path / "contract.docx", tmp_path / "saved" / "contract.docx"
    export_docx(load_agreement(str(templates_folder() / "saas-availability.yaml")), source)
    soffice = str(pdf_module.find_soffice())
    profile = f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"
    arguments = ["--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir"]
    subprocess.run(
        [soffice, profile, *arguments, str(saved.parent), str(source)],
        capture_output=True,
        check=True,
        timeout=120,
    )
    assert _paragraph_texts(saved) == _paragraph_texts(source)
    version = subprocess.run(
        [soffice, profile, "--version"], capture_output=True, text=True, check=True
    )
    found = re.search(r"(\d+)\.(\d+)", version.stdout)
    if found and (int(found[1]), int(found[2])) >= (7, 6):
        # 7.4 keeps no content control at all; those since 7.6 keep every inline one.
        assert _tags(saved) == _tags(source)


def _paragraph_texts(path: Path) -> list[str]:
    body = docx.Document(str(path)).element.body
    texts = ("".join(p.xpath(".//w:t/text()")) for p in body.iter(f"{{{W}}}p"))
    return [text for text in texts if text.strip()]


def _tags(path: Path) -> Counter[str]:
    with zipfile.ZipFile(path) as package:
        document = etree.fromstring(package.read("word/document.xml"))
    return Counter(t.get(f"{{{W}}}val") for t in document.iter(f"{{{W}}}tag"))


def test_missing_libreoffice_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: None)
    source = tmp_path / "contract.docx"
    source.write_bytes(b"")
    with pytest.raises(PdfExportError, match="needs LibreOffice"):
        export_pdf(source, tmp_path / "contract.pdf")
    assert not (tmp_path / "contract.pdf").exists()


def test_the_helper_says_it_cannot_open_with_the_code_the_exporter_knows() -> None:
    from importlib import resources

    from sla_designer.export import pdf

    helper = resources.files("sla_designer.export").joinpath("lo_convert.py").read_text()
    assert f'CANNOT_OPEN = "{pdf.CANNOT_OPEN}"' in helper
    assert f'OFFICE_GONE = "{pdf.OFFICE_GONE}"' in helper


@pytest.mark.slow
@needs_libreoffice
@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="finds soffice in /proc")
def test_libreoffice_killed_during_the_conversion_is_said_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, target = tmp_path / "contract.docx", tmp_path / "contract.pdf"
    export_docx(load_agreement(str(templates_folder() / "saas-availability.yaml")), source)
    # The conversion's working folder, where LibreOffice locks the document it has opened.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    failures: list[Exception] = []

    def convert() -> None:
        try:
            export_pdf(source, target, timeout=120)
        except PdfExportError as error:
            failures.append(error)

    converting = threading.Thread(target=convert)
    converting.start()
    try:
        office = _office_with_open_document(tmp_path, within=60)
        os.kill(office, signal.SIGKILL)
        killed = time.monotonic()
    finally:
        converting.join(timeout=150)
    assert time.monotonic() - killed < 5, "the export waited for its time-out"
    assert [str(f) for f in failures] == [
        "LibreOffice stopped during the conversion (it crashed or was closed); "
        "the PDF was not written"
    ]
    assert not target.exists()
    # No lock file, no working folder and no LibreOffice are left behind.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contract.docx"]
    assert not _processes_naming(str(tmp_path))


def _office_with_open_document(folder: Path, within: float) -> int:
    """The pid of the soffice.bin converting in `folder`, once it has the document open."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if any(folder.glob("sla-pdf-*/.~lock.contract.docx#")):
            offices = [pid for pid, line in _processes_naming(str(folder)) if "soffice.bin" in line]
            if offices:
                return offices[0]
        time.sleep(0.02)
    raise AssertionError("LibreOffice never opened the document")


def _processes_naming(text: str) -> list[tuple[int, str]]:
    """(pid, command line) of the running processes whose command line holds `text`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            line = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in line:
            found.append((int(entry.name), line))
    return found
