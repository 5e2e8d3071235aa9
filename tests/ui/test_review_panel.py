# mypy: disable-error-code="no-untyped-call"
"""File › Import review…: a reviewer's edits of the exported contract, listed in the review panel
and accepted (one undo step each, or all at once in one), rejected or opened at their field."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from sla_designer.ui.i18n import install_language, label
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.prompts import Prompter
from sla_designer.ui.review_edits import ACCEPTED, OPEN, OVERTAKEN
from sla_designer.ui.review_model import AFTER, AUTHOR, BEFORE, COMMENTS, DATE, FIELD, STEP
from sla_designer.ui.review_panel import ReviewPanel
from sla_designer.ui.steps import STEPS
from tests.export.reviewed import PAIRS
from tests.ui.reviewed_docx import comments_part, delete_paragraph, retype, reviewed, rewrite, track
from tests.ui.ui_helpers import WindowFactory, prompter_of, visible_texts

AUTHOR_NAME = "Ana Lima"
WHEN = "2026-11-20T14:30:00Z"
# Per language: a template in it, a metric whose objective the reviewer changes (with the new
# value as the contract writes it and as the model keeps it), a sentence rewritten, and an
# item of a list deleted.
CASES = {
    "en": (
        "saas-availability",
        "metrics[platform-availability].objective",
        "99.95 %",
        Decimal("99.95"),
        ("of the time in each measurement window.", "of the time in each calendar month."),
        "metrics[platform-availability].exclusions[1]",
    ),
    "pt-BR": (
        "it-service-desk",
        "metrics[reabertura].objective",
        "4 %",
        Decimal("4"),
        ("em cada período de apuração.", "em cada mês civil."),
        "metrics[tempo-solucao].exclusions[1]",
    ),
}


def _value_path(window: MainWindow, tag: str) -> tuple[str | int, ...]:
    from sla_designer.model.tags import resolve_tag

    return resolve_tag(window.document.agreement, tag)


def _panel(window: MainWindow) -> ReviewPanel:
    return window.review.panel


def _row(panel: ReviewPanel, kind: str, tag: str | None = None) -> int:
    model = panel.review_model
    return next(
        row
        for row in range(model.rowCount())
        if model.entry(row).change.kind == kind
        and (tag is None or model.entry(row).change.tag == tag)
    )


def _cell(panel: ReviewPanel, row: int, column: int) -> str:
    model = panel.review_model
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or "")


def _open_reviewed(
    make_window: WindowFactory, tmp_path: Path, language: str
) -> tuple[MainWindow, Path]:
    """A window on the case's template, and the reviewer's copy of its export."""
    template, tag, new, _, (old_words, new_words), gone = CASES[language]
    window = make_window()
    assert window.files.new_from(template)
    comments = comments_part(AUTHOR_NAME, "2026-11-20T14:31:00Z", "Can we meet this?")
    path = reviewed(
        window.document.agreement,
        tmp_path / "reviewed.docx",
        track(tag, new, AUTHOR_NAME, WHEN, comment="yes"),
        rewrite(old_words, new_words),
        delete_paragraph(gone),
        comments=comments,
    )
    return window, path


@pytest.fixture(params=["en", "pt-BR"])
def language(request: pytest.FixtureRequest) -> Any:
    install_language(request.param)
    yield request.param
    install_language("en")


def test_import_lists_every_change_without_changing_the_agreement(
    make_window: WindowFactory, tmp_path: Path, language: str
) -> None:
    _, tag, new, _, (_, new_words), gone = CASES[language]
    window, path = _open_reviewed(make_window, tmp_path, language)
    before = window.document.agreement.model_dump()
    assert window.review.import_path(path)
    assert window.document.agreement.model_dump() == before
    assert window.document.undo_stack.count() == 0
    assert window.review.dock.isVisible()
    panel = _panel(window)
    model = panel.review_model
    kinds = sorted(model.entry(row).change.kind for row in range(model.rowCount()))
    assert kinds == ["item_removed", "value", "wording"]

    value = _row(panel, "value", tag)
    metrics_step = label(STEPS[[s.key for s in STEPS].index("metrics")].title)
    assert _cell(panel, value, STEP) == metrics_step
    assert panel.review_model.field_words(value).startswith(f"{metrics_step} › ")
    assert _cell(panel, value, FIELD).endswith("Objective" if language == "en" else "Objetivo"), (
        _cell(panel, value, FIELD)
    )
    assert _cell(panel, value, AFTER) == new
    assert _cell(panel, value, BEFORE) not in ("", new)
    assert _cell(panel, value, AUTHOR) == AUTHOR_NAME
    # The date is the reviewer's, shown in local time as the interface writes dates.
    assert _cell(panel, value, DATE) not in ("", WHEN)
    assert "Can we meet this?" in _cell(panel, value, COMMENTS)
    assert model.state(value) == (OPEN, "")

    wording = _row(panel, "wording")
    assert new_words in _cell(panel, wording, AFTER)
    assert new_words not in _cell(panel, wording, BEFORE)
    removed = _row(panel, "item_removed", gone)
    assert _cell(panel, removed, AFTER) == ""

    summary = panel.summary.text()
    assert summary.startswith("reviewed.docx: ")
    assert ("3 changes" if language == "en" else "3 alterações") in summary
    assert ("3 apply cleanly" if language == "en" else "3 se aplicam") in summary


def test_accepting_one_change_is_one_undo_step(
    make_window: WindowFactory, tmp_path: Path, language: str
) -> None:
    _, tag, _, value, _, _ = CASES[language]
    window, path = _open_reviewed(make_window, tmp_path, language)
    assert window.review.import_path(path)
    panel = _panel(window)
    field = _value_path(window, tag)
    old = window.document.get(field)
    row = _row(panel, "value", tag)
    panel.select(row)
    assert panel.accept_button.isEnabled()
    panel.accept_button.click()
    assert window.document.get(field) == value
    stack = window.document.undo_stack
    assert stack.count() == 1
    assert panel.review_model.state(row)[0] == ACCEPTED
    assert not panel.accept_button.isEnabled() or panel.current_row() != row
    stack.undo()
    assert window.document.get(field) == old
    panel.review_model.refresh()
    assert panel.review_model.state(row) == (OPEN, "")
    stack.redo()
    assert window.document.get(field) == value


def test_accept_all_that_apply_is_one_undo_step(
    make_window: WindowFactory, tmp_path: Path, language: str
) -> None:
    _, tag, _, value, _, gone = CASES[language]
    window, path = _open_reviewed(make_window, tmp_path, language)
    assert window.review.import_path(path)
    panel = _panel(window)
    field = _value_path(window, tag)
    metric_path, exclusion = _value_path(window, gone)[:-1], _value_path(window, gone)[-1]
    exclusions = list(window.document.get(metric_path))
    before = window.document.agreement.model_dump()
    assert panel.accept_all_button.isEnabled()
    QTest.keyClick(panel.accept_all_button, Qt.Key.Key_Space)
    stack = window.document.undo_stack
    assert stack.count() == 1
    assert window.document.get(field) == value
    assert window.document.get(metric_path) == exclusions[:exclusion] + exclusions[exclusion + 1 :]
    wording = _row(panel, "wording")
    assert panel.review_model.state(wording)[0] == ACCEPTED
    assert not panel.accept_all_button.isEnabled()
    stack.undo()
    assert window.document.agreement.model_dump() == before


def test_rejecting_a_change_drops_it_and_changes_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window, path = _open_reviewed(make_window, tmp_path, "en")
    assert window.review.import_path(path)
    panel = _panel(window)
    before = window.document.agreement.model_dump()
    row = _row(panel, "value")
    panel.select(row)
    panel.reject_button.click()
    assert [panel.review_model.entry(r).change.kind for r in range(2)].count("value") == 0
    assert panel.review_model.rowCount() == 2
    # Delete in the list rejects the selected change too.
    panel.table.setFocus()
    panel.select(0)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.review_model.rowCount() == 1
    assert window.document.agreement.model_dump() == before
    assert window.document.undo_stack.count() == 0
    assert "3 changes" in panel.summary.text()  # the review's count; rejected ones are not lost


def test_open_shows_the_step_and_focuses_the_field(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window, path = _open_reviewed(make_window, tmp_path, "en")
    window.activateWindow()
    assert window.review.import_path(path)
    panel = _panel(window)
    panel.select(_row(panel, "value"))
    panel.open_button.click()
    assert window.navigator.currentRow() == [s.key for s in STEPS].index("metrics")
    section = window.pages["metrics"].sections[0]
    assert section.current_row() == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert "objective" in (focused.objectName(), (focused.parent() or focused).objectName())
    # Enter in the list opens the selected change's field too: the removed exclusion's line.
    window.go_to_step(0)
    panel.select(_row(panel, "item_removed"))
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.navigator.currentRow() == [s.key for s in STEPS].index("metrics")


def test_a_field_changed_after_the_import_is_not_overwritten(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    _, tag, _, _, _, _ = CASES["en"]
    window, path = _open_reviewed(make_window, tmp_path, "en")
    assert window.review.import_path(path)
    panel = _panel(window)
    field = _value_path(window, tag)
    assert window.document.set_value(field, Decimal("99.8")) is None
    panel.review_model.refresh()
    row = _row(panel, "value", tag)
    state, reason = panel.review_model.state(row)
    assert state == OVERTAKEN and reason
    panel.select(row)
    assert not panel.accept_button.isEnabled()
    assert panel.accept_row(row) == reason
    assert window.document.get(field) == Decimal("99.8")


def test_removed_items_are_found_after_an_earlier_one_went(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    """Two lines of one list deleted: accepting the first does not shift the second onto its
    neighbour, in either order."""
    window = make_window()
    assert window.files.new_from("saas-availability")
    exclusions = ("metrics", 0, "exclusions")
    window.document.set_value(exclusions, ["one", "two", "three"])
    window.document.undo_stack.clear()
    path = reviewed(
        window.document.agreement,
        tmp_path / "two-gone.docx",
        delete_paragraph("metrics[platform-availability].exclusions[0]"),
        delete_paragraph("metrics[platform-availability].exclusions[1]"),
    )
    assert window.review.import_path(path)
    panel = _panel(window)
    first = _row(panel, "item_removed", "metrics[platform-availability].exclusions[0]")
    second = _row(panel, "item_removed", "metrics[platform-availability].exclusions[1]")
    assert panel.accept_row(first) is None
    assert panel.accept_row(second) is None
    assert window.document.get(exclusions) == ["three"]
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert panel.accept_row(second) is None
    assert panel.accept_row(first) is None
    assert window.document.get(exclusions) == ["three"]


def test_the_menu_imports_through_the_file_dialog(
    make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    action = window.findChild(QAction, "import-review")
    assert isinstance(action, QAction)
    assert not action.isEnabled()  # nothing to review on the welcome screen
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    assert window.files.new_from("saas-availability")
    assert action.isEnabled()
    path = reviewed(
        window.document.agreement, tmp_path / "r.docx", retype("title", "Reviewed title")
    )
    prompter_of(window).paths = [str(path)]
    action.trigger()
    panel = _panel(window)
    assert panel.review_model.rowCount() == 1
    assert (_cell(panel, 0, STEP), _cell(panel, 0, FIELD)) == ("Agreement", "Title")
    # The real prompter asks the file dialog for a Word document.
    asked: list[tuple[str, str]] = []

    def dialog(_parent: object, title: str, _folder: str, filters: str) -> tuple[str, str]:
        asked.append((title, filters))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    assert Prompter(window).open_review_path("") == str(path)
    assert asked and "*.docx" in asked[0][1]


@pytest.mark.parametrize("content", [b"not a zip at all", b"PK\x03\x04broken"])
def test_an_unreadable_document_is_one_line_and_changes_nothing(
    make_window: WindowFactory, tmp_path: Path, language: str, content: bytes
) -> None:
    window = make_window()
    assert window.files.new_from(CASES[language][0])
    before = window.document.agreement.model_dump()
    path = tmp_path / "broken.docx"
    path.write_bytes(content)
    QApplication.setOverrideCursor(Qt.CursorShape.ArrowCursor)
    try:
        assert not window.review.import_path(path)
        # The wait cursor went with the reading.
        assert QApplication.overrideCursor().shape() == Qt.CursorShape.ArrowCursor
    finally:
        QApplication.restoreOverrideCursor()
    [(_title, message)] = prompter_of(window).errors
    assert message.startswith("broken.docx: ") and "\n" not in message
    assert "Traceback" not in message
    portuguese = ("documento", "Word")
    assert language == "en" or any(word in message for word in portuguese), message
    assert window.document.agreement.model_dump() == before
    assert not window.review.dock.isVisible()


def test_another_agreement_closes_the_review(make_window: WindowFactory, tmp_path: Path) -> None:
    window, path = _open_reviewed(make_window, tmp_path, "en")
    assert window.review.import_path(path)
    assert window.files.new_from("it-service-desk")
    assert not window.review.dock.isVisible()
    assert _panel(window).review_model.rowCount() == 0


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_template_reviews_and_accepts_in_both_languages(
    make_window: WindowFactory, tmp_path: Path, name: str, language: str
) -> None:
    """Each template's export in each language: no edit is no change; a retyped title is one
    change that the panel names, accepts as one step and undoes."""
    window = make_window()
    assert window.files.new_from(name)
    agreement = window.document.agreement
    before = agreement.model_dump()
    untouched = reviewed(agreement, tmp_path / "same.docx", language=language)
    assert window.review.import_path(untouched)
    panel = _panel(window)
    assert panel.review_model.rowCount() == 0
    assert not panel.accept_all_button.isEnabled()
    edited = reviewed(
        agreement, tmp_path / "title.docx", retype("title", "Revised title"), language=language
    )
    assert window.review.import_path(edited)
    assert [panel.review_model.entry(r).change.kind for r in range(1)] == ["value"]
    assert panel.review_model.rowCount() == 1
    assert panel.review_model.field_words(0) == "Agreement › Title"
    assert window.document.agreement.model_dump() == before
    assert panel.accept_all() == 1
    assert window.document.agreement.title == "Revised title"
    window.document.undo_stack.undo()
    assert window.document.agreement.model_dump() == before


def test_the_portuguese_panel_shows_no_english(make_window: WindowFactory, tmp_path: Path) -> None:
    """Every text of the window with a review open, its rows and the details of each change,
    in the Portuguese interface: Qt's chrome and the text layer's phrases are Portuguese."""
    from tests.ui.test_no_english_in_portuguese import _layer_english, _qt_english

    install_language("pt-BR")
    try:
        window, path = _open_reviewed(make_window, tmp_path, "pt-BR")
        assert window.review.import_path(path)
        panel = _panel(window)
        qt_english, layer_english = _qt_english(), _layer_english()
        shown = [text for _, text in visible_texts(window, rows=10)]
        for row in range(panel.review_model.rowCount()):
            panel.select(row)
            shown.append(panel.details.toPlainText())
        shown += [panel.summary.text(), window.review.dock.windowTitle()]
        english = {
            text.strip()
            for text in shown
            if text.strip() in qt_english or layer_english.fullmatch(text.strip())
        }
        assert english == set()
        assert "3 alterações" in panel.summary.text()
        assert _cell(panel, _row(panel, "value"), STEP) == "Indicadores e metas"
    finally:
        install_language("en")


def test_a_rewritten_sentence_is_kept_as_the_reviewers_wording(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    """Accepting a wording change keeps the reviewer's paragraph (one undo step) where the
    agreement can keep it; elsewhere the change says why it cannot be accepted and changes
    nothing."""
    window, path = _open_reviewed(make_window, tmp_path, "en")
    assert window.review.import_path(path)
    panel = _panel(window)
    row = _row(panel, "wording")
    change = panel.review_model.entry(row).change
    before = window.document.agreement.model_dump()
    panel.select(row)
    assert panel.accept_button.isEnabled()
    assert panel.accept_row(row) is None
    kept = [(e.clause, e.generated, e.text) for e in window.document.agreement.reviewed_wording]
    assert kept == [(change.tag, change.generated, change.replacement)]
    assert panel.review_model.state(row)[0] == ACCEPTED
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.agreement.model_dump() == before
    panel.review_model.refresh()
    assert panel.review_model.state(row) == (OPEN, "")


def test_the_summary_says_how_the_changes_were_found(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    """A document that lost its tags is aligned by its text; one that lost the record of its
    export is compared with the open agreement exported again; the summary says which."""
    import zipfile

    from lxml import etree

    from tests.ui.reviewed_docx import w

    window = make_window()
    assert window.files.new_from("saas-availability")
    agreement = window.document.agreement

    def untagged(root: etree._Element) -> None:
        for tag in list(root.iter(w("tag"))):
            tag.getparent().remove(tag)

    path = reviewed(agreement, tmp_path / "untagged.docx", retype("title", "New"), untagged)
    assert window.review.import_path(path)
    panel = _panel(window)
    assert panel.review_model.review is not None
    assert panel.review_model.review.method == "text"
    assert "aligning the text" in panel.summary.text()
    assert "recorded in the document" in panel.summary.text()

    tagged = reviewed(agreement, tmp_path / "tagged.docx", retype("title", "New"))
    bare = tmp_path / "no-record.docx"
    with zipfile.ZipFile(tagged) as source, zipfile.ZipFile(bare, "w") as target:
        for item in source.infolist():
            if not item.filename.startswith("customXml/"):
                target.writestr(item, source.read(item))
    assert window.review.import_path(bare)
    assert panel.review_model.review.baseline_from == "against"
    assert "fields found by their tags" in panel.summary.text()
    assert "open agreement exported again" in panel.summary.text()
    assert [panel.review_model.entry(r).change.kind for r in range(1)] == ["value"]
