"""A round trip through a real editor: LibreOffice edits an export as a legal reviewer does, with
change recording on and off, and the review finds every edit at its field.

One LibreOffice run (lo_edit.py, driven through UNO as the PDF export drives it) edits two
exports, an English template and a Portuguese one, each twice: once with Edit › Track Changes ›
Record on, once typing over the text. In each it changes a target, a percentage (an objective)
and a party's name inside their controls, rewrites a clause sentence, writes a paragraph after
it, deletes a list item, moves another (cut and paste), joins two paragraphs of a clause and
writes a paragraph after a list's last item, then saves as Word 2007-365 (.docx). In the same
run it opens and saves every template's export in both languages unedited, which must read back
with no change.

Comments are not made here: inserting one through UNO and saving as .docx makes LibreOffice
25.2 crash (the bridge is disposed during storeToURL), even anchored outside every control; the
Word-style fixtures (test_word_fixtures.py) cover them.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from sla_designer.export import build_docx
from sla_designer.export import pdf as pdf_module
from sla_designer.model import parse_target_time
from sla_designer.review.apply import apply_changes
from sla_designer.review.reading import ProposedChange, Review, read_review
from tests.export.reviewed import PAIRS, agreement_of
from tests.review.libreoffice import run_jobs

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
AUTHOR = "Rita Reviewer"
NBSP = "\u00a0"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(pdf_module.find_soffice() is None, reason="LibreOffice is not installed"),
]

ADDED = {
    "saas-availability": "Disputes are kept confidential.",
    "it-service-desk": "Os Créditos de Serviço não são cumulativos.",
}
"""A paragraph the reviewer writes after the sentence they rewrote (Enter, then typing)."""
ITEM = "Bulk imports run at night."
"""A paragraph the reviewer writes after a list's last item: an item to add in the editor."""

# What the reviewer does in each template: find TEXT (in the paragraph containing PARAGRAPH)
# and type over it, or delete a paragraph (lo_edit.py's edits).
EDITS = {
    "saas-availability": [
        {
            "op": "replace",
            "paragraph": "Enterprise edition",
            "find": f"99.9{NBSP}%",
            "with": f"99.95{NBSP}%",
        },
        {"op": "replace", "find": "4 Business Hours", "part": "4", "with": "2"},
        {
            "op": "replace",
            "paragraph": "(Company No. 11482093)",
            "find": "Ledgerline Software Ltd",
            "with": "Ledgerline Software Limited",
        },
        {
            "op": "replace",
            "paragraph": "A party that disputes a measurement",
            "find": "notifies the other party in writing",
            "with": "notifies the other party in writing within 30 days",
        },
        {
            "op": "add_paragraph",
            "find": "A party that disputes a measurement",
            "text": ADDED["saas-availability"],
        },
        {
            "op": "delete_paragraph",
            "find": "The sandbox tenant is provided without a service level.",
        },
        {
            "op": "move_paragraph",
            "find": "The API is limited to 20 requests a second",
            "before": "Support is given in English",
        },
        {"op": "join_next", "find": "words in the singular include the plural"},
        {"op": "add_paragraph", "find": "Bank payment-file formats other than", "text": ITEM},
    ],
    "it-service-desk": [
        {
            "op": "replace",
            "paragraph": "O resultado deverá ser de, no máximo, 5",
            "find": "5 %",
            "part": "5",
            "with": "3",
        },
        {"op": "replace", "find": "4 Horas Úteis", "part": "4", "with": "2"},
        {
            "op": "replace",
            "paragraph": "Pelo presente instrumento particular",
            "find": "Laticínios Serra Azul S.A.",
            "with": "Laticínios Serra Azul S/A",
        },
        {
            "op": "replace",
            "paragraph": "permanecem devidos após o seu término",
            "find": "no prazo de 30 (trinta) dias",
            "with": "no prazo de 15 (quinze) dias",
        },
        {
            "op": "add_paragraph",
            "find": "permanecem devidos após o seu término",
            "text": ADDED["it-service-desk"],
        },
        {
            "op": "delete_paragraph",
            "find": "Equipamentos fora de garantia dependem da aprovação",
        },
        {
            "op": "move_paragraph",
            "find": "Até 2.400 Chamados por mês",
            "before": "Atendimento presencial somente nas unidades",
        },
        {"op": "join_next", "find": "as palavras no singular incluem o plural e vice-versa;"},
        {"op": "add_paragraph", "find": "Links de comunicação de dados", "text": ITEM},
    ],
}

# What the review must find: (kind, tag, path, old, new) in document order; the paragraphs of
# the interpretation clause joined are its wording and a paragraph deleted (old and new not
# compared here), the item written after a list's last one is to be added in the editor.
EXPECTED = {
    "saas-availability": [
        (
            "value",
            "parties[ledgerline].legal_name",
            ("parties", 0, "legal_name"),
            "Ledgerline Software Ltd",
            "Ledgerline Software Limited",
        ),
        ("wording", "clauses.interpretation", ("clauses", "interpretation"), "", ""),
        ("deleted", "clauses.interpretation", ("clauses", "interpretation"), "", ""),
        ("moved", "service.limitations[1]", ("service", "limitations", 1), "2", "1"),
        (
            "item_removed",
            "service.limitations[2]",
            ("service", "limitations", 2),
            "The sandbox tenant is provided without a service level.",
            "",
        ),
        ("added", None, ("service", "exclusions"), "", ITEM),
        (
            "value",
            "metrics[platform-availability].objective",
            ("metrics", 0, "objective"),
            f"99.9{NBSP}%",
            f"99.95{NBSP}%",
        ),
        (
            "value",
            "metrics[support-first-response].targets[2].target",
            ("metrics", 2, "targets", 2, "target"),
            "4 Business Hours",
            "2 Business Hours",
        ),
        ("wording", "clauses.measurement_disputes", ("clauses", "measurement_disputes"), "", ""),
        (
            "added",
            "clauses.measurement_disputes",
            ("clauses", "measurement_disputes"),
            "",
            "Disputes are kept confidential.",
        ),
    ],
    "it-service-desk": [
        (
            "value",
            "parties[serra-azul].legal_name",
            ("parties", 0, "legal_name"),
            "Laticínios Serra Azul S.A.",
            "Laticínios Serra Azul S/A",
        ),
        ("wording", "clauses.interpretation", ("clauses", "interpretation"), "", ""),
        ("deleted", "clauses.interpretation", ("clauses", "interpretation"), "", ""),
        ("moved", "service.limitations[1]", ("service", "limitations", 1), "2", "1"),
        (
            "item_removed",
            "service.limitations[2]",
            ("service", "limitations", 2),
            "Equipamentos fora de garantia dependem da aprovação de orçamento de peças pela"
            " CONTRATANTE.",
            "",
        ),
        ("added", None, ("service", "exclusions"), "", ITEM),
        (
            "value",
            "metrics[tempo-resposta].targets[2].target",
            ("metrics", 0, "targets", 2, "target"),
            "4 Horas Úteis",
            "2 Horas Úteis",
        ),
        (
            "value",
            "metrics[reabertura].objective",
            ("metrics", 4, "objective"),
            "5 %",
            "3 %",
        ),
        ("wording", "clauses.credit_nature", ("clauses", "credit_nature"), "", ""),
        (
            "added",
            "clauses.credit_nature",
            ("clauses", "credit_nature"),
            "",
            "Os Créditos de Serviço não são cumulativos.",
        ),
    ],
}
REWORDED = {
    "saas-availability": (
        "notifies the other party in writing",
        "notifies the other party in writing within 30 days",
    ),
    "it-service-desk": ("no prazo de 30 (trinta) dias", "no prazo de 15 (quinze) dias"),
}
VALUES = {
    "metrics[platform-availability].objective": Decimal("99.95"),
    "metrics[reabertura].objective": Decimal(3),
    "parties[ledgerline].legal_name": "Ledgerline Software Limited",
    "parties[serra-azul].legal_name": "Laticínios Serra Azul S/A",
    "metrics[support-first-response].targets[2].target": parse_target_time("2h business"),
    "metrics[tempo-resposta].targets[2].target": parse_target_time("2h business"),
}
"""The new value each value change reads in the document's language."""

Run = tuple[str, bool]
"""(template, whether changes were recorded)."""


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of what LibreOffice saved: NAME.tracked.docx and NAME.plain.docx for each
    edited template, NAME.LANGUAGE.docx for every template in both languages opened and saved
    unedited; one LibreOffice run for them all."""
    folder = tmp_path_factory.mktemp("libreoffice-review")
    jobs: list[dict[str, object]] = []
    for name, edits in EDITS.items():
        source = folder / f"{name}.export.docx"
        source.write_bytes(build_docx(agreement_of(name)))
        for record in (True, False):
            target = folder / f"{name}.{'tracked' if record else 'plain'}.docx"
            jobs.append(
                {
                    "source": str(source),
                    "target": str(target),
                    "record": record,
                    "author": AUTHOR,
                    "edits": edits,
                }
            )
    for name, language in PAIRS:
        source = folder / f"{name}.{language}.export.docx"
        source.write_bytes(build_docx(agreement_of(name), language=language))
        target = folder / f"{name}.{language}.docx"
        jobs.append(
            {"source": str(source), "target": str(target), "record": True, "author": AUTHOR}
        )
    run_jobs(jobs, folder)
    return folder


@pytest.fixture(scope="module")
def reviews(saved: Path) -> dict[Run, Review]:
    return {
        (name, record): read_review(
            (saved / f"{name}.{'tracked' if record else 'plain'}.docx").read_bytes()
        )
        for name in EDITS
        for record in (True, False)
    }


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_saved_unedited_by_libreoffice_is_no_change(saved: Path, name: str, language: str) -> None:
    review = read_review((saved / f"{name}.{language}.docx").read_bytes())
    assert review.changes == (), [(c.kind, c.tag, c.old[:60], c.new[:60]) for c in review.changes]
    assert (review.method, review.baseline_from) == ("tags", "document")


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_libreoffice_keeps_every_controls_tag(saved: Path, name: str, language: str) -> None:
    """LibreOffice 25.2 keeps inline controls natively: every tag the export wrote is in what
    it saved (block-level controls lost theirs; the export writes none)."""
    exported = _tags(saved / f"{name}.{language}.export.docx")
    assert _tags(saved / f"{name}.{language}.docx") == exported
    assert exported.total() > 300


def _tags(path: Path) -> Counter[str]:
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    return Counter(str(tag.get(f"{{{W}}}val")) for tag in root.iter(f"{{{W}}}tag"))


RUNS = [(name, record) for name in EDITS for record in (True, False)]


@pytest.mark.parametrize(("name", "record"), RUNS)
def test_every_edit_is_found_at_its_field(
    reviews: dict[Run, Review], name: str, record: bool
) -> None:
    review = reviews[(name, record)]
    found = [(c.kind, c.tag, c.path, c.old, c.new) for c in review.changes]
    expected = EXPECTED[name]
    assert [f[:3] for f in found] == [e[:3] for e in expected]
    for change, (kind, tag, _path, old, new) in zip(review.changes, expected, strict=True):
        if kind not in ("wording", "deleted"):
            assert (change.old, change.new) == (old, new)
        if kind == "value":
            assert change.value == VALUES[change.tag or ""]
        if kind == "added" and tag is None:
            assert change.problem is not None and change.problem.key == "files.review.add_item"
        else:
            assert change.applies, change.problem


@pytest.mark.parametrize(("name", "record"), RUNS)
def test_accepting_what_applies_gives_the_reviewed_contract(
    reviews: dict[Run, Review], name: str, record: bool
) -> None:
    """The list reordered and shortened, the joined paragraphs and the rewritten sentence kept:
    the export of the agreement accepted reads back with no change."""
    review = reviews[(name, record)]
    changed, refused = apply_changes(review.agreement, review.changes)
    assert [problem.key for _, problem in refused] == ["files.review.add_item"]
    limits = review.agreement.service.limitations
    assert changed.service.limitations == [limits[1], limits[0]]
    assert read_review(build_docx(changed)).changes == ()


@pytest.mark.parametrize(("name", "record"), RUNS)
def test_a_rewritten_sentence_keeps_the_reviewers_wording(
    reviews: dict[Run, Review], name: str, record: bool
) -> None:
    wording = _one(reviews[(name, record)], "wording", EXPECTED[name][-1][1])
    before, after = REWORDED[name]
    assert before in wording.old and after not in wording.old
    assert wording.new == wording.old.replace(before, after)
    assert wording.replacement == wording.new
    assert wording.generated is not None and wording.generated.strip() == wording.old
    added = _one(reviews[(name, record)], "added", EXPECTED[name][-1][1])
    assert added.generated == wording.generated  # the paragraph's wording, with the new one
    assert added.replacement == f"{wording.new}\n\n{ADDED[name]}"


@pytest.mark.parametrize("name", list(EDITS))
def test_recorded_changes_carry_their_author_and_date(
    reviews: dict[Run, Review], name: str
) -> None:
    for change in reviews[(name, True)].changes:
        assert change.author == AUTHOR, change
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", change.date), change


@pytest.mark.parametrize("name", list(EDITS))
def test_plain_edits_have_no_author(reviews: dict[Run, Review], name: str) -> None:
    assert all(c.author == "" and c.date == "" for c in reviews[(name, False)].changes)


@pytest.mark.parametrize(("name", "record"), RUNS)
def test_libreoffice_keeps_the_tags_and_the_exported_record(
    reviews: dict[Run, Review], name: str, record: bool
) -> None:
    """LibreOffice 25.2 keeps the custom XML part and the controls' tags through its save."""
    review = reviews[(name, record)]
    assert review.baseline_from == "document"
    assert review.method == "tags"
    assert review.language == agreement_of(name).language


def _one(review: Review, kind: str, tag: str | None) -> ProposedChange:
    (change,) = [c for c in review.changes if c.kind == kind and c.tag == tag]
    return change
