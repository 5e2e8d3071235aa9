"""The review panel with a list item the reviewer moved (Word's w:moveFrom/w:moveTo): one row,
"Item moved", its places said in the details; accepting it reorders the list as one undo step,
and the row says accepted until that step is undone."""

from __future__ import annotations

from pathlib import Path

from sla_designer.ui.review_details import details_html
from sla_designer.ui.review_edits import ACCEPTED, OPEN, OVERTAKEN
from sla_designer.ui.review_model import FIELD
from tests.review.wordprocessing import Element, move
from tests.ui.reviewed_docx import reviewed
from tests.ui.ui_helpers import WindowFactory

LIMITS = "service.limitations"


def _moved(root: Element) -> None:
    move(root, f"{LIMITS}[2]", f"{LIMITS}[0]", how="tracked")


def test_a_moved_item_is_one_row_accepted_as_one_undo_step(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    limits = list(window.document.agreement.service.limitations)
    path = reviewed(window.document.agreement, tmp_path / "moved.docx", _moved)
    assert window.review.import_path(path)
    panel = window.review.panel
    model = panel.review_model
    assert model.rowCount() == 1
    assert model.entry(0).change.kind == "moved"
    assert model.kind_text(0) == "Item moved"
    assert model.data(model.index(0, FIELD)) == "Limitations, item 3"
    details = details_html(model, 0)
    assert "Moved from place 3 to place 1 of its list." in details
    assert limits[2] in details
    assert model.state(0) == (OPEN, "")
    panel.select(0)
    panel.accept_button.click()
    assert window.document.agreement.service.limitations == [limits[2], limits[0], limits[1]]
    stack = window.document.undo_stack
    assert stack.count() == 1
    assert model.state(0)[0] == ACCEPTED
    stack.undo()
    assert window.document.agreement.service.limitations == limits
    model.refresh()
    assert model.state(0) == (OPEN, "")


def test_a_moved_item_taken_out_since_the_import_is_overtaken(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    path = reviewed(window.document.agreement, tmp_path / "moved.docx", _moved)
    assert window.review.import_path(path)
    window.document.remove_item(("service", "limitations"), 2, "remove")
    model = window.review.panel.review_model
    model.refresh()
    assert model.state(0)[0] == OVERTAKEN
