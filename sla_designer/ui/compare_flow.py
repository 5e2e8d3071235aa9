"""File › Compare with…: the open agreement against one of its saved versions or another file.

The Compare panel (a dock beside the findings) lists what changed since that version, in the
contract's words, and follows the open agreement: shortly after each edit, while it is shown.
The version compared with is read once; its contract's clauses are worked out once. Opening
another agreement ends the comparison.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget

from sla_designer.model.paths import FieldPath
from sla_designer.text import texts
from sla_designer.text.formats import formatter
from sla_designer.text.values import problem_text
from sla_designer.ui.compare_panel import ComparePanel
from sla_designer.ui.i18n import current_language
from sla_designer.ui.steps import step_of_path

if TYPE_CHECKING:
    from sla_designer.io.versions import SavedVersion
    from sla_designer.model import Agreement
    from sla_designer.ui.main_window import MainWindow
    from sla_designer.versions.places import DocumentPlaces

COMPARE_HEIGHT = 260
REFRESH_MS = 400
"""How long after the last edit the comparison is worked out again."""


class CompareFlow(QObject):
    """The Compare panel of one window, what it compares with, and the command that opens it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = ComparePanel()
        self.dock = QDockWidget(window)
        self.dock.setObjectName("compare")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.findings_dock, self.dock)
        self.dock.hide()
        self.baseline: Agreement | None = None
        self.baseline_name = ""
        self.chosen: tuple[str, str] | None = None
        """('version', its version) or ('file', its path): what is compared with."""
        self._places: DocumentPlaces | None = None
        self._versions: list[SavedVersion] = []
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        window.document.changed.connect(self._changed)
        window.document.reset.connect(self.close_comparison)
        self.dock.visibilityChanged.connect(self._shown)
        self.panel.field_requested.connect(self.open_field)
        self.panel.source_chosen.connect(self._chosen)
        self.retranslate()

    # --- what to compare with ------------------------------------------------------------------

    def saved_versions(self) -> list[SavedVersion]:
        """The open agreement's saved versions whose copy is there, newest first."""
        from sla_designer.io.versions import saved_versions

        document = self.window.document
        found = saved_versions(document.agreement, document.file_path)
        return [v for v in reversed(found) if v.exists]

    def compare_dialog(self) -> bool:
        """File › Compare with…: the panel, comparing with the newest saved version when nothing
        was chosen yet, else with a file the user picks; False when there is nothing to show."""
        if not self.window.editing():
            return False
        self.fill_chooser()
        if self.baseline is None:
            if self._versions:
                return self.compare_with_version(self._versions[0])
            return self.browse()
        self._show()
        return True

    def browse(self) -> bool:
        """Ask for an agreement file and compare with it."""
        file_path = self.window.document.file_path
        folder = str(file_path.parent) if file_path else ""
        chosen = self.window.prompter.open_compare_path(folder)
        return bool(chosen) and self.compare_with_file(Path(chosen))

    def compare_with_file(self, path: Path) -> bool:
        """Compare the open agreement with the agreement in `path`."""
        from sla_designer.io import LoadError, load_agreement

        try:
            agreement = load_agreement(path)
        except (LoadError, OSError) as error:
            self._cannot_read(error)
            return False
        self.chosen = ("file", str(path))
        self._set_baseline(agreement, path.name)
        return True

    def compare_with_version(self, saved: SavedVersion) -> bool:
        """Compare the open agreement with one of its saved versions."""
        from sla_designer.io import LoadError

        try:
            agreement = saved.load()
        except (LoadError, OSError) as error:
            self._cannot_read(error)
            return False
        self.chosen = ("version", saved.revision.version)
        self._set_baseline(agreement, self.version_name(saved))
        return True

    def version_name(self, saved: SavedVersion) -> str:
        """'version 1.2 of 1 Mar 2027', in the interface language."""
        language = current_language()
        date = formatter(language).short_date(saved.revision.date)
        return texts(language)("versions.version", version=saved.revision.version, date=date)

    def fill_chooser(self) -> None:
        """The saved versions, then the file compared with (if one is), then "Another file…"."""
        self._versions = self.saved_versions()
        chooser = self.panel.chooser
        chooser.blockSignals(True)
        chooser.clear()
        current = -1
        for saved in self._versions:
            if self.chosen == ("version", saved.revision.version):
                current = chooser.count()
            chooser.addItem(self.version_name(saved), ("version", saved.revision.version))
        if self.chosen is not None and self.chosen[0] == "file":
            current = chooser.count()
            chooser.addItem(Path(self.chosen[1]).name, self.chosen)
        chooser.addItem(self.tr("Another file…"), ("browse", ""))
        chooser.setCurrentIndex(current if current >= 0 else chooser.count() - 1)
        chooser.blockSignals(False)

    def _chosen(self, row: int) -> None:
        kind, value = self.panel.chooser.itemData(row) or ("browse", "")
        if kind == "version":
            saved = next((v for v in self._versions if v.revision.version == value), None)
            if saved is not None:
                self.compare_with_version(saved)
        elif kind == "file":
            self.compare_with_file(Path(value))
        else:
            self.browse()
        self.fill_chooser()

    def _cannot_read(self, error: Exception) -> None:
        self.window.prompter.error(
            self.tr("Cannot compare"), problem_text(error, current_language())
        )

    # --- the comparison ------------------------------------------------------------------------

    def _set_baseline(self, agreement: Agreement, name: str) -> None:
        from sla_designer.versions.places import document_places

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.baseline, self.baseline_name = agreement, name
            self._places = document_places(agreement)
            self.fill_chooser()
            self.refresh()
        finally:
            QApplication.restoreOverrideCursor()
        self._show()

    def refresh(self) -> None:
        """Compare again with the open agreement as it is now."""
        from sla_designer.versions.words import compare

        self.timer.stop()
        self._dirty = False
        if self.baseline is None:
            self.panel.show_comparison(None, "")
            return
        agreement = self.window.document.agreement
        comparison = compare(self.baseline, agreement, current_language(), self._places)
        self.panel.show_comparison(comparison, self.baseline_name)

    def _changed(self, *_: object) -> None:
        if self.baseline is None:
            return
        if self.dock.isVisible():
            self.timer.start()
        else:
            self._dirty = True

    def _shown(self, visible: bool) -> None:
        if visible and self._dirty:
            self.refresh()

    def _show(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.window.resizeDocks([self.dock], [COMPARE_HEIGHT], Qt.Orientation.Vertical)
        self.panel.table.setFocus()

    def open_field(self, path: FieldPath) -> None:
        """Show the step of a change's field and focus it, as the review panel does."""
        self.window.go_to_path(path, step_of_path(path).key)

    def close_comparison(self) -> None:
        """Another agreement was opened: what it would be compared with is not known."""
        self.timer.stop()
        self.baseline, self.baseline_name, self.chosen, self._places = None, "", None, None
        self.panel.show_comparison(None, "")
        self.dock.hide()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Compare"))
        self.panel.retranslate()
        if self.baseline is not None:
            for saved in self._versions:
                if self.chosen == ("version", saved.revision.version):
                    self.baseline_name = self.version_name(saved)
            self.fill_chooser()
            self.refresh()
