"""The calculator sub-commands' work: budget, credit, due and staff (loaded when one runs)."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from sla_designer.calc.budget import (
    allowed_downtime,
    downtime_budget,
    duration_text,
    hours_text,
    month_end,
    nominal_lengths,
    seconds,
    window_words,
)
from sla_designer.calc.business_time import due_for
from sla_designer.calc.calendar_index import FIRST_YEAR, LAST_YEAR
from sla_designer.calc.credits import CreditResult
from sla_designer.calc.staffing import required_agents, traffic_intensity
from sla_designer.calc.what_if import (
    check_amount,
    parse_measured,
    total_monthly_fee,
    what_if_credit,
)
from sla_designer.cli.common import EXIT_OK, CliError, load_for_cli, print_json
from sla_designer.model import (
    Agreement,
    AvailabilityMetric,
    Calendar,
    Money,
    ResolutionTimeMetric,
    ResponseTimeMetric,
    parse_duration,
)

_DAY = dt.timedelta(days=1)


# --- parsing the inputs ---------------------------------------------------------------------


def _decimal(text: str, what: str) -> Decimal:
    """A non-negative number as typed, with an optional trailing '%'."""
    try:
        value = Decimal(text.strip().rstrip("%").strip())
    except InvalidOperation:
        raise CliError(f"{what}: {text!r} is not a number") from None
    if not value.is_finite():
        raise CliError(f"{what}: {text!r} is not a number")
    if value < 0:
        raise CliError(f"{what}: {text!r} cannot be negative")
    return value


def _amount(text: str, what: str) -> Decimal:
    """An amount of money, refused when negative or beyond any real contract."""
    try:
        return check_amount(_decimal(text, what))
    except ValueError as error:
        raise CliError(f"{what}: {error}") from None


def _duration(text: str, what: str) -> dt.timedelta:
    try:
        return parse_duration(text)
    except ValueError as error:
        raise CliError(f"{what}: {error}") from None


def _metric(agreement: Agreement, metric_id: str) -> Any:
    metric = agreement.metric(metric_id)
    if metric is None:
        known = ", ".join(m.id for m in agreement.metrics) or "none"
        raise CliError(f"unknown metric {metric_id!r} (the agreement has: {known})")
    return metric


def _calendar(agreement: Agreement, metric_id: str, priority_id: str | None) -> Calendar | None:
    """The calendar that applies, or a one-line error when the agreement names a missing one."""
    found = agreement.calendar_for(metric_id, priority_id)
    if found is not None:
        return found
    metric = agreement.metric(metric_id)
    named = [getattr(metric, "calendar", None)]
    if priority_id is not None:
        priority = agreement.priority(priority_id)
        target = next(
            (t for t in getattr(metric, "targets", []) if t.priority == priority_id), None
        )
        named = [
            target.calendar if target else None,
            priority.calendar if priority else None,
            *named,
        ]
    missing = next((name for name in named if name), None)
    if missing is not None:
        raise CliError(f"metric {metric_id!r}: unknown calendar {missing!r}")
    return None


# --- budget ---------------------------------------------------------------------------------


def _period(text: str | None) -> dt.date | None:
    if text is None:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise CliError(f"--period: {text!r} is not a month: write YYYY-MM, e.g. 2027-02")
    if not FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR:
        raise CliError(f"--period: {text!r} is outside the years {FIRST_YEAR} to {LAST_YEAR}")
    return dt.date(int(match.group(1)), int(match.group(2)), 1)


def run_budget(args: argparse.Namespace) -> int:
    """Print the downtime each availability objective allows."""
    period = _period(args.period)
    agreement: Agreement = load_for_cli(args.file)
    rows: list[dict[str, Any]] = []
    for metric in agreement.metrics:
        if not isinstance(metric, AvailabilityMetric):
            continue
        calendar = _calendar(agreement, metric.id, None)
        row: dict[str, Any] = {
            "metric": metric.id,
            "name": metric.name,
            "objective": str(metric.objective),
            "window": metric.window.kind,
            "window_text": window_words(metric.window, args.language),
            "within_calendar": metric.measured_within_calendar,
            "budgets": [],
        }
        concrete = period or (agreement.effective_date if metric.measured_within_calendar else None)
        if metric.measured_within_calendar and concrete is None:
            concrete = dt.datetime.now(dt.UTC).date()
        if concrete is not None:
            try:
                budget = downtime_budget(metric, _window_period(metric, concrete), calendar)
            except ValueError as error:
                raise CliError(f"metric {metric.id!r}: {error}") from None
            row["budgets"].append(
                {
                    "start": budget.start.isoformat(),
                    "end": budget.end.isoformat(),
                    "measured": hours_text(budget.measured)
                    if budget.within_calendar
                    else duration_text(budget.measured),
                    "allowed": duration_text(budget.allowed),
                    "allowed_seconds": str(seconds(budget.allowed)),
                }
            )
        else:
            for days in nominal_lengths(metric.window):
                allowed = allowed_downtime(metric.objective, days * _DAY)
                row["budgets"].append(
                    {
                        "days": days,
                        "allowed": duration_text(allowed),
                        "allowed_seconds": str(seconds(allowed)),
                    }
                )
        rows.append(row)
    if args.format == "json":
        print_json({"budgets": rows})
        return EXIT_OK
    words = _BUDGET_WORDS[args.language]
    if not rows:
        print(words["none"])
    for row in rows:
        objective = row["objective"].replace(".", words["point"])
        scope = words["scope"] if row["within_calendar"] else ""
        print(words["head"].format_map({**row, "objective": objective, "scope": scope}))
        for item in row["budgets"]:
            print(words["days" if "days" in item else "window"].format(**item))
    return EXIT_OK


_BUDGET_WORDS = {
    "en": {
        "none": "The agreement has no availability metric.",
        "point": ".",
        "head": "{metric}: {name}, {objective} % per {window_text}{scope}",
        "scope": " within calendar hours",
        "days": "  {days} days: {allowed}",
        "window": "  {start} to {end}: measured {measured}, allowed downtime {allowed}",
    },
    "pt-BR": {
        "none": "O acordo não tem métrica de disponibilidade.",
        "point": ",",
        "head": "{metric}: {name}, {objective} % por {window_text}{scope}",
        "scope": " no horário do calendário",
        "days": "  {days} dias: {allowed}",
        "window": "  {start} a {end}: medido {measured}, indisponibilidade permitida {allowed}",
    },
}


def _window_period(metric: AvailabilityMetric, month: dt.date) -> dt.date:
    """The date whose window is shown: the month itself; a rolling window ends with the month."""
    return month_end(month) if metric.window.kind == "rolling_days" else month


# --- credit ---------------------------------------------------------------------------------


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
        "explanation": {"en": result.text("en"), "pt-BR": result.text("pt-BR")},
    }


def run_credit(args: argparse.Namespace) -> int:
    """Print the service credit for a measured value of a metric."""
    fee = _amount(args.fee, "--fee")
    given_total = _amount(args.total_fee, "--total-fee") if args.total_fee else None
    paid_month = _amount(args.paid_this_month, "--paid-this-month")
    paid_year = _amount(args.paid_this_year, "--paid-this-year")
    agreement: Agreement = load_for_cli(args.file)
    metric = _metric(agreement, args.metric)
    schedules = [s for s in agreement.remedies.credit_schedules if s.metric == metric.id]
    if not schedules:
        raise CliError(f"metric {metric.id!r} has no credit schedule")
    # The monthly cap is a share of all the services' monthly fees: the agreement states them,
    # unless --total-fee says otherwise; with neither, the calculator takes the fee given.
    stated = total_monthly_fee(agreement)
    total = given_total
    if total is None and stated is not None and stated.currency == agreement.currency:
        total = stated.amount
    rows = []
    for schedule in schedules:
        try:
            measured = parse_measured(schedule, args.measured, metric)
        except ValueError as error:
            raise CliError(f"--measured: {error}") from None
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
            )
        except ValueError as error:
            raise CliError(f"schedule {schedule.id!r}: {error}") from None
        rows.append((schedule.id, result))
    if args.format == "json":
        print_json({"metric": metric.id, "credits": [_credit_row(i, r) for i, r in rows]})
        return EXIT_OK
    for schedule_id, result in rows:
        print(f"{schedule_id}: {result.amount} {result.currency}")
        print(f"  {result.text(args.language)}")
    return EXIT_OK


# --- due ------------------------------------------------------------------------------------


def run_due(args: argparse.Namespace) -> int:
    """Print when a ticket of a priority, opened at a time, is due under a metric's target."""
    try:
        opened = dt.datetime.fromisoformat(args.opened.strip())
    except ValueError:
        raise CliError(
            f"--opened: {args.opened!r} is not an ISO 8601 time, e.g. 2027-03-05T16:00-03:00"
        ) from None
    agreement: Agreement = load_for_cli(args.file)
    metric = _metric(agreement, args.metric)
    if not isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric):
        raise CliError(f"metric {metric.id!r} is not a response or resolution time")
    if agreement.priority(args.priority) is None:
        known = ", ".join(p.id for p in agreement.priorities) or "none"
        raise CliError(f"unknown priority {args.priority!r} (the agreement has: {known})")
    target = next((t for t in metric.targets if t.priority == args.priority), None)
    if target is None:
        raise CliError(f"metric {metric.id!r} has no target for priority {args.priority!r}")
    calendar = _calendar(agreement, metric.id, args.priority)
    if opened.tzinfo is None:
        if calendar is not None:
            example = opened.replace(tzinfo=ZoneInfo(calendar.timezone)).isoformat()
            raise CliError(
                f"--opened: {args.opened!r} has no time zone and calendar {calendar.id!r} is in"
                f" {calendar.timezone}: add the offset, e.g. {example}"
            )
        opened = opened.replace(tzinfo=dt.UTC)
    try:
        due = due_for(target.target, opened, calendar)
    except ValueError as error:
        raise CliError(f"metric {metric.id!r}, priority {args.priority!r}: {error}") from None
    data = {
        "metric": metric.id,
        "priority": args.priority,
        "opened": opened.isoformat(),
        "target": str(target.target),
        "calendar": calendar.id if calendar is not None else None,
        "due": due.isoformat(),
    }
    if args.format == "json":
        print_json(data)
        return EXIT_OK
    where = f" on calendar {calendar.id} ({calendar.timezone})" if calendar is not None else ""
    print(f"due {due.strftime('%A %d %B %Y %H:%M')} ({due.isoformat()})")
    print(f"  target {target.target}{where}, opened {opened.isoformat()}")
    return EXIT_OK


# --- staff ----------------------------------------------------------------------------------


def _target(text: str) -> tuple[Decimal, dt.timedelta]:
    match = re.fullmatch(r"\s*([\d.]+)\s*%?\s*/\s*(\d+)\s*s?\s*", text)
    if match is None:
        raise CliError(f"--target: {text!r} is not PCT/SECONDS, e.g. 80/20")
    # An answer time beyond a day is no telephone service level (and a huge one overflows).
    answer = int(match.group(2))
    if answer > _DAY.total_seconds():
        raise CliError(f"--target: {answer} s is longer than a day ({_DAY.total_seconds():.0f} s)")
    return _decimal(match.group(1), "--target"), dt.timedelta(seconds=answer)


def run_staff(args: argparse.Namespace) -> int:
    """Print the fewest agents meeting a service level at a call volume (Erlang C)."""
    calls = _decimal(args.calls, "--calls")
    period = _duration(args.period, "--period")
    handling = _duration(args.aht, "--aht")
    percent, threshold = _target(args.target)
    occupancy = _decimal(args.max_occupancy, "--max-occupancy") if args.max_occupancy else None
    shrinkage = _decimal(args.shrinkage, "--shrinkage")
    try:
        traffic = traffic_intensity(float(calls), period, handling)
        found = required_agents(
            traffic,
            percent,
            threshold,
            handling,
            max_occupancy=occupancy,
            shrinkage=shrinkage,
        )
    except ValueError as error:
        raise CliError(str(error)) from None
    result = found.staffing
    data = {
        "traffic_erlangs": round(traffic, 4),
        "agents": result.agents,
        "scheduled_agents": found.scheduled,
        "service_level_percent": round(result.service_level_percent, 2),
        "probability_of_waiting_percent": round(result.probability_of_waiting * 100, 2),
        "average_speed_of_answer_seconds": round(result.average_speed_of_answer, 1),
        "occupancy_percent": round(result.occupancy * 100, 2),
        "limited_by_occupancy": found.limited_by_occupancy,
    }
    if args.format == "json":
        print_json(data)
        return EXIT_OK
    agents = _agents(result.agents)
    print(f"{agents} for {percent} % answered within {threshold.total_seconds():.0f} s")
    print(f"  traffic {data['traffic_erlangs']} Erlangs")
    print(f"  service level {data['service_level_percent']} %")
    print(f"  probability of waiting {data['probability_of_waiting_percent']} %")
    print(f"  average speed of answer {data['average_speed_of_answer_seconds']} s")
    print(f"  occupancy {data['occupancy_percent']} %")
    if found.limited_by_occupancy:
        print("  (the maximum occupancy, not the service level, sets the number)")
    if shrinkage:
        print(f"  {_agents(found.scheduled)} to schedule with {shrinkage} % shrinkage")
    return EXIT_OK


def _agents(count: int) -> str:
    """'1 agent', '0 agents', '12 agents'."""
    return f"{count} agent" if count == 1 else f"{count} agents"
