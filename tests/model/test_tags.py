"""Tags of the exported controls: model paths that name items by id (model/tags.py)."""

from __future__ import annotations

import pytest

from sla_designer.model.tags import TagError, parse_tag, resolve_tag, with_ids
from tests.export.reviewed import agreement_of


def test_indexes_of_items_with_ids_become_ids_and_resolve_back() -> None:
    agreement = agreement_of("saas-availability")
    metric = agreement.metrics[1]
    tag = with_ids(agreement, "metrics[1].objective")
    assert tag == f"metrics[{metric.id}].objective"
    assert resolve_tag(agreement, tag) == ("metrics", 1, "objective")
    # After a reorder the id still finds the item, at its new place.
    moved = agreement.model_copy(update={"metrics": list(reversed(agreement.metrics))})
    assert resolve_tag(moved, tag) == ("metrics", len(agreement.metrics) - 2, "objective")


def test_items_without_ids_keep_their_index_and_selections_stop_at_their_list() -> None:
    agreement = agreement_of("it-service-desk")
    index = next(i for i, m in enumerate(agreement.metrics) if getattr(m, "targets", None))
    tag = with_ids(agreement, f"metrics[{index}].targets[0].target")
    assert tag.endswith(".targets[0].target") and "[" + agreement.metrics[index].id + "]" in tag
    party = agreement.parties[0].id
    assert resolve_tag(agreement, f"responsibilities[party={party}]") == ("responsibilities",)
    assert with_ids(agreement, "parties") == "parties"


@pytest.mark.parametrize(
    "tag", ["", "[2]", "metrics[", "metrics[nowhere].objective", "metrics[99]", "nothing.here"]
)
def test_a_tag_that_names_nothing_is_refused(tag: str) -> None:
    agreement = agreement_of("saas-availability")
    with pytest.raises(TagError):
        if parse_tag(tag):
            resolve_tag(agreement, tag)
