"""Numbers and durations typed by a user, read in one language's conventions, never guessed.

A language has a decimal mark and a group mark: English `.` and `,`, Brazilian Portuguese `,`
and `.` (babel's locale data), so the two languages use the same two marks the other way
round. A number typed in language L is read as follows (an optional leading `-`, surrounding
spaces and, in a percentage, a trailing `%` aside):

1. Refused as ambiguous: one to three digits (not starting with 0), L's decimal mark, exactly
   three digits, nothing else: `25.000` in English, `25,000` in Portuguese. The other language
   writes twenty-five thousand that way, so the meaning would be a guess; the reason names both
   readings ("type 25,000 or 25"), the smaller one with four decimals when it has three
   ("99,125 or 99.1250"), so that neither suggestion is ambiguous again. A field whose limits
   (`minimum`, `maximum`) leave only one of the two readings is not in doubt: `99.125` in an
   English percentage (0 to 100) is read as 99.125.
2. Read: plain digits (`25000`), with L's decimal mark and any digits after it (`99,95`), the
   whole part either plain or grouped by threes with L's group mark (`25.000,00`; a first group
   of one to three digits, not starting with 0).
3. Refused, saying how to write it in L: a number that rule 2 reads with the marks swapped,
   i.e. written the other language's way (`25.000,00` or `1,5` in English).
4. Refused, with the number grouped right: digits with marks in the wrong places
   (`1,00,000`, `1.0000`).
5. Anything else is not a number.

A duration is typed as counts and units, largest unit first, each unit once: the file's
compact form (`4h`, `1h30m`, `2d`, `45s`, `90min`) or the language's words (`1 h 30 min`,
`2 dias`, `3 hours`), from `terms.units.typed`. It is shown back in `terms.units.short`.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from sla_designer.model.units import UNIT_SECONDS, DurationUnit, WrittenDuration, parse_duration
from sla_designer.text.values import Number, Percent, Problem

if TYPE_CHECKING:
    from sla_designer.text.formats import Formatter

_MINUS = "-\u2212"


def _marks(formats: Formatter) -> tuple[str, str]:
    """(decimal mark, group mark) of a formatter's language."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return get_decimal_symbol(formats.locale), get_group_symbol(formats.locale)


def _shape(decimal: str, group: str) -> re.Pattern[str]:
    whole = rf"(?:[0-9]+|[1-9][0-9]{{0,2}}(?:{re.escape(group)}[0-9]{{3}})+)"
    return re.compile(rf"{whole}(?:{re.escape(decimal)}[0-9]+)?|{re.escape(decimal)}[0-9]+")


def _value(body: str, decimal: str, group: str) -> Decimal:
    return Decimal(body.replace(group, "").replace(decimal, "."))


def _within(value: Decimal, minimum: Decimal | None, maximum: Decimal | None) -> bool:
    return (minimum is None or value >= minimum) and (maximum is None or value <= maximum)


def _as_typed(value: Decimal) -> Number:
    """A number shown with the decimals it was typed with ('25,000.00')."""
    exponent = value.as_tuple().exponent
    return Number(value, -exponent if isinstance(exponent, int) and exponent < 0 else 0)


def read_number(
    formats: Formatter,
    text: str,
    *,
    percent: bool = False,
    minimum: Decimal | None = None,
    maximum: Decimal | None = None,
) -> Decimal:
    """The number `text` says in the formatter's language, exactly; a Problem (a ValueError)
    naming why when it says none, or when what it says would be a guess (see the module)."""
    body = text.strip()
    if percent and body.endswith("%"):
        body = body[:-1].rstrip()
    sign = ""
    if body[:1] in _MINUS:
        sign, body = "-", body[1:].lstrip()
    decimal, group = _marks(formats)
    if re.fullmatch(rf"[1-9][0-9]{{0,2}}{re.escape(decimal)}[0-9]{{3}}", body):
        large = Decimal(sign + body.replace(decimal, ""))
        small = Decimal(sign + body.replace(decimal, "."))
        readings = [v for v in (large, small) if _within(v, minimum, maximum)]
        if len(readings) == 1:
            return readings[0]
        shown = _as_typed(small.normalize())
        if shown.decimals == 3:
            shown = Number(small, 4)
        raise Problem("values.number_ambiguous", text=repr(text.strip()), large=large, small=shown)
    if _shape(decimal, group).fullmatch(body):
        return _value(sign + body, decimal, group)
    if _shape(group, decimal).fullmatch(body):
        meant = _value(sign + body, group, decimal)
        raise Problem("values.number_other_way", text=repr(text.strip()), value=_as_typed(meant))
    marks = re.escape(decimal + group)
    if re.fullmatch(rf"[0-9]+(?:[{marks}][0-9]+)+", body):
        whole, _, fraction = body.rpartition(decimal) if decimal in body else (body, "", "")
        digits = whole.replace(group, "") + ("." + fraction if fraction else "")
        if group not in fraction and decimal not in whole:
            value = _as_typed(Decimal(digits))
            raise Problem("values.number_grouping", text=repr(text.strip()), value=value)
    raise Problem("values.not_a_number", text=repr(text.strip()))


def check_number(
    value: Decimal,
    *,
    minimum: Decimal | None = None,
    maximum: Decimal | None = None,
    decimals: int | None = None,
    percent: bool = False,
) -> Decimal:
    """`value` if a field with these limits takes it; else a Problem naming the limit."""
    exponent = value.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if decimals is not None and places > decimals:
        if decimals == 0:
            raise Problem("values.refusal.whole_number")
        raise Problem("values.number_decimals", count=decimals, n=decimals)
    if minimum is not None and value < minimum:
        raise Problem("values.refusal.at_least", limit=Percent(minimum) if percent else minimum)
    if maximum is not None and value > maximum:
        raise Problem("values.refusal.at_most", limit=Percent(maximum) if percent else maximum)
    return value


def plain_number(value: Decimal) -> Decimal:
    """The value as the model keeps it: trailing zeros dropped, a whole number without a point
    ('30', not '3E+1' nor '30.00')."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


# --- durations -------------------------------------------------------------------------------

_ORDER = "dhms"
_LETTERS = {"d": ("d",), "h": ("h",), "m": ("m", "min"), "s": ("s",)}
_TOKEN = re.compile(r"\s*([0-9]+(?:[.,][0-9]{3})*)\s*([^\W\d_]+)\.?\s*,?", re.UNICODE)


def _unit_words(formats: Formatter) -> dict[str, str]:
    """Every word a unit may be typed with in the language (and the file's letters) → unit."""
    words: dict[str, str] = {}
    for unit, letters in _LETTERS.items():
        typed = str(formats.words(f"units.typed.{unit}")).split("|")
        for word in (*letters, *typed):
            words[word.strip().casefold()] = unit
    return words


def read_duration(formats: Formatter, text: str) -> WrittenDuration:
    """A duration typed in the language's way or the file's (see the module); a Problem with
    examples in the language when it is none."""
    words = _unit_words(formats)
    joiner = str(formats.words("units.typed.and")).casefold()
    counts: dict[str, str] = {}
    rest = text.strip().casefold()
    while rest:
        match = _TOKEN.match(rest)
        unit = words.get(match.group(2)) if match else None
        if match is None or unit is None or unit in counts:
            raise Problem("values.duration_typed", text=repr(text.strip()))
        if counts and _ORDER.index(unit) < _ORDER.index(list(counts)[-1]):
            raise Problem("values.duration_typed", text=repr(text.strip()))
        try:
            count = read_number(formats, match.group(1), minimum=Decimal(0))
        except ValueError:
            raise Problem("values.duration_typed", text=repr(text.strip())) from None
        if count != count.to_integral_value():
            raise Problem("values.duration_typed", text=repr(text.strip()))
        counts[unit] = str(int(count))
        rest = rest[match.end() :].lstrip()
        if rest.startswith(joiner + " "):
            rest = rest[len(joiner) :].lstrip()
    if not counts:
        raise Problem("values.duration_typed", text=repr(text.strip()))
    return parse_duration("".join(f"{int(n)}{unit}" for unit, n in counts.items()))


def short_duration(formats: Formatter, value: dt.timedelta, largest: str = "d") -> str:
    """'1 h 30 min', '2 d', '45 s': a duration as a field shows it, starting with the unit it
    was written in (else `largest`); a fraction of a second is kept."""
    micro = value // dt.timedelta(microseconds=1)
    whole, fraction = divmod(micro, 1_000_000)
    top = getattr(value, "unit", None) or largest
    parts: list[str] = []
    units: list[DurationUnit] = list(UNIT_SECONDS)
    for unit in units[_ORDER.index(top) : -1]:
        count, whole = divmod(whole, UNIT_SECONDS[unit])
        if count:
            parts.append(formats.words(f"units.short.{unit}", n=formats.number(count)))
    if not (whole or fraction or parts):
        return formats.words(f"units.short.{top}", n=formats.number(0))
    if whole or fraction:
        seconds = Decimal(whole) + Decimal(fraction) / 1_000_000
        parts.append(formats.words("units.short.s", n=formats.number(seconds)))
    return " ".join(parts)
