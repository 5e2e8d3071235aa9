"""The starter templates: catalogued, loadable, valid, and rich enough to learn from."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from sla_designer.calc.budget import downtime_budget
from sla_designer.calc.business_time import due_for
from sla_designer.catalog import load_template
from sla_designer.export.defined_terms import scan
from sla_designer.io import dumps_agreement, load_agreement, loads_agreement
from sla_designer.model import (
    AbandonmentRateMetric,
    Agreement,
    AvailabilityMetric,
    AverageSpeedOfAnswerMetric,
    CreditSchedule,
    ResolutionTimeMetric,
    ResponseTimeMetric,
    SatisfactionMetric,
    ServiceLevelMetric,
    higher_is_better,
)
from sla_designer.model.law import comarca
from sla_designer.validation import validate

TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "templates"
CATALOG: list[dict[str, Any]] = yaml.safe_load(
    (TEMPLATES_DIR / "catalog.yaml").read_text(encoding="utf-8")
)["templates"]
NAMES = [entry["name"] for entry in CATALOG]
SCHEMA_LINE = "# yaml-language-server: $schema=https://sla-designer.dev/schema/v4.json"
PLACEHOLDERS = re.compile(
    r"(?i:lorem|ipsum|\bacme\b|xxx|example\.(com|org)|\bfoo\b|\bbar\b|placeholder|your company)"
    r"|\bTBD\b|\bTODO\b|\bN/A\b"
)
EMAIL = re.compile(r"^[a-z0-9.]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def path_of(name: str) -> Path:
    return TEMPLATES_DIR / f"{name}.yaml"


def text_of(name: str) -> str:
    return path_of(name).read_text(encoding="utf-8")


def agreement_of(name: str) -> Agreement:
    return load_agreement(path_of(name))


def ticket_metrics(a: Agreement) -> list[ResponseTimeMetric | ResolutionTimeMetric]:
    return [m for m in a.metrics if isinstance(m, ResponseTimeMetric | ResolutionTimeMetric)]


# --- Brazilian tax numbers ----------------------------------------------------------------------


def _check_digit(digits: list[int], weights: list[int]) -> int:
    rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
    return 0 if rest < 2 else 11 - rest


def cnpj_is_valid(text: str) -> bool:
    if not re.fullmatch(r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}", text):
        return False
    digits = [int(c) for c in re.sub(r"\D", "", text)]
    weights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    first = _check_digit(digits[:12], weights)
    second = _check_digit([*digits[:12], first], [6, *weights])
    return digits[12:] == [first, second] and len(set(digits)) > 1


def cpf_is_valid(text: str) -> bool:
    if not re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}", text):
        return False
    digits = [int(c) for c in re.sub(r"\D", "", text)]
    first = _check_digit(digits[:9], list(range(10, 1, -1)))
    second = _check_digit([*digits[:9], first], list(range(11, 1, -1)))
    return digits[9:] == [first, second] and len(set(digits)) > 1


def test_the_tax_number_checks_reject_a_wrong_check_digit() -> None:
    assert cnpj_is_valid("11.222.333/0001-81")
    assert not cnpj_is_valid("11.222.333/0001-82")
    assert not cnpj_is_valid("11222333000181")
    assert cpf_is_valid("529.982.247-25")
    assert not cpf_is_valid("529.982.247-52")
    assert not cpf_is_valid("111.111.111-11")


# --- the catalogue ------------------------------------------------------------------------------


def test_the_catalogue_and_the_folder_list_the_same_templates() -> None:
    on_disk = {p.name for p in TEMPLATES_DIR.glob("*.yaml")} - {"catalog.yaml"}
    listed = [entry["file"] for entry in CATALOG]
    assert len(listed) == len(set(listed))
    assert set(listed) == on_disk
    assert {
        "saas-availability",
        "it-service-desk",
        "contact-centre",
        "internal-departments",
        "supplier-ola",
        "managed-services",
    } <= set(NAMES)


@pytest.mark.parametrize("entry", CATALOG, ids=NAMES)
def test_catalogue_entry_names_its_file_and_titles_and_describes_it_in_both_languages(
    entry: dict[str, Any],
) -> None:
    assert entry["name"] == Path(entry["file"]).stem
    assert set(entry["title"]) == {"en", "pt-BR"}
    assert all(5 <= len(title) <= 60 for title in entry["title"].values())
    assert set(entry["description"]) == {"en", "pt-BR"}
    for text in entry["description"].values():
        assert 80 <= len(text) <= 400
    assert entry["description"]["en"] != entry["description"]["pt-BR"]


@pytest.mark.parametrize("name", NAMES)
def test_catalogue_loads_each_template(name: str) -> None:
    assert load_template(name) == agreement_of(name)


# --- every template: format, loading, validation ------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_file_begins_with_schema_line_and_format_version(name: str) -> None:
    lines = text_of(name).splitlines()
    assert lines[0] == SCHEMA_LINE
    assert lines[1] == "format_version: 4"
    assert not PLACEHOLDERS.search(text_of(name)), PLACEHOLDERS.search(text_of(name))


def _key_order_problems(data: Any, value: Any, path: str) -> Iterator[str]:
    """Keys of every mapping appear in the order the model declares its fields."""
    if isinstance(value, BaseModel) and isinstance(data, dict):
        declared = list(type(value).model_fields)
        keys = [k for k in data if k != "format_version"]
        if keys != sorted(keys, key=declared.index):
            yield f"{path or 'agreement'}: {keys}"
        for key in keys:
            yield from _key_order_problems(data[key], getattr(value, key), f"{path}.{key}")
    elif isinstance(value, list) and isinstance(data, list):
        for i, (d, v) in enumerate(zip(data, value, strict=True)):
            yield from _key_order_problems(d, v, f"{path}[{i}]")


@pytest.mark.parametrize("name", NAMES)
def test_keys_follow_the_model_order(name: str) -> None:
    data = yaml.safe_load(text_of(name))
    assert next(iter(data)) == "format_version"
    assert list(_key_order_problems(data, agreement_of(name), "")) == []


@pytest.mark.parametrize("name", NAMES)
def test_template_round_trips_through_the_yaml_format(name: str) -> None:
    agreement = agreement_of(name)
    assert loads_agreement(dumps_agreement(agreement), source=name) == agreement


@pytest.mark.parametrize("name", NAMES)
def test_template_has_no_errors_and_no_warnings(name: str) -> None:
    findings = [f for f in validate(agreement_of(name)) if f.severity in ("error", "warning")]
    assert findings == []


# --- every template: the content an account manager expects -------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_parties_services_and_calendars_are_complete(name: str) -> None:
    a = agreement_of(name)
    assert a.effective_date is not None
    assert a.effective_date.year == 2027
    assert a.status == "draft"
    assert len(a.parties) >= 2
    for party in a.parties:
        assert party.address
        assert party.representative is not None
        assert party.representative.name
        assert party.representative.title
        assert party.contacts
        for contact in party.contacts:
            assert EMAIL.match(contact.email), contact.email
            assert contact.phone.startswith("+")
    assert a.service.services
    assert a.service.scope
    assert a.service.limitations
    assert a.service.exclusions
    assert a.calendars
    for calendar in a.calendars:
        assert calendar.open_minutes_per_week() > 0
        assert calendar.timezone != "UTC"
        if calendar.preset is None:
            assert calendar.holidays
    assert len(a.priorities) >= 3
    for priority in a.priorities:
        assert priority.definition
        assert priority.examples


@pytest.mark.parametrize("name", NAMES)
def test_metrics_say_how_they_are_measured(name: str) -> None:
    a = agreement_of(name)
    priorities = [p.id for p in a.priorities]
    assert len(a.metrics) >= 4
    for metric in a.metrics:
        assert metric.description, metric.id
        assert metric.data_source, metric.id
        assert metric.exclusions, metric.id
    tickets = ticket_metrics(a)
    assert any(isinstance(m, ResponseTimeMetric) for m in tickets)
    assert any(isinstance(m, ResolutionTimeMetric) for m in tickets)
    for metric in tickets:
        assert metric.clock.starts
        assert metric.clock.stops
        assert [t.priority for t in metric.targets] == priorities
        assert all(t.attainment < 100 for t in metric.targets)
    for resolution in a.metrics:
        if isinstance(resolution, ResolutionTimeMetric):
            assert resolution.clock.pauses


@pytest.mark.parametrize("name", NAMES)
def test_targets_tighten_as_priority_rises(name: str) -> None:
    a = agreement_of(name)
    # Every target is compared by when a ticket opened at the same moment is due under it.
    opened = dt.datetime(2027, 3, 10, 10, 0, tzinfo=dt.UTC)
    for metric in ticket_metrics(a):
        due = [
            due_for(t.target, opened, a.calendar_for(metric.id, t.priority)) for t in metric.targets
        ]
        assert due == sorted(due), metric.id
        assert len(set(due)) == len(due), metric.id
    first_responses = [
        t
        for m in a.metrics
        if isinstance(m, ResponseTimeMetric) and m.event == "first_response"
        for t in m.targets
    ]
    for resolution in a.metrics:
        if isinstance(resolution, ResolutionTimeMetric):
            for target in resolution.targets:
                calendar = a.calendar_for(resolution.id, target.priority)
                slowest = max(
                    due_for(r.target, opened, calendar)
                    for r in first_responses
                    if r.priority == target.priority
                )
                assert slowest < due_for(target.target, opened, calendar)


@pytest.mark.parametrize("name", NAMES)
def test_customer_duties_pause_or_exclude_for_every_penalised_metric(name: str) -> None:
    a = agreement_of(name)
    services = [None, *a.service.services]
    providers = {p.id for p in (a.provider_of(s) for s in services) if p is not None}
    assert any(d.party in providers for d in a.responsibilities)

    def receives(party: str, metric: str | None) -> bool:
        """Whether `party` receives the service `metric` measures (the customer's side); a
        duty naming no metric is about every service, whose recipients are by default the
        customers."""
        service = a.service_of(metric) if metric else None
        return party in {p.id for p in a.recipients_of(service)}

    relieving = [
        d
        for d in a.responsibilities
        if d.effect in ("pauses_clock", "excludes_events")
        and all(receives(d.party, m) for m in d.metrics or [None])
    ]
    assert any(d.effect == "pauses_clock" for d in relieving)
    assert any(d.effect == "excludes_events" for d in relieving)
    covered = {m for d in relieving for m in d.metrics}
    for schedule in a.remedies.credit_schedules:
        assert schedule.metric in covered, schedule.metric


@pytest.mark.parametrize("name", NAMES)
def test_reports_cover_every_metric_and_reviews_are_held(name: str) -> None:
    a = agreement_of(name)
    reporting = a.reporting
    covered = {m for r in reporting.reports for m in r.metrics}
    assert covered == {m.id for m in a.metrics}
    for report in reporting.reports:
        assert report.due_days > 0
        assert report.prepared_by in {p.id for p in a.parties}
        assert report.recipients
        assert report.format
        assert report.content
    assert reporting.reviews
    assert all(len(r.participants) >= 2 and r.agenda for r in reporting.reviews)
    assert len(reporting.change_control) > 100


def _threshold(a: Agreement, schedule: CreditSchedule) -> Decimal:
    """The value at which the metric's objective is just met."""
    metric = a.metric(schedule.metric)
    if isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric):
        attainments = {t.attainment for t in metric.targets}
        assert len(attainments) == 1, "a penalised ticket metric has one attainment level"
        return attainments.pop()
    value = getattr(metric, "objective", None)
    assert isinstance(value, Decimal)
    return value


def test_tier_contiguity_check_finds_a_gap() -> None:
    a = agreement_of("saas-availability")
    schedule = a.remedies.credit_schedules[0].model_copy(deep=True)
    assert _tier_problems(a, schedule) == []
    schedule.tiers[1].at_least = Decimal("99.1")
    assert _tier_problems(a, schedule)


def _tier_problems(a: Agreement, schedule: CreditSchedule) -> list[str]:
    metric = a.metric(schedule.metric)
    assert metric is not None
    assert higher_is_better(metric), "tiers are written for metrics where more is better"
    tiers = schedule.tiers
    problems = []
    if tiers[0].below != _threshold(a, schedule):
        problems.append("the first tier does not start where the objective is missed")
    for upper, lower in itertools.pairwise(tiers):
        if upper.at_least != lower.below:
            problems.append(f"gap or overlap at {upper.at_least} / {lower.below}")
        if not upper.credit < lower.credit:
            problems.append(f"credit does not rise below {lower.below}")
    if tiers[-1].at_least is not None:
        problems.append("the last tier has a lower bound")
    return problems


@pytest.mark.parametrize("name", NAMES)
def test_credit_schedules_are_contiguous_rising_and_capped(name: str) -> None:
    a = agreement_of(name)
    remedies = a.remedies
    for schedule in remedies.credit_schedules:
        assert schedule.service is None or a.service_by_id(schedule.service) is not None
        if schedule.rule == "tiers":
            assert _tier_problems(a, schedule) == [], schedule.id
            credits = [t.credit for t in schedule.tiers]
        elif schedule.rule == "downtime_bands":
            bands = schedule.downtime_bands
            for shorter, longer in itertools.pairwise(bands):
                assert shorter.up_to == longer.over
                assert shorter.credit < longer.credit
            assert bands[-1].up_to is None
            credits = [b.credit for b in bands]
        else:
            assert schedule.linear is not None
            assert schedule.linear.maximum is not None
            metric = a.metric(schedule.metric)
            assert schedule.linear.start == getattr(metric, "objective", None)
            credits = [schedule.linear.maximum]
        assert schedule.cap is not None
        assert schedule.cap == max(credits)
        assert remedies.monthly_cap is not None
        assert schedule.cap <= remedies.monthly_cap
    assert remedies.claim.method
    # What a chronic failure lets the customer do is said by the fields, not restated in prose.
    assert remedies.chronic_failure is not None


@pytest.mark.parametrize("name", NAMES)
def test_escalation_definitions_revisions_and_signing(name: str) -> None:
    a = agreement_of(name)
    levels = [e.level for e in a.escalation]
    assert levels == list(range(1, len(levels) + 1))
    assert len(levels) >= 3
    afters = [e.after for e in a.escalation[1:]]
    assert all(after is not None for after in afters)
    assert afters == sorted(afters)  # type: ignore[type-var]
    assert all(e.contacts for e in a.escalation)
    # The terms the document defines: the generated ones it uses and the template's own.
    assert len(scan(a).generated) + len(a.definitions) >= 3
    assert len(a.revisions) >= 2
    dates = [r.date for r in a.revisions]
    assert dates == sorted(dates)
    assert a.revisions[-1].version == a.version
    assert a.signing.place
    assert a.signing.date is not None
    assert a.effective_date is not None
    assert dates[-1] <= a.signing.date <= a.effective_date
    assert a.term.expiry_date is not None
    assert a.term.expiry_date > a.effective_date


# --- what each template is for ------------------------------------------------------------------


def test_at_least_one_template_is_brazilian_portuguese() -> None:
    assert sum(agreement_of(name).language == "pt-BR" for name in NAMES) >= 1


@pytest.mark.parametrize("name", [n for n in NAMES if agreement_of(n).language == "pt-BR"])
def test_brazilian_templates_follow_brazilian_conventions(name: str) -> None:
    a = agreement_of(name)
    assert a.currency == "BRL"
    assert a.forum.startswith("Comarca de ") and comarca(a.forum) is not None
    for party in a.parties:
        assert cnpj_is_valid(party.tax_id), party.tax_id
        assert party.representative is not None
        assert cpf_is_valid(party.representative.tax_id), party.representative.tax_id
    assert {p.role for p in a.parties} == {"provider", "customer"}
    assert len(a.signing.witnesses) == 2
    assert all(cpf_is_valid(w.tax_id) for w in a.signing.witnesses)
    assert all(c.timezone == "America/Sao_Paulo" for c in a.calendars)
    assert all(h.country == "BR" for c in a.calendars for h in c.holidays)


def test_saas_template_credits_availability_in_tiers() -> None:
    a = agreement_of("saas-availability")
    assert a.kind == "customer_sla"
    availability = [m for m in a.metrics if isinstance(m, AvailabilityMetric)]
    assert len(availability) >= 1
    penalised = {s.metric for s in a.remedies.credit_schedules if s.rule == "tiers"}
    assert {m.id for m in availability} <= penalised
    for metric in availability:
        assert metric.downtime_definition
        assert metric.minimum_outage.total_seconds() > 0
    assert a.remedies.minimum_credit is not None
    assert a.remedies.minimum_credit.currency == a.currency


def test_it_service_desk_has_four_priorities_on_business_hours_with_lunch_and_holidays() -> None:
    a = agreement_of("it-service-desk")
    assert len(a.priorities) == 4
    calendars = {p.calendar for p in a.priorities}
    assert len(calendars) == 1
    calendar = a.calendar(calendars.pop() or "")
    assert calendar is not None
    assert calendar.preset is None
    monday = sorted((i.start, i.end) for i in calendar.hours if "mon" in i.days)
    assert len(monday) == 2
    assert monday[0][1] < monday[1][0], "a lunch break between the morning and afternoon"
    assert any(h.subdivision for h in calendar.holidays)
    for metric in ticket_metrics(a):
        assert all(t.target.clock == "business" for t in metric.targets)
    kinds = {type(m) for m in a.metrics}
    assert {ResponseTimeMetric, ResolutionTimeMetric} <= kinds


def test_contact_centre_states_the_service_level_formula_asa_abandonment_and_csat() -> None:
    a = agreement_of("contact-centre")
    raw = yaml.safe_load(text_of("contact-centre"))
    levels = [m for m in a.metrics if isinstance(m, ServiceLevelMetric)]
    assert len(levels) == 1
    level = levels[0]
    assert (level.objective, level.threshold.total_seconds()) == (Decimal(80), 20)
    raw_level = next(m for m in raw["metrics"] if m["kind"] == "service_level")
    assert raw_level["formula"] == level.formula  # written out, not left to the default
    assert any(isinstance(m, AverageSpeedOfAnswerMetric) for m in a.metrics)
    abandonment = next(m for m in a.metrics if isinstance(m, AbandonmentRateMetric))
    assert abandonment.short_abandon_threshold is not None
    satisfaction = next(m for m in a.metrics if isinstance(m, SatisfactionMetric))
    assert satisfaction.scale_min < satisfaction.objective <= satisfaction.scale_max
    assert satisfaction.method
    assert satisfaction.minimum_responses > 0
    assert a.language == "pt-BR"


def test_internal_agreement_binds_three_departments_without_money() -> None:
    a = agreement_of("internal-departments")
    assert a.kind == "internal_sla"
    assert len(a.parties) >= 3
    assert a.remedies.credit_schedules == []
    assert a.remedies.minimum_credit is None
    assert all(s.monthly_fee is None for s in a.service.services)
    assert {d.party for d in a.responsibilities} == {p.id for p in a.parties}
    assert all(set(r.participants) == {p.id for p in a.parties} for r in a.reporting.reviews)
    # A chain: each department provides a service of its own to another one.
    services = a.service.services
    assert all(s.provider and s.recipients and s.provider not in s.recipients for s in services)
    assert {s.provider for s in services} == {p.id for p in a.parties}
    assert any(len(s.recipients) > 1 for s in services)
    assert all(m.service in {s.id for s in services} for m in a.metrics)
    assert a.internal and not a.forum and not a.governing_law and not a.signing.witnesses


def test_supplier_ola_is_an_operational_agreement_with_a_supplier() -> None:
    a = agreement_of("supplier-ola")
    assert a.kind == "ola"
    suppliers = [p for p in a.parties if p.role == "supplier"]
    assert len(suppliers) == 1
    assert any(d.party == suppliers[0].id for d in a.responsibilities)
    assert any(e.party == suppliers[0].id for e in a.escalation)


def test_managed_services_has_announced_maintenance_windows() -> None:
    a = agreement_of("managed-services")
    availability = [m for m in a.metrics if isinstance(m, AvailabilityMetric)]
    assert len(availability) >= 2
    for metric in availability:
        assert metric.maintenance
        assert metric.maintenance_notice is not None
        assert metric.maintenance_notice.days >= 5
        for window in metric.maintenance:
            assert window.duration.total_seconds() > 0
    rules = {s.rule for s in a.remedies.credit_schedules}
    assert {"tiers", "downtime_bands"} <= rules
    assert a.remedies.earn_back is not None


def test_downtime_bands_start_only_once_the_objective_is_missed() -> None:
    a = agreement_of("managed-services")
    for schedule in a.remedies.credit_schedules:
        if schedule.rule != "downtime_bands":
            continue
        metric = a.metric(schedule.metric)
        assert isinstance(metric, AvailabilityMetric)
        for month in range(1, 13):
            budget = downtime_budget(metric, dt.date(2027, month, 1), a.calendar_for(metric.id))
            assert budget.allowed < schedule.downtime_bands[0].over, month
