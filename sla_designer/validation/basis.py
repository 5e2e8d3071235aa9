"""The basis of a service credit: the fee it is a percentage of must be identifiable."""

from __future__ import annotations

from collections.abc import Iterator

from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.credits import schedule_label
from sla_designer.validation.findings import Finding


def affected_service_named(ctx: Context) -> Iterator[Finding]:
    """A credit on "the monthly fee of the affected service" says which service is affected.

    The schedule may name it, or its metric may; with a single service there is no doubt.
    """
    a = ctx.agreement
    count = len(a.service.services)
    if count == 1:
        return
    for i, schedule in enumerate(a.remedies.credit_schedules):
        if schedule.basis != "monthly_fee_of_service" or schedule.service is not None:
            continue
        position = ctx.metrics.get(schedule.metric)
        if position is not None and a.metrics[position].service is not None:
            continue
        yield make(
            "credit-service-ambiguous",
            ("remedies", "credit_schedules", i, "service"),
            schedule=schedule_label(schedule, ctx),
            count=count,
        )


RULES = (affected_service_named,)
