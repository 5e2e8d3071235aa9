"""The agreement's ticket targets as Zendesk Support API request bodies, ready to POST.

One SLA policy for the agreement, from
https://developer.zendesk.com/api-reference/ticketing/business-rules/sla_policies/ (Create SLA
Policy, `POST /api/v2/slas/policies`): {"sla_policy": {"title", "description", "filter",
"policy_metrics"}}, each policy metric {"priority", "metric", "target", "business_hours"} with
`priority` one of low, normal, high, urgent, `target` in minutes and `metric` one of the page's
Metrics (first_reply_time, next_reply_time, periodic_update_time, pausable_update_time,
requester_wait_time, agent_work_time, total_resolution_time). And one schedule per calendar
(sla_designer.handoff.zendesk_schedules), the business hours a policy's business-hours targets
count on.

Which Zendesk metric a target becomes follows its clock rules: a first response is the first
reply time; a next reply the next reply time; a periodic update the periodic update time, or the
pausable update time (paused while the ticket is Pending) when the agreement pauses it; a
resolution the total resolution time, or the requester wait time (paused while Pending) when the
agreement pauses it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Mapping

from sla_designer.handoff.result import Handoff, Unmapped
from sla_designer.handoff.tickets import (
    DeskTarget,
    TicketMetric,
    desk_targets,
    file_slug,
    other_metrics,
    pause_rules,
    priority_mapping,
    shared_priorities,
    ticket_metrics,
)
from sla_designer.handoff.zendesk_schedules import schedule_of, trigger_term
from sla_designer.model import Agreement
from sla_designer.model.calendars import Calendar
from sla_designer.model.metrics import ResolutionTimeMetric

SYSTEM = "zendesk"
PRIORITIES = ("urgent", "high", "normal", "low")
"""Zendesk's ticket priorities, most urgent first."""
METRICS = (
    "first_reply_time",
    "next_reply_time",
    "periodic_update_time",
    "pausable_update_time",
    "requester_wait_time",
    "agent_work_time",
    "total_resolution_time",
)
"""Zendesk's SLA metrics, as its SLA Policies page lists them."""
POLICY_ENDPOINT = "POST_api_v2_slas_policies"
SCHEDULE_ENDPOINT = "POST_api_v2_business_hours_schedules"
WORKWEEK_ENDPOINT = "PUT_api_v2_business_hours_schedules_{schedule_id}_workweek"
HOLIDAY_ENDPOINT = "POST_api_v2_business_hours_schedules_{schedule_id}_holidays"


def zendesk_metric(metric: TicketMetric) -> str:
    """The Zendesk metric a ticket metric's targets become (see the module's docstring)."""
    paused = bool(metric.clock.pauses)
    if isinstance(metric, ResolutionTimeMetric):
        return "requester_wait_time" if paused else "total_resolution_time"
    if metric.event == "first_response":
        return "first_reply_time"
    if metric.event == "next_reply":
        return "next_reply_time"
    return "pausable_update_time" if paused else "periodic_update_time"


def build(
    agreement: Agreement,
    *,
    language: str,
    priorities: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> Handoff:
    """The request bodies by file name, and what Zendesk cannot hold. `priorities` maps the
    agreement's priority ids to Zendesk's (by default by order, most urgent first); holidays
    are those from `today` for two years."""
    from sla_designer.text import texts

    today = today or dt.date.today()
    mapping = priority_mapping(agreement, PRIORITIES, priorities, "Zendesk")
    held, unmapped = desk_targets(agreement, mapping, PRIORITIES, SYSTEM)
    unmapped += shared_priorities(agreement, mapping, SYSTEM)
    for _index, metric in ticket_metrics(agreement):
        own = f"handoff.zendesk.pauses.{zendesk_metric(metric)}"
        unmapped += pause_rules(metric, SYSTEM, own)
    unmapped += other_metrics(agreement, SYSTEM)
    metrics, rounded = _policy_metrics(held)
    unmapped += rounded
    words = texts(language).section("handoff.zendesk")
    slug = file_slug(agreement.reference or agreement.title)
    policy = {
        "sla_policy": {
            "title": agreement.title,
            "description": words("description", title=agreement.title, version=agreement.version),
            "filter": {"all": [], "any": []},
            "policy_metrics": metrics,
        }
    }
    files: dict[str, bytes] = {f"sla-policy-{slug}.{POLICY_ENDPOINT}.json": _json(policy)}
    unmapped.append(Unmapped(SYSTEM, "handoff.zendesk.filter", "", {"title": agreement.title}))
    for calendar in agreement.calendars:
        schedule, left = schedule_of(calendar, today, language)
        unmapped += left
        name = f"schedule-{file_slug(calendar.id)}"
        files[f"{name}.{SCHEDULE_ENDPOINT}.json"] = _json(schedule.schedule)
        files[f"{name}.workweek.{WORKWEEK_ENDPOINT}.json"] = _json(schedule.workweek)
        for day, body in schedule.holidays:
            files[f"{name}.holiday-{day.isoformat()}.{HOLIDAY_ENDPOINT}.json"] = _json(body)
    unmapped += _schedules_on_tickets(agreement, held)
    return Handoff(SYSTEM, files, tuple(unmapped))


def _policy_metrics(held: list[DeskTarget]) -> tuple[list[dict[str, object]], list[Unmapped]]:
    """One policy metric per (priority, metric), the strictest where several targets meet
    (priorities the user mapped together), in Zendesk's order; a target that is not whole
    minutes is written rounded down (a deadline never later than the agreement's)."""
    chosen: dict[tuple[str, str], DeskTarget] = {}
    for target in held:
        key = (target.priority, zendesk_metric(target.metric))
        if key not in chosen or target.seconds < chosen[key].seconds:
            chosen[key] = target
    rows: list[dict[str, object]] = []
    unmapped: list[Unmapped] = []
    order = sorted(chosen, key=lambda k: (METRICS.index(k[1]), PRIORITIES.index(k[0])))
    for priority, metric in order:
        target = chosen[(priority, metric)]
        minutes = max(target.seconds // 60, 1)
        if target.seconds % 60:
            unmapped.append(
                Unmapped(
                    SYSTEM,
                    "handoff.zendesk.minutes",
                    target.path,
                    {"metric": target.metric.name, "target": target.target.target},
                )
            )
        rows.append(
            {
                "priority": priority,
                "metric": metric,
                "target": minutes,
                "business_hours": target.business,
            }
        )
    return rows, unmapped


def _schedules_on_tickets(agreement: Agreement, held: list[DeskTarget]) -> list[Unmapped]:
    """Zendesk counts a ticket's business hours on the schedule the ticket has: the account's
    default, or one a trigger sets. The calendar most business-time targets use is to be the
    default; each priority counted on another calendar needs a trigger that sets its schedule."""
    business = [t for t in held if t.business and t.calendar is not None]
    if not business:
        return []
    counts = Counter(t.calendar.id for t in business if t.calendar is not None)
    main_id = max(agreement.calendars, key=lambda c: counts.get(c.id, 0)).id
    main = agreement.calendar(main_id)
    assert main is not None
    found = [
        Unmapped(
            SYSTEM,
            "handoff.zendesk.default_schedule",
            f"calendars[{main.id}]",
            {"schedule": main.name},
        )
    ]
    others: dict[tuple[str, str], Calendar] = {}
    paths: dict[tuple[str, str], str] = {}
    for target in business:
        calendar = target.calendar
        if calendar is None or calendar.id == main.id:
            continue
        key = (target.priority, calendar.id)
        others.setdefault(key, calendar)
        paths.setdefault(key, target.path)
    for (priority, _calendar_id), calendar in others.items():
        found.append(
            Unmapped(
                SYSTEM,
                "handoff.zendesk.priority_schedule",
                paths[(priority, calendar.id)],
                {
                    "priority": priority,
                    "schedule": calendar.name,
                    "trigger": trigger_term(priority, calendar),
                },
            )
        )
    return found


def _json(body: object) -> bytes:
    return (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
