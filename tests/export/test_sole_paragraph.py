"""'Parágrafo único': a clause's only subclause in a Brazilian contract, in Word and the preview."""

from __future__ import annotations

import io
import re

import docx
import pytest
from sla_designer.resources import resource, templates_folder

from sla_designer.export import build_docx
from sla_designer.export.builder import Citations, ContractTarget
from sla_designer.export.docx_target import DocxTarget, bookmark_name
from sla_designer.export.html_target import HtmlTarget
from sla_designer.export.preview import preview_html
from sla_designer.io import load_agreement
from sla_designer.model import Agreement

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
PT_BR = Citations(
    clause="cláusula {number}",
    sole_label="Parágrafo único.",
    sole_citation="parágrafo único da cláusula {number}",
)
# The monthly report's clause (8.1) has one subclause and no text of its own; the credits clause
# (9.3) has five.
REPORT = "Este relatório será elaborado pela CONTRATADA"


def _it_service_desk(language: str) -> Agreement:
    agreement = load_agreement(str(templates_folder() / "it-service-desk.yaml"))
    return agreement.model_copy(update={"language": language})


def _paragraph(data: bytes, starting: str) -> tuple[str, str, bool]:
    """(style, text, has its own numbering) of the first body paragraph containing `starting`."""
    body = docx.Document(io.BytesIO(data)).element.body
    for p in body.iter(f"{{{W}}}p"):
        text = "".join(p.xpath(".//w:t/text()"))
        if starting in text:
            style = "".join(p.xpath("./w:pPr/w:pStyle/@w:val"))
            return style, text, bool(p.xpath("./w:pPr/w:numPr"))
    raise AssertionError(f"no paragraph with {starting!r}")


def test_a_subclause_alone_under_a_bare_heading_keeps_its_number() -> None:
    # "8.1 Relatório mensal / Parágrafo único. Este relatório ..." would follow no caput: the
    # paragraph is the clause's only text.
    style, text, numbered = _paragraph(build_docx(_it_service_desk("pt-BR")), REPORT)
    assert text.startswith(REPORT)
    assert (style, numbered) == ("ClauseText3", True)
    # Subclauses with siblings keep their numbers.
    style, text, numbered = _paragraph(build_docx(_it_service_desk("pt-BR")), "Falha recorrente")
    assert (style, numbered) == ("ClauseText3", True)
    assert "único" not in text


def test_english_keeps_the_number() -> None:
    data = build_docx(_it_service_desk("en"))
    style, text, numbered = _paragraph(data, "This report is prepared")
    assert (style, numbered) == ("ClauseText3", True)
    assert "Sole paragraph" not in text and "único" not in text


@pytest.mark.parametrize("language", ["pt-BR", "en"])
def test_preview_matches_the_word_document(language: str) -> None:
    html = preview_html(_it_service_desk(language))
    assert '<b class="sole">Parágrafo único.</b> ' not in html
    assert '<span class="num">8.1.1</span>' in html
    assert '<span class="num">9.3.2</span>' in html


def _outline(target: ContractTarget) -> None:
    """Clause 1.1 with its caput and one subclause (referred to twice), clause 1.2 with two,
    clause 1.3 with one and no caput."""
    target.heading(1, "Obrigações")
    target.heading(2, "Relatórios")
    target.body(["A CONTRATADA enviará relatórios."])
    target.clause(["O relatório é mensal."], key="report")
    target.heading(2, "Reuniões", key="meetings")
    target.clause(["As reuniões são mensais."])
    target.clause(["A pauta é livre."], key="agenda")
    target.heading(2, "Auditorias")
    target.clause(["As auditorias são anuais."], key="audit")
    target.body(["Ver ", *target.ref("report"), "."])
    target.body(["Conforme ", *target.cite("report"), "."])
    target.body(["Conforme ", *target.cite("agenda"), " e ", *target.cite("meetings"), "."])
    target.body(["Conforme ", *target.cite("audit"), "."])


def test_word_citation_names_the_clause_and_points_at_its_heading() -> None:
    numbering = docx.Document(io.BytesIO(resource("word", "reference.docx").read_bytes()))
    target = DocxTarget(numbering.part.numbering_part.element, 9000)
    target.citations = PT_BR
    _outline(target)
    blocks = target.finish()
    texts = ["".join(b.xpath(".//w:t/text()", namespaces=NS)) for b in blocks]
    assert "Ver parágrafo único da cláusula 1.1." in texts
    assert "Conforme parágrafo único da cláusula 1.1." in texts
    assert "Conforme cláusula 1.2.2 e cláusula 1.2." in texts
    assert "Conforme cláusula 1.3.1." in texts
    # The field shows the number of heading 1.1, which is bookmarked for it.
    heading = blocks[1]
    name = heading.find(f"{{{W}}}bookmarkStart").get(f"{{{W}}}name")
    instructions = [i.text for i in blocks[10].iter(f"{{{W}}}instrText")]
    assert instructions == [f" REF {name} \\r \\h "]
    assert name not in {bookmark_name(1), bookmark_name(2), bookmark_name(3)}


def test_preview_citation_links_to_the_paragraph() -> None:
    target = HtmlTarget()
    target.citations = PT_BR
    _outline(target)
    html = target.finish()
    assert re.search(r'<p class="clause" id="report"><b class="sole">Parágrafo único\.</b> ', html)
    assert 'Ver <a class="ref" href="#report">parágrafo único da cláusula 1.1</a>.' in html
    assert 'Conforme cláusula <a class="ref" href="#agenda">1.2.2</a>' in html
    assert '<span class="num">1.2.1</span>' in html
    assert '<span class="num">1.3.1</span>' in html and "Auditorias" in html


def test_a_top_level_clause_keeps_its_paragraph_numbered() -> None:
    # "CLÁUSULA 12 – DO FORO / Parágrafo único." would have no main text before it.
    _style, text, numbered = _paragraph(build_docx(_it_service_desk("pt-BR")), "Fica eleito")
    assert not text.startswith("Parágrafo único")
    assert numbered
