# mypy: disable-error-code="no-untyped-call"
"""The export dialog's "Help desks and service-level tools": a checkbox and a destination per
target system of the registry, the priority mapping to confirm, and after the export the report
of what did not map shown to the user."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from sla_designer.handoff.systems import SYSTEMS
from sla_designer.ui.export_dialog import ExportDialog
from tests.ui.export_helpers import accept, dialog_of, open_template
from tests.ui.ui_helpers import WindowFactory


def test_every_registered_system_has_a_checkbox_and_a_destination(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    dialog = dialog_of(qtbot, open_template(qtbot, make_window, "it-service-desk"))
    assert set(dialog.handoff.checks) == set(SYSTEMS)
    for name in SYSTEMS:
        check = dialog.findChild(QCheckBox, f"handoff-{name}")
        assert check is not None and not check.isChecked()
        assert not dialog.handoff.paths[name].isEnabled()
    assert dialog.handoff.requests() == ()


def test_zendesk_s_priorities_are_confirmed_in_a_table(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    dialog = dialog_of(qtbot, open_template(qtbot, make_window, "it-service-desk"))
    table = dialog.handoff.tables["zendesk"]
    assert table.isHidden()
    dialog.handoff.checks["zendesk"].click()
    assert not table.isHidden()
    assert table.mapping() == {"P1": "urgent", "P2": "high", "P3": "normal", "P4": "low"}
    table.combos["P4"].setCurrentText("normal")
    (request,) = dialog.handoff.requests()
    assert request.system == "zendesk"
    assert request.priorities["P4"] == "normal"


def test_an_export_writes_the_desks_and_shows_what_did_not_map(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_template(qtbot, make_window, "it-service-desk")
    dialog = dialog_of(qtbot, window)
    dialog.choose("yaml")
    dialog.path.setText(str(tmp_path / "copy.yaml"))
    for name in ("zendesk", "freshdesk"):
        dialog.handoff.checks[name].setChecked(True)
        dialog.handoff.paths[name].setText(str(tmp_path / name))
    dialog.handoff.paths["zendesk"].setText("")
    assert not dialog.export_button.isEnabled()  # a chosen system needs a destination
    dialog.handoff.paths["zendesk"].setText(str(tmp_path / "zendesk"))
    assert dialog.export_button.isEnabled()
    request = accept(qtbot, dialog)
    assert [h.system for h in request.handoffs] == ["zendesk", "freshdesk"]
    with qtbot.waitSignal(window.exports.runner.finished, timeout=20_000):
        window.exports.start(request)
    (policy,) = (tmp_path / "freshdesk").iterdir()
    assert json.loads(policy.read_text())["sla_target"]["priority_4"]["respond_within"] == 1800
    assert any((tmp_path / "zendesk").iterdir())
    report = window.exports.report
    assert report is not None and report.isVisible()
    text = report.text.toPlainText()  # type: ignore[attr-defined]
    assert "Zendesk: 27 files written" in text
    assert "95 % of P1 – Crítica" in text  # the attainment Zendesk cannot hold
    assert "Freshdesk" in text and "things did not map" in text


def test_the_chosen_systems_are_remembered(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_template(qtbot, make_window, "it-service-desk")
    dialog = dialog_of(qtbot, window)
    dialog.path.setText(str(tmp_path / "c.yaml"))
    dialog.choose("yaml")
    dialog.handoff.checks["freshdesk"].setChecked(True)
    dialog.handoff.paths["freshdesk"].setText(str(tmp_path / "fd"))
    accept(qtbot, dialog)
    again = dialog_of(qtbot, window)
    assert again.handoff.checks["freshdesk"].isChecked()
    assert again.handoff.paths["freshdesk"].text() == str(tmp_path / "fd")
    assert not again.handoff.checks["zendesk"].isChecked()


def test_the_systems_alone_are_exported_without_the_agreement_s_file(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_template(qtbot, make_window, "it-service-desk")
    dialog = dialog_of(qtbot, window)
    dialog.choose("docx")
    dialog.path.setText(str(tmp_path / "contract.docx"))
    dialog.file.setChecked(False)
    assert not dialog.path.isEnabled() and not dialog.format_buttons["yaml"].isEnabled()
    dialog.handoff.checks["freshdesk"].setChecked(True)
    dialog.handoff.paths["freshdesk"].setText(str(tmp_path / "freshdesk"))
    request = accept(qtbot, dialog)
    assert request.path is None and request.record is None and request.against is None
    assert request.outputs() == (tmp_path / "freshdesk",)
    with qtbot.waitSignal(window.exports.runner.finished, timeout=20_000):
        window.exports.start(request)
    assert not (tmp_path / "contract.docx").exists()
    assert not list(tmp_path.glob("contract*"))  # no agreement's file, in no format
    assert len(list((tmp_path / "freshdesk").iterdir())) == 1
    report = window.exports.report
    assert report is not None and report.isVisible()
    assert "Freshdesk" in report.text.toPlainText()  # type: ignore[attr-defined]
    assert str(tmp_path / "freshdesk") in window.statusBar().currentMessage()


def test_export_needs_at_least_one_complete_output(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    dialog = dialog_of(qtbot, open_template(qtbot, make_window, "it-service-desk"))
    dialog.draft.setChecked(True)  # the template's findings must not decide the button here
    dialog.path.setText(str(tmp_path / "c.docx"))
    assert dialog.export_button.isEnabled()  # the agreement's file alone
    dialog.file.setChecked(False)
    assert not dialog.export_button.isEnabled()  # nothing chosen
    dialog.handoff.checks["zendesk"].setChecked(True)
    dialog.handoff.paths["zendesk"].setText("")
    assert not dialog.export_button.isEnabled()  # a system without a destination
    dialog.handoff.paths["zendesk"].setText(str(tmp_path / "zd"))
    assert dialog.export_button.isEnabled()  # a system alone
    assert dialog.language.isEnabled()  # the systems' texts have a language
    dialog.file.setChecked(True)
    dialog.path.setText("")
    assert not dialog.export_button.isEnabled()  # the file is wanted but has no name
    dialog.path.setText(str(tmp_path / "c.docx"))
    assert dialog.export_button.isEnabled()
    dialog.handoff.checks["zendesk"].setChecked(False)
    dialog.choose("yaml")
    assert not dialog.language.isEnabled()  # a YAML file alone keeps the agreement's words
    dialog.accept()
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_exporting_the_systems_alone_is_remembered(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_template(qtbot, make_window, "it-service-desk")
    dialog = dialog_of(qtbot, window)
    dialog.choose("yaml")
    dialog.file.setChecked(False)
    dialog.handoff.checks["zendesk"].setChecked(True)
    dialog.handoff.paths["zendesk"].setText(str(tmp_path / "zd"))
    accept(qtbot, dialog)
    again = dialog_of(qtbot, window)
    assert not again.file.isChecked()
    assert again.fmt() == "yaml"  # the format chosen before is kept for next time
    assert again.handoff.checks["zendesk"].isChecked()
    assert again.export_button.isEnabled() == (not again.blocked())
    again.file.setChecked(True)
    again.handoff.checks["zendesk"].setChecked(False)
    again.path.setText(str(tmp_path / "c.yaml"))
    accept(qtbot, again)
    assert dialog_of(qtbot, window).file.isChecked()
