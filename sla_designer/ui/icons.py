"""Icons of the current style, by the name of Qt's standard pixmap.

QStyle is imported on first use: creating the Python enums of QStyle costs the editor's start-up
several milliseconds, and no standard icon is on screen before the first findings.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon


def standard_icon(name: str) -> QIcon:
    """The style's icon for a standard pixmap, e.g. "SP_MessageBoxWarning"."""
    from PySide6.QtWidgets import QApplication, QStyle

    return QApplication.style().standardIcon(getattr(QStyle.StandardPixmap, name))
