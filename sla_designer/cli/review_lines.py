"""A review's changes as the command line shows them: a line each in words, or JSON data.

A change's field is said as the editor's findings say a place, "Metric «Uptime» › Objective",
after the step of the editor where it is edited ("Metrics and targets"), in the language asked.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sla_designer.cli.common import say
from sla_designer.model import Agreement
from sla_designer.model.paths import format_path
from sla_designer.review.reading import ProposedChange
from sla_designer.text.values import Problem, problem_text
from sla_designer.validation.path_words import place_words


def field_words(change: ProposedChange, agreement: Agreement, language: str) -> str:
    """Where `change` applies, in words: its step, then its field or clause."""
    if change.path:
        return place_words(change.path, agreement, language)
    if change.tag:
        return change.tag  # a field that is no longer in the agreement: its tag says which
    return say(language, "review.outside")


def change_line(
    change: ProposedChange, agreement: Agreement, language: str, problem: Problem | None
) -> str:
    """One line for one change: where, what, who and when, comments, why it does not apply."""
    line = say(
        language,
        f"review.kinds.{change.kind}",
        field=field_words(change, agreement, language),
        old=_one_line(change.old),
        new=_one_line(change.new),
    )
    date = _when(change.date)
    if change.author and date:
        line += say(language, "review.by_on", author=change.author, date=date)
    elif change.author or date:
        line += say(language, "review.by", who=change.author or date)
    for comment in change.comments:
        said = _one_line(comment.text)
        if comment.author:
            line += say(language, "review.comment_by", author=comment.author, text=said)
        else:
            line += say(language, "review.comment", text=said)
    if problem is not None:
        line += say(language, "review.not_applied", reason=problem_text(problem, language))
    return line


def change_data(change: ProposedChange, language: str, problem: Problem | None) -> dict[str, Any]:
    """One change as JSON data."""
    applies = change.kind != "comment" and problem is None
    return {
        "path": format_path(change.path) if change.path else None,
        "tag": change.tag,
        "kind": change.kind,
        "old": change.old,
        "new": change.new,
        "author": change.author or None,
        "date": change.date or None,
        "comment": "\n".join(c.text for c in change.comments) or None,
        "comments": [
            {"author": c.author or None, "date": c.date or None, "text": c.text}
            for c in change.comments
        ],
        "applies": applies,
        "reason": problem_text(problem, language) if problem is not None else None,
    }


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _when(date: str) -> str:
    """A tracked change's or comment's time, 'YYYY-MM-DD HH:MM' (as written when unreadable)."""
    if not date:
        return ""
    try:
        moment = dt.datetime.fromisoformat(date)
    except ValueError:
        return date
    return f"{moment:%Y-%m-%d %H:%M}"
