"""Customer duties that protect the provider where a metric carries service credits."""

from __future__ import annotations

from collections.abc import Iterator

from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import Finding


def _protected_metrics(ctx: Context) -> set[str] | None:
    """Metric ids a duty pauses or excludes events for; None when one duty covers them all."""
    protected: set[str] = set()
    for duty in ctx.agreement.responsibilities:
        if duty.effect == "none":
            continue
        if not duty.metrics:
            return None  # a duty naming no metric applies to every metric
        protected.update(duty.metrics)
    return protected


def penalised_metrics_have_customer_duty(ctx: Context) -> Iterator[Finding]:
    """A metric with service credits has a customer duty that pauses it or excludes events."""
    protected = _protected_metrics(ctx)
    if protected is None:
        return
    reported: set[str] = set()
    for i, schedule in enumerate(ctx.agreement.remedies.credit_schedules):
        metric_id = schedule.metric
        if metric_id in protected or metric_id in reported or metric_id not in ctx.metrics:
            continue
        reported.add(metric_id)
        yield make(
            "penalised-metric-without-customer-duty",
            ("remedies", "credit_schedules", i, "metric"),
            metric=ctx.metric_label(metric_id),
        )


RULES = (penalised_metrics_have_customer_duty,)
