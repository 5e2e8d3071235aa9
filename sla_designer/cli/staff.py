"""`sla-designer staff`: the fewest agents meeting a service level at a call volume (Erlang C)."""

from __future__ import annotations

import argparse
from decimal import Decimal

from sla_designer.calc.staffing import required_agents, traffic_intensity
from sla_designer.cli.calc_inputs import duration, number, service_level_target
from sla_designer.cli.common import EXIT_OK, CliError, as_written, print_json, say


def run(args: argparse.Namespace) -> int:
    """Print the fewest agents meeting a service level at a call volume (Erlang C)."""
    calls = number(args.calls, "--calls")
    period = duration(args.period, "--period")
    handling = duration(args.aht, "--aht")
    percent, threshold = service_level_target(args.target)
    occupancy = number(args.max_occupancy, "--max-occupancy") if args.max_occupancy else None
    shrinkage = number(args.shrinkage, "--shrinkage")
    try:
        traffic = traffic_intensity(float(calls), period, handling)
        found = required_agents(
            traffic,
            percent,
            threshold,
            handling,
            max_occupancy=occupancy,
            shrinkage=shrinkage,
        )
    except ValueError as error:
        raise CliError(error) from None
    result = found.staffing
    data = {
        "traffic_erlangs": round(traffic, 4),
        "agents": result.agents,
        "scheduled_agents": found.scheduled,
        "service_level_percent": round(result.service_level_percent, 2),
        "probability_of_waiting_percent": round(result.probability_of_waiting * 100, 2),
        "average_speed_of_answer_seconds": round(result.average_speed_of_answer, 1),
        "occupancy_percent": round(result.occupancy * 100, 2),
        "limited_by_occupancy": found.limited_by_occupancy,
    }
    if args.format == "json":
        print_json(data)
        return EXIT_OK
    lang = args.language
    formats = as_written(lang)

    def figure(value: float) -> Decimal:
        """A rounded figure with the decimals Python prints it with ('10.0', '80.32')."""
        return Decimal(repr(value))

    def agents(count: int) -> str:
        return say(lang, "staff.agents", count=count, n=formats.number(count))

    seconds = formats.number(int(threshold.total_seconds()))
    head = say(
        lang,
        "staff.head",
        agents=agents(result.agents),
        percent=formats.percent(percent),
        seconds=seconds,
    )
    print(head)
    print(say(lang, "staff.traffic", traffic=formats.number(figure(data["traffic_erlangs"]))))
    print(
        say(
            lang,
            "staff.service_level",
            value=formats.percent(figure(data["service_level_percent"])),
        )
    )
    waiting = formats.percent(figure(data["probability_of_waiting_percent"]))
    print(say(lang, "staff.waiting", value=waiting))
    speed = data["average_speed_of_answer_seconds"]
    print(say(lang, "staff.speed", seconds=formats.number(figure(speed))))
    print(say(lang, "staff.occupancy", value=formats.percent(figure(data["occupancy_percent"]))))
    if found.limited_by_occupancy:
        print(say(lang, "staff.limited"))
    if shrinkage:
        scheduled = agents(found.scheduled)
        print(say(lang, "staff.scheduled", agents=scheduled, shrinkage=formats.percent(shrinkage)))
    return EXIT_OK
