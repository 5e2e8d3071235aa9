"""Paragraphs a reviewer added, and changes of words a reviewer's wording cannot name.

A paragraph added between exported ones is kept as the reviewer's wording of the one before it
(itself as it is now, then the new ones); after a heading, which no clause or value holds, of
the one after it instead, written before it in its style; after a list's item, it is an item the
account manager adds to the list in the editor. A reviewer's wording names its paragraph by its
clause and generated text: where no clause names it and the contract writes the same text in
another place for something else, it could not tell them apart, and the change is refused.
"""

from __future__ import annotations

import dataclasses

from sla_designer.review.baseline import BaseParagraph
from sla_designer.review.found import Found, comments_on, revisions_of, tags_of
from sla_designer.review.moves import list_of, paragraph_item
from sla_designer.review.package import Comment
from sla_designer.review.wordml import Paragraph
from sla_designer.text.values import Problem


def added_after(
    previous: tuple[BaseParagraph, str] | None,
    added: list[Paragraph],
    comments: dict[str, Comment],
    next_one: tuple[BaseParagraph | None, str | None],
) -> list[Found]:
    """Paragraphs the reviewer wrote after `previous`: kept as the reviewer's wording of that
    paragraph (itself as it is now, then the new ones), the only place they can go. After a
    paragraph no clause or value holds (a heading), they are the wording of the next one
    instead (`next_one`: it and the first tag from it on, where its section opens), written
    before it in its style; after a list's item, they are an item the account manager adds in
    the editor."""
    if not added:
        return []
    following, section = next_one
    texts = [p.text().strip() for p in added]
    generated = replacement = tag = place = None
    before_next = False
    problem: Problem | None = None
    prior = None if previous is None else previous[0]
    item = None if prior is None else paragraph_item(prior)
    if item is not None:
        tag, place = None, list_of(item)
        problem = Problem("files.review.add_item")
    elif prior is not None and tags_of(prior):
        assert previous is not None
        now = previous[1]
        generated, tag = prior.text(), prior.clause
        place = None if tag else tags_of(prior)[0]
        replacement = "\n\n".join([now, *texts] if now else texts)
    elif following is not None and section is not None:
        generated, tag = following.text(), following.clause
        place = None if tag else section
        replacement = "\n\n".join([*texts, following.text().strip()])
        before_next = True
    else:
        problem = Problem("files.review.no_place")
    return [
        Found(
            "added",
            tag,
            "",
            text,
            revisions_of(p.segments),
            comments_on(p, comments),
            generated,
            replacement,
            place=place,
            before_next=before_next,
            problem=problem,
        )
        for p, text in zip(added, texts, strict=True)
    ]


def unambiguous(found: list[Found], exported: list[BaseParagraph]) -> list[Found]:
    """The changes, those of words on a paragraph that no clause names refused when the
    contract writes its text in another place too, for something else: the reviewer's wording,
    which names the paragraph by its text, could not tell them apart. Copies without controls
    (an annex repeating a credit tier's text) are the same words, and take the same wording."""
    written: dict[str, list[tuple[str, ...]]] = {}
    for paragraph in exported:
        if paragraph.clause is None:
            written.setdefault(paragraph.text(), []).append(tuple(tags_of(paragraph)))
    out: list[Found] = []
    for change in found:
        places = written.get(change.generated or "", []) if change.tag is None else []
        named = {tags for tags in places if tags}
        if change.problem is None and (len(named) > 1 or (not named and len(places) > 1)):
            assert change.generated is not None
            text = " ".join(change.generated.split())
            problem = Problem("files.review.ambiguous", text=text, count=len(places))
            out.append(dataclasses.replace(change, problem=problem))
        else:
            out.append(change)
    return out
