"""Typed errors of file input and output, each printable as one line with its location.

The message is a Problem (a phrase of the text layer): `str()` is English, as the command line
prints it; `text(language)` says the same line in the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass

from sla_designer.model.paths import FieldPath, format_path
from sla_designer.text.values import Problem, problem_text


@dataclass
class LoadError(Exception):
    """A file that cannot be read as an agreement: says where and what, in one line."""

    file: str
    problem: Problem
    line: int | None = None
    column: int | None = None
    path: FieldPath = ()

    def __post_init__(self) -> None:
        super().__init__(str(self))

    @property
    def message(self) -> str:
        """What is wrong, in English, without the location."""
        return str(self.problem)

    def where(self) -> str:
        """'file:line:col:' and the field path, as the command line prints a location."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f" {format_path(self.path)}:" if self.path else ""
        return f"{where}:{field}"

    def text(self, language: str) -> str:
        """The whole line in `language`."""
        return f"{self.where()} {problem_text(self.problem, language)}"

    def __str__(self) -> str:
        return self.text("en")


@dataclass
class SaveError(Exception):
    """A file that could not be written; the previous content (if any) is untouched."""

    file: str
    problem: Problem

    def __post_init__(self) -> None:
        super().__init__(str(self))

    @property
    def message(self) -> str:
        """What is wrong, in English, without the file name."""
        return str(self.problem)

    def text(self, language: str) -> str:
        """The whole line in `language`."""
        return f"{self.file}: {problem_text(self.problem, language)}"

    def __str__(self) -> str:
        return self.text("en")
