"""Business time on coverage calendars: when a ticket is due, how much open time has passed.

Business durations count only the calendar's open hours; calendar durations count real elapsed
time and ignore the calendar (an "8h calendar" target across a daylight-saving change is still
eight real hours). Every function takes aware datetimes and answers in the calendar's time zone.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from sla_designer.calc.calendar_index import (
    BusinessCalendar,
    from_instant,
    to_instant,
)
from sla_designer.model.calendars import Calendar
from sla_designer.model.target_times import BusinessDayEnd, BusinessDays, Clock, ClockDuration
from sla_designer.text.values import Problem

CalendarLike = Calendar | BusinessCalendar
"""A model calendar, or one already prepared with `business_calendar()`."""

_CACHE_SIZE = 64
_compiled: OrderedDict[str, BusinessCalendar] = OrderedDict()


def business_calendar(calendar: CalendarLike) -> BusinessCalendar:
    """The prepared form of a calendar, cached by content (an edited calendar is rebuilt).

    Pass the result instead of the model calendar when computing many due times: it skips the
    content fingerprint that a model calendar needs on every call.
    """
    if isinstance(calendar, BusinessCalendar):
        return calendar
    key = calendar.model_dump_json()
    found = _compiled.get(key)
    if found is None:
        found = BusinessCalendar(calendar)
        _compiled[key] = found
        if len(_compiled) > _CACHE_SIZE:
            _compiled.popitem(last=False)
    else:
        _compiled.move_to_end(key)
    return found


def _check_duration(duration: dt.timedelta) -> int:
    micros = (duration.days * 86_400 + duration.seconds) * 1_000_000 + duration.microseconds
    if micros < 0:
        raise Problem("calc.errors.negative_duration")
    return micros


def due_at(calendar: CalendarLike, opened: dt.datetime, duration: dt.timedelta) -> dt.datetime:
    """The moment `duration` of the calendar's open time has passed since `opened`.

    A ticket opened while the calendar is closed starts counting when it opens. The answer can be
    the end of an open interval (8 business hours from Monday 09:00 on a 09-17 calendar is
    Monday 17:00, not Tuesday 09:00). A zero duration is due when opened.
    """
    prepared = business_calendar(calendar)
    start = to_instant(opened)
    wanted = _check_duration(duration)
    if wanted == 0:
        return opened.astimezone(prepared.zone)
    return from_instant(prepared.advance(start, wanted), prepared.zone)


def business_elapsed(calendar: CalendarLike, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
    """Open time of the calendar between `start` and `end` (end not before start)."""
    prepared = business_calendar(calendar)
    first, last = to_instant(start), to_instant(end)
    if last < first:
        raise Problem("calc.errors.end_before_start", end=end, start=start)
    return dt.timedelta(microseconds=prepared.open_between(first, last))


def is_open(calendar: CalendarLike, moment: dt.datetime) -> bool:
    """Whether the calendar is open at `moment` (the end of an interval is closed)."""
    return business_calendar(calendar).is_open(to_instant(moment))


def next_open(calendar: CalendarLike, moment: dt.datetime) -> dt.datetime:
    """`moment` if the calendar is open then, else when it next opens (a paused clock restarts)."""
    prepared = business_calendar(calendar)
    instant = to_instant(moment)
    if prepared.is_open(instant):
        return moment.astimezone(prepared.zone)
    # The instant one microsecond of open time is reached, less that microsecond, is the opening.
    opening = prepared.advance(instant, 1) - 1
    return from_instant(opening, prepared.zone)


def calendar_due_at(opened: dt.datetime, duration: dt.timedelta) -> dt.datetime:
    """`opened` plus a real elapsed duration, correct across daylight-saving changes."""
    start = to_instant(opened)
    wanted = _check_duration(duration)
    zone = opened.tzinfo
    assert zone is not None  # to_instant refused naive datetimes
    return from_instant(start + wanted, zone)


_MAX_CLOSED_DAYS = 3 * 366
"""Days in a row without open hours after which a calendar is taken never to open again."""


def due_after_business_days(
    calendar: CalendarLike, opened: dt.datetime, days: int, ends: BusinessDayEnd
) -> dt.datetime:
    """When a period of `days` business days that starts at `opened` ends.

    The period starts when the clock starts: at `opened`, or at the next opening when the
    calendar is closed then. It ends on the `days`-th business day after the day it starts (a
    business day is a day with open hours): at the time of day it started, kept within that
    day's business hours (`same_time`), or when that day's business hours end
    (`close_of_business`). Times of day are wall-clock times, so a daylight-saving change
    between the two days does not move them.
    """
    if days < 1:
        raise Problem("calc.errors.negative_duration")
    prepared = business_calendar(calendar)
    started = from_instant(to_instant(next_open(prepared, opened)), prepared.zone)
    day, (first, last) = business_day_after(prepared, started.date(), days)
    if ends == "close_of_business":
        return from_instant(last, prepared.zone)
    same_time = prepared.wall_instant(day, started.timetz().replace(tzinfo=None))
    return from_instant(min(max(same_time, first), last), prepared.zone)


def business_day_after(
    calendar: CalendarLike, start: dt.date, days: int
) -> tuple[dt.date, tuple[int, int]]:
    """The `days`-th business day (a day with open hours) after the local date `start`, and its
    first opening and last closing instants."""
    if days < 1:
        raise Problem("calc.errors.negative_duration")
    prepared = business_calendar(calendar)
    day = start
    counted = closed = 0
    hours: tuple[int, int] | None = None
    while counted < days:
        day += dt.timedelta(days=1)
        hours = prepared.day_hours(day)
        if hours is None:
            closed += 1
            if closed > _MAX_CLOSED_DAYS:
                raise Problem("calc.errors.never_open", calendar=prepared.calendar_id)
            continue
        counted, closed = counted + 1, 0
    assert hours is not None
    return day, hours


def due_for(
    target: ClockDuration | BusinessDays, opened: dt.datetime, calendar: CalendarLike | None
) -> dt.datetime:
    """When a target such as '4h business', '8h calendar' or '2 business days' is due for a
    ticket opened then.

    Business clocks need a calendar; calendar clocks ignore it except to answer in its zone.
    """
    if isinstance(target, BusinessDays):
        if calendar is None:
            raise Problem("calc.errors.business_without_calendar", target=str(target))
        return due_after_business_days(calendar, opened, target.days, target.ends)
    if target.clock == "business":
        if calendar is None:
            raise Problem("calc.errors.business_without_calendar", target=str(target))
        return due_at(calendar, opened, target.length)
    due = calendar_due_at(opened, target.length)
    if calendar is not None:
        return due.astimezone(business_calendar(calendar).zone)
    return due


def elapsed_for(
    clock: Clock, start: dt.datetime, end: dt.datetime, calendar: CalendarLike | None
) -> dt.timedelta:
    """Time counted by `clock` between start and end: open time, or real elapsed time."""
    if clock == "business":
        if calendar is None:
            raise Problem("calc.errors.business_needs_calendar")
        return business_elapsed(calendar, start, end)
    first, last = to_instant(start), to_instant(end)
    if last < first:
        raise Problem("calc.errors.end_before_start", end=end, start=start)
    return dt.timedelta(microseconds=last - first)
