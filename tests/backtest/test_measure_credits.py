"""The credits availability and contact-centre windows would have earned: what `sla-designer
credit` gives for each window's measured value, with the caps and the minimum credit, in text
(both languages) and JSON."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml

from sla_designer.backtest.credits import deciding
from sla_designer.calc.what_if import schedule_fee
from sla_designer.cli import main
from sla_designer.io import load_agreement
from tests.backtest.conftest import ROOT, write

TEMPLATES = ROOT / "templates"
MEASURED = {
    "saas-availability": "outages",
    "managed-services": "outages",
    "contact-centre": "intervals",
}
"""The templates with a credit schedule on an availability or contact-centre metric."""


def test_every_template_with_such_a_schedule_is_checked() -> None:
    kinds = {"availability": "outages", "service_level": "intervals"}
    kinds |= {"abandonment_rate": "intervals", "average_speed_of_answer": "intervals"}
    found = {}
    for path in sorted(TEMPLATES.glob("*.yaml")):
        if path.name == "catalog.yaml":
            continue
        agreement = load_agreement(path)
        for schedule in agreement.remedies.credit_schedules:
            metric = agreement.metric(schedule.metric)
            if metric is not None and metric.kind in kinds:
                found[path.stem] = kinds[metric.kind]
    assert found == MEASURED


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("samples")
    for preset in ("outages", "intervals"):
        main(["sample-tickets", "--preset", preset, "-o", str(folder / f"{preset}.csv")])
    return folder


def run(agreement: Path, kind: str, folder: Path, *options: str) -> tuple[int, Any]:
    out = folder / "out.json"
    data = str(folder / f"{kind}.csv")
    mapping = str(folder / f"{kind}-mapping.yaml")
    args = ["backtest", str(agreement), f"--{kind}", data, "--mapping", mapping]
    status = main([*args, "--format", "json", "-o", str(out), *options])
    return status, json.loads(out.read_text("utf-8"))


def credit_command(agreement: Path, metric: str, measured: str, fee: Decimal, paid: Any) -> Any:
    """What `sla-designer credit` says for one measured value, with the credits already paid."""
    month, year = paid
    out = main(
        [
            "credit",
            str(agreement),
            "--metric",
            metric,
            "--measured",
            measured,
            "--fee",
            str(fee),
            "--paid-this-month",
            str(month),
            "--paid-this-year",
            str(year),
            "--format",
            "json",
        ]
    )
    assert out == 0
    return out


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_each_windows_credit_is_the_credit_commands(name: str, samples: Path, capsys: Any) -> None:
    """Each window of each schedule, through `sla-designer credit` with the window's measured
    value as the back-test shows it (availability to six decimals, cut; downtime in seconds;
    a contact centre's counts as a fraction worked out here), in the back-test's order."""
    path = TEMPLATES / f"{name}.yaml"
    agreement = load_agreement(path)
    capsys.readouterr()
    status, data = run(path, MEASURED[name], samples)
    assert status in (0, 1)
    rows = {(w["metric"], w["window"]): w for w in data["windows"]}
    schedules = {s.id: s for s in agreement.remedies.credit_schedules}
    credits = data["credits"]["windows"]
    assert credits and any(Decimal(c["amount"]) > 0 for c in credits)
    month: dict[tuple[int, int], Decimal] = {}
    for credit in credits:
        schedule = schedules[credit["schedule"]]
        row = rows[(credit["metric"], credit["window"])]
        if schedule.rule == "downtime_bands":
            seconds = Decimal(row["downtime_minutes"]) * 60
            assert seconds == seconds.to_integral_value()
            measured = f"{int(seconds)}s"
        elif row["unit"] == "percent" and "offered" not in row:
            measured = row["attainment"]  # cut, not rounded: the same side of every bound
        else:
            measured = str(_exact(row, credit["metric"], agreement))
        fee = schedule_fee(agreement, schedule)
        assert fee is not None
        day = credit["window"]
        key = (int(day[:4]), int(day[5:7]))
        paid = (
            month.get(key, Decimal(0)),
            sum((v for (y, _), v in month.items() if y == key[0]), Decimal(0)),
        )
        capsys.readouterr()
        credit_command(path, credit["metric"], measured, fee.amount, paid)
        given = json.loads(capsys.readouterr().out)["credits"]
        expected = next(c for c in given if c["schedule"] == schedule.id)
        assert expected["amount"] == credit["amount"], (credit, measured)
        assert expected["caps"] == credit["caps"]
        month[key] = month.get(key, Decimal(0)) + Decimal(credit["amount"])
        # A window that meets its objective earns nothing.
        if row["objective_met"]:
            assert Decimal(credit["amount"]) == 0, credit
    total = sum((Decimal(c["amount"]) for c in credits), Decimal(0))
    assert {k: Decimal(v) for k, v in data["credits"]["total"].items()} == {
        agreement.currency: total
    }


def _exact(row: dict[str, Any], metric_id: str, agreement: Any) -> Decimal:
    """A contact centre's measure from the window's counts, to 20 decimals cut (the templates'
    bounds have at most two)."""
    metric = agreement.metric(metric_id)
    if metric.kind == "abandonment_rate":
        short = row["short_abandoned"] if metric.short_abandon_threshold is not None else 0
        value = Fraction(100 * (row["abandoned"] - short), row["offered"] - short)
    elif metric.kind == "average_speed_of_answer":
        value = Fraction(Decimal(row["wait_seconds"])) / row["answered"]
    else:
        value = Fraction(100 * row["answered_within"], row["offered"] - row["abandoned_within"])
    return Decimal(int(value * 10**20)).scaleb(-20)


def test_a_window_meeting_its_objective_earns_nothing(tmp_path: Path) -> None:
    outages = write(
        tmp_path / "outages.csv",
        """
        start,end,service
        2025-03-05T10:00:00Z,2025-03-05T10:30:00Z,ap-cloud
        2025-04-05T10:00:00Z,2025-04-05T13:00:00Z,ap-cloud
        """.replace("        ", ""),
    )
    out = tmp_path / "out.json"
    args = ["backtest", str(TEMPLATES / "saas-availability.yaml"), "--outages", str(outages)]
    assert main([*args, "--format", "json", "-o", str(out)]) == 1
    data = json.loads(out.read_text("utf-8"))
    platform = {
        c["window"]: c for c in data["credits"]["windows"] if c["schedule"] == "platform-credits"
    }
    # March: 30 min of 44,580 is 99.93 %, above 99.9 %; April: 3 h of 43,200 min is 99.58 %.
    assert platform["2025-03-01"]["amount"] == "0.00"
    assert platform["2025-04-01"]["amount"] == "840.00"
    assert platform["2025-04-01"]["percent"] == "10"


def test_the_caps_count_every_metrics_credits(samples: Path, tmp_path: Path) -> None:
    """A monthly cap of 12 % of both services' fees (£9,650 a month) and a yearly cap of 1 % of
    the year's: the platform's and the API's credits share them, in order of windows and of the
    agreement's schedules, whatever the metric."""
    data = yaml.safe_load((TEMPLATES / "saas-availability.yaml").read_text("utf-8"))
    data["remedies"]["monthly_cap"] = 12
    data["remedies"]["yearly_cap"] = 1
    path = tmp_path / "agreement.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    _, result = run(path, "outages", samples)
    credits = result["credits"]["windows"]
    months: dict[str, Decimal] = {}
    for credit in credits:
        months[credit["window"]] = months.get(credit["window"], Decimal(0)) + Decimal(
            credit["amount"]
        )
    limit = Decimal("9650") * Decimal("0.12")
    assert max(months.values()) <= limit
    kinds = {cap["kind"] for c in credits for cap in c["caps"]}
    assert kinds == {"monthly_cap", "yearly_cap"}
    # The yearly cap, 1 % of twelve months' fees, is reached and never passed.
    assert sum(months.values()) == Decimal("9650") * 12 * Decimal("0.01")


def test_the_schedules_own_cap_and_the_minimum_credit(tmp_path: Path) -> None:
    """Contact centre: abandonment 11 % is 6 steps of 1.5 % above 5 %, 9 %, capped at 6 %; a
    service level credit below the minimum credit of R$500 earns nothing."""
    intervals = write(
        tmp_path / "intervals.csv",
        """
        interval,offered,answered,answered_within,abandoned,abandoned_within,short_abandoned,wait
        2025-01-06T12:00:00Z,100,89,70,11,0,0,500
        2025-02-03T12:00:00Z,100,100,79,0,0,0,400
        """.replace("        ", ""),
    )
    data = yaml.safe_load((TEMPLATES / "contact-centre.yaml").read_text("utf-8"))
    for service in data["service"]["services"]:
        if service["id"] == "voz":
            service["monthly_fee"]["amount"] = "10000"
    path = tmp_path / "agreement.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    mapping = write(tmp_path / "mapping.yaml", "threshold: 20s\nshort_abandon_threshold: 5s\n")
    out = tmp_path / "out.json"
    args = ["backtest", str(path), "--intervals", str(intervals), "--mapping", str(mapping)]
    assert main([*args, "--format", "json", "-o", str(out)]) == 1
    credits = {
        (c["schedule"], c["window"]): c
        for c in json.loads(out.read_text("utf-8"))["credits"]["windows"]
    }
    abandonment = credits[("credito-abandono", "2025-01-01")]
    assert abandonment["percent"] == "6"
    assert abandonment["amount"] == "600.00"
    # February: 79 % is in the first tier, 3 % of R$10,000 = R$300, below the minimum of R$500.
    level = credits[("credito-nivel-servico", "2025-02-01")]
    assert level["gross"] == "300.00" and level["below_minimum"] is True
    assert level["amount"] == "0.00"


@pytest.mark.parametrize("language", ["en", "pt-BR"])
def test_text_lists_the_credits_in_the_language_asked(
    samples: Path, language: str, capsys: Any
) -> None:
    capsys.readouterr()
    path = TEMPLATES / "saas-availability.yaml"
    args = ["backtest", str(path), "--outages", str(samples / "outages.csv")]
    args += ["--mapping", str(samples / "outages-mapping.yaml"), "--language", language]
    assert main(args) in (0, 1)
    out = capsys.readouterr().out
    head = {"en": "Service credits that would have been due:", "pt-BR": "Créditos de serviço"}
    assert head[language] in out
    lines = out[out.index(head[language]) :].splitlines()[1:]
    assert any(line.startswith("  platform-credits 2025-") for line in lines)
    if language == "pt-BR":
        assert "misses" not in out and "in total" not in out
        assert "não atinge o objetivo" in out


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (Fraction(995, 10), 6, "99.5"),
        (Fraction(2, 3) * 100, 2, "66.666"),
        (Fraction(100 * (44_580 - 60), 44_580), 6, "99.8654104"),
        (Fraction(995, 10) + Fraction(1, 10**12), 6, "99.500000000001"),
        (Fraction(995, 10) - Fraction(1, 10**12), 6, "99.4999999"),
    ],
)
def test_the_deciding_value_keeps_the_side_of_every_bound(
    value: Fraction, places: int, shown: str
) -> None:
    """The decimal the calculator reads is on the same side of any bound with `places` decimals
    as the exact value, and equal to it only when the value is the bound."""
    found = deciding(value, places)
    assert format(found.normalize(), "f") == shown
    for bound in (Decimal("99.5"), Decimal("66.67"), Decimal("66.66"), Decimal("99.865410")):
        exact = Fraction(bound)
        assert (found > bound) == (value > exact)
        assert (found == bound) == (value == exact)


def test_a_speed_of_answer_is_read_exactly_on_strict_bounds(tmp_path: Path) -> None:
    """An average speed of answer schedule with tiers "more than 30 s, at most 45 s" (2 %) and
    "more than 45 s" (5 %): exactly 45 s is the first tier, 45 s and a third of a millionth of a
    second is the second (a value rounded to six decimals would read 45 s)."""
    data = yaml.safe_load((TEMPLATES / "contact-centre.yaml").read_text("utf-8"))
    data["remedies"]["credit_schedules"].append(
        {
            "id": "credito-tme",
            "metric": "tme-voz",
            "basis": "monthly_fee_of_service",
            "service": "voz",
            "rule": "tiers",
            "tiers": [
                {"more_than": 30, "at_most": 45, "credit": 2},
                {"more_than": 45, "credit": 5},
            ],
        }
    )
    path = tmp_path / "agreement.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    intervals = write(
        tmp_path / "intervals.csv",
        """
        interval,offered,answered,answered_within,abandoned,abandoned_within,short_abandoned,wait
        2025-01-06T12:00:00Z,300,300,280,0,0,0,13500
        2025-02-03T12:00:00Z,300,300,280,0,0,0,13500.0001
        """.replace("        ", ""),
    )
    mapping = write(tmp_path / "mapping.yaml", "threshold: 20s\nshort_abandon_threshold: 5s\n")
    out = tmp_path / "out.json"
    args = ["backtest", str(path), "--intervals", str(intervals), "--mapping", str(mapping)]
    main([*args, "--format", "json", "-o", str(out)])
    credits = {
        c["window"]: c
        for c in json.loads(out.read_text("utf-8"))["credits"]["windows"]
        if c["schedule"] == "credito-tme"
    }
    assert credits["2025-01-01"]["percent"] == "2"
    assert credits["2025-02-01"]["percent"] == "5"
    assert "45.0000003 s" in credits["2025-02-01"]["explanation"]["en"]
