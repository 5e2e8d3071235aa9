"""A currency picker: currencies by name in the interface language; a code, symbol or name typed.

"R$", "BRL", "real" find the Brazilian real; "$" offers every currency written with it and
refuses to choose one itself. The model stores the ISO 4217 code.
"""

from __future__ import annotations

from sla_designer.text.currencies import currency_label, currency_labels, find_currencies
from sla_designer.text.values import Problem
from sla_designer.ui.search_box import SearchBox


class CurrencyBox(SearchBox):
    """Pick a currency by name, or type its symbol, code or name; the model stores its code."""

    def choices(self, language: str) -> tuple[tuple[str, str], ...]:
        return currency_labels(language)

    def search(self, text: str, language: str) -> list[str]:
        return find_currencies(text, language)

    def label(self, key: str, language: str) -> str:
        return currency_label(key, language)

    def refuse(self, text: str, keys: list[str]) -> ValueError:
        if not text:
            return Problem("values.currency_missing")
        if keys:
            shown = ", ".join(keys[:8]) + (", …" if len(keys) > 8 else "")
            return Problem("values.currency_ambiguous", text=repr(text), codes=shown)
        return Problem("values.currency_unknown", text=repr(text))
