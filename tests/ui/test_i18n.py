"""The interface in Brazilian Portuguese: every visible text translated, switched at run time."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QGroupBox,
)
from pytestqt.qtbot import QtBot

from sla_designer.ui.i18n import current_language, install_language
from sla_designer.ui.steps import STEPS
from tests.ui.ui_helpers import WindowFactory, visible_texts

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "sla_designer_pt_BR.ts"


def _messages() -> dict[str, set[str]]:
    """Each source text of the .ts and its translations."""
    found: dict[str, set[str]] = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = (
            [f.text or "" for f in translation.iter("numerusform")]
            if translation is not None
            else []
        )
        text = (translation.text or "") if translation is not None else ""
        found.setdefault(source, set()).update(forms or [text])
    return found


def _english_only() -> set[str]:
    """Source texts whose translation differs: seeing one in Portuguese is a defect."""
    texts = set()
    for source, translations in _messages().items():
        if source not in translations:
            texts.add(source.replace("&", ""))
    return texts


@pytest.fixture
def portuguese() -> Iterator[None]:
    install_language("pt-BR")
    yield
    install_language("en")


def test_the_translation_source_has_no_unfinished_entries() -> None:
    root = ET.parse(TS).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if (m.find("translation") is not None and m.find("translation").get("type"))  # type: ignore[union-attr]
    ]
    assert root.get("language") == "pt_BR"
    assert len(list(root.iter("message"))) > 350
    assert unfinished == []


def test_every_step_shows_no_english_text_in_portuguese(
    make_window: WindowFactory, qtbot: QtBot, portuguese: None
) -> None:
    window = make_window()
    assert window.files.new_from("managed-services")
    english = _english_only()
    left: set[tuple[str, str, str]] = set()
    for row, step in enumerate(STEPS):
        window.go_to_step(row)
        window.pages.show_step(row)
        assert window.pages.currentWidget() is window.pages[step.key]
        for where, text in visible_texts(window):
            if text in english:
                left.add((step.key, where, text))
    assert left == set()
    assert window.findings_dock.windowTitle() == "Apontamentos"
    assert window.menuBar().actions()[0].text() == "&Arquivo"


def test_switching_language_keeps_the_document_and_its_history(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.files.new_from("managed-services")
    window.go_to_step(4)  # priorities
    window.document.set_value(("title",), "Acordo de teste", text="Edit title")
    assert window.navigator.item(0).text().startswith("1. Agreement")
    install_language("pt-BR")
    try:
        assert current_language() == "pt-BR"
        # Qt delivers LanguageChange through the event loop.
        qtbot.waitUntil(lambda: window.navigator.item(0).text().startswith("1. Acordo"))
        assert window.navigator.currentRow() == 4
        page = window.pages["priorities"]
        section = page.findChild(QGroupBox)
        assert section is not None and section.title() == "Prioridades"
        assert window.document.agreement.title == "Acordo de teste"
        assert window.document.undo_stack.canUndo()
        # Qt's own texts come translated too: the undo action says "Desfazer ...".
        assert window.menus.undo.text().replace("&", "").startswith("Desfazer")
        window.document.undo_stack.undo()
        assert window.document.agreement.title != "Acordo de teste"
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: window.navigator.item(0).text().startswith("1. Agreement"))


def test_preferences_remember_the_language(
    make_window: WindowFactory, qtbot: QtBot, settings: QSettings
) -> None:
    from sla_designer.ui.i18n import chosen_language
    from sla_designer.ui.preferences import PreferencesDialog

    window = make_window()
    dialog = PreferencesDialog(settings, window)
    dialog.language.setCurrentIndex(dialog.language.findData("pt-BR"))
    try:
        dialog.apply()
        assert chosen_language(settings) == "pt-BR"
        assert current_language() == "pt-BR"
        qtbot.waitUntil(lambda: window.menuBar().actions()[1].text() == "&Editar")
    finally:
        install_language("en")


def test_calculator_panels_speak_the_interface_language(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    from sla_designer.ui.explain import DowntimePanel

    window = make_window()
    assert window.files.new_from("saas-availability")
    window.document.set_value(("language",), "pt-BR")  # the contract's language, not the editor's
    window.go_to_step([s.key for s in STEPS].index("metrics"))
    panel = window.pages["metrics"].findChild(DowntimePanel)
    assert panel is not None and panel.isVisible()
    english = panel.headline.text()
    assert panel.language == "en"
    install_language("pt-BR")
    try:
        qtbot.waitUntil(lambda: window.navigator.item(0).text().startswith("1. Acordo"))
        again = window.pages["metrics"].findChild(DowntimePanel)
        assert again is not None and again.isVisible()
        assert again.language == "pt-BR"
        assert again.headline.text() != english
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: window.navigator.item(0).text().startswith("1. Agreement"))
    latest = window.pages["metrics"].findChild(DowntimePanel)
    assert latest is not None and latest.headline.text() == english


def test_switching_language_keeps_the_chosen_rows(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    assert window.files.new_from("managed-services")
    window.go_to_step(3)  # calendars: the second calendar, its second weekly interval
    calendars = window.pages["calendars"].sections[0]
    calendars.select_row(1)
    hours = calendars.children_sections[0]
    hours.select_row(1)
    install_language("pt-BR")
    try:
        qtbot.waitUntil(lambda: window.navigator.item(0).text().startswith("1. Acordo"))
        rebuilt = window.pages["calendars"].sections[0]
        assert rebuilt is not calendars
        assert rebuilt.current_row() == 1
        assert rebuilt.children_sections[0].current_row() == 1
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: window.navigator.item(0).text().startswith("1. Agreement"))


def test_date_fields_follow_the_interface_language(make_window: WindowFactory) -> None:
    from sla_designer.ui.date_field import DateField

    install_language("pt-BR")
    try:
        window = make_window()
        assert window.files.new_from("it-service-desk")
        date = window.pages["agreement"].forms[0].editor("effective_date")
        assert isinstance(date, DateField)
        assert date.line.text() == "01/05/2027"
    finally:
        install_language("en")


def test_numbers_in_tables_follow_the_interface_language(make_window: WindowFactory) -> None:
    install_language("pt-BR")
    try:
        window = make_window()
        assert window.files.new_from("it-service-desk")
        model = window.pages["metrics"].sections[0].model
        objectives = [model.index(row, 3).data() for row in range(model.rowCount())]
        assert "no mínimo 8,5" in objectives
    finally:
        install_language("en")
