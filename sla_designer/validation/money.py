"""Money: known currencies, one currency per agreement, and no money between departments."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from sla_designer.model import Money
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import FieldPath, Finding


@cache
def _decimal_places(code: str) -> int:
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(code))


@cache
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def currency_known(code: str) -> bool:
    """Whether `code` is an ISO 4217 currency in babel's list."""
    return code in _currencies()


def _amounts(ctx: Context) -> Iterator[tuple[Money, FieldPath]]:
    a = ctx.agreement
    for i, service in enumerate(a.service.services):
        if service.monthly_fee is not None:
            yield service.monthly_fee, ("service", "services", i, "monthly_fee", "currency")
    if a.remedies.minimum_credit is not None:
        yield a.remedies.minimum_credit, ("remedies", "minimum_credit", "currency")


def currencies(ctx: Context) -> Iterator[Finding]:
    """The agreement's currency is known, and every amount is in it."""
    expected = ctx.agreement.currency
    if not currency_known(expected):
        yield make("unknown-currency", ("currency",), currency=expected)
    for money, path in _amounts(ctx):
        if not currency_known(money.currency):
            yield make("unknown-currency", path, currency=money.currency)
        elif money.currency != expected:
            yield make("currency-mismatch", path, currency=money.currency, expected=expected)
        else:
            places = _decimal_places(money.currency)
            if money.amount != round(money.amount, places):
                yield make(
                    "amount-finer-than-currency",
                    (*path[:-1], "amount"),
                    amount=money.amount,
                    currency=money.currency,
                    places=places,
                )


def internal_credits(ctx: Context) -> Iterator[Finding]:
    """An internal agreement (between departments of one organisation, see
    `Agreement.internal`) that pays credits in money is unusual enough to point out; an
    operational agreement with an outside supplier is not internal."""
    a = ctx.agreement
    if not a.internal:
        return
    if a.remedies.minimum_credit is not None:
        yield make("internal-credit-in-money", ("remedies", "minimum_credit"))
    elif a.remedies.credit_schedules:
        yield make("internal-credit-in-money", ("remedies", "credit_schedules"))


RULES = (currencies, internal_credits)
