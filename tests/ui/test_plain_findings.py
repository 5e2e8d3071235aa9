"""The findings panel names each finding's field in words of the interface language."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from sla_designer.ui.i18n import install_language
from tests.ui.ui_helpers import WindowFactory

RAW = re.compile(r"\[\d+\]|\b[a-z]+_[a-z_]+\b")


def test_the_panel_and_its_tooltip_name_the_field_in_words(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    party = window.document.agreement.parties[0]
    window.document.set_value(("parties", 0, "legal_name"), "")
    window.watcher.run_now()
    model = window.findings_panel.findings_model
    rows = range(model.rowCount())
    assert rows
    name = party.short_name
    for language, expected in (
        ("en", f"Party «{name}» › Legal name"),
        ("pt-BR", f"Parte “{name}” › Razão social"),
    ):
        install_language(language)
        try:
            model.retranslate()
            places = [model.data(model.index(row, 3)) for row in rows]
            assert expected in places
            for row in rows:
                place = model.data(model.index(row, 3))
                assert not RAW.search(place), place
                tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
                assert tip.startswith(place + ": ")
        finally:
            install_language("en")
