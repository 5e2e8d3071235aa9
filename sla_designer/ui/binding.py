"""One helper that binds a field path to an editor widget, both ways.

Widget to model: the user's edit becomes `document.set_value`; a refused value stays in the
widget, marked red with the reason as tooltip, and the model keeps its last valid value.
Model to widget: on `document.changed` under the bound path the widget is refreshed with its
signals blocked, so the refresh never comes back as an edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeGuard

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from sla_designer.text.values import problem_text
from sla_designer.ui.document import AgreementDocument, FieldPath, refusal_message
from sla_designer.ui.i18n import current_language

INVALID_STYLE = "border: 1px solid #c62828; background: #fdecea;"
SHOWS_STORED = "showsStored"
"""Property of an editor (with an `editingFinished` signal) that shows the stored value again,
in the interface language, when its editing finishes: '25000' typed is shown '25,000.00'."""


@dataclass(frozen=True)
class Converter:
    """How a model value shows in a widget and how the widget's value goes back."""

    to_widget: Callable[[Any], Any] = lambda value: value
    to_model: Callable[[Any], Any] = lambda value: value


class ValueEditor(Protocol):
    """A custom editor: it has an `edited` signal, value() and set_value()."""

    edited: Any

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...


def _is_value_editor(widget: QWidget) -> TypeGuard[ValueEditor]:
    # What isinstance() with a runtime-checkable protocol checks, without its cost: this runs
    # for every field a page shows.
    return hasattr(widget, "edited") and hasattr(widget, "set_value") and hasattr(widget, "value")


def widget_value(widget: QWidget) -> Any:
    """The value an editor widget currently shows."""
    if _is_value_editor(widget):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QDateEdit):
        return widget.date()
    if isinstance(widget, QAbstractSpinBox):
        return widget.value()  # type: ignore[attr-defined]
    raise TypeError(f"no binding for {type(widget).__name__}")


def show_value(widget: QWidget, value: Any) -> None:
    """Put a value into an editor widget (callers block its signals)."""
    if _is_value_editor(widget):
        widget.set_value(value)
    elif isinstance(widget, QLineEdit):
        if widget.text() != value:
            widget.setText(value)
            if not widget.hasFocus():
                widget.setCursorPosition(0)  # a long value shows its beginning, not its end
    elif isinstance(widget, QPlainTextEdit):
        if widget.toPlainText() != value:
            widget.setPlainText(value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(widget.findData(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(value if isinstance(value, QDate) else widget.minimumDate())
    elif isinstance(widget, QAbstractSpinBox):
        widget.setValue(value)  # type: ignore[attr-defined]
    else:
        raise TypeError(f"no binding for {type(widget).__name__}")


def clear_value(widget: QWidget) -> None:
    """Show nothing in an editor widget (callers block its signals): a field whose item is gone
    or not chosen must not keep showing another item's value."""
    if _is_value_editor(widget) and isinstance(widget, QComboBox):
        widget.set_value(None)  # a picker forgets its value, or a later refill shows it again
        widget.setCurrentIndex(-1)
    elif _is_value_editor(widget) and isinstance(widget, QListWidget):
        widget.set_value([])
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(-1)
        if widget.isEditable():
            widget.clearEditText()
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
        widget.clear()
    elif isinstance(widget, QCheckBox):
        widget.setChecked(False)
    else:
        # A compound editor (a duration and its clock, the week's days): each of its parts.
        for part in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            with QSignalBlocker(part):
                clear_value(part)


def _edit_signal(widget: QWidget) -> Any:
    if _is_value_editor(widget):
        return widget.edited
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QAbstractSpinBox):
        return widget.valueChanged  # type: ignore[attr-defined]
    raise TypeError(f"no binding for {type(widget).__name__}")


def _is_undo_key(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
        QKeySequence.StandardKey.Redo
    )


class _LeaveUndoToWindow(QObject):
    """Keeps Undo/Redo keys away from a text editor's own history.

    The editor gives up the shortcut (ShortcutOverride ignored), so the window's Undo and Redo
    actions - the document's undo stack - get it wherever the focus is; a key press that still
    arrives (the action is disabled) is swallowed rather than undoing the widget's own typing.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and _is_undo_key(event)
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)


_TEXT_EDITORS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def leave_undo_to_window(widget: QWidget) -> None:
    """Let the document's undo stack, not the widget, handle Undo/Redo in `widget`'s editors."""
    editors = [widget, *widget.findChildren(QWidget)]
    guard: _LeaveUndoToWindow | None = None
    for editor in editors:
        if not isinstance(editor, _TEXT_EDITORS):
            continue
        if isinstance(editor, (QPlainTextEdit, QTextEdit)):
            editor.setUndoRedoEnabled(False)
        if guard is None:
            guard = _LeaveUndoToWindow(widget)
        editor.installEventFilter(guard)


# Typing edits merge into one undo step per field; a pick from a list is a step of its own.
_TYPED = (QLineEdit, QPlainTextEdit, QAbstractSpinBox)


class Binding(QObject):
    """Keeps `widget` and the field at `prefix + field` of `document` in step."""

    def __init__(
        self,
        document: AgreementDocument,
        field: FieldPath,
        widget: QWidget,
        converter: Converter | None = None,
        *,
        label: str = "",
        prefix: FieldPath | None = (),
    ) -> None:
        super().__init__(widget)
        self.document = document
        self.field = field
        self.widget = widget
        self.converter = converter or Converter()
        self.label = label or str(field[-1]).replace("_", " ")
        self.prefix = prefix
        self._writing = False
        self._shown: Any = _MISSING
        """The model's value the widget last showed: where a typing started from."""
        _edit_signal(widget).connect(self._on_edited)
        if widget.property(SHOWS_STORED):
            widget.editingFinished.connect(self._show_stored)  # type: ignore[attr-defined]
        leave_undo_to_window(widget)
        document.changed.connect(self._on_changed)
        document.reset.connect(self.refresh)
        self.refresh()

    @property
    def path(self) -> FieldPath | None:
        """The full field path, or None while no item is chosen."""
        return None if self.prefix is None else (*self.prefix, *self.field)

    def set_prefix(self, prefix: FieldPath | None) -> None:
        """Rebind to the same field of another item (None: no item, the widget is disabled)."""
        self.prefix = prefix
        self.refresh()

    def refresh(self) -> None:
        """Show the model's value, or disable and empty the widget when the path does not
        resolve (no item chosen, or an optional part of the item, such as its representative,
        is not there): a greyed field never shows what another item holds."""
        value = self._model_value()
        self._shown = value
        shown = _MISSING
        if value is not _MISSING:
            try:
                shown = self.converter.to_widget(value)
            except (TypeError, ValueError, AttributeError):
                # A form of another kind of item still pointing here (the item was replaced
                # and the form is about to be switched off): show nothing rather than fail.
                shown = _MISSING
        self.widget.setEnabled(shown is not _MISSING)
        self._mark(None)
        with QSignalBlocker(self.widget):
            if shown is _MISSING:
                clear_value(self.widget)
            else:
                show_value(self.widget, shown)

    def _model_value(self) -> Any:
        path = self.path
        if path is None:
            return _MISSING
        try:
            return self.document.get(path)
        except (AttributeError, IndexError, TypeError):
            return _MISSING

    def _on_changed(self, changed: FieldPath) -> None:
        path = self.path
        if self._writing or path is None:
            return
        if path[: len(changed)] == changed or changed[: len(path)] == path:
            self.refresh()

    def _on_edited(self, *_: Any) -> None:
        path = self.path
        if path is None:
            return
        try:
            value = self.converter.to_model(widget_value(self.widget))
        except ValidationError as error:
            # A converter that builds a model value (money) is refused as the document would.
            self._mark(refusal_message(error))
            return
        except (ValueError, ArithmeticError) as error:
            self._mark(problem_text(error, current_language()))
            self._keep_shown(path)
            return
        self._writing = True
        try:
            reason = self.document.set_value(
                path,
                value,
                text=QCoreApplication.translate("Undo", "Edit %1").replace("%1", self.label),
                merge=isinstance(self.widget, _TYPED)
                or bool(getattr(self.widget, "merge_edits", False)),
            )
        finally:
            self._writing = False
        self._mark(reason)

    def _keep_shown(self, path: FieldPath) -> None:
        """A refused number leaves the model as it was before the typing, not holding what a
        beginning of the text said ('25.00' of '25.000', refused as ambiguous)."""
        if not self.widget.property(SHOWS_STORED) or self._shown is _MISSING:
            return
        if self._model_value() == self._shown:
            return
        self._writing = True
        try:
            self.document.set_value(
                path,
                self._shown,
                text=QCoreApplication.translate("Undo", "Edit %1").replace("%1", self.label),
                merge=True,
            )
        finally:
            self._writing = False

    def _show_stored(self) -> None:
        """Show what was stored, as the interface language writes it; a refused text stays."""
        if not self.widget.property("refusal"):
            self.refresh()

    def _mark(self, reason: str | None) -> None:
        self.widget.setStyleSheet(INVALID_STYLE if reason else "")
        self.widget.setToolTip(reason or self.widget.whatsThis())
        self.widget.setProperty("refusal", reason or "")


_MISSING = object()
