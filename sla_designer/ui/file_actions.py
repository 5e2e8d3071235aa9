"""Files: new, open, save, save as, recent files, and the unsaved-changes prompt.

A file that fails to load shows its one-line error; the agreement that was open stays open.
The file format (sla_designer.io) is imported when a file is first read or written: a window
opened on a file read in advance (sla_designer.preload) is shown without it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Signal

from sla_designer.model import Agreement
from sla_designer.text.values import problem_text
from sla_designer.ui.document import AgreementDocument
from sla_designer.ui.i18n import current_language

if TYPE_CHECKING:
    from sla_designer.ui.prompts import Prompter

MAX_RECENT = 8
RECENT_KEY = "files/recent"


def interface_territory() -> str:
    """The country the interface stands for: Brazil for the Portuguese interface, else the
    system locale's country ('' when it names none)."""
    if current_language() == "pt-BR":
        return "BR"
    territory = QLocale.system().territory()
    if territory == QLocale.Country.AnyTerritory:
        return ""
    return QLocale.territoryToCode(territory)


def default_zone() -> str:
    """The time zone a new calendar takes: the interface country's (UTC when it is unknown)."""
    from sla_designer.text.zones import territory_zone

    territory = interface_territory()
    return territory_zone(territory) if territory else "UTC"


def blank_agreement() -> Agreement:
    """A new agreement with nothing filled in but sensible defaults: written in the interface
    language, in the currency of the interface's country (USD when it is unknown)."""
    from sla_designer.text.currencies import territory_currency

    territory = interface_territory()
    currency = territory_currency(territory) if territory else "USD"
    return Agreement(title="", language=current_language(), currency=currency)


def display_name(path: Path | None) -> str:
    """How the window and its questions name the agreement of `path` (None: not saved yet)."""
    return path.name if path else QCoreApplication.translate("MainWindow", "Untitled")


def recent_label(path: str | Path) -> str:
    """How a recent file is listed: its name, then its folder ('agreement.yaml — ~/Contracts'),
    the home folder written '~' so that the part that differs shows."""
    file = Path(path)
    folder = file.parent
    home = Path.home()
    if folder == home or home in folder.parents:
        shown = str(Path("~") / folder.relative_to(home)) if folder != home else "~"
    else:
        shown = str(folder)
    return f"{file.name} — {shown}"


def saved_notice(path: Path) -> str:
    """The status bar's word that `path` was saved."""
    return QCoreApplication.translate("FileActions", "Saved %1").replace("%1", str(path))


class FileActions(QObject):
    """The file commands of one window; what follows from them is told by signals.

    `prompter` gives the window's prompter when a question is due: the message boxes and file
    dialogs are loaded only then.
    """

    opened = Signal(object, object)
    """An agreement to edit, and the file it was read from (None for a new one)."""
    saved = Signal(object)
    """The document was written to this path."""
    recent_changed = Signal()
    """The list of recent files changed."""

    def __init__(
        self,
        document: AgreementDocument,
        prompter: Callable[[], Prompter],
        settings: QSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._prompter = prompter
        self.settings = settings

    @property
    def prompter(self) -> Prompter:
        return self._prompter()

    # --- recent files ------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        items: list[object] = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
        return [str(item) for item in items if item]

    def remember(self, path: Path) -> None:
        text = str(path.resolve())
        recent = [text] + [p for p in self.recent_files() if p != text]
        self.settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
        self.recent_changed.emit()

    def forget(self, path: Path) -> None:
        """Drop a file from the recent list (it was moved or deleted)."""
        recent = [p for p in self.recent_files() if p not in (str(path), str(path.resolve()))]
        self.settings.setValue(RECENT_KEY, recent)
        self.recent_changed.emit()

    def open_recent(self, path: Path) -> bool:
        """Open a recent file; one that no longer exists is reported and leaves the list."""
        if not path.is_file():
            self.prompter.error(
                QCoreApplication.translate("FileActions", "Cannot open the agreement"),
                QCoreApplication.translate("FileActions", "%1: the file no longer exists").replace(
                    "%1", str(path)
                ),
            )
            self.forget(path)
            return False
        return self.open_path(path)

    # --- new and open ------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels."""
        if not self.document.modified:
            return True
        choice = self.prompter.ask_save_changes(display_name(self.document.file_path))
        if choice == "save":
            return self.save()
        return choice == "discard"

    def new_from(self, template: str) -> bool:
        """Start a new agreement, blank ('') or from a starter template."""
        if not self.maybe_save():
            return False
        from sla_designer.catalog import load_template
        from sla_designer.io import LoadError

        try:
            agreement = load_template(template) if template else blank_agreement()
        except (LoadError, OSError) as error:
            self.prompter.error(
                QCoreApplication.translate("FileActions", "Cannot use the template"),
                problem_text(error, current_language()),
            )
            return False
        self.opened.emit(agreement, None)
        return True

    def open_dialog(self) -> bool:
        folder = str(self.document.file_path.parent) if self.document.file_path else ""
        path = self.prompter.open_path(folder)
        return bool(path) and self.open_path(Path(path))

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open an agreement file; on failure the current agreement stays as it was."""
        if ask and not self.maybe_save():
            return False
        from sla_designer.io import LoadError, load_agreement

        try:
            agreement = load_agreement(path)
        except LoadError as error:
            self.prompter.error(
                QCoreApplication.translate("FileActions", "Cannot open the agreement"),
                problem_text(error, current_language()),
            )
            return False
        except OSError as error:
            self.prompter.error(
                QCoreApplication.translate("FileActions", "Cannot open the agreement"),
                f"{path}: {error.strerror}",
            )
            return False
        self.show_opened(agreement, path)
        return True

    def show_opened(self, agreement: Agreement, path: Path) -> None:
        """Edit an agreement read from `path`, and list the file among the recent ones."""
        self.opened.emit(agreement, path)
        self.remember(path)

    # --- save --------------------------------------------------------------------------------

    def save(self) -> bool:
        path = self.document.file_path
        return self.save_to(path) if path else self.save_as()

    def save_as(self) -> bool:
        suggestion = self.document.file_path or Path.home() / _file_stem(self.document.agreement)
        path = self.prompter.save_path(str(suggestion))
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() not in (".yaml", ".yml"):
            # Append, never replace: "acme.v2" is saved as "acme.v2.yaml". The file dialog only
            # confirmed overwriting the name it returned, so a file with the new name is asked
            # about here.
            target = target.with_name(target.name + ".yaml")
            if target.exists() and not self.prompter.confirm_overwrite([target]):
                return False
        return self.save_to(target)

    def save_to(self, path: Path) -> bool:
        from sla_designer.io import SaveError, save_agreement

        try:
            save_agreement(self.document.agreement, path)
        except (SaveError, OSError) as error:
            self.prompter.error(
                QCoreApplication.translate("FileActions", "Cannot save the agreement"),
                problem_text(error, current_language()),
            )
            return False
        self.document.mark_saved(path)
        self.saved.emit(path)
        self.remember(path)
        return True


def _file_stem(agreement: Agreement) -> str:
    base = agreement.reference or agreement.title or "agreement"
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in base).strip("-")
    return f"{safe or 'agreement'}.yaml"
