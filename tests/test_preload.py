"""Reading the editor's file in a helper process (sla_designer.preload)."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest

from sla_designer import preload
from sla_designer.io import LoadError, load_agreement

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted(p for p in (ROOT / "templates").glob("*.yaml") if p.name != "catalog.yaml")

needs_helper = pytest.mark.skipif(
    not preload.worth_starting(), reason="no helper process on a single processor"
)


@needs_helper
def test_every_template_read_by_the_helper_equals_an_ordinary_load() -> None:
    assert len(TEMPLATES) == 6
    loading = [preload.start(path) for path in TEMPLATES]  # all at once, as fast as one
    for path, pending in zip(TEMPLATES, loading, strict=True):
        assert pending.started
        assert pending.result() == load_agreement(path), path.name
        assert pending.result() is None  # collected once


@needs_helper
def test_the_helper_finds_this_package_from_anywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PYTHONPATH", raising=False)
    path = ROOT / "templates" / "supplier-ola.yaml"
    assert preload.start(path).result() == load_agreement(path)


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


def test_the_helper_writes_the_pickled_agreement_and_nothing_else(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    path = ROOT / "templates" / "saas-availability.yaml"
    assert preload.main([str(path)]) == 0
    written = capsysbinary.readouterr()
    assert pickle.loads(written.out) == load_agreement(path)
    assert written.err == b""

    bad = tmp_path / "bad.yaml"
    bad.write_text("format_version: 99\n", encoding="utf-8")
    assert preload.main([str(bad)]) == 1
    assert preload.main([]) == 1
    assert capsysbinary.readouterr() == (b"", b"")


def test_no_helper_on_one_processor_or_in_a_frozen_application(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = ROOT / "templates" / "saas-availability.yaml"
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    pending = preload.start(path)
    assert not pending.started
    assert pending.result() is None
    monkeypatch.undo()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert not preload.start(path).started
