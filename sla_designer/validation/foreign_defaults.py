"""A default left in the other language: a name a new item starts with in one language ("Business
hours") kept in an agreement written in the other ("Horário comercial" was meant).

The defaults are the phrases the editor gives new items (`DEFAULT_KEYS`); the fields compared
are the names new items get them in (`named_fields`).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from sla_designer.model import Agreement
from sla_designer.model.kinds import KINDS
from sla_designer.model.paths import FieldPath
from sla_designer.text import LANGUAGES, texts
from sla_designer.text.values import Term
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import Finding

DEFAULT_KEYS: tuple[str, ...] = (
    "terms.new.calendar",
    "terms.new.report",
    "terms.new.review",
    "metrics.new.maintenance",
    "metrics.new.unit",
    *(f"metrics.kinds.{kind}" for kind in KINDS),
)
"""The phrases the editor writes into a new item, in the agreement's language."""


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


@cache
def defaults_of(language: str) -> dict[str, str]:
    """The defaults of a language, by their text as compared (spaces and case ignored)."""
    words = texts(language)
    return {_key(words(key)): key for key in DEFAULT_KEYS}


@cache
def _foreign_to(own: str) -> tuple[dict[str, tuple[str, str]], int]:
    """For an agreement in `own`: the other languages' defaults that are not also its own, by
    their compared text, each with its language and key; and the length of the longest."""
    mine = defaults_of(own)
    table: dict[str, tuple[str, str]] = {}
    for other in LANGUAGES:
        if other != own:
            for typed, key in defaults_of(other).items():
                if typed not in mine:
                    table.setdefault(typed, (other, key))
    return table, max((len(typed) for typed in table), default=0)


def named_fields(agreement: Agreement) -> Iterator[tuple[FieldPath, str]]:
    """The fields a new item's default is written into (`DEFAULT_KEYS`): the names of calendars,
    metrics, maintenance windows, reports and review meetings, and a metric's unit."""
    for i, calendar in enumerate(agreement.calendars):
        yield ("calendars", i, "name"), calendar.name
    for i, metric in enumerate(agreement.metrics):
        yield ("metrics", i, "name"), metric.name
        unit = getattr(metric, "unit", None)
        if isinstance(unit, str):
            yield ("metrics", i, "unit"), unit
        for j, window in enumerate(getattr(metric, "maintenance", ())):
            yield ("metrics", i, "maintenance", j, "name"), window.name
    for i, report in enumerate(agreement.reporting.reports):
        yield ("reporting", "reports", i, "name"), report.name
    for i, review in enumerate(agreement.reporting.reviews):
        yield ("reporting", "reviews", i, "name"), review.name


def foreign_defaults(ctx: Context) -> Iterator[Finding]:
    """Each field a default is written into that holds a default of another language (and not
    of its own)."""
    own = ctx.agreement.language
    table, longest = _foreign_to(own)
    for path, text in named_fields(ctx.agreement):
        if len(text) > 2 * longest + 8:
            continue  # longer than any default, even with extra spaces: not worth comparing
        found = table.get(_key(text))
        if found is not None:
            other, key = found
            yield make(
                "default-in-other-language",
                path,
                text=text.strip(),
                language=Term(f"findings._parts.languages.{other}"),
                own=Term(f"findings._parts.languages.{own}"),
                suggestion=texts(own)(key),
            )


RULES = (foreign_defaults,)
