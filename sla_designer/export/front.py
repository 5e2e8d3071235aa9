"""Cover, parties and term, definitions, service description."""

from __future__ import annotations

from sla_designer.export import defined_terms, standard_clauses
from sla_designer.export.builder import Cell, Inline
from sla_designer.export.context import ExportContext
from sla_designer.model import Party
from sla_designer.model.tax_ids import read_tax_id, scheme_of
from sla_designer.text import LANGUAGES, texts


def cover(ctx: ExportContext) -> None:
    """Title, kind, parties and the document's particulars, on a page of their own."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    b.styled("Title", [ctx.value(("title",), a.title)])
    if not _title_names_kind(a.title, a.kind):
        b.styled("Subtitle", [t(f"kinds.{a.kind}")])
    if a.parties:
        b.styled("CoverDetail", [t("cover.between")])
    last = len(a.parties) - 1
    for index, party in enumerate(a.parties):
        if index == last and index > 0:
            b.styled("CoverDetail", [t("cover.and")])
        # Three or more parties: a comma after each but the last two, as in a sentence.
        comma = "," if index < last - 1 else ""
        b.styled("CoverDetail", [ctx.party_name(index, party), f" ({ctx.label(party.id)}){comma}"])
    b.styled("CoverDetail", [])
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
        b.styled("CoverDetail", [f"{label}: ", shown])


def _title_names_kind(title: str, kind: str) -> bool:
    """Whether the title already says what kind of agreement it is, in either language."""
    folded = title.casefold()
    return any(texts(lang)(f"clauses.kinds.{kind}").casefold() in folded for lang in LANGUAGES)


def parties_and_term(ctx: ExportContext) -> None:
    """Clause 1: who the parties are, and how long the agreement runs.

    A Brazilian contract qualifies the parties in a preamble before clause 1 instead."""
    a, b, t, f = ctx.agreement, ctx.builder, ctx.t, ctx.f
    if ctx.brazilian_form:
        preamble(ctx)
        b.heading(1, t("preamble.heading"), key="clause:parties", section="parties")
    else:
        b.heading(1, t("parties.heading"), key="clause:parties", section="parties")
    with b.control("parties", t("parties.heading")):
        if a.internal:
            b.clause([t("parties.internal")])
        for index, party in enumerate(a.parties):
            if not ctx.brazilian_form:
                b.clause(_qualification(ctx, index, party))
    term = a.term
    with b.control("term", t("term.heading")):
        if a.effective_date:
            date = ctx.value(("effective_date",), f.date(a.effective_date))
            before, after = t.split("term.effective", "date")
            content: list[Inline] = [before, date, after]
            if term.months:
                before, after = t.split_counted("term.months", "months", term.months)
                content += [before, ctx.value(("term", "months"), f.number(term.months)), after]
            if term.expiry_date:
                expiry = ctx.value(("term", "expiry_date"), f.date(term.expiry_date))
                before, after = t.split("term.expiry", "date")
                content += [before, expiry, after]
            content.append(".")
            b.clause(content)
        renewal_key = f"term.renewal.{term.renewal}"
        period = term.renewal_months or term.months or 12
        b.clause(
            [
                t(
                    renewal_key,
                    period=t("term.period", count=period, n=f.number(period)),
                    notice=t("term.notice", count=term.notice_days, n=f.number(term.notice_days)),
                )
            ]
        )
        standard_clauses.precedence(ctx)


def preamble(ctx: ExportContext) -> None:
    """'Pelo presente instrumento particular, de um lado [RAZÃO SOCIAL], inscrita no CNPJ ...,
    neste ato representada na forma de seu contrato social por ..., doravante denominada
    CONTRATADA, e de outro ..., têm entre si justo e contratado ...': the Brazilian form."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    content: list[Inline] = [t("preamble.opening")]
    last = len(a.parties) - 1
    for index, party in enumerate(a.parties):
        if index:
            content.append(t("preamble.separator"))
        place = "first" if index == 0 else "last" if index == last else "middle"
        content.append(t(f"preamble.{place}"))
        content += _party_and_number(ctx, index, party)
        rep = party.representative
        if rep is not None and rep.name.strip():
            path = ("parties", index, "representative")
            instrument = t(f"preamble.instruments.{party.instrument() or 'unknown'}")
            before, after = t.split("preamble.representative", "name", instrument=instrument)
            content += [before, ctx.value((*path, "name"), rep.name), after]
            if rep.title:
                before, after = t.split("preamble.representative_title", "title")
                content += [before, ctx.value((*path, "title"), rep.title), after]
            if rep.tax_id.strip():
                before, after = t.split("preamble.representative_cpf", "tax_id")
                content += [before, ctx.value((*path, "tax_id"), rep.tax_id.strip()), after]
        content.append(t("preamble.hereinafter", label=ctx.label(party.id)))
    content.append(t("preamble.closing", kind=t(f"kinds.{a.kind}")))
    with b.control("parties", t("parties.heading")):
        b.styled("Normal", content)


def _party_and_number(ctx: ExportContext, index: int, party: Party) -> list[Inline]:
    """The legal name, its tax number and its address."""
    t = ctx.t
    content: list[Inline] = [ctx.party_name(index, party)]
    if party.tax_id.strip():
        content += _tax_id(ctx, index, party)
    if party.address:
        before, after = t.split("parties.address", "address")
        content += [before, ctx.value(("parties", index, "address"), party.address), after]
    return content


def _qualification(ctx: ExportContext, index: int, party: Party) -> list[Inline]:
    t = ctx.t
    content = _party_and_number(ctx, index, party)
    if party.representative:
        rep = party.representative
        before, after = t.split("parties.representative", "name")
        path = ("parties", index, "representative")
        content += [before, ctx.value((*path, "name"), rep.name), after]
        if rep.title:
            content.append(t("parties.representative_title", title=rep.title))
        if rep.instrument is not None and t.raw("preamble.opening") is None:
            content.append(t(f"preamble.instruments.{rep.instrument}"))
    content.append(t("parties.hereinafter", label=ctx.label(party.id)))
    return content


def _services_table(ctx: ExportContext) -> None:
    """The services with their fees; with who provides each and who receives it when that
    differs from one service to another."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    services = a.service.services
    each = ctx.shared is None
    fees = not each or any(s.monthly_fee for s in services)
    b.body([t("service.intro_each" if each else "service.intro")], keep_next=True)
    rows: list[list[Cell]] = []
    for index, item in enumerate(services):
        path = ("service", "services", index)
        row: list[Cell] = [
            [ctx.value((*path, "name"), item.name, bold=True)],
            [ctx.value((*path, "description"), item.description)],
        ]
        if each:
            owing = a.owing_of(item)
            provider = owing.provider
            row.append([ctx.value((*path, "provider"), ctx.label(provider) if provider else "")])
            shown = ctx.f.join([ctx.label(p) for p in owing.recipients])
            row.append([ctx.value((*path, "recipients"), shown)])
        if fees:
            fee = ctx.f.money(item.monthly_fee) if item.monthly_fee else "\u2013"
            row.append([ctx.value((*path, "monthly_fee"), fee)])
        rows.append(row)
    header = [t("service.col_service"), t("service.col_description")]
    fractions: list[float] = [3, 6]
    if each:
        header += [t("service.col_provider"), t("service.col_recipients")]
        fractions = [3, 4.5, 2.5, 3]
    if fees:
        header.append(t("service.col_fee"))
        fractions.append(2)
    ctx.table(header, rows, fractions)


def _tax_id(ctx: ExportContext, index: int, party: Party) -> list[Inline]:
    """The number named after its scheme (the party's country), with any label typed before it
    left out; a number whose label names no known scheme is printed as typed, in no label."""
    tax_id = read_tax_id(party.tax_id)
    scheme = scheme_of(party.country, tax_id)
    if not tax_id.known_label:
        key, number = "parties.tax_ids.as_typed", party.tax_id.strip()
    else:
        key, number = f"parties.tax_ids.{scheme or 'registration'}", tax_id.number
    before, after = ctx.t.split(key, "tax_id")
    return [before, ctx.value(("parties", index, "tax_id"), number), after]


def definitions(ctx: ExportContext) -> None:
    """Defined terms, each in its own numbered paragraph: the generated ones the text uses first
    (Business Hours and Business Day from the calendars, which replace the agreement's own of the
    same name: validation says so), then the agreement's own; and the interpretation clause."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    keys = ctx.terms or ()
    generated = defined_terms.definitions(ctx, keys)
    taken = {term.casefold() for term, _ in generated}
    own = [(i, d) for i, d in enumerate(a.definitions) if d.term.strip().casefold() not in taken]
    clause = a.clauses.in_document("interpretation", internal=a.internal)
    interpretation = clause is not None and ctx.terms is not None
    if not generated and not own and not interpretation:
        return
    if not interpretation:
        heading = t("definitions.heading")
    elif generated or own:
        heading = t("interpretation.heading_with_definitions")
    else:
        heading = t("interpretation.heading")
    b.heading(1, heading, key="clause:definitions", section="definitions")
    quoted_before, quoted_after = t.split("definitions.quote", "term")
    if generated or own:
        with b.control("definitions", t("definitions.heading")):
            b.body([t("definitions.intro")])
            for term, meaning in generated:
                quoted = b.bold(quoted_before + term + quoted_after)
                b.clause([quoted, t("definitions.means"), *meaning])
            for index, item in own:
                term_value = ctx.value(("definitions", index, "term"), item.term, bold=True)
                b.clause(
                    [
                        b.bold(quoted_before),
                        term_value,
                        b.bold(quoted_after),
                        t("definitions.means"),
                        ctx.value(("definitions", index, "meaning"), item.meaning),
                    ]
                )
    if interpretation:
        _interpretation(ctx, keys)


def _interpretation(ctx: ExportContext, keys: tuple[str, ...]) -> None:
    """How the document is read: the agreement's own words, or the generated rules (periods of
    Business Days when the document defines them, singular and plural, headings, "including")."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    with b.control("clauses.interpretation", t("interpretation.heading")):
        own = a.clauses.interpretation.text.strip()
        if own:
            text = ctx.value(("clauses", "interpretation", "text"), a.clauses.interpretation.text)
            b.clause([text], key="clause:interpretation")
            return
        b.clause([t("interpretation.intro")], key="clause:interpretation", keep_next=True)
        rules = ["plural", "headings", "including"]
        if "business_day" in keys:
            rules.insert(0, "business_days")
        b.lettered([[t(f"interpretation.{rule}")] for rule in rules])


def service_description(ctx: ExportContext) -> None:
    """The services with their fees, scope, limitations and exclusions."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    service = a.service
    b.heading(1, t("service.heading"), key="clause:service", section="service")
    with b.control("service", t("service.heading")):
        if service.services:
            _services_table(ctx)
        if not (service.services or service.scope or service.limitations or service.exclusions):
            b.body([t("service.none")])
        for part in ("scope", "limitations", "exclusions"):
            items = getattr(service, part)
            if not items:
                continue
            b.clause([t(f"service.{part}")], key=f"clause:service.{part}")
            b.lettered([[ctx.value(("service", part, i), text)] for i, text in enumerate(items)])
