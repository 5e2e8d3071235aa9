"""Ids are made from names, follow them while they were made from them, and stay hidden until
asked for (View › Show identifiers); the references to an id follow it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from sla_designer.model.ids import id_from_name, slug
from tests.ui.ui_helpers import WindowFactory, go
from tests.ui.ui_helpers import retype as retype_ascii


def retype(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    """Type over a field (QtTest types ASCII only: accented text comes as input)."""
    if text.isascii():
        retype_ascii(qtbot, line, text)
    else:
        line.setFocus()
        line.selectAll()
        line.insert(text)


def test_an_id_is_written_from_a_name() -> None:
    assert slug("Tempo de resposta (P1)") == "tempo-de-resposta-p1"
    assert slug("Ação & Cia. Ltda.") == "acao-cia-ltda"
    assert slug("24x7 support") == "n-24x7-support"
    assert slug("—") == ""
    assert id_from_name("Acme", ["acme", "acme-2"], "party") == "acme-3"
    assert id_from_name("", ["party1"], "party") == "party2"
    assert len(slug("a very long name " * 10)) <= 40


def test_ids_follow_names_and_references_follow_ids(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("")
    document = window.document
    parties = go(window, "parties").sections[0]
    parties.add()
    parties.add()
    name = parties.form.editor("legal_name")
    assert isinstance(name, QLineEdit)
    retype(qtbot, name, "Banco do Sertão S.A.")
    assert document.agreement.parties[1].id == "banco-do-sertao-s-a"
    # Someone refers to the party: a duty.
    duties = go(window, "responsibilities").sections[0]
    duties.add()
    assert document.agreement.responsibilities[0].party == "banco-do-sertao-s-a"
    # The name changes: the id follows, and the duty with it, in one undo step.
    steps = document.undo_stack.count()
    parties.select_row(1)
    retype(qtbot, name, "Banco do Sertão")
    assert document.agreement.parties[1].id == "banco-do-sertao"
    assert document.agreement.responsibilities[0].party == "banco-do-sertao"
    assert document.undo_stack.count() == steps + 1
    window.menus.undo.trigger()
    assert document.agreement.parties[1].id == "banco-do-sertao-s-a"
    assert document.agreement.responsibilities[0].party == "banco-do-sertao-s-a"
    window.menus.redo.trigger()
    # A short name wins over the legal name.
    go(window, "parties")
    short = parties.form.editor("short_name")
    assert isinstance(short, QLineEdit)
    retype(qtbot, short, "Sertão")
    assert document.agreement.parties[1].id == "sertao"
    # An id typed by hand is kept when the name changes.
    show_ids = window.findChild(QAction, "show-ids")
    assert show_ids is not None
    show_ids.setChecked(True)
    identifier = parties.form.editor("id")
    assert isinstance(identifier, QLineEdit) and identifier.isVisibleTo(window)
    retype(qtbot, identifier, "bank")
    assert document.agreement.responsibilities[0].party == "bank"
    retype(qtbot, short, "BdS")
    assert document.agreement.parties[1].id == "bank"
    # A copy gets an id made from its name, which then follows it.
    parties.select_row(0)
    retype(qtbot, name, "Acme")
    parties.duplicate()
    assert [p.id for p in document.agreement.parties] == ["acme", "acme-2", "bank"]
    retype(qtbot, name, "Acme Two")
    assert document.agreement.parties[1].id == "acme-two"


def test_ids_are_hidden_until_asked_for_and_tables_do_not_lead_with_them(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    metrics = go(window, "metrics").sections[0]
    metrics.select_row(0)
    identifier = metrics.form.editor("id")
    header = metrics.table.horizontalHeader()
    id_column = next(
        c
        for c in range(metrics.model.columnCount())
        if metrics.model.headerData(c, header.orientation()) == "Identifier"
    )
    assert not identifier.isVisibleTo(window)
    assert metrics.table.isColumnHidden(id_column)
    show_ids = window.findChild(QAction, "show-ids")
    assert show_ids is not None and not show_ids.isChecked()
    show_ids.setChecked(True)
    assert identifier.isVisibleTo(window)
    assert not metrics.table.isColumnHidden(id_column)
    assert header.visualIndex(id_column) == metrics.model.columnCount() - 1
    assert window.settings.value("view/show_ids", type=bool) is True
    show_ids.setChecked(False)
    assert not identifier.isVisibleTo(window)


def test_pickers_name_items_without_their_ids(make_window: WindowFactory) -> None:
    from sla_designer.ui.pickers import reference_choices

    window = make_window()
    assert window.files.new_from("saas-availability")
    document = window.document
    path = ("service", "services")
    services = document.agreement.service.services
    assert [label for _, label in reference_choices(document, path)] == [s.name for s in services]
    twin = services[0].model_copy(update={"id": "twin"})
    document.set_value(path, [*services, twin], text="twin")
    labels = [label for _, label in reference_choices(document, path)]
    assert labels[0] == f"{twin.name} ({services[0].id})"
    assert labels[-1] == f"{twin.name} (twin)"


def test_tables_name_the_items_their_rows_refer_to(make_window: WindowFactory) -> None:
    from sla_designer.ui.item_models import ListTableModel

    window = make_window()
    assert window.files.new_from("saas-availability")
    go(window, "remedies")
    agreement = window.document.agreement
    names = {m.name for m in agreement.metrics}
    ids = {m.id for m in agreement.metrics}
    shown = set()
    for model in window.pages["remedies"].findChildren(ListTableModel):
        if model.list_path == ("remedies", "credit_schedules"):
            headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
            column = headers.index("Metric")
            shown = {model.index(row, column).data() for row in range(model.rowCount())}
    assert shown and shown <= names and not shown & ids
