# mypy: disable-error-code="no-untyped-call"
"""The export dialog's version sent to the other side: changes marked against a file or a saved
version (a Word redline under the name of the preferences), and the export recorded as a
version (a revision entry, undoable, and a frozen copy)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from lxml import etree
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from sla_designer.export.tracked import user_full_name
from sla_designer.io import load_agreement
from sla_designer.review.wordml import w
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.preferences import AUTHOR, PreferencesDialog, author_name
from tests.ui.test_export import accept, dialog_of, open_template
from tests.ui.ui_helpers import WindowFactory, prompter_of


def _authors(path: Path) -> set[str | None]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    return {c.get(w("author")) for c in root.iter(w("ins"), w("del"))}


def _saved(qtbot: QtBot, make_window: WindowFactory, folder: Path) -> MainWindow:
    """The template saved as folder/contract.yaml, then its customer renamed."""
    window = open_template(qtbot, make_window, pdf_check=lambda: None)
    assert window.files.save_to(folder / "contract.yaml")
    window.document.set_value(("parties", 1, "legal_name"), "Harbour & Finch Group Ltd")
    return window


def test_changes_are_marked_against_a_file_under_the_preferences_name(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, settings: QSettings
) -> None:
    settings.setValue(AUTHOR, "Ann Author")
    window = _saved(qtbot, make_window, tmp_path)
    dialog = dialog_of(qtbot, window)
    dialog.choose("docx")
    options = dialog.redline
    assert not options.isHidden() and options.mark.isEnabled() and not options.mark.isChecked()
    options.mark.setChecked(True)
    assert not dialog.export_button.isEnabled()  # nothing to mark the changes against yet
    options.add_file(tmp_path / "contract.yaml")
    assert dialog.export_button.isEnabled()
    dialog.path.setText(str(tmp_path / "redline.docx"))
    request = accept(qtbot, dialog)
    assert request.against == tmp_path / "contract.yaml"
    assert request.author == "Ann Author" and request.record is None
    with qtbot.waitSignal(window.exports.runner.finished, timeout=60_000):
        window.exports.start(request)
    assert _authors(tmp_path / "redline.docx") == {"Ann Author"}


def test_changes_are_marked_in_a_word_document_only(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = _saved(qtbot, make_window, tmp_path)
    dialog = dialog_of(qtbot, window)
    dialog.choose("docx")
    dialog.redline.add_file(tmp_path / "contract.yaml")
    dialog.choose("pdf")
    assert not dialog.redline.mark.isEnabled() and dialog.redline.against_path() is None
    assert dialog.redline.record.isEnabled()  # a PDF sent is a version too
    dialog.choose("yaml")
    assert dialog.redline.isHidden()
    assert dialog.request().against is None and dialog.request().record is None


def test_a_bad_file_to_mark_against_fails_with_one_line(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = _saved(qtbot, make_window, tmp_path)
    (tmp_path / "broken.yaml").write_text("title: [\n", encoding="utf-8")
    dialog = dialog_of(qtbot, window)
    dialog.choose("docx")
    dialog.redline.add_file(tmp_path / "broken.yaml")
    dialog.path.setText(str(tmp_path / "redline.docx"))
    with qtbot.waitSignal(window.exports.runner.failed, timeout=60_000):
        window.exports.start(accept(qtbot, dialog))
    assert not (tmp_path / "redline.docx").exists()
    ((_, message),) = prompter_of(window).errors
    assert "broken.yaml:2:1:" in message and "\n" not in message


def test_the_author_falls_back_to_the_accounts_full_name(qtbot: QtBot, settings: QSettings) -> None:
    assert author_name(settings) == user_full_name()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.author.placeholderText() == user_full_name()
    dialog.author.setText("  Bruna Souza ")
    dialog.apply()
    assert author_name(settings) == "Bruna Souza"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.author.text() == "Bruna Souza"


def test_recording_needs_the_agreements_file(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = open_template(qtbot, make_window)
    dialog = dialog_of(qtbot, window)
    assert not dialog.redline.record.isEnabled()  # copies are kept beside the file


def test_a_version_sent_is_recorded_with_a_frozen_copy_offered_next_time(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, settings: QSettings
) -> None:
    settings.setValue(AUTHOR, "Ann Author")
    window = _saved(qtbot, make_window, tmp_path)
    before = list(window.document.agreement.revisions)
    dialog = dialog_of(qtbot, window)
    dialog.choose("docx")
    dialog.redline.record.setChecked(True)
    dialog.redline.description.setText("Second round, for the customer's lawyers")
    dialog.path.setText(str(tmp_path / "sent.docx"))
    request = accept(qtbot, dialog)
    assert request.record == "Second round, for the customer's lawyers"
    with qtbot.waitSignal(window.exports.runner.finished, timeout=60_000):
        window.exports.start(request)
    agreement = window.document.agreement
    version = agreement.version
    entry = agreement.revisions[-1]
    assert (entry.version, entry.date, entry.author, entry.description) == (
        version,
        dt.date.today(),
        "Ann Author",
        "Second round, for the customer's lawyers",
    )
    copy = tmp_path / "contract.versions" / f"{version}.yaml"
    assert load_agreement(copy) == agreement  # what was sent, with its entry
    assert "recorded" in window.statusBar().currentMessage()
    assert window.document.modified  # the entry is saved with the agreement

    again = dialog_of(qtbot, window)
    again.choose("docx")
    assert again.redline.against.count() == 1
    assert Path(again.redline.against.currentData()) == copy
    assert version in again.redline.against.currentText()

    window.document.undo_stack.undo()
    assert window.document.agreement.revisions == before
    assert copy.exists()  # it was sent: the copy stays


def test_a_version_recorded_already_is_refused_with_one_line(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = _saved(qtbot, make_window, tmp_path)
    for round_ in range(2):
        dialog = dialog_of(qtbot, window)
        dialog.choose("docx")
        dialog.redline.record.setChecked(True)
        dialog.path.setText(str(tmp_path / f"sent-{round_}.docx"))
        with qtbot.waitSignal(window.exports.runner.finished, timeout=60_000):
            window.exports.start(accept(qtbot, dialog))
    ((title, message),) = prompter_of(window).errors
    assert title == "The version was not recorded"
    assert "recorded already" in message and "\n" not in message
    revisions = window.document.agreement.revisions  # the first round's entry, once
    assert [r.version for r in revisions].count(window.document.agreement.version) == 1
    assert revisions[-1].file == f"contract.versions/{window.document.agreement.version}.yaml"
