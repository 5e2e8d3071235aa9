"""The contract as a sequence of clauses, written to a target: the Word document or the preview.

The section writers (front, service_levels, governance, remedies, signatures, annexes) say what
the contract holds — numbered headings, clauses, body text, lists, tables, values, references —
and a target renders it. Clause numbering and the references between clauses are kept here, once,
so the Word document and the HTML preview always show the same numbers.

Word numbers the headings itself (numbering.xml); the target counts along with it so that every
cross-reference can carry the number Word will show, before any field update. References may
point forward: their shown text is filled in by `finish()` once every target is known.

Brazilian contracts call the only paragraph of a clause "Parágrafo único" instead of numbering it
(9.1.1 standing alone). Whether a subclause stands alone is known only once its clause is
complete, so targets settle it in `finish()` from `sole_paragraphs()`; a citation of such a
paragraph reads "parágrafo único da cláusula 9.1".
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from sla_designer.text.values import Problem

Inline = Any
"""Paragraph content: plain text, or a piece the target made (`value`, `bold`, `ref`)."""

Cell = str | Sequence[Inline] | Sequence[Sequence[Inline]]
"""Table cell content: text; one paragraph of inlines; or several paragraphs, each a list."""

Style = str
"""A paragraph style of the reference document for text outside the clauses: 'Title',
'Subtitle', 'CoverDetail', 'Normal', 'Signature'."""


class ExportError(RuntimeError):
    """The document could not be built or written.

    A user's mistake comes as a Problem (said in any language); a plain text is a fault of the
    exporter itself, for developers.
    """

    def __init__(self, problem: Problem | str) -> None:
        super().__init__(str(problem))
        self.problem = problem

    def text(self, language: str) -> str:
        return self.problem.text(language) if isinstance(self.problem, Problem) else self.problem


@dataclass(frozen=True, slots=True)
class Citations:
    """How the contract language cites clauses; the sole-paragraph forms are None in English."""

    clause: str = "clause {number}"
    """A citation of a numbered clause ('cláusula {number}')."""
    sole_label: str | None = None
    """What stands instead of the number of a clause's only subclause ('Parágrafo único.')."""
    sole_citation: str | None = None
    """A citation of that subclause ('parágrafo único da cláusula {number}')."""


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a reference to a clause or annex needs to know about it."""

    serial: int
    shown: str
    """The clause number or annex label, as Word shows it."""
    numbered: bool
    parent: str
    """The number of the clause a subclause sits in ('' for a top-level clause or an annex)."""


class ContractTarget(ABC):
    """Where the section writers put the contract: keeps clause numbers and references."""

    def __init__(self) -> None:
        self._levels = [0, 0, 0]
        self._depth = 0  # level of the last heading: untitled clauses number one level below
        self._anchors: dict[str, Anchor] = {}
        self._children: Counter[str] = Counter()  # clause number -> its numbered subclauses
        self._untitled: dict[str, str] = {}  # number of each untitled clause -> its parent's
        self._last_heading = ""
        self._caput: set[str] = set()  # headings with text of their own before any subclause
        self.citations = Citations()
        """Set by the contract writer from the clause wording of the document's language."""
        self.headings: list[tuple[int, str, str]] = []
        """(level, number, title) of every heading in order; annexes are level 0."""

    # --- numbering, shared by every target -----------------------------------------------------

    def _count(self, level: int) -> tuple[str, str]:
        """The number of a new item at `level`, and the number of the clause it sits in."""
        self._levels[level - 1] += 1
        for lower in range(level, len(self._levels)):
            self._levels[lower] = 0
        parent = ".".join(str(n) for n in self._levels[: level - 1])
        self._children[parent] += 1
        return ".".join(str(n) for n in self._levels[:level]), parent

    def _claim(self, key: str | None, shown: str, parent: str, *, numbered: bool) -> int | None:
        """Register `key` as an anchor showing `shown`; its serial, or None without a key."""
        if key is None:
            return None
        if key in self._anchors:
            raise ExportError(f"two clauses claim the reference {key!r}")
        serial = len(self._anchors) + 1
        self._anchors[key] = Anchor(serial, shown, numbered, parent)
        return serial

    def _resolve(self, key: str) -> Anchor:
        if key not in self._anchors:
            raise ExportError(f"a clause refers to {key!r}, which the document does not hold")
        return self._anchors[key]

    def sole_paragraphs(self) -> set[str]:
        """Numbers of the untitled subclauses that are their clause's only one, once complete.

        Empty where the language numbers them like any other (English).
        """
        if self.citations.sole_label is None:
            return set()
        # Only after the clause's own text (its caput): under a bare heading the paragraph is
        # the clause's only text, and a "parágrafo único" would follow nothing; nor under a
        # top-level clause ("CLÁUSULA 12 – DO FORO / Parágrafo único."), for the same reason.
        return {
            number
            for number, parent in self._untitled.items()
            if parent and "." in parent and self._children[parent] == 1 and parent in self._caput
        }

    def numbers(self) -> set[str]:
        """Every clause number and annex label the finished document shows ('9.1', 'Annex A');
        a Brazilian sole paragraph shows no number of its own."""
        numbers = {number for _, number, _ in self.headings} | set(self._untitled)
        return numbers - self.sole_paragraphs()

    def _text_under_heading(self) -> None:
        """Body text written now is the caput of the last heading if no subclause came yet."""
        if self._last_heading and self._children[self._last_heading] == 0:
            self._caput.add(self._last_heading)

    def citation(self, anchor: Anchor, sole: set[str], *, cited: bool) -> tuple[str, str, str]:
        """(words before, number, words after) of a reference to `anchor`.

        A plain reference is the number alone ('', '9.1', ''); a citation adds the word
        ('cláusula ', '9.1', ''). A sole paragraph has no number of its own: either names the
        clause it sits in ('parágrafo único da cláusula ', '9.1', '').
        """
        sole_citation = self.citations.sole_citation
        if anchor.shown in sole and sole_citation is not None:
            before, _, after = sole_citation.partition("{number}")
            return before, anchor.parent, after
        if not cited or not anchor.numbered:
            return "", anchor.shown, ""
        before, _, after = self.citations.clause.partition("{number}")
        return before, anchor.shown, after

    def heading(
        self, level: int, title: str, *, key: str | None = None, section: str | None = None
    ) -> str:
        """A numbered heading (1, 1.1, 1.1.1); `key` lets other clauses refer to it.

        `section` names the model section a top-level clause writes ('metrics'), for the preview.
        """
        number, parent = self._count(level)
        self._depth = level
        self._last_heading = number
        self.headings.append((level, number, title))
        anchor = self._claim(key, number, parent, numbered=True)
        self._heading(level, number, title, anchor=anchor, key=key, section=section)
        return number

    def clause(
        self, content: Iterable[Inline], *, key: str | None = None, keep_next: bool = False
    ) -> str:
        """A numbered paragraph without a title, one level below the last heading (1.1, 6.2.1).

        `keep_next` keeps it on the page of what follows (the last clause and the signatures).
        """
        level = min(self._depth + 1, 3)
        number, parent = self._count(level)
        self._untitled[number] = parent
        anchor = self._claim(key, number, parent, numbered=True)
        self._clause(level, number, content, anchor=anchor, key=key, keep_next=keep_next)
        return number

    def annex(self, label: str, title: str, *, key: str, section: str | None = None) -> None:
        """An annex heading ('Annex A – Downtime budget'); references show the label."""
        self.headings.append((0, label, title))
        anchor = self._claim(key, label, "", numbered=False)
        self._annex(label, title, anchor=anchor, key=key, section=section)

    # --- what a target renders -----------------------------------------------------------------

    @abstractmethod
    def _heading(
        self,
        level: int,
        number: str,
        title: str,
        *,
        anchor: int | None,
        key: str | None,
        section: str | None,
    ) -> None: ...

    @abstractmethod
    def _clause(
        self,
        level: int,
        number: str,
        content: Iterable[Inline],
        *,
        anchor: int | None,
        key: str | None,
        keep_next: bool,
    ) -> None: ...

    @abstractmethod
    def _annex(
        self, label: str, title: str, *, anchor: int | None, key: str, section: str | None
    ) -> None: ...

    @abstractmethod
    def unnumbered_heading(
        self, title: str, *, section: str | None = None, new_page: bool = True
    ) -> None:
        """A heading in the style of the annexes, without a number (the signatures).

        Without `new_page` it follows the text before it on the same page.
        """

    @abstractmethod
    def styled(
        self,
        style: Style,
        content: Iterable[Inline],
        *,
        last: bool = False,
        keep_next: bool = False,
    ) -> None:
        """A paragraph outside the clauses; `last` ends a group kept together on one page,
        `keep_next` keeps it on the page of the next paragraph."""

    @abstractmethod
    def body(self, content: Iterable[Inline], *, keep_next: bool = False) -> None:
        """A body paragraph, aligned with the text of the clause above."""

    @abstractmethod
    def bullets(self, items: Iterable[Sequence[Inline]]) -> None:
        """A bulleted list."""

    @abstractmethod
    def lettered(self, items: Iterable[Sequence[Inline]]) -> None:
        """A list (a), (b), (c) that starts again at (a), whatever list came before."""

    @abstractmethod
    def table(
        self, header: Sequence[str], rows: Iterable[Sequence[Cell]], fractions: Sequence[float]
    ) -> None:
        """A table aligned with the clause text, columns in the given proportions."""

    @abstractmethod
    def control(self, tag: str, alias: str) -> AbstractContextManager[None]:
        """Everything added inside belongs to the model value at path `tag`."""

    @abstractmethod
    def value(self, tag: str, text: str, *, bold: bool = False, caps: bool = False) -> Inline:
        """One value a reviewer may change, tagged with its model path.

        `caps` shows it in capitals (a razão social in a Brazilian contract) without changing
        the text the control holds, so the value a reviewer leaves alone reads back as typed."""

    @abstractmethod
    def bold(self, text: str) -> Inline:
        """Text in bold (a lead-in label, a defined term's quotes)."""

    @abstractmethod
    def ref(self, key: str) -> list[Inline]:
        """A reference showing the number (or annex label) of the clause registered as `key`.

        A clause's only subclause in a Brazilian contract has no number; a reference to it shows
        its whole citation ('parágrafo único da cláusula 9.1').
        """

    @abstractmethod
    def cite(self, key: str) -> list[Inline]:
        """A citation of the clause registered as `key`: 'clause 6.3', 'cláusula 6.3',
        'parágrafo único da cláusula 9.1'; an annex's label ('Annex A')."""
