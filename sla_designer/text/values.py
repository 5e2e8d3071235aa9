"""Values that are written when a message is shown, in the language it is shown in.

Findings and problems keep raw values (numbers, dates, durations, names of things) and render
them only when shown: the same finding reads "99.9 %" in English and "99,9 %" in Portuguese,
and switching the interface language re-renders it without validating again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from sla_designer.text import texts

if TYPE_CHECKING:
    from sla_designer.text.formats import Formatter


def formatter(language: str) -> Formatter:
    """The language's formatter, imported when first needed: babel is not part of a start-up,
    and the model raises Problems without loading it."""
    from sla_designer.text.formats import formatter as cached

    return cached(language)


class Term(NamedTuple):
    """A phrase of the text layer used as a value: Term('terms.items.metric').

    `values` fill the phrase's own placeholders (they may be Terms or other values too);
    `how_many` chooses its plural form.
    """

    key: str
    values: tuple[tuple[str, Value], ...] = ()
    how_many: int | None = None

    @classmethod
    def of(cls, key: str, count: int | None = None, **values: Value) -> Term:
        return cls(key, tuple(values.items()), count)

    def text(self, language: str) -> str:
        shown = {name: render(value, language) for name, value in self.values}
        return texts(language).render(self.key, shown, self.how_many)


class Joined(NamedTuple):
    """Several values joined as a language joins a list: 'a, b and c' / 'a, b e c'."""

    items: tuple[Value, ...]

    def text(self, language: str) -> str:
        return formatter(language).join([render(item, language) for item in self.items])


class Number(NamedTuple):
    """A number written with a fixed number of decimals ('1.50')."""

    value: Decimal | int | float
    decimals: int | None = None

    def text(self, language: str) -> str:
        return formatter(language).number(self.value, self.decimals)


class Percent(NamedTuple):
    """A percentage: '99.9 %' / '99,9 %'."""

    value: Decimal | int | float
    decimals: int | None = None

    def text(self, language: str) -> str:
        return formatter(language).percent(self.value, self.decimals)


class Amount(NamedTuple):
    """An amount of money: '£400.00' / 'R$ 400,00'."""

    value: Decimal
    currency: str

    def text(self, language: str) -> str:
        return formatter(language).money(self.value, self.currency)


Value = (
    str
    | int
    | Decimal
    | dt.date
    | dt.timedelta
    | Term
    | Joined
    | Number
    | Percent
    | Amount
    | object
)


def render(value: Value, language: str) -> str:
    """One value in `language`: numbers and dates in its conventions, Terms in its words."""
    said = getattr(value, "text", None)
    if callable(said):
        return str(said(language))
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal | float):
        return formatter(language).number(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return formatter(language).numeric_date(value)
    if isinstance(value, dt.timedelta):
        # A message's duration (a downtime allowance, a gap): from hours, so that no reader
        # takes a day for a business day.
        return formatter(language).short_duration(value, "h")
    return str(value)


def render_all(
    values: Mapping[str, Value] | Sequence[tuple[str, Value]], language: str
) -> dict[str, str]:
    """Every value of a mapping (or of pairs) rendered in `language`."""
    pairs = values.items() if isinstance(values, Mapping) else values
    return {name: render(value, language) for name, value in pairs}


def plain(value: Value) -> object:
    """A value as JSON holds it: numbers and durations as their exact text, Terms by key."""
    if isinstance(value, Term):
        return {"term": value.key, **{k: plain(v) for k, v in value.values}}
    if isinstance(value, Joined):
        return [plain(item) for item in value.items]
    if isinstance(value, Number | Percent):
        return str(value.value)
    if isinstance(value, Amount):
        return {"amount": str(value.value), "currency": value.currency}
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return formatter("en").compact_duration(value)
    return str(value)


class Problem(ValueError):
    """A user's mistake, as a phrase of the text layer with its values.

    `str()` is the English message (what pydantic and logs show); `text(language)` renders it
    in any language, so the editor and the command line speak the user's language. `count`
    chooses the phrase's plural form.
    """

    def __init__(self, key: str, /, count: int | None = None, **values: Value) -> None:
        self.key = key
        self.count = count
        self.values = values
        super().__init__(self.text("en"))

    def text(self, language: str) -> str:
        return texts(language).render(self.key, render_all(self.values, language), self.count)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_problem, (self.key, self.count, self.values))


def _rebuild_problem(key: str, count: int | None, values: dict[str, Value]) -> Problem:
    return Problem(key, count, **values)


def problem_text(error: BaseException, language: str) -> str:
    """The message of an error in `language`: a Problem (or an error that carries one, with a
    `text(language)` method) in the language's words, any other error in its own text."""
    said = getattr(error, "text", None)
    if callable(said):
        return str(said(language))
    return str(error)
