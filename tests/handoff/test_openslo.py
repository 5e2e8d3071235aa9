"""The OpenSLO v1 export: documents that pass the specification's rules and published schema
(see openslo_rules.py for the sources), for every template in both languages, with the
measurement window's calendar and time zone, and what cannot be written reported."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from sla_designer.handoff import openslo
from sla_designer.handoff.slo_common import dns_label
from sla_designer.model.metrics import (
    MeasurementWindow,
    ResolutionTimeMetric,
    ResponseTimeMetric,
)
from tests.export.reviewed import PAIRS, TEMPLATES, agreement_of
from tests.handoff.openslo_rules import file_problems, schema_problems, spec_problems
from tests.handoff.slo_helpers import availability, documents, keys, said, with_objective

# A valid SLO after the specification's own example (README.md, "SLO" and "Objectives"), to
# show the checks accept what the specification writes and refuse what it forbids.
SPEC_EXAMPLE = {
    "apiVersion": "openslo/v1",
    "kind": "SLO",
    "metadata": {"name": "foo-slo", "displayName": "Foo SLO"},
    "spec": {
        "service": "foo",
        "indicatorRef": "foo-error",
        "timeWindow": [
            {
                "duration": "1M",
                "calendar": {"startTime": "2020-01-21 12:30:00", "timeZone": "America/New_York"},
                "isRolling": False,
            }
        ],
        "budgetingMethod": "Occurrences",
        "objectives": [{"displayName": "Foo Total Errors", "target": 0.98}],
    },
}


def _broken(change: str) -> dict[str, object]:
    document = copy.deepcopy(SPEC_EXAMPLE)
    spec: dict[str, object] = document["spec"]  # type: ignore[assignment]
    window = spec["timeWindow"][0]  # type: ignore[index]
    if change == "hundred":
        spec["objectives"] = [{"target": 1.0}]
    elif change == "name":
        document["metadata"] = {"name": "Foo_SLO"}
    elif change == "zone":
        window["calendar"]["timeZone"] = "Mars/Olympus"
    elif change == "no-calendar":
        del window["calendar"]
    elif change == "timeslices":
        spec["budgetingMethod"] = "Timeslices"
    return document


def test_the_checks_accept_the_specifications_example() -> None:
    assert spec_problems(SPEC_EXAMPLE) == []
    assert schema_problems(SPEC_EXAMPLE) == []


@pytest.mark.parametrize("change", ["hundred", "name", "zone", "no-calendar", "timeslices"])
def test_the_checks_refuse_what_the_specification_forbids(change: str) -> None:
    assert spec_problems(_broken(change))


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_template_exports_documents_that_pass_the_specification(
    name: str, language: str
) -> None:
    agreement = agreement_of(name)
    handoff = openslo.build(agreement, language=language)
    written = documents(handoff)
    assert file_problems(written) == []
    lines = said(handoff, agreement, language)
    assert all(line and "{" not in line for line in lines)
    slos = {d["metadata"]["name"]: d for d in written if d["kind"] == "SLO"}
    # Nothing dropped silently: each objective is an SLO or is reported.
    unmapped = keys(handoff)
    for metric in availability(agreement):
        if dns_label(metric.id) not in slos:
            assert ("hundred_percent", f"metrics[{metric.id}].objective") in unmapped
    for metric in agreement.metrics:
        if isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric):
            if metric.exclusions:
                assert ("ticket_exclusions", f"metrics[{metric.id}].exclusions") in unmapped
            if metric.clock.pauses:
                assert ("pauses", f"metrics[{metric.id}].clock.pauses") in unmapped
            for index, target in enumerate(metric.targets):
                label = dns_label(f"{metric.id}-{target.priority or 'all'}")
                if label not in slos:
                    path = f"metrics[{metric.id}].targets[{index}]"
                    assert any(p.startswith(path) for _, p in unmapped), (label, unmapped)
        elif metric.kind != "availability":
            assert ("kind", f"metrics[{metric.id}]") in unmapped


def test_the_templates_write_availability_and_ticket_objectives() -> None:
    """The export is not empty for the templates that have such objectives."""
    exports = (openslo.build(agreement_of(name), language="en") for name in TEMPLATES)
    written = [d for handoff in exports for d in documents(handoff)]
    methods = {d["spec"]["budgetingMethod"] for d in written if d["kind"] == "SLO"}
    assert methods == {"Timeslices", "Occurrences"}


@pytest.mark.parametrize("name", ["saas-availability", "managed-services", "internal-departments"])
def test_availability_windows_are_the_calendar_months_in_the_calendars_zone(name: str) -> None:
    agreement = agreement_of(name)
    slos = {
        d["metadata"]["name"]: d
        for d in documents(openslo.build(agreement, language="en"))
        if d["kind"] == "SLO"
    }
    assert agreement.effective_date is not None
    first = agreement.effective_date.replace(day=1).isoformat()
    for metric in availability(agreement):
        calendar = agreement.calendar_for(metric.id)
        assert calendar is not None and "/" in calendar.timezone
        slo = slos[dns_label(metric.id)]
        assert slo["spec"]["budgetingMethod"] == "Timeslices"
        assert slo["spec"]["timeWindow"] == [
            {
                "duration": "1M",
                "calendar": {"startTime": f"{first} 00:00:00", "timeZone": calendar.timezone},
                "isRolling": False,
            }
        ]
        (objective,) = slo["spec"]["objectives"]
        assert Decimal(str(objective["target"])) * 100 == metric.objective
        assert objective["timeSliceWindow"] == "1m"


def test_zones_quarters_and_rolling_windows() -> None:
    agreement = agreement_of("saas-availability")
    first, second = availability(agreement)
    agreement.calendar_for(first.id).timezone = "UTC"  # type: ignore[union-attr]
    first.window = MeasurementWindow(kind="quarter")
    second.window = MeasurementWindow(kind="rolling_days", days=28)
    written = documents(openslo.build(agreement, language="en"))
    assert file_problems(written) == []
    slos = {d["metadata"]["name"]: d["spec"] for d in written if d["kind"] == "SLO"}
    # The effective date is 1 March 2027: its calendar quarter starts on 1 January.
    assert slos[dns_label(first.id)]["timeWindow"] == [
        {
            "duration": "1Q",
            "calendar": {"startTime": "2027-01-01 00:00:00", "timeZone": "Etc/UTC"},
            "isRolling": False,
        }
    ]
    assert slos[dns_label(second.id)]["timeWindow"] == [{"duration": "28d", "isRolling": True}]


def test_an_objective_of_exactly_100_percent_is_reported_not_written() -> None:
    agreement = with_objective(agreement_of("saas-availability"), "100")
    metric = availability(agreement)[0]
    handoff = openslo.build(agreement, language="pt-BR")
    written = documents(handoff)
    assert file_problems(written) == []
    assert dns_label(metric.id) not in {d["metadata"]["name"] for d in written}
    assert ("hundred_percent", f"metrics[{metric.id}].objective") in keys(handoff)
    assert any("100 %" in line and "OpenSLO" in line for line in said(handoff, agreement, "pt-BR"))


def test_a_target_for_every_ticket_is_reported_and_shares_follow_the_measure() -> None:
    agreement = agreement_of("saas-availability")
    metric = next(m for m in agreement.metrics if isinstance(m, ResolutionTimeMetric))
    every, p90, median, average = metric.targets[:4]
    every.attainment = Decimal(100)
    p90.measure, p90.percentile = "percentile", 90
    median.measure = "median"
    average.measure = "average"
    handoff = openslo.build(agreement, language="en")
    written = documents(handoff)
    assert file_problems(written) == []
    targets = {
        d["metadata"]["name"]: d["spec"]["objectives"][0]["target"]
        for d in written
        if d["kind"] == "SLO"
    }
    label = dns_label
    assert label(f"{metric.id}-{every.priority}") not in targets
    assert targets[label(f"{metric.id}-{p90.priority}")] == 0.9
    assert targets[label(f"{metric.id}-{median.priority}")] == 0.5
    assert label(f"{metric.id}-{average.priority}") not in targets
    found = keys(handoff)
    assert ("all_tickets", f"metrics[{metric.id}].targets[0].attainment") in found
    assert ("average", f"metrics[{metric.id}].targets[3]") in found


def test_maintenance_and_exclusions_are_reported() -> None:
    agreement = agreement_of("saas-availability")
    metric = availability(agreement)[0]
    assert metric.maintenance and metric.exclusions
    found = keys(openslo.build(agreement, language="en"))
    assert ("maintenance", f"metrics[{metric.id}].maintenance") in found
    assert ("exclusions", f"metrics[{metric.id}].exclusions") in found


def test_names_are_dns_labels_and_unique() -> None:
    taken: set[str] = set()
    assert dns_label("P1_Response.Time", taken) == "p1-response-time"
    assert dns_label("p1-response-time", taken) == "p1-response-time-2"
    assert dns_label("x" * 80, taken) == "x" * 63
    assert dns_label("---", taken) == "x"


def test_the_words_are_in_the_language_asked_for() -> None:
    agreement = agreement_of("saas-availability")
    english = openslo.build(agreement, language="en").files[""].decode()
    portuguese = openslo.build(agreement, language="pt-BR").files[""].decode()
    assert "as agreed in" in english and "conforme acordado em" not in english
    assert "conforme acordado em" in portuguese and "as agreed in" not in portuguese
    assert "Disponibilidade de 99,9 % por mês" in portuguese
