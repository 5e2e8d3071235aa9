"""Fields the contract shows in words of its own: a choice, a yes-or-no stated as a sentence,
a phrase around a number. Each is read back through the same wording the export writes it with,
so 'Minuta' reads 'draft', '90th percentile' 90 and 'less than 99.0 %' 99.0.

`READERS` maps the shape of a field path (its list indexes as `[]`: 'metrics[].window') to the
reader of that field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, get_args

from sla_designer.calc.attainment import reading_mode
from sla_designer.model.agreement import Status
from sla_designer.model.calendars import CalendarPreset
from sla_designer.model.kinds import describe
from sla_designer.model.remedies import ClaimEvidence, ClaimStart, Terminable, TicketAttainment
from sla_designer.review.value_kinds import (
    choose,
    match_phrase,
    read_decimal,
    read_duration,
    read_whole,
    same,
    spaced,
)
from sla_designer.review.value_reading import Reader, Reading


def _worded(key: str, choices: Any) -> Reader:
    """A choice the contract writes as the phrase `key` with the value in it ('statuses.{}')."""

    def read(r: Reading) -> object:
        shown = [(value, r.t(key.format(value))) for value in get_args(choices)]
        return choose(r.text, shown, r.current)

    return read


def _only(value: str, key: str) -> Reader:
    """A choice the contract states (as the phrase `key`) only when it has this value."""

    def read(r: Reading) -> object:
        return choose(r.text, [(value, r.t(key))], r.current)

    return read


def _flag(key: str) -> Reader:
    """A yes-or-no the contract states as a sentence when it is yes: the sentence reads yes,
    no text reads no."""

    def read(r: Reading) -> object:
        return False if not spaced(r.text) else choose(r.text, [(True, r.t(key))], r.current)

    return read


def _chronic_words(key: str) -> Reader:
    return _flag(f"credits.chronic_parts.{key}")


def _terminates(r: Reading) -> object:
    shown = [(v, r.t(f"credits.chronic_parts.what.{v}")) for v in get_args(Terminable)]
    return choose(r.text, shown, r.current)


def _notice_days(r: Reading) -> object:
    if same(r.text, r.t("credits.chronic_parts.notice_none")):
        return None
    return read_whole(r.f, r.text)


def _window(r: Reading) -> object:
    window = r.current
    for kind in get_args(type(window).model_fields["kind"].annotation):
        # A rolling period says its days; a month, quarter or year keeps the days it had.
        said = match_phrase(r.t, f"windows.{kind}", r.text)
        if said is not None:
            days = read_whole(r.f, said["days"]) if "days" in said else window.days
            return window.model_copy(update={"kind": kind, "days": days})
    days = window.days or 30
    kinds = get_args(type(window).model_fields["kind"].annotation)
    return choose(r.text, [(k, r.t(f"windows.{k}", count=days, days=days)) for k in kinds])


def _emergency_notice(r: Reading) -> object:
    if same(r.text, r.t("availability.emergency_notice_planned")):
        return None
    said = match_phrase(r.t, "availability.emergency_notice", r.text)
    return read_duration(r.f, said["duration"] if said else r.text)


def _measured(r: Reading, text: str, metric: Any) -> object:
    """A value in a metric's unit, as `ExportContext.measured` writes it."""
    kind = describe(metric).measured if metric is not None else "percent"
    if kind == "seconds":
        said = match_phrase(r.t, "units.seconds_value", text)
        return read_decimal(r.f, said["n"] if said else text)
    if kind == "custom":
        unit = str(describe(metric).unit_of(metric))
        if spaced(text).casefold().endswith(unit.casefold()):
            text = spaced(text)[: -len(unit)]
    return read_decimal(r.f, text, percent=kind == "percent")


def _objective(r: Reading) -> object:
    metric = r.up()
    if isinstance(r.current, dt.timedelta):
        return read_duration(r.f, r.text)
    return _measured(r, r.text, metric)


def _threshold(r: Reading) -> object:
    chronic = r.up()
    metric = r.agreement.metric(chronic.metrics[0]) if chronic.metrics else None
    for side in ("upper.below", "lower.more_than"):
        said = match_phrase(r.t, f"credits.range.{side}", r.text)
        if said is not None:
            return _measured(r, said["value"], metric)
    return _measured(r, r.text, metric)


def _percentile(r: Reading) -> object:
    if same(r.text, r.t("targets.no_percentile")):
        return None
    said = match_phrase(r.t, "formats.percentile", r.text)
    return read_whole(r.f, said["n"] if said else r.text)


def _attainment(r: Reading) -> object:
    schedule = r.up()
    metric = r.agreement.metric(schedule.metric) if schedule.metric else None
    targets = getattr(metric, "targets", [])
    on_all = bool(targets) and all(target.priority is None for target in targets)

    def shown(value: str) -> str:
        read = (
            "all_tickets"
            if on_all or metric is None
            else reading_mode(schedule.model_copy(update={"attainment": value}), metric)
        )
        return str(r.t(f"credits.attainment.{read}"))

    return choose(r.text, [(v, shown(v)) for v in get_args(TicketAttainment)], r.current)


def _minimum_tickets(r: Reading) -> object:
    schedule = r.up()
    metric = r.agreement.metric(schedule.metric) if schedule.metric else None
    if metric is not None and not any(ch.isdigit() for ch in r.text):
        mode = reading_mode(schedule, metric)
        window = r.t(f"credits.window.{metric.window.kind}")
        every = r.t(f"credits.every_ticket.{mode}", window=window)
        return choose(r.text, [(1, every), (0, every)], r.current)
    return read_whole(r.f, r.text)


READERS: dict[str, Reader] = {
    "status": _worded("statuses.{}", Status),
    "calendars[].preset": _worded("calendars.preset.{}", CalendarPreset),
    "metrics[].objective": _objective,
    "metrics[].window": _window,
    "metrics[].targets[].percentile": _percentile,
    "metrics[].emergency_maintenance": _only("downtime", "availability.emergency_downtime"),
    "metrics[].emergency_notice": _emergency_notice,
    "remedies.credits_applied": _only("automatically", "credits.automatic"),
    "remedies.claim.runs_from": _worded("credits.claim_start.{}", ClaimStart),
    "remedies.claim.evidence": _worded("credits.claim_evidence.{}", ClaimEvidence),
    "remedies.credit_schedules[].attainment": _attainment,
    "remedies.credit_schedules[].minimum_tickets": _minimum_tickets,
    "remedies.chronic_failure.threshold": _threshold,
    "remedies.chronic_failure.terminates": _terminates,
    "remedies.chronic_failure.notice_days": _notice_days,
    "remedies.chronic_failure.refund_prepaid": _chronic_words("refund"),
    "remedies.chronic_failure.waive_early_termination": _chronic_words("fees_waived"),
}
