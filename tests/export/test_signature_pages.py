"""No signature block stands alone on a page: in the rendered PDF of every template, and of one
template pushed down the page row by row, the closing words and every block share one page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from sla_designer.export import export_docx
from sla_designer.export import pdf as pdf_module
from sla_designer.export.signatures import SIGNATURE_LINE
from sla_designer.model import Agreement, Revision
from sla_designer.text import texts
from tests.export.reviewed import TEMPLATES, agreement_of

PUSHED = range(0, 36, 3)
"""Revision rows added to the Brazilian contact-centre template, so that the signatures start
lower and lower on their page: at some of these a page break falls among the blocks."""


def _pushed(rows: int) -> Agreement:
    agreement = agreement_of("contact-centre")
    extra = [
        Revision(version=f"0.{n}", date=agreement.revisions[0].date, author="Revisor")
        for n in range(rows)
    ]
    return agreement.model_copy(update={"revisions": [*extra, *agreement.revisions]})


def _closing_words(language: str, internal: bool) -> str:
    """The first words of the closing sentence, as pdftotext gives them on one line."""
    t = texts(language).section("clauses")
    if internal:
        closing = t("signatures.closing_internal")
    elif t.raw("signatures.closing_copies") is not None:
        closing = t("signatures.closing_copies", copies="2")
    else:
        closing = t("signatures.closing")
    # Three words: an American agreement respells the fourth ("authorized").
    return " ".join(closing.split()[:3])


@pytest.mark.slow
@pytest.mark.skipif(pdf_module.find_soffice() is None, reason="LibreOffice is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_closing_words_and_every_signature_block_share_a_page(tmp_path: Path) -> None:
    # One LibreOffice run for all templates: the pages are laid out as in the exported PDF
    # (the table of contents already lists every clause; updating it changes no page break).
    cases = {name: agreement_of(name) for name in TEMPLATES}
    cases |= {f"pushed-{rows}": _pushed(rows) for rows in PUSHED}
    sources = []
    for name, agreement in cases.items():
        sources.append(tmp_path / f"{name}.docx")
        export_docx(agreement, sources[-1])
    profile = f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"
    convert = ["--headless", "--convert-to", "pdf", "--outdir", str(tmp_path)]
    subprocess.run(
        [str(pdf_module.find_soffice()), profile, *convert, *map(str, sources)],
        capture_output=True,
        check=True,
        timeout=600,
    )
    for name, agreement in cases.items():
        text = subprocess.run(
            ["pdftotext", str(tmp_path / f"{name}.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        pages = [" ".join(page.split()) for page in text.split("\f")]
        signed = [n for n, page in enumerate(pages) if SIGNATURE_LINE in page]
        blocks = len(agreement.parties) + (
            2 if agreement.language == "pt-BR" and not agreement.internal else 0
        )
        assert len(signed) == 1, (name, signed)
        page = pages[signed[0]]
        assert page.count(SIGNATURE_LINE) == blocks, name
        assert _closing_words(agreement.language, agreement.internal) in page, name
