"""Benchmark of the back-test on a help desk's year: N tickets (default 1,000,000) in the
ServiceNow incident audit export shape, from CSV and from Parquet.

Run: .venv/bin/python bench/bench_backtest.py [--tickets N] [--keep DIR]
- The floor, measured in the same run on the same files: DuckDB's own work of reading the
  columns the back-test reads and ordering each ticket's updates (CREATE TABLE … ORDER BY).
- The whole back-test of the IT service desk template (first response and resolution, per
  priority, São Paulo business hours with a lunch break and Minas Gerais's holidays): reading
  and checking the files, business time, windows. Goal: within 2x the floor. The floor and the
  back-test run in turn (`--runs`, 3 by default): the ratio of the fastest of each, and each
  run's own ratio, since the machine may be loaded.
- Peak memory of `sla-designer backtest` run as its own process on the same file (goal < 2 GB).
- The vectorised business time against calling `business_elapsed` per state of each ticket,
  on a sample of tickets, scaled (goal: at least 30x faster); both must give the same answers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb
import numpy as np

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.memory import kept_columns
from sla_designer.backtest.outcome import ticket_times
from sla_designer.backtest.reading import read_history
from sla_designer.backtest.report import backtest
from sla_designer.backtest.sample_files import write_servicenow
from sla_designer.backtest.samples import history
from sla_designer.calc.business_time import business_calendar, business_elapsed
from sla_designer.io import load_agreement

ROOT = Path(__file__).resolve().parent.parent
AGREEMENT = ROOT / "templates" / "it-service-desk.yaml"
PAUSES = ["Awaiting User Info", "Awaiting Vendor"]
MAPPING = Mapping(
    preset="servicenow",
    timezone="America/Sao_Paulo",
    pauses={"tempo-solucao": PAUSES},
)


def floor(path: Path) -> float:
    """DuckDB reading the columns and ordering each ticket's updates."""
    reader = (
        f"read_csv('{path}', header = true, all_varchar = true)"
        if path.suffix == ".csv"
        else f"read_parquet('{path}')"
    )
    started = time.perf_counter()
    with duckdb.connect() as con:
        con.execute(
            f"""CREATE TABLE t AS SELECT number, incident_state, priority,
                strptime(opened_at, '%d-%m-%Y %H:%M') AS opened,
                strptime(sys_updated_at, '%d-%m-%Y %H:%M') AS updated
            FROM {reader} ORDER BY number, updated"""
        )
    return time.perf_counter() - started


def whole(path: Path) -> tuple[float, float]:
    """The whole back-test: reading and checking the files (DuckDB, to numpy columns), then
    business time and windows for both metrics. Its time and that of the reading alone."""
    agreement = load_agreement(AGREEMENT)
    with kept_columns():  # as the command and the editor read and back-test
        started = time.perf_counter()
        read = read_history(agreement, path, None, MAPPING, "-")
        reading = time.perf_counter() - started
        results = backtest(agreement, read, MAPPING)
        elapsed = time.perf_counter() - started
    assert sum(len(r.rows) for r in results) > 0
    return elapsed, reading


def peak_memory(path: Path, mapping: Path) -> float:
    """Peak resident memory of the command as its own process, in MB."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sla_designer",
            "backtest",
            str(AGREEMENT),
            "--tickets",
            str(path),
            "--mapping",
            str(mapping),
            "--format",
            "json",
            "-o",
            str(path) + ".json",
        ],
        check=False,
        cwd=ROOT,
    )
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def per_ticket(path: Path, sample: int) -> tuple[float, float, int]:
    """Vectorised business time of every ticket against business_elapsed per state on a
    sample, scaled to all tickets; both answers compared on the sample."""
    agreement = load_agreement(AGREEMENT)
    read = read_history(agreement, path, None, MAPPING, "-")
    metric = agreement.metric("tempo-solucao")
    assert metric is not None and metric.kind == "resolution_time"
    end = read.last
    runs = []
    for _ in range(3):  # the first run also lays out the calendar's years
        read.cache.clear()  # what a metric shares with the next is worked out again
        started = time.perf_counter()
        times = ticket_times(read, agreement, metric, PAUSES, end)
        runs.append(time.perf_counter() - started)
    vectorised = min(runs)
    calendar = business_calendar(agreement.calendars[0])
    zone = calendar.zone
    chosen = np.random.default_rng(0).choice(len(read.ids), size=sample, replace=False)
    bounds = np.searchsorted(read.ticket, np.arange(len(read.ids) + 1))
    started = time.perf_counter()
    for number in chosen:
        begin, stop = bounds[number], bounds[number + 1]
        cap = int(times.stopped[number]) if times.stopped[number] >= 0 else end
        total = dt.timedelta(0)
        moments = [int(read.created[number]), *read.at[begin:stop].tolist()]
        states = [None, *(read.states[s] for s in read.state[begin:stop])]
        for index, state in enumerate(states):
            following = moments[index + 1] if index + 1 < len(moments) else cap
            if state in PAUSES or state in read.stops:
                continue
            total += business_elapsed(
                calendar,
                dt.datetime.fromtimestamp(min(moments[index], cap) / 1e6, zone),
                dt.datetime.fromtimestamp(min(following, cap) / 1e6, zone),
            )
        assert total // dt.timedelta(microseconds=1) == times.elapsed[number], number
    naive = (time.perf_counter() - started) * len(read.ids) / sample
    return vectorised, naive, sample


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=5_000)
    parser.add_argument(
        "--keep", type=Path, help="write the files here and keep them (reused when there)"
    )
    parser.add_argument("--runs", type=int, default=3, help="runs of the floor and back-test")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-backtest-"))
    folder.mkdir(parents=True, exist_ok=True)
    files = [folder / "incidents.csv", folder / "incidents.parquet"]
    written = folder / f"written-{args.tickets}"
    if written.exists() and all(path.exists() for path in files):
        rows = int(written.read_text())
    else:
        lives = history(args.tickets, 1)
        for path in files:
            rows = write_servicenow(lives, path)
        written.write_text(str(rows))
    print(f"{args.tickets:,} tickets, {rows:,} updates ({rows / args.tickets:.1f} per ticket)")
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    mapping = folder / "mapping.yaml"
    mapping.write_text(
        "preset: servicenow\ntimezone: America/Sao_Paulo\n"
        "pauses: {tempo-solucao: [Awaiting User Info, Awaiting Vendor]}\n",
        encoding="utf-8",
    )
    for path in files:
        floors, wholes, readings = [], [], []
        for _ in range(args.runs):
            # In turn, so that both see the same load.
            floors.append(floor(path))
            elapsed, reading = whole(path)
            wholes.append(elapsed)
            readings.append(reading)
        ratios = [w / f for w, f in zip(wholes, floors, strict=True)]
        low, high = min(floors), min(wholes)
        print(
            f"{path.suffix[1:]:8} floor (DuckDB read + order) {low:6.2f} s   back-test "
            f"{high:6.2f} s (reading {min(readings):.2f} s)   = {high / low:4.2f}x the floor"
            f" (goal < 2x); each run: {', '.join(f'{r:.2f}x' for r in ratios)}"
        )
    print(
        f"peak memory of the command, CSV: {peak_memory(files[0], mapping):,.0f} MB (goal < 2048)"
    )
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    vectorised, naive, sample = per_ticket(files[1], args.sample)
    print(
        f"resolution business time, {args.tickets:,} tickets: vectorised {vectorised:.2f} s,"
        f" business_elapsed per state {naive:.1f} s (scaled from {sample:,}):"
        f" {naive / vectorised:.0f}x (goal >= 30x)"
    )


if __name__ == "__main__":
    main()
