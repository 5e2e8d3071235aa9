"""The calculator panels' inputs read numbers and durations as the fields do: the panel's
language's way, never a guess."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sla_designer.io import load_agreement
from sla_designer.model import Agreement, ServiceLevelMetric
from sla_designer.ui.explain import CreditCurvePanel, StaffingPanel

TEMPLATES = Path(__file__).parents[3] / "templates"


def _panel(qtbot: QtBot, template: str, schedule_id: str, language: str) -> CreditCurvePanel:
    agreement: Agreement = load_agreement(TEMPLATES / f"{template}.yaml")
    schedule = next(s for s in agreement.remedies.credit_schedules if s.id == schedule_id)
    metric = agreement.metric(schedule.metric)
    service = agreement.service_by_id(schedule.service or "")
    assert metric is not None and service is not None
    panel = CreditCurvePanel()
    qtbot.addWidget(panel)
    panel.set_schedule(schedule, metric, service.monthly_fee, agreement.remedies, language)
    return panel


@pytest.mark.parametrize(
    ("language", "fee", "measured"),
    [("en", "8,400.00", "99.4 %"), ("pt-BR", "8.400,00", "99,4 %"), ("en", "8400", "99.400")],
)
def test_the_what_if_credit_reads_the_language_s_numbers(
    qtbot: QtBot, language: str, fee: str, measured: str
) -> None:
    panel = _panel(qtbot, "saas-availability", "platform-credits", language)
    panel.fee_edit.setText(fee)
    panel.measured_edit.setText(measured)  # '99.400' is no guess in a percentage
    assert panel.result is not None and panel.result.amount == Decimal("1680.00")


@pytest.mark.parametrize(
    ("language", "fee", "said"),
    [
        ("en", "8.400", "could be read two ways: type 8,400 or 8.4"),
        ("pt-BR", "8,400", "pode ser lido de dois modos: digite 8.400 ou 8,4"),
        ("en", "8.400,00", "type 8,400.00"),
    ],
)
def test_an_ambiguous_fee_gives_no_credit_but_the_reason(
    qtbot: QtBot, language: str, fee: str, said: str
) -> None:
    panel = _panel(qtbot, "saas-availability", "platform-credits", language)
    panel.fee_edit.setText(fee)
    assert panel.result is None and panel.chart.marker is None
    assert said in panel.headline.text()


def test_downtime_is_typed_in_the_language_s_words(qtbot: QtBot) -> None:
    panel = _panel(qtbot, "managed-services", "network-credits", "pt-BR")
    panel.measured_edit.setText("2 horas e 30 minutos")
    in_words = panel.result
    panel.measured_edit.setText("2h30m")
    assert in_words is not None and panel.result is not None
    assert in_words.amount == panel.result.amount
    assert in_words.measured == panel.result.measured


def test_the_staffing_inputs_read_the_language_s_numbers(qtbot: QtBot) -> None:
    metric = ServiceLevelMetric.model_validate(
        {"id": "calls", "name": "Calls", "objective": "80", "threshold": "20s"}
    )
    panel = StaffingPanel()
    qtbot.addWidget(panel)
    panel.set_metric(metric, "pt-BR")
    panel.calls.setValue(1000)
    assert panel.calls.text() == "1.000"
    panel.calls.lineEdit().selectAll()
    qtbot.keyClicks(panel.calls, "2.000")
    assert panel.calls.value() == 2000
    panel.set_metric(metric, "en")
    assert panel.calls.text() == "2,000"
    panel.calls.lineEdit().selectAll()
    qtbot.keyClicks(panel.calls, "3.000")  # three thousand, or three?
    assert panel.calls.value() != 3000
    assert "could be read two ways" in panel.calls.toolTip()
    panel.calls.lineEdit().selectAll()
    qtbot.keyClicks(panel.calls, "3,000")
    assert panel.calls.value() == 3000 and not panel.calls.toolTip()
