"""The preferences dialog: the interface language, remembered for the next start, and the name
a Word redline's tracked changes are made under; the window's size, place and maximised state,
remembered between runs."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from sla_designer.text import LANGUAGES, Language, texts
from sla_designer.ui.i18n import (
    chosen_language,
    current_language,
    install_language,
    remember_language,
)

GEOMETRY = "window/geometry"
AUTHOR = "redline/author"
DEFAULT_SIZE = QSize(1280, 860)
SCREEN_SHARE = 0.9
"""A first window takes at most this part of a smaller screen, leaving room around it."""


def restore_window(settings: QSettings, window: QMainWindow) -> None:
    """Give `window` the size, place and maximised state it had when last closed; the first
    time, the default size, or most of a screen smaller than that. Either way it fits the
    screen it is on (a window saved on a larger monitor is shrunk to this one)."""
    saved = settings.value(GEOMETRY)
    if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
        _fit_to_screen(window)
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    size = DEFAULT_SIZE.boundedTo(
        QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
    )
    window.resize(size)
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    window.move(frame.topLeft())


def remember_window(settings: QSettings, window: QMainWindow) -> None:
    """Keep the window's size, place and maximised state for the next start."""
    settings.setValue(GEOMETRY, window.saveGeometry())


def _fit_to_screen(window: QMainWindow) -> None:
    if window.isMaximized() or window.isFullScreen():
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    if window.width() > area.width() or window.height() > area.height():
        window.resize(window.size().boundedTo(area.size()))
    frame = window.frameGeometry()
    if not area.contains(frame.topLeft()):
        window.move(area.topLeft())


def author_name(settings: QSettings) -> str:
    """The name a redline's tracked changes are made under: the one given in the preferences,
    else the full name of the user's account (as the command line's --author defaults)."""
    from sla_designer.export.tracked import user_full_name

    return str(settings.value(AUTHOR, "") or "").strip() or user_full_name()


def language_name(language: Language) -> str:
    """A language as it names itself, so a user who cannot read the current one finds theirs."""
    return texts(language)(f"choices.languages.{language}")


class PreferencesDialog(QDialog):
    """Choose the interface language and the name for tracked changes; `apply()` switches to
    the language and remembers both."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("interface-language")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(chosen_language(settings)), 0))
        label = QLabel(self.tr("Interface &language:"))
        label.setBuddy(self.language)
        self.language.setAccessibleName(self.tr("Interface language"))
        note = QLabel(
            self.tr(
                "The language of menus, pages and findings. The language of the contract is "
                "chosen per agreement, on the Agreement step."
            )
        )
        note.setWordWrap(True)
        from sla_designer.export.tracked import user_full_name

        self.author = QLineEdit(str(settings.value(AUTHOR, "") or ""))
        self.author.setObjectName("author")
        self.author.setPlaceholderText(user_full_name())
        self.author.setAccessibleName(self.tr("Your name (for tracked changes)"))
        author_label = QLabel(self.tr("Your &name (for tracked changes):"))
        author_label.setBuddy(self.author)
        form = QFormLayout()
        form.addRow(label, self.language)
        form.addRow("", note)
        form.addRow(author_label, self.author)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> Language:
        """The language picked in the dialog."""
        code = self.language.currentData()
        return code if code in LANGUAGES else "en"

    def apply(self) -> None:
        """Remember the choice and, if it differs, switch the running interface to it."""
        language = self.chosen()
        self._settings.setValue(AUTHOR, self.author.text().strip())
        remember_language(self._settings, language)
        if language != current_language():
            install_language(language)
