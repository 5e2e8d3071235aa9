"""Step 11: signatures and witnesses, a summary of the findings, and export."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from sla_designer.model import Witness
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.item_models import Column
from sla_designer.ui.list_section import ListSection
from sla_designer.ui.pages.base import Page

STEP = "review"

SIGNING = [
    FieldSpec("signing.place", "Place of signature", help="e.g. São Paulo"),
    FieldSpec("signing.date", "Date of signature", "date"),
]
WITNESS = [
    FieldSpec("name", "Name"),
    FieldSpec("tax_id", "Tax number", help="e.g. CPF"),
]


def new_witness(document: AgreementDocument, path: FieldPath) -> Witness:
    return Witness(name="")


class ReviewPage(Page):
    """Signing details plus the buttons that export the agreement."""

    def __init__(self, document: AgreementDocument) -> None:
        super().__init__(
            document,
            "Review and export",
            "Where and when the agreement is signed, and its witnesses. Errors listed in the "
            "findings panel block a final export; warnings do not.",
        )
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.column.addWidget(self.summary)
        self.add_form(SIGNING)
        self.add_section(
            ListSection(
                document,
                "Witnesses",
                ("signing", "witnesses"),
                [Column("Name", "name"), Column("Tax number", "tax_id")],
                new_witness,
                specs=WITNESS,
                noun="witness",
                empty_text="No witnesses. Brazilian contracts commonly have two (name and CPF).",
            )
        )
        row = QHBoxLayout()
        self.export_button = QPushButton("Export Word, PDF or YAML…")
        self.export_button.setObjectName("export")
        self.export_button.setToolTip("Ctrl+E")
        row.addWidget(self.export_button)
        row.addStretch(1)
        self.column.addLayout(row)
        self.finish()

    def show_counts(self, errors: int, warnings: int, infos: int) -> None:
        """Summarise the findings where the user decides to export."""
        if errors:
            text = f"{errors} error(s) must be fixed before a final export"
        elif warnings:
            text = "No errors. Review the warnings before sending the document"
        else:
            text = "No errors or warnings: ready to export"
        self.summary.setText(
            f"<b>{text}.</b> Findings: {errors} errors, {warnings} warnings, {infos} notes."
        )


def build(document: AgreementDocument) -> ReviewPage:
    """The Review and export page."""
    return ReviewPage(document)
