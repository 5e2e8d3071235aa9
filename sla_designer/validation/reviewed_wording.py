"""A reviewer's wording names the paragraph it replaces by its generated text: when the agreement
changes what that paragraph says (a number inside it, a party's name) or drops it, the wording no
longer applies, and the export prints the generated paragraph again. Say so, so the reviewer's
words and the agreement's data never part silently.
"""

from __future__ import annotations

from collections.abc import Iterator

from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import Finding

EXCERPT = 60
"""How much of the generated paragraph a message quotes."""


def stale_wording(ctx: Context) -> Iterator[Finding]:
    """Each reviewed wording whose paragraph the export no longer writes as it did. The contract
    is written only when the agreement has reviewed wording, and only when an edit may have
    changed a reworded paragraph (export/wording_edits.py)."""
    entries = ctx.agreement.reviewed_wording
    if not entries:
        return
    from sla_designer.export.builder import ExportError
    from sla_designer.export.wording_edits import wordings_written

    try:
        written = wordings_written(ctx.agreement)
    except ExportError:
        return
    for index, (entry, still) in enumerate(zip(entries, written, strict=True)):
        if not still:
            yield make(
                "reviewed-wording-stale",
                ("reviewed_wording", index),
                paragraph=excerpt(entry.generated),
            )


def excerpt(text: str) -> str:
    """The start of a paragraph on one line, cut at a word with an ellipsis when long."""
    line = " ".join(text.split())
    if len(line) <= EXCERPT:
        return line
    cut = line[:EXCERPT].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


RULES = (stale_wording,)
