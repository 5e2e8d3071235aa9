"""The Jira Service Management and Freshdesk presets: their documented shapes, what the back-test
reads from them, and one line per bad input.

Sources of the shapes:
- Jira Service Management: Atlassian, "Data pipeline export schema" (confluence.atlassian.com,
  Jira Data Center administration): the issues file (`id`, `key`, `status`, `priority`,
  `created_date`, dates as ISO strings in UTC) and the issue history file (`issue_id`,
  `changelog_id`, `created_date` "rounded down to the minute", `field`, `from_string`,
  `to_string`), the REST API changelog's `created` and `items` (`field`, `fromString`,
  `toString`) as files.
- Freshdesk: the Tickets API (developers.freshdesk.com/api, "Tickets"): `id`, `status`
  (2 Open, 3 Pending, 4 Resolved, 5 Closed), `priority` (1 Low, 2 Medium, 3 High, 4 Urgent),
  `created_at`, the stats' `first_responded_at`; the ticket activities with `ticket_id`,
  `performed_at` and the status set; Pending is "awaiting a response from the customer or a
  third party" (Freshdesk's status help).
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.reading import read_history
from sla_designer.backtest.sample_files import write_zendesk
from sla_designer.backtest.sample_histories import write_freshdesk, write_jsm
from sla_designer.backtest.samples import history
from sla_designer.backtest.sources import TicketFileError
from sla_designer.cli import main
from sla_designer.model import Agreement
from tests.backtest.conftest import write
from tests.backtest.test_backtest_command import HOUR, agreement_file

JSM = Mapping(preset="jsm")
FRESHDESK = Mapping(preset="freshdesk")
ISSUES = "id,key,status,priority,created_date"
CHANGES = "issue_id,changelog_id,created_date,field,from_string,to_string"
TICKETS = "id,status,priority,created_at,first_responded_at"
ACTIVITIES = "ticket_id,performed_at,status"


def problems(
    agreement: Agreement, tickets: Path, events: Path | None, mapping: Mapping, language: str = "en"
) -> list[str]:
    with pytest.raises(TicketFileError) as caught:
        read_history(agreement, tickets, events, mapping, "mapping.yaml")
    return caught.value.text(language).splitlines()


def per_ticket(
    tmp_path: Path, tickets: Path, events: Path, mapping: str
) -> dict[tuple[str, str], dict[str, str]]:
    agreement = agreement_file(tmp_path)
    mapped = write(tmp_path / "mapping.yaml", mapping)
    out = tmp_path / "out.csv"
    command = ["backtest", str(agreement), "--tickets", str(tickets), "--events", str(events)]
    main([*command, "--mapping", str(mapped), "--format", "csv", "-o", str(out)])
    with out.open(encoding="utf-8") as handle:
        return {(r["ticket"], r["metric"]): r for r in csv.DictReader(handle)}


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_jsm_sample_read_whole(service_desk: Agreement, tmp_path: Path, suffix: str) -> None:
    lives = history(400, 2)
    path = tmp_path / f"issues{suffix}"
    issues, changes = write_jsm(lives, path, "America/Sao_Paulo")
    read = read_history(service_desk, path, tmp_path / f"issues-events{suffix}", JSM, "-")
    assert len(read.ids) == issues == 400 and len(read.at) == changes
    assert read.ids[0].startswith("SD-")
    states = {read.states[s] for s in np.unique(read.state)}
    assert {"In progress", "Waiting for customer", "Pending", "Resolved", "Closed"} <= states
    same = read.ticket[1:] == read.ticket[:-1]
    assert (np.diff(read.at)[same] >= 0).all()
    assert (read.at >= read.created[read.ticket]).all()
    # Priorities by name, the most urgent first: Highest is P1.
    escalated = lives.escalated >= 0
    assert set(read.priorities) == {"P1", "P2", "P3", "P4"}
    assert escalated.any()


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_freshdesk_sample_read_whole(service_desk: Agreement, tmp_path: Path, suffix: str) -> None:
    lives = history(400, 2)
    path = tmp_path / f"tickets{suffix}"
    write_freshdesk(lives, path, "America/Sao_Paulo")
    read = read_history(service_desk, path, tmp_path / f"tickets-events{suffix}", FRESHDESK, "-")
    assert len(read.ids) == 400
    states = {read.states[s] for s in np.unique(read.state)}
    assert {"Open", "Pending", "Waiting on Third Party", "Resolved", "Closed"} <= states
    responded = lives.responded >= 0
    order = np.argsort(read.ids.astype(int))  # ids are read as text, in text order
    assert (read.responded[order][responded] == lives.responded[responded] + 3 * HOUR * 10**6).all()


def test_the_presets_read_the_same_history_alike(tmp_path: Path) -> None:
    """The same synthetic year written as Zendesk, Freshdesk and JSM exports gives the same
    back-test: Freshdesk to the second, JSM within the minute its history is rounded to."""
    lives = history(300, 4)
    zone = "America/Sao_Paulo"
    write_zendesk(lives, tmp_path / "zd.csv", zone)
    write_freshdesk(lives, tmp_path / "fd.csv", zone)
    write_jsm(lives, tmp_path / "sd.csv", zone)
    read = {
        name: per_ticket(tmp_path, tmp_path / f"{name}.csv", tmp_path / f"{name}-events.csv", m)
        for name, m in (
            ("zd", "preset: zendesk\npauses: {resolution: [pending, hold]}"),
            ("fd", "preset: freshdesk\npauses: {resolution: [Pending, Waiting on Third Party]}"),
            ("sd", "preset: jsm\npauses: {resolution: [Waiting for customer, Pending]}"),
        )
    }

    def by_index(name: str) -> dict[tuple[int, str], dict[str, str]]:
        return {(int(k[0].removeprefix("SD-")), k[1]): row for k, row in read[name].items()}

    zendesk, freshdesk, jsm = by_index("zd"), by_index("fd"), by_index("sd")
    assert len(zendesk) == 600
    columns = ("priority", "created", "stopped", "elapsed_seconds", "paused_seconds", "status")
    assert all(
        [zendesk[k][c] for c in columns] == [freshdesk[k][c] for c in columns] for k in zendesk
    )
    assert sum(int(zendesk[k]["paused_seconds"]) > 0 for k in zendesk) > 5
    differ = [
        abs(int(zendesk[k]["elapsed_seconds"]) - int(jsm[k]["elapsed_seconds"])) for k in zendesk
    ]
    assert max(differ) < 60 and sum(differ) > 0
    assert sum(zendesk[k]["status"] != jsm[k]["status"] for k in zendesk) <= 3


def test_jsm_statuses_priorities_and_first_response(tmp_path: Path) -> None:
    # Monday 10 March 2025, office 09:00-17:00 UTC.
    issues = write(
        tmp_path / "issues.csv",
        f"""
{ISSUES}
10001,SD-1,Closed,High,2025-03-10T09:00:30Z
""",
    )
    changes = write(
        tmp_path / "history.csv",
        f"""
{CHANGES}
10001,1,2025-03-10T09:00:00Z,priority,Medium,High
10001,2,2025-03-10T09:20:00Z,status,Waiting for support,In progress
10001,3,2025-03-10T10:00:00Z,status,In progress,Waiting for customer
10001,4,2025-03-10T11:00:00Z,assignee,Alana Grant,Ben Ko
10001,5,2025-03-10T13:00:00Z,status,Waiting for customer,In progress
10001,6,2025-03-10T14:30:00Z,status,In progress,Resolved
10001,7,2025-03-13T14:30:00Z,status,Resolved,Closed
""",
    )
    pausing = "preset: jsm\npauses: {resolution: [Waiting for customer]}"
    read = per_ticket(tmp_path, issues, changes, pausing)
    response, resolution = read[("SD-1", "response")], read[("SD-1", "resolution")]
    # The first change of status is the first response; the change in the minute of creation
    # (rounded down before it) counts from the creation.
    assert response["stopped"] == "2025-03-10T09:20:00+00:00"
    assert response["elapsed_seconds"] == str(20 * 60 - 30)
    # High is P2 (Highest is P1): its resolution target is 8 business hours.
    assert resolution["priority"] == "P2" and resolution["target_seconds"] == str(8 * HOUR)
    assert resolution["paused_seconds"] == str(3 * HOUR)
    assert resolution["elapsed_seconds"] == str(int(5.5 * HOUR) - 30 - 3 * HOUR)
    counted = per_ticket(tmp_path, issues, changes, "preset: jsm")[("SD-1", "resolution")]
    assert counted["paused_seconds"] == "0"


def test_freshdesk_api_numbers_and_the_first_response(tmp_path: Path) -> None:
    tickets = write(
        tmp_path / "tickets.csv",
        f"""
{TICKETS}
1,5,4,2025-03-10T09:00:00Z,2025-03-10T09:10:00Z
2,4,High,2025-03-10T09:00:00Z,
""",
    )
    activities = write(
        tmp_path / "activities.csv",
        f"""
{ACTIVITIES}
1,2025-03-10T09:00:00Z,2
1,2025-03-10T09:30:00Z,
1,2025-03-10T10:00:00Z,Waiting on Customer
1,2025-03-10T12:00:00Z,Open
1,2025-03-10T13:00:00Z,4
1,2025-03-13T13:00:00Z,Closed
2,2025-03-10T09:00:00Z,Open
2,2025-03-10T09:45:00Z,Pending
2,2025-03-10T11:00:00Z,Resolved
""",
    )
    read = per_ticket(
        tmp_path, tickets, activities, "preset: freshdesk\npauses: {resolution: [Pending]}"
    )
    # Priority 4 is Urgent (P1); the stats' first response; Waiting on Customer not mapped.
    assert read[("1", "response")]["priority"] == "P1"
    assert read[("1", "response")]["elapsed_seconds"] == str(10 * 60)
    assert read[("1", "resolution")]["elapsed_seconds"] == str(4 * HOUR)
    # Without the stats, the first change of status answers: Pending at 09:45.
    assert read[("2", "response")]["elapsed_seconds"] == str(45 * 60)
    assert read[("2", "resolution")]["priority"] == "P2"
    assert read[("2", "resolution")]["paused_seconds"] == str(int(1.25 * HOUR))
    assert read[("2", "resolution")]["elapsed_seconds"] == str(int(0.75 * HOUR))


def test_jsm_bad_input_is_one_line_each(service_desk: Agreement, tmp_path: Path) -> None:
    issues = write(
        tmp_path / "issues.csv",
        f"""
{ISSUES}
10001,SD-1,Open,High,2025-03-10T09:00:00Z
10002,SD-2,Triage,Urgent,2025-03-10 09:00
10002,SD-3,Open,Low,
""",
    )
    changes = write(
        tmp_path / "history.csv",
        f"""
{CHANGES}
10001,1,2025-03-10T08:00:00Z,status,Open,Dancing
10001,2,2025-03-10T10:00:00Z,priority,High,Critical
10009,3,2025-03-10T10:00:00Z,status,Open,Resolved
10001,4,2025-13-40T10:00:00Z,status,Open,Resolved
""",
    )
    lines = problems(service_desk, issues, changes, JSM)
    assert lines == [
        f"{issues}: row 2, column created_date: '2025-03-10 09:00' has no time zone and the"
        " mapping gives none: add timezone to the mapping",
        f"{issues}: row 3, column created_date: empty",
        f"{issues}: row 2, column status: unknown state 'Triage' (known: Open, Waiting for"
        " support, Waiting for customer, In progress, In Progress, Pending, Escalated, Work in"
        " progress, Under investigation, Under review, Awaiting approval, Awaiting CAB approval,"
        " Awaiting implementation, Planning, Implementing, To Do, Resolved, Closed, Done,"
        " Completed, Canceled and Declined); a state of the workflow's own goes in the mapping's"
        " states",
        f"{issues}: row 2, column priority: unknown priority 'Urgent' (mapped: Highest, High,"
        " Medium and Low); map it in the mapping's priorities",
        f"{issues}: row 2, column id: ticket '10002' appears more than once (2 rows with a"
        " duplicated id)",
        f"{changes}: row 4, column created_date: '2025-13-40T10:00:00Z' is not a date in the form"
        " ISO 8601",
        f"{changes}: row 1, column to_string: unknown state 'Dancing' (known: Open, Waiting for"
        " support, Waiting for customer, In progress, In Progress, Pending, Escalated, Work in"
        " progress, Under investigation, Under review, Awaiting approval, Awaiting CAB approval,"
        " Awaiting implementation, Planning, Implementing, To Do, Resolved, Closed, Done,"
        " Completed, Canceled and Declined); a state of the workflow's own goes in the mapping's"
        " states",
        f"{changes}: row 2, column to_string: unknown priority 'Critical' (mapped: Highest,"
        " High, Medium and Low); map it in the mapping's priorities",
        f"{changes}: row 3, column issue_id: event of ticket '10009', which the tickets file"
        " does not have",
        f"{changes}: row 1, column created_date: an update of ticket '10001' before the ticket"
        " was created",
    ]
    portuguese = problems(service_desk, issues, changes, JSM, "pt-BR")
    assert portuguese[1] == f"{issues}: linha 3, coluna created_date: vazia"


def test_jsm_needs_its_history_and_its_columns(service_desk: Agreement, tmp_path: Path) -> None:
    issues = write(tmp_path / "issues.csv", "id,key,state,priority,created\n1,SD-1,Open,High,x")
    changes = write(tmp_path / "history.csv", "issue,created_date,field,from_string,to_string")
    assert problems(service_desk, issues, None, JSM) == [
        "the jsm preset reads the tickets and their events: give --events"
    ]
    lines = problems(service_desk, issues, changes, JSM)
    assert [line.split(": no column ")[1].split(" ")[0] for line in lines] == [
        "'status'",
        "'created_date'",
        "'issue_id'",
    ]
    mapping = Mapping(preset="jsm", pauses={"resolution-time": ["Awaiting User Info"]})
    assert problems(service_desk, issues, changes, mapping) == [
        "mapping.yaml: pauses: unknown metric 'resolution-time' (the agreement has:"
        " tempo-resposta, atualizacao-periodica, tempo-solucao, satisfacao and reabertura)",
        "mapping.yaml: pauses: resolution-time: unknown state 'Awaiting User Info' (known: Open,"
        " Waiting for support, Waiting for customer, In progress, In Progress, Pending,"
        " Escalated, Work in progress, Under investigation, Under review, Awaiting approval,"
        " Awaiting CAB approval, Awaiting implementation, Planning, Implementing, To Do,"
        " Resolved, Closed, Done, Completed, Canceled and Declined)",
    ]


def test_freshdesk_bad_input_is_one_line_each(service_desk: Agreement, tmp_path: Path) -> None:
    tickets = write(
        tmp_path / "tickets.csv",
        f"""
{TICKETS}
1,2,Urgent,2025-03-10T09:00:00Z,soonZ
2,2,9,2025-03-10T09:00:00Z,
2,2,Low,2025-03-10T09:00:00Z,
""",
    )
    activities = write(
        tmp_path / "activities.csv",
        f"""
{ACTIVITIES}
1,2025-03-10T08:00:00Z,Open
1,2025-03-10T10:00:00Z,On a beach
7,2025-03-10T10:00:00Z,Open
,2025-03-10T10:00:00Z,Open
""",
    )
    lines = problems(service_desk, tickets, activities, FRESHDESK)
    assert lines == [
        f"{tickets}: row 1, column first_responded_at: 'soonZ' is not a date in the form ISO 8601",
        f"{tickets}: row 2, column priority: unknown priority '9' (mapped: Urgent, High, Medium"
        " and Low); map it in the mapping's priorities",
        f"{tickets}: row 2, column id: ticket '2' appears more than once (2 rows with a"
        " duplicated id)",
        f"{activities}: row 4, column ticket_id: empty",
        f"{activities}: row 3, column ticket_id: event of ticket '7', which the tickets file does"
        " not have",
        f"{activities}: row 2, column status: unknown state 'On a beach' (known: Open, Pending,"
        " Waiting on Customer, Waiting on Third Party, Resolved and Closed);"
        " a state of the workflow's own goes in the mapping's"
        " states",
        f"{activities}: row 1, column performed_at: an update of ticket '1' before the ticket was"
        " created",
    ]
    assert problems(service_desk, tickets, None, FRESHDESK) == [
        "the freshdesk preset reads the tickets and their events: give --events"
    ]
    bare = write(tmp_path / "bare.csv", "id,priority,created\n1,Low,2025-03-10T09:00:00Z")
    assert problems(service_desk, bare, activities, FRESHDESK) == [
        f"{bare}: no column 'created_at' (the created); the file has: id, priority, created."
        " Name it in the mapping's columns"
    ]


def test_backtest_command_offers_the_new_presets(tmp_path: Path, capsys) -> None:
    lives = history(200, 1)
    write_freshdesk(lives, tmp_path / "t.csv", "UTC")
    agreement = agreement_file(tmp_path)
    command = ["backtest", str(agreement), "--tickets", str(tmp_path / "t.csv")]
    events = ["--events", str(tmp_path / "t-events.csv")]
    assert main([*command, *events, "--preset", "freshdesk"]) in {0, 1}
    assert "First response (response)" in capsys.readouterr().out
    assert main([*command, *events, "--preset", "jsm"]) == 2
    assert "no column 'key'" in capsys.readouterr().err
