"""Older format versions are migrated on load; the result saves in the current format."""

from __future__ import annotations

from pathlib import Path

from sla_designer.io import FORMAT_VERSION, dumps_agreement, load_document

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
