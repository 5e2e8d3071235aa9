"""Every time target of the contract is written in the unit it was written in, with its clock
said so it cannot be misread, and the terms it uses are defined from the calendars."""

from __future__ import annotations

import re
from html import unescape

import pytest
from sla_designer.resources import templates_folder

from sla_designer.catalog import load_catalog
from sla_designer.export.formatting import Formats
from sla_designer.export.preview import preview_html
from sla_designer.export.wording import load_wording
from sla_designer.io import load_agreement
from sla_designer.model import Agreement, BusinessDays, ResolutionTimeMetric, ResponseTimeMetric

LANGUAGES = ["en", "pt-BR"]
TEMPLATES = [entry.name for entry in load_catalog()]
# What the first version wrote: a clock in brackets, after days of 24 hours of business time.
MISREAD = re.compile(r"\((business hours|calendar hours|horário comercial|horas corridas)\)")
DAYS = re.compile(r"\b(day|days|dia|dias)\b")
DEFINED = {"en": ("Business Hours", "Business Day"), "pt-BR": ("Horas Úteis", "Dia Útil")}


def text_of(agreement: Agreement, language: str) -> str:
    html = preview_html(agreement, language=language)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def targets(agreement: Agreement) -> list[tuple[str, object]]:
    return [
        (metric.id, target.target)
        for metric in agreement.metrics
        if isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric)
        for target in metric.targets
    ]


def agreement_of(name: str) -> Agreement:
    return load_agreement(str(templates_folder() / f"{name}.yaml"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", TEMPLATES)
def test_targets_are_written_as_written_and_never_in_days_of_24_hours(
    name: str, language: str
) -> None:
    agreement = agreement_of(name)
    text = text_of(agreement, language)
    assert MISREAD.findall(text) == []
    formats = Formats(load_wording(language))
    for metric, target in targets(agreement):
        written = formats.clock_duration(target)  # type: ignore[arg-type]
        assert written in text, (metric, str(target), written)
        if target.clock == "business" and not isinstance(target, BusinessDays):  # type: ignore[attr-defined]
            assert not DAYS.search(written), written
        number = str(target).split("h")[0].split()[0]
        if str(target).endswith("h business") and number.isdigit():
            # '45h business' is 45 Business Hours, whatever a day of the calendar holds.
            assert written.startswith(f"{number} "), written


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", TEMPLATES)
def test_business_terms_are_defined_once_and_used(name: str, language: str) -> None:
    agreement = agreement_of(name)
    text = text_of(agreement, language)
    hours, day = DEFINED[language]
    business = [t for _, t in targets(agreement) if t.clock == "business"]  # type: ignore[attr-defined]
    assert text.count(f"“{hours}”") == (1 if business else 0)
    if business:
        # Business Hours are used by the targets' table or the Business Day definition.
        assert text.count(hours) >= 2
    # Business Day is defined when the text uses it ('2 Business Days', 'Dias Úteis').
    days = text.count(f"“{day}”")
    assert days <= (1 if business else 0)
    if any(isinstance(t, BusinessDays) for t in business):
        assert days == 1
        assert re.search(rf"\d+ {day[:-1]}", text)  # '2 Business Days' / '2 Dias Úteis'


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_kind_of_target_reads_exactly(language: str) -> None:
    agreement = agreement_of("supplier-ola")
    metric = next(m for m in agreement.metrics if isinstance(m, ResolutionTimeMetric))
    cases = {
        "1h30m business": (
            "1 hour and 30 minutes of Business Hours",
            "1 hora e 30 minutos em Horas Úteis",
        ),
        "45h business": ("45 Business Hours", "45 Horas Úteis"),
        "48h calendar": ("48 hours, counted around the clock", "48 horas corridas"),
        "2d calendar": ("2 days, counted around the clock", "2 dias corridos"),
        "15m calendar": ("15 minutes, counted around the clock", "15 minutos corridos"),
        "1h calendar": ("1 hour, counted around the clock", "1 hora corrida"),
        "3 business days": ("3 Business Days", "3 Dias Úteis"),
        "1 business day by close of business": (
            "1 Business Day, by close of business",
            "1 Dia Útil, até o encerramento do expediente",
        ),
    }
    for written, (english, portuguese) in cases.items():
        target = metric.targets[1].model_copy(update={"target": written})
        target = type(target).model_validate(target.model_dump())
        changed = metric.model_copy(update={"targets": [metric.targets[0], target]})
        metrics = [changed if m is metric else m for m in agreement.metrics]
        text = text_of(agreement.model_copy(update={"metrics": metrics}), language)
        assert (english if language == "en" else portuguese) in text, written
