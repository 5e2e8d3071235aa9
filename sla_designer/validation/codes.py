"""The finding codes, each with its severity, and `make()`, which builds a finding.

Codes are stable (tools match on them); a code's severity never depends on the agreement, so a
CI check can rely on it. The message of each code is wording, in the text layer
(resources/text/<language>/findings.yaml, key `findings.<code>`); its named parameters
({metric}, {priority}...) are the values a rule passes to `make()`, written when shown.
"""

from __future__ import annotations

from sla_designer.text.values import Value
from sla_designer.validation.findings import FieldPath, Finding, Severity

SEVERITIES: dict[str, Severity] = {
    # --- required content, section by section ---------------------------------------------
    "missing-title": "error",
    "missing-services": "warning",
    "missing-scope": "warning",
    "missing-calendars": "info",
    "missing-priorities": "error",
    "missing-metrics": "error",
    "missing-responsibilities": "warning",
    "missing-reports": "warning",
    "missing-remedies": "info",
    "missing-escalation": "warning",
    "missing-effective-date": "warning",
    "effective-after-expiry": "error",
    "term-length-mismatch": "warning",
    "required-field-empty": "error",
    "default-in-other-language": "warning",
    # --- parties ----------------------------------------------------------------------------
    "too-few-parties": "error",
    "missing-provider": "error",
    "missing-customer": "error",
    "missing-party-name": "error",
    "missing-representative": "warning",
    "tax-id-label": "warning",
    "party-country-missing": "info",
    "invalid-cnpj": "warning",
    "invalid-cpf": "warning",
    "missing-witnesses": "info",
    # --- services: who provides and who receives them ---------------------------------------
    "service-without-provider": "error",
    "service-without-recipients": "warning",
    "service-provider-receives": "error",
    "service-provider-is-customer": "warning",
    "metric-service-ambiguous": "error",
    "internal-jurisdiction-ignored": "warning",
    "internal-witnesses-ignored": "info",
    # --- governing law and forum (law.py) ----------------------------------------------------
    "forum-missing": "warning",
    "governing-law-missing": "warning",
    "forum-not-comarca": "warning",
    # --- ids and references ---------------------------------------------------------------
    "duplicate-id": "error",
    "unknown-reference": "error",
    # --- targets and priorities -------------------------------------------------------------
    "duplicate-target": "error",
    "duplicate-all-tickets-target": "error",
    "targets-mixed-scope": "error",
    "missing-priority-target": "warning",
    "metric-without-targets": "error",
    "target-percentile-missing": "error",
    "target-percentile-ignored": "warning",
    "target-attainment-ignored": "warning",
    "response-after-resolution": "error",
    "priority-order-inverted": "warning",
    # --- realism (realism.py, typical ranges in resources/data/typical_ranges.yaml) ---------
    "time-target-full-attainment": "warning",
    "time-target-below-floor": "warning",
    "credit-tier-above-objective": "warning",
    # --- objectives and measurement windows -------------------------------------------------
    "comparison-against-direction": "error",
    "objective-unattainable": "error",
    "budget-below-minimum-outage": "warning",
    "rolling-window-without-days": "error",
    "window-days-ignored": "warning",
    "satisfaction-scale-inverted": "error",
    "satisfaction-objective-outside-scale": "error",
    "maintenance-without-notice": "warning",
    # --- calendars --------------------------------------------------------------------------
    "calendar-without-hours": "error",
    "calendar-hours-ignored": "warning",
    "unknown-holiday-country": "error",
    "unknown-holiday-subdivision": "error",
    "city-holidays-missing": "info",
    "city-holidays-without-city": "warning",
    "business-time-without-calendar": "error",
    "definition-from-calendars": "warning",
    # --- defined terms (terms.py) -----------------------------------------------------------
    "definition-unused": "warning",
    "term-not-defined": "warning",
    # --- reporting --------------------------------------------------------------------------
    "metric-not-reported": "warning",
    "report-without-metrics": "warning",
    "report-without-recipients": "warning",
    "report-due-before-period-end": "error",
    # --- service credits ------------------------------------------------------------------
    "tiers-missing": "error",
    "linear-rule-missing": "error",
    "downtime-bands-missing": "error",
    "tier-empty": "error",
    "tier-gap": "error",
    "tier-overlap": "error",
    "credit-falls-as-performance-worsens": "error",
    "cap-below-tier-credit": "error",
    "cap-above-100": "error",
    "credit-service-ambiguous": "error",
    "credit-ticket-rules-ignored": "warning",
    "credit-pooled-attainment-ambiguous": "warning",
    "credit-counts-single-ticket": "warning",
    "credit-schedules-stack": "warning",
    "penalised-metric-without-customer-duty": "warning",
    # --- money ------------------------------------------------------------------------------
    "unknown-currency": "error",
    "currency-mismatch": "error",
    "amount-finer-than-currency": "error",
    "internal-credit-in-money": "warning",
    # --- standard clauses (standard_clauses.py) --------------------------------------------
    "notice-address-missing": "warning",
    "notice-address-unknown-party": "error",
    "data-protection-no-law": "info",
    # --- checks that run the calculators (calc_rules.py) ------------------------------------
    "budget-below-minimum-outage-some-windows": "warning",
    "target-longer-than-window": "warning",
    "credit-while-objective-met": "warning",
    "downtime-band-gap-above-allowance": "info",
    # --- one rule per subject (restated_rules.py) -------------------------------------------
    "free-text-contradicts-rule": "warning",
    "chronic-threshold-ignored": "warning",
    "earn-back-without-credits": "warning",
    # --- the reviewer's wording (reviewed_wording.py) ---------------------------------------
    "reviewed-wording-stale": "warning",
}


def make(code: str, path: FieldPath, count: int | None = None, **params: Value) -> Finding:
    """The finding `code` at `path`, with the values its message shows; `count` chooses the
    plural form of a message that counts something."""
    return Finding(SEVERITIES[code], code, path, tuple(params.items()), count)
