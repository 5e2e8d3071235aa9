"""Required names and texts: an empty one is an error at its field, each naming the item."""

from __future__ import annotations

from typing import Any

import pytest

from sla_designer.validation.blanks import REQUIRED
from tests.validation.builders import findings_of, valid_data_pt, with_code


def _full() -> dict[str, Any]:
    """The valid agreement with an item in every list REQUIRED reads."""
    data = valid_data_pt()
    data["parties"][0]["contacts"] = [{"name": "Ana Silva", "email": "ana@example.com"}]
    data["escalation"][0]["contacts"] = [{"name": "Bruno Reis"}]
    data["definitions"] = [{"term": "Incidente", "meaning": "Interrupção não planejada."}]
    return data


CASES = {
    "contact_name": (("parties", 0, "contacts", 0), "name"),
    "service_name": (("service", "services", 0), "name"),
    "calendar_name": (("calendars", 0), "name"),
    "priority_name": (("priorities", 1), "name"),
    "metric_name": (("metrics", 2), "name"),
    "maintenance_name": (("metrics", 0, "maintenance", 0), "name"),
    "duty_text": (("responsibilities", 0), "text"),
    "report_name": (("reporting", "reports", 0), "name"),
    "review_name": (("reporting", "reviews", 0), "name"),
    "escalation_name": (("escalation", 1), "name"),
    "escalation_contact_name": (("escalation", 0, "contacts", 0), "name"),
    "definition_term": (("definitions", 0), "term"),
    "definition_meaning": (("definitions", 0), "meaning"),
    "witness_name": (("signing", "witnesses", 1), "name"),
}


def test_the_full_agreement_has_no_blank() -> None:
    assert with_code(_full(), "required-field-empty") == []
    assert {key for _, _, key in REQUIRED} == set(CASES)


@pytest.mark.parametrize("key", sorted(CASES))
def test_a_blank_field_is_an_error_at_its_path(key: str) -> None:
    data = _full()
    item_path, field = CASES[key]
    node: Any = data
    for part in item_path:
        node = node[part]
    node[field] = "   "
    found = [f for f in findings_of(data) if f.code == "required-field-empty"]
    assert [(f.severity, f.path) for f in found] == [("error", (*item_path, field))]
    en, pt = found[0].message("en"), found[0].message("pt-BR")
    assert "is empty" in en and "em branco" in pt


def test_the_message_numbers_the_item_and_its_owner() -> None:
    data = _full()
    data["priorities"][1]["name"] = ""
    data["escalation"][0]["contacts"][0]["name"] = ""
    messages = {f.message("en") for f in with_code(data, "required-field-empty")}
    assert messages == {
        "The name of priority 2 is empty, so the contract would print a blank there. Fill it in.",
        "The name of contact 1 of escalation level 1 is empty, so the contract would print a "
        "blank there. Fill it in.",
    }
