"""Required content, section by section, and the dates of the agreement's term."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator

from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import Finding


def title(ctx: Context) -> Iterator[Finding]:
    """The agreement has a title."""
    if not ctx.agreement.title.strip():
        yield make("missing-title", ("title",))


def service_description(ctx: Context) -> Iterator[Finding]:
    """At least one service is described, with its scope."""
    service = ctx.agreement.service
    if not service.services:
        yield make("missing-services", ("service", "services"))
    if not any(item.strip() for item in service.scope):
        yield make("missing-scope", ("service", "scope"))


def calendars(ctx: Context) -> Iterator[Finding]:
    """Say that targets count round the clock when no calendar exists.

    Only a remark: a 24x7 service needs no calendar. A business-time target without a calendar
    is an error found by the calendar rules.
    """
    if not ctx.agreement.calendars:
        yield make("missing-calendars", ("calendars",))


def priorities(ctx: Context) -> Iterator[Finding]:
    """Ticket metrics (response and resolution times) need priority levels."""
    if not ctx.agreement.priorities and next(iter(ctx.ticket_metrics()), None) is not None:
        yield make("missing-priorities", ("priorities",))


def metrics(ctx: Context) -> Iterator[Finding]:
    """An agreement without metrics promises nothing measurable."""
    if not ctx.agreement.metrics:
        yield make("missing-metrics", ("metrics",))


def responsibilities(ctx: Context) -> Iterator[Finding]:
    """The parties' responsibilities are listed."""
    if not ctx.agreement.responsibilities:
        yield make("missing-responsibilities", ("responsibilities",))


def reporting(ctx: Context) -> Iterator[Finding]:
    """At least one report is defined."""
    if not ctx.agreement.reporting.reports:
        yield make("missing-reports", ("reporting", "reports"))


def remedies(ctx: Context) -> Iterator[Finding]:
    """Remark on a customer SLA without service credits."""
    a = ctx.agreement
    if a.kind == "customer_sla" and not a.remedies.credit_schedules:
        yield make("missing-remedies", ("remedies", "credit_schedules"))


def escalation(ctx: Context) -> Iterator[Finding]:
    """An escalation path is defined."""
    if not ctx.agreement.escalation:
        yield make("missing-escalation", ("escalation",))


def term_dates(ctx: Context) -> Iterator[Finding]:
    """The agreement has an effective date, and it does not come after the expiry date."""
    a = ctx.agreement
    if a.effective_date is None:
        yield make("missing-effective-date", ("effective_date",))
    elif a.term.expiry_date is not None and a.term.expiry_date < a.effective_date:
        yield make(
            "effective-after-expiry",
            ("term", "expiry_date"),
            expiry=a.term.expiry_date,
            effective=a.effective_date,
        )


def add_months(start: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the last day of that month when it is shorter."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(start.day, last_day))


def term_length(ctx: Context) -> Iterator[Finding]:
    """When the term gives both a length in months and an expiry date, the two agree.

    A term of 12 months from 1 March ends on the last day of February or on 1 March (whether
    the last day counts is a drafting convention, so both are accepted).
    """
    a = ctx.agreement
    months, expiry = a.term.months, a.term.expiry_date
    if a.effective_date is None or months is None or expiry is None:
        return
    end = add_months(a.effective_date, months)
    if expiry not in (end, end - dt.timedelta(days=1)) and expiry >= a.effective_date:
        yield make(
            "term-length-mismatch",
            ("term", "expiry_date"),
            count=months,
            months=months,
            effective=a.effective_date,
            end=end - dt.timedelta(days=1),
            expiry=expiry,
        )


RULES = (
    title,
    service_description,
    calendars,
    priorities,
    metrics,
    responsibilities,
    reporting,
    remedies,
    escalation,
    term_dates,
    term_length,
)
