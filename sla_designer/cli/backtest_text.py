"""`sla-designer backtest` as text: per ticket metric, one line per priority (or all tickets,
pooled) and window; then the availability and contact-centre metrics' lines (`backtest_measures`)
and how many windows that count missed their objective."""

from __future__ import annotations

from typing import TextIO

from sla_designer.backtest.outcome import target_for
from sla_designer.backtest.report import MetricResult, WindowRow
from sla_designer.cli.backtest_measures import Measures, write_text
from sla_designer.cli.backtest_more import elapsed, say, statistic_words, window_label
from sla_designer.cli.common import as_written


def write_windows(
    results: list[MetricResult], language: str, out: TextIO, measures: Measures
) -> None:
    """Every metric's windows, then the line of how many that count missed their objective."""
    missed = counted = 0
    for result in results:
        metric = result.metric
        if result.skipped is not None:
            out.write(
                say(
                    language,
                    "skipped_metric",
                    metric=metric.id,
                    why=say(language, f"skipped.{result.skipped}"),
                )
                + "\n"
            )
            continue
        reading = say(language, f"mode.{result.mode}")
        counts = (
            say(language, "minimum", count=result.minimum)
            if result.minimum > 1
            else say(language, "from_first")
        )
        out.write(
            say(
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
            out.write("  " + say(language, "no_tickets") + "\n")
        if result.open:
            out.write("  " + say(language, "open", count=result.open) + "\n")
        if result.without_target:
            out.write("  " + say(language, "without_target", count=result.without_target) + "\n")
    write_text(measures, language, out)
    counted += len(measures.verdicts)
    missed += measures.verdicts.count(False)
    out.write(say(language, "summary", count=counted, missed=missed) + "\n")


def _line(result: MetricResult, row: WindowRow, language: str) -> str:
    fmt = as_written(language)
    if row.priority is None:
        scope, within = say(language, "all_priorities"), say(language, "own_target")
        if len(result.metric.targets) == 1:
            within = result.metric.targets[0].target.text(language)
    else:
        target = target_for(result.metric, row.priority)
        scope = row.priority
        within = target.target.text(language) if target is not None else ""
    if row.objective_met is None:
        verdict = say(language, "too_few", count=result.minimum)
    else:
        verdict = say(language, "met" if row.objective_met else "missed")
    attainment = row.attainment
    if row.measure != "each" and row.value is not None:
        target = target_for(result.metric, row.priority or "")
        return say(
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
    return say(
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
