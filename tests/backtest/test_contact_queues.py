"""An interval file of several queues (`queue`: a service of the agreement): each metric of a
service reads its queue's intervals, a metric of no service every queue's together."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from sla_designer.cli import main
from tests.backtest.conftest import ROOT, interval_error, write

CONTACT = ROOT / "templates" / "contact-centre.yaml"
MAPPING = "threshold: 20s\nshort_abandon_threshold: 5s\n"
HEADER = "interval,queue,offered,answered,answered_within,abandoned,abandoned_within,wait"
# Two queues over the same half hours of January 2025 (São Paulo, UTC-3).
INTERVALS = f"""
{HEADER}
2025-01-06T12:00:00Z,voz,100,90,70,10,4,500
2025-01-06T12:00:00Z,digital,40,40,20,0,0,900
2025-01-06T12:30:00Z,voz,50,40,30,10,6,300
2025-01-06T12:30:00Z,digital,60,55,50,5,5,100
"""


def agreement(tmp_path: Path, whole_centre: bool = False) -> Path:
    """The contact-centre template with a service level of the digital queue (70 %, all
    offered), and, with `whole_centre`, one of no service."""
    data = yaml.safe_load(CONTACT.read_text("utf-8"))
    voice = next(m for m in data["metrics"] if m["id"] == "nivel-servico-voz")
    digital = {**copy.deepcopy(voice), "id": "nivel-servico-digital", "service": "digital"}
    digital.update(objective=70, formula="all_offered", channel="chat")
    data["metrics"].append(digital)
    if whole_centre:
        everything = {**copy.deepcopy(digital), "id": "nivel-servico-total"}
        del everything["service"]
        data["metrics"].append(everything)
    path = tmp_path / "agreement.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def run(tmp_path: Path, intervals: str, *options: str, **kwargs: Any) -> tuple[int, Any]:
    path = write(tmp_path / "intervals.csv", intervals)
    mapping = write(tmp_path / "mapping.yaml", kwargs.pop("mapping", MAPPING))
    out = tmp_path / "out.json"
    args = ["backtest", str(agreement(tmp_path, **kwargs)), "--intervals", str(path)]
    args += ["--mapping", str(mapping), "--format", "json", "-o", str(out), *options]
    status = main(args)
    return status, json.loads(out.read_text("utf-8"))


def january(data: Any, metric: str) -> dict[str, Any]:
    return next(w for w in data["windows"] if w["metric"] == metric and w["window"] == "2025-01-01")


def test_each_metric_reads_its_services_queue(tmp_path: Path) -> None:
    status, data = run(tmp_path, INTERVALS, whole_centre=True)
    assert status == 1
    # Voice: 100 within of 150 offered less 10 abandoned within 20 s = 71.43 %.
    voice = january(data, "nivel-servico-voz")
    assert (voice["offered"], voice["answered_within"], voice["abandoned_within"]) == (150, 100, 10)
    assert voice["measured"] == "71.43" and voice["objective_met"] is False
    # Digital: 70 within of 100 offered = 70 %, which meets at least 70 %.
    digital = january(data, "nivel-servico-digital")
    assert (digital["offered"], digital["answered_within"]) == (100, 70)
    assert digital["measured"] == "70.00" and digital["objective_met"] is True
    # The whole centre: 170 within of 250 offered.
    total = january(data, "nivel-servico-total")
    assert (total["offered"], total["answered_within"]) == (250, 170)
    # The average speed of answer of voice: 800 s over 130 answered.
    speed = january(data, "tme-voz")
    assert speed["answered"] == 130 and speed["measured"] == "6.15"
    # Voice's credit reads voice's service level: 71.43 % is in tier 2 (70 to 75 %), 6 %.
    credit = next(c for c in data["credits"]["windows"] if c["schedule"] == "credito-nivel-servico")
    assert credit["percent"] == "6"


def test_the_mapping_names_the_queue_column(tmp_path: Path) -> None:
    intervals = INTERVALS.replace("interval,queue,", "interval,fila,")
    mapping = MAPPING + "columns: {queue: fila}\n"
    _, data = run(tmp_path, intervals, mapping=mapping)
    assert january(data, "nivel-servico-digital")["offered"] == 100


def test_one_queue_without_the_column_is_read_whole(tmp_path: Path) -> None:
    """A file without `queue` is one queue: every metric reads it, whatever its service."""
    rows = "\n".join(
        ",".join(v for i, v in enumerate(line.split(",")) if i != 1)
        for line in INTERVALS.strip().splitlines()
        if ",digital," not in line
    )
    _, data = run(tmp_path, rows)
    assert january(data, "nivel-servico-voz")["offered"] == 150
    assert january(data, "nivel-servico-digital")["offered"] == 150


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            "2025-01-06T12:00:00Z,fax,10,10,10,0,0,5",
            "intervals.csv: row 1, column queue: unknown service 'fax' (the agreement has: voz",
        ),
        ("2025-01-06T12:00:00Z,,10,10,10,0,0,5", "intervals.csv: row 1, column queue: empty"),
        (
            "2025-01-06T12:00:00Z,voz,10,10,10,0,0,5\n2025-01-06T12:00:00Z,voz,10,10,10,0,0,5",
            "intervals.csv: row 2, column interval:",
        ),
    ],
)
def test_bad_queues_are_one_line_each(
    tmp_path: Path, capsys: Any, rows: str, expected: str
) -> None:
    err = interval_error(tmp_path, capsys, f"{HEADER}\n{rows}")
    assert expected in err
    assert len(err.strip().splitlines()) == 1
