"""Counted words in the contract agree with their number: "1 day", "2 days"; "1 dia", "2 dias"."""

from __future__ import annotations

import re
from html import unescape

import pytest

from sla_designer.catalog import load_template
from sla_designer.export.preview import preview_html
from sla_designer.model import Agreement, SatisfactionMetric

WRONG = {
    "en": re.compile(r"\b1 (days|months|responses)\b"),
    "pt-BR": re.compile(r"\b1 (dias|meses|respostas)\b"),
}
RIGHT = {
    "en": ["1 month", "1 day", "at least 1 response"],
    "pt-BR": ["1 mês", "1 dia", "ao menos 1 resposta"],
}


def _text(agreement: Agreement, language: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", preview_html(agreement, language)))


def _counted(count: int) -> Agreement:
    """The contact-centre agreement with every counted term of the contract set to `count`."""
    agreement = load_template("contact-centre")
    term = agreement.term
    term.months = count
    term.renewal = "automatic"
    term.renewal_months = count
    term.notice_days = count
    agreement.remedies.claim.deadline_days = count
    for report in agreement.reporting.reports:
        report.due_days = count
    for metric in agreement.metrics:
        metric.window.kind = "rolling_days"
        metric.window.days = count
        if isinstance(metric, SatisfactionMetric):
            metric.minimum_responses = count
    return agreement


@pytest.mark.parametrize("language", ["en", "pt-BR"])
def test_one_of_a_thing_is_said_in_the_singular(language: str) -> None:
    text = _text(_counted(1), language)
    assert not WRONG[language].findall(text)
    for phrase in RIGHT[language]:
        assert phrase in text


@pytest.mark.parametrize("language", ["en", "pt-BR"])
def test_two_are_said_in_the_plural(language: str) -> None:
    text = _text(_counted(2), language)
    plural = {"en": ["2 months", "2 days", "2 responses"], "pt-BR": ["2 meses", "2 dias"]}
    for phrase in plural[language]:
        assert phrase in text
