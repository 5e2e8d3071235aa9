"""A municipality's own holidays, listed as days of every year on the holiday rule, close the
calendar in every year: due times skip them and downtime budgets drop their hours."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from sla_designer.calc.budget import contract_year_budgets, downtime_budget
from sla_designer.calc.business_time import business_calendar, business_elapsed, due_at
from sla_designer.model import AnnualHoliday, AvailabilityMetric, Calendar, HolidayRule
from sla_designer.text.formats import formatter
from tests.export.reviewed import agreement_of

ZONE = ZoneInfo("America/Sao_Paulo")
HOURS = [
    {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "12:00"},
    {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "13:00", "end": "18:00"},
]
BELO_HORIZONTE = [
    AnnualHoliday(month=8, day=15, name="Assunção de Nossa Senhora"),
    AnnualHoliday(month=12, day=8, name="Imaculada Conceição"),
]


def calendar(city_holidays: list[AnnualHoliday]) -> Calendar:
    rule = HolidayRule(
        country="BR", subdivision="MG", city="Belo Horizonte", city_holidays=city_holidays
    )
    return Calendar.model_validate(
        {
            "id": "bh",
            "name": "Horário comercial",
            "timezone": "America/Sao_Paulo",
            "hours": HOURS,
            "holidays": [rule.model_dump()],
        }
    )


def at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=ZONE)


@pytest.mark.parametrize(
    ("opened", "without", "with_city"),
    [
        # Monday 14 August 2028, 17:00, plus 2 business hours: Tuesday 15 is Assunção.
        (at(2028, 8, 14, 17), at(2028, 8, 15, 9), at(2028, 8, 16, 9)),
        # Tuesday 7 December 2027, 17:00: Wednesday 8 is Imaculada Conceição.
        (at(2027, 12, 7, 17), at(2027, 12, 8, 9), at(2027, 12, 9, 9)),
        # The same rule ten years on: Wednesday 8 December 2038.
        (at(2038, 12, 7, 17), at(2038, 12, 8, 9), at(2038, 12, 9, 9)),
    ],
)
def test_a_due_time_skips_the_municipal_holidays(
    opened: dt.datetime, without: dt.datetime, with_city: dt.datetime
) -> None:
    two_hours = dt.timedelta(hours=2)
    assert due_at(calendar([]), opened, two_hours) == without
    assert due_at(calendar(BELO_HORIZONTE), opened, two_hours) == with_city


def test_every_year_of_the_term_is_closed_on_those_days() -> None:
    prepared = business_calendar(calendar(BELO_HORIZONTE))
    for year in range(2027, 2040):
        for holiday in BELO_HORIZONTE:
            day = holiday.in_year(year)
            assert prepared.is_closed_date(day)
            assert not prepared.is_business_day(day)
    # The day before is open when it is a weekday.
    assert prepared.is_business_day(dt.date(2027, 12, 7))


def test_business_time_counts_none_of_the_holiday() -> None:
    start, end = at(2027, 12, 6, 0), at(2027, 12, 11, 0)  # Monday to Friday
    assert business_elapsed(calendar([]), start, end) == dt.timedelta(hours=45)
    assert business_elapsed(calendar(BELO_HORIZONTE), start, end) == dt.timedelta(hours=36)


def _office_metric() -> tuple[AvailabilityMetric, dt.date]:
    agreement = agreement_of("internal-departments")
    metric = next(
        m
        for m in agreement.metrics
        if isinstance(m, AvailabilityMetric) and m.measured_within_calendar
    )
    assert agreement.effective_date is not None
    return metric, agreement.effective_date


def test_the_budget_of_a_within_calendar_metric_drops_the_holiday_hours() -> None:
    metric, _ = _office_metric()
    december = dt.date(2027, 12, 1)
    plain = downtime_budget(metric, december, calendar([]))
    city = downtime_budget(metric, december, calendar(BELO_HORIZONTE))
    assert plain.measured - city.measured == dt.timedelta(hours=9)
    share = (Decimal(100) - metric.objective) / Decimal(100)
    assert plain.allowed - city.allowed == dt.timedelta(seconds=float(9 * 3600 * share))


def test_the_contract_year_budgets_count_both_holidays() -> None:
    metric, first_day = _office_metric()
    plain = contract_year_budgets(metric, first_day, calendar([]))
    city = contract_year_budgets(metric, first_day, calendar(BELO_HORIZONTE))
    lost = {b.start.month: b.measured - c.measured for b, c in zip(plain, city, strict=True)}
    # 15 August 2027 is a Sunday: nothing to lose; 8 December 2027 is a Wednesday.
    assert lost[8] == dt.timedelta(0)
    assert lost[12] == dt.timedelta(hours=9)
    assert sum(lost.values(), dt.timedelta(0)) == dt.timedelta(hours=9)


def test_old_rules_load_with_no_municipal_holidays() -> None:
    rule = HolidayRule.model_validate({"country": "BR", "subdivision": "MG", "city": "Contagem"})
    assert rule.city_holidays == []


@pytest.mark.parametrize(("month", "day"), [(2, 29), (4, 31), (2, 30), (13, 1), (0, 5), (5, 0)])
def test_a_day_not_in_every_year_is_refused(month: int, day: int) -> None:
    with pytest.raises(ValidationError):
        AnnualHoliday(month=month, day=day)


def test_the_day_without_a_year_in_both_languages() -> None:
    assert formatter("en").annual_date(8, 15) == "15 August"
    assert formatter("pt-BR").annual_date(12, 8) == "8 de dezembro"
    assert formatter("pt-BR").annual_date(1, 1) == "1º de janeiro"
