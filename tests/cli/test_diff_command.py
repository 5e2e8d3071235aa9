"""`sla-designer diff OLD NEW`: every change on a line in the language asked, or JSON; exit 0
when the agreements are the same, 1 when they differ, 2 on bad input."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from sla_designer.io import save_agreement
from sla_designer.model import Agreement
from tests.export.reviewed import PAIRS, agreement_of
from tests.helpers import run_cli, run_cli_process
from tests.versions.edits import set_at


def _pair(tmp_path: Path, name: str = "saas-availability", language: str | None = None):
    old = agreement_of(name)
    if language is not None:
        old = old.model_copy(update={"language": language})
    return old, old.model_copy(deep=True)


def _write(tmp_path: Path, old: Agreement, new: Agreement) -> tuple[str, str]:
    save_agreement(old, tmp_path / "old.yaml")
    save_agreement(new, tmp_path / "new.yaml")
    return str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")


def test_the_same_agreement_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _pair(tmp_path)
    first, second = _write(tmp_path, old, new)
    status, out, err = run_cli(["diff", first, second], capsys)
    assert (status, err) == (0, "")
    assert out == f"{first} → {second}: no changes\n"
    status, out, _ = run_cli(["diff", first, second, "--format", "json"], capsys)
    assert status == 0
    assert json.loads(out) == {"old": first, "new": second, "same": True, "changes": []}


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_target_in_words_in_both_languages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, language: str
) -> None:
    old, new = _pair(tmp_path, name, language)
    index = next(i for i, m in enumerate(old.metrics) if getattr(m, "targets", None))
    target = old.metrics[index].targets[0]  # type: ignore[union-attr]
    set_at(new, ("metrics", index, "targets", 0, "target"), f"7h {target.target.clock}")
    first, second = _write(tmp_path, old, new)
    status, out, err = run_cli(["diff", first, second, "--language", language], capsys)
    assert (status, err) == (1, "")
    line, summary = out.splitlines()
    clause = "Clause" if language == "en" else "Cláusula"
    assert line.startswith(f"{clause} 6.")
    step = "Metrics and targets" if language == "en" else "Indicadores e metas"
    assert f", {step} › " in line
    assert new.metrics[index].name[:30] in line  # a long name is cut
    # The values as the contract writes them, in its language: '7 Business Hours' / '7 Horas
    # Úteis' for business time, '7 hours' / '7 horas' around the clock.
    seven = line.rsplit(" → ", 1)[1]
    assert seven.startswith("7 ") and seven.split()[1].lower().startswith(
        ("hour", "hora", "business")
    )
    count = "1 change" if language == "en" else "1 alteração"
    assert summary == f"{first} → {second}: {count}"


def test_every_kind_in_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _pair(tmp_path)
    new.metrics[0].objective = Decimal("99.95")  # type: ignore[union-attr]
    new.metrics = [new.metrics[1], new.metrics[0], *new.metrics[2:]]
    del new.remedies.credit_schedules[0].tiers[1]
    added = old.metrics[-1].model_copy(update={"id": "added", "name": "Added metric"})
    new.metrics.append(added)
    first, second = _write(tmp_path, old, new)
    status, out, _ = run_cli(["diff", first, second, "--format", "json"], capsys)
    assert status == 1
    data = json.loads(out)
    assert data["same"] is False
    by_kind = {}
    for change in data["changes"]:
        by_kind.setdefault(change["kind"], []).append(change)
        assert set(change) == {
            "path",
            "old_path",
            "kind",
            "old",
            "new",
            "old_text",
            "new_text",
            "field",
            "step",
            "clauses",
            "follows",
        }
    assert set(by_kind) == {"changed", "moved", "removed", "added"}
    objective = by_kind["changed"][0]
    assert objective["path"] == "metrics[1].objective"
    assert objective["old_path"] == "metrics[0].objective"
    assert (objective["old"], objective["new"]) == ("99.9", "99.95")  # decimals as text
    assert (objective["old_text"], objective["new_text"]) == ("99.9 %", "99.95 %")
    assert objective["step"] == "metrics"
    assert objective["clauses"] == ["Clause 6.2"]
    (removed,) = by_kind["removed"]
    assert removed["path"] == "remedies.credit_schedules[0].tiers[1]"
    assert removed["new"] is None and isinstance(removed["old"], dict)
    (added_change,) = by_kind["added"]
    assert added_change["new"]["name"] == "Added metric"
    assert added_change["path"] == f"metrics[{len(new.metrics) - 1}]"


def test_bad_input_is_one_line_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _ = _pair(tmp_path)
    save_agreement(old, tmp_path / "old.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("format_version: 4\ntitle: [\n", encoding="utf-8")
    status, out, err = run_cli(["diff", str(tmp_path / "old.yaml"), str(bad)], capsys)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith(f"{bad}:3:1: ")
    missing = tmp_path / "missing.yaml"
    status, _, err = run_cli(
        ["diff", str(missing), str(tmp_path / "old.yaml"), "--language", "pt-BR"], capsys
    )
    assert status == 2
    assert err == f"{missing}: arquivo não encontrado\n"
    status, _, err = run_cli(["diff", str(tmp_path / "old.yaml")], capsys)
    assert status == 2 and err.count("\n") == 1


def test_the_installed_command(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    new.title = "A new title"
    first, second = _write(tmp_path, old, new)
    done = run_cli_process(["diff", first, second, "--language", "pt-BR"])
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines()[0] == (f"Capa, Acordo › Título: {old.title} → A new title")
    assert "diff" in run_cli_process(["--help"]).stdout
