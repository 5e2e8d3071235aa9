"""A changed paragraph, diffed word by word: the new version's paragraph with the old words
deleted and the new ones inserted, as tracked changes.

The new paragraph is kept as the export wrote it, content controls, run formatting, bookmarks
and fields included: only its runs are cut at word boundaries so that an inserted word can be
marked alone. The old paragraph's words that are gone are added as deleted runs, with their run
formatting, just before the new words that replace them (Word's order), in the same control.
A field (a cross-reference) is one word whatever it shows: the new version's numbers stand. A
value's control is one word too: a value changed reads as the old one deleted and the new one
inserted whole ("~~99.9 %~~ 99.95 %"), as a lawyer marks a figure.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from sla_designer.export import ooxml
from sla_designer.export.ooxml import Element
from sla_designer.export.tracked import Marker, as_deleted
from sla_designer.review import likeness
from sla_designer.review.wordml import control_names

WORDS = re.compile(r"\d+(?:[.,]\d+)*|\w+|\s+|[^\w\s]")
"""A word of a diff: a number with its separators ('99.95', '1.234,56'), a word, a stretch of
spaces, or one other character."""
FIELD = "\x00field"
VALUE = "\x00value:"
PAGE_BREAK = "\x00page"

_FIELD_CHAR, _FIELD_TYPE = ooxml.w("fldChar"), ooxml.w("fldCharType")
_SDT, _SDT_CONTENT = ooxml.w("sdt"), ooxml.w("sdtContent")
_INS, _DEL = ooxml.w("ins"), ooxml.w("del")
_TAB, _BREAK, _BREAK_TYPE = ooxml.w("tab"), ooxml.w("br"), ooxml.w("type")
_WORD_PARTS = {ooxml.T, _TAB, _BREAK}


@dataclass(slots=True)
class Atom:
    """One word of a paragraph: its compared text and the runs that show it."""

    key: str
    runs: list[Element]
    whole: bool = True
    """Its runs show it alone (False: a word of a longer run, not yet cut)."""


def words(text: str) -> list[str]:
    """`text` cut into the words a diff compares."""
    return WORDS.findall(text)


def atoms_of(p: Element, *, cut: bool) -> list[Atom]:
    """The words of paragraph `p` in order; with `cut`, its runs are first cut in place into
    one run a word (the paragraph then shows the same text)."""
    found: list[Atom] = []
    _collect(p, found, cut)
    return found


def _collect(parent: Element, found: list[Atom], cut: bool) -> None:
    field: list[Element] | None = None
    for child in list(parent):
        kind = child.tag
        if kind == ooxml.R:
            char = child.find(_FIELD_CHAR)
            if char is not None and char.get(_FIELD_TYPE) == "begin":
                field = [child]
            elif field is not None:
                field.append(child)
                if char is not None and char.get(_FIELD_TYPE) == "end":
                    found.append(Atom(FIELD, field))
                    field = None
            else:
                found += _run_atoms(child, cut)
        elif kind == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is None:
                continue
            if _holds_a_value(child):
                runs = list(content.iter(ooxml.R))
                shown = "".join(a.key for r in runs for a in _run_atoms(r, cut=False))
                found.append(Atom(VALUE + shown, runs))
            else:
                _collect(content, found, cut)


def _holds_a_value(sdt: Element) -> bool:
    """A value's control: its alias is its tag (export/controls.py), as the review reads it."""
    tag, alias = control_names(sdt)
    return bool(tag) and tag == alias


def _run_atoms(r: Element, cut: bool) -> list[Atom]:
    pieces: list[tuple[str, Element]] = []  # (word, the element showing it)
    for child in r:
        kind = child.tag
        if kind == ooxml.T:
            pieces += [(word, child) for word in words(child.text or "")]
        elif kind == _TAB:
            pieces.append(("\t", child))
        elif kind == _BREAK:
            page = child.get(_BREAK_TYPE) == "page"
            pieces.append((PAGE_BREAK if page else "\n", child))
    if not pieces:
        return []
    if not cut:  # runs stay whole
        return [Atom(word, [r], len(pieces) == 1) for word, _ in pieces]
    if len(pieces) == 1:
        return [Atom(pieces[0][0], [r])]
    rpr = r.find(ooxml.RPR)
    atoms = []
    for word, element in pieces:
        piece = ooxml.el("r")
        if rpr is not None:
            piece.append(copy.deepcopy(rpr))
        if element.tag == ooxml.T:
            piece.append(_text(word))
        else:
            piece.append(copy.deepcopy(element))
        r.addprevious(piece)
        atoms.append(Atom(word, [piece]))
    r.getparent().remove(r)
    return atoms


def _text(word: str) -> Element:
    t = ooxml.el("t")
    t.text = word
    if word[0].isspace() or word[-1].isspace():
        t.set(ooxml.XML_SPACE, "preserve")
    return t


def diff_paragraph(old: Element, new: Element, marker: Marker, *, least: float = 0.0) -> str:
    """Mark in paragraph `new` (changed in place) the words inserted since paragraph `old`
    and add the words deleted from it: 'same' when they have the same words (nothing marked),
    'apart' when less than `least` of their words are alike (difflib's ratio; nothing marked,
    the runs of `new` may be cut), else 'marked'."""
    before, after = atoms_of(old, cut=False), atoms_of(new, cut=False)
    old_keys, new_keys = [a.key for a in before], [a.key for a in after]
    if old_keys == new_keys:
        return "same"
    old_text, new_text = likeness.as_texts(old_keys, new_keys)
    blocks = likeness.matching_blocks(old_text, new_text)
    if least and likeness.ratio_of(blocks, old_text, new_text) < least:
        return "apart"
    changes = likeness.opcodes(blocks)
    if not _whole_words_change(changes, before, after):
        # Words of longer runs change: their runs are cut, one a word (the old on a copy). The
        # words are the same, so the opcodes stand.
        before, after = _old_words(old), atoms_of(new, cut=True)
    inserted: list[Element] = []
    for operation, i1, i2, j1, j2 in changes:
        if operation == "equal":
            continue
        if i2 > i1:
            gone = [r for atom in before[i1:i2] for r in _deleted_runs(atom)]
            _place(gone, after, j1, new, marker)
        inserted += [r for atom in after[j1:j2] for r in atom.runs]
    marker.wrap("ins", inserted)
    _deletions_out_of_control_ends(new)
    return "marked"


def _deletions_out_of_control_ends(p: Element) -> None:
    """Move deleted runs at the start of a control to before it, and those with nothing but
    changes after them at its end to after it: LibreOffice (25.2) rejects a deletion there with
    its text lost or moved to the control's start."""
    for content in p.iter(_SDT_CONTENT):
        sdt = content.getparent()
        children = list(content)
        start = 0
        while start < len(children) and children[start].tag == _DEL:
            sdt.addprevious(children[start])
            start += 1
        end = len(children)
        while end > start and children[end - 1].tag in (_DEL, _INS):
            end -= 1
        for child in reversed(children[end:]):
            if child.tag == _DEL:
                sdt.addnext(child)


def _whole_words_change(
    changes: list[likeness.Opcode], before: list[Atom], after: list[Atom]
) -> bool:
    """Whether every word that changes, and every word a deletion is placed before, has runs of
    its own (a value's control, a field, a run of one word): then no run needs cutting."""
    for operation, i1, i2, j1, j2 in changes:
        if operation == "equal":
            continue
        touched = before[i1:i2] + after[j1 : j2 + 1]
        if not all(atom.whole for atom in touched):
            return False
    return True


def _old_words(old: Element) -> list[Atom]:
    """The old paragraph's words, each with a run of its own (on a copy: the old paragraph
    may be compared again)."""
    return atoms_of(copy.deepcopy(old), cut=True)


def _deleted_runs(atom: Atom) -> list[Element]:
    """Deleted runs showing `atom`: a field shows its result as plain text."""
    if atom.key != FIELD:
        return [as_deleted(copy.deepcopy(r)) for r in atom.runs]
    shown = "".join(t.text or "" for r in atom.runs for t in r.iter(ooxml.T))
    return [as_deleted(ooxml.run(shown))]


def _place(gone: list[Element], after: list[Atom], at: int, new: Element, marker: Marker) -> None:
    """Put the deleted runs `gone` in a w:del just before the new paragraph's word `at` (in its
    control), else after the last word, else at the end of the paragraph."""
    change = marker.change("del")
    change.extend(gone)
    if at < len(after):
        after[at].runs[0].addprevious(change)
    elif after:
        after[-1].runs[-1].addnext(change)
    else:
        new.append(change)
