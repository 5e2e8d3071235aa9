"""The Word redline without LibreOffice: the word diff, the XML it writes, and every template's
redline read as Word reads it (text with the changes accepted = the new version's export, with
them rejected = the old one's), and by the review."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from sla_designer.export import Redline, build_docx, ooxml
from sla_designer.export.redline import mark_changes
from sla_designer.export.word_diff import diff_paragraph, words
from sla_designer.review.reading import read_review
from sla_designer.review.wordml import paragraphs, w
from tests.export.redline_pairs import AUTHOR, DATE, EDITS, marker, versions
from tests.export.reviewed import LANGUAGES, PAIRS, TEMPLATES
from tests.review import wordprocessing as word

ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
_CHANGES = (w("ins"), w("del"), w("customXmlInsRangeStart"), w("customXmlDelRangeStart"))


def _body(data: bytes) -> ooxml.Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("word/document.xml")).find(w("body"))


def _texts(body: ooxml.Element, *, accepted: bool = True) -> list[str]:
    """Each paragraph's text with the tracked changes accepted (or rejected), without what
    fields show; empty paragraphs left out (a deleted paragraph's, once accepted)."""
    return [text for p in paragraphs(body) if (text := p.compared(accepted))]


def _redline(name: str, language: str) -> bytes:
    old, new = versions(name, language)
    return build_docx(new, redline=Redline(old, AUTHOR, DATE))


@pytest.fixture(scope="module")
def redlines() -> dict[tuple[str, str], bytes]:
    return {pair: _redline(*pair) for pair in PAIRS}


# --- the word diff ------------------------------------------------------------------------------


def test_words_keep_numbers_whole() -> None:
    assert words("at least 99.95\u00a0% or 1.234,56") == [
        "at",
        " ",
        "least",
        " ",
        "99.95",
        "\u00a0",
        "%",
        " ",
        "or",
        " ",
        "1.234,56",
    ]


def _paragraph(*content: ooxml.Element | str) -> ooxml.Element:
    return ooxml.paragraph("BodyText", content)


def _value(tag: str, text: str) -> ooxml.Element:
    return ooxml.inline_control(tag, tag, [ooxml.run(text, bold=True)], 7)


def _shown(p: ooxml.Element, *, accepted: bool) -> str:
    (reading,) = paragraphs([p])
    return reading.text(accepted)


def test_a_changed_word_is_deleted_then_inserted_in_place() -> None:
    old = _paragraph("The Provider answers within four hours.")
    new = _paragraph("The Provider answers within two hours.")
    diff_paragraph(old, new, marker())
    changes = [(c.tag, "".join(c.itertext())) for c in new if c.tag in _CHANGES]
    assert changes == [(w("del"), "four"), (w("ins"), "two")]
    assert _shown(new, accepted=True) == "The Provider answers within two hours."
    assert _shown(new, accepted=False) == "The Provider answers within four hours."
    deleted = new.find(w("del"))
    assert deleted.find(f"{w('r')}/{w('delText')}") is not None
    assert deleted.find(f".//{w('t')}") is None


def test_a_value_changes_whole_outside_its_control_and_the_control_stays() -> None:
    tag = "metrics[uptime].objective"
    old = _paragraph("at least ", _value(tag, "99.9 %"), " of the time")
    new = _paragraph("at least ", _value(tag, "99.95 %"), " of the time")
    diff_paragraph(old, new, marker())
    sdt = new.find(w("sdt"))
    assert sdt.find(f"{w('sdtPr')}/{w('tag')}").get(w("val")) == tag
    inserted = sdt.find(f"{w('sdtContent')}/{w('ins')}")
    assert "".join(inserted.itertext()) == "99.95 %"
    assert inserted.find(f"{w('r')}/{w('rPr')}/{w('b')}") is not None  # formatting kept
    # The deletion stands just before the control: LibreOffice loses one at a control's start.
    assert sdt.getprevious().tag == w("del")
    assert "".join(sdt.getprevious().itertext()) == "99.9 %"
    assert _shown(new, accepted=False) == "at least 99.9 % of the time"


def test_every_change_has_a_unique_id_its_author_and_the_date() -> None:
    old = [_paragraph("One."), _paragraph("Two words."), _paragraph("Gone.")]
    new = [_paragraph("One."), _paragraph("Two new words."), _paragraph("Added.")]
    blocks = mark_changes(old, new, marker(), ooxml.el("numbering"), ooxml.el("numbering"))
    changes = [c for block in blocks for c in block.iter(*_CHANGES)]
    assert len(changes) >= 4
    ids = [c.get(w("id")) for c in changes]
    assert len(set(ids)) == len(ids)
    assert {(c.get(w("author")), c.get(w("date"))) for c in changes} == {(AUTHOR, DATE)}
    marks = [p.find(f"{w('pPr')}/{w('rPr')}") for p in blocks]
    assert [None if m is None else m[0].tag for m in marks] == [None, None, w("del"), w("ins")]


def test_an_unchanged_paragraph_is_left_as_the_export_wrote_it() -> None:
    new = _paragraph("Same words.", _value("title", "A title"))
    before = etree.tostring(new)
    blocks = mark_changes(
        [_paragraph("Same words.", _value("title", "A title"))],
        [new],
        marker(),
        ooxml.el("numbering"),
        ooxml.el("numbering"),
    )
    assert [etree.tostring(b) for b in blocks] == [before]


def test_a_table_row_removed_is_a_deleted_row_of_the_new_table() -> None:
    def table(rows: list[list[str]]) -> ooxml.Element:
        return ooxml.table(["Tier", "Credit"], rows, [2000, 2000])

    old = [table([["A", "5 %"], ["B", "10 %"], ["C", "20 %"]])]
    new = [table([["A", "5 %"], ["B", "15 %"]])]
    (tbl,) = mark_changes(old, new, marker(), ooxml.el("numbering"), ooxml.el("numbering"))
    rows = tbl.findall(w("tr"))
    assert len(rows) == 4
    assert rows[3].find(f"{w('trPr')}/{w('del')}") is not None
    assert rows[3].find(f".//{w('delText')}") is not None
    assert all(r.find(f"{w('trPr')}/{w('del')}") is None for r in rows[:3])
    assert [t for p in paragraphs([tbl]) if (t := p.compared(False))][-2:] == ["C", "20 %"]


# --- every template, in both languages -----------------------------------------------------------


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_accepted_is_the_new_version_and_rejected_the_old(
    redlines: dict[tuple[str, str], bytes], name: str, language: str
) -> None:
    old, new = versions(name, language)
    body = _body(redlines[(name, language)])
    assert _texts(body) == _texts(_body(build_docx(new)))
    assert _texts(body, accepted=False) == _texts(_body(build_docx(old)))


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_change_is_dated_and_signed_once(
    redlines: dict[tuple[str, str], bytes], name: str, language: str
) -> None:
    body = _body(redlines[(name, language)])
    changes = list(body.iter(*_CHANGES))
    assert len(changes) > len(EDITS)
    ids = [c.get(w("id")) for c in changes]
    assert len(set(ids)) == len(ids)
    all_ids = [e.get(w("id")) for e in body.iter(w("bookmarkStart"))] + ids
    assert len(set(all_ids)) == len(all_ids)  # one id space with the bookmarks
    assert {c.get(w("author")) for c in changes} == {AUTHOR}
    assert {c.get(w("date")) for c in changes} == {DATE}
    assert ISO_UTC.fullmatch(DATE)
    assert body.find(f".//{w('trPr')}/{w('del')}") is not None  # the tier or target removed


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_an_untouched_redline_reads_back_as_no_change(
    redlines: dict[tuple[str, str], bytes], name: str, language: str
) -> None:
    review = read_review(redlines[(name, language)])
    assert review.changes == (), [(c.kind, c.tag, c.old[:50], c.new[:50]) for c in review.changes]
    assert review.baseline_from == "document"
    assert review.agreement == versions(name, language)[1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reviewers_edit_on_a_redline_is_found_as_on_a_plain_export(
    redlines: dict[tuple[str, str], bytes], language: str
) -> None:
    """Word writing a reviewer's tracked change of a party's name on top of the redline."""
    data = redlines[("saas-availability", language)]
    tag = "parties[ledgerline].legal_name"

    def edit(root: ooxml.Element) -> None:
        content = word.content(word.control(root, tag))
        for child in list(content):
            content.remove(child)
        content.append(word.tracked("del", word.run("Ledgerline Software Ltd", deleted=True)))
        content.append(word.tracked("ins", word.run("Ledgerline Software plc")))

    review = read_review(word.edit_document(data, edit))
    found = [(c.kind, c.tag, c.old, c.new, c.author) for c in review.changes]
    assert found == [
        ("value", tag, "Ledgerline Software Ltd", "Ledgerline Software plc", word.AUTHOR)
    ]


def test_a_redline_without_changes_is_the_plain_export() -> None:
    old, _ = versions("supplier-ola", "en")
    body = _body(build_docx(old, redline=Redline(old, AUTHOR, DATE)))
    assert next(body.iter(*_CHANGES), None) is None
    assert _texts(body) == _texts(_body(build_docx(old)))


def test_a_redline_part_is_refused_by_a_reader_of_plain_exports_only() -> None:
    """Format 2: a reader that does not accept the redline's own changes refuses the part
    instead of reporting them as the reviewer's."""
    data = _redline("supplier-ola", "en")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        part = package.read("customXml/item1.xml").decode()
    assert 'format="2"' in part
    assert f'<redline author="{AUTHOR}" date="{DATE}"/>' in part
    plain = build_docx(versions("supplier-ola", "en")[0])
    with zipfile.ZipFile(io.BytesIO(plain)) as package:
        assert 'format="1"' in package.read("customXml/item1.xml").decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_openxml_audit_finds_every_redline_valid(tmp_path: Path, language: str) -> None:
    for name in TEMPLATES:
        (tmp_path / f"{name}.{language}.docx").write_bytes(_redline(name, language))
    result = subprocess.run(
        [str(Path(sys.executable).with_name("openxml-audit")), "-o", "json", "-r", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    reports = json.loads(result.stdout)
    assert len(reports) == len(TEMPLATES)
    for report in reports:
        assert report["valid"] is True, (report["file"], report.get("errors"))
