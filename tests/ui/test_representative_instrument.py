"""The parties page chooses what empowers a representative to sign, which the preamble names."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from sla_designer.export.preview import preview_html
from tests.export.reviewed import plain
from tests.ui.ui_helpers import WindowFactory, go


def test_the_instrument_is_chosen_on_the_parties_page(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")
    parties = go(window, "parties").sections[0]
    parties.select_row(1)  # Alvorada Contact Center S.A.: by its legal form, its bylaws
    combo = parties.form.editor("representative.instrument")
    assert isinstance(combo, QComboBox) and combo.isEnabled()
    assert combo.currentData() == ""
    assert "na forma de seu estatuto social por Marcos" in plain(
        preview_html(window.document.agreement)
    )

    combo.setCurrentIndex(combo.findData("power_of_attorney"))
    rep = window.document.agreement.parties[1].representative
    assert rep is not None and rep.instrument == "power_of_attorney"
    assert "nos termos de procuração por Marcos" in plain(preview_html(window.document.agreement))

    window.document.undo_stack.undo()
    rep = window.document.agreement.parties[1].representative
    assert rep is not None and rep.instrument is None
    assert combo.currentData() == ""
