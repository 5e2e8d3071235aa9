"""One page per step of the guided editor; `build_pages` makes them all."""

from __future__ import annotations

from sla_designer.ui.document import AgreementDocument
from sla_designer.ui.pages.base import Page


def build_pages(document: AgreementDocument) -> dict[str, Page]:
    """The page of each step, by step key."""
    from sla_designer.ui.pages import (
        agreement,
        calendars,
        escalation,
        metrics,
        parties,
        priorities,
        remedies,
        reporting,
        responsibilities,
        review,
        service,
    )

    modules = (
        agreement,
        parties,
        service,
        calendars,
        priorities,
        metrics,
        responsibilities,
        reporting,
        remedies,
        escalation,
        review,
    )
    return {module.STEP: module.build(document) for module in modules}
