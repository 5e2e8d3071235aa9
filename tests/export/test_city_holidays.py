"""The municipal holidays the contract states are the ones the numbers count: the Brazilian
templates name a municipality, list its holidays as days of every year (no year), and the
calculators close those days in every year of the term."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest
from lxml import etree

from sla_designer.calc.business_time import business_calendar, due_at
from sla_designer.export import build_docx
from sla_designer.export.formatting import Formats
from sla_designer.export.wording import load_wording
from sla_designer.model import Agreement, Calendar
from tests.export.reviewed import LANGUAGES, PAIRS, agreement_of, template_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BRAZILIAN = {
    "it-service-desk": ("Belo Horizonte", {(8, 15), (12, 8)}),
    "contact-centre": ("Campinas", {(12, 8)}),
}


def city_calendars(agreement: Agreement) -> list[tuple[int, int, Calendar]]:
    return [
        (i, j, calendar)
        for i, calendar in enumerate(agreement.calendars)
        for j, rule in enumerate(calendar.holidays)
        if rule.city.strip()
    ]


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_named_municipality_has_its_holidays_listed_and_stated(name: str, language: str) -> None:
    """Every template: the numbers count what the contract names, stated without a year."""
    agreement = agreement_of(name)
    text = template_text(name, language)
    f = Formats(load_wording(language))
    for _, j, calendar in city_calendars(agreement):
        rule = calendar.holidays[j]
        assert rule.city_holidays, (name, calendar.id)
        ordered = sorted((h.month, h.day) for h in rule.city_holidays)
        listed = f.join([f.annual_date(*day) for day in ordered])
        assert f"{rule.city.strip()} ({listed}" in text
        for day in ordered:
            # A rule for every year: the day never carries a year.
            said = re.escape(f.annual_date(*day))
            assert not re.search(said + r",? (de )?\d{4}", text), day


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", sorted(BRAZILIAN))
def test_the_brazilian_templates_numbers_and_document_agree(name: str, language: str) -> None:
    city, expected = BRAZILIAN[name]
    agreement = agreement_of(name)
    found = city_calendars(agreement)
    assert found
    text = template_text(name, language)
    f = Formats(load_wording(language))
    for _, j, calendar in found:
        rule = calendar.holidays[j]
        assert rule.city == city
        assert {(h.month, h.day) for h in rule.city_holidays} == expected
        said = f.join([f.annual_date(*day) for day in sorted(expected)])
        assert f"{city} ({said}" in text
        prepared = business_calendar(calendar)
        assert agreement.effective_date is not None
        for year in range(agreement.effective_date.year, agreement.effective_date.year + 3):
            for month, day in expected:
                holiday = dt.date(year, month, day)
                assert not prepared.is_business_day(holiday)
                if holiday.weekday() < 5:
                    # A business hour from the close of the day before ends after the holiday.
                    before = holiday - dt.timedelta(days=1)
                    while not prepared.is_business_day(before):
                        before -= dt.timedelta(days=1)
                    hours = prepared.day_hours(before)
                    assert hours is not None
                    zone = prepared.zone
                    closing = dt.datetime.fromtimestamp(hours[1] / 1_000_000, zone)
                    due = due_at(calendar, closing, dt.timedelta(hours=1))
                    assert due.date() > holiday


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_day_is_tagged_with_its_place_in_the_model(language: str) -> None:
    agreement = agreement_of("it-service-desk").model_copy(update={"language": language})
    with zipfile.ZipFile(io.BytesIO(build_docx(agreement))) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    tagged = {
        sdt.find(f"{{{W}}}sdtPr/{{{W}}}tag").get(f"{{{W}}}val"): "".join(
            sdt.xpath(".//w:t/text()", namespaces={"w": W})
        )
        for sdt in body.iter(f"{{{W}}}sdt")
    }
    f = Formats(load_wording(language))
    for k, holiday in enumerate(agreement.calendars[0].holidays[0].city_holidays):
        tag = next(t for t in tagged if t.endswith(f"city_holidays[{k}]"))
        assert tagged[tag] == f.annual_date(holiday.month, holiday.day)
