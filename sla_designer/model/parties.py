"""The parties to an agreement, their representatives and contacts."""

from typing import Literal

from pydantic import Field

from sla_designer.model.calendars import CountryCode
from sla_designer.model.units import Id, Name, StrictModel, Text, empty_list

PartyRole = Literal["provider", "customer", "supplier", "other"]
Instrument = Literal["articles", "bylaws", "power_of_attorney"]
"""What empowers a representative to sign: the articles of association (Brazilian "contrato
social", of a Ltda.), the bylaws ("estatuto social", of an S.A.) or a power of attorney."""

_BYLAWS_FORMS = ("s.a.", "s/a", "sa", "s. a.")
_ARTICLES_FORMS = ("ltda.", "ltda", "eireli", "slu")


class Contact(StrictModel):
    name: Name
    function: Name = ""
    email: Name = ""
    phone: Name = ""


class Representative(StrictModel):
    """The person who signs for a party."""

    name: Name
    title: Name = ""
    tax_id: Name = Field(default="", description="Personal tax number, e.g. a Brazilian CPF")
    instrument: Instrument | None = Field(
        default=None,
        description="What empowers the representative to sign; unset: the party's legal form says",
    )


class Party(StrictModel):
    id: Id
    role: PartyRole
    legal_name: Name
    short_name: Name = ""
    country: CountryCode | None = Field(
        default=None,
        description="Where the party is registered; the document names its tax number after it",
    )
    tax_id: Name = Field(
        default="",
        description="Company tax number without its label, e.g. a CNPJ 00.000.000/0000-00",
    )
    address: Text = ""
    representative: Representative | None = None
    contacts: list[Contact] = Field(default_factory=empty_list)

    @property
    def display_name(self) -> str:
        return self.short_name or self.legal_name

    def instrument(self) -> Instrument | None:
        """What empowers the representative: as chosen, else by the legal form the legal name
        ends with (an S.A. acts under its bylaws, a Ltda. under its articles); None when
        neither says."""
        rep = self.representative
        if rep is not None and rep.instrument is not None:
            return rep.instrument
        words = self.legal_name.strip().casefold().rstrip(",").split()
        ending = words[-1] if words else ""
        if ending in _BYLAWS_FORMS or self.legal_name.casefold().rstrip().endswith("s. a."):
            return "bylaws"
        if ending in _ARTICLES_FORMS:
            return "articles"
        return None


class Witness(StrictModel):
    name: Name
    tax_id: Name = Field(default="", description="Personal tax number, e.g. a Brazilian CPF")
