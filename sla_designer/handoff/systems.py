"""The target systems, by name: what each writes (a folder of files, or one file), the module
that builds it (imported when used), and the system's own priorities when the user confirms a
mapping of the agreement's priorities to them.

The command line and the export dialog offer every system listed here: a new system is one line.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from sla_designer.handoff.result import Handoff
from sla_designer.model import Agreement


@dataclass(frozen=True)
class System:
    name: str
    """The command line's option (`--zendesk`) and the key of its words (handoff.systems.NAME)."""
    output: Literal["folder", "file"]
    module: str
    """The module whose `build(agreement, *, language, ...)` gives the system's Handoff."""
    priorities: tuple[str, ...] = ()
    """The system's ticket priorities, most urgent first, when the user maps the agreement's
    to them (`build(..., priorities={agreement id: system priority})`); () when it has none."""
    suffix: str = ""
    """A file output's usual suffix ('.yaml')."""
    words: str = ""
    """The text-layer group of its name (`.name`), its option's help (`.option`) and, with
    priorities, the priority option's help (`.priority_option`); by default
    `handoff.systems.NAME`."""

    @property
    def texts(self) -> str:
        """The text-layer group of the system's words."""
        return self.words or f"handoff.systems.{self.name}"

    def build(
        self,
        agreement: Agreement,
        *,
        language: str,
        priorities: Mapping[str, str] | None = None,
    ) -> Handoff:
        """The system's files and what did not map, for `agreement` in `language`."""
        builder = importlib.import_module(self.module).build
        if self.priorities:
            handoff: Handoff = builder(agreement, language=language, priorities=priorities)
        else:
            handoff = builder(agreement, language=language)
        return handoff


SYSTEMS: dict[str, System] = {
    s.name: s
    for s in (
        System(
            "zendesk", "folder", "sla_designer.handoff.zendesk", ("urgent", "high", "normal", "low")
        ),
        System(
            "freshdesk",
            "folder",
            "sla_designer.handoff.freshdesk",
            ("urgent", "high", "medium", "low"),
        ),
        System(
            "openslo",
            "file",
            "sla_designer.handoff.openslo",
            suffix=".yaml",
            words="slo.systems.openslo",
        ),
        System(
            "prometheus",
            "file",
            "sla_designer.handoff.prometheus",
            suffix=".yml",
            words="slo.systems.prometheus",
        ),
    )
}
"""Every target system, in the order the command line and the dialog list them."""
