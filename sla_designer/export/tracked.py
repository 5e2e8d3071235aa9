"""Tracked changes as Word writes them: insertions and deletions with their author and date.

Runs inserted sit in w:ins, runs deleted in w:del with their text in w:delText; a paragraph
inserted or deleted whole also has its mark tracked (w:pPr/w:rPr/w:ins|w:del), so that accepting
or rejecting it joins it with the next paragraph; a table row has its own mark in w:trPr. A
content control inserted whole is wrapped in w:customXmlInsRangeStart/End, as Word marks one, so
that Word drops the control itself, not only its text, when the insertion is rejected. The old
version's paragraphs and rows deleted whole keep no control: LibreOffice (25.2) takes a
w:customXmlDelRangeStart/End for a change of attributes running to the end of the document,
and Word would leave the emptied controls behind, placeholders shown, once the deletion is
accepted. Every revision has a w:id unique in the document (the export's
one counter of bookmark and control ids), the author and the date, the export time in UTC.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sla_designer.export import ooxml
from sla_designer.export.ooxml import Element

_DEL_TEXT, _SDT, _SDT_CONTENT = ooxml.w("delText"), ooxml.w("sdt"), ooxml.w("sdtContent")
_ID = ooxml.w("id")
_FIELD_CHAR = ooxml.w("fldChar")
_INSTR = ooxml.w("instrText")
_BOOKMARKS = {ooxml.w("bookmarkStart"), ooxml.w("bookmarkEnd")}


def export_time() -> str:
    """Now, as a revision's date: ISO 8601 in UTC to the second, with 'Z'."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    return now.isoformat() + "Z"


def user_full_name() -> str:
    """The full name of the user running the program, from the system's account (its GECOS
    field on Unix, the user name elsewhere or when the field is empty)."""
    try:
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, AttributeError):
        gecos = ""
    if gecos:
        return gecos
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


@dataclass(slots=True)
class Marker:
    """Makes the revision elements of one redline: its author, date and id counter."""

    author: str
    date: str
    new_id: Callable[[], int]

    def change(self, kind: str) -> Element:
        """An empty w:ins or w:del (or a customXml range start) with id, author and date."""
        return ooxml.el(kind, id=str(self.new_id()), author=self.author, date=self.date)

    def wrap(self, kind: str, elements: Sequence[Element]) -> None:
        """Put each stretch of adjacent `elements` (runs in the same parent) in a w:ins or
        w:del of `kind`."""
        for group in adjacent_groups(elements):
            change = self.change(kind)
            group[0].addprevious(change)
            change.extend(group)

    def mark_paragraph(self, p: Element, kind: str) -> None:
        """Track the mark of paragraph `p` as inserted or deleted."""
        ppr = p.find(ooxml.PPR)
        if ppr is None:
            ppr = ooxml.el("pPr")
            p.insert(0, ppr)
        rpr = ppr.find(ooxml.RPR)
        if rpr is None:
            rpr = ooxml.sub(ppr, "rPr")
        rpr.insert(0, self.change(kind))  # ins and del come first in a paragraph mark's rPr

    def mark_row(self, tr: Element, kind: str) -> None:
        """Track table row `tr` as inserted or deleted (w:trPr/w:ins|w:del, after the row's
        other properties)."""
        trpr = tr.find(ooxml.w("trPr"))
        if trpr is None:
            trpr = ooxml.el("trPr")
            tr.insert(0, trpr)
        trpr.append(self.change(kind))

    def mark_controls(self, parent: Element, kind: str) -> None:
        """Wrap every content control of `parent` in a customXml range of `kind` ('Ins' or
        'Del'): the control itself comes and goes with the change."""
        for sdt in list(parent.iter(_SDT)):
            start = self.change(f"customXml{kind}RangeStart")
            end = ooxml.el(f"customXml{kind}RangeEnd", id=start.get(_ID))
            sdt.addprevious(start)
            sdt.addnext(end)

    def inserted(self, container: Element) -> None:
        """Every run of `container` (a paragraph, a row) inserted, controls with them."""
        self.wrap("ins", [r for r in container.iter(ooxml.R)])
        self.mark_controls(container, "Ins")

    def deleted(self, container: Element) -> None:
        """Every run of `container` (a copy of a paragraph or row of the old version) deleted:
        fields read as the text they showed, bookmarks gone (the new version has its own),
        controls unwrapped (their runs stay)."""
        flatten_fields(container)
        for mark in [e for e in container.iter() if e.tag in _BOOKMARKS]:
            mark.getparent().remove(mark)
        for sdt in list(container.iter(_SDT)):
            content = sdt.find(_SDT_CONTENT)
            for child in [] if content is None else list(content):
                sdt.addprevious(child)
            sdt.getparent().remove(sdt)
        runs = list(container.iter(ooxml.R))
        for r in runs:
            as_deleted(r)
        self.wrap("del", runs)


def as_deleted(r: Element) -> Element:
    """Run `r` with its text as deleted text (w:delText), in place."""
    for t in r.iter(ooxml.T):
        t.tag = _DEL_TEXT
    return r


def flatten_fields(container: Element) -> None:
    """Replace every complex field of `container` by the runs of its shown result."""
    for r in list(container.iter(ooxml.R)):
        if r.find(_FIELD_CHAR) is not None or r.find(_INSTR) is not None:
            r.getparent().remove(r)


def adjacent_groups(elements: Iterable[Element]) -> list[list[Element]]:
    """`elements` in stretches of siblings that follow one another."""
    groups: list[list[Element]] = []
    for element in elements:
        if groups:
            last = groups[-1][-1]
            if element.getprevious() is last and element.getparent() is last.getparent():
                groups[-1].append(element)
                continue
        groups.append([element])
    return groups
