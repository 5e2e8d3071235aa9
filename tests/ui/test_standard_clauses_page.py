"""The Standard clauses step: each clause switched off, its facts changed and its wording replaced
through the real widgets, undoably, and what the preview then shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from sla_designer.export.preview import preview_html
from sla_designer.model.standard_clauses import CLAUSE_NAMES, NoticeAddress
from sla_designer.ui.choice_checks import ChoiceChecks
from sla_designer.ui.form import FieldForm
from sla_designer.ui.pages.base import Page
from sla_designer.ui.steps import STEPS, step_of
from sla_designer.validation import validate
from tests.export.reviewed import agreement_of
from tests.ui.ui_helpers import WindowFactory, go


def _editor(page: Page, name: str) -> Any:
    for form in page.forms:
        try:
            return form.editor(name)
        except KeyError:
            continue
    raise KeyError(name)


def test_every_clause_has_its_switch_and_own_wording(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    page = go(window, "clauses")
    for name in CLAUSE_NAMES:
        switch = _editor(page, f"clauses.{name}.enabled")
        assert isinstance(switch, QCheckBox) and switch.isChecked()
        assert isinstance(_editor(page, f"clauses.{name}.text"), QPlainTextEdit)
    assert all(isinstance(f, FieldForm) for f in page.forms)


def test_switching_a_clause_off_removes_it_and_undo_brings_it_back(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    page = go(window, "clauses")
    switch = _editor(page, "clauses.force_majeure.enabled")
    assert "Force majeure." in preview_html(window.document.agreement)
    switch.click()
    assert not window.document.agreement.clauses.force_majeure.enabled
    assert "Force majeure." not in preview_html(window.document.agreement)
    window.document.undo_stack.undo()
    assert window.document.agreement.clauses.force_majeure.enabled
    assert switch.isChecked()


def test_own_wording_replaces_the_generated_clause(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")
    page = go(window, "clauses")
    editor = _editor(page, "clauses.no_waiver.text")
    editor.setFocus()
    qtbot.keyClicks(editor, "Nenhuma tolerancia altera este Acordo.")
    editor.clearFocus()
    assert (
        window.document.agreement.clauses.no_waiver.text == "Nenhuma tolerancia altera este Acordo."
    )
    html = preview_html(window.document.agreement)
    assert "Nenhuma tolerancia altera este Acordo." in html
    assert "não importará novação" not in html


def test_facts_are_chosen_from_lists_and_check_boxes(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("managed-services")
    page = go(window, "clauses")
    costs = _editor(page, "clauses.measurement_disputes.costs")
    assert isinstance(costs, QComboBox)
    costs.setCurrentIndex(costs.findData("losing_party"))
    assert window.document.agreement.clauses.measurement_disputes.costs == "losing_party"
    laws = _editor(page, "clauses.data_protection.laws")
    assert isinstance(laws, ChoiceChecks)
    assert laws.value() == ["hipaa"]
    laws.boxes["gdpr"].click()
    assert window.document.agreement.clauses.data_protection.laws == ["gdpr", "hipaa"]
    personal = _editor(page, "clauses.data_protection.processes_personal_data")
    personal.click()
    assert "Data protection." not in preview_html(window.document.agreement)


def test_a_notice_address_is_added_for_a_party_without_one(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("supplier-ola")
    page = go(window, "clauses")
    section = next(s for s in page.sections if s.objectName() == "clauses.notices.addresses")
    section.add()
    addresses = window.document.agreement.clauses.notices.addresses
    assert len(addresses) == 1 and addresses[0].party == window.document.agreement.parties[0].id
    section.add()
    # The second goes to the next party, not the same one twice.
    assert window.document.agreement.clauses.notices.addresses[1].party == (
        window.document.agreement.parties[1].id
    )


def test_findings_of_the_clauses_lead_to_this_step() -> None:
    agreement = agreement_of("saas-availability")
    agreement.clauses.notices.addresses = [NoticeAddress(party="nobody", email="a@example.com")]
    found = [f for f in validate(agreement) if f.code == "notice-address-unknown-party"]
    assert found and step_of(found[0]).key == "clauses"
    assert [s.key for s in STEPS][-2:] == ["clauses", "review"]
