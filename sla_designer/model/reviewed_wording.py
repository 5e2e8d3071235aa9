"""A legal reviewer's wording of a paragraph of the generated contract, kept in the agreement.

A reviewer who rewrites a sentence, deletes a paragraph or adds one does not change a value the
agreement holds: the change is to the words. Accepting it stores the paragraph as the export wrote
it (`generated`) with the reviewer's words for it (`text`), so that the next export prints the
reviewer's words where it would print the generated ones (export/reviewed_wording.py). When the
agreement later changes what that paragraph says (a number inside it), the generated text no
longer matches and validation says so: the reviewer's words are never kept over a changed rule
without the user knowing.
"""

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

from pydantic import Field, StringConstraints

from sla_designer.model.units import Name, StrictModel, Text

if TYPE_CHECKING:
    from sla_designer.model.agreement import Agreement

Tag = Annotated[str, StringConstraints(max_length=255)]
"""A content control's tag as the exported document writes it (model/tags.py)."""

PARAGRAPH_BREAK = "\n\n"
"""What separates the paragraphs of a reviewer's wording: a blank line."""


class ReviewedWording(StrictModel):
    """One paragraph of the contract in its reviewer's words."""

    clause: Tag | None = Field(
        default=None,
        description="The tag of the clause the paragraph belongs to, as the exported document "
        "writes it (items named by id: 'metrics[uptime]'); none for a paragraph outside every "
        "clause",
    )
    generated: Text = Field(
        description="The paragraph's whole text as the export wrote it when the reviewer's "
        "wording was accepted"
    )
    text: Text = Field(
        description="The reviewer's wording of the paragraph: empty deletes it; paragraphs "
        "after a blank line are added after it",
    )
    author: Name = ""
    accepted: dt.date | None = None

    def paragraphs(self) -> list[str]:
        """The paragraphs the export prints instead of the generated one (none: deleted)."""
        return [part for part in self.text.split(PARAGRAPH_BREAK) if part.strip()]

    def matches(self, clause: str | None, generated: str) -> bool:
        """Whether this is the wording of the paragraph of `clause` the export wrote as
        `generated`."""
        return self.clause == clause and self.generated == generated


def with_reviewed_wording(
    agreement: "Agreement",
    clause: str | None,
    generated: str,
    text: str,
    *,
    author: str = "",
    accepted: dt.date | None = None,
) -> "Agreement":
    """A copy of `agreement` that prints `text` instead of the paragraph of `clause` the export
    wrote as `generated`; an earlier wording of that paragraph is replaced, in its place.

    This is what accepting a reviewer's change of wording does."""
    entry = ReviewedWording(
        clause=clause, generated=generated, text=text, author=author, accepted=accepted
    )
    return agreement.model_copy(
        update={"reviewed_wording": replaced(agreement.reviewed_wording, entry)}, deep=True
    )


def replaced(entries: Sequence[ReviewedWording], entry: ReviewedWording) -> list[ReviewedWording]:
    """`entries` with `entry` in the place of the wording of the same paragraph, else added."""
    found = list(entries)
    place = next((i for i, e in enumerate(found) if e.matches(entry.clause, entry.generated)), None)
    if place is None:
        found.append(entry)
    else:
        found[place] = entry
    return found


def without_reviewed_wording(
    agreement: "Agreement", clause: str | None, generated: str
) -> "Agreement":
    """A copy of `agreement` that prints the generated paragraph again."""
    entries = [e for e in agreement.reviewed_wording if not e.matches(clause, generated)]
    return agreement.model_copy(update={"reviewed_wording": entries}, deep=True)
