"""A reviewer's text in a value's content control, read back in the contract's language
(review/values.py): every form the export writes reads back as the value it was written from;
a text that says no value, or one only by guessing, or one the model refuses, is refused with
the reason."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal
from functools import cache

import pytest
from lxml import etree

from sla_designer.export import build_docx
from sla_designer.model import Agreement, BusinessDays, ClockDuration, Money
from sla_designer.model.paths import resolve
from sla_designer.model.tags import resolve_tag
from sla_designer.model.units import WrittenDuration
from sla_designer.review import values
from sla_designer.review.values import read_value, shape_of
from sla_designer.text.values import Problem
from tests.export.reviewed import TEMPLATES, agreement_of

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
STYLES = [("en", "british"), ("en", "american"), ("pt-BR", "british")]

COMPOSITE = {
    "escalation[].contacts[]",
    "metrics[].maintenance[]",
    "remedies.credit_schedules[].tiers[]",
    "remedies.credit_schedules[].downtime_bands[]",
    "remedies.credit_schedules[].linear",
}
"""The controls whose text is written from several fields: read as reworded text."""


def value_controls(agreement: Agreement) -> list[tuple[str, str]]:
    """(tag, text) of every value control of the agreement's Word export (alias == tag)."""
    with zipfile.ZipFile(io.BytesIO(build_docx(agreement))) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    found = []
    for sdt in body.iter(f"{{{W}}}sdt"):
        tag = sdt.find("w:sdtPr/w:tag", NS).get(f"{{{W}}}val")
        alias = sdt.find("w:sdtPr/w:alias", NS)
        if alias is None or alias.get(f"{{{W}}}val") != tag:
            continue
        text = "".join(
            node.text or ""
            if node.tag == f"{{{W}}}t"
            else "\n"
            if node.tag == f"{{{W}}}br"
            else "\t"
            for node in sdt.iter(f"{{{W}}}t", f"{{{W}}}br", f"{{{W}}}tab")
        )
        found.append((tag, text))
    return found


@cache
def styled(name: str, language: str, style: str) -> Agreement:
    return agreement_of(name).model_copy(update={"language": language, "date_style": style})


@pytest.mark.parametrize("style", STYLES, ids="-".join)
@pytest.mark.parametrize("name", TEMPLATES)
def test_every_value_control_reads_back_as_its_value(name: str, style: tuple[str, str]) -> None:
    agreement = styled(name, *style)
    controls = value_controls(agreement)
    assert controls
    wrong = []
    for tag, text in controls:
        path = resolve_tag(agreement, tag)
        if shape_of(path) in COMPOSITE:
            with pytest.raises(Problem) as refused:
                read_value(agreement, path, text)
            assert refused.value.key == "files.review.not_single", tag
            continue
        try:
            value = read_value(agreement, path, text)
        except ValueError as error:
            wrong.append((tag, text, str(error)))
            continue
        if value != resolve(agreement, path):
            wrong.append((tag, text, value, resolve(agreement, path)))
    assert not wrong, wrong


def test_the_composite_controls_are_those_declared_and_are_exported() -> None:
    assert values.COMPOSITE == COMPOSITE
    shapes = {
        shape_of(resolve_tag(agreement, tag))
        for name in TEMPLATES
        for agreement in [styled(name, "en", "british")]
        for tag, _ in value_controls(agreement)
    }
    assert shapes >= COMPOSITE
    assert len(shapes) > 90  # every kind of value the export writes is read back above


def _first(agreement: Agreement, shape: str) -> tuple[str | int, ...]:
    for tag, _ in value_controls(agreement):
        path = resolve_tag(agreement, tag)
        if shape_of(path) == shape:
            return path
    raise AssertionError(f"no control {shape}")


def pt(name: str = "saas-availability") -> Agreement:
    return styled(name, "pt-BR", "british")


def en(name: str = "saas-availability", style: str = "british") -> Agreement:
    return styled(name, "en", style)


def test_a_changed_percentage_in_portuguese() -> None:
    agreement = pt()
    path = ("metrics", 0, "objective")
    assert resolve(agreement, path) == Decimal("99.9")
    assert read_value(agreement, path, "99,95 %") == Decimal("99.95")
    assert read_value(agreement, path, " 99,95\u00a0% ") == Decimal("99.95")
    assert read_value(en(), path, "99.95%") == Decimal("99.95")


def test_money_in_each_language() -> None:
    agreement = pt()
    path = ("remedies", "minimum_credit")
    assert read_value(agreement, path, "£ 1.234,56") == Money(
        amount=Decimal("1234.56"), currency="GBP"
    )
    assert read_value(agreement, path, "R$ 1.234,56") == Money(
        amount=Decimal("1234.56"), currency="BRL"
    )
    assert read_value(en(), path, "£25,000.00") == Money(amount=Decimal("25000.00"), currency="GBP")


def test_durations_and_time_targets() -> None:
    agreement = pt("it-service-desk")
    path = _first(agreement, "metrics[].targets[].target")
    assert read_value(agreement, path, "4 horas úteis") == ClockDuration(
        WrittenDuration(4 * 3600, "h"), "business"
    )
    assert read_value(agreement, path, "2 Dias Úteis") == BusinessDays(2)
    assert read_value(agreement, path, "15 minutos corridos") == ClockDuration(
        WrittenDuration(15 * 60, "m"), "calendar"
    )
    english = en("it-service-desk")
    assert read_value(english, path, "8 Business Hours") == ClockDuration(
        WrittenDuration(8 * 3600, "h"), "business"
    )
    assert read_value(english, path, "1 hour and 30 minutes of Business Hours") == ClockDuration(
        WrittenDuration(90 * 60, "h"), "business"
    )
    after = _first(english, "escalation[].after")
    assert read_value(english, after, "30 minutes") == WrittenDuration(30 * 60, "m")
    assert read_value(english, after, "1 hour and 30 minutes") == WrittenDuration(90 * 60, "h")


def test_dates_in_each_language_and_style() -> None:
    march = dt.date(2027, 3, 1)
    assert read_value(pt(), ("effective_date",), "1º de março de 2027") == march
    assert read_value(en(), ("effective_date",), "1 March 2027") == march
    assert read_value(en(style="american"), ("effective_date",), "March 1, 2027") == march
    with pytest.raises(Problem) as refused:
        read_value(en(), ("effective_date",), "01/03/2027")
    assert refused.value.key == "files.review.not_a_date"
    assert "1 March 2027" in str(refused.value)


def test_words_of_a_choice_read_back_as_the_choice() -> None:
    assert read_value(pt(), ("status",), "Minuta") == "draft"
    assert read_value(pt(), ("status",), "Assinado") == "signed"
    assert read_value(en(), ("status",), "signed") == "signed"
    with pytest.raises(Problem) as refused:
        read_value(en(), ("status",), "Nearly done")
    assert refused.value.key == "files.review.not_a_choice"
    assert "'Draft'" in str(refused.value)


def test_free_text_is_kept_as_typed_without_surrounding_spaces() -> None:
    assert read_value(en(), ("title",), "  New title  ") == "New title"


def test_an_ambiguous_number_in_english_is_refused_with_the_reason() -> None:
    with pytest.raises(Problem) as refused:
        read_value(en(), ("term", "months"), "25.000")
    assert refused.value.key == "values.number_ambiguous"
    assert "25,000" in str(refused.value)
    # In Portuguese the same text is twenty-five thousand: the model then says its limit.
    with pytest.raises(Problem) as refused:
        read_value(pt(), ("term", "months"), "25.000")
    assert refused.value.key == "files.review.refused"
    assert "1200" in str(refused.value)
    fee = _first(pt(), "service.services[].monthly_fee")
    assert read_value(pt(), fee, "£ 25.000").amount == 25000
    with pytest.raises(Problem) as refused:
        read_value(en(), fee, "£25.000")
    assert refused.value.key == "values.number_ambiguous"


def test_garbage_is_refused() -> None:
    for path in [("metrics", 0, "objective"), ("term", "months"), ("effective_date",)]:
        with pytest.raises(Problem):
            read_value(pt(), path, "muito em breve")


def test_a_value_the_model_refuses_is_refused_with_its_reason() -> None:
    with pytest.raises(Problem) as refused:
        read_value(en(), ("metrics", 0, "objective"), "150 %")
    assert refused.value.key == "files.review.refused"
    assert "100" in refused.value.text("en")
    assert "100" in refused.value.text("pt-BR")
    assert "mantido" in refused.value.text("pt-BR")


def test_a_composite_control_is_not_a_single_value() -> None:
    agreement = pt()
    path = _first(agreement, "remedies.credit_schedules[].tiers[]")
    with pytest.raises(Problem) as refused:
        read_value(agreement, path, "inferior a 99,9 %")
    assert refused.value.key == "files.review.not_single"


def test_reading_never_changes_the_agreement() -> None:
    agreement = agreement_of("saas-availability")
    before = agreement.model_dump()
    read_value(agreement, ("metrics", 0, "objective"), "99.5 %")
    assert agreement.model_dump() == before
