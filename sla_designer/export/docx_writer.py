"""Export an agreement as a Word contract built on resources/word/reference.docx."""

from __future__ import annotations

import copy
import datetime as dt
import io
import os
from dataclasses import dataclass, field
from typing import Literal

import docx
from docx.shared import Twips

from sla_designer.export import ooxml
from sla_designer.export.builder import ExportError
from sla_designer.export.context import ExportContext
from sla_designer.export.contract import write_contract
from sla_designer.export.docx_target import DocxTarget
from sla_designer.export.furniture import fill_footer, fill_header, table_of_contents
from sla_designer.export.ooxml import Element
from sla_designer.export.redline import block_keys, mark_changes
from sla_designer.export.review_part import ItemNames, add_review_part
from sla_designer.export.reviewed_wording import apply_reviewed_wording
from sla_designer.export.tracked import Marker, export_time
from sla_designer.io import SaveError, write_bytes_atomically
from sla_designer.model import Agreement
from sla_designer.resources import resource
from sla_designer.review.collection import collection_paused
from sla_designer.review.wordml import Paragraph, paragraphs
from sla_designer.text.values import Problem

Paper = Literal["A4", "Letter"]
# (width, height, margin) in twips.
PAPER_SIZES: dict[str, tuple[int, int, int]] = {
    "A4": (11906, 16838, 1417),
    "Letter": (12240, 15840, 1440),
}


@dataclass(frozen=True, slots=True)
class Redline:
    """What a redline marks its changes against, and under which name and time."""

    against: Agreement
    author: str
    date: str = field(default_factory=export_time)


@collection_paused
def build_docx(
    agreement: Agreement,
    language: str | None = None,
    paper: Paper = "A4",
    draft: bool = False,
    redline: Redline | None = None,
) -> bytes:
    """The .docx file of an agreement, as bytes.

    `draft` marks the document DRAFT even when its status is final (the agreement has errors).
    With `redline`, the document shows the changes since `redline.against` as tracked changes
    (export/redline.py).
    """
    if paper not in PAPER_SIZES:
        raise ExportError(Problem("files.export.paper", paper=repr(paper)))
    if language is not None and language != agreement.language:
        agreement = agreement.model_copy(update={"language": language})
    document = docx.Document(io.BytesIO(resource("word", "reference.docx").read_bytes()))
    width, height, margin = PAPER_SIZES[paper]
    section = document.sections[0]
    section.page_width, section.page_height = Twips(width), Twips(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Twips(margin))

    text_width = width - 2 * margin
    numbering = document.part.numbering_part.element
    old_numbering = copy.deepcopy(numbering) if redline is not None else None
    early = redline is not None and compared_untagged(agreement, redline.against)
    ctx, target, blocks = _contract(agreement, numbering, text_width, tag=not early)
    new_keys = None
    if early:  # the blocks' keys before their text is tagged, as the old version's will be
        new_keys = block_keys(blocks)
        target.tag_text()
    body = document.element.body
    section_properties = body.find(ooxml.w("sectPr"))
    for child in list(body):
        if child is not section_properties:
            body.remove(child)
    apply_reviewed_wording(blocks, agreement, target.new_id)
    made = None if redline is None else (redline.author, redline.date)
    read = None if redline is None else paragraphs(blocks)  # for the review part and the pairing
    add_review_part(document, blocks, agreement, made, read)
    if redline is not None and old_numbering is not None and read is not None:
        new = _New(blocks, read, target, new_keys)
        blocks = _marked(redline, agreement, new, (numbering, old_numbering), text_width)
    for position, block in enumerate(blocks):
        body.insert(position, block)

    is_draft = draft or agreement.status in ("draft", "in_review")
    fill_header(ctx, section.header.part.element, is_draft, text_width)
    fill_footer(ctx, section.footer.part.element, text_width)
    _tag_language(document, ctx.t("formats.tag"))
    _ask_for_field_update(document)
    _core_properties(document, ctx)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def export_docx(
    agreement: Agreement,
    path: str | os.PathLike[str],
    language: str | None = None,
    paper: Paper = "A4",
    draft: bool = False,
    *,
    redline: Redline | None = None,
) -> None:
    """Write the Word contract of `agreement` to `path`, atomically (a redline with
    `redline`).

    Raises ExportError when the document cannot be built or written.
    """
    data = build_docx(agreement, language=language, paper=paper, draft=draft, redline=redline)
    try:
        write_bytes_atomically(path, data)
    except SaveError as error:
        raise ExportError(Problem("files.export.not_written", error=error)) from None


def generated_blocks(agreement: Agreement) -> list[Element]:
    """The body of the Word contract as generated, before any reviewed wording is printed: the
    paragraphs a reviewer's wording names (no Word file is made)."""
    width, _, margin = PAPER_SIZES["A4"]
    return _contract(agreement, ooxml.el("numbering"), width - 2 * margin)[2]


def compared_untagged(new: Agreement, old: Agreement) -> bool:
    """Whether a redline compares the two versions' blocks before their generated text is
    tagged: then the old version's blocks written as the new version's are never tagged (most
    of them: a negotiation round changes little). Not when either prints reviewed wording,
    which finds its paragraphs by their tags."""
    return not (new.reviewed_wording or old.reviewed_wording)


@dataclass(frozen=True, slots=True)
class _New:
    """The new version's contract as a redline marks it."""

    blocks: list[Element]
    read: list[Paragraph]
    """Its paragraphs as review/wordml.py reads them."""
    target: DocxTarget
    keys: list[object] | None
    """The keys of its blocks before their text was tagged, when the old version's is tagged
    late (DocxTarget.tag_text); None: the blocks are compared as they are."""


def _marked(
    redline: Redline,
    agreement: Agreement,
    new: _New,
    numberings: tuple[Element, Element],
    text_width: int,
) -> list[Element]:
    """The redline's body: the new version's blocks marked against the old version's."""
    numbering, old_numbering = numberings
    old = redline.against.model_copy(update={"language": agreement.language})
    early = new.keys is not None
    _, old_target, old_blocks = _contract(old, old_numbering, text_width, tag=not early)
    apply_reviewed_wording(old_blocks, old, old_target.new_id)
    marker = Marker(redline.author, redline.date, new.target.new_id)
    return mark_changes(
        old_blocks,
        new.blocks,
        marker,
        numbering,
        old_numbering,
        new_reading=new.read,
        keys=None if new.keys is None else (block_keys(old_blocks), new.keys),
        finish_old=old_target.tag_text if early else None,
    )


def _contract(
    agreement: Agreement, numbering: Element, text_width: int, *, tag: bool = True
) -> tuple[ExportContext, DocxTarget, list[Element]]:
    """The contract's body blocks, their tags naming list items by id, and how they were made
    (not `tag`: their generated text not yet tagged, see DocxTarget.tag_text)."""
    target = DocxTarget(numbering, text_width, ItemNames(agreement))
    ctx = write_contract(agreement, target)
    return ctx, target, _arrange(ctx, target, tag)


def _arrange(ctx: ExportContext, target: DocxTarget, tag: bool = True) -> list[Element]:
    """Cover, table of contents, then the clauses (after the preamble of a Brazilian contract,
    in the style Normal) starting on a new page."""
    blocks = target.finish(tag=tag)
    first_clause = next(
        (i for i, block in enumerate(blocks) if _style_of(block) in ("Heading1", "Normal")),
        len(blocks),
    )
    if first_clause < len(blocks):
        blocks[first_clause].find(ooxml.PPR).insert(1, ooxml.el("pageBreakBefore"))
    toc = table_of_contents(ctx, target)
    return blocks[:first_clause] + toc + blocks[first_clause:]


def _style_of(block: Element) -> str | None:
    style = block.find(f"{ooxml.PPR}/{ooxml.w('pStyle')}")
    return None if style is None else str(style.get(ooxml.VAL))


def _tag_language(document: docx.document.Document, tag: str) -> None:
    """Spell-check in the contract's language: the default run language in styles.xml."""
    defaults = document.styles.element.find(
        f"{ooxml.w('docDefaults')}/{ooxml.w('rPrDefault')}/{ooxml.RPR}"
    )
    lang = defaults.find(ooxml.w("lang"))
    if lang is None:
        lang = ooxml.sub(defaults, "lang")
    lang.set(ooxml.VAL, tag)


def _ask_for_field_update(document: docx.document.Document) -> None:
    """Word refreshes the TOC page numbers and references when the file is opened."""
    settings = document.settings.element
    if settings.find(ooxml.w("updateFields")) is not None:
        return
    update = ooxml.el("updateFields", val="true")
    compat = settings.find(ooxml.w("compat"))
    if compat is not None:
        compat.addprevious(update)
    else:
        settings.append(update)


def _core_properties(document: docx.document.Document, ctx: ExportContext) -> None:
    a, t = ctx.agreement, ctx.t
    props = document.core_properties
    props.title = a.title[:255]
    props.subject = t(f"kinds.{a.kind}")
    provider = ctx.party_of_role("provider") or (a.parties[0] if a.parties else None)
    props.author = provider.legal_name[:255] if provider else ""
    props.version = a.version
    props.keywords = ", ".join(x for x in (t("keywords"), a.reference) if x)
    props.language = t("formats.tag")
    props.identifier = a.reference
    props.comments = ""
    props.last_modified_by = props.author
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.created = now
    props.modified = now
    props.revision = 1
