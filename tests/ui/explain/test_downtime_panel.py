"""The downtime panel: exact allowances per window, updated on every objective."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from sla_designer.model import AvailabilityMetric, Calendar, MeasurementWindow
from sla_designer.ui.explain import DowntimePanel


def _metric(objective: str, **extra: object) -> AvailabilityMetric:
    return AvailabilityMetric.model_validate(
        {"id": "uptime", "name": "Portal availability", "objective": objective, **extra}
    )


def _panel(qtbot: QtBot) -> DowntimePanel:
    panel = DowntimePanel(clock=lambda: dt.datetime(2027, 3, 5, 12, tzinfo=dt.UTC))
    qtbot.addWidget(panel)
    return panel


def test_changing_the_objective_updates_the_allowance(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_metric(_metric("99.9"), None)
    figures = dict(panel.figures())
    assert figures["Month of 30 days"] == "43m12s"
    assert figures["Month of 31 days"] == "44m38.4s"
    assert figures["Month of 28 days"] == "40m19.2s"
    assert panel.headline.text() == "40m19.2s to 44m38.4s of downtime per month"

    panel.set_metric(_metric("99.5"), None)
    figures = dict(panel.figures())
    assert figures["Month of 30 days"] == "3h36m"
    assert figures["Month of 31 days"] == "3h43m12s"
    assert len(panel.figures()) == 4  # the earlier rows are gone, not appended to


def test_portuguese_writes_a_decimal_comma(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_metric(_metric("99.9"), None, "pt-BR")
    assert panel.figures()[-1] == ("Mês de 31 dias", "44m38,4s")
    assert panel.headline.text() == "40m19,2s a 44m38,4s de indisponibilidade por mês"
    assert panel.explanation.text().startswith(
        "O objetivo de disponibilidade (no mínimo 99,9 %) deixa 0,1 %"
    )


def test_a_rolling_window_is_said_as_everywhere_else(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    window = MeasurementWindow(kind="rolling_days", days=90)
    panel.set_metric(_metric("99.9", window=window), None)
    assert panel.figures() == [("90 rolling days", "2h9m36s")]
    assert panel.headline.text() == "2h9m36s of downtime per rolling 90 days"
    panel.set_metric(_metric("99.9", window=window), None, "pt-BR")
    assert panel.headline.text() == "2h9m36s de indisponibilidade por 90 dias móveis"


def test_a_quarter_shows_each_of_its_lengths(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_metric(_metric("99.9", window=MeasurementWindow(kind="quarter")), None)
    assert panel.figures() == [
        ("Quarter of 90 days", "2h9m36s"),
        ("Quarter of 91 days", "2h11m2.4s"),
        ("Quarter of 92 days", "2h12m28.8s"),
    ]


def test_within_calendar_hours_uses_the_windows_with_fewest_and_most_open_hours(
    qtbot: QtBot,
) -> None:
    calendar = Calendar.model_validate(
        {
            "id": "office",
            "name": "Office hours",
            "timezone": "Europe/London",
            "hours": [
                {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "09:00", "end": "17:00"}
            ],
        }
    )
    panel = _panel(qtbot)
    panel.set_metric(_metric("99", measured_within_calendar=True), calendar)
    # 2027: February has 20 weekdays (160 h), March 23 (184 h); 1 % of each is allowed.
    assert panel.figures() == [
        ("Feb 1, 2027 to Feb 28, 2027 (160h open)", "1h36m"),
        ("Mar 1, 2027 to Mar 31, 2027 (184h open)", "1h50m24s"),
    ]
    assert "Office hours" in panel.explanation.text()


def test_within_calendar_hours_without_a_calendar_says_so(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_metric(_metric("99", measured_within_calendar=True), None)
    assert panel.figures() == []
    assert "no calendar applies" in panel.headline.text()
