"""The rules an OpenSLO v1 document must follow, as the specification states them and the
OpenSLO Go SDK validates them, checked in Python (the SDK is Go), plus the schema the
specification repository published.

Sources:
- github.com/OpenSLO/OpenSLO README.md, "Specification": General Schema (names follow RFC 1123
  DNS labels), SLO (`timeWindow` holds exactly one item; a calendar window has `startTime`
  'YYYY-MM-DD hh:mm:ss' and an IANA `timeZone`), Objectives (`target` in [0.0, 1.0),
  `targetPercent` in [0.0, 100), one of them; `timeSliceTarget` and `timeSliceWindow` with
  Timeslices), SLI (`ratioMetric` with `good` or `bad` and `total`), Service.
- github.com/OpenSLO/go-sdk pkg/openslo/v1 objects.go (metadata: name a DNS label, displayName
  at most 63 characters), slo.go (description at most 1050 characters, budgeting methods,
  'calendar' must be set when 'isRolling' is false and not when true, startTime in Go's
  time.DateTime layout, timeZone loadable, target and targetPercent mutually exclusive),
  sli.go (thresholdMetric xor ratioMetric; total xor raw; good xor bad; metricSource.spec a
  non-empty map), duration_shorthand.go (units m h d w M Q Y).
- schemas/v1 of the specification repository (tests/handoff/openslo_schema, see its README).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from jsonschema import Draft7Validator
from referencing import Registry, Resource

DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
DURATION = re.compile(r"^[1-9][0-9]*[mhdwMQY]$")
KINDS = {
    "DataSource",
    "SLO",
    "SLI",
    "AlertPolicy",
    "AlertCondition",
    "AlertNotificationTarget",
    "Service",
}
BUDGETING = {"Occurrences", "Timeslices", "RatioTimeslices"}
SCHEMA_FOLDER = Path(__file__).parent / "openslo_schema"


@cache
def schema_validator() -> Draft7Validator:
    """The published OpenSLO v1 JSON Schema, its parts resolved by their $id."""
    schemas = [json.loads(p.read_text()) for p in sorted(SCHEMA_FOLDER.glob("*.json"))]
    registry: Registry[Any] = Registry().with_resources(
        (s["$id"], Resource.from_contents(s)) for s in schemas
    )
    top = next(s for s in schemas if s["$id"].endswith("/openslo.schema.json"))
    return Draft7Validator(top, registry=registry)


def schema_problems(document: dict[str, Any]) -> list[str]:
    return [error.message for error in schema_validator().iter_errors(document)]


def _exactly_one(mapping: dict[str, Any], *keys: str) -> bool:
    return sum(mapping.get(k) is not None for k in keys) == 1


def _metadata(metadata: Any) -> list[str]:
    if not isinstance(metadata, dict):
        return ["metadata missing"]
    problems = []
    name = metadata.get("name")
    if not isinstance(name, str) or not DNS_LABEL.match(name):
        problems.append(f"metadata.name {name!r} is not an RFC 1123 DNS label")
    shown = metadata.get("displayName", "")
    if len(shown) > 63:
        problems.append(f"metadata.displayName longer than 63: {shown!r}")
    return problems


def _source(part: Any, where: str) -> list[str]:
    if not isinstance(part, dict) or not isinstance(part.get("metricSource"), dict):
        return [f"{where}.metricSource missing"]
    source = part["metricSource"]
    problems = []
    if not isinstance(source.get("spec"), dict) or not source["spec"]:
        problems.append(f"{where}.metricSource.spec must be a non-empty map")
    if not source.get("type") and not source.get("metricSourceRef"):
        problems.append(f"{where}.metricSource needs a type when it names no DataSource")
    ref = source.get("metricSourceRef")
    if ref is not None and not DNS_LABEL.match(ref):
        problems.append(f"{where}.metricSource.metricSourceRef {ref!r} is not a DNS label")
    return problems


def _sli_spec(spec: dict[str, Any]) -> list[str]:
    problems = []
    if len(spec.get("description", "")) > 1050:
        problems.append("description longer than 1050 characters")
    if not _exactly_one(spec, "thresholdMetric", "ratioMetric"):
        return [*problems, "exactly one of thresholdMetric and ratioMetric"]
    if "thresholdMetric" in spec:
        return problems + _source(spec["thresholdMetric"], "thresholdMetric")
    ratio = spec["ratioMetric"]
    if not _exactly_one(ratio, "total", "raw"):
        return [*problems, "ratioMetric: exactly one of total and raw"]
    if "raw" in ratio:
        if ratio.get("rawType") not in ("success", "failure"):
            problems.append("ratioMetric.rawType must be success or failure")
        return problems + _source(ratio["raw"], "ratioMetric.raw")
    if not _exactly_one(ratio, "good", "bad"):
        return [*problems, "ratioMetric: exactly one of good and bad"]
    if not isinstance(ratio.get("counter"), bool):
        problems.append("ratioMetric.counter must be true or false")
    numerator = "good" if "good" in ratio else "bad"
    problems += _source(ratio[numerator], f"ratioMetric.{numerator}")
    return problems + _source(ratio["total"], "ratioMetric.total")


def _window(window: Any) -> list[str]:
    if not isinstance(window, list) or len(window) != 1:
        return ["timeWindow must hold exactly one item"]
    item = window[0]
    problems = []
    if not DURATION.match(str(item.get("duration", ""))):
        problems.append(f"timeWindow.duration {item.get('duration')!r} is not a duration shorthand")
    rolling = item.get("isRolling", False)
    calendar = item.get("calendar")
    if rolling and calendar is not None:
        problems.append("'calendar' cannot be set when 'isRolling' is true")
    if not rolling:
        if calendar is None:
            return [*problems, "'calendar' must be set when 'isRolling' is false"]
        try:
            dt.datetime.strptime(calendar.get("startTime", ""), "%Y-%m-%d %H:%M:%S")
        except (TypeError, ValueError):
            problems.append(f"calendar.startTime {calendar.get('startTime')!r} bad format")
        if calendar.get("timeZone") not in available_timezones():
            problems.append(f"calendar.timeZone {calendar.get('timeZone')!r} is not IANA")
    return problems


def _objective(objective: dict[str, Any], method: str) -> list[str]:
    problems = []
    if not _exactly_one(objective, "target", "targetPercent"):
        problems.append("objective: exactly one of target and targetPercent")
    if "target" in objective and not 0 <= objective["target"] < 1:
        problems.append(f"objective.target {objective['target']} outside [0, 1)")
    if "targetPercent" in objective and not 0 <= objective["targetPercent"] < 100:
        problems.append(f"objective.targetPercent {objective['targetPercent']} outside [0, 100)")
    if method == "Timeslices":
        target = objective.get("timeSliceTarget")
        if not isinstance(target, int | float) or not 0 < target <= 1:
            problems.append("Timeslices: timeSliceTarget in (0, 1] required")
    window = str(objective.get("timeSliceWindow", ""))
    if method in ("Timeslices", "RatioTimeslices") and not DURATION.match(window):
        problems.append("Timeslices: timeSliceWindow required as a duration shorthand")
    return problems


def _slo_spec(spec: dict[str, Any]) -> list[str]:
    problems = []
    if len(spec.get("description", "")) > 1050:
        problems.append("description longer than 1050 characters")
    if not isinstance(spec.get("service"), str) or not spec["service"]:
        problems.append("service required")
    method = spec.get("budgetingMethod")
    if method not in BUDGETING:
        problems.append(f"budgetingMethod {method!r}")
    if not _exactly_one(spec, "indicator", "indicatorRef"):
        problems.append("exactly one of indicator and indicatorRef")
    ref = spec.get("indicatorRef")
    if ref is not None and not DNS_LABEL.match(ref):
        problems.append(f"indicatorRef {ref!r} is not a DNS label")
    if "timeWindow" in spec:
        problems += _window(spec["timeWindow"])
    objectives = spec.get("objectives")
    if not isinstance(objectives, list) or not objectives:
        return [*problems, "objectives required"]
    for objective in objectives:
        problems += _objective(objective, str(method))
    return problems


def spec_problems(document: dict[str, Any]) -> list[str]:
    """What breaks the specification's (and the Go SDK's) rules in one document."""
    problems = []
    if document.get("apiVersion") != "openslo/v1":
        problems.append(f"apiVersion {document.get('apiVersion')!r}")
    kind = document.get("kind")
    if kind not in KINDS:
        return [*problems, f"kind {kind!r}"]
    problems += _metadata(document.get("metadata"))
    spec = document.get("spec")
    if not isinstance(spec, dict):
        return [*problems, "spec must be a map"]
    if kind == "SLI":
        problems += _sli_spec(spec)
    elif kind == "SLO":
        problems += _slo_spec(spec)
    elif len(spec.get("description", "")) > 1050:
        problems.append("description longer than 1050 characters")
    return problems


def file_problems(documents: list[dict[str, Any]]) -> list[str]:
    """Every document's problems, and the references between them: names unique per kind,
    each SLO's service and indicatorRef naming a document of the file."""
    problems: list[str] = []
    names: dict[str, set[str]] = {}
    for number, document in enumerate(documents, 1):
        for problem in spec_problems(document) + schema_problems(document):
            problems.append(f"document {number} ({document.get('kind')}): {problem}")
        name = document.get("metadata", {}).get("name")
        seen = names.setdefault(str(document.get("kind")), set())
        if name in seen:
            problems.append(f"document {number}: {document['kind']} {name!r} repeated")
        seen.add(name)
    for document in documents:
        if document.get("kind") != "SLO":
            continue
        spec = document["spec"]
        if spec.get("service") not in names.get("Service", set()):
            problems.append(f"SLO {document['metadata']['name']}: no Service {spec['service']!r}")
        if spec.get("indicatorRef") not in names.get("SLI", set()):
            problems.append(f"SLO {document['metadata']['name']}: no SLI {spec['indicatorRef']!r}")
    return problems
