"""Switching the language of an open window without losing the document or its history.

Pages, menus and the welcome screen are rebuilt rather than relabelled one text at a time:
their texts come from tables translated when the widgets are made, and a rebuilt page binds to
the same document and undo stack, so nothing the user did is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sla_designer.ui.menus import build_menus

if TYPE_CHECKING:
    from sla_designer.ui.main_window import MainWindow


def rebuild_menus(window: MainWindow) -> None:
    """Drop the window's menus and actions and build them again in the current language."""
    for old in window.actions():
        window.removeAction(old)
        old.deleteLater()
    for old in (window.menus.undo, window.menus.redo):
        old.deleteLater()
    window.menuBar().clear()
    window.menus = build_menus(window)


def retranslate_window(window: MainWindow) -> None:
    """Show every text of `window` in the language now installed."""
    rebuild_menus(window)
    window.navigator.retranslate()
    window.findings_panel.findings_model.retranslate()
    window.review.retranslate()
    window.compare.retranslate()
    window.backtest.retranslate()
    window.pages.rebuild()
    # The welcome screen is rebuilt on its next showing, like after a change of recent files.
    window.recent_changed()
    window.refresh_texts()
