"""The standard clauses a reviewer expects besides the service levels: measurement disputes,
the nature of credits, precedence, notices, confidentiality, force majeure, signature, data
protection and the usual closing provisions.

Each is generated from a few facts with defaults, so an agreement that says nothing about them
still gets a sensible clause; each can be switched off (`enabled`) or reworded (`text`, which
then replaces the generated wording entirely). Every field has a default: files written before
these clauses existed load unchanged.
"""

from typing import Literal

from pydantic import Field

from sla_designer.model.units import Id, Name, StrictModel, Text, empty_list


class StandardClause(StrictModel):
    """A clause the document holds unless switched off, in generated or the agreement's words."""

    enabled: bool = True
    text: Text = Field(
        default="", description="The agreement's own wording, replacing the generated clause"
    )

    @property
    def reworded(self) -> bool:
        return bool(self.text.strip())


DisputeCosts = Literal["shared", "losing_party"]
"""Who pays the independent expert: both parties in equal shares, or the party whose view the
expert does not uphold."""

MonitoringGap = Literal["other_records", "not_counted", "counted"]
"""What counts for a time the monitoring itself failed: the customer's records and any other
reliable source, minutes no record shows as unavailable not counted against the service level
(the default: neither party gains from a gap in the data); never counted; always counted."""


class MeasurementDisputes(StandardClause):
    """A disputed measurement goes to governance first, then to an independent expert."""

    expert: bool = Field(default=True, description="Refer what governance cannot settle")
    expert_days: int = Field(
        default=30,
        ge=1,
        le=365,
        description="Days after a dispute is raised before either party may refer it",
    )
    costs: DisputeCosts = "shared"
    monitoring_gap: MonitoringGap = "other_records"


class CreditNature(StandardClause):
    """Credits are a price adjustment, not a penalty; their relation to the liability cap."""

    counts_towards_liability_cap: bool = Field(
        default=True,
        description="Whether credits count towards the master agreement's limit of liability",
    )
    paid_after_termination: bool = Field(
        default=True, description="Credits accrued before the agreement ends remain due"
    )


class Precedence(StandardClause):
    """Which text prevails, and the agreement's term tied to its master agreement's."""

    term_follows_master: bool = Field(
        default=True, description="The agreement ends when its master agreement ends"
    )


NoticeMethod = Literal["email_or_letter", "email", "registered_letter"]


class NoticeAddress(StrictModel):
    """Where a party receives notices; left empty, its address and contacts' e-mail serve."""

    party: Id
    attention: Name = Field(default="", description="The person or function notices go to")
    email: Name = ""
    address: Text = ""


class Notices(StandardClause):
    method: NoticeMethod = "email_or_letter"
    addresses: list[NoticeAddress] = Field(
        default_factory=empty_list,
        description="Where each party receives notices; none: each party's address and e-mail",
    )


DataLaw = Literal["lgpd", "gdpr", "uk_gdpr", "hipaa"]

GDPR_COUNTRIES = frozenset(
    {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE"}
    | {"IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO"}
)
"""The countries where the GDPR applies (the European Union and the rest of the EEA)."""


class DataProtection(StandardClause):
    """A reference to the data-protection law, printed only when personal data is processed."""

    processes_personal_data: bool = False
    laws: list[DataLaw] = Field(
        default_factory=empty_list,
        description="The laws named; none: chosen from the language and the parties' countries",
    )

    def laws_for(self, language: str, countries: set[str]) -> list[DataLaw]:
        """The laws the clause names: those chosen, else the LGPD in a Portuguese document or
        with a Brazilian party, the GDPR with a party in the EEA, the UK GDPR with one in the
        United Kingdom (HIPAA only when chosen: it depends on the data, not on a country)."""
        if self.laws:
            return list(dict.fromkeys(self.laws))
        found: list[DataLaw] = []
        if language == "pt-BR" or "BR" in countries:
            found.append("lgpd")
        if countries & GDPR_COUNTRIES:
            found.append("gdpr")
        if "GB" in countries:
            found.append("uk_gdpr")
        return found


def _clause() -> StandardClause:
    return StandardClause()


class StandardClauses(StrictModel):
    """The standard clauses of an agreement; internal agreements get only those that fit."""

    interpretation: StandardClause = Field(
        default_factory=_clause,
        description="How the document's terms and periods are read (Business Days, headings, "
        "'including'); printed with the definitions",
    )
    measurement_disputes: MeasurementDisputes = Field(default_factory=MeasurementDisputes)
    credit_nature: CreditNature = Field(default_factory=CreditNature)
    precedence: Precedence = Field(default_factory=Precedence)
    notices: Notices = Field(default_factory=Notices)
    confidentiality: StandardClause = Field(default_factory=_clause)
    force_majeure: StandardClause = Field(default_factory=_clause)
    signature: StandardClause = Field(
        default_factory=_clause, description="Counterparts and electronic signature"
    )
    data_protection: DataProtection = Field(default_factory=DataProtection)
    no_waiver: StandardClause = Field(default_factory=_clause)
    anticorruption: StandardClause = Field(default_factory=_clause)

    def in_document(self, name: str, *, internal: bool) -> StandardClause | None:
        """The clause `name` when it is on and fits the agreement (internal: between
        departments); whether the document prints it also depends on facts its writer checks
        (a master agreement, service credits, personal data)."""
        clause: StandardClause = getattr(self, name)
        if not clause.enabled or (internal and name not in INTERNAL_CLAUSES):
            return None
        return clause


CLAUSE_NAMES: tuple[str, ...] = tuple(StandardClauses.model_fields)
"""The standard clauses in the order the editor lists them."""

INTERNAL_CLAUSES = frozenset(
    {"interpretation", "measurement_disputes", "precedence", "confidentiality"}
)
"""Those that fit an agreement between departments of one organisation: no credits as a price,
no notices, signatures or law between legal persons."""
