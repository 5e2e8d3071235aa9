"""The report of what did not map, in both languages, for every template and system; the
registry; writing atomically."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sla_designer.handoff import writing
from sla_designer.handoff.report import report_lines
from sla_designer.handoff.result import Handoff
from sla_designer.handoff.systems import SYSTEMS
from sla_designer.io import SaveError
from tests.export.reviewed import PAIRS, agreement_of

DESKS = ("zendesk", "freshdesk")


@pytest.mark.parametrize(("name", "language"), PAIRS)
@pytest.mark.parametrize("system", DESKS)
def test_every_template_reports_what_did_not_map_in_its_language(
    name: str, language: str, system: str
) -> None:
    handoff = SYSTEMS[system].build(agreement_of(name), language=language)
    lines = report_lines(handoff, language)
    # Every template has something a help desk cannot hold (the policy's tickets to choose,
    # at least), so the report is never empty.
    assert len(lines) == 1 + len(handoff.unmapped) >= 2
    for line in lines:
        assert "{" not in line and "}" not in line, line
    text = "\n".join(lines)
    if language == "pt-BR":
        assert "não" in text and "did not map" not in text
    else:
        assert "did not map" in text


def test_the_registry_builds_lazily_and_lists_the_desks() -> None:
    assert {"zendesk", "freshdesk"} <= set(SYSTEMS)
    for name in DESKS:
        assert SYSTEMS[name].output == "folder"
        assert len(SYSTEMS[name].priorities) == 4


def test_a_folder_is_made_and_each_file_written(tmp_path: Path) -> None:
    handoff = Handoff("zendesk", {"a.json": b"{}\n", "b.json": b"[]\n"})
    written = writing.write_handoff(handoff, tmp_path / "out", "folder")
    assert [p.name for p in written] == ["a.json", "b.json"]
    assert (tmp_path / "out" / "b.json").read_bytes() == b"[]\n"


def test_a_failed_export_leaves_earlier_files_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    writing.write_handoff(Handoff("z", {"a.json": b"old a", "b.json": b"old b"}), folder, "folder")
    real = writing.write_bytes_atomically

    def failing(path: Path, data: bytes) -> None:
        if Path(path).name == "b.json":
            raise SaveError(str(path), OSError("disk full"))
        real(path, data)

    monkeypatch.setattr(writing, "write_bytes_atomically", failing)
    with pytest.raises(SaveError):
        writing.write_handoff(
            Handoff("z", {"a.json": b"new a", "b.json": b"new b"}), folder, "folder"
        )
    assert (folder / "b.json").read_bytes() == b"old b"
    assert sorted(p.name for p in folder.iterdir()) == ["a.json", "b.json"]  # no leftovers


def test_a_file_where_a_folder_is_due_is_refused(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(SaveError):
        writing.write_handoff(Handoff("z", {"a.json": b"{}"}), tmp_path / "f", "folder")


def test_holidays_window_date_is_said_in_the_language() -> None:
    handoff = SYSTEMS["zendesk"].build(agreement_of("it-service-desk"), language="pt-BR")
    line = next(x for x in report_lines(handoff, "pt-BR") if "feriados gravados" in x)
    last = dt.date.today()
    assert f"/{last.year + 2}" in line
