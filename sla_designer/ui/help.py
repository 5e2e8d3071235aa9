"""Help › About and Help › User guide: the version, the licence, and the README, offline.

The user guide is the README shipped inside the package (resources/guide/README.md, a link to
the repository's README, so there is one text), shown in a window of its own. Its screenshots are
not shipped (they are several megabytes): each is shown as its caption. Links to web pages open
in the browser; links within the guide scroll to their heading.
"""

from __future__ import annotations

import re

import PySide6
from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QDialog, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from sla_designer import __version__

LICENCE = "MIT"
"""The licence the product is published under (pyproject.toml)."""

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")


def guide_text() -> str:
    """The user guide as Markdown: the README, its pictures replaced by their captions."""
    from sla_designer.resources import resource

    text = resource("guide", "README.md").read_text(encoding="utf-8")
    return _IMAGE.sub(lambda match: f"*{match.group(1)}*" if match.group(1) else "", text)


def about_text() -> str:
    """What Help › About says: the product, its version and licence, Qt's and PySide's."""
    lines = [
        QCoreApplication.translate("Help", "SLA Designer %1").replace("%1", __version__),
        QCoreApplication.translate(
            "Help", "Write service level agreements step by step, with live checks."
        ),
        QCoreApplication.translate("Help", "Licence: %1").replace("%1", LICENCE),
        QCoreApplication.translate("Help", "Qt %1, PySide %2")
        .replace("%1", qVersion())
        .replace("%2", PySide6.__version__),
    ]
    return "\n".join(lines)


def about_box(parent: QWidget) -> QMessageBox:
    """The About box (shown by the caller, through the window's prompter)."""
    box = QMessageBox(parent)
    box.setObjectName("about")
    box.setWindowTitle(QCoreApplication.translate("Help", "About SLA Designer"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


class GuideWindow(QDialog):
    """The user guide, in a window beside the editor (not modal: the user reads and works)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("SLA Designer user guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.document().setMarkdown(
            guide_text(), QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(820, 720)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
