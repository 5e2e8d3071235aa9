"""Targets in business days, on a statistic of the times, on next replies and periodic updates:
each equals a reading ticket by ticket (or wait by wait) with the calculators."""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

from sla_designer.backtest.cycles import reply_times
from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.messages import ASK
from sla_designer.backtest.outcome import MET, MISSED, OPEN, target_for, ticket_times
from sla_designer.backtest.reading import TicketHistory, read_history
from sla_designer.backtest.sample_files import events_path, write_servicenow, write_zendesk
from sla_designer.backtest.samples import history
from sla_designer.backtest.statistics import nearest_rank, statistic
from sla_designer.calc.business_time import business_elapsed, due_after_business_days
from sla_designer.model import Agreement, ClosedDate, ResponseTimeMetric, TimeTarget
from sla_designer.model.target_times import parse_target_time

UTC = dt.UTC
MICRO = dt.timedelta(microseconds=1)


def moment(instant: int) -> dt.datetime:
    return dt.datetime(1970, 1, 1, tzinfo=UTC) + dt.timedelta(microseconds=instant)


def target(priority: str | None, text: str, **more: object) -> TimeTarget:
    return TimeTarget(priority=priority, target=parse_target_time(text), **more)  # type: ignore[arg-type]


def variant(agreement: Agreement, london: bool, *metrics: object) -> Agreement:
    """The agreement with more metrics; `london`: its calendar in Europe/London (daylight
    saving changes in March and October) with two closed dates, besides its lunch break."""
    calendars = agreement.calendars
    if london:
        closed = [ClosedDate(date=dt.date(2025, 3, 31)), ClosedDate(date=dt.date(2025, 10, 27))]
        calendars = [
            c.model_copy(update={"timezone": "Europe/London", "closed_dates": closed})
            for c in calendars
        ]
    return agreement.model_copy(
        update={"calendars": calendars, "metrics": [*agreement.metrics, *metrics]}
    )


@pytest.mark.parametrize(
    ("london", "text"),
    [
        (False, "2 business days"),
        (True, "1 business day by close of business"),
        (True, "3 business days"),
    ],
)
def test_business_days_allow_the_open_time_to_the_end_of_the_period(
    service_desk: Agreement, tmp_path: Path, london: bool, text: str
) -> None:
    resolution = service_desk.metric("tempo-solucao")
    assert resolution is not None
    days = resolution.model_copy(update={"id": "days", "targets": [target(None, text)]})
    agreement = variant(service_desk, london, days)
    path = tmp_path / "audit.csv"
    write_servicenow(history(160, 5), path)
    zone = "Europe/London" if london else "America/Sao_Paulo"
    mapping = Mapping(timezone=zone)
    read = read_history(agreement, path, None, mapping, "-")
    end = int(np.sort(read.created)[150])
    times = ticket_times(read, agreement, days, [], end)  # type: ignore[arg-type]
    calendar = agreement.calendar_for("days")
    assert calendar is not None
    wanted = parse_target_time(text)
    checked = plain = 0
    for index in range(len(read.ids)):
        if read.created[index] > end:
            continue
        opened = moment(int(read.created[index]))
        due = due_after_business_days(calendar, opened, wanted.days, wanted.ends)  # type: ignore[union-attr]
        allowed = business_elapsed(calendar, opened, due) // MICRO
        assert times.target[index] == allowed
        status = int(times.status[index])
        if times.stopped[index] >= 0:
            if times.elapsed[index] != allowed:
                assert status == (MET if times.elapsed[index] < allowed else MISSED)
            mine = (read.ticket == index) & (read.at <= end)
            stops = [read.states[s] in read.stops for s in read.state[mine]]
            if not any(a and not b for a, b in itertools.pairwise(stops)):
                # Never reopened (and nothing pauses): met exactly when stopped by the end.
                plain += 1
                assert (status == MET) == (moment(int(times.stopped[index])) <= due)
        checked += 1
    assert checked > 100 and plain > 50
    assert {MET, MISSED} <= set(times.status.tolist())


def test_statistics_are_exact() -> None:
    rng = np.random.default_rng(3)
    for size in (1, 2, 3, 10, 57):
        times = rng.integers(0, 10**11, size=size)
        assert statistic("average", times) == Decimal(int(times.sum())) / size
        assert statistic("median", times) == Decimal(str(statistics.median(times.tolist())))
        ordered = sorted(times.tolist())
        for rank in (50, 90, 95, 99):
            value = statistic("percentile", times, rank)
            # The smallest time with at least `rank` % of the times at or below it.
            at_or_below = [t for t in ordered if t <= value]
            assert len(at_or_below) * 100 >= rank * size
            assert (len(at_or_below) - 1) * 100 < rank * size or at_or_below[-2] == value
    assert nearest_rank(np.arange(1, 21), 90) == 18
    assert statistic("average", np.zeros(0, dtype=np.int64)) is None


def reference_waits(
    read: TicketHistory,
    agreement: Agreement,
    metric: ResponseTimeMetric,
    pauses: list[str],
    end: int,
) -> list[tuple[int, int, int, str, int, int, int]]:
    """Each wait walked in Python: ticket, start, stop, priority, elapsed, paused, status."""
    messages = read.messages()
    assert messages is not None
    found = []
    for number in range(len(read.ids)):
        picks = np.nonzero((read.ticket == number) & (read.at <= end))[0]
        updates = [(int(read.created[number]), None, int(read.priority[number]))]
        updates += [
            (int(read.at[i]), read.states[read.state[i]], int(read.update_priority[i]))
            for i in picks
        ]
        final = -1
        for at, state, _ in updates:
            final = (at if final < 0 else final) if state in read.stops else -1
        responded = int(read.responded[number])
        if not 0 <= responded <= end:
            continue
        mine = [
            (int(a), int(k))
            for t, a, k in zip(messages.ticket, messages.at, messages.kind, strict=True)
            if t == number and responded <= a <= end
        ]
        mine.sort(key=lambda m: (m[0], -m[1]))
        waits: list[tuple[int, int]] = []
        if metric.event == "next_reply":
            waiting = None
            raw = []
            for at, kind in mine:
                if kind == ASK and waiting is None:
                    waiting = at
                elif kind != ASK and waiting is not None:
                    raw.append((waiting, at))
                    waiting = None
            if waiting is not None:
                raw.append((waiting, -1))
            for start, reply in raw:
                if 0 <= final < start:
                    continue
                stop = final if final >= 0 and (reply < 0 or final < reply) else reply
                waits.append((start, stop))
        else:
            points = sorted({responded, *(a for a, k in mine if k != ASK)})
            points = [p for p in points if final < 0 or p < final]
            for index, start in enumerate(points):
                stop = points[index + 1] if index + 1 < len(points) else final
                waits.append((start, stop))
        for start, stop in waits:
            cap = stop if stop >= 0 else end
            priority = read.priorities[[p for at, _, p in updates if at <= cap][-1]]
            chosen = target_for(metric, priority)
            assert chosen is not None
            calendar = agreement.calendar_for(metric.id, priority)
            elapsed = paused = 0
            for index, (at, state, _) in enumerate(updates):
                following = updates[index + 1][0] if index + 1 < len(updates) else end
                low, high = max(at, start), min(following, cap)
                if high <= low:
                    continue
                if chosen.target.clock == "business":
                    piece = business_elapsed(calendar, moment(low), moment(high)) // MICRO
                else:
                    piece = high - low
                if state in pauses:
                    paused += piece
                elif state not in read.stops:
                    elapsed += piece
            length = chosen.target.length // MICRO  # type: ignore[union-attr]
            if stop >= 0:
                status = MET if elapsed <= length else MISSED
            else:
                status = MISSED if elapsed > length else OPEN
            found.append((number, start, stop, priority, elapsed, paused, status))
    return sorted(found)


@pytest.mark.parametrize("preset", ["servicenow", "zendesk"])
@pytest.mark.parametrize("event", ["next_reply", "periodic_update"])
def test_waits_equal_a_wait_by_wait_reading(
    service_desk: Agreement, tmp_path: Path, preset: str, event: str
) -> None:
    first = service_desk.metric("tempo-resposta")
    assert isinstance(first, ResponseTimeMetric)
    metric = first.model_copy(
        update={
            "id": "waits",
            "event": event,
            "targets": [
                target("P1", "30m business"),
                target("P2", "2h calendar"),
                target(None, "4h business"),
            ],
        }
    )
    agreement = variant(service_desk, preset == "zendesk", metric)
    path = tmp_path / ("tickets.csv" if preset == "zendesk" else "audit.csv")
    lives = history(220, 8)
    if preset == "zendesk":
        write_zendesk(lives, path, "Europe/London")
        mapping = Mapping(preset="zendesk", pauses={"waits": ["pending"]})
        read = read_history(agreement, path, events_path(path), mapping, "-")
        pauses = ["pending"]
    else:
        write_servicenow(lives, path)
        pauses = ["Awaiting User Info", "Awaiting Vendor"]
        mapping = Mapping(timezone="America/Sao_Paulo", pauses={"waits": pauses})
        read = read_history(agreement, path, None, mapping, "-")
    end = int(np.sort(read.created)[205]) + 3_600_000_000
    times = reply_times(read, agreement, metric, pauses, end)
    assert times.owner is not None and times.started is not None
    got = sorted(
        (int(o), int(s), int(t), read.priorities[int(p)], int(e), int(q), int(u))
        for o, s, t, p, e, q, u in zip(
            times.owner,
            times.started,
            times.stopped,
            times.priority,
            times.elapsed,
            times.paused,
            times.status,
            strict=True,
        )
    )
    expected = reference_waits(read, agreement, metric, pauses, end)
    assert got == expected
    assert len(got) > 20
    statuses = {row[-1] for row in got}
    assert MET in statuses and MISSED in statuses
    # A wait still open and over its target counts where it went over: after it started.
    over = (times.status == MISSED) & (times.stopped < 0)
    assert (times.counted_at[over] > times.started[over]).all()
