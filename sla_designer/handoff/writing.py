"""Writing a system's files: each atomically, so that a failed export leaves every earlier file
whole (sla_designer.io.atomic), into a folder (made when missing) or as one file."""

from __future__ import annotations

from pathlib import Path

from sla_designer.handoff.result import Handoff
from sla_designer.io.atomic import write_bytes_atomically
from sla_designer.io.errors import SaveError
from sla_designer.text.values import Problem


def write_handoff(handoff: Handoff, destination: str | Path, output: str) -> list[Path]:
    """Write `handoff` to `destination`, a folder (`output` 'folder') or a file ('file'); the
    paths written, in order. A problem is a SaveError naming the path."""
    target = Path(destination)
    if output == "file":
        (content,) = handoff.files.values()
        write_bytes_atomically(target, content)
        return [target]
    if target.exists() and not target.is_dir():
        raise SaveError(str(target), Problem("handoff.errors.not_a_folder"))
    if not target.exists():
        if not target.parent.is_dir():
            raise SaveError(str(target), Problem("files.save.no_folder", folder=str(target.parent)))
        try:
            target.mkdir()
        except OSError as error:
            reason = error.strerror or str(error)
            raise SaveError(str(target), Problem("files.save.unwritable", reason=reason)) from None
    written = []
    for name, content in handoff.files.items():
        path = target / name
        write_bytes_atomically(path, content)
        written.append(path)
    return written
