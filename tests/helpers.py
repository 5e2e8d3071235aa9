"""Small helpers shared by tests: a minimal valid agreement text and running the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sla_designer.cli import main

MINIMAL = """\
format_version: 4
title: Minimal agreement
parties:
  - id: provider
    role: provider
    legal_name: Provider Ltd
  - id: customer
    role: customer
    legal_name: Customer plc
metrics:
  - kind: availability
    id: uptime
    name: Availability
    objective: 99.9
"""


def template_copy(folder: Path, name: str) -> Path:
    """A copy of template `name` in `folder`, for a test to export or change."""
    from sla_designer.resources import templates_folder

    path = folder / f"{name}.yaml"
    path.write_bytes((templates_folder() / f"{name}.yaml").read_bytes())
    return path


def run_cli(args: list[str], capsys: object) -> tuple[int, str, str]:
    """Run the command line in this process; returns status, stdout, stderr."""
    status = main(args)
    captured = capsys.readouterr()  # type: ignore[attr-defined]
    return status, captured.out, captured.err


def run_cli_process(
    args: list[str], cwd: Path | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run `python -m sla_designer` as a separate process (the installed entry point's code)."""
    return subprocess.run(
        [sys.executable, "-m", "sla_designer", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        check=False,
    )
