"""Pairs of versions of every template for the redline's tests: the template as it is (the old
version) and the new version a negotiation round makes of it, with one edit of each kind a
redline must show (a number, a sentence, an added metric, a removed tier, a reordered list, a
renamed party)."""

from __future__ import annotations

from decimal import Decimal

from sla_designer.export.tracked import Marker
from sla_designer.model import Agreement
from tests.export.reviewed import agreement_of

AUTHOR = "Ann Author"
DATE = "2027-03-01T09:30:00Z"
ADDED_SENTENCE = {
    "en": "Each service is hosted in the European Union.",
    "pt-BR": "Cada serviço é hospedado no Brasil.",
}
EDITS = ("number", "sentence", "added metric", "removed tier", "reordered list", "renamed party")


def versions(name: str, language: str) -> tuple[Agreement, Agreement]:
    """(old, new) versions of template `name` in `language`, the new one with every edit."""
    old = agreement_of(name).model_copy(update={"language": language})
    new = old.model_copy(deep=True)
    for edit in EDITS:
        EDITORS[edit](new, language)
    return old, new


def _number(a: Agreement, _: str) -> None:
    a.term.notice_days += 30
    metric = next(m for m in a.metrics if isinstance(getattr(m, "objective", None), Decimal))
    objective = metric.objective  # type: ignore[union-attr]
    metric.objective = objective - Decimal("0.5") if objective > 1 else objective / 2  # type: ignore[union-attr]


def _sentence(a: Agreement, language: str) -> None:
    service = a.service.services[0]
    service.description = f"{service.description} {ADDED_SENTENCE[language]}".strip()


def _added_metric(a: Agreement, _: str) -> None:
    copied = a.metrics[-1].model_copy(deep=True)
    copied.id = f"{copied.id}-second"
    copied.name = f"{copied.name} 2"
    a.metrics = [*a.metrics, copied]


def _removed_tier(a: Agreement, _: str) -> None:
    schedule = next((s for s in a.remedies.credit_schedules if len(s.tiers) >= 2), None)
    if schedule is not None:
        schedule.tiers = schedule.tiers[:-1]
        return
    metric = next(m for m in a.metrics if len(getattr(m, "targets", ())) >= 2)
    metric.targets = metric.targets[:-1]  # type: ignore[union-attr]


def _reordered_list(a: Agreement, _: str) -> None:
    a.service.scope = list(reversed(a.service.scope))


def _renamed_party(a: Agreement, _: str) -> None:
    party = a.parties[-1]
    party.legal_name = f"{party.legal_name} Holdings"


EDITORS = {
    "number": _number,
    "sentence": _sentence,
    "added metric": _added_metric,
    "removed tier": _removed_tier,
    "reordered list": _reordered_list,
    "renamed party": _renamed_party,
}


def marker() -> Marker:
    """A marker with the tests' author and date, and ids from 1000 on."""
    ids = iter(range(1000, 10**6))
    return Marker(AUTHOR, DATE, lambda: next(ids))
