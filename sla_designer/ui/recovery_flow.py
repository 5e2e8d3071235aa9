"""A window's unsaved work kept safe: autosave to its recovery file, restore after a crash.

The files themselves are ui.recovery's; this is when they are written, cleared and offered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from sla_designer.ui.document import AgreementDocument
from sla_designer.ui.recovery import RecoveryStore

if TYPE_CHECKING:
    from sla_designer.ui.prompts import Prompter

AUTOSAVE_MS = 30_000
"""The longest unsaved work can go without a recovery copy, even while the user keeps typing."""
SETTLE_MS = 3_000
"""An edit is copied this long after the last one: a pause in the editing is saved at once."""


class RecoveryFlow(QObject):
    """Autosaves `document` `settle_ms` after its last change, and at least every `autosave_ms`
    while it has unsaved changes (when the changes never pause).

    `prompter` gives the window's prompter when the restore offer is due.
    """

    restored = Signal(object, object)
    """Recovered work to edit: the agreement, and the file it came from (None: never saved)."""

    def __init__(
        self,
        store: RecoveryStore,
        document: AgreementDocument,
        prompter: Callable[[], Prompter],
        autosave_ms: int = AUTOSAVE_MS,
        parent: QObject | None = None,
        *,
        settle_ms: int = SETTLE_MS,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._document = document
        self._prompter = prompter
        self.timer = QTimer(self)
        self.timer.setInterval(autosave_ms)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setTimerType(Qt.TimerType.PreciseTimer)
        self.settle.setInterval(settle_ms)
        self.settle.timeout.connect(self.autosave)
        # Every edit, undo and redo restarts the wait: a single shot once the editing pauses.
        document.changed.connect(self.settle.start)

    def autosave(self) -> None:
        """Keep a recovery copy of unsaved work (nothing when everything is saved)."""
        if self._document.modified:
            self.store.write(self._document.agreement, self._document.file_path)

    def clear(self) -> None:
        """The work was saved, discarded or replaced: nothing of it to recover."""
        self.store.clear()

    def restore(self) -> bool:
        """Offer to restore work a crashed editor left; True when something was restored.

        Each recovered agreement is offered in turn until one is restored: a declined one is
        deleted, and those not offered yet stay for the next start (a window edits only one).
        """
        for recovered in self.store.left_behind():
            if self._prompter().offer_restore(recovered.describe()):
                recovered.discard()
                self.restored.emit(recovered.agreement, recovered.file_path)
                # The restored work is not saved yet: one step the user can undo or save.
                self._document.undo_stack.resetClean()
                self.autosave()
                return True
            recovered.discard()
        return False
