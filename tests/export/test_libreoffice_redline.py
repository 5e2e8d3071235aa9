"""The redline in a real editor: LibreOffice (through UNO, tests/review/lo_edit.py) opens the
redline of every template in both languages (a number, a sentence, an added metric, a removed
tier, a reordered list and a renamed party changed), accepts all changes and saves it, which must
give the paragraph text of the new version's plain export, or rejects them all, which must give
the old version's (the saved documents read as the review reads them, review/wordml.py: what
fields show, a cross-reference's number or the table of contents, left out). In the same
LibreOffice run it saves each redline untouched, which must read back as no change, and one
redline a language with a reviewer's recorded edit, which the review must find as on a plain
export.

One LibreOffice run does it all: each start costs seconds, each document a load.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from sla_designer.export import Redline, build_docx
from sla_designer.export import pdf as pdf_module
from sla_designer.review.reading import read_review
from sla_designer.review.wordml import paragraphs, w
from tests.export.redline_pairs import AUTHOR, DATE, versions
from tests.export.reviewed import LANGUAGES, PAIRS
from tests.review.libreoffice import run_jobs

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(pdf_module.find_soffice() is None, reason="LibreOffice is not installed"),
]

REVIEWER = "Rita Reviewer"
# A reviewer, with change recording on, retypes a party's name in the redline.
EDITED = {
    "en": ("saas-availability", "Ledgerline Software Ltd", "Ledgerline Software plc"),
    "pt-BR": ("it-service-desk", "Laticínios Serra Azul S.A.", "Laticínios Serra Azul S/A"),
}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of what LibreOffice saved: NAME.LANGUAGE.{accepted,rejected,saved}.docx (the
    redline with all changes accepted, rejected, untouched) and LANGUAGE.edited.docx (a
    reviewer's edit on a redline)."""
    folder = tmp_path_factory.mktemp("libreoffice-redline")
    jobs: list[dict[str, object]] = []
    for name, language in PAIRS:
        old, new = versions(name, language)
        stem = f"{name}.{language}"
        redline = folder / f"{stem}.redline.docx"
        redline.write_bytes(build_docx(new, redline=Redline(old, AUTHOR, DATE)))
        for action, result in (("accept", "accepted"), (None, "saved"), ("reject", "rejected")):
            target = str(folder / f"{stem}.{result}.docx")
            jobs.append({"source": str(redline), "target": target, "changes": action})
    for language, (name, find, replacement) in EDITED.items():
        jobs.append(
            {
                "source": str(folder / f"{name}.{language}.redline.docx"),
                "target": str(folder / f"{language}.edited.docx"),
                "record": True,
                "author": REVIEWER,
                "edits": [{"op": "replace", "find": find, "with": replacement}],
            }
        )
    run_jobs(jobs, folder, timeout=1200.0)
    return folder


def _texts(data: bytes) -> list[str]:
    """Each paragraph's text (tracked changes accepted, none left), without what fields show,
    empty paragraphs left out."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = etree.fromstring(package.read("word/document.xml")).find(w("body"))
    return [text for p in paragraphs(body) if (text := p.compared())]


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_accept_all_gives_the_new_version_and_reject_all_the_old(
    office: Path, name: str, language: str
) -> None:
    old, new = versions(name, language)
    stem = f"{name}.{language}"
    accepted = _texts((office / f"{stem}.accepted.docx").read_bytes())
    assert accepted == _texts(build_docx(new))
    rejected = _texts((office / f"{stem}.rejected.docx").read_bytes())
    assert rejected == _texts(build_docx(old))
    assert len(accepted) > 100 and accepted != rejected


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_redline_saved_by_libreoffice_reads_back_as_no_change(
    office: Path, name: str, language: str
) -> None:
    review = read_review((office / f"{name}.{language}.saved.docx").read_bytes())
    assert review.changes == (), [(c.kind, c.tag, c.old[:50], c.new[:50]) for c in review.changes]
    assert (review.baseline_from, review.method) == ("document", "tags")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reviewers_recorded_edit_on_a_redline_is_found(office: Path, language: str) -> None:
    name, find, replacement = EDITED[language]
    review = read_review((office / f"{language}.edited.docx").read_bytes())
    found = [(c.kind, c.old, c.new, c.author) for c in review.changes]
    # The name is in the preamble and the signature block: both controls hold the value.
    assert found and set(found) == {("value", find, replacement, REVIEWER)}
    assert all(c.applies for c in review.changes)
    assert review.agreement == versions(name, language)[1]
