"""Reading the editor's file in a forked child (sla_designer.preload).

Each test runs in a fresh interpreter: the test process itself has Qt loaded and threads
running, where the preload rightly refuses to fork.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sla_designer.preload import Preload

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the file is read in a child on Linux only"
)


def run_script(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


EVERY_TEMPLATE = """
import json, os, sys
from pathlib import Path
from sla_designer import preload
from sla_designer.io import load_agreement
# Written, not flushed: a child that flushed the parent's buffers on its way out would repeat it.
sys.stdout.write("once;")
report = {}
for path in sorted(Path("templates").glob("*.yaml")):
    if path.name == "catalog.yaml":
        continue
    loading = preload.start(path)
    agreement = loading.result()
    try:
        os.waitpid(-1, os.WNOHANG)
        left = True
    except ChildProcessError:
        left = False
    report[path.name] = {
        "started": loading.started,
        "same": agreement == load_agreement(path),
        "again": loading.result(),
        "child left": left,
    }
print(json.dumps(report))
"""


def test_every_template_read_in_the_child_equals_an_ordinary_load() -> None:
    done = run_script(EVERY_TEMPLATE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("once;") == 1
    report = json.loads(done.stdout.split(";", 1)[1])
    assert len(report) == 6
    for name, seen in report.items():
        assert seen == {"started": True, "same": True, "again": None, "child left": False}, name


PROBLEM_FILES = """
import json, sys
from pathlib import Path
from sla_designer import preload
from sla_designer.io import LoadError, load_agreement
report = {}
for name in sys.argv[1:]:
    loading = preload.start(Path(name))
    result = loading.result()
    try:
        load_agreement(name)
        error = ""
    except LoadError as problem:
        error = str(problem)
    report[name] = {"started": loading.started, "result": result, "error": error}
print(json.dumps(report))
"""


def test_a_file_the_child_cannot_read_is_left_to_the_caller(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    missing = tmp_path / "missing.yaml"
    done = run_script(PROBLEM_FILES, str(broken), str(missing))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # the child reports nothing itself
    report = json.loads(done.stdout)
    assert report[str(broken)]["started"] is True
    assert report[str(broken)]["result"] is None
    assert report[str(broken)]["error"].startswith(f"{broken}:2:1: YAML syntax")
    assert report[str(missing)] == {
        "started": True,
        "result": None,
        "error": f"{missing}: no such file",
    }


ONCE_QT_IS_LOADED = """
import sys
from pathlib import Path
import PySide6.QtCore
from sla_designer import preload
loading = preload.start(Path("templates/saas-availability.yaml"))
print(loading.started, loading.result(), preload.can_fork())
"""


def test_no_child_once_qt_is_loaded() -> None:
    done = run_script(ONCE_QT_IS_LOADED)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "None", "False"]


def test_no_child_in_a_process_running_threads() -> None:
    # This test process has Qt loaded and runs pytest's threads: nothing is forked here.
    loading = Preload(ROOT / "templates" / "saas-availability.yaml")
    assert not loading.started
    assert loading.result() is None
