"""The Freshdesk export against Freshdesk's documented shape (tests/handoff/vendor_shapes.py
cites the pages), for every template in both languages."""

from __future__ import annotations

import json

import pytest

from sla_designer.handoff import freshdesk
from tests.export.reviewed import PAIRS, agreement_of
from tests.handoff import vendor_shapes as doc


def policy_of(handoff) -> dict:
    (data,) = handoff.files.values()
    return json.loads(data)


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_template_gives_a_policy_of_freshdesk_shape(name: str, language: str) -> None:
    handoff = freshdesk.build(agreement_of(name), language=language)
    (file_name,) = handoff.files
    assert file_name.endswith(f".{freshdesk.POLICY_ENDPOINT}.json")
    policy = policy_of(handoff)
    assert doc.FRESHDESK_POLICY_MANDATORY <= set(policy) <= doc.FRESHDESK_POLICY_KEYS
    assert set(policy["applicable_to"]) <= doc.FRESHDESK_APPLICABLE_KEYS
    assert set(policy["sla_target"]) <= doc.FRESHDESK_PRIORITY_KEYS
    for target in policy["sla_target"].values():
        assert set(target) <= doc.FRESHDESK_TARGET_KEYS
        for key in ("respond_within", "resolve_within"):
            if key in target:
                assert isinstance(target[key], int) and target[key] > 0
        assert isinstance(target["business_hours"], bool)


def test_seconds_per_priority_most_urgent_first() -> None:
    policy = policy_of(freshdesk.build(agreement_of("it-service-desk"), language="pt-BR"))
    targets = policy["sla_target"]
    assert targets["priority_4"]["respond_within"] == 30 * 60  # P1: 30 business minutes
    assert targets["priority_1"]["resolve_within"] == 45 * 3600  # P4: 45 business hours
    assert all(t["business_hours"] for t in targets.values())


def test_what_freshdesk_cannot_hold_is_reported() -> None:
    handoff = freshdesk.build(agreement_of("it-service-desk"), language="pt-BR")
    keys = {u.key for u in handoff.unmapped}
    assert {
        "handoff.desks.attainment",  # 95 % of P1
        "handoff.freshdesk.event",  # periodic updates
        "handoff.freshdesk.split_shift",  # 08:00-12:00 and 13:00-18:00
        "handoff.desks.pause",
        "handoff.desks.metric_kind",  # satisfaction
        "handoff.freshdesk.applicable_to",
        "handoff.freshdesk.business_hours",
    } <= keys
