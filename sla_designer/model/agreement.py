"""The agreement: the root of the model."""

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from sla_designer.model.calendars import Calendar
from sla_designer.model.governance import (
    Definition,
    Duty,
    EscalationLevel,
    Reporting,
    Revision,
)
from sla_designer.model.metrics import Metric
from sla_designer.model.parties import Party, Witness
from sla_designer.model.remedies import Remedies
from sla_designer.model.reviewed_wording import ReviewedWording
from sla_designer.model.standard_clauses import DataLaw, StandardClauses
from sla_designer.model.units import (
    CurrencyCode,
    Id,
    Language,
    Money,
    Name,
    StrictModel,
    Text,
    empty_list,
)

AgreementKind = Literal["customer_sla", "internal_sla", "ola", "underpinning_contract"]
Status = Literal["draft", "in_review", "approved", "signed"]
DateStyle = Literal["british", "american"]
EscalationStart = Literal["logged", "previous_level"]


class Term(StrictModel):
    """How long the agreement runs and how it renews."""

    months: int | None = Field(default=None, ge=1, le=1200)
    expiry_date: dt.date | None = None
    renewal: Literal["none", "automatic", "by_agreement"] = "none"
    renewal_months: int | None = Field(default=None, ge=1, le=1200)
    notice_days: int = Field(default=0, ge=0, le=3650)


class Service(StrictModel):
    """A service: who provides it, who receives it, what it is and what it costs.

    Its metrics (`Metric.service`) and credit schedules follow it: the provider owes their
    service levels to the recipients.
    """

    id: Id
    name: Name
    provider: Id | None = Field(
        default=None,
        description="The party that provides the service; by default the agreement's provider",
    )
    recipients: list[Id] = Field(
        default_factory=empty_list,
        description="The parties that receive the service; by default the customers",
    )
    description: Text = ""
    monthly_fee: Money | None = None


class ServiceDescription(StrictModel):
    services: list[Service] = Field(default_factory=empty_list)
    scope: list[Text] = Field(default_factory=empty_list)
    limitations: list[Text] = Field(default_factory=empty_list)
    exclusions: list[Text] = Field(default_factory=empty_list)


class Priority(StrictModel):
    """A priority (severity) level; the list order is the order, most urgent first."""

    id: Id
    name: Name
    definition: Text = ""
    examples: list[Text] = Field(default_factory=empty_list)
    calendar: Id | None = None


class Signing(StrictModel):
    place: Name = ""
    date: dt.date | None = None
    witnesses: list[Witness] = Field(default_factory=empty_list)


@dataclass(frozen=True)
class Owing:
    """The party that owes a service and the parties it is owed to (ids; None: unknown)."""

    provider: str | None
    recipients: tuple[str, ...]


class Agreement(StrictModel):
    """A service level agreement, complete: what is saved is what machines read."""

    title: Name
    reference: Name = ""
    kind: AgreementKind = "customer_sla"
    language: Language = "en"
    version: Name = "0.1"
    status: Status = "draft"
    effective_date: dt.date | None = None
    term: Term = Field(default_factory=Term)
    currency: CurrencyCode = "USD"
    master_agreement: Name = ""
    governing_law: Name = Field(
        default="",
        description="The law that governs the agreement, e.g. England and Wales; "
        "in Portuguese, blank for Brazilian law",
    )
    forum: Name = Field(
        default="",
        description="The courts that settle disputes, e.g. England and Wales, "
        "Comarca de Belo Horizonte/MG",
    )
    date_style: DateStyle = Field(
        default="british",
        description="How an English document writes dates and spells ('1 March 2027', "
        "'authorised' or 'March 1, 2027', 'authorized'); Portuguese ignores it",
    )
    parties: list[Party] = Field(default_factory=empty_list)
    service: ServiceDescription = Field(default_factory=ServiceDescription)
    calendars: list[Calendar] = Field(default_factory=empty_list)
    priorities: list[Priority] = Field(default_factory=empty_list)
    metrics: list[Metric] = Field(default_factory=empty_list)
    responsibilities: list[Duty] = Field(default_factory=empty_list)
    reporting: Reporting = Field(default_factory=Reporting)
    remedies: Remedies = Field(default_factory=Remedies)
    escalation: list[EscalationLevel] = Field(default_factory=empty_list)
    escalation_counted_from: EscalationStart = Field(
        default="logged",
        description="What each escalation level's time runs from: when the incident is logged, "
        "or when the previous level was reached",
    )
    definitions: list[Definition] = Field(default_factory=empty_list)
    revisions: list[Revision] = Field(default_factory=empty_list)
    signing: Signing = Field(default_factory=Signing)
    clauses: StandardClauses = Field(default_factory=StandardClauses)
    reviewed_wording: list[ReviewedWording] = Field(
        default_factory=empty_list,
        description="Paragraphs of the contract in a legal reviewer's words, printed instead of "
        "the generated ones while these still read as the export wrote them",
    )
    notes: Text = ""

    # --- look-ups used by validation, calculators and export ---------------------------------

    @property
    def internal(self) -> bool:
        """Whether this is an agreement between departments of one organisation, not a contract
        between legal persons: an internal SLA, or an operational level agreement none of whose
        parties is a supplier (the role of an outside company)."""
        if self.kind == "internal_sla":
            return True
        return self.kind == "ola" and not any(p.role == "supplier" for p in self.parties)

    def default_provider(self) -> Party | None:
        """The party that provides a service naming none: the provider, else the supplier."""
        for role in ("provider", "supplier"):
            party = next((p for p in self.parties if p.role == role), None)
            if party is not None:
                return party
        return None

    def default_recipients(self) -> list[Party]:
        """The parties that receive a service naming none: the customers."""
        return [p for p in self.parties if p.role == "customer"]

    def provider_of(self, service: Service | None) -> Party | None:
        """The party that provides `service` (None: a metric naming no service); None when
        the service names a party that does not exist or there is no default provider."""
        if service is not None and service.provider is not None:
            return self.party(service.provider)
        return self.default_provider()

    def owing_of(self, service: Service | None) -> "Owing":
        """Who provides `service` and who receives it, as ids (None: a metric naming none)."""
        provider = self.provider_of(service)
        recipients = tuple(p.id for p in self.recipients_of(service))
        return Owing(provider.id if provider else None, recipients)

    def recipients_of(self, service: Service | None) -> list[Party]:
        """The parties that receive `service`, in the order it names them (those that exist)."""
        if service is None or not service.recipients:
            return self.default_recipients()
        found = (self.party(i) for i in dict.fromkeys(service.recipients))
        return [p for p in found if p is not None]

    def service_of(self, metric_id: str) -> Service | None:
        """The service a metric measures, None when it names none (or one that does not exist)."""
        metric = self.metric(metric_id)
        if metric is None or metric.service is None:
            return None
        return self.service_by_id(metric.service)

    def party(self, party_id: str) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None)

    def calendar(self, calendar_id: str) -> Calendar | None:
        return next((c for c in self.calendars if c.id == calendar_id), None)

    def priority(self, priority_id: str) -> Priority | None:
        return next((p for p in self.priorities if p.id == priority_id), None)

    def metric(self, metric_id: str) -> Metric | None:
        return next((m for m in self.metrics if m.id == metric_id), None)

    def service_by_id(self, service_id: str) -> Service | None:
        return next((s for s in self.service.services if s.id == service_id), None)

    def calendar_for(self, metric_id: str, priority_id: str | None = None) -> Calendar | None:
        """The calendar that applies: the target's, else the priority's, else the metric's.

        A target for all the metric's tickets counts every ticket on one calendar (its own,
        else the metric's), whatever the ticket's priority; `priority_id` None asks for it.
        """
        metric = self.metric(metric_id)
        if metric is None:
            return None
        targets = getattr(metric, "targets", [])
        target = next((t for t in targets if t.priority == priority_id), None)
        if target is None and priority_id is not None:
            target = next((t for t in targets if t.priority is None), None)
            if target is not None:
                priority_id = None
        chosen: Id | None = target.calendar if target is not None else None
        if chosen is None and priority_id is not None:
            priority = self.priority(priority_id)
            chosen = priority.calendar if priority else None
        chosen = chosen or metric.calendar
        if chosen is None:
            return self.calendars[0] if self.calendars else None
        return self.calendar(chosen)

    def data_laws(self) -> list[DataLaw]:
        """The data-protection laws its clause names: those chosen, else those of its language
        and its parties' countries (`DataProtection.laws_for`)."""
        countries = {p.country for p in self.parties if p.country}
        return self.clauses.data_protection.laws_for(self.language, countries)

    def business_time_calendars(self) -> list[Calendar]:
        """The calendars business-time targets are counted on, in the agreement's order: the
        ones the document defines Business Hours and Business Day from (none: no such term)."""
        used: set[str] = set()
        for metric in self.metrics:
            for target in getattr(metric, "targets", []):
                calendar = self.calendar_for(metric.id, target.priority)
                if target.target.clock == "business" and calendar is not None:
                    used.add(calendar.id)
        return [c for c in self.calendars if c.id in used]
