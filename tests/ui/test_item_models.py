# mypy: disable-error-code="no-untyped-call"
"""Every item model of the editor passes Qt's model tester, also across edits and undo."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sla_designer.model import Agreement, Contact, Party, Priority
from sla_designer.ui.document import AgreementDocument
from sla_designer.ui.findings_panel import FindingsModel, FindingsWatcher
from sla_designer.ui.i18n import install_language
from sla_designer.ui.item_models import Column, ListTableModel
from sla_designer.validation import validate


def _document() -> AgreementDocument:
    return AgreementDocument(
        Agreement(
            title="T",
            parties=[
                Party(id="a", role="provider", legal_name="A", contacts=[Contact(name="Ann")]),
                Party(id="b", role="customer", legal_name="B"),
            ],
        )
    )


def test_list_model(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    document = _document()
    model = ListTableModel(
        document, ("parties",), [Column("Id", "id"), Column("Name", "legal_name", editable=True)]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.setData(model.index(1, 1), "Beta Ltd")
    assert document.agreement.parties[1].legal_name == "Beta Ltd"
    document.insert_item(("parties",), 0, Party(id="c", role="other", legal_name="C"), "Add")
    assert model.data(model.index(0, 0)) == "c"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert model.rowCount() == 2
    assert model.data(model.index(1, 1)) == "B"
    qtmodeltester.check(model)


def test_nested_list_model_follows_its_prefix(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    document = _document()
    model = ListTableModel(document, ("contacts",), [Column("Name", "name", editable=True)])
    model.set_prefix(None)
    assert model.rowCount() == 0
    model.set_prefix(("parties", 0))
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "Ann"
    model.set_prefix(("parties", 1))
    assert model.rowCount() == 0
    assert not model.setData(model.index(0, 0), "x")


def test_refused_cell_edit_returns_false(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    document = AgreementDocument(Agreement(title="T", priorities=[Priority(id="P1", name="x")]))
    model = ListTableModel(document, ("priorities",), [Column("Id", "id", editable=True)])
    qtmodeltester.check(model)
    assert not model.setData(model.index(0, 0), "not an id")
    assert document.agreement.priorities[0].id == "P1"


def test_findings_model(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model = FindingsModel()
    qtmodeltester.check(model)
    findings = validate(Agreement(title=""))
    model.set_findings(findings)
    qtmodeltester.check(model)
    assert model.rowCount() == len(findings) > 0
    assert model.data(model.index(0, 0)) == "Error"
    assert model.data(model.index(0, 2)) == findings[0].message("en")


def test_findings_model_rewrites_its_messages_in_a_new_language_without_validating(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    document = AgreementDocument(Agreement(title=""))
    watcher = FindingsWatcher(document)
    model = FindingsModel(language="en")
    watcher.updated.connect(model.set_findings)
    with qtbot.waitSignal(watcher.updated):
        watcher.run_now()
    checks: list[object] = []
    watcher.updated.connect(checks.append)
    row = next(r for r in range(model.rowCount()) if model.finding(r).code == "missing-title")
    shown = model.finding(row)
    english = model.data(model.index(row, 2))
    assert english == shown.message("en") and english.startswith("The agreement has no title")
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    install_language("pt-BR")
    try:
        model.retranslate()  # what the window does on a language change
        assert model.data(model.index(row, 2)).startswith("O acordo não tem título")
        assert model.data(model.index(row, 0)) == "Erro"
        assert changed == [(0, model.rowCount() - 1)]
        qtmodeltester.check(model)
    finally:
        install_language("en")
    model.retranslate()
    assert model.data(model.index(row, 2)) == english
    # The same findings throughout: no new validation ran.
    assert model.finding(row) is shown and watcher.findings[row] is shown and checks == []
