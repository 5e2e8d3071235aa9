"""A save killed midway never corrupts the file; the next save removes the hidden temporary file
it left, and only ours: never another file, nor a temporary file another process is writing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sla_designer.io import leftovers, loads_agreement, save_agreement, write_bytes_atomically
from tests.helpers import MINIMAL
from tests.io.save_killer import kill_saves


def finished_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_next_save_removes_only_our_leftovers_of_that_file(tmp_path: Path) -> None:
    dead, alive = finished_pid(), os.getppid()
    ours = [
        f".a.yaml.{dead}.k2j4_x9q.tmp",  # a save killed midway
        ".a.yaml.k2j4_x9q.tmp",  # the same, from before the writer's id was in the name
    ]
    others = [
        f".a.yaml.{alive}.k2j4_x9q.tmp",  # another editor saving this file right now
        f".b.yaml.{dead}.k2j4_x9q.tmp",  # a leftover of another file
        ".a.yaml.tmp",
        "a.yaml.k2j4_x9q.tmp",
        f".a.yaml.{dead}.k2j4_x9q.tmp.keep",
        ".a.yaml.notours!.tmp",
        "notes.txt",
    ]
    for name in ours + others:
        (tmp_path / name).write_text("partial", encoding="utf-8")
    path = tmp_path / "a.yaml"
    assert sorted(p.name for p in leftovers(path)) == sorted(ours)
    save_agreement(loads_agreement(MINIMAL), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*others, "a.yaml"])


def test_export_writers_remove_their_leftovers_too(tmp_path: Path) -> None:
    path = tmp_path / "contract.docx"
    leftover = tmp_path / f".contract.docx.{finished_pid()}.abcdefgh.tmp"
    leftover.write_bytes(b"PK")
    write_bytes_atomically(path, b"whole")
    assert not leftover.exists()
    assert path.read_bytes() == b"whole"


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_saves_killed_at_random_moments_leave_a_whole_file(tmp_path: Path) -> None:
    report = kill_saves(tmp_path / "a.yaml", kills=5, seed=12)
    assert report.kills == 5
    assert report.problems == []
