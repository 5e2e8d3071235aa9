"""A default name of the other language left in the agreement ("Business hours" in Portuguese)."""

from __future__ import annotations

from sla_designer.text import texts
from tests.validation.builders import only, valid_data, valid_data_pt, with_code


def test_an_english_default_in_a_portuguese_agreement_is_a_warning_with_the_portuguese() -> None:
    data = valid_data_pt()
    data["calendars"][0]["name"] = "Business hours"
    finding = only(data, "default-in-other-language")
    assert finding.severity == "warning"
    assert finding.path == ("calendars", 0, "name")
    assert "for example “Horário comercial”" in finding.message("en")
    assert "mas este acordo está em português" in finding.message("pt-BR")


def test_a_portuguese_default_in_an_english_agreement_is_found_whatever_its_case() -> None:
    data = valid_data()
    data["metrics"][0]["maintenance"][0]["name"] = "  manutenção   SEMANAL "
    finding = only(data, "default-in-other-language")
    assert finding.path == ("metrics", 0, "maintenance", 0, "name")
    assert "“Weekly maintenance”" in finding.message("en")


def test_a_metric_named_after_its_kind_in_the_other_language() -> None:
    data = valid_data_pt()
    data["metrics"][1]["name"] = texts("en")("metrics.kinds.response_time")
    finding = only(data, "default-in-other-language")
    assert finding.path == ("metrics", 1, "name")
    assert texts("pt-BR")("metrics.kinds.response_time") in finding.message("en")


def test_the_agreement_s_own_defaults_and_other_text_are_fine() -> None:
    data = valid_data_pt()
    data["calendars"][0]["name"] = "Horário comercial"
    data["reporting"]["reports"][0]["name"] = "Relatório de nível de serviço"
    assert with_code(data, "default-in-other-language") == []
    data = valid_data()
    data["calendars"][0]["name"] = "Business hours"
    assert with_code(data, "default-in-other-language") == []
