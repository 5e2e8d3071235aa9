"""`sla-designer due`: when a ticket of a priority, opened at a time, is due under a target."""

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
from sla_designer.model import Agreement, ResolutionTimeMetric, ResponseTimeMetric
from sla_designer.text.formats import formatter


def due_moment(value: dt.datetime, language: str) -> str:
    """The due time in words, in its own zone: 'Monday 08 March 2027 16:00' in English (each
    language's pattern is in its cli.yaml)."""
    pattern = say(language, "due.moment")
    return str(format_datetime(value, pattern, locale=formatter(language).locale))


def run(args: argparse.Namespace) -> int:
    """Print when a ticket of a priority, opened at a time, is due under a metric's target."""
    opened = opened_at(args.opened)
    agreement: Agreement = load_for_cli(args.file)
    metric = find_metric(agreement, args.metric)
    if not isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric):
        raise CliError.of("cli.errors.not_a_ticket_metric", metric=metric.id)
    check_priority(agreement, args.priority)
    target = next((t for t in metric.targets if t.priority == args.priority), None)
    if target is None:
        raise CliError.of("cli.errors.no_target", metric=metric.id, priority=args.priority)
    calendar = find_calendar(agreement, metric.id, args.priority)
    opened = in_zone(opened, args.opened, calendar)
    try:
        due = due_for(target.target, opened, calendar)
    except ValueError as error:
        raise CliError.of(
            "cli.errors.in_target", metric=metric.id, priority=args.priority, problem=error
        ) from None
    if args.format == "json":
        data = {
            "metric": metric.id,
            "priority": args.priority,
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
    return EXIT_OK
