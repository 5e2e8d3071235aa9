"""What every page is: a scrollable column of forms and list sections with a heading."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.fields import FieldSpec
from sla_designer.ui.form import FieldForm, align_labels
from sla_designer.ui.i18n import label
from sla_designer.ui.list_section import ListSection


class Page(QScrollArea):
    """A step's page; findings navigation asks it to focus a field path."""

    def __init__(self, document: AgreementDocument, title: str, intro: str) -> None:
        """`title` and `intro` are source texts (marked for lupdate), shown translated."""
        super().__init__()
        self.document = document
        self.forms: list[FieldForm] = []
        self.sections: list[ListSection] = []
        self.setWidgetResizable(True)
        body = QWidget()
        self.column = QVBoxLayout(body)
        heading = QLabel(label(title))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.column.addWidget(heading)
        if intro:
            explanation = QLabel(label(intro))
            explanation.setWordWrap(True)
            explanation.setStyleSheet("color: palette(dark);")
            self.column.addWidget(explanation)
        self.setWidget(body)

    def add_form(self, specs: list[FieldSpec], prefix: FieldPath = ()) -> FieldForm:
        form = FieldForm(self.document, specs, prefix)
        self.forms.append(form)
        self.column.addWidget(form)
        return form

    def add_section(self, section: ListSection) -> ListSection:
        self.sections.append(section)
        self.column.addWidget(section)
        return section

    def finish(self) -> None:
        """Line up the page's forms and push the content to the top (short pages stay compact)."""
        layouts = [form.layout() for form in self.forms]
        align_labels([layout for layout in layouts if isinstance(layout, QFormLayout)])
        self.column.addStretch(1)

    def focus_path(self, path: FieldPath) -> bool:
        """Show and focus the editor of a field path; False when this page has none."""
        for section in self.sections:
            if section.focus_path(path):
                self.ensureWidgetVisible(self.focusWidget() or section)
                return True
        for form in self.forms:
            if form.focus_path(path):
                self.ensureWidgetVisible(self.focusWidget() or form)
                return True
        return False
