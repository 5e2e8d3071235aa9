"""Credit schedules: rule filled in, tiers and bands without gaps or overlaps, credits monotonic."""

from __future__ import annotations

from typing import Any

import pytest

from tests.validation.builders import only, valid_data, valid_data_pt, with_code

CODES = [
    "tiers-missing",
    "linear-rule-missing",
    "downtime-bands-missing",
    "tier-empty",
    "tier-gap",
    "tier-overlap",
    "credit-falls-as-performance-worsens",
]
TIERS = ("remedies", "credit_schedules", 0, "tiers")
BANDS = ("remedies", "credit_schedules", 0, "downtime_bands")


@pytest.mark.parametrize("code", CODES)
def test_quiet_on_complete_agreements(code: str) -> None:
    assert with_code(valid_data(), code) == []
    assert with_code(valid_data_pt(), code) == []


def _with_tiers(*tiers: tuple[str | None, str | None, str]) -> dict[str, Any]:
    data = valid_data()
    data["remedies"]["credit_schedules"][0]["tiers"] = [
        {
            **({"at_least": low} if low is not None else {}),
            **({"below": high} if high is not None else {}),
            "credit": credit,
        }
        for low, high, credit in tiers
    ]
    return data


def _with_bands(*bands: tuple[str, str | None, str]) -> dict[str, Any]:
    data = valid_data()
    schedule = data["remedies"]["credit_schedules"][0]
    schedule["rule"] = "downtime_bands"
    schedule["tiers"] = []
    schedule["downtime_bands"] = [
        {"over": over, **({"up_to": up_to} if up_to else {}), "credit": credit}
        for over, up_to, credit in bands
    ]
    return data


def test_tiers_rule_without_tiers() -> None:
    data = _with_tiers()
    finding = only(data, "tiers-missing")
    assert (finding.severity, finding.path) == ("error", TIERS)


def test_linear_rule_missing() -> None:
    data = valid_data()
    del data["remedies"]["credit_schedules"][1]["linear"]
    finding = only(data, "linear-rule-missing")
    path = ("remedies", "credit_schedules", 1, "linear")
    assert (finding.severity, finding.path) == ("error", path)


def test_downtime_bands_missing() -> None:
    data = _with_bands()
    finding = only(data, "downtime-bands-missing")
    assert (finding.severity, finding.path) == ("error", BANDS)


def test_empty_tier() -> None:
    data = _with_tiers(("99.5", "99.5", "5"), ("99.0", "99.9", "10"), (None, "99.0", "50"))
    finding = only(data, "tier-empty")
    assert (finding.severity, finding.path) == ("error", (*TIERS, 0, "at_least"))


def test_gap_between_tiers() -> None:
    data = _with_tiers(("99.0", "99.9", "10"), ("95.0", "98.5", "25"), (None, "95.0", "50"))
    finding = only(data, "tier-gap")
    assert (finding.severity, finding.path) == ("error", (*TIERS, 0, "at_least"))
    assert "from 98.5 to below 99" in finding.message("en")
    assert "de 98,5 até abaixo de 99" in finding.message("pt-BR")


def test_gap_between_the_top_tier_and_the_objective() -> None:
    data = _with_tiers(("99.0", "99.5", "10"), (None, "99.0", "50"))
    finding = only(data, "tier-gap")
    assert finding.path == (*TIERS, 0, "below")
    assert "from 99.5 to below 99.9" in finding.message("en")


def test_gap_above_the_objective_of_a_lower_is_better_metric() -> None:
    data = valid_data()
    data["remedies"]["credit_schedules"][0].update(
        metric="abandoned",
        tiers=[{"at_least": "8", "below": "15", "credit": "5"}, {"at_least": "15", "credit": "10"}],
    )
    finding = only(data, "tier-gap")
    assert finding.path == (*TIERS, 0, "at_least")
    assert "values above 5 and below 8" in finding.message("en")  # 5 meets "at most 5"


def test_overlapping_tiers() -> None:
    data = _with_tiers(("98.5", "99.9", "10"), ("95.0", "99.0", "25"), (None, "95.0", "50"))
    finding = only(data, "tier-overlap")
    assert (finding.severity, finding.path) == ("error", (*TIERS, 0, "at_least"))
    assert "from 98.5 to below 99" in finding.message("en")


def test_two_open_lower_tiers_overlap() -> None:
    data = _with_tiers(("99.0", "99.9", "10"), (None, "99.0", "25"), (None, "95.0", "50"))
    assert only(data, "tier-overlap").path == (*TIERS, 1, "at_least")


def test_adjacent_tiers_in_any_order_are_quiet() -> None:
    data = _with_tiers((None, "95.0", "50"), ("99.0", "99.9", "10"), ("95.0", "99.0", "25"))
    assert [f for f in with_code(data, "tier-gap") + with_code(data, "tier-overlap")] == []


def test_credit_falls_as_availability_worsens() -> None:
    data = _with_tiers(("99.0", "99.9", "10"), ("95.0", "99.0", "5"), (None, "95.0", "50"))
    finding = only(data, "credit-falls-as-performance-worsens")
    assert (finding.severity, finding.path) == ("error", (*TIERS, 1, "credit"))
    assert "(5 %)" in finding.message("en") and "(10 %)" in finding.message("en")


def test_credit_rises_with_abandonment_rate() -> None:
    data = valid_data()
    data["remedies"]["credit_schedules"][0].update(
        metric="abandoned",
        tiers=[{"at_least": "5", "below": "10", "credit": "5"}, {"at_least": "10", "credit": "10"}],
    )
    assert with_code(data, "credit-falls-as-performance-worsens") == []
    data["remedies"]["credit_schedules"][0]["tiers"][1]["credit"] = "2"
    assert only(data, "credit-falls-as-performance-worsens").path == (*TIERS, 1, "credit")


def test_consistent_downtime_bands_are_quiet() -> None:
    data = _with_bands(("45m", "4h", "10"), ("4h", "8h", "25"), ("8h", None, "50"))
    for code in CODES:
        assert with_code(data, code) == []


def test_downtime_bands_gap_overlap_and_falling_credit() -> None:
    data = _with_bands(("45m", "4h", "10"), ("5h", "8h", "25"), ("8h", None, "20"))
    gap = only(data, "tier-gap")
    assert (gap.path, "from 4 h to below 5 h" in gap.message("en")) == ((*BANDS, 1, "over"), True)
    falls = only(data, "credit-falls-as-performance-worsens")
    assert falls.path == (*BANDS, 2, "credit")
    data = _with_bands(("45m", "4h", "10"), ("3h", None, "25"))
    overlap = only(data, "tier-overlap")
    assert (overlap.path, "from 3 h to below 4 h" in overlap.message("en")) == (
        (*BANDS, 1, "over"),
        True,
    )
