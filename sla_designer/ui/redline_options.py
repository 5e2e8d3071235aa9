"""The export dialog's part for a version sent to the other side: mark the changes against an
earlier version (a file, or one of the agreement's saved versions) as tracked changes in the
Word document, and record the export as a version sent (a revision entry and a frozen copy).

As `sla-designer export --redline-against OLD` does, the changes are marked in a Word document
only; recording a version works for any document sent (Word or PDF).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

FileChooser = Callable[[], str]
"""Asks for an agreement file to compare with: its path, '' when cancelled."""
SavedVersion = tuple[str, Path]
"""A saved version of the agreement as the list shows it (its label) and its frozen copy."""


class RedlineOptions(QWidget):
    """'Mark changes against…' with what to compare with, and 'Record this as a version sent
    to the other side' with its description."""

    def __init__(
        self,
        versions: Sequence[SavedVersion] = (),
        choose_file: FileChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choose_file = choose_file
        self.mark = QCheckBox(self.tr("Mark changes against…"))
        self.mark.setObjectName("mark-changes")
        self.mark.setToolTip(
            self.tr(
                "The Word document shows what changed since that version as tracked changes, "
                "word by word, under your name (Preferences)."
            )
        )
        self.against = QComboBox()
        self.against.setObjectName("against")
        self.against.setAccessibleName(self.tr("Version to mark changes against"))
        self.against.setMinimumContentsLength(28)
        for label, path in versions:
            self.against.addItem(label, str(path))
        self.browse = QPushButton(self.tr("Choose file…"))
        self.browse.setObjectName("against-file")
        self.browse.clicked.connect(self._browse)
        against_row = QHBoxLayout()
        against_row.setContentsMargins(22, 0, 0, 0)
        against_row.addWidget(self.against, 1)
        against_row.addWidget(self.browse)

        self.record = QCheckBox(self.tr("Record this as a version sent to the other side"))
        self.record.setObjectName("record-version")
        self.record.setToolTip(
            self.tr(
                "Adds the version to the revision history, with today's date, your name and "
                "the description, and keeps a copy of the agreement as sent."
            )
        )
        self.description = QLineEdit()
        self.description.setObjectName("version-description")
        self.description.setAccessibleName(self.tr("Description of the version sent"))
        self.description.setPlaceholderText(self.tr("What this version is, e.g. second round"))
        description_row = QHBoxLayout()
        description_row.setContentsMargins(22, 0, 0, 0)
        description_row.addWidget(self.description)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mark)
        layout.addLayout(against_row)
        layout.addWidget(self.record)
        layout.addLayout(description_row)
        self.mark.toggled.connect(self._update)
        self.record.toggled.connect(self._update)
        self._update()

    def set_word(self, word: bool) -> None:
        """Changes are marked in a Word document only."""
        self.mark.setEnabled(word)
        self._update()

    def against_path(self) -> Path | None:
        """The agreement file to mark the changes against; None when changes are not marked."""
        if not (self.mark.isEnabled() and self.mark.isChecked()):
            return None
        data = self.against.currentData()
        return Path(str(data)) if data else None

    def complete(self) -> bool:
        """Marking changes needs a version to mark them against."""
        return not (self.mark.isEnabled() and self.mark.isChecked()) or (
            self.against_path() is not None
        )

    def record_description(self) -> str | None:
        """The description of the version to record; None when it is not recorded."""
        return self.description.text().strip() if self.record.isChecked() else None

    def add_file(self, path: Path) -> None:
        """Compare with the agreement file `path` (listed after the saved versions)."""
        index = self.against.findData(str(path))
        if index < 0:
            self.against.addItem(str(path), str(path))
            index = self.against.count() - 1
        self.against.setCurrentIndex(index)
        self.mark.setChecked(True)

    def _browse(self) -> None:
        chosen = self._choose_file() if self._choose_file is not None else ""
        if chosen:
            self.add_file(Path(chosen))

    def _update(self, *_: object) -> None:
        marking = self.mark.isEnabled() and self.mark.isChecked()
        self.against.setEnabled(marking)
        self.browse.setEnabled(self.mark.isEnabled())
        self.description.setEnabled(self.record.isChecked())
