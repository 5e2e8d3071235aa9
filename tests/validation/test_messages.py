"""The catalogue: every code has a severity and a message in both languages."""

from __future__ import annotations

import inspect
import re
import string
from pathlib import Path

import pytest

from sla_designer.validation.messages import CATALOGUE, make
from sla_designer.validation.rules import RULES
from sla_designer.validation.wording import KIND_METRIC

TESTS = Path(__file__).parent
EMITTED = re.compile(r'(?<![\w.])make\(\s*"([a-z0-9-]+)"')


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_code_speaks_both_languages(code: str) -> None:
    entry = CATALOGUE[code]
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code)
    assert entry.severity in ("error", "warning", "info")
    assert entry.en.strip() and entry.pt.strip() and entry.en != entry.pt
    assert _fields(entry.en) == _fields(entry.pt), "both languages take the same parameters"
    assert entry.en.rstrip().endswith(".") and entry.pt.rstrip().endswith(".")


def test_every_emitted_code_is_in_the_catalogue_and_every_entry_is_emitted() -> None:
    sources = {Path(inspect.getsourcefile(rule) or "") for rule in RULES}
    emitted = {code for source in sources for code in EMITTED.findall(source.read_text())}
    assert emitted == set(CATALOGUE)


def test_every_code_has_a_test() -> None:
    others = [path for path in TESTS.glob("test_*.py") if path.name != Path(__file__).name]
    texts = "".join(path.read_text() for path in others)
    assert [code for code in CATALOGUE if f'"{code}"' not in texts] == []


def test_make_fills_both_languages() -> None:
    finding = make("unknown-reference", ("metrics", 0, "service"), kind=KIND_METRIC, id="x1")
    assert finding.severity == "error"
    assert finding.message("en").startswith("There is no metric with the id “x1”")
    assert finding.message("pt-BR").startswith("Não existe indicador com o identificador “x1”")
    assert finding.path_text == "metrics[0].service"
