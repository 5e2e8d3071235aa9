"""Free text that contradicts the rule of its own subject.

The generated clauses state chronic failure, claims, earn-back and the maintenance notice from
their fields; the agreement's own words on a subject are printed after them as additional terms.
A number of days, a percentage, a number of months or a termination right in those words that
the fields do not hold would give the contract two rules on one subject: a warning names it.
Numbers are read as English or Portuguese writes them ('30', 'thirty', 'trinta', '99,0 %').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from sla_designer.model.metrics import AvailabilityMetric
from sla_designer.text.values import Joined, Percent, Term, Value
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import FieldPath, Finding
from sla_designer.validation.windows import PARTS

RULE = f"{PARTS}.rule"

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty-five": 45, "sixty": 60, "ninety": 90,
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6,
    "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "quatorze": 14,
    "catorze": 14, "quinze": 15, "vinte": 20, "trinta": 30, "quarenta e cinco": 45,
    "sessenta": 60, "noventa": 90,
}  # fmt: skip
_NUMBER = r"(\d+|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
_FLAGS = re.IGNORECASE

_DAYS = re.compile(rf"\b{_NUMBER}[- ](?:calendar |corridos )?(?:days?|dias?)\b(?! úte)", _FLAGS)
_BUSINESS_DAYS = re.compile(
    rf"\b{_NUMBER} (?:business|working) days?\b|\b{_NUMBER} dias? úteis\b", _FLAGS
)
_MONTHS = re.compile(rf"\b{_NUMBER}[- ](?:consecutive )?(?:months?|meses|mês)\b", _FLAGS)
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")
_TERMINATION = re.compile(r"\bterminat\w*|\brescind\w*|\brescis[ãa]o\b", _FLAGS)
_FEES_WAIVED = re.compile(
    r"without (?:paying |any )?(?:the )?early[- ]termination|\bno early[- ]termination"
    r"|sem (?:multa|ônus|encargo)",
    _FLAGS,
)
_REFUND = re.compile(r"\brefund\w*|\breembols\w*|\bdevolu[çc][ãa]o dos valores", _FLAGS)
_NOTICE = re.compile(
    rf"\b{_NUMBER} (days?|hours?)(?:['’]|['’]s)? (?:in advance|notice)\b"
    rf"|\b(?:antecedência|aviso prévio)(?: mínima)? de {_NUMBER} (dias?|horas?)\b",
    _FLAGS,
)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _WORDS[text.lower()]


def _numbers(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, str]]:
    """Each number the pattern finds, with the words it was found in."""
    for match in pattern.finditer(text):
        found = next(group for group in match.groups() if group)
        yield _number(found), match.group(0)


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
        if termination := _TERMINATION.search(text):
            yield _found("chronic", path, termination.group(0), Term.of(f"{RULE}.internal"))
        return
    for days, said in _numbers(_DAYS, text):
        if days != chronic.notice_days:
            yield _found("chronic", path, said, _days(chronic.notice_days))
    counted = {chronic.breaches, chronic.within_months}
    for months, said in _numbers(_MONTHS, text):
        if months not in counted:
            yield _found("chronic", path, said, Joined(tuple(_months(n) for n in sorted(counted))))
    for percent, said in _percents(text):
        if percent != chronic.threshold:
            threshold = chronic.threshold
            rule = Term.of(f"{RULE}.none") if threshold is None else Percent(threshold)
            yield _found("chronic", path, said, rule)
    if not chronic.waive_early_termination and (waived := _FEES_WAIVED.search(text)):
        yield _found("chronic", path, waived.group(0), Term.of(f"{RULE}.fees_payable"))
    if not chronic.refund_prepaid and (refund := _REFUND.search(text)):
        yield _found("chronic", path, refund.group(0), Term.of(f"{RULE}.no_refund"))


def claims(ctx: Context) -> Iterator[Finding]:
    """The additional terms of a claim against its deadline and the provider's answer."""
    rem = ctx.agreement.remedies
    method = rem.claim.method
    # Without credits, or with credits applied without a claim, no claims clause is printed.
    if not method or not rem.credit_schedules or rem.credits_applied != "on_claim":
        return
    path = ("remedies", "claim", "method")
    for days, said in _numbers(_DAYS, method):
        if days != rem.claim.deadline_days:
            yield _found("claim", path, said, _days(rem.claim.deadline_days))
    answer = rem.claim.answer_business_days
    for days, said in _numbers(_BUSINESS_DAYS, method):
        if days != answer:
            rule = (
                Term.of(f"{RULE}.none")
                if answer is None
                else Term.of(f"{RULE}.business_days", count=answer, n=answer)
            )
            yield _found("claim", path, said, rule)
    if match := _TERMINATION.search(method):
        yield _found("claim", path, match.group(0), Term.of(f"{RULE}.termination_elsewhere"))


def earn_back(ctx: Context) -> Iterator[Finding]:
    """The additional terms of earn-back against the months it takes."""
    rem = ctx.agreement.remedies
    earn = rem.earn_back
    if earn is None or not earn.description or not rem.credit_schedules:
        return
    path = ("remedies", "earn_back", "description")
    for months, said in _numbers(_MONTHS, earn.description):
        if months != earn.months_met:
            yield _found("earn_back", path, said, _months(earn.months_met))
    if match := _TERMINATION.search(earn.description):
        yield _found("earn_back", path, match.group(0), Term.of(f"{RULE}.termination_elsewhere"))


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
            for match in _NOTICE.finditer(text):
                number = match.group(1) or match.group(3)
                unit = match.group(2) or match.group(4)
                hours = _number(number) * (24 if unit.lower().startswith(("day", "dia")) else 1)
                if hours not in stated:
                    rule = (
                        Joined(tuple(timedelta(hours=n) for n in sorted(stated)))
                        if stated
                        else Term.of(f"{RULE}.none")
                    )
                    yield _found("maintenance", path, match.group(0), rule)


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
