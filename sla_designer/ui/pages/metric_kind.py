"""Changing a metric's kind: what the metric keeps, and what the user is told it loses.

The kind is chosen in the metric's form (`MetricKindBox`); the change is one undo step. A
metric of the new kind keeps the fields every metric has (name, service, window, calendar...)
and every field of its own that the new kind has too: the targets and the clock of a response
time become those of a resolution time, the channel of a service level that of an average
speed of answer. The objective is the new kind's default (a percentage of uptime means nothing
as a percentage answered), and so is a name that was only the old kind's default name. What the
old metric held that the new one has no place for is named, so that the user knows it went.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any, NamedTuple

from pydantic import TypeAdapter
from PySide6.QtWidgets import QComboBox, QMainWindow

from sla_designer.model import Metric
from sla_designer.model.kinds import describe
from sla_designer.text import LANGUAGES, texts
from sla_designer.text.formats import formatter
from sla_designer.text.values import Term, render
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, current_language, label
from sla_designer.ui.pages.metric_fields import kind_choices

_METRIC = TypeAdapter(Metric)
NOTICE_MS = 15000
"""How long the status bar says what a change of kind dropped."""

COMMON_KEYS = (
    "id",
    "name",
    "description",
    "service",
    "window",
    "calendar",
    "data_source",
    "exclusions",
)
"""The fields of every metric, kept whatever its kind."""

_OBJECTIVE = ("objective", "comparison")
"""What a value of the objective means depends on the kind: never carried over."""

_LISTS = {
    "targets": QT_TRANSLATE_NOOP("Labels", "Time targets"),
    "maintenance": QT_TRANSLATE_NOOP("Labels", "Scheduled maintenance windows"),
}
"""The lists of a metric edited in sections of their own, by the section's title."""


def default_name(kind: str, language: str) -> str:
    """The name a metric of `kind` is given when the user has not named it."""
    return texts(language)(describe(kind).label)


def make_metric(kind: str, base: dict[str, Any], language: str) -> Any:
    """A metric of `kind` that keeps the common fields of `base` and the kind's defaults, with
    any words among them in `language` (the agreement's)."""
    defaults = {
        name: render(value, language) if isinstance(value, Term) else value
        for name, value in describe(kind).defaults.items()
    }
    return _METRIC.validate_python({**defaults, **base, "kind": kind})


class KindChange(NamedTuple):
    """What a metric keeps when it becomes another kind, and what it cannot keep."""

    kept: dict[str, Any]
    """The fields of the metric of the new kind (the kind's defaults fill in the rest)."""
    dropped: tuple[str, ...]
    """The fields and lists left behind, named in the interface language ('Time targets (3)')."""


def change_kind(metric: Any, kind: str, language: str, interface: str) -> KindChange:
    """What `metric` keeps as a metric of `kind` (a name in `language`, the agreement's), and
    what it drops, named in `interface` (the interface language)."""
    old, new = describe(metric), describe(kind)
    # Copies: the metric replaced stays in the undo history as it was.
    base: dict[str, Any] = {key: deepcopy(getattr(metric, key)) for key in COMMON_KEYS}
    if metric.name in {default_name(old.kind, lang) for lang in LANGUAGES}:
        base["name"] = default_name(kind, language)
    comparison = old.comparison_of(metric)
    if comparison is not None and comparison in new.comparisons() and new.compared:
        base["comparison"] = comparison
    shared = new.model.model_fields
    dropped: list[str] = []
    for name, info in type(metric).model_fields.items():
        if name in COMMON_KEYS or name == "kind":
            continue
        value = getattr(metric, name)
        if name in shared and name not in _OBJECTIVE:
            base[name] = deepcopy(value)
        elif name == "comparison":
            continue  # said with the objective
        elif info.is_required() or value != info.get_default(call_default_factory=True):
            dropped.append(_named(old.kind, name, value, interface))
    return KindChange(base, tuple(dropped))


def _named(kind: str, name: str, value: Any, interface: str) -> str:
    """A metric's field as the editor labels it, a list with its number of items."""
    if name in _LISTS:
        count = formatter(interface).number(len(value))
        return f"{label(_LISTS[name])} ({count})"
    for described in describe(kind).fields:
        if described.name == name or described.name.startswith(name + "."):
            return texts(interface)(f"metrics.fields.{described.label}")
    return name.replace("_", " ")


class MetricKindBox(QComboBox):
    """Changing a metric's kind replaces it with a metric of the new kind, as one undo step."""

    def __init__(self, document: AgreementDocument) -> None:
        super().__init__()
        self.setObjectName("kind")
        self._document = document
        self.path: FieldPath | None = None
        for kind, text in kind_choices(current_language()):
            self.addItem(text, kind)
        self.currentIndexChanged.connect(self._on_pick)

    def show_metric(self, path: FieldPath | None) -> None:
        self.path = path
        self.setEnabled(path is not None)
        if path is not None:
            blocked = self.blockSignals(True)
            self.setCurrentIndex(self.findData(self._document.get(path).kind))
            self.blockSignals(blocked)

    def _on_pick(self) -> None:
        if self.path is None:
            return
        metric = self._document.get(self.path)
        kind = self.currentData()
        if kind == metric.kind:
            return
        language = self._document.agreement.language
        change = change_kind(metric, kind, language, current_language())
        made = make_metric(kind, change.kept, language)
        self._document.set_value(self.path, made, text=self.tr("Change metric kind"))
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.notice(change.dropped), NOTICE_MS)

    def notice(self, dropped: tuple[str, ...]) -> str:
        """What the user is told of a change to the kind shown, naming what the metric lost."""
        kind = self.currentText()
        if not dropped:
            return self.tr("Kind changed to %1; the metric keeps everything it had.").replace(
                "%1", kind
            )
        lost = formatter(current_language()).join(list(dropped))
        return (
            self.tr("Kind changed to %1. Not kept, as the new kind has no place for them: %2.")
            .replace("%1", kind)
            .replace("%2", lost)
        )
