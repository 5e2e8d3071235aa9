"""How a finding's parameters are written in each language: numbers, dates, durations, names.

A rule passes raw values (Decimal, date, timedelta, ClockDuration, Phrase); the catalogue writes
them the way an account manager reads them in English or in Brazilian Portuguese.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sla_designer.calc.budget import duration_text
from sla_designer.model.units import ClockDuration, format_duration


@dataclass(frozen=True, slots=True)
class Phrase:
    """A word with its English and Brazilian Portuguese forms (GLOSSARY.md)."""

    en: str
    pt: str

    def text(self, language: str) -> str:
        """The form for `language` ('pt-BR' or anything else for English)."""
        return self.pt if language == "pt-BR" else self.en


# The kinds of item an id can name, in the glossary's terms.
KIND_PARTY = Phrase("party", "parte")
KIND_CALENDAR = Phrase("calendar", "calendário")
KIND_PRIORITY = Phrase("priority", "prioridade")
KIND_METRIC = Phrase("metric", "indicador")
KIND_SERVICE = Phrase("service", "serviço")
KIND_DUTY = Phrase("responsibility", "responsabilidade")
KIND_REPORT = Phrase("report", "relatório")
KIND_SCHEDULE = Phrase("credit schedule", "tabela de créditos de serviço")

WINDOWS: dict[str, Phrase] = {
    "month": Phrase("month", "mês"),
    "quarter": Phrase("quarter", "trimestre"),
    "year": Phrase("year", "ano"),
    "rolling_days": Phrase("rolling period of days", "período móvel de dias"),
}

CLOCKS: dict[str, Phrase] = {
    "business": Phrase("business hours", "horário comercial"),
    "calendar": Phrase("calendar hours", "horas corridas"),
}

Value = str | int | Decimal | dt.date | dt.timedelta | ClockDuration | Phrase


def number_text(value: Decimal, language: str) -> str:
    """99.90 -> '99.9' in English, '99,9' in Portuguese; never scientific notation."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "pt-BR" else text


def value_text(value: Value, language: str) -> str:
    """Write one message parameter in the given language."""
    if isinstance(value, Phrase):
        return value.text(language)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal):
        return number_text(value, language)
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y") if language == "pt-BR" else value.isoformat()
    if isinstance(value, dt.timedelta):
        # With any fraction of a second (an exact downtime budget such as 40m19.2s).
        return duration_text(value, language)
    if isinstance(value, ClockDuration):
        return f"{format_duration(value.length)} ({CLOCKS[value.clock].text(language)})"
    return str(value)
