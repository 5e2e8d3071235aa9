"""Benchmark of the agreement file: load + model validation, the validation rules, save.

Run: .venv/bin/python bench/bench_io.py
Each figure is the median of repeated runs on a large agreement (40 metrics with targets for
5 priorities, 3 calendars, 100 duties, 10 credit schedules), printed next to a baseline measured
in the same run: PyYAML's pure-Python safe loader plus pydantic for loading, pydantic's own
re-validation for the rules, and a plain non-atomic write for saving.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.large_agreement import large_agreement
from sla_designer.io import dumps_agreement, loads_agreement, save_agreement
from sla_designer.model import Agreement
from sla_designer.validation import validate


def median_ms(action: Callable[[], object], repeat: int = 30) -> float:
    action()  # warm caches (holiday tables, regexes) as a running editor would have them
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    agreement = large_agreement()
    text = dumps_agreement(agreement)
    folder = Path(tempfile.mkdtemp())
    target = folder / "large.yaml"

    def baseline_load() -> Agreement:
        data = yaml.load(text, Loader=yaml.SafeLoader)  # the pure-Python safe loader
        data.pop("format_version")
        return Agreement.model_validate(data)

    rows = [
        (
            "load + model validation",
            median_ms(lambda: loads_agreement(text)),
            50.0,
            "pure-Python safe_load + pydantic",
            median_ms(baseline_load),
        ),
        (
            "validation rules alone",
            median_ms(lambda: validate(agreement)),
            5.0,
            "pydantic re-validation of a dump",
            median_ms(lambda: Agreement.model_validate(agreement.model_dump())),
        ),
        (
            "save (atomic, fsync)",
            median_ms(lambda: save_agreement(agreement, target)),
            None,
            "plain write, no fsync",
            median_ms(lambda: target.write_text(dumps_agreement(agreement))),
        ),
    ]
    print(f"large agreement: {len(text):,} bytes, {text.count(chr(10)):,} lines of YAML")
    print(f"{'measure':<26}{'median':>10}{'goal':>10}   baseline (same run)")
    for name, value, goal, baseline_name, baseline in rows:
        goal_text = f"< {goal:g} ms" if goal else "-"
        verdict = "" if goal is None else ("  ok" if value < goal else "  OVER GOAL")
        figures = f"{name:<26}{value:>8.2f}ms{goal_text:>10}"
        print(f"{figures}   {baseline_name}: {baseline:.2f} ms{verdict}")


if __name__ == "__main__":
    main()
