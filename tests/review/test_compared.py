"""A paragraph keeps the text a review compares once worked out, and works it out again when
segments are added to it (a paragraph joined with the next one)."""

from __future__ import annotations

from sla_designer.review.wordml import Paragraph, Segment


def test_compared_text_follows_added_segments() -> None:
    paragraph = Paragraph([Segment("a", 0, before="Old ", after="New ")])
    assert paragraph.compared() == "New" and paragraph.compared(after=False) == "Old"
    paragraph.segments += [Segment("b", 1, before="words", after="text")]
    assert paragraph.compared() == "New text"
    assert paragraph.compared(after=False) == "Old words"
    assert paragraph == Paragraph(paragraph.segments)
