"""Read a reviewed contract: every edit of its reviewer as a change proposed to the agreement.

    review = load_review("reviewed.docx")            # the agreement the document carries
    review = load_review("reviewed.docx", against=a)  # changes proposed to `a`, as it is now

The baseline, the text the reviewer received, is the custom XML part the export wrote
(review/baseline.py); without it (a document saved by a tool that dropped it) the agreement
given with `against` is exported again to make one. Changes name their fields by tag; each is
resolved on the agreement they are proposed to, where items are found by id, and its new value
read in the document's language. A change that cannot be applied says why; nothing is changed
until the changes are applied (review/apply.py).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass

from sla_designer.export.context import ExportContext
from sla_designer.io import LoadError, loads_agreement
from sla_designer.model import Agreement
from sla_designer.model.paths import FieldPath
from sla_designer.model.tags import TagError, resolve_tag
from sla_designer.review.baseline import Baseline, BaselineError, baseline_of, from_xml
from sla_designer.review.changes import Found, find_changes
from sla_designer.review.collection import collection_paused
from sla_designer.review.composites import read_back
from sla_designer.review.own_changes import accept_own_changes
from sla_designer.review.package import Comment, Package, ReviewError, open_package
from sla_designer.review.values import checked, read_value, value_context
from sla_designer.review.wordml import Element, paragraphs
from sla_designer.text.values import Problem


@dataclass(frozen=True, slots=True)
class ProposedChange:
    """One edit of the reviewer, as a change to the agreement."""

    kind: str
    """value, wording, deleted, item_removed, moved, added or comment (review/changes.py)."""
    tag: str | None
    path: FieldPath | None
    """Where it applies in the agreement now: the field (value), the item (item_removed,
    moved), the clause or the field a change of words is opened at."""
    old: str
    new: str
    author: str
    date: str
    comments: tuple[Comment, ...]
    value: object = None
    """The new value, read in the document's language (value changes that apply); for a moved
    item, ('after' or 'before', the index of the item of its list it is now next to)."""
    problem: Problem | None = None
    """Why it cannot be applied; None when it applies cleanly."""
    generated: str | None = None
    replacement: str | None = None

    @property
    def applies(self) -> bool:
        """Whether accepting it changes the agreement as the reviewer meant."""
        return self.problem is None and self.kind != "comment"


@dataclass(frozen=True, slots=True)
class Review:
    """The changes of a reviewed document, proposed to `agreement`."""

    agreement: Agreement
    changes: tuple[ProposedChange, ...]
    method: str
    """How controls were matched: 'tags', or 'text' where the document lost its tags."""
    baseline_from: str
    """'document' (its own record of the export) or 'against' (exported again from it)."""
    language: str


def load_review(path: str | os.PathLike[str], against: Agreement | None = None) -> Review:
    """The review of the .docx at `path`; raises ReviewError with a one-line reason."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(200 * 1024 * 1024)
    except OSError as error:
        raise ReviewError(Problem("files.review.unreadable", error=error.strerror or "")) from None
    return read_review(data, against)


@collection_paused
def read_review(data: bytes, against: Agreement | None = None) -> Review:
    """The review of the .docx in `data` (see load_review)."""
    package = open_package(data)
    baseline, embedded = _baseline(package, against)
    agreement = against if against is not None else embedded
    assert agreement is not None
    if baseline.redline is not None:
        accept_own_changes(package.body, *baseline.redline)
    document = paragraphs(package.body)
    found, method = find_changes(list(baseline.paragraphs), document, package.comments)
    needed = any(f.kind == "value" or f.composite for f in found)
    context = value_context(agreement) if needed else None
    changes = tuple(c for change in found for c in _resolved(agreement, change, context))
    source = "document" if package.review_part is not None else "against"
    return Review(agreement, changes, method, source, baseline.language)


def _baseline(package: Package, against: Agreement | None) -> tuple[Baseline, Agreement | None]:
    if package.review_part is not None:
        try:
            baseline = from_xml(package.review_part)
        except BaselineError as error:
            raise ReviewError(error.problem) from None
        try:
            embedded = loads_agreement(baseline.agreement_text, "review part")
        except LoadError as error:
            raise ReviewError(Problem("files.review.part_agreement", error=str(error))) from None
        return baseline, embedded
    if not any(_ours(sdt) for sdt in package.body.iter(_SDT)):
        raise ReviewError(Problem("files.review.not_ours"))
    if against is None:
        raise ReviewError(Problem("files.review.no_baseline"))
    from sla_designer.export import build_docx  # the export only when it is needed

    exported = open_package(build_docx(against))
    return baseline_of(exported.body, "", against.language), None


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SDT, _SDT_PR = f"{_W}sdt", f"{_W}sdtPr"
_GALLERIES = {f"{_W}docPartObj", f"{_W}docPartList"}


def _ours(sdt: Element) -> bool:
    """Whether a content control may be one the export wrote: not a building block (Word's
    table of contents, cover page) that documents from any tool have."""
    props = sdt.find(_SDT_PR)
    return props is None or not any(child.tag in _GALLERIES for child in props)


def _resolved(
    agreement: Agreement, found: Found, context: ExportContext | None
) -> list[ProposedChange]:
    if found.kind in ("value", "item_removed", "moved"):
        try:
            path = resolve_tag(agreement, found.tag or "")
        except TagError:
            return [_change(found, None, problem=_gone(found))]
        if found.kind == "moved":
            return [_moved(agreement, found, path)]
        if found.kind == "item_removed":
            if not path or not isinstance(path[-1], int):
                return [_change(found, None, problem=_gone(found))]
            return [_change(found, path)]
        try:
            value = read_value(agreement, path, found.new, context)
        except Problem as problem:
            return [_change(found, path, problem=problem)]
        return [_change(found, path, value=value)]
    place = _path_or_none(agreement, found.tag) or _path_or_none(agreement, found.place)
    if found.composite is not None and context is not None:
        values = _read_back(agreement, found, context)
        if values:
            return values
    if found.kind == "comment":
        return [_change(found, place)]
    if found.problem is not None:
        return [_change(found, place, problem=found.problem)]
    if place is None and (found.tag or found.place):
        return [_change(found, None, problem=_gone(found))]
    if found.generated is None or found.replacement is None or place is None:
        return [_change(found, place, problem=Problem("files.review.no_place"))]
    return [_change(found, place)]


def _moved(agreement: Agreement, found: Found, path: FieldPath) -> ProposedChange:
    """A moved item: where it was and is, counted from 1 in its list as the agreement holds it
    now, and ('after' or 'before', the index of the item it is now next to) as its `value`."""
    if not path or not isinstance(path[-1], int) or found.anchor is None:
        return _change(found, None, problem=_gone(found))
    *list_path, index = path
    assert isinstance(index, int)
    side, tag = found.anchor
    near = _path_or_none(agreement, tag)
    if near is None or list(near[:-1]) != list_path or not isinstance(near[-1], int):
        return _change(found, path, problem=Problem("files.review.field_gone", field=tag))
    anchor = (side, near[-1])
    target = moved_to(index, anchor)
    return dataclasses.replace(
        _change(found, path, value=anchor), old=str(index + 1), new=str(target + 1)
    )


def moved_to(index: int, anchor: tuple[str, int]) -> int:
    """The index an item at `index` has once moved after (or before) the item at `anchor`."""
    side, near = anchor
    if side == "after":
        return near + 1 if near < index else near
    return near if near < index else near - 1


def _read_back(agreement: Agreement, found: Found, context: ExportContext) -> list[ProposedChange]:
    """The values a changed composite control reads back as (composites.py), as value changes
    of its fields; none when it cannot be read so."""
    assert found.composite is not None
    tag, before, after = found.composite
    try:
        path = resolve_tag(agreement, tag)
    except TagError:
        return []
    read = read_back(agreement, path, before, after, context)
    if not read:
        return []
    changes: list[ProposedChange] = []
    for field_path, value in read:
        field = f"{tag}.{field_path[-1]}"
        one = dataclasses.replace(found, kind="value", tag=field, old=before, new=after)
        try:
            kept = checked(agreement, field_path, value, after)
        except Problem as problem:
            changes.append(_change(one, field_path, problem=problem))
        else:
            changes.append(_change(one, field_path, value=kept))
    return changes


def _change(
    found: Found, path: FieldPath | None, *, value: object = None, problem: Problem | None = None
) -> ProposedChange:
    author = next((r.author for r in found.revisions if r.author), "")
    date = next((r.date for r in found.revisions if r.date), "")
    if not author and found.comments:
        author = found.comments[0].author
    return ProposedChange(
        found.kind,
        found.tag,
        path,
        found.old,
        found.new,
        author,
        date,
        found.comments,
        value,
        problem,
        found.generated,
        found.replacement,
    )


def _gone(found: Found) -> Problem:
    return Problem("files.review.field_gone", field=found.tag or found.place or "")


def _path_or_none(agreement: Agreement, tag: str | None) -> FieldPath | None:
    """The path `tag` names now; None without a tag or when it names nothing any more."""
    if not tag:
        return None
    try:
        return resolve_tag(agreement, tag)
    except TagError:
        return None
