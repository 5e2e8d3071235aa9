"""`sla-designer sample-tickets`: a synthetic, seeded ticket history in a help desk's export
shape, to try the back-test on.

    sla-designer sample-tickets --preset servicenow|zendesk -o FILE.csv|.parquet|.jsonl
                                [--tickets N] [--seed N] [--timezone ZONE] [--force]

ServiceNow writes the incident audit export to FILE and, beside it, FILE-mapping.yaml naming
the preset and the time zone its dates are written in; Zendesk writes the tickets to FILE and
their metric events to FILE-events (same format).
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
from sla_designer.backtest.samples import history
from sla_designer.cli.common import EXIT_OK, CliError, check_output
from sla_designer.text import texts

_MOST_TICKETS = 20_000_000


def mapping_path(tickets: Path) -> Path:
    """Where the mapping of a ServiceNow sample goes: `FILE-mapping.yaml`."""
    return tickets.with_name(f"{tickets.stem}-mapping.yaml")


def run(args: argparse.Namespace) -> int:
    language = args.language
    output = Path(args.output)
    if file_format(output) is None:
        raise CliError.of("backtest.errors.unknown_format", file=args.output)
    if not 1 <= args.tickets <= _MOST_TICKETS:
        raise CliError.of("backtest.errors.ticket_count", count=args.tickets, most=_MOST_TICKETS)
    try:
        ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise CliError.of("backtest.errors.unknown_zone", zone=args.timezone) from None
    check_output(args.output, "output")
    beside = mapping_path(output) if args.preset == "servicenow" else events_path(output)
    for path in (output, beside):
        if path.exists() and not args.force:
            raise CliError.of("cli.errors.exists", output=str(path))
    lives = history(args.tickets, args.seed)
    say = texts(language)
    if args.preset == "servicenow":
        rows = write_servicenow(lives, output)
        mapping = {"preset": "servicenow", "timezone": args.timezone}
        beside.write_text(
            f"# {say('backtest.sample.mapping_comment')}\n"
            + yaml.safe_dump(mapping, sort_keys=False, allow_unicode=True),
            encoding="utf-8",
        )
        print(say("backtest.sample.servicenow", count=args.tickets, rows=rows, file=str(output)))
        print(say("backtest.sample.mapping", file=str(beside)))
    else:
        count, events = write_zendesk(lives, output, args.timezone)
        print(say("backtest.sample.zendesk", count=count, file=str(output)))
        print(say("backtest.sample.events", count=events, file=str(beside)))
    return EXIT_OK
