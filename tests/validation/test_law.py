"""Governing law and forum: a Portuguese contract elects a comarca, an English one states its
law; an internal agreement has neither."""

from __future__ import annotations

import pytest

from sla_designer.model.law import comarca, is_brazilian_law
from tests.validation.builders import only, valid_data, valid_data_pt, with_code

CODES = ("forum-missing", "governing-law-missing", "forum-not-comarca")


def _codes(data: dict[str, object]) -> list[str]:
    return [code for code in CODES for _ in with_code(data, code)]


def test_complete_contracts_have_no_law_findings() -> None:
    assert _codes(valid_data()) == []
    assert _codes(valid_data_pt()) == []


def test_a_portuguese_contract_needs_a_comarca() -> None:
    data = valid_data_pt()
    data["forum"] = ""
    finding = only(data, "forum-missing")
    assert (finding.severity, finding.path) == ("warning", ("forum",))
    assert "Cidade/UF" in finding.message("pt-BR")


@pytest.mark.parametrize("forum", ["England and Wales", "Paris", "Comarca de Lisboa/LX"])
def test_a_portuguese_forum_that_is_not_a_brazilian_comarca_is_flagged(forum: str) -> None:
    data = valid_data_pt()
    data["forum"] = forum
    finding = only(data, "forum-not-comarca")
    assert finding.path == ("forum",)
    assert forum in finding.message("pt-BR") and forum in finding.message("en")


@pytest.mark.parametrize(
    "forum", ["Comarca de Belo Horizonte/MG", "Foro da Comarca de Campinas/SP", "São Paulo/SP"]
)
def test_a_comarca_is_recognised_in_its_usual_forms(forum: str) -> None:
    data = valid_data_pt()
    data["forum"] = forum
    assert _codes(data) == []


def test_an_english_contract_needs_a_governing_law() -> None:
    data = valid_data()
    data["governing_law"] = ""
    finding = only(data, "governing-law-missing")
    assert (finding.severity, finding.path) == ("warning", ("governing_law",))
    # A forum is not a law: the courts of a place do not say which law governs.
    assert data["forum"] == "England and Wales"
    # English has no comarca rule, and a Portuguese contract needs no stated law.
    data["forum"] = "Paris"
    assert with_code(data, "forum-not-comarca") == []
    assert with_code(valid_data_pt(), "governing-law-missing") == []


def test_an_internal_agreement_is_asked_for_neither() -> None:
    for data in (valid_data(), valid_data_pt()):
        data["kind"] = "internal_sla"
        data["governing_law"] = data["forum"] = ""
        assert _codes(data) == []


def test_comarca_and_brazilian_law_forms() -> None:
    assert comarca("Foro da Comarca de São José dos Campos / sp") == "São José dos Campos/SP"
    assert comarca("England and Wales") is None
    assert comarca("Comarca de Paris/FR") is None
    assert is_brazilian_law("leis da República Federativa do Brasil")
    assert is_brazilian_law("Brasil") and is_brazilian_law("Brazilian law")
    assert not is_brazilian_law("England and Wales") and not is_brazilian_law("")
