"""The reviewer's wording the agreement keeps: stored by paragraph, replaced in place, saved and
read back; files written before it existed load unchanged."""

from __future__ import annotations

import datetime as dt

import pytest
from sla_designer.resources import templates_folder

from sla_designer.io import LoadError, dumps_agreement, loads_agreement
from sla_designer.model import (
    ReviewedWording,
    with_reviewed_wording,
    without_reviewed_wording,
)
from tests.export.reviewed import agreement_of


def test_accepting_a_wording_stores_it_and_replaces_an_earlier_one_in_place() -> None:
    original = agreement_of("saas-availability")
    first = with_reviewed_wording(original, "metrics[uptime]", "Old.", "New.")
    second = with_reviewed_wording(first, None, "Cover line.", "")
    third = with_reviewed_wording(
        second, "metrics[uptime]", "Old.", "Newer.", author="Ana", accepted=dt.date(2027, 3, 1)
    )
    assert original.reviewed_wording == []  # a copy: the agreement given is left alone
    assert [(e.clause, e.generated, e.text) for e in third.reviewed_wording] == [
        ("metrics[uptime]", "Old.", "Newer."),
        (None, "Cover line.", ""),
    ]
    assert third.reviewed_wording[0].author == "Ana"
    back = without_reviewed_wording(third, "metrics[uptime]", "Old.")
    assert [e.generated for e in back.reviewed_wording] == ["Cover line."]


def test_a_wording_is_paragraphs_separated_by_a_blank_line() -> None:
    assert ReviewedWording(generated="x", text="").paragraphs() == []
    assert ReviewedWording(generated="x", text="  \n\n ").paragraphs() == []
    assert ReviewedWording(generated="x", text="One\nline two").paragraphs() == ["One\nline two"]
    assert ReviewedWording(generated="x", text="One.\n\nTwo.\n\n\n\nThree.").paragraphs() == [
        "One.",
        "Two.",
        "Three.",
    ]


def test_the_file_keeps_the_wording_and_old_files_load_without_it() -> None:
    agreement = with_reviewed_wording(
        agreement_of("it-service-desk"),
        "metrics[first-response]",
        "A sentence with “quotes”: and a colon.",
        "The reviewer's sentence.\n\nAn added paragraph,\nwith a line break.",
        author="Beatriz Lima",
        accepted=dt.date(2027, 4, 2),
    )
    agreement = with_reviewed_wording(agreement, None, "Outside every clause.", "")
    text = dumps_agreement(agreement)
    assert "reviewed_wording:" in text
    assert loads_agreement(text) == agreement
    # The starter templates were written before the field existed.
    written_before = (templates_folder() / "it-service-desk.yaml").read_text(encoding="utf-8")
    assert "reviewed_wording" not in written_before
    assert loads_agreement(written_before).reviewed_wording == []


def test_an_entry_without_the_reviewers_text_is_refused_where_it_stands() -> None:
    """A missing text would silently delete the paragraph: the file must say "" to delete."""
    text = dumps_agreement(agreement_of("it-service-desk"))
    assert "\nreviewed_wording: []\n" in text
    text = text.replace(
        "\nreviewed_wording: []\n", "\nreviewed_wording:\n- clause: parties\n  generated: x\n"
    )
    with pytest.raises(LoadError) as raised:
        loads_agreement(text)
    assert raised.value.path[:2] == ("reviewed_wording", 0)
