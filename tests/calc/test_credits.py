"""Service credits: tiers, linear rules, downtime bands, caps, minimum, rounding, explanation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sla_designer.calc.credits import compute_credit, minor_unit, round_money, rule_outcome
from sla_designer.model import CreditSchedule, Money, Remedies

D = Decimal


def schedule(**fields: Any) -> CreditSchedule:
    return CreditSchedule.model_validate({"id": "credit", "metric": "uptime", **fields})


TIERS = schedule(
    tiers=[
        {"at_least": "99.0", "below": "99.9", "credit": 10},
        {"at_least": "95.0", "below": "99.0", "credit": 25},
        {"below": "95.0", "credit": 50},
    ]
)
FEE = Money(amount=D("5000"), currency="BRL")


@pytest.mark.parametrize(
    ("measured", "percent", "tier"),
    [
        ("99.9", "0", None),  # the objective itself is met: no tier
        ("99.89999", "10", 0),
        ("99.0", "10", 0),  # a boundary belongs to the tier that starts there
        ("98.99999", "25", 1),
        ("95.0", "25", 1),
        ("94.99", "50", 2),
        ("0", "50", 2),
    ],
)
def test_tier_boundaries_are_exact(measured: str, percent: str, tier: int | None) -> None:
    outcome = rule_outcome(TIERS, D(measured))
    assert outcome.percent == D(percent)
    assert outcome.index == tier


def test_credit_amount_and_explanation() -> None:
    result = compute_credit(TIERS, D("99.5"), FEE)
    assert result.amount == D("500.00")
    assert result.caps == ()
    assert result.text("en") == (
        "99.5 % is in tier 1 (at least 99 %, below 99.9 %); 10 % of the monthly fee of the"
        " service (R$5,000.00) = R$500.00; credit R$500.00."
    )
    assert result.text("pt-BR") == (
        "99,5 % está na faixa 1 (a partir de 99 %, abaixo de 99,9 %); 10 % do valor mensal do"
        " serviço (R$\xa05.000,00) = R$\xa0500,00; crédito de R$\xa0500,00."
    )


def test_monthly_and_yearly_caps_given_credits_paid() -> None:
    remedies = Remedies.model_validate({"monthly_cap": 30, "yearly_cap": 10})
    monthly = compute_credit(TIERS, D("90"), FEE, remedies=remedies)
    assert monthly.gross == D("2500.00")
    assert monthly.amount == D("1500.00")
    assert [c.kind for c in monthly.caps] == ["monthly_cap"]
    # Yearly cap: 10 % of 12 x 5,000 = 6,000; 5,500 already credited leaves 500.
    yearly = compute_credit(TIERS, D("90"), FEE, remedies=remedies, paid_this_year=D("5500"))
    assert yearly.amount == D("500.00")
    assert yearly.caps[-1].kind == "yearly_cap"
    assert "the yearly cap leaves R$500.00" in yearly.text()
    exhausted = compute_credit(TIERS, D("90"), FEE, remedies=remedies, paid_this_year=D("7000"))
    assert exhausted.amount == D("0.00")
    given_annual = compute_credit(
        TIERS, D("90"), FEE, remedies=remedies, annual_fee=D("100000"), paid_this_year=D("9000")
    )
    assert given_annual.amount == D("1000.00")
    month_used = compute_credit(TIERS, D("90"), FEE, remedies=remedies, paid_this_month=D("1400"))
    assert month_used.amount == D("100.00")


def test_schedule_cap_limits_the_percentage() -> None:
    capped = schedule(tiers=[{"below": "99", "credit": 50}], cap=20)
    result = compute_credit(capped, D("90"), FEE)
    assert result.outcome.percent == D(50)
    assert result.percent == D(20)
    assert result.amount == D("1000.00")
    assert "limitado pela tabela a 20 %" in result.text("pt-BR")


def test_minimum_credit() -> None:
    remedies = Remedies.model_validate({"minimum_credit": {"amount": "600", "currency": "BRL"}})
    small = compute_credit(TIERS, D("99.5"), FEE, remedies=remedies)
    assert small.below_minimum
    assert small.amount == D("0.00")
    assert "nada é concedido" in small.text("pt-BR")
    large = compute_credit(TIERS, D("97"), FEE, remedies=remedies)
    assert not large.below_minimum
    assert large.amount == D("1250.00")
    with pytest.raises(ValueError, match="USD"):
        compute_credit(TIERS, D("97"), Money(amount=D(1), currency="USD"), remedies=remedies)


def test_rounding_to_minor_unit() -> None:
    assert minor_unit("JPY") == D(1)
    assert minor_unit("KWD") == D("0.001")
    assert round_money(D("0.125"), "USD") == D("0.13")
    odd = schedule(tiers=[{"below": "99.9", "credit": "3.33"}])
    yen = compute_credit(odd, D(99), Money(amount=D("1015"), currency="JPY"))
    assert yen.amount == D("34")  # 33.7995 -> 34
    dinar = compute_credit(odd, D(99), Money(amount=D("10.005"), currency="KWD"))
    assert dinar.amount == D("0.333")


def test_linear_rule_counts_whole_steps() -> None:
    linear = schedule(
        rule="linear", linear={"start": "99.9", "step": "0.1", "credit_per_step": 5, "maximum": 30}
    )
    assert rule_outcome(linear, D("99.9")).percent == 0
    assert rule_outcome(linear, D("99.85")).percent == 0
    assert rule_outcome(linear, D("99.8")).percent == 5
    assert rule_outcome(linear, D("99.55")).steps == 3
    assert rule_outcome(linear, D("90")).percent == 30
    # Lower is better (e.g. an abandonment rate): steps count upwards from the start.
    assert rule_outcome(linear, D("100.15"), higher_is_better=False).percent == 10


def test_downtime_bands() -> None:
    bands = schedule(
        rule="downtime_bands",
        downtime_bands=[
            {"over": "45m", "up_to": "2h", "credit": 5},
            {"over": "2h", "credit": 15},
        ],
    )
    assert rule_outcome(bands, dt.timedelta(minutes=44)).kind == "none"
    assert rule_outcome(bands, dt.timedelta(minutes=45)).percent == 5
    assert rule_outcome(bands, dt.timedelta(hours=2)).percent == 15
    result = compute_credit(bands, dt.timedelta(hours=3), Money(amount=D(200), currency="USD"))
    assert result.text() == (
        "downtime of 3h is in band 2 (from 2h); 15 % of the monthly fee of the service"
        " ($200.00) = $30.00; credit $30.00."
    )
    with pytest.raises(ValueError, match="duration"):
        rule_outcome(bands, D(99))
    with pytest.raises(ValueError, match="number"):
        rule_outcome(TIERS, dt.timedelta(hours=1))


# --- properties -----------------------------------------------------------------------------

percents = st.decimals(min_value=0, max_value=100, places=3)


@st.composite
def tier_tables(draw: st.DrawFn) -> CreditSchedule:
    """Contiguous tiers below a top bound whose credit grows as performance falls."""
    bounds = sorted(set(draw(st.lists(percents, min_size=1, max_size=5))), reverse=True)
    credits = sorted(draw(st.lists(percents, min_size=len(bounds), max_size=len(bounds))))
    tiers = []
    for index, upper in enumerate(bounds):
        lower = bounds[index + 1] if index + 1 < len(bounds) else None
        tiers.append({"at_least": lower, "below": upper, "credit": credits[index]})
    return schedule(tiers=tiers)


@settings(max_examples=200, deadline=None)
@given(table=tier_tables(), a=percents, b=percents)
def test_credit_is_monotonic_in_performance(table: CreditSchedule, a: Decimal, b: Decimal) -> None:
    worse, better = min(a, b), max(a, b)
    assert rule_outcome(table, worse).percent >= rule_outcome(table, better).percent


@settings(max_examples=200, deadline=None)
@given(
    measured=percents,
    fee=st.decimals(min_value=0, max_value=10**7, places=2),
    paid=st.decimals(min_value=0, max_value=10**6, places=2),
)
def test_caps_are_never_exceeded(measured: Decimal, fee: Decimal, paid: Decimal) -> None:
    remedies = Remedies.model_validate({"monthly_cap": 30, "yearly_cap": 10})
    result = compute_credit(
        TIERS, measured, Money(amount=fee, currency="BRL"), remedies=remedies, paid_this_year=paid
    )
    assert D(0) <= result.amount <= fee * D("0.30")
    assert result.amount <= max(D(0), fee * 12 * D("0.10") - paid)
    assert result.amount == result.amount.quantize(D("0.01"))


def test_caps_are_on_the_total_fees_and_the_minimum_on_the_months_total() -> None:
    remedies = Remedies.model_validate(
        {
            "monthly_cap": 30,
            "yearly_cap": 10,
            "minimum_credit": {"amount": "600", "currency": "BRL"},
        }
    )
    # 25 % of 5,000 = 1,250; the monthly cap is 30 % of all services' 20,000 = 6,000: no cut.
    total = compute_credit(TIERS, D("97"), FEE, remedies=remedies, total_monthly_fee=D("20000"))
    assert total.amount == D("1250.00")
    assert total.caps == ()
    # The yearly cap: 10 % of twelve total monthly fees (24,000), less 23,500 paid, leaves 500;
    # 500 is under the 600 minimum on its own but not with the 300 credited this month.
    yearly = compute_credit(
        TIERS,
        D("97"),
        FEE,
        remedies=remedies,
        total_monthly_fee=D("20000"),
        paid_this_year=D("23500"),
        paid_this_month=D("300"),
    )
    assert yearly.amount == D("500.00")
    assert [c.kind for c in yearly.caps] == ["yearly_cap"]
    assert not yearly.below_minimum
    alone = compute_credit(
        TIERS,
        D("97"),
        FEE,
        remedies=remedies,
        total_monthly_fee=D("20000"),
        paid_this_year=D("23500"),
    )
    assert alone.below_minimum and alone.amount == D("0.00")
    with pytest.raises(ValueError, match="negative"):
        compute_credit(TIERS, D("97"), FEE, total_monthly_fee=D("-1"))


def test_linear_outcome_knows_its_direction_and_maximum() -> None:
    linear = schedule(
        rule="linear",
        linear={"start": "5", "step": "1", "credit_per_step": "1.5", "maximum": "6"},
    )
    outcome = rule_outcome(linear, D("20"), higher_is_better=False)
    assert (outcome.steps, outcome.percent, outcome.uncapped) == (15, D(6), D("22.5"))
    assert not outcome.higher_is_better
    within = rule_outcome(linear, D("7"), higher_is_better=False)
    assert within.uncapped is None and within.percent == 3
    text = compute_credit(linear, D("7"), FEE, higher_is_better=False).text()
    assert text.startswith("7 % is 2 whole steps above 5 %; 3 % of")


def test_one_linear_step_is_said_in_the_singular() -> None:
    schedule = CreditSchedule.model_validate(
        {
            "id": "s",
            "metric": "m",
            "rule": "linear",
            "linear": {"start": "99.9", "step": "0.1", "credit_per_step": "5"},
        }
    )
    result = compute_credit(schedule, Decimal("99.8"), Money(amount=Decimal(100), currency="EUR"))
    assert "99.8 % is 1 whole step below 99.9 %" in result.text("en")
    assert "99,8 % fica 1 degrau inteiro abaixo de 99,9 %" in result.text("pt-BR")
