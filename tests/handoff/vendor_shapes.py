"""The vendors' documented request shapes, as the tests check the exports against them.

Zendesk, SLA Policies (https://developer.zendesk.com/api-reference/ticketing/business-rules/sla_policies/):
the policy's properties (JSON format table; read-only ones left out, as a body to POST takes
none of them), a Policy Metric's keys, the Metrics table, and the priority values of
https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/ (low, normal, high,
urgent). A policy metric's `target` is "measured in minutes".

Zendesk, Schedules (https://developer.zendesk.com/api-reference/ticketing/ticket-management/schedules/):
Create Schedule's body {"schedule": {"name", "time_zone"}}; Update Intervals for a Schedule's
body {"workweek": {"intervals": [{"start_time", "end_time"}]}} in minutes since Sunday at
midnight, 0 to 10080, never spanning calendar days; Create Holiday's body {"holiday": {"name",
"start_date", "end_date"}}, "a start date no sooner than two years in the past and an end date
no later than two years in the future".

Freshdesk, SLA Policies (https://developers.freshdesk.com/api/#sla_policies; Create SLA Policy
as documented at
https://www.withone.ai/knowledge/freshdesk/conn_mod_def%3A%3AGJ2hrsude8Y%3A%3AnGO77RoeQJ60oqp_P3OMyQ):
mandatory name, sla_target, applicable_to; optional description, active, is_default, position,
escalation; sla_target's keys priority_1 … priority_4, each with respond_within and
resolve_within (seconds), business_hours, escalation_enabled; applicable_to's keys company_ids,
group_ids, sources, ticket_types, product_ids.
"""

ZENDESK_POLICY_WRITABLE = {"title", "description", "filter", "policy_metrics", "position"}
ZENDESK_POLICY_MANDATORY = {"title", "filter"}
ZENDESK_FILTER_KEYS = {"all", "any"}
ZENDESK_POLICY_METRIC_KEYS = {"priority", "metric", "target", "target_in_seconds", "business_hours"}
ZENDESK_METRICS = {
    "agent_work_time",
    "first_reply_time",
    "next_reply_time",
    "pausable_update_time",
    "periodic_update_time",
    "requester_wait_time",
    "total_resolution_time",
}
ZENDESK_PRIORITIES = {"low", "normal", "high", "urgent"}
ZENDESK_SCHEDULE_KEYS = {"name", "time_zone"}
ZENDESK_INTERVAL_KEYS = {"start_time", "end_time"}
ZENDESK_WEEK_MINUTES = 10080
ZENDESK_HOLIDAY_KEYS = {"name", "start_date", "end_date"}
ZENDESK_HOLIDAY_YEARS = 2

FRESHDESK_POLICY_KEYS = {
    "name",
    "description",
    "active",
    "is_default",
    "position",
    "sla_target",
    "applicable_to",
    "escalation",
}
FRESHDESK_POLICY_MANDATORY = {"name", "sla_target", "applicable_to"}
FRESHDESK_PRIORITY_KEYS = {"priority_1", "priority_2", "priority_3", "priority_4"}
FRESHDESK_TARGET_KEYS = {"respond_within", "resolve_within", "business_hours", "escalation_enabled"}
FRESHDESK_APPLICABLE_KEYS = {"company_ids", "group_ids", "sources", "ticket_types", "product_ids"}
