"""Where each field stands in the contract: the clauses its values and generated text are in, and
each value's text as the contract writes it.

The contract is written once more, as the preview writes it (export/contract.py), to a target
that notes, for every paragraph, the clause it is in and the tags of its values and of the
controls around it: the same tags the Word document puts on its content controls (model paths,
index form). A field's clauses are those of the tags under its path, or else of the innermost
clause tagged with a path above it (a metric's window is said in that metric's clause).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sla_designer.export.builder import ExportError, Inline
from sla_designer.export.contract import write_contract
from sla_designer.export.html_target import HtmlTarget, Markup
from sla_designer.model import Agreement
from sla_designer.model.paths import FieldPath
from sla_designer.model.tags import TagError, resolve_tag

Place = tuple[str, str]
"""Where in the document: ('clause', '6.4'), ('annex', 'Annex A'), ('cover', '') before the
first clause, ('part', title) under an unnumbered heading (the signatures)."""


@dataclass(frozen=True, slots=True)
class _Tagged(Markup):
    """A value as the preview writes it, with its tag."""

    tag: str = ""


@dataclass
class DocumentPlaces:
    """The clauses of each tag of one agreement's contract, and each value's text."""

    places: dict[FieldPath, list[Place]] = field(default_factory=dict)
    texts: dict[FieldPath, str] = field(default_factory=dict)
    """The text of each value, as the contract writes it the first time."""
    order: dict[Place, int] = field(default_factory=dict)
    """Each place's rank in the document."""

    def places_of(self, path: FieldPath) -> list[Place]:
        """The places the field at `path` is written in, in document order."""
        under = [p for tagged, where in self.places.items() if _under(tagged, path) for p in where]
        if not under:
            above = [tagged for tagged in self.places if _under(path, tagged)]
            if above:
                deepest = max(len(tagged) for tagged in above)
                under = [
                    p for tagged in above if len(tagged) == deepest for p in self.places[tagged]
                ]
        return sorted(set(under), key=lambda place: self.order.get(place, 0))

    def text_of(self, path: FieldPath) -> str | None:
        """The value at `path` as the contract writes it; None when it is not a value there."""
        return self.texts.get(path)

    def texts_under(self, path: FieldPath) -> list[str]:
        """The text of every value under `path` (an item's), in document order."""
        return [text for tagged, text in self.texts.items() if _under(tagged, path) and text]


def _under(path: FieldPath, prefix: FieldPath) -> bool:
    return path[: len(prefix)] == prefix


class _PlacesTarget(HtmlTarget):
    """The preview target, noting the place of each paragraph's tags."""

    def __init__(self) -> None:
        super().__init__()
        self.place: Place = ("cover", "")
        self.found: dict[str, list[Place]] = {}
        self.texts: dict[str, str] = {}
        self.order: dict[Place, int] = {}

    def value(self, tag: str, text: str, *, bold: bool = False, caps: bool = False) -> Markup:
        made = super().value(tag, text, bold=bold, caps=caps)
        self.texts.setdefault(tag, text)
        return _Tagged(made.html, made.text, made.kind, tag)

    def _heading(self, level: int, number: str, title: str, **kwargs: Any) -> None:
        self._at(("clause", number))
        super()._heading(level, number, title, **kwargs)

    def _clause(self, level: int, number: str, content: Iterable[Inline], **kwargs: Any) -> None:
        self._at(("clause", number))
        super()._clause(level, number, content, **kwargs)

    def _annex(self, label: str, title: str, **kwargs: Any) -> None:
        self._at(("annex", label))
        super()._annex(label, title, **kwargs)

    def unnumbered_heading(
        self, title: str, *, section: str | None = None, new_page: bool = True
    ) -> None:
        self._at(("part", title))
        super().unnumbered_heading(title, section=section, new_page=new_page)

    def _at(self, place: Place) -> None:
        self.place = place
        self.order.setdefault(place, len(self.order))

    def _paragraph(self, opening: str, content: Iterable[Inline], *args: Any, **kw: Any) -> None:
        pieces = list(content)
        tags = [*self._controls, *(p.tag for p in pieces if isinstance(p, _Tagged))]
        for tag in tags:
            known = self.found.setdefault(tag, [])
            if not known or known[-1] != self.place:
                known.append(self.place)
        super()._paragraph(opening, pieces, *args, **kw)


def document_places(agreement: Agreement) -> DocumentPlaces:
    """Where each field of `agreement` stands in its contract, in the agreement's language.

    A contract that cannot be written (an agreement with broken references) has no places.
    """
    target = _PlacesTarget()
    target.order[("cover", "")] = -1
    try:
        write_contract(agreement, target)
        sole = target.sole_paragraphs()
    except ExportError:
        return DocumentPlaces()
    # A Brazilian clause's only paragraph has no number: it is in its clause.
    parents = {number: number.rsplit(".", 1)[0] for number in sole}
    found = DocumentPlaces(order=target.order)
    for tag, places in target.found.items():
        path = _path(agreement, tag)
        if path is None:
            continue
        shown = [
            ("clause", parents[n]) if kind == "clause" and n in parents else (kind, n)
            for kind, n in places
        ]
        found.places.setdefault(path, []).extend(shown)
        if tag in target.texts:
            found.texts[path] = target.texts[tag]
    for number, parent in parents.items():
        found.order.setdefault(("clause", parent), found.order.get(("clause", number), 0))
    return found


def _path(agreement: Agreement, tag: str) -> FieldPath | None:
    try:
        return resolve_tag(agreement, tag)
    except TagError:
        return None
