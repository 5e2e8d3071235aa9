"""Every number, amount, percentage and duration field of the editor, typed in both languages.

The fields are found, not listed: every page is walked (an item chosen, or added, in every list,
each kind of metric in turn) and every bound field of a numeric kind gets each convention of the
interface language, then what would be a guess. The model must hold exactly what was meant, or
keep its value while the field stays red with the reason; a field left shows what was stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from sla_designer.model import BusinessDays, ClockDuration, Money, parse_duration
from sla_designer.text.formats import formatter
from sla_designer.ui.binding import Binding, widget_value
from sla_designer.ui.fields import FIELD_KIND
from sla_designer.ui.form import FieldForm
from sla_designer.ui.i18n import install_language
from sla_designer.ui.list_section import ListSection
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.number_edit import NumberBox, NumberRule
from sla_designer.ui.pages.metrics import MetricsSection
from sla_designer.ui.pickers import ClockDurationEdit
from sla_designer.ui.steps import STEPS
from tests.ui.ui_helpers import WindowFactory, go, retype

NUMERIC = {"int", "decimal", "percent", "money", "duration", "clock_duration"}
REFUSED = object()
"""Expected of a text that must be refused: the model keeps its value."""


@dataclass(frozen=True)
class Typed:
    text: str
    meant: Any
    """The model's value afterwards, or REFUSED."""


def _sections(sections: list[ListSection]) -> Iterator[ListSection]:
    for section in sections:
        yield section
        yield from _sections(section.children_sections)


def _choose_items(window: MainWindow, key: str) -> None:
    """Choose the first item of every list of a page (adding one to an empty list)."""
    page = go(window, key)
    for section in _sections(page.sections):
        if not section.isVisibleTo(page):
            continue  # a list the chosen item does not have (a metric kind's)
        if section.current_path() is None and section.model.rowCount() == 0:
            section.add()
        if section.model.rowCount():
            section.select_row(0)
    # Optional parts switched on (a linear credit rule), so that their fields can be typed in.
    for form in page.findChildren(FieldForm):
        for binding in form.bindings:
            box = binding.widget
            if isinstance(box, QCheckBox) and box.isEnabled() and not box.isChecked():
                box.click()


def _bound(window: MainWindow) -> list[Binding]:
    """The bound fields of numeric kinds of the page shown."""
    page = window.pages.currentWidget()
    assert isinstance(page, QWidget)
    return [
        binding
        for form in page.findChildren(FieldForm)
        for binding in form.bindings
        if binding.path is not None
        and binding.widget.property(FIELD_KIND) in NUMERIC
        and binding.widget.isEnabled()
    ]


def _marks(language: str) -> tuple[str, str]:
    return (".", ",") if language == "en" else (",", ".")


def _within(rule: NumberRule, value: Decimal) -> bool:
    return (rule.minimum is None or value >= rule.minimum) and (
        rule.maximum is None or value <= rule.maximum
    )


def _cases(kind: str, widget: QWidget, language: str) -> list[Typed]:
    """Each way the language writes a value of this field, then what must be refused."""
    point, group = _marks(language)
    if kind == "percent":
        return [
            Typed(f"99{point}95 %", Decimal("99.95")),
            Typed("95", Decimal(95)),
            Typed(f"99{group}95", REFUSED),  # the other language's decimal mark
            Typed("abc", REFUSED),
        ]
    if kind in {"int", "decimal"}:
        assert isinstance(widget, NumberBox)
        rule = widget.rule
        cases = []
        if _within(rule, Decimal(1000)):
            cases += [Typed(f"1{group}000", 1000), Typed("1000", 1000)]
        low = rule.minimum or Decimal(0)
        cases.append(Typed(str(int(low) + 2), int(low) + 2))
        if kind == "decimal" and _within(rule, Decimal("1234.5")):
            cases.append(Typed(f"1{group}234{point}5", Decimal("1234.5")))
        if kind == "decimal" and _within(rule, Decimal("0.5")):
            cases.append(Typed(f"0{point}5", Decimal("0.5")))
        if _within(rule, Decimal(25)) and _within(rule, Decimal(25000)):
            cases.append(Typed(f"25{point}000", REFUSED))  # twenty-five thousand, or 25?
        if kind == "int":
            cases.append(Typed(f"2{point}5", REFUSED))  # not a whole number
        cases.append(Typed(f"1{group}00{group}000", REFUSED))  # grouped wrongly
        return cases
    if kind == "money":
        return [
            Typed(f"25{group}000{point}00", Decimal(25000)),
            Typed(f"99{point}95", Decimal("99.95")),
            Typed("1200", Decimal(1200)),
            Typed(f"25{point}000", REFUSED),
            Typed(f"25{point}000{group}00", REFUSED),
        ]
    days = "2 dias" if language == "pt-BR" else "2 days"
    if kind == "clock_duration":
        return [
            Typed("1 h 30 min", parse_duration("1h30m")),
            Typed("4h", parse_duration("4h")),
            Typed("abc", REFUSED),
        ]
    return [
        Typed("1 h 30 min", parse_duration("1h30m")),
        Typed(days, parse_duration("2d")),
        Typed("45 s", parse_duration("45s")),
        Typed("4h", parse_duration("4h")),
        Typed("abc", REFUSED),
    ]


def _stored(window: MainWindow, binding: Binding) -> Any:
    assert binding.path is not None
    value = window.document.get(binding.path)
    if isinstance(value, Money):
        return value.amount
    if isinstance(value, ClockDuration):
        return value.length
    return value


def _field_text(widget: QWidget) -> str:
    if isinstance(widget, ClockDurationEdit):
        return widget.length.text()
    assert isinstance(widget, QLineEdit | NumberBox)
    return str(widget_value(widget))


def _type_into(qtbot: QtBot, binding: Binding, text: str) -> None:
    widget = binding.widget
    if isinstance(widget, ClockDurationEdit):
        if isinstance(binding.document.get(binding.path or ()), BusinessDays):
            widget.clock.setCurrentIndex(widget.clock.findData("calendar"))
        retype(qtbot, widget.length, text)
        qtbot.keyClick(widget.length, Qt.Key.Key_Return)
        return
    assert isinstance(widget, QLineEdit | NumberBox)
    retype(qtbot, widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _check_field(qtbot: QtBot, window: MainWindow, binding: Binding, language: str) -> list[str]:
    """Type every case into one field; return the texts the model itself refused."""
    kind = str(binding.widget.property(FIELD_KIND))
    refused_by_model: list[str] = []
    where = f"{language} {binding.path} {kind}"
    for case in _cases(kind, binding.widget, language):
        before = _stored(window, binding)
        _type_into(qtbot, binding, case.text)
        reason = str(binding.widget.property("refusal") or "")
        if case.meant is REFUSED:
            assert reason, f"{where}: {case.text!r} was not refused"
            # Not even what a beginning of it said ('25.00' of '25.000'): the value before.
            assert _stored(window, binding) == before, f"{where}: {case.text!r} changed the model"
            assert _field_text(binding.widget).strip() == case.text, where  # left as typed
            continue
        if reason:
            # Read right, but the agreement does not take it here (a tier's second bound).
            assert _stored(window, binding) == before, where
            refused_by_model.append(f"{binding.path[-1]}={case.text}")  # type: ignore[index]
            continue
        stored = _stored(window, binding)
        assert stored == case.meant, f"{where}: {case.text!r} stored {stored!r}"
        shown = binding.converter.to_widget(window.document.get(binding.path or ()))
        if isinstance(binding.widget, ClockDurationEdit):
            shown = window.document.get(binding.path or ())
            binding.widget.set_value(shown)
            shown = binding.widget.length.text()
        assert _field_text(binding.widget) == shown, f"{where}: the stored value is not shown"
    return refused_by_model


@pytest.mark.parametrize("language", ["en", "pt-BR"])
def test_every_numeric_field_takes_the_language_s_conventions(
    qtbot: QtBot, make_window: WindowFactory, language: str
) -> None:
    install_language(language)
    try:
        window = make_window()
        assert window.files.new_from("managed-services")
        checked: set[str] = set()
        refused_by_model: list[str] = []
        for step in STEPS:
            _choose_items(window, step.key)
            page = window.pages[step.key]
            kinds = [None]
            metrics = page.findChild(MetricsSection)
            if metrics is not None:
                kinds = [metrics.kind_box.itemData(i) for i in range(metrics.kind_box.count())]
            for kind in kinds:
                if metrics is not None:
                    metrics.kind_box.setCurrentIndex(metrics.kind_box.findData(kind))
                    _choose_items(window, step.key)
                for binding in _bound(window):
                    refused_by_model += _check_field(qtbot, window, binding, language)
                    checked.add(f"{binding.widget.property(FIELD_KIND)}:{binding.path[-1]}")  # type: ignore[index]
        kinds_seen = {name.split(":")[0] for name in checked}
        assert kinds_seen == NUMERIC, kinds_seen
        for name in (
            "money:monthly_fee",
            "percent:attainment",
            "clock_duration:target",
            "decimal:start",
            "percent:credit_per_step",
        ):
            assert name in checked, sorted(checked)
        assert len(checked) >= 25, sorted(checked)
        # Only a tier's second lower or upper bound is refused by the agreement itself.
        assert {entry.split("=")[0] for entry in refused_by_model} <= {
            "at_least",
            "more_than",
            "below",
            "at_most",
        }, refused_by_model
    finally:
        install_language("en")


def test_switching_language_shows_every_field_anew_and_changes_no_value(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("managed-services")
    fee = ("service", "services", 0, "monthly_fee")
    window.document.set_value(fee, Money(amount=Decimal("25000"), currency="BRL"), text="fee")
    saved = window.document.agreement.model_dump()
    go(window, "service").sections[0].select_row(0)
    shown = {str(b.path): _field_text(b.widget) for b in _bound(window)}
    assert shown[str(fee)] == "25,000.00"
    install_language("pt-BR")
    try:
        qtbot.waitUntil(lambda: window.navigator.item(0).text().startswith("1. Acordo"))
        page = go(window, "service")
        page.sections[0].select_row(0)
        again = {str(b.path): _field_text(b.widget) for b in _bound(window)}
        assert again.keys() == shown.keys()
        assert again[str(fee)] == "25.000,00"
        for section in _sections(go(window, "metrics").sections):
            if section.model.rowCount():
                section.select_row(0)  # choosing changes nothing
        percents = [b for b in _bound(window) if b.widget.property(FIELD_KIND) == "percent"]
        assert percents
        for binding in percents:
            value = window.document.get(binding.path or ())
            assert _field_text(binding.widget) == formatter("pt-BR").percent(value)
        assert window.document.agreement.model_dump() == saved
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: window.navigator.item(0).text().startswith("1. Agreement"))
    assert window.document.agreement.model_dump() == saved
