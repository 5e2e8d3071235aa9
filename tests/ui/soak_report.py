"""What a soak walk (tests/ui/soak_walk.py) did and found, and the watch it keeps on Qt's
warnings and on exceptions raised in slots while it walks."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from sla_designer.ui.steps import STEPS

IGNORED_MESSAGES = ("propagateSizeHints",)
"""Qt messages of the offscreen test platform, not of the editor."""


@dataclass
class SoakReport:
    """What a walk did and what it found."""

    seed: int
    edits: int = 0
    refused: int = 0
    actions: Counter[str] = field(default_factory=Counter)
    steps: Counter[str] = field(default_factory=Counter)
    """Edits made on each step's page."""
    problems: list[str] = field(default_factory=list)
    repeated: Counter[str] = field(default_factory=Counter)
    """Problems of the same kind after the first, by kind (listed once only)."""
    seconds: float = 0.0

    def found(self, kind: str) -> None:
        """A problem of the walk; one seen before is counted, not listed again."""
        if any(problem.endswith(f": {kind}") for problem in self.problems):
            self.repeated[kind] += 1
        else:
            self.problems.append(f"edit {self.edits}: {kind}")

    def summary(self) -> str:
        done = ", ".join(f"{name} {count}" for name, count in sorted(self.actions.items()))
        rate = self.edits / self.seconds if self.seconds else 0.0
        return (
            f"seed {self.seed}: {self.edits} edits in {self.seconds:.1f} s ({rate:.0f} edits/s), "
            f"{self.refused} refused, on {len(self.steps)} of {len(STEPS)} steps; {done}; "
            f"problems: {len(self.problems)} (and {self.repeated.total()} repeats)"
        )


@contextmanager
def watched(report: SoakReport) -> Iterator[None]:
    """Record Qt warnings and exceptions raised in slots as problems of the walk."""

    def on_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if not quiet and not any(ignored in message for ignored in IGNORED_MESSAGES):
            report.found(f"Qt says: {message}")

    def on_exception(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        report.found(f"{kind.__name__} in a slot: {error}")
        sys.__excepthook__(kind, error, trace)

    previous_handler = qInstallMessageHandler(on_message)
    previous_hook = sys.excepthook
    sys.excepthook = on_exception
    try:
        yield
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
