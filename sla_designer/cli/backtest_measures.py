"""`sla-designer backtest --outages FILE --intervals FILE`: availability and contact-centre
metrics back-tested, and written as text beside the ticket metrics' output (JSON and CSV rows:
`backtest_measure_rows`).

Text: per metric its windows, each with the measure, the objective and whether it was met (and,
for availability, the objective the history supports).
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, TextIO

from sla_designer.backtest.availability import (
    SHARE,
    AvailabilityResult,
    AvailabilityRow,
    backtest_availability,
    unread_outages,
)
from sla_designer.backtest.contact_centre import (
    ContactResult,
    ContactRow,
    backtest_contact_centre,
    rounded,
)
from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.measure_files import read_intervals
from sla_designer.backtest.outage_list import read_outages
from sla_designer.backtest.sources import TicketFileError
from sla_designer.calc.contact_measures import service_level_parts
from sla_designer.cli.backtest_more import window_label
from sla_designer.cli.common import CliError, as_written
from sla_designer.model import Agreement
from sla_designer.model.metrics import (
    AbandonmentRateMetric,
    MeasurementWindow,
    ServiceLevelMetric,
)
from sla_designer.text import texts
from sla_designer.text.formats import formatter
from sla_designer.text.values import Problem


@dataclass
class Measures:
    """The availability and contact-centre results of one run."""

    availability: list[AvailabilityResult] = field(default_factory=list)
    unread: int = 0
    contact: list[ContactResult] = field(default_factory=list)

    @property
    def verdicts(self) -> list[bool]:
        """Whether each window that counts met its objective."""
        found: list[bool | None] = [row.objective_met for r in self.availability for row in r.rows]
        found += [row.objective_met for r in self.contact for row in r.rows]
        return [v for v in found if v is not None]


def measure(
    args: argparse.Namespace,
    agreement: Agreement,
    mapping: Mapping,
    start: dt.date | None,
    end: dt.date | None,
    *,
    share: Fraction = SHARE,
) -> Measures:
    """Read `--outages` and `--intervals` and back-test their metrics, suggesting objectives met
    in `share` of the windows; a CliError names what is wrong with the files."""
    measures = Measures()
    try:
        if args.outages:
            outages = read_outages(agreement, Path(args.outages), mapping)
            measures.availability = backtest_availability(
                agreement, outages, start, end, share=share
            )
            measures.unread = unread_outages(agreement, outages)
        if args.intervals:
            services = tuple(s.id for s in agreement.service.services)
            intervals = read_intervals(Path(args.intervals), mapping, services)
            measures.contact = backtest_contact_centre(agreement, intervals, mapping, start, end)
    except TicketFileError as error:
        raise CliError(error) from None
    except Problem as problem:  # a calendar the calculators cannot lay out
        raise CliError(problem) from None
    return measures


def _say(language: str, key: str, /, count: int | None = None, **values: object) -> str:
    return texts(language)(f"backtest.measures.{key}", count=count, **values)


def _verdict(language: str, met: bool | None) -> str:
    return texts(language)("backtest.met" if met else "backtest.missed")


def _objective(language: str, comparison: str, value: str) -> str:
    return _say(language, f"comparison.{comparison}", value=value)


def _seconds(value: Fraction | Decimal) -> Decimal:
    return rounded(Fraction(value), 2)


def write_text(measures: Measures, language: str, out: TextIO) -> None:
    fmt = formatter(language)
    for result in measures.availability:
        metric = result.metric
        objective = _objective(language, metric.comparison, fmt.percent(metric.objective))
        out.write(
            _say(
                language,
                "availability",
                count=result.outages,
                name=metric.name,
                metric=metric.id,
                objective=objective,
            )
            + "\n"
        )
        if result.rows:
            out.write("  " + _say(language, "not_counted") + "\n")
        for row in result.rows:
            out.write("  " + _availability_row(metric.window, row, language) + "\n")
        if not result.rows:
            out.write("  " + _say(language, "no_outage") + "\n")
        suggestion = result.suggestion
        if suggestion is not None:
            out.write(
                "  "
                + _say(
                    language,
                    "suggestion",
                    count=suggestion.windows,
                    suggested=fmt.percent(suggestion.suggested),
                    met=suggestion.met_suggested,
                    current=fmt.percent(suggestion.current),
                    current_met=suggestion.met_now,
                    needed=suggestion.needed,
                )
                + "\n"
            )
    if measures.unread:
        out.write(_say(language, "unread_outages", count=measures.unread) + "\n")
    for contact in measures.contact:
        _contact_text(contact, language, out)


def _availability_row(window: MeasurementWindow, row: AvailabilityRow, language: str) -> str:
    fmt = formatter(language)
    counted = row.uptime.downtime
    excluded = dt.timedelta(microseconds=row.outage_time) - counted
    return _say(
        language,
        "availability_row",
        window=window_label(window, row.window),
        attainment=fmt.percent(row.attainment),
        downtime=fmt.duration(counted, "h"),
        excluded=fmt.duration(excluded, "h"),
        verdict=_verdict(language, row.objective_met),
    )


def _what(result: ContactResult, language: str) -> str:
    fmt = formatter(language)
    metric = result.metric
    if isinstance(metric, ServiceLevelMetric):
        formula = _say(language, f"formula.{metric.formula}")
        return _say(
            language,
            "what.service_level",
            threshold=fmt.duration(metric.threshold),
            formula=formula,
        )
    if isinstance(metric, AbandonmentRateMetric):
        if metric.short_abandon_threshold is None:
            return _say(language, "what.abandonment_rate")
        threshold = fmt.duration(metric.short_abandon_threshold)
        return _say(language, "what.abandonment_short", threshold=threshold)
    return _say(language, "what.average_speed_of_answer")


def _contact_text(result: ContactResult, language: str, out: TextIO) -> None:
    fmt, written = formatter(language), as_written(language)
    metric = result.metric
    if result.skipped is not None:
        why = _say(language, f"skipped.{result.skipped}")
        out.write(texts(language)("backtest.skipped_metric", metric=metric.id, why=why) + "\n")
        return
    if result.unit == "percent":
        value = fmt.percent(metric.objective)  # type: ignore[arg-type]
    else:
        value = fmt.duration(metric.objective)  # type: ignore[arg-type]
    objective = _objective(language, metric.comparison, value)
    what = _what(result, language)
    out.write(
        _say(
            language, "contact", name=metric.name, metric=metric.id, what=what, objective=objective
        )
        + "\n"
    )
    if result.threshold is not None:
        out.write("  " + _say(language, "assumed", threshold=fmt.duration(result.threshold)) + "\n")
    for row in result.rows:
        out.write("  " + _contact_row(result, row, language, written) + "\n")
    if not result.rows:
        out.write("  " + _say(language, "no_intervals") + "\n")


def _parts(result: ContactResult, row: ContactRow) -> tuple[int, int]:
    metric, counts = result.metric, row.counts
    if isinstance(metric, ServiceLevelMetric):
        return service_level_parts(counts, metric.formula)
    if isinstance(metric, AbandonmentRateMetric) and metric.short_abandon_threshold is not None:
        short = counts.short_abandoned
        return counts.abandoned - short, counts.offered - short
    return counts.abandoned, counts.offered


def _contact_row(result: ContactResult, row: ContactRow, language: str, written: Any) -> str:
    window = window_label(result.metric.window, row.window)
    if row.measured is None:
        return _say(language, "no_contacts", window=window)
    verdict = _verdict(language, row.objective_met)
    if result.unit == "seconds":
        return _say(
            language,
            "speed_row",
            count=row.counts.answered,
            window=window,
            wait=written.number(_seconds(row.counts.wait or Fraction(0))),
            measured=written.number(_seconds(row.measured)),
            verdict=verdict,
        )
    part, whole = _parts(result, row)
    return _say(
        language,
        "share_row",
        count=whole,
        window=window,
        part=part,
        measured=written.percent(rounded(row.measured)),
        verdict=verdict,
    )
