"""Accepting a reviewer's changes (review/apply.py): values set and checked by the model, items
removed from the highest index down, rewordings kept as the reviewer's wording, the agreement
given never changed, and every change that cannot be made returned with its reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sla_designer.model import Agreement
from sla_designer.model.paths import FieldPath, resolve
from sla_designer.review.apply import apply_change, apply_changes
from sla_designer.review.package import Comment
from sla_designer.review.reading import ProposedChange
from sla_designer.text.values import Problem
from tests.export.reviewed import agreement_of

DAY = dt.date(2027, 3, 2)


def change(
    kind: str,
    path: FieldPath | None,
    *,
    old: str = "",
    new: str = "",
    value: object = None,
    problem: Problem | None = None,
    tag: str | None = None,
    generated: str | None = None,
    replacement: str | None = None,
) -> ProposedChange:
    comments = (Comment("Rita", "2027-03-01T10:00:00Z", "see clause 4"),)
    return ProposedChange(
        kind,
        tag,
        path,
        old,
        new,
        "Rita",
        "2027-03-01T10:00:00Z",
        comments,
        value,
        problem,
        generated,
        replacement,
    )


@pytest.fixture
def agreement() -> Agreement:
    return agreement_of("saas-availability")


def test_a_value_is_set_on_a_copy(agreement: Agreement) -> None:
    before = agreement.model_copy(deep=True)
    changed = apply_change(agreement, change("value", ("reference",), new="X-1", value="X-1"))
    assert changed.reference == "X-1"
    assert agreement == before
    objective = ("metrics", 1, "objective")
    changed = apply_change(agreement, change("value", objective, value=Decimal("99.5")))
    assert changed.metrics[1].objective == Decimal("99.5")  # type: ignore[union-attr]
    assert changed.metrics[0] == agreement.metrics[0]


def test_a_value_the_model_refuses_now_is_not_set(agreement: Agreement) -> None:
    # Read when it was fine, refused on the agreement as it is: the model has the last word.
    refused = change("value", ("metrics", 0, "objective"), new="150 %", value=Decimal(150))
    with pytest.raises(Problem) as caught:
        apply_change(agreement, refused)
    assert caught.value.key == "files.review.refused"
    assert "'150 %' cannot be kept:" in caught.value.text("en")
    assert "não pode ser mantido" in caught.value.text("pt-BR")


def test_a_change_that_does_not_apply_or_a_comment_raises_its_reason(
    agreement: Agreement,
) -> None:
    reason = Problem("files.review.not_whole", text="'x'")
    with pytest.raises(Problem) as caught:
        apply_change(agreement, change("value", ("term", "months"), problem=reason))
    assert caught.value is reason
    with pytest.raises(Problem) as caught:
        apply_change(agreement, change("comment", ("reference",)))
    assert caught.value.key == "files.review.only_comment"
    gone = change("value", ("metrics", 40, "objective"), tag="metrics[gone].objective", value=1)
    with pytest.raises(Problem, match=r"metrics\[gone\].objective is no longer in the agreement"):
        apply_change(agreement, gone)


def test_removals_go_from_the_highest_index_after_the_field_edits(agreement: Agreement) -> None:
    scope = list(agreement.service.scope)
    assert len(scope) >= 4
    changes = [
        change("item_removed", ("service", "scope", 0), old=scope[0]),
        change("value", ("service", "scope", 3), new="Fourth, reworded", value="Fourth, reworded"),
        change("item_removed", ("service", "scope", 2), old=scope[2]),
        change("comment", ("service", "scope", 1)),
    ]
    changed, refused = apply_changes(agreement, changes)
    assert refused == []
    assert changed.service.scope == [scope[1], "Fourth, reworded", *scope[4:]]
    assert agreement.service.scope == scope


def test_nested_removals_are_made_before_their_parents(agreement: Agreement) -> None:
    hours = ("calendars", 1, "hours")
    days = list(resolve(agreement, (*hours, 0, "days")))
    assert len(days) == 5
    changes = [
        change("item_removed", (*hours, 0, "days", 0)),
        change("item_removed", ("calendars", 0)),
        change("item_removed", (*hours, 0, "days", 4)),
    ]
    changed, refused = apply_changes(agreement, changes)
    assert refused == []
    assert [c.id for c in changed.calendars] == [c.id for c in agreement.calendars[1:]]
    assert changed.calendars[0].hours[0].days == days[1:4]


def test_what_cannot_be_made_is_listed_with_its_reason_and_the_rest_is_made(
    agreement: Agreement,
) -> None:
    days = ("calendars", 1, "hours", 0, "days")
    count = len(resolve(agreement, days))
    removals = [change("item_removed", (*days, i), old=f"day {i}") for i in range(count)]
    not_a_number = Problem("files.review.not_whole", text="'many'")
    changes = [
        change("value", ("term", "months"), new="many", problem=not_a_number),
        *removals,
        change("value", ("reference",), value="R-2"),
    ]
    changed, refused = apply_changes(agreement, changes)
    assert changed.reference == "R-2"
    # Every day but the last removed: an interval keeps at least one day.
    assert len(resolve(changed, days)) == 1
    assert [c for c, _ in refused] == [changes[0], removals[0]]
    assert refused[0][1] is not_a_number
    assert refused[1][1].key == "files.review.not_removed"
    assert refused[1][1].text("en").startswith("the item cannot be taken out of its list: ")
    assert refused[1][1].text("pt-BR").startswith("o item não pode ser retirado da lista: ")


def test_rewordings_are_kept_as_the_reviewer_s_wording(agreement: Agreement) -> None:
    generated = "The Provider shall meet the following service levels."
    reworded = change(
        "wording",
        None,
        tag="metrics[platform-availability]",
        generated=generated,
        replacement="The Supplier shall meet these service levels.",
    )
    added = [
        change("added", None, tag="clauses.notices", generated="Notices.", replacement=text)
        for text in ("Notices.\n\nFirst added.\n\nSecond added.",) * 2
    ]
    deleted = change("deleted", None, tag="reporting", generated="Reports.", replacement="")
    changed, refused = apply_changes(agreement, [reworded, *added, deleted], accepted=DAY)
    assert refused == []
    kept = {(w.clause, w.generated): w for w in changed.reviewed_wording}
    assert len(kept) == len(changed.reviewed_wording) == 3
    first = kept["metrics[platform-availability]", generated]
    assert (first.text, first.author, first.accepted) == (reworded.replacement, "Rita", DAY)
    assert kept["clauses.notices", "Notices."].paragraphs() == [
        "Notices.",
        "First added.",
        "Second added.",
    ]
    assert kept["reporting", "Reports."].paragraphs() == []
    assert agreement.reviewed_wording == []


def test_a_paragraph_with_no_place_cannot_be_kept(agreement: Agreement) -> None:
    nowhere = change("added", None, new="A preamble.", problem=Problem("files.review.no_place"))
    changed, refused = apply_changes(agreement, [nowhere])
    assert [p.key for _, p in refused] == ["files.review.no_place"]
    assert changed == agreement


def _moved(path: FieldPath, anchor: tuple[str, int]) -> ProposedChange:
    return change("moved", path, value=anchor, tag="service.scope")


SCOPE = ("service", "scope")


@pytest.mark.parametrize(
    ("index", "anchor", "order"),
    [
        (3, ("before", 0), [3, 0, 1, 2]),
        (0, ("after", 3), [1, 2, 3, 0]),
        (2, ("after", 0), [0, 2, 1, 3]),
        (1, ("before", 3), [0, 2, 1, 3]),
    ],
)
def test_a_moved_item_goes_next_to_its_anchor(
    agreement: Agreement, index: int, anchor: tuple[str, int], order: list[int]
) -> None:
    scope = list(agreement.service.scope)
    changed = apply_change(agreement, _moved((*SCOPE, index), anchor))
    assert changed.service.scope == [scope[i] for i in order]
    assert agreement.service.scope == scope


def test_moves_are_made_after_removals_counted_without_the_removed_items(
    agreement: Agreement,
) -> None:
    """Item 1 removed, item 3 moved before item 2, and item 0 before item 1, which is gone: it
    stays after the item before that one (here, none: first). The places the review read
    still name the same items."""
    scope = list(agreement.service.scope)
    changes = [
        _moved((*SCOPE, 3), ("before", 2)),
        change("item_removed", (*SCOPE, 1), old=scope[1]),
        _moved((*SCOPE, 0), ("before", 1)),
    ]
    changed, refused = apply_changes(agreement, changes)
    assert refused == []
    assert changed.service.scope == [scope[0], scope[3], scope[2]]


def test_a_moved_item_that_was_removed_is_refused(agreement: Agreement) -> None:
    scope = list(agreement.service.scope)
    changes = [
        change("item_removed", (*SCOPE, 2), old=scope[2]),
        _moved((*SCOPE, 2), ("before", 0)),
    ]
    changed, refused = apply_changes(agreement, changes)
    assert [(c.kind, p.key) for c, p in refused] == [("moved", "files.review.field_gone")]
    assert changed.service.scope == scope[:2] + scope[3:]
