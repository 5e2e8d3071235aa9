"""`sla-designer export FILE --zendesk DIR --freshdesk DIR`: the files, the report of what did
not map on stdout, the priority mapping, one-line errors and exit statuses (DESIGN.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli, template_copy


@pytest.fixture
def agreement(tmp_path: Path) -> Path:
    return template_copy(tmp_path, "it-service-desk")


def test_export_to_both_desks_writes_their_files_and_reports(
    agreement: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zd, fd = tmp_path / "zendesk", tmp_path / "freshdesk"
    args = ["export", str(agreement), "--zendesk", str(zd), "--freshdesk", str(fd)]
    status, out, err = run_cli([*args, "--zendesk-priority", "P1=urgent"], capsys)
    assert status == 0, err
    assert any(p.name.startswith("sla-policy-") for p in zd.iterdir())
    assert any("workweek" in p.name for p in zd.iterdir())
    (policy,) = fd.iterdir()
    assert json.loads(policy.read_text())["sla_target"]["priority_1"]["resolve_within"] == 162000
    # The agreement is in Portuguese: so is what the command says.
    assert "Zendesk: 27 arquivos gravados" in out
    assert "Freshdesk: 12 itens não foram transpostos:" in out
    assert "95 % de P1 – Crítica" in out


def test_the_report_speaks_the_language_asked_for(
    agreement: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["export", str(agreement), "--freshdesk", str(tmp_path / "fd"), "--language", "en"]
    status, out, err = run_cli(args, capsys)
    assert status == 0, err
    assert "Freshdesk: 12 things did not map:" in out


def test_a_bad_priority_mapping_is_one_line_and_nothing_is_written(
    agreement: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docx = tmp_path / "out.yaml"
    base = ["export", str(agreement), "--yaml", str(docx), "--zendesk", str(tmp_path / "zd")]
    for bad in ("P9=urgent", "P1=critical", "P1"):
        status, _out, err = run_cli([*base, "--zendesk-priority", bad], capsys)
        assert status == 2
        assert len(err.strip().splitlines()) == 1, err
        assert not docx.exists() and not (tmp_path / "zd").exists()


def test_destinations_are_checked_before_anything_is_written(
    agreement: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    cases = [
        ["--zendesk", str(a_file)],
        ["--zendesk", str(tmp_path / "missing" / "zd")],
        ["--zendesk", str(tmp_path / "same"), "--freshdesk", str(tmp_path / "same")],
    ]
    for options in cases:
        status, _, err = run_cli(["export", str(agreement), *options], capsys)
        assert status == 2
        assert len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "same").exists()


def test_an_agreement_with_errors_is_not_handed_off_unless_draft(
    agreement: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = agreement.read_text(encoding="utf-8").replace("- priority: P1", "- priority: P9", 1)
    broken = tmp_path / "broken.yaml"
    broken.write_text(text, encoding="utf-8")
    zd = tmp_path / "zd"
    status, _, err = run_cli(["export", str(broken), "--zendesk", str(zd)], capsys)
    assert status == 1, err
    assert not zd.exists()
    status, _, err = run_cli(["export", str(broken), "--zendesk", str(zd), "--draft"], capsys)
    assert status == 0, err
    assert zd.is_dir()
