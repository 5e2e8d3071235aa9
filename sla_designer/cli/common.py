"""What every sub-command shares: the error type, exit statuses, loading an agreement."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A user mistake or an input problem: printed as one line, no traceback."""

    def __init__(self, message: str, status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def load_for_cli(path: str | Path) -> Any:
    """Load an agreement file; a load problem becomes a one-line CliError (exit status 2)."""
    from sla_designer.io import LoadError, load_agreement

    try:
        return load_agreement(Path(path))
    except LoadError as error:
        raise CliError(str(error)) from None


def print_json(data: Any) -> None:
    """Print machine-readable output, stable key order as given."""
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
