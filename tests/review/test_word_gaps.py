"""The edits the review once missed or misread, written the way Word writes them on a real export
of saas-availability (wordprocessing.py): a paragraph added after a list's item or a heading, a
list item moved (tracked with w:moveFrom/w:moveTo, or not), two paragraphs joined (tracked, with
the first one's mark deleted, or not), a comment on a table of contents' entry, and a control
written from several values (a credit tier's bounds) edited. Each reads as an honest proposed
change, and accepting those that apply gives an agreement whose export the same edits leave
unchanged."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from sla_designer.export import build_docx
from sla_designer.model import Agreement
from sla_designer.review.apply import apply_changes
from sla_designer.review.reading import ProposedChange, Review, read_review
from tests.export.reviewed import agreement_of
from tests.review.wordprocessing import (
    AUTHOR,
    DATE,
    Element,
    added_after,
    anchor_comment,
    content,
    control,
    edit_document,
    mark,
    move,
    paragraph_with,
    run,
    strip_tags,
    toc_entry,
    tracked,
    w,
    with_comments,
)

NBSP = "\u00a0"
LIMITS = "service.limitations"
TIER = "remedies.credit_schedules[platform-credits].tiers[0]"


@cache
def _agreement() -> Agreement:
    return agreement_of("saas-availability")


@cache
def _exported() -> bytes:
    return build_docx(_agreement())


def _review(edit: object) -> Review:
    return read_review(edit_document(_exported(), edit))  # type: ignore[arg-type]


def _only(review: Review) -> ProposedChange:
    (change,) = review.changes
    return change


def _accepted(review: Review) -> Agreement:
    changed, refused = apply_changes(review.agreement, review.changes)
    assert refused == []
    return changed


# 1. A paragraph added after a list's item or a heading --------------------------------------


def test_a_paragraph_added_after_a_list_item_asks_for_an_item_in_the_editor() -> None:
    def edit(root: Element) -> None:
        """Word, tracking, with Enter at the end of the second limitation and a sentence typed:
        a new paragraph in the list's style, outside every control."""
        added_after(control(root, f"{LIMITS}[1]").getparent(), "Bulk imports run at night.")

    change = _only(_review(edit))
    assert (change.kind, change.new, change.path) == (
        "added",
        "Bulk imports run at night.",
        ("service", "limitations"),
    )
    assert not change.applies and change.problem is not None
    assert change.problem.key == "files.review.add_item"
    assert "add it to the list in the editor" in change.problem.text("en")
    assert (change.author, change.date) == (AUTHOR, DATE)


def test_a_paragraph_added_after_a_heading_is_the_wording_of_the_next_paragraph() -> None:
    """After 'Service hours', which no clause holds: written before the paragraph that follows
    the heading, in its style, and opened where the section starts."""
    heading = "Service hours"
    first = "Times in this Agreement are counted on"

    def edit(root: Element) -> None:
        paragraph = next(p for p in root.iter(w("p")) if "".join(p.itertext()) == heading)
        added_after(paragraph, "All times are UK times.")

    review = _review(edit)
    change = _only(review)
    assert (change.kind, change.path, change.applies) == ("added", ("calendars", 0), True)
    assert change.generated is not None and change.generated.startswith(first)
    assert change.replacement == f"All times are UK times.\n\n{change.generated.strip()}"
    again = read_review(build_docx(_accepted(review)))
    assert again.changes == ()
    assert "All times are UK times." in [p.compared() for p in _paragraphs(again)]


def _paragraphs(review: Review) -> list[object]:
    from sla_designer.review.baseline import from_xml
    from sla_designer.review.package import open_package

    part = open_package(build_docx(review.agreement)).review_part
    return list(from_xml(part).paragraphs)


# 2. A list item moved -------------------------------------------------------------------------


def test_a_moved_list_item_tracked_as_word_drags_it_is_onemove() -> None:
    review = _review(lambda root: move(root, f"{LIMITS}[2]", f"{LIMITS}[0]", how="tracked"))
    change = _only(review)
    assert (change.kind, change.tag, change.path) == (
        "moved",
        f"{LIMITS}[2]",
        ("service", "limitations", 2),
    )
    assert (change.old, change.new, change.value) == ("3", "1", ("before", 0))
    assert change.applies and (change.author, change.date) == (AUTHOR, DATE)
    limits = _agreement().service.limitations
    assert _accepted(review).service.limitations == [limits[2], limits[0], limits[1]]


def test_an_untracked_reorder_reads_the_same_with_or_without_tags() -> None:
    """The first limitation put after the second, no change tracked: one item moved (which
    one of the two the alignment names is its choice; the order accepted is the same)."""

    def moved(root: Element) -> None:
        move(root, f"{LIMITS}[0]", f"{LIMITS}[2]", how="untracked")

    def untagged(root: Element) -> None:
        moved(root)
        strip_tags(root)

    limits = _agreement().service.limitations
    for edit, method in ((moved, "tags"), (untagged, "text")):
        review = _review(edit)
        change = _only(review)
        assert review.method == method
        assert (change.kind, change.path[:2], {change.old, change.new}) == (  # type: ignore[index]
            "moved",
            ("service", "limitations"),
            {"1", "2"},
        )
        assert _accepted(review).service.limitations == [limits[1], limits[0], limits[2]]


def test_a_moved_duty_is_found_by_its_id_and_carries_its_edit() -> None:
    """A customer's duty moved first among the customer's duties, its text edited on the way;
    the agreement it is proposed to has its duties in another order since the export."""
    first, last = "responsibilities[customer-rate-limit]", "responsibilities[customer-logging]"

    def edit(root: Element) -> None:
        move(root, f"{last}.text", f"{first}.text", how="untracked")
        inside = content(control(root, f"{last}.text"))
        inside.append(run(" within one hour"))

    against = _agreement().model_copy(deep=True)
    against.responsibilities.reverse()
    review = read_review(edit_document(_exported(), edit), against)
    moved, value = review.changes
    ids = [r.id for r in against.responsibilities]
    assert (moved.kind, moved.path) == (
        "moved",
        ("responsibilities", ids.index("customer-logging")),
    )
    assert (value.kind, value.tag) == ("value", f"{last}.text")
    changed = _accepted(review)
    now = [r.id for r in changed.responsibilities]
    assert now.index("customer-logging") == now.index("customer-rate-limit") - 1
    assert changed.responsibilities[now.index("customer-logging")].text.endswith("within one hour")


# 3. Two paragraphs joined ---------------------------------------------------------------------

FIRST = "words in the singular include the plural"
SECOND = "headings are for convenience only"


def _joined(root: Element, *, tracked_join: bool) -> None:
    """The two interpretation rules joined into one paragraph: with Word tracking, the first
    one's mark deleted; untracked, the second one's runs moved into the first."""
    first, second = paragraph_with(root, FIRST), paragraph_with(root, SECOND)
    if tracked_join:
        mark(first, "del")
        return
    for child in list(second):
        if child.tag != w("pPr"):
            first.append(child)
    second.getparent().remove(second)


def test_joined_paragraphs_are_the_first_reworded_and_the_second_deleted() -> None:
    for tracked_join in (True, False):
        review = _review(lambda root, t=tracked_join: _joined(root, tracked_join=t))
        wording, deleted = review.changes
        assert (wording.kind, wording.path) == ("wording", ("clauses", "interpretation"))
        assert wording.new.startswith(FIRST) and SECOND in wording.new
        assert (deleted.kind, deleted.path) == ("deleted", ("clauses", "interpretation"))
        assert deleted.old.startswith(SECOND)
        assert wording.applies and deleted.applies
        if tracked_join:
            assert wording.author == AUTHOR
        again = read_review(build_docx(_accepted(review)))
        assert again.changes == ()
        texts = [p.compared() for p in _paragraphs(again)]
        assert wording.new in texts and not any(t.startswith(SECOND) for t in texts)


# 4. A comment on a table of contents' entry ---------------------------------------------------


def test_a_comment_on_a_contents_entry_is_on_the_clause_it_names() -> None:
    def edit(root: Element) -> None:
        anchor_comment(toc_entry(root, "AP Cloud availability"), "7")

    data = with_comments(edit_document(_exported(), edit), {"7": "Rename to Platform?"})
    change = _only(read_review(data))
    assert (change.kind, change.tag, change.path, change.old) == (
        "comment",
        "metrics[platform-availability]",
        ("metrics", 0),
        "AP Cloud availability",
    )
    assert [c.text for c in change.comments] == ["Rename to Platform?"]


def test_a_comment_on_an_entry_whose_heading_is_gone_is_on_the_document() -> None:
    def edit(root: Element) -> None:
        entry = toc_entry(root, "Priorities")
        entry.find(f".//{w('t')}[last()]").text = "Severity levels"  # an entry out of date
        anchor_comment(entry, "8")

    data = with_comments(edit_document(_exported(), edit), {"8": "Update the contents."})
    change = _only(read_review(data))
    assert (change.kind, change.tag, change.path) == ("comment", None, None)
    assert "Severity levels" in change.old and change.comments[0].text == "Update the contents."


# 5. A control written from several values -----------------------------------------------------


def _tier_typed(text: str) -> object:
    def edit(root: Element) -> None:
        """Word, tracking, with the first tier's bounds selected and retyped."""
        inside = content(control(root, TIER))
        old = "".join(inside.itertext())
        for child in list(inside):
            inside.remove(child)
        inside.extend([tracked("del", run(old, deleted=True)), tracked("ins", run(text))])

    return edit


def test_a_tiers_figure_changed_is_that_bounds_value() -> None:
    review = _review(_tier_typed(f"less than 99.9{NBSP}% but at least 99.6{NBSP}%"))
    change = _only(review)
    path = ("remedies", "credit_schedules", 0, "tiers", 0, "at_least")
    assert (change.kind, change.tag, change.path) == ("value", f"{TIER}.at_least", path)
    assert change.value == Decimal("99.6") and change.applies
    changed = _accepted(review)
    assert changed.remedies.credit_schedules[0].tiers[0].at_least == Decimal("99.6")
    assert changed.reviewed_wording == []


def test_a_reworded_tier_is_the_reviewers_wording_of_it() -> None:
    text = f"under 99.9{NBSP}% and not under 99.5{NBSP}%"
    review = _review(_tier_typed(text))
    change = _only(review)
    assert (change.kind, change.path, change.new) == (
        "wording",
        ("remedies", "credit_schedules", 0, "tiers", 0),
        text,
    )
    assert change.applies and change.replacement == text
    changed = _accepted(review)
    assert [e.text for e in changed.reviewed_wording] == [text]
    assert read_review(build_docx(changed)).changes == ()
