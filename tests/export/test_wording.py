"""Contract sentences a reviewer would otherwise correct by hand, in both languages."""

from __future__ import annotations

import io
import re

import docx
import pytest
from sla_designer.resources import templates_folder

from sla_designer.export import build_docx
from sla_designer.export.formatting import Formats
from sla_designer.export.preview import preview_html
from sla_designer.export.wording import load_wording
from sla_designer.io import load_agreement
from sla_designer.model import Agreement


def _text(name: str, language: str) -> str:
    html = preview_html(load_agreement(str(templates_folder() / name)), language=language)
    return re.sub(r"<[^>]+>", "", html)


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        (
            "en",
            [
                "forms part of the Managed Services Agreement TW-MSA-0427",
                "The availability of the service “Managed server platform” shall be at least",
                "“Asset Register”: The list of managed servers",
            ],
        ),
        (
            "pt-BR",
            [
                "é parte integrante do Managed Services Agreement TW-MSA-0427",
                "A disponibilidade do serviço “Managed server platform” deverá ser de",
                "percentual indicado do Valor Mensal de Managed server platform",
            ],
        ),
    ],
)
def test_articles_and_contractions(language: str, phrases: list[str]) -> None:
    text = _text("managed-services.yaml", language)
    for phrase in phrases:
        assert phrase in text
    assert " means The " not in text
    assert "de o valor" not in text and "de os serviços" not in text


def test_a_tax_number_is_named_after_the_party_s_country() -> None:
    text = _text("managed-services.yaml", "pt-BR")
    assert (
        "TIDEWELL MANAGED IT, INC., inscrita no Employer Identification Number (EIN) sob o nº"
        " 84-3920517" in text
    )
    assert "CNPJ sob o nº" not in text
    brazilian = _text("contact-centre.yaml", "pt-BR")
    assert "inscrita no CNPJ sob o nº 17.105.626/0001-65" in brazilian


@pytest.mark.parametrize(
    ("language", "country", "subdivision", "expected"),
    [
        ("en", "US", "NY", ("the ", "United States (New York)")),
        ("en", "BR", "MG", ("", "Brazil (Minas Gerais)")),
        ("en", "GB", "ENG", ("the ", "United Kingdom (England)")),
        ("en", "FR", None, ("", "France")),
        ("pt-BR", "US", "NY", ("dos ", "Estados Unidos (Nova York)")),
        ("pt-BR", "BR", "SP", ("do ", "Brasil (São Paulo)")),
        ("pt-BR", "DE", "BY", ("da ", "Alemanha (Bayern)")),
        ("pt-BR", "PT", None, ("de ", "Portugal")),
        # A subdivision no one names is shown as its code.
        ("pt-BR", "MX", "XX", ("do ", "México (XX)")),
    ],
)
def test_holiday_regions_read_as_the_language_says_them(
    language: str, country: str, subdivision: str | None, expected: tuple[str, str]
) -> None:
    assert Formats(load_wording(language)).holiday_region(country, subdivision) == expected


def test_holiday_sentence_in_the_preview() -> None:
    agreement = load_agreement(str(templates_folder() / "managed-services.yaml"))
    html = preview_html(agreement)
    # A rule for the whole term: the national holidays, and those of the state named.
    assert "national public holidays of the <span" in html
    assert ">United States</span> and the regional public holidays of <span" in html
    assert ">New York</span>." in html
    html = preview_html(agreement, language="pt-BR")
    assert (
        "feriados nacionais dos <span" in html and ">Estados Unidos</span> e nos regionais" in html
    )


def test_signature_label_and_survey_method_read_cleanly() -> None:
    text = _text("managed-services.yaml", "en")
    assert "\nThe Customer\n" in text or "The Customer" in text.splitlines()
    assert "\nthe Customer\n" not in text
    assert ".." not in _text("it-service-desk.yaml", "pt-BR").replace("...", "")


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _body_text(agreement: Agreement) -> str:
    """Every paragraph's text, content controls included (python-docx's .text skips them)."""
    body = docx.Document(io.BytesIO(build_docx(agreement))).element.body
    return "\n".join("".join(p.xpath(".//w:t/text()")) for p in body.iter(f"{{{W}}}p"))


def test_an_operational_agreement_calls_the_supplier_by_its_role() -> None:
    agreement = load_agreement(str(templates_folder() / "supplier-ola.yaml"))
    text = _body_text(agreement)
    assert "The Supplier shall meet the following service levels" in text
    assert "Provider" not in text
    saas = load_agreement(str(templates_folder() / "saas-availability.yaml"))
    text = _body_text(saas)
    assert "The Provider shall meet the following service levels" in text


def test_an_agreement_without_credits_states_no_credit_claims() -> None:
    agreement = load_agreement(str(templates_folder() / "supplier-ola.yaml"))
    assert not agreement.remedies.credit_schedules
    text = _body_text(agreement)
    assert "shall claim a service credit" not in text
    assert "Service credits are deducted" not in text
    assert agreement.remedies.claim.method.split(".")[0] in text


def test_a_named_court_is_not_called_the_courts_of_a_court() -> None:
    agreement = load_agreement(str(templates_folder() / "supplier-ola.yaml"))
    text = _body_text(agreement)
    assert "The District Court of Midden-Nederland (Utrecht) has exclusive jurisdiction." in text
    assert "courts of District Court" not in text and "The the " not in text
    saas = load_agreement(str(templates_folder() / "saas-availability.yaml"))
    text = _body_text(saas)
    assert "The courts of England and Wales have exclusive jurisdiction." in text
