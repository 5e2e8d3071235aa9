"""`sla-designer credit`: the service credit for a measured value of a metric."""

from __future__ import annotations

import argparse
from typing import Any

from sla_designer.calc.attainment import (
    TicketCount,
    TicketReading,
    counts_tickets,
    parse_ticket_counts,
)
from sla_designer.calc.credits import CreditResult
from sla_designer.calc.what_if import (
    Measured,
    parse_measured,
    total_monthly_fee,
    what_if_credit,
)
from sla_designer.cli.calc_inputs import amount, find_metric
from sla_designer.cli.common import EXIT_OK, CliError, as_written, load_for_cli, print_json, say
from sla_designer.model import Agreement, Money
from sla_designer.model.metrics import MetricBase
from sla_designer.text.values import Problem


def _tickets_row(reading: TicketReading) -> dict[str, Any]:
    """How the schedule read the attainment: its mode and minimum, and the tickets counted."""

    def count_row(count: TicketCount) -> dict[str, Any]:
        attainment = count.attainment
        return {
            "priority": count.priority,
            "met": count.met,
            "total": count.total,
            "attainment": None if attainment is None else str(attainment),
            "counts": reading.counts_towards_credit(count),
        }

    deciding = reading.deciding
    return {
        "attainment": reading.mode,
        "minimum_tickets": reading.minimum,
        "counts": None if reading.counts is None else [count_row(c) for c in reading.counts],
        "deciding": None if deciding is None else (deciding.priority or "all"),
    }


def _ticket_counts(text: str | None, metric: MetricBase) -> list[TicketCount] | None:
    """The ticket counts of --tickets, refused for a metric not measured on tickets."""
    if text is None:
        return None
    try:
        if not counts_tickets(metric):
            raise Problem("calc.errors.not_a_ticket_metric", metric=metric.id)
        return parse_ticket_counts(text)
    except ValueError as error:
        raise CliError.of("cli.errors.option", option="--tickets", problem=error) from None


def _credit_row(schedule_id: str, result: CreditResult) -> dict[str, Any]:
    outcome = result.outcome
    return {
        "schedule": schedule_id,
        "rule": outcome.kind,
        "position": outcome.index + 1 if outcome.index is not None else None,
        "steps": outcome.steps,
        "percent": str(result.percent),
        "gross": str(result.gross),
        "caps": [{"kind": cap.kind, "limit": str(cap.limit)} for cap in result.caps],
        "below_minimum": result.below_minimum,
        "amount": str(result.amount),
        "currency": result.currency,
        "objective_met": result.objective.met if result.objective is not None else None,
        "explanation": {"en": result.text("en"), "pt-BR": result.text("pt-BR")},
        **({"tickets": _tickets_row(result.tickets)} if result.tickets is not None else {}),
    }


def run(args: argparse.Namespace) -> int:
    """Print the service credit for a measured value of a metric."""
    fee = amount(args.fee, "--fee")
    given_total = amount(args.total_fee, "--total-fee") if args.total_fee else None
    paid_month = amount(args.paid_this_month, "--paid-this-month")
    paid_year = amount(args.paid_this_year, "--paid-this-year")
    agreement: Agreement = load_for_cli(args.file)
    metric = find_metric(agreement, args.metric)
    tickets = _ticket_counts(args.tickets, metric)
    names = {priority.id: priority.name for priority in agreement.priorities}
    schedules = [s for s in agreement.remedies.credit_schedules if s.metric == metric.id]
    if not schedules:
        raise CliError.of("cli.errors.no_schedule", metric=metric.id)
    # The monthly cap is a share of all the services' monthly fees: the agreement states them,
    # unless --total-fee says otherwise; with neither, the calculator takes the fee given.
    stated = total_monthly_fee(agreement)
    total = given_total
    if total is None and stated is not None and stated.currency == agreement.currency:
        total = stated.amount
    rows = []
    for schedule in schedules:
        measured: Measured | None = None
        if tickets is None:
            try:
                measured = parse_measured(schedule, args.measured, metric)
            except ValueError as error:
                raise CliError.of("cli.errors.option", option="--measured", problem=error) from None
        try:
            # The same call as the editor's what-if credit, so both always agree.
            result = what_if_credit(
                schedule,
                metric,
                measured,
                Money(amount=fee, currency=agreement.currency),
                agreement.remedies,
                total_fee=total,
                paid_this_month=paid_month,
                paid_this_year=paid_year,
                tickets=tickets,
                names=names,
            )
        except ValueError as error:
            raise CliError.of(
                "cli.errors.in_schedule", schedule=schedule.id, problem=error
            ) from None
        rows.append((schedule.id, result))
    if args.format == "json":
        print_json({"metric": metric.id, "credits": [_credit_row(i, r) for i, r in rows]})
        return EXIT_OK
    lang = args.language
    for schedule_id, result in rows:
        # The amount as the calculator rounded it, to the currency's minor unit ('100.00').
        shown = as_written(lang).number(result.amount)
        print(
            say(lang, "credit.head", schedule=schedule_id, amount=shown, currency=result.currency)
        )
        print(say(lang, "credit.explanation", explanation=result.text(lang)))
    return EXIT_OK
