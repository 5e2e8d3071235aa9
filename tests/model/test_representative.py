"""What empowers a representative to sign: chosen, or told by the party's legal form."""

from __future__ import annotations

import pytest

from sla_designer.io.files import dumps_agreement, loads_agreement
from sla_designer.model import Party, Representative
from tests.export.reviewed import agreement_of


def _party(legal_name: str, instrument: str | None = None) -> Party:
    rep = Representative.model_validate({"name": "Ana Souza", "instrument": instrument})
    return Party(id="p", role="provider", legal_name=legal_name, representative=rep)


@pytest.mark.parametrize(
    ("legal_name", "expected"),
    [
        ("Alvorada Contact Center S.A.", "bylaws"),
        ("Alvorada Contact Center S/A", "bylaws"),
        ("Rede Ipê Telecomunicações Ltda.", "articles"),
        ("Rede Ipê Telecomunicações LTDA", "articles"),
        ("Ledgerline Software Ltd", None),
        ("Tidewell Managed IT, Inc.", None),
        ("Sala de Estar", None),  # a name ending in 'sa'-like words is not an S.A. unless 'S.A.'
    ],
)
def test_the_legal_form_says_what_empowers_the_representative(
    legal_name: str, expected: str | None
) -> None:
    assert _party(legal_name).instrument() == expected


def test_a_chosen_instrument_wins_over_the_legal_form() -> None:
    assert _party("Alvorada S.A.", "power_of_attorney").instrument() == "power_of_attorney"
    assert _party("Alvorada Ltda.", "bylaws").instrument() == "bylaws"


def test_a_party_without_representative_has_its_legal_form_s() -> None:
    party = Party(id="p", role="provider", legal_name="Alvorada S.A.")
    assert party.instrument() == "bylaws"


def test_an_unknown_instrument_is_refused() -> None:
    with pytest.raises(ValueError, match="instrument"):
        Representative.model_validate({"name": "Ana", "instrument": "mandate"})


def test_the_instrument_is_saved_and_loaded_and_old_files_load_without_it() -> None:
    agreement = agreement_of("contact-centre")
    assert all(
        p.representative is None or p.representative.instrument is None for p in agreement.parties
    )
    assert "instrument" not in dumps_agreement(agreement)
    rep = agreement.parties[0].representative
    assert rep is not None
    changed = agreement.model_copy(deep=True)
    changed.parties[0].representative = rep.model_copy(update={"instrument": "power_of_attorney"})
    loaded = loads_agreement(dumps_agreement(changed))
    assert loaded.parties[0].representative is not None
    assert loaded.parties[0].representative.instrument == "power_of_attorney"
