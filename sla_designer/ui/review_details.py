"""One proposed change in full, as the review panel shows it beside the list: the paragraph
before and after with the reviewer's words marked, who made it and when, the comments."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from html import escape

from PySide6.QtCore import QCoreApplication

from sla_designer.ui.i18n import QT_TRANSLATE_NOOP
from sla_designer.ui.review_edits import ACCEPTED, COMMENT, OPEN
from sla_designer.ui.review_model import ReviewModel, local_time

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_REMOVED = '<span style="color:#b3261e;text-decoration:line-through">{}</span>'
_INSERTED = '<span style="color:#1b6e20;text-decoration:underline">{}</span>'


def marked_change(old: str, new: str) -> str:
    """`new` as HTML, the words taken out of `old` struck through and the words put in
    underlined, so that a rewritten sentence shows what the reviewer changed."""
    before, after = _TOKEN.findall(old), _TOKEN.findall(new)
    shown: list[str] = []
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        if operation == "equal":
            shown.append(escape("".join(after[b1:b2])))
            continue
        if a2 > a1:
            shown.append(_REMOVED.format(escape("".join(before[a1:a2]))))
        if b2 > b1:
            shown.append(_INSERTED.format(escape("".join(after[b1:b2]))))
    return _paragraphs("".join(shown))


def _paragraphs(html: str) -> str:
    """Line breaks kept: a reviewer's wording may hold several paragraphs."""
    return html.replace("\n", "<br>")


def _translate(text: str) -> str:
    """Marked by the callers with QT_TRANSLATE_NOOP("ReviewDetails", ...)."""
    return QCoreApplication.translate("ReviewDetails", text)


BEFORE = QT_TRANSLATE_NOOP("ReviewDetails", "Before:")
AFTER = QT_TRANSLATE_NOOP("ReviewDetails", "After:")
REMOVED = QT_TRANSLATE_NOOP("ReviewDetails", "(removed)")
COMMENT_BY = QT_TRANSLATE_NOOP("ReviewDetails", "Comment by %1")
A_COMMENT = QT_TRANSLATE_NOOP("ReviewDetails", "Comment")
DONE = QT_TRANSLATE_NOOP("ReviewDetails", "Accepted: the agreement holds this change.")
NOT_ACCEPTED = QT_TRANSLATE_NOOP("ReviewDetails", "Cannot be accepted:")
BY_ON = QT_TRANSLATE_NOOP("ReviewDetails", "Changed by %1 on %2")
BY = QT_TRANSLATE_NOOP("ReviewDetails", "Changed by %1")
ON = QT_TRANSLATE_NOOP("ReviewDetails", "Changed on %1")
MOVED = QT_TRANSLATE_NOOP("ReviewDetails", "Moved from place %1 to place %2 of its list.")
UNTRACKED = QT_TRANSLATE_NOOP(
    "ReviewDetails", "No author or date recorded: the change was not tracked."
)


def details_html(model: ReviewModel, row: int) -> str:
    """The change of `row` in full."""
    entry = model.entry(row)
    change = entry.change
    state, reason = model.state(row)
    parts = [f"<p><b>{escape(model.field_words(row))}</b> — {escape(model.kind_text(row))}</p>"]
    if change.kind == "comment":
        parts.append(f"<p>{_paragraphs(escape(change.old))}</p>")
    elif change.kind == "moved":
        moved = _translate(MOVED).replace("%1", change.old).replace("%2", change.new)
        item = _item_text(entry.before)
        parts.append(f"<p>{escape(moved)}</p>")
        if item:
            parts.append(f"<p>{_paragraphs(escape(item))}</p>")
    elif change.kind in ("value", "item_removed"):
        after = _paragraphs(escape(change.new)) or escape(_translate(REMOVED))
        parts.append(
            "<table cellspacing='0' cellpadding='2'>"
            f"<tr><td><i>{escape(_translate(BEFORE))}</i>&nbsp;</td>"
            f"<td>{_paragraphs(escape(change.old))}</td></tr>"
            f"<tr><td><i>{escape(_translate(AFTER))}</i>&nbsp;</td><td>{after}</td></tr>"
            "</table>"
        )
    else:
        parts.append(f"<p>{marked_change(change.old, change.new)}</p>")
    parts.append(f"<p>{escape(_made_by(change.author, change.date))}</p>")
    for comment in change.comments:
        who = _translate(COMMENT_BY).replace("%1", comment.author) if comment.author else ""
        heading = ", ".join(
            p for p in (who or _translate(A_COMMENT), local_time(comment.date)) if p
        )
        parts.append(f"<p><i>{escape(heading)}:</i> {_paragraphs(escape(comment.text))}</p>")
    if state == ACCEPTED:
        parts.append(f"<p><b>{escape(_translate(DONE))}</b></p>")
    elif state not in (OPEN, COMMENT) or reason:
        parts.append(f"<p><b>{escape(_translate(NOT_ACCEPTED))}</b> {escape(reason)}</p>")
    return "".join(parts)


def _item_text(before: object) -> str:
    """The words of a moved item, as it was when the review was imported: a line of a list, or
    an item's text (a duty)."""
    item = before[0] if isinstance(before, tuple) and before else None
    if isinstance(item, str):
        return item
    text = getattr(item, "text", None)
    return text if isinstance(text, str) else ""


def _made_by(author: str, date: str) -> str:
    when = local_time(date)
    if author and when:
        return _translate(BY_ON).replace("%1", author).replace("%2", when)
    if author:
        return _translate(BY).replace("%1", author)
    if when:
        return _translate(ON).replace("%1", when)
    return _translate(UNTRACKED)
