"""The interpretation clause is switched off and reworded on the Standard clauses page, with the
other standard clauses."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from sla_designer.export.preview import preview_html
from tests.ui.ui_helpers import WindowFactory, go

GENERATED = "headings are for convenience only"


def test_the_clause_is_switched_off_and_reworded(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    page = go(window, "clauses")
    form = page.forms[0]
    enabled = form.editor("clauses.interpretation.enabled")
    text = form.editor("clauses.interpretation.text")
    assert isinstance(enabled, QCheckBox) and isinstance(text, QPlainTextEdit)
    assert enabled.isChecked()
    assert GENERATED in preview_html(window.document.agreement)

    enabled.click()
    assert window.document.agreement.clauses.interpretation.enabled is False
    html = preview_html(window.document.agreement)
    assert GENERATED not in html and "Definitions and interpretation" not in html

    enabled.click()
    text.setFocus()
    qtbot.keyClicks(text, "Headings do not affect the meaning of this Agreement.")
    text.clearFocus()
    clause = window.document.agreement.clauses.interpretation
    assert clause.text.startswith("Headings do not affect")
    html = preview_html(window.document.agreement)
    assert "Headings do not affect the meaning of this Agreement." in html
    assert GENERATED not in html

    window.document.undo_stack.undo()
    assert window.document.agreement.clauses.interpretation.text == ""
