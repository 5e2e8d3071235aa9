"""Reports: every metric is reported, each report has content and readers, due after its period."""

from __future__ import annotations

from collections.abc import Iterator

from sla_designer.validation.codes import make
from sla_designer.validation.context import Context, label
from sla_designer.validation.findings import Finding


def metrics_reported(ctx: Context) -> Iterator[Finding]:
    """Every metric appears in at least one report.

    Without any report the section finding says it once; listing every metric as well would
    only bury it.
    """
    reports = ctx.agreement.reporting.reports
    if not reports:
        return
    covered = {metric_id for report in reports for metric_id in report.metrics}
    for i, metric in enumerate(ctx.agreement.metrics):
        if metric.id not in covered:
            yield make("metric-not-reported", ("metrics", i), metric=label(metric))


def report_contents(ctx: Context) -> Iterator[Finding]:
    """A report names its metrics and its recipients, and falls due after its period ends."""
    for i, report in enumerate(ctx.agreement.reporting.reports):
        name = report.name or report.id
        if not report.metrics:
            yield make(
                "report-without-metrics", ("reporting", "reports", i, "metrics"), report=name
            )
        if not report.recipients:
            yield make(
                "report-without-recipients", ("reporting", "reports", i, "recipients"), report=name
            )
        if report.due_days < 0:
            yield make(
                "report-due-before-period-end",
                ("reporting", "reports", i, "due_days"),
                report=name,
                count=-report.due_days,
                days=-report.due_days,
            )


RULES = (metrics_reported, report_contents)
