"""A file's problems are said in the interface language too, with the same location."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from pydantic import ValidationError

from sla_designer.io import LoadError, load_agreement, loads_agreement
from sla_designer.model import TimeTarget
from sla_designer.model.refusals import field_refusal
from sla_designer.text.values import Problem, problem_text
from tests.helpers import MINIMAL


def _error(text: str) -> LoadError:
    with pytest.raises(LoadError) as caught:
        loads_agreement(text, "a.yaml")
    return caught.value


def test_a_syntax_problem_in_both_languages() -> None:
    error = _error("format_version: 2\ntitle: a\ntitle: b\n")
    assert str(error) == "a.yaml:3:1: duplicate key 'title'"
    assert error.text("pt-BR") == "a.yaml:3:1: chave repetida 'title'"


def test_a_refused_value_in_both_languages() -> None:
    error = _error(MINIMAL + "    minimum_outage: 4x\n")
    assert "'4x' is not a duration" in str(error)
    pt = error.text("pt-BR")
    assert "'4x' não é uma duração" in pt
    assert pt.split(" ", 1)[0] == str(error).split(" ", 1)[0]  # same file:line:col: path:


def test_several_problems_are_counted_in_the_language() -> None:
    error = _error("format_version: 2\ntitle: 1\nkind: nonsense\ncurrency: 3\nbogus: 1\n")
    assert "more problems)" in str(error)
    assert "mais " in error.text("pt-BR") and "problemas)" in error.text("pt-BR")


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as caught:
        load_agreement(tmp_path / "none.yaml")
    assert caught.value.text("pt-BR").endswith(": arquivo não encontrado")
    assert caught.value.message == "no such file"


def test_a_field_refusal_says_the_model_own_reason_in_portuguese() -> None:
    with pytest.raises(ValidationError) as caught:
        TimeTarget.model_validate({"priority": "p1", "target": "4h"})
    first = caught.value.errors(include_url=False)[0]
    assert "deve dizer como o tempo é contado" in field_refusal(first, "pt-BR")
    assert "must say its clock" in field_refusal(first, "en")


def test_limits_are_said_in_the_language() -> None:
    with pytest.raises(ValidationError) as caught:
        TimeTarget.model_validate({"priority": "p1", "target": "4h business", "attainment": -1})
    first = caught.value.errors(include_url=False)[0]
    assert field_refusal(first, "pt-BR") == "o valor deve ser no mínimo 0"


def test_a_problem_survives_pickling_and_renders_any_language() -> None:
    problem = Problem("values.time_bad", text="'25:99'")
    copy = pickle.loads(pickle.dumps(problem))
    assert str(copy) == str(problem)
    assert (
        problem_text(copy, "pt-BR")
        == "'25:99' não é um horário: escreva 'HH:MM', por exemplo '08:30'"
    )
    assert problem_text(ValueError("plain"), "pt-BR") == "plain"


@pytest.mark.parametrize(
    ("line", "english", "portuguese"),
    [
        ("currency: eur", "three-letter ISO 4217 code", "código ISO 4217 de três letras"),
        ("language: fr", "choose one of en or pt-BR", "escolha uma das opções: en ou pt-BR"),
        ("effective_date: nope", "a date is needed", "é preciso uma data"),
    ],
)
def test_pydantic_complaints_are_said_in_both_languages(
    line: str, english: str, portuguese: str
) -> None:
    error = _error(MINIMAL + line + "\n")
    assert english in str(error)
    assert portuguese in error.text("pt-BR")
    assert "Input should" not in error.text("pt-BR") and "String should" not in str(error)
