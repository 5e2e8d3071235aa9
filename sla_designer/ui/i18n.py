"""The interface language: which one, where its translations are, and how to switch.

Two languages exist, English (the source texts) and Brazilian Portuguese (Qt translation files
shipped in resources/i18n). The system locale picks the default; a choice made in the
preferences is remembered in QSettings. Switching installs other translators, which sends every
widget a LanguageChange event; the main window rebuilds its texts from it.

Tables of labels (field specs, columns, choices) are module-level data, built at import time,
before any translator exists. They mark their texts with `QT_TRANSLATE_NOOP(LABELS, ...)` so that
lupdate extracts them, and the widgets translate them with `label()` when they are shown.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from sla_designer.text import LANGUAGES, Language, language_of, texts
from sla_designer.text.values import formatter

LABELS = "Labels"
"""The translation context of every table of labels."""
SETTING = "interface/language"

_installed: list[QTranslator] = []
_current: list[Language] = ["en"]


class TextKey(str):
    """A key of the text layer standing where a label is expected (a choice's label): shown in
    the interface language from resources/text, not from Qt's translation file."""

    __slots__ = ()


def text_choices(group: str, values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The choices of a drop-down: each stored value with its label's key in `group`
    ('' is the blank choice, labelled under '_blank')."""
    return tuple((value, TextKey(f"{group}.{value or '_blank'}")) for value in values)


def label(text: str) -> str:
    """A text of a table of labels, in the interface language ('' stays '').

    A TextKey comes from the text layer; any other text from Qt's translation file."""
    if isinstance(text, TextKey):
        return texts(current_language())(text)
    return QCoreApplication.translate(LABELS, text) if text else ""


def language_of_locale(locale: QLocale) -> Language:
    """pt-BR for any Portuguese locale, English otherwise."""
    return language_of(locale.name())


def chosen_language(settings: QSettings) -> Language:
    """The language the user chose in the preferences, or the system's."""
    saved = settings.value(SETTING, "")
    if saved in LANGUAGES:
        return saved
    return language_of_locale(QLocale.system())


def remember_language(settings: QSettings, language: Language) -> None:
    """Keep the user's choice for the next start."""
    settings.setValue(SETTING, language)
    settings.sync()


def current_language() -> Language:
    """The language the interface speaks now."""
    return _current[0]


def translation_files(language: Language) -> list[Path]:
    """The .qm files of a language: the editor's own, then Qt's (standard dialogs, undo)."""
    if language == "en":
        return []
    # Imported here: importlib.resources is a few milliseconds of an English start-up.
    from sla_designer.resources import resource

    suffix = language.replace("-", "_")
    own = Path(str(resource("i18n", f"sla_designer_{suffix}.qm")))
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [own, qt_folder / f"qtbase_{suffix}.qm"]


def install_language(language: Language) -> None:
    """Make `language` the interface language of the running application.

    Widgets receive a LanguageChange event; numbers and dates follow the matching locale.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a running QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for path in translation_files(language):
        translator = QTranslator(app)
        # Qt's own file may be missing from a trimmed Qt; the editor's texts still load.
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(texts(language)("terms.formats.locale")))
    _current[0] = language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; it is translated where it is shown.

    PySide6's own QT_TRANSLATE_NOOP does the same but is typed as returning `object`.
    """
    return text


def decimal_text(value: Decimal) -> str:
    """A number as the interface language writes it: 99.9 in English, 99,9 in Portuguese
    (exact: through the product's one formatter, never through a float)."""
    return formatter(current_language()).number(value)


def percent_text(value: Decimal | None) -> str:
    """A percentage in the interface language ('' for none): '99.9 %' or '99,9 %'."""
    return "" if value is None else formatter(current_language()).percent(value)


def duration_text(value: dt.timedelta | None) -> str:
    """A duration as the editor's fields and tables show it ('' for none): '1 h 30 min'."""
    return "" if value is None else formatter(current_language()).short_duration(value)


def value_text(value: object) -> str:
    """Any value of a table cell in the interface language: a number, a duration, or its text."""
    if value is None:
        return ""
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return decimal_text(Decimal(value))
    if isinstance(value, dt.timedelta):
        return duration_text(value)
    return str(value)
