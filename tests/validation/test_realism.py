"""Realism: a time target every ticket must meet, a time target below the plausible floor of its
kind and priority, and a credit tier that pays while the target is met."""

from __future__ import annotations

from typing import Any

from tests.validation.builders import findings_of, only, valid_data, with_code

RESOLUTION = 2  # the resolution time metric of the valid agreement
RESPONSE = 1


def _target(data: dict[str, Any], metric: int, row: int) -> dict[str, Any]:
    target: dict[str, Any] = data["metrics"][metric]["targets"][row]
    return target


def test_the_issue_s_p1_resolution_of_one_minute_at_100_percent_is_flagged_twice() -> None:
    data = valid_data()
    _target(data, RESOLUTION, 0).update(target="1m business", attainment="100")
    first = ("metrics", RESOLUTION, "targets", 0)
    codes = {f.code for f in findings_of(data) if f.path[:4] == first}
    assert {"time-target-full-attainment", "time-target-below-floor"} <= codes


def test_full_attainment_on_each_ticket_is_a_warning_at_the_attainment() -> None:
    data = valid_data()
    _target(data, RESOLUTION, 1)["attainment"] = "100"
    finding = only(data, "time-target-full-attainment")
    assert finding.severity == "warning"
    assert finding.path == ("metrics", RESOLUTION, "targets", 1, "attainment")
    assert "one late ticket misses the target for the whole month" in finding.message("en")
    assert "“High”" in finding.message("en")
    assert "descumpre a meta em todo o mês" in finding.message("pt-BR")


def test_an_average_or_a_target_below_100_percent_is_not_full_attainment() -> None:
    data = valid_data()
    _target(data, RESOLUTION, 1).update(measure="average", attainment="100")
    _target(data, RESOLUTION, 2)["attainment"] = "99.9"
    assert with_code(data, "time-target-full-attainment") == []


def test_a_target_below_the_floor_of_its_level_is_flagged_with_the_published_range() -> None:
    data = valid_data()
    _target(data, RESOLUTION, 0)["target"] = "59m calendar"  # level 1: floor 1 h (4 h × 0.25)
    finding = only(data, "time-target-below-floor")
    assert finding.severity == "warning"
    assert finding.path == ("metrics", RESOLUTION, "targets", 0, "target")
    en, pt = finding.message("en"), finding.message("pt-BR")
    assert "critical tickets" in en and "from 4 hours to 24 hours" in en
    assert "chamados críticos" in pt and "de 4 horas a 24 horas" in pt


def test_a_target_at_the_floor_or_above_it_is_plausible() -> None:
    data = valid_data()
    _target(data, RESOLUTION, 0)["target"] = "1h calendar"
    _target(data, RESPONSE, 1)["target"] = "4m business"  # level 2: floor 3m45s
    assert with_code(data, "time-target-below-floor") == []


def test_the_floor_follows_the_priority_s_place_and_the_metric_s_kind() -> None:
    data = valid_data()
    _target(data, RESPONSE, 2)["target"] = "14m business"  # level 3 response: floor 15 min
    _target(data, RESOLUTION, 2)["target"] = "3h business"  # level 3 resolution: floor 4 h
    paths = {f.path for f in with_code(data, "time-target-below-floor")}
    assert paths == {
        ("metrics", RESPONSE, "targets", 2, "target"),
        ("metrics", RESOLUTION, "targets", 2, "target"),
    }


def test_updates_and_next_replies_have_no_published_range() -> None:
    data = valid_data()
    data["metrics"][RESPONSE]["event"] = "periodic_update"
    _target(data, RESPONSE, 0)["target"] = "1m calendar"
    assert with_code(data, "time-target-below-floor") == []


def test_a_target_for_all_tickets_is_read_against_standard_tickets() -> None:
    data = valid_data()
    data["metrics"][RESPONSE]["targets"] = [
        {"target": "10m business", "attainment": "95"}  # level 3: floor 15 min
    ]
    finding = only(data, "time-target-below-floor")
    assert "standard tickets" in finding.message("en")
    assert "all tickets" in finding.message("en")


def _resolution_tiers(data: dict[str, Any], tiers: list[dict[str, Any]]) -> None:
    data["remedies"]["credit_schedules"][1] = {
        "id": "resolution-credits",
        "metric": "resolution",
        "tiers": tiers,
        "minimum_tickets": 10,
    }


def test_the_old_default_tier_on_a_resolution_metric_pays_while_its_target_is_met() -> None:
    data = valid_data()  # resolution targets ask 95 % of tickets
    _resolution_tiers(data, [{"at_least": "99.0", "below": "99.9", "credit": "10"}])
    finding = only(data, "credit-tier-above-objective")
    assert finding.severity == "warning"
    assert finding.path == ("remedies", "credit_schedules", 1, "tiers", 0, "below")
    en, pt = finding.message("en"), finding.message("pt-BR")
    assert "tier 1 pays 10 % for values from 99 to below 99.9" in en
    assert "an attainment of 95 %" in en
    assert "a faixa 1 concede 10 % para os valores de 99 até abaixo de 99,9" in pt


def test_tiers_that_end_at_the_target_pay_only_when_it_is_missed() -> None:
    data = valid_data()
    _resolution_tiers(
        data,
        [{"at_least": "90", "below": "95", "credit": "5"}, {"below": "90", "credit": "10"}],
    )
    assert [f.code for f in findings_of(data) if f.severity != "info"] == []


def test_a_tier_holding_the_target_itself_is_left_to_the_credit_at_objective_check() -> None:
    data = valid_data()
    _resolution_tiers(
        data,
        [{"at_least": "90", "below": "96", "credit": "5"}, {"below": "90", "credit": "10"}],
    )
    assert with_code(data, "credit-tier-above-objective") == []
    assert len(with_code(data, "credit-while-objective-met")) == 1


def test_a_lower_is_better_objective_is_read_downwards() -> None:
    data = valid_data()  # abandonment: at most 5 %
    data["remedies"]["credit_schedules"].append(
        {
            "id": "abandon-credits",
            "metric": "abandoned",
            "tiers": [
                {"more_than": "1", "at_most": "3", "credit": "2"},  # pays for met results
                {"more_than": "5", "credit": "5"},
            ],
        }
    )
    finding = only(data, "credit-tier-above-objective")
    assert finding.path == ("remedies", "credit_schedules", 2, "tiers", 0, "more_than")
