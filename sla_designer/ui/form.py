"""A form of bound fields under one path prefix (the agreement, or the chosen list item)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget

from sla_designer.ui.binding import Binding, Converter
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec, make_editor
from sla_designer.ui.i18n import label as translated
from sla_designer.ui.id_visibility import id_visibility


def _toggle(spec: FieldSpec) -> tuple[QWidget, Converter]:
    """A check box that switches an optional part (e.g. a representative) on and off."""
    factory = spec.factory
    if factory is None:
        raise ValueError(f"{spec.name}: a toggle needs a factory")
    box = QCheckBox(translated(spec.help))
    return box, Converter(lambda value: value is not None, lambda on: factory() if on else None)


def _name_parts(widget: QWidget, text: str) -> None:
    """Name the inputs inside a compound editor after the field ("Target: Clock")."""
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
            own = child.accessibleName()
            child.setAccessibleName(f"{text}: {own}" if own else text)


class FieldForm(QWidget):
    """Label and editor for each spec, every editor bound to `prefix + spec.path`."""

    def __init__(
        self,
        document: AgreementDocument,
        specs: Sequence[FieldSpec],
        prefix: FieldPath | None = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bindings: list[Binding] = []
        self._id_rows: list[int] = []
        layout = QFormLayout(self)
        self.form_layout = layout
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            widget, converter = (
                _toggle(spec) if spec.kind == "toggle" else make_editor(spec, document)
            )
            widget.setObjectName(spec.name)
            text = translated(spec.label)
            widget.setWhatsThis(translated(spec.help))
            # Screen readers announce the field by its label, also where the buddy is not used.
            widget.setAccessibleName(text)
            if spec.help:
                widget.setAccessibleDescription(translated(spec.help))
            _name_parts(widget, text)
            binding = Binding(
                document, spec.path, widget, converter, label=text.lower(), prefix=prefix
            )
            self.bindings.append(binding)
            label = QLabel(self.tr("%1:").replace("%1", text))
            label.setBuddy(widget)
            layout.addRow(label, widget)
            if spec.kind == "id":
                self._id_rows.append(layout.rowCount() - 1)
        if self._id_rows:
            ids = id_visibility()
            self._show_ids(ids.shown)
            ids.changed.connect(self._show_ids)
        self.set_prefix(prefix)

    def _show_ids(self, shown: bool) -> None:
        """Ids are made from names: their fields show only when asked (View menu)."""
        for row in self._id_rows:
            self.form_layout.setRowVisible(row, shown)

    def set_prefix(self, prefix: FieldPath | None) -> None:
        """Show the fields of another item; None disables them all."""
        for binding in self.bindings:
            binding.set_prefix(prefix)

    def editor(self, name: str) -> QWidget:
        """The editor widget of the field named `name` (a dotted path for nested fields)."""
        for binding in self.bindings:
            if binding.widget.objectName() == name:
                return binding.widget
        raise KeyError(name)

    def focus_path(self, path: FieldPath) -> bool:
        """Focus the editor of the field at `path`, or of its nearest enclosing field."""
        best: Binding | None = None
        for binding in self.bindings:
            bound = binding.path
            if (
                bound is not None
                and not binding.widget.isHidden()
                and path[: len(bound)] == bound
                and (best is None or len(bound) > len(best.path or ()))
            ):
                best = binding
        if best is None:
            return False
        best.widget.setFocus()
        return True


def align_labels(layouts: Sequence[QFormLayout]) -> None:
    """Give the label columns of forms stacked one above the other the same width."""
    labels: list[QWidget] = []
    for layout in layouts:
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                labels.append(widget)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
