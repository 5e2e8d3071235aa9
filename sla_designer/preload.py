"""Reading the agreement the editor starts on in a forked child, while the editor starts.

`sla-designer FILE` has two pieces of work to do before its window can show the agreement:
start Qt and build the window, and read the file (the YAML parser, pydantic building the model's
validators, validation). Neither needs the other, so on Linux the file is read by a child process
forked before Qt is loaded, on another processor core, and handed back pickled through a pipe.

Where forking is not safe - other systems, or a process that already loaded Qt (which starts
threads) or runs threads of its own - nothing is started, and the caller reads the file itself.
The caller does the same when the child could not read the file: it then reports the problem
exactly as an ordinary open would. This module imports neither Qt nor the file format.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from sla_designer.model import Agreement


def can_fork() -> bool:
    """Whether a child can be forked safely here and now."""
    return (
        sys.platform.startswith("linux")
        and hasattr(os, "fork")
        and "PySide6.QtCore" not in sys.modules
        and threading.active_count() == 1
    )


class Preload:
    """An agreement file being read by a child process; `result()` collects it."""

    def __init__(self, path: Path, pid: int | None = None, pipe: int | None = None) -> None:
        self.path = path
        self.started = pid is not None
        """Whether a child was started to read the file."""
        self._pid = pid
        self._pipe = pipe

    def result(self) -> Agreement | None:
        """The agreement the child read; None when there is none (the caller reads the file).

        Waits for the child if it has not finished; a second call returns None.
        """
        pid, pipe = self._pid, self._pipe
        if pid is None or pipe is None:
            return None
        self._pid = self._pipe = None
        try:
            with os.fdopen(pipe, "rb") as incoming:
                data = incoming.read()
        finally:
            _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0 or not data:
            return None
        from sla_designer.model import Agreement

        agreement = pickle.loads(data)  # from our own child, through a pipe only it could write
        return agreement if isinstance(agreement, Agreement) else None


def start(path: Path) -> Preload:
    """Start reading `path` in a forked child when that is safe; see the module's description."""
    if not can_fork():
        return Preload(path)
    # The editor needs the model in this process too: loaded before the fork, the child has it
    # without importing it again.
    import sla_designer.model  # noqa: F401

    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return Preload(path)
    if pid == 0:
        _read_in_child(path, read_end, write_end)
    os.close(write_end)
    return Preload(path, pid, read_end)


def _read_in_child(path: Path, read_end: int, write_end: int) -> NoReturn:
    """Read the agreement, pickle it into the pipe, and leave without running any exit handler
    of the parent's (os._exit: no atexit, no flushing the parent's buffered output twice)."""
    status = 1
    try:
        os.close(read_end)
        from sla_designer.io import load_agreement

        data = pickle.dumps(load_agreement(path), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as outgoing:
            outgoing.write(data)
        status = 0
    except BaseException:
        # Whatever went wrong (a bad file, the parent gone), the parent reads the file itself
        # and reports the problem as an ordinary open does; the exit status tells it to.
        status = 1
    finally:
        os._exit(status)
