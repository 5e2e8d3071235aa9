"""Cover, table of contents, parties and term, definitions, service description."""

from __future__ import annotations

from sla_designer.export import ooxml
from sla_designer.export.context import ExportContext
from sla_designer.export.ooxml import Element, Inline
from sla_designer.model import Party

# Built from styles, not outline levels: untitled numbered paragraphs (1.1, 1.2) share the
# headings' list, and LibreOffice would give them outline levels and list them too.
TOC_INSTRUCTION = 'TOC \\h \\z \\t "Heading 1,1,Heading 2,2,Annex Heading,1"'


def cover(ctx: ExportContext) -> None:
    """Title, kind, parties and the document's particulars, on a page of their own."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    b.add(ooxml.paragraph("Title", [ctx.value(("title",), a.title)]))
    b.add(ooxml.paragraph("Subtitle", [t(f"kinds.{a.kind}")]))
    if a.parties:
        b.add(ooxml.paragraph("CoverDetail", [t("cover.between")]))
    for index, party in enumerate(a.parties):
        b.add(
            ooxml.paragraph(
                "CoverDetail",
                [
                    ctx.value(("parties", index, "legal_name"), party.legal_name, bold=True),
                    f" ({ctx.label(party.id)})",
                ],
            )
        )
    b.add(ooxml.paragraph("CoverDetail", []))
    details: list[tuple[str, Inline]] = []
    if a.reference:
        details.append((t("cover.reference"), ctx.value(("reference",), a.reference)))
    details.append((t("cover.version"), ctx.value(("version",), a.version)))
    details.append((t("cover.status"), ctx.value(("status",), t(f"statuses.{a.status}"))))
    if a.effective_date:
        details.append(
            (
                t("cover.effective_date"),
                ctx.value(("effective_date",), ctx.f.date(a.effective_date)),
            )
        )
    for label, shown in details:
        b.add(ooxml.paragraph("CoverDetail", [f"{label}: ", shown]))


def table_of_contents(ctx: ExportContext) -> list[Element]:
    """A TOC field whose shown entries already list the clauses; page numbers come on update.

    Built after the clauses (it needs their numbers) and inserted by the caller after the cover.
    """
    blocks = [ooxml.paragraph("TOCHeading", [t_contents(ctx)], page_break_before=True)]
    runs = ooxml.field(TOC_INSTRUCTION, "")
    begin, end = runs[:3], runs[4]
    entries = [(lv, number, title) for lv, number, title in ctx.builder.headings if lv <= 2]
    if not entries:
        blocks.append(ooxml.paragraph("TOC1", [*begin, end]))
        return blocks
    for index, (level, number, title) in enumerate(entries):
        style = "TOC2" if level == 2 else "TOC1"
        content: list[Inline] = list(begin) if index == 0 else []
        content.append(f"{number}\t{title}" if level else f"{number} \u2013 {title}")
        if index == len(entries) - 1:
            content.append(end)
        blocks.append(ooxml.paragraph(style, content))
    return blocks


def t_contents(ctx: ExportContext) -> str:
    """The title of the table of contents."""
    return ctx.t("cover.contents")


def parties_and_term(ctx: ExportContext) -> None:
    """Clause 1: who the parties are, and how long the agreement runs."""
    a, b, t, f = ctx.agreement, ctx.builder, ctx.t, ctx.f
    b.heading(1, t("parties.heading"), key="clause:parties")
    with b.control("parties", t("parties.heading")):
        for index, party in enumerate(a.parties):
            b.clause(_qualification(ctx, index, party))
    term = a.term
    with b.control("term", t("term.heading")):
        if a.effective_date:
            date = ctx.value(("effective_date",), f.date(a.effective_date))
            before, after = t.split("term.effective", "date")
            content: list[Inline] = [before, date, after]
            if term.months:
                before, after = t.split("term.months", "months")
                content += [before, ctx.value(("term", "months"), f.number(term.months)), after]
            if term.expiry_date:
                expiry = ctx.value(("term", "expiry_date"), f.date(term.expiry_date))
                before, after = t.split("term.expiry", "date")
                content += [before, expiry, after]
            content.append(".")
            b.clause(content)
        renewal_key = f"term.renewal.{term.renewal}"
        b.clause(
            [
                t(
                    renewal_key,
                    months=f.number(term.renewal_months or term.months or 12),
                    days=f.number(term.notice_days),
                )
            ]
        )
        if a.master_agreement:
            before, after = t.split("term.master", "master")
            b.clause([before, ctx.value(("master_agreement",), a.master_agreement), after])


def _qualification(ctx: ExportContext, index: int, party: Party) -> list[Inline]:
    t = ctx.t
    content: list[Inline] = [
        ctx.value(("parties", index, "legal_name"), party.legal_name, bold=True)
    ]
    if party.tax_id:
        before, after = t.split("parties.tax_id", "tax_id")
        content += [before, ctx.value(("parties", index, "tax_id"), party.tax_id), after]
    if party.address:
        before, after = t.split("parties.address", "address")
        content += [before, ctx.value(("parties", index, "address"), party.address), after]
    if party.representative:
        rep = party.representative
        before, after = t.split("parties.representative", "name")
        path = ("parties", index, "representative")
        content += [before, ctx.value((*path, "name"), rep.name), after]
        if rep.title:
            content.append(t("parties.representative_title", title=rep.title))
    content.append(t("parties.hereinafter", label=ctx.label(party.id)))
    return content


def definitions(ctx: ExportContext) -> None:
    """Defined terms, each in its own numbered paragraph."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    if not a.definitions:
        return
    b.heading(1, t("definitions.heading"), key="clause:definitions")
    with b.control("definitions", t("definitions.heading")):
        b.body([t("definitions.intro")])
        for index, item in enumerate(a.definitions):
            term = ctx.value(("definitions", index, "term"), item.term)
            quoted_before, quoted_after = t.split("definitions.quote", "term")
            b.clause(
                [
                    ooxml.run(quoted_before, bold=True),
                    term,
                    ooxml.run(quoted_after, bold=True),
                    t("definitions.means"),
                    ctx.value(("definitions", index, "meaning"), item.meaning),
                ]
            )


def service_description(ctx: ExportContext) -> None:
    """The services with their fees, scope, limitations and exclusions."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    service = a.service
    b.heading(1, t("service.heading"), key="clause:service")
    with b.control("service", t("service.heading")):
        if service.services:
            b.body([t("service.intro")], keep_next=True)
            rows: list[list[object]] = []
            for index, item in enumerate(service.services):
                path = ("service", "services", index)
                fee = ctx.f.money(item.monthly_fee) if item.monthly_fee else "\u2013"
                rows.append(
                    [
                        [ctx.value((*path, "name"), item.name, bold=True)],
                        [ctx.value((*path, "description"), item.description)],
                        [ctx.value((*path, "monthly_fee"), fee)],
                    ]
                )
            header = [t("service.col_service"), t("service.col_description"), t("service.col_fee")]
            ctx.table(header, rows, [3, 6, 2])
        for part in ("scope", "limitations", "exclusions"):
            items = getattr(service, part)
            if not items:
                continue
            b.clause([t(f"service.{part}")], key=f"clause:service.{part}")
            b.lettered([[ctx.value(("service", part, i), text)] for i, text in enumerate(items)])
