"""The standard clauses in the contract: each template holds the ones that fit it, each once, in
both languages; each clause can be switched off or reworded; internal agreements hold only those
that fit; values are tagged with their model paths; the measurement-disputes clause can be cited."""

from __future__ import annotations

import re

import pytest

from sla_designer.export.builder import ExportError
from sla_designer.export.contract import write_contract
from sla_designer.export.html_target import HtmlTarget
from sla_designer.export.preview import preview_html
from sla_designer.export.standard_clauses import MEASUREMENT_KEY, holds_measurement_disputes
from sla_designer.export.wording import load_wording
from sla_designer.model import Agreement
from sla_designer.model.standard_clauses import CLAUSE_NAMES, NoticeAddress
from tests.export.reviewed import LANGUAGES, PAIRS, agreement_of, template_text, text_of

# The lead-in of each clause in the general provisions, and what the others begin with.
IN_GENERAL = [
    "measurement_disputes",
    "notices",
    "confidentiality",
    "force_majeure",
    "data_protection",
    "signature",
    "no_waiver",
    "anticorruption",
]


def title(name: str, language: str) -> str:
    """What shows the clause is there: its title in General provisions; the interpretation
    clause, the last of the definitions chapter, has none, so one of its rules."""
    if name == "interpretation":
        return str(load_wording(language)("interpretation.headings"))
    return str(load_wording(language)(f"standard.titles.{name}"))


def heading(language: str) -> str:
    return str(load_wording(language)("standard.heading"))


def nature(language: str) -> str:
    return str(load_wording(language)("standard.credit_nature.heading"))


def expected(agreement: Agreement) -> set[str]:
    """The standard clauses an agreement's contract holds, from its facts."""
    if agreement.internal:
        held = {"measurement_disputes", "confidentiality"}
    else:
        held = set(IN_GENERAL) - {"data_protection"}
        if agreement.clauses.data_protection.processes_personal_data:
            held.add("data_protection")
        if agreement.remedies.credit_schedules:
            held.add("credit_nature")
    if agreement.master_agreement:
        held.add("precedence")
    return held | {"interpretation"}


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_template_holds_its_standard_clauses_once(name: str, language: str) -> None:
    agreement = agreement_of(name)
    text = template_text(name, language)
    held = expected(agreement)
    for clause in CLAUSE_NAMES:
        shown = nature(language) if clause == "credit_nature" else title(clause, language)
        assert text.count(shown) == (1 if clause in held else 0), (clause, shown)
    assert text.count(heading(language).upper()) + text.count(heading(language)) == 1
    # The precedence clause moved out of the term clause: said once, not twice.
    master = {"en": "This Agreement forms part of", "pt-BR": "é parte integrante do"}[language]
    assert text.count(master) == (1 if agreement.master_agreement else 0)


def test_templates_name_the_right_laws() -> None:
    assert "UK GDPR" in template_text("saas-availability", "en")
    managed = template_text("managed-services", "en")
    assert "(HIPAA)" in managed and "business associate agreement" in managed
    assert "GDPR" not in managed
    for name in ("contact-centre", "it-service-desk"):
        assert "Lei nº 13.709/2018" in template_text(name, "pt-BR")
        assert "Law No. 13,709/2018" in template_text(name, "en")
    assert "personal data" not in template_text("supplier-ola", "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_brazilian_and_english_forms(language: str) -> None:
    text = template_text("contact-centre", language)
    if language == "pt-BR":
        assert "Não têm natureza de cláusula penal" in text
        assert "arts. 412, 413 e 416 do Código Civil" in text
        assert "Medida Provisória nº 2.200-2/2001" in text and "ICP-Brasil" in text
        assert "não importará novação" in text
        assert "Lei nº 12.846/2013" in text
        assert "penalty" not in text
    else:
        assert "They are not a penalty" in text
        assert "counterparts" in text


def _with(name: str, change: dict[str, object], clause: str) -> Agreement:
    agreement = agreement_of(name)
    target = getattr(agreement.clauses, clause)
    for field, value in change.items():
        setattr(target, field, value)
    return agreement


def _template_for(clause: str) -> str:
    # A template that holds the clause: personal data, credits and a master agreement.
    return "managed-services" if clause != "data_protection" else "saas-availability"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("clause", CLAUSE_NAMES)
def test_each_clause_can_be_switched_off(clause: str, language: str) -> None:
    name = _template_for(clause)
    shown = nature(language) if clause == "credit_nature" else title(clause, language)
    assert shown in template_text(name, language)
    text = text_of(_with(name, {"enabled": False}, clause), language)
    assert shown not in text
    for other in set(IN_GENERAL) - {clause}:
        assert title(other, language) in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("clause", CLAUSE_NAMES)
def test_each_clause_can_be_reworded(clause: str, language: str) -> None:
    name = _template_for(clause)
    own = f"Own words for {clause}, as negotiated."
    agreement = _with(name, {"text": own}, clause)
    html = preview_html(agreement, language=language)
    text = text_of(agreement, language)
    assert text.count(own) == 1
    # The own words replace the generated ones, tagged with their model path.
    assert f"clauses.{clause}.text" in html
    generated = {
        "interpretation": "interpretation.headings",
        "precedence": "standard.precedence.term",
        "credit_nature": "standard.credit_nature.after_termination",
        "measurement_disputes": "standard.measurement.costs.shared",
        "notices": "standard.notices.received.letter",
        "confidentiality": "standard.confidentiality.master",
        "force_majeure": "standard.force_majeure.master",
        "data_protection": "standard.data_protection.text",
        "signature": "standard.signature.text",
        "no_waiver": "standard.no_waiver.text",
        "anticorruption": "standard.anticorruption.text",
    }[clause]
    wording = load_wording(language)
    sentence = re.split(r"\{", str(wording.raw(generated)))[0].strip()
    assert sentence in template_text(name, language)
    assert sentence not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_internal_agreements_hold_only_what_fits(language: str) -> None:
    text = template_text("internal-departments", language)
    for clause in ("notices", "force_majeure", "signature", "no_waiver", "anticorruption"):
        assert title(clause, language) not in text
    internal = str(load_wording(language)("standard.confidentiality.internal"))
    assert internal in text
    assert "independent expert" not in text and "perito" not in text


def test_notice_addresses_named_in_the_clause_replace_the_parties_own() -> None:
    agreement = agreement_of("saas-availability")
    customer = agreement.parties[1]
    agreement.clauses.notices.addresses = [
        NoticeAddress(party=customer.id, attention="General Counsel", email="legal@hf.example")
    ]
    html = preview_html(agreement)
    text = text_of(agreement)
    assert "General Counsel; legal@hf.example" in text
    assert "clauses.notices.addresses[0].email" in html
    # The provider, naming none, keeps its address and first contact's e-mail.
    assert agreement.parties[0].contacts[0].email in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_values_are_tagged_with_their_model_paths(language: str) -> None:
    html = preview_html(agreement_of("managed-services"), language=language)
    for path in (
        "clauses.measurement_disputes.expert_days",
        "master_agreement",
        "parties[1].address",
    ):
        assert path in html


@pytest.mark.parametrize(
    ("change", "english"),
    [
        ({"costs": "losing_party"}, "borne by the party whose position the expert does not uphold"),
        ({"expert": False}, None),
        ({"monitoring_gap": "counted"}, "is counted against the service level, unless"),
        ({"monitoring_gap": "not_counted"}, "The time it was not working is not counted"),
        ({"expert_days": 1}, "within 1 day after"),
    ],
)
def test_the_facts_of_measurement_disputes_change_the_text(
    change: dict[str, object], english: str | None
) -> None:
    text = text_of(_with("saas-availability", change, "measurement_disputes"))
    if english is None:
        assert "independent expert" not in text
    else:
        assert english in text


def test_credits_count_towards_the_cap_or_not() -> None:
    counted = template_text("saas-availability", "en")
    assert "Service Credits count towards the limit of liability" in counted
    text = text_of(
        _with("saas-availability", {"counts_towards_liability_cap": False}, "credit_nature")
    )
    assert "do not count towards, and are not limited by" in text


def _citing(agreement: Agreement) -> str:
    """The contract with one more clause citing the measurement-disputes clause (finishing
    fails when the document does not hold it)."""
    target = HtmlTarget()
    write_contract(agreement, target)
    target.clause(["See ", *target.cite(MEASUREMENT_KEY), "."])
    return target.finish()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_measurement_disputes_clause_can_be_cited(language: str) -> None:
    agreement = agreement_of("saas-availability").model_copy(update={"language": language})
    word = {"en": "clause", "pt-BR": "cláusula"}[language]
    assert re.search(rf"See .*{word}.*11\.1", _citing(agreement))
    agreement.clauses.measurement_disputes.text = "Our own dispute rule."
    assert re.search(rf"See .*{word}.*11\.1", _citing(agreement))
    assert holds_measurement_disputes(agreement)
    agreement.clauses.measurement_disputes.enabled = False
    assert not holds_measurement_disputes(agreement)
    with pytest.raises(ExportError):
        _citing(agreement)


def test_without_service_levels_there_is_no_measurement_to_dispute() -> None:
    agreement = agreement_of("saas-availability")
    agreement.metrics = []
    assert not holds_measurement_disputes(agreement)
    assert title("measurement_disputes", "en") not in text_of(agreement)
