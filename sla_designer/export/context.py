"""What every section writer needs: the agreement, the builder, the wording and the formats."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sla_designer.export.builder import Cell, ContractTarget, Inline
from sla_designer.export.formatting import Formats
from sla_designer.export.wording import Wording
from sla_designer.model import Agreement, Party
from sla_designer.model.kinds import describe
from sla_designer.model.metrics import MetricBase
from sla_designer.validation.findings import FieldPath, format_path


def with_party_names(wording: Wording, agreement: Agreement) -> Wording:
    """The wording with {provider}, {Provider}, {customer} and {Customer}: how this contract
    calls the party that gives the service (a supplier in an operational agreement) and the one
    that receives it, as the parties clause defines them."""
    roles: Counter[str] = Counter(p.role for p in agreement.parties)

    def name(*wanted: str) -> str:
        for role in wanted:
            party = next((p for p in agreement.parties if p.role == role), None)
            if party is not None:
                return wording(f"roles.{role}") if roles[role] == 1 else party.display_name
        return wording(f"roles.{wanted[0]}")

    provider, customer = name("provider", "supplier"), name("customer")
    return wording.with_defaults(
        provider=provider,
        Provider=provider[:1].upper() + provider[1:],
        customer=customer,
        Customer=customer[:1].upper() + customer[1:],
    )


@dataclass
class ExportContext:
    """Shared state of one export."""

    agreement: Agreement
    builder: ContractTarget
    t: Wording
    f: Formats
    labels: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        roles = Counter(p.role for p in self.agreement.parties)
        for party in self.agreement.parties:
            unique = roles[party.role] == 1 and party.role != "other"
            self.labels[party.id] = self.t(f"roles.{party.role}") if unique else party.display_name

    def label(self, party_id: str | None) -> str:
        """How the contract calls a party after qualifying it ('the Provider', 'CONTRATADA')."""
        if party_id is None:
            return ""
        return self.labels.get(party_id, party_id)

    def party_of_role(self, role: str) -> Party | None:
        """The first party with a role."""
        return next((p for p in self.agreement.parties if p.role == role), None)

    def value(self, path: FieldPath, text: str, *, bold: bool = False) -> Inline:
        """A value a reviewer may change, tagged with its model path (a content control)."""
        return self.builder.value(format_path(path), text, bold=bold)

    def table(self, header: list[str], rows: list[list[Cell]], fractions: list[float]) -> None:
        """A table aligned with the clause text; cells are text or lists of inlines."""
        self.builder.table(header, rows, fractions)

    def lead_in(self, text: str) -> Inline:
        """A bold lead-in label ('Measurement window: ')."""
        return self.builder.bold(text + " ")

    def measured(self, metric: MetricBase | None, value: Decimal) -> str:
        """A measured value of a metric in its unit: '99.5 %', '20 s', '4.2', '3 tickets'."""
        if metric is None:
            return self.f.percent(value)
        kind = describe(metric)
        if kind.measured == "seconds":
            return self.t("units.seconds_value", n=self.f.number(value))
        if kind.measured == "score":
            return self.f.number(value)
        if kind.measured == "custom":
            return f"{self.f.number(value)} {kind.unit_of(metric)}"
        return self.f.percent(value)
