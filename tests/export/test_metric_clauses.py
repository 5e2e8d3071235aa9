"""Every kind of metric has a clause writer, and each writes its kind's objective sentence."""

from __future__ import annotations

import html
import re
from decimal import Decimal

import pytest

from sla_designer.catalog import TemplateEntry, load_catalog
from sla_designer.export.metric_clauses import WRITERS
from sla_designer.export.preview import preview_html
from sla_designer.model import KINDS, METRIC_KINDS, Agreement, describe
from sla_designer.model.comparisons import default_comparison
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
        if described.compared:
            key = f"{key}.{described.comparison_of(metric)}"
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


# --- the comparison of each objective, in every template and both languages -------------------


def _text(agreement: Agreement, language: str) -> str:
    plain = html.unescape(re.sub(r"<[^>]+>", "", preview_html(agreement, language=language)))
    return plain.replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("language", "kind", "objective", "comparison", "said"),
    [
        ("en", "availability", "99.9", "at_least", "shall be at least 99.9 % of the time"),
        ("pt-BR", "availability", "99.9", "at_least", "deverá ser de, no mínimo, 99,9 % do tempo"),
        ("en", "availability", "99.9", "more_than", "shall be more than 99.9 % of the time"),
        ("pt-BR", "availability", "99.9", "more_than", "deverá ser superior a 99,9 % do tempo"),
        ("en", "satisfaction", "9", "more_than", "shall be more than 9 on a scale from 0 to 10"),
        ("pt-BR", "satisfaction", "9", "more_than", "deverá ser superior a 9 numa escala de 0"),
        ("en", "average_speed_of_answer", "30s", "at_most", "shall be at most 30 seconds."),
        ("pt-BR", "average_speed_of_answer", "30s", "at_most", "ser de, no máximo, 30 segundos."),
        ("en", "abandonment_rate", "5", "less_than", "shall be less than 5 %."),
        ("pt-BR", "abandonment_rate", "5", "less_than", "deverá ser inferior a 5 %."),
        ("en", "service_level", "80", "more_than", "More than 80 % of contacts"),
        ("pt-BR", "service_level", "80", "more_than", "Mais de 80 % dos contatos"),
        ("en", "custom", "3", "less_than", "The result shall be less than 3 count"),
        ("pt-BR", "custom", "3", "at_most", "O resultado deverá ser de, no máximo, 3 count"),
    ],
)
def test_the_document_says_the_objective_s_comparison(
    language: str, kind: str, objective: str, comparison: str, said: str
) -> None:
    described = KINDS[kind]
    metric = {"kind": kind, "id": "m", "name": "M", **described.defaults}
    metric.update(objective=objective, comparison=comparison, unit="count")
    if kind != "custom":
        del metric["unit"]
    else:
        metric["direction"] = "lower_is_better"
    if kind == "satisfaction":
        metric.update(scale_min=0, scale_max=10)
    agreement = Agreement.model_validate({"title": "T", "language": language, "metrics": [metric]})
    assert said in _text(agreement, language)


def _before_objective(language: str, key: str) -> str:
    """The words of a sentence right before its objective: 'shall be more than'."""
    phrase = texts(language).raw(f"clauses.objectives.{key}")
    before = phrase.split("{objective}")[0]
    return before.rsplit("}", 1)[-1].strip()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("entry", load_catalog(), ids=lambda entry: entry.name)
def test_every_template_says_each_comparison_as_its_file_has_it(
    entry: TemplateEntry, language: str
) -> None:
    """Each compared objective reads as its comparison's sentence, and the strict comparison
    changes that sentence, in both languages."""
    agreement = entry.load()
    compared = [m for m in agreement.metrics if describe(m).compared]
    for metric in compared:
        described = describe(metric)
        assert metric.comparison == default_comparison(described.higher_is_better(metric))
        strict = "more_than" if metric.comparison == "at_least" else "less_than"
        for comparison in (metric.comparison, strict):
            metric.comparison = comparison  # type: ignore[assignment]
            said = _before_objective(language, f"{described.clause}.{comparison}")
            assert said and said in _text(agreement, language), (metric.id, said)
