# mypy: disable-error-code="no-untyped-call"
"""Guidance on what is realistic, in the editor: defaults that make sense for the kind, the
typical range beside a target, and steps that turn green only when what they need is filled."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from sla_designer.model import BusinessDays, ClockDuration
from sla_designer.ui.i18n import install_language
from sla_designer.ui.list_section import ListSection
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.pages.metrics import MetricsSection
from sla_designer.ui.pages.typical_panel import TypicalRangePanel
from sla_designer.ui.steps import STEPS
from sla_designer.validation import validate
from tests.ui.ui_helpers import WindowFactory, go

REALISM = {
    "time-target-full-attainment",
    "time-target-below-floor",
    "credit-tier-above-objective",
    "credit-while-objective-met",
}


def _metrics(window: MainWindow) -> MetricsSection:
    section = go(window, "metrics").sections[0]
    assert isinstance(section, MetricsSection)
    return section


def _realism_codes(window: MainWindow) -> set[str]:
    return {f.code for f in validate(window.document.agreement)} & REALISM


def test_a_new_resolution_metric_asks_typical_times_of_95_percent(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    assert window.files.new_from("it-service-desk")  # four priorities
    section = _metrics(window)
    section.add()
    metric = window.document.agreement.metrics[-1]
    assert metric.kind == "resolution_time"
    targets = metric.targets  # type: ignore[union-attr]
    assert [t.target for t in targets] == [
        ClockDuration.parse("4h business"),
        ClockDuration.parse("8h business"),
        ClockDuration.parse("24h business"),
        BusinessDays(5),
    ]
    assert {t.attainment for t in targets} == {Decimal(95)}
    assert _realism_codes(window) == set()


def test_a_new_target_asks_the_typical_time_of_its_priority(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    section = _metrics(window)
    response = next(
        i for i, m in enumerate(window.document.agreement.metrics) if m.kind == "response_time"
    )
    section.select_row(response)
    section.targets.select_row(1)
    section.targets.remove()  # frees the second priority
    section.targets.add()
    added = window.document.agreement.metrics[response].targets[-1]  # type: ignore[union-attr]
    assert added.priority == "S2"
    assert added.target == ClockDuration.parse("1h business")
    assert added.attainment == Decimal(95)


@pytest.mark.parametrize(
    ("template", "tier"),
    [
        # No availability metric: the first one, a first response asking 95 % of tickets.
        ("it-service-desk", {"at_least": Decimal(90), "below": Decimal(95)}),
        # Availability of at least 99.9 %: the tier below it, as before.
        ("saas-availability", {"at_least": Decimal("99.0"), "below": Decimal("99.9")}),
    ],
)
def test_a_new_credit_schedule_starts_below_the_target(
    make_window: WindowFactory, template: str, tier: dict[str, Decimal]
) -> None:
    window = make_window()
    assert window.files.new_from(template)
    schedules = go(window, "remedies").sections[0]
    schedules.add()
    added = window.document.agreement.remedies.credit_schedules[-1]
    (first,) = added.tiers
    assert {k: v for k, v in first.model_dump().items() if v is not None} == {
        **tier,
        "credit": Decimal(10),
    }
    assert _realism_codes(window) == set()


def _panels(window: MainWindow) -> list[str]:
    return [p.text() for p in window.findChildren(TypicalRangePanel) if p.isVisible()]


def test_the_typical_range_follows_the_chosen_target_in_the_interface_language(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    section = _metrics(window)
    resolution = next(
        i for i, m in enumerate(window.document.agreement.metrics) if m.kind == "resolution_time"
    )
    section.select_row(resolution)
    section.targets.select_row(0)
    qtbot.waitUntil(lambda: len(_panels(window)) == 1)
    (text,) = _panels(window)
    assert "Typical resolution time for critical tickets" in text
    assert "4 hours to 24 hours" in text and "A target under 1 hour" in text
    assert 'href="https://altsys.io/sla/"' in text and "read 30 November 2026" in text

    section.targets.select_row(3)
    qtbot.waitUntil(lambda: "low-priority tickets" in "".join(_panels(window)))

    install_language("pt-BR")
    try:
        qtbot.waitUntil(lambda: "Prazo típico de solução" in "".join(_panels(window)))
        assert "consultada em 30 de novembro de 2026" in _panels(window)[0]
    finally:
        install_language("en")


def test_the_typical_availability_and_service_level_beside_the_objective(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    section = _metrics(window)
    section.select_row(0)  # availability
    qtbot.waitUntil(lambda: len(_panels(window)) == 1)
    assert "public cloud SLAs: 99 % to 99.99 %, often 99.9 %" in _panels(window)[0]

    window = make_window()
    assert window.files.new_from("contact-centre")
    section = _metrics(window)
    section.select_row(0)  # service level, 80 % in 20 s
    qtbot.waitUntil(lambda: len(_panels(window)) == 1)
    assert "80 % of contacts answered within 20 seconds" in _panels(window)[0]


def test_no_range_for_a_periodic_update(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("it-service-desk")
    section = _metrics(window)
    update = next(
        i
        for i, m in enumerate(window.document.agreement.metrics)
        if getattr(m, "event", "") == "periodic_update"
    )
    section.select_row(update)
    section.targets.select_row(0)
    qtbot.wait(50)
    assert _panels(window) == []


# --- a step is complete only when what it needs is filled ---------------------------------------


def _section(window: MainWindow, step: str, path: list[int]) -> ListSection:
    """A list section of a step: the page's section, then children by index, selecting row 0."""
    section = go(window, step).sections[path[0]]
    for index in path[1:]:
        section.select_row(0)
        section = section.children_sections[index]
    return section


STEP_CASES = [
    # (step, the section: the page's, then children by index; the field; whether a new item
    # starts blank, or the template's first item is cleared)
    ("parties", [0, 0], "name", True),  # a party's contact
    ("service", [0], "name", True),
    ("calendars", [0], "name", False),
    ("priorities", [0], "name", True),
    ("metrics", [0], "name", False),
    ("responsibilities", [0], "text", True),
    ("reporting", [0], "name", False),
    ("escalation", [0], "name", True),
    ("review", [0], "name", True),  # a witness
]


def _type(qtbot: QtBot, editor: QWidget, text: str) -> None:
    """Replace the editor's text by typing (an empty text: select all and delete)."""
    editor.setFocus()
    if isinstance(editor, QLineEdit | QPlainTextEdit):
        editor.selectAll()
    if text:
        qtbot.keyClicks(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    editor.clearFocus()


@pytest.mark.parametrize(("step", "where", "field", "add"), STEP_CASES)
def test_a_blank_item_keeps_its_step_from_turning_green(
    qtbot: QtBot, make_window: WindowFactory, step: str, where: list[int], field: str, add: bool
) -> None:
    window = make_window()
    assert window.files.new_from("it-service-desk")
    row = [s.key for s in STEPS].index(step)
    qtbot.waitUntil(lambda: window.navigator.state_of(row) == "complete")

    section = _section(window, step, where)
    if add:
        section.add()
    else:
        section.select_row(0)
        _type(qtbot, section.form.editor(field), "")
    qtbot.waitUntil(lambda: window.navigator.state_of(row) == "1 error")
    assert {f.code for f in window.watcher.findings if f.severity == "error"} == {
        "required-field-empty"
    }

    _type(qtbot, section.form.editor(field), "Filled in")
    qtbot.waitUntil(lambda: window.navigator.state_of(row) == "complete")
