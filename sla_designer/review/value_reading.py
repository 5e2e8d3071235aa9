"""One control's text to read as a field's value, with what a reader of it needs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sla_designer.export.context import ExportContext
from sla_designer.export.formatting import Formats
from sla_designer.model import Agreement
from sla_designer.model.paths import FieldPath, resolve
from sla_designer.review.value_kinds import spaced
from sla_designer.text import Texts
from sla_designer.text.values import Problem


@dataclass(frozen=True)
class Reading:
    """One control's text to read as the value of the field at `path`."""

    agreement: Agreement
    path: FieldPath
    text: str
    ctx: ExportContext
    """The export's context for the agreement: its wording, formats and party labels."""

    @property
    def t(self) -> Texts:
        return self.ctx.t

    @property
    def f(self) -> Formats:
        return self.ctx.f

    @cached_property
    def current(self) -> Any:
        return resolve(self.agreement, self.path)

    def up(self, levels: int = 1) -> Any:
        return resolve(self.agreement, self.path[:-levels])


Reader = Callable[[Reading], object]


def not_single(r: Reading) -> object:
    """The reader of a control whose text is written from several fields: none."""
    raise Problem("files.review.not_single", text=repr(spaced(r.text)))
