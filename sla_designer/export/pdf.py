"""PDF from the exported .docx through LibreOffice, with the table of contents brought up to date.

Each run gets its own LibreOffice profile in a temporary folder, so conversions never collide
with one another or with a LibreOffice the user has open. soffice listens on a private pipe and
lo_convert.py, run by a Python that has LibreOffice's `uno` module, refreshes the fields and the
table of contents through the UNO API before exporting.
"""

from __future__ import annotations

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

from sla_designer.text.values import Problem, Term

DEFAULT_TIMEOUT = 120.0
CANNOT_OPEN = "sla-designer:cannot-open"
"""What lo_convert.py prints when LibreOffice opens no document (it runs in LibreOffice's own
Python and cannot import this module)."""
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
    LibreOffice is missing, fails or takes longer than `timeout` seconds.
    """
    soffice = find_soffice()
    if soffice is None:
        raise PdfExportError(Problem("files.export.pdf_missing", hint=INSTALL_HINT))
    source = Path(docx_path).resolve()
    target = Path(pdf_path).resolve()
    if not source.is_file():
        raise PdfExportError(Problem("files.export.pdf_no_source", source=str(source)))
    if not target.parent.is_dir():
        raise PdfExportError(
            Problem("files.export.pdf_no_folder", target=str(target), folder=str(target.parent))
        )
    python = find_uno_python(soffice)
    if python is None:
        raise PdfExportError(Problem("files.export.pdf_no_bridge", hint=INSTALL_HINT))
    with tempfile.TemporaryDirectory(prefix="sla-pdf-") as folder:
        work = Path(folder)
        produced = work / "contract.pdf"
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
        convert = [python, str(helper), f"pipe,name={pipe}", str(source), str(produced)]
        _convert(office, convert, timeout)
        if not produced.is_file():
            raise PdfExportError(Problem("files.export.pdf_not_produced", name=source.name))
        temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        shutil.copyfile(produced, temporary)
        os.replace(temporary, target)


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


def _convert(office: list[str], convert: list[str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    # New sessions let a time-out stop soffice and every helper process it starts.
    soffice = subprocess.Popen(
        office, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        helper = subprocess.run(
            [*convert, f"{timeout:g}"],
            capture_output=True,
            timeout=max(deadline - time.monotonic(), 1),
            check=False,
            start_new_session=True,
        )
    except subprocess.TimeoutExpired:
        _stop(soffice)
        raise PdfExportError(Problem("files.export.pdf_timeout", seconds=f"{timeout:g}")) from None
    try:
        soffice.wait(timeout=max(deadline - time.monotonic(), 5))
    except subprocess.TimeoutExpired:
        _stop(soffice)
    if helper.returncode != 0:
        lines = helper.stderr.decode(errors="replace").strip().splitlines()
        reason: str | Term = lines[-1] if lines else ""
        if reason == CANNOT_OPEN:
            reason = Term("files.export.pdf_cannot_open")
        elif not reason:
            reason = Term.of("files.export.pdf_exit", status=helper.returncode)
        raise PdfExportError(Problem("files.export.pdf_failed", reason=reason))


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
