"""PDF from the exported .docx through LibreOffice, with the table of contents brought up to date.

Each run gets its own LibreOffice profile in a temporary folder, so conversions never collide
with one another or with a LibreOffice the user has open. soffice listens on a private pipe and
lo_convert.py, run by a Python that has LibreOffice's `uno` module, refreshes the fields and the
table of contents through the UNO API before exporting.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from importlib import resources
from pathlib import Path

from sla_designer.io import SaveError, write_bytes_atomically
from sla_designer.text.values import Problem, Term

DEFAULT_TIMEOUT = 120.0
POLL_INTERVAL = 0.1
"""Seconds between looks at LibreOffice while the helper converts."""
TERMINATE_GRACE = 10.0
"""Seconds LibreOffice gets to end by itself once the helper asked it to."""
HELPER_GRACE = 2.0
"""Seconds the helper gets to finish once LibreOffice has ended under it."""
CANNOT_OPEN = "sla-designer:cannot-open"
"""What lo_convert.py prints when LibreOffice opens no document (it runs in LibreOffice's own
Python and cannot import this module)."""
OFFICE_GONE = "sla-designer:office-gone"
"""What lo_convert.py prints when LibreOffice ends in the middle of the conversion."""
INSTALL_HINT = Term("files.export.pdf_install")
"""What to install for PDF export, in any language."""


class PdfExportError(RuntimeError):
    """The PDF could not be made; the message says why and what to do, in any language."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem

    def text(self, language: str) -> str:
        return self.problem.text(language)


def find_soffice() -> str | None:
    """The LibreOffice program, if installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in (
        "/usr/lib/libreoffice/program/soffice",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        r"C:\Program Files\LibreOffice\program\soffice.exe",
    ):
        if Path(candidate).is_file():
            return candidate
    return None


def export_pdf(
    docx_path: str | os.PathLike[str],
    pdf_path: str | os.PathLike[str],
    timeout: float = DEFAULT_TIMEOUT,
) -> None:
    """Convert a .docx to PDF with fields and the table of contents updated first.

    The PDF replaces `pdf_path` only when the conversion succeeded. Raises PdfExportError when
    LibreOffice is missing, fails or takes longer than `timeout` seconds; when it crashes or is
    closed during the conversion, at once.
    """
    run_office(docx_path, pdf_path, timeout=timeout)


def run_office(
    docx_path: str | os.PathLike[str],
    pdf_path: str | os.PathLike[str] | None,
    *,
    contents: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
) -> str | None:
    """Open a .docx in LibreOffice, update its fields and table of contents, and write the PDF
    (when `pdf_path` is given); with `contents`, return the refreshed table of contents, one
    entry a line ("9.1<tab>Service credits<tab>8"). Raises PdfExportError as export_pdf does."""
    soffice = find_soffice()
    if soffice is None:
        raise PdfExportError(Problem("files.export.pdf_missing", hint=INSTALL_HINT))
    source = Path(docx_path).resolve()
    target = Path(pdf_path).resolve() if pdf_path is not None else None
    if not source.is_file():
        raise PdfExportError(Problem("files.export.pdf_no_source", source=str(source)))
    if target is not None and not target.parent.is_dir():
        raise PdfExportError(
            Problem("files.export.pdf_no_folder", target=str(target), folder=str(target.parent))
        )
    python = find_uno_python(soffice)
    if python is None:
        raise PdfExportError(Problem("files.export.pdf_no_bridge", hint=INSTALL_HINT))
    with tempfile.TemporaryDirectory(prefix="sla-pdf-") as folder:
        work = Path(folder)
        produced = work / "contract.pdf"
        entries = work / "contents.txt"
        pipe = f"sla-pdf-{uuid.uuid4().hex}"
        office = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ]
        script = resources.files("sla_designer.export").joinpath("lo_convert.py")
        helper = work / "lo_convert.py"
        helper.write_text(script.read_text(encoding="utf-8"), encoding="utf-8")
        # LibreOffice locks what it opens (.~lock.NAME#) and leaves the lock behind when it
        # crashes; a copy keeps the user's folder clear of it and the next export unblocked.
        copy = work / "contract.docx"
        shutil.copyfile(source, copy)
        outputs = [str(produced) if target else "-", str(entries) if contents else "-"]
        convert = [python, str(helper), f"pipe,name={pipe}", str(copy), *outputs]
        _convert(office, convert, timeout, work / "helper.log")
        if target is not None:
            if not produced.is_file():
                raise PdfExportError(Problem("files.export.pdf_not_produced", name=source.name))
            try:
                write_bytes_atomically(target, produced.read_bytes())
            except SaveError as error:
                raise PdfExportError(Problem("files.export.not_written", error=error)) from None
        if contents and entries.is_file():
            return entries.read_text(encoding="utf-8")
        return None


def find_uno_python(soffice: str) -> str | None:
    """A Python interpreter that can import LibreOffice's `uno` module."""
    program = Path(soffice).resolve().parent
    candidates = [program / "python", program / "python.exe", Path("/usr/bin/python3")]
    candidates.append(Path(sys.executable))
    for candidate in candidates:
        if not candidate.is_file():
            continue
        probe = subprocess.run(
            [str(candidate), "-c", "import uno"], capture_output=True, timeout=30, check=False
        )
        if probe.returncode == 0:
            return str(candidate)
    return None


def _convert(office: list[str], convert: list[str], timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    # New sessions let a failure stop soffice and every helper process it starts.
    soffice = subprocess.Popen(
        office, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        with log.open("wb") as errors:
            helper = subprocess.Popen(
                [*convert, f"{timeout:g}"],
                stdout=subprocess.DEVNULL,
                stderr=errors,
                start_new_session=True,
            )
            try:
                _watch(helper, soffice, deadline, timeout)
            finally:
                _stop(helper)
        if helper.returncode != 0:
            raise PdfExportError(_failure(helper.returncode, log))
    except BaseException:
        # Nothing is left for LibreOffice to finish; after an abort it may not exit by itself.
        _stop(soffice)
        raise
    try:
        soffice.wait(timeout=TERMINATE_GRACE)  # the helper asked it to terminate
    except subprocess.TimeoutExpired:
        _stop(soffice)


def _watch(
    helper: subprocess.Popen[bytes],
    soffice: subprocess.Popen[bytes],
    deadline: float,
    timeout: float,
) -> None:
    """Wait for the helper, noticing at once when LibreOffice ends under it."""
    while True:
        try:
            helper.wait(timeout=POLL_INTERVAL)
            return
        except subprocess.TimeoutExpired:
            pass
        if soffice.poll() is not None:
            # LibreOffice is gone. A helper that was talking to it fails within moments and
            # says so; one still waiting to connect would wait until the deadline.
            try:
                helper.wait(timeout=HELPER_GRACE)
            except subprocess.TimeoutExpired:
                raise PdfExportError(Problem("files.export.pdf_stopped")) from None
            return
        if time.monotonic() > deadline:
            raise PdfExportError(Problem("files.export.pdf_timeout", seconds=f"{timeout:g}"))


def _failure(status: int, log: Path) -> Problem:
    """Why the helper failed, from the last line it wrote."""
    lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    last = lines[-1] if lines else ""
    if last == OFFICE_GONE:
        return Problem("files.export.pdf_stopped")
    reason: str | Term = last
    if last == CANNOT_OPEN:
        reason = Term("files.export.pdf_cannot_open")
    elif not last:
        reason = Term.of("files.export.pdf_exit", status=status)
    return Problem("files.export.pdf_failed", reason=reason)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a process and whatever it started (its session), if still there."""
    if process.poll() is None or process.returncode != 0:
        # soffice's launcher may be gone while the office it started lives on.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    process.wait()
