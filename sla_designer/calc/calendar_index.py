"""A coverage calendar compiled to open intervals on the UTC time line, one year at a time.

Business-time questions ("when is 8 business hours after Friday 16:00?") become two binary
searches once a year's open hours are a sorted list of UTC instants with running totals. Years
are expanded on first use and kept, so repeated look-ups cost microseconds.

Instants are integers: microseconds since 1970-01-01 UTC. Integers make the arithmetic exact,
which the property `business_elapsed(c, t, due_at(c, t, d)) == d` needs.
"""

from __future__ import annotations

import datetime as dt
import threading
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sla_designer.model.calendars import Calendar
from sla_designer.text.values import Problem

UTC = dt.UTC
EPOCH = dt.datetime(1970, 1, 1, tzinfo=UTC)
ONE_MICROSECOND = dt.timedelta(microseconds=1)
MICROSECONDS_PER_MINUTE = 60_000_000
_DAY = dt.timedelta(days=1)
# A calendar open some hours a week can still be closed for whole years only if holidays and
# closed dates cover every open day; three empty years in a row means it never opens again.
_MAX_EMPTY_YEARS = 3
FIRST_YEAR, LAST_YEAR = 1900, 2200
"""The years a time may fall in. Far outside them a year's hours cannot be built (the next year
after 9999 does not exist) and no agreement is in force there anyway."""


def to_instant(moment: dt.datetime) -> int:
    """Microseconds since the epoch of an aware datetime."""
    if moment.tzinfo is None:
        raise Problem("calc.errors.no_time_zone", moment=moment)
    # Spelled out rather than `// ONE_MICROSECOND`: this runs once per due time.
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise Problem("calc.errors.outside_years", moment=moment, first=FIRST_YEAR, last=LAST_YEAR)
    since = moment - EPOCH
    return (since.days * 86_400 + since.seconds) * 1_000_000 + since.microseconds


def from_instant(instant: int, zone: dt.tzinfo) -> dt.datetime:
    """The aware datetime, in `zone`, of an instant in microseconds since the epoch."""
    seconds, micro = divmod(instant, 1_000_000)
    # fromtimestamp with whole seconds is exact and three times faster than EPOCH + timedelta.
    moment = dt.datetime.fromtimestamp(seconds, zone)
    return moment.replace(microsecond=micro) if micro else moment


def _wall_to_instant(day: dt.date, minute: int, zone: ZoneInfo, opening: bool) -> int:
    """The instant of a wall-clock time, resolving daylight-saving changes.

    A time that happens twice (clocks go back) opens at its first occurrence and closes at its
    last, so no open time is lost. A time that never happens (clocks go forward) is the instant
    the clocks jump, which is when such an interval really opens or closes.
    """
    wall = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minute)
    first = to_instant(wall.replace(tzinfo=zone, fold=0))
    second = to_instant(wall.replace(tzinfo=zone, fold=1))
    if first == second:
        return first
    if first < second:
        return first if opening else second
    # In a gap, fold=1 maps before the jump and fold=0 after it: search the jump, whole seconds.
    after_jump = wall.replace(tzinfo=zone, fold=1).utcoffset()
    low, high = second // 1_000_000, -(-first // 1_000_000)
    while high - low > 1:
        middle = (low + high) // 2
        if from_instant(middle * 1_000_000, zone).utcoffset() == after_jump:
            high = middle
        else:
            low = middle
    return high * 1_000_000


@dataclass(frozen=True, slots=True)
class YearOfHours:
    """The open intervals of one local calendar year, merged and sorted, with running totals."""

    year: int
    start: int
    end: int
    starts: list[int]
    ends: list[int]
    totals: list[int]
    total: int
    """Open time in the whole year (a field, not a property: it is read on every look-up)."""

    def open_before(self, instant: int) -> int:
        """Open time from the start of the year up to `instant` (inside the year)."""
        index = bisect_right(self.starts, instant) - 1
        if index < 0:
            return 0
        before = self.totals[index - 1] if index else 0
        return before + min(instant, self.ends[index]) - self.starts[index]

    def instant_after(self, open_time: int) -> int:
        """The instant at which `open_time` (0 < open_time <= total) of open time has passed."""
        index = bisect_left(self.totals, open_time)
        before = self.totals[index - 1] if index else 0
        return self.starts[index] + open_time - before


class BusinessCalendar:
    """A `Calendar` prepared for fast business-time arithmetic."""

    def __init__(self, calendar: Calendar) -> None:
        self.calendar_id = calendar.id
        self.zone = ZoneInfo(calendar.timezone)
        # Open pieces per weekday (0 = Monday) in minutes of that day; an interval that crosses
        # midnight is split, so each piece belongs to one date and a holiday closes that date.
        self._pieces: list[list[tuple[int, int]]] = [[] for _ in range(7)]
        for interval in calendar.weekly_intervals():
            start, end = interval.start.minutes, interval.end.minutes
            for name in interval.days:
                weekday = _WEEKDAY_INDEX[name]
                if not interval.crosses_midnight:
                    self._pieces[weekday].append((start, end))
                    continue
                if start < 1440:
                    self._pieces[weekday].append((start, 1440))
                if end > 0:
                    self._pieces[(weekday + 1) % 7].append((0, end))
        self.minutes_per_week = sum(b - a for day in self._pieces for a, b in day)
        self._closed = {closed.date for closed in calendar.closed_dates}
        self._holiday_rules = [(rule.country, rule.subdivision) for rule in calendar.holidays]
        for country, subdivision in self._holiday_rules:
            _holiday_dates(country, subdivision, 2000)  # fail now, with a clear message
        # A municipality's own holidays: the same (month, day) every year.
        self._annual = {
            (holiday.month, holiday.day)
            for rule in calendar.holidays
            for holiday in rule.city_holidays
        }
        self._years: dict[int, YearOfHours] = {}
        self._by_start: dict[int, YearOfHours] = {}
        self._year_starts: list[int] = []
        self._laying_out = threading.Lock()
        """A year is laid out by one thread at a time (the back-test reads metrics on two)."""
        self._last: YearOfHours | None = None
        self._business_days: dict[dt.date, bool] = {}

    def is_closed_date(self, day: dt.date) -> bool:
        """Whether a date is closed all day by a public holiday or a closed date."""
        if day in self._closed or (day.month, day.day) in self._annual:
            return True
        return any(day in _holiday_dates(c, s, day.year) for c, s in self._holiday_rules)

    def year(self, year: int) -> YearOfHours:
        """The open intervals of a local calendar year, built on first use."""
        found = self._years.get(year)
        if found is not None:
            return found
        with self._laying_out:
            found = self._years.get(year)
            if found is None:
                found = self._build_year(year)
                self._by_start[found.start] = found
                insort(self._year_starts, found.start)
                self._years[year] = found
        return found

    def year_at(self, instant: int) -> YearOfHours:
        """The year whose local span holds `instant`."""
        last = self._last
        if last is not None and last.start <= instant < last.end:
            return last
        found = self._find_year(instant)
        self._last = found
        return found

    def _find_year(self, instant: int) -> YearOfHours:
        index = bisect_right(self._year_starts, instant) - 1
        if index >= 0:
            candidate = self._by_start[self._year_starts[index]]
            if instant < candidate.end:
                return candidate
        return self.year(from_instant(instant, self.zone).year)

    def _build_year(self, year: int) -> YearOfHours:
        closed = set(self._closed)
        for country, subdivision in self._holiday_rules:
            closed.update(_holiday_dates(country, subdivision, year))
        closed.update(dt.date(year, month, day) for month, day in self._annual)
        pieces: list[tuple[int, int]] = []
        day = dt.date(year, 1, 1)
        while day.year == year:
            if day not in closed:
                for start, end in self._pieces[day.weekday()]:
                    opened = _wall_to_instant(day, start, self.zone, opening=True)
                    shut = _wall_to_instant(day, end, self.zone, opening=False)
                    if shut > opened:
                        pieces.append((opened, shut))
            day += _DAY
        pieces.sort()
        starts: list[int] = []
        ends: list[int] = []
        for opened, shut in pieces:
            if ends and opened <= ends[-1]:
                ends[-1] = max(ends[-1], shut)
            else:
                starts.append(opened)
                ends.append(shut)
        totals: list[int] = []
        running = 0
        for opened, shut in zip(starts, ends, strict=True):
            running += shut - opened
            totals.append(running)
        first = _wall_to_instant(dt.date(year, 1, 1), 0, self.zone, opening=True)
        after = _wall_to_instant(dt.date(year + 1, 1, 1), 0, self.zone, opening=True)
        return YearOfHours(year, first, after, starts, ends, totals, running)

    # --- the two operations everything else is built on ----------------------------------------

    def open_between(self, start: int, end: int) -> int:
        """Open time, in microseconds, in [start, end)."""
        if end <= start:
            return 0
        year = self.year_at(start)
        if end <= year.end:
            return year.open_before(end) - year.open_before(start)
        total = year.total - year.open_before(start)
        while True:
            year = self.year_at(year.end)
            if end <= year.end:
                return total + year.open_before(end)
            total += year.total

    def advance(self, start: int, open_time: int) -> int:
        """The instant at which `open_time` (> 0) microseconds of open time after `start` end."""
        if self.minutes_per_week == 0:
            raise Problem("calc.errors.no_open_hours", calendar=self.calendar_id)
        year = self.year_at(start)
        wanted = year.open_before(start) + open_time
        empty = 0
        while wanted > year.total:
            wanted -= year.total
            year = self.year_at(year.end)
            empty = empty + 1 if year.total == 0 else 0
            if empty >= _MAX_EMPTY_YEARS:
                raise Problem("calc.errors.never_open", calendar=self.calendar_id)
        return year.instant_after(wanted)

    def is_business_day(self, day: dt.date) -> bool:
        """Whether a local date has open hours (remembered: validation asks on every edit)."""
        found = self._business_days.get(day)
        if found is None:
            start = _wall_to_instant(day, 0, self.zone, opening=True)
            end = _wall_to_instant(day + _DAY, 0, self.zone, opening=True)
            found = self.open_between(start, end) > 0
            self._business_days[day] = found
        return found

    def day_hours(self, day: dt.date) -> tuple[int, int] | None:
        """The first opening and the last closing instant of a local date (its business
        hours), or None when the calendar is closed all that day."""
        start = _wall_to_instant(day, 0, self.zone, opening=True)
        end = _wall_to_instant(day + _DAY, 0, self.zone, opening=True)
        total = self.open_between(start, end)
        if total == 0:
            return None
        # The instant one microsecond of open time is reached, less that microsecond, opens.
        return self.advance(start, 1) - 1, self.advance(start, total)

    def wall_instant(self, day: dt.date, time: dt.time) -> int:
        """The instant of a wall-clock time on a local date (daylight-saving gaps resolved as
        an opening is)."""
        minute = time.hour * 60 + time.minute
        rest = time.second * 1_000_000 + time.microsecond
        return _wall_to_instant(day, minute, self.zone, opening=True) + rest

    def is_open(self, instant: int) -> bool:
        """Whether the calendar is open at `instant` (an interval's end is already closed)."""
        year = self.year_at(instant)
        index = bisect_right(year.starts, instant) - 1
        return index >= 0 and instant < year.ends[index]


_WEEKDAY_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_HOLIDAY_CACHE: dict[tuple[str, str | None, int], frozenset[dt.date]] = {}


def _holiday_dates(country: str, subdivision: str | None, year: int) -> frozenset[dt.date]:
    """Public holiday dates of a country (and subdivision) in a year, via `holidays`."""
    key = (country, subdivision, year)
    found = _HOLIDAY_CACHE.get(key)
    if found is None:
        import holidays  # costs ~100 ms: only when a calendar has public holidays

        try:
            table = holidays.country_holidays(country, subdiv=subdivision, years=year)
        except NotImplementedError:
            where = f"{country}/{subdivision}" if subdivision else country
            raise Problem("calc.errors.no_holidays", where=where) from None
        found = frozenset(table.keys())
        _HOLIDAY_CACHE[key] = found
    return found
