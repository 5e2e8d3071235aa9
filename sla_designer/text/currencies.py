"""Currencies by name: "Real brasileiro (BRL)", and what a user may type to find one.

A user picks a currency by its name in the interface language or types what they know of it:
its ISO 4217 code (`BRL`), its symbol (`R$`), or a word of its name (`real`). A symbol that
several currencies use (`$`) finds all of them, so that the user chooses; none is guessed.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import cache

COMMON = ("BRL", "USD", "EUR", "GBP", "ARS", "CLP", "MXN", "CAD", "JPY", "CHF")
"""The currencies offered first."""


def babel_locale(language: str) -> str:
    """The babel locale of an interface language ('pt-BR' -> 'pt_BR')."""
    return language.replace("-", "_")


def fold(text: str) -> str:
    """Text as a search compares it: lower case, without accents ('Zürich' -> 'zurich')."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


@cache
def _territories_of() -> dict[str, tuple[str, ...]]:
    """Currency code -> the territories that use it today."""
    from babel import Locale, numbers

    today = dt.date.today()
    used: dict[str, list[str]] = {}
    for territory in Locale("en").territories:
        if not isinstance(territory, str) or len(territory) != 2 or not territory.isalpha():
            continue
        for code in numbers.get_territory_currencies(territory, today):
            used.setdefault(code, []).append(territory)
    return {code: tuple(places) for code, places in used.items()}


def current_codes() -> tuple[str, ...]:
    """The ISO 4217 codes of the currencies in use today, sorted."""
    return tuple(sorted(_territories_of()))


def currency_name(code: str, language: str) -> str:
    """The currency's name in `language`, with a capital ('Real brasileiro', 'US Dollar')."""
    from babel import numbers

    name = numbers.get_currency_name(code, locale=babel_locale(language))
    return name[:1].upper() + name[1:]


def currency_label(code: str, language: str) -> str:
    """How a list names a currency: 'Real brasileiro (BRL)'."""
    name = currency_name(code, language)
    return code if name == code else f"{name} ({code})"


@cache
def currency_labels(language: str) -> tuple[tuple[str, str], ...]:
    """(code, label) of every current currency, the common ones first, the others by name."""
    common = [(code, currency_label(code, language)) for code in COMMON]
    rest = sorted(
        ((code, currency_label(code, language)) for code in current_codes() if code not in COMMON),
        key=lambda item: fold(item[1]),
    )
    return (*common, *rest)


@cache
def _symbols() -> dict[str, frozenset[str]]:
    """Code -> the symbols a reader may know it by: in English, Portuguese and at home."""
    from babel import Locale, UnknownLocaleError, languages

    found: dict[str, set[str]] = {}
    locales = [Locale("en"), Locale.parse("pt_BR")]
    for code, places in _territories_of().items():
        homes = list(locales)
        for territory in places:
            for language in languages.get_official_languages(territory)[:1]:
                try:
                    homes.append(Locale.parse(f"{language}_{territory}"))
                except (UnknownLocaleError, ValueError):
                    continue
        symbols = {locale.currency_symbols.get(code, code) for locale in homes}
        found[code] = {symbol for symbol in symbols if symbol != code}
    return {code: frozenset(symbols) for code, symbols in found.items()}


@cache
def _names(code: str, language: str) -> tuple[str, ...]:
    """The folded names of a currency: in `language` and in English."""
    return tuple({fold(currency_name(code, language)), fold(currency_name(code, "en"))})


def find_currencies(text: str, language: str) -> list[str]:
    """The codes `text` may stand for, best first: a code, a symbol, a name or a word of one.

    An exact code or a full name gives that currency alone; a symbol gives every currency
    written with it ('$': the dollars and pesos); a word gives the names holding it.
    """
    typed = text.strip()
    if not typed:
        return []
    codes = current_codes()
    for code, shown in currency_labels(language):
        if typed == shown:
            return [code]
    if typed.upper() in codes and len(typed) == 3 and typed.isalpha():
        return [typed.upper()]
    folded = fold(typed)
    by_name = [code for code in codes if folded in _names(code, language)]
    if by_name:
        return by_name
    by_symbol = [code for code in codes if typed in _symbols().get(code, ())]
    if by_symbol:
        return _common_first(by_symbol)
    words = [
        code
        for code in codes
        if any(word.startswith(folded) for name in _names(code, language) for word in name.split())
    ]
    return _common_first(words)


def _common_first(codes: list[str]) -> list[str]:
    rank = {code: index for index, code in enumerate(COMMON)}
    return sorted(codes, key=lambda code: (rank.get(code, len(COMMON)), code))


HOME_CURRENCIES = {
    "AR": "ARS",
    "BR": "BRL",
    "CA": "CAD",
    "CH": "CHF",
    "CL": "CLP",
    "DE": "EUR",
    "ES": "EUR",
    "FR": "EUR",
    "GB": "GBP",
    "IE": "EUR",
    "IT": "EUR",
    "JP": "JPY",
    "MX": "MXN",
    "NL": "EUR",
    "PT": "EUR",
    "US": "USD",
}
"""The currency of the countries a new agreement most often starts in, known without loading
babel's tables: a blank agreement is made before the window is first painted (a test checks
them against babel)."""


def territory_currency(territory: str, fallback: str = "USD") -> str:
    """The currency a country uses today ('BR' -> 'BRL'); `fallback` for an unknown one."""
    known = HOME_CURRENCIES.get(territory.upper())
    if known is not None:
        return known
    from babel import numbers

    try:
        used = numbers.get_territory_currencies(territory.upper(), dt.date.today())
    except (ValueError, LookupError):
        return fallback
    return used[0] if used else fallback
