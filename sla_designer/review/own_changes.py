"""A redline's own tracked changes, accepted before it is read as a reviewed document.

A redline (export/redline.py) is the new version with its changes since the old one tracked,
under one author and date that its review part names. What its reviewer received is the new
version: the text with those changes accepted. So before a review compares, the export's own
insertions are kept and its deletions dropped (paragraphs and rows deleted whole go, controls
inserted or deleted whole follow their change); a change its reviewer made (another author or
date), or the export's change that the reviewer rejected, stays for the review to find.
"""

from __future__ import annotations

from collections.abc import Callable

from sla_designer.review.wordml import Element, w

_INS, _DEL, _PPR, _RPR, _TRPR = w("ins"), w("del"), w("pPr"), w("rPr"), w("trPr")
_P, _TR, _TBL, _SDT, _ID = w("p"), w("tr"), w("tbl"), w("sdt"), w("id")
_AUTHOR, _DATE = w("author"), w("date")
_RANGES = {
    w("customXmlInsRangeStart"): "ins",
    w("customXmlDelRangeStart"): "del",
}
_RANGE_ENDS = {w("customXmlInsRangeEnd"), w("customXmlDelRangeEnd")}


def accept_own_changes(body: Element, author: str, date: str) -> None:
    """Accept, in `body` (changed in place), the tracked changes made by `author` at `date`:
    the redline's own, as its review part names them."""

    def ours(change: Element) -> bool:
        return change.get(_AUTHOR) == author and _same_time(change.get(_DATE) or "", date)

    for tr in list(body.iter(_TR)):
        marks = tr.find(_TRPR)
        if marks is None:
            continue
        for change in list(marks):
            if change.tag in (_INS, _DEL) and ours(change):
                marks.remove(change)
                if change.tag == _DEL:
                    _remove(tr)
                    break
    _controls(body, ours)
    for change in [c for c in body.iter(_INS, _DEL) if ours(c)]:
        parent = change.getparent()
        if parent is None:
            continue
        if parent.tag == _RPR and parent.getparent() is not None:
            _paragraph_mark(change, parent.getparent().getparent())
        elif change.tag == _DEL:
            parent.remove(change)
        else:
            for child in list(change):
                change.addprevious(child)
            parent.remove(change)


def _same_time(written: str, date: str) -> bool:
    """Whether a change's date is `date`, to the second (an office suite may write it without
    its 'Z' or with fractions of a second)."""
    return written[:19] == date[:19] and bool(date)


def _controls(body: Element, ours: Callable[[Element], bool]) -> None:
    """Controls the export inserted whole stay (their markers go); those it deleted go."""
    for start in [e for e in body.iter(*_RANGES) if ours(e)]:
        parent = start.getparent()
        if parent is None:
            continue
        mark = start.get(_ID)
        end = next(
            (e for e in start.itersiblings() if e.tag in _RANGE_ENDS and e.get(_ID) == mark),
            None,
        )
        if _RANGES[start.tag] == "del":
            for sibling in list(start.itersiblings()):
                if sibling is end:
                    break
                if sibling.tag == _SDT:
                    parent.remove(sibling)
        if end is not None:
            parent.remove(end)
        parent.remove(start)


def _paragraph_mark(change: Element, p: Element) -> None:
    """The export's own paragraph mark change: an inserted paragraph stays; a deleted one
    goes, what is left of its text joining the next paragraph, as accepting it does."""
    change.getparent().remove(change)
    if change.tag == _INS or p is None or p.tag != _P:
        return
    left = [c for c in p if c.tag != _PPR]
    following = p.getnext()
    typed = any(True for c in left for _ in c.iter(w("t")))
    if typed and following is not None and following.tag == _P:
        anchor = following.find(_PPR)
        for child in reversed(left):
            if anchor is not None:
                anchor.addnext(child)
            else:
                following.insert(0, child)
    _remove(p)


def _remove(element: Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    parent.remove(element)
    if element.tag == _TR and parent.tag == _TBL and parent.find(_TR) is None:
        _remove(parent)
