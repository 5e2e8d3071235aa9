"""The editor's fields of the Brazilian form: what empowers a representative to sign (named in the
preamble), and the municipality whose holidays a calendar observes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from sla_designer.export.preview import preview_html
from sla_designer.text.formats import formatter
from sla_designer.ui.i18n import current_language
from tests.export.reviewed import plain
from tests.ui.ui_helpers import WindowFactory, go, retype


def test_the_instrument_is_chosen_on_the_parties_page(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")
    parties = go(window, "parties").sections[0]
    parties.select_row(1)  # Alvorada Contact Center S.A.: by its legal form, its bylaws
    combo = parties.form.editor("representative.instrument")
    assert isinstance(combo, QComboBox) and combo.isEnabled()
    assert combo.currentData() == ""
    assert "na forma de seu estatuto social por Marcos" in plain(
        preview_html(window.document.agreement)
    )

    combo.setCurrentIndex(combo.findData("power_of_attorney"))
    rep = window.document.agreement.parties[1].representative
    assert rep is not None and rep.instrument == "power_of_attorney"
    assert "nos termos de procuração por Marcos" in plain(preview_html(window.document.agreement))

    window.document.undo_stack.undo()
    rep = window.document.agreement.parties[1].representative
    assert rep is not None and rep.instrument is None
    assert combo.currentData() == ""


def test_the_municipality_of_a_holiday_rule_is_typed_on_the_calendars_page(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.files.new_from("it-service-desk")
    calendars = go(window, "calendars").sections[0]
    calendars.select_row(0)
    holidays = calendars.children_sections[1]
    holidays.select_row(0)
    city = holidays.form.editor("city")
    assert isinstance(city, QLineEdit) and city.text() == "Belo Horizonte"
    retype(qtbot, city, "Contagem")
    assert window.document.agreement.calendars[0].holidays[0].city == "Contagem"
    text = plain(preview_html(window.document.agreement))
    assert "feriados nacionais e nos do Estado de Minas Gerais e do Município de Contagem (" in text


def test_the_municipal_holidays_are_listed_next_to_the_municipality(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")
    calendars = go(window, "calendars").sections[0]
    calendars.select_row(1)  # Horário administrativo: Campinas
    holidays = calendars.children_sections[1]
    holidays.select_row(0)
    listed = holidays.children_sections[0]
    assert listed.model.rowCount() == 1
    assert listed.model.index(0, 0).data() == formatter(current_language()).annual_date(12, 8)
    listed.add()
    month, day = listed.form.editor("month"), listed.form.editor("day")
    assert isinstance(month, QAbstractSpinBox) and isinstance(day, QAbstractSpinBox)
    retype(qtbot, month, "7")
    qtbot.keyClick(month, Qt.Key.Key_Tab)
    retype(qtbot, day, "14")
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    retype(qtbot, listed.form.editor("name"), "Dia da cidade")
    qtbot.keyClick(listed.form.editor("name"), Qt.Key.Key_Tab)
    rule = window.document.agreement.calendars[1].holidays[0]
    assert [(h.month, h.day) for h in rule.city_holidays] == [(12, 8), (7, 14)]
    assert rule.city_holidays[1].name == "Dia da cidade"
    text = plain(preview_html(window.document.agreement))
    assert "Município de Campinas (14 de julho e 8 de dezembro de cada ano)." in text
    # The year's list under the rule shows the municipal days too.
    shown = window.findChild(QLabel, "holidays")
    assert shown is not None and "Dia da cidade" in shown.text()
