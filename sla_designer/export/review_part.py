"""What a review of the exported contract needs, written into the .docx (review/baseline.py):
tags that name items by id, and a custom XML part with the agreement and the text as exported.
"""

from __future__ import annotations

import uuid

import docx.document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from sla_designer.export.ooxml import Element
from sla_designer.io import dumps_agreement
from sla_designer.model import Agreement
from sla_designer.model.tags import with_ids
from sla_designer.review.baseline import NAMESPACE, record_xml
from sla_designer.review.wordml import Paragraph

_ITEM_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_DATASTORE = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"


class ItemNames:
    """The name of a control's tag: its model path with list items named by id (`with_ids`),
    for one agreement, each prefix worked out once: a contract's tags are a few thousand
    fields of a few hundred items ('metrics[3].targets[1].time')."""

    def __init__(self, agreement: Agreement) -> None:
        self.agreement = agreement
        self.done: dict[str, str] = {}

    def __call__(self, tag: str) -> str:
        found = self.done.get(tag)
        if found is None:
            head, dot, name = tag.rpartition(".")
            if dot and head and name.isidentifier():
                # A field of the item or section `head`: only the indexes in `head` change.
                found = f"{self(head)}.{name}"
            else:
                found = with_ids(self.agreement, tag)
            self.done[tag] = found
        return found


def add_review_part(
    document: docx.document.Document,
    blocks: list[Element],
    agreement: Agreement,
    redline: tuple[str, str] | None = None,
    read: list[Paragraph] | None = None,
) -> None:
    """Store the agreement and the text of the body's `blocks` as exported, for a review (read
    before they join python-docx's tree, where every element access costs a proxy object).
    A redline's `blocks` are the new version's before its changes are marked, and `redline`
    the author and date of the changes it marks; `read`: the blocks' paragraphs as
    review/wordml.py reads them, when read already."""
    record = record_xml(blocks, dumps_agreement(agreement), agreement.language, redline, read)
    package = document.part.package
    item = Part(PackURI("/customXml/item1.xml"), "application/xml", record, package)
    props = Part(
        PackURI("/customXml/itemProps1.xml"), _ITEM_PROPS_TYPE, _item_properties(), package
    )
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT.CUSTOM_XML)


def _item_properties() -> bytes:
    item_id = "{" + str(uuid.uuid4()).upper() + "}"
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<ds:datastoreItem ds:itemID="{item_id}" xmlns:ds="{_DATASTORE}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{NAMESPACE}"/></ds:schemaRefs>'
        "</ds:datastoreItem>"
    ).encode()
