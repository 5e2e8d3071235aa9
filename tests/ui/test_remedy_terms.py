"""The fields of one rule per subject in the editor: the claim procedure shown only when credits
apply on claim, what a chronic failure terminates only between legal persons, the emergency
maintenance notice only when emergency maintenance is excluded from downtime."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from sla_designer.model.metrics import AvailabilityMetric
from sla_designer.ui.form import FieldForm
from sla_designer.ui.pages.remedy_terms import CLAIM, TERMINATION
from tests.ui.ui_helpers import WindowFactory, go


def _shown(form: FieldForm, name: str) -> bool:
    return form.form_layout.isRowVisible(form.editor(name))


def _general(window: object) -> FieldForm:
    page = go(window, "remedies")  # type: ignore[arg-type]
    return page.forms[-1]


def test_claim_fields_follow_how_credits_apply(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    form = _general(window)
    applied = form.editor("remedies.credits_applied")
    assert isinstance(applied, QComboBox)
    assert all(_shown(form, spec.name) for spec in CLAIM)
    applied.setCurrentIndex(applied.findData("automatically"))
    assert window.document.agreement.remedies.credits_applied == "automatically"
    assert not any(_shown(form, spec.name) for spec in CLAIM)
    # Undo brings the claim procedure back.
    window.document.undo_stack.undo()
    assert window.document.agreement.remedies.credits_applied == "on_claim"
    assert all(_shown(form, spec.name) for spec in CLAIM)


def test_the_structured_fields_hold_the_template_s_rules(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    form = _general(window)
    terminates = form.editor("remedies.chronic_failure.terminates")
    assert isinstance(terminates, QComboBox)
    assert terminates.currentData() == "master_agreement"
    terminates.setCurrentIndex(terminates.findData("affected_service"))
    chronic = window.document.agreement.remedies.chronic_failure
    assert chronic is not None and chronic.terminates == "affected_service"
    assert chronic.notice_days == 30 and chronic.refund_prepaid
    assert all(_shown(form, spec.name) for spec in TERMINATION)


def test_departments_are_not_offered_a_termination(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("internal-departments")
    form = _general(window)
    assert not any(_shown(form, spec.name) for spec in TERMINATION)
    assert _shown(form, "remedies.chronic_failure.breaches")


def test_emergency_notice_only_when_emergency_maintenance_is_excluded(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    assert window.files.new_from("managed-services")
    section = go(window, "metrics").sections[0]
    section.select_row(0)  # platform availability: emergency maintenance excluded
    form = section.kind_forms["availability"]  # type: ignore[attr-defined]
    assert _shown(form, "emergency_notice") and _shown(form, "emergency_limit")
    choice = form.editor("emergency_maintenance")
    assert isinstance(choice, QComboBox)
    choice.setCurrentIndex(choice.findData("downtime"))
    metric = window.document.agreement.metrics[0]
    assert isinstance(metric, AvailabilityMetric) and metric.emergency_maintenance == "downtime"
    assert not _shown(form, "emergency_notice") and not _shown(form, "emergency_limit")
    section.select_row(1)  # network availability: emergency maintenance is downtime
    assert not _shown(form, "emergency_notice")
