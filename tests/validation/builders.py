"""A complete, valid agreement to mutate in validation tests.

`valid_data()` is the agreement as plain YAML-like data, so a test changes one value and builds
it again; the valid agreement yields no error and no warning.
"""

from __future__ import annotations

import copy
from typing import Any

from sla_designer.model import Agreement
from sla_designer.validation import Finding, validate

PROVIDER_CNPJ = "11.222.333/0001-81"
CUSTOMER_CNPJ = "12.ABC.345/01DE-35"  # the Receita Federal's alphanumeric example

_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]

_VALID: dict[str, Any] = {
    "title": "Service Level Agreement – Cloud Hosting",
    "reference": "SLA-2027-001",
    "kind": "customer_sla",
    "language": "en",
    "version": "1.0",
    "effective_date": "2027-03-01",
    "term": {"months": 12, "expiry_date": "2028-02-29", "renewal": "automatic"},
    "currency": "USD",
    "governing_law": "England and Wales",
    "forum": "England and Wales",
    "parties": [
        {
            "id": "provider",
            "role": "provider",
            "legal_name": "Cloudworks Inc.",
            "address": "100 Main Street, Springfield",
            "representative": {"name": "Ada Moreau", "title": "Chief Executive Officer"},
        },
        {
            "id": "customer",
            "role": "customer",
            "legal_name": "Northwind Traders LLC",
            "address": "5 Harbor Road, Portland",
            "representative": {"name": "Ben Ortiz", "title": "Chief Information Officer"},
        },
    ],
    "service": {
        "services": [
            {
                "id": "hosting",
                "name": "Cloud hosting",
                "monthly_fee": {"amount": "10000", "currency": "USD"},
            }
        ],
        "scope": ["Hosting, monitoring and backup of the customer's web shop."],
    },
    "calendars": [
        {
            "id": "office",
            "name": "Office hours",
            "timezone": "America/New_York",
            "hours": [
                {"days": _WEEKDAYS, "start": "08:00", "end": "12:00"},
                {"days": _WEEKDAYS, "start": "13:00", "end": "18:00"},
            ],
            "holidays": [{"country": "US", "subdivision": "NY"}],
        },
        {"id": "always", "name": "Round the clock", "preset": "24x7"},
    ],
    "priorities": [
        {"id": "P1", "name": "Critical", "calendar": "always"},
        {"id": "P2", "name": "High"},
        {"id": "P3", "name": "Normal"},
    ],
    "metrics": [
        {
            "kind": "availability",
            "id": "uptime",
            "name": "Availability",
            "service": "hosting",
            "objective": "99.9",
            "minimum_outage": "1m",
            "maintenance": [
                {
                    "name": "Sunday patching",
                    "days": ["sun"],
                    "start": "02:00",
                    "duration": "2h",
                    "calendar": "always",
                }
            ],
            "maintenance_notice": "2d",
        },
        {
            "kind": "response_time",
            "id": "first-response",
            "name": "First response time",
            "calendar": "office",
            "targets": [
                {"priority": "P1", "target": "15m calendar", "attainment": "95"},
                {"priority": "P2", "target": "1h business", "attainment": "95"},
                {"priority": "P3", "target": "4h business", "attainment": "95"},
            ],
        },
        {
            "kind": "resolution_time",
            "id": "resolution",
            "name": "Resolution time",
            "calendar": "office",
            "targets": [
                {"priority": "P1", "target": "4h calendar", "attainment": "95"},
                {
                    "priority": "P2",
                    "target": "8h business",
                    "calendar": "office",
                    "attainment": "95",
                },
                {"priority": "P3", "target": "72h business", "attainment": "95"},
            ],
        },
        {
            "kind": "service_level",
            "id": "answered",
            "name": "Calls answered in 20 s",
            "objective": "80",
            "threshold": "20s",
        },
        {"kind": "abandonment_rate", "id": "abandoned", "name": "Abandonment", "objective": "5"},
        {
            "kind": "satisfaction",
            "id": "csat",
            "name": "Customer satisfaction",
            "scale_min": 1,
            "scale_max": 5,
            "objective": "4.2",
        },
    ],
    "responsibilities": [
        {"id": "monitor", "party": "provider", "text": "Monitor the service round the clock."},
        {
            "id": "reply",
            "party": "customer",
            "text": "Answer the provider's questions about a ticket.",
            "effect": "pauses_clock",
            "metrics": ["first-response", "resolution"],
        },
        {
            "id": "changes",
            "party": "customer",
            "text": "Announce changes to the shop two days ahead.",
            "effect": "excludes_events",
            "metrics": ["uptime"],
        },
    ],
    "reporting": {
        "reports": [
            {
                "id": "monthly",
                "name": "Monthly service report",
                "prepared_by": "provider",
                "metrics": [
                    "uptime",
                    "first-response",
                    "resolution",
                    "answered",
                    "abandoned",
                    "csat",
                ],
                "recipients": ["customer"],
                "due_days": 10,
            }
        ],
        "reviews": [{"name": "Quarterly review", "participants": ["provider", "customer"]}],
    },
    "remedies": {
        "credit_schedules": [
            {
                "id": "uptime-credits",
                "metric": "uptime",
                "service": "hosting",
                "tiers": [
                    {"at_least": "99.0", "below": "99.9", "credit": "10"},
                    {"at_least": "95.0", "below": "99.0", "credit": "25"},
                    {"below": "95.0", "credit": "50"},
                ],
                "cap": "50",
            },
            {
                "id": "resolution-credits",
                "metric": "resolution",
                "rule": "linear",
                "linear": {"start": "95", "step": "1", "credit_per_step": "2", "maximum": "20"},
                "minimum_tickets": 10,
            },
        ],
        "monthly_cap": "50",
        "minimum_credit": {"amount": "100", "currency": "USD"},
    },
    "escalation": [
        {"level": 1, "party": "provider", "name": "Service desk lead"},
        {"level": 2, "party": "provider", "name": "Operations manager", "after": "2h"},
    ],
    "signing": {"place": "New York", "date": "2027-02-20"},
}


def valid_data() -> dict[str, Any]:
    """A fresh copy of the complete English customer SLA, as data."""
    return copy.deepcopy(_VALID)


def valid_data_pt() -> dict[str, Any]:
    """The same agreement as a Brazilian contract: pt-BR, BRL, CNPJs and two witnesses."""
    data = valid_data()
    data["language"] = "pt-BR"
    data["currency"] = "BRL"
    data["governing_law"] = ""  # Brazilian law goes without saying
    data["forum"] = "Comarca de São Paulo/SP"
    data["parties"][0]["tax_id"] = PROVIDER_CNPJ
    data["parties"][1]["tax_id"] = CUSTOMER_CNPJ
    data["service"]["services"][0]["monthly_fee"]["currency"] = "BRL"
    data["remedies"]["minimum_credit"]["currency"] = "BRL"
    data["calendars"][0]["holidays"] = [{"country": "BR", "subdivision": "SP"}]
    # Names that are also the editor's English defaults would be flagged in a Portuguese text.
    data["metrics"][2]["name"] = "Tempo de solução dos chamados"
    data["metrics"][5]["name"] = "Satisfação dos clientes"
    data["signing"]["witnesses"] = [
        {"name": "Carla Souza", "tax_id": "123.456.789-09"},
        {"name": "Davi Lima", "tax_id": "987.654.321-00"},
    ]
    return data


def build(data: dict[str, Any]) -> Agreement:
    """The agreement the data describes (raises if the model itself rejects it)."""
    return Agreement.model_validate(data)


def findings_of(data: dict[str, Any]) -> list[Finding]:
    """Validate the agreement the data describes."""
    return validate(build(data))


def with_code(data: dict[str, Any], code: str) -> list[Finding]:
    """The findings of one code."""
    return [f for f in findings_of(data) if f.code == code]


def only(data: dict[str, Any], code: str) -> Finding:
    """The one finding of `code` (fails when there is none or several)."""
    found = with_code(data, code)
    assert len(found) == 1, f"expected one {code!r}, got {[f.path_text for f in found]}"
    return found[0]


def large_data() -> dict[str, Any]:
    """The benchmark's size: 40 metrics x 5 priority targets, 3 calendars, 100 duties, 10
    credit schedules; still a valid agreement."""
    data = valid_data()
    data["calendars"].append(
        {"id": "weekdays", "name": "Weekdays", "preset": "24x5", "holidays": [{"country": "GB"}]}
    )
    data["priorities"] = [{"id": f"P{n}", "name": f"Priority {n}"} for n in range(1, 6)]
    metrics: list[dict[str, Any]] = []
    for n in range(20):
        for kind, hours in (("response_time", 1), ("resolution_time", 8)):
            metrics.append(
                {
                    "kind": kind,
                    "id": f"{kind}-{n}",
                    "name": f"{kind} {n}",
                    "calendar": "office",
                    "targets": [
                        {
                            "priority": f"P{p}",
                            "target": f"{hours * p}h business",
                            "attainment": "95",
                        }
                        for p in range(1, 6)
                    ],
                }
            )
    data["metrics"] = metrics
    ids = [m["id"] for m in metrics]
    data["responsibilities"] = [
        {
            "id": f"duty-{n}",
            "party": "customer" if n % 2 else "provider",
            "text": f"Duty number {n}.",
            "effect": "pauses_clock" if n % 2 else "none",
            "metrics": ids[n % 40 : n % 40 + 2],
        }
        for n in range(100)
    ]
    data["reporting"]["reports"][0]["metrics"] = ids
    data["remedies"]["credit_schedules"] = [
        {
            "id": f"credits-{n}",
            "metric": f"resolution_time-{n}",
            "tiers": [
                {"at_least": "90", "below": "95", "credit": "5"},
                {"at_least": "80", "below": "90", "credit": "10"},
                {"below": "80", "credit": "20"},
            ],
            "minimum_tickets": 20,
        }
        for n in range(10)
    ]
    return data
