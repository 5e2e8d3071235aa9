"""The Portuguese interface shows no English: Qt's chrome, the text layer's choices, the
calculator panels and the findings, on every step, for every row of every list, from every
template and from a blank agreement."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QMainWindow,
)

from sla_designer.catalog import load_catalog
from sla_designer.text import texts, walk
from sla_designer.ui.i18n import install_language
from sla_designer.ui.list_section import ListSection
from sla_designer.ui.steps import STEPS
from tests.ui.ui_helpers import WindowFactory, visible_texts

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "sla_designer_pt_BR.ts"
# The contract's own wording follows the agreement's language, not the interface's; the command
# line's output is never shown in the editor.
NOT_SHOWN = ("clauses.", "cli.")
ROWS = 8
# Weekdays as the file stores them: shown as they are, they would be English abbreviations.
WEEKDAY_CODES = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)\b(, |$)")


def _qt_english() -> set[str]:
    """Qt source texts whose Portuguese translation differs from them."""
    english: set[str] = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        translation = message.find("translation")
        forms = {f.text or "" for f in translation.iter("numerusform")} if translation else set()
        translated = forms or {(translation.text or "") if translation is not None else ""}
        if source and source not in {t.replace("&", "") for t in translated}:
            english.add(source)
    return english


def _pattern(phrase: str) -> str | None:
    """A phrase as a regular expression, its placeholders matching anything; None when its own
    words are too few to tell English from Portuguese."""
    parts: list[str] = []
    words = ""
    for literal, name, _, _ in string.Formatter().parse(phrase):
        parts.append(re.escape(literal))
        words += literal
        if name is not None:
            parts.append(".+?")
    if not re.search(r"[A-Za-z]{4,}", words):
        return None
    return "".join(parts)


def _layer_english() -> re.Pattern[str]:
    """Every English phrase of the text layer whose Portuguese differs, as one pattern."""
    english, portuguese = dict(walk(texts("en").tree)), dict(walk(texts("pt-BR").tree))
    patterns: set[str] = set()
    for key, value in english.items():
        if key.startswith(NOT_SHOWN) or value == portuguese.get(key):
            continue
        forms = value.values() if isinstance(value, dict) else [value]
        for form in forms:
            pattern = _pattern(form) if isinstance(form, str) else None
            if pattern:
                patterns.add(pattern)
    return re.compile("|".join(f"(?:{p})" for p in sorted(patterns)), re.DOTALL)


def _each_row(window: QMainWindow) -> Iterator[None]:
    """Every combination worth seeing: each row of each visible list, one list at a time."""
    yield None
    for section in window.findChildren(ListSection):
        if not section.isVisibleTo(window):
            continue
        for row in range(min(section.model.rowCount(), ROWS)):
            section.select_row(row)
            yield None


def _strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data.strip()
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


@pytest.fixture
def portuguese() -> Iterator[None]:
    install_language("pt-BR")
    yield
    install_language("en")


@pytest.mark.parametrize("template", [None, *[entry.name for entry in load_catalog()]])
def test_the_portuguese_interface_shows_no_english(
    make_window: WindowFactory, portuguese: None, template: str | None
) -> None:
    window = make_window()
    if template is not None:
        assert window.files.new_from(template)
    qt_english, layer_english = _qt_english(), _layer_english()
    # The agreement's own texts are the user's words, in whatever language they were written.
    own = set(_strings(window.document.agreement.model_dump(mode="json")))
    window.watcher.run_now()
    left: set[tuple[str, str]] = set()
    for row, step in enumerate(STEPS):
        window.go_to_step(row)
        window.pages.show_step(row)
        for _ in _each_row(window):
            for _, text in visible_texts(window, ROWS):
                shown = text.strip()
                if shown in own or not shown:
                    continue
                if (
                    shown in qt_english
                    or layer_english.fullmatch(shown)
                    or WEEKDAY_CODES.search(shown)
                ):
                    left.add((step.key, shown))
    assert left == set()


def test_the_check_finds_english_when_there_is_some(make_window: WindowFactory) -> None:
    """The same walk in the English interface finds the English texts it looks for."""
    window = make_window()
    assert window.files.new_from("saas-availability")
    window.watcher.run_now()
    layer_english = _layer_english()
    found = {t.strip() for _, t in visible_texts(window) if layer_english.fullmatch(t.strip())}
    window.go_to_step([s.key for s in STEPS].index("remedies"))
    found |= {t.strip() for _, t in visible_texts(window) if layer_english.fullmatch(t.strip())}
    assert "Tiers by measured value" in found
