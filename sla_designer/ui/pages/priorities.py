"""Step 5: priority levels, most urgent first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sla_designer.model import Priority
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import CALENDAR_CHOICE, FieldSpec
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP
from sla_designer.ui.item_models import Column
from sla_designer.ui.list_section import ListSection, unique_id
from sla_designer.ui.pages.base import Page

STEP = "priorities"

PRIORITY = [
    FieldSpec(
        "id",
        QT_TRANSLATE_NOOP("Labels", "Identifier"),
        "id",
        help=QT_TRANSLATE_NOOP("Labels", "e.g. P1"),
    ),
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("Labels", "Name"),
        help=QT_TRANSLATE_NOOP("Labels", "e.g. Critical"),
    ),
    FieldSpec(
        "definition",
        QT_TRANSLATE_NOOP("Labels", "Definition"),
        "multiline",
        help=QT_TRANSLATE_NOOP("Labels", "When a ticket gets this priority"),
    ),
    FieldSpec(
        "examples",
        QT_TRANSLATE_NOOP("Labels", "Examples"),
        "lines",
        help=QT_TRANSLATE_NOOP("Labels", "One example per line"),
    ),
    CALENDAR_CHOICE,
]


def new_priority(document: AgreementDocument, path: FieldPath) -> Priority:
    return Priority(id=unique_id(document, path, "P"), name="")


def drop_targets_of(document: AgreementDocument, path: FieldPath, row: int) -> None:
    """Removing a priority removes the targets set for it (one undo step with the removal)."""
    priority_id = document.get((*path, row)).id
    for index, metric in enumerate(document.agreement.metrics):
        targets = getattr(metric, "targets", None)
        if targets and any(t.priority == priority_id for t in targets):
            kept = [t for t in targets if t.priority != priority_id]
            document.set_value(
                ("metrics", index, "targets"),
                kept,
                text=QCoreApplication.translate("Undo", "Remove targets"),
            )


def build(document: AgreementDocument) -> Page:
    """The Priorities page."""
    page = Page(
        document,
        QT_TRANSLATE_NOOP("Labels", "Priorities"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "Ordered levels, most urgent first. Response and resolution targets are set per "
            "priority.",
        ),
    )
    page.add_section(
        ListSection(
            document,
            QT_TRANSLATE_NOOP("Labels", "Priorities"),
            ("priorities",),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
                Column(QT_TRANSLATE_NOOP("Labels", "Name"), "name"),
                Column(QT_TRANSLATE_NOOP("Labels", "Calendar"), "calendar", ref=("calendars",)),
            ],
            new_priority,
            specs=PRIORITY,
            noun=QT_TRANSLATE_NOOP("Labels", "priority"),
            before_remove=drop_targets_of,
        )
    )
    page.finish()
    return page
