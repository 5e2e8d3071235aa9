"""The Word contract: content of every starter template in both languages, markup, structure."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from lxml import etree
from sla_designer.resources import templates_folder

from sla_designer.export import build_docx, export_docx
from sla_designer.export.annexes import example_value
from sla_designer.export.docx_writer import PAPER_SIZES
from sla_designer.export.formatting import Formats
from sla_designer.export.wording import load_wording
from sla_designer.io import load_agreement
from sla_designer.model import Agreement, Witness

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
TEMPLATES = sorted(p.name for p in templates_folder().iterdir() if p.name.endswith(".yaml"))
TEMPLATES = [name for name in TEMPLATES if name != "catalog.yaml"]


def _load(name: str) -> Agreement:
    return load_agreement(str(templates_folder() / name))


def _paragraphs(data: bytes) -> list[str]:
    """Text of every body paragraph (including those in content controls and tables)."""
    document = docx.Document(io.BytesIO(data))
    return [
        "".join(p.xpath(".//w:t/text()"))  # python-docx elements know the w: prefix
        for p in document.element.body.iter(f"{{{W}}}p")
    ]


def _part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


@pytest.fixture(scope="module", params=[(n, lang) for n in TEMPLATES for lang in ("en", "pt-BR")])
def exported(request: pytest.FixtureRequest) -> tuple[Agreement, bytes, list[str]]:
    name, language = request.param
    agreement = _load(name).model_copy(update={"language": language})
    data = build_docx(agreement)
    return agreement, data, _paragraphs(data)


def _rows(data: bytes) -> list[list[str]]:
    """Every table row as its cell texts."""
    body = docx.Document(io.BytesIO(data)).element.body
    return [
        ["".join(tc.xpath(".//w:t/text()")) for tc in tr.xpath("./w:tc")]
        for tr in body.xpath(".//w:tr")
    ]


def test_every_target_and_tier_appears(exported: tuple[Agreement, bytes, list[str]]) -> None:
    agreement, data, paragraphs = exported
    rows = _rows(data)
    f = Formats(load_wording(agreement.language))
    text = "\n".join(paragraphs)
    for metric in agreement.metrics:
        assert metric.name in text
        for target in getattr(metric, "targets", []):
            priority = agreement.priority(target.priority)
            expected = [
                priority.name if priority else target.priority,
                f.clock_duration(target.target),
                f.percent(target.attainment),
            ]
            assert any(row[:3] == expected for row in rows), expected
    between = "inferior a" if agreement.language == "pt-BR" else "less than"
    for schedule in agreement.remedies.credit_schedules:
        for tier in schedule.tiers:
            credit = f.percent(tier.credit)
            matching = [row for row in rows if len(row) == 2 and row[1] == credit]
            assert matching, (schedule.id, credit)
            for bound in (tier.at_least, tier.below):
                if bound is not None:
                    shown = (
                        str(bound).replace(".", ",")
                        if agreement.language == "pt-BR"
                        else str(bound)
                    )
                    assert any(shown in row[0] for row in matching), (schedule.id, bound)
            if tier.below is not None:
                assert any(row[0].startswith(between) for row in matching)


def test_every_party_signs(exported: tuple[Agreement, bytes, list[str]]) -> None:
    agreement, _, paragraphs = exported
    heading = "Assinaturas" if agreement.language == "pt-BR" else "Signatures"
    start = max(i for i, p in enumerate(paragraphs) if p == heading)
    signature_page = paragraphs[start:]
    for party in agreement.parties:
        assert party.legal_name in signature_page
        if party.representative:
            assert any(party.representative.name in p for p in signature_page)
    if agreement.language == "pt-BR" and not agreement.internal:
        assert "TESTEMUNHAS:" in signature_page
        assert sum(p.startswith("CPF:") for p in signature_page) >= 2
    if agreement.internal:  # departments approve an internal agreement without witnesses
        assert "TESTEMUNHAS:" not in signature_page and "Witnesses:" not in signature_page


def test_header_footer_and_properties(exported: tuple[Agreement, bytes, list[str]]) -> None:
    agreement, data, _ = exported
    header = "".join(_part(data, "word/header1.xml").xpath(".//w:t/text()", namespaces=NS))
    footer = _part(data, "word/footer1.xml")
    instructions = " ".join(footer.xpath(".//w:instrText/text()", namespaces=NS))
    assert agreement.title in header
    assert ("MINUTA" if agreement.language == "pt-BR" else "DRAFT") in header
    assert "PAGE" in instructions and "NUMPAGES" in instructions
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.title == agreement.title
    assert props.version == agreement.version
    lang = _part(data, "word/styles.xml").find(f".//{{{W}}}rPrDefault//{{{W}}}lang")
    english = "en-US" if agreement.date_style == "american" else "en-GB"
    assert lang.get(f"{{{W}}}val") == ("pt-BR" if agreement.language == "pt-BR" else english)


def test_references_show_the_number_of_their_bookmark(
    exported: tuple[Agreement, bytes, list[str]],
) -> None:
    _, data, _ = exported
    body = _part(data, "word/document.xml")
    numbers: dict[str, str] = {}
    for p in body.iter(f"{{{W}}}p"):
        start = p.find(f"{{{W}}}bookmarkStart")
        if start is not None:
            numbers[start.get(f"{{{W}}}name")] = "".join(p.xpath(".//w:t/text()", namespaces=NS))
    refs = body.xpath(".//w:instrText[starts-with(normalize-space(.), 'REF')]", namespaces=NS)
    assert refs
    for instr in refs:
        name = instr.text.split()[1]
        assert name in numbers
        shown = instr.getparent().getnext().getnext().xpath(".//w:t/text()", namespaces=NS)
        assert shown and shown[0] != "\u2026"


def test_tables_repeat_header_and_rows_do_not_split(
    exported: tuple[Agreement, bytes, list[str]],
) -> None:
    _, data, _ = exported
    body = _part(data, "word/document.xml")
    tables = body.findall(f".//{{{W}}}tbl")
    assert tables
    for table in tables:
        rows = table.findall(f"{{{W}}}tr")
        assert rows[0].find(f"{{{W}}}trPr/{{{W}}}tblHeader") is not None
        assert all(r.find(f"{{{W}}}trPr/{{{W}}}cantSplit") is not None for r in rows)


def test_values_sit_in_controls_tagged_with_model_paths() -> None:
    agreement = _load("saas-availability.yaml")
    body = _part(build_docx(agreement), "word/document.xml")
    tags = {t.get(f"{{{W}}}val") for t in body.iter(f"{{{W}}}tag")}
    # Items with an id are named by it (model/tags.py), the others by their place.
    metrics, schedule = agreement.metrics, agreement.remedies.credit_schedules[0]
    assert f"metrics[{metrics[0].id}].objective" in tags
    assert f"remedies.credit_schedules[{schedule.id}].tiers[0].credit" in tags
    assert f"parties[{agreement.parties[1].id}].legal_name" in tags
    assert f"metrics[{metrics[2].id}].targets[0].target" in tags


def test_markup_characters_and_emoji_survive_exactly(tmp_path: Path) -> None:
    tricky = "A & B <tag> \"quoted\" 'single' café ação 🚀 {braces}"
    agreement = _load("saas-availability.yaml")
    party = agreement.parties[0].model_copy(update={"legal_name": tricky})
    duty = agreement.responsibilities[0].model_copy(update={"text": tricky + "\x07bell"})
    agreement = agreement.model_copy(
        update={
            "title": tricky,
            "parties": [party, *agreement.parties[1:]],
            "responsibilities": [duty, *agreement.responsibilities[1:]],
        }
    )
    agreement = Agreement.model_validate(agreement.model_dump())
    target = tmp_path / "tricky.docx"
    export_docx(agreement, target)
    paragraphs = _paragraphs(target.read_bytes())
    assert tricky in paragraphs  # the title on the cover
    assert tricky + "bell" in "\n".join(paragraphs)
    assert sum(tricky in p for p in paragraphs) >= 3


def test_clause_numbering_is_linked_to_headings() -> None:
    data = build_docx(_load("saas-availability.yaml"))
    numbering = _part(data, "word/numbering.xml")
    levels = numbering.xpath(
        "//w:abstractNum[@w:abstractNumId='0']/w:lvl/w:pStyle/@w:val", namespaces=NS
    )
    assert levels == ["Heading1", "Heading2", "Heading3"]
    body = _part(data, "word/document.xml")
    headings = body.xpath(".//w:p[w:pPr/w:pStyle/@w:val='Heading1']", namespaces=NS)
    # Numbers come from numbering.xml, never typed into the heading text.
    assert headings and not any(h.xpath("string(.)")[:1].isdigit() for h in headings)
    # Each lettered list restarts: one w:num with a start override per list.
    overrides = numbering.xpath("//w:num[w:lvlOverride/w:startOverride]", namespaces=NS)
    assert len(overrides) >= 3


def test_letter_paper_and_witnesses_added_when_missing(tmp_path: Path) -> None:
    agreement = _load("contact-centre.yaml")
    agreement.signing.witnesses = [Witness(name="Única Testemunha", tax_id="")]
    data = build_docx(agreement, paper="Letter")
    size = _part(data, "word/document.xml").find(f".//{{{W}}}pgSz")
    assert int(size.get(f"{{{W}}}w")) == PAPER_SIZES["Letter"][0]
    paragraphs = _paragraphs(data)
    assert "Nome: Única Testemunha" in paragraphs
    assert paragraphs.count("Nome: ") >= 1  # the second witness is left blank to fill in


def test_pt_br_formats_money_percent_and_dates() -> None:
    agreement = _load("contact-centre.yaml")
    text = "\n".join(_paragraphs(build_docx(agreement)))
    assert "R$\u00a0" in text
    assert "1º de abril de 2027" in text
    assert "CONTRATANTE" in text and "CONTRATADA" in text
    assert "Fica eleito o foro da Comarca de" in text


def test_example_value_lies_in_its_tier() -> None:
    from sla_designer.model import CreditTier

    below_only = CreditTier(below=Decimal("98.0"), credit=Decimal(50))
    assert example_value(below_only) == Decimal("97.9")
    assert below_only.contains(example_value(below_only))  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["en", "pt-BR"])
def test_openxml_audit_finds_no_error(tmp_path: Path, language: str) -> None:
    paths = []
    for name in TEMPLATES:
        target = tmp_path / f"{name}.{language}.docx"
        export_docx(_load(name), target, language=language)
        paths.append(target)
        with zipfile.ZipFile(target) as package:  # the review's record is audited with the rest
            assert b"urn:sla-designer:review" in package.read("customXml/itemProps1.xml")
    result = subprocess.run(
        [str(Path(sys.executable).with_name("openxml-audit")), "-o", "json", "-r", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    reports = json.loads(result.stdout)
    assert len(reports) == len(paths)
    for report in reports:
        assert report["valid"] is True, (report["file"], report.get("errors"))


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "less than 90 %"), ("pt-BR", "inferior a 90 %")],
)
def test_a_tier_from_zero_says_only_its_upper_bound(language: str, expected: str) -> None:
    from sla_designer.export.remedies import tier_text
    from sla_designer.export.summary import summary_context
    from sla_designer.model import CreditTier

    agreement = _load("it-service-desk.yaml")
    metric = agreement.metrics[0]
    ctx = summary_context(agreement, language)
    from_zero = CreditTier(at_least=Decimal(0), below=Decimal(90), credit=Decimal(10))
    assert tier_text(ctx, metric, from_zero).replace("\xa0", " ") == expected
    above_zero = CreditTier(more_than=Decimal(0), below=Decimal(90), credit=Decimal(10))
    said = tier_text(ctx, metric, above_zero).replace("\xa0", " ")
    assert said != expected and said.startswith(expected)  # "more than 0" says something
