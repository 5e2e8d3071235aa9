"""`sla-designer backtest`: the credits the windows would have earned and the suggested targets,
in text (after the windows) and in JSON (`credits`, `suggestions`); the rows --skip-bad-rows
left out (`skipped`)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import Any, TextIO

from sla_designer.backtest.credits import Credits
from sla_designer.backtest.report import WindowRow
from sla_designer.backtest.sources import Skipped
from sla_designer.backtest.suggest import Suggestion
from sla_designer.cli.common import CliError, as_written
from sla_designer.model import Agreement
from sla_designer.model.metrics import MeasurementWindow
from sla_designer.text import texts
from sla_designer.text.formats import formatter


def say(language: str, key: str, /, count: int | None = None, **values: object) -> str:
    """A phrase of the back-test's words (`backtest.yaml`) in `language`."""
    return texts(language)(f"backtest.{key}", count=count, **values)


def parse_share(text: str | None) -> Fraction:
    """`--share`: '10/12', '0.8' or '80%': the share of windows a suggested target must meet."""
    from sla_designer.backtest.suggest import DEFAULT_SHARE

    if text is None:
        return DEFAULT_SHARE
    written = text.strip().replace(",", ".")
    try:
        if written.endswith("%"):
            share = Fraction(Decimal(written[:-1].strip())) / 100
        else:
            share = Fraction(written)
    except (ValueError, ZeroDivisionError, ArithmeticError):
        share = Fraction(-1)
    if not 0 < share <= 1:
        raise CliError.of("backtest.errors.bad_share", text=text)
    return share


def statistic_words(row: WindowRow, percentile: int | None, language: str) -> str:
    """'90th percentile', 'average', 'median'."""
    if row.measure == "percentile":
        return formatter(language).percentile(percentile or 50)
    return say(language, f"measure.{row.measure}")


def elapsed(micros: Decimal | int, language: str) -> str:
    """An elapsed time to the second, in hours and minutes: '7 h 40 min'."""
    seconds = int(Decimal(micros) / 1_000_000)
    return formatter(language).short_duration(dt.timedelta(seconds=seconds), "h")


def window_label(window: MeasurementWindow, day: dt.date) -> str:
    """A window as the rows name it: 2025-03, 2025-Q1, 2025, or its first day."""
    if window.kind == "month":
        return f"{day:%Y-%m}"
    if window.kind == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if window.kind == "year":
        return str(day.year)
    return day.isoformat()


def credits_text(credits: Credits, agreement: Agreement, language: str, out: TextIO) -> None:
    """The credits of the windows that earned one (or that a cap lowered), the schedules not
    computed and why, and the total per currency."""
    fmt = as_written(language)
    out.write(say(language, "credits.head") + "\n")
    if not credits.windows and not credits.notes:
        out.write("  " + say(language, "credits.none") + "\n")
    for credit in credits.windows:
        result = credit.result
        if result.amount == 0 and not result.caps:
            continue
        metric = agreement.metric(credit.metric)
        assert metric is not None
        out.write(
            "  "
            + say(
                language,
                "credits.row",
                schedule=credit.schedule,
                window=window_label(metric.window, credit.window),
                amount=fmt.money(result.amount, result.currency),
                explanation=result.text(language),
            )
            + "\n"
        )
    for note in credits.notes:
        why = say(language, f"credit_skipped.{note.why}")
        out.write("  " + say(language, "credits.skipped", schedule=note.schedule, why=why) + "\n")
    due = credits.totals()
    windows = sum(1 for c in credits.windows if c.result.amount > 0)
    if due:
        total = "; ".join(fmt.money(amount, currency) for currency, amount in due.items())
        out.write("  " + say(language, "credits.total", count=windows, total=total) + "\n")


def suggestions_text(
    suggestions: list[Suggestion], share: Fraction, language: str, out: TextIO
) -> None:
    fmt = as_written(language)
    out.write(say(language, "suggestions.head", share=_share(share)) + "\n")
    if not suggestions:
        out.write("  " + say(language, "suggestions.none") + "\n")
    for item in suggestions:
        scope = item.priority or say(language, "all_priorities")
        ranks = ", ".join(
            f"{fmt.percentile(rank)} {elapsed(value, language)}" for rank, value in item.percentiles
        )
        if not item.windows:
            verdict = say(language, "suggestions.no_windows")
        elif item.suggested is None:
            verdict = say(language, "suggestions.nothing", count=item.windows, needed=item.needed)
        else:
            verdict = say(
                language,
                "suggestions.suggested",
                count=item.windows,
                target=item.suggested.text(language),
                written=str(item.suggested),
                met=item.met_suggested,
            )
        out.write(
            "  "
            + say(
                language,
                "suggestions.row",
                metric=item.metric,
                scope=scope,
                current=item.current.text(language),
                tickets=item.tickets,
                count=item.tickets,
                percentiles=ranks or "-",
                met=item.met_now,
                windows=item.windows,
                verdict=verdict,
            )
            + "\n"
        )


def credits_json(credits: Credits) -> dict[str, Any]:
    return {
        "windows": [
            {
                "schedule": c.schedule,
                "metric": c.metric,
                "window": c.window.isoformat(),
                "percent": str(c.result.percent),
                "gross": str(c.result.gross),
                "caps": [{"kind": cap.kind, "limit": str(cap.limit)} for cap in c.result.caps],
                "below_minimum": c.result.below_minimum,
                "amount": str(c.result.amount),
                "currency": c.result.currency,
                "explanation": {"en": c.result.text("en"), "pt-BR": c.result.text("pt-BR")},
            }
            for c in credits.windows
        ],
        "total": {currency: str(amount) for currency, amount in credits.totals().items()},
        "not_computed": [
            {"schedule": n.schedule, "metric": n.metric, "why": n.why} for n in credits.notes
        ],
    }


def suggestions_json(suggestions: list[Suggestion]) -> list[dict[str, Any]]:
    return [
        {
            "metric": s.metric,
            "priority": s.priority,
            "path": s.path_text,
            "current": str(s.current),
            "suggested": str(s.suggested) if s.suggested is not None else None,
            "tickets": s.tickets,
            "percentiles": {
                str(rank): str(Decimal(value) / 1_000_000) for rank, value in s.percentiles
            },
            "windows": s.windows,
            "windows_needed": s.needed,
            "windows_met_now": s.met_now,
            "windows_met_suggested": s.met_suggested,
            "share": _share(s.share),
        }
        for s in suggestions
    ]


def _share(share: Fraction) -> str:
    """'10/12' for a share of twelve months (the default), else the fraction: '4/5', '1/1'."""
    twelfths = share * 12
    if twelfths.denominator == 1:
        return f"{twelfths.numerator}/12"
    return f"{share.numerator}/{share.denominator}"


def skipped_lines(skipped: tuple[Skipped, ...], language: str) -> list[str]:
    """One line per kind of problem whose rows were left out (--skip-bad-rows): how many, the
    first rows, and the problem of the first of them."""
    return [
        say(
            language,
            "skipped_rows",
            count=kind.count,
            rows=", ".join(str(row) for row in kind.rows),
            problem=kind.problem.text(language),
        )
        for kind in skipped
    ]


def skipped_json(skipped: tuple[Skipped, ...]) -> list[dict[str, object]]:
    """The rows left out, per kind of problem, as JSON objects."""
    return [
        {
            "problem": kind.problem.key.rsplit(".", 1)[-1],
            "file": kind.file,
            "column": kind.column,
            "rows": kind.count,
            "first_rows": list(kind.rows),
            "message": str(kind.problem),
        }
        for kind in skipped
    ]
