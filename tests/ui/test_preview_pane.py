# mypy: disable-error-code="no-untyped-call"
"""The live preview: re-rendered after edits, scrolled to the step's clause, remembered."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtWidgets import QLineEdit, QTextBrowser
from pytestqt.qtbot import QtBot

from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.preview_pane import step_anchor
from sla_designer.ui.steps import STEPS
from tests.ui.ui_helpers import WindowFactory, go


def anchor_block(browser: QTextBrowser, anchor: str) -> QTextBlock:
    """The paragraph that carries the id `anchor`."""
    block = browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            if anchor in fragments.fragment().charFormat().anchorNames():
                return block
            fragments += 1
        block = block.next()
    raise AssertionError(f"no block carries {anchor!r}")


def top_of_viewport(browser: QTextBrowser) -> QTextBlock:
    return browser.cursorForPosition(browser.viewport().rect().topLeft()).block()


def at_top(browser: QTextBrowser, block: QTextBlock) -> bool:
    """Whether `block` starts at the top of the view (also in a table's cell)."""
    cursor = QTextCursor(block)
    return 0 <= browser.cursorRect(cursor).top() < 30


def opened(qtbot: QtBot, make_window: WindowFactory, template: str) -> MainWindow:
    window = make_window()
    assert window.files.new_from(template)
    assert window.preview_dock.isVisible()
    qtbot.waitUntil(lambda: window.preview.renders > 0, timeout=10_000)
    return window


def test_the_preview_shows_a_new_title_after_typing_it(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = opened(qtbot, make_window, "saas-availability")
    text = window.preview.browser.toPlainText()
    assert "Parties and term" in text
    assert "Orbital Widgets" not in text
    title = window.pages["agreement"].forms[0].editor("title")
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Orbital Widgets hosting agreement")
    qtbot.waitUntil(
        lambda: "Orbital Widgets hosting agreement" in window.preview.browser.toPlainText(),
        timeout=10_000,
    )


def test_selecting_a_step_scrolls_to_its_clause_and_edits_keep_the_place(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = opened(qtbot, make_window, "saas-availability")
    browser = window.preview.browser
    go(window, "remedies")
    assert window.preview.anchor == "sec-remedies"
    remedies = anchor_block(browser, "sec-remedies")
    assert "Service credits and remedies" in remedies.text()
    assert browser.verticalScrollBar().value() > 0
    assert top_of_viewport(browser).blockNumber() == remedies.blockNumber()

    # An edit re-renders the text; the reader is not thrown back to the top.
    renders = window.preview.renders
    window.document.set_value(("title",), "Another title")
    qtbot.waitUntil(lambda: window.preview.renders > renders, timeout=10_000)
    assert "Another title" in browser.toPlainText()
    assert top_of_viewport(browser).blockNumber() == remedies.blockNumber()
    assert browser.verticalScrollBar().value() > 0

    go(window, "agreement")
    assert (
        top_of_viewport(browser).blockNumber() == anchor_block(browser, "sec-parties").blockNumber()
    )


def test_each_step_has_a_clause_in_the_preview(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = opened(qtbot, make_window, "saas-availability")
    for step in STEPS:
        anchor_block(window.preview.browser, step_anchor(step.key))
    assert step_anchor("review") == "sec-signing"
    assert step_anchor("escalation") == "sec-escalation"


def test_the_preview_follows_the_document_language(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = opened(qtbot, make_window, "saas-availability")
    assert "Pelo presente instrumento particular" not in window.preview.browser.toPlainText()
    window.document.set_value(("language",), "pt-BR")
    qtbot.waitUntil(
        lambda: "Pelo presente instrumento particular" in window.preview.browser.toPlainText(),
        timeout=10_000,
    )


def test_a_closed_preview_stays_closed_and_is_remembered(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = opened(qtbot, make_window, "saas-availability")
    window.preview_dock.toggleViewAction().trigger()
    assert not window.preview_dock.isVisible()
    renders = window.preview.renders
    window.document.set_value(("title",), "Edited while closed")
    assert not window.preview.timer.isActive()
    assert window.preview.renders == renders

    # Shown again, it catches up with the edit made while it was closed.
    window.preview_dock.toggleViewAction().trigger()
    qtbot.waitUntil(
        lambda: "Edited while closed" in window.preview.browser.toPlainText(), timeout=10_000
    )
    window.preview_dock.toggleViewAction().trigger()

    # The next window opens its agreement with the preview closed, as it was left.
    second = make_window(pid=1_000_002)
    assert second.files.new_from("saas-availability")
    assert not second.preview_dock.isVisible()
    assert second.settings.value("view/preview", True, type=bool) is False


def test_closing_the_window_does_not_close_the_preview_of_the_next_one(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = opened(qtbot, make_window, "saas-availability")
    assert window.preview_dock.isVisible()
    window.document.undo_stack.setClean()
    window.close()  # its docks are hidden with it: not the user closing the preview
    assert not window.preview_dock.isVisible()

    second = make_window(pid=1_000_002)
    assert second.files.new_from("saas-availability")
    assert second.preview_dock.isVisible()


def test_the_preview_follows_the_chosen_metric_and_priority(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = opened(qtbot, make_window, "contact-centre")
    browser = window.preview.browser
    agreement = window.document.agreement
    metrics = go(window, "metrics").sections[0]
    metrics.select_row(0)
    for row in (5, 2):
        metrics.select_row(row)
        block = anchor_block(browser, f"item:metrics[{row}]")
        assert agreement.metrics[row].name in block.text()
        assert at_top(browser, block)
    # Working in a target of the metric keeps the preview on the metric's clause or the target.
    targets = metrics.children_sections[0]
    metrics.select_row(4)  # a response time, with targets
    assert window.preview.item == ("metrics", 4)  # not its first target, chosen with it
    targets.table.setFocus()
    qtbot.waitUntil(targets.table.hasFocus)
    targets.select_row(1)
    assert window.preview.item == ("metrics", 4, "targets", 1)
    assert window.preview.item_anchor(window.preview.item) is not None

    priorities = go(window, "priorities").sections[0]
    assert window.preview.item is None  # a new step starts at its clause
    priorities.select_row(2)
    block = anchor_block(browser, "item:priorities[2]")
    assert block.text() == agreement.priorities[2].name  # its row of the priorities' table
    assert at_top(browser, block)
    # The place is kept when an edit renders the text again.
    renders = window.preview.renders
    window.document.set_value(("title",), "Another title")
    qtbot.waitUntil(lambda: window.preview.renders > renders, timeout=10_000)
    assert at_top(browser, anchor_block(browser, "item:priorities[2]"))


def test_headings_keep_the_document_s_proportions(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = opened(qtbot, make_window, "saas-availability")
    browser = window.preview.browser
    heading = anchor_block(browser, "sec-remedies")
    body = heading.next()
    while body.isValid() and (body.blockFormat().headingLevel() or not body.text().strip()):
        body = body.next()
    heading_size = heading.begin().fragment().charFormat().font().pointSizeF()
    body_size = body.begin().fragment().charFormat().font().pointSizeF()
    # Word: body 10.5 pt, first-level headings 13 pt (a browser's h1 would be twice the body).
    assert abs(heading_size / body_size - 13 / 10.5) < 0.02
