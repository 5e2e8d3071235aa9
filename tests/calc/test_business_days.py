"""Business days as a unit: N open days of the target's calendar, ending at the time of day the
period started or at close of business, across lunch breaks, holidays and clock changes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sla_designer.calc.business_time import due_after_business_days, due_for
from sla_designer.model import BusinessDays, Calendar, parse_target_time

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
SAO_PAULO = ZoneInfo("America/Sao_Paulo")
# Office hours with a lunch break and the public holidays of the Netherlands; Friday is short.
OFFICE = Calendar.model_validate(
    {
        "id": "office",
        "name": "Office",
        "timezone": "Europe/Amsterdam",
        "hours": [
            {"days": ["mon", "tue", "wed", "thu"], "start": "08:30", "end": "12:00"},
            {"days": ["mon", "tue", "wed", "thu"], "start": "13:00", "end": "17:30"},
            {"days": ["fri"], "start": "08:30", "end": "12:00"},
        ],
        "holidays": [{"country": "NL"}],
        "closed_dates": [{"date": "2027-12-31", "name": "New Year's Eve"}],
    }
)


def at(*args: int, zone: ZoneInfo = AMSTERDAM) -> dt.datetime:
    return dt.datetime(*args, tzinfo=zone)


@pytest.mark.parametrize(
    ("opened", "days", "same_time", "close"),
    [
        # Wednesday 10:00: the same time on Thursday; close of business on Thursday.
        (at(2027, 3, 10, 10, 0), 1, at(2027, 3, 11, 10, 0), at(2027, 3, 11, 17, 30)),
        # Thursday 15:00 + 1: Friday closes at 12:00, so the period ends then.
        (at(2027, 3, 11, 15, 0), 1, at(2027, 3, 12, 12, 0), at(2027, 3, 12, 12, 0)),
        # In the lunch break the clock starts at 13:00.
        (at(2027, 3, 10, 12, 15), 2, at(2027, 3, 12, 12, 0), at(2027, 3, 12, 12, 0)),
        (at(2027, 3, 9, 12, 15), 2, at(2027, 3, 11, 13, 0), at(2027, 3, 11, 17, 30)),
        # Saturday: the clock starts on Monday 08:30, the day after it is Tuesday.
        (at(2027, 3, 13, 11, 0), 1, at(2027, 3, 16, 8, 30), at(2027, 3, 16, 17, 30)),
        # Thursday 25 March 10:00 + 2 business days: Good Friday and Easter Monday are holidays,
        # so Tuesday 30 and Wednesday 31 March, after the clocks went forward on Sunday 28
        # March: still 10:00 on the wall clock.
        (at(2027, 3, 25, 10, 0), 2, at(2027, 3, 31, 10, 0), at(2027, 3, 31, 17, 30)),
        # King's Day, Tuesday 27 April 2027.
        (at(2027, 4, 26, 9, 0), 1, at(2027, 4, 28, 9, 0), at(2027, 4, 28, 17, 30)),
        # New Year's Eve is closed, New Year's Day a holiday.
        (at(2027, 12, 30, 9, 0), 1, at(2028, 1, 3, 9, 0), at(2028, 1, 3, 17, 30)),
    ],
)
def test_due_after_business_days(
    opened: dt.datetime, days: int, same_time: dt.datetime, close: dt.datetime
) -> None:
    assert due_after_business_days(OFFICE, opened, days, "same_time") == same_time
    assert due_after_business_days(OFFICE, opened, days, "close_of_business") == close
    assert due_for(BusinessDays(days), opened, OFFICE) == same_time
    assert due_for(BusinessDays(days, "close_of_business"), opened, OFFICE) == close


def test_clocks_going_back_keep_the_wall_clock_time() -> None:
    # Friday 29 October 2027 09:00 + 1 business day: Monday 1 November 09:00, one hour later in
    # real time than three whole days, because the clocks went back on Sunday.
    opened = at(2027, 10, 29, 9, 0)
    due = due_after_business_days(OFFICE, opened, 1, "same_time")
    assert due == at(2027, 11, 1, 9, 0)
    assert due.astimezone(dt.UTC) - opened.astimezone(dt.UTC) == dt.timedelta(days=3, hours=1)


def test_a_calendar_that_never_opens_says_so() -> None:
    closed = Calendar.model_validate(
        {"id": "none", "name": "Closed", "timezone": "UTC", "hours": []}
    )
    with pytest.raises(ValueError, match="open"):
        due_after_business_days(closed, at(2027, 3, 10, 10, 0), 1, "same_time")


def test_business_days_need_a_calendar() -> None:
    with pytest.raises(ValueError, match="calendar"):
        due_for(parse_target_time("2 business days"), at(2027, 3, 10, 10, 0), None)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    st.datetimes(min_value=dt.datetime(2027, 1, 1), max_value=dt.datetime(2028, 12, 31)),
    st.integers(min_value=1, max_value=30),
)
def test_the_conventions_order_as_the_document_says(moment: dt.datetime, days: int) -> None:
    """N business days at the same time <= N by close of business <= N + 1 at the same time."""
    opened = moment.replace(tzinfo=SAO_PAULO)
    calendar = OFFICE.model_copy(update={"timezone": "America/Sao_Paulo"})
    same = due_after_business_days(calendar, opened, days, "same_time")
    close = due_after_business_days(calendar, opened, days, "close_of_business")
    later = due_after_business_days(calendar, opened, days + 1, "same_time")
    assert opened < same <= close <= later
