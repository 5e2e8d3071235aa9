"""What every section writer needs: the agreement, the builder, the wording and the formats."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sla_designer.export import ooxml
from sla_designer.export.builder import DocumentBuilder
from sla_designer.export.formatting import Formats
from sla_designer.export.ooxml import Element
from sla_designer.export.wording import Wording
from sla_designer.model import Agreement, Party
from sla_designer.model.metrics import (
    AverageSpeedOfAnswerMetric,
    CustomMetric,
    MetricBase,
    SatisfactionMetric,
)
from sla_designer.validation.findings import FieldPath, format_path

# Body text is indented to align with clause headings (resources/word/build_reference.py).
CLAUSE_INDENT = 680


@dataclass
class ExportContext:
    """Shared state of one export."""

    agreement: Agreement
    builder: DocumentBuilder
    t: Wording
    f: Formats
    text_width: int
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

    def value(self, path: FieldPath, text: str, *, bold: bool = False) -> Element:
        """An inline content control for the model value at `path`."""
        tag = format_path(path)
        return self.builder.value(tag, tag, text, bold=bold)

    def table(self, header: list[str], rows: list[list[object]], fractions: list[float]) -> Element:
        """A table aligned with the clause text; cells are text or lists of runs/controls."""
        prepared = [[self._cell(c) for c in row] for row in rows]
        return self.builder.table(header, prepared, fractions, self.text_width, CLAUSE_INDENT)

    def _cell(self, content: object) -> str | list[Element]:
        """Text stays text; a list of inlines is one paragraph; a list of lists, several."""
        if isinstance(content, str):
            return content
        if not isinstance(content, list):
            raise TypeError(f"unexpected table cell content {content!r}")
        if content and all(isinstance(item, list) for item in content):
            return [ooxml.paragraph("TableText", item) for item in content]
        return self.builder.cell(content)

    def measured(self, metric: MetricBase | None, value: Decimal) -> str:
        """A measured value of a metric in its unit: '99.5 %', '20 s', '4.2', '3 tickets'."""
        if isinstance(metric, AverageSpeedOfAnswerMetric):
            return self.t("units.seconds_value", n=self.f.number(value))
        if isinstance(metric, SatisfactionMetric):
            return self.f.number(value)
        if isinstance(metric, CustomMetric):
            return f"{self.f.number(value)} {metric.unit}"
        return self.f.percent(value)
