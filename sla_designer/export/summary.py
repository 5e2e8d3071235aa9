"""The one-page summary of commitments: who owes what, by when, at what level, what a miss costs.

Built from the same helpers as the contract, in the language asked for: who owes each service
level (`owing`), the objectives in the contract's comparison words, the credit tiers, downtime
bands and caps as the remedies clause writes them, and the downtime an availability objective
allows as Annex A gives it, so the summary and the contract never disagree. Time targets are
written by the model's own `text(language)`. Every other word comes from the text layer's
`summary` namespace. No Qt here: `summary_html` writes it as HTML (what the editor shows and
prints), `summary_docx` as a Word document (what the command line converts to PDF).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sla_designer.export.context import ExportContext
from sla_designer.export.formatting import Formats
from sla_designer.export.html_target import HtmlTarget
from sla_designer.export.owing import owing_of_metric
from sla_designer.export.summary_levels import (
    clock_note,
    level_lines,
    measured_lines,
    missed_lines,
)
from sla_designer.export.wording import load_wording
from sla_designer.model import Agreement
from sla_designer.text import Texts, texts

Cell = tuple[str, ...]
"""A table cell: its lines."""


@dataclass(frozen=True)
class Line:
    """A line of a section, led by what it is about ('Quartzo TI', 'Monthly report'), if any."""

    text: str
    label: str = ""


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    notes: tuple[str, ...] = ()
    """A line under each row, across the table ('' for none)."""


@dataclass(frozen=True)
class Section:
    """A part of the summary: a table or lines, or the sentence saying it has none."""

    heading: str
    table: Table | None = None
    lines: tuple[Line, ...] = ()
    empty: str = ""
    half: bool = False
    """Whether it fits in half the page's width, beside another such section."""


@dataclass(frozen=True)
class Summary:
    language: str
    heading: str
    title: str
    details: str
    note: str
    draft: str = ""
    sections: tuple[Section, ...] = field(default_factory=tuple)

    def text(self) -> str:
        """Every word of the summary, one line each (for tests and searches)."""
        lines = [self.heading, self.title, self.details, self.note, self.draft]
        for section in self.sections:
            lines.append(section.heading)
            if section.table is not None:
                lines += section.table.header
                lines += [line for row in section.table.rows for cell in row for line in cell]
                lines += section.table.notes
            lines += [_labelled(line, self.language) for line in section.lines]
            if section.table is None and not section.lines:
                lines.append(section.empty)
        return "\n".join(line for line in lines if line)

    def rows(self) -> list[tuple[Section, ...]]:
        """The sections as laid out on the page, in order: two half-width sections in a row
        side by side, any other section alone on the full width."""
        rows: list[tuple[Section, ...]] = []
        pending: list[Section] = []
        for section in self.sections:
            if section.half:
                pending.append(section)
                if len(pending) < 2:
                    continue
            if pending:
                rows.append(tuple(pending))
            if not section.half:
                rows.append((section,))
            pending = []
        if pending:
            rows.append(tuple(pending))
        return rows


COLUMN_WIDTHS = {
    4: (34, 22, 26, 18),
    5: (17, 12, 29, 14, 28),
}
"""Column widths in per cent, by the number of columns: the services and the service levels."""


def label_parts(language: str) -> tuple[str, str, str]:
    """What comes before, between and after a line's label and its text ('', ': ', '')."""
    marker = "\x00"
    pattern = texts(language)("summary.labelled", label=marker, text=marker)
    before, middle, after = pattern.split(marker)
    return before, middle, after


def _labelled(line: Line, language: str) -> str:
    if not line.label:
        return line.text
    return texts(language)("summary.labelled", label=line.label, text=line.text)


def summary_context(agreement: Agreement, language: str) -> ExportContext:
    """The contract's writing context in `language`: its wording, formats and party words."""
    if agreement.language != language:
        agreement = agreement.model_copy(update={"language": language})
    wording = load_wording(language, agreement.date_style)
    return ExportContext(agreement, HtmlTarget(), wording, Formats(wording))


def build_summary(agreement: Agreement, language: str, *, draft: bool = False) -> Summary:
    """The summary of `agreement`'s commitments in `language` ('en' or 'pt-BR'); `draft` says
    the agreement still has errors."""
    ctx = summary_context(agreement, language)
    words = texts(language).section("summary")
    return Summary(
        language=language,
        heading=words("title"),
        title=agreement.title,
        details=_details(ctx, words),
        note=words("note"),
        draft=words("draft") if draft else "",
        sections=(
            _services(ctx, words),
            _levels(ctx, words),
            _remedies(ctx, words),
            _reporting(ctx, words),
            _duties(ctx, words),
        ),
    )


def _details(ctx: ExportContext, words: Texts) -> str:
    a, f = ctx.agreement, ctx.f
    parts = []
    if a.reference:
        parts.append(words("details.reference", reference=a.reference))
    if a.version:
        parts.append(words("details.version", version=a.version))
    if a.effective_date is not None:
        parts.append(words("details.effective", date=f.date(a.effective_date)))
    if a.term.months:
        parts.append(words("details.term", count=a.term.months))
    elif a.term.expiry_date is not None:
        parts.append(words("details.until", date=f.date(a.term.expiry_date)))
    return " · ".join(parts)


def party_names(ctx: ExportContext, ids: tuple[str, ...] | list[str], words: Texts) -> str:
    """Parties by the names they go by ('Quartzo TI and Serra Azul')."""
    names = []
    for party_id in ids:
        party = ctx.agreement.party(party_id)
        names.append(party.display_name if party else party_id)
    return ctx.f.join(names) if names else words("levels.nobody")


def _services(ctx: ExportContext, words: Texts) -> Section:
    a = ctx.agreement
    rows = []
    for service in a.service.services:
        owing = a.owing_of(service)
        provider = (owing.provider,) if owing.provider else ()
        fee = ctx.f.money(service.monthly_fee) if service.monthly_fee else words("services.no_fee")
        rows.append(
            (
                (service.name,),
                (party_names(ctx, provider, words),),
                (party_names(ctx, owing.recipients, words),),
                (fee,),
            )
        )
    header = tuple(
        words(f"services.{col}")
        for col in ("col_service", "col_provider", "col_recipients", "col_fee")
    )
    table = Table(header, tuple(rows)) if rows else None
    return Section(words("services.heading"), table, empty=words("services.none"))


def _levels(ctx: ExportContext, words: Texts) -> Section:
    a = ctx.agreement
    rows = []
    notes = []
    for metric in a.metrics:
        owing = owing_of_metric(a, metric)
        provider = (owing.provider,) if owing.provider else ()
        owed = words(
            "levels.owing",
            provider=party_names(ctx, provider, words),
            recipients=party_names(ctx, owing.recipients, words),
        )
        service = a.service_of(metric.id)
        # Which service a level is of, when the agreement has more than one.
        name: Cell = (metric.name,)
        if len(a.service.services) > 1:
            name += (service.name if service else words("levels.all_services"),)
        schedules = [s for s in a.remedies.credit_schedules if s.metric == metric.id]
        missed = [line for s in schedules for line in missed_lines(ctx, words, s, metric)]
        rows.append(
            (
                name,
                (owed,),
                level_lines(ctx, words, metric),
                measured_lines(ctx, words, metric),
                tuple(missed) or (words("levels.no_credit"),),
            )
        )
        notes.append(clock_note(words, metric))
    header = tuple(
        words(f"levels.{col}")
        for col in ("col_metric", "col_owing", "col_level", "col_measured", "col_missed")
    )
    table = Table(header, tuple(rows), tuple(notes)) if rows else None
    return Section(words("levels.heading"), table, empty=words("levels.none"))


def _remedies(ctx: ExportContext, words: Texts) -> Section:
    rem, f = ctx.agreement.remedies, ctx.f
    lines: list[str] = []
    if rem.monthly_cap is not None:
        lines.append(words("remedies.monthly_cap", cap=f.percent(rem.monthly_cap)))
    if rem.yearly_cap is not None:
        lines.append(words("remedies.yearly_cap", cap=f.percent(rem.yearly_cap)))
    if rem.minimum_credit is not None:
        lines.append(words("remedies.minimum", amount=f.money(rem.minimum_credit)))
    if rem.credit_schedules:
        if rem.credits_applied == "automatically":
            lines.append(words("remedies.automatic"))
        else:
            start = words(f"remedies.claim_start.{rem.claim.runs_from}")
            lines.append(words("remedies.claim", count=rem.claim.deadline_days, start=start))
        lines.append(words(f"remedies.payment.{rem.payment}"))
        lines.append(
            words("remedies.exclusive" if rem.exclusive_remedy else "remedies.not_exclusive")
        )
    if rem.chronic_failure is not None:
        chronic = rem.chronic_failure
        days = chronic.notice_days
        lines.append(
            words(
                "remedies.chronic_internal" if ctx.agreement.internal else "remedies.chronic",
                breaches=words("remedies.breaches", count=chronic.breaches),
                months=words("remedies.months", count=chronic.within_months),
                what=words(f"remedies.terminates.{chronic.terminates}"),
                notice="" if days is None else words("remedies.notice", count=days),
            )
        )
    if rem.earn_back is not None and rem.credit_schedules:
        months = words("remedies.months", count=rem.earn_back.months_met)
        lines.append(words("remedies.earn_back", months=months))
    shown = tuple(Line(line) for line in lines)
    return Section(words("remedies.heading"), lines=shown, empty=words("remedies.none"), half=True)


def _reporting(ctx: ExportContext, words: Texts) -> Section:
    a = ctx.agreement
    choices = texts(ctx.agreement.language).section("choices.frequencies")
    lines = []
    for report in a.reporting.reports:
        if report.due_days > 0:
            due = words("reporting.due.after", count=report.due_days)
        elif report.due_days < 0:
            due = words("reporting.due.before", count=-report.due_days)
        else:
            due = words("reporting.due.at_end")
        by = (report.prepared_by,) if report.prepared_by else ()
        lines.append(
            Line(
                words(
                    "reporting.report",
                    frequency=choices(report.frequency).lower(),
                    by=party_names(ctx, by, words) if by else words("reporting.anyone"),
                    to=party_names(ctx, report.recipients, words)
                    if report.recipients
                    else words("reporting.anyone"),
                    due=due,
                ),
                report.name,
            )
        )
    for review in a.reporting.reviews:
        lines.append(
            Line(
                words(
                    "reporting.review",
                    cadence=choices(review.cadence).lower(),
                    participants=party_names(ctx, review.participants, words)
                    if review.participants
                    else words("reporting.anyone"),
                ),
                review.name,
            )
        )
    return Section(
        words("reporting.heading"), lines=tuple(lines), empty=words("reporting.none"), half=True
    )


def _duties(ctx: ExportContext, words: Texts) -> Section:
    # Each party's responsibilities on a line of their own, in the order the agreement has them.
    duties: dict[str, list[str]] = {}
    for duty in ctx.agreement.responsibilities:
        text = duty.text.strip() + words(f"duties.effect.{duty.effect}")
        duties.setdefault(duty.party, []).append(text)
    lines = [
        Line(words("duties.separator").join(texts), party_names(ctx, (party,), words))
        for party, texts in duties.items()
    ]
    return Section(words("duties.heading"), lines=tuple(lines), empty=words("duties.none"))
