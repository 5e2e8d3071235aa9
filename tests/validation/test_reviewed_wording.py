"""A reviewer's wording whose paragraph the export no longer writes is said, in both languages,
and stops being said once the wording is kept for the paragraph as it now reads."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sla_designer.export.docx_writer import generated_blocks
from sla_designer.export.reviewed_wording import current_paragraph, key_of
from sla_designer.model import Agreement, AvailabilityMetric, with_reviewed_wording
from sla_designer.review.wordml import paragraphs
from sla_designer.validation import validate
from sla_designer.validation.reviewed_wording import excerpt
from tests.export.reviewed import LANGUAGES, agreement_of

CODE = "reviewed-wording-stale"


def _objective_paragraph(agreement: Agreement) -> tuple[str, str]:
    """The clause and text of the paragraph stating the first availability objective."""
    metric = next(m for m in agreement.metrics if isinstance(m, AvailabilityMetric))
    for paragraph in paragraphs(generated_blocks(agreement)):
        key = key_of(paragraph)
        held = {s.tag for s in paragraph.segments if s.value}
        if key and key[0] == f"metrics[{metric.id}]" and f"{key[0]}.objective" in held:
            assert key[0] is not None
            return key[0], key[1]
    raise AssertionError("no paragraph states the objective")


def _stale(agreement: Agreement) -> list[tuple[object, ...]]:
    return [f.path for f in validate(agreement) if f.code == CODE]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_number_changed_inside_the_paragraph_makes_the_wording_stale(language: str) -> None:
    agreement = agreement_of("saas-availability").model_copy(update={"language": language})
    clause, text = _objective_paragraph(agreement)
    agreement = with_reviewed_wording(agreement, clause, text, "The reviewer's own sentence.")
    assert _stale(agreement) == []

    metric = next(m for m in agreement.metrics if isinstance(m, AvailabilityMetric))
    metric.objective = Decimal("99.8")
    assert _stale(agreement) == [("reviewed_wording", 0)]
    finding = next(f for f in validate(agreement) if f.code == CODE)
    assert finding.severity == "warning"
    for shown in ("en", "pt-BR"):
        assert excerpt(text) in finding.message(shown)
    assert "revisor" in finding.message("pt-BR") and "reviewer" in finding.message("en")

    entry = agreement.reviewed_wording[0]
    current = current_paragraph(agreement, entry)
    assert current is not None and ("99.8" in current or "99,8" in current)
    entry.generated = current
    assert _stale(agreement) == []


def test_a_clause_that_is_gone_makes_its_wording_stale() -> None:
    agreement = agreement_of("saas-availability")
    clause, text = _objective_paragraph(agreement)
    agreement = with_reviewed_wording(agreement, clause, text, "")
    metric = next(m for m in agreement.metrics if isinstance(m, AvailabilityMetric))
    agreement.metrics = [m for m in agreement.metrics if m is not metric]
    assert _stale(agreement) == [("reviewed_wording", 0)]
    assert current_paragraph(agreement, agreement.reviewed_wording[0]) is None


def test_an_agreement_without_reviewed_wording_writes_no_contract_for_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sla_designer.export import reviewed_wording, wording_edits

    def fail(agreement: Agreement) -> frozenset[tuple[str | None, str]]:
        raise AssertionError("the contract was written")

    monkeypatch.setattr(reviewed_wording, "generated_keys", fail)
    monkeypatch.setattr(wording_edits, "_write", fail)
    assert _stale(agreement_of("it-service-desk")) == []


def test_an_excerpt_is_one_line_cut_at_a_word() -> None:
    assert excerpt("Short\ntext.") == "Short text."
    long = "word " * 30
    cut = excerpt(long)
    assert cut.endswith("…") and len(cut) <= 61 and "  " not in cut
