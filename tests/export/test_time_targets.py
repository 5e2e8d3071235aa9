"""A time target in the contract says whose tickets it is for and what it measures: each ticket
at an attainment, or the average, the median or a percentile of the times; for all tickets as a
sentence, per priority in the targets table. Checked over every template, in both languages."""

from __future__ import annotations

import html
import io
import re
from decimal import Decimal

import docx
import pytest

from sla_designer.catalog import TemplateEntry, load_catalog
from sla_designer.export import build_docx
from sla_designer.export.formatting import Formats
from sla_designer.export.preview import preview_html
from sla_designer.export.wording import load_wording
from sla_designer.model import Agreement, ResolutionTimeMetric, ResponseTimeMetric, TimeTarget
from sla_designer.text import LANGUAGES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TICKET_TEMPLATES = [
    entry
    for entry in load_catalog()
    if any(isinstance(m, ResponseTimeMetric | ResolutionTimeMetric) for m in entry.load().metrics)
]

# What each sentence says before the target, by measure and language ({event}: the event's
# name in the clause file, {done}: what happens to the ticket by then).
SENTENCES = {
    "en": {
        "every": "Every ticket shall {done} within ",
        "each": "At least 95 % of all tickets in each measurement window shall {done} within ",
        "average": "The average {event} time of all tickets in each measurement window shall "
        "not exceed ",
        "median": "The median {event} time of all tickets in each measurement window shall not "
        "exceed ",
        "percentile": "The 95th percentile of the {event} times of all tickets in each "
        "measurement window shall not exceed ",
    },
    "pt-BR": {
        "every": "Todos os chamados deverão {done} em até ",
        "each": "No mínimo 95 % dos chamados de cada período de apuração deverão {done} em até ",
        "average": "O tempo médio de {event} dos chamados de cada período de apuração não deverá "
        "exceder ",
        "median": "A mediana dos tempos de {event} dos chamados de cada período de apuração não "
        "deverá exceder ",
        "percentile": "O percentil 95 dos tempos de {event} dos chamados de cada período de "
        "apuração não deverá exceder ",
    },
}


def _text(agreement: Agreement, language: str) -> str:
    plain = html.unescape(re.sub(r"<[^>]+>", "", preview_html(agreement, language=language)))
    return plain.replace("\u00a0", " ")


def _ticket_metric(agreement: Agreement) -> ResponseTimeMetric | ResolutionTimeMetric:
    return next(
        m for m in agreement.metrics if isinstance(m, ResponseTimeMetric | ResolutionTimeMetric)
    )


def _event(metric: ResponseTimeMetric | ResolutionTimeMetric) -> str:
    return metric.event if isinstance(metric, ResponseTimeMetric) else "resolution"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sentence", ["every", "each", "average", "median", "percentile"])
@pytest.mark.parametrize("entry", TICKET_TEMPLATES, ids=lambda entry: entry.name)
def test_a_target_for_all_tickets_is_one_exact_sentence(
    entry: TemplateEntry, sentence: str, language: str
) -> None:
    agreement = entry.load()
    metric = _ticket_metric(agreement)
    first = metric.targets[0]
    measure = "each" if sentence == "every" else sentence
    metric.targets = [
        TimeTarget(
            target=first.target,
            measure=measure,  # type: ignore[arg-type]
            percentile=95 if measure == "percentile" else None,
            attainment=Decimal(95) if sentence == "each" else Decimal(100),
        )
    ]
    wording = load_wording(language)
    event = _event(metric)
    expected = SENTENCES[language][sentence].format(
        event=wording(f"events.{event}"), done=wording(f"targets.done.{event}")
    ) + Formats(wording).clock_duration(first.target).replace("\u00a0", " ")
    assert expected + "." in _text(agreement, language), expected
    # No table per priority: the sentence is the whole target, its values tagged in it.
    index = agreement.metrics.index(metric)
    page = preview_html(agreement, language=language)
    assert f'data-path="metrics[{index}].targets[0].target"' in page
    assert f'data-path="metrics[{index}].targets[0].priority"' not in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_targets_per_priority_say_what_each_measures(language: str) -> None:
    entry = next(e for e in TICKET_TEMPLATES if e.name == "it-service-desk")
    agreement = entry.load()
    metric = _ticket_metric(agreement)
    metric.targets[1].measure = "average"
    metric.targets[2].measure = "percentile"
    metric.targets[2].percentile = 21
    text = _text(agreement, language)
    f = Formats(load_wording(language))
    within = [f.clock_duration(t.target).replace("\u00a0", " ") for t in metric.targets]
    first = f.percent(metric.targets[0].attainment).replace("\u00a0", " ")
    if language == "en":
        cells = [
            f"at least {first} of tickets within {within[0]}",
            f"average time at most {within[1]}",
            f"21st percentile of the times at most {within[2]}",
        ]
    else:
        cells = [
            f"no mínimo {first} dos chamados em até {within[0]}",
            f"tempo médio de no máximo {within[1]}",
            f"percentil 21 dos tempos de no máximo {within[2]}",
        ]
    for cell in cells:
        assert cell in text, cell


def test_the_targets_table_is_unchanged_when_every_target_measures_each_ticket() -> None:
    agreement = next(e for e in TICKET_TEMPLATES if e.name == "it-service-desk").load()
    text = _text(agreement, "pt-BR")
    assert "Dos chamados" in text and "Contagem" in text  # the attainment column is kept


def test_every_value_of_a_target_for_all_tickets_is_tagged() -> None:
    agreement = next(e for e in TICKET_TEMPLATES if e.name == "saas-availability").load()
    metric = _ticket_metric(agreement)
    metric.targets = [
        TimeTarget(target=metric.targets[0].target, measure="percentile", percentile=90),
    ]
    document = docx.Document(io.BytesIO(build_docx(agreement)))
    tags = set(document.element.body.xpath(".//w:sdtPr/w:tag/@w:val"))
    assert f"metrics[{metric.id}].targets[0].target" in tags
    assert f"metrics[{metric.id}].targets[0].percentile" in tags
