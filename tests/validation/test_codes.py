"""The codes: every code has a severity and a message in both languages; findings are data."""

from __future__ import annotations

import datetime as dt
import re
import string
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import sla_designer.validation
from sla_designer.catalog import TemplateEntry, load_catalog
from sla_designer.model import ClockDuration
from sla_designer.text import texts
from sla_designer.text.values import Percent, Term
from sla_designer.validation import validate
from sla_designer.validation.codes import SEVERITIES, make

TESTS = Path(__file__).parent
VALIDATION = Path(sla_designer.validation.__file__).parent
EMITTED = re.compile(r'(?<![\w.])make\(\s*"([a-z0-9-]+)"')
LANGUAGES = ("en", "pt-BR")


def _messages(language: str) -> dict[str, Any]:
    """The messages of a language's findings.yaml by code (the `_` groups are parts of them)."""
    tree = texts(language).raw("findings")
    return {code: value for code, value in tree.items() if not code.startswith("_")}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(SEVERITIES))
def test_every_code_speaks_both_languages(code: str) -> None:
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code)
    assert SEVERITIES[code] in ("error", "warning", "info")
    english, portuguese = _messages("en")[code], _messages("pt-BR")[code]
    # A message that counts something has plural forms, in both languages.
    assert isinstance(english, dict) == isinstance(portuguese, dict)
    forms = (
        zip(english.values(), portuguese.values(), strict=True)
        if isinstance(english, dict)
        else [(english, portuguese)]
    )
    for en, pt in forms:
        assert en.strip() and pt.strip() and en != pt
        assert _fields(en) == _fields(pt), "both languages take the same parameters"
        assert en.rstrip().endswith(".") and pt.rstrip().endswith(".")


def test_every_message_has_a_severity() -> None:
    for language in LANGUAGES:
        assert set(_messages(language)) == set(SEVERITIES)


def test_every_emitted_code_has_a_severity_and_every_code_is_emitted() -> None:
    sources = [path.read_text(encoding="utf-8") for path in VALIDATION.glob("*.py")]
    emitted = {code for source in sources for code in EMITTED.findall(source)}
    assert emitted == set(SEVERITIES)


def test_every_code_has_a_test() -> None:
    others = [path for path in TESTS.glob("test_*.py") if path.name != Path(__file__).name]
    texts_ = "".join(path.read_text(encoding="utf-8") for path in others)
    assert [code for code in SEVERITIES if f'"{code}"' not in texts_] == []


def test_make_keeps_the_values_and_writes_the_message_when_shown() -> None:
    finding = make(
        "unknown-reference", ("metrics", 0, "service"), kind=Term("terms.items.metric"), id="x1"
    )
    assert (finding.severity, finding.code) == ("error", "unknown-reference")
    assert dict(finding.params) == {"kind": Term("terms.items.metric"), "id": "x1"}
    assert finding.message("en").startswith("There is no metric with the id “x1”")
    assert finding.message("pt-BR").startswith("Não existe indicador com o identificador “x1”")
    assert finding.message("pt") == finding.message("pt-BR")
    assert finding.path_text == "metrics[0].service"


def test_values_are_written_each_language_s_way() -> None:
    def both(code: str, **params: object) -> tuple[str, str]:
        finding = make(code, (), **params)
        return finding.message("en"), finding.message("pt-BR")

    en, pt = both("too-few-parties", count=1)
    assert ("has 1." in en, "tem 1." in pt) == (True, True)
    en, pt = both(
        "satisfaction-objective-outside-scale",
        metric="CSAT",
        objective=Decimal("1500.50"),
        low=Decimal("1E+2"),
        high=Decimal("0.000"),
    )
    assert "1,500.5" in en and "scale 100 to 0" in en
    assert "1.500,5" in pt and "escala de 100 a 0" in pt
    en, pt = both(
        "effective-after-expiry", expiry=dt.date(2027, 3, 1), effective=dt.date(2028, 1, 2)
    )
    assert "2027-03-01" in en and "2028-01-02" in en
    assert "01/03/2027" in pt and "02/01/2028" in pt
    en, pt = both(
        "response-after-resolution",
        tickets=Term.of("findings._parts.tickets.priority", priority="P1"),
        response=ClockDuration.parse("4h business"),
        resolution=ClockDuration.parse("90m calendar"),
    )
    assert en.startswith("For priority “P1”,") and pt.startswith("Para a prioridade “P1”,")
    assert "4 business hours" in en and "90 minutes, counted around the clock" in en
    assert "4 horas úteis" in pt and "90 minutos corridos" in pt
    en, pt = both(
        "budget-below-minimum-outage",
        metric="A",
        objective=Term.of("terms.comparisons.more_than", value=Percent(Decimal("99.99"))),
        window=Term("terms.windows.month"),
        budget=Term.of("findings._parts.allowance.strict", value=dt.timedelta(seconds=250.56)),
        minimum=dt.timedelta(minutes=5),
    )
    assert "more than 99.99 % per month allows less than 4 min 10.56 s" in en and "(5 min)" in en
    assert "superior a 99,99 % por mês permite menos de 4 min 10,56 s" in pt


def test_findings_are_equal_hashable_and_render_once_per_language() -> None:
    first = make("report-due-before-period-end", ("reporting",), 3, report="R", days=3)
    second = make("report-due-before-period-end", ("reporting",), 3, report="R", days=3)
    first.message("pt-BR")  # a message written (and kept) does not change what a finding is
    assert first == second and hash(first) == hash(second) and len({first, second}) == 1
    assert first.message("en") is first.message("en")
    assert first != make("report-due-before-period-end", ("reporting",), 4, report="R", days=4)


def test_a_message_that_counts_days_agrees_with_their_number() -> None:
    one = make("report-due-before-period-end", ("reporting",), 1, report="R", days=1)
    two = make("report-due-before-period-end", ("reporting",), 2, report="R", days=2)
    assert "is due 1 day before" in one.message("en")
    assert "vence 1 dia antes" in one.message("pt-BR")
    assert "is due 2 days before" in two.message("en")
    assert "vence 2 dias antes" in two.message("pt-BR")


def test_to_dict_keeps_the_message_and_adds_the_values_as_data() -> None:
    finding = make(
        "budget-below-minimum-outage",
        ("metrics", 0, "objective"),
        metric="Uptime",
        objective=Term.of("terms.comparisons.at_least", value=Percent(Decimal("99.99"))),
        window=Term("terms.windows.month"),
        budget=Term.of("findings._parts.allowance.inclusive", value=dt.timedelta(seconds=250.56)),
        minimum=dt.timedelta(minutes=5),
    )
    data = finding.to_dict("pt-BR")
    assert data["message"] == finding.message("pt-BR")
    assert data["params"] == {
        "metric": "Uptime",
        "objective": {"term": "terms.comparisons.at_least", "value": "99.99"},
        "window": {"term": "terms.windows.month"},
        "budget": {"term": "findings._parts.allowance.inclusive", "value": "4m10.56s"},
        "minimum": "5m",
    }


@pytest.mark.parametrize("entry", load_catalog(), ids=lambda entry: entry.name)
def test_every_finding_of_the_templates_renders_in_both_languages(entry: TemplateEntry) -> None:
    for finding in validate(entry.load()):
        for language in LANGUAGES:
            message = finding.message(language)
            assert message.strip() and "{" not in message, (finding.code, message)
