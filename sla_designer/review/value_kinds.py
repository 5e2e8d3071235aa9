"""Readers of each kind of value as the contract writes it, in the contract's language.

Each reader takes the text a reviewer left in a value's content control and gives the value, or
raises a Problem saying why the text is not one. Numbers go through the product's one reader
(`sla_designer.text.typed`), which refuses a number whose meaning would be a guess ('25.000' in
English); phrases around a value ('4 Business Hours', 'less than 99.0 %') are matched against
the contract's own wording, so the forms read back are the forms the export writes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from babel.numbers import get_currency_symbol

from sla_designer.export.formatting import Formats
from sla_designer.model import BusinessDays, ClockDuration, Money
from sla_designer.model.units import WrittenDuration
from sla_designer.text import Texts
from sla_designer.text.currencies import find_currencies
from sla_designer.text.formats import formatter
from sla_designer.text.values import Joined, Problem

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def spaced(text: str) -> str:
    """The text with each run of spaces (no-break spaces too) as one space, trimmed."""
    return _SPACES.sub(" ", text).strip()


def same(text: str, shown: str) -> bool:
    """Whether two texts say the same words, whatever their case and spacing."""
    return spaced(text).casefold() == spaced(shown).casefold()


def match_phrase(t: Texts, key: str, text: str, **fixed: str) -> dict[str, str] | None:
    """The values of the placeholders of the phrase `key` (in any of its plural forms) that make
    it read `text`, case and spacing aside; `fixed` placeholders are filled in first; None when
    no form reads `text`."""
    node = t.raw(key)
    forms: Iterable[Any] = node.values() if isinstance(node, Mapping) else [node]
    for form in forms:
        pattern = ""
        for n, piece in enumerate(_PLACEHOLDER.split(str(form))):
            if n % 2 == 0:
                pattern += re.escape(_SPACES.sub(" ", piece))
            elif piece in fixed:
                pattern += re.escape(spaced(fixed[piece]))
            elif f"(?P<{piece}>" in pattern:
                pattern += f"(?P={piece})"
            else:
                pattern += f"(?P<{piece}>.+?)"
        found = re.fullmatch(pattern.strip(), spaced(text), re.IGNORECASE)
        if found is not None:
            return {name: value.strip() for name, value in found.groupdict().items()}
    return None


def choose(text: str, shown: Iterable[tuple[object, str]], current: object = None) -> object:
    """The value whose words (as the contract writes them) are `text`; the current value when
    it is one of those; a Problem listing the words the contract uses here when none is (only
    saying so when they are too many to list: countries, regions)."""
    pairs = list(shown)
    matches = [value for value, words in pairs if same(text, words)]
    if current in matches:
        return current
    if matches:
        return matches[0]
    words_of: dict[object, str] = {}
    for value, words in pairs:
        words_of.setdefault(value, spaced(words))
    if len(words_of) > _LISTED:
        raise Problem("files.review.not_known", text=repr(spaced(text)))
    choices = Joined(tuple(repr(words) for words in words_of.values()))
    raise Problem("files.review.not_a_choice", text=repr(spaced(text)), choices=choices)


_LISTED = 12
"""The most choices a refusal lists."""


def read_whole(f: Formats, text: str) -> int:
    """A whole number: '30', '1.000' in Portuguese."""
    value = f.parse_number(text)
    if value != value.to_integral_value():
        raise Problem("files.review.not_whole", text=repr(spaced(text)))
    return int(value)


def read_decimal(f: Formats, text: str, *, percent: bool = False) -> Decimal:
    """A number, exactly as written ('99.0' keeps its decimal); a trailing '%' in a percentage."""
    return f.parse_number(text, percent=percent)


def read_money(f: Formats, text: str, current: Money | None) -> Money:
    """An amount with its currency, as babel writes it: '£8,400.00', 'R$ 1.234,56', '1.234,56 €';
    the currency's symbol or ISO code names it (a symbol several currencies share names the
    current one, or none)."""
    found = re.fullmatch(r"([^\d\s.,-]*)\s*(-?[\d.,]+)\s*([^\d\s.,-]*)", spaced(text))
    if found is None or (found.group(1) and found.group(3)):
        raise Problem("files.review.not_money", text=repr(spaced(text)))
    sign = found.group(1) or found.group(3)
    known = current.currency if current is not None else None
    if not sign:
        if known is None:
            raise Problem("files.review.no_currency", text=repr(spaced(text)))
        currency = known
    elif known is not None and sign.casefold() in (
        known.casefold(),
        get_currency_symbol(known, f.locale).casefold(),
    ):
        currency = known
    else:
        codes = find_currencies(sign, f.language)
        if not codes:
            raise Problem("files.review.no_currency", text=repr(spaced(text)))
        if len(codes) > 1:
            raise Problem("files.review.shared_sign", text=repr(spaced(text)), sign=sign)
        currency = codes[0]
    amount = f.parse_number(found.group(2), minimum=Decimal(0))
    return Money(amount=amount, currency=currency)


def read_duration(f: Formats, text: str) -> dt.timedelta:
    """A duration in words: '4 hours', '1 hour and 30 minutes', '53 minutos e 17 segundos' (the
    words a duration is typed with in the language, which hold the contract's)."""
    return formatter(f.language).parse_duration(text)


def read_target(f: Formats, text: str) -> ClockDuration | BusinessDays:
    """A time target as the contract writes it: '4 Business Hours', '2 Business Days, by close
    of business', '30 minutes of Business Hours', '15 minutes, counted around the clock'
    ('4 Horas Úteis', '15 minutos corridos')."""
    t = f.wording
    keys = [f"units.target.days.{ends}" for ends in ("same_time", "close_of_business")]
    keys += ["units.target.hours", "units.target.business"]
    keys += [f"units.target.calendar.{unit}" for unit in t.raw("units.target.calendar")]
    for key in keys:
        said = match_phrase(t, key, text)
        if said is not None:
            try:
                return _target(f, key, said)
            except ValueError:
                continue
    example = f.target_time(ClockDuration(WrittenDuration(4 * 3600, "h"), "business"))
    raise Problem("files.review.not_a_target", text=repr(spaced(text)), example=example)


def _target(f: Formats, key: str, said: dict[str, str]) -> ClockDuration | BusinessDays:
    """The target the phrase `key` says with the values `said` in its placeholders."""
    if key.startswith("units.target.days."):
        late = key.endswith("close_of_business")
        return BusinessDays(read_whole(f, said["n"]), "close_of_business" if late else "same_time")
    if key == "units.target.hours":
        return ClockDuration(WrittenDuration(read_whole(f, said["n"]) * 3600, "h"), "business")
    length = read_duration(f, said["duration"])
    return ClockDuration(length, "business" if key == "units.target.business" else "calendar")


_ORDINALS = {"º", "ª", "o", "st", "nd", "rd", "th"}


def _months(f: Formats) -> dict[str, int]:
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in f.locale.months[context][width].items():
                names[str(name).casefold().rstrip(".")] = int(number)
    return names


def _day_and_month(f: Formats, text: str, shown: str) -> tuple[int, int, list[str]]:
    """(day, month, other numbers) of a date written with its month in words; the words around
    them must be the pattern's own (`shown`, a date written the contract's way)."""
    months = _months(f)
    words = re.findall(r"[^\W\d_]+\.?", spaced(text).casefold())
    named = [months[w.rstrip(".")] for w in words if w.rstrip(".") in months]
    allowed = set(re.findall(r"[^\W\d_]+", shown.casefold())) | _ORDINALS
    other = [w for w in words if w.rstrip(".") not in months and w.rstrip(".") not in allowed]
    numbers = re.findall(r"\d+", text)
    days = [n for n in numbers if len(n) <= 2]
    if len(named) != 1 or other or len(days) != 1:
        raise ValueError(text)
    return int(days[0]), named[0], [n for n in numbers if len(n) > 2]


def read_date(f: Formats, text: str) -> dt.date:
    """A date as the contract writes it ('1 March 2027', 'March 1, 2027', '1º de março de
    2027'), with the month in words in any order; or in digits as 2027-03-01 (and 01/03/2027
    in Portuguese, where the day always comes first)."""
    plain = spaced(text)
    example = f.date(dt.date(2027, 3, 1))
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", plain):
            return dt.date.fromisoformat(plain)
        slashed = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", plain)
        if slashed is not None and f.language == "pt-BR":
            return dt.date(int(slashed[3]), int(slashed[2]), int(slashed[1]))
        day, month, rest = _day_and_month(f, plain, example)
        if len(rest) != 1 or len(rest[0]) != 4:
            raise ValueError(text)
        return dt.date(int(rest[0]), month, day)
    except ValueError:
        raise Problem("files.review.not_a_date", text=repr(plain), example=example) from None


def read_day_of_year(f: Formats, text: str) -> tuple[int, int]:
    """(month, day) of a day of every year: '15 August', 'August 15', '15 de agosto'."""
    example = f.annual_date(8, 15)
    try:
        day, month, rest = _day_and_month(f, text, example)
        if rest:
            raise ValueError(text)
        dt.date(2000, month, day)  # a leap year: the model says why 29 February is refused
    except ValueError:
        raise Problem("files.review.not_a_day", text=repr(spaced(text)), example=example) from None
    return month, day
