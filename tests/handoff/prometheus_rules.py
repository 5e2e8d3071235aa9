"""What `promtool check rules` checks of a rules file, in Python, for machines without
promtool (the tests also run promtool itself when it is installed).

Sources: prometheus.io/docs/prometheus/latest/configuration/recording_rules/ ("Configuring
rules": `groups` of `<rule_group>` with `name`, `interval`, `rules`; a recording rule's `record`
"must be a valid metric name") and alerting_rules/ (`alert`, `expr`, `for`, `keep_firing_for`,
`labels`, `annotations`); github.com/prometheus/prometheus model/rulefmt/rulefmt.go (unknown
fields refused, group names not empty and unique in a file, exactly one of 'record' and 'alert',
'expr' set and parsed, no 'annotations', 'for' or 'keep_firing_for' in a recording rule, no
braces in a recording rule's name, valid label and annotation names, `__name__` not a label,
label and annotation values parsed as Go templates) and prometheus/common model (durations,
metric and label name syntax).

The expression check is lighter than PromQL's parser: brackets balance, range selectors hold a
duration, and every recorded series an expression reads is recorded in the same file.
"""

from __future__ import annotations

import re
from typing import Any

GROUP_FIELDS = {"name", "interval", "query_offset", "limit", "rules", "labels"}
RULE_FIELDS = {"record", "alert", "expr", "for", "keep_firing_for", "labels", "annotations"}
METRIC_NAME = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*$")
LABEL_NAME = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*$")
DURATION = re.compile(
    r"^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$"
)
RANGE = re.compile(r"\[([^\]]*)\]")
RECORDED = re.compile(r"\b(sl[ai]:[a-zA-Z0-9_:]*)")


def _duration(text: Any) -> bool:
    return isinstance(text, str) and text != "" and DURATION.match(text) is not None


def _balanced(expr: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: list[str] = []
    quoted = False
    for char in expr:
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "([{":
            stack.append(char)
        elif char in pairs and (not stack or stack.pop() != pairs[char]):
            return False
    return not stack and not quoted


def _expr_problems(expr: Any, recorded: set[str]) -> list[str]:
    if not isinstance(expr, str) or not expr.strip():
        return ["field 'expr' must be set in rule"]
    problems = []
    if not _balanced(expr):
        problems.append(f"unbalanced brackets or quotes: {expr!r}")
    for window in RANGE.findall(expr):
        if not _duration(window):
            problems.append(f"bad range {window!r} in {expr!r}")
    for name in RECORDED.findall(expr):
        if name not in recorded:
            problems.append(f"{name} is read but never recorded")
    return problems


def _labels_problems(labels: Any, what: str) -> list[str]:
    if labels is None:
        return []
    if not isinstance(labels, dict):
        return [f"{what} must be a map"]
    problems = []
    for name, value in labels.items():
        if not isinstance(name, str) or not LABEL_NAME.match(name) or name == "__name__":
            problems.append(f"invalid {what} name: {name}")
        if not isinstance(value, str):
            problems.append(f"{what} {name}: value must be a string, not {value!r}")
        elif "{{" in value or "}}" in value:
            problems.append(f"{what} {name}: holds a template action: {value!r}")
    return problems


def rule_problems(rule: dict[str, Any], recorded: set[str]) -> list[str]:
    problems = [f"unknown field {k!r}" for k in rule if k not in RULE_FIELDS]
    record, alert = rule.get("record"), rule.get("alert")
    if bool(record) == bool(alert):
        problems.append("exactly one of 'record' and 'alert' must be set")
    problems += _expr_problems(rule.get("expr"), recorded)
    if record:
        if not METRIC_NAME.match(record) or "{" in record or "}" in record:
            problems.append(f"invalid recording rule name: {record}")
        for field in ("annotations", "for", "keep_firing_for"):
            if field in rule:
                problems.append(f"invalid field {field!r} in recording rule")
    for field in ("for", "keep_firing_for"):
        if field in rule and not _duration(rule[field]):
            problems.append(f"{field}: not a duration: {rule[field]!r}")
    problems += _labels_problems(rule.get("labels"), "label")
    problems += _labels_problems(rule.get("annotations"), "annotation")
    return problems


def file_problems(content: Any) -> list[str]:
    """Everything promtool would refuse in a parsed rules file (see the module's docstring)."""
    if not isinstance(content, dict) or set(content) != {"groups"}:
        return ["a rules file is a map with the one key 'groups'"]
    groups = content["groups"]
    if not isinstance(groups, list):
        return ["'groups' must be a list"]
    recorded = {
        rule["record"]
        for group in groups
        for rule in group.get("rules", [])
        if isinstance(rule, dict) and rule.get("record")
    }
    problems: list[str] = []
    names: set[str] = set()
    for group in groups:
        where = f"group {group.get('name')!r}"
        problems += [f"{where}: unknown field {k!r}" for k in group if k not in GROUP_FIELDS]
        if not group.get("name"):
            problems.append("Groupname must not be empty")
        if group.get("name") in names:
            problems.append(f"{where} is repeated in the same file")
        names.add(group.get("name"))
        if "interval" in group and not _duration(group["interval"]):
            problems.append(f"{where}: interval {group['interval']!r} is not a duration")
        for number, rule in enumerate(group.get("rules") or [], 1):
            problems += [f"{where}, rule {number}: {p}" for p in rule_problems(rule, recorded)]
    return problems
