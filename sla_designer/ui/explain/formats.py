"""What the panels need of a language beyond the one formatter: Qt's locale for their fields.

Numbers, money, durations and moments are written by `sla_designer.text.formats.formatter`,
the same the calculators' explanations and the command line use.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from sla_designer.text import texts


def qt_locale(language: str) -> QLocale:
    """The Qt locale of an interface language, for number and date fields."""
    return QLocale(str(texts(language)("terms.formats.locale")))
