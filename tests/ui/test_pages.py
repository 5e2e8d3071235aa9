# mypy: disable-error-code="no-untyped-call"
"""Calendars, Remedies and Metrics edited through their real widgets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from sla_designer.model import KINDS, TimeOfDay
from sla_designer.text import Language, texts
from sla_designer.ui.country_box import CountryBox
from sla_designer.ui.date_field import DateField
from sla_designer.ui.i18n import install_language
from sla_designer.ui.list_section import ListSection
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.number_edit import NumberBox
from sla_designer.ui.pages.metrics import MetricsSection
from tests.ui.ui_helpers import WindowFactory, go, retype


def click(qtbot: QtBot, section: ListSection, key: str) -> None:
    button = section.buttons[key]
    assert isinstance(button, QPushButton) and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_calendar_hours_and_closed_dates_typed_in(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("")
    go(window, "calendars")
    calendars = window.pages["calendars"].sections[0]
    assert calendars.empty.isVisible()
    click(qtbot, calendars, "add")
    hours, _holidays, closed = calendars.children_sections
    assert len(window.document.agreement.calendars[0].hours) == 1

    # A second interval: Saturday mornings.
    click(qtbot, hours, "add")
    assert hours.current_row() == 1
    days = hours.form.editor("days")
    for day in ("mon", "tue", "wed", "thu", "fri"):
        box = days.findChild(QCheckBox, day)
        assert box is not None
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    saturday = days.findChild(QCheckBox, "sat")
    assert saturday is not None
    qtbot.mouseClick(saturday, Qt.MouseButton.LeftButton)
    end = hours.form.editor("end")
    assert isinstance(end, QLineEdit)
    end.setFocus()
    end.setCursorPosition(0)
    qtbot.keyClicks(end, "1300")
    interval = window.document.agreement.calendars[0].hours[1]
    assert interval.days == ["sat"]
    assert interval.start == TimeOfDay(9 * 60)
    assert interval.end == TimeOfDay(13 * 60)
    assert hours.model.index(1, 0).data() == "Sat"

    # A closed date with its reason.
    click(qtbot, closed, "add")
    date = closed.form.editor("date")
    assert isinstance(date, DateField)
    retype(qtbot, date.line, "2027-12-24")
    qtbot.keyClick(date.line, Qt.Key.Key_Return)
    reason = closed.form.editor("name")
    assert isinstance(reason, QLineEdit)
    retype(qtbot, reason, "Christmas Eve")
    closed_date = window.document.agreement.calendars[0].closed_dates[0]
    assert (closed_date.date, closed_date.name) == (dt.date(2027, 12, 24), "Christmas Eve")

    # Each edit is its own undo step; undoing the reason leaves the date.
    window.menus.undo.trigger()
    assert window.document.agreement.calendars[0].closed_dates[0].name == ""
    assert window.document.agreement.calendars[0].closed_dates[0].date == dt.date(2027, 12, 24)


def test_credit_tier_added_and_typed_in(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    go(window, "remedies")
    schedules = window.pages["remedies"].sections[0]
    schedules.select_row(0)
    tiers_section = schedules.children_sections[0]
    before = list(window.document.agreement.remedies.credit_schedules[0].tiers)
    assert before, "the template has tiers"

    click(qtbot, tiers_section, "add")
    tiers = window.document.agreement.remedies.credit_schedules[0].tiers
    assert len(tiers) == len(before) + 1
    assert tiers[-1].below == before[-1].at_least  # the new tier continues below the last one
    credit = tiers_section.form.editor("credit")
    assert isinstance(credit, NumberBox)
    retype(qtbot, credit, "30")
    assert window.document.agreement.remedies.credit_schedules[0].tiers[-1].credit == Decimal(30)
    assert tiers_section.model.index(len(before), 4).data() == "30 %"

    # Undo the typing, then the addition: the schedule is as the template had it.
    window.menus.undo.trigger()
    window.menus.undo.trigger()
    assert window.document.agreement.remedies.credit_schedules[0].tiers == before


def test_choice_columns_show_labels_not_stored_values(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    go(window, "parties")
    parties = window.pages["parties"].sections[0].model
    roles = {parties.index(row, 1).data() for row in range(parties.rowCount())}
    assert roles == {"Provider", "Customer"}


def _metrics_section(window: MainWindow) -> MetricsSection:
    section = go(window, "metrics").sections[0]
    assert isinstance(section, MetricsSection)
    return section


def test_every_metric_kind_has_a_form_with_the_model_s_limits(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")
    section = _metrics_section(window)
    box = section.kind_box
    assert [box.itemData(row) for row in range(box.count())] == list(KINDS)
    assert list(section.kind_forms) == list(KINDS)
    for kind, form in section.kind_forms.items():
        described = KINDS[kind]
        names = [binding.widget.objectName() for binding in form.bindings]
        assert names == [field.name for field in described.fields]
        for field in described.fields:
            if field.editor in ("int", "decimal", "percent"):
                editor = form.editor(field.name)
                assert isinstance(editor, NumberBox)
                shown = (editor.rule.minimum, editor.rule.maximum)
                assert shown == described.limits(field.name), (kind, field.name)


def test_metric_choices_speak_the_interface_language(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    install_language("pt-BR")
    try:
        window = make_window()
        assert window.files.new_from("contact-centre")
        words = texts("pt-BR").section("metrics")
        section = _metrics_section(window)
        box = section.kind_box
        assert box.itemText(box.findData("satisfaction")) == words("kinds.satisfaction")
        formula = section.kind_forms["service_level"].editor("formula")
        assert isinstance(formula, QComboBox)
        assert formula.itemText(formula.findData("answered_only")) == words(
            "formulas.answered_only"
        )
        kinds = {section.model.index(row, 2).data() for row in range(section.model.rowCount())}
        assert words("kinds.service_level") in kinds
    finally:
        install_language("en")
    # The page is made again in the new language.
    qtbot.waitUntil(
        lambda: (
            _metrics_section(window).kind_box.itemText(0)
            == texts("en")("metrics.kinds.availability")
        )
    )


def test_a_new_custom_metric_states_its_unit_in_the_agreement_s_language(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")  # a Portuguese agreement
    section = _metrics_section(window)
    section.select_row(0)
    section.kind_box.setCurrentIndex(section.kind_box.findData("custom"))
    metric = window.document.agreement.metrics[0]
    assert metric.kind == "custom"
    assert metric.unit == texts("pt-BR")("metrics.new.unit")  # type: ignore[union-attr]
    assert section.model.index(0, 3).data() == "at least 0"


def test_a_party_s_country_picked_by_name_or_typed_as_a_code(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    go(window, "parties")
    parties = window.pages["parties"].sections[0]
    parties.select_row(1)
    box = parties.form.editor("country")
    assert isinstance(box, CountryBox)
    assert box.currentText() == "United Kingdom (GB)"

    # Picked from the list: the model stores the code.
    box.setCurrentIndex(box.findData("BR"))
    assert window.document.agreement.parties[1].country == "BR"

    # Typed: a code not among the common countries, then a name, then a wrong value.
    line = box.lineEdit()
    assert line is not None
    for typed, stored in (("no", "NO"), ("Germany", "DE"), ("Bremen", "DE")):
        retype(qtbot, line, typed)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert window.document.agreement.parties[1].country == stored
    assert "ISO code" in str(box.property("refusal"))  # Bremen: refused, not stored

    # Emptied: no country.
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.document.agreement.parties[1].country is None
    window.menus.undo.trigger()
    assert window.document.agreement.parties[1].country == "DE"
    assert box.currentText() == "Germany (DE)"


def test_revision_dates_read_in_the_interface_language(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    cases: tuple[tuple[Language, str], ...] = (("pt-BR", "18/01/2027"), ("en", "2027-01-18"))
    for language, shown in cases:
        install_language(language)
        window = make_window()
        assert window.files.new_from("saas-availability")
        page = go(window, "agreement")
        revisions = next(s for s in page.sections if isinstance(s, ListSection))
        model = revisions.table.model()
        cells = [model.data(model.index(row, 1)) for row in range(model.rowCount())]
        assert cells[0] == shown, (language, cells)
    install_language("en")
