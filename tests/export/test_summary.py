"""The one-page summary of commitments: its content in both languages, for every template, and
its figures read as the contract writes them."""

from __future__ import annotations

import html
import re
import string
from decimal import Decimal

import pytest
import yaml

from sla_designer.catalog import load_catalog, load_template
from sla_designer.export.preview import preview_html
from sla_designer.export.summary import Summary, build_summary
from sla_designer.export.summary_html import summary_html
from sla_designer.model import (
    Agreement,
    AvailabilityMetric,
    Duty,
    ResolutionTimeMetric,
)
from sla_designer.text import LANGUAGES, texts, walk

TEMPLATES = [entry.name for entry in load_catalog()]


def contract_text(agreement: Agreement, language: str) -> str:
    """The contract's words, as the preview (the Word document's writers) has them."""
    body = re.sub(r"<[^>]+>", " ", preview_html(agreement, language))
    return re.sub(r"\s+", " ", html.unescape(body))


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def levels_row(summary: Summary, name: str) -> tuple[tuple[str, ...], ...]:
    table = summary.sections[1].table
    assert table is not None
    return next(row for row in table.rows if row[0][0] == name)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", TEMPLATES)
def test_every_template_has_a_summary_of_each_commitment(name: str, language: str) -> None:
    agreement = load_template(name)
    summary = build_summary(agreement, language)
    levels = summary.sections[1].table
    assert levels is not None
    # A row per service level, each saying who owes it, the level, the window and the cost.
    assert [row[0][0] for row in levels.rows] == [m.name for m in agreement.metrics]
    assert all(all(cell for cell in row) for row in levels.rows)
    services = summary.sections[0].table
    assert services is not None and len(services.rows) == len(agreement.service.services)
    duties = summary.sections[4].lines
    assert {line.label for line in duties} <= {p.display_name for p in agreement.parties}
    assert len(duties) == len({d.party for d in agreement.responsibilities})
    page = summary_html(summary)
    assert page.startswith("<!DOCTYPE html>") and f'lang="{language}"' in page
    assert "@page { size: A4" in page
    assert "http" not in page.split("<body>")[1]  # self-contained: nothing loaded from elsewhere


def _english_fragments() -> set[str]:
    """The fixed words of the English phrases a summary is written with."""
    found: set[str] = set()
    english = texts("en")
    for namespace, keep in (("summary", ""), ("terms", "units."), ("clauses", "credits.range")):
        for key, value in walk(english.raw(namespace)):
            if not key.startswith(keep):
                continue
            forms = value.values() if isinstance(value, dict) else [value]
            for form in forms:
                for literal, *_ in string.Formatter().parse(str(form)):
                    if re.search(r"[A-Za-z]{4,}\W+[A-Za-z]{2,}", literal):
                        found.add(literal.strip(" ,.:;()"))
    return found


@pytest.mark.parametrize("name", TEMPLATES)
def test_no_english_in_a_portuguese_summary(name: str) -> None:
    agreement = load_template(name)
    written = flat(yaml.safe_dump(agreement.model_dump(mode="json"), allow_unicode=True))
    shown = flat(build_summary(agreement, "pt-BR").text())
    fragments = {f for f in _english_fragments() if f and f not in written}
    assert fragments, "the test found no English words to look for"
    leaked = sorted(f for f in fragments if f in shown)
    assert not leaked
    # And the other way round: the English summary of a Portuguese agreement says no
    # Portuguese words of its own.
    english = flat(build_summary(agreement, "en").text())
    assert "dos chamados" not in english.replace(written, "")
    assert texts("en")("summary.title") in english


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", TEMPLATES)
def test_the_summary_s_figures_are_the_contract_s(name: str, language: str) -> None:
    """Tiers, caps, downtime allowances, fees and attainments read as in the contract."""
    agreement = load_template(name)
    contract = contract_text(agreement, language)
    summary = build_summary(agreement, language)
    table = summary.sections[1].table
    assert table is not None
    checked = 0
    # "10 % if less than 99.9 % but at least 99.5 %": the range as the tier table has it.
    before, middle, after = (
        re.escape(part)
        for part in texts(language)("summary.levels.tier", credit="\x00", range="\x00").split(
            "\x00"
        )
    )
    tier = re.compile(f"{before}(?P<credit>.+?){middle}(?P<range>.+){after}$")
    for row in table.rows:
        for line in row[4][1:]:
            found = tier.match(line)
            if found:
                assert flat(found["range"]) in contract, line
                assert flat(found["credit"]) in contract
                checked += 1
        for line in row[2]:
            allowed = texts(language)("summary.levels.allowed", allowed="\x00").split("\x00")[0]
            if line.startswith(allowed):
                # The downtime each availability objective allows, as Annex A says it.
                assert flat(line[len(allowed) :]) in contract, line
                checked += 1
    for service in agreement.service.services:
        if service.monthly_fee is not None:
            services = summary.sections[0].table
            assert services is not None
            fee = next(r[3][0] for r in services.rows if r[0][0] == service.name)
            assert flat(fee) in contract
    # Every template with credits or an availability objective had figures to compare.
    has_figures = agreement.remedies.credit_schedules or any(
        isinstance(m, AvailabilityMetric) for m in agreement.metrics
    )
    assert checked or not has_figures


def test_a_few_figures_of_the_saas_template() -> None:
    """Read as the customer would: the level owed, the allowance and the credits, in English
    and in Portuguese, each also in the contract."""
    agreement = load_template("saas-availability")
    availability = next(m for m in agreement.metrics if isinstance(m, AvailabilityMetric))
    for language, level, tier, time in (
        ("en", "at least 99.9 %", "10 % if less than 99.9 % but at least 99.5 %", "4 hours"),
        (
            "pt-BR",
            "no mínimo 99,9 %",
            "10 % se inferior a 99,9 % e igual ou superior a 99,5 %",
            "4 horas",
        ),
    ):
        summary = build_summary(agreement, language)
        row = [
            tuple(flat(line) for line in cell) for cell in levels_row(summary, availability.name)
        ]
        contract = contract_text(agreement, language)
        assert row[2][0] == level and level in contract
        assert tier in row[4]
        assert tier.split(" ", 3)[3] in contract
        resolution = next(m for m in agreement.metrics if isinstance(m, ResolutionTimeMetric))
        first = flat(levels_row(summary, resolution.name)[2][0])
        assert time in first and "90 %" in first
        # The time as the model writes it, the attainment as the contract's target table has it.
        assert resolution.targets[0].target.text(language) in first
        assert f"90 % {'of tickets' if language == 'en' else 'dos chamados'}" in first
        assert "90 %" in contract
        assert Decimal(90) == resolution.targets[0].attainment


def test_what_a_summary_says_when_there_is_nothing_to_say() -> None:
    agreement = Agreement(title="Empty")
    for language in LANGUAGES:
        summary = build_summary(agreement, language, draft=True)
        words = texts(language).section("summary")
        text = summary.text()
        for key in ("services.none", "levels.none", "remedies.none", "duties.none", "draft"):
            assert words(key) in text


def test_clock_pauses_and_duty_effects_are_said() -> None:
    agreement = load_template("it-service-desk")
    summary = build_summary(agreement, "pt-BR")
    table = summary.sections[1].table
    assert table is not None
    # What pauses the resolution clock is said under its row, across the table.
    assert any(note.startswith("contagem suspensa: Aguardando o usuário") for note in table.notes)
    duty = Duty(id="x", party="quartzo", text="Fazer algo.", effect="pauses_clock")
    changed = agreement.model_copy(update={"responsibilities": [duty]})
    line = build_summary(changed, "pt-BR").sections[4].lines[0]
    assert line.label == "Quartzo TI"
    assert line.text == "Fazer algo. (suspende a contagem enquanto não cumprida)"


def test_targets_that_measure_otherwise_and_unfinished_schedules() -> None:
    """An average, a median, a percentile with no rank, and a linear schedule without its rule
    (a draft) are each said, never left blank."""
    agreement = Agreement.model_validate(
        {
            "title": "Draft",
            "parties": [
                {"id": "p", "role": "provider", "legal_name": "Prov Ltd"},
                {"id": "c", "role": "customer", "legal_name": "Cust plc"},
            ],
            "metrics": [
                {
                    "kind": "resolution_time",
                    "id": "fix",
                    "name": "Fix",
                    "targets": [
                        {"target": "4h calendar", "measure": "average"},
                        {"target": "8h calendar", "measure": "median"},
                        {"target": "2 business days", "measure": "percentile"},
                    ],
                }
            ],
            "remedies": {"credit_schedules": [{"id": "s", "metric": "fix", "rule": "linear"}]},
        }
    )
    for language, first in (
        ("en", "All tickets: 4 hours"),
        ("pt-BR", "Todos os chamados: 4 horas"),
    ):
        summary = build_summary(agreement, language)
        row = levels_row(summary, "Fix")
        assert row[1] == ("Prov Ltd → Cust plc",)
        assert row[2][0].startswith(first)
        assert len(row[2]) == 3 and all(row[2])
        clauses = texts(language).section("clauses")
        assert clauses("targets.no_percentile") in row[2][2]
        assert row[4][-1] == clauses("credits.not_set")
