"""The export writes its record of the text straight from its reading of the body: the same part
as the baseline written out, and read back as that baseline, for every template in both
languages and for the large agreement of the benchmarks; its tags name items by id as
`with_ids` does, worked out once per prefix."""

from __future__ import annotations

import pytest
from lxml import etree

from bench.large_agreement import large_agreement
from sla_designer.export.docx_writer import generated_blocks
from sla_designer.export.review_part import ItemNames
from sla_designer.io import dumps_agreement
from sla_designer.model import Agreement
from sla_designer.model.paths import format_path
from sla_designer.model.tags import resolve_tag, with_ids
from sla_designer.review.baseline import baseline_of, from_xml, record_xml, to_xml
from tests.export.reviewed import PAIRS, agreement_of

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _check(agreement: Agreement) -> None:
    blocks = generated_blocks(agreement)
    text = dumps_agreement(agreement)
    baseline = baseline_of(blocks, text, agreement.language)
    record = record_xml(blocks, text, agreement.language)
    assert record == to_xml(baseline)
    assert from_xml(etree.fromstring(record)) == baseline


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_the_record_is_the_baseline_written_out(name: str, language: str) -> None:
    _check(agreement_of(name).model_copy(update={"language": language}))


def test_the_record_of_the_large_agreement_is_its_baseline() -> None:
    _check(large_agreement())


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_tags_name_items_by_id_as_with_ids_says(name: str, language: str) -> None:
    agreement = agreement_of(name).model_copy(update={"language": language})
    tags = {
        str(tag.get(f"{{{W}}}val"))
        for block in generated_blocks(agreement)
        for tag in block.iter(f"{{{W}}}tag")
    }
    indexed = {format_path(resolve_tag(agreement, tag)) for tag in tags}
    indexed |= {"metrics[0].x[p=a.b].y", "metrics[0].x[a.b]", "metrics[9].objective", "a[p=v.w"}
    named = ItemNames(agreement)
    for tag in sorted(indexed, key=len, reverse=True):
        assert named(tag) == with_ids(agreement, tag), tag
