"""The vectorised back-test equals a plain per-ticket reading with `business_elapsed`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.outcome import (
    AFTER_END,
    MET,
    MISSED,
    NO_TARGET,
    OPEN,
    target_for,
    ticket_times,
)
from sla_designer.backtest.reading import TicketHistory, read_history
from sla_designer.backtest.sample_files import write_servicenow
from sla_designer.backtest.samples import history
from sla_designer.calc.business_time import business_elapsed
from sla_designer.model import Agreement

UTC = dt.UTC
PAUSES = ["Awaiting User Info", "Awaiting Vendor"]


def moment(instant: int) -> dt.datetime:
    return dt.datetime(1970, 1, 1, tzinfo=UTC) + dt.timedelta(microseconds=instant)


def reference(read: TicketHistory, agreement: Agreement, metric_id: str, end: int) -> list[tuple]:
    """Each ticket walked update by update, in Python."""
    metric = agreement.metric(metric_id)
    assert metric is not None
    found = []
    for number in range(len(read.ids)):
        picks = np.nonzero((read.ticket == number) & (read.at <= end))[0]
        updates = [(int(read.created[number]), None, int(read.priority[number]))]
        updates += [
            (int(read.at[i]), read.states[read.state[i]], int(read.update_priority[i]))
            for i in picks
        ]
        if metric.kind == "response_time":
            responded = int(read.responded[number])
            stop = responded if 0 <= responded <= end else -1
        else:
            stop = -1
            for at, state, _ in updates:
                # The start of the final run of stopping states.
                stop = (at if stop < 0 else stop) if state in read.stops else -1
        cap = stop if stop >= 0 else end
        if read.created[number] > end:
            found.append((-1, read.priorities[read.priority[number]], 0, 0, AFTER_END))
            continue
        priority = [p for at, _, p in updates if at <= cap][-1]
        target = target_for(metric, read.priorities[priority])
        calendar = agreement.calendar_for(metric.id, read.priorities[priority])
        elapsed = paused = 0
        for index, (at, state, _) in enumerate(updates):
            following = updates[index + 1][0] if index + 1 < len(updates) else end
            piece = business_elapsed(calendar, moment(min(at, cap)), moment(min(following, cap)))
            micros = piece // dt.timedelta(microseconds=1)
            if state in PAUSES:
                paused += micros
            elif state not in read.stops:
                elapsed += micros
        if target is None:
            status = NO_TARGET
        else:
            length = target.target.length // dt.timedelta(microseconds=1)
            if stop >= 0:
                status = MET if elapsed <= length else MISSED
            else:
                status = MISSED if elapsed > length else OPEN
        found.append((stop, read.priorities[priority], elapsed, paused, status))
    return found


@pytest.mark.parametrize("metric", ["tempo-resposta", "tempo-solucao"])
def test_the_columns_equal_a_ticket_by_ticket_reading(
    service_desk: Agreement, tmp_path: Path, metric: str
) -> None:
    path = tmp_path / "audit.csv"
    write_servicenow(history(150, 11), path)
    mapping = Mapping(timezone="America/Sao_Paulo", pauses={metric: PAUSES})
    read = read_history(service_desk, path, None, mapping, "-")
    # The end falls among the last tickets' lives: some still open then, some not yet opened.
    end = int(np.sort(read.created)[140]) + 3_600_000_000
    chosen = service_desk.metric(metric)
    times = ticket_times(read, service_desk, chosen, PAUSES, end)  # type: ignore[arg-type]
    got = [
        (int(s), read.priorities[int(p)], int(e), int(q), int(t))
        for s, p, e, q, t in zip(
            times.stopped, times.priority, times.elapsed, times.paused, times.status, strict=True
        )
    ]
    assert got == reference(read, service_desk, metric, end)
    assert {MET, MISSED} <= set(times.status.tolist())
    if metric == "tempo-solucao":
        assert (times.paused > 0).any() and OPEN in set(times.status.tolist())
