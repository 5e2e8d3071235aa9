"""The command line's --help comes from the text layer, in the environment's language."""

from __future__ import annotations

import pytest

from sla_designer.cli.parser import build_parser, environment_language
from tests.helpers import run_cli_process


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"LANG": "pt_BR.UTF-8"}, "pt-BR"),
        ({"LC_ALL": "pt_PT.UTF-8", "LANG": "en_GB.UTF-8"}, "pt-BR"),
        ({"LC_ALL": "", "LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_environment_chooses_the_language(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], expected: str
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert environment_language() == expected


def test_help_in_each_language() -> None:
    assert "Design service level agreements" in build_parser("en").format_help()
    portuguese = build_parser("pt-BR").format_help()
    assert "Elabore acordos de nível de serviço" in portuguese
    assert "verifica acordos e lista os apontamentos" in portuguese


def test_a_command_help_in_portuguese_from_the_installed_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    done = run_cli_process(["staff", "--help"])
    assert done.returncode == 0
    assert "tempo médio de atendimento (TMA)" in done.stdout
