"""`sla-designer sample-tickets`: a synthetic, seeded ticket history in a help desk's export
shape, to try the back-test on.

    sla-designer sample-tickets --preset servicenow|zendesk|jsm|freshdesk|outages|intervals
                                -o FILE.csv|.parquet|.jsonl
                                [--tickets N] [--seed N] [--timezone ZONE] [--force]

ServiceNow writes the incident audit export to FILE and, beside it, FILE-mapping.yaml naming
the preset and the time zone its dates are written in; Zendesk writes the tickets to FILE and
their metric events to FILE-events (same format); Jira Service Management the issues and their
history of changes, Freshdesk the tickets and their activities, the same way. `outages` writes
an outage list (N outages, default 36) and `intervals` a contact centre's half-hour intervals
(N contacts in the year, default 120000), each with FILE-mapping.yaml (the zone; for intervals,
the thresholds).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from sla_designer.backtest.sample_files import (
    events_path,
    file_format,
    write_servicenow,
    write_zendesk,
)
from sla_designer.backtest.sample_histories import write_freshdesk, write_jsm
from sla_designer.backtest.sample_measures import (
    MEASURE_SAMPLES,
    SHORT_ABANDON,
    THRESHOLD,
    write_intervals,
    write_outages,
)
from sla_designer.backtest.samples import history
from sla_designer.cli.common import EXIT_OK, CliError, check_output
from sla_designer.text import texts

_MOST_TICKETS = 20_000_000
_EVENTS = ("zendesk", "jsm", "freshdesk")
"""Presets whose sample writes a second file of events beside the first (FILE-events)."""
_DEFAULTS = {
    "servicenow": 2000,
    "zendesk": 2000,
    "jsm": 2000,
    "freshdesk": 2000,
    "outages": 36,
    "intervals": 120_000,
}


def mapping_path(tickets: Path) -> Path:
    """Where the mapping of a ServiceNow sample goes: `FILE-mapping.yaml`."""
    return tickets.with_name(f"{tickets.stem}-mapping.yaml")


def run(args: argparse.Namespace) -> int:
    language = args.language
    output = Path(args.output)
    if file_format(output) is None:
        raise CliError.of("backtest.errors.unknown_format", file=args.output)
    count = args.tickets if args.tickets is not None else _DEFAULTS[args.preset]
    if not 1 <= count <= _MOST_TICKETS:
        raise CliError.of("backtest.errors.ticket_count", count=count, most=_MOST_TICKETS)
    try:
        ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise CliError.of("backtest.errors.unknown_zone", zone=args.timezone) from None
    check_output(args.output, "output")
    beside = events_path(output) if args.preset in _EVENTS else mapping_path(output)
    for path in (output, beside):
        if path.exists() and not args.force:
            raise CliError.of("cli.errors.exists", output=str(path))
    say = texts(language)
    if args.preset in MEASURE_SAMPLES:
        _measure_sample(args.preset, output, beside, count, args)
        return EXIT_OK
    lives = history(count, args.seed)
    if args.preset == "servicenow":
        rows = write_servicenow(lives, output)
        mapping = {"preset": "servicenow", "timezone": args.timezone}
        beside.write_text(
            f"# {say('backtest.sample.mapping_comment')}\n"
            + yaml.safe_dump(mapping, sort_keys=False, allow_unicode=True),
            encoding="utf-8",
        )
        print(say("backtest.sample.servicenow", count=count, rows=rows, file=str(output)))
        print(say("backtest.sample.mapping", file=str(beside)))
    elif args.preset == "jsm":
        count, events = write_jsm(lives, output, args.timezone)
        print(say("backtest.sample.jsm", count=count, file=str(output)))
        print(say("backtest.sample.jsm_history", count=events, file=str(beside)))
    elif args.preset == "freshdesk":
        count, events = write_freshdesk(lives, output, args.timezone)
        print(say("backtest.sample.freshdesk", count=count, file=str(output)))
        print(say("backtest.sample.activities", count=events, file=str(beside)))
    else:
        count, events = write_zendesk(lives, output, args.timezone)
        print(say("backtest.sample.zendesk", count=count, file=str(output)))
        print(say("backtest.sample.events", count=events, file=str(beside)))
    return EXIT_OK


def _measure_sample(
    preset: str, output: Path, beside: Path, count: int, args: argparse.Namespace
) -> None:
    """An outage list or interval data, and its mapping beside it."""
    say = texts(args.language)
    mapping: dict[str, str] = {"timezone": args.timezone}
    if preset == "outages":
        written = write_outages(output, args.seed, count)
        print(say("backtest.sample.outages", count=written, file=str(output)))
    else:
        written = write_intervals(output, args.seed, count)
        mapping |= {"threshold": THRESHOLD, "short_abandon_threshold": SHORT_ABANDON}
        print(say("backtest.sample.intervals", count=written, file=str(output)))
    beside.write_text(
        f"# {say('backtest.sample.measures_comment')}\n"
        + yaml.safe_dump(mapping, sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    print(say("backtest.sample.measures_mapping", file=str(beside)))
