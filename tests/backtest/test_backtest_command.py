"""`sla-designer backtest`: each rule of the back-test's semantics, through the command."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from sla_designer.calc.business_time import business_elapsed
from sla_designer.cli import main
from sla_designer.io import load_agreement
from tests.backtest.conftest import ROOT, write

HEADER = "number,incident_state,priority,opened_at,sys_updated_at"
HOUR = 3600


def agreement_file(tmp_path: Path, schedule: dict[str, Any] | None = None, **metric: Any) -> Path:
    """The service desk template on an office calendar in UTC (09:00-17:00, Monday to Friday,
    no holidays): first response P1 1 business hour, P2 1 hour around the clock; resolution
    P1 4 business hours, P2 8 business hours; half the tickets must meet them."""
    data = yaml.safe_load((ROOT / "templates" / "it-service-desk.yaml").read_text("utf-8"))
    data["calendars"] = [
        {
            "id": "office",
            "name": "Office",
            "timezone": "UTC",
            "hours": [
                {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "09:00", "end": "17:00"}
            ],
        }
    ]
    for priority in data["priorities"]:
        priority["calendar"] = "office"
    response = {
        "kind": "response_time",
        "id": "response",
        "name": "First response",
        "calendar": "office",
        "event": "first_response",
        "targets": [
            {"priority": "P1", "target": "1h business", "attainment": 50},
            {"priority": "P2", "target": "1h calendar", "attainment": 50},
        ],
    }
    resolution = {
        "kind": "resolution_time",
        "id": "resolution",
        "name": "Resolution",
        "calendar": "office",
        "targets": [
            {"priority": "P1", "target": "4h business", "attainment": 50},
            {"priority": "P2", "target": "8h business", "attainment": 50},
        ],
    }
    resolution.update(metric)
    data["metrics"] = [response, resolution]
    data["remedies"]["credit_schedules"] = [schedule] if schedule else []
    data["remedies"]["chronic_failure"] = None
    data["remedies"]["earn_back"] = None
    for duty in data.get("responsibilities", []):
        duty["metrics"] = []
    path = tmp_path / "agreement.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


MAPPING = "preset: servicenow\ntimezone: UTC\n"
PAUSING = MAPPING + "pauses: {resolution: [Awaiting User Info]}\n"


def run(
    tmp_path: Path,
    audit: str,
    *options: str,
    mapping: str = MAPPING,
    schedule: dict[str, Any] | None = None,
    capsys: Any = None,
) -> tuple[int, Any]:
    agreement = agreement_file(tmp_path, schedule)
    tickets = write(tmp_path / "audit.csv", f"{HEADER}\n{audit.strip()}")
    mapped = write(tmp_path / "mapping.yaml", mapping)
    out = tmp_path / "out.json"
    status = main(
        [
            "backtest",
            str(agreement),
            "--tickets",
            str(tickets),
            "--mapping",
            str(mapped),
            "--format",
            "json",
            "-o",
            str(out),
            *options,
        ]
    )
    return status, json.loads(out.read_text("utf-8"))


def per_ticket(
    tmp_path: Path, audit: str, mapping: str = MAPPING
) -> dict[tuple[str, str], dict[str, str]]:
    agreement = agreement_file(tmp_path)
    tickets = write(tmp_path / "audit.csv", f"{HEADER}\n{audit.strip()}")
    mapped = write(tmp_path / "mapping.yaml", mapping)
    out = tmp_path / "out.csv"
    main(
        [
            "backtest",
            str(agreement),
            "--tickets",
            str(tickets),
            "--mapping",
            str(mapped),
            "--format",
            "csv",
            "-o",
            str(out),
        ]
    )
    with out.open(encoding="utf-8") as handle:
        return {(r["ticket"], r["metric"]): r for r in csv.DictReader(handle)}


def rows(data: Any, metric: str) -> list[tuple[str | None, str, int, int, bool | None]]:
    return [
        (w["priority"], w["window"], w["tickets"], w["met"], w["objective_met"])
        for w in data["windows"]
        if w["metric"] == metric
    ]


# Friday 7 March 2025 16:00 UTC; the office opens Monday 10 March at 09:00.
def test_elapsed_is_counted_on_the_targets_calendar(tmp_path: Path) -> None:
    tickets = per_ticket(
        tmp_path,
        """
INC1,New,1 - Critical,07-03-2025 16:00,07-03-2025 16:00
INC1,Active,1 - Critical,07-03-2025 16:00,10-03-2025 10:00
INC1,Resolved,1 - Critical,07-03-2025 16:00,10-03-2025 11:00
INC2,New,2 - High,07-03-2025 16:00,07-03-2025 16:00
INC2,Active,2 - High,07-03-2025 16:00,07-03-2025 16:50
""",
    )
    first = tickets[("INC1", "response")]
    expected = business_elapsed(
        load_agreement(tmp_path / "agreement.yaml").calendars[0],
        dt.datetime(2025, 3, 7, 16, tzinfo=dt.UTC),
        dt.datetime(2025, 3, 10, 10, tzinfo=dt.UTC),
    )
    assert int(first["elapsed_seconds"]) == expected.total_seconds() == 2 * HOUR
    assert first["status"] == "missed"  # 2 business hours against 1
    assert tickets[("INC1", "resolution")]["elapsed_seconds"] == str(3 * HOUR)
    assert tickets[("INC1", "resolution")]["status"] == "met"
    # P2's first response is 1 hour around the clock: 50 minutes.
    assert tickets[("INC2", "response")]["elapsed_seconds"] == str(50 * 60)
    assert tickets[("INC2", "response")]["status"] == "met"


def test_a_state_holds_until_the_next_update_and_pauses_as_mapped(tmp_path: Path) -> None:
    audit = """
INC1,New,1 - Critical,10-03-2025 09:00,10-03-2025 09:00
INC1,Active,1 - Critical,10-03-2025 09:00,10-03-2025 09:30
INC1,Awaiting User Info,1 - Critical,10-03-2025 09:00,10-03-2025 10:00
INC1,Active,1 - Critical,10-03-2025 09:00,10-03-2025 13:00
INC1,Resolved,1 - Critical,10-03-2025 09:00,10-03-2025 14:30
"""
    paused = per_ticket(tmp_path, audit, PAUSING)[("INC1", "resolution")]
    assert (paused["elapsed_seconds"], paused["paused_seconds"]) == (
        str(int(2.5 * HOUR)),
        str(3 * HOUR),
    )
    assert paused["status"] == "met"
    counted = per_ticket(tmp_path, audit)[("INC1", "resolution")]
    assert (counted["elapsed_seconds"], counted["paused_seconds"]) == (str(int(5.5 * HOUR)), "0")
    assert counted["status"] == "missed"


def test_a_ticket_counts_in_the_window_where_its_clock_stopped(tmp_path: Path) -> None:
    status, data = run(
        tmp_path,
        """
INC1,New,1 - Critical,31-03-2025 15:00,31-03-2025 15:00
INC1,Active,1 - Critical,31-03-2025 15:00,31-03-2025 15:10
INC1,Resolved,1 - Critical,31-03-2025 15:00,01-04-2025 10:00
""",
    )
    assert rows(data, "resolution") == [("P1", "2025-04-01", 1, 1, True)]
    assert rows(data, "response") == [("P1", "2025-03-01", 1, 1, True)]
    assert status == 0


def test_open_tickets_past_target_are_missed_where_they_passed_it(tmp_path: Path) -> None:
    status, data = run(
        tmp_path,
        """
INC1,New,1 - Critical,31-03-2025 15:00,31-03-2025 15:00
INC1,Active,1 - Critical,31-03-2025 15:00,31-03-2025 15:10
INC2,New,1 - Critical,02-04-2025 15:00,02-04-2025 15:00
INC2,Active,1 - Critical,02-04-2025 15:00,02-04-2025 15:10
INC3,New,1 - Critical,02-04-2025 09:00,02-04-2025 09:00
INC3,Active,1 - Critical,02-04-2025 09:00,02-04-2025 09:10
INC3,Resolved,1 - Critical,02-04-2025 09:00,02-04-2025 10:00
""",
        "--to",
        "2025-04-03",
    )
    # INC1 went over 4 business hours on 1 April at 11:00; INC2 is open within its target.
    assert rows(data, "resolution") == [("P1", "2025-04-01", 2, 1, True)]
    metric = next(m for m in data["metrics"] if m["metric"] == "resolution")
    assert metric["open_within_target"] == 1
    tickets = per_ticket(
        tmp_path,
        """
INC1,New,1 - Critical,31-03-2025 15:00,31-03-2025 15:00
INC1,Active,1 - Critical,31-03-2025 15:00,31-03-2025 15:10
INC1,Active,1 - Critical,31-03-2025 15:00,02-04-2025 09:00
""",
    )
    assert tickets[("INC1", "resolution")]["window"] == "2025-04-01"
    assert tickets[("INC1", "resolution")]["stopped"] == ""
    assert status == 0


def test_priority_at_clock_stop(tmp_path: Path) -> None:
    tickets = per_ticket(
        tmp_path,
        """
INC1,New,2 - High,10-03-2025 09:00,10-03-2025 09:00
INC1,Active,2 - High,10-03-2025 09:00,10-03-2025 09:10
INC1,Active,1 - Critical,10-03-2025 09:00,10-03-2025 10:00
INC1,Resolved,1 - Critical,10-03-2025 09:00,10-03-2025 12:00
INC1,Closed,2 - High,10-03-2025 09:00,13-03-2025 12:00
""",
    )
    assert tickets[("INC1", "response")]["priority"] == "P2"  # stopped at 09:10, still P2
    assert tickets[("INC1", "resolution")]["priority"] == "P1"  # raised before resolution
    assert tickets[("INC1", "resolution")]["stopped"] == "2025-03-10T12:00:00+00:00"


def test_a_reopened_ticket_runs_again_and_the_time_resolved_does_not_count(tmp_path: Path) -> None:
    tickets = per_ticket(
        tmp_path,
        """
INC1,New,1 - Critical,10-03-2025 09:00,10-03-2025 09:00
INC1,Active,1 - Critical,10-03-2025 09:00,10-03-2025 09:10
INC1,Resolved,1 - Critical,10-03-2025 09:00,10-03-2025 10:00
INC1,Active,1 - Critical,10-03-2025 09:00,10-03-2025 15:00
INC1,Resolved,1 - Critical,10-03-2025 09:00,10-03-2025 16:00
INC1,Closed,1 - Critical,10-03-2025 09:00,13-03-2025 16:00
""",
    )
    resolution = tickets[("INC1", "resolution")]
    assert resolution["stopped"] == "2025-03-10T16:00:00+00:00"
    assert resolution["elapsed_seconds"] == str(2 * HOUR)


SCHEDULE = {
    "id": "credit",
    "metric": "resolution",
    "rule": "tiers",
    "tiers": [{"below": 50, "credit": 5}],
    "minimum_tickets": 2,
}


def test_minimum_tickets_and_pooled_attainment_as_the_agreement_says(tmp_path: Path) -> None:
    audit = """
INC1,New,1 - Critical,10-03-2025 09:00,10-03-2025 09:00
INC1,Resolved,1 - Critical,10-03-2025 09:00,10-03-2025 17:00
INC2,New,2 - High,10-03-2025 09:00,10-03-2025 09:00
INC2,Resolved,2 - High,10-03-2025 09:00,10-03-2025 10:00
INC3,New,2 - High,10-03-2025 09:00,10-03-2025 09:00
INC3,Resolved,2 - High,10-03-2025 09:00,10-03-2025 10:00
"""
    _, data = run(tmp_path, audit, schedule={**SCHEDULE, "attainment": "per_priority"})
    # P1: one ticket, fewer than the minimum of 2: does not count although missed.
    assert rows(data, "resolution") == [
        ("P1", "2025-03-01", 1, 0, None),
        ("P2", "2025-03-01", 2, 2, True),
    ]
    _, data = run(tmp_path, audit, schedule={**SCHEDULE, "attainment": "pooled"})
    assert rows(data, "resolution") == [(None, "2025-03-01", 3, 2, True)]
    assert data["windows"][-1]["attainment"] == "66.67"
    _, data = run(
        tmp_path, audit, schedule={**SCHEDULE, "attainment": "pooled", "minimum_tickets": 4}
    )
    assert rows(data, "resolution") == [(None, "2025-03-01", 3, 2, None)]


def test_exit_status_one_when_a_window_misses_its_objective(tmp_path: Path) -> None:
    status, data = run(
        tmp_path,
        """
INC1,New,1 - Critical,10-03-2025 09:00,10-03-2025 09:00
INC1,Active,1 - Critical,10-03-2025 09:00,10-03-2025 12:00
""",
        "--from",
        "2025-03-01",
    )
    assert rows(data, "response") == [("P1", "2025-03-01", 1, 0, False)]
    assert status == 1


def test_from_leaves_out_earlier_windows(tmp_path: Path) -> None:
    status, data = run(
        tmp_path,
        """
INC1,New,1 - Critical,10-02-2025 09:00,10-02-2025 09:00
INC1,Active,1 - Critical,10-02-2025 09:00,10-02-2025 12:00
INC2,New,1 - Critical,10-03-2025 09:00,10-03-2025 09:00
INC2,Active,1 - Critical,10-03-2025 09:00,10-03-2025 09:10
""",
        "--from",
        "2025-03-01",
    )
    assert rows(data, "response") == [("P1", "2025-03-01", 1, 1, True)]
    assert status == 0


def test_text_output_in_both_languages(tmp_path: Path, capsys: Any) -> None:
    agreement = agreement_file(tmp_path)
    tickets = write(
        tmp_path / "audit.csv",
        f"""{HEADER}
INC1,New,1 - Critical,10-03-2025 09:00,10-03-2025 09:00
INC1,Active,1 - Critical,10-03-2025 09:00,10-03-2025 12:00
""",
    )
    mapped = write(tmp_path / "mapping.yaml", MAPPING)
    for language, words in (
        (
            "en",
            "P1 2025-03: 1 ticket, 0 met, 0.00 % (objective 50 % within 1 business hour): MISSED",
        ),
        (
            "pt-BR",
            "P1 2025-03: 1 chamado, 0 na meta, 0,00 % (objetivo 50 % em até 1 hora útil):"
            " NÃO ATINGIDO",
        ),
    ):
        assert (
            main(
                [
                    "backtest",
                    str(agreement),
                    "--tickets",
                    str(tickets),
                    "--mapping",
                    str(mapped),
                    "--language",
                    language,
                ]
            )
            == 1
        )
        out = capsys.readouterr().out
        assert words in out, out


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--from", "2025-13-01"], "--from: '2025-13-01' is not a date"),
        (["--from", "2025-03-02", "--to", "2025-03-01"], "is not after --from"),
        (["--events", "x.csv"], "--events: the servicenow export has its updates"),
    ],
)
def test_bad_options_are_one_line_and_status_two(
    tmp_path: Path, capsys: Any, options: list[str], message: str
) -> None:
    agreement = agreement_file(tmp_path)
    tickets = write(
        tmp_path / "audit.csv", f"{HEADER}\nINC1,New,1 - Critical,10-03-2025 09:00,10-03-2025 09:00"
    )
    mapped = write(tmp_path / "mapping.yaml", MAPPING)
    assert (
        main(
            [
                "backtest",
                str(agreement),
                "--tickets",
                str(tickets),
                "--mapping",
                str(mapped),
                *options,
            ]
        )
        == 2
    )
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and message in err[0]


def test_bad_rows_are_listed_one_line_each_never_a_traceback(tmp_path: Path, capsys: Any) -> None:
    agreement = agreement_file(tmp_path)
    tickets = write(
        tmp_path / "audit.csv",
        f"""{HEADER}
INC1,New,1 - Critical,10-03-2025 09:00,10-03-2025 09:00
INC1,Lost,7 - Someday,10-03-2025 09:00,10/03/2025
""",
    )
    assert (
        main(["backtest", str(agreement), "--tickets", str(tickets), "--preset", "servicenow"]) == 2
    )
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 5, err
    assert all(line.startswith(f"{tickets}: row ") for line in err)
    assert "Traceback" not in "".join(err)


def test_zendesk_pending_pauses_the_clock_when_mapped(tmp_path: Path) -> None:
    agreement = agreement_file(tmp_path)
    tickets = write(
        tmp_path / "t.csv",
        """
id,created_at,updated_at,priority,status
1,2025-03-10T09:00:00Z,2025-03-10T15:00:00Z,urgent,solved
""",
    )
    events = write(
        tmp_path / "e.csv",
        """
id,ticket_id,metric,instance_id,type,time
1,1,reply_time,1,activate,2025-03-10T09:00:00Z
2,1,requester_wait_time,1,activate,2025-03-10T09:00:00Z
3,1,reply_time,1,fulfill,2025-03-10T09:20:00Z
4,1,requester_wait_time,1,pause,2025-03-10T10:00:00Z
5,1,requester_wait_time,1,activate,2025-03-10T13:00:00Z
6,1,requester_wait_time,1,fulfill,2025-03-10T15:00:00Z
""",
    )
    out = tmp_path / "out.csv"
    for pauses, elapsed in (("[pending]", 3 * HOUR), ("[]", 6 * HOUR)):
        mapped = write(tmp_path / "m.yaml", f"preset: zendesk\npauses: {{resolution: {pauses}}}")
        main(
            [
                "backtest",
                str(agreement),
                "--tickets",
                str(tickets),
                "--events",
                str(events),
                "--mapping",
                str(mapped),
                "--format",
                "csv",
                "-o",
                str(out),
            ]
        )
        with out.open(encoding="utf-8") as handle:
            found = {(r["ticket"], r["metric"]): r for r in csv.DictReader(handle)}
        assert found[("1", "resolution")]["elapsed_seconds"] == str(elapsed)
        assert found[("1", "response")]["elapsed_seconds"] == str(20 * 60)
