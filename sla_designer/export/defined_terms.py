"""The defined terms the generated text relies on: which ones a document uses, and their meanings.

The clause wording writes these terms capitalised ('Service Credits', 'each Month', 'Créditos de
Serviço'). A term is defined when the document uses it: the contract is written once without the
generated definitions, and the terms found in that text are the ones defined. So a definition is
never printed for a term the text does not use, and a term the agreement's own free text uses
('within 2 Business Days') is defined too. Business Hours and Business Day are written from the
calendars and replace a definition of the agreement of the same name; any other term the agreement
defines itself keeps the agreement's meaning.

A meaning only defines and points at the clause where the rule is ('a reduction of the fees
calculated under clause 9'); it never restates a rule.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from html import unescape

from sla_designer.export.builder import Inline
from sla_designer.export.context import ExportContext
from sla_designer.export.wording import Wording, load_wording
from sla_designer.model import Agreement, AvailabilityMetric

CALENDAR_TERMS = ("business_hours", "business_day")
"""Written from the calendars: the document's meaning replaces one of the agreement's own."""

KEYS = (
    *CALENDAR_TERMS,
    "month",
    "contract_year",
    "monthly_fee",
    "downtime",
    "scheduled_maintenance",
    "service_credit",
    "incident",
)
"""Every term the generator may define, in the order the definitions list them."""


@dataclass(frozen=True)
class Scan:
    """The contract of an agreement written without generated definitions, and what it uses."""

    text: str
    """The whole contract as plain text (the agreement's own definitions included)."""
    generated: tuple[str, ...]
    """The keys of the terms the generator defines, in `KEYS` order."""


def forms(t: Wording, key: str) -> list[str]:
    """The spellings of a term that count as a use of it ('Service Credit', 'Service Credits')."""
    return [str(form) for form in t.raw(f"definitions.{key}.forms")]


def uses(text: str, spellings: Iterable[str]) -> int:
    """How many times `text` uses one of `spellings`, as whole words and in the same case."""
    alternatives = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    if not alternatives:
        return 0
    return len(re.findall(rf"(?<!\w)(?:{alternatives})(?!\w)", text))


def plain_text(html: str) -> str:
    """The words of a rendered preview, one space between blocks."""
    html = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"</?(p|h\d|td|th|li|div|tr|table|br|ul|ol)\b[^>]*>", " ", html)
    text = unescape(re.sub(r"<[^>]+>", "", html))
    return re.sub(r"\s+", " ", text).strip()


def own_terms(agreement: Agreement) -> set[str]:
    """The agreement's own defined terms, folded."""
    return {d.term.strip().casefold() for d in agreement.definitions if d.term.strip()}


def scan(agreement: Agreement) -> Scan:
    """The contract of `agreement` in its language written without generated definitions (no
    Word file is made), and the keys of the terms the generator defines for it.

    The editor's preview (from its worker thread) and validation ask for the same agreement
    after each edit: the last few are kept, by their content."""
    key = agreement.model_dump_json()
    with _LOCK:
        found = _SCANS.get(key)
    if found is None:
        found = _scan(agreement)  # outside the lock: the other thread need not wait for it
    with _LOCK:
        _SCANS.pop(key, None)
        _SCANS[key] = found
        while len(_SCANS) > 8:
            del _SCANS[next(iter(_SCANS))]
    return found


_LOCK = threading.Lock()
_SCANS: dict[str, Scan] = {}
"""The last scans, by the agreement's content, oldest first; read and changed under _LOCK."""


def _scan(agreement: Agreement) -> Scan:
    from sla_designer.export.contract import write_clauses
    from sla_designer.export.html_target import HtmlTarget

    target = HtmlTarget()
    write_clauses(agreement, target, None)
    text = plain_text(target.finish())
    t = load_wording(agreement.language)
    return Scan(text, generated_terms(agreement, t, text))


def generated_terms(agreement: Agreement, t: Wording, text: str) -> tuple[str, ...]:
    """The keys of the terms to define: those `text` uses that the agreement does not define
    itself (or that are written from the calendars); Business Hours and Business Day only when
    targets count business time, and Business Hours whenever Business Day is defined."""
    own = own_terms(agreement)
    calendars = bool(agreement.business_time_calendars())
    chosen: set[str] = set()
    for key in KEYS:
        if key in CALENDAR_TERMS and not calendars:
            continue
        spellings = forms(t, key)
        if key not in CALENDAR_TERMS and {s.casefold() for s in spellings} & own:
            continue
        # A term of the agreement's own definitions is not a use of it.
        heads = sum(uses(d.term, spellings) for d in agreement.definitions)
        if uses(text, spellings) > heads:
            chosen.add(key)
    if "business_day" in chosen:
        chosen.add("business_hours")
    return tuple(key for key in KEYS if key in chosen)


def definitions(ctx: ExportContext, keys: Iterable[str]) -> list[tuple[str, list[Inline]]]:
    """(term, meaning) of each generated term of `keys`."""
    from sla_designer.export import business_terms

    t, b, a = ctx.t, ctx.builder, ctx.agreement
    result: list[tuple[str, list[Inline]]] = []
    for key in keys:
        term = t(f"definitions.{key}.term")
        meaning: list[Inline]
        if key == "business_hours":
            meaning = business_terms.business_hours(ctx)
        elif key == "business_day":
            meaning = [t("definitions.business_day.means")]
            if interpretation_generated(a):
                before, after = t.split("definitions.business_day.counted_in", "clause")
                meaning += [before, *b.cite("clause:interpretation"), after]
            else:
                meaning.append(t("definitions.business_day.counted"))
        elif key == "monthly_fee" and any(s.monthly_fee for s in a.service.services):
            meaning = _pointing(ctx, "definitions.monthly_fee.shown", "clause:service")
        elif key in ("downtime", "scheduled_maintenance"):
            if any(isinstance(m, AvailabilityMetric) for m in a.metrics):
                meaning = _pointing(ctx, f"definitions.{key}.means", "clause:metrics")
            else:
                meaning = [t(f"definitions.{key}.plain")]
        elif key == "service_credit":
            meaning = _pointing(ctx, "definitions.service_credit.means", "clause:credits")
        else:
            meaning = [t(f"definitions.{key}.means")]
        result.append((term, meaning))
    return result


def _pointing(ctx: ExportContext, key: str, clause: str) -> list[Inline]:
    before, after = ctx.t.split(key, "clause")
    return [before, *ctx.builder.cite(clause), after]


def interpretation_generated(agreement: Agreement) -> bool:
    """Whether the document holds the generated interpretation clause (not switched off, not
    reworded by the agreement's own text)."""
    clause = agreement.clauses.interpretation
    return clause.enabled and not clause.text.strip()
