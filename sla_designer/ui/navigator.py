"""The step navigator: one entry per step with its state (complete, warnings, errors)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QStyle

from sla_designer.ui.steps import STEPS


def state_text(counts: dict[str, int]) -> str:
    """'2 errors, 1 warning', or 'complete'."""
    parts = []
    for severity in ("error", "warning"):
        n = counts.get(severity, 0)
        if n:
            parts.append(f"{n} {severity}{'s' if n != 1 else ''}")
    return ", ".join(parts) or "complete"


class StepNavigator(QListWidget):
    """Lists the steps; the current row is the page shown."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("steps")
        self.setIconSize(QSize(16, 16))
        self.setSpacing(2)
        for number, step in enumerate(STEPS, start=1):
            item = QListWidgetItem(f"{number}. {step.title}")
            self.addItem(item)
        self.setMinimumWidth(230)
        self.setCurrentRow(0)

    def show_counts(self, counts: dict[str, dict[str, int]]) -> None:
        """Put each step's state next to its title."""
        style = QApplication.style()
        for row, step in enumerate(STEPS):
            item = self.item(row)
            step_counts = counts.get(step.key, {})
            text = state_text(step_counts)
            item.setText(f"{row + 1}. {step.title}\n     {text}")
            item.setToolTip(f"{step.title}: {text}")
            if step_counts.get("error"):
                icon = QStyle.StandardPixmap.SP_MessageBoxCritical
            elif step_counts.get("warning"):
                icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            else:
                icon = QStyle.StandardPixmap.SP_DialogApplyButton
            item.setIcon(style.standardIcon(icon))
