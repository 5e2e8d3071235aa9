# mypy: disable-error-code="no-untyped-call"
"""View › Back-test…: a ticket file chosen, its mapping dialog (first rows, the preset guessed,
the mapping prefilled), the run off the GUI thread with its progress and Cancel, the results
per metric (two charts and the table of windows), and a bad file's one-line problems."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QAction, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from sla_designer.backtest.figures import Histogram, WindowPoint, attainment_points
from sla_designer.backtest.guess import mapping_yaml
from sla_designer.backtest.mapping import Mapping, load_mapping
from sla_designer.backtest.reading import read_history
from sla_designer.backtest.running import BacktestRun
from sla_designer.backtest.sample_files import write_servicenow, write_zendesk
from sla_designer.backtest.samples import history
from sla_designer.backtest.sources import TicketFileError
from sla_designer.ui.backtest_charts import (
    FEW_COLOUR,
    LINE_COLOUR,
    MET_COLOUR,
    MISSED_COLOUR,
    AttainmentChart,
    ElapsedHistogram,
)
from sla_designer.ui.backtest_dialog import MappingDialog
from sla_designer.ui.backtest_values import ColumnValues
from sla_designer.ui.i18n import install_language
from sla_designer.ui.main_window import MainWindow
from tests.ui.ui_helpers import WindowFactory, go, prompter_of

TEMPLATE = "it-service-desk"
ZONE = "America/Sao_Paulo"


@pytest.fixture(autouse=True)
def _no_read_left_running() -> Iterator[None]:
    """A file read on the pool (the mapping dialog's priorities, one dropped for a later one)
    ends with its test: its answer would reach the next test's readers, and its objects freed
    there would read as that test's."""
    yield
    assert QThreadPool.globalInstance().waitForDone(30_000)
    QCoreApplication.processEvents()


@pytest.fixture(params=["en", "pt-BR"])
def language(request: pytest.FixtureRequest) -> Any:
    install_language(request.param)
    yield request.param
    install_language("en")


@pytest.fixture(scope="module")
def servicenow_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tickets") / "incidents.csv"
    write_servicenow(history(400, 7), path)
    return path


@pytest.fixture(scope="module")
def zendesk_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("zendesk") / "tickets.csv"
    write_zendesk(history(300, 3), path, ZONE)
    return path


def _window(make_window: WindowFactory) -> MainWindow:
    window = make_window()
    assert window.files.new_from(TEMPLATE)
    return window


def _answer(window: MainWindow, fill: Any = None) -> list[MappingDialog]:
    """Accept each mapping dialog after `fill(dialog)`; the dialogs shown."""
    shown: list[MappingDialog] = []

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, MappingDialog)
        shown.append(dialog)
        wait_for_priorities(dialog)
        if fill is not None:
            fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    prompter_of(window).answer_dialog = answer
    return shown


def wait_for_priorities(dialog: MappingDialog) -> None:
    """Until the dialog has read its file's priorities (on a pool thread)."""
    waited = 0
    while dialog.priority_values is None and waited < 30_000:
        QTest.qWait(10)
        waited += 10
    assert dialog.priority_values is not None, "the priorities were not read"
    assert not dialog.reading_note.isVisibleTo(dialog) and dialog.ok_button.isEnabled()


def _open(window: MainWindow, path: Path, fill: Any = None) -> list[MappingDialog]:
    shown = _answer(window, fill)
    prompter_of(window).paths.append(str(path))
    action = window.findChild(QAction, "backtest")
    assert isinstance(action, QAction)
    assert action.shortcut().toString() == "Ctrl+Shift+B"
    action.trigger()
    return shown


def _zone(dialog: MappingDialog) -> None:
    dialog.zone.set_value(ZONE)


def test_the_dialog_shows_the_first_rows_and_guesses_servicenow(
    make_window: WindowFactory, servicenow_file: Path, language: str
) -> None:
    window = _window(make_window)
    shown = _open(window, servicenow_file, _zone)
    dialog = shown[0]
    assert dialog.rows.columnCount() == 7
    assert dialog.rows.rowCount() == 8
    header = dialog.rows.horizontalHeaderItem(0)
    assert header is not None and header.text() == "number"
    assert dialog.chosen_preset() == "servicenow"
    assert dialog.guessed == "servicenow" and dialog.guess_note.text()
    mapping = dialog.mapping()
    assert mapping.preset == "servicenow"
    assert mapping.timezone == ZONE
    # Source priorities by rank to the agreement's priorities.
    ids = [p.id for p in window.document.agreement.priorities]
    assert mapping.priorities["1 - Critical"] == ids[0]
    assert mapping.priorities["4 - Low"] == ids[3]
    assert mapping.columns == {}
    assert not dialog.events.isVisibleTo(dialog)
    assert window.backtest.tickets == servicenow_file
    assert window.backtest.dock.isVisible()


def test_the_dialog_guesses_zendesk_and_takes_its_events_beside(
    make_window: WindowFactory, zendesk_file: Path
) -> None:
    window = _window(make_window)
    dialog = _open(window, zendesk_file)[0]
    assert dialog.chosen_preset() == "zendesk"
    assert dialog.events.isVisibleTo(dialog)
    assert dialog.events_path() == zendesk_file.with_name("tickets-events.csv")
    assert dialog.columns.boxes["ticket"].currentData() == "ticket_id"
    assert dialog.mapping().priorities == {
        value: p.id
        for value, p in zip(
            ("urgent", "high", "normal", "low"), window.document.agreement.priorities, strict=False
        )
    }


def test_the_dialog_opens_on_the_first_rows_while_the_priorities_are_read(
    make_window: WindowFactory, servicenow_file: Path, zendesk_file: Path, qtbot: QtBot
) -> None:
    window = _window(make_window)
    dialog = window.backtest.mapping_dialog(servicenow_file, None, None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    # Shown at once: the first rows, the priorities still being read, the mapping not yet usable.
    assert dialog.rows.rowCount() == 8
    assert dialog.priority_values is None and dialog.values_column == "priority"
    assert dialog.reading_note.isVisibleTo(dialog) and not dialog.ok_button.isEnabled()
    wait_for_priorities(dialog)
    assert set(dialog.priority_values or []) == {
        "1 - Critical",
        "2 - High",
        "3 - Moderate",
        "4 - Low",
    }
    assert dialog.priorities.rowCount() == 4
    # A mapping loaded that names another column: it is read anew, the OK button waits for it.
    dialog.fill(Mapping(preset="servicenow", columns={"priority": "incident_state"}))
    assert dialog.values_column == "incident_state"
    assert dialog.priority_values is None and not dialog.ok_button.isEnabled()
    wait_for_priorities(dialog)
    assert "Resolved" in (dialog.priority_values or [])


def test_a_read_asked_for_since_drops_the_earlier_one_s_answer(
    servicenow_file: Path, qtbot: QtBot
) -> None:
    values = ColumnValues()
    answers: list[tuple[str, list[str]]] = []
    values.read.connect(lambda column, found: answers.append((column, found)))
    values.start(servicenow_file, "priority")
    values.start(servicenow_file, "incident_state")
    assert values.reading()
    qtbot.waitUntil(lambda: not values.reading(), timeout=30_000)
    QTest.qWait(200)  # the earlier read's answer, had it been kept
    assert [column for column, _ in answers] == ["incident_state"]
    assert "Resolved" in answers[0][1]


def test_a_read_outlives_its_dialog_closed_before_the_answer(
    servicenow_file: Path, qtbot: QtBot
) -> None:
    from sla_designer.ui import backtest_values

    values = ColumnValues()
    answers: list[object] = []
    values.read.connect(answers.append)
    values.start(servicenow_file, "priority")
    assert len(backtest_values._RUNNING) == 1  # kept alive by the module, not by its reader
    shiboken6.delete(values)  # the dialog closed, its reader with it
    del values
    assert QThreadPool.globalInstance().waitForDone(30_000)
    QTest.qWait(50)
    assert not backtest_values._RUNNING and answers == []


def test_a_file_that_cannot_be_read_is_said_and_leaves_nothing_to_map(
    make_window: WindowFactory, servicenow_file: Path, tmp_path: Path
) -> None:
    window = _window(make_window)
    copied = tmp_path / "incidents.csv"
    copied.write_bytes(servicenow_file.read_bytes())
    dialog = window.backtest.mapping_dialog(copied, None, None)
    assert dialog is not None
    wait_for_priorities(dialog)
    copied.write_bytes(b"\x00\xff")  # gone bad since the dialog opened
    dialog.fill(Mapping(preset="servicenow", columns={"priority": "incident_state"}))
    wait_for_priorities(dialog)
    assert dialog.priority_values == [] and dialog.problem.text()


def _dialog_read(window: MainWindow, path: Path, qtbot: QtBot) -> MappingDialog:
    """The mapping dialog of `path`, once it has read the file's priorities."""
    dialog = window.backtest.mapping_dialog(path, None, None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    wait_for_priorities(dialog)
    return dialog


def test_a_mapping_with_the_workflow_s_own_states_offers_them_and_keeps_them(
    make_window: WindowFactory, servicenow_file: Path, qtbot: QtBot
) -> None:
    window = _window(make_window)
    dialog = _dialog_read(window, servicenow_file, qtbot)
    resolution = next(
        m.id for m in window.document.agreement.metrics if m.kind == "resolution_time"
    )
    loaded = Mapping(
        preset="servicenow",
        states=["Awaiting Deploy", "Fixed"],
        stops=["Fixed"],
        pauses={resolution: ["Awaiting Deploy"]},
        threshold="20s",
    )
    dialog.fill(loaded)
    assert dialog.pauses.states[-2:] == ["Awaiting Deploy", "Fixed"]
    mapping = dialog.mapping()
    assert (mapping.states, mapping.stops) == (["Awaiting Deploy", "Fixed"], ["Fixed"])
    assert mapping.pauses[resolution] == ["Awaiting Deploy"]
    assert mapping.threshold == loaded.threshold
    # Another preset: the states were ServiceNow's instance's, not kept for it.
    dialog.preset.setCurrentIndex(dialog.preset.findData("jsm"))
    assert dialog.mapping().states == []


def test_pauses_and_columns_chosen_make_the_mapping_and_it_saves_and_loads(
    make_window: WindowFactory, servicenow_file: Path, tmp_path: Path
) -> None:
    window = _window(make_window)
    saved = tmp_path / "mine.yaml"

    waiting = ["Awaiting Caller", "Awaiting User Info"]

    def fill(dialog: MappingDialog) -> None:
        _zone(dialog)
        # Ticked at first: the states waiting on the requester, for the metrics whose clock
        # rules pause (the first response's do not).
        assert dialog.mapping().pauses == {
            "atualizacao-periodica": waiting,
            "tempo-solucao": waiting,
        }
        row = dialog.pauses.states.index("On Hold")
        item = dialog.pauses.item(row, dialog.pauses.metrics.index("tempo-resposta"))
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked)
        prompter_of(window).paths.append(str(saved))
        dialog.save_button.click()

    _open(window, servicenow_file, fill)
    loaded = load_mapping(saved)
    assert loaded.pauses == {
        "tempo-resposta": ["On Hold"],
        "atualizacao-periodica": waiting,
        "tempo-solucao": waiting,
    }
    assert loaded.timezone == ZONE
    assert window.backtest.mapping == loaded
    # Loading it into another dialog shows the same mapping.
    dialogs: list[MappingDialog] = []

    def load(dialog: MappingDialog) -> None:
        dialog.pauses.show_states(dialog.pauses.states, {})
        prompter_of(window).paths.append(str(saved))
        dialog.load_button.click()
        dialogs.append(dialog)

    _answer(window, load)
    assert window.backtest.edit_mapping()
    assert dialogs[0].mapping() == loaded


def test_a_run_shows_each_metric_with_its_charts_and_windows(
    make_window: WindowFactory, servicenow_file: Path, qtbot: QtBot, language: str
) -> None:
    window = _window(make_window)
    _open(window, servicenow_file, _zone)
    panel = window.backtest.panel
    with qtbot.waitSignal(window.backtest.runner.finished, timeout=30_000):
        panel.run.click()
        assert panel.cancel.isEnabled()
    assert not panel.cancel.isEnabled()
    assert panel.results.isVisibleTo(panel)
    assert panel.metric_box.count() == 3  # the response, update and resolution metrics
    panel.metric_box.setCurrentIndex(panel.metric_box.findData("tempo-solucao"))
    assert panel.scope_box.count() == 4
    points = panel.attainment.points
    assert points and all(p.objective > 0 for p in points)
    assert panel.table.rowCount() == len(points)
    assert panel.histogram.histogram.total > 0
    assert panel.histogram.histogram.target is not None
    assert panel.attainment.accessibleName() and panel.histogram.accessibleDescription()
    # The table says the same as the command line's reading of the same windows.
    outcome = panel.outcome
    assert outcome is not None
    result = next(r for r in outcome.results if r.metric.id == "tempo-solucao")
    first = next(r for r in result.rows if r.priority == panel.scope_box.currentData())
    tickets = panel.table.item(0, 1)
    assert tickets is not None and tickets.text() == str(first.tickets)
    # Every metric shows its own windows (none for a metric left out, which says why).
    for row, shown in enumerate(outcome.results):
        panel.metric_box.setCurrentIndex(row)
        assert panel.reading.text()
        scope = panel.scope_box.currentData()
        assert panel.attainment.points == attainment_points(shown, scope)
        assert (shown.skipped is None) == bool(shown.rows)


def test_cancel_stops_the_run(
    make_window: WindowFactory, servicenow_file: Path, qtbot: QtBot
) -> None:
    window = _window(make_window)
    _open(window, servicenow_file, _zone)
    flow = window.backtest
    with qtbot.waitSignal(flow.runner.cancelled, timeout=30_000):
        flow.run()
        flow.panel.cancel.click()
    assert flow.panel.outcome is None
    assert flow.panel.run.isEnabled()
    assert not flow.panel.cancel.isEnabled()


def test_cancel_interrupts_the_files_being_read(servicenow_file: Path) -> None:
    """A run cancelled before or while reading raises Cancelled, never a DuckDB error."""
    from sla_designer.backtest.running import Cancelled
    from sla_designer.catalog import load_template

    agreement = load_template(TEMPLATE)
    mapping = load_mapping_text(f"preset: servicenow\ntimezone: {ZONE}\n")
    run = BacktestRun(agreement, servicenow_file, None, mapping, "m")
    steps: list[str] = []

    def progress(done: int, total: int, what: str) -> None:
        steps.append(what)
        if what == "tempo-resposta":
            run.cancel()

    with pytest.raises(Cancelled):
        run.run(progress)
    assert steps == ["", "tempo-resposta"]


def load_mapping_text(text: str) -> Any:
    import yaml

    from sla_designer.backtest.mapping import Mapping

    return Mapping.model_validate(yaml.safe_load(text))


def test_a_bad_file_shows_its_problems_one_line_each(
    make_window: WindowFactory, servicenow_file: Path, tmp_path: Path, qtbot: QtBot, language: str
) -> None:
    window = _window(make_window)
    bad = tmp_path / "bad.csv"
    lines = servicenow_file.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("-2025 ", "-2O25 ")
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _open(window, bad, _zone)
    panel = window.backtest.panel
    with qtbot.waitSignal(window.backtest.runner.failed, timeout=30_000):
        panel.run.click()
    assert panel.error.isVisibleTo(panel)
    message = panel.error.text()
    # The lines the command line prints for the same files, in the interface language.
    with pytest.raises(TicketFileError) as raised:
        read_history(window.document.agreement, bad, None, window.backtest.mapping, "m")
    assert message == raised.value.text(language)
    assert message.splitlines()[0].startswith(f"{bad}: ")
    assert "opened_at" in message.splitlines()[0]
    assert "Traceback" not in message
    assert not panel.results.isVisibleTo(panel)


def test_an_unreadable_file_is_said_in_the_panel(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    window = _window(make_window)
    odd = tmp_path / "tickets.xlsx"
    odd.write_text("x", encoding="utf-8")
    shown = _open(window, odd)
    assert shown == []
    assert "tickets.xlsx" in window.backtest.panel.error.text()


def test_the_last_file_is_remembered_per_agreement(
    make_window: WindowFactory, servicenow_file: Path
) -> None:
    window = _window(make_window)
    _open(window, servicenow_file, _zone)
    mapping = window.backtest.mapping
    other = make_window(pid=1_000_002)
    assert other.files.new_from(TEMPLATE)
    # Same agreement (same title, unsaved): its file and mapping come back, no question asked.
    other.backtest.open_panel()
    assert other.backtest.tickets == servicenow_file
    assert mapping_yaml(other.backtest.mapping) == mapping_yaml(mapping)
    assert prompter_of(other).dialogs == []
    # Another agreement has its own.
    third = make_window(pid=1_000_003)
    assert third.files.new_from("managed-services")
    third.backtest.open_panel()
    assert third.backtest.tickets is None


def test_the_metrics_and_review_steps_open_the_panel(
    make_window: WindowFactory, servicenow_file: Path
) -> None:
    window = _window(make_window)
    for step in ("metrics", "review"):
        window.backtest.dock.hide()
        page = go(window, step)
        button = page.findChild(QPushButton, "backtest")
        assert isinstance(button, QPushButton)
        _answer(window, _zone)
        prompter_of(window).paths.append(str(servicenow_file))
        button.click()
        assert window.backtest.dock.isVisible()


def _colours(chart: QWidget) -> set[int]:
    chart.resize(420, 230)
    image = QImage(420, 230, QImage.Format.Format_ARGB32)
    image.fill(0)
    chart.render(image)
    return {image.pixel(x, y) for x in range(420) for y in range(230)}


def test_the_charts_paint_their_data(
    make_window: WindowFactory, servicenow_file: Path, qtbot: QtBot, language: str
) -> None:
    window = _window(make_window)
    _open(window, servicenow_file, _zone)
    panel = window.backtest.panel
    bars = {MET_COLOUR.rgba(), MISSED_COLOUR.rgba()}
    for chart in (panel.attainment, panel.histogram):
        assert not bars & _colours(chart)  # nothing to show yet: it says so
    with qtbot.waitSignal(window.backtest.runner.finished, timeout=30_000):
        panel.run.click()
    panel.metric_box.setCurrentIndex(panel.metric_box.findData("tempo-solucao"))
    for chart in (panel.attainment, panel.histogram):
        assert bars <= _colours(chart)  # bars within and over, met and missed


def test_the_attainment_chart_keeps_and_says_its_points(qtbot: QtBot) -> None:
    chart = AttainmentChart()
    qtbot.addWidget(chart)
    points = [
        WindowPoint(dt.date(2025, month, 1), Decimal(value), Decimal(95), value >= 95)
        for month, value in ((1, 97), (2, 80), (3, 96))
    ] + [WindowPoint(dt.date(2025, 4, 1), Decimal(50), Decimal(95), None)]
    chart.set_points(points, "month")
    assert chart.points == points
    assert chart.floor() == 40
    assert "4" in chart.accessibleDescription() and "1" in chart.accessibleDescription()
    assert {MET_COLOUR.rgba(), MISSED_COLOUR.rgba(), FEW_COLOUR.rgba()} <= _colours(chart)


def test_the_histogram_marks_the_target(qtbot: QtBot) -> None:
    chart = ElapsedHistogram()
    qtbot.addWidget(chart)
    histogram = Histogram((0, 3600, 7200, 10800), (5, 3, 1), 2, 3600)
    chart.set_histogram(histogram)
    assert chart.histogram.total == 11
    colours = _colours(chart)
    assert {MET_COLOUR.rgba(), MISSED_COLOUR.rgba()} <= colours
    assert LINE_COLOUR.rgba() in colours


def test_the_suggested_target_applies_as_one_undo_step(
    make_window: WindowFactory, servicenow_file: Path, qtbot: QtBot, language: str
) -> None:
    window = _window(make_window)
    _open(window, servicenow_file, _zone)
    panel = window.backtest.panel
    with qtbot.waitSignal(window.backtest.runner.finished, timeout=30_000):
        panel.run.click()
    panel.metric_box.setCurrentIndex(panel.metric_box.findData("tempo-solucao"))
    # P3, the most common priority: its windows have enough tickets to count.
    panel.scope_box.setCurrentIndex(panel.scope_box.findData("P3"))
    row = panel.suggestion
    item = row.shown
    assert item is not None and item.metric == "tempo-solucao" and item.priority == "P3"
    assert row.isVisibleTo(panel) and row.label.text()
    # The command line's words for the same suggestion, in the interface language.
    assert item.current.text(language) in row.label.text()
    assert item.changes and row.apply.isEnabled()
    document = window.document
    before, steps = document.get(item.path), document.undo_stack.count()
    assert before == item.current
    row.apply.click()
    assert document.get(item.path) == item.suggested
    assert document.undo_stack.count() == steps + 1
    # Applied once: the target is no longer the one back-tested.
    row.apply.click()
    assert document.undo_stack.count() == steps + 1
    assert document.get(item.path) == item.suggested
    document.undo_stack.undo()
    assert document.get(item.path) == before


def test_every_role_of_every_preset_has_a_label() -> None:
    from sla_designer.backtest.guess import presets
    from sla_designer.ui.backtest_mapping_parts import PRESET_NAMES, ROLES

    for name, rules in presets().items():
        assert name in PRESET_NAMES
        assert set(rules.columns) <= set(ROLES), name


def test_a_state_of_the_workflow_s_own_is_added_ticked_and_kept(
    make_window: WindowFactory, servicenow_file: Path, qtbot: QtBot
) -> None:
    window = _window(make_window)
    dialog = _dialog_read(window, servicenow_file, qtbot)
    _zone(dialog)
    table = dialog.pauses
    ends = len(table.metrics)
    # The preset's own resolved and closed states end the clock, ticked and fixed.
    resolved = table.item(table.states.index("Resolved"), ends)
    assert resolved is not None and resolved.checkState() == Qt.CheckState.Checked
    assert not resolved.flags() & Qt.ItemFlag.ItemIsEnabled
    on_hold = table.item(table.states.index("On Hold"), table.metrics.index("tempo-solucao"))
    assert on_hold is not None
    on_hold.setCheckState(Qt.CheckState.Checked)
    dialog.own_state.field.setText("  Fixed ")
    qtbot.mouseClick(dialog.own_state.button, Qt.MouseButton.LeftButton)
    assert dialog.own_state.field.text() == ""
    assert table.states[-1] == "Fixed" and table.own == ["Fixed"]
    # The ticks made before the state was added are still there.
    assert "On Hold" in dialog.mapping().pauses["tempo-solucao"]
    fixed = table.item(table.states.index("Fixed"), ends)
    assert fixed is not None and fixed.flags() & Qt.ItemFlag.ItemIsEnabled
    fixed.setCheckState(Qt.CheckState.Checked)
    mapping = dialog.mapping()
    assert (mapping.states, mapping.stops) == (["Fixed"], ["Fixed"])
    # A state listed already is said, not added twice.
    dialog.own_state.field.setText("Resolved")
    dialog.own_state.button.click()
    assert table.states.count("Resolved") == 1
    assert "Resolved" in dialog.problem.text() and dialog.problem.isVisibleTo(dialog)
