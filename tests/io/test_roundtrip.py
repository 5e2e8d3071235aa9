"""The YAML file format round-trips every agreement exactly, and writes it deterministically."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from pydantic import BaseModel

from sla_designer.io import (
    FORMAT_VERSION,
    SCHEMA_URL,
    dumps_agreement,
    load_agreement,
    loads_agreement,
    save_agreement,
)
from sla_designer.model import METRIC_KINDS, Agreement, ResolutionTimeMetric, Signing, TimeTarget
from tests.strategies import AWKWARD_TEXT, METRIC_STRATEGIES, agreements

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""yaml.safe_load's loader, the C one where available (the suite runs often)."""

HEADER = f"# yaml-language-server: $schema={SCHEMA_URL}\n"

ROUNDTRIP = settings(max_examples=150, deadline=None)


@ROUNDTRIP
@given(agreements())
def test_text_and_file_round_trip_exactly(agreement: Agreement) -> None:
    text = dumps_agreement(agreement)
    assert loads_agreement(text) == agreement
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "agreement.sla.yaml"
        save_agreement(agreement, path)
        assert path.read_text(encoding="utf-8") == text
        assert load_agreement(path) == agreement


@ROUNDTRIP
@given(agreements())
def test_dumping_is_deterministic_and_follows_the_model(agreement: Agreement) -> None:
    text = dumps_agreement(agreement)
    assert dumps_agreement(agreement) == text
    assert dumps_agreement(agreement.model_copy(deep=True)) == text
    assert text.startswith(HEADER)
    assert text[len(HEADER) :].startswith(f"format_version: {FORMAT_VERSION}\n")
    data = yaml.load(text, Loader=SAFE_LOADER)
    assert next(iter(data)) == "format_version"
    del data["format_version"]
    _assert_written_in_model_order(agreement, data, ())


def _assert_written_in_model_order(model: BaseModel, data: Any, path: tuple) -> None:
    """Every mapping holds the model's fields that are set, in the order the model declares."""
    assert isinstance(data, dict), path
    present = [name for name in type(model).model_fields if getattr(model, name) is not None]
    assert list(data) == present, path
    for name in present:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            _assert_written_in_model_order(value, data[name], (*path, name))
        elif isinstance(value, list):
            assert isinstance(data[name], list), (*path, name)
            assert len(data[name]) == len(value), (*path, name)
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    _assert_written_in_model_order(item, data[name][index], (*path, name, index))


def test_every_metric_kind_has_a_strategy() -> None:
    assert set(METRIC_STRATEGIES) == set(METRIC_KINDS)


@pytest.mark.parametrize("text", AWKWARD_TEXT, ids=repr)
def test_awkward_text_round_trips(text: str) -> None:
    """Each awkward text, alone, in a trimmed label, a free text and a list of texts."""
    agreement = Agreement(
        title=text,
        reference=text,
        notes=text,
        service={"scope": [text, text]},
        definitions=[{"term": text, "meaning": text}],
    )
    assert loads_agreement(dumps_agreement(agreement)) == agreement


def test_repeated_values_are_written_out() -> None:
    """Equal values in several places (here the default attainment, shared by two targets, and
    one date object used twice) are written in full: the format has no anchors or aliases."""
    day = dt.date(2025, 1, 31)
    agreement = Agreement(
        title="Support",
        effective_date=day,
        signing=Signing(date=day),
        metrics=[
            ResolutionTimeMetric(
                id="resolution",
                name="Resolution",
                targets=[
                    TimeTarget(priority="P1", target="4h business"),
                    TimeTarget(priority="P2", target="2d calendar"),
                ],
            )
        ],
    )
    text = dumps_agreement(agreement)
    assert "&" not in text
    assert "*" not in text
    assert loads_agreement(text) == agreement
