"""Who owes what: how the contract calls each party, and who provides and receives a service.

Each service names the party that provides it and the parties that receive it (by default the
agreement's provider and its customers); its metrics and their credit schedules follow it. When
every service has the same provider and recipients, the general clauses name them ("the
Provider shall meet the following service levels"); otherwise each service level's clause names
its own, and the general clauses speak of "the party providing the service concerned".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from sla_designer.export.wording import Wording
from sla_designer.model import Agreement, CreditSchedule
from sla_designer.model.agreement import Owing
from sla_designer.model.metrics import MetricBase


def party_labels(agreement: Agreement, t: Wording) -> dict[str, str]:
    """How the contract calls each party after qualifying it: by its role when it is the only
    one with that role ('the Provider', 'CONTRATADA'), else by its name; a department of an
    internal agreement always by its name ('Sales', 'área de Vendas')."""
    roles = Counter(p.role for p in agreement.parties)
    labels: dict[str, str] = {}
    for party in agreement.parties:
        if agreement.internal:
            labels[party.id] = t("roles.department", name=party.display_name)
        elif roles[party.role] == 1 and party.role != "other":
            labels[party.id] = t(f"roles.{party.role}")
        else:
            labels[party.id] = party.display_name
    return labels


def owing_of_metric(agreement: Agreement, metric: MetricBase) -> Owing:
    """A service level is owed by the provider of the service it measures to its recipients."""
    return agreement.owing_of(agreement.service_of(metric.id))


def owing_of_schedule(agreement: Agreement, schedule: CreditSchedule) -> Owing:
    """Credits follow the service of their metric, else the service the schedule names."""
    service = agreement.service_of(schedule.metric)
    if service is None and schedule.service is not None:
        service = agreement.service_by_id(schedule.service)
    return agreement.owing_of(service)


def shared_owing(agreement: Agreement) -> Owing | None:
    """The provider and recipients every service and service level has in common; None when
    they differ, or when a metric naming no service leaves it open which one it is."""
    found = {agreement.owing_of(s) for s in agreement.service.services}
    found |= {owing_of_metric(agreement, m) for m in agreement.metrics}
    if not found:
        return agreement.owing_of(None)
    return found.pop() if len(found) == 1 else None


class PartyWords:
    """The words for parties in sentences: '{Provider} shall ...', 'credits {to_customer}'."""

    def __init__(
        self,
        agreement: Agreement,
        t: Wording,
        join: Callable[[list[str]], str],
        labels: dict[str, str],
    ) -> None:
        self.agreement = agreement
        self.t = t
        self.join = join
        self.labels = labels

    def label(self, party_id: str) -> str:
        return self.labels.get(party_id, party_id)

    def names(self, ids: tuple[str, ...] | list[str], form: str, generic: str) -> str:
        """The parties joined ('the Customer', 'à área de Vendas e à área de Marketing') in a
        form ('plain', 'to', 'of'); the generic party ('service_recipient') when none."""
        t = self.t
        labels = [self.label(i) for i in ids] or [t(f"party_forms.{generic}")]
        return self.join([t(f"party_forms.{form}", label=label) for label in labels])

    def values(self, owing: Owing | None) -> dict[str, str]:
        """The placeholders of a sentence about a service, for its provider and recipients
        (None: the service concerned, whichever it is)."""
        providers: tuple[str, ...] = ()
        recipients: tuple[str, ...] = ()
        if owing is not None:
            providers = (owing.provider,) if owing.provider else ()
            recipients = owing.recipients
        provider = self.names(providers, "plain", "service_provider")
        customer = self.names(recipients, "plain", "service_recipient")
        count = len(self.agreement.parties)
        return {
            "provider": provider,
            "Provider": provider[:1].upper() + provider[1:],
            "customer": customer,
            "Customer": customer[:1].upper() + customer[1:],
            "to_provider": self.names(providers, "to", "service_provider"),
            "to_customer": self.names(recipients, "to", "service_recipient"),
            "of_customer": self.names(recipients, "of", "service_recipient"),
            "any_party": self.t(f"party_forms.any_of_{'two' if count <= 2 else 'many'}"),
        }
