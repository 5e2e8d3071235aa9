"""Older format versions are migrated on load; the result saves in the current format."""

from __future__ import annotations

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
