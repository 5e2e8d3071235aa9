"""Load and save agreement files: safe, located errors, migration; atomic writes (io.atomic)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from sla_designer.io.atomic import write_text_atomically
from sla_designer.io.errors import LoadError
from sla_designer.io.migrations import FORMAT_VERSION, SCHEMA_URL, migrate, migrate_path
from sla_designer.io.yaml_syntax import Position, SyntaxProblem, emit_yaml, parse_yaml
from sla_designer.model import METRIC_KINDS, Agreement
from sla_designer.model.paths import FieldPath
from sla_designer.model.refusals import file_refusal
from sla_designer.text.values import Number, Problem, Term

MAX_FILE_BYTES = 10 * 1024 * 1024
"""Agreements are small; a larger file is refused before it is parsed."""


@dataclass
class SourceMap:
    """Where each field of a loaded file stands, to point messages at a line and column."""

    positions: dict[FieldPath, Position] = field(default_factory=dict)

    def locate(self, path: FieldPath) -> Position | None:
        """The position of the field, or of its nearest ancestor that the file has."""
        for end in range(len(path), -1, -1):
            found = self.positions.get(tuple(path[:end]))
            if found is not None:
                return found
        return None


@dataclass
class LoadedDocument:
    agreement: Agreement
    source: SourceMap
    file: str
    format_version: int


def load_document(path: str | os.PathLike[str]) -> LoadedDocument:
    """Read an agreement file; every problem is a LoadError naming the file and the place."""
    name = os.fspath(path)
    try:
        size = os.stat(name).st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(
                name,
                Problem(
                    "files.load.too_large",
                    size=Number(Decimal(size) / 1048576, 1),
                    limit=MAX_FILE_BYTES // 1048576,
                ),
            )
        data = Path(name).read_bytes()
    except FileNotFoundError:
        raise LoadError(name, Problem("files.load.missing")) from None
    except IsADirectoryError:
        raise LoadError(name, Problem("files.load.folder")) from None
    except PermissionError:
        raise LoadError(name, Problem("files.load.permission")) from None
    except OSError as error:
        raise LoadError(
            name, Problem("files.load.unreadable", reason=error.strerror or str(error))
        ) from None
    return loads_document(_decode(data, name), name)


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise LoadError(name, Problem("files.load.not_utf8"), line, column) from None


def loads_document(text: str, source: str = "<string>") -> LoadedDocument:
    """Parse agreement text; `source` names it in error messages."""
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise LoadError(source, Problem("files.load.binary"), line)
    try:
        data, positions = parse_yaml(text)
    except SyntaxProblem as problem:
        raise LoadError(source, problem.message, problem.line, problem.column) from None
    if data is None:
        raise LoadError(source, Problem("files.load.empty"), 1, 1)
    if not isinstance(data, dict):
        kind = Term("files.found.list" if isinstance(data, list) else "files.found.single")
        raise LoadError(source, Problem("files.load.not_mapping", kind=kind), 1, 1)
    sources = SourceMap(positions)
    version = _format_version(data, source, sources)
    body = migrate(data, version)
    if version < FORMAT_VERSION:
        sources = SourceMap({migrate_path(path, version): at for path, at in positions.items()})
    try:
        agreement = Agreement.model_validate(body)
    except ValidationError as error:
        raise _located(error, body, source, sources) from None
    return LoadedDocument(agreement, sources, source, version)


def _format_version(data: dict[str, Any], source: str, sources: SourceMap) -> int:
    if "format_version" not in data:
        raise LoadError(
            source,
            Problem("files.load.no_version", version=FORMAT_VERSION),
            1,
            1,
        )
    version = data.pop("format_version")
    line, column = sources.locate(("format_version",)) or (1, 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise LoadError(
            source,
            Problem("files.load.bad_version"),
            line,
            column,
            ("format_version",),
        )
    if version > FORMAT_VERSION:
        raise LoadError(
            source,
            Problem("files.load.newer_version", version=version, supported=FORMAT_VERSION),
            line,
            column,
            ("format_version",),
        )
    return version


def _located(error: ValidationError, data: Any, source: str, sources: SourceMap) -> LoadError:
    problems = error.errors(include_url=False)
    first = problems[0]
    path = _data_path(first["loc"], data)
    message = Refusal(first)
    problem = (
        Problem("files.load.more_problems", len(problems) - 1, message=message)
        if len(problems) > 1
        else Problem("files.load.one_problem", message=message)
    )
    line, column = sources.locate(path) or (None, None)
    return LoadError(source, problem, line, column, path)


def _data_path(loc: tuple[Any, ...], data: Any) -> FieldPath:
    """Pydantic's error location without the union tags it inserts (e.g. 'availability')."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str):
            if part in node or part not in METRIC_KINDS:
                path.append(part)
                node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int):
            path.append(part)
            node = node[part] if part < len(node) else None
        elif isinstance(part, int | str) and node is not None:
            path.append(part)
            node = None
    return tuple(path)


@dataclass(frozen=True)
class Refusal:
    """Pydantic's complaint about a value of the file, said when shown (model/refusals.py)."""

    problem: Any

    def text(self, language: str) -> str:
        return file_refusal(self.problem, language)


def load_agreement(path: str | os.PathLike[str]) -> Agreement:
    """Read an agreement file (raises LoadError)."""
    return load_document(path).agreement


def loads_agreement(text: str, source: str = "<string>") -> Agreement:
    """Read agreement text (raises LoadError)."""
    return loads_document(text, source).agreement


def dumps_agreement(agreement: Agreement) -> str:
    """The file text of an agreement: schema line, format version, fields in model order."""
    body = agreement.model_dump(mode="python", exclude_none=True)
    header = f"# yaml-language-server: $schema={SCHEMA_URL}\n"
    return header + emit_yaml({"format_version": FORMAT_VERSION, **body})


def save_agreement(agreement: Agreement, path: str | os.PathLike[str]) -> None:
    """Write the agreement atomically: the old file stays whole until the new one is complete."""
    write_text_atomically(path, dumps_agreement(agreement))
