"""The typical range beside a target, from published figures (resources/data/typical_ranges.yaml):
under the chosen time target of a response or resolution metric, and under the objective of an
availability or contact-centre service-level metric. It speaks the interface language and names
its sources, each linked to its address.

The back-test's suggestion for a target (issue 16, not built yet) belongs in this panel, under
the range: the panel is the place that says what is realistic for the chosen target.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from sla_designer.model import AvailabilityMetric, ServiceLevelMetric, TimeTarget
from sla_designer.text import texts
from sla_designer.text.formats import formatter
from sla_designer.ui.i18n import current_language
from sla_designer.ui.list_section import ListSection
from sla_designer.ui.pages.live_panels import LivePanel
from sla_designer.validation.typical_ranges import Source, range_of_target, typical_ranges

_ROOTS = frozenset({"metrics", "priorities"})
"""What the range depends on: the metric's kind and event, the target's priority and its place."""


def _sources(sources: tuple[Source, ...], language: str) -> str:
    words = texts(language).section("metrics.typical")
    items = [
        words(
            "source",
            name=f'<a href="{escape(source.url)}">{escape(source.name)}</a>',
            date=formatter(language).date(source.read),
        )
        for source in sources
    ]
    return words("sources", sources="; ".join(items))


def target_range_text(document: Any, path: Any, language: str) -> str | None:
    """What the panel says for the time target at `path` (rich text), or None without a range."""
    target: TimeTarget = document.get(path)
    metric = document.get(path[:2])
    found = range_of_target(document.agreement, metric, target)
    if found is None:
        return None
    words = texts(language).section("metrics.typical")
    sentence = words(
        "time",
        what=words(f"what.{found.kind}"),
        level=words(f"levels.{found.level}"),
        low=found.low.text(language),
        high=found.high.text(language),
        typical=found.typical.text(language),
    )
    floor = words("floor", floor=formatter(language).duration(found.floor, "h"))
    return f"{escape(sentence)} {escape(floor)}<br>{_sources(found.sources, language)}"


def objective_range_text(metric: Any, language: str) -> str | None:
    """What the panel says for an availability or service-level metric, or None for another."""
    words = texts(language).section("metrics.typical")
    ranges = typical_ranges()
    if isinstance(metric, AvailabilityMetric):
        found = ranges.availability
        sentence = words(
            "availability",
            low=found.low.text(language),
            high=found.high.text(language),
            typical=found.typical.text(language),
        )
        return f"{escape(sentence)}<br>{_sources(found.sources, language)}"
    if isinstance(metric, ServiceLevelMetric):
        level = ranges.service_level
        sentence = words(
            "service_level",
            objective=level.objective.text(language),
            low=level.threshold_low.text(language),
            high=level.threshold_high.text(language),
        )
        return f"{escape(sentence)}<br>{_sources(level.sources, language)}"
    return None


class TypicalRangePanel(QLabel):
    """A short paragraph: the typical range and its linked sources."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("typical_range")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setContentsMargins(4, 2, 4, 6)


def _item(document: Any, path: Any) -> Any:
    try:
        return None if path is None else document.get(path)
    except (AttributeError, IndexError):
        return None


def target_range_panel(targets: ListSection) -> LivePanel[Any]:
    """The typical range of the chosen time target, under the targets list."""
    panel = TypicalRangePanel()
    targets._layout.addWidget(panel)
    document = targets.document

    def read() -> str | None:
        path = targets.current_path()
        if not isinstance(_item(document, path), TimeTarget):
            return None
        return target_range_text(document, path, current_language())

    return LivePanel(panel, targets, _ROOTS, read, panel.setText)


def objective_range_panel(section: ListSection, after: QWidget, kind: str) -> LivePanel[Any]:
    """The typical range of the chosen metric's objective when it is of `kind`, under `after`
    (the kind's form)."""
    panel = TypicalRangePanel()
    layout = section._layout
    layout.insertWidget(layout.indexOf(after) + 1, panel)
    document = section.document

    def read() -> str | None:
        metric = _item(document, section.current_path())
        if getattr(metric, "kind", None) != kind:
            return None
        return objective_range_text(metric, current_language())

    return LivePanel(panel, section, _ROOTS, read, panel.setText)
