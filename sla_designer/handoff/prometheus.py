"""The availability objectives as a Prometheus rules file: recording rules for the error ratio
over each window and multi-window, multi-burn-rate alerts.

The file has the shape Prometheus documents for rule files (prometheus.io/docs/prometheus/latest/
configuration/recording_rules and alerting_rules; model/rulefmt/rulefmt.go): `groups` of `name`,
`interval` and `rules`, each rule a `record` or an `alert` with its `expr`, `labels` and, for an
alert, `annotations`. `promtool check rules` accepts it.

Metric names: the agreement names no metric of the monitoring stack, so every availability
metric gets one input rule, `sli:up{sla_metric="<metric id>"}` (1 while the service is up, 0
while it is down), whose expression the admin fills in; it starts as the blackbox exporter's
`probe_success` of a job named `sla-<metric id>`, and an alert says when the input is absent.
Everything else is derived from it, after the Google SRE workbook ("Alerting on SLOs",
chapter 5):

- `sla:error_ratio:avg<W>` = 1 - avg_over_time(sli:up[W]) for the alert windows and the
  measurement window (ranges roll: a calendar month becomes the last 30 days);
- a page when the budget burns at 14.4 over 1h and 5m, or at 6 over 6h and 30m; a ticket at 3
  over 1d and 2h, or at 1 over 3d and 6h. Those factors spend 2 %, 5 %, 10 % and 10 % of a
  30-day budget in the long window; for another window length the same shares are kept.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, NamedTuple

import yaml

from sla_designer.handoff.result import Handoff, Unmapped
from sla_designer.handoff.slo_common import (
    UP_RECORD,
    availability_gaps,
    hundred_percent,
    metric_path,
    other_kind,
    ratio,
    up_selector,
    window_days,
)
from sla_designer.model import Agreement
from sla_designer.model.metrics import AvailabilityMetric, ResolutionTimeMetric, ResponseTimeMetric
from sla_designer.text import Texts, texts
from sla_designer.text.values import Percent, Term

SYSTEM = "prometheus"
ERROR_RATIO = "sla:error_ratio:avg{window}"
OBJECTIVE = "sla:objective:ratio"
ALERT = "SLAAvailabilityBudgetBurn"
ABSENT_ALERT = "SLAAvailabilityInputAbsent"
INTERVAL = "1m"


class BurnWindow(NamedTuple):
    """One multi-window condition: the budget burning at `factor` over both windows."""

    long: str
    short: str
    long_hours: int
    budget_share: Decimal
    """The share of the window's error budget spent over the long window at that rate."""
    severity: str


BURN_WINDOWS = (
    BurnWindow("1h", "5m", 1, Decimal("0.02"), "page"),
    BurnWindow("6h", "30m", 6, Decimal("0.05"), "page"),
    BurnWindow("1d", "2h", 24, Decimal("0.10"), "ticket"),
    BurnWindow("3d", "6h", 72, Decimal("0.10"), "ticket"),
)
"""The SRE workbook's recommended pairs (table 5-8 and the alert that follows it)."""


def burn_factor(window: BurnWindow, days: int) -> Decimal:
    """The burn rate that spends the window's share of a `days`-day budget over its long
    window: 14.4, 6, 3 and 1 for 30 days."""
    factor = window.budget_share * days * 24 / window.long_hours
    return factor.quantize(Decimal("0.0001")).normalize()


def number(value: Decimal) -> str:
    """A number as the rules file writes it, without an exponent: '14.4', '10', '0.001'."""
    return format(value.normalize(), "f")


def error_budget(objective: Decimal) -> Decimal:
    """The share of time the objective allows down: 99.9 % -> 0.001 (exactly)."""
    return ((100 - objective) / 100).normalize()


def build(agreement: Agreement, *, language: str) -> Handoff:
    """The rules file of `agreement`'s availability objectives (comments and annotations in
    `language`) and what did not map."""
    words = texts(language).section("slo.prometheus")
    groups: list[dict[str, Any]] = []
    unmapped: list[Unmapped] = []
    for metric in agreement.metrics:
        if isinstance(metric, AvailabilityMetric):
            unmapped.extend(availability_gaps(SYSTEM, agreement, metric))
            if metric.objective >= 100:
                unmapped.append(hundred_percent(SYSTEM, agreement, metric))
                continue
            groups.append(_group(agreement, metric, words, language))
            unmapped.extend(_notes(agreement, metric))
        elif isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric):
            unmapped.append(
                Unmapped(
                    SYSTEM,
                    "slo.unmapped.prometheus.tickets",
                    metric_path(agreement, metric),
                    {"metric": metric.name},
                )
            )
        else:
            unmapped.append(other_kind(SYSTEM, agreement, metric))
    header = words("header", agreement=agreement.title, version=agreement.version)
    comments = "".join(f"# {line}\n" for line in header.splitlines())
    body = yaml.dump(
        {"groups": groups}, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100
    )
    return Handoff(SYSTEM, {"": (comments + body).encode("utf-8")}, tuple(unmapped))


class _Dumper(yaml.SafeDumper):
    """YAML as a person edits a rules file: no anchors, multi-line expressions as blocks."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _text(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _text)


def _notes(agreement: Agreement, metric: AvailabilityMetric) -> list[Unmapped]:
    """What the admin must know of a metric that was written: the input to fill in, a calendar
    window that became a rolling one, burn rates that no error ratio can reach."""

    def note(phrase: str, field: str, **params: object) -> Unmapped:
        return Unmapped(
            SYSTEM,
            f"slo.unmapped.prometheus.{phrase}",
            metric_path(agreement, metric, field),
            {"metric": metric.name, **params},
        )

    days = window_days(metric.window)
    notes = [note("source", "data_source", selector=up_selector(metric), job=_job(metric))]
    if metric.window.kind != "rolling_days":
        notes.append(
            note("rolling", "window", window=Term(f"terms.windows.{metric.window.kind}"), days=days)
        )
    budget = error_budget(metric.objective)
    unreachable = [w for w in BURN_WINDOWS if burn_factor(w, days) * budget >= 1]
    if unreachable:
        factors = ", ".join(number(burn_factor(w, days)) for w in unreachable)
        notes.append(
            note("unreachable", "objective", objective=Percent(metric.objective), factors=factors)
        )
    return notes


def _job(metric: AvailabilityMetric) -> str:
    return f"sla-{metric.id}"


def _labels(agreement: Agreement, metric: AvailabilityMetric) -> dict[str, str]:
    labels = {"sla_metric": metric.id}
    if metric.service and agreement.service_by_id(metric.service):
        labels["sla_service"] = metric.service
    return labels


def _plain(text: str) -> str:
    """An annotation's text without Go template actions (Prometheus expands annotations as
    templates, and an agreement's own words may hold braces)."""
    return " ".join(text.replace("{{", "{ {").replace("}}", "} }").split())


def _group(
    agreement: Agreement, metric: AvailabilityMetric, words: Texts, language: str
) -> dict[str, Any]:
    labels = _labels(agreement, metric)
    days = window_days(metric.window)
    budget = error_budget(metric.objective)
    windows = sorted(
        {w for pair in BURN_WINDOWS for w in (pair.long, pair.short)} | {f"{days}d"},
        key=_seconds,
    )
    selector = up_selector(metric)
    rules: list[dict[str, Any]] = [
        {
            "record": UP_RECORD,
            "expr": f'min(probe_success{{job="{_job(metric)}"}})',
            "labels": labels,
        },
        {
            "record": OBJECTIVE,
            "expr": f"vector({number(ratio(metric.objective))})",
            "labels": labels,
        },
    ]
    rules += [
        {
            "record": ERROR_RATIO.format(window=window),
            "expr": f"1 - avg_over_time({selector}[{window}])",
            "labels": labels,
        }
        for window in windows
    ]
    said = {
        "metric": metric.name,
        "objective": Percent(metric.objective).text(language),
        "per": texts(language)(
            f"terms.window_per.{metric.window.kind}",
            count=days if metric.window.kind == "rolling_days" else None,
            days=days,
        ),
        "agreement": agreement.title,
    }
    for severity in ("page", "ticket"):
        pairs = [w for w in BURN_WINDOWS if w.severity == severity]
        expr = "\nor\n".join(_condition(metric, pair, days, budget) for pair in pairs)
        rules.append(
            {
                "alert": ALERT,
                "expr": expr,
                "labels": {**labels, "severity": severity},
                "annotations": {
                    "summary": _plain(words.render(f"alerts.{severity}.summary", said)),
                    "description": _plain(words.render(f"alerts.{severity}.description", said)),
                },
            }
        )
    rules.append(
        {
            "alert": ABSENT_ALERT,
            "expr": f"absent({selector})",
            "for": "10m",
            "labels": {**labels, "severity": "ticket"},
            "annotations": {
                "summary": _plain(words.render("alerts.absent.summary", said)),
                "description": _plain(
                    words.render("alerts.absent.description", {**said, "selector": selector})
                ),
            },
        }
    )
    return {"name": f"sla-{metric.id}", "interval": INTERVAL, "rules": rules}


def _condition(metric: AvailabilityMetric, pair: BurnWindow, days: int, budget: Decimal) -> str:
    """Both windows of a pair above the burn rate: '(long > (f * b) and short > (f * b))'."""
    threshold = f"({number(burn_factor(pair, days))} * {number(budget)})"
    long, short = (
        f'{ERROR_RATIO.format(window=w)}{{sla_metric="{metric.id}"}} > {threshold}'
        for w in (pair.long, pair.short)
    )
    return f"(\n  {long}\nand\n  {short}\n)"


def _seconds(duration: str) -> int:
    """Seconds of a Prometheus duration of one unit ('5m', '6h', '30d')."""
    return int(duration[:-1]) * {"m": 60, "h": 3600, "d": 86400}[duration[-1]]
