"""Annex B never works an example on a result of zero: a tier or band from zero, or open at the
bottom, takes an example inside it that is not zero (issue 13, section 6)."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal
from html import unescape

import pytest
from hypothesis import HealthCheck, given, settings

from sla_designer.export.annexes import band_example
from sla_designer.export.preview import preview_html
from sla_designer.model import Agreement, CreditSchedule, CreditTier, DowntimeBand
from tests.export.reviewed import PAIRS, agreement_of
from tests.strategies import credit_schedules

ROW = re.compile(r"<tr><td>(.*?)</td>", re.S)


def example_results(agreement: Agreement, language: str) -> list[str]:
    """The measured result of every worked example in Annex B, as the contract shows it."""
    html = preview_html(agreement, language=language)
    start = html.find('id="annex-examples"')
    if start < 0:
        return []
    return [unescape(re.sub(r"<[^>]+>", "", cell)) for cell in ROW.findall(html[start:])]


def is_zero(shown: str) -> bool:
    digits = re.sub(r"\D", "", shown)
    return bool(digits) and set(digits) == {"0"}


def with_schedule(schedule: CreditSchedule) -> Agreement:
    """saas-availability with `schedule` as its only credit schedule, on its first metric."""
    agreement = agreement_of("saas-availability")
    metric = agreement.metrics[0].id
    schedule = schedule.model_copy(update={"metric": metric, "service": None})
    remedies = agreement.remedies.model_copy(update={"credit_schedules": [schedule]})
    return agreement.model_copy(update={"remedies": remedies})


def tier(**bounds: str) -> CreditTier:
    return CreditTier.model_validate({**bounds, "credit": "10"})


@pytest.mark.parametrize(
    ("bounds", "example"),
    [
        ({"at_least": "0", "below": "90"}, "89"),
        ({"more_than": "0", "below": "90.0"}, "89.9"),
        ({"below": "90"}, "89"),
        ({"below": "1"}, "0.5"),
        ({"at_least": "0", "below": "0.1"}, "0.05"),
        ({"at_least": "0"}, "1"),
        ({"more_than": "0.0"}, "0.1"),
        ({"more_than": "99.85", "below": "99.9"}, "99.875"),
        ({"at_least": "99", "below": "99.9"}, "99"),
    ],
)
def test_a_tier_from_zero_takes_an_example_inside_it_above_zero(
    bounds: dict[str, str], example: str
) -> None:
    found = tier(**bounds).example()
    assert found == Decimal(example)
    assert tier(**bounds).contains(Decimal(example))


def test_a_tier_holding_no_result_above_zero_has_no_example() -> None:
    assert tier(at_most="0").example() is None
    assert tier(below="0").example() is None


def test_a_band_from_zero_is_worked_before_its_end() -> None:
    hour = timedelta(hours=1)
    assert band_example(DowntimeBand(over=timedelta(0), up_to=hour, credit=Decimal(5))) == (
        timedelta(minutes=59)
    )
    assert band_example(DowntimeBand(over=timedelta(0), credit=Decimal(5))) == hour
    assert band_example(DowntimeBand(over=hour, up_to=2 * hour, credit=Decimal(5))) == hour
    empty = DowntimeBand(over=timedelta(0), up_to=timedelta(0), credit=Decimal(5))
    assert band_example(empty) is None


@pytest.mark.parametrize("language", ["en", "pt-BR"])
def test_annex_b_of_a_schedule_from_zero_shows_no_zero(language: str) -> None:
    schedule = CreditSchedule.model_validate(
        {
            "id": "s",
            "metric": "m",
            "tiers": [
                {"at_least": "95", "below": "99.9", "credit": "10"},
                {"at_least": "0", "below": "95", "credit": "25"},
            ],
        }
    )
    results = example_results(with_schedule(schedule), language)
    assert len(results) == 2 and not any(is_zero(r) for r in results), results
    linear = CreditSchedule.model_validate(
        {
            "id": "s",
            "metric": "m",
            "rule": "linear",
            "linear": {"start": "2", "step": "1", "credit_per_step": "5"},
        }
    )
    results = example_results(with_schedule(linear), language)
    assert len(results) == 1 and not any(is_zero(r) for r in results), results


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_templates_work_no_example_on_zero(name: str, language: str) -> None:
    assert not any(is_zero(shown) for shown in example_results(agreement_of(name), language))


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(credit_schedules())
def test_generated_schedules_work_no_example_on_zero(schedule: CreditSchedule) -> None:
    for each in schedule.tiers:
        example = each.example()
        assert example is None or (example > 0 and each.contains(example))
    for band in schedule.downtime_bands:
        example = band_example(band)
        assert example is None or example > timedelta(0)
    results = example_results(with_schedule(schedule), "en")
    assert not any(is_zero(shown) for shown in results), results
