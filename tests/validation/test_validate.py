"""validate(): the whole rule set, its order, and its speed."""

from __future__ import annotations

import subprocess
import sys

from sla_designer.validation import has_errors
from tests.validation.builders import findings_of, large_data, valid_data, valid_data_pt


def test_valid_agreements_have_no_errors_or_warnings() -> None:
    for data in (valid_data(), valid_data_pt()):
        assert [f for f in findings_of(data) if f.severity != "info"] == []


def test_large_agreement_is_valid() -> None:
    assert [f.code for f in findings_of(large_data())] == []


def test_errors_first_then_warnings_then_info_then_by_path() -> None:
    data = valid_data()
    data["title"] = ""  # error at title
    data["remedies"] = {}  # info at remedies
    data["escalation"] = []  # warning at escalation
    data["metrics"][1]["targets"][1]["target"] = "5h business"  # warning at metrics[1]
    data["metrics"][0]["window"] = {"kind": "rolling_days"}  # error at metrics[0]
    data["metrics"][5]["scale_max"] = 0  # error at metrics[5]
    found = findings_of(data)
    assert [(f.severity, f.path[:2]) for f in found] == [
        ("error", ("metrics", 0)),
        ("error", ("metrics", 5)),
        ("error", ("title",)),
        ("warning", ("escalation",)),
        ("warning", ("metrics", 1)),
        ("info", ("remedies", "credit_schedules")),
    ]
    assert has_errors(found)
    assert not has_errors(found[3:])


def test_positions_sort_as_numbers() -> None:
    data = valid_data()
    for n in range(12):
        data["metrics"].append(
            {"kind": "custom", "id": f"c{n}", "name": "", "unit": "x", "objective": "1"}
        )
    paths = [f.path for f in findings_of(data) if f.code == "metric-not-reported"]
    assert paths == [("metrics", n) for n in range(6, 18)]


def test_validation_loads_no_qt_and_defers_holidays() -> None:
    code = (
        "import sys, sla_designer.validation; "
        "print(sorted(m for m in ('PySide6', 'holidays') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
