"""The text of a Word body, paragraph by paragraph, as tagged segments before and after its
tracked changes.

Both sides of a review use this one reading: the export, to record the text it wrote (the
baseline, review/baseline.py), and the review, to read what the reviewer left. A paragraph is a
list of segments: stretches of text in one content control (its tag) or outside every control.
Each segment has its text before the tracked changes (insertions rejected, deletions kept) and
after them (insertions kept, deletions dropped), the revisions inside it and the comments
anchored there. Text shown by a field (a cross-reference's number, a table of contents) is a
segment of its own, marked `field`: Word and LibreOffice recompute it, so it is never compared.

Read as Word and LibreOffice 7.4 and 25.2 write it: runs (w:t, w:delText, w:tab, w:br, w:cr,
w:noBreakHyphen), complex fields (w:fldChar, across paragraphs for a table of contents) and
simple ones (w:fldSimple), w:ins / w:del / w:moveTo / w:moveFrom around runs or controls,
inline and block-level controls (w:sdt), hyperlinks, smart tags and custom XML wrappers, and a
paragraph mark inserted or deleted (w:pPr/w:rPr/w:ins|w:del).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
Element = Any  # lxml's _Element (export/ooxml.py says why); not imported from the export, which
# imports this module to record what it wrote


def w(tag: str) -> str:
    """The Clark name of a w: element or attribute."""
    return f"{{{W}}}{tag}"


_P, _R, _SDT, _SDT_PR, _SDT_CONTENT = w("p"), w("r"), w("sdt"), w("sdtPr"), w("sdtContent")
_TAG, _ALIAS, _VAL, _PPR, _RPR = w("tag"), w("alias"), w("val"), w("pPr"), w("rPr")
_INS, _DEL, _MOVE_TO, _MOVE_FROM = w("ins"), w("del"), w("moveTo"), w("moveFrom")
_AUTHOR, _DATE, _ID = w("author"), w("date"), w("id")
_FIELD_CHAR, _FIELD_TYPE, _SIMPLE = w("fldChar"), w("fldCharType"), w("fldSimple")
_COMMENT_START, _COMMENT_REFERENCE = w("commentRangeStart"), w("commentReference")
_INSERTS, _DELETES = {_INS, _MOVE_TO}, {_DEL, _MOVE_FROM}
_TEXT = {w("t"): None, w("delText"): None}
_SPECIAL = {w("tab"): "\t", w("cr"): "\n", w("noBreakHyphen"): "-", w("softHyphen"): ""}
_BREAK, _BREAK_TYPE = w("br"), w("type")
_WRAPPERS = {w("hyperlink"), w("smartTag"), w("customXml"), w("dir"), w("bdo")}
_BLOCKS = {w("body"), w("tbl"), w("tr"), w("tc"), _SDT_CONTENT, w("customXml")}
_SKIPPED_BLOCKS = {w("sdtPr"), w("sdtEndPr"), w("tblPr"), w("tblGrid"), w("trPr"), w("tcPr")}


@dataclass(frozen=True, slots=True)
class Revision:
    """A tracked change: 'insert' or 'delete', by whom and when (ISO text, may be empty)."""

    kind: str
    author: str
    date: str
    text: str


@dataclass(slots=True)
class Segment:
    """A stretch of a paragraph in one control (`tag`; '' for a control without a tag) or
    outside every control (`tag` None)."""

    tag: str | None
    control: int | None
    """The control's place among the controls of its paragraph; None outside controls."""
    field: bool = False
    value: bool = False
    """A control whose alias is its tag: how the export marks a control holding one value."""
    before: str = ""
    after: str = ""
    revisions: list[Revision] = dataclasses.field(default_factory=list)
    comments: list[str] = dataclasses.field(default_factory=list)
    """The ids of the comments whose range starts here."""


@dataclass(slots=True)
class Paragraph:
    """A paragraph of the body, in document order (table cells included)."""

    segments: list[Segment] = dataclasses.field(default_factory=list)
    mark: Revision | None = None
    """The paragraph mark's own tracked change: inserted (a new paragraph) or deleted (merged
    with the next one)."""
    block_tag: str | None = None
    values: set[int] = dataclasses.field(default_factory=set)
    """The places of the controls that hold one value (alias == tag, as the export writes)."""
    _compared: dict[bool, tuple[int, str]] = dataclasses.field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """compared()'s answers, with the number of segments they were worked out from: a review
    compares each paragraph's text many times (and joins.py appends a paragraph's segments)."""

    def text(self, after: bool = True, *, fields: bool = True) -> str:
        """The paragraph's text after (or before) its tracked changes; `fields`: with the text
        that fields show."""
        return "".join(
            (s.after if after else s.before) for s in self.segments if fields or not s.field
        )

    def compared(self, after: bool = True) -> str:
        """The text a review compares: without field results, spaces at the ends trimmed (kept
        once asked for: the paragraph is read whole before it is compared)."""
        count = len(self.segments)
        found = self._compared.get(after)
        if found is None or found[0] != count:
            found = self._compared[after] = (count, self.text(after, fields=False).strip())
        return found[1]

    def controls(self) -> Iterator[Segment]:
        """The segments that are content controls (one per control; a control cut by a field
        shows as several segments with the same `control`)."""
        return (s for s in self.segments if s.control is not None)


@dataclass(slots=True)
class _State:
    field_depth: int = 0
    field_result: list[bool] = dataclasses.field(default_factory=list)
    pending_comments: list[str] = dataclasses.field(default_factory=list)


def paragraphs(body: Element | Iterable[Element]) -> list[Paragraph]:
    """Every paragraph of `body` (w:body, any block container, or a list of blocks) in document
    order."""
    found: list[Paragraph] = []
    _blocks(body, None, _State(), found)
    return found


def _blocks(
    node: Element | Iterable[Element], tag: str | None, state: _State, out: list[Paragraph]
) -> None:
    for child in node:
        kind = child.tag
        if kind == _P:
            out.append(_paragraph(child, tag, state))
        elif kind == _SDT:
            inner = child.find(_SDT_CONTENT)
            if inner is not None:
                _blocks(inner, control_names(child)[0] or tag, state, out)
        elif kind in _BLOCKS:
            _blocks(child, tag, state, out)
        elif kind in (_INS, _DEL, _MOVE_TO, _MOVE_FROM):
            _blocks(child, tag, state, out)  # a tracked table row or block-level wrapper


def control_names(sdt: Element) -> tuple[str, str | None]:
    """A control's tag ('' without one) and alias, read in one pass over its properties."""
    tag, alias = "", None
    for child in sdt:
        if child.tag != _SDT_PR:
            continue
        for prop in child:
            kind = prop.tag
            if kind == _TAG:
                tag = str(prop.get(_VAL) or "")
            elif kind == _ALIAS:
                alias = prop.get(_VAL)
        break
    return tag, alias


def _paragraph(p: Element, block_tag: str | None, state: _State) -> Paragraph:
    paragraph = Paragraph(block_tag=block_tag)
    properties = p.find(_PPR)
    if properties is not None:
        marks = properties.find(_RPR)
        if marks is not None:
            for kind, name in (
                (_INS, "insert"),
                (_DEL, "delete"),
                (_MOVE_TO, "insert"),
                (_MOVE_FROM, "delete"),
            ):
                change = marks.find(kind)
                if change is not None:
                    paragraph.mark = _revision(change, name, "")
    _inline(p, paragraph, state, (block_tag, None, None), [0])
    if state.pending_comments and paragraph.segments:
        paragraph.segments[-1].comments.extend(state.pending_comments)
        state.pending_comments.clear()
    return paragraph


def _revision(change: Element, kind: str, text: str) -> Revision:
    return Revision(kind, str(change.get(_AUTHOR) or ""), str(change.get(_DATE) or ""), text)


_Where = tuple[str | None, int | None, tuple[Element, str] | None]
"""Where a run stands: its control's tag and place (None outside controls), and the tracked
change around it (its element and kind). A plain tuple: it is made for every wrapper."""


def _inline(
    node: Element, paragraph: Paragraph, state: _State, where: _Where, counter: list[int]
) -> None:
    for child in node:
        kind = child.tag
        if kind == _R:
            _run(child, paragraph, state, where)
        elif kind == _SDT:
            inner = child.find(_SDT_CONTENT)
            if inner is not None:
                place = counter[0]
                counter[0] += 1
                tag_here, alias = control_names(child)
                if tag_here and alias == tag_here:
                    paragraph.values.add(place)
                _inline(inner, paragraph, state, (tag_here, place, where[2]), counter)
        elif kind in _INSERTS:
            _inline(child, paragraph, state, (where[0], where[1], (child, "insert")), counter)
        elif kind in _DELETES:
            _inline(child, paragraph, state, (where[0], where[1], (child, "delete")), counter)
        elif kind == _SIMPLE:
            state.field_result.append(True)
            _inline(child, paragraph, state, where, counter)
            state.field_result.pop()
        elif kind in _WRAPPERS:
            _inline(child, paragraph, state, where, counter)
        elif kind == _COMMENT_START:
            comment = str(child.get(_ID) or "")
            if comment:
                state.pending_comments.append(comment)


def _run(r: Element, paragraph: Paragraph, state: _State, where: _Where) -> None:
    text = ""
    for child in r:
        kind = child.tag
        if kind in _TEXT:
            text += child.text or ""
        elif kind in _SPECIAL:
            text += _SPECIAL[kind]
        elif kind == _BREAK:
            if child.get(_BREAK_TYPE) in (None, "textWrapping"):
                text += "\n"
        elif kind == _FIELD_CHAR:
            _field_char(str(child.get(_FIELD_TYPE)), state)
        elif kind == _COMMENT_REFERENCE:
            comment = str(child.get(_ID) or "")
            if comment and comment not in state.pending_comments:
                _note_comment(paragraph, state, comment)
    if not text:
        return
    results = state.field_result
    in_field = bool(results) and results[-1]
    if state.field_depth and not in_field:
        return  # a field's instruction
    tag, control, change = where
    segments = paragraph.segments
    segment = segments[-1] if segments else None
    if (
        segment is None
        or segment.tag != tag
        or segment.control != control
        or segment.field != in_field
    ):
        segment = Segment(tag, control, in_field, control in paragraph.values)
        segments.append(segment)
    if state.pending_comments:
        segment.comments.extend(state.pending_comments)
        state.pending_comments.clear()
    if change is None:
        segment.before += text
        segment.after += text
    else:
        element, how = change
        if how == "insert":
            segment.after += text
        else:
            segment.before += text
        segment.revisions.append(_revision(element, how, text))


def _note_comment(paragraph: Paragraph, state: _State, comment: str) -> None:
    """A comment with no range (only its reference mark) belongs where its mark is."""
    if paragraph.segments:
        paragraph.segments[-1].comments.append(comment)
    else:
        state.pending_comments.append(comment)


def _field_char(kind: str, state: _State) -> None:
    if kind == "begin":
        state.field_depth += 1
        state.field_result.append(False)
    elif kind == "separate" and state.field_result:
        state.field_result[-1] = True
    elif kind == "end" and state.field_depth:
        state.field_depth -= 1
        state.field_result.pop()
