"""The staffing panel: Erlang C agents for the inputs typed, against the metric's target."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from sla_designer.model import ServiceLevelMetric
from sla_designer.ui.explain import CreditCurvePanel, DowntimePanel, DueTimePanel, StaffingPanel


def _metric(objective: str = "80", threshold: str = "20s") -> ServiceLevelMetric:
    return ServiceLevelMetric.model_validate(
        {"id": "calls", "name": "Calls answered", "objective": objective, "threshold": threshold}
    )


def test_a_hundred_calls_in_half_an_hour_need_fourteen_agents(qtbot: QtBot) -> None:
    panel = StaffingPanel()
    qtbot.addWidget(panel)
    panel.set_metric(_metric())
    assert (panel.calls.value(), panel.period.value(), panel.handling.value()) == (100, 30, 180)
    assert panel.agents.text() == "14"
    assert panel.headline.text() == "80 % answered within 20 s needs 14 agents"
    assert panel.service_level.text() == "88.8 %"
    assert panel.speed.text() == "7.8 s"
    assert panel.occupancy.text() == "71.4 %"
    assert "10.00 Erlangs" in panel.explanation.text()


def test_inputs_and_target_changes_recompute(qtbot: QtBot) -> None:
    panel = StaffingPanel()
    qtbot.addWidget(panel)
    panel.set_metric(_metric())
    # As `sla-designer staff --calls 200 --period 30m --aht 3m --target 80/20` prints.
    panel.calls.setValue(200)
    assert panel.agents.text() == "24"
    panel.set_metric(_metric("90", "10s"))
    assert panel.headline.text().startswith("90 % answered within 10 s needs")
    assert int(panel.agents.text()) > 24


def test_an_impossible_target_is_explained(qtbot: QtBot) -> None:
    panel = StaffingPanel()
    qtbot.addWidget(panel)
    panel.set_metric(_metric("100"))
    assert panel.outputs.isHidden()
    assert "below 100 %" in panel.headline.text()


def test_portuguese_numbers_and_sentences(qtbot: QtBot) -> None:
    panel = StaffingPanel()
    qtbot.addWidget(panel)
    panel.set_metric(_metric(), "pt-BR")
    assert panel.occupancy.text() == "71,4 %"
    assert panel.speed.text() == "7,8 s"
    assert panel.calls.locale().name() == "pt_BR"
    assert panel.headline.text() == "80 % atendidas em até 20 s exige 14 atendentes"
    assert panel.explanation.text().startswith(
        "100 chamadas em 30 min, de 180 s cada, são 10,00 Erlangs de trabalho"
    )


def test_one_agent_is_said_in_the_singular(qtbot: QtBot) -> None:
    panel = StaffingPanel()
    qtbot.addWidget(panel)
    panel.set_metric(_metric())
    panel.calls.setValue(1)
    assert panel.agents.text() == "1"
    assert panel.headline.text() == "80 % answered within 20 s needs 1 agent"
    assert panel.explanation.text().startswith("1 call in 30 min of 180 s is 0.10 Erlangs")
    panel.set_metric(_metric(), "pt-BR")
    assert panel.headline.text() == "80 % atendidas em até 20 s exige 1 atendente"
    assert panel.explanation.text().startswith("1 chamada em 30 min, de 180 s, é 0,10 Erlangs")


def test_every_input_of_every_panel_has_an_accessible_name(qtbot: QtBot) -> None:
    panels = [StaffingPanel(), CreditCurvePanel(), DueTimePanel(), DowntimePanel()]
    inputs: list[QWidget] = []
    for panel in panels:
        qtbot.addWidget(panel)
        for kind in (QLineEdit, QAbstractSpinBox, QAbstractButton):
            inputs += [w for w in panel.findChildren(kind) if w.parent() is not None]
    # Spin boxes own an inner line edit that screen readers reach through the box itself.
    named = [w for w in inputs if not isinstance(w.parent(), QAbstractSpinBox)]
    # The credit panel has its tickets field; the due-time panel a date, its calendar button
    # and a time.
    assert len(named) == 10
    assert all(w.accessibleName() for w in named), [w.objectName() for w in named]


def test_a_calculator_problem_is_shown_in_the_interface_language(qtbot: QtBot) -> None:
    panel = StaffingPanel()
    qtbot.addWidget(panel)
    panel.set_metric(_metric(), "pt-BR")
    # A million calls a minute of ten hours each: far more load than any contact centre.
    panel.calls.setValue(1_000_000)
    panel.period.setValue(1)
    panel.handling.setValue(36_000)
    assert panel.outputs.isHidden()
    assert panel.headline.text() == (
        "o tráfego de 600.000.000 Erlangs está fora do intervalo de 0 a 100.000: divida o volume"
        " em filas ou períodos menores"
    )
    panel.set_metric(_metric(), "en")
    assert panel.headline.text().startswith("the traffic of 600,000,000 Erlangs is outside")
