"""Fields the contract shows in words of its own (a status, a party's label, weekdays, a time
zone, a phrase around a number), changed by a reviewer to other words the contract uses: each
reads as the value those words stand for; words the contract never uses are refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sla_designer.model import BusinessDays, ClockDuration, Money, TimeOfDay
from sla_designer.model.calendars import AnnualHoliday, ClosedDate
from sla_designer.model.metrics import MeasurementWindow
from sla_designer.model.units import WrittenDuration
from sla_designer.review.values import read_value
from sla_designer.text.values import Problem
from tests.review.test_values import _first, styled

SAAS, DESK, INTERNAL = "saas-availability", "it-service-desk", "internal-departments"
EN, PT = ("en", "british"), ("pt-BR", "british")
SIX_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat"]

CHANGED = [
    (
        DESK,
        EN,
        "calendars[].hours[].days",
        "Monday to Saturday",
        SIX_DAYS,
    ),
    (
        DESK,
        PT,
        "calendars[].hours[].days",
        "de segunda-feira a sábado",
        SIX_DAYS,
    ),
    (DESK, EN, "calendars[].hours[].days", "Saturday and Sunday", ["sat", "sun"]),
    (DESK, EN, "calendars[].hours[].start", "09:30", TimeOfDay(570)),
    (SAAS, EN, "calendars[].timezone", "Eastern Time (America/New_York)", "America/New_York"),
    (SAAS, PT, "calendars[].timezone", "America/New_York", "America/New_York"),
    (SAAS, PT, "calendars[].holidays[].country", "Brasil", "BR"),
    (SAAS, EN, "calendars[].holidays[].country", "BR", "BR"),
    (DESK, PT, "calendars[].holidays[].city_holidays[]", "8 de dezembro", (12, 8)),
    (DESK, EN, "calendars[].holidays[].city_holidays[]", "December 8", (12, 8)),
    (SAAS, EN, "calendars[].holidays[].subdivision", "Scotland", "SCT"),
    (
        SAAS,
        EN,
        "calendars[].preset",
        "The calendar is open 24 hours a day, Monday to Friday.",
        "24x5",
    ),
    (
        SAAS,
        EN,
        "calendars[].closed_dates[]",
        "31 December 2027 – New Year's Eve",
        (dt.date(2027, 12, 31), "New Year's Eve"),
    ),
    (SAAS, EN, "metrics[].window", "each calendar quarter", ("quarter", None)),
    (SAAS, EN, "metrics[].window", "a rolling period of 30 days", ("rolling_days", 30)),
    (SAAS, PT, "metrics[].window", "cada trimestre civil", ("quarter", None)),
    (SAAS, EN, "metrics[].calendar", "UK support hours", "uk-support"),
    (DESK, EN, "metrics[].targets[].priority", "P2 – Alta", "P2"),
    (DESK, EN, "metrics[].targets[].attainment", "90 %", Decimal(90)),
    (
        DESK,
        EN,
        "metrics[].targets[].target",
        "2 Business Days, by close of business",
        BusinessDays(2, "close_of_business"),
    ),
    (
        DESK,
        PT,
        "metrics[].targets[].target",
        "4 horas úteis",
        ClockDuration(WrittenDuration(4 * 3600, "h"), "business"),
    ),
    (SAAS, EN, "status", "In review", "in_review"),
    (SAAS, PT, "status", "Assinado", "signed"),
    (SAAS, EN, "remedies.chronic_failure.notice_days", "by written notice", None),
    (SAAS, EN, "remedies.chronic_failure.notice_days", "60", 60),
    (SAAS, EN, "remedies.chronic_failure.terminates", "this Agreement", "agreement"),
    (SAAS, EN, "remedies.chronic_failure.refund_prepaid", "", False),
    (SAAS, EN, "remedies.chronic_failure.threshold", "less than 98.5 %", Decimal("98.5")),
    (SAAS, PT, "remedies.chronic_failure.threshold", "inferior a 98,5 %", Decimal("98.5")),
    (SAAS, PT, "remedies.claim.runs_from", "o encerramento do período de apuração", "window_end"),
    (SAAS, EN, "remedies.credit_schedules[].cap", "40 %", Decimal(40)),
    (SAAS, EN, "remedies.minimum_credit", "€50.00", Money(amount=Decimal(50), currency="EUR")),
    (SAAS, EN, "remedies.minimum_credit", "EUR 50.00", Money(amount=Decimal(50), currency="EUR")),
    (SAAS, EN, "remedies.minimum_credit", "75.00", Money(amount=Decimal(75), currency="GBP")),
    (SAAS, EN, "metrics[].minimum_outage", "2 minutes", WrittenDuration(120, "m")),
    (SAAS, PT, "metrics[].maintenance_notice", "10 dias", WrittenDuration(10 * 86400, "d")),
    (SAAS, EN, "signing.date", "2 April 2027", dt.date(2027, 4, 2)),
    (SAAS, EN, "signing.place", "Manchester", "Manchester"),
    (INTERNAL, EN, "service.services[].provider", "Sales", "sales"),
    (INTERNAL, EN, "service.services[].recipients", "Marketing", ["marketing"]),
    (
        INTERNAL,
        PT,
        "service.services[].recipients",
        "área de Marketing e área de Sales",
        ["marketing", "sales"],
    ),
]


def _plain(value: object) -> object:
    """A model item as the tuple of the fields a case names."""
    if isinstance(value, AnnualHoliday):
        return (value.month, value.day)
    if isinstance(value, ClosedDate):
        return (value.date, value.name)
    if isinstance(value, MeasurementWindow):
        return (value.kind, value.days)
    return value


@pytest.mark.parametrize(("name", "style", "shape", "text", "expected"), CHANGED, ids=str)
def test_other_words_of_the_contract_read_as_their_value(
    name: str, style: tuple[str, str], shape: str, text: str, expected: object
) -> None:
    agreement = styled(name, *style)
    assert _plain(read_value(agreement, _first(agreement, shape), text)) == expected


REFUSED = [
    (DESK, EN, "calendars[].hours[].start", "25:00", "values.time_bad"),
    (SAAS, EN, "calendars[].timezone", "Mars/Olympus", "files.review.refused"),
    (SAAS, EN, "calendars[].holidays[].country", "Narnia", "files.review.not_known"),
    (SAAS, EN, "metrics[].calendar", "Weekends", "files.review.not_a_choice"),
    (SAAS, EN, "remedies.claim.runs_from", "whenever", "files.review.not_a_choice"),
    (SAAS, EN, "remedies.minimum_credit", "$50.00", "files.review.shared_sign"),
    (SAAS, EN, "remedies.minimum_credit", "fifty pounds", "files.review.not_money"),
    (SAAS, EN, "remedies.minimum_credit", "£-5.00", "files.review.refused"),
    (SAAS, EN, "remedies.minimum_credit", "₿ 5", "files.review.no_currency"),
    (DESK, EN, "metrics[].targets[].target", "2 days", "files.review.not_a_target"),
    (DESK, EN, "metrics[].targets[].attainment", "190 %", "files.review.refused"),
    (DESK, EN, "term.months", "12.5", "files.review.not_whole"),
    (SAAS, EN, "calendars[].holidays[].country", "UK", "files.review.not_known"),
    (
        DESK,
        PT,
        "calendars[].holidays[].city_holidays[]",
        "30 de fevereiro",
        "files.review.not_a_day",
    ),
    (DESK, PT, "calendars[].holidays[].city_holidays[]", "29 de fevereiro", "files.review.refused"),
    (SAAS, EN, "metrics[].window", "every fortnight", "files.review.not_a_choice"),
]


@pytest.mark.parametrize(("name", "style", "shape", "text", "key"), REFUSED, ids=str)
def test_words_the_contract_never_uses_are_refused_with_the_reason(
    name: str, style: tuple[str, str], shape: str, text: str, key: str
) -> None:
    agreement = styled(name, *style)
    with pytest.raises(Problem) as refused:
        read_value(agreement, _first(agreement, shape), text)
    assert refused.value.key == key
    for language in ("en", "pt-BR"):
        assert text.strip() in refused.value.text(language)
