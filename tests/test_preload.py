"""Reading the editor's file in a helper process (sla_designer.preload), and its wiring."""

from __future__ import annotations

import pickle
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from sla_designer import cli, preload
from sla_designer.cli.parser import build_parser, command_names
from sla_designer.io import LoadError, dumps_agreement, load_agreement

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted(p for p in (ROOT / "templates").glob("*.yaml") if p.name != "catalog.yaml")
TEMPLATE = ROOT / "templates" / "saas-availability.yaml"

needs_helper = pytest.mark.skipif(
    not preload.worth_starting(), reason="no helper process on a single processor"
)


@needs_helper
def test_every_template_read_by_the_helper_equals_an_ordinary_load() -> None:
    assert len(TEMPLATES) == 6
    loading = [preload.start(path) for path in TEMPLATES]  # all at once, as fast as one
    for path, pending in zip(TEMPLATES, loading, strict=True):
        assert pending.started
        agreement = pending.result()
        assert agreement is not None, path.name
        expected = load_agreement(path)
        assert agreement == expected, path.name
        assert dumps_agreement(agreement) == dumps_agreement(expected), path.name  # 1.0 vs 1.00
        assert pending.result() is None  # collected once


@needs_helper
def test_the_helper_ignores_code_in_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Modules that would shadow the real ones if the working folder were on the helper's path.
    (tmp_path / "yaml.py").write_text("raise SystemExit(3)\n", encoding="utf-8")
    fake = tmp_path / "sla_designer"
    fake.mkdir()
    (fake / "__init__.py").write_text("", encoding="utf-8")
    (fake / "preload.py").write_text(
        "import sys\ndef helper(*_):\n    sys.stdout.write('junk')\n    return 0\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PYTHONPATH", raising=False)
    pending = preload.start(TEMPLATE)
    assert pending.started
    assert pending.result() == load_agreement(TEMPLATE)


@needs_helper
def test_a_file_the_helper_cannot_read_is_left_to_the_caller(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    for path in (broken, tmp_path / "missing.yaml"):
        pending = preload.start(path)
        assert pending.started
        assert pending.result() is None
    with pytest.raises(LoadError, match=r"broken\.yaml:2:1: YAML syntax"):
        load_agreement(broken)  # what the editor then does, and reports


def test_whatever_else_a_helper_writes_is_no_agreement() -> None:
    for output in ("junk", "import pickle, sys; sys.stdout.buffer.write(pickle.dumps([1]))"):
        code = output if output.startswith("import") else f"print({output!r})"
        process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
        assert preload.Preload(TEMPLATE, process).result() is None
        assert process.returncode == 0


def test_a_cancelled_helper_is_stopped_and_collected() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"], stdout=subprocess.PIPE
    )
    pending = preload.Preload(TEMPLATE, process)
    began = time.monotonic()
    pending.cancel()
    assert process.returncode is not None
    assert time.monotonic() - began < 30
    assert pending.result() is None


def test_the_helper_writes_the_pickled_agreement_and_nothing_else(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    root = str(preload.PACKAGE_ROOT)
    assert preload.helper(root, str(TEMPLATE)) == 0
    written = capsysbinary.readouterr()
    assert pickle.loads(written.out) == load_agreement(TEMPLATE)
    assert written.err == b""

    bad = tmp_path / "bad.yaml"
    bad.write_text("format_version: 99\n", encoding="utf-8")
    assert preload.helper(root, str(bad)) == 1
    assert preload.helper(root, str(tmp_path / "missing.yaml")) == 1
    assert preload.helper(str(tmp_path), str(TEMPLATE)) == 1  # another copy of the package
    assert capsysbinary.readouterr() == (b"", b"")


def test_no_helper_on_one_processor_or_in_a_frozen_application(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(preload, "usable_processors", lambda: 1)
    pending = preload.start(TEMPLATE)
    assert not pending.started
    assert pending.result() is None
    monkeypatch.undo()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert not preload.start(TEMPLATE).started


def test_the_editor_commands_start_the_helper_and_hand_it_over(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sla_designer.ui.app

    calls: list[tuple[Any, ...]] = []

    def run(path: str | None, preload: preload.Preload | None = None) -> int:
        calls.append((path, preload))
        return 0

    monkeypatch.setattr(sla_designer.ui.app, "run", run)
    assert cli.main([str(TEMPLATE)]) == 0
    assert cli.main([]) == 0
    (path, handed), (no_path, no_preload) = calls
    assert path == str(TEMPLATE) and handed is not None and handed.path == TEMPLATE
    assert handed.started == preload.worth_starting()
    if handed.started:
        assert handed.result() == load_agreement(TEMPLATE)
    assert no_path is None and no_preload is None


def test_a_helper_is_stopped_when_the_editor_cannot_start(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started: list[preload.Preload] = []
    real_start = preload.start
    monkeypatch.setattr(
        preload, "start", lambda path: started.append(real_start(path)) or started[-1]
    )
    monkeypatch.setitem(sys.modules, "sla_designer.ui.app", None)  # as if Qt could not load
    assert cli.main([str(TEMPLATE)]) == 2
    assert "the editor cannot start" in capsys.readouterr().err
    assert len(started) == 1 and started[0].result() is None  # stopped and collected


def test_the_editor_is_told_from_the_commands_without_the_parser() -> None:
    assert command_names(build_parser()) == cli.COMMANDS
