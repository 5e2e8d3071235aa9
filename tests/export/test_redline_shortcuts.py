"""The redline's shortcuts write the document the straightforward way writes: for every template
in both languages, and the benchmark's large agreement, the redline's body and numbering are the
same bytes with the shortcuts as without them.

The shortcuts (export/redline.py, redline_units.py, review/likeness.py): paragraphs and tables
written alike in both versions pair first and are not read; an old paragraph or row written as
one of the new version is read as that one is; a table cell's paragraph written alike is not
diffed; difflib's matching is worked out with substring searches. Without them: every
paragraph and row of both versions read and paired, the old version's body read whole,
every cell diffed, difflib itself."""

from __future__ import annotations

import copy
import io
import zipfile
from difflib import SequenceMatcher
from itertools import count

import pytest
from lxml import etree

from bench.bench_redline import changed
from bench.large_agreement import large_agreement
from sla_designer.export import docx_writer, ooxml, redline, redline_units
from sla_designer.export.ooxml import Element
from sla_designer.model import Agreement
from sla_designer.review import likeness
from sla_designer.review.wordml import paragraphs
from tests.export.redline_pairs import AUTHOR, DATE, marker, versions
from tests.export.reviewed import PAIRS

Contracts = tuple[list[Element], Element, list[Element], Element]


def _contracts(old: Agreement, new: Agreement) -> Contracts:
    """The old and new versions' body blocks and numbering parts, as build_docx makes them."""
    width = docx_writer.PAPER_SIZES["A4"][0] - 2 * docx_writer.PAPER_SIZES["A4"][2]
    made = []
    for agreement in (old, new):
        numbering = ooxml.el("numbering")
        made += [docx_writer._contract(agreement, numbering, width)[2], numbering]
    return made[0], made[1], made[2], made[3]


def _marked(contracts: Contracts) -> bytes:
    old, old_numbering, new, numbering = copy.deepcopy(contracts)
    blocks = redline.mark_changes(
        old, new, marker(), numbering, old_numbering, new_reading=paragraphs(new)
    )
    return b"".join(etree.tostring(x) for x in [*blocks, numbering])


def _straightforward(monkeypatch: pytest.MonkeyPatch) -> None:
    """No shortcut: the old body read whole, every cell diffed, difflib's own matching."""

    def old_units(blocks: list[Element], _: object) -> list[redline_units.Unit]:
        return [u for u in redline_units.units_of(blocks, paragraphs(blocks)) if not u.contents]

    never_alike = count()
    monkeypatch.setattr(redline, "old_units", old_units)
    monkeypatch.setattr(redline, "written", lambda _: next(never_alike))

    def blocks(a: str, b: str) -> list[tuple[int, int, int]]:
        found = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
        return [(i, j, k) for i, j, k in found]

    monkeypatch.setattr(likeness, "matching_blocks", blocks)
    monkeypatch.setattr(
        likeness, "ratio", lambda a, b: SequenceMatcher(None, a, b, autojunk=False).ratio()
    )


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_template_is_marked_the_same_with_the_shortcuts(
    monkeypatch: pytest.MonkeyPatch, name: str, language: str
) -> None:
    contracts = _contracts(*versions(name, language))
    fast = _marked(contracts)
    _straightforward(monkeypatch)
    assert _marked(contracts) == fast


def test_the_large_agreement_is_marked_the_same_with_the_shortcuts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = large_agreement()
    contracts = _contracts(old, changed(old)[0])
    fast = _marked(contracts)
    _straightforward(monkeypatch)
    assert _marked(contracts) == fast


@pytest.mark.parametrize(("name", "language"), [*PAIRS, ("large agreement", "en")])
def test_comparing_before_the_text_is_tagged_writes_the_same_redline(
    monkeypatch: pytest.MonkeyPatch, name: str, language: str
) -> None:
    """The blocks of both versions compared before their generated text is tagged, the old
    version's tagged only where they differ, give the redline of blocks compared tagged."""
    if name == "large agreement":
        old = large_agreement()
        new = changed(old)[0]
    else:
        old, new = versions(name, language)
    redline = docx_writer.Redline(old, AUTHOR, DATE)
    assert docx_writer.compared_untagged(new, old)
    early = _document_parts(docx_writer.build_docx(new, redline=redline))
    monkeypatch.setattr(docx_writer, "compared_untagged", lambda *_: False)
    assert _document_parts(docx_writer.build_docx(new, redline=redline)) == early


def _document_parts(docx: bytes) -> tuple[bytes, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return package.read("word/document.xml"), package.read("word/numbering.xml")
