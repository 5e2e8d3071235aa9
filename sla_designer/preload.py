"""Reading the agreement the editor starts on in a helper process, while the editor starts.

`sla-designer FILE` has two pieces of work to do before its window can show the agreement:
start Qt and build the window, and read the file (the YAML parser, pydantic building the model's
validators, validation). Neither needs the other, so the file is read by a second Python process
on another processor core and handed back pickled through a pipe; it is started before the
editor imports Qt, and is done by the time the window is built.

Nothing is started on a single processor (the two would only take turns) or in a frozen
application (whose executable is not a Python interpreter). The caller then reads the file
itself; it does the same when the helper could not read the file, and so reports the problem
exactly as an ordinary open does. This module imports neither Qt nor the file format.

    python -m sla_designer.preload FILE    (the helper: the pickled agreement on stdout)
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from sla_designer.model import Agreement


def worth_starting() -> bool:
    """Whether a helper process can run beside this one and be of use."""
    return not getattr(sys, "frozen", False) and (os.cpu_count() or 1) > 1


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
        stdout: IO[bytes] | None = process.stdout
        data = stdout.read() if stdout is not None else b""
        if stdout is not None:
            stdout.close()
        if process.wait() != 0 or not data:
            return None
        from sla_designer.model import Agreement

        agreement = pickle.loads(data)  # written by our own helper, through its private pipe
        return agreement if isinstance(agreement, Agreement) else None


def start(path: Path) -> Preload:
    """Start reading `path` in a helper process when that is of use; see the module's text."""
    if not worth_starting():
        return Preload(path)
    # The helper imports this very copy of the package, wherever it was imported from.
    package_root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "sla_designer.preload", os.fspath(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            # No console window flashing up on Windows (0, no flag, elsewhere).
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except OSError:
        return Preload(path)
    return Preload(path, process)


def main(argv: list[str]) -> int:
    """The helper: write the pickled agreement of the file argv[0] to stdout; 1 on any problem.

    A problem is not described here: the editor reads the file itself and reports it.
    """
    from sla_designer.io import LoadError, load_agreement

    try:
        agreement = load_agreement(argv[0])
    except (LoadError, OSError, IndexError):
        return 1
    sys.stdout.buffer.write(pickle.dumps(agreement, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
