"""A time zone picker: zones by their time's name and city in the interface language, found by a
city, a country or the IANA name ("São Paulo", "Brasil", "Brasília" -> America/Sao_Paulo)."""

from __future__ import annotations

from sla_designer.text.values import Problem
from sla_designer.text.zones import find_zones, zone_label, zone_labels
from sla_designer.ui.search_box import SearchBox


class TimeZoneBox(SearchBox):
    """Pick a time zone by place; the model stores its IANA name."""

    def choices(self, language: str) -> tuple[tuple[str, str], ...]:
        return zone_labels(language)

    def search(self, text: str, language: str) -> list[str]:
        return find_zones(text, language)

    def label(self, key: str, language: str) -> str:
        return zone_label(key, language)

    def refuse(self, text: str, keys: list[str]) -> ValueError:
        if not text:
            return Problem("values.zone_missing")
        if keys:
            shown = ", ".join(keys[:6]) + (", …" if len(keys) > 6 else "")
            return Problem("values.zone_ambiguous", text=repr(text), zones=shown)
        return Problem("values.zone_not_found", text=repr(text))
