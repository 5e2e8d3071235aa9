"""One-line explanations of a service credit, in English and Brazilian Portuguese."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from babel.numbers import format_currency, format_decimal

from sla_designer.model.units import format_duration

if TYPE_CHECKING:
    from sla_designer.calc.credits import CreditResult

_LOCALES = {"en": "en_US", "pt-BR": "pt_BR"}
_BASIS = {
    "en": {
        "monthly_fee_of_service": "the monthly fee of the service",
        "monthly_fee_total": "the total monthly fee",
        "annual_fee": "the annual fee",
    },
    "pt-BR": {
        "monthly_fee_of_service": "do valor mensal do serviço",
        "monthly_fee_total": "do valor mensal total",
        "annual_fee": "do valor anual",
    },
}
_WORDS = {
    "en": {
        "tier": "{m} is in tier {n} ({range})",
        "band": "downtime of {m} is in band {n} ({range})",
        "linear_below": "{m} is {steps} whole step(s) below {start}",
        "linear_above": "{m} is {steps} whole step(s) above {start}",
        "rule_max": "{raw} limited to the rule's maximum of {max}",
        "none": "{m} is in no credit range",
        "at_least": "at least {v}",
        "below": "below {v}",
        "over": "from {v}",
        "up_to": "below {v}",
        "share": "{p} of {basis} ({fee}) = {gross}",
        "schedule_cap": "limited by the schedule's cap to {v}",
        "monthly_cap": "the monthly cap leaves {v}",
        "yearly_cap": "the yearly cap leaves {v}",
        "minimum": "below the minimum credit of {v}, nothing is issued",
        "credit": "credit {v}",
    },
    "pt-BR": {
        "tier": "{m} está na faixa {n} ({range})",
        "band": "indisponibilidade de {m} está na faixa {n} ({range})",
        "linear_below": "{m} fica {steps} degrau(s) inteiro(s) abaixo de {start}",
        "linear_above": "{m} fica {steps} degrau(s) inteiro(s) acima de {start}",
        "rule_max": "{raw} limitado ao máximo da regra, {max}",
        "none": "{m} não está em nenhuma faixa de crédito",
        "at_least": "a partir de {v}",
        "below": "abaixo de {v}",
        "over": "a partir de {v}",
        "up_to": "abaixo de {v}",
        "share": "{p} {basis} ({fee}) = {gross}",
        "schedule_cap": "limitado pela tabela a {v}",
        "monthly_cap": "o limite máximo mensal deixa {v}",
        "yearly_cap": "o limite máximo anual deixa {v}",
        "minimum": "abaixo do crédito mínimo de {v}, nada é concedido",
        "credit": "crédito de {v}",
    },
}


def _number(value: Decimal, locale: str) -> str:
    return format_decimal(value, locale=locale, decimal_quantization=False)


def _percent(value: Decimal, locale: str) -> str:
    return f"{_number(value, locale)} %"


def _measured(value: Decimal | dt.timedelta | None, unit: str, locale: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.timedelta):
        return format_duration(value)
    number = _number(value, locale)
    return f"{number} {unit}" if unit else number


def explain(result: CreditResult, language: str = "en") -> str:
    """The explanation of a credit as one line in `language` ('en' or 'pt-BR')."""
    lang = "pt-BR" if language == "pt-BR" else "en"
    locale = _LOCALES[lang]
    words = _WORDS[lang]
    outcome = result.outcome

    def money(amount: Decimal) -> str:
        return format_currency(amount, result.currency, locale=locale)

    def show(value: Decimal | dt.timedelta | None) -> str:
        return _measured(value, result.unit, locale)

    measured = show(result.measured)
    if outcome.kind in ("tier", "downtime_band"):
        low, high = ("at_least", "below") if outcome.kind == "tier" else ("over", "up_to")
        bounds = []
        if outcome.lower is not None:
            bounds.append(words[low].format(v=show(outcome.lower)))
        if outcome.upper is not None:
            bounds.append(words[high].format(v=show(outcome.upper)))
        key = "tier" if outcome.kind == "tier" else "band"
        number = (outcome.index or 0) + 1
        parts = [words[key].format(m=measured, n=number, range=", ".join(bounds))]
    elif outcome.kind == "linear":
        start = show(outcome.lower)
        # Steps are counted in the direction that is worse for the metric: below the start when
        # higher is better, above it for a lower-is-better metric such as abandonment.
        key = "linear_below" if outcome.higher_is_better else "linear_above"
        parts = [words[key].format(m=measured, steps=outcome.steps, start=start)]
        if outcome.uncapped is not None:
            raw, top = _percent(outcome.uncapped, locale), _percent(outcome.percent, locale)
            parts.append(words["rule_max"].format(raw=raw, max=top))
    else:
        parts = [words["none"].format(m=measured)]
    for cap in result.caps:
        if cap.kind == "schedule_cap":
            parts.append(words["schedule_cap"].format(v=_percent(cap.limit, locale)))
    basis = _BASIS[lang][result.basis]
    parts.append(
        words["share"].format(
            p=_percent(result.percent, locale),
            basis=basis,
            fee=money(result.fee.amount),
            gross=money(result.gross),
        )
    )
    for cap in result.caps:
        if cap.kind != "schedule_cap":
            parts.append(words[cap.kind].format(v=money(cap.limit)))
    if result.below_minimum and result.minimum is not None:
        parts.append(words["minimum"].format(v=money(result.minimum)))
    parts.append(words["credit"].format(v=money(result.amount)))
    return "; ".join(parts) + "."
