"""What the editor's Back-test panel reads through the back-test package: a file's first rows,
the preset guessed from its columns (from the presets' own definitions), the mapping
prefilled, a run that can be cancelled, and the charts' figures."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from sla_designer.backtest.figures import attainment_points, elapsed_histogram, scopes
from sla_designer.backtest.guess import (
    column_values,
    event_roles,
    guess_preset,
    mapping_yaml,
    needs_events,
    prefilled,
    presets,
    preview_file,
    ranked,
    ticket_roles,
)
from sla_designer.backtest.mapping import Mapping, Preset, load_mapping
from sla_designer.backtest.running import READING, BacktestRun, Cancelled
from sla_designer.backtest.sample_files import events_path, write_servicenow, write_zendesk
from sla_designer.backtest.sample_histories import write_freshdesk, write_jsm
from sla_designer.backtest.samples import history
from sla_designer.backtest.sources import TicketFileError
from sla_designer.catalog import load_template

ZONE = "America/Sao_Paulo"


@pytest.fixture(scope="module")
def servicenow_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sn") / "incidents.parquet"
    write_servicenow(history(300, 11), path)
    return path


@pytest.fixture(scope="module")
def zendesk_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("zd") / "tickets.jsonl"
    write_zendesk(history(200, 5), path, ZONE)
    return path


def test_every_preset_is_known_by_its_rules() -> None:
    assert list(presets()) == list(get_args(Preset))
    for rules in presets().values():
        assert ticket_roles(rules)
    assert needs_events(presets()["zendesk"])
    assert not needs_events(presets()["servicenow"])


def test_the_preset_is_guessed_from_the_columns(servicenow_file: Path, zendesk_file: Path) -> None:
    assert guess_preset(preview_file(servicenow_file).columns) == "servicenow"
    assert guess_preset(preview_file(zendesk_file).columns) == "zendesk"
    assert guess_preset(["summary", "assignee"]) is None
    # Each preset's own tickets columns are guessed as that preset.
    for name, rules in presets().items():
        assert guess_preset(list(ticket_roles(rules).values())) == name


@pytest.mark.parametrize(("preset", "write"), [("jsm", write_jsm), ("freshdesk", write_freshdesk)])
def test_jsm_and_freshdesk_files_are_guessed_with_their_events(
    tmp_path: Path, preset: str, write: object
) -> None:
    path = tmp_path / "tickets.csv"
    write(history(50, 3), path, ZONE)  # type: ignore[operator]
    rules = presets()[preset]
    assert needs_events(rules)
    assert guess_preset(preview_file(path).columns) == preset
    # Each file has the columns the preset reads from it, and only those are asked of it.
    events = preview_file(events_path(path)).columns
    assert set(ticket_roles(rules).values()) <= set(preview_file(path).columns)
    assert set(event_roles(rules).values()) <= set(events)
    assert rules.waiting and set(rules.waiting) <= set(rules.states)
    assert not set(rules.waiting) & rules.stops


def test_the_first_rows_are_read_as_text(servicenow_file: Path) -> None:
    preview = preview_file(servicenow_file, rows=3)
    assert preview.columns[:3] == ("number", "incident_state", "priority")
    assert len(preview.rows) == 3
    assert all(isinstance(v, str) for row in preview.rows for v in row)
    assert preview.rows[0][1] == "New"


def test_a_file_that_cannot_be_read_names_it(tmp_path: Path) -> None:
    for name, text in (("tickets.xlsx", "x"), ("missing.csv", None), ("bad.parquet", "x")):
        path = tmp_path / name
        if text is not None:
            path.write_text(text, encoding="utf-8")
        with pytest.raises(TicketFileError) as raised:
            preview_file(path)
        assert str(path) in raised.value.text("en")
        assert len(raised.value.text("pt-BR").splitlines()) == 1


def test_the_mapping_is_prefilled_from_the_preset(servicenow_file: Path) -> None:
    values = column_values(servicenow_file, "priority")
    assert set(values) == {"1 - Critical", "2 - High", "3 - Moderate", "4 - Low"}
    assert ranked("servicenow", values) == ["1 - Critical", "2 - High", "3 - Moderate", "4 - Low"]
    columns = preview_file(servicenow_file).columns
    mapping = prefilled("servicenow", columns, values, ["P1", "P2", "P3"], pausing=["fix"])
    assert mapping.priorities == {"1 - Critical": "P1", "2 - High": "P2", "3 - Moderate": "P3"}
    assert mapping.pauses == {"fix": ["Awaiting Caller", "Awaiting User Info"]}
    # What a mapping already says is kept.
    start = Mapping(preset="servicenow", timezone=ZONE, pauses={"fix": ["On Hold"]})
    kept = prefilled("servicenow", columns, values, ["P1"], start=start, pausing=["fix"])
    assert kept.timezone == ZONE and kept.pauses == {"fix": ["On Hold"]}
    # Another preset's mapping is not carried over.
    assert prefilled("zendesk", columns, ["urgent"], ["P1"], start=start).timezone is None


def test_the_mapping_file_reads_back(tmp_path: Path) -> None:
    mapping = Mapping(
        preset="zendesk",
        timezone=ZONE,
        priorities={"urgent": "P1"},
        pauses={"fix": ["pending"]},
        columns={"created": "opened"},
    )
    path = tmp_path / "mapping.yaml"
    path.write_text(mapping_yaml(mapping), encoding="utf-8")
    assert load_mapping(path) == mapping
    assert mapping_yaml(Mapping()) == "{}\n"


def _run(path: Path) -> BacktestRun:
    agreement = load_template("it-service-desk")
    return BacktestRun(agreement, path, None, Mapping(preset="servicenow", timezone=ZONE), "m")


def test_a_run_tells_its_steps_and_gives_the_command_lines_results(servicenow_file: Path) -> None:
    from sla_designer.backtest.reading import read_history
    from sla_designer.backtest.report import backtest

    run = _run(servicenow_file)
    steps: list[tuple[int, int, str]] = []
    outcome = run.run(lambda done, total, what: steps.append((done, total, what)))
    assert steps == [
        (0, 4, READING),
        (1, 4, "tempo-resposta"),
        (2, 4, "atualizacao-periodica"),
        (3, 4, "tempo-solucao"),
    ]
    whole = backtest(
        run.agreement,
        read_history(run.agreement, servicenow_file, None, run.mapping, "m"),
        run.mapping,
    )
    assert [r.rows for r in outcome.results] == [r.rows for r in whole]


@pytest.mark.parametrize("when", [READING, "tempo-resposta", "tempo-solucao"])
def test_a_cancelled_run_stops(servicenow_file: Path, when: str) -> None:
    run = _run(servicenow_file)
    seen: list[str] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append(what)
        if what == when:
            run.cancel()

    with pytest.raises(Cancelled):
        run.run(progress)
    assert seen[-1] == when


def test_the_charts_figures_follow_the_windows(servicenow_file: Path) -> None:
    outcome = _run(servicenow_file).run()
    result = next(r for r in outcome.results if r.metric.id == "tempo-solucao")
    assert scopes(result) == ["P1", "P2", "P3", "P4"]
    for scope in scopes(result):
        rows = [r for r in result.rows if r.priority == scope]
        points = attainment_points(result, scope)
        assert [p.attainment for p in points] == [r.attainment for r in rows]
        histogram = elapsed_histogram(result, outcome.history, scope)
        # Every ticket counted in a window is in one bar.
        assert histogram.total == sum(r.tickets for r in rows)
        assert histogram.target is not None and histogram.target in histogram.edges
        assert histogram.edges[-1] >= 2 * histogram.target


def test_cancel_interrupts_the_reading_under_way(tmp_path: Path) -> None:
    """Cancelled from another thread while DuckDB reads a large file: the run stops with
    Cancelled soon after, not at the end of the reading."""
    import threading
    import time

    path = tmp_path / "large.csv"
    write_servicenow(history(60_000, 1), path)
    run = _run(path)
    reading = threading.Event()
    outcome: list[object] = []

    def work() -> None:
        try:
            run.run(lambda _done, _total, what: reading.set() if what == READING else None)
        except Cancelled as cancelled:
            outcome.append(cancelled)
        else:
            outcome.append("finished")

    started = time.perf_counter()
    thread = threading.Thread(target=work)
    thread.start()
    reading.wait(10)
    time.sleep(0.2)
    run.cancel()
    thread.join(60)
    elapsed = time.perf_counter() - started
    assert isinstance(outcome[0], Cancelled)
    assert elapsed < _timed(path)


def _timed(path: Path) -> float:
    import time

    start = time.perf_counter()
    _run(path).run()
    return time.perf_counter() - start
