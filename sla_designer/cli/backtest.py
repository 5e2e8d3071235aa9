"""`sla-designer backtest`: the agreement's response and resolution time targets run over a
help desk's ticket history.

    sla-designer backtest AGREEMENT.yaml --tickets DATA [--events DATA]
                          [--preset servicenow|zendesk|jsm|freshdesk | --mapping MAPPING.yaml]
                          [--from DATE] [--to DATE] [--share SHARE] [--skip-bad-rows]
                          [--format text|json|csv] [-o OUT]

Text prints one line per metric, priority (or all tickets, pooled) and window, then the credits
due per window (of every metric back-tested: tickets, outages, intervals), then the suggested
targets (cli/backtest_more.py); JSON the same as objects
(`windows`, `credits`, `suggestions`); CSV one row per ticket (or wait) and metric. Exit
status: 0 every window that counts met its objective, 1 some window missed it, 2 usage or input
error (one line per problem). With --skip-bad-rows, rows with a problem are left out instead:
each kind of problem is counted, with its first rows (in the text before the results, in JSON
under `skipped`, on the standard error beside CSV).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any, TextIO

from sla_designer.backtest.credits import Credits, window_credits
from sla_designer.backtest.mapping import Mapping, MappingError, load_mapping
from sla_designer.backtest.outcome import STATUSES
from sla_designer.backtest.reading import TicketHistory, read_history
from sla_designer.backtest.report import MetricResult, WindowRow, backtest, metric_zone
from sla_designer.backtest.sources import Skipped, TicketFileError
from sla_designer.backtest.suggest import Suggestion, suggest
from sla_designer.calc.calendar_index import from_instant
from sla_designer.cli.backtest_measure_rows import json_rows, write_csv
from sla_designer.cli.backtest_measures import Measures, measure, write_text
from sla_designer.cli.backtest_more import (
    credits_json,
    credits_text,
    elapsed,
    parse_share,
    skipped_json,
    skipped_lines,
    statistic_words,
    suggestions_json,
    suggestions_text,
    window_label,
)
from sla_designer.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    CliError,
    as_written,
    check_output,
    load_for_cli,
    print_json,
)
from sla_designer.model import Agreement
from sla_designer.text import texts
from sla_designer.text.values import Problem


def _say(language: str, key: str, /, count: int | None = None, **values: object) -> str:
    """A phrase of the back-test's words (`backtest.yaml`) in `language`."""
    return texts(language)(f"backtest.{key}", count=count, **values)


def _day(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError.of("backtest.errors.not_a_day", option=option, text=text) from None


def run(args: argparse.Namespace) -> int:
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
    tickets = TicketResults(None, [], [])
    if args.tickets:
        tickets = _tickets(args, agreement, mapping, start, end, share=share)
    elif args.events:
        raise CliError.of("backtest.errors.events_without_tickets")
    results = tickets.results
    measures = measure(args, agreement, mapping, start, end, share=share)
    try:
        credits = window_credits(agreement, results, measures.availability, measures.contact)
    except Problem as problem:  # a schedule the calculator cannot read
        raise CliError(problem) from None
    skipped = tickets.history.skipped if tickets.history is not None else ()
    # JSON has `skipped` when rows could be skipped: without the option, the report is as before.
    listed = skipped if getattr(args, "skip_bad_rows", False) else None
    with _output(args.output) as out:
        if args.format == "json":
            _json(results, out, credits, tickets.suggestions, measures, skipped=listed)
        elif args.format == "csv":
            for line in skipped_lines(skipped, args.language):
                print(line, file=sys.stderr)
            if tickets.history is not None:
                _csv(agreement, tickets.history, results, out)
            else:
                write_csv(measures, out)
        else:
            for line in skipped_lines(skipped, args.language):
                out.write(line + "\n")
            _text(results, args.language, out, measures)
            credits_text(credits, agreement, args.language, out)
            if tickets.history is not None:
                suggestions_text(tickets.suggestions, share, args.language, out)
    if False in measures.verdicts:
        return EXIT_FINDINGS
    missed = any(row.objective_met is False for r in results for row in r.rows)
    return EXIT_FINDINGS if missed else EXIT_OK


@dataclass(frozen=True)
class TicketResults:
    """What the ticket files gave: the history read, each metric's windows and the suggested
    targets (no history: no ticket file given)."""

    history: TicketHistory | None
    results: list[MetricResult]
    suggestions: list[Suggestion]


def _tickets(
    args: argparse.Namespace,
    agreement: Agreement,
    mapping: Mapping,
    start: dt.date | None,
    end: dt.date | None,
    *,
    share: Fraction,
) -> TicketResults:
    events = Path(args.events) if args.events else None
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


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    buffer = io.StringIO()
    yield buffer
    Path(path).write_text(buffer.getvalue(), encoding="utf-8", newline="")


def _text(results: list[MetricResult], language: str, out: TextIO, measures: Measures) -> None:
    missed = counted = 0
    for result in results:
        metric = result.metric
        if result.skipped is not None:
            out.write(
                _say(
                    language,
                    "skipped_metric",
                    metric=metric.id,
                    why=_say(language, f"skipped.{result.skipped}"),
                )
                + "\n"
            )
            continue
        reading = _say(language, f"mode.{result.mode}")
        counts = (
            _say(language, "minimum", count=result.minimum)
            if result.minimum > 1
            else _say(language, "from_first")
        )
        out.write(
            _say(
                language,
                "metric",
                name=metric.name,
                metric=metric.id,
                reading=reading,
                counts=counts,
            )
            + "\n"
        )
        for row in result.rows:
            out.write("  " + _line(result, row, language) + "\n")
            counted += row.objective_met is not None
            missed += row.objective_met is False
        if not result.rows:
            out.write("  " + _say(language, "no_tickets") + "\n")
        if result.open:
            out.write("  " + _say(language, "open", count=result.open) + "\n")
        if result.without_target:
            out.write("  " + _say(language, "without_target", count=result.without_target) + "\n")
    write_text(measures, language, out)
    counted += len(measures.verdicts)
    missed += measures.verdicts.count(False)
    out.write(_say(language, "summary", count=counted, missed=missed) + "\n")


def _line(result: MetricResult, row: WindowRow, language: str) -> str:
    from sla_designer.backtest.outcome import target_for

    fmt = as_written(language)
    if row.priority is None:
        scope, within = _say(language, "all_priorities"), _say(language, "own_target")
        if len(result.metric.targets) == 1:
            within = result.metric.targets[0].target.text(language)
    else:
        target = target_for(result.metric, row.priority)
        scope = row.priority
        within = target.target.text(language) if target is not None else ""
    if row.objective_met is None:
        verdict = _say(language, "too_few", count=result.minimum)
    else:
        verdict = _say(language, "met" if row.objective_met else "missed")
    attainment = row.attainment
    if row.measure != "each" and row.value is not None:
        target = target_for(result.metric, row.priority or "")
        return _say(
            language,
            "row_statistic",
            scope=scope,
            window=window_label(result.metric.window, row.window),
            count=row.tickets,
            statistic=statistic_words(row, target.percentile if target else None, language),
            value=elapsed(row.value, language),
            within=within,
            verdict=verdict,
        )
    return _say(
        language,
        "row",
        scope=scope,
        window=window_label(result.metric.window, row.window),
        count=row.tickets,
        met=row.met,
        attainment=fmt.percent(attainment) if attainment is not None else "-",
        objective=fmt.percent(row.objective),
        within=within,
        verdict=verdict,
    )


def _json(
    results: list[MetricResult],
    out: TextIO,
    credits: Credits,
    suggestions: list[Suggestion],
    measures: Measures,
    *,
    skipped: tuple[Skipped, ...] | None = None,
) -> None:
    rows = []
    for result in results:
        for row in result.rows:
            rows.append(
                {
                    "metric": result.metric.id,
                    "priority": row.priority,
                    "window": row.window.isoformat(),
                    "tickets": row.tickets,
                    "met": row.met,
                    "attainment": str(row.attainment) if row.attainment is not None else None,
                    "objective": str(row.objective),
                    "counts": row.objective_met is not None,
                    "objective_met": row.objective_met,
                    **(
                        {"measure": row.measure, "value_seconds": str(row.value / 1_000_000)}
                        if row.value is not None
                        else {}
                    ),
                }
            )
    measured, objectives = json_rows(measures)
    data: dict[str, Any] = {
        "windows": [*rows, *measured],
        "metrics": [
            {
                "metric": r.metric.id,
                "attainment": r.mode,
                "minimum_tickets": r.minimum,
                "open_within_target": r.open,
                "without_target": r.without_target,
                "skipped": r.skipped,
            }
            for r in results
        ],
        "credits": credits_json(credits),
        "suggestions": [*suggestions_json(suggestions), *objectives],
    }
    if skipped is not None:
        data["skipped"] = skipped_json(skipped)
    stdout, sys.stdout = sys.stdout, out
    try:
        print_json(data)
    finally:
        sys.stdout = stdout


def _csv(
    agreement: Agreement, history: TicketHistory, results: list[MetricResult], out: TextIO
) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "ticket",
            "metric",
            "priority",
            "created",
            "stopped",
            "elapsed_seconds",
            "paused_seconds",
            "target_seconds",
            "status",
            "window",
        ]
    )
    for result in results:
        times = result.times
        if times is None:
            continue
        zone = metric_zone(agreement, result.metric)
        # A wait (next reply, periodic update) is a row of its ticket, from when it started.
        owners = times.owner if times.owner is not None else range(len(history.ids))
        started = times.started if times.started is not None else history.created
        for index, owner in enumerate(owners):
            stopped = int(times.stopped[index])
            counted = int(times.counted_at[index])
            writer.writerow(
                [
                    history.ids[owner],
                    result.metric.id,
                    history.priorities[int(times.priority[index])],
                    from_instant(int(started[index]), zone).isoformat(),
                    from_instant(stopped, zone).isoformat() if stopped >= 0 else "",
                    _seconds(int(times.elapsed[index])),
                    _seconds(int(times.paused[index])),
                    _seconds(int(times.target[index])) if times.target[index] >= 0 else "",
                    STATUSES[int(times.status[index])],
                    from_instant(counted, zone).date().isoformat() if counted >= 0 else "",
                ]
            )


def _seconds(micros: int) -> str:
    whole, rest = divmod(micros, 1_000_000)
    return str(whole) if rest == 0 else f"{whole}.{rest:06d}".rstrip("0")
