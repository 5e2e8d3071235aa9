"""Shared fixtures of the back-test's tests: a small agreement and hand-written ticket files."""

from __future__ import annotations

from pathlib import Path

import pytest

from sla_designer.io import load_agreement
from sla_designer.model import Agreement

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def service_desk() -> Agreement:
    """The IT service desk template: P1-P4, first response and resolution per priority on the
    Belo Horizonte business calendar."""
    return load_agreement(ROOT / "templates" / "it-service-desk.yaml")


def write(path: Path, text: str) -> Path:
    path.write_text(text.strip() + "\n", encoding="utf-8")
    return path


def interval_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> str:
    """The error of `backtest` of the contact-centre template on an interval file holding
    `text`: a refusal (exit status 2, no traceback) is asserted; what it says."""
    from sla_designer.cli import main

    path = write(tmp_path / "intervals.csv", text)
    agreement = ROOT / "templates" / "contact-centre.yaml"
    status = main(["backtest", str(agreement), "--intervals", str(path)])
    err = capsys.readouterr().err
    assert status == 2
    assert "Traceback" not in err
    return err
