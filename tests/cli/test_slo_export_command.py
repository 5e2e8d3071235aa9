"""`sla-designer export FILE --openslo FILE --prometheus FILE`: both files written whole, the
report of what did not map on stdout in the language asked for, one-line errors (DESIGN.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.handoff.openslo_rules import file_problems as openslo_problems
from tests.handoff.prometheus_rules import file_problems as rules_problems
from tests.helpers import run_cli, template_copy


@pytest.fixture
def agreement(tmp_path: Path) -> Path:
    return template_copy(tmp_path, "saas-availability")


def test_export_writes_both_files_and_reports_what_did_not_map(
    agreement: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    slo, rules = tmp_path / "sla.openslo.yaml", tmp_path / "sla.rules.yml"
    args = ["export", str(agreement), "--openslo", str(slo), "--prometheus", str(rules)]
    status, out, err = run_cli(args, capsys)
    assert status == 0, err
    assert openslo_problems(list(yaml.safe_load_all(slo.read_text()))) == []
    assert rules_problems(yaml.safe_load(rules.read_text())) == []
    assert f"{slo}: OpenSLO: 1 file written" in out
    assert "metrics[platform-availability].maintenance: AP Cloud availability" in out
    assert "Prometheus: 11 things did not map:" in out
    assert 'fill in the expression of sli:up{sla_metric="platform-availability"}' in out


def test_the_report_speaks_the_language_asked_for(
    agreement: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "sla.rules.yml"
    args = ["export", str(agreement), "--prometheus", str(rules), "--language", "pt-BR"]
    status, out, err = run_cli(args, capsys)
    assert status == 0, err
    assert "Prometheus: 11 itens não foram transpostos:" in out
    assert "os intervalos do Prometheus são móveis" in out
    assert "orçamento de erro" in rules.read_text(encoding="utf-8")


def test_a_folder_for_a_file_is_one_line_and_nothing_is_written(
    agreement: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    slo = tmp_path / "sla.openslo.yaml"
    args = ["export", str(agreement), "--openslo", str(slo), "--prometheus", str(tmp_path)]
    status, _out, err = run_cli(args, capsys)
    assert status == 2
    assert len(err.strip().splitlines()) == 1 and "--prometheus" in err
    assert not slo.exists()
