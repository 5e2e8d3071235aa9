"""The step navigator: one entry per step with its state (not started, complete, findings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from sla_designer.text import texts
from sla_designer.ui.i18n import current_language, label
from sla_designer.ui.icons import standard_icon
from sla_designer.ui.steps import STEPS


def state_text(counts: dict[str, int], started: bool = True) -> str:
    """'not started' for an untouched step, then '2 errors, 1 warning'; or 'complete'."""
    parts = [] if started else [QCoreApplication.translate("StepNavigator", "not started")]
    words = texts(current_language()).section("terms.counts")
    for severity in ("error", "warning"):
        if counts.get(severity, 0):
            parts.append(words(severity, count=counts[severity]))
    return ", ".join(parts) or QCoreApplication.translate("StepNavigator", "complete")


class StepNavigator(QListWidget):
    """Lists the steps; the current row is the page shown."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("steps")
        self.setIconSize(QSize(16, 16))
        self.setSpacing(2)
        for _step in STEPS:
            self.addItem(QListWidgetItem())
        self.retranslate()
        self.setMinimumWidth(230)
        self.setCurrentRow(0)

    def retranslate(self) -> None:
        """Step titles in the interface language (states come with the next `show_counts`)."""
        self.setAccessibleName(QCoreApplication.translate("StepNavigator", "Steps"))
        for number, step in enumerate(STEPS, start=1):
            title = label(step.title)
            item = self.item(number - 1)
            item.setText(f"{number}. {title}")
            item.setToolTip(f"{title} (Ctrl+{number})" if number < 10 else title)

    def state_of(self, row: int) -> str:
        """The state line shown under the step's title."""
        lines = self.item(row).text().split("\n")
        return lines[1].strip() if len(lines) > 1 else ""

    def show_counts(
        self, counts: dict[str, dict[str, int]], started: dict[str, bool] | None = None
    ) -> None:
        """Put each step's state next to its title."""
        for row, step in enumerate(STEPS):
            item = self.item(row)
            step_counts = counts.get(step.key, {})
            is_started = True if started is None else started.get(step.key, True)
            text = state_text(step_counts, is_started)
            title = label(step.title)
            item.setText(f"{row + 1}. {title}\n     {text}")
            item.setToolTip(f"{title}: {text}")
            if step_counts.get("error"):
                icon = "SP_MessageBoxCritical"
            elif step_counts.get("warning"):
                icon = "SP_MessageBoxWarning"
            elif is_started:
                icon = "SP_DialogApplyButton"
            else:
                # An empty icon keeps the titles aligned without making the step look done.
                item.setIcon(_empty_icon())
                continue
            item.setIcon(standard_icon(icon))


def _empty_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(0, 0, 0, 0))
    return QIcon(pixmap)
