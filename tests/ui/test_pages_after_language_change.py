"""A page made again after a change of language leaves nothing of the old one listening to the
document (the soak walk found the Calendars page's holidays doing so)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sla_designer.ui.i18n import install_language
from tests.ui.ui_helpers import WindowFactory, go


def test_editing_a_calendar_after_a_change_of_language(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")
    go(window, "calendars")
    try:
        install_language("pt-BR")
        qtbot.wait(50)  # the old page is deleted
        # pytest-qt fails the test on an exception raised in a slot.
        window.document.set_value(("calendars", 0, "name"), "Horário comercial")
        qtbot.wait(10)
    finally:
        install_language("en")
    assert window.document.agreement.calendars[0].name == "Horário comercial"
