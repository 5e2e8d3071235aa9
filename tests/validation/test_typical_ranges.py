"""The typical ranges: the shipped data file, its loader's errors, and how targets are placed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from sla_designer.model import Agreement, BusinessDays, ClockDuration, TimeTarget
from sla_designer.validation.typical_ranges import (
    LEVELS,
    TIME_KINDS,
    RangesError,
    level_of,
    range_of_target,
    read_ranges,
    typical_ranges,
    typical_target,
)
from tests.validation.builders import build, valid_data

DATA = Path(__file__).resolve().parents[2] / "resources" / "data" / "typical_ranges.yaml"


def test_every_kind_and_level_has_a_range_with_sources() -> None:
    ranges = typical_ranges()
    for kind in TIME_KINDS:
        for level in LEVELS:
            found = ranges.time_range(kind, level)
            assert found is not None, (kind, level)
            assert found.length(found.low) <= found.length(found.typical)
            assert found.length(found.typical) <= found.length(found.high)
            assert dt.timedelta(0) < found.floor < found.length(found.low)
    assert Decimal(ranges.availability.low.value) < Decimal(ranges.availability.high.value)
    assert ranges.service_level.objective.value == "80"


def test_every_source_is_named_with_its_address_and_the_date_read() -> None:
    ranges = typical_ranges()
    used = {
        figure.source.key
        for found in ranges.times.values()
        for figure in (found.low, found.typical, found.high)
    }
    assert used <= set(ranges.sources)
    for source in ranges.sources.values():
        assert source.name and source.url.startswith("https://")
        assert dt.date(2026, 1, 1) <= source.read <= dt.date.today()


def test_figures_are_written_in_each_language() -> None:
    found = typical_ranges().time_range("resolution_time", 4)
    assert found is not None
    assert found.low.text("en") == "2 business days"
    assert found.low.text("pt-BR") == "2 dias úteis"
    response = typical_ranges().time_range("response_time", 1)
    assert response is not None and response.low.text("pt-BR") == "5 minutos"
    assert typical_ranges().availability.high.text("pt-BR") == "99,99 %"


def _broken(edit: str, old: str, new: str) -> str:
    text = DATA.read_text(encoding="utf-8")
    assert old in text, edit
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ("source: frt-benchmarks}", "source: nowhere}", "ranges.response_time[0].low.source"),
        ('low: {value: "5m"', 'low: {value: "5 parsecs"', "ranges.response_time[0].low.value"),
        ('low: {value: "5m"', 'low: {value: "2h"', "ranges.response_time[0]: low, typical"),
        ("    - level: 4  # low", "    - level: 3  # low", "ranges.response_time[3].level"),
        ('floor_share: "0.25"', 'floor_share: "2"', "floor_share"),
        ("read: 2026-11-30", "read: yesterday", "sources.aws-compute.read"),
    ],
)
def test_a_malformed_entry_is_named(old: str, new: str, where: str) -> None:
    with pytest.raises(RangesError) as raised:
        read_ranges(_broken(where, old, new))
    assert str(raised.value).startswith(where)


def test_a_missing_level_is_named() -> None:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    data["ranges"]["resolution_time"].pop()
    with pytest.raises(RangesError, match=r"ranges.resolution_time: no range for levels \[4\]"):
        read_ranges(yaml.safe_dump(data))


def test_priorities_are_levels_by_their_order() -> None:
    data = valid_data()
    data["priorities"] += [{"id": "P4", "name": "Low"}, {"id": "P5", "name": "Lowest"}]
    agreement = build(data)
    assert [level_of(agreement, p.id) for p in agreement.priorities] == [1, 2, 3, 4, 4]
    assert level_of(agreement, None) == 3  # all tickets: standard
    assert level_of(agreement, "P9") is None


def test_a_target_s_range_follows_its_metric() -> None:
    agreement = build(valid_data())
    response, resolution = agreement.metrics[1], agreement.metrics[2]
    target = TimeTarget(priority="P2", target=ClockDuration.parse("1h business"))
    found = range_of_target(agreement, resolution, target)
    assert found is not None and (found.kind, found.level) == ("resolution_time", 2)
    response.event = "next_reply"  # type: ignore[union-attr]
    assert range_of_target(agreement, response, target) is None


def test_typical_targets_are_in_business_time() -> None:
    agreement = build(valid_data())
    assert typical_target(agreement, "resolution_time", "P1") == ClockDuration.parse("4h business")
    assert typical_target(agreement, "response_time", "P2") == ClockDuration.parse("1h business")
    data = valid_data()
    data["priorities"].append({"id": "P4", "name": "Low"})
    assert typical_target(build(data), "resolution_time", "P4") == BusinessDays(5)
    assert typical_target(Agreement(title="x"), "resolution_time", "P1") is None
