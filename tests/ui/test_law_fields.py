# mypy: disable-error-code="no-untyped-call"
"""Governing law, forum and date style on the Agreement page; what escalation times count
from on the Escalation page: edited through their real widgets, in both languages."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from sla_designer.text import texts
from sla_designer.ui.i18n import install_language
from tests.ui.ui_helpers import WindowFactory, go, retype


def test_law_forum_and_date_style_typed_in(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    form = go(window, "agreement").forms[0]
    law, forum, style = (form.editor(n) for n in ("governing_law", "forum", "date_style"))
    assert isinstance(law, QLineEdit) and isinstance(forum, QLineEdit)
    assert isinstance(style, QComboBox)
    assert (law.text(), forum.text()) == ("England and Wales", "England and Wales")
    retype(qtbot, law, "Scotland")
    retype(qtbot, forum, "the Court of Session")
    style.setCurrentIndex(style.findData("american"))
    agreement = window.document.agreement
    assert (agreement.governing_law, agreement.forum) == ("Scotland", "the Court of Session")
    assert agreement.date_style == "american"
    # Each edit is its own undo step.
    window.menus.undo.trigger()
    assert window.document.agreement.date_style == "british"
    assert style.currentData() == "british"
    window.menus.undo.trigger()
    assert window.document.agreement.forum == "England and Wales"


def test_escalation_times_counted_from(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    page = go(window, "escalation")
    box = next(f.editor("escalation_counted_from") for f in page.forms)
    assert isinstance(box, QComboBox)
    assert box.currentData() == "logged"
    box.setCurrentIndex(box.findData("previous_level"))
    assert window.document.agreement.escalation_counted_from == "previous_level"
    window.menus.undo.trigger()
    assert window.document.agreement.escalation_counted_from == "logged"


def test_the_new_choices_speak_portuguese(qtbot: QtBot, make_window: WindowFactory) -> None:
    install_language("pt-BR")
    try:
        window = make_window()
        assert window.files.new_from("it-service-desk")
        words = texts("pt-BR").section("choices")
        style = go(window, "agreement").forms[0].editor("date_style")
        assert isinstance(style, QComboBox)
        assert style.itemText(style.findData("american")) == words("date_styles.american")
        page = go(window, "escalation")
        box = next(f.editor("escalation_counted_from") for f in page.forms)
        assert isinstance(box, QComboBox)
        assert box.itemText(box.findData("logged")) == words("escalation_starts.logged")
        forum = go(window, "agreement").forms[0].editor("forum")
        assert isinstance(forum, QLineEdit) and forum.text() == "Comarca de Belo Horizonte/MG"
    finally:
        install_language("en")
