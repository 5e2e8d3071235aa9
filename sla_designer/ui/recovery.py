"""Autosave to a recovery file, and the offer to restore it after a crash.

Each running editor writes `<pid>.yaml` (the agreement) and `<pid>.json` (where it came from)
in the recovery folder while it has unsaved changes, and deletes them when the work is saved or
discarded. A pair left by a process that is no longer running is what a crash leaves behind.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from sla_designer.model import Agreement


def default_folder() -> Path:
    """The per-user recovery folder (AppDataLocation/recovery)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove(yaml_file: Path) -> None:
    """A recovery pair, with what writes of it killed midway left."""
    from sla_designer.io import remove_leftovers

    for path in (yaml_file, yaml_file.with_suffix(".json")):
        path.unlink(missing_ok=True)
        remove_leftovers(path)


@dataclass(frozen=True)
class Recovered:
    """Unsaved work left behind by an editor that did not close normally."""

    agreement: Agreement
    file_path: Path | None
    yaml_file: Path

    def describe(self) -> str:
        name = (
            self.file_path.name
            if self.file_path
            else QCoreApplication.translate("Recovery", "an unsaved agreement")
        )
        title = self.agreement.title or QCoreApplication.translate("Recovery", "Untitled")
        return f"“{title}” ({name})"

    def discard(self) -> None:
        _remove(self.yaml_file)


class RecoveryStore:
    """The recovery files of this process, and those crashed processes left."""

    def __init__(self, folder: Path, pid: int | None = None) -> None:
        self.folder = folder
        self.pid = os.getpid() if pid is None else pid

    @property
    def yaml_file(self) -> Path:
        return self.folder / f"{self.pid}.yaml"

    def write(self, agreement: Agreement, file_path: Path | None) -> None:
        """Save the unsaved work of this process (atomically, so a crash mid-write is harmless)."""
        from sla_designer.io import dumps_agreement, write_text_atomically

        self.folder.mkdir(parents=True, exist_ok=True)
        meta = {"file": str(file_path) if file_path else None}
        write_text_atomically(self.yaml_file.with_suffix(".json"), json.dumps(meta))
        write_text_atomically(self.yaml_file, dumps_agreement(agreement))

    def clear(self) -> None:
        """The work was saved or deliberately discarded: nothing to recover."""
        _remove(self.yaml_file)

    def left_behind(self) -> list[Recovered]:
        """Recovery files of processes that are no longer running; unreadable ones are skipped."""
        found: list[Recovered] = []
        if not self.folder.is_dir():
            return found
        from sla_designer.io import loads_agreement

        for yaml_file in sorted(self.folder.glob("*.yaml")):
            if not yaml_file.stem.isdigit():
                continue
            pid = int(yaml_file.stem)
            if pid == self.pid or _alive(pid):
                continue
            try:
                agreement = loads_agreement(yaml_file.read_text("utf-8"), source=str(yaml_file))
                meta = json.loads(yaml_file.with_suffix(".json").read_text("utf-8"))
            except (OSError, ValueError):
                continue
            original = Path(meta["file"]) if meta.get("file") else None
            found.append(Recovered(agreement, original, yaml_file))
        return found
