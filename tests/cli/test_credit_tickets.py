"""`sla-designer credit --tickets`: a time metric's credit from the tickets of a window, read per
priority or pooled as its schedule says, from the schedule's minimum number of tickets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli

TEMPLATES = Path(__file__).parents[2] / "templates"
DESK = str(TEMPLATES / "it-service-desk.yaml")  # per priority, from 10 tickets
MANAGED = str(TEMPLATES / "managed-services.yaml")  # pooled, from 20 tickets


def test_per_priority_counts_give_the_highest_credit_of_the_priorities_that_count(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["credit", DESK, "--metric", "tempo-solucao", "--fee", "1000"]
    # P1 at 85 % counts; P2 at 60 % has fewer than 10 tickets and does not.
    status, out, _ = run_cli([*args, "--tickets", "P1=17/20,P2=3/5"], capsys)
    assert status == 0
    head, explanation = out.splitlines()
    assert head == "credito-solucao: 50.00 BRL"
    assert explanation.strip().startswith("attainment is read for each priority separately; ")
    assert "P2 – Alta: 5 tickets, fewer than the minimum of 10, do not count" in explanation
    status, out, _ = run_cli([*args, "--tickets", "P1=17/20,P2=3/5", "--language", "pt-BR"], capsys)
    assert "P2 – Alta: 5 chamados, menos que o mínimo de 10, não são considerados" in out


def test_one_missed_ticket_out_of_one_earns_nothing_under_a_minimum(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["credit", DESK, "--metric", "tempo-solucao", "--fee", "1000", "--tickets", "P1=0/1"]
    status, out, _ = run_cli([*args, "--format", "json"], capsys)
    assert status == 0
    row = json.loads(out)["credits"][0]
    assert (row["rule"], row["amount"]) == ("not_counted", "0.00")
    assert row["tickets"] == {
        "attainment": "per_priority",
        "minimum_tickets": 10,
        "counts": [{"priority": "P1", "met": 0, "total": 1, "attainment": "0", "counts": False}],
        "deciding": None,
    }


def test_pooled_counts_add_up_the_priorities(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["credit", MANAGED, "--metric", "incident-resolution", "--fee", "10000"]
    # 17 + 40 of 20 + 45: 57 of 65 is 87.7 %, in the tier of at least 85 %.
    status, out, _ = run_cli([*args, "--tickets", "P1=17/20, P2=40/45"], capsys)
    assert status == 0
    assert out.splitlines()[0] == "restoration-credits: 500.00 USD"
    assert "57 of 65 tickets met their target (87.69 %)" in out
    status, same, _ = run_cli([*args, "--tickets", "57/65"], capsys)
    assert same == out
    # 19 tickets in all: fewer than the 20 the schedule needs.
    status, out, _ = run_cli([*args, "--tickets", "P1=0/9,P2=0/10", "--format", "json"], capsys)
    row = json.loads(out)["credits"][0]
    assert (row["rule"], row["amount"], row["tickets"]["deciding"]) == ("not_counted", "0.00", None)


def test_an_attainment_given_as_a_percentage_still_says_how_it_is_read(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["credit", MANAGED, "--metric", "incident-resolution", "--fee", "10000"]
    status, out, _ = run_cli([*args, "--measured", "87"], capsys)
    assert status == 0
    assert (
        "attainment is read for all tickets of the metric together; a window counts from 20" in out
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--metric", "tempo-solucao", "--tickets", "17/20"], "give the tickets per priority"),
        (["--metric", "tempo-solucao", "--tickets", "P9=1/2"], "no target for priority 'P9'"),
        (["--metric", "tempo-solucao", "--tickets", "P1=21/20"], "21/20 is not a count"),
        (["--metric", "tempo-solucao", "--tickets", "P1=x"], "--tickets: 'P1=x' is not a count"),
        (["--metric", "satisfacao", "--tickets", "1/2"], "is not measured on tickets"),
    ],
)
def test_counts_that_cannot_be_read_get_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    status, _, err = run_cli(["credit", DESK, *args, "--fee", "1"], capsys)
    assert (status, err.count("\n")) == (2, 1)
    assert message in err


def test_measured_and_tickets_are_one_or_the_other(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["credit", DESK, "--metric", "tempo-solucao", "--fee", "1"]
    status, _, err = run_cli([*args, "--tickets", "P1=1/1", "--measured", "90"], capsys)
    assert status == 2 and "not allowed with" in err
    status, _, err = run_cli(args, capsys)
    assert status == 2 and "--measured" in err and "--tickets" in err
