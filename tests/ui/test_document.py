# mypy: disable-error-code="no-untyped-call"
"""The document controller: validated edits, undo steps, change signals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from sla_designer.model import Agreement, AvailabilityMetric, Party, Priority
from sla_designer.ui.document import AgreementDocument


@pytest.fixture
def document(qtbot: QtBot) -> AgreementDocument:
    agreement = Agreement(
        title="Hosting",
        priorities=[Priority(id="P1", name="Critical"), Priority(id="P2", name="High")],
    )
    return AgreementDocument(agreement)


def test_set_value_is_one_undo_step(document: AgreementDocument) -> None:
    assert document.set_value(("title",), "Managed hosting") is None
    assert document.agreement.title == "Managed hosting"
    assert document.modified
    assert document.undo_stack.undoText() == "Edit title"
    document.undo_stack.undo()
    assert document.agreement.title == "Hosting"
    assert not document.modified
    document.undo_stack.redo()
    assert document.agreement.title == "Managed hosting"


def test_invalid_value_is_refused_and_never_stored(
    document: AgreementDocument, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(document.refused) as blocker:
        reason = document.set_value(("priorities", 0, "id"), "1 bad id")
    assert reason is not None and "identifier" in reason
    assert blocker.args[0] == ("priorities", 0, "id")
    assert document.agreement.priorities[0].id == "P1"
    assert document.undo_stack.count() == 0


def test_value_is_stored_as_the_model_converts_it(document: AgreementDocument) -> None:
    document.insert_item(
        ("metrics",),
        -1,
        AvailabilityMetric(id="up", name="Uptime", objective=Decimal("99.9")),
        "Add",
    )
    assert document.set_value(("metrics", 0, "minimum_outage"), "5m") is None
    assert document.agreement.metrics[0].minimum_outage.total_seconds() == 300  # type: ignore[union-attr]
    assert document.set_value(("metrics", 0, "objective"), "101") is not None


def test_typing_in_one_field_merges_into_one_step(document: AgreementDocument) -> None:
    for text in ("H", "Ho", "Hos"):
        document.set_value(("reference",), text, merge=True)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.agreement.reference == ""


def test_unchanged_value_pushes_nothing(document: AgreementDocument) -> None:
    document.set_value(("title",), "Hosting")
    assert document.undo_stack.count() == 0


def test_an_edit_of_the_unit_alone_is_an_edit(document: AgreementDocument) -> None:
    metric = AvailabilityMetric(id="up", name="Uptime", objective=Decimal("99.9"))
    document.insert_item(("metrics",), -1, metric, "Add metric")
    path = ("metrics", 0, "maintenance_notice")
    document.set_value(path, "2d")
    steps = document.undo_stack.count()
    # The same length written in hours: the file and the document say '48h' from now on.
    document.set_value(path, "48h")
    assert document.undo_stack.count() == steps + 1
    assert document.agreement.model_dump(mode="json")["metrics"][0]["maintenance_notice"] == "48h"


def test_list_edits_and_signals(document: AgreementDocument, qtbot: QtBot) -> None:
    with qtbot.waitSignal(document.changed) as blocker:
        document.insert_item(("priorities",), -1, Priority(id="P3", name="Low"), "Add priority")
    assert blocker.args == [("priorities",)]
    document.move_item(("priorities",), 2, 0, "Move priority")
    assert [p.id for p in document.agreement.priorities] == ["P3", "P1", "P2"]
    document.duplicate_item(("priorities",), 1, "Duplicate priority")
    assert [p.id for p in document.agreement.priorities] == ["P3", "P1", "P1", "P2"]
    document.remove_item(("priorities",), 0, "Remove priority")
    assert [p.id for p in document.agreement.priorities] == ["P1", "P1", "P2"]
    for _ in range(4):
        document.undo_stack.undo()
    assert [p.id for p in document.agreement.priorities] == ["P1", "P2"]


def test_item_edit_signals_its_own_path(document: AgreementDocument, qtbot: QtBot) -> None:
    with qtbot.waitSignal(document.changed) as blocker:
        document.set_value(("priorities", 1, "name"), "Major")
    assert blocker.args == [("priorities", 1, "name")]
    with qtbot.waitSignal(document.changed) as blocker:
        document.set_value(("priorities", 1), Priority(id="P9", name="Other"))
    assert blocker.args == [("priorities", 1)]
    assert document.agreement.priorities[1].id == "P9"


def test_macro_is_one_step(document: AgreementDocument) -> None:
    with document.macro("Add a party"):
        document.insert_item(
            ("parties",), -1, Party(id="acme", role="provider", legal_name="A"), ""
        )
        document.set_value(("parties", 0, "short_name"), "Acme")
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Add a party"
    document.undo_stack.undo()
    assert document.agreement.parties == []


def test_replace_clears_history(document: AgreementDocument, qtbot: QtBot) -> None:
    document.set_value(("title",), "Changed")
    with qtbot.waitSignal(document.reset):
        document.replace(Agreement(title="Other"), None)
    assert document.undo_stack.count() == 0
    assert not document.modified
    assert document.agreement.title == "Other"
