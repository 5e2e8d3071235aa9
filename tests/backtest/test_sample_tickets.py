"""`sla-designer sample-tickets`: seeded, realistic histories in the vendors' export shapes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from sla_designer.backtest.samples import history
from sla_designer.cli import main

SERVICENOW_COLUMNS = [
    "number",
    "incident_state",
    "priority",
    "opened_at",
    "sys_updated_at",
    "resolved_at",
    "closed_at",
]


def rows(path: Path, query: str = "SELECT * FROM t") -> list[tuple[object, ...]]:
    with duckdb.connect() as con:
        con.execute(f"CREATE VIEW t AS SELECT * FROM '{path}'")
        return con.execute(query).fetchall()


def columns(path: Path) -> list[str]:
    with duckdb.connect() as con:
        return [d[0] for d in con.execute(f"SELECT * FROM '{path}' LIMIT 0").description]


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_servicenow_audit_export_in_each_format(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"incidents{suffix}"
    assert (
        main(
            [
                "sample-tickets",
                "--preset",
                "servicenow",
                "-o",
                str(out),
                "--tickets",
                "300",
                "--timezone",
                "America/Sao_Paulo",
            ]
        )
        == 0
    )
    assert columns(out) == SERVICENOW_COLUMNS
    states = {r[0] for r in rows(out, "SELECT DISTINCT incident_state FROM t")}
    assert {"New", "Active", "Awaiting User Info", "Resolved", "Closed"} <= states
    priorities = {r[0] for r in rows(out, "SELECT DISTINCT priority FROM t")}
    assert priorities == {"1 - Critical", "2 - High", "3 - Moderate", "4 - Low"}
    # Dates as the instance writes them: dd-mm-yyyy HH:MM, no offset.
    for (updated,) in rows(out, "SELECT sys_updated_at FROM t LIMIT 50"):
        dt.datetime.strptime(str(updated), "%d-%m-%Y %H:%M")
    assert rows(out, "SELECT count(DISTINCT number) FROM t") == [(300,)]
    mapping = (tmp_path / "incidents-mapping.yaml").read_text(encoding="utf-8")
    assert "timezone: America/Sao_Paulo" in mapping and "preset: servicenow" in mapping


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_zendesk_tickets_and_metric_events(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"tickets{suffix}"
    assert main(["sample-tickets", "--preset", "zendesk", "-o", str(out), "--tickets", "300"]) == 0
    events = tmp_path / f"tickets-events{suffix}"
    assert columns(out) == ["id", "created_at", "updated_at", "priority", "status"]
    assert columns(events) == ["id", "ticket_id", "metric", "instance_id", "type", "time"]
    kinds = set(rows(events, "SELECT DISTINCT metric, type FROM t"))
    assert ("reply_time", "fulfill") in kinds and ("requester_wait_time", "pause") in kinds
    assert ("agent_work_time", "pause") in kinds
    assert rows(events, "SELECT count(*) FROM t WHERE ticket_id NOT BETWEEN 1 AND 300") == [(0,)]


def test_the_same_seed_writes_the_same_file(tmp_path: Path) -> None:
    for name, seed in (("a.csv", "5"), ("b.csv", "5"), ("c.csv", "6")):
        main(
            [
                "sample-tickets",
                "--preset",
                "servicenow",
                "-o",
                str(tmp_path / name),
                "--tickets",
                "200",
                "--seed",
                seed,
            ]
        )
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert (tmp_path / "a.csv").read_bytes() != (tmp_path / "c.csv").read_bytes()


def test_history_is_realistic() -> None:
    lives = history(20_000, 3)
    day = (lives.created // 86_400_000_000 + 3) % 7  # 1970-01-01 was a Thursday
    hour = lives.created % 86_400_000_000 // 3_600_000_000
    office = (day < 5) & (hour >= 8) & (hour < 18)
    assert 0.8 < office.mean() < 0.95
    shares = [(lives.priority == p).mean() for p in range(4)]
    assert shares[2] > shares[3] > shares[1] > shares[0] > 0.02
    assert 0.2 < (lives.paused >= 0).mean() < 0.4
    assert 0.02 < (lives.reopened >= 0).mean() < 0.08
    assert 0 < (lives.resolved < 0).sum() < 400  # a few still open at the end
    responded = lives.responded >= 0
    assert (lives.responded[responded] > lives.created[responded]).all()


def test_refuses_unknown_format_zone_and_existing_file(tmp_path: Path, capsys) -> None:
    assert main(["sample-tickets", "--preset", "zendesk", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert (
        main(
            [
                "sample-tickets",
                "--preset",
                "zendesk",
                "-o",
                str(tmp_path / "x.csv"),
                "--timezone",
                "Mars/Olympus",
            ]
        )
        == 2
    )
    (tmp_path / "y.csv").write_text("")
    assert main(["sample-tickets", "--preset", "zendesk", "-o", str(tmp_path / "y.csv")]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 3
    assert "unknown file format" in errors[0] and "Mars/Olympus" in errors[1]
    assert "exists" in errors[2]


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_jsm_issues_and_their_history(tmp_path: Path, suffix: str) -> None:
    """The data pipeline's issues and issue history files ("Data pipeline export schema",
    confluence.atlassian.com): dates in UTC as ISO strings, the history's to the minute."""
    out = tmp_path / f"issues{suffix}"
    assert main(["sample-tickets", "--preset", "jsm", "-o", str(out), "--tickets", "300"]) == 0
    changes = tmp_path / f"issues-events{suffix}"
    assert columns(out) == [
        "id",
        "key",
        "project_key",
        "issue_type",
        "status",
        "priority",
        "resolution",
        "created_date",
        "resolution_date",
        "updated_date",
    ]
    assert columns(changes) == [
        "issue_id",
        "changelog_id",
        "created_date",
        "field",
        "field_type",
        "from_string",
        "to_string",
    ]
    priorities = {r[0] for r in rows(out, "SELECT DISTINCT priority FROM t")}
    assert priorities == {"Highest", "High", "Medium", "Low"}
    moves = set(rows(changes, "SELECT DISTINCT from_string, to_string FROM t"))
    assert ("In progress", "Waiting for customer") in moves
    assert ("Waiting for customer", "In progress") in moves
    assert ("Resolved", "In progress") in moves  # a reopening
    assert ("Medium", "High") in moves  # an escalation
    # Rounded down to the minute; written as ISO strings in UTC ('2025-01-03T14:25:00Z').
    assert rows(changes, "SELECT count(*) FROM t WHERE second(created_date) <> 0") == [(0,)]
    if suffix == ".csv":
        stamp = changes.read_text("utf-8").splitlines()[1].split(",")[2]
        assert stamp.endswith(":00Z") and dt.datetime.fromisoformat(stamp).tzinfo == dt.UTC
    assert rows(changes, "SELECT count(*) FROM t WHERE issue_id NOT BETWEEN 10001 AND 10300") == [
        (0,)
    ]


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_freshdesk_tickets_and_their_activities(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"tickets{suffix}"
    assert (
        main(["sample-tickets", "--preset", "freshdesk", "-o", str(out), "--tickets", "300"]) == 0
    )
    activities = tmp_path / f"tickets-events{suffix}"
    assert columns(out) == [
        "id",
        "status",
        "priority",
        "created_at",
        "updated_at",
        "first_responded_at",
        "resolved_at",
        "closed_at",
    ]
    assert columns(activities) == [
        "ticket_id",
        "performed_at",
        "performer_type",
        "status",
        "priority",
    ]
    statuses = {r[0] for r in rows(activities, "SELECT DISTINCT status FROM t")}
    assert statuses == {None, "Open", "Pending", "Waiting on Third Party", "Resolved", "Closed"}
    priorities = {r[0] for r in rows(out, "SELECT DISTINCT priority FROM t")}
    assert priorities == {"Urgent", "High", "Medium", "Low"}
    assert rows(activities, "SELECT count(DISTINCT ticket_id) FROM t") == [(300,)]
