"""The HTML preview: the Word document's clause numbers and headings, escaped text, anchors."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import docx
import pytest
from sla_designer.resources import templates_folder

from sla_designer.export import build_docx
from sla_designer.export.preview import preview_html
from sla_designer.io import load_agreement
from sla_designer.model import Agreement

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
HEADING_LEVELS = {"Heading1": 1, "Heading2": 2, "Heading3": 3}
CLAUSE_LEVELS = {"ClauseText2": 2, "ClauseText3": 3}


def _load(name: str) -> Agreement:
    return load_agreement(str(templates_folder() / name))


def _docx_headings(data: bytes) -> list[str]:
    """Headings of the .docx as a reader sees them: numbers counted as Word counts them.

    The number is not in the text (numbering.xml supplies it), so it is counted here from the
    heading styles and the numbered clause paragraphs, which share the clause list.
    """
    body = docx.Document(io.BytesIO(data)).element.body
    levels = [0, 0, 0]
    headings = []
    for p in body.iter(f"{{{W}}}p"):
        style = "".join(p.xpath("./w:pPr/w:pStyle/@w:val"))
        text = "".join(p.xpath(".//w:t/text()"))
        level = HEADING_LEVELS.get(style) or CLAUSE_LEVELS.get(style)
        if level is not None:
            levels[level - 1] += 1
            levels[level:] = [0] * (3 - level)
            if style in HEADING_LEVELS:
                headings.append(".".join(map(str, levels[:level])) + " " + text)
        elif style == "AnnexHeading":
            headings.append(text)
    return headings


class _Headings(HTMLParser):
    """Text of every h1-h3, and every id."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self.ids: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids += [v for k, v in attrs if k == "id" and v]
        if tag in ("h1", "h2", "h3"):
            self._inside = True
            self.headings.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2", "h3"):
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.headings[-1] += data


def _parse(html: str) -> _Headings:
    parser = _Headings()
    parser.feed(html)
    return parser


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("saas-availability.yaml", "en"),
        ("managed-services.yaml", "pt-BR"),
        ("contact-centre.yaml", "pt-BR"),
        ("contact-centre.yaml", "en"),
    ],
)
def test_headings_and_numbers_equal_the_word_document(name: str, language: str) -> None:
    agreement = _load(name)
    expected = _docx_headings(build_docx(agreement, language=language))
    shown = _parse(preview_html(agreement, language=language)).headings
    assert len(expected) > 10
    assert shown == expected


def test_top_level_clauses_carry_their_model_section() -> None:
    parsed = _parse(preview_html(_load("saas-availability.yaml")))
    for section in ("parties", "service", "metrics", "remedies", "signing", "revisions"):
        assert f"sec-{section}" in parsed.ids
    assert "metric-api-availability" in parsed.ids
    assert len(parsed.ids) == len(set(parsed.ids))


def test_references_link_to_their_clause_with_its_number() -> None:
    html = preview_html(_load("saas-availability.yaml"))
    links = re.findall(r'<a class="ref" href="#([^"]+)">([^<]+)</a>', html)
    assert links
    for target, shown in links:
        match = re.search(rf'id="{re.escape(target)}"[^>]*>(?:<span class="num">)?([^<]+)', html)
        assert match is not None, target
        assert match.group(1).strip().startswith(shown)


def test_markup_characters_are_escaped() -> None:
    tricky = "A & B <script>alert(1)</script> \"q\" 'single' café 🚀"
    agreement = _load("saas-availability.yaml")
    party = agreement.parties[0].model_copy(update={"legal_name": tricky})
    agreement = agreement.model_copy(update={"title": tricky, "parties": [party]})
    html = preview_html(agreement)
    assert "<script>" not in html
    escaped = "A &amp; B &lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &#x27;single&#x27;"
    assert escaped in html
    assert "café 🚀" in html


@pytest.mark.parametrize(
    ("language", "tag", "heading", "party_label"),
    [
        ("en", "en-GB", "Service levels", "the Provider"),
        ("pt-BR", "pt-BR", "Dos níveis de serviço", "CONTRATADA"),
    ],
)
def test_both_languages(language: str, tag: str, heading: str, party_label: str) -> None:
    html = preview_html(_load("saas-availability.yaml"), language=language)
    assert f'lang="{tag}"' in html
    assert re.search(rf'<h1 id="sec-metrics"><span class="num">\d+</span> {heading}</h1>', html)
    assert party_label in html
