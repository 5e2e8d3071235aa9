"""Findings: what validation says about an agreement, as data shared by the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sla_designer.model.paths import FieldPath, format_path
from sla_designer.text import language_of, texts
from sla_designer.text.values import Value, plain, render_all

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}

__all__ = ["SEVERITY_ORDER", "FieldPath", "Finding", "Severity", "format_path"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem or remark about an agreement.

    `code` is stable (tools may match on it); `path` names the field; `params` are the values
    the message shows (names, numbers, dates, durations, Terms). The message is written only
    when shown, in the language asked (`findings.<code>` of the text layer), so the same finding
    reads in English or in Brazilian Portuguese without validating again.
    """

    severity: Severity
    code: str
    path: FieldPath
    params: tuple[tuple[str, Value], ...] = ()
    count: int | None = None
    """How many things the message counts, when its phrase has plural forms ('1 day')."""
    _shown: dict[str, str] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )
    """The message per language, written once: a table repaints its rows often."""

    def message(self, language: str = "en") -> str:
        """The message in `language` ('en' or 'pt-BR'), its values written that language's way."""
        chosen = language_of(language)
        shown = self._shown.get(chosen)
        if shown is None:
            values = render_all(self.params, chosen)
            phrase = texts(chosen).render(f"findings.{self.code}", values, self.count)
            shown = self._shown[chosen] = phrase
        return shown

    @property
    def path_text(self) -> str:
        return format_path(self.path)

    def to_dict(self, language: str = "en") -> dict[str, object]:
        """The finding as JSON holds it: its message in `language` and its parameters as data."""
        return {
            "severity": self.severity,
            "code": self.code,
            "path": self.path_text,
            "message": self.message(language),
            "params": {name: plain(value) for name, value in self.params},
        }
