"""The live preview: the contract text as it will be exported, beside the step being edited.

The HTML comes from the same clauses as the Word document (sla_designer.export.preview). On the
large agreement rendering takes about 25 ms, too long for the GUI thread between keystrokes, so
it runs on a pool thread on a copy of the model, after the user pauses. The export package loads
python-docx, so it is imported there too, the first time the preview is wanted: an editor that
never shows the preview never pays for it.
"""

from __future__ import annotations

import contextlib
import re

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from sla_designer.model import Agreement
from sla_designer.model.paths import format_path
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.steps import STEPS

DEBOUNCE_MS = 300

# Most steps edit one top-level field, whose clause has the id `sec-<field>`; these do not.
_ANCHORS = {"agreement": "sec-parties", "escalation": "sec-escalation", "review": "sec-signing"}


def step_anchor(key: str) -> str:
    """The id of the contract clause that shows what the step `key` edits."""
    if key in _ANCHORS:
        return _ANCHORS[key]
    step = next(s for s in STEPS if s.key == key)
    return f"sec-{min(step.roots)}"


_TAGGED = re.compile(r'<(div|span) data-path="([^"]+)">')
_FIRST_BLOCK = re.compile(r"<(?:h[1-6]|p)\b[^>]*>")
_ITEM_END = re.compile(r"\]")
ITEM_ANCHOR = "item:"
"""Anchors of the items of the agreement in the preview: 'item:metrics[2]'."""


def with_item_anchors(html: str) -> tuple[str, set[str]]:
    """`html` with an anchor where each item of the agreement first shows, and their paths.

    An item is anything a list holds ('metrics[2]', 'metrics[2].targets[0]'). Its place is the
    division the contract writes for it, at its first heading or paragraph, else the first value
    written from it. (Qt's text view drops the data-path attributes: anchors are what it keeps.)
    """
    found: set[str] = set()
    parts: list[str] = []
    last = 0
    for match in _TAGGED.finditer(html):
        element, tag = match.groups()
        names = [tag[: end.end()] for end in _ITEM_END.finditer(tag)]
        if element == "div":
            names = [tag] if tag.endswith("]") else []
        new = [name for name in names if name not in found]
        if not new:
            continue
        found.update(new)
        anchors = "".join(f'<a name="{ITEM_ANCHOR}{name}"></a>' for name in new)
        if element == "div":
            block = _FIRST_BLOCK.search(html, match.end())
            if block is None:
                continue
            parts += [html[last : block.end()], anchors]
            last = block.end()
        else:
            parts += [html[last : match.start()], anchors]
            last = match.start()
    parts.append(html[last:])
    return "".join(parts), found


def sized_as_written(document: QTextDocument) -> None:
    """Headings in the sizes the style sheet gives them (the Word document's).

    Qt's HTML import gives <h1>-<h3> a size step of their own (h1 half as large again as the
    body) on top of any size the style sheet sets; without it the set size holds.
    """
    adjustment = QTextFormat.Property.FontSizeAdjustment
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                style = fragment.charFormat()
                if style.hasProperty(adjustment) and style.hasProperty(
                    QTextFormat.Property.FontPointSize
                ):
                    style.clearProperty(adjustment)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(style)
                fragments += 1
        block = block.next()
    cursor.endEditBlock()


def anchor_positions(document: QTextDocument) -> dict[str, int]:
    """Where each item's anchor is in `document`: {'metrics[2]': position}."""
    found: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            for name in fragment.charFormat().anchorNames():
                if name.startswith(ITEM_ANCHOR):
                    found.setdefault(name.removeprefix(ITEM_ANCHOR), fragment.position())
            fragments += 1
        block = block.next()
    return found


def render(agreement: Agreement) -> str:
    """The preview HTML of `agreement`, in its own language."""
    from sla_designer.export.preview import preview_html

    return preview_html(agreement)


class _Signals(QObject):
    done = Signal(int, str, bool)
    """The render's number, the HTML (or the error's text), whether it succeeded."""


class _RenderJob(QRunnable):
    """Renders one private copy of the agreement on a pool thread."""

    def __init__(self, number: int, agreement: Agreement) -> None:
        super().__init__()
        self.number = number
        self.agreement = agreement
        self.signals = _Signals()

    def run(self) -> None:
        try:
            html = render(self.agreement)
        except Exception as error:  # a half-written agreement must not end the preview
            self._deliver(f"{type(error).__name__}: {error}", False)
            return
        self._deliver(html, True)

    def _deliver(self, text: str, ok: bool) -> None:
        # RuntimeError: the application closed while this render ran; nobody is left to show it.
        with contextlib.suppress(RuntimeError):
            self.signals.done.emit(self.number, text, ok)


_IN_FLIGHT: set[_RenderJob] = set()


class PreviewPane(QWidget):
    """A read-only view of the contract that re-renders after edits and follows the step.

    It renders only while it is visible: hidden, it notes that it is out of date and renders
    when shown. One render runs at a time; edits made meanwhile are rendered once it is done.
    """

    rendered = Signal()
    """New HTML is on screen."""

    def __init__(self, document: AgreementDocument, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__()
        self.setObjectName("preview")
        self._document = document
        self.browser = QTextBrowser()
        self.browser.setObjectName("previewText")
        self.browser.setAccessibleName(self.tr("Contract preview"))
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.anchor: str | None = None
        """The clause of the step being edited, which the preview scrolls to."""
        self.item: FieldPath | None = None
        """The item being edited (a metric, a priority), whose clause the preview scrolls to."""
        self._items: dict[str, int] | None = {}
        self.renders = 0
        """How many renders have been put on screen."""
        self._number = 0
        self._job: _RenderJob | None = None
        self._again = False
        self._stale = True
        self._scroll_pending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.render_now)
        document.changed.connect(self.request)
        document.reset.connect(self._on_reset)

    # --- what is shown -----------------------------------------------------------------------

    def show_step(self, key: str) -> None:
        """Scroll to the clause of the step `key` (at once, or after the first render)."""
        self.anchor = step_anchor(key)
        self.item = None
        if self.renders:
            self.browser.scrollToAnchor(self.anchor)
        else:
            self._scroll_pending = True

    def follow(self, path: FieldPath | None) -> None:
        """Scroll to where the item at `path` shows (a metric's clause, a priority's row), or
        to the nearest item holding it; None: back to the step's clause."""
        if path == self.item:
            return
        self.item = path
        if self.renders:
            self._scroll()
        else:
            self._scroll_pending = True

    @property
    def items(self) -> dict[str, int]:
        """Where each item shows in the text on screen ('metrics[2]': its position): read from
        the text when first asked for after a render, as most renders scroll to no item."""
        if self._items is None:
            self._items = anchor_positions(self.browser.document())
        return self._items

    def item_anchor(self, path: FieldPath | None) -> str | None:
        """The anchor of the item at `path` in the text on screen, or of the nearest item that
        holds it ('metrics[2].targets[7]' shows within 'metrics[2]'); None for none."""
        for length in range(len(path or ()), 0, -1):
            tag = format_path(tuple(path or ())[:length])
            if tag in self.items:
                return ITEM_ANCHOR + tag
        return None

    def _scroll(self) -> None:
        anchor = self.item_anchor(self.item)
        if anchor is None:
            if self.anchor is not None:
                self.browser.scrollToAnchor(self.anchor)
            return
        # Scrolled by position: QTextBrowser.scrollToAnchor misplaces an anchor inside a table
        # (a priority's row), measuring from the top of the table's cell.
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self.items[anchor.removeprefix(ITEM_ANCHOR)])
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + self.browser.cursorRect(cursor).top())

    def request(self, *_: object) -> None:
        """Re-render once the user pauses (nothing while the pane is hidden)."""
        self._stale = True
        if self.isVisible():
            self.timer.start()

    def _on_reset(self) -> None:
        # Another agreement: its text starts at its top, or at the step's clause.
        self._scroll_pending = True
        self.request()

    def showEvent(self, event: QShowEvent) -> None:
        # Edits made while the pane was closed are rendered once it is open (after the same
        # pause as an edit: the window is painted first, python-docx loaded after).
        if self._stale:
            self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    # --- rendering ---------------------------------------------------------------------------

    def render_now(self) -> None:
        """Start rendering the agreement as it is now (after the running render, if any)."""
        self.timer.stop()
        if self._job is not None:
            self._again = True
            return
        self._stale = False
        self._number += 1
        job = _RenderJob(self._number, self._document.agreement.model_copy(deep=True))
        # Kept alive until its result is delivered, even if the pane is closed for good
        # meanwhile: the pool thread must never run a job Python has already freed.
        job.setAutoDelete(False)
        job.signals.done.connect(self._on_done)
        self._job = job
        _IN_FLIGHT.add(job)
        QThreadPool.globalInstance().start(job)

    @Slot(int, str, bool)
    def _on_done(self, number: int, text: str, ok: bool) -> None:
        if self._job is not None:
            _IN_FLIGHT.discard(self._job)
        self._job = None
        if self._again:
            self._again = False
            self.render_now()
        if ok:
            self._show_html(text)
        else:
            self.browser.setPlainText(
                self.tr("The preview cannot be shown: {error}").format(error=text)
            )
        self.renders += 1
        if self._scroll_pending:
            self._scroll_pending = False
            self._scroll()
        self.rendered.emit()

    def _show_html(self, html: str) -> None:
        # Re-rendering replaces the whole text; the reader stays on the paragraph they were
        # reading, even when an edit above it made the text longer or shorter.
        browser = self.browser
        bar = browser.verticalScrollBar()
        top = browser.cursorForPosition(browser.viewport().rect().topLeft()).block()
        layout = browser.document().documentLayout()
        number = top.blockNumber()
        offset = bar.value() - layout.blockBoundingRect(top).top()
        html, _names = with_item_anchors(html)
        browser.setHtml(html)
        sized_as_written(browser.document())
        self._items = None
        block = browser.document().findBlockByNumber(number)
        if block.isValid():
            top_now = browser.document().documentLayout().blockBoundingRect(block).top()
            bar.setValue(round(top_now + offset))
