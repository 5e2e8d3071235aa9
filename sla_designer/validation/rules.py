"""The registry: every rule, in one list, in the order of the agreement's sections."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sla_designer.validation import (
    attainment,
    basis,
    blanks,
    calc_rules,
    calendars,
    caps,
    credits,
    duties,
    foreign_defaults,
    law,
    money,
    objectives,
    parties,
    realism,
    references,
    reporting,
    required,
    restated_rules,
    reviewed_wording,
    services,
    standard_clauses,
    targets,
    terms,
)
from sla_designer.validation.context import Context
from sla_designer.validation.findings import Finding

Rule = Callable[[Context], Iterable[Finding]]

RULES: tuple[Rule, ...] = (
    *required.RULES,
    *blanks.RULES,
    *parties.RULES,
    *references.RULES,
    *services.RULES,
    *law.RULES,
    *calendars.RULES,
    *targets.RULES,
    *realism.RULES,
    *objectives.RULES,
    *reporting.RULES,
    *credits.RULES,
    *attainment.RULES,
    *caps.RULES,
    *basis.RULES,
    *duties.RULES,
    *restated_rules.RULES,
    *money.RULES,
    *foreign_defaults.RULES,
    *standard_clauses.RULES,
    *terms.RULES,
    *reviewed_wording.RULES,
    calc_rules.calculated,  # exact checks that run the calculators
)
