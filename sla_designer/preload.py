"""Reading the agreement the editor starts on in a helper process, while the editor starts.

`sla-designer FILE` has two pieces of work to do before its window can show the agreement:
start Qt and build the window, and read the file (the YAML parser, pydantic building the model's
validators, validation). Neither needs the other, so the file is read by a second Python process
on another processor core and handed back pickled through a pipe; it is started before the
editor imports Qt, and is done by the time the window is built.

Nothing is started where the process may use a single processor (the two would only take
turns) or in a frozen application (whose executable is not a Python interpreter). The caller then
reads the file itself; it does the same whenever the helper did not deliver an agreement, and so
reports a problem exactly as an ordinary open does. This module imports neither Qt nor the file
format.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sla_designer.model import Agreement

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
"""The folder this copy of the package is in; the helper must load the same copy."""

# Run with -P: neither the working directory nor anything else is put before the standard
# library; this copy of the package is found where the editor's own Python finds it, or else at
# the end of the path.
_HELPER = (
    "import sys; sys.path.append(sys.argv[1]); "
    "from sla_designer.preload import helper; sys.exit(helper(sys.argv[1], sys.argv[2]))"
)


def usable_processors() -> int:
    """How many processors this process may run on (its affinity, where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def worth_starting() -> bool:
    """Whether a helper process can run beside this one and be of use."""
    return not getattr(sys, "frozen", False) and usable_processors() > 1


class Preload:
    """An agreement file being read by a helper process; `result()` collects it."""

    def __init__(self, path: Path, process: subprocess.Popen[bytes] | None = None) -> None:
        self.path = path
        self.started = process is not None
        """Whether a helper was started to read the file."""
        self._process = process

    def result(self) -> Agreement | None:
        """The agreement the helper read; None when there is none (the caller reads the file).

        Waits for the helper if it has not finished; a second call returns None.
        """
        process, self._process = self._process, None
        if process is None:
            return None
        with process:  # closes the pipe and waits for the helper
            data = process.stdout.read() if process.stdout is not None else b""
        if process.returncode != 0 or not data:
            return None
        from sla_designer.model import Agreement

        try:
            agreement = pickle.loads(data)  # written by our own helper, through its pipe
        except Exception:  # whatever came back instead, the caller reads the file
            return None
        return agreement if isinstance(agreement, Agreement) else None

    def cancel(self) -> None:
        """Stop the helper, if it is still running, and collect it."""
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            with process:
                pass


def start(path: Path) -> Preload:
    """Start reading `path` in a helper process when that is of use; see the module's text."""
    if not worth_starting():
        return Preload(path)
    try:
        process = subprocess.Popen(
            [sys.executable, "-P", "-c", _HELPER, str(PACKAGE_ROOT), os.fspath(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            # No console window flashing up on Windows (0, no flag, elsewhere).
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except OSError:
        return Preload(path)
    return Preload(path, process)


def helper(package_root: str, file: str) -> int:
    """In the helper process: write the pickled agreement of `file` to stdout; else exit 1.

    A problem is not described here: the editor reads the file itself and reports it. Neither is
    a file read by another copy of the package than the editor's (its pickle might not fit).
    """
    if Path(package_root) != PACKAGE_ROOT:
        return 1
    from sla_designer.io import LoadError, load_agreement

    try:
        agreement = load_agreement(file)
    except (LoadError, OSError):
        return 1
    sys.stdout.buffer.write(pickle.dumps(agreement, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0
