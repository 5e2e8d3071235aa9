"""Reading a typed tax number: its label, its number, the scheme it belongs to."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from sla_designer.io import dumps_agreement, loads_agreement
from sla_designer.model import Agreement, Party
from sla_designer.model.tax_ids import read_tax_id, scheme_of


@pytest.mark.parametrize(
    ("typed", "label", "number", "scheme"),
    [
        ("Company No. 11482093", "Company No.", "11482093", "company_number"),
        ("Companies House number 07315562", "Companies House number", "07315562", "company_number"),
        ("EIN 84-3920517", "EIN", "84-3920517", "ein"),
        ("KvK-nummer 74512398", "KvK-nummer", "74512398", "kvk"),
        ("CNPJ: 11.222.333/0001-81", "CNPJ", "11.222.333/0001-81", "cnpj"),
        ("CNPJ nº 11.222.333/0001-81", "CNPJ nº", "11.222.333/0001-81", "cnpj"),
        ("NIPC 501234567", "NIPC", "501234567", "nipc"),
        ("Tax ID 4471", "Tax ID", "4471", None),
        ("nº 4471", "nº", "4471", None),
        # No label: the number alone, letters run into its digits included.
        ("11482093", "", "11482093", None),
        ("SC123456", "", "SC123456", None),
        ("11.222.333/0001-81", "", "11.222.333/0001-81", "cnpj"),
        ("529.982.247-25", "", "529.982.247-25", "cpf"),
        ("CNPJ", "", "CNPJ", None),
    ],
)
def test_read_a_typed_number(typed: str, label: str, number: str, scheme: str | None) -> None:
    tax_id = read_tax_id(typed)
    assert (tax_id.label, tax_id.number, tax_id.known_label) == (label, number, True)
    assert scheme_of(None, tax_id) == scheme


@pytest.mark.parametrize("typed", ["HRB 12345", "VAT GB123456789", "SIREN 552 100 554"])
def test_a_label_the_product_does_not_know(typed: str) -> None:
    tax_id = read_tax_id(typed)
    assert not tax_id.known_label and tax_id.label == typed.split(maxsplit=1)[0]
    assert scheme_of("GB", tax_id) is None


@pytest.mark.parametrize(
    ("country", "typed", "scheme"),
    [
        ("BR", "11.222.333/0001-81", "cnpj"),
        ("BR", "529.982.247-25", "cpf"),
        ("BR", "11222333000181", "cnpj"),  # a CNPJ badly written: validation says so
        ("GB", "11482093", "company_number"),
        ("US", "84-3920517", "ein"),
        ("PT", "501234567", "nipc"),
        ("NL", "74512398", "kvk"),
        ("DE", "12345", None),
        ("GB", "EIN 84-3920517", "ein"),  # the typed label says which number it is
        ("US", "529.982.247-25", "ein"),  # only a Brazilian party has a CPF
    ],
)
def test_the_country_decides_the_scheme(country: str, typed: str, scheme: str | None) -> None:
    assert scheme_of(country, read_tax_id(typed)) == scheme


def test_a_party_s_country_is_saved_and_read_back() -> None:
    parties = [
        Party(id="a", role="provider", legal_name="A AS", country="NO", tax_id="923 609 016"),
        Party(id="b", role="customer", legal_name="B Ltd"),
    ]
    agreement = Agreement(title="T", parties=parties)
    text = dumps_agreement(agreement)
    assert "country: 'NO'" in text or 'country: "NO"' in text  # not YAML 1.1's false
    assert "country" not in text.split("id: b")[1]
    assert loads_agreement(text) == agreement


@pytest.mark.parametrize("country", ["br", "BRA", "Brazil", ""])
def test_a_country_is_an_iso_code(country: str) -> None:
    with pytest.raises(ValidationError):
        Party(id="a", role="provider", legal_name="A", country=country)
