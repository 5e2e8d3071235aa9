"""The reviewer's wording on the Review and export step: shown with the generated wording it
replaces, edited in one undo step, dropped with "Back to generated wording", and kept for the
new text once the agreement changed its paragraph."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from sla_designer.export.preview import preview_html
from sla_designer.model import AvailabilityMetric, with_reviewed_wording
from sla_designer.ui.reviewed_wording_panel import ReviewedWordingPanel
from sla_designer.ui.steps import step_of
from sla_designer.validation import validate
from tests.ui.ui_helpers import WindowFactory, go
from tests.validation.test_reviewed_wording import CODE, _objective_paragraph

WORDING = "The Provider keeps the platform available as the reviewer wrote it."


def _window_with_wording(make_window: WindowFactory) -> tuple[object, ReviewedWordingPanel]:
    window = make_window()
    assert window.files.new_from("saas-availability")
    agreement = window.document.agreement
    clause, text = _objective_paragraph(agreement)
    window.document.replace(with_reviewed_wording(agreement, clause, text, WORDING), None)
    page = go(window, "review")
    panel = page.reviewed_wording  # type: ignore[attr-defined]
    assert isinstance(panel, ReviewedWordingPanel)
    return window, panel


def test_an_entry_shows_its_clause_and_the_generated_wording_it_replaces(
    make_window: WindowFactory,
) -> None:
    window, panel = _window_with_wording(make_window)
    entry = window.document.agreement.reviewed_wording[0]  # type: ignore[attr-defined]
    assert panel.list.count() == 1 and not panel.empty.isVisible()
    metric = window.document.agreement.metric("platform-availability")  # type: ignore[attr-defined]
    assert metric.name in panel.clause.text()
    assert panel.generated.isReadOnly()
    # Qt shows a no-break space as a space.
    assert panel.generated.toPlainText() == entry.generated.replace("\xa0", " ")
    assert panel.form.editor("text").toPlainText() == WORDING
    assert not panel.keep.isVisible() and not panel.status.isVisible()


def test_editing_the_wording_is_one_undo_step_and_reaches_the_preview(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window, panel = _window_with_wording(make_window)
    document = window.document  # type: ignore[attr-defined]
    editor = panel.form.editor("text")
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Amended.")
    editor.clearFocus()
    assert document.agreement.reviewed_wording[0].text == WORDING + " Amended."
    assert f"{WORDING} Amended." in preview_html(document.agreement)
    document.undo_stack.undo()
    assert document.agreement.reviewed_wording[0].text == WORDING
    assert editor.toPlainText() == WORDING


def test_back_to_generated_wording_drops_the_entry_in_one_step(make_window: WindowFactory) -> None:
    window, panel = _window_with_wording(make_window)
    document = window.document  # type: ignore[attr-defined]
    assert WORDING in preview_html(document.agreement)
    editor = panel.form.editor("text")
    editor.setFocus()
    editor.selectAll()
    editor.cut()
    editor.clearFocus()
    assert document.agreement.reviewed_wording[0].text == ""
    assert panel.list.item(0).text().endswith(panel.tr("%1 (deleted)").replace("%1", ""))
    document.undo_stack.undo()
    panel.back.click()
    assert document.agreement.reviewed_wording == []
    assert panel.list.count() == 0 and panel.empty.isVisible()
    assert WORDING not in preview_html(document.agreement)
    document.undo_stack.undo()
    assert len(document.agreement.reviewed_wording) == 1 and panel.list.count() == 1


def test_a_stale_wording_is_marked_and_kept_for_the_new_text(make_window: WindowFactory) -> None:
    window, panel = _window_with_wording(make_window)
    document = window.document  # type: ignore[attr-defined]
    index = next(
        i for i, m in enumerate(document.agreement.metrics) if isinstance(m, AvailabilityMetric)
    )
    document.set_value(("metrics", index, "objective"), Decimal("99.8"))
    found = [f for f in validate(document.agreement) if f.code == CODE]
    assert [f.path for f in found] == [("reviewed_wording", 0)]
    assert step_of(found[0]).key == "review"
    assert window.pages["review"].focus_path(found[0].path)  # type: ignore[attr-defined]
    assert panel.is_stale(0) and panel.keep.isVisible() and panel.status.isVisible()
    assert WORDING not in preview_html(document.agreement)

    panel.keep.click()
    entry = document.agreement.reviewed_wording[0]
    assert "99.8" in entry.generated and entry.text == WORDING
    assert [f for f in validate(document.agreement) if f.code == CODE] == []
    assert not panel.is_stale(0) and not panel.keep.isVisible()
    assert WORDING in preview_html(document.agreement)
    document.undo_stack.undo()
    assert panel.is_stale(0)
