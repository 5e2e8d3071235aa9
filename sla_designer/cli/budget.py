"""`sla-designer budget`: the downtime each availability objective allows."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from sla_designer.calc.budget import (
    Allowance,
    downtime_allowance,
    downtime_budget,
    nominal_lengths,
    period_of_month,
    seconds,
    window_words,
)
from sla_designer.cli.calc_inputs import DAY, find_calendar, month
from sla_designer.cli.common import EXIT_OK, CliError, as_written, load_for_cli, print_json, say
from sla_designer.model import Agreement, AvailabilityMetric
from sla_designer.text import texts
from sla_designer.text.formats import formatter

_EXACT = formatter("en")
"""JSON holds durations as the model writes them ('40m19.2s'), whatever the --language."""


def _budgets(
    agreement: Agreement, metric: AvailabilityMetric, period: dt.date | None
) -> list[dict[str, Any]]:
    """The budget of the window holding the month asked (or that a calendar needs), else one
    budget per length the window can have. Durations stay timedeltas until printed."""
    calendar = find_calendar(agreement, metric.id, None)
    concrete = period or (agreement.effective_date if metric.measured_within_calendar else None)
    if metric.measured_within_calendar and concrete is None:
        concrete = dt.datetime.now(dt.UTC).date()
    try:
        if concrete is None:
            return [
                {
                    "days": days,
                    "allowed": downtime_allowance(metric.objective, days * DAY, metric.comparison),
                }
                for days in nominal_lengths(metric.window)
            ]
        budget = downtime_budget(metric, period_of_month(metric.window, concrete), calendar)
    except ValueError as error:
        raise CliError.of("cli.errors.in_metric", metric=metric.id, problem=error) from None
    return [
        {
            "start": budget.start.isoformat(),
            "end": budget.end.isoformat(),
            "measured": budget.measured,
            "within_calendar": budget.within_calendar,
            "allowed": budget.allowance,
        }
    ]


def _json_budget(item: dict[str, Any]) -> dict[str, Any]:
    allowance: Allowance = item["allowed"]
    # 'allowed' is the most downtime that meets the objective; a strict objective ('more than')
    # also gives the limit the downtime must stay below.
    allowed = {"allowed": _EXACT.compact_duration(allowance.allowed)}
    allowed["allowed_seconds"] = str(seconds(allowance.allowed))
    if allowance.strict:
        allowed["below"] = _EXACT.compact_duration(allowance.limit)
    if "days" in item:
        return {"days": item["days"], **allowed}
    measured = item["measured"]
    shown = (
        _EXACT.open_hours(measured)
        if item["within_calendar"]
        else _EXACT.compact_duration(measured)
    )
    return {"start": item["start"], "end": item["end"], "measured": shown, **allowed}


def allowance_text(allowance: Allowance, language: str) -> str:
    """'40m19.2s', or for a strict objective 'less than 40m19.2s'."""
    shown = formatter(language).compact_duration(allowance.limit)
    if not allowance.strict:
        return shown
    return texts(language)("terms.comparisons.less_than", value=shown)


def _print_text(metrics: list[tuple[AvailabilityMetric, list[dict[str, Any]]]], lang: str) -> None:
    formats = formatter(lang)
    if not metrics:
        print(say(lang, "budget.none"))
    for metric, budgets in metrics:
        within = metric.measured_within_calendar
        head = say(
            lang,
            "budget.head",
            metric=metric.id,
            name=metric.name,
            objective=texts(lang)(
                f"terms.comparisons.{metric.comparison}",
                value=as_written(lang).percent(metric.objective),
            ),
            window=window_words(metric.window, lang),
            scope=say(lang, "budget.scope") if within else "",
        )
        print(head)
        for item in budgets:
            allowed = allowance_text(item["allowed"], lang)
            if "days" in item:
                print(
                    say(lang, "budget.days", count=item["days"], days=item["days"], allowed=allowed)
                )
                continue
            measured = item["measured"]
            print(
                say(
                    lang,
                    "budget.window",
                    start=item["start"],
                    end=item["end"],
                    measured=formats.open_hours(measured)
                    if item["within_calendar"]
                    else formats.compact_duration(measured),
                    allowed=allowed,
                )
            )


def run(args: argparse.Namespace) -> int:
    """Print the downtime each availability objective allows."""
    period = month(args.period)
    agreement: Agreement = load_for_cli(args.file)
    metrics = [
        (metric, _budgets(agreement, metric, period))
        for metric in agreement.metrics
        if isinstance(metric, AvailabilityMetric)
    ]
    if args.format == "json":
        rows = [
            {
                "metric": metric.id,
                "name": metric.name,
                "objective": str(metric.objective),
                "comparison": metric.comparison,
                "window": metric.window.kind,
                "window_text": window_words(metric.window, args.language),
                "within_calendar": metric.measured_within_calendar,
                "budgets": [_json_budget(item) for item in budgets],
            }
            for metric, budgets in metrics
        ]
        print_json({"budgets": rows})
        return EXIT_OK
    _print_text(metrics, args.language)
    return EXIT_OK
