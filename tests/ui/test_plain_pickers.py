# mypy: disable-error-code="no-untyped-call"
"""Currency and time zone are picked by name, and found by what the user types."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from sla_designer.ui.currency_box import CurrencyBox
from sla_designer.ui.date_field import DateField
from sla_designer.ui.holiday_picker import HolidayList, SubdivisionBox
from sla_designer.ui.i18n import install_language
from sla_designer.ui.timezone_box import TimeZoneBox
from tests.ui.ui_helpers import WindowFactory, go, retype


@pytest.fixture(params=["en", "pt-BR"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_language(request.param)
    try:
        yield request.param
    finally:
        install_language("en")


def _keys(qtbot: QtBot, box: CurrencyBox | TimeZoneBox, text: str) -> None:
    """Type `text` over the box's text (QtTest types ASCII only: accents come as input)."""
    line = box.lineEdit()
    assert line is not None
    box.setFocus()
    line.selectAll()
    if text.isascii():
        qtbot.keyClicks(line, text)
    else:
        line.insert(text)


def _type(qtbot: QtBot, box: CurrencyBox | TimeZoneBox, text: str) -> None:
    """Type `text` and press Enter."""
    _keys(qtbot, box, text)
    line = box.lineEdit()
    assert line is not None
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_a_currency_is_found_by_symbol_code_or_name(
    qtbot: QtBot, make_window: WindowFactory, language: str
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    box = go(window, "agreement").findChild(CurrencyBox, "currency")
    assert box is not None
    shown = {"en": "Brazilian Real (BRL)", "pt-BR": "Real brasileiro (BRL)"}[language]
    for typed in ("R$", "BRL", "brl", "real", "Real", shown):
        window.document.set_value(("currency",), "USD")
        _type(qtbot, box, typed)
        assert window.document.agreement.currency == "BRL", typed
        assert box.currentText() == shown
        assert box.property("refusal") == ""


def test_an_ambiguous_symbol_offers_the_candidates_and_picks_none(
    qtbot: QtBot, make_window: WindowFactory, language: str
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    before = window.document.agreement.currency
    box = go(window, "agreement").findChild(CurrencyBox, "currency")
    assert box is not None
    box.setFocus()
    line = box.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "$")
    offered = box.matches.stringList()
    dollar = {"en": "US Dollar (USD)", "pt-BR": "Dólar americano (USD)"}[language]
    assert dollar in offered and any("(ARS)" in o for o in offered) and len(offered) > 3
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.document.agreement.currency == before
    reason = str(box.property("refusal"))
    assert "USD" in reason and "ARS" in reason
    assert "pattern" not in reason and "String should" not in reason
    if language == "pt-BR":
        assert "moedas" in reason


def test_the_currency_list_names_each_currency(make_window: WindowFactory, language: str) -> None:
    window = make_window()
    box = go(window, "agreement").findChild(CurrencyBox, "currency")
    assert box is not None
    box.fill()
    texts = [box.itemText(row) for row in range(box.count())]
    assert texts[0] == {"en": "Brazilian Real (BRL)", "pt-BR": "Real brasileiro (BRL)"}[language]
    assert len(texts) > 100 and all(t.endswith(")") for t in texts)


def test_a_time_zone_is_found_by_city_or_country(
    qtbot: QtBot, make_window: WindowFactory, language: str
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    page = go(window, "calendars")
    calendars = page.sections[0]
    calendars.select_row(0)
    box = calendars.form.editor("timezone")
    assert isinstance(box, TimeZoneBox)
    shown = {
        "en": "Brasilia Time — São Paulo (America/Sao_Paulo)",
        "pt-BR": "Horário de Brasília — São Paulo (America/Sao_Paulo)",
    }[language]
    for typed in ("São Paulo", "Sao Paulo", "Brasil", "Brazil", "Brasília"):
        window.document.set_value(("calendars", 0, "timezone"), "UTC")
        _keys(qtbot, box, typed)
        assert box.matches.stringList()[0] == shown, typed
        completer = box.completer()
        assert completer is not None
        completer.activated.emit(shown)  # the user picks it in the list
        assert window.document.agreement.calendars[0].timezone == "America/Sao_Paulo"
        assert box.currentText() == shown


def test_a_typed_city_alone_chooses_its_zone(
    qtbot: QtBot, make_window: WindowFactory, language: str
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    calendars = go(window, "calendars").sections[0]
    calendars.select_row(0)
    box = calendars.form.editor("timezone")
    assert isinstance(box, TimeZoneBox)
    _type(qtbot, box, "Lisbon" if language == "en" else "Lisboa")
    assert window.document.agreement.calendars[0].timezone == "Europe/Lisbon"
    _type(qtbot, box, "Atlantis")
    assert window.document.agreement.calendars[0].timezone == "Europe/Lisbon"
    assert "Atlantis" in str(box.property("refusal"))


def test_a_date_is_typed_into_an_empty_field_and_its_calendar_opens_where_it_matters(
    qtbot: QtBot, make_window: WindowFactory, language: str
) -> None:
    window = make_window()
    assert window.files.new_from("")
    page = go(window, "agreement")
    date = page.forms[0].editor("effective_date")
    assert isinstance(date, DateField)
    assert date.line.text() == ""
    # Not set: the calendar opens on today, not in 1900.
    assert date.opening_date() == QDate.currentDate()
    typed, shown = {"en": ("2027-5-1", "2027-05-01"), "pt-BR": ("1/5/2027", "01/05/2027")}[language]
    retype(qtbot, date.line, typed)
    qtbot.keyClick(date.line, Qt.Key.Key_Return)
    assert window.document.agreement.effective_date == dt.date(2027, 5, 1)
    assert date.line.text() == shown
    # The empty expiry date opens on the agreement's effective date.
    expiry = page.forms[1].editor("term.expiry_date")
    assert isinstance(expiry, DateField)
    assert expiry.line.text() == ""
    assert expiry.opening_date() == QDate(2027, 5, 1)
    expiry.show_calendar()
    assert expiry.calendar is not None
    assert expiry.calendar.selectedDate() == QDate(2027, 5, 1)
    expiry.calendar.clicked.emit(QDate(2028, 4, 30))  # the user picks a day
    assert window.document.agreement.term.expiry_date == dt.date(2028, 4, 30)
    # Something that is no date is refused in words, and the model keeps its date.
    retype(qtbot, date.line, "31/31/2027")
    qtbot.keyClick(date.line, Qt.Key.Key_Return)
    assert window.document.agreement.effective_date == dt.date(2027, 5, 1)
    reason = str(date.property("refusal"))
    assert "31/31/2027" in reason
    assert ("not a date" if language == "en" else "não é uma data") in reason
    # Emptying the field unsets the date.
    retype(qtbot, date.line, "")
    date.line.clear()
    qtbot.keyClick(date.line, Qt.Key.Key_Return)
    assert window.document.agreement.effective_date is None


def test_a_new_agreement_takes_the_interface_language_currency_and_time_zone(
    make_window: WindowFactory, language: str
) -> None:
    window = make_window()
    assert window.files.new_from("")
    agreement = window.document.agreement
    assert agreement.language == language
    # The test machine's locale names no country: English falls back to USD and UTC.
    assert agreement.currency == {"en": "USD", "pt-BR": "BRL"}[language]
    calendars = go(window, "calendars").sections[0]
    calendars.add()
    zone = window.document.agreement.calendars[0].timezone
    assert zone == {"en": "UTC", "pt-BR": "America/Sao_Paulo"}[language]


def test_a_country_gives_its_currency_and_business_time_zone() -> None:
    from sla_designer.text.currencies import territory_currency
    from sla_designer.text.zones import territory_zone

    assert [territory_currency(c) for c in ("BR", "GB", "PT", "US")] == [
        "BRL",
        "GBP",
        "EUR",
        "USD",
    ]
    from babel import numbers

    from sla_designer.text.currencies import HOME_CURRENCIES

    for territory, currency in HOME_CURRENCIES.items():
        assert numbers.get_territory_currencies(territory, dt.date.today())[0] == currency
    assert territory_currency("ZA") == "ZAR"  # babel's tables for the others
    assert territory_zone("BR") == "America/Sao_Paulo"
    assert territory_zone("US") == "America/New_York"
    assert territory_zone("JP") == "Asia/Tokyo"
    assert territory_zone("ZZ") == "UTC"


def test_holidays_are_chosen_by_place_and_shown_for_a_year(
    qtbot: QtBot, make_window: WindowFactory, language: str
) -> None:
    window = make_window()
    assert window.files.new_from("it-service-desk")
    window.document.set_value(("effective_date",), dt.date(2027, 5, 1))
    calendars = go(window, "calendars").sections[0]
    calendars.select_row(0)
    holidays = calendars.children_sections[1]
    holidays.select_row(0)
    box = holidays.form.editor("subdivision")
    assert isinstance(box, SubdivisionBox)
    # Brazil's states by name; the city the package knows comes after them.
    texts = [box.itemText(row) for row in range(box.count())]
    assert "Minas Gerais (MG)" in texts and "São Paulo (SP)" in texts
    assert texts.index("São Paulo Capital") > texts.index("Tocantins (TO)")
    assert box.currentText() == "Minas Gerais (MG)"
    box.setCurrentIndex(box.keys().index("SP"))
    assert window.document.agreement.calendars[0].holidays[0].subdivision == "SP"
    country = {"en": "Brazil (BR)", "pt-BR": "Brasil (BR)"}[language]
    row = [holidays.model.index(0, column).data() for column in range(2)]
    assert row == [country, "São Paulo (SP)"]  # the table names the place too
    shown = holidays.findChild(HolidayList, "holiday-list")
    assert shown is not None and shown.isVisibleTo(window)
    assert shown.year.value() == 2027
    days = shown.days.text()
    revolution = {"en": "Constitutionalist Revolution", "pt-BR": "Revolução Constitucionalista"}
    assert revolution[language] in days
    assert ("2027-07-09" if language == "en" else "09/07/2027") in days
    assert "São Paulo Capital" in shown.note.text()
    # Another year, another Good Friday.
    shown.year.setValue(2028)
    assert ("2028-04-14" if language == "en" else "14/04/2028") in shown.days.text()
    # The whole country: no state holiday.
    box.setCurrentIndex(0)
    assert window.document.agreement.calendars[0].holidays[0].subdivision is None
    assert revolution[language] not in shown.days.text()
    # Another country gives its own subdivisions.
    window.document.set_value(("calendars", 0, "holidays", 0, "country"), "US")
    texts = [box.itemText(row) for row in range(box.count())]
    assert "New York (NY)" in texts and "Minas Gerais (MG)" not in texts
