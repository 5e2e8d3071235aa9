"""A help desk's own workflow states (Jira and Freshdesk custom statuses, a ServiceNow
instance's extra states): the mapping lists them (`states`), may name them as pausing a clock
(`pauses`) and as stopping a resolution clock (`stops`); one line for a state it does not list."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from sla_designer.backtest.mapping import Mapping, mapping_schema
from sla_designer.backtest.reading import read_history
from sla_designer.backtest.sources import TicketFileError
from sla_designer.model import Agreement
from tests.backtest.conftest import write
from tests.backtest.test_backtest_command import HOUR
from tests.backtest.test_vendor_presets import (
    ACTIVITIES,
    CHANGES,
    ISSUES,
    TICKETS,
    per_ticket,
)


def _jsm(tmp_path: Path) -> tuple[Path, Path]:
    # Monday 10 March 2025, office 09:00-17:00 UTC; the workflow's own 'Awaiting deploy' from
    # 10:00 to 12:00 and 'Fixed' at 14:00 (resolved, in this workflow), 'Done' a day later.
    issues = write(
        tmp_path / "issues.csv",
        f"""
{ISSUES}
10001,SD-1,Done,High,2025-03-10T09:00:00Z
""",
    )
    changes = write(
        tmp_path / "history.csv",
        f"""
{CHANGES}
10001,1,2025-03-10T09:30:00Z,status,Open,In progress
10001,2,2025-03-10T10:00:00Z,status,In progress,Awaiting deploy
10001,3,2025-03-10T12:00:00Z,status,Awaiting deploy,In progress
10001,4,2025-03-10T14:00:00Z,status,In progress,Fixed
10001,5,2025-03-11T14:00:00Z,status,Fixed,Done
""",
    )
    return issues, changes


def test_jsm_custom_statuses_pause_and_stop_as_the_mapping_says(tmp_path: Path) -> None:
    issues, changes = _jsm(tmp_path)
    mapping = (
        "preset: jsm\nstates: [Awaiting deploy, Fixed]\nstops: [Fixed]\n"
        "pauses: {resolution: [Awaiting deploy]}"
    )
    resolution = per_ticket(tmp_path, issues, changes, mapping)[("SD-1", "resolution")]
    assert resolution["stopped"] == "2025-03-10T14:00:00+00:00"
    assert resolution["paused_seconds"] == str(2 * HOUR)
    assert resolution["elapsed_seconds"] == str(3 * HOUR)
    # Without `stops`, 'Fixed' is a state like any other: the clock runs until Done.
    counted = per_ticket(
        tmp_path, issues, changes, "preset: jsm\nstates: [Awaiting deploy, Fixed]"
    )[("SD-1", "resolution")]
    assert counted["stopped"] == "2025-03-11T14:00:00+00:00"
    assert counted["paused_seconds"] == "0"


def test_a_custom_status_the_mapping_does_not_list_is_one_line(
    service_desk: Agreement, tmp_path: Path
) -> None:
    issues, changes = _jsm(tmp_path)
    with pytest.raises(TicketFileError) as caught:
        read_history(service_desk, issues, changes, Mapping(preset="jsm", states=["Fixed"]), "-")
    lines = caught.value.text("en").splitlines()
    # Set on row 2, left on row 3: one line each, the mapping's own 'Fixed' known.
    assert [line.split(" (known")[0] for line in lines] == [
        f"{changes}: row 3, column from_string: unknown state 'Awaiting deploy'",
        f"{changes}: row 2, column to_string: unknown state 'Awaiting deploy'",
    ]
    for line in lines:
        assert line.endswith("a state of the workflow's own goes in the mapping's states")
        assert "Declined and Fixed)" in line


def test_stops_and_pauses_name_known_states(service_desk: Agreement, tmp_path: Path) -> None:
    issues, changes = _jsm(tmp_path)
    mapping = Mapping(preset="jsm", states=["Fixed"], stops=["Shipped"])
    with pytest.raises(TicketFileError) as caught:
        read_history(service_desk, issues, changes, mapping, "mine.yaml")
    assert caught.value.text("en").splitlines() == [
        "mine.yaml: stops: unknown state 'Shipped' (known: Open, Waiting for support, Waiting"
        " for customer, In progress, In Progress, Pending, Escalated, Work in progress, Under"
        " investigation, Under review, Awaiting approval, Awaiting CAB approval, Awaiting"
        " implementation, Planning, Implementing, To Do, Resolved, Closed, Done, Completed,"
        " Canceled, Declined and Fixed); list the workflow's own states in states"
    ]
    assert caught.value.text("pt-BR").startswith("mine.yaml: stops: estado desconhecido 'Shipped'")


def test_freshdesk_custom_status_by_its_number(tmp_path: Path) -> None:
    # A custom status the API gives by its number (6): listed, it pauses the resolution.
    tickets = write(
        tmp_path / "tickets.csv",
        f"""
{TICKETS}
1,5,High,2025-03-10T09:00:00Z,2025-03-10T09:10:00Z
""",
    )
    activities = write(
        tmp_path / "activities.csv",
        f"""
{ACTIVITIES}
1,2025-03-10T09:00:00Z,2
1,2025-03-10T10:00:00Z,6
1,2025-03-10T11:00:00Z,Open
1,2025-03-10T13:00:00Z,4
""",
    )
    mapping = "preset: freshdesk\nstates: ['6']\npauses: {resolution: ['6']}"
    resolution = per_ticket(tmp_path, tickets, activities, mapping)[("1", "resolution")]
    assert resolution["paused_seconds"] == str(HOUR)
    assert resolution["elapsed_seconds"] == str(3 * HOUR)


def test_the_schema_takes_states_and_stops() -> None:
    schema = mapping_schema()
    jsonschema.validate({"preset": "jsm", "states": ["Fixed"], "stops": ["Fixed"]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"states": "Fixed"}, schema)
