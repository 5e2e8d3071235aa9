"""Every question and message box of the editor goes through one object tests can replace."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

SaveChoice = Literal["save", "discard", "cancel"]


def yaml_filter() -> str:
    """The file dialogs' filter for agreements, in the interface language."""
    return QCoreApplication.translate("Prompter", "Agreements (*.yaml *.yml);;All files (*)")


class Prompter:
    """Asks the user through real dialogs; tests substitute a scripted subclass."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask_save_changes(self, name: str) -> SaveChoice:
        """Save, discard or cancel before the changes to `name` are lost."""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        answer = QMessageBox.question(
            self.parent,
            QCoreApplication.translate("Prompter", "Unsaved changes"),
            QCoreApplication.translate(
                "Prompter", "Save the changes to “%1” before closing it?"
            ).replace("%1", name),
            buttons,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def offer_restore(self, description: str) -> bool:
        """After a crash: restore the unsaved work?"""
        answer = QMessageBox.question(
            self.parent,
            QCoreApplication.translate("Prompter", "Restore unsaved work"),
            QCoreApplication.translate(
                "Prompter", "SLA Designer did not close normally. Restore the unsaved work on %1?"
            ).replace("%1", description),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_overwrite(self, paths: Sequence[Path]) -> bool:
        """Replace files that already exist? One question lists them all."""
        if len(paths) == 1:
            text = QCoreApplication.translate(
                "Prompter", "“%1” already exists. Replace it?"
            ).replace("%1", str(paths[0]))
        else:
            text = QCoreApplication.translate(
                "Prompter", "These files already exist:\n%1\nReplace them?"
            ).replace("%1", "\n".join(str(path) for path in paths))
        answer = QMessageBox.question(
            self.parent,
            QCoreApplication.translate("Prompter", "Replace existing file"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def error(self, title: str, message: str) -> None:
        QMessageBox.critical(self.parent, title, message)

    def open_path(self, folder: str) -> str:
        """A file to open, or '' when the user cancels."""
        return QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("Prompter", "Open agreement"),
            folder,
            yaml_filter(),
        )[0]

    def open_review_path(self, folder: str) -> str:
        """A reviewed Word document to import, or '' when the user cancels."""
        return QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("Prompter", "Import review"),
            folder,
            QCoreApplication.translate("Prompter", "Word documents (*.docx);;All files (*)"),
        )[0]

    def open_compare_path(self, folder: str) -> str:
        """An agreement to compare the open one with, or '' when the user cancels."""
        return QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("Prompter", "Compare with"),
            folder,
            yaml_filter(),
        )[0]

    def open_tickets_path(self, folder: str) -> str:
        """A help desk's ticket file to back-test on, or '' when the user cancels."""
        return QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("Prompter", "Ticket history"),
            folder,
            QCoreApplication.translate(
                "Prompter",
                "Ticket files (*.csv *.parquet *.jsonl *.ndjson *.json);;All files (*)",
            ),
        )[0]

    def open_mapping_path(self, folder: str) -> str:
        """A ticket mapping file (YAML) to load, or '' when the user cancels."""
        return QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("Prompter", "Load mapping"),
            folder,
            yaml_filter(),
        )[0]

    def save_path(self, suggestion: str, file_filter: str = "") -> str:
        """A file to write, or '' when the user cancels."""
        return QFileDialog.getSaveFileName(
            self.parent,
            QCoreApplication.translate("Prompter", "Save as"),
            suggestion,
            file_filter or yaml_filter(),
        )[0]

    def folder_path(self, suggestion: str) -> str:
        """A folder to write files into, or '' when the user cancels."""
        return QFileDialog.getExistingDirectory(
            self.parent, QCoreApplication.translate("Prompter", "Choose a folder"), suggestion
        )

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog of the editor modally; True when the user accepted it."""
        return bool(dialog.exec())
