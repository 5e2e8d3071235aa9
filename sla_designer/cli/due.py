"""`sla-designer due`: when a ticket of a priority, opened at a time, is due under a target.

A metric with a target for all its tickets needs no priority (a priority given is checked and
then falls under that target). A target on the average, median or a percentile of the times
limits the window's tickets together, not each one: the command says so, and the due time is
when this ticket's time reaches the target.
"""

from __future__ import annotations

import argparse
import datetime as dt

from babel.dates import format_datetime

from sla_designer.calc.business_time import due_for
from sla_designer.cli.calc_inputs import (
    check_priority,
    find_calendar,
    find_metric,
    in_zone,
    opened_at,
)
from sla_designer.cli.common import EXIT_OK, CliError, load_for_cli, print_json, say
from sla_designer.model import Agreement, ResolutionTimeMetric, ResponseTimeMetric, TimeTarget
from sla_designer.text.formats import formatter


def due_moment(value: dt.datetime, language: str) -> str:
    """The due time in words, in its own zone: 'Monday 08 March 2027 16:00' in English (each
    language's pattern is in its cli.yaml)."""
    pattern = say(language, "due.moment")
    return str(format_datetime(value, pattern, locale=formatter(language).locale))


def choose_target(
    metric: ResponseTimeMetric | ResolutionTimeMetric, priority: str | None
) -> TimeTarget:
    """The priority's own target, else the metric's target for all tickets; an error naming
    what is missing when there is neither."""
    if priority is not None:
        own = next((t for t in metric.targets if t.priority == priority), None)
        if own is not None:
            return own
    overall = next((t for t in metric.targets if t.priority is None), None)
    if overall is not None:
        return overall
    if priority is None:
        raise CliError.of("cli.errors.priority_needed", metric=metric.id)
    raise CliError.of("cli.errors.no_target", metric=metric.id, priority=priority)


def _measured(target: TimeTarget, language: str) -> str:
    """What a target on the times of all the window's tickets limits: 'the average time'."""
    rank = target.percentile or 0
    return say(
        language, f"due.measures.{target.measure}", percentile=formatter(language).percentile(rank)
    )


def run(args: argparse.Namespace) -> int:
    """Print when a ticket of a priority, opened at a time, is due under a metric's target."""
    opened = opened_at(args.opened)
    agreement: Agreement = load_for_cli(args.file)
    metric = find_metric(agreement, args.metric)
    if not isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric):
        raise CliError.of("cli.errors.not_a_ticket_metric", metric=metric.id)
    if args.priority is not None:
        check_priority(agreement, args.priority)
    target = choose_target(metric, args.priority)
    calendar = find_calendar(agreement, metric.id, target.priority)
    opened = in_zone(opened, args.opened, calendar)
    try:
        due = due_for(target.target, opened, calendar)
    except ValueError as error:
        scope = args.priority or say(args.language, "due.all_tickets_short")
        raise CliError.of(
            "cli.errors.in_target", metric=metric.id, priority=scope, problem=error
        ) from None
    if args.format == "json":
        data = {
            "metric": metric.id,
            "priority": args.priority,
            "all_tickets": target.priority is None,
            "measure": target.measure,
            "percentile": target.percentile,
            "opened": opened.isoformat(),
            "target": str(target.target),
            "calendar": calendar.id if calendar is not None else None,
            "due": due.isoformat(),
        }
        print_json(data)
        return EXIT_OK
    lang = args.language
    where = (
        say(lang, "due.where", calendar=calendar.id, zone=calendar.timezone)
        if calendar is not None
        else ""
    )
    print(say(lang, "due.head", due=due_moment(due, lang), iso=due.isoformat()))
    line = say(
        lang,
        "due.target",
        target=target.target.text(lang),
        where=where,
        opened=opened.isoformat(),
    )
    print(line)
    if target.priority is None:
        print(say(lang, "due.all_tickets"))
    if target.measure != "each":
        print(say(lang, "due.not_each", measured=_measured(target, lang)))
    return EXIT_OK
