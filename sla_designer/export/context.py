"""What every section writer needs: the agreement, the builder, the wording and the formats."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sla_designer.export.builder import Cell, ContractTarget, Inline
from sla_designer.export.formatting import Formats
from sla_designer.export.owing import (
    PartyWords,
    owing_of_metric,
    owing_of_schedule,
    party_labels,
    shared_owing,
)
from sla_designer.export.wording import Wording
from sla_designer.model import Agreement, CreditSchedule, Party
from sla_designer.model.agreement import Owing
from sla_designer.model.kinds import describe
from sla_designer.model.metrics import MetricBase
from sla_designer.validation.findings import FieldPath, format_path


@dataclass
class ExportContext:
    """Shared state of one export."""

    agreement: Agreement
    builder: ContractTarget
    t: Wording
    f: Formats
    labels: dict[str, str] = field(default_factory=dict)
    shared: Owing | None = None
    """The provider and recipients of every service, when all services have the same."""
    terms: tuple[str, ...] | None = ()
    """The keys of the generated terms the document defines (export/defined_terms.py); None
    while the contract is written only to find the terms its text uses."""

    def __post_init__(self) -> None:
        a = self.agreement
        self.labels = party_labels(a, self.t)
        self.shared = shared_owing(a)
        self._words = PartyWords(a, self.t, self.f.join, self.labels)
        # Every phrase may name the provider and the customer: those of all services when they
        # have the same, else "the party providing (receiving) the service concerned".
        self.t = self.t.with_defaults(**self._words.values(self.shared))

    def owing_words(self, owing: Owing | None) -> dict[str, str]:
        """{provider}, {Provider}, {to_customer}... for one service's provider and recipients."""
        return self._words.values(owing)

    def metric_words(self, metric: MetricBase) -> dict[str, str]:
        """The party words of the service a metric measures."""
        return self.owing_words(owing_of_metric(self.agreement, metric))

    def schedule_words(self, schedule: CreditSchedule) -> dict[str, str]:
        """The party words of the service a credit schedule's metric measures."""
        return self.owing_words(owing_of_schedule(self.agreement, schedule))

    def parties_named(self, ids: tuple[str, ...] | list[str], form: str = "plain") -> str:
        """Parties joined in a sentence form: 'Sales and Marketing', 'a área de Vendas'."""
        return self._words.names(ids, form, "service_recipient")

    def label(self, party_id: str | None) -> str:
        """How the contract calls a party after qualifying it ('the Provider', 'CONTRATADA')."""
        if party_id is None:
            return ""
        return self.labels.get(party_id, party_id)

    def party_of_role(self, role: str) -> Party | None:
        """The first party with a role."""
        return next((p for p in self.agreement.parties if p.role == role), None)

    def value(
        self, path: FieldPath, text: str, *, bold: bool = False, caps: bool = False
    ) -> Inline:
        """A value a reviewer may change, tagged with its model path (a content control)."""
        return self.builder.value(format_path(path), text, bold=bold, caps=caps)

    @property
    def brazilian_form(self) -> bool:
        """A contract between legal persons in Portuguese: preamble, names in capitals,
        witnesses (an internal agreement is none of these)."""
        return self.t.raw("preamble.opening") is not None and not self.agreement.internal

    def party_name(self, index: int, party: Party, *, bold: bool = True) -> Inline:
        """A party's legal name, tagged; in capitals in the Brazilian form (its registered name)."""
        path = ("parties", index, "legal_name")
        return self.value(path, party.legal_name, bold=bold, caps=self.brazilian_form)

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
