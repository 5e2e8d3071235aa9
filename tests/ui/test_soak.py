"""A short seeded random walk over every step in both languages (the long one: bench/soak.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from sla_designer.ui.i18n import install_language
from sla_designer.ui.steps import STEPS
from tests.ui.soak_report import SoakReport, watched
from tests.ui.soak_walk import soak
from tests.ui.ui_helpers import WindowFactory

EDITS = 200

WALKS = [
    ("en", "contact-centre", 1),
    ("pt-BR", "saas-availability", 2),
]


@pytest.mark.parametrize(("language", "template", "seed"), WALKS)
def test_a_random_walk_of_edits_never_breaks_the_agreement(
    make_window: WindowFactory, tmp_path: Path, language: str, template: str, seed: int
) -> None:
    install_language(language)  # type: ignore[arg-type]
    try:
        report = soak(make_window(), tmp_path, template, edits=EDITS, seed=seed)
    finally:
        install_language("en")
    assert report.problems == [], report.summary()
    assert report.edits == EDITS
    assert set(report.steps) == {step.key for step in STEPS}  # every step was edited
    assert report.actions["undo"] and report.actions["add"] and report.actions["type"]
    assert report.refused  # invalid values were typed, and refused


def test_the_walk_counts_qt_warnings_and_slot_exceptions_as_problems(qtbot: QtBot) -> None:
    report = SoakReport(seed=0)
    button = QPushButton()
    qtbot.addWidget(button)

    def broken() -> None:
        raise ValueError("broken slot")

    button.clicked.connect(broken)
    with watched(report):
        qWarning("a warning")
        button.click()
    assert any("a warning" in problem for problem in report.problems)
    assert any("broken slot" in problem for problem in report.problems)
