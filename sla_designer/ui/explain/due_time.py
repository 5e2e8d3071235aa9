"""When a ticket opened now (or at a chosen time) is due under a response or resolution target."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from sla_designer.calc.business_time import due_for
from sla_designer.model import BusinessDays, Calendar, TimeTarget
from sla_designer.text.values import Problem, problem_text
from sla_designer.ui.date_field import DateField
from sla_designer.ui.explain.base import Clock, ExplainPanel, system_clock

_TIME = re.compile(r"^\s*(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?)?\s*$")


def _typed_time(text: str) -> int:
    """Minutes after midnight of a typed time: '14:30', '14h30', '14h' or '9'."""
    found = _TIME.match(text)
    if found is not None:
        hour, minute = int(found.group(1)), int(found.group(2) or 0)
        if hour < 24 and minute < 60:
            return hour * 60 + minute
    raise Problem("values.time_bad", text=repr(text.strip()))


class DueTimePanel(ExplainPanel):
    """Shows "opened … → due …" for a target, in the calendar's time zone.

    A target for all the metric's tickets counts on its one calendar; a target on the average,
    median or a percentile of the times says that it limits the tickets together, not each.

    The opening time follows the clock until the user types or picks another date or time;
    "Now" goes back to following the clock. The fields hold a wall time in the calendar's zone.
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
        # A date typed in the language's format (or picked in a calendar) and a time typed as
        # 14:30 or 14h30: a wall time of the calendar's zone.
        self.opened_date = DateField()
        self.opened_date.setObjectName("opened")
        self.opened_date.line.setAccessibleName(self.tr("Ticket opened on"))
        self.opened_time = QLineEdit()
        self.opened_time.setObjectName("opened-time")
        self.opened_time.setPlaceholderText(self.tr("HH:MM"))
        self.opened_time.setMaximumWidth(80)
        self.opened_time.setAccessibleName(self.tr("Ticket opened at"))
        self.opened_label.setBuddy(self.opened_date)
        self.now_button = QPushButton(self.tr("Now"))
        self.now_button.setAccessibleName(self.tr("Open the ticket now"))
        self.zone_label = QLabel()
        self.zone_label.setObjectName("zone")
        line.addWidget(self.opened_label)
        line.addWidget(self.opened_date, 1)
        line.addWidget(self.opened_time)
        line.addWidget(self.now_button)
        self.column.insertWidget(0, row)
        self.column.insertWidget(1, self.zone_label)
        self.finish()
        self.opened_date.edited.connect(self._on_picked)
        self.opened_time.editingFinished.connect(self._on_picked)
        self.now_button.clicked.connect(self.follow_clock)

    def set_target(
        self, target: TimeTarget, calendar: Calendar | None, language: str = "en"
    ) -> None:
        """Show when a ticket under `target` is due; `calendar` is the one that applies to it."""
        self._target, self._calendar, self.language = target, calendar, language
        self.opened_date.language = language
        self.opened_date.line.setPlaceholderText(self.opened_date.placeholder())
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
        """The opening time in the fields, in the calendar's zone (UTC without a calendar); a
        date or time that cannot be read is refused (a Problem, in words)."""
        date = self.opened_date.value()
        if date is None:
            raise Problem("values.date_typed", text="''", example=self.opened_date.example())
        minutes = _typed_time(self.opened_time.text())
        time = dt.time(minutes // 60, minutes % 60)
        return dt.datetime.combine(date, time, self._zone())

    def _zone(self) -> dt.tzinfo:
        return ZoneInfo(self._calendar.timezone) if self._calendar is not None else dt.UTC

    def _show_opened(self, moment: dt.datetime) -> None:
        local = moment.astimezone(self._zone())
        self.opened_date.set_value(local.date())
        self.opened_time.setText(f"{local.hour:02d}:{local.minute:02d}")

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
        try:
            opened = self.opened()
        except ValueError as error:
            self.due = None
            self.show_problem(problem_text(error, self.language))
            return
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
