"""A time zone picker: zones by their time's name and city in the interface language, found by a
city, a country or the IANA name (the Brazilian capital, the country or the city of Sao Paulo
find America/Sao_Paulo)."""

from __future__ import annotations

from sla_designer.text.zones import find_zones, zone_label, zone_labels
from sla_designer.ui.search_box import Catalogue, SearchBox

ZONES = Catalogue(
    zone_labels,
    find_zones,
    zone_label,
    missing="values.zone_missing",
    ambiguous="values.zone_ambiguous",
    unknown="values.zone_not_found",
    candidates="zones",
    named=6,
)


class TimeZoneBox(SearchBox):
    """Pick a time zone by place; the model stores its IANA name."""

    def __init__(self) -> None:
        super().__init__(ZONES)
