"""A reviewer's edits written the way Word writes them, on a real export of saas-availability:
each fixture starts from build_docx and edits its document.xml with lxml (wordprocessing.py), as
Word 365 saves the same edit. The docstring of each fixture says what it is."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest
from lxml import etree

from sla_designer.export import build_docx
from sla_designer.model import Agreement
from sla_designer.review.package import ReviewError
from sla_designer.review.reading import ProposedChange, Review, read_review
from tests.export.reviewed import agreement_of
from tests.review.wordprocessing import (
    AUTHOR,
    DATE,
    Element,
    anchor_comment,
    content,
    control,
    edit_document,
    mark,
    paragraph_with,
    run,
    strip_tags,
    tracked,
    w,
    with_comments,
    without_review_part,
)

NBSP = "\u00a0"
OBJECTIVE = "metrics[platform-availability].objective"
NAME = "parties[ledgerline].legal_name"
ITEM = "service.limitations[2]"
DISPUTES = "clauses.measurement_disputes"


@cache
def _agreement() -> Agreement:
    return agreement_of("saas-availability")


@cache
def _exported() -> bytes:
    return build_docx(_agreement())


def _review(data: bytes, against: Agreement | None = None) -> Review:
    return read_review(data, against)


def _only(review: Review) -> ProposedChange:
    (change,) = review.changes
    return change


# Fixtures ------------------------------------------------------------------------------------


def _objective_typed(root: Element) -> None:
    """Word, tracking changes, with '5' typed after '99.9' in the objective's control: the
    control's run is split and the insertion sits between the halves, inside w:sdtContent."""
    inside = content(control(root, OBJECTIVE))
    for child in list(inside):
        inside.remove(child)
    inside.extend([run("99.9", bold=True), tracked("ins", run("5", bold=True))])
    inside.append(run(f"{NBSP}%", bold=True))


def _name_replaced(root: Element) -> None:
    """Word, tracking changes, with the Provider's name in the parties clause selected and
    retyped: a w:del of the old run and a w:ins of the new one inside the control."""
    inside = content(control(root, NAME, occurrence=1))
    old = inside.find(w("r"))
    inside.remove(old)
    inside.extend(
        [
            tracked("del", run("Ledgerline Software Ltd", deleted=True)),
            tracked("ins", run("Ledgerline Software Limited")),
        ]
    )


def _sentence_rewritten(root: Element) -> None:
    """Word, tracking changes, with 'in writing' rewritten 'by registered letter' in the
    measurement disputes clause: the clause control's run split around a w:del and a w:ins."""
    paragraph = paragraph_with(root, "A party that disputes a measurement")
    sdt = next(s for s in paragraph.iter(w("sdt")) if "in writing" in "".join(s.itertext()))
    inside = content(sdt)
    first = next(r for r in inside.iter(w("r")) if "in writing" in "".join(r.itertext()))
    text = first.find(w("t")).text
    before, after = text.split("in writing", 1)
    position = inside.index(first)
    inside.remove(first)
    for offset, piece in enumerate(
        [
            run(before),
            tracked("del", run("in writing", deleted=True)),
            tracked("ins", run("by registered letter")),
            run(after),
        ]
    ):
        inside.insert(position + offset, piece)


def _item_deleted(root: Element) -> None:
    """Word, tracking changes, with the third limitation's paragraph selected and deleted: its
    control is marked deleted with w:customXmlDelRangeStart/End around the w:sdt, the runs
    inside are in a w:del (w:delText) and the paragraph mark is deleted (w:pPr/w:rPr/w:del)."""
    sdt = control(root, ITEM)
    paragraph = sdt.getparent()
    inside = content(sdt)
    texts = "".join(inside.itertext())
    for child in list(inside):
        inside.remove(child)
    inside.append(tracked("del", run(texts, deleted=True)))
    start = etree.Element(w("customXmlDelRangeStart"))
    start.set(w("id"), "8001")
    start.set(w("author"), AUTHOR)
    start.set(w("date"), DATE)
    end = etree.Element(w("customXmlDelRangeEnd"))
    end.set(w("id"), "8001")
    paragraph.insert(paragraph.index(sdt), start)
    paragraph.insert(paragraph.index(sdt) + 1, end)
    mark(paragraph, "del")


def _paragraph_added(root: Element) -> None:
    """Word, tracking changes, with a paragraph typed after the availability objective's
    sentence: a new w:p outside every control, its runs in a w:ins and its mark inserted."""
    after = paragraph_with(root, "Enterprise edition” shall be at least")
    added = etree.Element(w("p"))
    added.append(tracked("ins", run("The Provider publishes every outage on its status page.")))
    mark(added, "ins")
    after.addnext(added)


def _words_added_between_controls(root: Element) -> None:
    """Word, tracking changes, with words typed between the objective's control and the rest
    of its sentence: a w:ins run in the paragraph, outside every control."""
    sdt = control(root, OBJECTIVE)
    sdt.addnext(tracked("ins", run(" or more")))


# Tests --------------------------------------------------------------------------------------


def test_an_insertion_inside_a_values_control_is_a_value_change() -> None:
    change = _only(_review(edit_document(_exported(), _objective_typed)))
    assert (change.kind, change.tag, change.path) == (
        "value",
        OBJECTIVE,
        ("metrics", 0, "objective"),
    )
    assert (change.old, change.new) == (f"99.9{NBSP}%", f"99.95{NBSP}%")
    assert (change.author, change.date) == (AUTHOR, DATE)
    assert change.value == Decimal("99.95") and change.applies


def test_a_deleted_and_inserted_name_is_a_value_change() -> None:
    change = _only(_review(edit_document(_exported(), _name_replaced)))
    assert (change.kind, change.tag, change.path) == ("value", NAME, ("parties", 0, "legal_name"))
    assert (change.old, change.new) == ("Ledgerline Software Ltd", "Ledgerline Software Limited")
    assert (change.author, change.date) == (AUTHOR, DATE)
    assert change.value == "Ledgerline Software Limited" and change.applies


def test_a_rewritten_sentence_is_a_wording_change_with_the_reviewers_text() -> None:
    change = _only(_review(edit_document(_exported(), _sentence_rewritten)))
    assert (change.kind, change.tag, change.path) == (
        "wording",
        DISPUTES,
        ("clauses", "measurement_disputes"),
    )
    assert "notifies the other party in writing" in change.old
    assert change.new == change.old.replace("in writing", "by registered letter")
    assert change.replacement == change.new and change.applies
    assert (change.author, change.date) == (AUTHOR, DATE)


def test_a_deleted_list_item_with_its_control_is_the_item_removed() -> None:
    change = _only(_review(edit_document(_exported(), _item_deleted)))
    assert (change.kind, change.tag, change.path) == (
        "item_removed",
        ITEM,
        ("service", "limitations", 2),
    )
    assert change.old == "The sandbox tenant is provided without a service level."
    assert change.new == ""
    assert (change.author, change.date) == (AUTHOR, DATE)
    assert change.applies


def test_a_paragraph_added_outside_every_control_is_added_after_its_neighbour() -> None:
    change = _only(_review(edit_document(_exported(), _paragraph_added)))
    assert (change.kind, change.tag, change.path) == (
        "added",
        "metrics[platform-availability]",
        ("metrics", 0),
    )
    assert change.new == "The Provider publishes every outage on its status page."
    assert change.generated is not None and "shall be at least" in change.generated
    assert change.replacement is not None
    assert change.replacement.endswith(
        "\n\nThe Provider publishes every outage on its status page."
    )
    assert change.replacement.startswith(change.generated.strip())
    assert (change.author, change.date) == (AUTHOR, DATE)


def test_words_added_between_controls_are_a_wording_change() -> None:
    change = _only(_review(edit_document(_exported(), _words_added_between_controls)))
    assert (change.kind, change.tag) == ("wording", "metrics[platform-availability]")
    assert f"99.9{NBSP}% or more of the time" in change.new
    assert change.author == AUTHOR


def test_a_comment_in_a_values_control_is_listed_on_that_value() -> None:
    def commented(root: Element) -> None:
        """Word with a comment on the objective: commentRangeStart/End and the run holding
        the commentReference inside the control's w:sdtContent; comments.xml added."""
        anchor_comment(content(control(root, OBJECTIVE)), "0")

    data = with_comments(edit_document(_exported(), commented), {"0": "Can we commit to this?"})
    change = _only(_review(data))
    assert (change.kind, change.tag, change.path) == (
        "comment",
        OBJECTIVE,
        ("metrics", 0, "objective"),
    )
    assert [c.text for c in change.comments] == ["Can we commit to this?"]
    assert change.author == AUTHOR and not change.applies


def test_a_comment_on_a_changed_value_travels_with_the_change() -> None:
    def commented(root: Element) -> None:
        """The objective retyped (tracked) and commented on in the same control."""
        _objective_typed(root)
        anchor_comment(content(control(root, OBJECTIVE)), "3")

    data = with_comments(edit_document(_exported(), commented), {"3": "Matches the new tier."})
    change = _only(_review(data))
    assert (change.kind, change.tag) == ("value", OBJECTIVE)
    assert [c.text for c in change.comments] == ["Matches the new tier."]


def test_a_comment_on_a_paragraph_outside_controls() -> None:
    def commented(root: Element) -> None:
        """A comment over a whole heading, which no control holds."""
        heading = next(
            p
            for p in root.iter(w("p"))
            if "".join(p.itertext()) == "Service hours"
            and p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) == "Heading1"
        )
        anchor_comment(heading, "5")

    data = with_comments(edit_document(_exported(), commented), {"5": "Say UK time?"})
    change = _only(_review(data))
    # The heading is in no clause: the comment opens where its section starts.
    assert (change.kind, change.tag, change.path, change.old) == (
        "comment",
        None,
        ("calendars", 0),
        "Service hours",
    )
    assert [c.text for c in change.comments] == ["Say UK time?"]


def test_every_edit_at_once_in_document_order() -> None:
    def everything(root: Element) -> None:
        for edit in (
            _name_replaced,
            _item_deleted,
            _objective_typed,
            _paragraph_added,
            _sentence_rewritten,
        ):
            edit(root)

    review = _review(edit_document(_exported(), everything))
    assert [(c.kind, c.tag) for c in review.changes] == [
        ("value", NAME),
        ("item_removed", ITEM),
        ("value", OBJECTIVE),
        ("added", "metrics[platform-availability]"),
        ("wording", DISPUTES),
    ]
    assert review.method == "tags" and review.baseline_from == "document"


def test_controls_without_tags_are_matched_by_text() -> None:
    def untagged(root: Element) -> None:
        """LibreOffice 7.4's save: the controls stay, every w:tag is gone; the objective and
        the name retyped, the sentence rewritten."""
        _objective_typed(root)
        _name_replaced(root)
        _sentence_rewritten(root)
        strip_tags(root)

    review = _review(edit_document(_exported(), untagged))
    assert review.method == "text"
    assert [(c.kind, c.tag, c.path, c.old, c.new) for c in review.changes] == [
        (
            "value",
            NAME,
            ("parties", 0, "legal_name"),
            "Ledgerline Software Ltd",
            "Ledgerline Software Limited",
        ),
        ("value", OBJECTIVE, ("metrics", 0, "objective"), f"99.9{NBSP}%", f"99.95{NBSP}%"),
        ("wording", DISPUTES, ("clauses", "measurement_disputes"), *_rewritten(review)),
    ]


def _rewritten(review: Review) -> tuple[str, str]:
    wording = next(c for c in review.changes if c.kind == "wording")
    assert wording.new == wording.old.replace("in writing", "by registered letter")
    return wording.old, wording.new


def test_untagged_and_unedited_is_no_change() -> None:
    review = _review(edit_document(_exported(), strip_tags))
    assert review.method == "text"
    assert review.changes == ()


def test_without_the_exported_record_the_agreement_must_be_named() -> None:
    data = without_review_part(edit_document(_exported(), _objective_typed))
    with pytest.raises(ReviewError) as raised:
        _review(data)
    assert "--against" in str(raised.value) and "\n" not in str(raised.value)
    review = _review(data, against=_agreement())
    assert review.baseline_from == "against"
    change = _only(review)
    assert (change.kind, change.tag, change.old, change.new) == (
        "value",
        OBJECTIVE,
        f"99.9{NBSP}%",
        f"99.95{NBSP}%",
    )
    assert change.value == Decimal("99.95")


def test_against_an_agreement_with_reordered_items_finds_them_by_id() -> None:
    """The account manager moved the availability metric after the others since the export:
    the review still puts the new objective on it, by its id."""
    agreement = _agreement().model_copy(deep=True)
    agreement.metrics.append(agreement.metrics.pop(0))
    review = _review(edit_document(_exported(), _objective_typed), against=agreement)
    change = _only(review)
    last = len(agreement.metrics) - 1
    assert change.path == ("metrics", last, "objective")
    assert agreement.metrics[last].id == "platform-availability"
