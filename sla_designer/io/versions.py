"""Versions sent to the other side: a revision entry with a frozen copy of the agreement.

When the account manager sends a version out (a Word export for the other side), the agreement's
revision history gains an entry, and the agreement exactly as sent is written beside its file, in
the folder `NAME.versions/` (`contract.yaml` → `contract.versions/1.2.yaml`). The entry names that
copy by a path relative to the agreement's folder, so the pair can be moved together. A later
redline or comparison reads the copy back: it is what the other side received.

A copy once written is never overwritten: recording a version whose copy exists is refused.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sla_designer.io.atomic import write_text_atomically
from sla_designer.io.errors import SaveError
from sla_designer.io.files import dumps_agreement, load_agreement
from sla_designer.model import Agreement
from sla_designer.model.governance import Revision
from sla_designer.text.values import Problem

_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")
_LAST_NUMBER = re.compile(r"(\d+)(\D*)$")


@dataclass(frozen=True)
class SavedVersion:
    """A revision entry that names a frozen copy, and where that copy is on disk."""

    revision: Revision
    path: Path

    @property
    def exists(self) -> bool:
        return self.path.is_file()

    def load(self) -> Agreement:
        """The agreement as it was sent (raises LoadError)."""
        return load_agreement(self.path)


def versions_folder(agreement_path: str | os.PathLike[str]) -> Path:
    """The folder that holds the frozen copies of the agreement at `agreement_path`."""
    path = Path(agreement_path)
    return path.with_name(f"{path.stem}.versions")


def copy_name(version: str) -> str:
    """A file name for a version's copy: the version with unsafe characters replaced."""
    stem = _UNSAFE.sub("-", version.strip()).strip(".-") or "version"
    return f"{stem}.yaml"


def next_version(agreement: Agreement) -> str:
    """The version after the latest revision's: "1.2" → "1.3", "v2" → "v3"; "1.0" first."""
    if not agreement.revisions:
        return "1.0"
    last = agreement.revisions[-1].version
    match = _LAST_NUMBER.search(last)
    if match is None:
        return f"{last}.1"
    number = str(int(match.group(1)) + 1)
    return f"{last[: match.start(1)]}{number}{match.group(2)}"


def record_version(
    agreement: Agreement,
    agreement_path: str | os.PathLike[str],
    version: str,
    *,
    date: dt.date,
    author: str = "",
    description: str = "",
) -> Agreement:
    """The agreement with a revision entry for `version`, whose frozen copy is written now.

    The copy holds the agreement with that entry, exactly as the other side receives it. An entry
    of the same version without a copy gains the copy (its date, author and description are
    updated); a version whose copy exists already is refused (SaveError), nothing written.
    The caller saves the agreement file itself.
    """
    version = version.strip()
    folder = versions_folder(agreement_path)
    target = folder / copy_name(version)
    if target.exists():
        raise SaveError(str(target), Problem("files.versions.exists", version=version))
    relative = PurePosixPath(folder.name, target.name).as_posix()
    entry = Revision(
        version=version, date=date, author=author, description=description, file=relative
    )
    revisions = list(agreement.revisions)
    same = [i for i, r in enumerate(revisions) if r.version == version]
    if same:
        revisions[same[-1]] = entry
    else:
        revisions.append(entry)
    recorded = agreement.model_copy(update={"revisions": revisions})
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise SaveError(
            str(folder), Problem("files.save.unwritable", reason=error.strerror or str(error))
        ) from None
    write_text_atomically(target, dumps_agreement(recorded))
    return recorded


def saved_versions(
    agreement: Agreement, agreement_path: str | os.PathLike[str] | None
) -> list[SavedVersion]:
    """The revision entries that name a copy, newest last, with where each copy is.

    Without a file (an agreement never saved) relative copies cannot be found: none is listed.
    """
    if agreement_path is None:
        return []
    base = Path(agreement_path).parent
    return [
        SavedVersion(r, base / Path(*PurePosixPath(r.file).parts))
        for r in agreement.revisions
        if r.file
    ]
