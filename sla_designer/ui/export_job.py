"""Exports run off the GUI thread: what to write, the job that writes it, and the PDF check.

The job works on its own copy of the agreement, so the user may go on editing while a long
export (a PDF through LibreOffice takes seconds) runs. Every export function writes atomically:
a failed export leaves any earlier file as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    Slot,
)

from sla_designer.model import Agreement
from sla_designer.text import LANGUAGES
from sla_designer.text.values import problem_text
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, current_language, text_choices

ExportFormat = Literal["docx", "pdf", "yaml"]
FORMATS: tuple[tuple[ExportFormat, str, str], ...] = (
    ("docx", QT_TRANSLATE_NOOP("Labels", "Word document (.docx)"), ".docx"),
    ("pdf", QT_TRANSLATE_NOOP("Labels", "PDF (.pdf)"), ".pdf"),
    ("yaml", QT_TRANSLATE_NOOP("Labels", "YAML agreement file (.yaml)"), ".yaml"),
)
LANGUAGE_CHOICES = text_choices("choices.languages", LANGUAGES)
PAPERS = (("A4", "A4"), ("Letter", "Letter"))

PdfCheck = Callable[[], str | None]
"""Returns None when PDF export can run, else the reason it cannot (shown to the user)."""


def pdf_unavailable_reason() -> str | None:
    """Why PDF export cannot run on this machine, or None when LibreOffice is ready."""
    from sla_designer.export.pdf import INSTALL_HINT, find_soffice, find_uno_python

    hint = INSTALL_HINT.text(current_language())
    soffice = find_soffice()
    if soffice is None:
        return QCoreApplication.translate("Export", "LibreOffice was not found. %1.").replace(
            "%1", hint
        )
    if find_uno_python(soffice) is None:
        return QCoreApplication.translate(
            "Export", "LibreOffice's Python bridge (uno) was not found. %1."
        ).replace("%1", hint)
    return None


@dataclass(frozen=True)
class HandoffRequest:
    """One target system to write (sla_designer.handoff.systems): where, and the mapping of the
    agreement's priorities to the system's that the user confirmed."""

    system: str
    path: Path
    priorities: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ExportRequest:
    """One export the user asked for; `agreement` is a private copy."""

    agreement: Agreement
    fmt: ExportFormat
    path: Path | None
    """The agreement's own file in format `fmt`; None to write only the target systems."""
    language: str = "en"
    paper: str = "A4"
    draft: bool = False
    contents: bool = False
    """Fill in the Word document's table of contents with LibreOffice (its page numbers); once
    exported, whether it was (False: it is left for Word to update)."""
    against: Path | None = None
    """An earlier version's agreement file: the Word document marks the changes since it as
    tracked changes (a redline)."""
    author: str = ""
    """The name a redline's changes are made under."""
    record: str | None = None
    """Record the export as a version sent to the other side, with this description."""
    handoffs: tuple[HandoffRequest, ...] = ()
    """Target systems to write too (help desks, service-level tools)."""
    reports: str = ""
    """Once exported to target systems: what was written and what did not map, in words."""

    def outputs(self) -> tuple[Path, ...]:
        """Every file or folder the export writes: the agreement's file first."""
        own = (self.path,) if self.path is not None else ()
        return own + tuple(h.path for h in self.handoffs)


Exporter = Callable[[ExportRequest], ExportRequest | None]
"""Writes a request's file; may return the request as done (see perform_export)."""


def perform_export(request: ExportRequest) -> ExportRequest:
    """Write the requested file; raises an error whose text is one line for the user.

    Returns the request as done: `contents` says whether the table of contents was filled in.
    """
    if request.path is None:
        return write_handoffs(request)
    if request.fmt == "yaml":
        from sla_designer.io import save_agreement

        save_agreement(request.agreement, request.path)
        return write_handoffs(request)
    from sla_designer.export import export_docx_and_pdf

    word = request.fmt == "docx"
    redline = None
    if request.against is not None and word:
        from sla_designer.export import Redline
        from sla_designer.io import load_agreement

        redline = Redline(load_agreement(request.against), request.author)
    filled = export_docx_and_pdf(
        request.agreement,
        docx=request.path if word else None,
        pdf=None if word else request.path,
        paper="Letter" if request.paper == "Letter" else "A4",
        draft=request.draft,
        language=request.language,
        contents=request.contents and word,
        redline=redline,
    )
    return write_handoffs(replace(request, contents=filled))


def write_handoffs(request: ExportRequest) -> ExportRequest:
    """Write the target systems asked for, each atomically; the request with the report of what
    was written and what did not map, in the interface's language."""
    if not request.handoffs:
        return request
    from sla_designer.handoff.report import report_lines, system_name
    from sla_designer.handoff.systems import SYSTEMS
    from sla_designer.handoff.writing import write_handoff
    from sla_designer.text import texts

    shown = current_language()
    lines: list[str] = []
    for wanted in request.handoffs:
        system = SYSTEMS[wanted.system]
        built = system.build(
            request.agreement, language=request.language, priorities=dict(wanted.priorities)
        )
        written = write_handoff(built, wanted.path, system.output)
        name = system_name(system.name, shown)
        lines.append(
            texts(shown)(
                "handoff.report.written", count=len(written), output=str(wanted.path), system=name
            )
        )
        lines += report_lines(built, shown)
    return replace(request, reports="\n".join(lines))


def one_line(error: BaseException) -> str:
    """The first line of an error's message (the type's name when it has none)."""
    text = problem_text(error, current_language()).strip()
    return text.splitlines()[0] if text else type(error).__name__


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object, str)


class ExportJob(QRunnable):
    """Runs `perform_export` on a pool thread and reports back through queued signals."""

    def __init__(self, request: ExportRequest, run: Exporter = perform_export) -> None:
        super().__init__()
        self.request = request
        self._run = run
        self.done: ExportRequest | None = None
        """The request as done, once written."""
        self.signals = _Signals()

    def run(self) -> None:
        try:
            self.done = self._run(self.request) or self.request
        except Exception as error:
            self.signals.failed.emit(self.request, one_line(error))
            return
        self.signals.finished.emit(self.done)


class ExportRunner(QObject):
    """Starts export jobs on the global thread pool and re-emits their outcome.

    The runner lives on the GUI thread, so its slots (and whatever listens to `finished` and
    `failed`) run there: the pool thread never touches a widget.
    """

    finished = Signal(object)
    """The ExportRequest that was written."""
    failed = Signal(object, str)
    """The ExportRequest that failed and the one-line reason."""

    def __init__(
        self,
        parent: QObject | None = None,
        run: Exporter = perform_export,
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._jobs: list[ExportJob] = []

    def busy(self) -> bool:
        return bool(self._jobs)

    def start(self, request: ExportRequest) -> None:
        job = ExportJob(request, self._run)
        job.setAutoDelete(False)  # kept in _jobs until its outcome has been delivered
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        self._jobs.append(job)
        QThreadPool.globalInstance().start(job)

    @Slot(object)
    def _on_finished(self, request: ExportRequest) -> None:
        self._forget(request)
        self.finished.emit(request)

    @Slot(object, str)
    def _on_failed(self, request: ExportRequest, message: str) -> None:
        self._forget(request)
        self.failed.emit(request, message)

    def _forget(self, request: ExportRequest) -> None:
        self._jobs = [j for j in self._jobs if request is not j.request and request is not j.done]
