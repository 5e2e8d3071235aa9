"""The back-test's suggested target for the metric and priority shown, and the button that
applies it to the agreement (one undo step, made by `BacktestFlow.apply_suggestion`).

The words are the command line's (`backtest.suggestions` of the text layer): the target now
and the windows it met, the tickets and their percentiles, and the suggestion.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from sla_designer.backtest.suggest import Suggestion
from sla_designer.text import texts
from sla_designer.text.formats import formatter
from sla_designer.ui.i18n import current_language, duration_text


def suggestion_text(item: Suggestion, metric_name: str) -> str:
    """One suggestion in the interface language, as the command line writes it."""
    language = current_language()
    say = texts(language)
    fmt = formatter(language)
    ranks = ", ".join(
        f"{fmt.percentile(rank)} {duration_text(dt.timedelta(microseconds=value))}"
        for rank, value in item.percentiles
    )
    if not item.windows:
        verdict = say("backtest.suggestions.no_windows")
    elif item.suggested is None:
        verdict = say("backtest.suggestions.nothing", count=item.windows, needed=item.needed)
    else:
        verdict = say(
            "backtest.suggestions.suggested",
            count=item.windows,
            target=item.suggested.text(language),
            written=str(item.suggested),
            met=item.met_suggested,
        )
    return say(
        "backtest.suggestions.row",
        metric=metric_name,
        scope=item.priority or say("backtest.all_priorities"),
        current=item.current.text(language),
        count=item.tickets,
        percentiles=ranks or "-",
        met=item.met_now,
        windows=item.windows,
        verdict=verdict,
    )


class SuggestionRow(QWidget):
    """The suggestions of one metric and priority, each with its Apply button."""

    apply_requested = Signal(object)
    """The Suggestion to apply."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("suggestions")
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("suggestion")
        self.label.setWordWrap(True)
        self.apply = QPushButton()
        self.apply.setObjectName("apply-suggestion")
        self.apply.clicked.connect(self._apply)
        self.layout_.addWidget(self.label, 1)
        self.layout_.addWidget(self.apply)
        self.shown: Suggestion | None = None
        self.show_suggestion(None, "")

    def show_suggestion(self, item: Suggestion | None, metric_name: str) -> None:
        self.shown = item
        self.apply.setText(QCoreApplication.translate("Backtest", "Apply suggested target"))
        self.apply.setAccessibleName(
            QCoreApplication.translate("Backtest", "Apply suggested target")
        )
        self.label.setText(suggestion_text(item, metric_name) if item is not None else "")
        self.apply.setEnabled(item is not None and item.changes)
        self.setVisible(item is not None)

    def _apply(self) -> None:
        if self.shown is not None:
            self.apply_requested.emit(self.shown)
