"""What the two service-level tools' exports (OpenSLO, Prometheus rules) share: names their
formats accept, the measurement window's length and start, and what of an availability
objective neither of them can hold.

Both formats measure a share of good time or good events against a target below 100 %; the
agreement says more than that (maintenance windows, exclusions, hours outside the calendar,
outages too short to count), and each of those is reported, never dropped silently.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal

from sla_designer.calc.budget import window_dates
from sla_designer.handoff.result import Unmapped
from sla_designer.model import Agreement
from sla_designer.model.metrics import AvailabilityMetric, MeasurementWindow, MetricBase
from sla_designer.model.tags import with_ids
from sla_designer.text.values import Percent, Term

DNS_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
"""An RFC 1123 DNS label: what OpenSLO names must be (and a safe label value elsewhere)."""

WINDOW_DAYS = {"month": 30, "quarter": 90, "year": 365}
"""Days of a calendar window when a tool only knows rolling ranges. 30 days a month is the
period the Google SRE workbook's burn rates are given for."""

UP_RECORD = "sli:up"
"""The recording rule both exports read availability from: 1 while the service is up, 0 while
it is down, one series per availability metric (label `sla_metric`, the metric's id). The
agreement names no metric of the monitoring stack, so its expression is the admin's to fill."""


def up_selector(metric: MetricBase) -> str:
    """The PromQL selector of a metric's `sli:up` series."""
    return f'{UP_RECORD}{{sla_metric="{metric.id}"}}'


MINUTE = dt.timedelta(minutes=1)
"""Both tools count downtime by the minute: a shorter minimum outage is what they count."""


def dns_label(text: str, taken: set[str] | None = None) -> str:
    """`text` as an RFC 1123 label (lowercase letters, digits and '-', at most 63 characters,
    starting and ending with a letter or digit), unique among `taken` (which it joins)."""
    label = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:63].strip("-") or "x"
    if taken is None:
        return label
    unique, number = label, 2
    while unique in taken:
        tail = f"-{number}"
        unique = label[: 63 - len(tail)].strip("-") + tail
        number += 1
    taken.add(unique)
    return unique


def metric_path(agreement: Agreement, metric: MetricBase, field: str = "") -> str:
    """The tag of a metric (or of one of its fields), naming it by id: 'metrics[uptime]'."""
    index = next(i for i, m in enumerate(agreement.metrics) if m is metric)
    tag = f"metrics[{index}].{field}" if field else f"metrics[{index}]"
    return with_ids(agreement, tag)


def window_days(window: MeasurementWindow) -> int:
    """The window's length in days (a calendar window at its usual length)."""
    if window.kind == "rolling_days":
        return window.days or 30
    return WINDOW_DAYS[window.kind]


def window_start(agreement: Agreement, window: MeasurementWindow) -> dt.date:
    """The first day of the calendar window holding the agreement's effective date (today's
    when it has none): where the tools' calendar-aligned windows start counting."""
    first, _ = window_dates(window, agreement.effective_date or dt.date.today())
    return first


def ratio(percent: Decimal) -> Decimal:
    """A percentage as a fraction: 99.95 -> 0.9995 (exactly)."""
    return (percent / 100).normalize()


def availability_gaps(
    system: str, agreement: Agreement, metric: AvailabilityMetric
) -> Iterator[Unmapped]:
    """What of an availability metric a tool that counts good time cannot hold: scheduled and
    emergency maintenance, the exclusions, hours outside the calendar, short outages."""
    name = metric.name

    def gap(phrase: str, field: str, **params: object) -> Unmapped:
        return Unmapped(
            system,
            f"slo.unmapped.{system}.{phrase}",
            metric_path(agreement, metric, field),
            {"metric": name, **params},
        )

    if metric.maintenance:
        yield gap("maintenance", "maintenance")
    if metric.emergency_maintenance == "excluded":
        yield gap("emergency", "emergency_maintenance")
    if metric.exclusions:
        yield gap("exclusions", "exclusions")
    if metric.measured_within_calendar:
        calendar = agreement.calendar_for(metric.id)
        yield gap(
            "calendar_hours",
            "measured_within_calendar",
            calendar=calendar.name if calendar else "",
        )
    if metric.minimum_outage > MINUTE:
        yield gap("minimum_outage", "minimum_outage", duration=metric.minimum_outage)
    if metric.comparison == "more_than":
        yield gap("more_than", "comparison", objective=Percent(metric.objective))


def hundred_percent(system: str, agreement: Agreement, metric: AvailabilityMetric) -> Unmapped:
    """An objective of exactly 100 %: no error budget, which neither tool can hold."""
    return Unmapped(
        system,
        f"slo.unmapped.{system}.hundred_percent",
        metric_path(agreement, metric, "objective"),
        {"metric": metric.name},
    )


def other_kind(system: str, agreement: Agreement, metric: MetricBase) -> Unmapped:
    """A metric of a kind the tool's export does not write."""
    return Unmapped(
        system,
        f"slo.unmapped.{system}.kind",
        metric_path(agreement, metric),
        {"metric": metric.name, "kind": Term(f"metrics.kinds.{metric.kind}")},
    )
