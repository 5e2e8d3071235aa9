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
    assert figures["Month of 30 days"] == "43 min 12 s"
    assert figures["Month of 31 days"] == "44 min 38.4 s"
    assert figures["Month of 28 days"] == "40 min 19.2 s"
    assert panel.headline.text() == "40 min 19.2 s to 44 min 38.4 s of downtime per month"

    panel.set_metric(_metric("99.5"), None)
    figures = dict(panel.figures())
    assert figures["Month of 30 days"] == "3 h 36 min"
    assert figures["Month of 31 days"] == "3 h 43 min 12 s"
    assert len(panel.figures()) == 4  # the earlier rows are gone, not appended to


def test_portuguese_writes_a_decimal_comma(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_metric(_metric("99.9"), None, "pt-BR")
    assert panel.figures()[-1] == ("Mês de 31 dias", "44 min 38,4 s")
    assert panel.headline.text() == "40 min 19,2 s a 44 min 38,4 s de indisponibilidade por mês"
    assert panel.explanation.text().startswith(
        "O objetivo de disponibilidade (no mínimo 99,9 %) deixa 0,1 %"
    )


def test_a_rolling_window_is_said_as_everywhere_else(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    window = MeasurementWindow(kind="rolling_days", days=90)
    panel.set_metric(_metric("99.9", window=window), None)
    assert panel.figures() == [("90 rolling days", "2 h 9 min 36 s")]
    assert panel.headline.text() == "2 h 9 min 36 s of downtime per rolling 90 days"
    panel.set_metric(_metric("99.9", window=window), None, "pt-BR")
    assert panel.headline.text() == "2 h 9 min 36 s de indisponibilidade por 90 dias móveis"


def test_a_quarter_shows_each_of_its_lengths(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_metric(_metric("99.9", window=MeasurementWindow(kind="quarter")), None)
    assert panel.figures() == [
        ("Quarter of 90 days", "2 h 9 min 36 s"),
        ("Quarter of 91 days", "2 h 11 min 2.4 s"),
        ("Quarter of 92 days", "2 h 12 min 28.8 s"),
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
        ("Feb 1, 2027 to Feb 28, 2027 (160h open)", "1 h 36 min"),
        ("Mar 1, 2027 to Mar 31, 2027 (184h open)", "1 h 50 min 24 s"),
    ]
    assert "Office hours" in panel.explanation.text()


def test_within_calendar_hours_without_a_calendar_says_so(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.set_metric(_metric("99", measured_within_calendar=True), None)
    assert panel.figures() == []
    assert "no calendar applies" in panel.headline.text()
