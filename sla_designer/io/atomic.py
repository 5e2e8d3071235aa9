"""Atomic writes: the old file stays whole until the new one is complete.

The new content goes to a hidden temporary file beside the target, `.NAME.PID.XXXXXXXX.tmp`
(PID: the writing process), which is fsynced and renamed over the target. A process killed
between the two leaves its temporary file behind; the next write of that target removes it.
Only our own temporary files of that target are ever removed: those whose writer is no longer
running (or is this process), and those of the earlier naming without a PID.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from pathlib import Path

from sla_designer.io.errors import SaveError
from sla_designer.text.values import Problem

STALE_SECONDS = 600
"""Where a process cannot be asked whether it runs (Windows), a temporary file of another process
is a leftover once it is this old: a write takes milliseconds."""

_writing: set[Path] = set()
"""Temporary files this process is writing now (an export thread may write while a save does)."""


def write_text_atomically(path: str | os.PathLike[str], text: str) -> None:
    """Write UTF-8 text to a temporary file beside `path`, fsync it, then rename it over `path`."""
    write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write bytes to a temporary file beside `path`, fsync it, then rename it over `path`;
    then remove what earlier writes of `path` killed midway left behind."""
    name = os.fspath(path)
    target = Path(name)
    folder = target.parent
    try:
        if target.is_dir():
            raise SaveError(name, Problem("files.save.folder"))
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, before the rename)
            "wb", dir=folder, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", delete=False
        )
    except FileNotFoundError:
        raise SaveError(name, Problem("files.save.no_folder", folder=str(folder))) from None
    except PermissionError:
        raise SaveError(name, Problem("files.save.permission")) from None
    except OSError as error:
        raise SaveError(
            name, Problem("files.save.unwritable", reason=error.strerror or str(error))
        ) from None
    temporary = Path(handle.name)
    _writing.add(temporary)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temporary, target.stat().st_mode & 0o7777 if target.exists() else 0o644)
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise SaveError(
            name, Problem("files.save.unwritable", reason=error.strerror or str(error))
        ) from None
    finally:
        _writing.discard(temporary)
    _fsync_folder(folder)
    remove_leftovers(target)


def leftovers(path: str | os.PathLike[str]) -> list[Path]:
    """Temporary files that interrupted writes of `path` left beside it."""
    target = Path(path)
    pattern = re.compile(
        rf"\.{re.escape(target.name)}\.(?:(?P<pid>\d+)\.)?[a-z0-9_]{{8}}\.tmp", re.ASCII
    )
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    found = []
    for name in sorted(names):
        match = pattern.fullmatch(name)
        if match is None:
            continue
        candidate = target.parent / name
        pid = match["pid"]
        if pid is None or _abandoned(int(pid), candidate):
            found.append(candidate)
    return found


def remove_leftovers(path: str | os.PathLike[str]) -> None:
    """Remove the temporary files interrupted writes of `path` left (best effort)."""
    for leftover in leftovers(path):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _abandoned(pid: int, temporary: Path) -> bool:
    """True when the process that wrote `temporary` can no longer be writing it."""
    if pid == os.getpid():
        # Finished writes of this process renamed their temporary file away: one still there
        # is either being written by another thread right now, or was abandoned.
        return temporary not in _writing
    if os.name == "posix":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False  # running under another user
        return False
    try:
        return time.time() - temporary.stat().st_mtime > STALE_SECONDS
    except OSError:
        return False


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform, hence best effort.
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
