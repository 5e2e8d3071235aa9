"""`sla-designer backtest`'s options and the files it reads: the period (`--from`, `--to`), the
agreement, the mapping (or `--preset`), which files were given and how they may be written, the
share of windows a suggestion must meet; the ticket history back-tested with its suggested
targets."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from sla_designer.backtest.mapping import Mapping, MappingError, load_mapping
from sla_designer.backtest.memory import kept_columns
from sla_designer.backtest.reading import TicketHistory, read_history
from sla_designer.backtest.report import MetricResult, backtest
from sla_designer.backtest.sources import TicketFileError
from sla_designer.backtest.suggest import Suggestion, suggest
from sla_designer.cli.backtest_more import parse_share
from sla_designer.cli.common import CliError, check_output, load_for_cli
from sla_designer.model import Agreement
from sla_designer.text.values import Problem


@dataclass(frozen=True)
class Options:
    """What the command's options say, checked, with the agreement and the mapping read."""

    agreement: Agreement
    mapping: Mapping
    start: dt.date | None
    end: dt.date | None
    share: Fraction


def read_options(args: argparse.Namespace) -> Options:
    """The options checked in the order a user reads them; a CliError names the first wrong."""
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if start is not None and end is not None and end <= start:
        raise CliError.of("backtest.errors.empty_period", start=start, end=end)
    if args.output:
        check_output(args.output, "output")
    agreement: Agreement = load_for_cli(args.file)
    try:
        mapping = load_mapping(Path(args.mapping)) if args.mapping else Mapping()
    except MappingError as error:
        raise CliError(error) from None
    if args.preset:
        mapping = mapping.model_copy(update={"preset": args.preset})
    if not (args.tickets or args.outages or args.intervals):
        raise CliError.of("backtest.errors.no_data")
    if args.format == "csv" and args.tickets and (args.outages or args.intervals):
        raise CliError.of("backtest.errors.csv_one_kind")
    share = parse_share(getattr(args, "share", None))
    if not args.tickets and args.events:
        raise CliError.of("backtest.errors.events_without_tickets")
    return Options(agreement, mapping, start, end, share)


def _day(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError.of("backtest.errors.not_a_day", option=option, text=text) from None


@dataclass(frozen=True)
class TicketResults:
    """What the ticket files gave: the history read, each metric's windows and the suggested
    targets (no history: no ticket file given)."""

    history: TicketHistory | None
    results: list[MetricResult]
    suggestions: list[Suggestion]


def read_tickets(
    args: argparse.Namespace,
    agreement: Agreement,
    mapping: Mapping,
    start: dt.date | None,
    end: dt.date | None,
    *,
    share: Fraction,
) -> TicketResults:
    events = Path(args.events) if args.events else None
    # The columns the reading frees are kept for the metrics' (`kept_columns`).
    with kept_columns():
        try:
            history = read_history(
                agreement,
                Path(args.tickets),
                events,
                mapping,
                args.mapping or "--preset",
                skip_bad_rows=args.skip_bad_rows,
            )
        except TicketFileError as error:
            raise CliError(error) from None
        try:
            results = backtest(agreement, history, mapping, start, end)
            suggestions = suggest(agreement, history, results, share)
        except Problem as problem:  # a calendar the calculators cannot lay out
            raise CliError(problem) from None
    return TicketResults(history, results, suggestions)
