"""Running lo_edit.py's jobs in a private LibreOffice, as the PDF export runs it (export/pdf.py):
one LibreOffice for a whole list of jobs, since each start costs seconds."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from sla_designer.export import pdf as pdf_module


def run_jobs(jobs: list[dict[str, object]], folder: Path, timeout: float = 180.0) -> None:
    """Start a private LibreOffice and run lo_edit.py's `jobs` in it; its log goes to
    `folder`/lo_edit.log."""
    soffice = pdf_module.find_soffice()
    assert soffice is not None
    python = pdf_module.find_uno_python(soffice)
    assert python is not None, "no Python with LibreOffice's uno module"
    jobs_file = folder / "jobs.json"
    jobs_file.write_text(json.dumps(jobs), encoding="utf-8")
    pipe = f"sla-review-{uuid.uuid4().hex}"
    office = [
        soffice,
        f"-env:UserInstallation={(folder / 'profile').as_uri()}",
        "--headless",
        "--invisible",
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
        f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
    ]
    script = Path(__file__).with_name("lo_edit.py")
    edit = [python, str(script), f"pipe,name={pipe}", str(jobs_file)]
    pdf_module._convert(office, edit, timeout, folder / "lo_edit.log")
