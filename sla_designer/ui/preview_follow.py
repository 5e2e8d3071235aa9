"""The preview follows the item being edited: choosing a metric, a priority or a credit schedule
(or working in its fields) scrolls the preview to where the contract writes it.

Each list section of a page says which item is chosen; the follower listens to every section of
every page as the page is made, and to the focus moving into a section's form.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from sla_designer.ui.list_section import ListSection
from sla_designer.ui.pages import PageStack
from sla_designer.ui.pages.base import Page
from sla_designer.ui.preview_pane import PreviewPane


class PreviewFollower(QObject):
    """Tells `preview` which item the user chose or works in, on any page of `pages`."""

    def __init__(self, pages: PageStack, preview: PreviewPane, parent: QObject) -> None:
        super().__init__(parent)
        self._preview = preview
        pages.page_built.connect(self._page_built)
        for key, page in pages.built().items():
            self._page_built(key, page)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _page_built(self, _key: str, page: Page) -> None:
        for section in page.findChildren(ListSection):
            selection = section.table.selectionModel()
            selection.currentRowChanged.connect(partial(self._chosen, section))

    def _chosen(self, section: ListSection, *_: object) -> None:
        # A page not on screen (being made, or refilled after an undo elsewhere) is not what
        # the user is looking at; nor is the first target a metric's targets show when the
        # metric is chosen: a list inside an item is followed when the user works in it.
        if not section.isVisible():
            return
        focus = QApplication.focusWidget()
        inside = focus is not None and section.isAncestorOf(focus)
        if _enclosing_section(section) is not None and not inside:
            return
        self._preview.follow(section.current_path())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        section = _enclosing_section(new)
        if section is not None:
            self._preview.follow(section.current_path())


def _enclosing_section(widget: QWidget | None) -> ListSection | None:
    """The list section around `widget` (not `widget` itself)."""
    parent = widget.parentWidget() if widget is not None else None
    while parent is not None and not isinstance(parent, ListSection):
        parent = parent.parentWidget()
    return parent
