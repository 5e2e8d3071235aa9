"""One page per step of the guided editor, each built the first time it is needed.

Building all eleven pages costs more than the rest of start-up together, and a user opening a
file sees one of them; the others are made when the user (or findings navigation) goes there.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from sla_designer.ui.document import AgreementDocument
from sla_designer.ui.list_section import ListSection
from sla_designer.ui.pages.base import Page
from sla_designer.ui.steps import STEPS

Selection = list[tuple[int, "Selection"]]
"""The chosen row of each list section of a page, with the rows chosen in its nested lists."""


def _selection(sections: list[ListSection]) -> Selection:
    return [(s.current_row(), _selection(s.children_sections)) for s in sections]


def _reselect(sections: list[ListSection], selection: Selection) -> None:
    # Parents first: choosing a parent's row fills its nested lists, then their rows are chosen.
    for section, (row, nested) in zip(sections, selection, strict=False):
        if row >= 0:
            section.select_row(row)
        _reselect(section.children_sections, nested)


def build_page(document: AgreementDocument, key: str) -> Page:
    """The page of the step `key`."""
    # Each step key names its module, which has STEP and build(document).
    module = importlib.import_module(f"sla_designer.ui.pages.{key}")
    page = module.build(document)
    assert isinstance(page, Page)
    return page


class PageStack(QStackedWidget):
    """The pages by step key, in step order; `stack[key]` builds a page on first use.

    Each step has a placeholder slot from the start, so indexes always match the navigator.
    """

    page_built = Signal(str, object)
    """A step key and its page, just made."""

    def __init__(self, document: AgreementDocument) -> None:
        super().__init__()
        self._document = document
        self._built: dict[str, Page] = {}
        self._selections: dict[str, Selection] = {}
        """Rows chosen on pages that were rebuilt, given back when each is made again."""
        for _ in STEPS:
            self.addWidget(QWidget())

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            page = build_page(self._document, key)
            index = [s.key for s in STEPS].index(key)
            placeholder = self.widget(index)
            current = self.currentIndex()
            self.insertWidget(index, page)
            if placeholder is not None:
                self.removeWidget(placeholder)
                placeholder.deleteLater()
            self.setCurrentIndex(current)
            self._built[key] = page
            _reselect(page.sections, self._selections.pop(key, []))
            self.page_built.emit(key, page)
        return page

    def __iter__(self) -> Iterator[str]:
        return (s.key for s in STEPS)

    def __len__(self) -> int:
        return len(STEPS)

    def built(self) -> dict[str, Page]:
        """The pages made so far."""
        return dict(self._built)

    def rebuild(self) -> None:
        """Make the built pages again (after a change of language), keeping the step shown."""
        current = self.currentIndex()
        for key, page in self._built.items():
            self._selections[key] = _selection(page.sections)
            index = [s.key for s in STEPS].index(key)
            self.insertWidget(index, QWidget())
            self.removeWidget(page)
            page.deleteLater()
        self._built.clear()
        self.show_step(current)

    def show_step(self, row: int) -> None:
        """Show the page of the step at `row`, building it if needed."""
        if 0 <= row < len(STEPS):
            page = self[STEPS[row].key]
            self.setCurrentWidget(page)
