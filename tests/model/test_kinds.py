"""Each kind of metric is described once, and the description agrees with the model and texts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from sla_designer.model import KINDS, METRIC_KINDS, Metric, MetricKind, describe
from sla_designer.model.comparisons import COMPARISONS
from sla_designer.model.metrics import METRIC_CLASSES, MetricBase
from sla_designer.text import LANGUAGES, texts
from sla_designer.text.values import Term, render

NUMBERS = ("int", "decimal", "percent")
BASE = {"id": "m1", "name": "Metric"}


def _limited() -> list[tuple[str, str]]:
    return [
        (kind, field.name)
        for kind, described in KINDS.items()
        for field in described.fields
        if field.editor in NUMBERS
    ]


def _new(described: MetricKind, language: str = "en", **values: Any) -> MetricBase:
    defaults = {
        name: render(value, language) if isinstance(value, Term) else value
        for name, value in described.defaults.items()
    }
    return described.model.model_validate({**BASE, **defaults, **values})


def test_every_model_kind_has_a_description_and_every_description_a_model_kind() -> None:
    assert list(KINDS) == list(METRIC_KINDS)
    for kind, described in KINDS.items():
        assert described.kind == kind
        assert described.model in METRIC_CLASSES
        assert described.model.model_fields["kind"].default == kind


def test_a_metric_is_described_by_its_kind() -> None:
    for kind, described in KINDS.items():
        metric = _new(described)
        assert describe(metric) is described is describe(kind)


def test_the_description_covers_every_field_of_its_kind() -> None:
    """The editor shows every field a kind adds to the common ones, and nothing else."""
    common = set(MetricBase.model_fields)
    for described in KINDS.values():
        own = set(described.model.model_fields) - common
        shown = {field.path[0] for field in described.fields} | set(described.lists)
        assert shown == own, described.kind


def test_described_fields_exist_with_their_values_and_labels() -> None:
    for language in LANGUAGES:
        words = texts(language).section("metrics")
        for described in KINDS.values():
            assert words.has(f"kinds.{described.kind}")
            for field in described.fields:
                assert words.has(f"fields.{field.label}"), field
                assert not field.hint or words.has(f"hints.{field.hint}"), field
                if field.editor == "choice":
                    labelled = set(words.raw(field.choices))
                    assert labelled == set(described.values(field.name)), field


@pytest.mark.parametrize(("kind", "name"), _limited())
def test_every_number_field_has_the_model_s_limits(kind: str, name: str) -> None:
    low, high = KINDS[kind].limits(name)
    assert low is not None and high is not None and low < high


@pytest.mark.parametrize(("kind", "name"), _limited())
def test_the_model_takes_the_limits_and_refuses_what_lies_beyond(kind: str, name: str) -> None:
    described = KINDS[kind]
    low, high = described.limits(name)
    assert low is not None and high is not None
    step = Decimal(1) if described.field_named(name).editor == "int" else Decimal("0.001")
    for inside in (low, high):
        assert getattr(_new(described, **{name: inside}), name) == inside
    for outside in (low - step, high + step):
        with pytest.raises(ValidationError) as raised:
            _new(described, **{name: outside})
        (problem,) = raised.value.errors()
        assert problem["loc"] == (name,)
        assert problem["type"] in ("greater_than_equal", "less_than_equal")


def test_a_file_value_outside_the_scale_s_limits_is_refused_in_one_line() -> None:
    from sla_designer.io import LoadError, loads_agreement

    text = (
        "format_version: 3\n"
        "title: Support\n"
        "metrics:\n"
        "  - kind: satisfaction\n"
        "    id: csat\n"
        "    name: CSAT\n"
        "    objective: 4\n"
        "    scale_max: 5000\n"
    )
    with pytest.raises(LoadError) as raised:
        loads_agreement(text)
    message = str(raised.value)
    assert "scale_max" in message and "1000" in message
    assert len(message.strip().splitlines()) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_new_metric_of_every_kind_is_valid(language: str) -> None:
    for described in KINDS.values():
        metric = _new(described, language)
        assert isinstance(metric, BaseModel)
        for name, value in described.defaults.items():
            if isinstance(value, Term):
                assert getattr(metric, name) == texts(language)(value.key)


def test_the_clause_of_every_kind_is_in_both_languages() -> None:
    """A kind with a compared objective has a sentence for every comparison (one against its
    direction is written in a draft as the file states it); targets have one sentence."""
    for language in LANGUAGES:
        objectives = texts(language).section("clauses.objectives")
        for described in KINDS.values():
            if described.compared:
                sentences = objectives.raw(described.clause)
                assert set(sentences) == set(COMPARISONS), (language, described.kind)
            else:
                assert isinstance(objectives.raw(described.clause), str)


def test_units_and_direction() -> None:
    assert [k for k, d in KINDS.items() if d.direction == "lower_is_better"] == [
        "average_speed_of_answer",
        "abandonment_rate",
    ]
    custom = _new(KINDS["custom"], unit="tickets", direction="lower_is_better")
    assert not describe(custom).higher_is_better(custom)
    assert describe(custom).unit_of(custom) == "tickets"
    score = _new(KINDS["satisfaction"], scale_min=0, scale_max=10)
    assert describe(score).scale_of(score) == (0, 10)
    assert KINDS["availability"].scale_of(_new(KINDS["availability"])) is None
    for described in KINDS.values():
        assert (described.scale is not None) == (described.measured == "score")
        assert bool(described.own_unit) == (described.measured == "custom")


def test_the_metric_union_and_the_description_list_the_same_classes() -> None:
    from typing import get_args

    union = get_args(get_args(Metric)[0])
    assert {d.model for d in KINDS.values()} == set(union)
