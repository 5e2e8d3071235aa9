"""What one target system's export gives: its files and what did not map."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Unmapped:
    """One thing of the agreement a target system cannot hold, said in words by the text
    layer's phrase `key` (a dotted key, e.g. 'handoff.zendesk.unmapped.attainment') with
    `params`. `path` is the model path of the field concerned, in the tag form
    (`metrics[p1-response].objective`), or '' for the whole agreement."""

    system: str
    key: str
    path: str = ""
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Handoff:
    """The files one system takes, by file name (relative to the output directory, or the one
    output file's content under the name ''), and what did not map."""

    system: str
    files: Mapping[str, bytes]
    unmapped: tuple[Unmapped, ...] = ()
