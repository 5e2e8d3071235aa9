"""The edits the review once missed or misread, made on the export of every template in both
languages (test_word_gaps.py has each on one contract, with the way Word writes it): a paragraph
added after each list's item, a list item moved, two paragraphs of a clause joined, a comment on
a table of contents' entry, and every control written from several values edited."""

from __future__ import annotations

import copy
import itertools
import re
from functools import cache

import pytest
from lxml import etree

from sla_designer.export import build_docx
from sla_designer.model.paths import resolve
from sla_designer.model.tags import resolve_tag
from sla_designer.review.apply import apply_changes
from sla_designer.review.changes import is_composite
from sla_designer.review.reading import read_review
from tests.export.reviewed import PAIRS, agreement_of
from tests.review.wordprocessing import (
    Element,
    anchor_comment,
    content,
    edit_document,
    mark,
    run,
    tracked,
    w,
    with_comments,
)

_TAG = f"{w('sdtPr')}/{w('tag')}"
_ALIAS = f"{w('sdtPr')}/{w('alias')}"


@cache
def _exported(name: str, language: str) -> bytes:
    return build_docx(agreement_of(name), language=language)


def _tag(sdt: Element) -> str:
    found = sdt.find(_TAG)
    return "" if found is None else str(found.get(w("val")))


def _value_controls(paragraph: Element) -> list[Element]:
    return [
        s
        for s in paragraph.iter(w("sdt"))
        if s.find(_ALIAS) is not None and s.find(_ALIAS).get(w("val")) == _tag(s)
    ]


def _item_paragraphs(root: Element) -> list[tuple[Element, str]]:
    """(paragraph, list item's tag) of each paragraph that is a list's item, in document order:
    one value control, tagged with the item itself or its text."""
    found = []
    for paragraph in root.iter(w("p")):
        values = _value_controls(paragraph)
        if len(values) != 1:
            continue
        tag = _tag(values[0])
        item = tag.removesuffix(".text")
        if item.endswith("]"):
            found.append((paragraph, item))
    return found


def _list(item: str) -> str:
    return item[: item.rfind("[")]


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_paragraph_added_after_any_list_item_never_applies_without_a_place(
    name: str, language: str
) -> None:
    def edit(root: Element) -> None:
        for paragraph, _ in _item_paragraphs(root):
            added = etree.Element(w("p"))
            added.append(tracked("ins", run("A new sentence of the reviewer.")))
            mark(added, "ins")
            paragraph.addnext(added)

    review = read_review(edit_document(_exported(name, language), edit))
    added = [c for c in review.changes if c.kind == "added"]
    assert added, "the template has list items"
    for change in review.changes:
        assert change.path is not None or not change.applies, change
    for change in added:
        assert change.problem is not None and change.problem.key == "files.review.add_item"
        assert change.path is not None and isinstance(resolve(review.agreement, change.path), list)


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_list_item_moved_is_one_move_that_reorders_its_list(name: str, language: str) -> None:
    """The second item of the first list with two adjacent items put before the first one."""
    chosen: list[str] = []

    def edit(root: Element) -> None:
        items = _item_paragraphs(root)
        for (first, one), (second, two) in itertools.pairwise(items):
            if _list(one) == _list(two) and first.getnext() is second:
                first.addprevious(second)
                chosen.extend([one, two])
                return

    review = read_review(edit_document(_exported(name, language), edit))
    assert chosen, "the template has a list of two items"
    (change,) = review.changes
    assert change.kind == "moved" and change.applies, change
    agreement = review.agreement
    one, two = (resolve_tag(agreement, tag) for tag in chosen)
    changed, refused = apply_changes(agreement, review.changes)
    assert refused == []
    before = resolve(agreement, one[:-1])
    after = resolve(changed, one[:-1])
    swapped = list(before)
    swapped[one[-1]], swapped[two[-1]] = swapped[two[-1]], swapped[one[-1]]
    assert after == swapped


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_two_paragraphs_of_a_clause_joined_read_as_its_wording(name: str, language: str) -> None:
    """The first two adjacent paragraphs of one clause's text joined, the join tracked."""

    def edit(root: Element) -> None:
        for paragraph in root.iter(w("p")):
            after = paragraph.getnext()
            tags = {_tag(s) for s in paragraph.iter(w("sdt"))} - {""}
            if after is None or after.tag != w("p") or _value_controls(paragraph) or not tags:
                continue
            if tags == {_tag(s) for s in after.iter(w("sdt"))} and not _value_controls(after):
                mark(paragraph, "del")
                return

    review = read_review(edit_document(_exported(name, language), edit))
    assert [c.kind for c in review.changes] == ["wording", "deleted"]
    wording, deleted = review.changes
    assert wording.new.endswith(deleted.old) and wording.applies and deleted.applies
    changed, refused = apply_changes(review.agreement, review.changes)
    assert refused == []
    assert read_review(build_docx(changed)).changes == ()


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_comment_on_a_contents_entry_is_kept(name: str, language: str) -> None:
    def edit(root: Element) -> None:
        entries = [
            p
            for p in root.iter(w("p"))
            if p.find(f"{w('pPr')}/{w('pStyle')}") is not None
            and p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) == "TOC2"
        ]
        anchor_comment(entries[0], "1")

    data = with_comments(edit_document(_exported(name, language), edit), {"1": "Why here?"})
    (change,) = read_review(data).changes
    assert change.kind == "comment" and change.path is not None
    assert [c.text for c in change.comments] == ["Why here?"]


_FIGURE = re.compile(r"\d+")


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_composite_control_edited_is_wording_or_its_values(name: str, language: str) -> None:
    """Each control written from several values: words added (its reviewer's wording, opened
    at it), or, for a credit rule's, its last figure changed (a value of one of its fields)."""
    edited: dict[str, str] = {}

    def edit(root: Element) -> None:
        for sdt in list(root.iter(w("sdt"))):
            tag = _tag(sdt)
            if not is_composite(tag) or tag in edited or sdt.find(_ALIAS) is None:
                continue
            inside = content(sdt)
            text = "".join(inside.itertext())
            figures = list(_FIGURE.finditer(text))
            if tag.startswith("remedies") and figures:
                last = figures[-1]
                bigger = str(int(last.group()) + 1)
                text, how = text[: last.start()] + bigger + text[last.end() :], "value"
            else:
                text, how = f"{text} (as agreed)", "wording"
            for child in list(inside):
                inside.remove(child)
            inside.append(run(text))
            edited[tag] = how

    review = read_review(edit_document(_exported(name, language), edit))
    assert edited
    by_place = {}
    for change in review.changes:
        assert change.problem is None or change.problem.key != "files.review.not_single"
        assert change.path is not None, change
        by_place.setdefault(change.kind, []).append(change)
    for tag, how in edited.items():
        path = resolve_tag(review.agreement, tag)
        mine = [c for c in review.changes if c.path is not None and c.path[: len(path)] == path]
        assert [c.kind for c in mine][:1] == [how], (tag, [(c.kind, c.path) for c in mine])
    applied = [c for c in review.changes if c.applies]
    changed, refused = apply_changes(review.agreement, applied)
    assert refused == []
    again = read_review(build_docx(copy.deepcopy(changed)))
    assert [c for c in again.changes if c.kind != "comment"] == []
