"""`sla-designer backtest --outages`: availability per window through the uptime calculator, with
maintenance windows, agreed exclusions, the minimum outage, services and time zones."""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from sla_designer.backtest.availability import AvailabilityRow, backtest_availability, suggest
from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.outage_list import read_outages
from sla_designer.calc.uptime import Outage, Uptime, measure_uptime
from sla_designer.cli import main
from sla_designer.io import load_agreement
from sla_designer.model.metrics import AvailabilityMetric
from tests.backtest.conftest import ROOT, write

SAAS = ROOT / "templates" / "saas-availability.yaml"
"""Two availability metrics on a Europe/London calendar: AP Cloud 99.9 % (minimum outage 1 min)
and the Connect API 99.5 % (5 min); planned maintenance on Sundays 01:00-04:00 London time."""

# March 2025 in London: 31 days less the hour lost on 30 March = 44,580 minutes.
MARCH = """
start,end,service,excluded
2025-03-05T10:00:00Z,2025-03-05T10:30:00Z,ap-cloud,
2025-03-09T00:30:00Z,2025-03-09T02:00:00Z,,
2025-03-12T10:00:00Z,2025-03-12T11:00:00Z,ap-cloud,customer change
2025-03-13T10:00:00Z,2025-03-13T10:00:30Z,ap-cloud,no
2025-03-20T08:00:00Z,2025-03-20T08:03:00Z,connect-api,
"""


def backtest(tmp_path: Path, outages: str, *options: str, agreement: Path = SAAS) -> Any:
    path = write(tmp_path / "outages.csv", outages)
    out = tmp_path / "out.json"
    status = main(
        [
            "backtest",
            str(agreement),
            "--outages",
            str(path),
            "--format",
            "json",
            "-o",
            str(out),
            *options,
        ]
    )
    return status, json.loads(out.read_text("utf-8"))


def windows(data: Any, metric: str) -> dict[str, dict[str, Any]]:
    return {w["window"]: w for w in data["windows"] if w["metric"] == metric}


def test_maintenance_exclusions_and_the_minimum_outage_are_left_out(tmp_path: Path) -> None:
    status, data = backtest(tmp_path, MARCH)
    march = windows(data, "platform-availability")["2025-03-01"]
    # Counted: 30 min on the 5th, and 30 of the 90 min on Sunday the 9th (01:00-04:00 is
    # maintenance); the customer's hour and the 30 s outage (below 1 min) do not count.
    assert march["downtime_minutes"] == "60.000000"
    assert march["excluded_minutes"] == "120.500000"
    exact = Fraction(100 * (44_580 - 60), 44_580)
    assert Decimal(march["attainment"]) == Decimal(int(exact * 10**6)) / 10**6
    assert march["objective_met"] is False and status == 1
    # The API reads its own outage and the one of every service; 3 min is below its 5 min.
    api = windows(data, "api-availability")["2025-03-01"]
    assert api["downtime_minutes"] == "30.000000"
    assert api["objective_met"] is True


def test_rows_are_what_the_uptime_calculator_gives(tmp_path: Path) -> None:
    """Random outages over templates with maintenance, calendars measured within their hours
    and windows in other zones: every window equals measure_uptime called for it."""
    rng = random.Random(7)
    for name in ("saas-availability", "managed-services", "internal-departments"):
        agreement = load_agreement(ROOT / "templates" / f"{name}.yaml")
        lines = ["start,end,excluded"]
        moment = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
        for _ in range(60):
            moment += dt.timedelta(minutes=rng.randint(60, 12_000))
            end = moment + dt.timedelta(seconds=rng.randint(10, 20_000))
            excluded = "yes" if rng.random() < 0.1 else ""
            lines.append(f"{moment.isoformat()},{end.isoformat()},{excluded}")
            moment = end
        path = write(tmp_path / f"{name}.csv", "\n".join(lines))
        data = read_outages(agreement, path, Mapping())
        listed = [
            Outage(
                dt.datetime.fromisoformat(line.split(",")[0]),
                dt.datetime.fromisoformat(line.split(",")[1]),
                excluded=line.endswith("yes"),
            )
            for line in lines[1:]
        ]
        for result in backtest_availability(agreement, data):
            assert len(result.rows) >= 6
            calendar = agreement.calendar_for(result.metric.id)
            for row in result.rows:
                expected = measure_uptime(
                    result.metric, row.window, listed, calendar, agreement.calendars
                )
                assert row.uptime.exact == expected.exact, (name, result.metric.id, row.window)
                assert row.objective_met == expected.met


def test_windows_are_read_in_the_metrics_zone(tmp_path: Path) -> None:
    # 31 March 23:10 UTC is 1 April 00:10 in London (summer time): April's outage.
    outages = "start,end\n2025-03-31T23:10:00Z,2025-03-31T23:40:00Z\n"
    _, data = backtest(tmp_path, outages)
    rows = windows(data, "platform-availability")
    assert list(rows) == ["2025-04-01"]
    assert rows["2025-04-01"]["downtime_minutes"] == "30.000000"


def test_times_without_offset_are_read_in_the_mappings_zone(tmp_path: Path) -> None:
    mapping = write(
        tmp_path / "m.yaml", "timezone: America/Sao_Paulo\ncolumns: {start: de, end: ate}"
    )
    outages = "de,ate\n2025-03-31 21:10:00,2025-03-31 21:40:00\n"
    _, data = backtest(tmp_path, outages, "--mapping", str(mapping))
    # 21:10 in São Paulo is 00:10 UTC, 01:10 in London: April.
    assert list(windows(data, "platform-availability")) == ["2025-04-01"]


def test_from_and_to_measure_windows_without_outages(tmp_path: Path) -> None:
    outages = "start,end\n2025-02-03T10:00:00Z,2025-02-03T10:10:00Z\n"
    _, data = backtest(tmp_path, outages, "--from", "2025-01-01", "--to", "2025-04-01")
    rows = windows(data, "platform-availability")
    assert list(rows) == ["2025-01-01", "2025-02-01", "2025-03-01"]
    assert rows["2025-01-01"]["attainment"] == "100.000000"
    assert rows["2025-02-01"]["downtime_minutes"] == "10.000000"


def _row(percent: str) -> AvailabilityRow:
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    value = Fraction(percent)
    uptime = Uptime(
        start,
        start,
        dt.timedelta(0),
        dt.timedelta(0),
        Decimal(percent),
        Decimal("99.9"),
        (),
        (),
        exact=value,
    )
    return AvailabilityRow(dt.date(2025, 1, 1), uptime, 0)


def test_suggestion_is_the_round_objective_met_in_ten_of_twelve_months() -> None:
    metric = AvailabilityMetric(id="a", name="A", objective=Decimal("99.9"))
    months = ["99.99", "99.97", "99.96", "99.96", "99.95", "99.951", "99.99"]
    months += ["99.98", "99.97", "99.955", "99.7", "99.2"]
    suggestion = suggest(metric, [_row(p) for p in months])
    assert suggestion is not None
    assert suggestion.suggested == Decimal("99.95")
    assert suggestion.path_text == "metrics[0].objective"
    figures = (suggestion.windows, suggestion.needed, suggestion.met_now, suggestion.met_suggested)
    assert figures == (12, 10, 10, 10)
    # "More than 99.95 %" is not met by a month at exactly 99.95 %: one level down.
    strict = metric.model_copy(update={"comparison": "more_than"})
    months[4] = "99.95"
    months[5] = "99.95"
    found = suggest(strict, [_row(p) for p in months])
    assert found is not None and found.suggested == Decimal("99.9")
    # Below the round levels, a whole percentage.
    low = suggest(metric, [_row("87.5")] * 12)
    assert low is not None and low.suggested == Decimal(87)


def test_json_has_the_suggestion(tmp_path: Path) -> None:
    _, data = backtest(tmp_path, MARCH, "--from", "2025-01-01", "--to", "2026-01-01")
    found = {s["metric"]: s for s in data["suggestions"]}
    assert found["platform-availability"]["current"] == "99.9"
    assert found["platform-availability"]["path"] == "metrics[0].objective"
    assert found["api-availability"]["path"] == "metrics[1].objective"
    assert found["platform-availability"]["windows"] == 12
    assert found["platform-availability"]["windows_needed"] == 10
    assert found["platform-availability"]["share"] == "10/12"
    # Eleven months at 100 %: 99.999 % is met in 11 of 12.
    assert found["platform-availability"]["suggested"] == "99.999"


def test_text_in_both_languages(tmp_path: Path, capsys: Any) -> None:
    path = write(tmp_path / "outages.csv", MARCH)
    main(["backtest", str(SAAS), "--outages", str(path)])
    english = capsys.readouterr().out
    assert "AP Cloud availability (platform-availability): availability from 4 outages" in english
    assert (
        "2025-03: 99.86541 % available; downtime counted: 1 hour; not counted: 2 hours" in english
    )
    assert "; MISSED" in english and "suggested objective 99.8 %" in english
    main(["backtest", str(SAAS), "--outages", str(path), "--language", "pt-BR"])
    portuguese = capsys.readouterr().out
    assert (
        "2025-03: 99,86541 % de disponibilidade; indisponibilidade contada: 1 hora;"
        " não contada: 2 horas" in portuguese
    )
    assert "NÃO ATINGIDO" in portuguese and "objetivo sugerido 99,8 %" in portuguese
    for english_word in ("available", "downtime", "objective ", "outage", "window"):
        assert english_word not in portuguese


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            "start,end\n2025-03-05T10:00:00Z,2025-03-05T09:00:00Z",
            "outages.csv: row 1, column end: '2025-03-05T09:00:00Z' is not after the start",
        ),
        (
            "start,end\n2025-03-05T10:00:00Z,2025-03-05T11:00:00Z\n"
            "2025-03-05T10:30:00Z,2025-03-05T10:40:00Z",
            "outages.csv: row 2, column start: the outage overlaps the one on row 1",
        ),
        (
            "start,end,service\n2025-03-05T10:00:00Z,2025-03-05T11:00:00Z,ap-cloud\n"
            "2025-03-05T10:30:00Z,2025-03-05T10:40:00Z,mainframe",
            "outages.csv: row 2, column service: unknown service 'mainframe'",
        ),
        (
            "start,end\n5 March,2025-03-05T11:00:00Z",
            "outages.csv: row 1, column start: '5 March' is not a date in the form ISO 8601",
        ),
        (
            "start,end\n2025-03-05 10:00,2025-03-05 11:00",
            "outages.csv: row 1, column start: '2025-03-05 10:00' has no time zone",
        ),
        ("begin,end\n2025-03-05T10:00:00Z,2025-03-05T11:00:00Z", "no column 'start'"),
        ("start,end\n2025-03-05T10:00:00Z,", "outages.csv: row 1, column end: empty"),
    ],
)
def test_bad_outages_are_one_line_each(
    tmp_path: Path, capsys: Any, rows: str, expected: str
) -> None:
    path = write(tmp_path / "outages.csv", rows)
    status = main(["backtest", str(SAAS), "--outages", str(path)])
    err = capsys.readouterr().err
    assert status == 2
    assert expected in err and "Traceback" not in err
    assert str(path) in err.splitlines()[0]


def test_outages_of_two_services_may_overlap(tmp_path: Path) -> None:
    outages = (
        "start,end,service\n2025-03-05T10:00:00Z,2025-03-05T11:00:00Z,ap-cloud\n"
        "2025-03-05T10:30:00Z,2025-03-05T10:40:00Z,connect-api\n"
    )
    _, data = backtest(tmp_path, outages)
    assert windows(data, "platform-availability")["2025-03-01"]["downtime_minutes"] == "60.000000"
    assert windows(data, "api-availability")["2025-03-01"]["downtime_minutes"] == "10.000000"
