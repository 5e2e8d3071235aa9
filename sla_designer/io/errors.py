"""Typed errors of file input and output, each printable as one line with its location."""

from __future__ import annotations

from dataclasses import dataclass

from sla_designer.model.paths import FieldPath, format_path


@dataclass
class LoadError(Exception):
    """A file that cannot be read as an agreement: says where and what, in one line."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    path: FieldPath = ()

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f" {format_path(self.path)}:" if self.path else ""
        return f"{where}:{field} {self.message}"


@dataclass
class SaveError(Exception):
    """A file that could not be written; the previous content (if any) is untouched."""

    file: str
    message: str

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"
