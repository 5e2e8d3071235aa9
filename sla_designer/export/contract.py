"""The clauses of the contract in order: one sequence for the Word document and the preview."""

from __future__ import annotations

from sla_designer.export import (
    annexes,
    defined_terms,
    front,
    general_provisions,
    governance,
    remedies,
    service_levels,
    standard_clauses,
)
from sla_designer.export.builder import Citations, ContractTarget
from sla_designer.export.context import ExportContext
from sla_designer.export.formatting import Formats
from sla_designer.export.signatures import signatures
from sla_designer.export.wording import load_wording
from sla_designer.model import Agreement


def write_contract(agreement: Agreement, target: ContractTarget) -> ExportContext:
    """Write every part of the contract of `agreement`, in its language, to `target`, with the
    generated definitions of the terms it uses."""
    return write_clauses(agreement, target, defined_terms.scan(agreement).generated)


def write_clauses(
    agreement: Agreement, target: ContractTarget, terms: tuple[str, ...] | None
) -> ExportContext:
    """Write the contract to `target`, defining the generated terms `terms`; None: a draft to
    find the terms the text uses in, without generated definitions or interpretation clause."""
    wording = load_wording(agreement.language, agreement.date_style)
    target.citations = Citations(
        clause=wording("refs.clause", number="{number}"),
        sole_label=wording.raw("refs.sole_label"),
        sole_citation=wording.raw("refs.sole_citation"),
    )
    ctx = ExportContext(agreement, target, wording, Formats(wording), terms=terms)
    front.cover(ctx)
    front.parties_and_term(ctx)
    front.definitions(ctx)
    front.service_description(ctx)
    service_levels.calendars(ctx)
    service_levels.priorities(ctx)
    service_levels.service_levels(ctx)
    governance.responsibilities(ctx)
    governance.reporting(ctx)
    remedies.remedies(ctx)
    standard_clauses.credit_nature(ctx)
    governance.escalation(ctx)
    general_provisions.general_provisions(ctx)
    governance.change_control(ctx)
    signatures(ctx)
    annexes.annexes(ctx)
    return ctx
