"""The remedies stated once each: claims (or credits applied without a claim), chronic failure
and earn-back. Each clause is generated from the model; the agreement's own words on a subject
follow it as additional terms, never instead of it or before it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from sla_designer.export.builder import Inline
from sla_designer.export.context import ExportContext
from sla_designer.export.standard_clauses import MEASUREMENT_KEY, holds_measurement_disputes
from sla_designer.model import higher_is_better
from sla_designer.model.remedies import ChronicFailure, EarnBack
from sla_designer.validation.findings import FieldPath

PATH = ("remedies",)


def compose(
    ctx: ExportContext,
    key: str,
    pieces: Mapping[str, Sequence[Inline]],
    count: int | None = None,
    **values: object,
) -> list[Inline]:
    """The phrase `key` with each placeholder of `pieces` replaced by its inlines (a reference,
    a tagged value), the other placeholders by `values`."""
    names = list(pieces)
    markers = {name: f"\x00{i}\x00" for i, name in enumerate(names)}
    text = ctx.t(key, count=count, **values, **markers)
    composed: list[Inline] = []
    for position, part in enumerate(re.split(r"\x00(\d+)\x00", text)):
        if position % 2:
            composed += pieces[names[int(part)]]
        elif part:
            composed.append(part)
    return composed


def joined_refs(ctx: ExportContext, keys: list[str]) -> list[Inline]:
    """The numbers of several clauses joined as the language joins a list: '6.1 and 6.3'."""
    markers = [f"\x00{i}\x00" for i in range(len(keys))]
    joined: list[Inline] = []
    for position, part in enumerate(re.split(r"\x00(\d+)\x00", ctx.f.join(markers))):
        if position % 2:
            joined += ctx.builder.ref(keys[int(part)])
        elif part:
            joined.append(part)
    return joined


def additional_terms(ctx: ExportContext, path: FieldPath, text: str) -> list[Inline]:
    """The agreement's own words on a subject, to follow the generated clause in its paragraph
    (none without words)."""
    if not text:
        return []
    return [" ", ctx.lead_in(ctx.t("credits.additional")), ctx.value(path, text)]


def dispute_clause(ctx: ExportContext) -> str | None:
    """The key of the clause that settles a disputed claim: the measurement-disputes clause when
    the document holds it, else escalation; None when it holds neither."""
    a = ctx.agreement
    if holds_measurement_disputes(a):
        return MEASUREMENT_KEY
    return "clause:escalation" if a.escalation else None


def claims(ctx: ExportContext) -> None:
    """How credits become due: claimed by a deadline and verified, or applied from the report;
    and where a disagreement is settled."""
    rem, b, t, f = ctx.agreement.remedies, ctx.builder, ctx.t, ctx.f
    claim = rem.claim
    settled = dispute_clause(ctx)
    if rem.credits_applied == "automatically":
        content: list[Inline] = [ctx.value((*PATH, "credits_applied"), t("credits.automatic"))]
        if settled:
            content += [
                " ",
                *compose(ctx, "credits.automatic_disputed", {"clause": b.cite(settled)}),
            ]
        b.clause(content)
        return
    days = [ctx.value((*PATH, "claim", "deadline_days"), f.number(claim.deadline_days))]
    start = t(f"credits.claim_start.{claim.runs_from}")
    content = compose(
        ctx,
        "credits.claim",
        {"days": days, "start": [ctx.value((*PATH, "claim", "runs_from"), start)]},
        count=claim.deadline_days,
    )
    if claim.answer_business_days is not None:
        answer = f.number(claim.answer_business_days)
        evidence = t(f"credits.claim_evidence.{claim.evidence}")
        content += [
            " ",
            *compose(
                ctx,
                "credits.claim_answer",
                {
                    "days": [ctx.value((*PATH, "claim", "answer_business_days"), answer)],
                    "evidence": [ctx.value((*PATH, "claim", "evidence"), evidence)],
                },
                count=claim.answer_business_days,
            ),
        ]
    if settled:
        content += [" ", *compose(ctx, "credits.claim_disputed", {"clause": b.cite(settled)})]
    b.clause([*content, *additional_terms(ctx, (*PATH, "claim", "method"), claim.method)])


def payment(ctx: ExportContext) -> str:
    """How credits are paid; a refund follows the report when credits apply without a claim."""
    rem, t = ctx.agreement.remedies, ctx.t
    if rem.payment == "refund" and rem.credits_applied == "automatically":
        return t("credits.refund_automatic")
    return t(f"credits.payment.{rem.payment}")


def _metric_refs(ctx: ExportContext, ids: list[str]) -> list[Inline]:
    known = [i for i in ids if ctx.agreement.metric(i) is not None]
    return joined_refs(ctx, [f"metric:{i}" for i in known])


def _trigger(ctx: ExportContext, chronic: ChronicFailure) -> dict[str, Sequence[Inline]]:
    """The trigger's parts: what is missed, in how many windows, within how many months."""
    t = ctx.t.section("credits.chronic_parts")
    a = ctx.agreement
    metrics = [i for i in chronic.metrics if a.metric(i) is not None]
    refs = _metric_refs(ctx, metrics)
    if not metrics:
        subject: list[Inline] = [t("any")]
    elif len(metrics) == 1 and chronic.threshold is not None:
        metric = a.metric(metrics[0])
        side = "upper.below" if metric is None or higher_is_better(metric) else "lower.more_than"
        bound = ctx.t(f"credits.range.{side}", value=ctx.measured(metric, chronic.threshold))
        tagged = [ctx.value((*PATH, "chronic_failure", "threshold"), bound)]
        subject = compose(ctx, "credits.chronic_parts.threshold", {"refs": refs, "bound": tagged})
    else:
        key = "one_metric" if len(metrics) == 1 else "metrics"
        subject = compose(ctx, f"credits.chronic_parts.{key}", {"refs": refs})
    return {
        "subject": subject,
        "breaches": _counted(ctx, "breaches", chronic.breaches, "breaches"),
        "within": _counted(ctx, "within", chronic.within_months, "within_months"),
    }


def _counted(ctx: ExportContext, key: str, count: int, field: str) -> list[Inline]:
    """A phrase of the chronic-failure clause with its number tagged: '3 measurement windows'."""
    number = [ctx.value((*PATH, "chronic_failure", field), ctx.f.number(count))]
    return compose(ctx, f"credits.chronic_parts.{key}", {"n": number}, count=count)


def chronic_failure(ctx: ExportContext) -> None:
    """The termination right after repeated breaches (between departments: corrective action),
    with what is terminated, on what notice, and what is refunded or waived."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    chronic = a.remedies.chronic_failure
    if chronic is None:
        return
    path = (*PATH, "chronic_failure")
    parts = _trigger(ctx, chronic)
    content: list[Inline] = [b.bold(t("credits.chronic_title") + " ")]
    if a.internal:
        # Between departments a chronic failure escalates, where there is a path to escalate on.
        key = "credits.chronic_internal" if a.escalation else "credits.chronic_internal_alone"
        content += compose(ctx, key, parts)
    else:
        words = t.section("credits.chronic_parts")
        what = words(f"what.{chronic.terminates}")
        days = chronic.notice_days
        notice = (
            [ctx.value((*path, "notice_days"), words("notice_none"))]
            if days is None
            else _counted(ctx, "notice", days, "notice_days")
        )
        content += compose(
            ctx,
            "credits.chronic",
            {
                **parts,
                "what": [ctx.value((*path, "terminates"), what)],
                "notice": notice,
            },
        )
        if chronic.refund_prepaid:
            content += [" ", ctx.value((*path, "refund_prepaid"), words("refund"))]
        if chronic.waive_early_termination:
            content += [" ", ctx.value((*path, "waive_early_termination"), words("fees_waived"))]
    b.clause([*content, *additional_terms(ctx, (*path, "description"), chronic.description)])


def earn_back(ctx: ExportContext, schedule_keys: list[str]) -> None:
    """The return of a credit when the service level is met in the months that follow: of
    every credit, or of those under the clauses in `schedule_keys` (the metrics named)."""
    b, t = ctx.builder, ctx.t
    earn: EarnBack | None = ctx.agreement.remedies.earn_back
    if earn is None:
        return
    path = (*PATH, "earn_back")
    scope: list[Inline] = []
    if schedule_keys:
        scope = compose(
            ctx,
            "credits.earn_back_scope",
            {"clauses": joined_refs(ctx, schedule_keys)},
            count=len(schedule_keys),
        )
    months = earn.months_met
    shown = ctx.value((*path, "months_met"), ctx.f.number(months))
    content: list[Inline] = [b.bold(t("credits.earn_back_title") + " ")]
    content += compose(ctx, "credits.earn_back", {"scope": scope, "months": [shown]}, count=months)
    b.clause([*content, *additional_terms(ctx, (*path, "description"), earn.description)])
