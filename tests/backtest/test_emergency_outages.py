"""Emergency maintenance in an outage list (`kind`, `announced`): not downtime when the metric
excludes it and it was announced on notice, up to the limit in a window; else downtime."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from sla_designer.cli import main
from tests.backtest.conftest import ROOT, write

SAAS = ROOT / "templates" / "saas-availability.yaml"

# March 2025 in London: 44,580 minutes. All of AP Cloud; the notice asked is 2 days.
MARCH = """
start,end,service,kind,announced
2025-03-05T10:00:00Z,2025-03-05T11:00:00Z,ap-cloud,Emergency Maintenance,2025-03-02T10:00:00Z
2025-03-12T10:00:00Z,2025-03-12T10:30:00Z,ap-cloud,emergência,2025-03-11T10:00:00Z
2025-03-19T10:00:00Z,2025-03-19T10:30:00Z,ap-cloud,emergency,2025-03-10T10:00:00Z
2025-03-20T10:00:00Z,2025-03-20T10:20:00Z,ap-cloud,outage,
2025-03-21T10:00:00Z,2025-03-21T10:10:00Z,ap-cloud,,2025-03-01T10:00:00Z
"""


def agreement(tmp_path: Path, **changes: Any) -> Path:
    data = yaml.safe_load(SAAS.read_text("utf-8"))
    for metric in data["metrics"]:
        if metric["id"] == "platform-availability":
            metric.update(changes)
    path = tmp_path / "agreement.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def march(tmp_path: Path, outages: str, *options: str, **changes: Any) -> dict[str, Any]:
    path = write(tmp_path / "outages.csv", outages)
    out = tmp_path / "out.json"
    args = ["backtest", str(agreement(tmp_path, **changes)), "--outages", str(path)]
    assert main([*args, "--format", "json", "-o", str(out), *options]) in (0, 1)
    rows = json.loads(out.read_text("utf-8"))["windows"]
    return next(
        w for w in rows if w["metric"] == "platform-availability" and w["window"] == "2025-03-01"
    )


def test_emergency_maintenance_on_notice_up_to_the_limit(tmp_path: Path) -> None:
    """The 5th's hour was announced 3 days ahead: within the 1 h limit, not downtime. The 12th's
    came one day ahead: downtime. The 19th's was on notice but the limit is used: downtime. The
    20th's and the 21st's are outages (an empty kind too): downtime. 30 + 30 + 20 + 10 min."""
    row = march(
        tmp_path,
        MARCH,
        emergency_maintenance="excluded",
        emergency_notice="2d",
        emergency_limit="1h",
    )
    assert row["downtime_minutes"] == "90.000000"
    assert row["excluded_minutes"] == "60.000000"


def test_without_a_limit_every_announced_one_is_left_out(tmp_path: Path) -> None:
    row = march(tmp_path, MARCH, emergency_maintenance="excluded", emergency_notice="2d")
    assert row["downtime_minutes"] == "60.000000"


def test_counted_as_downtime_when_the_metric_says_so(tmp_path: Path) -> None:
    row = march(tmp_path, MARCH)
    assert row["downtime_minutes"] == "150.000000"
    assert row["excluded_minutes"] == "0.000000"


def test_the_mapping_names_the_columns_and_reads_the_times(tmp_path: Path) -> None:
    """Columns named in Portuguese, times written without an offset in São Paulo (UTC-3): the
    announcement at 07:00 local is 10:00 UTC, exactly two days before the start."""
    outages = """
    inicio,fim,tipo,aviso
    2025-03-05 07:00,2025-03-05 08:00,manutenção emergencial,2025-03-03 07:00
    """.replace("    ", "")
    mapping = write(
        tmp_path / "mapping.yaml",
        "timezone: America/Sao_Paulo\ndate_format: '%Y-%m-%d %H:%M'\n"
        "columns: {start: inicio, end: fim, kind: tipo, announced: aviso}\n",
    )
    row = march(
        tmp_path,
        outages,
        "--mapping",
        str(mapping),
        emergency_maintenance="excluded",
        emergency_notice="2d",
    )
    assert row["downtime_minutes"] == "0.000000"
    assert row["excluded_minutes"] == "60.000000"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            "start,end,kind\n2025-03-05T10:00:00Z,2025-03-05T11:00:00Z,planned",
            "outages.csv: row 1, column kind: 'planned' is neither an outage nor emergency"
            " maintenance (known: outage, incident",
        ),
        (
            "start,end,kind,announced\n"
            "2025-03-05T10:00:00Z,2025-03-05T11:00:00Z,emergency,last week",
            "outages.csv: row 1, column announced: 'last week' is not a date in the form ISO 8601",
        ),
    ],
)
def test_bad_kinds_and_announcements_are_one_line_each(
    tmp_path: Path, capsys: Any, rows: str, expected: str
) -> None:
    path = write(tmp_path / "outages.csv", rows)
    assert main(["backtest", str(SAAS), "--outages", str(path)]) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    main(["backtest", str(SAAS), "--outages", str(path), "--language", "pt-BR"])
    assert "linha 1" in capsys.readouterr().err


def platform_rows(template: Path, outages: Path, mapping: Path, out: Path) -> dict[str, Any]:
    args = ["backtest", str(template), "--outages", str(outages), "--mapping", str(mapping)]
    main([*args, "--format", "json", "-o", str(out)])
    rows = json.loads(out.read_text("utf-8"))["windows"]
    return {w["window"]: w for w in rows if w["metric"] == "platform-availability"}


def test_the_sample_has_emergency_maintenance(tmp_path: Path) -> None:
    """The seeded outage list says which outages were emergency maintenance and when they were
    announced; the managed-services platform (emergency maintenance excluded, up to 4 h, no
    notice stated) leaves them out, and counts them when its agreement says downtime."""
    path = tmp_path / "outages.csv"
    main(["sample-tickets", "--preset", "outages", "-o", str(path)])
    assert ",emergency maintenance," in path.read_text("utf-8")
    mapping = tmp_path / "outages-mapping.yaml"
    template = ROOT / "templates" / "managed-services.yaml"
    excluded = platform_rows(template, path, mapping, tmp_path / "out.json")
    managed = yaml.safe_load(template.read_text("utf-8"))
    for metric in managed["metrics"]:
        if metric["id"] == "platform-availability":
            assert metric["emergency_maintenance"] == "excluded"
            metric["emergency_maintenance"] = "downtime"
    counted = tmp_path / "managed.yaml"
    counted.write_text(yaml.safe_dump(managed, allow_unicode=True, sort_keys=False), "utf-8")
    downtime = platform_rows(counted, path, mapping, tmp_path / "out.json")
    changed = [day for day in excluded if excluded[day] != downtime[day]]
    assert changed
    for day in changed:
        less = float(excluded[day]["downtime_minutes"])
        assert less < float(downtime[day]["downtime_minutes"])
