"""Credits at the objective: no tier, linear rule or downtime band pays while the objective is
met, read on the same hours as Annex A; the first downtime band starts where the allowance ends.

A time metric's credit reads attainment: each priority's own, or the common one when pooled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal, localcontext

from sla_designer.calc.attainment import counts_tickets
from sla_designer.calc.credits import rule_outcome
from sla_designer.model import (
    Agreement,
    AvailabilityMetric,
    CreditSchedule,
    Metric,
    higher_is_better,
)
from sla_designer.model.comparisons import Comparison, is_strict, nearest_met
from sla_designer.model.kinds import describe
from sla_designer.text.values import Percent, Term, Value
from sla_designer.validation.attainment import target_attainments
from sla_designer.validation.codes import make
from sla_designer.validation.findings import FieldPath, Finding
from sla_designer.validation.windows import PARTS, downtime_allowances, priority_name

_MICROSECOND = dt.timedelta(microseconds=1)
_SECOND = dt.timedelta(seconds=1)


def _objective(metric: Metric) -> tuple[Decimal, Comparison, Value] | None:
    """The single objective a tier or linear rule is read against, its comparison, and how a
    message shows it."""
    objective = getattr(metric, "objective", None)
    kind = describe(metric)
    comparison = kind.comparison_of(metric)
    if (
        not isinstance(objective, Decimal)
        or comparison is None
        or kind.objective not in ("percent", "score", "custom")
    ):
        return None
    return objective, comparison, Percent(objective) if kind.objective == "percent" else objective


def _bands_against_allowance(
    agreement: Agreement, schedule: CreditSchedule, metric: AvailabilityMetric, path: FieldPath
) -> Iterator[Finding]:
    allowances = sorted(downtime_allowances(agreement, metric), key=lambda item: item[0])
    if not allowances or not schedule.downtime_bands:
        return
    for allowance, name in allowances:
        outcome = rule_outcome(schedule, allowance)
        if outcome.percent > 0:
            result = Term.of(f"{PARTS}.downtime_in", downtime=allowance, when=name)
            yield make(
                "credit-while-objective-met",
                (*path, "downtime_bands", outcome.index or 0, "over"),
                metric=metric.name,
                result=result,
                credit=outcome.percent,
            )
            return
    # Bands are whole seconds and allowances vary by window, so the first band can only start
    # at the first whole second above the largest allowance (downtime equal to an allowance
    # meets the objective); a later start leaves missed objectives without credit.
    allowance, name = allowances[-1]
    whole = allowance // _SECOND * _SECOND + _SECOND
    first_index, first = min(enumerate(schedule.downtime_bands), key=lambda b: b[1].over)
    if rule_outcome(schedule, allowance + _MICROSECOND).percent == 0 and first.over > whole:
        yield make(
            "downtime-band-gap-above-allowance",
            (*path, "downtime_bands", first_index, "over"),
            metric=metric.name,
            allowance=allowance,
            when=name,
            first=first.over,
        )


def _shown(shown: Value, comparison: Comparison) -> Value:
    """The objective as a message shows it: 'more than 99.9 %' when the comparison is strict."""
    return (
        Term.of(f"terms.comparisons.{comparison}", value=shown) if is_strict(comparison) else shown
    )


def objectives_met(
    agreement: Agreement, schedule: CreditSchedule, metric: Metric
) -> list[tuple[Decimal, Comparison, Term]]:
    """The objectives a schedule must pay nothing at, each with its comparison and how a
    message names the result that just meets it.

    A time metric's credit reads attainment, at least the share of tickets its target asks:
    each priority's own, or all tickets together against the attainment every priority asks.
    """
    if not counts_tickets(metric):
        found = _objective(metric)
        if found is None:
            return []
        objective, comparison, shown = found
        return [
            (objective, comparison, Term.of(f"{PARTS}.result", value=_shown(shown, comparison)))
        ]
    targets = getattr(metric, "targets", [])
    attainments = target_attainments(metric)
    if schedule.attainment == "pooled":
        # Different attainments pooled have no one objective: the attainment rules say so.
        if len(attainments) != 1:
            return []
        value = Percent(attainments[0])
        return [(attainments[0], "at_least", Term.of(f"{PARTS}.attainment_all", value=value))]
    found_met: list[tuple[Decimal, Comparison, Term]] = []
    for attainment in attainments:
        first = next(target for target in targets if target.attainment == attainment)
        name = priority_name(agreement, first.priority)
        value = Percent(attainment)
        result = (
            Term.of(f"{PARTS}.attainment_all", value=value)
            if name is None
            else Term.of(f"{PARTS}.attainment_of", value=value, priority=name)
        )
        found_met.append((attainment, "at_least", result))
    return found_met


def credits_at_objective(agreement: Agreement) -> Iterator[Finding]:
    """No credit is due while the objective is met; bands start where the allowance ends."""
    for i, schedule in enumerate(agreement.remedies.credit_schedules):
        metric = agreement.metric(schedule.metric)
        if metric is None:
            continue
        path: FieldPath = ("remedies", "credit_schedules", i)
        if schedule.rule == "downtime_bands":
            if isinstance(metric, AvailabilityMetric):
                yield from _bands_against_allowance(agreement, schedule, metric, path)
            continue
        if schedule.rule == "linear" and schedule.linear is None:
            continue
        for objective, comparison, result in objectives_met(agreement, schedule, metric):
            # The met result nearest the objective earns the most credit any met result can.
            probe = nearest_met(objective, comparison, schedule.numbers())
            with localcontext(prec=60):
                outcome = rule_outcome(schedule, probe, higher_is_better(metric))
            if outcome.percent > 0:
                where = (
                    (*path, "tiers", outcome.index or 0)
                    if outcome.kind == "tier"
                    else (*path, "linear", "start")
                )
                yield make(
                    "credit-while-objective-met",
                    where,
                    metric=metric.name,
                    result=result,
                    credit=outcome.percent,
                )
                break
