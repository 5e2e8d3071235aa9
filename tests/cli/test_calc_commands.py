"""The calculator sub-commands: budget, credit, due, staff; text, JSON and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli, run_cli_process

AGREEMENT = """\
format_version: 2
title: Hosting
currency: BRL
effective_date: 2027-01-01
calendars:
  - id: office
    name: Office hours
    timezone: America/Sao_Paulo
    hours:
      - {days: [mon, tue, wed, thu, fri], start: "08:00", end: "12:00"}
      - {days: [mon, tue, wed, thu, fri], start: "13:00", end: "18:00"}
    holidays:
      - {country: BR, subdivision: SP}
priorities:
  - {id: P1, name: Critical}
  - {id: P2, name: High}
  - {id: P3, name: Normal, calendar: nowhere}
metrics:
  - kind: availability
    id: uptime
    name: Availability
    objective: 99.9
  - kind: availability
    id: office-uptime
    name: Office availability
    objective: 99.5
    calendar: office
    measured_within_calendar: true
  - kind: resolution_time
    id: resolution
    name: Resolution
    calendar: office
    targets:
      - {priority: P1, target: 4h calendar}
      - {priority: P2, target: 8h business}
      - {priority: P3, target: 16h business}
remedies:
  credit_schedules:
    - id: uptime-credits
      metric: uptime
      tiers:
        - {at_least: 99.0, below: 99.9, credit: 10}
        - {below: 99.0, credit: 25}
    - id: office-credits
      metric: office-uptime
      rule: downtime_bands
      downtime_bands:
        - {over: 1h, credit: 5}
  monthly_cap: 20
  minimum_credit: {amount: 50, currency: BRL}
"""


@pytest.fixture
def agreement(tmp_path: Path) -> str:
    path = tmp_path / "hosting.yaml"
    path.write_text(AGREEMENT, encoding="utf-8")
    return str(path)


def test_budget_lists_each_month_length(agreement: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_cli(["budget", agreement], capsys)
    assert status == 0, err
    assert "uptime: Availability, at least 99.9 % per month" in out
    assert "  28 days: 40m19.2s" in out
    assert "  31 days: 44m38.4s" in out
    # Measured within office hours: January 2027 (the effective month) has 20 open weekdays.
    assert "measured 180h, allowed downtime 54m" in out


def test_budget_for_a_period_as_json(agreement: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(
        ["budget", agreement, "--period", "2028-02", "--format", "json"], capsys
    )
    assert status == 0
    rows = {row["metric"]: row for row in json.loads(out)["budgets"]}
    february = rows["uptime"]["budgets"][0]
    # Without a calendar of its own the metric uses the agreement's first calendar's zone.
    assert february["start"] == "2028-02-01T00:00:00-03:00"
    assert february["allowed_seconds"] == "2505.6"  # 29 days
    assert rows["office-uptime"]["within_calendar"] is True


def test_a_budget_for_more_than_an_objective_stays_below_its_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "strict.yaml"
    strict = AGREEMENT.replace(
        "    objective: 99.9\n", "    comparison: more_than\n    objective: 99.9\n", 1
    )
    path.write_text(strict, encoding="utf-8")
    status, out, _ = run_cli(["budget", str(path)], capsys)
    assert status == 0
    assert "uptime: Availability, more than 99.9 % per month" in out
    assert "  30 days: less than 43m12s" in out
    status, out, _ = run_cli(["budget", str(path), "--language", "pt-BR"], capsys)
    assert "superior a 99,9 % por mês" in out and "30 dias: inferior a 43m12s" in out
    status, out, _ = run_cli(
        ["budget", str(path), "--period", "2027-04", "--format", "json"], capsys
    )
    row = json.loads(out)["budgets"][0]
    assert row["comparison"] == "more_than"
    # The most downtime that meets it, and the limit it stays below.
    assert row["budgets"][0]["allowed"] == "43m11.999999s"
    assert row["budgets"][0]["below"] == "43m12s"


def test_budget_rejects_a_bad_period(agreement: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_cli(["budget", agreement, "--period", "2027-13"], capsys)
    assert status == 2
    assert out == ""
    assert err.strip() == "--period: '2027-13' is not a month: write YYYY-MM, e.g. 2027-02"


def test_credit_text_and_json(agreement: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(
        ["credit", agreement, "--metric", "uptime", "--measured", "99.0", "--fee", "1000"], capsys
    )
    assert status == 0
    assert out.splitlines()[0] == "uptime-credits: 100.00 BRL"
    assert "99 % is in tier 1" in out
    status, out, _ = run_cli(
        [
            "credit",
            agreement,
            "--metric",
            "uptime",
            "--measured",
            "90",
            "--fee",
            "1000",
            "--format",
            "json",
        ],
        capsys,
    )
    credit = json.loads(out)["credits"][0]
    assert credit["percent"] == "25"
    assert credit["amount"] == "200.00"  # the monthly cap of 20 %
    assert credit["caps"] == [{"kind": "monthly_cap", "limit": "200.00"}]
    assert "limite máximo mensal" in credit["explanation"]["pt-BR"]


def test_credit_on_downtime_bands_takes_a_duration(
    agreement: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["credit", agreement, "--metric", "office-uptime", "--fee", "500"]
    status, out, _ = run_cli([*args, "--measured", "90m"], capsys)
    assert status == 0
    # 5 % of 500 = 25, below the minimum credit of 50: nothing is issued.
    assert out.splitlines()[0] == "office-credits: 0.00 BRL"
    status, _, err = run_cli([*args, "--measured", "99.5"], capsys)
    assert status == 2
    assert err.count("\n") == 1 and "--measured" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--metric", "nope", "--measured", "99", "--fee", "1"], "unknown metric 'nope'"),
        (["--metric", "resolution", "--measured", "99", "--fee", "1"], "has no credit schedule"),
        (["--metric", "uptime", "--measured", "abc", "--fee", "1"], "is not a number"),
        (["--metric", "uptime", "--measured", "99", "--fee", "-5"], "cannot be negative"),
    ],
)
def test_credit_errors(
    agreement: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    status, _, err = run_cli(["credit", agreement, *args], capsys)
    assert status == 2
    assert message in err
    assert err.count("\n") == 1


def test_due_on_business_hours(agreement: str, capsys: pytest.CaptureFixture[str]) -> None:
    # Friday 16:00 + 8 business hours: 2 h on Friday, then Monday 08-12 and 13-15.
    args = ["due", agreement, "--metric", "resolution", "--priority", "P2"]
    status, out, _ = run_cli([*args, "--opened", "2027-03-05T16:00-03:00"], capsys)
    assert status == 0
    assert out.startswith("due Monday 08 March 2027 15:00 (2027-03-08T15:00:00-03:00)")
    status, out, _ = run_cli(
        [*args[:-1], "P1", "--opened", "2027-03-05T16:00-03:00", "--format", "json"], capsys
    )
    data = json.loads(out)
    assert data["due"] == "2027-03-05T20:00:00-03:00"
    assert data["target"] == "4h calendar"


@pytest.mark.parametrize(
    ("priority", "opened", "message"),
    [
        (
            "P2",
            "2027-03-05T16:00",
            "has no time zone and calendar 'office' is in America/Sao_Paulo",
        ),
        ("P9", "2027-03-05T16:00-03:00", "unknown priority 'P9'"),
        ("P3", "2027-03-05T16:00-03:00", "unknown calendar 'nowhere'"),
        ("P2", "next friday", "is not an ISO 8601 time"),
    ],
)
def test_due_errors(
    agreement: str, capsys: pytest.CaptureFixture[str], priority: str, opened: str, message: str
) -> None:
    status, _, err = run_cli(
        ["due", agreement, "--metric", "resolution", "--priority", priority, "--opened", opened],
        capsys,
    )
    assert status == 2
    assert message in err
    assert err.count("\n") == 1


def test_due_under_a_target_for_all_tickets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "all.yaml"
    overall = AGREEMENT.replace(
        """      - {priority: P1, target: 4h calendar}
      - {priority: P2, target: 8h business}
      - {priority: P3, target: 16h business}
""",
        "      - {target: 8h business, measure: average}\n",
    )
    path.write_text(overall, encoding="utf-8")
    args = ["due", str(path), "--metric", "resolution", "--opened", "2027-03-05T16:00-03:00"]
    status, out, err = run_cli(args, capsys)
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == "due Monday 08 March 2027 15:00 (2027-03-08T15:00:00-03:00)"
    assert lines[2] == "  the target is for all tickets of the metric"
    assert lines[3].startswith("  the target limits the average time of the window's tickets")
    # A priority given falls under the same target, on the metric's calendar (not P3's own).
    status, out, _ = run_cli([*args, "--priority", "P3", "--format", "json"], capsys)
    data = json.loads(out)
    assert (data["all_tickets"], data["measure"], data["calendar"]) == (True, "average", "office")
    assert data["due"] == "2027-03-08T15:00:00-03:00"
    status, out, _ = run_cli([*args, "--language", "pt-BR"], capsys)
    assert "a meta vale para todos os chamados do indicador" in out
    assert "a meta limita o tempo médio dos chamados do período" in out


def test_due_needs_a_priority_when_targets_are_per_priority(
    agreement: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["due", agreement, "--metric", "resolution", "--opened", "2027-03-05T16:00-03:00"]
    status, _, err = run_cli(args, capsys)
    assert status == 2
    assert "metric 'resolution' has targets per priority: give --priority" in err


def test_credit_says_whether_the_objective_is_met(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "strict.yaml"
    strict = AGREEMENT.replace(
        "    objective: 99.9\n", "    comparison: more_than\n    objective: 99.9\n", 1
    )
    path.write_text(strict, encoding="utf-8")
    args = ["credit", str(path), "--metric", "uptime", "--measured", "99.9", "--fee", "1000"]
    status, out, _ = run_cli(args, capsys)
    assert status == 0
    assert "99.9 % misses the objective (more than 99.9 %)" in out
    status, out, _ = run_cli([*args, "--format", "json"], capsys)
    credit = json.loads(out)["credits"][0]
    assert credit["objective_met"] is False
    assert "não atinge o objetivo (superior a 99,9 %)" in credit["explanation"]["pt-BR"]


def test_due_needs_a_ticket_metric(agreement: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["due", agreement, "--metric", "uptime", "--priority", "P1", "--opened", "2027-03-05"]
    status, _, err = run_cli(args, capsys)
    assert status == 2
    assert "not a response or resolution time" in err


def test_staff_worked_example(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["staff", "--calls", "100", "--period", "30m", "--aht", "180s", "--target", "80/20"]
    status, out, _ = run_cli([*args, "--shrinkage", "30"], capsys)
    assert status == 0
    assert out.splitlines()[0] == "14 agents for 80 % answered within 20 s"
    assert "20 agents to schedule with 30 % shrinkage" in out
    status, out, _ = run_cli([*args, "--max-occupancy", "60", "--format", "json"], capsys)
    data = json.loads(out)
    assert data["agents"] == 17
    assert data["limited_by_occupancy"] is True


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--calls", "-3", "--period", "30m", "--aht", "3m", "--target", "80/20"], "negative"),
        (["--calls", "10", "--period", "half", "--aht", "3m", "--target", "80/20"], "--period"),
        (["--calls", "10", "--period", "30m", "--aht", "3m", "--target", "80"], "PCT/SECONDS"),
        (["--calls", "10", "--period", "30m", "--aht", "0s", "--target", "80/20"], "handling"),
        (["--calls", "10", "--period", "30m", "--aht", "3m", "--target", "100/20"], "below 100"),
    ],
)
def test_staff_errors(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    status, _, err = run_cli(["staff", *args], capsys)
    assert status == 2
    assert message in err
    assert err.count("\n") == 1


def test_installed_command_runs_the_calculators(agreement: str) -> None:
    done = run_cli_process(
        ["due", agreement, "--metric", "resolution", "--priority", "P2", "--opened", "2027-03-05"]
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1
    done = run_cli_process(["budget", agreement, "--format", "json"])
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["budgets"][0]["budgets"][0]["allowed"] == "40m19.2s"


TEMPLATES = Path(__file__).parents[2] / "templates"
SAAS = str(TEMPLATES / "saas-availability.yaml")
CONTACT = str(TEMPLATES / "contact-centre.yaml")


def test_the_monthly_cap_is_on_all_services_fees(capsys: pytest.CaptureFixture[str]) -> None:
    # 30 % of £1,250 is £375; the cap is 50 % of £9,650 (both services) less £500 paid: no cut.
    args = ["credit", SAAS, "--metric", "api-availability", "--measured", "97", "--fee", "1250"]
    status, out, _ = run_cli([*args, "--paid-this-month", "500"], capsys)
    assert status == 0
    assert out.startswith("api-credits: 375.00 GBP")
    # --total-fee overrides the agreement's services: 50 % of £1,000 less the £500 paid is £0.
    status, out, _ = run_cli([*args, "--paid-this-month", "500", "--total-fee", "1000"], capsys)
    assert out.startswith("api-credits: 0.00 GBP")
    assert "the monthly cap leaves £0.00" in out


def test_the_minimum_is_on_the_months_total_credit(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["credit", SAAS, "--metric", "support-resolution", "--measured", "85", "--fee", "800"]
    # £40 alone is under the £50 minimum; with £100 already credited the month's total is £140.
    status, out, _ = run_cli(args, capsys)
    assert out.startswith("resolution-credits: 0.00 GBP")
    status, out, _ = run_cli([*args, "--paid-this-month", "100"], capsys)
    assert status == 0
    assert out.startswith("resolution-credits: 40.00 GBP")
    assert "minimum" not in out


def test_a_lower_is_better_linear_credit_is_explained(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["credit", CONTACT, "--metric", "abandono-voz", "--measured", "20", "--fee", "100000"]
    status, out, _ = run_cli(args, capsys)
    assert status == 0
    assert "20 % is 15 whole steps above 5 %" in out
    assert "22.5 % limited to the rule's maximum of 6 %" in out
    status, out, _ = run_cli([*args, "--language", "pt-BR"], capsys)
    assert "20 % fica 15 degraus inteiros acima de 5 %" in out
    assert "22,5 % limitado ao máximo da regra, 6 %" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["credit", SAAS, "--metric", "api-availability", "--measured", "-5"], "0 to 100"),
        (["credit", SAAS, "--metric", "api-availability", "--measured", "101"], "0 to 100"),
        (["credit", SAAS, "--metric", "api-availability", "--measured", "1e30"], "0 to 100"),
        (["credit", CONTACT, "--metric", "csat", "--measured", "9"], "scale of 1 to 5"),
        (
            ["credit", SAAS, "--metric", "api-availability", "--measured", "97", "--fee", "1e30"],
            "largest amount",
        ),
        (
            [
                "credit",
                SAAS,
                "--metric",
                "api-availability",
                "--measured",
                "97",
                "--total-fee",
                "-1",
            ],
            "--total-fee",
        ),
        (["budget", SAAS, "--period", "0000-01"], "years 1900 to 2200"),
        (
            [
                "due",
                SAAS,
                "--metric",
                "support-resolution",
                "--priority",
                "S2",
                "--opened",
                "9999-12-31T16:00+00:00",
            ],
            "years 1900 to 2200",
        ),
        (
            [
                "due",
                SAAS,
                "--metric",
                "support-resolution",
                "--priority",
                "S1",
                "--opened",
                "0001-01-01T01:00+05:00",
            ],
            "years 1900 to 2200",
        ),
        (
            [
                "staff",
                "--calls",
                "100",
                "--period",
                "30m",
                "--aht",
                "180s",
                "--target",
                "80/99999999999999999999",
            ],
            "longer than a day",
        ),
        (
            ["staff", "--calls", "1e10", "--period", "30m", "--aht", "180s", "--target", "80/20"],
            "split the volume",
        ),
    ],
)
def test_out_of_range_inputs_are_one_line_errors(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    if args[0] == "credit" and "--fee" not in args:
        args = [*args, "--fee", "1250"]
    status, _, err = run_cli(args, capsys)
    assert status == 2
    assert message in err
    assert err.count("\n") == 1


def test_no_calls_need_no_agent(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(
        ["staff", "--calls", "0", "--period", "30m", "--aht", "3m", "--target", "80/20"], capsys
    )
    assert status == 0
    assert out.startswith("0 agents for 80 % answered within 20 s")


def test_a_rolling_window_is_named_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rolling.yaml"
    rolling = AGREEMENT.replace(
        "    objective: 99.9\n", "    objective: 99.9\n    window: {kind: rolling_days, days: 90}\n"
    )
    path.write_text(rolling, encoding="utf-8")
    status, out, _ = run_cli(["budget", str(path)], capsys)
    assert status == 0
    assert "uptime: Availability, at least 99.9 % per rolling 90 days" in out
    assert "  90 days: 2h9m36s" in out
    status, out, _ = run_cli(["budget", str(path), "--language", "pt-BR"], capsys)
    assert "uptime: Availability, no mínimo 99,9 % por 90 dias móveis" in out


def test_due_in_portuguese(agreement: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["due", agreement, "--metric", "resolution", "--priority", "P2", "--language", "pt-BR"]
    status, out, _ = run_cli([*args, "--opened", "2027-03-05T16:00-03:00"], capsys)
    assert status == 0
    assert out.splitlines() == [
        "prazo: segunda-feira, 8 de março de 2027, 15:00 (2027-03-08T15:00:00-03:00)",
        "  meta de 8 horas úteis no calendário office (America/Sao_Paulo), chamado"
        " aberto em 2027-03-05T16:00:00-03:00",
    ]
    status, out, _ = run_cli([*args[:-2], "--opened", "2027-03-05T16:00-03:00"], capsys)
    assert out.splitlines()[1] == (
        "  target 8 business hours on calendar office (America/Sao_Paulo),"
        " opened 2027-03-05T16:00:00-03:00"
    )


def test_staff_in_portuguese(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["staff", "--calls", "100", "--period", "30m", "--aht", "180s", "--target", "80/20"]
    status, out, _ = run_cli(
        [*args, "--shrinkage", "30", "--max-occupancy", "60", "--language", "pt-BR"], capsys
    )
    assert status == 0
    assert out.splitlines() == [
        "17 atendentes para 80 % das chamadas atendidas em até 20 s",
        "  tráfego de 10,0 Erlangs",
        "  nível de serviço de 98,58 %",
        "  probabilidade de espera de 3,09 %",
        "  tempo médio de espera (TME) de 0,8 s",
        "  ocupação de 58,82 %",
        "  (a ocupação máxima, e não o nível de serviço, define o número)",
        "  25 atendentes na escala, com 30 % de índice de ausências (shrinkage: pausas, "
        "treinamentos e faltas)",
    ]
    status, out, _ = run_cli(
        ["staff", "--calls", "1", "--period", "8h", "--aht", "1m", "--target", "80/20"], capsys
    )
    assert out.splitlines()[0] == "1 agent for 80 % answered within 20 s"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["budget", "{file}", "--period", "2027-13"],
            "--period: '2027-13' não é um mês: escreva AAAA-MM, por exemplo 2027-02",
        ),
        (
            ["credit", "{file}", "--metric", "nope", "--measured", "99", "--fee", "1"],
            "indicador desconhecido 'nope' (o acordo tem: uptime, office-uptime, resolution)",
        ),
        (
            ["credit", "{file}", "--metric", "uptime", "--measured", "101", "--fee", "1"],
            "--measured: 101 não é uma porcentagem: escreva um valor de 0 a 100",
        ),
        (
            ["due", "{file}", "--metric", "uptime", "--priority", "P1", "--opened", "2027-03-05"],
            "o indicador 'uptime' não é de tempo de resposta nem de tempo de solução",
        ),
        (
            ["staff", "--calls", "9", "--period", "30m", "--aht", "0s", "--target", "80/20"],
            "o tempo médio de atendimento (TMA) precisa ser maior que zero",
        ),
    ],
)
def test_problems_are_told_in_the_commands_language(
    agreement: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    command = [arg.replace("{file}", agreement) for arg in args]
    status, out, err = run_cli([*command, "--language", "pt-BR"], capsys)
    assert (status, out, err) == (2, "", message + "\n")


def test_no_availability_metric_in_portuguese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tickets.yaml"
    path.write_text(AGREEMENT.split("metrics:", maxsplit=1)[0], encoding="utf-8")
    status, out, _ = run_cli(["budget", str(path), "--language", "pt-BR"], capsys)
    assert (status, out) == (0, "O acordo não tem indicador de disponibilidade.\n")
