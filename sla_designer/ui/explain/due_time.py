"""When a ticket opened now (or at a chosen time) is due under a response or resolution target."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from sla_designer.calc.business_time import due_for
from sla_designer.model import BusinessDays, Calendar, TimeTarget
from sla_designer.ui.explain.base import Clock, ExplainPanel, system_clock
from sla_designer.ui.explain.formats import qt_locale


class DueTimePanel(ExplainPanel):
    """Shows "opened … → due …" for a target, in the calendar's time zone.

    A target for all the metric's tickets counts on its one calendar; a target on the average,
    median or a percentile of the times says that it limits the tickets together, not each.

    The opening time follows the clock until the user picks another one in the date-time field;
    "Now" goes back to following the clock. The field holds a wall time in the calendar's zone.
    """

    def __init__(self, parent: QWidget | None = None, clock: Clock = system_clock) -> None:
        super().__init__(self.tr("When is it due?"), parent)
        self.setObjectName("dueTimePanel")
        self._clock = clock
        self._target: TimeTarget | None = None
        self._calendar: Calendar | None = None
        self._follow_clock = True
        self.due: dt.datetime | None = None
        """The due time last shown, for whoever wants the figure rather than the text."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.opened_label = QLabel(self.tr("Opened:"))
        self.opened_edit = QDateTimeEdit()
        self.opened_edit.setObjectName("opened")
        self.opened_edit.setCalendarPopup(True)
        # The field shows a wall time of the calendar's zone; UTC in Qt keeps every wall time
        # valid (no daylight-saving gap of the computer's own zone can reject one).
        self.opened_edit.setTimeZone(QTimeZone(QTimeZone.Initialization.UTC))
        self.opened_edit.setAccessibleName(self.tr("Ticket opened at"))
        self.opened_label.setBuddy(self.opened_edit)
        self.now_button = QPushButton(self.tr("Now"))
        self.now_button.setAccessibleName(self.tr("Open the ticket now"))
        self.zone_label = QLabel()
        self.zone_label.setObjectName("zone")
        line.addWidget(self.opened_label)
        line.addWidget(self.opened_edit, 1)
        line.addWidget(self.now_button)
        self.column.insertWidget(0, row)
        self.column.insertWidget(1, self.zone_label)
        self.finish()
        self.opened_edit.dateTimeChanged.connect(self._on_picked)
        self.now_button.clicked.connect(self.follow_clock)

    def set_target(
        self, target: TimeTarget, calendar: Calendar | None, language: str = "en"
    ) -> None:
        """Show when a ticket under `target` is due; `calendar` is the one that applies to it."""
        self._target, self._calendar, self.language = target, calendar, language
        locale = qt_locale(language)
        self.opened_edit.setLocale(locale)
        self.opened_edit.setDisplayFormat(
            "ddd " + locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
        )
        if self._follow_clock:
            self._show_opened(self._clock())
        self._recompute()

    def set_opened(self, opened: dt.datetime) -> None:
        """Try a ticket opened at `opened` (an aware datetime), as if picked in the field."""
        self._follow_clock = False
        self._show_opened(opened)
        self._recompute()

    def follow_clock(self) -> None:
        """Go back to a ticket opened now."""
        self._follow_clock = True
        self._show_opened(self._clock())
        self._recompute()

    def opened(self) -> dt.datetime:
        """The opening time in the field, in the calendar's zone (UTC without a calendar)."""
        date = self.opened_edit.date().toPython()
        time = self.opened_edit.time().toPython()
        assert isinstance(date, dt.date) and isinstance(time, dt.time)
        return dt.datetime.combine(date, time.replace(second=0, microsecond=0), self._zone())

    def _zone(self) -> dt.tzinfo:
        return ZoneInfo(self._calendar.timezone) if self._calendar is not None else dt.UTC

    def _show_opened(self, moment: dt.datetime) -> None:
        local = moment.astimezone(self._zone())
        shown = QDateTime(
            QDate(local.year, local.month, local.day),
            QTime(local.hour, local.minute),
            QTimeZone(QTimeZone.Initialization.UTC),
        )
        blocked = self.opened_edit.blockSignals(True)
        self.opened_edit.setDateTime(shown)
        self.opened_edit.blockSignals(blocked)

    def _on_picked(self) -> None:
        self._follow_clock = False
        self._recompute()

    def _recompute(self) -> None:
        target, calendar = self._target, self._calendar
        if target is None:
            return
        zone = calendar.timezone if calendar is not None else "UTC"
        where = (
            self.say("due_time.zone", zone=zone, calendar=calendar.name)
            if calendar is not None
            else self.say("due_time.zone_utc")
        )
        self.zone_label.setText(where)
        opened = self.opened()
        try:
            due = due_for(target.target, opened, calendar)
        except ValueError:
            self.due = None
            self.show_problem(self.say("due_time.no_calendar"))
            return
        self.due = due
        start = self.say("due_time.opened_now" if self._follow_clock else "due_time.opened")
        self.headline.setText(
            self.say(
                "due_time.due",
                start=start,
                opened=self.formats.moment(opened),
                due=self.formats.moment(due),
            )
        )
        value = target.target
        length = value.text(self.language)
        if isinstance(value, BusinessDays):
            said = self.say(
                f"due_time.{value.ends}", count=value.days, length=length, days=value.days
            )
        else:
            said = self.say(f"due_time.{value.clock}", length=length)
        if target.measure != "each":
            rank = self.formats.percentile(target.percentile or 0)
            measured = self.say(f"due_time.measures.{target.measure}", percentile=rank)
            said += " " + self.say("due_time.not_each", measured=measured)
        self.explanation.setText(said)
