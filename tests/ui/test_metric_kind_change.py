"""Changing a metric's kind keeps what fits the new kind and says what it drops, in one step."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sla_designer.model import Agreement
from sla_designer.text import texts
from sla_designer.ui.i18n import install_language
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.pages.metrics import MetricsSection
from tests.ui.ui_helpers import WindowFactory, go


def _section(window: MainWindow, row: int) -> MetricsSection:
    section = go(window, "metrics").sections[0]
    assert isinstance(section, MetricsSection)
    section.select_row(row)
    return section


def _pick(section: MetricsSection, kind: str) -> None:
    section.kind_box.setCurrentIndex(section.kind_box.findData(kind))


def _row(agreement: Agreement, metric_id: str) -> int:
    return [m.id for m in agreement.metrics].index(metric_id)


def test_a_response_time_becomes_a_resolution_time_with_its_targets(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")
    document = window.document
    row = _row(document.agreement, "resposta-escrita")
    before = document.agreement.metrics[row]
    section = _section(window, row)
    _pick(section, "resolution_time")
    after = document.agreement.metrics[row]
    assert after.kind == "resolution_time"
    # Everything fits: targets, clock and the common fields; the user's own name stays.
    assert after.targets == before.targets  # type: ignore[union-attr]
    assert len(after.targets) == 3  # type: ignore[union-attr]
    assert after.clock == before.clock  # type: ignore[union-attr]
    assert (after.name, after.service, after.calendar, after.exclusions) == (
        before.name,
        before.service,
        before.calendar,
        before.exclusions,
    )
    message = window.statusBar().currentMessage()
    assert message == "Kind changed to Resolution time; the metric keeps everything it had."
    # The targets shown are the metric's.
    assert section.targets.model.rowCount() == 3
    # One undo step gives the metric back as it was.
    document.undo_stack.undo()
    assert document.agreement.metrics[row] == before
    document.undo_stack.redo()
    # The copy kept is the new metric's own: editing it leaves the undo history intact.
    document.set_value(("metrics", row, "targets", 0, "attainment"), 90, text="Edit")
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.agreement.metrics[row] == before


def test_what_the_new_kind_has_no_place_for_is_named(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    document = window.document
    row = next(i for i, m in enumerate(document.agreement.metrics) if m.kind == "availability")
    before = document.agreement.metrics[row]
    windows = len(before.maintenance)  # type: ignore[union-attr]
    assert windows > 0
    section = _section(window, row)
    _pick(section, "response_time")
    after = document.agreement.metrics[row]
    assert after.kind == "response_time" and after.targets == []  # type: ignore[union-attr]
    message = window.statusBar().currentMessage()
    assert message.startswith(
        "Kind changed to Response time. Not kept, as the new kind has no place for them: "
    )
    assert "Objective" in message
    assert f"Scheduled maintenance windows ({windows})" in message
    assert document.undo_stack.undoText() == "Change metric kind"
    document.undo_stack.undo()
    assert document.agreement.metrics[row] == before


def test_a_default_name_follows_the_kind(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")  # a Portuguese agreement
    section = _section(window, 0)
    section.add()  # a new metric, with its kind's name in the agreement's language
    row = len(window.document.agreement.metrics) - 1
    words = texts("pt-BR")
    created = window.document.agreement.metrics[row]
    assert created.name == words(f"metrics.kinds.{created.kind}")
    _pick(section, "availability")
    assert window.document.agreement.metrics[row].name == words("metrics.kinds.availability")
    # A name the user wrote is theirs.
    window.document.set_value(("metrics", row, "name"), "Uptime do portal", text="Edit")
    _pick(section, "service_level")
    assert window.document.agreement.metrics[row].name == "Uptime do portal"


def test_the_notice_names_fields_in_the_interface_language(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    install_language("pt-BR")
    try:
        window = make_window()
        assert window.files.new_from("contact-centre")
        document = window.document
        row = _row(document.agreement, "nivel-servico-voz")
        section = _section(window, row)
        _pick(section, "average_speed_of_answer")
        after = document.agreement.metrics[row]
        assert after.channel == "phone"  # type: ignore[union-attr]
        message = window.statusBar().currentMessage()
        words = texts("pt-BR").section("metrics")
        for key in ("answered", "within", "formula"):
            assert words(f"fields.{key}") in message
        assert " e " in message  # joined as Portuguese joins a list
    finally:
        install_language("en")
