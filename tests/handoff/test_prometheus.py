"""The Prometheus rules export: a rules file in the documented format (checked as promtool
checks it, and by promtool itself when installed), with the SRE workbook's multi-window,
multi-burn-rate alerts, for every template in both languages.

The burn rates are those of the Google SRE workbook, chapter 5 "Alerting on SLOs"
(sre.google/workbook/alerting-on-slos/): table 5-8 and the alert after it page at 14.4 over 1 h
and 5 min and at 6 over 6 h and 30 min, and open a ticket at 3 over 1 day and 2 h and at 1 over
3 days and 6 h, each threshold being the burn rate times the error budget (1 - objective).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from sla_designer.handoff import prometheus
from sla_designer.handoff.prometheus import BURN_WINDOWS, burn_factor
from sla_designer.model.metrics import MeasurementWindow
from tests.export.reviewed import PAIRS, agreement_of
from tests.handoff.prometheus_rules import file_problems
from tests.handoff.slo_helpers import availability, documents, keys, said, with_objective

CONDITION = re.compile(
    r"sla:error_ratio:avg(\w+)\{sla_metric=\"([^\"]+)\"\} > \(([\d.]+) \* ([\d.]+)\)"
)


def _rules(handoff: prometheus.Handoff) -> dict[str, object]:
    (content,) = documents(handoff)
    return content  # type: ignore[no-any-return]


def _alerts(content: dict[str, object], metric_id: str) -> dict[str, list[tuple[str, ...]]]:
    """severity -> the (window, burn rate, budget) conditions of the metric's burn alert."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for group in content["groups"]:  # type: ignore[attr-defined]
        for rule in group["rules"]:
            if rule.get("alert") == prometheus.ALERT and rule["labels"]["sla_metric"] == metric_id:
                conditions = CONDITION.findall(rule["expr"])
                assert {c[1] for c in conditions} == {metric_id}
                found[rule["labels"]["severity"]] = [(w, f, b) for w, _, f, b in conditions]
    return found


def test_the_check_refuses_what_promtool_refuses() -> None:
    good = {"groups": [{"name": "g", "rules": [{"record": "a:b", "expr": "sum(x)"}]}]}
    assert file_problems(good) == []
    bad = [
        {"groups": [{"name": "g", "rules": [{"record": "a b", "expr": "x"}]}]},
        {"groups": [{"name": "g", "rules": [{"record": "a", "alert": "A", "expr": "x"}]}]},
        {"groups": [{"name": "g", "rules": [{"record": "a", "expr": "x", "for": "5m"}]}]},
        {"groups": [{"name": "g", "rules": [{"alert": "A", "expr": "sum(x"}]}]},
        {"groups": [{"name": "g", "rules": [{"alert": "A", "expr": "x[5 min]"}]}]},
        {"groups": [{"name": "g", "rules": []}, {"name": "g", "rules": []}]},
        {"groups": [{"name": "g", "rules": [{"alert": "A", "expr": "x", "labels": {"a-b": "1"}}]}]},
        {"groups": [{"name": "g", "evaluation": "1m", "rules": []}]},
        {"groups": [{"name": "g", "rules": [{"alert": "A", "expr": "sla:never > 1"}]}]},
    ]
    for content in bad:
        assert file_problems(content), content


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_template_exports_a_valid_rules_file(name: str, language: str) -> None:
    agreement = agreement_of(name)
    handoff = prometheus.build(agreement, language=language)
    content = _rules(handoff)
    assert file_problems(content) == []
    lines = said(handoff, agreement, language)
    assert all(line and "{" not in line.split(":", 1)[0] for line in lines)
    groups = {g["name"] for g in content["groups"]}  # type: ignore[attr-defined]
    unmapped = keys(handoff)
    for metric in availability(agreement):
        assert f"sla-{metric.id}" in groups
        assert ("source", f"metrics[{metric.id}].data_source") in unmapped
    for metric in agreement.metrics:
        if metric.kind in ("response_time", "resolution_time"):
            assert ("tickets", f"metrics[{metric.id}]") in unmapped
        elif metric.kind != "availability":
            assert ("kind", f"metrics[{metric.id}]") in unmapped


@pytest.mark.parametrize(("objective", "budget"), [("99.9", "0.001"), ("99.5", "0.005")])
def test_burn_rates_are_the_workbooks(objective: str, budget: str) -> None:
    agreement = with_objective(agreement_of("saas-availability"), objective)
    metric = availability(agreement)[0]
    assert metric.window.kind == "month"
    alerts = _alerts(_rules(prometheus.build(agreement, language="en")), metric.id)
    assert alerts == {
        "page": [
            ("1h", "14.4", budget),
            ("5m", "14.4", budget),
            ("6h", "6", budget),
            ("30m", "6", budget),
        ],
        "ticket": [
            ("1d", "3", budget),
            ("2h", "3", budget),
            ("3d", "1", budget),
            ("6h", "1", budget),
        ],
    }
    # The thresholds as error ratios: 99.9 % pages at 1.44 % errors over the hour.
    page = Decimal("14.4") * Decimal(budget)
    assert page == {"99.9": Decimal("0.0144"), "99.5": Decimal("0.072")}[objective]


def test_other_windows_keep_the_workbooks_budget_shares() -> None:
    assert [burn_factor(w, 30) for w in BURN_WINDOWS] == [Decimal("14.4"), 6, 3, 1]
    assert [burn_factor(w, 90) for w in BURN_WINDOWS] == [Decimal("43.2"), 18, 9, 3]
    agreement = agreement_of("saas-availability")
    metric = availability(agreement)[0]
    metric.window = MeasurementWindow(kind="rolling_days", days=7)
    handoff = prometheus.build(agreement, language="en")
    content = _rules(handoff)
    assert file_problems(content) == []
    assert _alerts(content, metric.id)["page"][0] == ("1h", "3.36", "0.001")
    assert ("rolling", f"metrics[{metric.id}].window") not in keys(handoff)


def test_calendar_windows_become_rolling_ones_and_say_so() -> None:
    agreement = agreement_of("saas-availability")
    metric = availability(agreement)[0]
    handoff = prometheus.build(agreement, language="pt-BR")
    content = _rules(handoff)
    records = {r.get("record") for g in content["groups"] for r in g["rules"]}  # type: ignore[attr-defined]
    assert "sla:error_ratio:avg30d" in records
    assert ("rolling", f"metrics[{metric.id}].window") in keys(handoff)
    assert any("últimos 30 dias" in line for line in said(handoff, agreement, "pt-BR"))


def test_an_objective_of_100_percent_is_reported_not_written() -> None:
    agreement = with_objective(agreement_of("saas-availability"), "100")
    metric = availability(agreement)[0]
    handoff = prometheus.build(agreement, language="en")
    content = _rules(handoff)
    assert f"sla-{metric.id}" not in {g["name"] for g in content["groups"]}  # type: ignore[attr-defined]
    assert ("hundred_percent", f"metrics[{metric.id}].objective") in keys(handoff)


def test_burn_rates_no_error_ratio_can_reach_are_reported() -> None:
    agreement = with_objective(agreement_of("saas-availability"), "90")
    metric = availability(agreement)[0]
    handoff = prometheus.build(agreement, language="en")
    assert ("unreachable", f"metrics[{metric.id}].objective") in keys(handoff)
    (line,) = [x for x in said(handoff, agreement, "en") if "never fire" in x]
    assert "14.4" in line and ", 6" not in line


def test_the_words_are_in_the_language_asked_for() -> None:
    agreement = agreement_of("saas-availability")
    portuguese = prometheus.build(agreement, language="pt-BR").files[""].decode()
    assert "orçamento de erro de 99,9 % por mês" in portuguese
    assert "error budget" not in portuguese


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool is not installed")
@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_promtool_accepts_the_rules(name: str, language: str, tmp_path: Path) -> None:
    rules = tmp_path / "sla.rules.yml"
    rules.write_bytes(prometheus.build(agreement_of(name), language=language).files[""])
    checked = subprocess.run(
        ["promtool", "check", "rules", str(rules)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stderr


def test_the_file_is_yaml_a_person_edits() -> None:
    text = prometheus.build(agreement_of("saas-availability"), language="en").files[""].decode()
    assert "&id" not in text and "*id" not in text
    assert yaml.safe_load(text)["groups"]
    assert text.startswith("# ")


def _unit_test(rules: dict[str, object], values: str, severities: list[str]) -> dict[str, object]:
    """A `promtool test rules` file: the first group's probe reads `values` a minute apart;
    at 150 minutes its burn alerts of `severities` fire, with their labels and annotations."""
    group = rules["groups"][0]  # type: ignore[index]
    burns = {
        r["labels"]["severity"]: r for r in group["rules"] if r.get("alert") == prometheus.ALERT
    }
    job = group["rules"][0]["expr"].split('"')[1]
    expected = [
        {"exp_labels": burns[s]["labels"], "exp_annotations": burns[s]["annotations"]}
        for s in severities
    ]
    return {
        "rule_files": ["sla.rules.yml"],
        "evaluation_interval": "1m",
        "tests": [
            {
                "interval": "1m",
                "input_series": [{"series": f'probe_success{{job="{job}"}}', "values": values}],
                "alert_rule_test": [
                    {"eval_time": "150m", "alertname": prometheus.ALERT, "exp_alerts": expected}
                ],
            }
        ],
    }


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool is not installed")
@pytest.mark.parametrize(
    ("values", "severities"),
    [
        ("1x150", []),  # up throughout: nothing fires
        ("1x120 0x30", ["page", "ticket"]),  # down for the last 30 minutes
        ("1x60 0x2 1x88", ["ticket"]),  # two minutes down 90 minutes ago: 1d/2h only
    ],
)
def test_promtool_fires_the_alerts_when_the_budget_burns(
    values: str, severities: list[str], tmp_path: Path
) -> None:
    handoff = prometheus.build(agreement_of("saas-availability"), language="en")
    (tmp_path / "sla.rules.yml").write_bytes(handoff.files[""])
    test = tmp_path / "sla.test.yml"
    test.write_text(yaml.safe_dump(_unit_test(_rules(handoff), values, severities)))
    checked = subprocess.run(
        ["promtool", "test", "rules", str(test)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
