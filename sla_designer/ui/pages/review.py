"""Step 11: signatures and witnesses, the reviewer's wording the agreement keeps, a summary of the
findings, and export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from sla_designer.model import Witness
from sla_designer.text import texts
from sla_designer.ui.backtest_button import backtest_button
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, current_language
from sla_designer.ui.item_models import Column
from sla_designer.ui.list_section import ListSection
from sla_designer.ui.pages.base import Page
from sla_designer.ui.prompts import Prompter
from sla_designer.ui.reviewed_wording_panel import ReviewedWordingPanel

if TYPE_CHECKING:
    from sla_designer.ui.summary_dialog import SummaryDialog

STEP = "review"

SIGNING = [
    FieldSpec(
        "signing.place",
        QT_TRANSLATE_NOOP("Labels", "Place of signature"),
        help=QT_TRANSLATE_NOOP("Labels", "e.g. Belo Horizonte"),
    ),
    FieldSpec("signing.date", QT_TRANSLATE_NOOP("Labels", "Date of signature"), "date"),
]
WITNESS = [
    FieldSpec("name", QT_TRANSLATE_NOOP("Labels", "Name")),
    FieldSpec(
        "tax_id",
        QT_TRANSLATE_NOOP("Labels", "Tax number"),
        help=QT_TRANSLATE_NOOP("Labels", "e.g. CPF"),
    ),
]


def new_witness(document: AgreementDocument, path: FieldPath) -> Witness:
    return Witness(name="")


class ReviewPage(Page):
    """Signing details plus the buttons that export the agreement."""

    def __init__(self, document: AgreementDocument) -> None:
        super().__init__(
            document,
            QT_TRANSLATE_NOOP("Labels", "Review and export"),
            QT_TRANSLATE_NOOP(
                "Labels",
                "Where and when the agreement is signed, and its witnesses. Errors listed in the "
                "findings panel block a final export; warnings do not.",
            ),
        )
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.column.addWidget(self.summary)
        self.add_form(SIGNING)
        self.add_section(
            ListSection(
                document,
                QT_TRANSLATE_NOOP("Labels", "Witnesses"),
                ("signing", "witnesses"),
                [
                    Column(QT_TRANSLATE_NOOP("Labels", "Name"), "name"),
                    Column(QT_TRANSLATE_NOOP("Labels", "Tax number"), "tax_id"),
                ],
                new_witness,
                specs=WITNESS,
                noun=QT_TRANSLATE_NOOP("Labels", "witness"),
                empty_text=QT_TRANSLATE_NOOP(
                    "Labels", "No witnesses. Brazilian contracts commonly have two (name and CPF)."
                ),
            )
        )
        self.reviewed_wording = ReviewedWordingPanel(document)
        self.column.addWidget(self.reviewed_wording)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export Word, PDF or YAML…"))
        self.export_button.setObjectName("export")
        self.export_button.setToolTip("Ctrl+E")
        row.addWidget(self.export_button)
        self.summary_button = QPushButton(self.tr("Summary of commitments…"))
        self.summary_button.setObjectName("summary-of-commitments")
        self.summary_button.setToolTip(
            self.tr("Who owes what, by when, at what level, and what a miss costs, on one page")
        )
        self.summary_button.clicked.connect(self.show_commitments)
        self.summary_dialog: SummaryDialog | None = None
        row.addWidget(self.summary_button)
        row.addWidget(backtest_button())
        row.addStretch(1)
        self.column.addLayout(row)
        self.finish()

    def focus_path(self, path: FieldPath) -> bool:
        """Show and focus a field of the page, or the reviewer's wording a finding names."""
        if self.reviewed_wording.focus_path(path):
            self.ensureWidgetVisible(self.reviewed_wording)
            return True
        return super().focus_path(path)

    def show_commitments(self) -> None:
        """Open the one-page summary of commitments of the agreement as it is now."""
        from sla_designer.ui.summary_dialog import SummaryDialog

        window = self.window()
        prompter = getattr(window, "prompter", None)
        if not isinstance(prompter, Prompter):
            prompter = Prompter(self)
        settings = getattr(window, "settings", None)
        self.summary_dialog = SummaryDialog(
            self.document.agreement,
            prompter,
            settings if isinstance(settings, QSettings) else None,
            file_path=self.document.file_path,
            parent=window,
        )
        prompter.run_dialog(self.summary_dialog)

    def show_counts(self, errors: int, warnings: int, infos: int) -> None:
        """Summarise the findings where the user decides to export."""
        words = texts(current_language()).section("terms.counts")
        if errors:
            text = words("must_fix", count=errors)
        elif warnings:
            text = self.tr("No errors. Review the warnings before sending the document")
        else:
            text = self.tr("No errors or warnings: ready to export")
        counts = words(
            "findings",
            errors=words("error", count=errors),
            warnings=words("warning", count=warnings),
            notes=words("info", count=infos),
        )
        self.summary.setText(f"<b>{text}.</b> {counts}")


def build(document: AgreementDocument) -> ReviewPage:
    """The Review and export page."""
    return ReviewPage(document)
