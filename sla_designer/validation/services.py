"""Services: who provides each one and who receives it; what an internal agreement leaves out.

A service names its provider and recipients, or takes the agreement's provider and customers.
Its metrics follow it, so the contract can say who owes each service level to whom only when
every service has a provider and recipients, and every metric says which service it measures
wherever the services have different ones.
"""

from __future__ import annotations

from collections.abc import Iterator

from sla_designer.model import Service
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import FieldPath, Finding
from sla_designer.validation.references import KIND_PARTY


def _name(service: Service) -> str:
    return service.name or service.id


def service_parties(ctx: Context) -> Iterator[Finding]:
    """Each service has a provider and recipients that exist; the provider is not a customer
    and does not receive its own service."""
    a = ctx.agreement
    for i, service in enumerate(a.service.services):
        path: FieldPath = ("service", "services", i)
        shown = _name(service)
        if service.provider is not None and service.provider not in ctx.parties:
            yield make(
                "unknown-reference", (*path, "provider"), kind=KIND_PARTY, id=service.provider
            )
        for j, recipient in enumerate(service.recipients):
            if recipient not in ctx.parties:
                yield make(
                    "unknown-reference", (*path, "recipients", j), kind=KIND_PARTY, id=recipient
                )
        provider = a.provider_of(service)
        if provider is None and service.provider is None:
            yield make("service-without-provider", (*path, "provider"), service=shown)
        elif provider is not None and provider.role == "customer":
            yield make(
                "service-provider-is-customer",
                (*path, "provider"),
                service=shown,
                party=provider.display_name,
            )
        recipients = a.recipients_of(service)
        if not service.recipients and not recipients:
            yield make("service-without-recipients", (*path, "recipients"), service=shown)
        if provider is not None and any(p.id == provider.id for p in recipients):
            yield make(
                "service-provider-receives",
                (*path, "recipients"),
                service=shown,
                party=provider.display_name,
            )


def metric_services(ctx: Context) -> Iterator[Finding]:
    """Where the services have different providers or recipients, a metric names its service:
    otherwise the contract cannot say who owes it."""
    a = ctx.agreement
    if len({a.owing_of(s) for s in a.service.services}) < 2:
        return
    for i, metric in enumerate(a.metrics):
        if metric.service is None:
            yield make("metric-service-ambiguous", ("metrics", i, "service"), metric=metric.name)


def internal_agreement(ctx: Context) -> Iterator[Finding]:
    """An internal agreement has no court and no witnesses: say so rather than drop them."""
    a = ctx.agreement
    if not a.internal:
        return
    if a.forum.strip() or a.governing_law.strip():
        field = "forum" if a.forum.strip() else "governing_law"
        place = a.forum if a.forum.strip() else a.governing_law
        yield make("internal-jurisdiction-ignored", (field,), place=place)
    if a.signing.witnesses:
        yield make(
            "internal-witnesses-ignored",
            ("signing", "witnesses"),
            count=len(a.signing.witnesses),
        )


RULES = (service_parties, metric_services, internal_agreement)
