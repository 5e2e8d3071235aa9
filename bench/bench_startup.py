"""Editor speed: start-up to a shown window with a template, and keystroke to fresh findings.

    .venv/bin/python bench/bench_startup.py

Start-up is the median of 5 process starts until the main window is shown with a template
loaded, next to a bare PySide6 window measured the same way in the same run; then the time
until the first findings are on screen (validation starts once the window is shown). The keystroke
figure is the median time from typing one character in a field to the findings panel, status
bar and step states being updated, on the large agreement of bench/large_agreement.py (the
250 ms typing pause of the live validation is not counted: it is a deliberate wait).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

EDITOR = """
import sys, tempfile
from pathlib import Path
import sla_designer.ui.app  # the editor's own start: `sla-designer` goes through this module
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.recovery import RecoveryStore
folder = Path(tempfile.mkdtemp())
window = MainWindow(
    QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), RecoveryStore(folder)
)
window.files.new_from("saas-availability")
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

# The same start, waiting for the first findings: they are computed once the window is shown.
EDITOR_FINDINGS = EDITOR.replace(
    'QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))',
    'window.watcher.updated.connect(lambda _f: (print("shown", flush=True), app.quit()))',
)


def time_start(code: str) -> float:
    """Seconds from launching a Python process until it reports its window shown."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, env=env, text=True, cwd=ROOT
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait()
    if line.strip() != "shown":
        raise RuntimeError("the window was not shown")
    return elapsed


def keystroke_ms() -> float:
    """Median milliseconds from one keystroke to updated findings, on the large agreement."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    import tempfile

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
    bare = [time_start(BARE) for _ in range(RUNS)]
    editor = [time_start(EDITOR) for _ in range(RUNS)]
    findings = [time_start(EDITOR_FINDINGS) for _ in range(RUNS)]
    bare_median, editor_median = statistics.median(bare), statistics.median(editor)
    print(f"bare PySide6 window shown:        {bare_median:.3f} s (median of {RUNS})")
    print(f"editor shown with a template:     {editor_median:.3f} s (median of {RUNS})")
    print(f"ratio editor / bare:              {editor_median / bare_median:.2f}x")
    print(f"... and its first findings shown: {statistics.median(findings):.3f} s")
    print(f"keystroke to updated findings:    {keystroke_ms():.1f} ms (median of 20, large)")


if __name__ == "__main__":
    main()
