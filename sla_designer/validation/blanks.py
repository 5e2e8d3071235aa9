"""Fields a contract cannot leave blank: an item whose name or text is empty prints as a blank
heading or an empty clause, so its step is not complete.

The agreement's title and a party's legal name have their own findings (required.py,
parties.py); this covers the names and texts of the items of every list.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sla_designer.text.values import Term
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import FieldPath, Finding

ANY = "*"

REQUIRED: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("parties", ANY, "contacts", ANY), "name", "contact_name"),
    (("service", "services", ANY), "name", "service_name"),
    (("calendars", ANY), "name", "calendar_name"),
    (("priorities", ANY), "name", "priority_name"),
    (("metrics", ANY), "name", "metric_name"),
    (("metrics", ANY, "maintenance", ANY), "name", "maintenance_name"),
    (("responsibilities", ANY), "text", "duty_text"),
    (("reporting", "reports", ANY), "name", "report_name"),
    (("reporting", "reviews", ANY), "name", "review_name"),
    (("escalation", ANY), "name", "escalation_name"),
    (("escalation", ANY, "contacts", ANY), "name", "escalation_contact_name"),
    (("definitions", ANY), "term", "definition_term"),
    (("definitions", ANY), "meaning", "definition_meaning"),
    (("signing", "witnesses", ANY), "name", "witness_name"),
)
"""Where each required field is: the path of its items (ANY: every item of a list), the field,
and the key of the phrase naming it (findings._parts.blank)."""


def _items(node: Any, pattern: tuple[str, ...], path: FieldPath) -> Iterator[tuple[FieldPath, Any]]:
    """Every item the pattern reaches, with its path."""
    if not pattern:
        yield path, node
        return
    head, rest = pattern[0], pattern[1:]
    if head == ANY:
        for index, item in enumerate(node):
            yield from _items(item, rest, (*path, index))
    else:
        # A list only some kinds of metric have (maintenance windows) is empty for the others.
        yield from _items(getattr(node, head, ()), rest, (*path, head))


def blank_fields(ctx: Context) -> Iterator[Finding]:
    """Each required name or text that is empty (or only spaces)."""
    for pattern, name, key in REQUIRED:
        for path, item in _items(ctx.agreement, pattern, ()):
            if str(getattr(item, name)).strip():
                continue
            numbers = [part + 1 for part in path if isinstance(part, int)]
            field = Term.of(f"findings._parts.blank.{key}", n=numbers[-1], owner=numbers[0])
            yield make("required-field-empty", (*path, name), field=field)


RULES = (blank_fields,)
