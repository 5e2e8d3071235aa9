"""The credits the back-tested windows would have earned, the suggested targets, and both in the
command's text (English and Portuguese) and JSON."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml

from sla_designer.backtest.credits import window_credits
from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.reading import TicketHistory, read_history
from sla_designer.backtest.report import MetricResult, backtest
from sla_designer.backtest.sample_files import write_servicenow
from sla_designer.backtest.samples import history
from sla_designer.backtest.statistics import nearest_rank
from sla_designer.backtest.suggest import PERCENTILES, Suggestion, _candidates, suggest
from sla_designer.cli import main
from sla_designer.io import load_agreement, save_agreement
from sla_designer.model import Agreement, TimeTarget
from sla_designer.model.paths import resolve
from sla_designer.model.target_times import parse_target_time
from tests.backtest.conftest import ROOT
from tests.export.reviewed import PAIRS, agreement_of

MAPPING = Mapping(timezone="America/Sao_Paulo", pauses={"tempo-solucao": ["Awaiting User Info"]})


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("samples") / "audit.csv"
    write_servicenow(history(2500, 21), path)
    (path.parent / "mapping.yaml").write_text(
        "preset: servicenow\ntimezone: America/Sao_Paulo\n"
        "pauses: {tempo-solucao: [Awaiting User Info]}\n",
        "utf-8",
    )
    return path


def run_backtest(agreement: Agreement, audit: Path) -> tuple[TicketHistory, list[MetricResult]]:
    read = read_history(agreement, audit, None, MAPPING, "-")
    return read, backtest(agreement, read, MAPPING)


def test_credits_are_the_credit_commands_for_each_windows_counts(
    service_desk: Agreement, audit: Path, tmp_path: Path, capsys: Any
) -> None:
    """Each window's credit is what `sla-designer credit --tickets` gives for its ticket counts,
    with the credits already earned that month and year."""
    _, results = run_backtest(service_desk, audit)
    credits = window_credits(service_desk, results)
    assert credits.windows and not credits.notes
    assert any(c.result.amount > 0 for c in credits.windows)
    by_metric = {r.metric.id: r for r in results}
    month: dict[tuple[int, int], Decimal] = {}
    fee = "96400"
    service = service_desk.service_by_id("service-desk")
    assert service is not None and service.monthly_fee is not None
    assert service.monthly_fee.amount == Decimal(fee)
    agreement_path = ROOT / "templates" / "it-service-desk.yaml"
    for credit in credits.windows:
        rows = [r for r in by_metric[credit.metric].rows if r.window == credit.window]
        counts = ",".join(f"{r.priority}={r.met}/{r.tickets}" for r in rows)
        key = (credit.window.year, credit.window.month)
        paid = month.get(key, Decimal(0))
        status = main(
            [
                "credit",
                str(agreement_path),
                "--metric",
                credit.metric,
                "--tickets",
                counts,
                "--fee",
                fee,
                "--paid-this-month",
                str(paid),
                "--paid-this-year",
                str(sum(v for (y, _), v in month.items() if y == credit.window.year)),
                "--format",
                "json",
            ]
        )
        assert status == 0
        given = json.loads(capsys.readouterr().out)["credits"]
        schedule = next(c for c in given if c["schedule"] == credit.schedule)
        assert Decimal(schedule["amount"]) == credit.result.amount
        assert credit.result.currency == "BRL"
        month[key] = paid + credit.result.amount
    assert credits.totals() == {"BRL": sum(c.result.amount for c in credits.windows)}


def test_the_monthly_cap_counts_the_months_earlier_credits(
    service_desk: Agreement, audit: Path
) -> None:
    remedies = service_desk.remedies.model_copy(update={"monthly_cap": Decimal(10)})
    agreement = service_desk.model_copy(update={"remedies": remedies})
    _, results = run_backtest(agreement, audit)
    credits = window_credits(agreement, results)
    stated = sum(
        s.monthly_fee.amount for s in agreement.service.services if s.monthly_fee is not None
    )
    limit = (stated * Decimal("0.10")).quantize(Decimal("0.01"))
    months: dict[object, Decimal] = {}
    for credit in credits.windows:
        months[credit.window] = months.get(credit.window, Decimal(0)) + credit.result.amount
    assert max(months.values()) == limit  # the cap bites, never more
    assert any(cap.kind == "monthly_cap" for c in credits.windows for cap in c.result.caps)


def test_a_schedule_without_a_fee_or_on_a_statistic_says_why(
    service_desk: Agreement, audit: Path
) -> None:
    metrics = [
        m.model_copy(
            update={"targets": [t.model_copy(update={"measure": "average"}) for t in m.targets]}
        )
        if m.id == "tempo-resposta"
        else m
        for m in service_desk.metrics
    ]
    schedules = [
        s.model_copy(update={"basis": "annual_fee"}) if s.id == "credito-solucao" else s
        for s in service_desk.remedies.credit_schedules
    ]
    remedies = service_desk.remedies.model_copy(update={"credit_schedules": schedules})
    agreement = service_desk.model_copy(update={"metrics": metrics, "remedies": remedies})
    _, results = run_backtest(agreement, audit)
    credits = window_credits(agreement, results)
    assert not credits.windows
    assert {(n.schedule, n.why) for n in credits.notes} == {
        ("credito-solucao", "no_fee"),
        ("credito-resposta", "statistic"),
    }


def windows_met(result: MetricResult, item: Suggestion, value: Any, read: TicketHistory) -> int:
    """Windows that count and meet `value`, read from the per-ticket columns."""
    times = result.times
    assert times is not None and result.placed is not None and item.priority is not None
    chosen = (
        (times.priority == read.priorities.index(item.priority))
        & (result.placed >= 0)
        & (times.stopped >= 0)
    )
    target = next(t for t in result.metric.targets if t.priority == item.priority)
    length = value.length.total_seconds() * 1_000_000
    met = 0
    for index in range(len(result.windows)):
        inside = chosen & (result.placed == index)
        total = int(inside.sum())
        if total and total >= max(result.minimum, 1):
            within = int((times.elapsed[inside] <= length).sum())
            met += within * 100 >= target.attainment * total
    return met


@pytest.mark.parametrize("share", [Fraction(10, 12), Fraction(1), Fraction(1, 2)])
def test_suggestions_are_the_shortest_round_target_met_in_the_share_of_windows(
    service_desk: Agreement, audit: Path, share: Fraction
) -> None:
    read, results = run_backtest(service_desk, audit)
    found = suggest(service_desk, read, results, share)
    assert len(found) == sum(len(r.metric.targets) for r in results)
    by_metric = {r.metric.id: r for r in results}
    for item in found:
        result = by_metric[item.metric]
        # The path is where the current target stands, and the suggestion is a value it takes.
        assert resolve(service_desk, item.path) == item.current
        assert item.path_text.startswith("metrics[") and item.path_text.endswith("].target")
        # The current target's windows are the rows' windows that count and met.
        rows = [r for r in result.rows if r.priority == item.priority and r.counts]
        assert item.windows == len(rows)
        assert item.met_now == sum(bool(r.objective_met) for r in rows)
        assert item.met_now == windows_met(result, item, item.current, read)
        assert item.needed == -(-share * item.windows // 1)
        assert item.suggested is not None
        assert windows_met(result, item, item.suggested, read) == item.met_suggested
        assert item.met_suggested >= item.needed
        ladder = _candidates(item.current)
        shorter = ladder[: ladder.index(item.suggested)]
        assert all(windows_met(result, item, c, read) < item.needed for c in shorter)
        # Written in the unit of the current target, on its clock.
        assert item.suggested.clock == item.current.clock
        assert parse_target_time(str(item.suggested)) == item.suggested
        TimeTarget(priority=item.priority, target=item.suggested)
        times = result.times
        assert times is not None and result.placed is not None
        chosen = (
            (times.priority == read.priorities.index(item.priority))
            & (result.placed >= 0)
            & (times.stopped >= 0)
        )
        ordered = np.sort(times.elapsed[chosen])
        assert item.tickets == len(ordered)
        assert item.percentiles == tuple((p, nearest_rank(ordered, p)) for p in PERCENTILES)
    first = next(s for s in found if s.metric == "tempo-resposta" and s.priority == "P1")
    assert str(first.current) == "30m business"
    assert str(first.suggested).endswith("m business")  # the unit the target is written in


def test_a_suggestion_applied_gives_an_agreement_that_meets_it(
    service_desk: Agreement, audit: Path, tmp_path: Path
) -> None:
    read, results = run_backtest(service_desk, audit)
    item = next(s for s in suggest(service_desk, read, results) if s.changes)
    data = service_desk.model_dump(mode="json", exclude_none=True)
    node = data
    for part in item.path[:-1]:
        node = node[part]
    node[item.path[-1]] = str(item.suggested)
    path = tmp_path / "applied.yaml"
    save_agreement(Agreement.model_validate(data), path)
    applied = load_agreement(path)
    assert resolve(applied, item.path) == item.suggested
    again = suggest(applied, read, backtest(applied, read, MAPPING))
    same = next(s for s in again if s.path == item.path)
    assert same.met_now == item.met_suggested and same.suggested == item.suggested


def command(agreement: Path, audit: Path, *options: str) -> list[str]:
    return [
        "backtest",
        str(agreement),
        "--tickets",
        str(audit),
        "--mapping",
        str(audit.parent / "mapping.yaml"),
        *options,
    ]


@pytest.mark.parametrize(
    ("language", "words", "english"),
    [
        (
            "en",
            [
                "Service credits that would have been due:",
                "Suggested targets (the shortest round target met in 10/12 of the windows):",
                "tempo-resposta P1 (now 30 minutes of business hours, met in",
                "50th percentile",
                "in total R$",
            ],
            [],
        ),
        (
            "pt-BR",
            [
                "Créditos de serviço que seriam devidos:",
                "Metas sugeridas (a menor meta redonda atingida em 10/12 dos períodos):",
                "tempo-resposta P1 (meta atual 30 minutos em horas úteis, atingida em",
                "percentil 50",
                "no total R$",
            ],
            [
                "Suggested",
                "suggested",
                "would have",
                "windows",
                "tickets",
                " met ",
                "percentile ",
                "in total",
            ],
        ),
    ],
)
def test_text_has_credits_then_suggestions_in_both_languages(
    audit: Path, capsys: Any, language: str, words: list[str], english: list[str]
) -> None:
    agreement = ROOT / "templates" / "it-service-desk.yaml"
    assert main(command(agreement, audit, "--language", language)) == 1
    out = capsys.readouterr().out
    for phrase in words:
        assert phrase in out, phrase
    head_credits, head_suggestions = (out.index(w) for w in words[:2])
    assert head_credits < head_suggestions
    for word in english:
        assert word not in out, word


def test_json_has_windows_credits_and_suggestions(audit: Path, capsys: Any) -> None:
    agreement = ROOT / "templates" / "it-service-desk.yaml"
    assert main(command(agreement, audit, "--format", "json", "--share", "0.75")) == 1
    data = json.loads(capsys.readouterr().out)
    for row in data["windows"]:
        assert {
            "metric",
            "priority",
            "window",
            "tickets",
            "met",
            "attainment",
            "objective_met",
        } <= set(row)
        assert Decimal(row["attainment"]) == (Decimal(row["met"] * 100) / row["tickets"]).quantize(
            Decimal("0.01")
        )
    credits = data["credits"]
    assert credits["windows"] and credits["total"]["BRL"] == str(
        sum(Decimal(c["amount"]) for c in credits["windows"])
    )
    first = credits["windows"][0]
    assert {"schedule", "metric", "window", "percent", "caps", "amount", "currency"} <= set(first)
    suggestion = data["suggestions"][0]
    assert suggestion["path"] == "metrics[0].targets[0].target"
    assert suggestion["share"] == "9/12"
    assert set(suggestion["percentiles"]) == {"50", "80", "90", "95", "99"}
    assert parse_target_time(suggestion["suggested"])


@pytest.mark.parametrize("share", ["0", "13/12", "most", "1/0"])
def test_a_bad_share_is_one_line(audit: Path, capsys: Any, share: str) -> None:
    agreement = ROOT / "templates" / "it-service-desk.yaml"
    assert main(command(agreement, audit, "--share", share)) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "--share" in err[0]


def test_statistic_targets_in_text_both_languages(
    service_desk: Agreement, audit: Path, tmp_path: Path, capsys: Any
) -> None:
    metrics = []
    for metric in service_desk.metrics:
        if metric.id == "tempo-solucao":
            targets = [
                TimeTarget(
                    priority="P1",
                    target=parse_target_time("8h business"),
                    measure="percentile",
                    percentile=90,
                ),
                TimeTarget(
                    priority="P2", target=parse_target_time("8h business"), measure="median"
                ),
                TimeTarget(
                    priority="P3", target=parse_target_time("12h business"), measure="average"
                ),
            ]
            metrics.append(metric.model_copy(update={"targets": targets}))
        else:
            metrics.append(metric)
    schedules = [s for s in service_desk.remedies.credit_schedules if s.metric != "tempo-solucao"]
    remedies = service_desk.remedies.model_copy(update={"credit_schedules": schedules})
    path = tmp_path / "statistics.yaml"
    save_agreement(service_desk.model_copy(update={"metrics": metrics, "remedies": remedies}), path)
    main(command(path, audit, "--format", "json"))
    data = json.loads(capsys.readouterr().out)
    rows = [w for w in data["windows"] if w["metric"] == "tempo-solucao"]
    assert {w["measure"] for w in rows} == {"percentile", "median", "average"}
    for row in rows:
        limit = {"P1": 8, "P2": 8, "P3": 12}[row["priority"]] * 3600
        assert row["objective_met"] == (Decimal(row["value_seconds"]) <= limit)
    for language, phrase in (
        ("en", "tickets, 90th percentile "),
        ("pt-BR", "chamados, percentil 90 "),
    ):
        main(command(path, audit, "--language", language))
        out = capsys.readouterr().out
        assert phrase in out
        assert ("median" if language == "en" else "mediana") in out


@pytest.fixture(scope="module")
def small_audit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("every") / "audit.csv"
    write_servicenow(history(600, 4), path)
    return path


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_template_is_back_tested_with_credits_and_suggestions(
    name: str, language: str, small_audit: Path, tmp_path: Path, capsys: Any
) -> None:
    """Every time target of every template is read (none left out for its measure, its unit
    or its event), every target gets a suggestion, and the text is in the language asked."""
    agreement = agreement_of(name)
    ids = [p.id for p in agreement.priorities]
    sources = ("1 - Critical", "2 - High", "3 - Moderate", "4 - Low")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text(
        yaml.safe_dump(
            {
                "preset": "servicenow",
                "timezone": "America/Sao_Paulo",
                "priorities": {s: ids[min(i, len(ids) - 1)] for i, s in enumerate(sources)},
            }
        ),
        "utf-8",
    )
    path = tmp_path / "agreement.yaml"
    save_agreement(agreement, path)
    options = ["--mapping", str(mapping), "--language", language]
    base = ["backtest", str(path), "--tickets", str(small_audit)]
    assert main([*base, *options, "--format", "json"]) in (0, 1)
    data = json.loads(capsys.readouterr().out)
    timed = [m for m in agreement.metrics if m.kind in ("response_time", "resolution_time")]
    assert {m["metric"] for m in data["metrics"]} == {m.id for m in timed}
    assert all(m["skipped"] in (None, "no_targets") for m in data["metrics"]), data["metrics"]
    targets = sum(len(m.targets) for m in timed)  # type: ignore[attr-defined]
    assert len(data["suggestions"]) == targets
    assert main([*base, *options]) in (0, 1)
    out = capsys.readouterr().out
    heads = {
        "en": ("Service credits", "Suggested targets"),
        "pt-BR": ("Créditos de serviço", "Metas sugeridas"),
    }[language]
    assert all(head in out for head in heads)
    if language == "pt-BR":
        assert "not back-tested" not in out and "Suggested" not in out


def test_a_target_without_windows_says_there_is_nothing_to_suggest_from(
    small_audit: Path, tmp_path: Path, capsys: Any
) -> None:
    """Supplier OLA: its 'high' priority gets no ticket from a mapping that sends none to it."""
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text(
        "preset: servicenow\ntimezone: Europe/Amsterdam\npriorities: {'1 - Critical': critical,"
        " '2 - High': standard, '3 - Moderate': standard, '4 - Low': standard}\n",
        "utf-8",
    )
    agreement = ROOT / "templates" / "supplier-ola.yaml"
    for language, words in (
        ("en", "no window counts: nothing to suggest from"),
        ("pt-BR", "nenhum período conta: nada a sugerir"),
    ):
        main(
            [
                "backtest",
                str(agreement),
                "--tickets",
                str(small_audit),
                "--mapping",
                str(mapping),
                "--language",
                language,
            ]
        )
        lines = [line for line in capsys.readouterr().out.splitlines() if " high (" in line]
        assert len(lines) == 3 and all(line.endswith(words) for line in lines), lines
