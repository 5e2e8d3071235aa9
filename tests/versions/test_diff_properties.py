"""Properties of the diff: it is empty exactly when the agreements are equal, and applying it to
the old agreement gives the new one; over templates with random edits and over random
agreements of every model class (tests/strategies.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sla_designer.model import Agreement
from sla_designer.versions import apply_diff, diff_agreements
from tests.export.reviewed import TEMPLATES, agreement_of
from tests.strategies import agreements
from tests.versions.edits import rename, set_at

PROPERTY = settings(max_examples=60, deadline=None)
RANDOM = settings(max_examples=25, deadline=None)
"""Random agreements of every class are slower to build: fewer of them."""


def _edit(agreement: Agreement, data: st.DataObject) -> None:
    """One edit an account manager might make, drawn at random, in place."""
    kind = data.draw(
        st.sampled_from(
            [
                "objective",
                "scope",
                "add_metric",
                "remove_metric",
                "shuffle_metrics",
                "remove_tier",
                "rename_party",
                "status",
                "date",
                "scope_line",
                "swap_parties",
            ]
        )
    )
    metrics = agreement.metrics
    if kind == "objective":
        numbered = [m for m in metrics if isinstance(getattr(m, "objective", None), Decimal)]
        if numbered:
            metric = data.draw(st.sampled_from(numbered))
            metric.objective = data.draw(st.decimals(1, 99, places=2))  # type: ignore[union-attr]
    elif kind == "scope" and agreement.service.scope:
        index = data.draw(st.integers(0, len(agreement.service.scope) - 1))
        set_at(agreement, ("service", "scope", index), data.draw(st.text(min_size=1, max_size=30)))
    elif kind == "add_metric" and metrics:
        copy = data.draw(st.sampled_from(metrics)).model_copy(deep=True)
        taken = {m.id for m in metrics}
        copy.id = next(f"added-{n}" for n in range(100) if f"added-{n}" not in taken)
        metrics.insert(data.draw(st.integers(0, len(metrics))), copy)
    elif kind == "remove_metric" and metrics:
        del metrics[data.draw(st.integers(0, len(metrics) - 1))]
    elif kind == "shuffle_metrics":
        agreement.metrics = data.draw(st.permutations(metrics))
    elif kind == "remove_tier":
        tiered = [s for s in agreement.remedies.credit_schedules if s.tiers]
        if tiered:
            schedule = data.draw(st.sampled_from(tiered))
            del schedule.tiers[data.draw(st.integers(0, len(schedule.tiers) - 1))]
    elif kind == "rename_party" and agreement.parties:
        index = data.draw(st.integers(0, len(agreement.parties) - 1))
        name = data.draw(st.sampled_from(["Novaterra", "Blue Heron", "Quintal"]))
        rename(agreement, ("parties", index, "short_name"), name)
    elif kind == "status":
        agreement.status = data.draw(st.sampled_from(["draft", "in_review", "approved", "signed"]))
    elif kind == "date":
        agreement.effective_date = data.draw(st.none() | st.dates(dt.date(2020, 1, 1)))
    elif kind == "scope_line":
        lines = list(agreement.service.scope)
        if lines and data.draw(st.booleans()):
            del lines[data.draw(st.integers(0, len(lines) - 1))]
        else:
            lines.insert(data.draw(st.integers(0, len(lines))), "A new line of scope.")
        agreement.service.scope = lines
    elif kind == "swap_parties" and len(agreement.parties) > 1:
        agreement.parties = [*agreement.parties[1:], agreement.parties[0]]


def _check(old: Agreement, new: Agreement) -> None:
    changes = diff_agreements(old, new)
    assert (changes == []) == (old == new)
    assert apply_diff(old, changes) == new
    back = diff_agreements(new, old)
    assert apply_diff(new, back) == old


@PROPERTY
@given(st.sampled_from(TEMPLATES), st.data())
def test_templates_with_random_edits(name: str, data: st.DataObject) -> None:
    old = agreement_of(name)
    new = old.model_copy(deep=True)
    for _ in range(data.draw(st.integers(0, 5))):
        _edit(new, data)
    _check(old, new)


@RANDOM
@given(agreements(), agreements())
def test_any_two_agreements(old: Agreement, new: Agreement) -> None:
    _check(old, new)


@RANDOM
@given(agreements(), st.data())
def test_an_agreement_and_a_copy_with_one_list_reordered(old: Agreement, data: Any) -> None:
    new = old.model_copy(deep=True)
    new.metrics = data.draw(st.permutations(new.metrics))
    new.parties = data.draw(st.permutations(new.parties))
    _check(old, new)
    ids_unique = all(
        len({item.id for item in items}) == len(items) for items in (old.metrics, old.parties)
    )
    if ids_unique:  # else their items are matched by place
        assert {c.kind for c in diff_agreements(old, new)} <= {"moved", "changed"}


def test_equal_decimals_written_differently_are_equal_agreements() -> None:
    # The model compares 99.9 and 99.90 as equal: so does the diff.
    old = agreement_of("saas-availability")
    new = old.model_copy(deep=True)
    new.metrics[0].objective = Decimal("99.90")  # type: ignore[union-attr]
    assert old == new
    assert diff_agreements(old, new) == []
