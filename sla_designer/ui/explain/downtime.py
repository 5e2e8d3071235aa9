"""The downtime an availability objective allows, per window, next to the objective."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from sla_designer.calc.budget import (
    Allowance,
    DowntimeBudget,
    downtime_allowance,
    downtime_budget,
    month_end,
    nominal_lengths,
    window_words,
)
from sla_designer.model import AvailabilityMetric, Calendar
from sla_designer.model.comparisons import is_strict
from sla_designer.text import texts
from sla_designer.text.values import problem_text
from sla_designer.ui.explain.base import Clock, ExplainPanel, system_clock

_HUNDRED = Decimal(100)


def _periods(metric: AvailabilityMetric, year: int) -> list[dt.date]:
    """A date in each window of `year`: every month, quarter, the year, or each month's end."""
    kind = metric.window.kind
    if kind == "year":
        return [dt.date(year, 1, 1)]
    if kind == "quarter":
        return [dt.date(year, month, 1) for month in (1, 4, 7, 10)]
    if kind == "month":
        return [dt.date(year, month, 1) for month in range(1, 13)]
    # A rolling window is read as the one ending with each month, as the command line does.
    return [month_end(dt.date(year, month, 1)) for month in range(1, 13)]


class DowntimePanel(ExplainPanel):
    """Shows how much downtime an availability objective allows in each length of window.

    Without calendar hours, every length a window can have (months of 28 to 31 days) gets a row;
    measured within a calendar, the windows of the current year with the fewest and the most open
    hours do. A strict objective ("more than 99.9 %") allows less than each figure shown.
    """

    def __init__(self, parent: QWidget | None = None, clock: Clock = system_clock) -> None:
        super().__init__(self.tr("Downtime allowed"), parent)
        self.setObjectName("downtimePanel")
        self._clock = clock
        self._labels: list[tuple[QLabel, QLabel]] = []
        self._rows = QWidget()
        self._grid = QGridLayout(self._rows)
        self.column.addWidget(self._rows)
        self.finish()

    def figures(self) -> list[tuple[str, str]]:
        """The rows as shown: (window, allowed downtime)."""
        return [(label.text(), figure.text()) for label, figure in self._labels]

    def set_metric(
        self, metric: AvailabilityMetric, calendar: Calendar | None, language: str = "en"
    ) -> None:
        """Show the allowance of `metric` on `calendar` (the metric's), in `language`."""
        self.language = language
        self._clear_rows()
        per = window_words(metric.window, language)
        share = self.formats.percent(_HUNDRED - metric.objective)
        if is_strict(metric.comparison):
            share = self.say("downtime.less_than", value=share)
        objective = texts(language)(
            f"terms.comparisons.{metric.comparison}", value=self.formats.percent(metric.objective)
        )
        if metric.measured_within_calendar:
            self._within_calendar(metric, calendar, per, objective, share)
            return
        lengths = nominal_lengths(metric.window)
        try:
            allowed = [
                downtime_allowance(metric.objective, dt.timedelta(days=d), metric.comparison)
                for d in lengths
            ]
        except ValueError as error:
            self.show_problem(problem_text(error, self.language))
            return
        for days, value in zip(lengths, allowed, strict=True):
            self._add_row(self._length_name(metric, days), self._allowance(value))
        low, high = self._allowance(allowed[0]), self._allowance(allowed[-1])
        if low == high:
            self.headline.setText(self.say("downtime.allowed", allowed=low, window=per))
        else:
            self.headline.setText(
                self.say("downtime.allowed_range", low=low, high=high, window=per)
            )
        self.explanation.setText(
            self.say("downtime.round_the_clock", objective=objective, share=share)
        )

    def _within_calendar(
        self,
        metric: AvailabilityMetric,
        calendar: Calendar | None,
        per: str,
        objective: str,
        share: str,
    ) -> None:
        if calendar is None:
            self.show_problem(self.say("downtime.no_calendar"))
            return
        year = self._clock().date().year
        try:
            budgets = [downtime_budget(metric, p, calendar) for p in _periods(metric, year)]
        except ValueError as error:
            self.show_problem(problem_text(error, self.language))
            return
        fewest = min(budgets, key=lambda b: b.measured)
        most = max(budgets, key=lambda b: b.measured)
        for budget in dict.fromkeys((fewest, most)):
            self._add_row(self._window_name(budget), self._allowance(budget.allowance))
        low, high = self._allowance(fewest.allowance), self._allowance(most.allowance)
        if low == high:
            text = self.say("downtime.allowed", allowed=low, window=per)
        else:
            text = self.say("downtime.allowed_range", low=low, high=high, window=per)
        self.headline.setText(text)
        self.explanation.setText(
            self.say(
                "downtime.within_calendar",
                objective=objective,
                share=share,
                calendar=calendar.name,
                year=year,
                fewest=self.formats.open_hours(fewest.measured),
                most=self.formats.open_hours(most.measured),
            )
        )

    def _allowance(self, allowance: Allowance) -> str:
        """'43 min 12 s', or 'less than 43 min 12 s' for a strict objective: from hours, as fields
        write durations."""
        shown = self.formats.short_duration(allowance.limit, "h")
        return self.say("downtime.less_than", value=shown) if allowance.strict else shown

    def _length_name(self, metric: AvailabilityMetric, days: int) -> str:
        return self.say(f"downtime.lengths.{metric.window.kind}", count=days, days=days)

    def _window_name(self, budget: DowntimeBudget) -> str:
        last = (budget.end - dt.timedelta(days=1)).date()
        return self.say(
            "downtime.window",
            first=self.formats.day(budget.start.date()),
            last=self.formats.day(last),
            hours=self.formats.open_hours(budget.measured),
        )

    def _add_row(self, name: str, allowed: str) -> None:
        row = len(self._labels)
        figure = QLabel(allowed)
        figure.setObjectName("allowed")
        label = QLabel(name)
        self._grid.addWidget(label, row, 0)
        self._grid.addWidget(figure, row, 1)
        self._labels.append((label, figure))

    def _clear_rows(self) -> None:
        # A grid keeps the count of rows it once had; a fresh one keeps the spacing even.
        # The old rows leave the layout at once; deleting them waits for the event loop.
        self._labels.clear()
        index = self.column.indexOf(self._rows)
        self.column.removeWidget(self._rows)
        self._rows.hide()
        self._rows.deleteLater()
        self._rows = QWidget()
        self._grid = QGridLayout(self._rows)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self.column.insertWidget(index, self._rows)
