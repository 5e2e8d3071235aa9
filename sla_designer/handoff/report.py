"""What did not map, said in words: one line per item, in the language asked for."""

from __future__ import annotations

from collections.abc import Sequence

from sla_designer.handoff.result import Handoff, Unmapped
from sla_designer.text.values import render_all


def unmapped_line(item: Unmapped, language: str) -> str:
    """One item: 'path: what the system cannot hold, and what to do'."""
    from sla_designer.text import texts

    count = item.params.get("count")
    values = render_all(dict(item.params), language)
    message = texts(language).render(item.key, values, count if isinstance(count, int) else None)
    return f"{item.path}: {message}" if item.path else message


def system_name(system: str, language: str) -> str:
    """A target system's name as the user reads it ('Zendesk')."""
    from sla_designer.handoff.systems import SYSTEMS
    from sla_designer.text import texts

    known = SYSTEMS.get(system)
    group = known.texts if known is not None else f"handoff.systems.{system}"
    return texts(language)(f"{group}.name")


def report_lines(handoff: Handoff, language: str) -> list[str]:
    """The report of one system: a heading, then one line per item (none: the heading says
    that everything mapped)."""
    from sla_designer.text import texts

    words = texts(language).section("handoff.report")
    system = system_name(handoff.system, language)
    count = len(handoff.unmapped)
    if not count:
        return [words("all_mapped", system=system)]
    lines = [words("heading", count=count, system=system)]
    lines += [f"  - {unmapped_line(item, language)}" for item in handoff.unmapped]
    return lines


def report_text(handoffs: Sequence[Handoff], language: str) -> str:
    """The reports of several systems, one after the other."""
    return "\n".join(line for h in handoffs for line in report_lines(h, language))
