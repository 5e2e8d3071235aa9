"""Older format versions are migrated on load; the result saves in the current format."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from sla_designer.io import (
    FORMAT_VERSION,
    LoadError,
    dumps_agreement,
    load_document,
    loads_document,
)

FORMAT_1 = """\
format_version: 1
document:
  title: Service desk agreement
  reference: SD-7
  language: en
parties:
  - id: acme
    role: provider
    name: Provider Ltd
metrics:
  - kind: resolution_time
    id: fix
    name: Resolution
    targets:
      - priority: p1
        duration: 4h
        clock: business
      - priority: p2
        duration: 2d
"""


def test_format_1_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.yaml"
    path.write_text(FORMAT_1, encoding="utf-8")
    document = load_document(path)
    agreement = document.agreement
    assert document.format_version == 1
    assert agreement.title == "Service desk agreement"
    assert agreement.reference == "SD-7"
    assert agreement.parties[0].legal_name == "Provider Ltd"
    targets = agreement.metrics[0].targets  # type: ignore[union-attr]
    assert [str(t.target) for t in targets] == ["4h business", "2d calendar"]
    assert f"format_version: {FORMAT_VERSION}\n" in dumps_agreement(agreement)


FORMAT_2 = """\
format_version: 2
title: Field service
calendars:
  - id: office
    name: Office
    timezone: Europe/Amsterdam
    hours:
      - days: [mon, tue, wed, thu, fri]
        start: "08:00"
        end: "17:00"
metrics:
  - kind: resolution_time
    id: fix
    name: Fix
    calendar: office
    targets:
      - priority: p1
        target: 1d business
      - priority: p2
        target: 1d 2h30m business
      - priority: p3
        target: 2d calendar
      - priority: p4
        target: 45h business
"""


def test_format_2_business_days_of_24_hours_keep_their_meaning() -> None:
    """'1d business' of format 2 meant 24 business hours (not one business day of 9 hours)."""
    document = loads_document(FORMAT_2, "old.yaml")
    assert document.format_version == 2
    targets = document.agreement.metrics[0].targets  # type: ignore[union-attr]
    written = ["24h business", "26h30m business", "2d calendar", "45h business"]
    assert [str(t.target) for t in targets] == written
    assert [t.target.length for t in targets] == [  # type: ignore[union-attr]
        timedelta(days=1),
        timedelta(days=1, hours=2, minutes=30),
        timedelta(days=2),
        timedelta(hours=45),
    ]
    saved = dumps_agreement(document.agreement)
    assert "target: 24h business" in saved and "target: 1d business" not in saved
    # Saved in format 3 and read again, nothing moves.
    again = loads_document(saved, "new.yaml").agreement
    assert [str(t.target) for t in again.metrics[0].targets] == written  # type: ignore[union-attr]


def test_a_format_3_day_of_business_time_is_refused_with_its_line() -> None:
    text = FORMAT_2.replace("format_version: 2", "format_version: 3")
    with pytest.raises(LoadError) as caught:
        loads_document(text, "new.yaml")
    assert caught.value.line == 18
    assert "24h business" in str(caught.value) and "1 business day" in str(caught.value)


def test_errors_in_a_migrated_file_point_at_the_old_lines(tmp_path: Path) -> None:
    path = tmp_path / "old.yaml"
    path.write_text(FORMAT_1.replace("  language: en", "  language: fr"), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_document(path)
    assert (caught.value.line, caught.value.column, caught.value.path) == (5, 3, ("language",))


@pytest.mark.parametrize(
    "broken", ["parties: 5\n", "metrics:\n  - kind: resolution_time\n    targets: 5\n"]
)
def test_malformed_old_file_gets_a_located_error_not_a_crash(broken: str) -> None:
    with pytest.raises(LoadError) as caught:
        loads_document("format_version: 1\ntitle: T\n" + broken, "old.yaml")
    assert caught.value.line is not None


FORMAT_3 = """\
format_version: 3
title: Hosting
language: en
jurisdiction: {jurisdiction}
parties:
  - id: acme
    role: provider
    legal_name: Acme Ltd
"""


@pytest.mark.parametrize(
    ("jurisdiction", "law", "forum"),
    [
        # A comarca is a forum and says nothing certain about the law.
        ("Foro da Comarca de Belo Horizonte/MG", "", "Foro da Comarca de Belo Horizonte/MG"),
        # A legal system that is also a court system names both.
        ("England and Wales", "England and Wales", "England and Wales"),
        ("the courts of England and Wales", "England and Wales", "England and Wales"),
        (
            "State of New York, County of Albany",
            "the State of New York",
            "the courts located in Albany County, New York",
        ),
        # Anything else is kept as the forum, the law left for validation to ask for.
        (
            "District Court of Midden-Nederland (Utrecht), the Netherlands",
            "",
            "District Court of Midden-Nederland (Utrecht), the Netherlands",
        ),
        ("Paris", "", "Paris"),
        ('""', "", ""),
    ],
)
def test_format_3_jurisdiction_is_split_only_where_certain(
    jurisdiction: str, law: str, forum: str
) -> None:
    document = loads_document(FORMAT_3.format(jurisdiction=jurisdiction), "old.yaml")
    assert document.format_version == 3
    agreement = document.agreement
    assert (agreement.governing_law, agreement.forum) == (law, forum)
    saved = dumps_agreement(agreement)
    assert "jurisdiction" not in saved and f"format_version: {FORMAT_VERSION}\n" in saved
    again = loads_document(saved, "new.yaml").agreement
    assert (again.governing_law, again.forum) == (law, forum)


def test_errors_in_a_format_3_jurisdiction_point_at_its_old_line() -> None:
    text = FORMAT_3.format(jurisdiction="[England, Wales]")
    with pytest.raises(LoadError) as caught:
        loads_document(text, "old.yaml")
    assert (caught.value.line, caught.value.path) == (4, ("forum",))


def test_a_format_4_file_has_no_jurisdiction() -> None:
    text = FORMAT_3.format(jurisdiction="England and Wales").replace("version: 3", "version: 4")
    with pytest.raises(LoadError) as caught:
        loads_document(text, "new.yaml")
    assert caught.value.line == 4 and "jurisdiction" in str(caught.value)
