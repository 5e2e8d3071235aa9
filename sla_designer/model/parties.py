"""The parties to an agreement, their representatives and contacts."""

from typing import Literal

from pydantic import Field

from sla_designer.model.calendars import CountryCode
from sla_designer.model.units import Id, Name, StrictModel, Text, empty_list

PartyRole = Literal["provider", "customer", "supplier", "other"]


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


class Witness(StrictModel):
    name: Name
    tax_id: Name = Field(default="", description="Personal tax number, e.g. a Brazilian CPF")
