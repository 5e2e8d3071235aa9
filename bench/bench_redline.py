"""Benchmark of the Word redline of the large agreement, next to its plain Word export.

Run: .venv/bin/python bench/bench_redline.py [--profile]
The old version is the large agreement (bench/large_agreement.py); the new one is a copy with 40
changes, as a negotiation round makes them: 10 availability objectives and 10 service-level
objectives lowered, 10 target times shortened, 5 duties reworded, 3 duties removed, a credit
tier removed and a metric added. The figure is `build_docx(new, redline=...)`: both versions'
contracts built, their paragraphs and rows paired, the changed ones diffed word by word, the
document written. The baseline, measured in the same run, is the plain export of the new
version (`build_docx(new)`), run in turn with it. Each figure is the median of repeated runs
after one to warm the caches; the ratio is the median of the ratios run by run (their lowest and
highest in brackets); the times are elapsed and processor time (this process's: on a shared
machine, what other work's load leaves alone), the load average of the machine printed with
them. `--profile` prints where the redline's time goes (cProfile, the 25 costliest functions).
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import statistics
import sys
import time
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.large_agreement import large_agreement
from sla_designer.export import Redline, build_docx
from sla_designer.model import Agreement, parse_target_time

GOAL_RATIO = 2.0
REPEAT = 11
AUTHOR, DATE = "Bench Author", "2027-03-01T09:00:00Z"


Figures = tuple[float, float, float, float, float]
"""Median times of the plain export and the redline (ms), and the median, lowest and highest
of their ratios run by run."""


def in_turn(
    first: Callable[[], object], second: Callable[[], object], repeat: int = REPEAT
) -> dict[str, Figures]:
    """The figures of `first` and `second` in elapsed and processor time, run in turn so that a
    shared machine's load weighs on both alike."""
    first()  # warm caches (wording files, babel locale data) as a running editor would have them
    second()
    clocks = {"elapsed": time.perf_counter, "processor": time.process_time}
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in clocks}
    for _ in range(repeat):
        took: dict[str, list[float]] = {name: [] for name in clocks}
        for action in (first, second):
            start = {name: clock() for name, clock in clocks.items()}
            action()
            for name, clock in clocks.items():
                took[name].append(clock() - start[name])
        for name, (one, two) in took.items():
            runs[name].append((one, two))
    figures = {}
    for name, pairs in runs.items():
        ones, twos = zip(*pairs, strict=True)
        ratios = [b / a for a, b in pairs]
        figures[name] = (
            statistics.median(ones) * 1000,
            statistics.median(twos) * 1000,
            statistics.median(ratios),
            min(ratios),
            max(ratios),
        )
    return figures


def changed(old: Agreement) -> tuple[Agreement, int]:
    """A copy of `old` with 40 changes, and their number."""
    new = old.model_copy(deep=True)
    count = 0
    availability = [m for m in new.metrics if m.kind == "availability"][:10]
    levels = [m for m in new.metrics if m.kind == "service_level"][:10]
    for metric in availability + levels:
        metric.objective -= Decimal("0.5")  # type: ignore[union-attr]
        count += 1
    timed = [m for m in new.metrics if m.kind in ("response_time", "resolution_time")][:10]
    for metric in timed:
        metric.targets[0].target = parse_target_time("30m business")  # type: ignore[union-attr]
        count += 1
    for duty in new.responsibilities[:5]:
        duty.text = duty.text.replace("described in a full sentence", "as agreed in writing")
        count += 1
    new.responsibilities = new.responsibilities[:50] + new.responsibilities[53:]
    count += 3
    schedule = new.remedies.credit_schedules[0]
    schedule.tiers = schedule.tiers[:-1]
    added = new.metrics[1].model_copy(deep=True)
    added.id, added.name = "m-new", "Metric added in this round"
    new.metrics = [*new.metrics, added]
    return new, count + 2


def main() -> None:
    old = large_agreement()
    new, changes = changed(old)
    redline = Redline(old, AUTHOR, DATE)
    if "--profile" in sys.argv:
        profile = cProfile.Profile()
        profile.runcall(build_docx, new, redline=redline)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        return
    figures = in_turn(lambda: build_docx(new), lambda: build_docx(new, redline=redline))
    with zipfile.ZipFile(io.BytesIO(build_docx(new, redline=redline))) as package:
        document = package.read("word/document.xml")
    marks = document.count(b"<w:ins ") + document.count(b"<w:del ")
    print(f"large agreement, new version with {changes} changes against the old")
    print("load average: " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    for name, (plain, marked, ratio, least, most) in figures.items():
        print(
            f"{name + ' time:':16} plain export {plain:7.1f} ms, redline {marked:7.1f} ms: "
            f"{ratio:.2f}x ({least:.2f}-{most:.2f}x over {REPEAT} runs), goal < {GOAL_RATIO:.0f}x"
        )
    print(f"{marks} insertions and deletions")
    within = all(figure[2] < GOAL_RATIO for figure in figures.values())
    print("within goal" if within else "OVER GOAL")


if __name__ == "__main__":
    main()
