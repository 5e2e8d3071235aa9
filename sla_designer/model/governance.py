"""Responsibilities, reporting and review, escalation, definitions and revision history."""

import datetime as dt
from typing import Literal

from pydantic import Field

from sla_designer.model.parties import Contact
from sla_designer.model.units import Duration, Id, Name, StrictModel, Text, empty_list


class Duty(StrictModel):
    """An obligation of one party; a customer duty can pause clocks or exclude events."""

    id: Id
    party: Id
    text: Text
    effect: Literal["none", "pauses_clock", "excludes_events"] = "none"
    metrics: list[Id] = Field(default_factory=empty_list)


Frequency = Literal["weekly", "monthly", "quarterly", "semiannual", "annual"]


class Report(StrictModel):
    id: Id
    name: Name
    frequency: Frequency = "monthly"
    due_days: int = Field(default=10, ge=-366, le=366, description="Days after the period ends")
    prepared_by: Id | None = None
    metrics: list[Id] = Field(default_factory=empty_list)
    recipients: list[Id] = Field(default_factory=empty_list)
    format: Name = ""
    content: Text = ""


class ReviewMeeting(StrictModel):
    name: Name
    cadence: Frequency = "quarterly"
    participants: list[Id] = Field(default_factory=empty_list)
    agenda: Text = ""


class Reporting(StrictModel):
    reports: list[Report] = Field(default_factory=empty_list)
    reviews: list[ReviewMeeting] = Field(default_factory=empty_list)
    change_control: Text = ""


class EscalationLevel(StrictModel):
    level: int = Field(ge=1)
    party: Id
    name: Name
    after: Duration | None = None
    contacts: list[Contact] = Field(default_factory=empty_list)


class Definition(StrictModel):
    term: Name
    meaning: Text


class Revision(StrictModel):
    version: Name
    date: dt.date
    author: Name = ""
    description: Text = ""
    file: Name | None = Field(
        default=None,
        description="The frozen copy of this version as sent, relative to the agreement's folder",
    )
