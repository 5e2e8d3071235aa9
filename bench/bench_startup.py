"""Editor speed: start-up to a shown window with a template, and keystroke to fresh findings.

    .venv/bin/python bench/bench_startup.py

Start-up is the median of 5 process starts until the main window's first frame is painted with
a template loaded (`sla-designer templates/saas-availability.yaml`: the file is read by a helper
process while Qt starts), next to a bare PySide6 window measured the same way in the same run;
then the same start with the file read in the editor's own process (as on a single processor),
and the time until the first findings are on screen (they are checked after the first paint).
The keystroke figure is the median time from typing one character in a field to the findings
panel, status bar and step states being updated, on the large agreement of
bench/large_agreement.py (the 250 ms typing pause of the live validation is not counted: it is
a deliberate wait).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5

# Both programs report the moment their window's first frame is painted: a timer started when
# the window gets its first paint event fires once the whole frame is done. (Qt runs timers
# before it handles the expose of a newly shown window, so a timer started before show() would
# fire before anything is painted.) Only the window is watched: an application-wide event filter
# would cost the editor, which has many more widgets, far more than the bare window.
FIRST_FRAME = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
class FirstFrame(QObject):
    def __init__(self, window):
        super().__init__()
        self.window = window
        window.installEventFilter(self)
    def eventFilter(self, watched, event):
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print(f"shown {time.monotonic()}", flush=True)
        QApplication.instance().quit()
"""

BARE = (
    """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
"""
    + FIRST_FRAME
    + """
window = QMainWindow()
window.show()
first_frame = FirstFrame(window)
app.exec()
"""
)

EDITOR = (
    """
import sys
from pathlib import Path
# What `sla-designer templates/saas-availability.yaml` does (sla_designer.cli.main and
# _run_editor): the file is read by a helper process while Qt starts. Settings and a recovery
# folder of its own, and the event loop run here, to stop at the first frame.
from sla_designer import cli
path = "templates/saas-availability.yaml"
assert cli._wants_editor([path])
from sla_designer import preload as preloading
preload = preloading.start(Path(path))
from sla_designer.ui.app import start
from sla_designer.ui.recovery import RecoveryStore
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
"""
    + FIRST_FRAME
    + """
folder = Path(sys.argv[1])  # made by the benchmark: the editor itself never imports tempfile
settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
window = start(path, settings=settings, recovery=RecoveryStore(folder), preload=preload)
assert window.document.agreement.title and window.document.file_path is not None
first_frame = FirstFrame(window)
app.exec()
"""
)

# The same start, until the first findings are on screen (they are checked after the first
# paint): reported by a timer started when they arrive, which runs after the findings panel's
# repaint.
EDITOR_FINDINGS = EDITOR.replace(
    "first_frame = FirstFrame(window)\n",
    "",
).replace(
    "app.exec()",
    "window.watcher.updated.connect(lambda _f: QTimer.singleShot(0, lambda: ("
    'print(f"shown {time.monotonic()}", flush=True), app.quit())))\napp.exec()',
)

# The same start with the file read in the editor's own process, as on a single processor.
EDITOR_ONE_PROCESS = EDITOR.replace(
    "preload = preloading.start(Path(path))", "preload = preloading.Preload(Path(path))"
)


def time_start(code: str) -> float:
    """Seconds from launching a Python process until it reports its first frame painted."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The child reports time.monotonic(): on Linux the same clock in every process.
    folder = tempfile.mkdtemp()  # settings and recovery files of this run
    start = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-c", code, folder], stdout=subprocess.PIPE, env=env, text=True, cwd=ROOT
    )
    assert process.stdout is not None
    line = process.stdout.readline().split()
    process.wait()
    if len(line) != 2 or line[0] != "shown":
        raise RuntimeError("the window was not shown")
    return float(line[1]) - start


def keystroke_ms() -> float:
    """Median milliseconds from one keystroke to updated findings, on the large agreement."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bench.large_agreement import large_agreement
    from sla_designer.ui.main_window import MainWindow
    from sla_designer.ui.recovery import RecoveryStore

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    window = MainWindow(
        QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), RecoveryStore(folder)
    )
    window.show()
    window.show_agreement(large_agreement(), None)
    window.navigator.setCurrentRow(0)
    editor = window.pages["agreement"].forms[0].editor("title")
    editor.setFocus()
    editor.end(False)  # type at the end of the title, as a user who clicked after it would
    samples = []
    for letter in "abcdefghijklmnopqrst":
        start = time.perf_counter()
        QTest.keyClick(editor, letter)
        window.watcher.run_now()  # what the debounce timer runs once the user pauses
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
    assert window.document.agreement.title.endswith("rst")
    window.document.undo_stack.setClean()
    return statistics.median(samples)


def byte_compile() -> None:
    """Compile the package as `pip install` does, so no run pays for compiling its sources."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "sla_designer")],
        check=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    )


def main() -> None:
    byte_compile()
    # Interleaved, so that a slower spell of the machine weighs on every figure alike.
    runs: dict[str, list[float]] = {"bare": [], "editor": [], "one": [], "findings": []}
    for _ in range(RUNS):
        runs["bare"].append(time_start(BARE))
        runs["editor"].append(time_start(EDITOR))
        runs["one"].append(time_start(EDITOR_ONE_PROCESS))
        runs["findings"].append(time_start(EDITOR_FINDINGS))
    bare, editor, one, findings = (statistics.median(runs[k]) for k in runs)
    print(f"bare PySide6 window shown:        {bare:.3f} s (median of {RUNS})")
    print(f"editor shown with a template:     {editor:.3f} s (median of {RUNS})")
    print(f"ratio editor / bare:              {editor / bare:.2f}x")
    print(f"... file read in the same process: {one:.3f} s ({one / bare:.2f}x)")
    print(f"... and its first findings shown: {findings:.3f} s")
    print(f"keystroke to updated findings:    {keystroke_ms():.1f} ms (median of 20, large)")


if __name__ == "__main__":
    main()
