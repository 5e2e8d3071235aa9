"""How a finding's parameters are written in each language: numbers, dates, durations, names.

A rule passes raw values (Decimal, date, timedelta, ClockDuration, Term); the catalogue writes
them the way an account manager reads them in English or in Brazilian Portuguese.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sla_designer.model.units import ClockDuration, format_duration


@dataclass(frozen=True, slots=True)
class Term:
    """A word with its English and Brazilian Portuguese forms (GLOSSARY.md)."""

    en: str
    pt: str

    def text(self, language: str) -> str:
        return self.pt if language == "pt-BR" else self.en


# The kinds of item an id can name, in the glossary's terms.
KIND_PARTY = Term("party", "parte")
KIND_CALENDAR = Term("calendar", "calendário")
KIND_PRIORITY = Term("priority", "prioridade")
KIND_METRIC = Term("metric", "indicador")
KIND_SERVICE = Term("service", "serviço")
KIND_DUTY = Term("responsibility", "responsabilidade")
KIND_REPORT = Term("report", "relatório")
KIND_SCHEDULE = Term("credit schedule", "tabela de créditos de serviço")

WINDOWS: dict[str, Term] = {
    "month": Term("month", "mês"),
    "quarter": Term("quarter", "trimestre"),
    "year": Term("year", "ano"),
    "rolling_days": Term("rolling period of days", "período móvel de dias"),
}

CLOCKS: dict[str, Term] = {
    "business": Term("business hours", "horário comercial"),
    "calendar": Term("calendar hours", "horas corridas"),
}

Value = str | int | Decimal | dt.date | dt.timedelta | ClockDuration | Term


def number_text(value: Decimal, language: str) -> str:
    """99.90 -> '99.9' in English, '99,9' in Portuguese; never scientific notation."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "pt-BR" else text


def value_text(value: Value, language: str) -> str:
    """Write one message parameter in the given language."""
    if isinstance(value, Term):
        return value.text(language)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal):
        return number_text(value, language)
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y") if language == "pt-BR" else value.isoformat()
    if isinstance(value, dt.timedelta):
        return format_duration(value)
    if isinstance(value, ClockDuration):
        return f"{format_duration(value.length)} ({CLOCKS[value.clock].text(language)})"
    return str(value)
