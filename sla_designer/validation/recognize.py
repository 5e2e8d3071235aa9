"""What free text says, read in every language the product has: numbers written in digits or in
words, and the patterns of resources/text/<language>/recognize.yaml (days, months, a termination
right, a notice...).

A text is read with the patterns of every language at once, since an account manager may quote
English in a Portuguese contract: a pattern is one alternative per language. Adding a language is
adding its recognize.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import NamedTuple

from sla_designer.text import LANGUAGES, TextError, texts

UNITS = {"days": 24, "hours": 1}
"""The units a pattern's {unit} stands for, with their length in hours."""


class Found(NamedTuple):
    """A number a pattern found, the unit it was given in (None without a {unit}), and the
    words it was found in."""

    number: int
    unit: str | None
    said: str

    @property
    def hours(self) -> int:
        """The number in hours, by its unit."""
        if self.unit is None:
            raise TextError(f"{self.said!r} was found without a {{unit}}")
        return self.number * UNITS[self.unit]


@cache
def number_words() -> Mapping[str, int]:
    """Every number word of every language, in lower case, with its value."""
    words: dict[str, int] = {}
    for language in LANGUAGES:
        for value, spelled in texts(language).raw("recognize.numbers").items():
            for word in spelled:
                if words.setdefault(word.lower(), int(value)) != int(value):
                    raise TextError(f"text/{language}: the number word {word!r} means two numbers")
    return words


def number(text: str) -> int:
    """The value of a number in digits or in one of `number_words`."""
    return int(text) if text.isdigit() else number_words()[text.lower()]


@cache
def pattern(name: str) -> re.Pattern[str]:
    """The pattern `name` of every language as one alternative each, case ignored; {number} and
    {unit} become groups named after their role and the alternative (`number_1`, `days_1`)."""
    words = "|".join(re.escape(w) for w in sorted(number_words(), key=len, reverse=True))
    alternatives = []
    for index, language in enumerate(LANGUAGES):
        recognize = texts(language).section("recognize")
        units = recognize.raw("units")
        unit = "|".join(f"(?P<{u}_{index}>{units[u]})" for u in UNITS)
        values = {"number": rf"(?P<number_{index}>\d+|{words})", "unit": f"(?:{unit})"}
        alternatives.append(f"(?:{recognize.render(f'patterns.{name}.pattern', values)})")
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _role(match: re.Match[str], role: str) -> str | None:
    """The text of the group of `role` that took part in the match, if any."""
    return next(
        (text for name, text in match.groupdict().items() if text and name.startswith(role)),
        None,
    )


def numbers(name: str, text: str) -> Iterator[Found]:
    """Each number the pattern `name` finds in `text`, with its unit and the words it was in."""
    for match in pattern(name).finditer(text):
        found = _role(match, "number_")
        if found is None:  # pragma: no cover - every numbered pattern has a {number}
            continue
        unit = next((u for u in UNITS if _role(match, f"{u}_")), None)
        yield Found(number(found), unit, match.group(0))


def search(name: str, text: str) -> str | None:
    """The first words in `text` that the pattern `name` finds, if any."""
    match = pattern(name).search(text)
    return None if match is None else match.group(0)
