"""Content controls that LibreOffice 7.4 and 25.2 keep (export/controls.py): inline and plain
text, none around paragraphs, a field, a bookmark or another control; every tag a model path."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from lxml import etree
from sla_designer.resources import templates_folder

from sla_designer.catalog import load_catalog
from sla_designer.export import build_docx
from sla_designer.export.preview import preview_html
from sla_designer.io import load_agreement
from sla_designer.model import Agreement
from sla_designer.model.tags import resolve_tag, with_ids

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
TEMPLATES = [entry.name for entry in load_catalog()]


@pytest.fixture(
    scope="module", params=[(n, lang) for n in TEMPLATES for lang in ("en", "pt-BR")], ids=str
)
def exported(request: pytest.FixtureRequest) -> tuple[Agreement, etree._Element, str]:
    name, language = request.param
    agreement = load_agreement(str(templates_folder() / f"{name}.yaml"))
    agreement = agreement.model_copy(update={"language": language})
    with zipfile.ZipFile(io.BytesIO(build_docx(agreement))) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    return agreement, body, preview_html(agreement)


def test_controls_are_inline_plain_text_around_runs_only(
    exported: tuple[Agreement, etree._Element, str],
) -> None:
    _, body, _ = exported
    controls = body.findall(".//w:sdt", NS)
    assert controls
    for sdt in controls:
        tag = sdt.find("w:sdtPr/w:tag", NS).get(f"{{{W}}}val")
        # Inline: a child of a paragraph, so never around paragraphs, tables or another control.
        assert etree.QName(sdt.getparent()).localname == "p", tag
        assert sdt.find("w:sdtPr/w:text", NS) is not None, tag
        inside = {etree.QName(node).localname for node in sdt.find("w:sdtContent", NS)}
        assert inside == {"r"}, (tag, inside)
        held = {etree.QName(node).localname for node in sdt.iterfind(".//w:r/*", NS)}
        assert held <= {"rPr", "t", "tab", "br"}, (tag, held)  # no field, no page break


def test_every_tag_is_a_path_into_the_agreement(
    exported: tuple[Agreement, etree._Element, str],
) -> None:
    agreement, body, _ = exported
    tags = {t.get(f"{{{W}}}val") for t in body.iterfind(".//w:sdt/w:sdtPr/w:tag", NS)}
    for tag in tags:
        assert resolve_tag(agreement, tag) is not None, tag
        # Items that have an id are named by it, so a review survives a reorder.
        assert not re.search(r"(metrics|parties|calendars|priorities)\[\d", tag), tag


def test_every_value_and_clause_of_the_preview_keeps_its_tag(
    exported: tuple[Agreement, etree._Element, str],
) -> None:
    agreement, body, preview = exported
    tags = {t.get(f"{{{W}}}val") for t in body.iterfind(".//w:sdt/w:sdtPr/w:tag", NS)}
    shown = {_unescape(path) for path in re.findall(r'data-path="([^"]*)"', preview)}
    assert {with_ids(agreement, tag) for tag in shown} == tags
    # A paragraph of a clause has its generated text in controls: only text in direct
    # formatting (a bold lead-in), fields and bookmarks stand outside them.
    clauses = {
        with_ids(agreement, _unescape(path))
        for path in re.findall(r'<div data-path="([^"]*)"', preview)
    }
    assert clauses
    for p in body.iter(f"{{{W}}}p"):
        held = {t.get(f"{{{W}}}val") for t in p.iterfind("w:sdt/w:sdtPr/w:tag", NS)}
        if not held & clauses:
            continue
        for run in p.iterfind("w:r", NS):
            properties = run.find("w:rPr", NS)
            formatted = properties is not None and len(properties) > 0
            field = _in_field(run) or any(
                run.find(f"w:{name}", NS) is not None for name in ("fldChar", "instrText")
            )
            # A space before a control stays outside it (a wrapped line swallows it there).
            blank = not "".join(run.itertext()).strip()
            assert formatted or field or blank, etree.tostring(run)


def _in_field(run: etree._Element) -> bool:
    """Whether `run` is the shown result of a field (between its separate and end)."""
    for before in run.itersiblings(preceding=True):
        character = before.find("w:fldChar", NS)
        if character is not None:
            return bool(character.get(f"{{{W}}}fldCharType") == "separate")
    return False


def _unescape(text: str) -> str:
    return text.replace("&quot;", '"').replace("&#x27;", "'").replace("&amp;", "&")
