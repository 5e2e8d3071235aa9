# mypy: disable-error-code="no-untyped-call"
"""The export dialog: formats, remembered choices, the findings gate, and the export itself."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from sla_designer.io import load_agreement
from sla_designer.ui.export_dialog import ExportDialog
from tests.ui.export_helpers import accept, dialog_of, open_template
from tests.ui.ui_helpers import WindowFactory, prompter_of


def test_word_export_writes_the_contract_off_the_gui_thread(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_template(qtbot, make_window)
    dialog = dialog_of(qtbot, window)
    assert "0 errors" in dialog.summary.text() and "final export" in dialog.summary.text()
    dialog.choose("docx")
    dialog.path.setText(str(tmp_path / "contract.docx"))
    request = accept(qtbot, dialog)
    assert request.fmt == "docx" and not request.draft
    # The request holds a copy: later edits do not reach a running export.
    assert request.agreement == window.document.agreement
    assert request.agreement is not window.document.agreement

    with qtbot.waitSignal(window.exports.runner.finished, timeout=60_000):
        window.exports.start(request)
    contract = docx.Document(str(tmp_path / "contract.docx"))
    title = window.document.agreement.title
    assert contract.core_properties.title == title
    assert title in "".join(contract.element.body.itertext())  # the cover, filled-in controls
    assert "contract.docx" in window.statusBar().currentMessage()
    assert window.exports.progress is None


def test_yaml_export_reloads_to_the_same_agreement(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_template(qtbot, make_window)
    dialog = dialog_of(qtbot, window)
    dialog.choose("yaml")
    assert not dialog.language.isEnabled() and not dialog.paper.isEnabled()
    assert dialog.path.text().endswith(".yaml")
    dialog.path.setText(str(tmp_path / "copy.yaml"))
    with qtbot.waitSignal(window.exports.runner.finished, timeout=10_000):
        window.exports.start(accept(qtbot, dialog))
    assert load_agreement(tmp_path / "copy.yaml") == window.document.agreement
    assert window.document.file_path is None  # an export is a copy, not a save


def test_the_choices_are_remembered(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, settings: QSettings
) -> None:
    window = open_template(qtbot, make_window, pdf_check=lambda: None)
    dialog = dialog_of(qtbot, window)
    dialog.choose("pdf")
    dialog.language.setCurrentIndex(dialog.language.findData("pt-BR"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.path.setText(str(tmp_path / "out" / "contrato.pdf"))
    accept(qtbot, dialog)

    again = dialog_of(qtbot, window)
    assert again.fmt() == "pdf"
    assert again.language.currentData() == "pt-BR"
    assert again.paper.currentData() == "Letter"
    assert Path(again.path.text()).parent == tmp_path / "out"
    assert again.path.text().endswith(".pdf")


def test_pdf_is_disabled_with_its_reason_when_libreoffice_is_missing(
    qtbot: QtBot, make_window: WindowFactory, settings: QSettings
) -> None:
    settings.setValue("export/format", "pdf")  # remembered from a machine that had it
    window = open_template(qtbot, make_window, pdf_check=lambda: "LibreOffice was not found.")
    dialog = dialog_of(qtbot, window)
    dialog.show()
    assert not dialog.format_buttons["pdf"].isEnabled()
    assert dialog.pdf_note.isVisible()
    assert dialog.pdf_note.text() == "LibreOffice was not found."
    assert dialog.format_buttons["pdf"].toolTip() == "LibreOffice was not found."
    assert dialog.fmt() == "docx"
    dialog.choose("pdf")
    assert dialog.fmt() == "docx"


def test_errors_block_a_final_export_until_a_draft_is_chosen(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    assert window.files.new_from("")  # a blank agreement has errors (no title, no parties)
    dialog = dialog_of(qtbot, window)
    dialog.show()
    assert dialog.errors > 0
    assert "block a final export" in dialog.summary.text()
    assert dialog.draft.isVisible()
    assert not dialog.export_button.isEnabled()
    dialog.accept()
    assert dialog.result() == 0 and dialog.isVisible()  # refused: still open

    dialog.draft.setChecked(True)
    assert dialog.export_button.isEnabled()
    assert dialog.export_button.text() == "Export draft"
    dialog.choose("docx")
    dialog.path.setText(str(tmp_path / "draft.docx"))
    request = accept(qtbot, dialog)
    assert request.draft
    with qtbot.waitSignal(window.exports.runner.finished, timeout=60_000):
        window.exports.start(request)
    contract = docx.Document(str(tmp_path / "draft.docx"))
    assert "DRAFT" in "".join(contract.sections[0].header._element.itertext())


def test_a_failed_export_shows_one_line_and_writes_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_template(qtbot, make_window)
    dialog = dialog_of(qtbot, window)
    dialog.choose("docx")
    target = tmp_path / "missing-folder" / "contract.docx"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(window.exports.runner.failed, timeout=60_000):
        window.exports.start(accept(qtbot, dialog))
    errors = prompter_of(window).errors
    assert len(errors) == 1
    title, message = errors[0]
    assert title == "Export failed" and message and "\n" not in message
    assert not target.parent.exists()
    assert window.exports.progress is None


def test_ctrl_e_opens_the_export_dialog(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = open_template(qtbot, make_window)
    prompter = prompter_of(window)
    window.menus.export.trigger()
    assert len(prompter.dialogs) == 1 and isinstance(prompter.dialogs[0], ExportDialog)
    assert window.menus.export.shortcut().toString() == "Ctrl+E"


def test_another_language_lists_the_fields_still_in_the_agreement_s_language(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_template(qtbot, make_window)
    dialog = dialog_of(qtbot, window)
    dialog.show()
    dialog.choose("docx")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.foreign_text.isVisible()

    dialog.language.setCurrentIndex(dialog.language.findData("pt-BR"))
    assert dialog.foreign_text.isVisible()
    fields = dialog.foreign_text.fields
    texts = [fields.item(row).text() for row in range(fields.count())]
    assert fields.count() > 50  # every free-text field of an English template
    assert any(t.startswith("Title of the agreement: “Ledgerline AP Cloud") for t in texts)
    assert any("Metric “" in t and "› description" in t for t in texts)
    assert f"these {fields.count()} fields are printed as typed, still in English" in (
        dialog.foreign_text.note.text()
    )
    # Long lists scroll inside the dialog.
    assert fields.maximumHeight() <= 150
    scroll = fields.verticalScrollBar()
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    assert fields.height() <= 150

    # A field translated already is not listed; the export is not blocked.
    window.document.set_value(("title",), "Acordo de nível de serviço da plataforma", text="")
    dialog = dialog_of(qtbot, window)
    dialog.choose("docx")
    dialog.language.setCurrentIndex(dialog.language.findData("pt-BR"))
    after = dialog.foreign_text.fields
    listed = [after.item(row).text() for row in range(after.count())]
    assert len(listed) == len(texts) - 1
    assert not any(t.startswith("Title of the agreement") for t in listed)
    dialog.path.setText(str(tmp_path / "contrato.docx"))
    assert dialog.export_button.isEnabled()
    assert accept(qtbot, dialog).language == "pt-BR"

    # YAML keeps the agreement as it is: no warning.
    dialog = dialog_of(qtbot, window)
    dialog.language.setCurrentIndex(dialog.language.findData("pt-BR"))
    dialog.choose("yaml")
    assert dialog.foreign_text.isHidden()
