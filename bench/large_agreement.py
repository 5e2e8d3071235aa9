"""A large agreement for benchmarks: 40 metrics with targets for 5 priorities, 3 calendars,
100 duties and 10 credit schedules."""

from __future__ import annotations

from typing import Any

from sla_designer.model import Agreement

PRIORITIES = 5
METRICS = 40
DUTIES = 100
SCHEDULES = 10


def large_agreement_data() -> dict[str, Any]:
    """The agreement as plain data, as a YAML file would hold it."""
    priorities = [
        {
            "id": f"p{i + 1}",
            "name": f"Priority {i + 1}",
            "definition": f"Impact level {i + 1} of {PRIORITIES}",
            "examples": [f"Example incident of priority {i + 1}"],
        }
        for i in range(PRIORITIES)
    ]
    calendars = [
        {"id": "always", "name": "24x7", "timezone": "UTC", "preset": "24x7"},
        {
            "id": "office",
            "name": "Office hours",
            "timezone": "America/Sao_Paulo",
            "hours": [
                {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "12:00"},
                {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "13:00", "end": "18:00"},
            ],
            "holidays": [{"country": "BR", "subdivision": "SP"}],
            "closed_dates": [{"date": "2027-12-24", "name": "Christmas Eve"}],
        },
        {
            "id": "night",
            "name": "Night shift",
            "timezone": "Europe/London",
            "hours": [
                {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "22:00", "end": "06:00"}
            ],
            "holidays": [{"country": "GB", "subdivision": "ENG"}],
        },
    ]
    metrics: list[dict[str, Any]] = []
    for i in range(METRICS):
        kind = ("availability", "response_time", "resolution_time", "service_level")[i % 4]
        base: dict[str, Any] = {
            "kind": kind,
            "id": f"m{i + 1}",
            "name": f"Metric {i + 1}",
            "service": "core",
            "data_source": "Monitoring and ticketing system",
            "exclusions": ["Scheduled maintenance", "Force majeure"],
        }
        if kind == "availability":
            base |= {"objective": "99.9", "minimum_outage": "1m", "calendar": "always"}
        elif kind == "service_level":
            base |= {"objective": 80, "threshold": "20s", "formula": "exclude_short_abandons"}
        else:
            hours = 1 if kind == "response_time" else 8
            base |= {
                "calendar": "office",
                "clock": {
                    "starts": "Ticket logged",
                    "pauses": ["Awaiting customer"],
                    "stops": "Ticket resolved",
                },
                "targets": [
                    {
                        "priority": f"p{p + 1}",
                        "target": f"{hours * (p + 1)}h business",
                        "attainment": 95,
                    }
                    for p in range(PRIORITIES)
                ],
            }
        metrics.append(base)
    schedules = [
        {
            "id": f"c{i + 1}",
            "metric": f"m{4 * i + 1}",
            "service": "core",
            "tiers": [
                {"at_least": "99.0", "below": "99.9", "credit": 10},
                {"at_least": "95.0", "below": "99.0", "credit": 25},
                {"below": "95.0", "credit": 50},
            ],
            "cap": 50,
        }
        for i in range(SCHEDULES)
    ]
    duties = [
        {
            "id": f"d{i + 1}",
            "party": "customer" if i % 2 else "provider",
            "text": f"Duty number {i + 1} of the party, described in a full sentence.",
            "effect": "pauses_clock" if i % 2 else "none",
            "metrics": [f"m{(i % METRICS) + 1}"] if i % 2 else [],
        }
        for i in range(DUTIES)
    ]
    return {
        "title": "Large benchmark agreement",
        "reference": "BENCH-001",
        "effective_date": "2027-01-01",
        "currency": "BRL",
        "parties": [
            {"id": "provider", "role": "provider", "legal_name": "Provider Serviços Ltda."},
            {"id": "customer", "role": "customer", "legal_name": "Customer Indústria S.A."},
        ],
        "service": {
            "services": [
                {
                    "id": "core",
                    "name": "Core platform",
                    "monthly_fee": {"amount": "50000.00", "currency": "BRL"},
                }
            ],
            "scope": ["Operation of the core platform"],
        },
        "calendars": calendars,
        "priorities": priorities,
        "metrics": metrics,
        "responsibilities": duties,
        "reporting": {
            "reports": [
                {
                    "id": "monthly",
                    "name": "Monthly service report",
                    "prepared_by": "provider",
                    "metrics": [f"m{i + 1}" for i in range(METRICS)],
                    "recipients": ["customer"],
                }
            ]
        },
        "remedies": {"credit_schedules": schedules, "monthly_cap": 50, "yearly_cap": 20},
        "escalation": [{"level": 1, "party": "provider", "name": "Service desk lead"}],
    }


def large_agreement() -> Agreement:
    return Agreement.model_validate(large_agreement_data())
