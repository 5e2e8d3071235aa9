"""An export nobody edited reads back with no change, for every template in both languages:
whatever the export writes (fields, tables, lists, cover, signature blocks), the baseline it
records is exactly what the reader reads."""

from __future__ import annotations

import pytest

from sla_designer.export import build_docx
from sla_designer.io import dumps_agreement
from sla_designer.review.reading import read_review
from tests.export.reviewed import PAIRS, agreement_of
from tests.review.wordprocessing import without_review_part


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_an_unedited_export_has_no_change(name: str, language: str) -> None:
    agreement = agreement_of(name)
    review = read_review(build_docx(agreement, language=language))
    assert review.changes == (), [(c.kind, c.tag, c.old[:60], c.new[:60]) for c in review.changes]
    assert (review.method, review.baseline_from, review.language) == ("tags", "document", language)
    assert dumps_agreement(review.agreement) == dumps_agreement(
        agreement.model_copy(update={"language": language})
    )


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_an_unedited_export_without_its_record_has_no_change_against_its_agreement(
    name: str, language: str
) -> None:
    """The baseline exported again from the agreement (--against) is the text the document
    holds: nothing in the export differs from one run to the next."""
    agreement = agreement_of(name).model_copy(update={"language": language})
    review = read_review(without_review_part(build_docx(agreement)), against=agreement)
    assert review.changes == ()
    assert review.agreement is agreement
    assert (review.method, review.baseline_from) == ("tags", "against")
