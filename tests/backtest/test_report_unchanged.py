"""The back-test's whole report on sample files, compared with the one recorded before the
back-test was made faster: the JSON report and the CSV of every ticket's times must not change.

The inputs are `sample-tickets` files kept in tests/backtest/data (ServiceNow written in New
York time, so that daylight saving is read; Zendesk with its metric events), each read from
Parquet and, converted by DuckDB, from CSV. The recorded reports are in
tests/backtest/data/reports.json; `python tests/backtest/test_report_unchanged.py` writes them
again (only when a change of the results is meant).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "backtest" / "data"
RECORDED = DATA / "reports.json"

CASES: dict[str, dict[str, Any]] = {
    "servicenow-desk": {
        "template": "it-service-desk",
        "tickets": "servicenow.parquet",
        "mapping": {
            "preset": "servicenow",
            "timezone": "America/New_York",
            "pauses": {"tempo-solucao": ["Awaiting User Info", "Awaiting Vendor"]},
        },
        "options": [],
    },
    "servicenow-desk-period": {
        "template": "it-service-desk",
        "tickets": "servicenow.parquet",
        "mapping": {
            "preset": "servicenow",
            "timezone": "America/New_York",
            "pauses": {"tempo-solucao": ["Awaiting Vendor"]},
        },
        "options": ["--from", "2025-03-01", "--to", "2025-09-30"],
    },
    "servicenow-managed": {
        "template": "managed-services",
        "tickets": "servicenow.parquet",
        "mapping": {
            "preset": "servicenow",
            "timezone": "America/New_York",
            "pauses": {"incident-resolution": ["Awaiting User Info"]},
        },
        "options": [],
    },
    "zendesk-desk": {
        "template": "it-service-desk",
        "tickets": "zendesk.parquet",
        "events": "zendesk-events.parquet",
        "mapping": {"preset": "zendesk", "pauses": {"tempo-solucao": ["pending"]}},
        "options": [],
    },
    "zendesk-managed-period": {
        "template": "managed-services",
        "tickets": "zendesk.parquet",
        "events": "zendesk-events.parquet",
        "mapping": {"preset": "zendesk", "pauses": {"incident-resolution": ["pending", "hold"]}},
        "options": ["--to", "2025-06-30"],
    },
}


def _as_csv(source: Path, folder: Path) -> Path:
    """The Parquet file written as CSV by DuckDB (its text columns as they are)."""
    target = folder / source.with_suffix(".csv").name
    with duckdb.connect() as con:
        con.execute(f"COPY (SELECT * FROM read_parquet('{source}')) TO '{target}' (HEADER)")
    return target


def _report(case: dict[str, Any], folder: Path, kind: str) -> dict[str, Any]:
    """The JSON report (parsed), the CSV's digest and the exit status of one case."""
    from sla_designer.cli import main

    mapping = folder / "mapping.yaml"
    mapping.write_text(yaml.safe_dump(case["mapping"]), encoding="utf-8")
    files = {"tickets": DATA / case["tickets"]}
    if "events" in case:
        files["events"] = DATA / case["events"]
    if kind == "csv":
        files = {role: _as_csv(path, folder) for role, path in files.items()}
    arguments = [
        "backtest",
        str(ROOT / "templates" / f"{case['template']}.yaml"),
        "--mapping",
        str(mapping),
        *[part for role, path in files.items() for part in (f"--{role}", str(path))],
        *case["options"],
    ]
    outputs: dict[str, Any] = {}
    for output in ("json", "csv"):
        target = folder / f"report.{output}"
        with contextlib.redirect_stdout(io.StringIO()):
            status = main([*arguments, "--format", output, "-o", str(target)])
        outputs["exit"] = status
        text = target.read_text(encoding="utf-8")
        if output == "json":
            outputs["json"] = json.loads(text)
        else:
            outputs["csv_rows"] = text.count("\n")
            outputs["csv_sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return outputs


@pytest.mark.parametrize("kind", ["parquet", "csv"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_the_report_is_the_one_recorded(name: str, kind: str, tmp_path: Path) -> None:
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))[name]
    found = _report(CASES[name], tmp_path, kind)
    assert found["exit"] == recorded["exit"]
    assert found["json"] == recorded["json"]
    assert found["csv_rows"] == recorded["csv_rows"]
    assert found["csv_sha256"] == recorded["csv_sha256"]


def _record() -> None:
    import tempfile

    reports = {}
    for name, case in sorted(CASES.items()):
        with tempfile.TemporaryDirectory() as folder:
            reports[name] = _report(case, Path(folder), "parquet")
    RECORDED.write_text(json.dumps(reports, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    _record()
