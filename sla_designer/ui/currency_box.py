"""A currency picker: currencies by name in the interface language; a code, symbol or name typed.

"R$", "BRL", "real" find the Brazilian real; "$" offers every currency written with it and
refuses to choose one itself. The model stores the ISO 4217 code.
"""

from __future__ import annotations

from sla_designer.text.currencies import currency_label, currency_labels, find_currencies
from sla_designer.ui.search_box import Catalogue, SearchBox

CURRENCIES = Catalogue(
    currency_labels,
    find_currencies,
    currency_label,
    missing="values.currency_missing",
    ambiguous="values.currency_ambiguous",
    unknown="values.currency_unknown",
    candidates="codes",
    named=8,
)


class CurrencyBox(SearchBox):
    """Pick a currency by name, or type its symbol, code or name; the model stores its code."""

    def __init__(self) -> None:
        super().__init__(CURRENCIES)
