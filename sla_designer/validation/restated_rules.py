"""Free text that contradicts the rule of its own subject.

The generated clauses state chronic failure, claims, earn-back and the maintenance notice from
their fields; the agreement's own words on a subject are printed after them as additional terms.
A number of days, a percentage, a number of months or a termination right in those words that
the fields do not hold would give the contract two rules on one subject: a warning names it.
Numbers are read in digits or in the words of any language ('30', 'thirty', '99,0 %'); the
patterns are in resources/text/<language>/recognize.yaml (validation/recognize.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from sla_designer.model.metrics import AvailabilityMetric
from sla_designer.text.values import Joined, Percent, Term, Value
from sla_designer.validation import recognize
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import FieldPath, Finding
from sla_designer.validation.windows import PARTS

RULE = f"{PARTS}.rule"

_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")


def _numbers(name: str, text: str) -> Iterator[tuple[int, str]]:
    """Each number the pattern `name` finds, with the words it was found in."""
    for found in recognize.numbers(name, text):
        yield found.number, found.said


def _percents(text: str) -> Iterator[tuple[Decimal, str]]:
    for match in _PERCENT.finditer(text):
        try:
            yield Decimal(match.group(1).replace(",", ".")), match.group(0)
        except InvalidOperation:  # pragma: no cover - the pattern only finds numbers
            continue


def _days(n: int | None) -> Value:
    return Term.of(f"{RULE}.none") if n is None else Term.of(f"{RULE}.days", count=n, n=n)


def _months(n: int) -> Value:
    return Term.of(f"{RULE}.months", count=n, n=n)


def _found(subject: str, path: FieldPath, said: str, rule: Value) -> Finding:
    return make(
        "free-text-contradicts-rule",
        path,
        subject=Term.of(f"{RULE}.subjects.{subject}"),
        said=said,
        rule=rule,
    )


def chronic_failure(ctx: Context) -> Iterator[Finding]:
    """The additional terms of chronic failure against its trigger, notice and termination."""
    a = ctx.agreement
    chronic = a.remedies.chronic_failure
    if chronic is None or not chronic.description:
        return
    text, path = chronic.description, ("remedies", "chronic_failure", "description")
    if a.internal:
        if termination := recognize.search("termination", text):
            yield _found("chronic", path, termination, Term.of(f"{RULE}.internal"))
        return
    for days, said in _numbers("days", text):
        if days != chronic.notice_days:
            yield _found("chronic", path, said, _days(chronic.notice_days))
    counted = {chronic.breaches, chronic.within_months}
    for months, said in _numbers("months", text):
        if months not in counted:
            yield _found("chronic", path, said, Joined(tuple(_months(n) for n in sorted(counted))))
    for percent, said in _percents(text):
        if percent != chronic.threshold:
            threshold = chronic.threshold
            rule = Term.of(f"{RULE}.none") if threshold is None else Percent(threshold)
            yield _found("chronic", path, said, rule)
    if not chronic.waive_early_termination and (waived := recognize.search("fees_waived", text)):
        yield _found("chronic", path, waived, Term.of(f"{RULE}.fees_payable"))
    if not chronic.refund_prepaid and (refund := recognize.search("refund", text)):
        yield _found("chronic", path, refund, Term.of(f"{RULE}.no_refund"))


def claims(ctx: Context) -> Iterator[Finding]:
    """The additional terms of a claim against its deadline and the provider's answer."""
    rem = ctx.agreement.remedies
    method = rem.claim.method
    # Without credits, or with credits applied without a claim, no claims clause is printed.
    if not method or not rem.credit_schedules or rem.credits_applied != "on_claim":
        return
    path = ("remedies", "claim", "method")
    for days, said in _numbers("days", method):
        if days != rem.claim.deadline_days:
            yield _found("claim", path, said, _days(rem.claim.deadline_days))
    answer = rem.claim.answer_business_days
    for days, said in _numbers("business_days", method):
        if days != answer:
            rule = (
                Term.of(f"{RULE}.none")
                if answer is None
                else Term.of(f"{RULE}.business_days", count=answer, n=answer)
            )
            yield _found("claim", path, said, rule)
    if termination := recognize.search("termination", method):
        yield _found("claim", path, termination, Term.of(f"{RULE}.termination_elsewhere"))


def earn_back(ctx: Context) -> Iterator[Finding]:
    """The additional terms of earn-back against the months it takes."""
    rem = ctx.agreement.remedies
    earn = rem.earn_back
    if earn is None or not earn.description or not rem.credit_schedules:
        return
    path = ("remedies", "earn_back", "description")
    for months, said in _numbers("months", earn.description):
        if months != earn.months_met:
            yield _found("earn_back", path, said, _months(earn.months_met))
    if termination := recognize.search("termination", earn.description):
        yield _found("earn_back", path, termination, Term.of(f"{RULE}.termination_elsewhere"))


def _hours(duration: timedelta | None) -> int | None:
    return None if duration is None else int(duration.total_seconds() // 3600)


def maintenance(ctx: Context) -> Iterator[Finding]:
    """An availability metric's own words against its maintenance notices."""
    for i, metric in enumerate(ctx.agreement.metrics):
        if not isinstance(metric, AvailabilityMetric):
            continue
        notices = {_hours(metric.maintenance_notice)}
        if metric.emergency_maintenance == "excluded":
            notices.add(_hours(metric.emergency_notice))
        stated = [n for n in notices if n is not None]
        texts: list[tuple[FieldPath, str]] = [
            (("metrics", i, "description"), metric.description),
            (("metrics", i, "downtime_definition"), metric.downtime_definition),
            *((("metrics", i, "exclusions", j), line) for j, line in enumerate(metric.exclusions)),
        ]
        for path, text in texts:
            for found in recognize.numbers("notice", text):
                if found.hours not in stated:
                    rule = (
                        Joined(tuple(timedelta(hours=n) for n in sorted(stated)))
                        if stated
                        else Term.of(f"{RULE}.none")
                    )
                    yield _found("maintenance", path, found.said, rule)


def scopes(ctx: Context) -> Iterator[Finding]:
    """A chronic-failure threshold names one metric; earn-back names metrics with credits."""
    rem = ctx.agreement.remedies
    chronic = rem.chronic_failure
    if chronic is not None and chronic.threshold is not None and len(chronic.metrics) != 1:
        yield make("chronic-threshold-ignored", ("remedies", "chronic_failure", "threshold"))
    if rem.earn_back is not None and rem.credit_schedules:
        credited = {schedule.metric for schedule in rem.credit_schedules}
        for j, metric_id in enumerate(rem.earn_back.metrics):
            if metric_id in ctx.metrics and metric_id not in credited:
                yield make(
                    "earn-back-without-credits",
                    ("remedies", "earn_back", "metrics", j),
                    metric=ctx.metric_label(metric_id),
                )


RULES = (chronic_failure, claims, earn_back, maintenance, scopes)
