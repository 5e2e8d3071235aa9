"""Credits on response and resolution times: attainment per priority or pooled, from how many
tickets a window counts, and the explanation that says which."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sla_designer.calc.attainment import (
    TicketCount,
    parse_ticket_counts,
    read_tickets,
)
from sla_designer.calc.credit_text import shown_attainment
from sla_designer.calc.credits import rule_outcome
from sla_designer.calc.what_if import what_if_credit
from sla_designer.model import CreditSchedule, Money, Remedies, ResolutionTimeMetric

D = Decimal
FEE = Money(amount=D("1000"), currency="BRL")
METRIC = ResolutionTimeMetric.model_validate(
    {
        "id": "resolution",
        "name": "Resolution time",
        "targets": [
            {"priority": "P1", "target": "4h calendar", "attainment": 90},
            {"priority": "P2", "target": "8h calendar", "attainment": 90},
            {"priority": "P3", "target": "24h calendar", "attainment": 90},
        ],
    }
)
NAMES = {"P1": "P1 – Critical", "P2": "P2 – High", "P3": "P3 – Normal"}
TIERS = [
    {"at_least": "85", "below": "90", "credit": 5},
    {"at_least": "80", "below": "85", "credit": 10},
    {"below": "80", "credit": 15},
]


def schedule(**fields: Any) -> CreditSchedule:
    return CreditSchedule.model_validate(
        {"id": "resolution-credits", "metric": "resolution", "tiers": TIERS, **fields}
    )


def credit(text: str, **fields: Any) -> Any:
    counts = parse_ticket_counts(text)
    return what_if_credit(
        schedule(**fields), METRIC, None, FEE, Remedies(), tickets=counts, names=NAMES
    )


# --- counting -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("P1=17/20, P2=40/45", [(17, 20, "P1"), (40, 45, "P2")]),
        ("P1=17/20 P2=4/5", [(17, 20, "P1"), (4, 5, "P2")]),
        ("P1 = 3 / 4; P3=0/0", [(3, 4, "P1"), (0, 0, "P3")]),
        ("58/65", [(58, 65, None)]),
    ],
)
def test_ticket_counts_are_read_as_typed(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [(c.met, c.total, c.priority) for c in parse_ticket_counts(text)] == expected


@pytest.mark.parametrize("text", ["", "  ", "17", "17/", "P1=17", "abc", "P1=-1/4", "1.5/3"])
def test_what_is_not_a_ticket_count_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_ticket_counts(text)


def test_more_tickets_met_than_counted_is_refused_in_both_languages() -> None:
    with pytest.raises(ValueError) as caught:
        TicketCount(21, 20)
    from sla_designer.text.values import problem_text

    assert "21/20" in problem_text(caught.value, "en")
    assert "chamados" in problem_text(caught.value, "pt-BR")


@pytest.mark.parametrize(
    ("met", "total", "attainment"),
    [(17, 20, D(85)), (0, 1, D(0)), (1, 1, D(100)), (0, 0, None), (9, 10, D(90))],
)
def test_attainment_is_exact(met: int, total: int, attainment: Decimal | None) -> None:
    assert TicketCount(met, total).attainment == attainment


def test_an_attainment_is_shown_cut_never_rounded_up_to_a_bound() -> None:
    assert shown_attainment(D(85)) == D(85)
    assert shown_attainment(D(17) * 100 / 19) == D("89.47")
    # 8999/9999 = 89.99899...: shown as 89.99 %, below the 90 % it has not reached.
    assert shown_attainment(D(8999) * 100 / 9999) == D("89.99")


# --- the boundaries of the tiers and of the minimum ------------------------------------------


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("P1=18/20", "0"),  # 90 %: the objective is met
        ("P1=8999/10000", "5"),  # 89.99 %: just below it
        ("P1=17/20", "5"),  # 85 %: a boundary belongs to the tier that starts there
        ("P1=16999/20000", "10"),  # 84.995 %
        ("P1=16/20", "10"),  # 80 %
        ("P1=15/19", "15"),  # 78.9 %
        ("P1=17/19", "5"),  # 89.47 %: a share with no end to its decimals
    ],
)
def test_attainment_is_read_at_the_tier_boundaries(text: str, percent: str) -> None:
    assert credit(text).percent == D(percent)


@pytest.mark.parametrize(
    ("minimum", "total", "counts"),
    [(0, 1, True), (1, 1, True), (10, 9, False), (10, 10, True), (10, 11, True), (0, 0, False)],
)
def test_a_window_counts_from_the_minimum_number_of_tickets(
    minimum: int, total: int, counts: bool
) -> None:
    result = credit(f"P1=0/{total}", minimum_tickets=minimum)
    assert (result.outcome.kind != "not_counted") is counts
    assert result.percent == (D(15) if counts else D(0))
    assert result.amount == (D("150.00") if counts else D(0))


def test_one_missed_ticket_out_of_one_is_not_read_as_zero_when_a_minimum_applies() -> None:
    result = credit("P1=0/1", minimum_tickets=20)
    assert result.amount == 0 and result.measured is None
    english, portuguese = result.text("en"), result.text("pt-BR")
    assert "0 %" not in english and "0 %" not in portuguese
    assert "P1 – Critical: 1 ticket, fewer than the minimum of 20, does not count" in english
    assert "no attainment counts, so no credit is due" in english
    assert "1 chamado, menos que o mínimo de 20, não é considerado" in portuguese
    assert "nenhum resultado é considerado, portanto não há crédito" in portuguese


# --- per priority or pooled ------------------------------------------------------------------


def test_per_priority_the_highest_credit_of_the_priorities_that_count_applies() -> None:
    # P2 at 60 % has too few tickets; P1 at 85 % earns 5 %, P3 at 80 % earns 10 %.
    result = credit("P1=17/20, P2=3/5, P3=40/50", minimum_tickets=10)
    assert result.percent == D(10)
    assert result.tickets is not None and result.tickets.deciding is not None
    assert result.tickets.deciding.priority == "P3"
    text = result.text("en")
    assert text.startswith("attainment is read for each priority separately; ")
    assert "P1 – Critical: 17 of 20 tickets met their target (85 %)" in text
    assert "P2 – High: 5 tickets, fewer than the minimum of 10, do not count" in text
    assert "P3 – Normal earns the highest credit; 80 % misses the objective (at least 90 %)" in text
    assert "80 % is in tier 2" in text
    assert result.text("pt-BR").startswith("o resultado é apurado para cada prioridade")


def test_among_equal_credits_the_lowest_attainment_decides() -> None:
    result = credit("P1=17/20, P2=86/100")
    assert result.tickets is not None and result.tickets.deciding is not None
    assert result.tickets.deciding.priority == "P1"


def test_pooled_adds_the_tickets_of_all_priorities() -> None:
    # Each priority alone would earn a credit; together 84 of 95 is 88.4 %, in the first tier.
    per_priority = credit("P1=17/20, P2=67/75")
    pooled = credit("P1=17/20, P2=67/75", attainment="pooled")
    assert per_priority.percent == D(5) and pooled.percent == D(5)
    assert credit("P1=17/20, P2=73/75", attainment="pooled").percent == D(0)  # 94.7 %
    assert credit("84/95", attainment="pooled").measured == pooled.measured
    text = pooled.text("en")
    assert text.startswith("attainment is read for all tickets of the metric together; ")
    assert "84 of 95 tickets met their target (88.42 %); 88.42 % misses the objective" in text
    assert "88.42 % is in tier 1" in text


def test_pooled_counts_refuse_a_priority_the_metric_has_not_and_one_given_twice() -> None:
    # A typing mistake is not pooled into the others: 'PX=1/40' would read 18 of 60 as 30 %.
    for mode in ("per_priority", "pooled"):
        with pytest.raises(ValueError, match="no target for priority 'PX'"):
            credit("P1=17/20, PX=1/40", attainment=mode)
        with pytest.raises(ValueError, match="P1"):
            credit("P1=17/20, P1=1/40", attainment=mode)


def test_pooled_minimum_counts_all_tickets_together() -> None:
    assert credit("P1=0/4, P2=0/5", attainment="pooled", minimum_tickets=10).amount == 0
    assert credit("P1=0/4, P2=0/6", attainment="pooled", minimum_tickets=10).percent == D(15)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("17/20", {}),  # per priority needs priorities
        ("P1=17/20, 3/4", {"attainment": "pooled"}),  # both kinds at once
        ("P9=17/20", {}),  # no such target
        ("P1=17/20, P1=3/4", {}),  # a priority twice
    ],
)
def test_counts_that_do_not_fit_the_schedule_are_refused(text: str, fields: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        credit(text, **fields)


def test_a_metric_not_measured_on_tickets_takes_no_counts() -> None:
    from sla_designer.model import AvailabilityMetric

    uptime = AvailabilityMetric(id="uptime", name="Uptime", objective=D("99.9"))
    with pytest.raises(ValueError):
        read_tickets(schedule(metric="uptime"), uptime, [TicketCount(1, 2)])


def test_an_attainment_given_directly_says_how_it_is_read() -> None:
    result = what_if_credit(
        schedule(attainment="pooled", minimum_tickets=20), METRIC, D(85), FEE, Remedies()
    )
    assert result.percent == D(5)
    assert result.text("en").startswith(
        "attainment is read for all tickets of the metric together; a window counts from 20"
        " tickets; 85 % misses the objective (at least 90 %); 85 % is in tier 1"
    )
    assert "o período só é considerado a partir de 20 chamados" in result.text("pt-BR")


def test_a_linear_rule_reads_the_deciding_attainment() -> None:
    linear = {
        "rule": "linear",
        "tiers": [],
        "linear": {"start": 90, "step": 1, "credit_per_step": 2},
    }
    # P1 at 85 % is 5 steps below 90 %; P2 at 88 % only 2.
    assert credit("P1=17/20, P2=88/100", **linear).percent == D(10)


@settings(max_examples=200, deadline=None)
@given(
    counts=st.lists(
        st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda c: (min(c), max(c))),
        min_size=3,
        max_size=3,
    ),
    minimum=st.integers(0, 40),
)
def test_the_credit_is_the_rule_read_on_the_attainment_that_counts(
    counts: list[tuple[int, int]], minimum: int
) -> None:
    text = ", ".join(f"P{n + 1}={met}/{total}" for n, (met, total) in enumerate(counts))
    per_priority = credit(text, minimum_tickets=minimum)
    expected = [
        rule_outcome(schedule(), D(met) * 100 / D(total)).percent
        for met, total in counts
        if total and total >= minimum
    ]
    assert per_priority.percent == max(expected, default=D(0))
    pooled = credit(text, attainment="pooled", minimum_tickets=minimum)
    met, total = sum(c[0] for c in counts), sum(c[1] for c in counts)
    counted = total > 0 and total >= minimum
    want = rule_outcome(schedule(), D(met) * 100 / D(total)).percent if counted else D(0)
    assert pooled.percent == want


def test_a_target_for_all_tickets_takes_its_tickets_without_a_priority() -> None:
    metric = ResolutionTimeMetric.model_validate(
        {
            "id": "resolution",
            "name": "Complaints",
            "targets": [{"target": "5m calendar", "attainment": 90}],
        }
    )
    counts = parse_ticket_counts("17/20")
    result = what_if_credit(schedule(), metric, None, FEE, Remedies(), tickets=counts)
    assert result.percent == D(5)
    # No priorities to read apart: the tickets are read together, whatever the schedule says.
    text = result.text("en")
    assert text.startswith("attainment is read for all tickets of the metric together; ")
    assert "; 17 of 20 tickets met their target (85 %);" in text


def test_an_average_time_has_no_attainment_to_count() -> None:
    from sla_designer.calc.attainment import counts_tickets

    average = ResolutionTimeMetric.model_validate(
        {
            "id": "resolution",
            "name": "Complaints",
            "targets": [{"target": "5m calendar", "measure": "average"}],
        }
    )
    assert counts_tickets(METRIC) and not counts_tickets(average)
    with pytest.raises(ValueError):
        read_tickets(schedule(), average, [TicketCount(1, 2)])
