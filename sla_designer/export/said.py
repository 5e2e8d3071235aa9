"""Each paragraph of the preview as the Word document writes it: the clause its generated text is
tagged with and its whole text, so the preview finds the paragraphs a reviewer's wording names
(export/reviewed_wording.py) and prints the reviewer's words there too.

The Word target tags each stretch of plain text of a paragraph with the innermost clause around
it (controls.py); a paragraph whose text is all values, formatting or fields has no clause. The
text is every piece in order: values as typed, a reference's words and number, a sole paragraph's
label, never a clause number (Word's numbering draws it). These rules are those of the Word
target, and tests/export/test_reviewed_wording.py checks that both give the same paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Piece = tuple[str, str]
"""A stretch of a paragraph's text and what it is: 'plain' (generated text), 'value',
'formatted' (bold, a label) or 'field' (a reference's number)."""


@dataclass(slots=True)
class Said:
    """A paragraph of the preview: its clause (the innermost control, index form), its pieces
    (strings, or the target's markup and references, turned into text when finished) and where
    it stands in the target's output."""

    tag: str | None
    pieces: list[object]
    start: int
    """Where the element starts in the output."""
    inner: int
    """Where its text starts."""
    inner_end: int
    end: int
    opening: str
    """The element's opening tag, for the paragraphs a reviewer added after it."""
    closing: str


def key(tag: str | None, pieces: list[Piece]) -> tuple[str | None, str] | None:
    """(clause, text) of a paragraph of `pieces` under the control `tag`, as the Word document's
    review reads it; None for a paragraph with no text but fields (it is not read)."""
    text = "".join(words for words, _ in pieces)
    if not any(words.strip() for words, kind in pieces if kind != "field"):
        return None
    return (tag if tag is not None and _has_generated_text(pieces) else None), text


def _has_generated_text(pieces: list[Piece]) -> bool:
    """Whether a stretch of plain pieces puts some text in a control (controls.py `_wrap`: a
    space opening a stretch stays outside)."""
    stretch: list[str] = []
    for words, kind in [*pieces, ("", "end")]:
        if kind == "plain":
            stretch.append(words)
            continue
        if stretch:
            first = stretch[0]
            if first[:1] == " " and "\t" not in first and "\n" not in first:
                stretch[0] = first[1:]
            if "".join(stretch):
                return True
        stretch = []
    return False


def reword(
    rendered: list[str], said: Said, texts: list[str], lead: str, html: Callable[[str], str]
) -> None:
    """Put `texts` in place of the paragraph `said` in the `rendered` output: the first as its
    text (after `lead`, a sole paragraph's label it keeps), the others as paragraphs after it;
    none removes it. A table cell stays, as in Word: its paragraphs are its lines."""
    cell = said.opening.startswith(("<td", "<th"))
    if not texts and not cell:
        for index in range(said.start, said.end):
            rendered[index] = ""
        return
    first = texts[0] if texts else ""
    if lead and first.startswith(lead):
        first = first[len(lead) :]
    for index in range(said.inner, said.inner_end):
        rendered[index] = ""
    if cell:
        rendered[said.inner] = "<br>".join(html(text) for text in texts) + rendered[said.inner]
        return
    rendered[said.inner] = html(first) + rendered[said.inner]
    opening = said.opening.split(" id=")[0] + (">" if " id=" in said.opening else "")
    added = "".join(f"{opening}{html(text)}{said.closing}\n" for text in texts[1:])
    rendered[said.end - 1] += added
