"""`backtest --skip-bad-rows`: bad rows are left out, counted per kind of problem with their
first rows, in the text, the JSON and beside the CSV; never a silent drop."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.reading import read_history
from sla_designer.cli import main
from sla_designer.model import Agreement
from tests.backtest.conftest import write
from tests.backtest.test_backtest_command import HEADER, agreement_file

AUDIT = f"""{HEADER}
INC1,New,1 - Critical,10-03-2025 09:00,10-03-2025 09:00
INC1,Active,1 - Critical,10-03-2025 09:00,10-03-2025 09:30
INC1,Resolved,1 - Critical,10-03-2025 09:00,10-03-2025 11:00
INC2,New,7 - Someday,10-03-2025 09:00,10-03-2025 09:00
INC2,Active,7 - Someday,10-03-2025 09:00,10-03-2025 09:10
INC3,New,2 - High,10-03-2025 09:00,10-03-2025 09:00
INC3,Dancing,2 - High,10-03-2025 09:00,10/03/2025 10:00
INC3,Active,2 - High,10-03-2025 09:00,10-03-2025 10:00
INC4,New,2 - High,10-03-2025 09:00,10-03-2025 09:00
INC4,Active,7 - Someday,10-03-2025 09:00,10-03-2025 09:20
"""
UTC = Mapping(timezone="UTC")


def backtest(tmp_path: Path, *options: str) -> int:
    agreement = agreement_file(tmp_path)
    tickets = write(tmp_path / "audit.csv", AUDIT)
    mapping = write(tmp_path / "mapping.yaml", "preset: servicenow\ntimezone: UTC\n")
    return main(
        ["backtest", str(agreement), "--tickets", str(tickets), "--mapping", str(mapping), *options]
    )


def test_without_the_option_the_first_bad_rows_stop_the_reading(tmp_path: Path, capsys) -> None:
    assert backtest(tmp_path) == 2
    assert len(capsys.readouterr().err.splitlines()) == 3


def test_bad_rows_are_left_out_and_counted(service_desk: Agreement, tmp_path: Path) -> None:
    path = write(tmp_path / "audit.csv", AUDIT)
    read = read_history(service_desk, path, None, UTC, "-", skip_bad_rows=True)
    # INC2's rows and INC4's second row have an unknown priority, INC3's second row an unknown
    # state and a date in another form: those rows are left out (INC2 with all its rows), the
    # others read.
    assert sorted(read.ids) == ["INC1", "INC3", "INC4"]
    assert len(read.at) == 10 - 4
    kinds = [(s.problem.key, s.column, s.count, s.rows) for s in read.skipped]
    assert kinds == [
        ("backtest.errors.bad_date", "sys_updated_at", 1, (7,)),
        ("backtest.errors.unknown_state", "incident_state", 1, (7,)),
        ("backtest.errors.unknown_priority", "priority", 3, (4, 5, 10)),
    ]
    assert all(s.file == str(path) for s in read.skipped)


def test_text_output_starts_with_what_was_skipped(tmp_path: Path, capsys: Any) -> None:
    assert backtest(tmp_path, "--skip-bad-rows") in {0, 1}
    out = capsys.readouterr().out.splitlines()
    path = tmp_path / "audit.csv"
    assert out[:3] == [
        f"skipped 1 row (7): {path}: row 7, column sys_updated_at: '10/03/2025 10:00' is not a"
        " date in the form %d-%m-%Y %H:%M",
        f"skipped 1 row (7): {path}: row 7, column incident_state: unknown state 'Dancing'"
        " (known: New, In Progress, Active, On Hold, Awaiting Caller, Awaiting User Info,"
        " Awaiting Change, Awaiting Problem, Awaiting Vendor, Awaiting Evidence, Resolved, Closed"
        " and Canceled); a state of the workflow's own goes in the mapping's"
        " states",
        f"skipped 3 rows (the first: 4, 5, 10): {path}: row 4, column priority: unknown priority"
        " '7 - Someday' (mapped: 1 - Critical, 2 - High, 3 - Moderate and 4 - Low); map it in"
        " the mapping's priorities",
    ]
    assert out[3].startswith("First response (response)")
    assert backtest(tmp_path, "--skip-bad-rows", "--language", "pt-BR") in {0, 1}
    portuguese = capsys.readouterr().out.splitlines()
    assert portuguese[2].startswith(
        f"3 linhas ignoradas (as primeiras: 4, 5, 10): {path}: linha 4, coluna priority:"
    )


def test_json_counts_the_skipped_rows(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert backtest(tmp_path, "--skip-bad-rows", "--format", "json", "-o", str(out)) in {0, 1}
    data = json.loads(out.read_text("utf-8"))
    skipped = [(s["problem"], s["column"], s["rows"], s["first_rows"]) for s in data["skipped"]]
    assert skipped == [
        ("bad_date", "sys_updated_at", 1, [7]),
        ("unknown_state", "incident_state", 1, [7]),
        ("unknown_priority", "priority", 3, [4, 5, 10]),
    ]
    assert all(s["file"] == str(tmp_path / "audit.csv") for s in data["skipped"])
    assert data["skipped"][0]["message"].endswith("is not a date in the form %d-%m-%Y %H:%M")
    # INC1 responded at 09:30 (P1, 1 business hour): the reading went on with the good rows.
    assert [w["tickets"] for w in data["windows"] if w["metric"] == "response"] == [1, 2]


def test_csv_output_says_on_standard_error(tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "out.csv"
    assert backtest(tmp_path, "--skip-bad-rows", "--format", "csv", "-o", str(out)) in {0, 1}
    err = capsys.readouterr().err.splitlines()
    assert [line.split(":")[0] for line in err] == [
        "skipped 1 row (7)",
        "skipped 1 row (7)",
        "skipped 3 rows (the first",
    ]
    assert out.read_text("utf-8").startswith("ticket,metric,")


def test_missing_columns_still_stop(tmp_path: Path, capsys: Any) -> None:
    agreement = agreement_file(tmp_path)
    tickets = write(tmp_path / "a.csv", "number,priority\nINC1,1 - Critical")
    command = ["backtest", str(agreement), "--tickets", str(tickets), "--preset", "servicenow"]
    assert main([*command, "--skip-bad-rows"]) == 2
    assert "no column 'incident_state'" in capsys.readouterr().err


def test_two_incidents_under_one_number_are_left_out(
    service_desk: Agreement, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "a.csv",
        f"""{HEADER}
INC1,New,1 - Critical,10-03-2025 09:00,10-03-2025 09:00
INC2,New,1 - Critical,10-03-2025 09:00,10-03-2025 09:00
INC2,Active,1 - Critical,10-03-2025 09:00,10-03-2025 09:30
INC2,New,1 - Critical,11-03-2025 09:00,11-03-2025 09:00
""",
    )
    read = read_history(service_desk, path, None, UTC, "-", skip_bad_rows=True)
    assert list(read.ids) == ["INC1"] and len(read.at) == 1
    (skipped,) = read.skipped
    assert (skipped.problem.key, skipped.count, skipped.rows) == (
        "backtest.errors.duplicate_id",
        3,
        (2, 3, 4),
    )


def test_zendesk_events_of_a_skipped_ticket_are_counted_too(
    service_desk: Agreement, tmp_path: Path
) -> None:
    tickets = write(
        tmp_path / "t.csv",
        """
id,created_at,priority
1,2025-03-10T09:00:00Z,urgent
2,2025-03-10T09:00:00Z,someday
""",
    )
    events = write(
        tmp_path / "e.csv",
        """
ticket_id,metric,type,time
1,reply_time,fulfill,2025-03-10T09:20:00Z
2,reply_time,fulfill,2025-03-10T09:30:00Z
2,reply_time,wander,2025-03-10T09:40:00Z
""",
    )
    read = read_history(
        service_desk, tickets, events, Mapping(preset="zendesk"), "-", skip_bad_rows=True
    )
    assert list(read.ids) == ["1"]
    kinds = [(s.file, s.problem.key, s.count, s.rows) for s in read.skipped]
    assert kinds == [
        (str(tickets), "backtest.errors.unknown_priority", 1, (2,)),
        (str(events), "backtest.errors.unknown_type", 1, (3,)),
        (str(events), "backtest.errors.unknown_ticket", 2, (2, 3)),
    ]


def test_jsm_and_freshdesk_skip_too(service_desk: Agreement, tmp_path: Path) -> None:
    issues = write(
        tmp_path / "issues.csv",
        """
id,key,status,priority,created_date
1,SD-1,Resolved,High,2025-03-10T09:00:00Z
2,SD-2,Open,Whatever,2025-03-10T09:00:00Z
""",
    )
    changes = write(
        tmp_path / "history.csv",
        """
issue_id,created_date,field,from_string,to_string
1,2025-03-10T09:20:00Z,status,Open,Sleeping
1,2025-03-10T10:00:00Z,status,Open,Resolved
2,2025-03-10T10:00:00Z,status,Open,Resolved
""",
    )
    read = read_history(
        service_desk, issues, changes, Mapping(preset="jsm"), "-", skip_bad_rows=True
    )
    assert list(read.ids) == ["SD-1"] and len(read.at) == 1
    assert [(s.problem.key, s.rows) for s in read.skipped] == [
        ("backtest.errors.unknown_priority", (2,)),
        ("backtest.errors.unknown_state", (1,)),
        ("backtest.errors.unknown_ticket", (3,)),
    ]
    tickets = write(tmp_path / "t.csv", "id,priority,created_at\n1,Low,2025-03-10T09:00:00Z")
    activities = write(
        tmp_path / "a.csv",
        "ticket_id,performed_at,status\n1,2025-03-10T08:00:00Z,Open\n1,2025-03-10T10:00:00Z,4",
    )
    read = read_history(
        service_desk, tickets, activities, Mapping(preset="freshdesk"), "-", skip_bad_rows=True
    )
    assert [(s.problem.key, s.rows) for s in read.skipped] == [
        ("backtest.errors.before_creation", (1,))
    ]
    assert [read.states[s] for s in read.state] == ["Resolved"]


EMPTY = f"""{HEADER}
INC1,New,1 - Critical,10-03-2025 09:00,10-03-2025 09:00
,Active,1 - Critical,10-03-2025 09:00,10-03-2025 09:30
INC2,New,2 - High,,10-03-2025 09:00
INC2,Active,2 - High,10-03-2025 09:00,
INC3,New,2 - High,10-03-2025 09:00,10-03-2025 09:00
INC3,Active,2 - High,10-03-2025 09:00,nope
"""


def test_empty_numbers_and_times_are_found_with_the_times_that_do_not_parse(
    service_desk: Agreement, tmp_path: Path, capsys: Any
) -> None:
    """The file's own columns are looked at again only when a loaded time or number is
    missing: each kind of problem is still named, and left out when asked."""
    path = write(tmp_path / "audit.csv", EMPTY)
    agreement = agreement_file(tmp_path)
    mapping = write(tmp_path / "mapping.yaml", "preset: servicenow\ntimezone: UTC\n")
    command = ["backtest", str(agreement), "--tickets", str(path), "--mapping", str(mapping)]
    assert main(command) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"{path}: row 6, column sys_updated_at: 'nope' is not a date in the form %d-%m-%Y %H:%M",
        f"{path}: row 2, column number: empty",
        f"{path}: row 3, column opened_at: empty",
        f"{path}: row 4, column sys_updated_at: empty",
    ]
    read = read_history(service_desk, path, None, UTC, "-", skip_bad_rows=True)
    assert [(s.problem.key, s.column, s.rows) for s in read.skipped] == [
        ("backtest.errors.bad_date", "sys_updated_at", (6,)),
        ("backtest.errors.empty", "number", (2,)),
        ("backtest.errors.empty", "opened_at", (3,)),
        ("backtest.errors.empty", "sys_updated_at", (4,)),
    ]
    assert list(read.ids) == ["INC1", "INC3"]
