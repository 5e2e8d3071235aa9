"""The reviewer's wording the agreement keeps is printed by the Word export and the preview, and
recorded in the review part, so that a review of the new document finds nothing changed."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from html import escape
from pathlib import Path

import pytest
from lxml import etree

from sla_designer.export import build_docx
from sla_designer.export.docx_writer import generated_blocks
from sla_designer.export.preview import preview_html
from sla_designer.export.reviewed_wording import generated_keys, key_of
from sla_designer.model import Agreement, with_reviewed_wording
from sla_designer.review.baseline import Baseline, BaseParagraph, from_xml
from sla_designer.review.changes import find_changes
from sla_designer.review.package import open_package
from sla_designer.review.wordml import paragraphs
from tests.export.reviewed import PAIRS, agreement_of, plain

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
REWORDED = "The parties agree the reviewer's sentence instead; nothing else changes here."
ADDED = "A paragraph the reviewer added after it."


def _in(name: str, language: str) -> Agreement:
    return agreement_of(name).model_copy(update={"language": language})


def _exported(agreement: Agreement) -> tuple[etree._Element, Baseline]:
    package = open_package(build_docx(agreement))
    assert package.review_part is not None
    return package.body, from_xml(package.review_part)


def _chosen(baseline: Baseline) -> tuple[BaseParagraph, BaseParagraph, BaseParagraph]:
    """Three paragraphs of clauses, each with a text of its own: one holding a value and a
    reference or a bookmark's number, one to delete, one to add a paragraph after."""
    texts = [p.text() for p in baseline.paragraphs]
    own = [p for p in baseline.paragraphs if p.clause and texts.count(p.text()) == 1]
    with_value = [p for p in own if any(s.value for s in p.segments)]
    first = with_value[len(with_value) // 2]
    rest = [p for p in own if p is not first and p.clause != first.clause]
    return first, rest[len(rest) // 3], rest[2 * len(rest) // 3]


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_the_preview_and_the_word_document_name_the_same_paragraphs(
    name: str, language: str
) -> None:
    """The preview finds a reviewer's wording by the clause and text the Word document writes:
    both must see every paragraph alike (the table of contents' heading is Word's only)."""
    agreement = _in(name, language)
    word = {key_of(p) for p in paragraphs(generated_blocks(agreement))} - {None}
    assert len(word) > 200
    assert generated_keys(agreement) == word


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_the_reviewers_wording_is_printed_recorded_and_read_back_unchanged(
    name: str, language: str
) -> None:
    agreement = _in(name, language)
    _, first_export = _exported(agreement)
    generated_preview = preview_html(agreement)
    reworded, deleted, followed = _chosen(first_export)
    agreement = with_reviewed_wording(agreement, reworded.clause, reworded.text(), REWORDED)
    agreement = with_reviewed_wording(agreement, deleted.clause, deleted.text(), "")
    kept = followed.text().strip()
    agreement = with_reviewed_wording(
        agreement, followed.clause, followed.text(), f"{kept}\n\n{ADDED}"
    )

    body, baseline = _exported(agreement)
    # document.xml: the reviewer's words, in one inline plain-text control tagged with the clause.
    held = [
        sdt
        for sdt in body.iter(f"{{{W}}}sdt")
        if "".join(sdt.itertext()) == REWORDED
        and sdt.find("w:sdtPr/w:tag", NS).get(f"{{{W}}}val") == reworded.clause
    ]
    assert len(held) == 1
    control = held[0]
    assert control.getparent().tag == f"{{{W}}}p"
    assert control.find("w:sdtPr/w:text", NS) is not None
    assert control.find("w:sdtPr/w:alias", NS).get(f"{{{W}}}val") != reworded.clause
    assert control.find(".//w:fldChar", NS) is None
    ids = [sdt.get(f"{{{W}}}val") for sdt in body.iterfind(".//w:sdtPr/w:id", NS)]
    assert len(ids) == len(set(ids))

    # The review part records the document as now printed.
    now = [(p.clause, p.text()) for p in baseline.paragraphs]
    before = [(p.clause, p.text()) for p in first_export.paragraphs]
    assert (reworded.clause, REWORDED) in now
    assert (reworded.clause, reworded.text()) not in now
    assert (deleted.clause, deleted.text()) not in now
    place = now.index((followed.clause, followed.text()))
    assert now[place + 1] == (followed.clause, ADDED)
    assert len(now) == len(before) + 1 - 1

    # Read back: the new document is what its baseline says, so a review finds no change.
    found, method = find_changes(list(baseline.paragraphs), paragraphs(body), {})
    assert found == [] and method == "tags"

    # The preview prints the same.
    preview = preview_html(agreement)
    assert escape(REWORDED) in preview
    assert escape(ADDED) in preview
    gone = " ".join(deleted.text().split())
    assert plain(preview).count(gone) == plain(generated_preview).count(gone) - 1


def test_a_reworded_clause_keeps_its_number_bookmark_and_bold_lead_in() -> None:
    """A numbered clause stays numbered and citable; a defined term in bold that the reviewer
    kept at the start stays bold, outside the control."""
    agreement = _in("it-service-desk", "pt-BR")
    blocks = generated_blocks(agreement)
    pairs = [(p, key_of(r)) for p, r in zip(_elements(blocks), paragraphs(blocks), strict=True)]
    term = "“Horas Úteis”"
    numbered = next(
        key
        for p, key in pairs
        if p.find("w:pPr/w:numPr", NS) is not None
        and p.find("w:bookmarkStart", NS) is not None
        and key
        and key[0]
        and not key[1].startswith(term)
    )
    defined = next(key for _, key in pairs if key and key[1].startswith(term + ":"))
    agreement = with_reviewed_wording(agreement, *numbered, "Novo.")
    agreement = with_reviewed_wording(agreement, *defined, term + ": as horas de expediente.")
    body = open_package(build_docx(agreement)).body
    found = {"".join(p.itertext()): p for p in body.iter(f"{{{W}}}p")}
    plain_clause = found["Novo."]
    assert plain_clause.find("w:pPr/w:numPr", NS) is not None
    assert plain_clause.find("w:bookmarkStart", NS) is not None
    assert plain_clause.find("w:bookmarkEnd", NS) is not None
    definition = found[term + ": as horas de expediente."]
    lead = definition.find("w:r", NS)
    assert lead.find("w:rPr/w:b", NS) is not None and "".join(lead.itertext()) == term
    assert "".join(definition.find("w:sdt", NS).itertext()) == ": as horas de expediente."


def test_a_wording_of_another_language_or_a_changed_paragraph_is_not_printed() -> None:
    agreement = _in("saas-availability", "en")
    portuguese = generated_keys(_in("saas-availability", "pt-BR"))
    clause, text = next(
        k for k in sorted(generated_keys(agreement), key=str) if k[0] and k not in portuguese
    )
    agreement = with_reviewed_wording(agreement, clause, text + " (changed)", REWORDED)
    assert REWORDED.encode() not in _document_xml(build_docx(agreement))
    agreement = with_reviewed_wording(agreement, clause, text, REWORDED)
    assert REWORDED.encode() in _document_xml(build_docx(agreement))
    assert REWORDED.encode() not in _document_xml(build_docx(agreement, language="pt-BR"))


def _document_xml(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def _elements(blocks: list[etree._Element]) -> list[etree._Element]:
    from sla_designer.export.reviewed_wording import _paragraph_elements

    return list(_paragraph_elements(blocks))


@pytest.mark.parametrize("language", ["en", "pt-BR"])
def test_a_rewritten_sentence_read_from_a_review_is_kept_and_printed(language: str) -> None:
    """From a reviewed document to the next export: the review's wording change, accepted with
    with_reviewed_wording, prints the reviewer's paragraph and reads back as no change."""
    from sla_designer.review.reading import read_review

    agreement = _in("saas-availability", language)
    data = build_docx(agreement)
    archive = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(archive.read("word/document.xml"))
    _, baseline = _exported(agreement)
    target = _chosen(baseline)[1]
    clause_controls = [
        sdt
        for p in root.iter(f"{{{W}}}p")
        for sdt in p.iterfind("w:sdt", NS)
        if sdt.find("w:sdtPr/w:tag", NS).get(f"{{{W}}}val") == target.clause
        and "".join(p.itertext()) == target.text()
    ]
    texts = clause_controls[0].findall(".//w:t", NS)
    texts[0].text = "Rewritten by the reviewer: " + (texts[0].text or "")
    reviewed = _replaced(data, "word/document.xml", etree.tostring(root))

    review = read_review(reviewed)
    wording = [c for c in review.changes if c.kind == "wording"]
    assert len(wording) == 1 and wording[0].applies
    change = wording[0]
    assert change.tag == target.clause and change.generated == target.text()
    assert change.replacement is not None
    kept = with_reviewed_wording(review.agreement, change.tag, change.generated, change.replacement)

    again = build_docx(kept)
    assert b"Rewritten by the reviewer: " in _document_xml(again)
    assert read_review(again).changes == ()


def _replaced(data: bytes, name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, content if item.filename == name else source.read(item))
    return out.getvalue()


def test_a_document_with_much_reviewed_wording_passes_openxml_audit(tmp_path: Path) -> None:
    """Every seventh paragraph of clauses (table cells and headings among them) deleted,
    reworded, or reworded with a paragraph added holding a line break and a tab: still valid."""
    for name, language in (("saas-availability", "en"), ("contact-centre", "pt-BR")):
        agreement = _in(name, language)
        keys = sorted((k for k in generated_keys(agreement) if k[0]), key=str)
        for index, (clause, text) in enumerate(keys[::7]):
            wording = ("", "Reworded.\n\nAdded.\nA line break and a\ttab.", "Reworded.")[index % 3]
            agreement = with_reviewed_wording(agreement, clause, text, wording)
        (tmp_path / f"{name}.docx").write_bytes(build_docx(agreement))
    result = subprocess.run(
        [str(Path(sys.executable).with_name("openxml-audit")), "-o", "json", "-r", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    reports = json.loads(result.stdout)
    assert len(reports) == 2
    for report in reports:
        assert report["valid"] is True, (report["file"], report.get("errors"))


def test_in_the_preview_a_table_cell_stays_a_cell() -> None:
    """Word keeps a table cell whose paragraph is deleted (empty) and puts added paragraphs
    inside it: the preview's rows keep their cells too."""
    from sla_designer.export.contract import write_contract
    from sla_designer.export.html_target import HtmlTarget
    from sla_designer.model.tags import with_ids

    agreement = _in("saas-availability", "en")
    target = HtmlTarget()
    write_contract(agreement, target)
    cells = [
        (with_ids(agreement, tag), text)
        for said, (tag, text) in target.paragraphs()
        if said.opening == "<td>" and tag is not None
    ]
    (deleted, emptied), (added, grown) = cells[0], cells[-1]
    before = preview_html(agreement)
    agreement = with_reviewed_wording(agreement, deleted, emptied, "")
    agreement = with_reviewed_wording(agreement, added, grown, "First line.\n\nSecond line.")
    after = preview_html(agreement)
    assert after.count("<td>") == before.count("<td>")
    assert "First line.<br>Second line." in after
