"""The due-time panel: a target and an opening time give a due time on the calendar."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from sla_designer.model import Calendar, TimeTarget
from sla_designer.ui.explain import DueTimePanel

SAO_PAULO = ZoneInfo("America/Sao_Paulo")
# Office hours with a lunch break, Brazilian public holidays (15 November 2027 is a Monday).
OFFICE = Calendar.model_validate(
    {
        "id": "office",
        "name": "Escritório",
        "timezone": "America/Sao_Paulo",
        "hours": [
            {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "09:00", "end": "12:00"},
            {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "13:00", "end": "18:00"},
        ],
        "holidays": [{"country": "BR", "subdivision": "SP"}],
    }
)


# CLDR writes a narrow no-break space (U+202F) before AM and PM in English.


def _target(text: str) -> TimeTarget:
    return TimeTarget.model_validate({"priority": "p2", "target": text})


def _panel(qtbot: QtBot, now: dt.datetime) -> DueTimePanel:
    panel = DueTimePanel(clock=lambda: now)
    qtbot.addWidget(panel)
    return panel


def _type(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def _pick(qtbot: QtBot, panel: DueTimePanel, day: dt.date, hour: int) -> None:
    """Type an opening date and time into the fields, as a user would."""
    _type(qtbot, panel.opened_date.line, day.isoformat())
    _type(qtbot, panel.opened_time, f"{hour}:00")


def test_friday_afternoon_is_due_on_monday_and_follows_the_target(qtbot: QtBot) -> None:
    friday = dt.datetime(2027, 11, 5, 16, 0, tzinfo=SAO_PAULO)
    panel = _panel(qtbot, friday)
    panel.set_target(_target("4h business"), OFFICE)
    # Two hours on Friday, two on Monday morning.
    assert panel.due == dt.datetime(2027, 11, 8, 11, 0, tzinfo=SAO_PAULO)
    assert panel.headline.text() == (
        "Opened now (Friday, November 5, 2027 4:00\u202fPM)"
        " → due Monday, November 8, 2027 11:00\u202fAM"
    )
    assert "America/Sao_Paulo" in panel.zone_label.text()

    # Six hours: the lunch break does not count, so Monday 14:00 and not 13:00.
    panel.set_target(_target("6h business"), OFFICE)
    assert panel.due == dt.datetime(2027, 11, 8, 14, 0, tzinfo=SAO_PAULO)
    assert panel.headline.text().endswith("due Monday, November 8, 2027 2:00\u202fPM")


def test_picking_another_opening_time_updates_the_due_time(qtbot: QtBot) -> None:
    panel = _panel(qtbot, dt.datetime(2027, 11, 5, 16, 0, tzinfo=SAO_PAULO))
    panel.set_target(_target("4h business"), OFFICE)
    # The Friday before the Republic Proclamation holiday: Monday is closed, due Tuesday.
    _pick(qtbot, panel, dt.date(2027, 11, 12), 16)
    assert panel.due == dt.datetime(2027, 11, 16, 11, 0, tzinfo=SAO_PAULO)
    assert panel.headline.text().startswith("Opened (Friday, November 12, 2027 4:00\u202fPM)")
    # A picked time stays when the target changes; "Now" goes back to the clock.
    panel.set_target(_target("1h business"), OFFICE)
    assert panel.due == dt.datetime(2027, 11, 12, 17, 0, tzinfo=SAO_PAULO)
    panel.now_button.click()
    assert panel.due == dt.datetime(2027, 11, 5, 17, 0, tzinfo=SAO_PAULO)


def test_calendar_time_counts_every_hour(qtbot: QtBot) -> None:
    panel = _panel(qtbot, dt.datetime(2027, 11, 5, 19, 0, tzinfo=dt.UTC))
    panel.set_target(_target("8h calendar"), OFFICE)
    # 19:00 UTC is 16:00 in São Paulo; eight real hours later is midnight.
    assert panel.due == dt.datetime(2027, 11, 6, 0, 0, tzinfo=SAO_PAULO)
    assert "every hour counts" in panel.explanation.text()


def test_portuguese_dates_and_a_missing_calendar(qtbot: QtBot) -> None:
    panel = _panel(qtbot, dt.datetime(2027, 11, 5, 16, 0, tzinfo=SAO_PAULO))
    panel.set_target(_target("4h business"), OFFICE, "pt-BR")
    assert panel.headline.text() == (
        "Aberto agora (sexta-feira, 5 de novembro de 2027 16:00)"
        " → prazo segunda-feira, 8 de novembro de 2027 11:00"
    )
    assert panel.explanation.text().startswith("4 horas úteis: contam só")
    assert panel.zone_label.text() == "Horários em America/Sao_Paulo, calendário “Escritório”."
    panel.set_target(_target("4h business"), None)
    assert panel.due is None
    assert "no calendar applies" in panel.headline.text()


def test_business_days_skip_the_holiday_and_say_which_convention(qtbot: QtBot) -> None:
    # Friday 12 November 2027 at 12:30 falls in the lunch break: the clock starts at 13:00.
    # Monday 15 November is a public holiday, so the next business day is Tuesday.
    friday = dt.datetime(2027, 11, 12, 12, 30, tzinfo=SAO_PAULO)
    panel = _panel(qtbot, friday)
    panel.set_target(_target("1 business day"), OFFICE)
    assert panel.due == dt.datetime(2027, 11, 16, 13, 0, tzinfo=SAO_PAULO)
    assert panel.explanation.text().startswith("1 business day: due on the next business day")
    panel.set_target(_target("2 business days by close of business"), OFFICE, "pt-BR")
    assert panel.due == dt.datetime(2027, 11, 17, 18, 0, tzinfo=SAO_PAULO)
    assert panel.explanation.text().startswith(
        "2 dias úteis, até o encerramento do expediente: vence no encerramento do expediente"
        " do 2º dia útil"
    )


def test_a_date_and_time_typed_the_portuguese_way(qtbot: QtBot) -> None:
    panel = _panel(qtbot, dt.datetime(2027, 11, 5, 16, 0, tzinfo=SAO_PAULO))
    panel.set_target(_target("4h business"), OFFICE, "pt-BR")
    assert panel.opened_date.line.text() == "05/11/2027"
    assert panel.opened_time.text() == "16:00"
    _type(qtbot, panel.opened_date.line, "12/11/2027")
    _type(qtbot, panel.opened_time, "16h30")
    assert panel.due == dt.datetime(2027, 11, 16, 11, 30, tzinfo=SAO_PAULO)
    assert panel.headline.text().startswith("Aberto (sexta-feira, 12 de novembro de 2027 16:30)")
    # What cannot be read is said, in words, instead of a due time.
    _type(qtbot, panel.opened_time, "25:00")
    assert panel.due is None
    assert "25:00" in panel.headline.text() and "não é um horário" in panel.headline.text()
