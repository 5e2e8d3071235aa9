"""Metrics read two at a time, on two threads (a large history), give what they give one after
the other: the same rows, the same times of every ticket and wait."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import fields
from pathlib import Path

import numpy as np
import pytest

from sla_designer.backtest import report
from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.outcome import MetricTimes
from sla_designer.backtest.reading import read_history
from sla_designer.backtest.sample_files import write_servicenow
from sla_designer.backtest.samples import history
from sla_designer.model import Agreement

MAPPING = Mapping(timezone="America/Sao_Paulo", pauses={"tempo-solucao": ["Awaiting User Info"]})


def _times(times: MetricTimes | None) -> dict[str, object]:
    assert times is not None
    return {f.name: getattr(times, f.name) for f in fields(times) if f.name != "metric"}


def test_metrics_side_by_side_are_read_as_one_after_the_other(
    service_desk: Agreement, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "audit.parquet"
    write_servicenow(history(2000, 5), path)
    read = read_history(service_desk, path, None, MAPPING, "-")
    monkeypatch.setattr(report, "_SIDE_BY_SIDE_FROM", 10**12)
    alone = report.backtest(service_desk, read, MAPPING)
    read.cache.clear()
    monkeypatch.setattr(report, "_SIDE_BY_SIDE_FROM", 0)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    pools: list[object] = []

    class Watched(ThreadPoolExecutor):
        def __init__(self, max_workers: int, thread_name_prefix: str = "") -> None:
            super().__init__(max_workers, thread_name_prefix)
            pools.append(self)

    monkeypatch.setattr(report, "ThreadPoolExecutor", Watched)
    together = report.backtest(service_desk, read, MAPPING)
    assert len(pools) == 1
    assert [r.metric.id for r in together] == [r.metric.id for r in alone]
    assert len(together) >= 3
    for one, other in zip(alone, together, strict=True):
        assert one.rows == other.rows and one.rows
        for name, value in _times(one.times).items():
            theirs = _times(other.times)[name]
            if value is None:
                assert theirs is None, name
            else:
                assert np.array_equal(value, theirs), name  # type: ignore[arg-type]
