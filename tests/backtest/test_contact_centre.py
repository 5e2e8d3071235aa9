"""`sla-designer backtest --intervals`: service level under each formula, average speed of
answer and abandonment per window from interval data, exactly, against the calculators."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, get_args

import pytest
import yaml

from sla_designer.backtest.contact_centre import rounded
from sla_designer.calc.contact_measures import (
    ContactCounts,
    abandonment_rate,
    average_speed_of_answer,
    service_level,
)
from sla_designer.cli import main
from sla_designer.model.metrics import ServiceLevelFormula
from tests.backtest.conftest import ROOT, interval_error, write
from tests.export.reviewed import PAIRS, agreement_of

CONTACT = ROOT / "templates" / "contact-centre.yaml"
"""Service level 80 % within 20 s (exclude_short_abandons), average speed of answer at most
30 s, abandonment at most 5 % leaving out abandons within 5 s; calendar in São Paulo."""

HEADER = "interval,offered,answered,answered_within,abandoned,abandoned_within,short_abandoned,wait"
# Two half hours of January 2025 in São Paulo (UTC-3), and one of February.
INTERVALS = f"""
{HEADER}
2025-01-06T12:00:00Z,100,90,70,10,4,3,500
2025-01-06T12:30:00Z,50,40,30,10,6,2,300.5
2025-02-03T12:00:00Z,10,10,8,0,0,0,40
"""
JANUARY = ContactCounts(150, 130, 100, 20, 10, 5, Fraction("800.5"))
MAPPING = "threshold: 20s\nshort_abandon_threshold: 5s\n"


def agreement(tmp_path: Path, **changes: Any) -> Path:
    """The contact-centre template with `changes` to its service level metric."""
    data = yaml.safe_load(CONTACT.read_text("utf-8"))
    for metric in data["metrics"]:
        if metric["id"] == "nivel-servico-voz":
            metric.update(changes)
    path = tmp_path / "agreement.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def backtest(
    tmp_path: Path, intervals: str, *options: str, mapping: str = MAPPING, **changes: Any
) -> tuple[int, Any]:
    path = write(tmp_path / "intervals.csv", intervals)
    mapped = write(tmp_path / "mapping.yaml", mapping)
    out = tmp_path / "out.json"
    status = main(
        [
            "backtest",
            str(agreement(tmp_path, **changes)),
            "--intervals",
            str(path),
            "--mapping",
            str(mapped),
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


EXPECTED = {
    "all_offered": Fraction(100 * 100, 150),
    "answered_only": Fraction(100 * 100, 130),
    "exclude_short_abandons": Fraction(100 * 100, 140),
    "short_abandons_as_met": Fraction(100 * 110, 150),
}


def test_every_formula_is_covered() -> None:
    assert set(EXPECTED) == set(get_args(ServiceLevelFormula))


@pytest.mark.parametrize("formula", sorted(EXPECTED))
def test_service_level_of_each_formula(tmp_path: Path, formula: ServiceLevelFormula) -> None:
    assert service_level(JANUARY, formula) == EXPECTED[formula]
    _, data = backtest(tmp_path, INTERVALS, formula=formula)
    january = windows(data, "nivel-servico-voz")["2025-01-01"]
    assert january["attainment"] == str(rounded(EXPECTED[formula]))
    assert january["objective_met"] is (EXPECTED[formula] >= 80)
    assert (january["offered"], january["answered"], january["answered_within"]) == (150, 130, 100)


def test_a_window_is_measured_from_its_summed_counts_not_averaged_percentages() -> None:
    first = ContactCounts(100, 90, 70, 10, 4, 3, Fraction(500))
    second = ContactCounts(50, 40, 30, 10, 6, 2, Fraction("300.5"))
    assert first + second == JANUARY
    for formula in EXPECTED:
        mean = ((service_level(first, formula) or 0) + (service_level(second, formula) or 0)) / 2
        assert service_level(first + second, formula) != mean


def test_abandonment_and_speed_of_answer(tmp_path: Path) -> None:
    assert abandonment_rate(JANUARY) == Fraction(100 * 20, 150)
    assert abandonment_rate(JANUARY, short_excluded=True) == Fraction(100 * 15, 145)
    assert average_speed_of_answer(JANUARY) == Fraction("800.5") / 130
    _, data = backtest(tmp_path, INTERVALS)
    abandonment = windows(data, "abandono-voz")["2025-01-01"]
    assert abandonment["attainment"] == "10.34"  # 15 of 145: over 5 %
    assert abandonment["objective_met"] is False
    speed = windows(data, "tme-voz")["2025-01-01"]
    assert speed["measured"] == "6.16" and speed["unit"] == "seconds"
    assert speed["attainment"] is None and speed["objective"] == "30"
    assert speed["objective_met"] is True


def test_the_comparison_is_exact_at_the_objective(tmp_path: Path) -> None:
    # 8 of 10 answered within 20 s in February: exactly 80 %.
    _, data = backtest(tmp_path, INTERVALS, formula="all_offered")
    assert windows(data, "nivel-servico-voz")["2025-02-01"]["objective_met"] is True
    _, data = backtest(tmp_path, INTERVALS, formula="all_offered", comparison="more_than")
    assert windows(data, "nivel-servico-voz")["2025-02-01"]["objective_met"] is False


def test_intervals_fall_in_the_window_of_the_metrics_zone(tmp_path: Path) -> None:
    # 1 February 01:00 UTC is 31 January 22:00 in São Paulo.
    intervals = f"{HEADER}\n2025-02-01T01:00:00Z,10,10,10,0,0,0,10\n"
    _, data = backtest(tmp_path, intervals)
    assert list(windows(data, "nivel-servico-voz")) == ["2025-01-01"]
    local = write(tmp_path / "m.yaml", MAPPING + "timezone: Europe/Lisbon\n")
    intervals = f"{HEADER}\n2025-02-01 01:00:00,10,10,10,0,0,0,10\n"
    path = write(tmp_path / "intervals.csv", intervals)
    out = tmp_path / "out.json"
    args = ["backtest", str(CONTACT), "--intervals", str(path), "--mapping", str(local)]
    main([*args, "--format", "json", "-o", str(out)])
    data = json.loads(out.read_text("utf-8"))
    assert list(windows(data, "nivel-servico-voz")) == ["2025-01-01"]


def test_a_threshold_other_than_the_files_is_not_back_tested(tmp_path: Path, capsys: Any) -> None:
    _, data = backtest(tmp_path, INTERVALS, mapping="threshold: 30s\nshort_abandon_threshold: 5s")
    assert windows(data, "nivel-servico-voz") == {}
    assert windows(data, "abandono-voz")
    path = write(
        tmp_path / "no-short.csv",
        "\n".join(line.rsplit(",", 2)[0] for line in INTERVALS.strip().splitlines()),
    )
    main(["backtest", str(CONTACT), "--intervals", str(path)])
    out = capsys.readouterr().out
    assert "abandono-voz: not back-tested: the interval file has no column of the contacts" in out
    assert "tme-voz: not back-tested: the interval file has no column of the answered" in out
    assert "taken as counted at 20 seconds, the metric's threshold" in out


def test_text_in_both_languages(tmp_path: Path, capsys: Any) -> None:
    path = write(tmp_path / "intervals.csv", INTERVALS)
    mapped = write(tmp_path / "mapping.yaml", MAPPING)
    args = ["backtest", str(CONTACT), "--intervals", str(path), "--mapping", str(mapped)]
    assert main(args) == 1
    english = capsys.readouterr().out
    assert "2025-01: 100 of 140 contacts = 71.43 %: MISSED" in english
    assert "2025-01: 130 contacts answered after 800.50 s of wait in total = 6.16 s: met" in english
    assert "2025-01: 15 of 145 contacts = 10.34 %: MISSED" in english
    main([*args, "--language", "pt-BR"])
    portuguese = capsys.readouterr().out
    assert "2025-01: 100 de 140 contatos = 71,43 %: NÃO ATINGIDO" in portuguese
    assert (
        "130 contatos atendidos após 800,50 s de espera no total = 6,16 s: atingido" in portuguese
    )
    assert "nível de serviço em até 20 segundos" in portuguese
    for english_word in ("contacts", "answered", "objective ", "service level", "MISSED"):
        assert english_word not in portuguese


def test_csv_is_one_row_per_metric_and_window(tmp_path: Path) -> None:
    path = write(tmp_path / "intervals.csv", INTERVALS)
    mapped = write(tmp_path / "mapping.yaml", MAPPING)
    out = tmp_path / "out.csv"
    main(
        [
            "backtest",
            str(CONTACT),
            "--intervals",
            str(path),
            "--mapping",
            str(mapped),
            "--format",
            "csv",
            "-o",
            str(out),
        ]
    )
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 6
    first = rows[0]
    assert first["metric"] == "nivel-servico-voz" and first["window"] == "2025-01-01"
    assert Decimal(first["measured"]) == Decimal("71.43") and first["objective_met"] == "False"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("2025-01-06T12:00:00Z,10,-1,0,0,0,0,0", "row 1, column answered: '-1' is negative"),
        ("2025-01-06T12:00:00Z,10,ten,0,0,0,0,0", "row 1, column answered: 'ten' is not a whole"),
        (
            "2025-01-06T12:00:00Z,10,11,0,0,0,0,0",
            "row 1, column answered: '11' is more than offered",
        ),
        (
            "2025-01-06T12:00:00Z,10,8,0,3,0,0,0",
            "row 1, column abandoned: answered plus '3' abandoned is more than offered",
        ),
        (
            "2025-01-06T12:00:00Z,10,8,9,0,0,0,0",
            "column answered_within: '9' is more than answered",
        ),
        (
            "2025-01-06T12:00:00Z,10,8,0,2,0,0,x",
            "row 1, column wait: 'x' is not a number of seconds",
        ),
        (
            "2025-01-06T12:00:00Z,10,8,0,2,0,0,1\n2025-01-06T12:00:00Z,1,1,1,0,0,0,1",
            "row 2, column interval: a second row for the same interval",
        ),
        (
            "2025-01-06T12:00:00Z,1,1,1,0,0,0,1\n2025-01-06T12:30:00Z,1,1,1,0,0,0,1\n"
            "2025-01-06T14:00:00Z,1,1,1,0,0,0,1\n2025-01-06T14:45:00Z,1,1,1,0,0,0,1",
            "row 4, column interval: intervals of mixed lengths: this one does not follow the"
            " file's 30-minute intervals",
        ),
        (
            "2025-01-06T12:00:00Z,1,1,1,0,0,0,1\n2025-01-06T12:30:00Z,1,1,1,0,0,0,1\n"
            "2025-01-06T13:00:00Z,1,1,1,0,0,0,1\n2025-01-06T13:15:00Z,1,1,1,0,0,0,1",
            "row 4, column interval: intervals of mixed lengths: this one does not follow the"
            " file's 30-minute intervals",
        ),
    ],
)
def test_bad_intervals_are_one_line_each(
    tmp_path: Path, capsys: Any, rows: str, expected: str
) -> None:
    err = interval_error(tmp_path, capsys, f"{HEADER}\n{rows}")
    assert expected in err
    assert err.startswith(f"{tmp_path / 'intervals.csv'}: row")


def test_interval_ends_of_mixed_lengths(tmp_path: Path, capsys: Any) -> None:
    rows = (
        "interval,interval_end,offered,answered,answered_within,abandoned\n"
        "2025-01-06T12:00:00Z,2025-01-06T12:15:00Z,1,1,1,0\n"
        "2025-01-06T12:15:00Z,2025-01-06T12:45:00Z,1,1,1,0\n"
    )
    path = write(tmp_path / "intervals.csv", rows)
    assert main(["backtest", str(CONTACT), "--intervals", str(path)]) == 2
    err = capsys.readouterr().err
    assert "row 2, column interval_end: intervals of mixed lengths" in err
    assert "15-minute" in err


def test_samples_run_through_the_backtest(tmp_path: Path, capsys: Any) -> None:
    for preset, option, template in (
        ("intervals", "--intervals", "contact-centre"),
        ("outages", "--outages", "saas-availability"),
    ):
        for suffix in (".csv", ".parquet", ".jsonl"):
            path = tmp_path / f"{preset}{suffix}"
            args = ["sample-tickets", "--preset", preset, "-o", str(path)]
            assert main([*args, "--timezone", "America/Sao_Paulo"]) == 0
            mapping = tmp_path / f"{preset}-mapping.yaml"
            agreement = ROOT / "templates" / f"{template}.yaml"
            out = tmp_path / f"{preset}{suffix}.json"
            status = main(
                [
                    "backtest",
                    str(agreement),
                    option,
                    str(path),
                    "--mapping",
                    str(mapping),
                    "--format",
                    "json",
                    "-o",
                    str(out),
                ]
            )
            assert status in (0, 1)
            data = json.loads(out.read_text("utf-8"))
            months = {w["window"] for w in data["windows"]}
            assert len(months) == 12, (preset, suffix)
            mapping.unlink()
    capsys.readouterr()


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("samples")
    made = {}
    for preset in ("outages", "intervals"):
        path = folder / f"{preset}.csv"
        main(["sample-tickets", "--preset", preset, "-o", str(path), "--timezone", "UTC"])
        made[preset] = path
    made["mapping"] = folder / "intervals-mapping.yaml"
    return made


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_templates_measures_back_tested_in_both_languages(
    name: str, language: str, samples: dict[str, Path], capsys: Any
) -> None:
    """Each availability and contact-centre metric of every template gets a line per month of
    the samples (or says why not), in the output's language only."""
    agreement = agreement_of(name)
    kinds = ("availability", "service_level", "average_speed_of_answer", "abandonment_rate")
    measured = [m for m in agreement.metrics if m.kind in kinds]
    capsys.readouterr()
    args = ["backtest", str(ROOT / "templates" / f"{name}.yaml"), "--language", language]
    args += ["--outages", str(samples["outages"]), "--intervals", str(samples["intervals"])]
    status = main([*args, "--mapping", str(samples["mapping"])])
    out = capsys.readouterr().out
    assert status in (0, 1)
    lines = out.splitlines()
    for metric in measured:
        heading = next(i for i, line in enumerate(lines) if f"({metric.id})" in line)
        block = []
        for line in lines[heading + 1 :]:
            if not line.startswith("  "):
                break
            block.append(line)
        months = [line for line in block if line.startswith("  2025-")]
        assert len(months) == 12, (metric.id, out)
    if language == "pt-BR":
        for english_word in (" available", "downtime", " contacts", "MISSED", "windows"):
            assert english_word not in out
