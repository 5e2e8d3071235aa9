"""Annex A gives exactly what `sla-designer budget` gives for the months of the first contract
year, on the metric's calendar where it is measured within service hours."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import docx
import pytest
from sla_designer.resources import templates_folder

from sla_designer.calc.budget import contract_year_budgets, seconds
from sla_designer.catalog import load_catalog
from sla_designer.export import build_docx
from sla_designer.export.formatting import Formats
from sla_designer.export.wording import load_wording
from sla_designer.io import load_agreement
from sla_designer.model import Agreement, AvailabilityMetric
from tests.helpers import run_cli

TEMPLATES = [entry.name for entry in load_catalog()]


def _annex_rows(agreement: Agreement, language: str) -> dict[str, list[str]]:
    """Annex A's rows by metric name (the first cell starts with the metric's name)."""
    body = docx.Document(io.BytesIO(build_docx(agreement, language=language))).element.body
    rows = [
        ["".join(tc.xpath(".//w:t/text()")) for tc in tr.xpath("./w:tc")]
        for tr in body.xpath(".//w:tr")
    ]
    names = {m.name for m in agreement.metrics if isinstance(m, AvailabilityMetric)}
    found: dict[str, list[str]] = {}
    for row in rows:
        for name in names:
            if row and row[0].startswith(f"{name} (") and len(row) == 4:
                found[name] = row
    return found


@pytest.mark.parametrize("language", ["en", "pt-BR"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_annex_a_gives_the_calculator_budgets(template: str, language: str) -> None:
    agreement = load_agreement(str(templates_folder() / f"{template}.yaml"))
    metrics = [m for m in agreement.metrics if isinstance(m, AvailabilityMetric)]
    rows = _annex_rows(agreement, language)
    f = Formats(load_wording(language))
    assert set(rows) == {m.name for m in metrics}
    assert agreement.effective_date is not None
    for metric in metrics:
        calendar = agreement.calendar_for(metric.id)
        budgets = contract_year_budgets(metric, agreement.effective_date, calendar)
        allowed = sorted(b.allowed for b in budgets)
        cell = rows[metric.name][3]
        assert f.duration(allowed[0]) in cell and f.duration(allowed[-1]) in cell
        if metric.measured_within_calendar:
            # Service hours, never days of 24 hours.
            assert ("hours of service hours" if language == "en" else "horas de atendimento") in (
                rows[metric.name][2]
            )


def test_the_annex_and_the_command_line_agree_month_by_month(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = templates_folder() / "internal-departments.yaml"
    agreement = load_agreement(str(path))
    metric = next(
        m
        for m in agreement.metrics
        if isinstance(m, AvailabilityMetric) and m.measured_within_calendar
    )
    assert agreement.effective_date is not None
    budgets = contract_year_budgets(
        metric, agreement.effective_date, agreement.calendar_for(metric.id)
    )
    assert len(budgets) == 12
    for budget in budgets:
        period = budget.start.strftime("%Y-%m")
        status, out, _ = run_cli(
            ["budget", str(path), "--period", period, "--format", "json"], capsys
        )
        assert status == 0
        row = next(r for r in json.loads(out)["budgets"] if r["metric"] == metric.id)
        assert Decimal(row["budgets"][0]["allowed_seconds"]) == seconds(budget.allowed)


def test_without_credits_the_annex_says_nothing_about_them() -> None:
    agreement = load_agreement(str(templates_folder() / "internal-departments.yaml"))
    assert not agreement.remedies.credit_schedules
    body = docx.Document(io.BytesIO(build_docx(agreement))).element.body
    text = " ".join("".join(p.xpath(".//w:t/text()")) for p in body.xpath(".//w:p"))
    assert "The Downtime each availability target allows" in text
    assert "before Service Credits are due" not in text
