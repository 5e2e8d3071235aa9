"""File › Import review…: read a reviewed .docx against the open agreement and show its changes.

Reading never changes the agreement: the changes wait in the review panel (a dock beside the
findings) until the user accepts them. A document that cannot be read is one line in a message
box, and the panel keeps the review it had.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from sla_designer.model.paths import FieldPath
from sla_designer.text.values import problem_text
from sla_designer.ui.i18n import current_language
from sla_designer.ui.review_panel import ReviewPanel
from sla_designer.ui.steps import step_of_path

if TYPE_CHECKING:
    from sla_designer.ui.main_window import MainWindow

REVIEW_HEIGHT = 320
"""The review panel's height when it opens: room for the list and a paragraph's details."""


class ReviewFlow(QObject):
    """The review panel of one window and the command that fills it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = ReviewPanel(window.document)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("review")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.findings_dock, self.dock)
        self.dock.hide()
        self.panel.field_requested.connect(self.open_field)
        # Another agreement: its changes were proposed to the one that was open.
        window.document.reset.connect(self.close_review)
        self.retranslate()

    def import_dialog(self) -> bool:
        """Ask for a reviewed .docx and show its changes; False when none was read."""
        if not self.window.editing():
            return False
        file_path = self.window.document.file_path
        folder = str(file_path.parent) if file_path else ""
        chosen = self.window.prompter.open_review_path(folder)
        return bool(chosen) and self.import_path(Path(chosen))

    def import_path(self, path: Path) -> bool:
        """Read the review of `path` against the open agreement and list its changes."""
        from sla_designer.review.package import ReviewError
        from sla_designer.review.reading import load_review

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            review = load_review(path, against=self.window.document.agreement)
        except ReviewError as error:
            reason = error.problem.text(current_language())
        except ValueError as error:  # a Problem the reader did not wrap
            reason = problem_text(error, current_language())
        else:
            reason = ""
        finally:
            QApplication.restoreOverrideCursor()
        if reason:
            self.window.prompter.error(self.tr("Cannot read the review"), f"{path.name}: {reason}")
            return False
        self.panel.show_review(review, path)
        self.dock.show()
        self.dock.raise_()
        self.window.resizeDocks([self.dock], [REVIEW_HEIGHT], Qt.Orientation.Vertical)
        self.panel.table.setFocus()
        return True

    def open_field(self, path: FieldPath) -> None:
        """Show the step of a change's field and focus it, as a finding does."""
        self.window.go_to_path(path, step_of_path(path).key)

    def close_review(self) -> None:
        self.panel.clear()
        self.dock.hide()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Reviewer's changes"))
        self.panel.retranslate()
