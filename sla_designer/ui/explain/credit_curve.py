"""A credit schedule's curve and a "what if" row: measured value and fee → credit, explained."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from sla_designer.calc.attainment import (
    TicketCount,
    counts_tickets,
    parse_ticket_counts,
    reading_mode,
)
from sla_designer.calc.budget import seconds
from sla_designer.calc.credit_curve import credit_curve, metric_objective
from sla_designer.calc.credits import CreditResult, rule_outcome
from sla_designer.calc.what_if import (
    Measured,
    check_amount,
    check_measured,
    measured_is_percent,
    what_if_credit,
)
from sla_designer.model import (
    CreditSchedule,
    Metric,
    Money,
    Remedies,
    higher_is_better,
)
from sla_designer.model.kinds import describe
from sla_designer.text import texts
from sla_designer.text.values import problem_text
from sla_designer.ui.explain.base import ExplainPanel
from sla_designer.ui.explain.credit_chart import CreditChart


def example_measured(schedule: CreditSchedule, higher: bool) -> Measured | None:
    """A value that earns the schedule's first credit, to fill the "what if" field with."""
    if schedule.rule == "downtime_bands":
        return schedule.downtime_bands[0].over if schedule.downtime_bands else None
    if schedule.rule == "linear":
        rule = schedule.linear
        if rule is None:
            return None
        return rule.start - rule.step if higher else rule.start + rule.step
    for tier in schedule.tiers:
        if tier.credit > 0:
            return tier.example()
    return None


def example_tickets(schedule: CreditSchedule, metric: Metric) -> str:
    """Ticket counts that earn the schedule's first credit, as the "what if" field takes them:
    'P1=17/20' for a schedule that reads each priority, '17/20' for one that pools them."""
    higher = higher_is_better(metric)
    example = example_measured(schedule, higher)
    if not isinstance(example, Decimal):
        return ""
    total = max(schedule.minimum_tickets, 20)
    exact = example * total / 100
    tried = [exact.to_integral_value(ROUND_CEILING), exact.to_integral_value(ROUND_FLOOR) - 1]
    met = next(
        (
            int(m)
            for m in tried
            if 0 <= m <= total and rule_outcome(schedule, m * 100 / Decimal(total), higher).percent
        ),
        int(tried[0]),
    )
    met = min(max(met, 0), total)
    targets = getattr(metric, "targets", [])
    first = targets[0].priority if targets else None
    if reading_mode(schedule, metric) == "pooled" or first is None:
        return f"{met}/{total}"
    return f"{first}={met}/{total}"


class CreditCurvePanel(ExplainPanel):
    """The credit curve of one schedule and the credit for a measured value the user types.

    The credit is the calculator's (`what_if_credit`), the same the command line's `credit`
    prints, with its one-line explanation.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Credit curve"), parent)
        self.setObjectName("creditCurvePanel")
        self.chart = CreditChart()
        self.chart.setAccessibleName(self.tr("Credit against measured value"))
        self.column.insertWidget(0, self.chart, 1)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.measured_edit = QLineEdit()
        self.measured_edit.setObjectName("measured")
        self.measured_edit.setAccessibleName(self.tr("Measured value"))
        self.fee_edit = QLineEdit()
        self.fee_edit.setObjectName("fee")
        self.fee_edit.setAccessibleName(self.tr("Fee the credit is on"))
        self.currency_label = QLabel()
        measured_label = QLabel(self.tr("What if the measured value is"))
        measured_label.setBuddy(self.measured_edit)
        fee_label = QLabel(self.tr("on a fee of"))
        fee_label.setBuddy(self.fee_edit)
        # A response or resolution time takes the window's tickets instead of a measured value.
        self.tickets_edit = QLineEdit()
        self.tickets_edit.setObjectName("tickets")
        self.tickets_edit.setAccessibleName(self.tr("Tickets that met their target / all tickets"))
        self.tickets_edit.setPlaceholderText(self.tr("e.g. P1=17/20, P2=40/45"))
        self.tickets_label = QLabel(self.tr("What if the tickets are"))
        self.tickets_label.setBuddy(self.tickets_edit)
        self.measured_label = measured_label
        for widget in (
            measured_label,
            self.measured_edit,
            self.tickets_label,
            self.tickets_edit,
            fee_label,
            self.fee_edit,
        ):
            line.addWidget(widget)
        line.addWidget(self.currency_label)
        self.column.insertWidget(1, row)
        self.finish()
        self._schedule: CreditSchedule | None = None
        self._metric: Metric | None = None
        self._remedies = Remedies()
        self._currency: str | None = None
        self._total_fee: Money | None = None
        self._names: Mapping[str, str] = {}
        self._attainment: str | None = None
        self.result: CreditResult | None = None
        """The credit last computed, or None when the inputs give none."""
        self.measured_edit.textChanged.connect(self._recompute)
        self.tickets_edit.textChanged.connect(self._recompute)
        self.fee_edit.textChanged.connect(self._recompute)

    def set_schedule(
        self,
        schedule: CreditSchedule,
        metric: Metric,
        fee: Money | None,
        remedies: Remedies,
        language: str = "en",
        *,
        currency: str | None = None,
        total_fee: Money | None = None,
        priorities: Mapping[str, str] | None = None,
    ) -> None:
        """Draw `schedule` of `metric` and recompute the "what if" credit.

        `fee` fills the fee field (the monthly fee of the schedule's service, when known) and
        gives the currency; without one, `currency` (the agreement's) does. `total_fee` is the
        monthly fees of all services in total, which the caps are shares of, as the command
        line's `credit` takes them; without it the caps are on the fee typed. A schedule other
        than the one shown refills both fields; the same one edited keeps what the user typed.
        A response or resolution time takes the window's tickets (per priority or of all
        tickets, as the schedule reads them) instead of a measured value; `priorities` names
        the priorities in the explanation.
        """
        changed = self._schedule is None or self._schedule.id != schedule.id
        # Its reading changed (pooled or per priority): the example tickets are written anew.
        # (An edit may change the schedule in place: the reading shown is kept apart.)
        changed_reading = self._attainment != schedule.attainment
        self._attainment = schedule.attainment
        self._names = priorities or {}
        tickets = counts_tickets(metric)
        for widget in (self.measured_label, self.measured_edit):
            widget.setVisible(not tickets)
        for widget in (self.tickets_label, self.tickets_edit):
            widget.setVisible(tickets)
        self._schedule, self._metric, self._remedies = schedule, metric, remedies
        self._currency = fee.currency if fee is not None else currency
        self._total_fee = total_fee
        self.language = language
        higher = higher_is_better(metric)
        objective = metric_objective(metric)
        curve = credit_curve(schedule, higher, objective, percent_scale=measured_is_percent(metric))
        x_title = (
            self.say("credit_curve.axis_downtime")
            if curve.in_seconds
            else self.say("credit_curve.axis_measured", name=metric.name)
        )
        objective_title = ""
        if objective is not None:
            # The objective as it compares: 'objective more than 99.9 %'.
            comparison = describe(metric).comparison_of(metric) or "at_least"
            compared = texts(language)(
                f"terms.comparisons.{comparison}", value=self._show(objective)
            )
            objective_title = self.say("credit_curve.objective", value=compared)
        y_title = self.say("credit_curve.axis_credit")
        self.chart.set_curve(curve, (x_title, y_title, objective_title), language)
        self.currency_label.setText(self._currency or "")
        edits = (self.measured_edit, self.tickets_edit, self.fee_edit)
        blocked = [edit.blockSignals(True) for edit in edits]
        if changed or not self.measured_edit.text().strip():
            example = example_measured(schedule, higher)
            self.measured_edit.setText("" if example is None else self._show(example, unit=False))
        if tickets and (changed or changed_reading or not self.tickets_edit.text().strip()):
            self.tickets_edit.setText(example_tickets(schedule, metric))
        if changed:
            # Another schedule starts at its own fee: never at the fee of the one shown before.
            self.fee_edit.setText("" if fee is None else self.formats.number(fee.amount))
        for edit, was in zip(edits, blocked, strict=True):
            edit.blockSignals(was)
        self._recompute()

    def _show(self, value: Measured, unit: bool = True) -> str:
        if isinstance(value, dt.timedelta):
            return self.formats.short_duration(value)
        if unit and self._metric is not None and measured_is_percent(self._metric):
            return self.formats.percent(value)
        return self.formats.number(value)

    def _inputs(self) -> tuple[Measured | list[TicketCount], Money] | str:
        """The parsed inputs, or what is wrong with them."""
        assert self._schedule is not None
        if counts_tickets(self._metric):
            try:
                counts = parse_ticket_counts(self.tickets_edit.text())
            except ValueError as error:
                return problem_text(error, self.language)
            fee = self._fee()
            return fee if isinstance(fee, str) else (counts, fee)
        text = self.measured_edit.text()
        measured: Measured
        try:
            if self._schedule.rule == "downtime_bands":
                measured = self.formats.parse_duration(text)
            else:
                low, high = self._measured_range()
                measured = self.formats.parse_number(text, percent=True, minimum=low, maximum=high)
        except ValueError as error:
            if self._schedule.rule == "downtime_bands":
                return self.say("credit_curve.problems.duration")
            return self._unread(error, "credit_curve.problems.number")
        if isinstance(measured, Decimal):
            # The same ranges as the command line: a percentage 0-100, a score on its scale.
            try:
                check_measured(self._metric, measured)
            except ValueError:
                return self._out_of_range()
        fee = self._fee()
        return fee if isinstance(fee, str) else (measured, fee)

    def _fee(self) -> Money | str:
        """The fee typed, in the agreement's currency, or what is wrong with it."""
        if self._currency is None:
            return self.say("credit_curve.problems.no_currency")
        try:
            amount = self.formats.parse_number(self.fee_edit.text())
        except ValueError as error:
            return self._unread(error, "credit_curve.problems.fee")
        if amount < 0:
            return self.say("credit_curve.problems.fee_negative")
        try:
            check_amount(amount)
        except ValueError:
            return self.say("credit_curve.problems.fee_too_large")
        return Money(amount=amount, currency=self._currency)

    def _measured_range(self) -> tuple[Decimal | None, Decimal | None]:
        """What the measured value can be: a percentage, a score on its scale, or any number
        (it settles '99.950' in English as 99.95 in a percentage)."""
        metric = self._metric
        if metric is not None and measured_is_percent(metric):
            return Decimal(0), Decimal(100)
        scale = describe(metric).scale_of(metric) if metric is not None else None
        if scale is not None:
            return Decimal(scale[0]), Decimal(scale[1])
        return None, None

    def _unread(self, error: ValueError, otherwise: str) -> str:
        """Why a typed number was not read: the reader's reason when the text looks like a
        number written another way ('25.000' in English), else the panel's example."""
        if getattr(error, "key", "").startswith("values.number_"):
            return problem_text(error, self.language)
        return self.say(otherwise)

    def _out_of_range(self) -> str:
        """What a measured value the metric cannot have should be instead."""
        metric = self._metric
        if metric is not None and measured_is_percent(metric):
            return self.say("credit_curve.problems.percentage")
        scale = describe(metric).scale_of(metric) if metric is not None else None
        if scale is not None:
            low, high = (self.formats.number(end) for end in scale)
            return self.say("credit_curve.problems.score", low=low, high=high)
        return self.say("credit_curve.problems.out_of_range")

    def _recompute(self) -> None:
        schedule, metric = self._schedule, self._metric
        if schedule is None or metric is None:
            return
        inputs = self._inputs()
        if isinstance(inputs, str):
            self.result = None
            self.chart.set_marker(None)
            self.show_problem(inputs)
            return
        given, fee = inputs
        counts = given if isinstance(given, list) else None
        measured = None if isinstance(given, list) else given
        try:
            total = self._total_fee
            same_currency = total is not None and total.currency == fee.currency
            result = what_if_credit(
                schedule,
                metric,
                measured,
                fee,
                self._remedies,
                total_fee=total.amount if total is not None and same_currency else None,
                tickets=counts,
                names=self._names,
            )
        except ValueError as error:
            self.result = None
            self.chart.set_marker(None)
            self.show_problem(problem_text(error, self.language))
            return
        self.result = result
        shown = result.measured
        x = seconds(shown) if isinstance(shown, dt.timedelta) else shown
        # Too few tickets: no attainment counts, so there is no point on the curve.
        self.chart.set_marker(None if x is None else (x, result.percent))
        self.headline.setText(
            self.say(
                "credit_curve.credit", amount=self.formats.money(result.amount, result.currency)
            )
        )
        self.explanation.setText(result.text(self.language))
