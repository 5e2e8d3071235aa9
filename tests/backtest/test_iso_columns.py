"""The back-test's CSV written column by column gives what writing it value by value gives:
instants in each metric's zone as `isoformat` writes them (daylight saving, half-hour and
quarter-hour offsets, fractions of a second), local dates, seconds, and ticket ids that need
quoting quoted as the csv module quotes them."""

from __future__ import annotations

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from sla_designer.backtest.iso_columns import iso_dates, iso_datetimes, offsets, seconds_text
from sla_designer.calc.calendar_index import from_instant
from sla_designer.cli.backtest_output import _fields

ZONES = [
    "UTC",
    "America/Sao_Paulo",  # daylight saving until 2019
    "Europe/London",
    "America/New_York",
    "Australia/Lord_Howe",  # half-hour daylight saving
    "Asia/Kathmandu",  # +05:45
    "America/St_Johns",  # -03:30, -02:30
]
YEAR_2000, YEAR_2040 = 946_684_800_000_000, 2_208_988_800_000_000
instants = st.lists(st.integers(YEAR_2000, YEAR_2040), max_size=60)
fractions = st.sampled_from([0, 0, 0, 1, 500_000, 999_999])


@settings(max_examples=150, deadline=None)
@given(instants, st.lists(fractions, min_size=60, max_size=60), st.sampled_from(ZONES))
def test_instants_and_dates_as_isoformat_writes_them(
    values: list[int], fraction: list[int], name: str
) -> None:
    zone = ZoneInfo(name)
    column = np.array(
        [v // 1_000_000 * 1_000_000 + f for v, f in zip(values, fraction, strict=False)],
        dtype=np.int64,
    )
    assert iso_datetimes(column, zone) == [from_instant(int(i), zone).isoformat() for i in column]
    assert iso_dates(column, zone) == [
        from_instant(int(i), zone).date().isoformat() for i in column
    ]


def test_every_instant_around_the_clock_changes() -> None:
    # Every minute of the days the clocks change, in zones that change them by an hour and by
    # half an hour, at night and at midnight.
    for name, days in [
        ("America/Sao_Paulo", ["2018-11-04", "2019-02-16"]),
        ("Europe/London", ["2025-03-30", "2025-10-26"]),
        ("Australia/Lord_Howe", ["2025-04-06", "2025-10-05"]),
    ]:
        zone = ZoneInfo(name)
        for day in days:
            start = dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC) - dt.timedelta(hours=14)
            first = int(start.timestamp()) * 1_000_000
            column = first + np.arange(0, 48 * 60, dtype=np.int64) * 60_000_000
            expected = [from_instant(int(i), zone) for i in column]
            assert iso_datetimes(column, zone) == [moment.isoformat() for moment in expected]
            shifts = [moment.utcoffset() // dt.timedelta(microseconds=1) for moment in expected]
            assert offsets(column, zone).tolist() == shifts


def test_seconds_as_the_csv_wrote_them() -> None:
    micros = np.array([0, 90_000_000, 90_500_000, 1, 3_600_000_000, 59_999_999], dtype=np.int64)
    assert seconds_text(micros) == ["0", "90", "90.5", "0.000001", "3600", "59.999999"]


def test_fields_are_quoted_as_the_csv_module_quotes_them() -> None:
    values = ["INC1", "a,b", 'say "hi"', "two\nlines", "cr\rhere", "", " spaced "]
    line = io.StringIO()
    csv.writer(line, lineterminator="\n").writerow(values)
    assert ",".join(_fields(values)) + "\n" == line.getvalue()
    readable = [v for v in values if "\r" not in v]  # as the csv module writes it, unquoted
    assert next(csv.reader(io.StringIO(",".join(_fields(readable))))) == readable
