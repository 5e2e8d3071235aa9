"""Benchmark of the calculators: due times on a business calendar, agents for a day of intervals.

Run: .venv/bin/python bench/bench_calc.py
- 100,000 due times on São Paulo office hours with a lunch break and the state's public holidays
  (goal < 1 s), next to a naive baseline that steps minute by minute through local time,
  measured on fewer samples in the same run and scaled to 100,000.
- The fewest agents for 1,000 half-hour intervals at 80 % within 20 s (goal < 0.5 s), next to a
  naive baseline that evaluates the factorial form of Erlang C for each agent count it tries.
Both baselines must give the same answers as the calculators on the samples they run.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import sys
import time
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import holidays

from sla_designer.calc.business_time import business_calendar, due_at
from sla_designer.calc.staffing import required_agents, traffic_intensity
from sla_designer.model import Calendar

ZONE = ZoneInfo("America/Sao_Paulo")
WORKDAYS = ["mon", "tue", "wed", "thu", "fri"]
OFFICE = Calendar.model_validate(
    {
        "id": "office",
        "name": "Office hours",
        "timezone": "America/Sao_Paulo",
        "hours": [
            {"days": WORKDAYS, "start": "08:00", "end": "12:00"},
            {"days": WORKDAYS, "start": "13:00", "end": "18:00"},
        ],
        "holidays": [{"country": "BR", "subdivision": "SP"}],
    }
)
DUE_TIMES = 100_000
NAIVE_DUE_SAMPLES = 300
INTERVALS = 1_000
MINUTE = dt.timedelta(minutes=1)


def _naive_is_open(moment: dt.datetime, closed: set[dt.date]) -> bool:
    local = moment.astimezone(ZONE)
    if local.weekday() >= 5 or local.date() in closed:
        return False
    minute = local.hour * 60 + local.minute
    return 480 <= minute < 720 or 780 <= minute < 1080


def naive_due_at(opened: dt.datetime, duration: dt.timedelta, closed: set[dt.date]) -> dt.datetime:
    """Step one minute at a time, counting the minutes that start while the office is open."""
    moment = opened.astimezone(dt.UTC)
    wanted = duration // MINUTE
    while wanted:
        if _naive_is_open(moment, closed):
            wanted -= 1
        moment += MINUTE
    return moment.astimezone(ZONE)


def naive_required_agents(traffic: float, target: float, threshold: float, aht: float) -> int:
    """Try agent counts upwards, each time computing Erlang C from powers and factorials."""
    agents = math.floor(traffic) + 1
    while True:
        top = traffic**agents / math.factorial(agents) * agents / (agents - traffic)
        bottom = sum(traffic**k / math.factorial(k) for k in range(agents)) + top
        wait = top / bottom
        level = 1 - wait * math.exp(-(agents - traffic) * threshold / aht)
        if level >= target:
            return agents
        agents += 1


def bench_due_times(rng: random.Random) -> list[tuple[str, float, float | None, str]]:
    start = dt.datetime(2026, 1, 1, tzinfo=ZONE)
    cases = [
        (
            start + dt.timedelta(minutes=rng.randrange(2 * 365 * 24 * 60)),
            dt.timedelta(minutes=rng.randrange(1, 40 * 60)),
        )
        for _ in range(DUE_TIMES)
    ]
    began = time.perf_counter()
    prepared = business_calendar(OFFICE)  # compile: weekly pieces, nothing expanded yet
    results = [due_at(prepared, opened, duration) for opened, duration in cases]
    cold = time.perf_counter() - began  # includes expanding three years of open intervals
    began = time.perf_counter()
    results = [due_at(prepared, opened, duration) for opened, duration in cases]
    warm = time.perf_counter() - began
    began = time.perf_counter()
    for opened, duration in cases:
        due_at(OFFICE, opened, duration)
    via_model = time.perf_counter() - began
    closed: set[dt.date] = set()
    for year in (2026, 2027, 2028):
        closed.update(holidays.country_holidays("BR", subdiv="SP", years=year))
    began = time.perf_counter()
    for index in range(NAIVE_DUE_SAMPLES):
        opened, duration = cases[index]
        if naive_due_at(opened, duration, closed) != results[index]:
            raise AssertionError(f"baseline disagrees on case {index}: {opened} + {duration}")
    naive = (time.perf_counter() - began) * DUE_TIMES / NAIVE_DUE_SAMPLES
    baseline = f"minute stepping, {NAIVE_DUE_SAMPLES} samples scaled"
    return [
        ("100,000 due times (prepared)", warm, 1.0, f"{baseline}: {naive:.1f} s"),
        ("  first run, years expanded", cold, 1.0, ""),
        ("  passing the model Calendar", via_model, None, "(content fingerprint per call)"),
    ]


def bench_staffing(rng: random.Random) -> list[tuple[str, float, float | None, str]]:
    half_hour = dt.timedelta(minutes=30)
    handling = dt.timedelta(seconds=240)
    # A working day's profile: quiet nights, a morning peak, a smaller afternoon peak.
    volumes = [
        max(1, round(20 + 560 * math.exp(-(((i % 48) - 20) ** 2) / 30) + rng.uniform(0, 40)))
        for i in range(INTERVALS)
    ]
    loads = [traffic_intensity(calls, half_hour, handling) for calls in volumes]
    began = time.perf_counter()
    found = [
        required_agents(load, Decimal(80), dt.timedelta(seconds=20), handling).staffing.agents
        for load in loads
    ]
    fast = time.perf_counter() - began
    began = time.perf_counter()
    naive = [naive_required_agents(load, 0.80, 20.0, 240.0) for load in loads]
    slow = time.perf_counter() - began
    if naive != found:
        raise AssertionError("the factorial baseline disagrees with the recursion")
    peak = max(loads)
    return [
        (
            f"agents, {INTERVALS:,} intervals (peak {peak:.0f} E)",
            fast,
            0.5,
            f"factorial Erlang C per try: {slow:.3f} s",
        )
    ]


def main() -> None:
    rng = random.Random(20270301)
    rows = bench_due_times(rng) + bench_staffing(rng)
    print(f"{'measure':<44}{'time':>9}{'goal':>9}   baseline (same run)")
    for name, seconds, goal, baseline in rows:
        goal_text = f"< {goal:g} s" if goal else "-"
        verdict = "" if goal is None else ("  ok" if seconds < goal else "  OVER GOAL")
        print(f"{name:<44}{seconds:>8.3f}s{goal_text:>9}   {baseline}{verdict}")


if __name__ == "__main__":
    main()
