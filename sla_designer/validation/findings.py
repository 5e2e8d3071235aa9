"""Findings: what validation says about an agreement, as data shared by the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sla_designer.model.paths import FieldPath, format_path

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}

__all__ = ["SEVERITY_ORDER", "FieldPath", "Finding", "Severity", "format_path"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem or remark about an agreement.

    `code` is stable (tools may match on it); `path` names the field; the message exists in
    English and Brazilian Portuguese, written for an account manager.
    """

    severity: Severity
    code: str
    path: FieldPath
    message_en: str
    message_pt: str

    def message(self, language: str = "en") -> str:
        return self.message_pt if language == "pt-BR" else self.message_en

    @property
    def path_text(self) -> str:
        return format_path(self.path)

    def to_dict(self, language: str = "en") -> dict[str, object]:
        return {
            "severity": self.severity,
            "code": self.code,
            "path": self.path_text,
            "message": self.message(language),
        }
