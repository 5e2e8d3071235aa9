"""Reading ticket files with DuckDB: presets, the mapping, and one line per bad input."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import numpy as np
import pytest
import yaml

from sla_designer.backtest.mapping import Mapping, MappingError, load_mapping, mapping_schema
from sla_designer.backtest.reading import read_history
from sla_designer.backtest.sample_files import write_servicenow, write_zendesk
from sla_designer.backtest.samples import history
from sla_designer.backtest.sources import TicketFileError
from sla_designer.model import Agreement
from tests.backtest.conftest import write

SAO_PAULO = Mapping(timezone="America/Sao_Paulo")
HEADER = "number,incident_state,priority,opened_at,sys_updated_at"


def problems(
    agreement: Agreement,
    tickets: Path,
    mapping: Mapping = SAO_PAULO,
    events: Path | None = None,
    language: str = "en",
) -> list[str]:
    with pytest.raises(TicketFileError) as caught:
        read_history(agreement, tickets, events, mapping, "mapping.yaml")
    return caught.value.text(language).splitlines()


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_servicenow_sample_read_whole(service_desk: Agreement, tmp_path: Path, suffix: str) -> None:
    lives = history(400, 2)
    path = tmp_path / f"audit{suffix}"
    rows = write_servicenow(lives, path)
    read = read_history(service_desk, path, None, SAO_PAULO, "-")
    assert len(read.ids) == 400 and len(read.at) == rows
    # Each ticket's updates in order, none before its creation.
    assert (np.diff(read.ticket) >= 0).all()
    same = read.ticket[1:] == read.ticket[:-1]
    assert (np.diff(read.at)[same] >= 0).all()
    assert (read.at >= read.created[read.ticket]).all()
    # Dates in the instance's zone: 2025-01-01 wall time in São Paulo is 03:00 UTC or later.
    assert read.created.min() >= 1_735_700_400_000_000
    assert set(read.priorities) == {"P1", "P2", "P3", "P4"}


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_zendesk_sample_read_whole(service_desk: Agreement, tmp_path: Path, suffix: str) -> None:
    lives = history(400, 2)
    path = tmp_path / f"tickets{suffix}"
    write_zendesk(lives, path, "America/Sao_Paulo")
    events = tmp_path / f"tickets-events{suffix}"
    read = read_history(service_desk, path, events, Mapping(preset="zendesk"), "-")
    assert len(read.ids) == 400
    states = {read.states[s] for s in np.unique(read.state)}
    assert states == {"open", "pending", "hold", "solved"}
    responded = read.responded >= 0
    assert (read.responded[responded] > read.created[responded]).all()


def test_priorities_follow_the_mapping(service_desk: Agreement, tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.csv",
        f"""
{HEADER}
INC1,New,Sev A,01-03-2025 10:00,01-03-2025 10:00
INC1,Active,Sev B,01-03-2025 10:00,01-03-2025 11:00
""",
    )
    mapping = Mapping(timezone="UTC", priorities={"Sev A": "P3", "Sev B": "P1"})
    read = read_history(service_desk, path, None, mapping, "-")
    assert [read.priorities[p] for p in read.update_priority] == ["P3", "P1"]
    assert read.priorities[read.priority[0]] == "P1"  # the latest


def test_missing_column_names_the_file_and_the_columns(
    service_desk: Agreement, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "a.csv",
        "number,state,priority,opened_at,sys_updated_at\nINC1,New,1 - Critical,x,y",
    )
    lines = problems(service_desk, path)
    assert lines == [
        f"{path}: no column 'incident_state' (the state); the file has: number, state, priority,"
        " opened_at, sys_updated_at. Name it in the mapping's columns"
    ]
    read = read_history(
        service_desk,
        write(
            tmp_path / "b.csv",
            """
number,state,priority,opened_at,sys_updated_at
INC1,New,1 - Critical,01-03-2025 10:00,01-03-2025 10:00
""",
        ),
        None,
        Mapping(timezone="UTC", columns={"state": "state"}),
        "-",
    )
    assert read.states[read.state[0]] == "New"


def test_each_bad_row_is_one_line_with_row_and_column(
    service_desk: Agreement, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "a.csv",
        f"""
{HEADER}
INC1,New,1 - Critical,01-03-2025 10:00,01-03-2025 10:00
INC1,Dancing,1 - Critical,01-03-2025 10:00,01-03-2025 11:00
INC2,New,9 - Whenever,01-03-2025 10:00,2025/03/01 10:00
INC2,New,9 - Whenever,01-03-2025 10:00,01-03-2025 12:00
""",
    )
    lines = problems(service_desk, path)
    assert lines == [
        f"{path}: row 3, column sys_updated_at: '2025/03/01 10:00' is not a date in the form"
        " %d-%m-%Y %H:%M",
        f"{path}: row 2, column incident_state: unknown state 'Dancing' (known: New, In Progress,"
        " Active, On Hold, Awaiting Caller, Awaiting User Info, Awaiting Change, Awaiting"
        " Problem, Awaiting Vendor, Awaiting Evidence, Resolved, Closed and Canceled);"
        " a state of the workflow's own goes in the mapping's"
        " states",
        f"{path}: row 3, column priority: unknown priority '9 - Whenever' (mapped: 1 - Critical,"
        " 2 - High, 3 - Moderate and 4 - Low); map it in the mapping's priorities (2 rows like it)",
    ]
    portuguese = problems(service_desk, path, language="pt-BR")
    assert portuguese[0].startswith(f"{path}: linha 3, coluna sys_updated_at:")


def test_times_without_zone_need_the_mapping_zone(service_desk: Agreement, tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.csv",
        f"""
{HEADER}
INC1,New,1 - Critical,01-03-2025 10:00,01-03-2025 10:00
""",
    )
    lines = problems(service_desk, path, Mapping())
    assert lines[0] == (
        f"{path}: row 1, column opened_at: '01-03-2025 10:00' has no time zone and the mapping"
        " gives none: add timezone to the mapping"
    )


def test_two_incidents_under_one_number_and_updates_before_opening(
    service_desk: Agreement, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "a.csv",
        f"""
{HEADER}
INC1,New,1 - Critical,01-03-2025 10:00,01-03-2025 10:00
INC1,New,1 - Critical,02-03-2025 10:00,02-03-2025 10:00
""",
    )
    assert problems(service_desk, path) == [
        f"{path}: row 1, column opened_at: incident 'INC1' has two different opening times: two"
        " incidents share its number"
    ]
    path = write(
        tmp_path / "b.csv",
        f"""
{HEADER}
INC1,New,1 - Critical,01-03-2025 10:00,01-03-2025 10:00
INC1,Active,1 - Critical,01-03-2025 10:00,01-03-2025 09:59
""",
    )
    assert problems(service_desk, path) == [
        f"{path}: row 2, column sys_updated_at: an update of ticket 'INC1' before the ticket was"
        " created"
    ]


def test_zendesk_duplicates_unknown_tickets_and_events_before_creation(
    service_desk: Agreement, tmp_path: Path
) -> None:
    tickets = write(
        tmp_path / "t.csv",
        """
id,created_at,updated_at,priority,status
1,2025-03-01T10:00:00Z,2025-03-01T10:00:00Z,high,open
1,2025-03-02T10:00:00Z,2025-03-01T10:00:00Z,high,open
2,2025-03-01T10:00:00,2025-03-01T10:00:00Z,low,open
""",
    )
    events = write(
        tmp_path / "e.csv",
        """
id,ticket_id,metric,instance_id,type,time
1,1,reply_time,1,activate,2025-03-01T10:00:00Z
2,7,reply_time,1,fulfill,2025-03-01T11:00:00Z
3,2,reply_time,1,explode,2025-03-01T11:00:00Z
""",
    )
    lines = problems(service_desk, tickets, Mapping(preset="zendesk"), events)
    assert lines == [
        f"{tickets}: row 3, column created_at: '2025-03-01T10:00:00' has no time zone and the"
        " mapping gives none: add timezone to the mapping",
        f"{tickets}: row 1, column id: ticket '1' appears more than once (2 rows with a"
        " duplicated id)",
        f"{events}: row 3, column type: unknown event type 'explode' (known: activate, pause,"
        " fulfill, apply_sla, apply_group_sla, breach, update_status and measure)",
        f"{events}: row 2, column ticket_id: event of ticket '7', which the tickets file does not"
        " have",
    ]
    tickets = write(
        tmp_path / "t.csv",
        """
id,created_at,updated_at,priority,status
1,2025-03-01T10:00:00-03:00,2025-03-01T10:00:00Z,high,open
""",
    )
    events = write(
        tmp_path / "e.csv",
        """
id,ticket_id,metric,instance_id,type,time
1,1,reply_time,1,activate,2025-03-01T12:00:00Z
2,7,reply_time,1,fulfill,2025-03-01T14:00:00Z
""",
    )
    assert problems(service_desk, tickets, Mapping(preset="zendesk"), events) == [
        f"{events}: row 2, column ticket_id: event of ticket '7', which the tickets file does not"
        " have",
        f"{events}: row 1, column time: an update of ticket '1' before the ticket was created",
    ]


def test_the_mapping_names_real_priorities_metrics_and_states(
    service_desk: Agreement, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "a.csv", f"{HEADER}\nINC1,New,1 - Critical,01-03-2025 10:00,01-03-2025 10:00"
    )
    mapping = Mapping(
        timezone="UTC",
        priorities={"1 - Critical": "P9"},
        pauses={"tempo-solucao": ["Awaiting Godot"], "speed": []},
    )
    lines = problems(service_desk, path, mapping)
    assert len(lines) == 3
    assert "'P9', which is not a priority of the agreement" in lines[0]
    assert "tempo-solucao: unknown state 'Awaiting Godot'" in lines[1]
    assert "unknown metric 'speed'" in lines[2]


def test_mapping_file_errors_are_one_line(tmp_path: Path) -> None:
    bad = write(tmp_path / "m.yaml", "timezone: Mars/Olympus")
    with pytest.raises(MappingError) as caught:
        load_mapping(bad)
    assert caught.value.text("en").startswith(f"{bad}: timezone: ")
    assert "Mars/Olympus" in caught.value.text("en")
    extra = write(tmp_path / "x.yaml", "colums: {id: n}")
    with pytest.raises(MappingError) as caught:
        load_mapping(extra)
    assert caught.value.text("en").startswith(f"{extra}: colums: ")
    broken = write(tmp_path / "y.yaml", "priorities: [a\nb: c")
    with pytest.raises(MappingError) as caught:
        load_mapping(broken)
    assert caught.value.text("en").startswith(f"{broken}:")


GOOD_MAPPING = """
preset: servicenow
timezone: America/Sao_Paulo
priorities: {"1 - Critical": P1, "2 - High": P2}
pauses:
  tempo-solucao: [Awaiting User Info, Awaiting Vendor]
columns: {created: opened, updated: updated}
date_format: "%d/%m/%Y %H:%M"
"""


def test_mapping_json_schema_accepts_what_loads_and_refuses_the_rest(tmp_path: Path) -> None:
    schema = mapping_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    good = yaml.safe_load(GOOD_MAPPING)
    jsonschema.validate(good, schema)
    assert load_mapping(write(tmp_path / "m.yaml", GOOD_MAPPING)).pauses["tempo-solucao"] == [
        "Awaiting User Info",
        "Awaiting Vendor",
    ]
    for wrong in (
        {"preset": "jira"},
        {"columns": {"colour": "x"}},
        {"pauses": {"m": "a"}},
        {"extra": 1},
    ):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(wrong, schema)
