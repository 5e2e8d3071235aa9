"""Agents a contact-centre service level needs at a call volume (Erlang C), next to the target."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from sla_designer.calc.staffing import required_agents, traffic_intensity
from sla_designer.model import ServiceLevelMetric
from sla_designer.text import texts
from sla_designer.text.values import problem_text
from sla_designer.ui.explain.base import ExplainPanel
from sla_designer.ui.explain.formats import qt_locale
from sla_designer.ui.number_edit import WholeNumberBox


def _spin(name: str, minimum: int, maximum: int, value: int, suffix: str) -> WholeNumberBox:
    box = WholeNumberBox()
    box.setObjectName(name)
    box.setRange(minimum, maximum)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class StaffingPanel(ExplainPanel):
    """Call volume, period and handling time in; agents needed, ASA, occupancy and level out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Staffing estimate"), parent)
        self.setObjectName("staffingPanel")
        self._metric: ServiceLevelMetric | None = None
        inputs = QWidget()
        form = QFormLayout(inputs)
        form.setContentsMargins(0, 0, 0, 0)
        self.calls = _spin("calls", 0, 1_000_000, 100, "")
        self.calls.setAccessibleName(self.tr("Calls offered in the period"))
        self.period = _spin("period", 1, 24 * 60, 30, self.tr(" min"))
        self.period.setAccessibleName(self.tr("Period in minutes"))
        self.handling = _spin("handling", 1, 36_000, 180, self.tr(" s"))
        self.handling.setAccessibleName(self.tr("Average handling time in seconds"))
        form.addRow(self.tr("Calls:"), self.calls)
        form.addRow(self.tr("In a period of:"), self.period)
        form.addRow(self.tr("Average handling time:"), self.handling)
        self.column.insertWidget(0, inputs)
        outputs = QWidget()
        results = QFormLayout(outputs)
        results.setContentsMargins(0, 0, 0, 0)
        self.agents = QLabel()
        self.service_level = QLabel()
        self.speed = QLabel()
        self.occupancy = QLabel()
        self.waiting = QLabel()
        results.addRow(self.tr("Agents needed:"), self.agents)
        results.addRow(self.tr("Service level achieved:"), self.service_level)
        results.addRow(self.tr("Average speed of answer:"), self.speed)
        results.addRow(self.tr("Occupancy:"), self.occupancy)
        results.addRow(self.tr("Callers who wait:"), self.waiting)
        self.outputs = outputs
        self.column.insertWidget(2, outputs)
        self.finish()
        for box in (self.calls, self.period, self.handling):
            box.valueChanged.connect(self._recompute)

    def set_metric(self, metric: ServiceLevelMetric, language: str = "en") -> None:
        """Estimate the staffing `metric`'s "X % within Y s" needs, in `language`."""
        self._metric, self.language = metric, language
        for box in (self.calls, self.period, self.handling):
            box.setLocale(qt_locale(language))
            box.set_language(language)
        self._recompute()

    def _recompute(self) -> None:
        metric = self._metric
        if metric is None:
            return
        formats = self.formats
        handling = dt.timedelta(seconds=self.handling.value())
        if metric.objective >= 100:
            # Erlang C never reaches 100 %: no number of agents answers every call in time.
            self.outputs.setVisible(False)
            self.show_problem(
                self.say("staffing.impossible", percent=formats.percent(metric.objective))
            )
            return
        try:
            traffic = traffic_intensity(
                float(self.calls.value()), dt.timedelta(minutes=self.period.value()), handling
            )
            found = required_agents(
                traffic,
                metric.objective,
                metric.threshold,
                handling,
                strict=metric.comparison == "more_than",
            )
        except ValueError as error:
            self.outputs.setVisible(False)
            self.show_problem(problem_text(error, self.language))
            return
        self.outputs.setVisible(True)
        result = found.staffing
        percent = formats.percent(metric.objective)
        if metric.comparison == "more_than":
            percent = self.say("staffing.more_than", value=percent)
        target = self.say(
            "staffing.target",
            percent=percent,
            seconds=formats.number(int(metric.threshold.total_seconds())),
        )
        self.agents.setText(formats.number(result.agents))
        self.service_level.setText(formats.percent(result.service_level_percent, 1))
        speed = result.average_speed_of_answer
        self.speed.setText(
            texts(self.language)("terms.units.seconds", n=formats.number(speed, 1))
            if math.isfinite(speed)
            else "–"
        )
        self.occupancy.setText(formats.percent(result.occupancy * 100, 1))
        self.waiting.setText(formats.percent(result.probability_of_waiting * 100, 1))
        self.headline.setText(
            self.say(
                "staffing.needs",
                count=result.agents,
                target=target,
                agents=formats.number(result.agents),
            )
        )
        self.explanation.setText(
            self.say(
                "staffing.explanation",
                count=self.calls.value(),
                calls=formats.number(self.calls.value()),
                minutes=formats.number(self.period.value()),
                handling=formats.number(self.handling.value()),
                traffic=formats.number(traffic, 2),
                target=target,
            )
        )
