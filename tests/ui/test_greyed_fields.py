"""A greyed-out field shows nothing of another item: no stale representative, no stale value."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit

from sla_designer.model import Representative
from sla_designer.ui.form import FieldForm
from tests.ui.ui_helpers import WindowFactory, go


def _representative(form: FieldForm) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
    editors = [form.editor(f"representative.{name}") for name in ("name", "title", "tax_id")]
    lines = [editor for editor in editors if isinstance(editor, QLineEdit)]
    assert len(lines) == 3
    return lines[0], lines[1], lines[2]


def test_a_new_party_shows_no_representative_of_the_template(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")
    parties = go(window, "parties").sections[0]
    parties.select_row(0)
    name, title, tax_id = _representative(parties.form)
    assert name.text() == "Luciana Ferraz Moreira" and tax_id.text() == "748.146.691-27"
    assert name.isEnabled()

    parties.add()  # a new party, chosen at once, has no representative
    assert parties.current_row() == len(window.document.agreement.parties) - 1
    toggle = parties.form.editor("representative")
    assert isinstance(toggle, QCheckBox) and not toggle.isChecked()
    for editor in (name, title, tax_id):
        assert not editor.isEnabled()
        assert editor.text() == ""
    # Switching the representative on gives empty fields to fill in, not someone else's.
    toggle.click()
    assert isinstance(window.document.agreement.parties[-1].representative, Representative)
    assert [e.text() for e in (name, title, tax_id)] == ["", "", ""]
    assert name.isEnabled()
    # Undo: greyed again and empty again.
    window.document.undo_stack.undo()
    assert not name.isEnabled() and name.text() == ""


def test_the_customer_without_representative_shows_none_of_the_providers(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")
    document = window.document
    document.set_value(("parties", 1, "representative"), None, text="Remove representative")
    parties = go(window, "parties").sections[0]
    parties.select_row(0)
    name, _title, tax_id = _representative(parties.form)
    assert name.text() == "Luciana Ferraz Moreira"
    parties.select_row(1)
    assert (name.text(), tax_id.text()) == ("", "")
    assert not name.isEnabled()
    # Back on the provider, its own representative shows again.
    parties.select_row(0)
    assert (name.text(), tax_id.text()) == ("Luciana Ferraz Moreira", "748.146.691-27")


def test_fields_of_no_chosen_item_are_empty(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")
    parties = go(window, "parties").sections[0]
    contacts = parties.children_sections[0]
    parties.select_row(0)
    contacts.select_row(0)
    name = contacts.form.editor("name")
    assert isinstance(name, QLineEdit) and name.text()
    parties.add()  # a new party has no contacts: none is chosen
    assert contacts.current_path() is None
    assert not name.isEnabled() and name.text() == ""
