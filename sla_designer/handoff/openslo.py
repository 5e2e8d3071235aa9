"""The agreement's objectives as OpenSLO v1 documents: one `Service` per service measured, an
`SLI` and an `SLO` per availability metric and per ticket time target, in one multi-document
YAML file.

The fields follow the OpenSLO specification (github.com/OpenSLO/OpenSLO, README "Specification")
and the rules its Go SDK validates (github.com/OpenSLO/go-sdk, pkg/openslo/v1): names are
RFC 1123 DNS labels, display names at most 63 characters, descriptions at most 1050, a
calendar-aligned `timeWindow` has a `calendar` with `startTime` ('YYYY-MM-DD hh:mm:ss') and an
IANA `timeZone`, and an objective's `target` lies in [0, 1), so an objective of exactly 100 %
cannot be written: it is reported as not mapped.

- Availability: `Timeslices` over one-minute slices, each good when the service was up
  throughout; the SLI is a `ratioMetric` of up samples over all samples of the recording rule
  `sli:up` that the Prometheus export defines (`handoff.prometheus`).
- Ticket time targets: `Occurrences` (good = tickets within the target, total = tickets of the
  priority). "95 % of P1 tickets" is a target of 0.95; the 90th percentile within 4 hours is
  "90 % within 4 hours" (0.9), the median is 0.5; an average cannot be written.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import yaml

from sla_designer.handoff.result import Handoff, Unmapped
from sla_designer.handoff.slo_common import (
    availability_gaps,
    dns_label,
    hundred_percent,
    metric_path,
    other_kind,
    ratio,
    up_selector,
    window_start,
)
from sla_designer.model import Agreement
from sla_designer.model.metrics import (
    AvailabilityMetric,
    MeasurementWindow,
    MetricBase,
    ResolutionTimeMetric,
    ResponseTimeMetric,
    TimeTarget,
)
from sla_designer.text import Texts, texts
from sla_designer.text.values import Percent, render

SYSTEM = "openslo"
API_VERSION = "openslo/v1"
NAME_LENGTH = 63
DESCRIPTION_LENGTH = 1050
SLICE = "1m"
"""The time slice of an availability objective: a minute, the unit downtime is counted in."""

TicketMetric = ResponseTimeMetric | ResolutionTimeMetric
TICKET_METRICS = (ResponseTimeMetric, ResolutionTimeMetric)


def build(agreement: Agreement, *, language: str) -> Handoff:
    """The OpenSLO documents of `agreement`, their text in `language`, and what did not map."""
    writer = _Writer(agreement, language)
    for metric in agreement.metrics:
        if isinstance(metric, AvailabilityMetric):
            writer.availability(metric)
        elif isinstance(metric, TICKET_METRICS):
            writer.ticket_metric(metric)
        else:
            writer.unmapped.append(other_kind(SYSTEM, agreement, metric))
    return Handoff(SYSTEM, {"": writer.text().encode("utf-8")}, tuple(writer.unmapped))


def _clip(text: str, length: int) -> str:
    """`text` on one line, cut to `length` characters (with an ellipsis when cut)."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


def _number(value: Decimal) -> float | int:
    """A fraction as YAML writes it: 0.9995, or 1."""
    return int(value) if value == value.to_integral_value() else float(value)


class _Writer:
    """The documents of one agreement, in the order written: services, then SLIs and SLOs."""

    def __init__(self, agreement: Agreement, language: str) -> None:
        self.agreement = agreement
        self.language = language
        self.words: Texts = texts(language).section("slo.openslo")
        self.services: dict[str | None, dict[str, Any]] = {}
        self.service_names: set[str] = set()
        self.objects: list[dict[str, Any]] = []
        self.names: set[str] = set()
        self.unmapped: list[Unmapped] = []

    # --- documents --------------------------------------------------------------------------

    def _service(self, metric: MetricBase) -> str:
        """The name of the Service document of the metric's service (written once)."""
        key = metric.service if self.agreement.service_by_id(metric.service or "") else None
        if key not in self.services:
            service = self.agreement.service_by_id(key) if key else None
            if service is not None:
                name, shown, description = service.id, service.name, service.description
            else:
                agreement = self.agreement
                name = agreement.reference or agreement.title
                shown, description = agreement.title, ""
            self.services[key] = _document(
                "Service",
                dns_label(name, self.service_names),
                shown,
                {"description": _clip(description, DESCRIPTION_LENGTH)} if description else {},
            )
        return str(self.services[key]["metadata"]["name"])

    def _pair(self, name: str, shown: str, sli: dict[str, Any], slo: dict[str, Any]) -> None:
        """An SLI and the SLO that refers to it, under one name."""
        label = dns_label(name, self.names)
        self.objects.append(_document("SLI", label, shown, sli))
        self.objects.append(_document("SLO", label, shown, {**slo, "indicatorRef": label}))

    def _time_window(self, window: MeasurementWindow, zone: str) -> list[dict[str, Any]]:
        """The SLO's window: rolling days, or a calendar month, quarter or year in `zone`."""
        if window.kind == "rolling_days":
            return [{"duration": f"{window.days or 30}d", "isRolling": True}]
        duration = {"month": "1M", "quarter": "1Q", "year": "1Y"}[window.kind]
        start = window_start(self.agreement, window)
        return [
            {
                "duration": duration,
                "calendar": {"startTime": f"{start.isoformat()} 00:00:00", "timeZone": zone},
                "isRolling": False,
            }
        ]

    def _zone(self, metric: MetricBase, priority: str | None = None) -> str:
        """The IANA zone of the calendar that applies; UTC by its canonical name 'Etc/UTC'."""
        calendar = self.agreement.calendar_for(metric.id, priority)
        zone = calendar.timezone if calendar is not None else "UTC"
        return {"UTC": "Etc/UTC", "GMT": "Etc/GMT"}.get(zone, zone)

    def _per(self, window: MeasurementWindow) -> str:
        days = window.days or 30
        count = days if window.kind == "rolling_days" else None
        return texts(self.language)(f"terms.window_per.{window.kind}", count=count, days=days)

    # --- availability -----------------------------------------------------------------------

    def availability(self, metric: AvailabilityMetric) -> None:
        self.unmapped.extend(availability_gaps(SYSTEM, self.agreement, metric))
        if metric.objective >= 100:
            self.unmapped.append(hundred_percent(SYSTEM, self.agreement, metric))
            return
        selector = up_selector(metric)
        sli = {
            "description": _clip(
                self.words("sli.availability", source=metric.data_source or "-"),
                DESCRIPTION_LENGTH,
            ),
            "ratioMetric": {
                "counter": False,
                "good": _source("Prometheus", query=f"sum_over_time({selector}[{SLICE}])"),
                "total": _source("Prometheus", query=f"count_over_time({selector}[{SLICE}])"),
            },
        }
        objective = Percent(metric.objective).text(self.language)
        slo = {
            "description": _clip(
                self.words(
                    "slo.availability",
                    objective=objective,
                    per=self._per(metric.window),
                    agreement=self.agreement.title,
                ),
                DESCRIPTION_LENGTH,
            ),
            "service": self._service(metric),
            "budgetingMethod": "Timeslices",
            "timeWindow": self._time_window(metric.window, self._zone(metric)),
            "objectives": [
                {
                    "displayName": _clip(metric.name, NAME_LENGTH),
                    "target": _number(ratio(metric.objective)),
                    "timeSliceTarget": 1,
                    "timeSliceWindow": SLICE,
                }
            ],
        }
        self._pair(metric.id, metric.name, sli, slo)

    # --- ticket time targets ----------------------------------------------------------------

    def ticket_metric(self, metric: TicketMetric) -> None:
        event = getattr(metric, "event", "resolution")
        if metric.clock.pauses:
            self.unmapped.append(self._gap("pauses", metric, "clock.pauses"))
        if metric.exclusions:
            self.unmapped.append(self._gap("ticket_exclusions", metric, "exclusions"))
        business = [t for t in metric.targets if t.target.clock == "business"]
        if business:
            calendars = (self.agreement.calendar_for(metric.id, t.priority) for t in business)
            names = sorted({c.name for c in calendars if c is not None})
            self.unmapped.append(
                self._gap("business_time", metric, "targets", calendars=", ".join(names))
            )
        for index, target in enumerate(metric.targets):
            self._ticket_target(metric, event, index, target)

    def _gap(self, phrase: str, metric: MetricBase, field: str, **params: object) -> Unmapped:
        return Unmapped(
            SYSTEM,
            f"slo.unmapped.{SYSTEM}.{phrase}",
            metric_path(self.agreement, metric, field),
            {"metric": metric.name, **params},
        )

    def _scope(self, target: TimeTarget) -> tuple[str, str, str]:
        """The priority's id for names ('all' for every ticket), its name, and its tickets in
        words."""
        if target.priority is None:
            everything = self.words("tickets.all")
            return "all", everything, everything
        priority = self.agreement.priority(target.priority)
        shown = priority.name if priority is not None else target.priority
        return target.priority, shown, self.words("tickets.priority", priority=shown)

    def _ticket_target(
        self, metric: TicketMetric, event: str, index: int, target: TimeTarget
    ) -> None:
        scope_id, priority, scope = self._scope(target)
        field = f"targets[{index}]"
        share = _share(target)
        if share is None:
            self.unmapped.append(self._gap("average", metric, field, scope=scope))
            return
        if share >= 1:
            gap = self._gap("all_tickets", metric, f"{field}.attainment", scope=scope)
            self.unmapped.append(gap)
            return
        within = render(target.target, self.language)
        said = {"scope": scope, "event": self.words(f"events.{event}"), "within": within}
        tickets: dict[str, Any] = {"priority": target.priority or "all", "event": event}
        tickets["within"] = str(target.target)
        calendar = self.agreement.calendar_for(metric.id, target.priority)
        if target.target.clock == "business" and calendar is not None:
            tickets["calendar"] = calendar.id
        sli = {
            "description": _clip(self.words.render("sli.tickets", said), DESCRIPTION_LENGTH),
            "ratioMetric": {
                "counter": False,
                "good": _source("HelpDesk", count="tickets_within_target", **tickets),
                "total": _source("HelpDesk", count="tickets", **tickets),
            },
        }
        description = self.words.render(
            "slo.tickets",
            {
                **said,
                "share": Percent(share * 100).text(self.language),
                "per": self._per(metric.window),
                "agreement": self.agreement.title,
            },
        )
        shown = f"{metric.name} – {priority}"
        slo = {
            "description": _clip(description, DESCRIPTION_LENGTH),
            "service": self._service(metric),
            "budgetingMethod": "Occurrences",
            "timeWindow": self._time_window(metric.window, self._zone(metric, target.priority)),
            "objectives": [{"displayName": _clip(shown, NAME_LENGTH), "target": _number(share)}],
        }
        self._pair(f"{metric.id}-{scope_id}", shown, sli, slo)

    # --- the file ---------------------------------------------------------------------------

    def documents(self) -> Iterator[dict[str, Any]]:
        yield from self.services.values()
        yield from self.objects

    def text(self) -> str:
        header = self.words(
            "header", agreement=self.agreement.title, version=self.agreement.version
        )
        comments = "".join(f"# {line}\n" for line in header.splitlines())
        body = yaml.safe_dump_all(
            list(self.documents()),
            sort_keys=False,
            allow_unicode=True,
            explicit_start=True,
            width=100,
        )
        return comments + body


def _share(target: TimeTarget) -> Decimal | None:
    """The share of tickets that must be within the time: the attainment of a target on each
    ticket, the rank of a percentile (90th: 90 % within), a half for the median; None for an
    average, which a count of good tickets cannot express."""
    if target.measure == "each":
        return ratio(target.attainment)
    if target.measure == "percentile" and target.percentile is not None:
        return ratio(Decimal(target.percentile))
    if target.measure == "median":
        return Decimal("0.5")
    return None


def _source(kind: str, **spec: object) -> dict[str, Any]:
    return {"metricSource": {"type": kind, "spec": dict(spec)}}


def _document(kind: str, name: str, shown: str, spec: dict[str, Any]) -> dict[str, Any]:
    metadata = {"name": name, "displayName": _clip(shown, NAME_LENGTH)}
    return {"apiVersion": API_VERSION, "kind": kind, "metadata": metadata, "spec": spec}
