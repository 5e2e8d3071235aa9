"""The summary of commitments from the Review step: shown, in the chosen language, printed,
saved as a one-page PDF and as a Word document."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from sla_designer.catalog import load_catalog, load_template
from sla_designer.export.summary import build_summary
from sla_designer.export.summary_html import summary_html
from sla_designer.ui.pages.review import ReviewPage
from sla_designer.ui.summary_dialog import SummaryDialog
from sla_designer.ui.summary_pdf import page_count
from tests.cli.test_summary_command import pdf_pages
from tests.ui.ui_helpers import WindowFactory, go, prompter_of


def open_summary(qtbot: QtBot, make_window: WindowFactory, template: str) -> SummaryDialog:
    window = make_window()
    assert window.files.new_from(template)
    page = go(window, "review")
    assert isinstance(page, ReviewPage)
    button = page.summary_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reached with the keyboard
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = prompter_of(window).dialogs[-1]
    assert isinstance(dialog, SummaryDialog) and dialog is page.summary_dialog
    qtbot.addWidget(dialog)
    return dialog


def test_opens_from_review_and_saves_a_one_page_pdf(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    dialog = open_summary(qtbot, make_window, "it-service-desk")
    # The agreement's own language first: this one is Portuguese.
    assert dialog.document_language() == "pt-BR"
    assert "Resumo dos compromissos" in dialog.view.toPlainText()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert "Summary of commitments" in dialog.view.toPlainText()
    assert "Quartzo TI → Serra Azul" in dialog.view.toPlainText()
    prompter = dialog._prompter
    target = tmp_path / "summary"
    prompter.paths = [str(target)]  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "summary.pdf"  # the suffix is added
    assert saved.read_bytes().startswith(b"%PDF")
    assert pdf_pages(saved) == 1
    assert not prompter.errors  # type: ignore[attr-defined]
    # Every button says what it does, with a key to reach it.
    assert dialog.print_button.text().startswith("&") and "&" in dialog.pdf_button.text()


def test_saves_the_summary_as_a_word_document(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    dialog = open_summary(qtbot, make_window, "supplier-ola")
    dialog.language.setCurrentIndex(dialog.language.findData("pt-BR"))
    prompter = dialog._prompter
    prompter.paths = [str(tmp_path / "resumo")]  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.word_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "resumo.docx"  # the suffix is added
    document = docx.Document(str(saved))
    assert document.paragraphs[0].text == "Resumo dos compromissos"
    assert document.core_properties.language == "pt-BR"
    assert not prompter.errors  # type: ignore[attr-defined]
    assert "&" in dialog.word_button.text()
    assert dialog.suggested_file(".docx").name == "agreement-resumo.docx"
    assert not dialog.save_word(tmp_path / "missing" / "s.docx")
    title, message = prompter.errors[-1]  # type: ignore[attr-defined]
    assert "Word" in title and "missing" in message


def test_the_language_chosen_is_remembered(qtbot: QtBot, make_window: WindowFactory) -> None:
    dialog = open_summary(qtbot, make_window, "saas-availability")
    assert dialog.document_language() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("pt-BR"))
    again = open_summary(qtbot, make_window, "saas-availability")
    assert again.document_language() == "pt-BR"
    assert "Níveis de serviço" in again.view.toPlainText()


def test_printing_and_a_pdf_that_cannot_be_written(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    dialog = open_summary(qtbot, make_window, "contact-centre")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    dialog.print_to(printer)
    del printer
    assert pdf_pages(printed) == 1
    assert not dialog.save_pdf(tmp_path / "missing" / "s.pdf")
    title, message = dialog._prompter.errors[-1]  # type: ignore[attr-defined]
    assert title and "missing" in message


@pytest.mark.parametrize("language", ["en", "pt-BR"])
@pytest.mark.parametrize("name", [entry.name for entry in load_catalog()])
def test_every_template_fits_one_page(qtbot: QtBot, name: str, language: str) -> None:
    html = summary_html(build_summary(load_template(name), language))
    assert page_count(html) == 1
