"""The credit panel: its what-if credit is the command line's, and its curve the schedule's."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sla_designer.calc.what_if import total_monthly_fee
from sla_designer.cli import main
from sla_designer.cli.common import as_written
from sla_designer.io import load_agreement
from sla_designer.model import Agreement, CreditSchedule, Money
from sla_designer.ui.explain import CreditCurvePanel

TEMPLATE = Path(__file__).parents[3] / "templates" / "saas-availability.yaml"


@pytest.fixture(scope="module")
def agreement() -> Agreement:
    return load_agreement(TEMPLATE)


def _schedule(agreement: Agreement, schedule_id: str) -> CreditSchedule:
    return next(s for s in agreement.remedies.credit_schedules if s.id == schedule_id)


def _show(
    qtbot: QtBot, agreement: Agreement, schedule_id: str, language: str = "en"
) -> CreditCurvePanel:
    schedule = _schedule(agreement, schedule_id)
    metric = agreement.metric(schedule.metric)
    assert metric is not None and schedule.service is not None
    service = agreement.service_by_id(schedule.service)
    assert service is not None
    panel = CreditCurvePanel()
    qtbot.addWidget(panel)
    names = {priority.id: priority.name for priority in agreement.priorities}
    panel.set_schedule(
        schedule, metric, service.monthly_fee, agreement.remedies, language, priorities=names
    )
    return panel


@pytest.mark.parametrize(
    ("schedule_id", "metric_id", "measured", "fee"),
    [
        ("platform-credits", "platform-availability", "99.4", "8400"),
        ("platform-credits", "platform-availability", "97", "8400"),  # the 50 % cap
        ("platform-credits", "platform-availability", "99.95", "8400"),  # objective met
        ("api-credits", "api-availability", "98.5", "1250"),
        # A resolution time takes the window's tickets: 17 of 20 is 85 %, under the minimum
        # credit on this fee; a priority with fewer tickets than the minimum does not count.
        ("resolution-credits", "support-resolution", "S2=17/20, S3=0/4", "60"),
        ("resolution-credits", "support-resolution", "S1=0/4", "6000"),
    ],
)
def test_what_if_credit_equals_the_command_line(
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
    agreement: Agreement,
    schedule_id: str,
    metric_id: str,
    measured: str,
    fee: str,
) -> None:
    tickets = "=" in measured
    option = "--tickets" if tickets else "--measured"
    args = ["credit", str(TEMPLATE), "--metric", metric_id, option, measured]
    assert main([*args, "--fee", fee]) == 0
    head, explanation = capsys.readouterr().out.splitlines()
    panel = _show(qtbot, agreement, schedule_id)
    edit = panel.tickets_edit if tickets else panel.measured_edit
    assert edit.isVisibleTo(panel) and not (
        panel.measured_edit if tickets else panel.tickets_edit
    ).isVisibleTo(panel)
    edit.clear()
    qtbot.keyClicks(edit, measured)
    panel.fee_edit.clear()
    qtbot.keyClicks(panel.fee_edit, fee)
    assert panel.result is not None
    shown = as_written("en").number(panel.result.amount)
    assert head == f"{schedule_id}: {shown} {panel.result.currency}"
    assert panel.explanation.text() == explanation.strip()


def test_the_fee_and_an_example_value_are_filled_in(qtbot: QtBot, agreement: Agreement) -> None:
    panel = _show(qtbot, agreement, "platform-credits")
    assert panel.fee_edit.text() == "8,400"
    assert panel.measured_edit.text() == "99.5"  # the first tier that gives a credit
    assert panel.headline.text() == "Credit: £840.00"
    assert panel.result is not None and panel.result.percent == Decimal(10)


def test_typed_values_survive_an_edit_of_the_same_schedule(
    qtbot: QtBot, agreement: Agreement
) -> None:
    panel = _show(qtbot, agreement, "platform-credits")
    panel.measured_edit.setText("98.5")
    schedule = _schedule(agreement, "platform-credits")
    edited = schedule.model_copy(update={"cap": Decimal(25)})
    metric = agreement.metric(schedule.metric)
    assert metric is not None
    panel.set_schedule(
        edited, metric, Money(amount=Decimal(8400), currency="GBP"), agreement.remedies
    )
    assert panel.measured_edit.text() == "98.5"
    # 30 % for the tier, lowered to the schedule's new 25 % cap.
    assert panel.result is not None and panel.result.amount == Decimal("2100.00")
    assert panel.chart.curve is not None and panel.chart.curve.top == Decimal(25)
    assert panel.chart.marker == (Decimal("98.5"), Decimal(25))


def test_portuguese_reads_a_decimal_comma_and_explains_in_portuguese(
    qtbot: QtBot, agreement: Agreement
) -> None:
    panel = _show(qtbot, agreement, "platform-credits", "pt-BR")
    assert panel.fee_edit.text() == "8.400"
    panel.measured_edit.setText("99,4")
    assert panel.result is not None and panel.result.amount == Decimal("1680.00")
    assert panel.explanation.text().startswith(
        "99,4 % não atinge o objetivo (no mínimo 99,9 %); 99,4 % está na faixa 2"
    )
    assert panel.headline.text() == "Crédito: £\xa01.680,00"
    assert panel.chart.y_title == "Crédito"
    panel.measured_edit.setText("101")
    assert panel.headline.text() == "Digite um percentual de 0 a 100."


def test_a_wrong_input_says_what_to_type(qtbot: QtBot, agreement: Agreement) -> None:
    panel = _show(qtbot, agreement, "platform-credits")
    panel.measured_edit.setText("ninety")
    assert panel.result is None
    assert panel.chart.marker is None
    assert "as a number" in panel.headline.text()


def test_the_curve_steps_at_each_tier_with_the_objective_marked(
    qtbot: QtBot, agreement: Agreement
) -> None:
    panel = _show(qtbot, agreement, "platform-credits")
    curve = panel.chart.curve
    assert curve is not None
    assert curve.objective == Decimal("99.9")
    assert [(s.start, s.percent) for s in curve.steps][1:] == [
        (Decimal("98.0"), Decimal(30)),
        (Decimal("99.0"), Decimal(20)),
        (Decimal("99.5"), Decimal(10)),
        (Decimal("99.9"), Decimal(0)),
    ]
    assert curve.steps[0].percent == Decimal(50)
    assert curve.high == Decimal(100)


def test_the_caps_are_on_all_services_fees_as_on_the_command_line(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], agreement: Agreement
) -> None:
    # 50 % of a typed £20,000 is £10,000; the monthly cap is 50 % of both services' £9,650.
    args = ["credit", str(TEMPLATE), "--metric", "platform-availability", "--measured", "97"]
    assert main([*args, "--fee", "20000"]) == 0
    head, explanation = capsys.readouterr().out.splitlines()
    assert head == "platform-credits: 4,825.00 GBP"
    schedule = _schedule(agreement, "platform-credits")
    metric = agreement.metric(schedule.metric)
    assert metric is not None
    panel = CreditCurvePanel()
    qtbot.addWidget(panel)
    total = total_monthly_fee(agreement)
    panel.set_schedule(schedule, metric, None, agreement.remedies, currency="GBP", total_fee=total)
    panel.measured_edit.setText("97")
    panel.fee_edit.setText("20000")
    assert panel.result is not None and panel.result.amount == Decimal("4825.00")
    assert panel.explanation.text() == explanation.strip()


@pytest.mark.parametrize(("measured", "problem"), [("101", "0 to 100"), ("-5", "0 to 100")])
def test_an_impossible_measured_value_is_refused(
    qtbot: QtBot, agreement: Agreement, measured: str, problem: str
) -> None:
    panel = _show(qtbot, agreement, "api-credits")
    panel.measured_edit.setText(measured)
    assert panel.result is None
    assert problem in panel.headline.text() + panel.explanation.text()
