"""The fee a credit schedule is a share of, as the what-if panel starts it."""

from __future__ import annotations

from decimal import Decimal

from sla_designer.calc.what_if import schedule_fee
from sla_designer.catalog import load_template
from sla_designer.model import Money


def test_a_schedule_s_fee_is_its_service_s_or_the_total() -> None:
    agreement = load_template("contact-centre")
    by_id = {s.id: s for s in agreement.remedies.credit_schedules}
    voice = Money(amount=Decimal("186500.00"), currency="BRL")
    assert schedule_fee(agreement, by_id["credito-nivel-servico"]) == voice
    # All services' fees: the basis of the satisfaction credit.
    total = schedule_fee(agreement, by_id["credito-csat"])
    assert total == Money(amount=Decimal("229300.00"), currency="BRL")


def test_a_schedule_naming_no_service_takes_its_metric_s() -> None:
    agreement = load_template("contact-centre")
    schedule = agreement.remedies.credit_schedules[0].model_copy(update={"service": None})
    metric = agreement.metric(schedule.metric)
    assert metric is not None and metric.service == "voz"
    assert schedule_fee(agreement, schedule) == Money(amount=Decimal("186500.00"), currency="BRL")


def test_the_only_service_needs_no_naming_and_an_annual_fee_is_not_known() -> None:
    agreement = load_template("contact-centre")
    agreement.service.services = agreement.service.services[:1]
    for metric in agreement.metrics:
        metric.service = None
    schedule = agreement.remedies.credit_schedules[0].model_copy(update={"service": None})
    assert schedule_fee(agreement, schedule) == Money(amount=Decimal("186500.00"), currency="BRL")
    annual = schedule.model_copy(update={"basis": "annual_fee"})
    assert schedule_fee(agreement, annual) is None
