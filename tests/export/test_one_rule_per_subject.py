"""One rule per subject (issue 13, section 1): over every template's contract in both languages,
the claims deadline, the chronic-failure termination, earn-back and the maintenance notice are
each stated once. A template's own words (in its own language, whatever the export language) may
follow a generated clause as additional terms, but must not say the rule again."""

from __future__ import annotations

import re
from functools import cache

import pytest

from sla_designer.export.preview import preview_html
from tests.export.reviewed import PAIRS, agreement_of, plain

_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|fifteen|twenty|thirty"
    r"|forty-five|sixty|ninety|um|uma|dois|duas|três|cinco|sete|dez|quinze|trinta|sessenta"
    r"|noventa)"
)
_WORDS = {
    "one": 1, "um": 1, "uma": 1, "two": 2, "dois": 2, "duas": 2, "three": 3, "três": 3,
    "four": 4, "five": 5, "cinco": 5, "six": 6, "seven": 7, "sete": 7, "ten": 10, "dez": 10,
}  # fmt: skip


@cache
def contract_blocks(name: str, language: str) -> str:
    """A template's contract as plain text, one paragraph (a subclause with its additional
    terms), heading or cell a line."""
    html = preview_html(agreement_of(name), language=language)
    blocks = re.split(r"</?(?:p|h\d|li|td|th|div|tr|table)\b[^>]*>", html)
    return "\n".join(text for text in map(plain, blocks) if text)


def _subclause(text: str, *openings: str) -> str:
    """The paragraph (one a line) that holds one of `openings` ('' when there is none)."""
    found = [line for line in text.splitlines() if any(o in line for o in openings)]
    assert len(found) <= 1, f"{openings[0]!r} is in {len(found)} paragraphs"
    return found[0] if found else ""


def _count(pattern: str, text: str) -> int:
    return len(re.findall(pattern, text, flags=re.IGNORECASE))


def claim_deadlines(text: str) -> int:
    """Deadlines for a claim in its subclause: 'within 30 days after', 'em até 30 dias após'
    (business days are the provider's answer, another subject)."""
    claim = _subclause(text, "claim a service credit", "apresentar a solicitação de crédito")
    return _count(rf"within {_NUMBER} (?:calendar )?days? after", claim) + _count(
        rf"em até {_NUMBER} dias? (?:corridos )?após", claim
    )


def claim_answers(text: str) -> int:
    """Periods for the provider's answer to a claim: 'within 10 business days'."""
    claim = _subclause(text, "claim a service credit", "apresentar a solicitação de crédito")
    return _count(rf"{_NUMBER} business days?", claim) + _count(rf"{_NUMBER} dias? úteis?", claim)


def chronic_terminations(text: str) -> int:
    """Termination rights in the chronic-failure subclause: 'may terminate', 'poderá rescindir',
    'autoriza ... a rescindir', 'a rescisão por falha recorrente'."""
    chronic = _subclause(text, "Chronic failure.", "Falha recorrente.")
    return (
        _count(r"\bterminate\b", chronic)
        + _count(r"\brescindir\b", chronic)
        + _count(r"\brescisão por falha recorrente\b", chronic)
    )


def chronic_notices(text: str) -> int:
    """Notice periods in the chronic-failure subclause."""
    chronic = _subclause(text, "Chronic failure.", "Falha recorrente.")
    return _count(r"\bnotice\b", chronic) + _count(r"\bnotificação\b|\baviso prévio\b", chronic)


def earn_backs(text: str) -> int:
    """Statements that a credit is returned, in the earn-back subclause."""
    earn = _subclause(text, "Earn-back.", "Recuperação de crédito.")
    return _count(r"\bis returned\b", earn) + _count(r"\bserá restituído\b|\brestituição\b", earn)


def _before_credits(text: str) -> str:
    """Definitions and service levels: where maintenance is spoken of."""
    for heading in (" Service credits and remedies ", " Dos créditos de serviço", " Créditos"):
        if heading in text:
            return text[: text.index(heading)]
    return text


def maintenance_notices(text: str) -> set[int | str]:
    """The advance notices of maintenance stated before the credits clause: '7 days', 'seven
    days', '5 dias'; 'as soon as planned' counts as a notice of its own."""
    before = _before_credits(text)
    found: set[int | str] = set()
    for pattern in (
        rf"announce\w*(?: it)? at least ({_NUMBER}) (days?|hours?) in advance",
        rf"comunica\w* com antecedência mínima de ({_NUMBER}) (dias?|horas?)",
    ):
        for number, unit in re.findall(pattern, before, flags=re.IGNORECASE):
            value = int(number) if number.isdigit() else _WORDS[number.lower()]
            found.add(value * (24 if unit.lower().startswith(("day", "dia")) else 1))
    if re.search(r"as soon as (?:it is )?planned|assim que (?:for )?planejad", before, re.I):
        found.add("as soon as planned")
    return found


def maintenance_notice_rules(name: str) -> int:
    """How many notices the template's maintenance rules hold: the scheduled notices of its
    availability metrics (one figure each) and its emergency notices."""
    notices: set[int | str] = set()
    for metric in agreement_of(name).metrics:
        scheduled = getattr(metric, "maintenance_notice", None)
        if scheduled is not None:
            notices.add(int(scheduled.total_seconds() // 3600))
        if getattr(metric, "emergency_maintenance", "downtime") == "excluded":
            emergency = metric.emergency_notice  # type: ignore[union-attr]
            notices.add(
                "as soon as planned"
                if emergency is None
                else int(emergency.total_seconds() // 3600)
            )
    return len(notices)


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_claims_have_one_deadline_and_one_answer_period(name: str, language: str) -> None:
    text = contract_blocks(name, language)
    assert claim_deadlines(text) <= 1
    assert claim_answers(text) <= 1


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_chronic_failure_is_one_termination_on_one_notice(name: str, language: str) -> None:
    text = contract_blocks(name, language)
    assert chronic_terminations(text) <= 1
    assert chronic_notices(text) <= 1


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_earn_back_is_stated_once(name: str, language: str) -> None:
    text = contract_blocks(name, language)
    assert _count(r"\bEarn-back\.|Recuperação de crédito\.", text) <= 1
    assert earn_backs(text) <= 1


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_maintenance_notices_are_those_of_the_rules(name: str, language: str) -> None:
    """No definition or free text states a maintenance notice the rules do not hold."""
    assert len(maintenance_notices(contract_blocks(name, language))) <= maintenance_notice_rules(
        name
    )


def test_the_checks_find_a_restated_rule() -> None:
    """Each check counts a rule said twice, as in the templates before issue 13."""
    twice = (
        "The Customer shall claim a service credit within 30 days after the end of the "
        "measurement window. The Customer claims a credit within 30 days after the report is "
        "delivered. The Provider confirms within 10 business days.\nChronic failure. The "
        "Customer may terminate this Agreement by written notice. The Customer may terminate "
        "the subscription on 30 days' written notice.\nEarn-back. A service credit is "
        "returned to the Provider. A platform credit is returned to the Provider.\nEscalation"
    )
    assert claim_deadlines(twice) == 2
    assert claim_answers(twice) == 1
    assert chronic_terminations(twice) == 2
    assert chronic_notices(twice) == 2
    assert earn_backs(twice) == 2
    maintenance = (
        "Scheduled Maintenance: announced at least seven days in advance (or as soon as planned "
        "for emergency security maintenance). 6.1 Scheduled maintenance is excluded only when "
        "announced at least 7 days in advance. Service credits and remedies"
    )
    assert maintenance_notices(maintenance) == {168, "as soon as planned"}
