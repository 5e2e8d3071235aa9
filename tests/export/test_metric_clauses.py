"""Every kind of metric has a clause writer, and each writes its kind's objective sentence."""

from __future__ import annotations

import html
import re
from decimal import Decimal

import pytest

from sla_designer.export.metric_clauses import WRITERS
from sla_designer.export.preview import preview_html
from sla_designer.model import KINDS, METRIC_KINDS, Agreement, describe
from sla_designer.text import LANGUAGES, texts
from sla_designer.text.values import Term, render


def test_every_kind_of_the_model_has_a_clause_writer() -> None:
    assert set(WRITERS) == set(METRIC_KINDS)


def _agreement(language: str) -> Agreement:
    metrics = []
    for kind, described in KINDS.items():
        defaults = {
            name: render(value, language) if isinstance(value, Term) else value
            for name, value in described.defaults.items()
        }
        metrics.append({"kind": kind, "id": f"m-{kind}", "name": kind, **defaults})
    return Agreement.model_validate({"title": "Support", "language": language, "metrics": metrics})


def _words_of(language: str, key: str) -> str:
    """The longest run of a clause-file sentence's own words, between its placeholders."""
    phrase = texts(language).raw(f"clauses.objectives.{key}")
    return max(re.split(r"\{[^}]*\}", phrase), key=len).strip()


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_kind_states_its_objective_with_its_clause(language: str) -> None:
    agreement = _agreement(language)
    text = html.unescape(re.sub(r"<[^>]+>", "", preview_html(agreement, language=language)))
    for metric in agreement.metrics:
        described = describe(metric)
        key = described.clause
        if described.direction == "per_metric":
            key = f"{key}.{metric.direction}"
        start = _words_of(language, key)
        assert start and start in text, (metric.kind, start)


def test_a_measured_value_is_written_in_its_kind_s_unit() -> None:
    from sla_designer.export.context import ExportContext
    from sla_designer.export.formatting import Formats
    from sla_designer.export.wording import load_wording

    agreement = _agreement("en")
    wording = load_wording("en")
    ctx = ExportContext(agreement, builder=None, t=wording, f=Formats(wording))  # type: ignore[arg-type]
    shown = {m.kind: ctx.measured(m, Decimal("4.5")) for m in agreement.metrics}
    assert (
        shown["availability"] == shown["response_time"] == wording("formats.percent", value="4.5")
    )
    assert shown["average_speed_of_answer"] == "4.5\u00a0s"
    assert shown["satisfaction"] == "4.5"
    assert shown["custom"] == "4.5 count"
