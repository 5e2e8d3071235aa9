"""The mapping file: what a preset cannot know about a help desk's export.

    preset: servicenow          # the export's shape (servicenow, zendesk, jsm, freshdesk)
    timezone: America/Sao_Paulo # the zone of times written without an offset
    priorities:                 # source value -> the agreement's priority id
      "1 - Critical": P1
    pauses:                     # metric id -> the source states that pause its clock
      tempo-solucao: [Awaiting User Info, Awaiting Vendor]
    states: [Waiting for deploy, Fixed]  # the workflow's own states, beyond the preset's
    stops: [Fixed]              # states, beyond the preset's, that stop a resolution clock
    columns:                    # role -> column name, where the export names it otherwise
      created: opened_at
    date_format: "%d-%m-%Y %H:%M"  # how dates without an offset are written (strptime)
    threshold: 20s              # intervals: the threshold the "within" counts were taken at
    short_abandon_threshold: 5s # intervals: the threshold short abandons were counted at

The agreement's clock rules say in words what pauses a clock; the mapping names the states.
Every key is optional; `mapping_schema()` is its JSON Schema.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from sla_designer.model.units import Duration
from sla_designer.text.values import Problem

Preset = Literal["servicenow", "zendesk", "jsm", "freshdesk"]
Role = Literal[
    "id",
    "key",
    "state",
    "priority",
    "created",
    "updated",
    "responded",
    "ticket",
    "metric",
    "type",
    "time",
    "field",
    "from",
    "to",
]
"""The columns a preset reads: a ticket's id (and Jira's issue key), state, priority, creation,
update and first response times; an event's ticket, metric, type and time; a Jira change's
field and its values before and after."""
OutageRole = Literal["start", "end", "service", "excluded", "kind", "announced"]
"""An outage list's columns (`backtest.outage_list`)."""
IntervalRole = Literal[
    "interval",
    "interval_end",
    "queue",
    "offered",
    "answered",
    "answered_within",
    "abandoned",
    "abandoned_within",
    "short_abandoned",
    "wait",
    "handle_time",
]
"""A contact centre's interval file's columns (`backtest.measure_files`)."""
if TYPE_CHECKING:
    ColumnRole = Role | OutageRole | IntervalRole
else:  # one Literal, so that the JSON Schema names the keys the columns take
    ColumnRole = Literal[get_args(Role) + get_args(OutageRole) + get_args(IntervalRole)]


class Mapping(BaseModel):
    """What a ticket export means, beyond its preset."""

    model_config = ConfigDict(extra="forbid")

    preset: Preset | None = None
    timezone: str | None = Field(
        default=None, description="IANA zone of the times written without an offset"
    )
    priorities: dict[str, str] = Field(
        default_factory=dict, description="source priority value -> agreement priority id"
    )
    pauses: dict[str, list[str]] = Field(
        default_factory=dict, description="metric id -> source states that pause its clock"
    )
    states: list[str] = Field(
        default_factory=list,
        description="states of the export's workflow beyond its preset's (custom statuses)",
    )
    stops: list[str] = Field(
        default_factory=list,
        description="states, beyond the preset's (resolved, closed), that stop a resolution clock",
    )
    columns: dict[ColumnRole, str] = Field(
        default_factory=dict, description="role -> column name in the files"
    )
    date_format: str | None = Field(
        default=None, description="strptime format of dates written without an offset"
    )

    threshold: Duration | None = Field(
        default=None,
        description="the threshold an interval file's answered and abandoned within counts "
        "were taken at (default: each contact-centre metric's own)",
    )
    short_abandon_threshold: Duration | None = Field(
        default=None,
        description="the threshold an interval file's short abandons were counted at (default: "
        "each abandonment rate's own)",
    )

    def column(self, role: str, default: str) -> str:
        """The column a role reads: the mapping's, else the preset's `default`."""
        named = {str(key): value for key, value in self.columns.items()}
        return named.get(role, default)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone {value!r}") from None
        return value


class MappingError(Exception):
    """A mapping file that cannot be used: one line, with the file and the key."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem

    def text(self, language: str) -> str:
        return self.problem.text(language)


def mapping_schema() -> dict[str, Any]:
    """The JSON Schema of the mapping file."""
    schema = Mapping.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "SLA Designer ticket mapping"
    return schema


def load_mapping(path: Path) -> Mapping:
    """Read a mapping file; a MappingError names the file and what is wrong."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise MappingError(
            Problem("backtest.errors.cannot_read", file=str(path), error=error.strerror or "")
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise MappingError(
            Problem("backtest.errors.mapping_yaml", file=f"{path}{line}", error=str(error))
        ) from None
    try:
        return Mapping.model_validate(data if data is not None else {})
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(top)"
        raise MappingError(
            Problem("backtest.errors.mapping_key", file=str(path), key=key, error=first["msg"])
        ) from None
