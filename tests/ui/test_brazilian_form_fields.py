"""The editor's fields of the Brazilian form: what empowers a representative to sign (named in the
preamble), and the municipality whose holidays a calendar observes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from sla_designer.export.preview import preview_html
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
    assert "feriados nacionais e nos do Estado de Minas Gerais e do Município de Contagem." in text
