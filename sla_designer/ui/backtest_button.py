"""The button of the Metrics and Review steps that opens their window's Back-test panel
(View › Back-test on ticket history…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton


def backtest_row() -> QHBoxLayout:
    """A row with the button that opens the Back-test panel."""
    row = QHBoxLayout()
    row.addWidget(backtest_button())
    row.addStretch(1)
    return row


def backtest_button() -> QPushButton:
    """The Metrics and Review steps' button that opens the Back-test panel of their window."""
    button = QPushButton(QCoreApplication.translate("Backtest", "Back-test on ticket history…"))
    button.setObjectName("backtest")
    button.setToolTip(
        QCoreApplication.translate(
            "Backtest",
            "Run the time targets over a help desk's ticket history, to see which windows "
            "would have missed their objective (Ctrl+Shift+B)",
        )
    )

    def open_panel() -> None:
        flow = getattr(button.window(), "backtest", None)
        if flow is not None:
            flow.open_panel()

    button.clicked.connect(open_panel)
    return button
