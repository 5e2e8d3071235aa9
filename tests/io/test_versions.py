"""Versions sent to the other side: the revision entry and its frozen copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sla_designer.io import SaveError, load_agreement, save_agreement
from sla_designer.io.versions import (
    copy_name,
    next_version,
    record_version,
    saved_versions,
    versions_folder,
)
from sla_designer.model import Agreement
from sla_designer.model.governance import Revision

TEMPLATE = Path(__file__).parents[2] / "templates" / "saas-availability.yaml"
DAY = dt.date(2027, 3, 1)


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Agreement, Path]:
    path = tmp_path / "contract.yaml"
    agreement = load_agreement(TEMPLATE)
    save_agreement(agreement, path)
    return agreement, path


def test_recording_writes_the_copy_and_names_it_in_the_entry(saved: tuple[Agreement, Path]) -> None:
    agreement, path = saved
    recorded = record_version(
        agreement, path, "1.0", date=DAY, author="Tom Aldridge", description="Sent to Fernhill"
    )
    entry = recorded.revisions[-1]
    assert (entry.version, entry.date, entry.author) == ("1.0", DAY, "Tom Aldridge")
    assert entry.file == "contract.versions/1.0.yaml"
    assert len(recorded.revisions) == len(agreement.revisions) + 1
    [*_, last] = saved_versions(recorded, path)
    assert last.path == path.parent / "contract.versions" / "1.0.yaml" and last.exists
    assert last.load() == recorded


def test_the_agreement_file_is_left_to_the_caller(saved: tuple[Agreement, Path]) -> None:
    agreement, path = saved
    before = path.read_bytes()
    record_version(agreement, path, "1.0", date=DAY)
    assert path.read_bytes() == before


def test_a_recorded_copy_is_never_overwritten(saved: tuple[Agreement, Path]) -> None:
    agreement, path = saved
    recorded = record_version(agreement, path, "2.0", date=DAY)
    copy = versions_folder(path) / "2.0.yaml"
    kept = copy.read_bytes()
    changed = recorded.model_copy(update={"title": "Another title"})
    with pytest.raises(SaveError, match=r"version 2\.0 was recorded already") as refusal:
        record_version(changed, path, "2.0", date=DAY)
    assert copy.read_bytes() == kept
    assert "a versão 2.0 já foi registrada" in refusal.value.text("pt-BR")


def test_an_entry_without_a_copy_gains_one(saved: tuple[Agreement, Path]) -> None:
    agreement, path = saved
    version = agreement.revisions[-1].version
    recorded = record_version(agreement, path, version, date=DAY, author="A. Kerr")
    assert len(recorded.revisions) == len(agreement.revisions)
    assert recorded.revisions[-1].file == f"contract.versions/{version}.yaml"


def test_entries_without_copies_and_unsaved_agreements_list_nothing(
    saved: tuple[Agreement, Path],
) -> None:
    agreement, path = saved
    assert saved_versions(agreement, path) == []
    recorded = record_version(agreement, path, "1.0", date=DAY)
    assert saved_versions(recorded, None) == []


def test_a_missing_copy_is_listed_as_missing(saved: tuple[Agreement, Path]) -> None:
    agreement, path = saved
    recorded = record_version(agreement, path, "1.0", date=DAY)
    (versions_folder(path) / "1.0.yaml").unlink()
    assert [v.exists for v in saved_versions(recorded, path)] == [False]


def test_the_entry_survives_a_save_and_load(saved: tuple[Agreement, Path]) -> None:
    agreement, path = saved
    recorded = record_version(agreement, path, "1.0", date=DAY)
    save_agreement(recorded, path)
    assert load_agreement(path) == recorded
    assert "file:" not in path.read_text().split("version: '1.0'")[0]


@pytest.mark.parametrize(
    ("version", "name"),
    [("1.2", "1.2.yaml"), ("v2 final", "v2-final.yaml"), ("../x", "x.yaml"), ("", "version.yaml")],
)
def test_copy_names_stay_in_the_folder(version: str, name: str) -> None:
    assert copy_name(version) == name


@pytest.mark.parametrize(
    ("last", "following"),
    [
        ("0.2", "0.3"),
        ("1.9", "1.10"),
        ("v2", "v3"),
        ("3 (draft)", "4 (draft)"),
        ("draft", "draft.1"),
        ("2b", "3b"),
    ],
)
def test_the_next_version_follows_the_last(last: str, following: str) -> None:
    agreement = Agreement(
        title="T",
        revisions=[Revision(version=last, date=DAY)],  # type: ignore[call-arg]
    )
    assert next_version(agreement) == following


def test_the_first_version_is_one() -> None:
    assert next_version(load_agreement(TEMPLATE).model_copy(update={"revisions": []})) == "1.0"
