"""The findings where the user looks: the findings table, the step states, the status bar's
counts and the review page's summary, all from each check's findings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from sla_designer.text import texts
from sla_designer.ui.document import AgreementDocument
from sla_designer.ui.findings_panel import FindingsPanel, FindingsWatcher
from sla_designer.ui.i18n import current_language
from sla_designer.ui.navigator import StepNavigator
from sla_designer.ui.pages import PageStack
from sla_designer.ui.pages.base import Page
from sla_designer.ui.pages.review import ReviewPage
from sla_designer.ui.steps import STEPS, counts_by_step, step_started

if TYPE_CHECKING:
    from sla_designer.validation.findings import Finding

SEVERITIES = ("error", "warning", "info")


class FindingsSummary(QObject):
    """Shows each check's findings (from `watcher`) in every widget that counts them.

    The counts label is added to `status_bar`; its text keeps the context of the main window,
    where it was first written, and so its translation.
    """

    def __init__(
        self,
        watcher: FindingsWatcher,
        document: AgreementDocument,
        *,
        panel: FindingsPanel,
        navigator: StepNavigator,
        pages: PageStack,
        status_bar: QStatusBar,
    ) -> None:
        super().__init__(status_bar)
        self._watcher = watcher
        self._document = document
        self._panel = panel
        self._navigator = navigator
        self._pages = pages
        self.totals = dict.fromkeys(SEVERITIES, 0)
        """How many errors, warnings and infos the last check found."""
        self.counts_label = QLabel()
        status_bar.addPermanentWidget(self.counts_label)
        watcher.updated.connect(self.show)
        pages.page_built.connect(self._page_built)

    def refresh(self) -> None:
        """Show the last findings again (after a change of language)."""
        self.show(self._watcher.findings)

    def show(self, findings: list[Finding]) -> None:
        self._panel.findings_model.language = current_language()
        self._panel.findings_model.set_findings(findings, self._document.agreement)
        counts = counts_by_step(findings)
        total = {s: sum(c[s] for c in counts.values()) for s in SEVERITIES}
        agreement = self._document.agreement
        self._navigator.show_counts(counts, {s.key: step_started(agreement, s) for s in STEPS})
        words = texts(current_language()).section("terms.counts")
        self.counts_label.setText(
            words(
                "all",
                errors=words("error", count=total["error"]),
                warnings=words("warning", count=total["warning"]),
                notes=words("info", count=total["info"]),
            )
        )
        self.totals = total
        review = self._pages.built().get("review")
        if isinstance(review, ReviewPage):
            review.show_counts(total["error"], total["warning"], total["info"])

    def _page_built(self, _key: str, page: Page) -> None:
        if isinstance(page, ReviewPage):
            page.show_counts(self.totals["error"], self.totals["warning"], self.totals["info"])
