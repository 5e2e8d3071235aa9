"""The core sub-commands end to end: templates, new, validate, schema, export --yaml."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sla_designer.io import load_agreement, loads_agreement, save_agreement
from tests.helpers import MINIMAL, run_cli, run_cli_process


def test_templates_lists_every_starter(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(["templates"], capsys)
    assert status == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert "saas-availability" in names
    assert len(names) >= 6
    status, out, _ = run_cli(["templates", "--format", "json"], capsys)
    assert status == 0
    data = json.loads(out)
    assert {entry["name"] for entry in data} == set(names)
    assert all(entry["description"] for entry in data)


def test_new_writes_a_template_that_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mine.yaml"
    status, _, err = run_cli(["new", "--template", "saas-availability", "-o", str(out)], capsys)
    assert status == 0, err
    assert load_agreement(out).metrics
    status, _, err = run_cli(["new", "--template", "saas-availability", "-o", str(out)], capsys)
    assert status == 2
    assert "exists" in err


def test_new_with_unknown_template_lists_the_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run_cli(["new", "--template", "nope", "-o", str(tmp_path / "x.yaml")], capsys)
    assert status == 2
    assert "unknown template 'nope'" in err and "saas-availability" in err
    assert not (tmp_path / "x.yaml").exists()


def test_validate_json_gives_findings_with_locations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(MINIMAL.replace("objective: 99.9", "objective: 99.9\n    calendar: ghost"))
    status, out, _ = run_cli(["validate", str(path), "--format", "json"], capsys)
    data = json.loads(out)
    assert status == 1 == data["status"]
    finding = next(f for f in data["files"][0]["findings"] if f["code"] == "unknown-reference")
    assert finding["severity"] == "error"
    assert finding["path"] == "metrics[0].calendar"
    assert (finding["line"], finding["column"]) == (15, 5)
    assert finding["message"].startswith("There is no calendar with the id “ghost”")
    assert finding["params"] == {"kind": {"term": "terms.items.calendar"}, "id": "ghost"}


def test_validate_writes_the_messages_in_the_language_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(MINIMAL.replace("objective: 99.9", "objective: 99.9\n    calendar: ghost"))
    status, out, _ = run_cli(["validate", str(path), "--language", "pt-BR"], capsys)
    assert status == 1
    line = next(line for line in out.splitlines() if line.endswith("[unknown-reference]"))
    assert line.startswith(f"{path}:15:5: metrics[0].calendar: error: Não existe calendário ")
    status, out, _ = run_cli(
        ["validate", str(path), "--format", "json", "--language", "pt-BR"], capsys
    )
    found = json.loads(out)["files"][0]["findings"]
    finding = next(f for f in found if f["code"] == "unknown-reference")
    assert finding["message"].startswith("Não existe calendário com o identificador “ghost”")
    assert finding["params"]["id"] == "ghost"


def test_validate_strict_fails_on_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "t.yaml"
    run_cli(["new", "--template", "saas-availability", "-o", str(out)], capsys)
    agreement = load_agreement(out)
    agreement.reporting.reports.clear()  # every metric now lacks a report: warnings only
    save_agreement(agreement, out)
    status, text, _ = run_cli(["validate", str(out)], capsys)
    assert "[missing-reports]" in text
    assert ": error:" not in text
    assert status == 0
    status, _, _ = run_cli(["validate", "--strict", str(out)], capsys)
    assert status == 1


def test_validate_several_files_worst_status_wins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.yaml"
    run_cli(["new", "--template", "saas-availability", "-o", str(good)], capsys)
    missing = tmp_path / "missing.yaml"
    status, out, err = run_cli(["validate", str(good), str(missing)], capsys)
    assert status == 2
    assert f"{good}: no findings" in out
    assert str(missing) in err


def test_schema_to_file_and_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(["schema"], capsys)
    assert status == 0
    schema = json.loads(out)
    assert schema["properties"]["format_version"]["const"] == 4
    # Format 4: the governing law and the forum, not one jurisdiction.
    assert {"governing_law", "forum", "date_style"} <= set(schema["properties"])
    assert "jurisdiction" not in schema["properties"]
    target = tmp_path / "schema.json"
    status, _, _ = run_cli(["schema", "-o", str(target)], capsys)
    assert status == 0
    assert json.loads(target.read_text()) == schema


def test_export_yaml_is_the_canonical_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.yaml"
    source.write_text(MINIMAL)
    out = tmp_path / "out.yaml"
    status, _, err = run_cli(["export", str(source), "--yaml", str(out), "--draft"], capsys)
    assert status == 0, err
    assert load_agreement(out) == loads_agreement(MINIMAL)


def test_export_without_outputs_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.yaml"
    source.write_text(MINIMAL)
    status, _, err = run_cli(["export", str(source)], capsys)
    assert status == 2
    assert "--docx" in err


def test_usage_errors_are_one_line_with_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run_cli(["validate", "--format", "xml", "a.yaml"], capsys)
    assert status == 2
    assert err.count("\n") == 1 and "invalid choice" in err
    status, _, err = run_cli(["frobnicate", "x", "y"], capsys)
    assert status == 2
    assert "unknown command 'frobnicate'" in err


def test_installed_entry_point_runs_as_a_process(tmp_path: Path) -> None:
    result = run_cli_process(["templates"])
    assert result.returncode == 0
    assert "saas-availability" in result.stdout


def test_export_refuses_two_outputs_on_one_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.yaml"
    source.write_text(MINIMAL)
    same = tmp_path / "same.out"
    status, _, err = run_cli(
        ["export", str(source), "--yaml", str(same), "--docx", str(same), "--draft"], capsys
    )
    assert status == 2
    assert "--yaml and --docx would write the same file" in err
    assert not same.exists()
    status, _, err = run_cli(["export", str(source), "--yaml", str(source), "--draft"], capsys)
    assert status == 2
    assert "overwrite the agreement" in err
    assert source.read_text() == MINIMAL


def test_export_blocked_by_errors_prints_located_findings_in_the_agreement_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.yaml"
    broken = MINIMAL.replace(
        "title: Minimal agreement", "title: Minimal agreement\nlanguage: pt-BR"
    )
    source.write_text(broken.replace("objective: 99.9", "objective: 99.9\n    calendar: ghost"))
    status, _, err = run_cli(["export", str(source), "--yaml", str(tmp_path / "o.yaml")], capsys)
    assert status == 1
    line = next(x for x in err.splitlines() if "[unknown-reference]" in x)
    assert line.startswith(f"{source}:16:5: metrics[0].calendar: error: ")
    assert "calendário" in line.lower()


def test_new_into_a_folder_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for extra in ([], ["--force"]):
        status, _, err = run_cli(
            ["new", "--template", "saas-availability", "-o", str(tmp_path), *extra], capsys
        )
        assert status == 2
        assert "this is a folder" in err


def test_export_in_another_language_warns_of_each_field_still_in_the_agreement_s_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.yaml"
    source.write_text(
        MINIMAL + "service:\n  scope:\n    - Hosting of the web shop and its database.\n"
    )
    out = tmp_path / "contrato.docx"
    args = ["export", str(source), "--docx", str(out), "--draft", "--no-toc-update"]
    status, stdout, err = run_cli([*args, "--language", "pt-BR"], capsys)
    assert status == 0 and out.exists()
    assert f"{out}:" in stdout
    lines = [line for line in err.splitlines() if line.endswith("[foreign-text]")]
    # The title, the scope item, the metric's name: each at its place in the file.
    assert lines == [
        f"{source}:2:1: title: warning: Título do acordo ainda está em inglês:"
        " “Minimal agreement” [foreign-text]",
        f"{source}:17:7: service.scope[0]: warning: Escopo, item 1 ainda está em inglês:"
        " “Hosting of the web shop and its database.” [foreign-text]",
        f"{source}:13:5: metrics[0].name: warning: Indicador “Availability” › nome ainda está"
        " em inglês: “Availability” [foreign-text]",
    ]
    assert f"{source}: warning: O acordo está escrito em inglês" in err
    assert "estes 3 campos são impressos como digitados" in err

    # In the agreement's own language, or with the scope translated, fewer warnings.
    status, _, err = run_cli([*args, "--language", "en"], capsys)
    assert status == 0 and "[foreign-text]" not in err
    source.write_text(
        source.read_text().replace(
            "Hosting of the web shop and its database.",
            "Hospedagem da loja virtual e do seu banco.",
        )
    )
    status, _, err = run_cli([*args, "--language", "pt-BR"], capsys)
    assert status == 0 and err.count("[foreign-text]") == 2
    assert "estes 2 campos" in err
