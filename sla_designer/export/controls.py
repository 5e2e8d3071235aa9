"""Content controls that Word, LibreOffice 7.4 and LibreOffice 25.2 all open, save and print.

Every value a reviewer may change sits in a plain-text control tagged with its model path
(`ContractTarget.value`). A generated clause belongs to a part of the model too ('parties',
'metrics[2]', 'remedies.credit_schedules[0]'): its generated text is tagged with that path, in
controls of the same kind, one control for each stretch of text of each paragraph:

    p: [bookmark] ctl(metrics[2]) ctl(metrics[2].objective) ctl(metrics[2]) REF-field ctl(...) ...

The shape follows what the office suites keep:
- no control around paragraphs or tables: LibreOffice 25.2 loses the tags of block-level controls
  when it saves, and aborts the PDF export (NoSuchElementException) on them;
- no field inside a control: the same abort, for a cross-reference inside any control;
- no control inside another: LibreOffice 25.2 keeps only the inner one when it saves;
- plain-text controls only: LibreOffice 7.4 writes a broken document.xml when a rich-text control
  comes before a plain-text one in a paragraph;
- text in direct formatting (a bold lead-in, a defined term's quotes, the sole-paragraph label)
  stays outside, as do bookmarks: LibreOffice 7.4 shows a control's text without its run
  formatting, and a bookmark around a whole paragraph lets a REF field cite its number.

Reading a reviewer's edits back: the controls whose tag is a value's path hold that value; every
other tag is the model path of the clause it belongs to, repeated on each stretch of each of its
paragraphs. No paragraph index is added: a tag stays a model path (names, list indexes `[2]`, and
`[party=acme]` for the items of a list with that field), which a reader resolves on the agreement.
The paragraphs (w:p) in document order, each with the controls it holds, give the clause text
paragraph by paragraph.
"""

from __future__ import annotations

from collections.abc import Callable

from sla_designer.export import ooxml
from sla_designer.export.ooxml import Element

_RUN, _RUN_PROPERTIES, _BREAK, _BREAK_TYPE = ooxml.R, ooxml.RPR, ooxml.w("br"), ooxml.w("type")
_FIELD_CHAR, _FIELD_CHAR_TYPE = ooxml.w("fldChar"), ooxml.w("fldCharType")
_TEXT_ONLY = ooxml.T
_TEXT = {_TEXT_ONLY, ooxml.w("tab"), _BREAK}


def tag_generated_text(p: Element, tag: str, alias: str, new_id: Callable[[], int]) -> None:
    """Put each stretch of plain text of paragraph `p` in a plain-text control tagged `tag`.

    A stretch ends at a value's control, a field, a bookmark or a run in direct formatting.
    """
    stretch: list[Element] = []
    in_field = False
    for child in list(p):
        if child.tag == _RUN:
            character = child.find(_FIELD_CHAR)
            if character is not None:
                in_field = character.get(_FIELD_CHAR_TYPE) != "end"
            elif not in_field and _is_plain_text(child):
                stretch.append(child)
                continue
        if stretch:
            _wrap(p, stretch, tag, alias, new_id)
            stretch = []
    if stretch:
        _wrap(p, stretch, tag, alias, new_id)


def _is_plain_text(run: Element) -> bool:
    """A run of text without direct formatting or page breaks."""
    if len(run) == 1 and run[0].tag == _TEXT_ONLY:
        return True  # most runs: just their text
    for child in run:
        if child.tag == _RUN_PROPERTIES:
            formatted = len(child) > 0
        else:
            page_break = child.tag == _BREAK and child.get(_BREAK_TYPE) == "page"
            formatted = page_break or child.tag not in _TEXT
        if formatted:
            return False
    return True


def _wrap(
    p: Element, stretch: list[Element], tag: str, alias: str, new_id: Callable[[], int]
) -> None:
    if not any(len(run) for run in stretch):
        return  # nothing to tag: empty runs left by wording with nothing before or after a value
    position = p.index(stretch[0])
    first = stretch[0]
    text = first[0].text or "" if len(first) == 1 and first[0].tag == _TEXT_ONLY else ""
    if text[:1] == " ":
        # A space that opens a control is drawn at the start of a line when the line breaks
        # there (LibreOffice 25.2): it stays outside, where a wrapped line swallows it.
        p.insert(position, ooxml.run(" "))
        position += 1
        rest = text[1:]
        if rest:
            first[0].text = rest
            if not (rest[0].isspace() or rest[-1].isspace()):
                first[0].attrib.pop(ooxml.XML_SPACE, None)
        else:
            stretch = stretch[1:]
            p.remove(first)
            if not stretch:
                return
    multiline = any(run.find(_BREAK) is not None for run in stretch)
    p.insert(position, ooxml.inline_control(tag, alias, stretch, new_id(), multiline=multiline))
