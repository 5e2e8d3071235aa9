"""The meaning of Business Hours, written from the calendars.

A target of '45h business' is written '45 Business Hours' and one of '2 business days' is
written '2 Business Days': both terms are defined from the calendars the targets are counted on
(one part per calendar when there are several), so the document states the same hours the
calculators count. The terms are defined when the document uses them (export/defined_terms.py).
"""

from __future__ import annotations

from sla_designer.export.builder import Inline
from sla_designer.export.context import ExportContext


def business_hours(ctx: ExportContext) -> list[Inline]:
    """The meaning of Business Hours: the open hours of the calendars business time counts on."""
    t, b = ctx.t, ctx.builder
    calendars = ctx.agreement.business_time_calendars()
    meaning: list[Inline]
    if len(calendars) == 1:
        before, after = t.split("definitions.business_hours.one", "clause", name=calendars[0].name)
        meaning = [before, *b.cite(f"calendar:{calendars[0].id}"), after]
    else:
        meaning = [t("definitions.business_hours.several")]
        for index, calendar in enumerate(calendars):
            before, after = t.split("definitions.business_hours.each", "clause", name=calendar.name)
            separator = t("definitions.business_hours.separator") if index else ""
            meaning += [separator + before, *b.cite(f"calendar:{calendar.id}"), after]
        meaning.append(".")
    return meaning
