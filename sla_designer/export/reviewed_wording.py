"""The reviewer's wording in the Word contract: paragraphs a legal reviewer rewrote, deleted or
added after, printed as the agreement keeps them (model/reviewed_wording.py).

A paragraph is found by what a review sees of it (review/wordml.py): the tag of its clause and
its whole text as generated. It keeps its properties (style, numbering) and bookmarks, so a
reference to it still shows its number; its text becomes one plain-text control tagged with the
clause, the shape controls.py explains, so a review of the new document reads it as the clause's
text and finds nothing changed. A lead-in in direct formatting that the reviewer kept (a sole
paragraph's label, a defined term in bold) stays as it was. Paragraphs the reviewer added follow
it, in its style, without its bookmarks; an empty wording removes it.

The same look-up serves validation: `generated_paragraphs` lists every paragraph the export
writes, so a wording whose paragraph is no longer generated (its clause's data changed) is said.
"""

from __future__ import annotations

import copy
import difflib
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from sla_designer.export import ooxml
from sla_designer.export.builder import ExportError
from sla_designer.export.ooxml import Element
from sla_designer.model import Agreement, ReviewedWording
from sla_designer.model.tags import with_ids
from sla_designer.review.wordml import Paragraph, paragraphs

if TYPE_CHECKING:
    from sla_designer.export.html_target import HtmlTarget
    from sla_designer.export.said import Said

_SDT, _SDT_CONTENT, _SDT_PR, _TAG, _ALIAS = (
    ooxml.w(name) for name in ("sdt", "sdtContent", "sdtPr", "tag", "alias")
)
_BLOCKS = {ooxml.w(name) for name in ("body", "tbl", "tr", "tc", "sdtContent", "customXml")}
_CHANGES = {ooxml.w(name) for name in ("ins", "del", "moveTo", "moveFrom")}
_BOOKMARKS = {ooxml.w("bookmarkStart"), ooxml.w("bookmarkEnd")}
_FIELD_PARTS = {ooxml.w(name) for name in ("fldChar", "instrText", "fldSimple")}

Key = tuple[str | None, str]
"""A paragraph as a reviewer's wording names it: its clause's tag and its generated text."""


def clause_of(paragraph: Paragraph) -> str | None:
    """The tag of the first control of generated text in `paragraph` (not a value's): the
    clause it belongs to, as the review's baseline names it."""
    return next((s.tag for s in paragraph.segments if s.tag and not s.value), None)


def key_of(paragraph: Paragraph) -> Key | None:
    """(clause, text) of `paragraph`; None for one without text outside fields, which the
    review's baseline leaves out (an empty paragraph, a table of contents' entry)."""
    if not any(s.after.strip() for s in paragraph.segments if not s.field):
        return None
    return clause_of(paragraph), paragraph.text()


def apply_reviewed_wording(
    blocks: list[Element], agreement: Agreement, new_id: Callable[[], int]
) -> None:
    """Print the agreement's reviewed wording in the body `blocks` (changed in place): each
    paragraph one names is reworded, removed, or followed by the paragraphs added after it."""
    if not agreement.reviewed_wording:
        return
    wanted: dict[Key, ReviewedWording] = {
        (e.clause, e.generated): e for e in agreement.reviewed_wording
    }
    read = paragraphs(blocks)
    elements = list(_paragraph_elements(blocks))
    if len(read) != len(elements):
        raise ExportError("the paragraphs of the body and of its reading are out of step")
    for p, paragraph in zip(elements, read, strict=True):
        key = key_of(paragraph)
        entry = None if key is None else wanted.get(key)
        if key is not None and entry is not None:
            _reword(blocks, p, key[0], entry.paragraphs(), new_id)


def generated_keys(agreement: Agreement) -> frozenset[Key]:
    """The clause and text of every paragraph the Word contract of `agreement` writes before
    its reviewed wording is printed: what a reviewer's wording can name.

    Read from the preview's writing of the contract (said.py), which gives the same paragraphs
    as the Word document's at a fraction of the cost: validation asks after each edit. The last
    few are kept, by the agreement's content less its reviewed wording (editing a wording does
    not change what is generated); the preview leaves its own here too."""
    key = agreement.model_dump_json(exclude={"reviewed_wording"})
    found = _KEYS.get(key)
    if found is None:
        from sla_designer.export.contract import write_contract
        from sla_designer.export.html_target import HtmlTarget

        target = HtmlTarget()
        ctx = write_contract(agreement, target)
        found = _keys_of(agreement, target, ctx.t("cover.contents"))
    _remember(key, found)
    return found


def current_paragraph(agreement: Agreement, entry: ReviewedWording) -> str | None:
    """The paragraph of the entry's clause the export writes now that reads most like the one
    the reviewer's wording replaced, and that no other wording names: where to keep the
    reviewer's words once the agreement changed that paragraph. None when the clause has none."""
    named = {(e.clause, e.generated) for e in agreement.reviewed_wording}
    candidates = sorted(
        text
        for clause, text in generated_keys(agreement)
        if clause == entry.clause and (clause, text) not in named
    )
    if not candidates:
        return None

    def likeness(text: str) -> float:
        return difflib.SequenceMatcher(None, entry.generated, text, autojunk=False).ratio()

    return max(candidates, key=likeness)


def preview_wording(
    agreement: Agreement, target: HtmlTarget, contents: str
) -> Callable[[str | None, str], list[str] | None]:
    """What the preview prints for a paragraph of `target` (its clause's tag, index form, and
    its text): the reviewer's paragraphs, or None for the generated one."""
    wanted = {(e.clause, e.generated): e for e in agreement.reviewed_wording}
    ids: dict[str, str] = {}

    def wording(tag: str | None, text: str) -> list[str] | None:
        if tag is not None:
            tag = ids.get(tag) or ids.setdefault(tag, with_ids(agreement, tag))
        entry = wanted.get((tag, text))
        return None if entry is None else entry.paragraphs()

    key = agreement.model_dump_json(exclude={"reviewed_wording"})
    if key not in _KEYS:
        _remember(key, _keys_of(agreement, target, contents))
    return wording


def _keys_of(agreement: Agreement, target: HtmlTarget, contents: str) -> frozenset[Key]:
    """The paragraphs of the contract written to `target`, as the Word document names them:
    tags with items by id, and the table of contents' heading, which only Word has."""
    return frozenset({(None, contents), *(key for _, key in keyed_paragraphs(agreement, target))})


def keyed_paragraphs(agreement: Agreement, target: HtmlTarget) -> Iterator[tuple[Said, Key]]:
    """Each paragraph of the contract written to `target` with its key as the Word document
    names it: its clause's tag with items by id, and its text."""
    ids: dict[str, str] = {}
    for said, (tag, text) in target.paragraphs():
        named = (
            None if tag is None else ids.get(tag) or ids.setdefault(tag, with_ids(agreement, tag))
        )
        yield said, (named, text)


def _remember(key: str, found: frozenset[Key]) -> None:
    with _LOCK:  # the editor's preview writes here from its worker thread
        _KEYS.pop(key, None)
        _KEYS[key] = found
        while len(_KEYS) > 4:
            del _KEYS[next(iter(_KEYS))]


_LOCK = threading.Lock()
_KEYS: dict[str, frozenset[Key]] = {}
"""The paragraphs of the last contracts written, by the agreement's content, oldest first."""


def _paragraph_elements(node: Sequence[Element] | Element) -> Iterator[Element]:
    """The w:p elements in the order review/wordml.py reads them."""
    for child in node:
        kind = child.tag
        if kind == ooxml.P:
            yield child
        elif kind == _SDT:
            inner = child.find(_SDT_CONTENT)
            if inner is not None:
                yield from _paragraph_elements(inner)
        elif kind in _BLOCKS or kind in _CHANGES:
            yield from _paragraph_elements(child)


def _reword(
    blocks: list[Element],
    p: Element,
    clause: str | None,
    texts: list[str],
    new_id: Callable[[], int],
) -> None:
    if not texts:
        _remove(blocks, p)
        return
    alias = _alias_of(p, clause)
    properties = p.find(ooxml.PPR)
    kept_lead = _lead_in(p, texts[0])
    lead_text = "".join(_run_text(run) for run in kept_lead)
    starts = [child for child in p if child.tag == ooxml.w("bookmarkStart")]
    ends = [child for child in p if child.tag == ooxml.w("bookmarkEnd")]
    for child in list(p):
        p.remove(child)
    if properties is not None:
        p.append(properties)
    p.extend(starts)
    p.extend(kept_lead)
    _write(p, texts[0][len(lead_text) :], clause, alias, new_id)
    p.extend(ends)
    after = p
    for text in texts[1:]:
        added = ooxml.el("p")
        if properties is not None:
            added_properties = copy.deepcopy(properties)
            for page_break in added_properties.findall(ooxml.w("pageBreakBefore")):
                added_properties.remove(page_break)
            added.append(added_properties)
        _write(added, text, clause, alias, new_id)
        _insert_after(blocks, after, added)
        after = added


def _write(
    p: Element, text: str, clause: str | None, alias: str, new_id: Callable[[], int]
) -> None:
    """`text` at the end of `p`, in a control tagged `clause` (plain runs outside every clause);
    a space that opens it stays outside, as controls.py keeps it."""
    if not text:
        return
    if clause is None:
        p.append(ooxml.run(text))
        return
    if text[0] == " ":
        p.append(ooxml.run(" "))
        text = text[1:]
        if not text:
            return
    runs = [ooxml.run(text)]
    p.append(ooxml.inline_control(clause, alias, runs, new_id(), multiline="\n" in text))


def _alias_of(p: Element, clause: str | None) -> str:
    """The alias of the clause's controls in `p` (its title), which is never the tag itself: a
    control whose alias is its tag holds a value."""
    for sdt in p.iter(_SDT):
        props = sdt.find(_SDT_PR)
        tag = None if props is None else props.find(_TAG)
        alias = None if props is None else props.find(_ALIAS)
        if tag is not None and alias is not None and tag.get(ooxml.VAL) == clause:
            name = str(alias.get(ooxml.VAL) or "")
            if name != clause:
                return name
    return ""


def _lead_in(p: Element, text: str) -> list[Element]:
    """The runs in direct formatting that open `p` and that the reviewer's `text` still opens
    with (a sole paragraph's label, a bold term), leaving some text for the control."""
    kept: list[Element] = []
    rest = text
    for child in p:
        if child.tag in (ooxml.PPR, *_BOOKMARKS):
            continue
        if child.tag != ooxml.R or child.find(ooxml.RPR) is None or _is_field(child):
            break
        words = _run_text(child)
        if not words or not rest.startswith(words) or len(rest) == len(words):
            break
        kept.append(child)
        rest = rest[len(words) :]
    return kept


def _is_field(run: Element) -> bool:
    return any(child.tag in _FIELD_PARTS for child in run)


def _run_text(run: Element) -> str:
    pieces: list[str] = []
    for child in run:
        if child.tag == ooxml.T:
            pieces.append(child.text or "")
        elif child.tag == ooxml.w("tab"):
            pieces.append("\t")
        elif child.tag == ooxml.w("br"):
            pieces.append("\n")
    return "".join(pieces)


def _remove(blocks: list[Element], p: Element) -> None:
    parent = p.getparent()
    if parent is None:
        blocks.remove(p)
        return
    if parent.tag == ooxml.w("tc") and len(parent.findall(ooxml.P)) == 1:
        # A table cell ends with a paragraph: an empty one stays.
        for child in list(p):
            if child.tag != ooxml.PPR:
                p.remove(child)
        return
    parent.remove(p)


def _insert_after(blocks: list[Element], p: Element, added: Element) -> None:
    if p.getparent() is None:
        blocks.insert(next(i for i, block in enumerate(blocks) if block is p) + 1, added)
    else:
        p.addnext(added)
