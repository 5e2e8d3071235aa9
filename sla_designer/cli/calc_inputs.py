"""What the calculator sub-commands read: numbers, amounts, durations, months, targets, and the
metric, priority and calendar an agreement names. Each refusal is a one-line CliError."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from sla_designer.calc.calendar_index import FIRST_YEAR, LAST_YEAR
from sla_designer.calc.what_if import check_amount
from sla_designer.cli.common import CliError
from sla_designer.model import Agreement, Calendar, parse_duration
from sla_designer.text.values import Problem, Term

DAY = dt.timedelta(days=1)


def option_error(option: str, key: str, /, **values: Any) -> CliError:
    """'--fee: '-5' cannot be negative': the option, then its problem (a `cli.errors` phrase)."""
    return CliError.of("cli.errors.option", option=option, problem=Problem(key, **values))


def number(text: str, option: str) -> Decimal:
    """A non-negative number as typed, with an optional trailing '%'."""
    try:
        value = Decimal(text.strip().rstrip("%").strip())
    except InvalidOperation:
        raise option_error(option, "cli.errors.not_a_number", text=text) from None
    if not value.is_finite():
        raise option_error(option, "cli.errors.not_a_number", text=text)
    if value < 0:
        raise option_error(option, "cli.errors.negative", text=text)
    return value


def amount(text: str, option: str) -> Decimal:
    """An amount of money, refused when negative or beyond any real contract."""
    try:
        return check_amount(number(text, option))
    except ValueError as error:
        raise CliError.of("cli.errors.option", option=option, problem=error) from None


def duration(text: str, option: str) -> dt.timedelta:
    try:
        return parse_duration(text)
    except ValueError as error:
        raise CliError.of("cli.errors.option", option=option, problem=error) from None


def month(text: str | None) -> dt.date | None:
    """The month of --period ('2027-02'), as its first day."""
    if text is None:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise option_error("--period", "cli.errors.not_a_month", text=text)
    if not FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR:
        raise option_error(
            "--period", "cli.errors.outside_years", text=text, first=FIRST_YEAR, last=LAST_YEAR
        )
    return dt.date(int(match.group(1)), int(match.group(2)), 1)


def service_level_target(text: str) -> tuple[Decimal, dt.timedelta]:
    """--target 'PCT/SECONDS' ('80/20'): the share answered and the answer time."""
    match = re.fullmatch(r"\s*([\d.]+)\s*%?\s*/\s*(\d+)\s*s?\s*", text)
    if match is None:
        raise option_error("--target", "cli.errors.not_a_target", text=text)
    # An answer time beyond a day is no telephone service level (and a huge one overflows).
    answer = int(match.group(2))
    if answer > DAY.total_seconds():
        day = int(DAY.total_seconds())
        raise option_error("--target", "cli.errors.answer_too_long", seconds=answer, day=day)
    return number(match.group(1), "--target"), dt.timedelta(seconds=answer)


def opened_at(text: str) -> dt.datetime:
    """--opened as an ISO 8601 time, with or without its offset."""
    try:
        return dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise option_error("--opened", "cli.errors.not_a_time", text=text) from None


def in_zone(opened: dt.datetime, text: str, calendar: Calendar | None) -> dt.datetime:
    """An opening time without an offset is UTC, unless a calendar makes it ambiguous."""
    if opened.tzinfo is not None:
        return opened
    if calendar is not None:
        example = opened.replace(tzinfo=ZoneInfo(calendar.timezone)).isoformat()
        raise option_error(
            "--opened",
            "cli.errors.no_time_zone",
            text=text,
            calendar=calendar.id,
            zone=calendar.timezone,
            example=example,
        )
    return opened.replace(tzinfo=dt.UTC)


def _known(ids: list[str]) -> str | Term:
    return ", ".join(ids) if ids else Term.of("cli.none")


def find_metric(agreement: Agreement, metric_id: str) -> Any:
    """The metric named `metric_id`, or an error listing the ones the agreement has."""
    metric = agreement.metric(metric_id)
    if metric is None:
        known = _known([m.id for m in agreement.metrics])
        raise CliError.of("cli.errors.unknown_metric", metric=metric_id, known=known)
    return metric


def check_priority(agreement: Agreement, priority_id: str) -> None:
    """Refuse a priority the agreement does not have, listing the ones it has."""
    if agreement.priority(priority_id) is None:
        known = _known([p.id for p in agreement.priorities])
        raise CliError.of("cli.errors.unknown_priority", priority=priority_id, known=known)


def find_calendar(agreement: Agreement, metric_id: str, priority_id: str | None) -> Calendar | None:
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
        raise CliError.of("cli.errors.unknown_calendar", metric=metric_id, calendar=missing)
    return None
