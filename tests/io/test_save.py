"""Saving is atomic: a failed save leaves the previous file whole and no temporary file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sla_designer.io import SaveError, load_agreement, loads_agreement, save_agreement
from tests.helpers import MINIMAL


def test_save_then_load_gives_the_same_agreement(tmp_path: Path) -> None:
    agreement = loads_agreement(MINIMAL)
    path = tmp_path / "a.yaml"
    save_agreement(agreement, path)
    assert load_agreement(path) == agreement
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")


def test_failed_rename_keeps_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("old content\n", encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(SaveError, match="No space left on device"):
        save_agreement(loads_agreement(MINIMAL), path)
    assert path.read_text(encoding="utf-8") == "old content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


def test_save_keeps_the_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o600)
    save_agreement(loads_agreement(MINIMAL), path)
    assert path.stat().st_mode & 0o777 == 0o600


def test_save_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="does not exist"):
        save_agreement(loads_agreement(MINIMAL), tmp_path / "nope" / "a.yaml")
