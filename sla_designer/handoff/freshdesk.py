"""The agreement's ticket targets as a Freshdesk SLA policy, ready to POST.

Shape from Freshdesk's API v2 (https://developers.freshdesk.com/api/#sla_policies, Create SLA
Policy, `POST /api/v2/sla_policies`; the body as documented at
https://www.withone.ai/knowledge/freshdesk/conn_mod_def%3A%3AGJ2hrsude8Y%3A%3AnGO77RoeQJ60oqp_P3OMyQ):
mandatory `name`, `sla_target` and `applicable_to`; optional `description`, `active`,
`is_default`, `position`, `escalation`. `sla_target` holds `priority_1` to `priority_4` (Low,
Medium, High, Urgent: the ticket priorities 1 to 4 of https://developers.freshdesk.com/api/#tickets),
each {"respond_within", "resolve_within" (seconds), "business_hours", "escalation_enabled"}.
`applicable_to` holds arrays of ids (company_ids, group_ids, sources, ticket_types, product_ids).

A Freshdesk policy has one response time (the first) and one resolution time per priority, one
business-hours flag for both, and counts business time on the business hours of the group that
handles the ticket: those, with their holidays, are set in Freshdesk by hand.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sla_designer.handoff.result import Handoff, Unmapped
from sla_designer.handoff.tickets import (
    DeskTarget,
    desk_targets,
    file_slug,
    other_metrics,
    pause_rules,
    priority_mapping,
    shared_priorities,
    ticket_metrics,
)
from sla_designer.model import Agreement
from sla_designer.model.calendars import Calendar
from sla_designer.model.metrics import ResolutionTimeMetric, ResponseTimeMetric

SYSTEM = "freshdesk"
PRIORITIES = ("urgent", "high", "medium", "low")
"""Freshdesk's ticket priorities, most urgent first."""
PRIORITY_KEYS = {
    "urgent": "priority_4",
    "high": "priority_3",
    "medium": "priority_2",
    "low": "priority_1",
}
POLICY_ENDPOINT = "POST_api_v2_sla_policies"


def build(
    agreement: Agreement, *, language: str, priorities: Mapping[str, str] | None = None
) -> Handoff:
    """The policy's request body by file name, and what Freshdesk cannot hold. `priorities`
    maps the agreement's priority ids to Freshdesk's (by default by order, most urgent first)."""
    from sla_designer.text import texts

    mapping = priority_mapping(agreement, PRIORITIES, priorities, "Freshdesk")
    held, unmapped = desk_targets(agreement, mapping, PRIORITIES, SYSTEM)
    unmapped += shared_priorities(agreement, mapping, SYSTEM)
    for _index, metric in ticket_metrics(agreement):
        if isinstance(metric, ResponseTimeMetric) and metric.event != "first_response":
            unmapped.append(
                Unmapped(
                    SYSTEM,
                    "handoff.freshdesk.event",
                    f"metrics[{metric.id}]",
                    {"metric": metric.name},
                )
            )
            continue
        unmapped += pause_rules(metric, SYSTEM, "handoff.freshdesk.pauses")
    unmapped += other_metrics(agreement, SYSTEM)
    targets, left = _sla_target(held)
    unmapped += left
    unmapped += _calendars(agreement, held)
    words = texts(language).section("handoff.freshdesk")
    policy = {
        "name": agreement.title,
        "description": words("description", title=agreement.title, version=agreement.version),
        "active": True,
        "sla_target": targets,
        "applicable_to": {"company_ids": []},
    }
    unmapped.append(
        Unmapped(SYSTEM, "handoff.freshdesk.applicable_to", "", {"title": agreement.title})
    )
    slug = file_slug(agreement.reference or agreement.title)
    body = (json.dumps(policy, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return Handoff(SYSTEM, {f"sla-policy-{slug}.{POLICY_ENDPOINT}.json": body}, tuple(unmapped))


def _strictest(held: list[DeskTarget], priority: str, kind: type) -> DeskTarget | None:
    found = [
        t
        for t in held
        if t.priority == priority
        and isinstance(t.metric, kind)
        and (isinstance(t.metric, ResolutionTimeMetric) or t.metric.event == "first_response")
    ]
    return min(found, key=lambda t: t.seconds, default=None)


def _sla_target(held: list[DeskTarget]) -> tuple[dict[str, object], list[Unmapped]]:
    """One entry per Freshdesk priority that has a response or a resolution target."""
    targets: dict[str, object] = {}
    unmapped: list[Unmapped] = []
    for priority in PRIORITIES:
        respond = _strictest(held, priority, ResponseTimeMetric)
        resolve = _strictest(held, priority, ResolutionTimeMetric)
        if respond is None and resolve is None:
            continue
        entry: dict[str, object] = {}
        if respond is not None:
            entry["respond_within"] = respond.seconds
        if resolve is not None:
            entry["resolve_within"] = resolve.seconds
        present = [t for t in (respond, resolve) if t is not None]
        if len(present) == 1:
            unmapped.append(
                Unmapped(
                    SYSTEM,
                    "handoff.freshdesk.missing_respond"
                    if respond is None
                    else "handoff.freshdesk.missing_resolve",
                    present[0].path,
                    {"priority": priority},
                )
            )
        if len({t.business for t in present}) > 1:
            unmapped.append(
                Unmapped(
                    SYSTEM,
                    "handoff.freshdesk.mixed_clocks",
                    present[0].path,
                    {"priority": priority},
                )
            )
        # One flag for both: business hours when either target counts business time (the
        # agreement's business target is kept; its calendar-time one is reported above).
        entry["business_hours"] = any(t.business for t in present)
        entry["escalation_enabled"] = False
        targets[PRIORITY_KEYS[priority]] = entry
    return targets, unmapped


def _calendars(agreement: Agreement, held: list[DeskTarget]) -> list[Unmapped]:
    """Freshdesk counts business time on the business hours of the ticket's group, set in
    Freshdesk: say which calendar to enter there, its split shifts (Freshdesk has one working
    period a day) and the priorities counted on another calendar."""
    used: dict[str, Calendar] = {}
    for target in held:
        if target.business and target.calendar is not None:
            used.setdefault(target.calendar.id, target.calendar)
    found: list[Unmapped] = []
    for calendar in used.values():
        path = f"calendars[{calendar.id}]"
        found.append(
            Unmapped(
                SYSTEM,
                "handoff.freshdesk.business_hours",
                path,
                {"calendar": calendar.name, "zone": calendar.timezone},
            )
        )
        if _split(calendar):
            found.append(
                Unmapped(
                    SYSTEM,
                    "handoff.freshdesk.split_shift",
                    f"{path}.hours",
                    {"calendar": calendar.name},
                )
            )
    if len(used) > 1:
        names = ", ".join(c.name for c in used.values())
        found.append(
            Unmapped(
                SYSTEM, "handoff.freshdesk.several_calendars", "calendars", {"calendars": names}
            )
        )
    return found


def _split(calendar: Calendar) -> bool:
    """Whether some day has more than one period of open hours."""
    per_day: dict[str, int] = {}
    for interval in calendar.weekly_intervals():
        for day in interval.days:
            per_day[day] = per_day.get(day, 0) + 1
    return any(count > 1 for count in per_day.values())
