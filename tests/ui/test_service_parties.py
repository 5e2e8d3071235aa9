# mypy: disable-error-code="no-untyped-call"
"""The Service step shows and edits who provides each service and whom it is provided to."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from sla_designer.export.preview import preview_html
from sla_designer.ui.pickers import DefaultedCheckList, RefComboBox
from tests.ui.ui_helpers import WindowFactory, go


def test_a_two_party_service_shows_its_defaults(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    page = go(window, "service")
    services = page.sections[0]
    services.select_row(0)
    provider = services.form.editor("provider")
    recipients = services.form.editor("recipients")
    assert isinstance(provider, RefComboBox) and isinstance(recipients, DefaultedCheckList)
    # Nothing set in the file: the agreement's provider and its customers, said so.
    assert provider.currentData() is None
    assert provider.currentText() == "The agreement's provider: Ledgerline"
    assert recipients.value() == []
    hint = recipients.findChild(QLabel, "default")
    assert hint is not None and hint.isVisibleTo(window)
    assert hint.text() == "None ticked: the customers (Harbour & Finch)."
    headers = [
        services.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(services.model.columnCount())
    ]
    row = {h: services.model.index(0, c).data() for c, h in enumerate(headers)}
    assert (row["Provided by"], row["Provided to"]) == ("Ledgerline", "Harbour & Finch")


def test_provider_and_recipients_are_picked_and_undone(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("internal-departments")
    document = window.document
    page = go(window, "service")
    services = page.sections[0]
    services.select_row(2)  # New-customer care: Customer Service to Sales and Marketing
    provider = services.form.editor("provider")
    recipients = services.form.editor("recipients")
    assert isinstance(provider, RefComboBox) and isinstance(recipients, DefaultedCheckList)
    assert provider.currentData() == "customer-service"
    assert recipients.value() == ["marketing", "sales"]  # in the order of the parties
    hint = recipients.findChild(QLabel, "default")
    assert hint is not None and not hint.isVisibleTo(window)

    # Sales takes over the service, for Marketing only.
    provider.setFocus()
    provider.setCurrentIndex(provider.findData("sales"))
    checks = recipients.checks
    sales = next(
        checks.item(row)
        for row in range(checks.count())
        if checks.item(row).data(Qt.ItemDataRole.UserRole) == "sales"
    )
    rect = checks.visualItemRect(sales)
    # The check box sits at the start of the row.
    box = rect.topLeft() + QPoint(10, rect.height() // 2)
    qtbot.mouseClick(checks.viewport(), Qt.MouseButton.LeftButton, pos=box)
    service = document.agreement.service.services[2]
    assert (service.provider, service.recipients) == ("sales", ["marketing"])
    assert services.model.index(2, 2).data() == "Sales"
    assert services.model.index(2, 3).data() == "Marketing"
    # The contract follows: its service levels are owed by Sales now.
    html = preview_html(document.agreement)
    assert "Sales shall meet this service level for Marketing." in html

    # Every edit is a step of its own on the undo stack.
    stack = document.undo_stack
    stack.undo()
    assert document.agreement.service.services[2].recipients == ["sales", "marketing"]
    assert document.agreement.service.services[2].provider == "sales"
    stack.undo()
    assert document.agreement.service.services[2].provider == "customer-service"
    assert provider.currentData() == "customer-service"
    assert services.model.index(2, 2).data() == "Customer Service"


def test_the_unset_choice_goes_back_to_the_default(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("managed-services")
    services = go(window, "service").sections[0]
    services.select_row(1)
    provider = services.form.editor("provider")
    assert isinstance(provider, RefComboBox)
    provider.setCurrentIndex(provider.findData("catskill-ortho"))
    assert window.document.agreement.service.services[1].provider == "catskill-ortho"
    # A customer providing a service is pointed out at once.
    window.watcher.run_now()
    codes = {f.code for f in window.watcher.findings}
    assert "service-provider-is-customer" in codes
    provider.setCurrentIndex(0)
    assert window.document.agreement.service.services[1].provider is None
