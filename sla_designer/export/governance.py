"""Responsibilities, reporting and review, escalation, change control and revision history."""

from __future__ import annotations

from sla_designer.export.builder import Cell, Inline
from sla_designer.export.context import ExportContext
from sla_designer.export.law import law_and_forum


def _lead(ctx: ExportContext, text: str) -> Inline:
    """A bold lead-in label ('Format: ')."""
    return ctx.builder.bold(text + " ")


def responsibilities(ctx: ExportContext) -> None:
    """One subclause per party with duties; duties that pause clocks point at the metric."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    # Duties of a party the agreement does not list (an error, exported as a draft) have no
    # subclause: without any other duty there is no section either, rather than an empty one.
    if not any(d.party == p.id for d in a.responsibilities for p in a.parties):
        return
    b.heading(1, t("duties.heading"), key="clause:duties", section="responsibilities")
    for party in a.parties:
        duties = [(i, d) for i, d in enumerate(a.responsibilities) if d.party == party.id]
        if not duties:
            continue
        title = t("duties.of_party", label=ctx.label(party.id))
        b.heading(2, title, key=f"duties:{party.id}")
        with b.control(f"responsibilities[party={party.id}]", title):
            b.body([t("duties.intro", label=ctx.label(party.id))], keep_next=True)
            items: list[list[Inline]] = []
            for index, duty in duties:
                item: list[Inline] = [ctx.value(("responsibilities", index, "text"), duty.text)]
                metrics = [a.metric(m) for m in duty.metrics]
                named = [m for m in metrics if m is not None]
                if duty.effect != "none" and named:
                    item.append(t(f"duties.effect.{duty.effect}"))
                    for position, metric in enumerate(named):
                        if position:
                            item.append(", ")
                        item += [
                            metric.name,
                            t("duties.clause_prefix"),
                            *b.cite(f"metric:{metric.id}"),
                            ")",
                        ]
                    item.append(".")
                items.append(item)
            b.lettered(items)


def reporting(ctx: ExportContext) -> None:
    """Reports, review meetings."""
    a, b, t, f = ctx.agreement, ctx.builder, ctx.t, ctx.f
    rep = a.reporting
    if not rep.reports and not rep.reviews:
        return
    b.heading(1, t("reporting.heading"), key="clause:reporting", section="reporting")
    for index, report in enumerate(rep.reports):
        path = ("reporting", "reports", index)
        with b.control(f"reporting.reports[{index}]", report.name):
            b.heading(2, report.name, key=f"report:{report.id}")
            default = a.default_provider()
            who = ctx.label(report.prepared_by or (default.id if default else None)) or t(
                "party_forms.service_provider"
            )
            recipients = f.join([ctx.label(r) for r in report.recipients]) or t(
                "reporting.all_parties"
            )
            before, after = t.split_counted(
                "reporting.report",
                "days",
                report.due_days,
                who=who,
                frequency=t(f"frequencies.{report.frequency}"),
                recipients=recipients,
            )
            b.clause([before, ctx.value((*path, "due_days"), f.number(report.due_days)), after])
            if report.format:
                b.body(
                    [_lead(ctx, t("reporting.format")), ctx.value((*path, "format"), report.format)]
                )
            if report.content:
                b.body(
                    [
                        _lead(ctx, t("reporting.content")),
                        ctx.value((*path, "content"), report.content),
                    ]
                )
            metrics = [m for m in (a.metric(i) for i in report.metrics) if m is not None]
            if metrics:
                content: list[Inline] = [_lead(ctx, t("reporting.metrics"))]
                for position, metric in enumerate(metrics):
                    if position:
                        content.append("; ")
                    content += [
                        metric.name,
                        t("duties.clause_prefix"),
                        *b.cite(f"metric:{metric.id}"),
                        ")",
                    ]
                content.append(".")
                b.body(content)
    for index, review in enumerate(rep.reviews):
        path = ("reporting", "reviews", index)
        with b.control(f"reporting.reviews[{index}]", review.name):
            b.heading(2, review.name)
            participants = f.join([ctx.label(p) for p in review.participants]) or t(
                "reporting.all_parties"
            )
            b.clause(
                [
                    t(
                        "reporting.review",
                        cadence=t(f"frequencies.{review.cadence}"),
                        participants=participants,
                    )
                ]
            )
            if review.agenda:
                b.body(
                    [_lead(ctx, t("reporting.agenda")), ctx.value((*path, "agenda"), review.agenda)]
                )


def escalation(ctx: ExportContext) -> None:
    """The escalation path as a table."""
    a, b, t, f = ctx.agreement, ctx.builder, ctx.t, ctx.f
    if not a.escalation:
        return
    b.heading(1, t("escalation.heading"), key="clause:escalation", section="escalation")
    with b.control("escalation", t("escalation.heading")):
        b.body([t("escalation.intro")], keep_next=True)
        rows: list[list[Cell]] = []
        start = a.escalation_counted_from
        for i, level in enumerate(a.escalation):
            path = ("escalation", i)
            contacts = [
                [
                    ctx.value(
                        (*path, "contacts", n),
                        " \u00b7 ".join(x for x in (c.name, c.function, c.email, c.phone) if x),
                    )
                ]
                for n, c in enumerate(level.contacts)
            ]
            when: Cell = t("escalation.immediately")
            if level.after:
                before, after = t.split(f"escalation.after.{start}", "duration")
                when = [before, ctx.value((*path, "after"), f.duration(level.after)), after]
            rows.append(
                [
                    f.number(level.level),
                    [ctx.value((*path, "name"), level.name, bold=True)],
                    ctx.label(level.party),
                    when,
                    contacts if contacts else "",
                ]
            )
        header = [
            t("escalation.col_level"),
            t("escalation.col_role"),
            t("escalation.col_party"),
            t("escalation.col_after"),
            t("escalation.col_contacts"),
        ]
        ctx.table(header, rows, [1.4, 2.7, 2.4, 2.6, 3.9])


def change_control(ctx: ExportContext) -> None:
    """Change procedure, revision history and, for a contract, the law and the forum."""
    a, b, t, f = ctx.agreement, ctx.builder, ctx.t, ctx.f
    b.heading(1, t("changes.heading"), key="clause:changes", section="revisions")
    with b.control("reporting.change_control", t("changes.heading")):
        b.clause(
            [
                ctx.value(("reporting", "change_control"), a.reporting.change_control)
                if a.reporting.change_control
                else t("changes.default")
            ]
        )
    if a.revisions:
        b.clause([t("changes.history")])
        rows: list[list[Cell]] = [
            [
                [ctx.value(("revisions", i, "version"), r.version)],
                f.short_date(r.date),
                r.author,
                [ctx.value(("revisions", i, "description"), r.description)],
            ]
            for i, r in enumerate(a.revisions)
        ]
        header = [
            t("changes.col_version"),
            t("changes.col_date"),
            t("changes.col_author"),
            t("changes.col_description"),
        ]
        ctx.table(header, rows, [1.5, 2.2, 3, 6])
    law_and_forum(ctx)
