"""Sub-commands that run the calculators: budget, credit, due and staff.

Only the parsers live here; the work is in one module per command (cli/budget.py, credit.py,
due.py, staff.py), imported when that command runs, so that starting the editor or another
command does not load the calculators.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from importlib import import_module
from typing import Any

from sla_designer.text import LANGUAGES, Texts


def _lazy(command: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        handler: Callable[[argparse.Namespace], int] = import_module(
            f"sla_designer.cli.{command}"
        ).run
        return handler(args)

    return run


def add_parsers(subparsers: Any, words: Texts) -> None:
    """Add `budget`, `credit`, `due` and `staff` to the command's sub-parsers, their help in
    `words`."""
    budget = subparsers.add_parser("budget", help=words("commands.budget"))
    budget.add_argument("file", metavar="FILE")
    budget.add_argument("--period", metavar="YYYY-MM", help=words("options.period_month"))
    budget.add_argument(
        "--language", choices=LANGUAGES, default="en", help=words("options.language")
    )
    _format_option(budget)
    budget.set_defaults(handler=_lazy("budget"))

    credit = subparsers.add_parser("credit", help=words("commands.credit"))
    credit.add_argument("file", metavar="FILE")
    credit.add_argument("--metric", required=True, metavar="ID")
    # A time metric's attainment comes from ticket counts, or is given as a percentage.
    measured = credit.add_mutually_exclusive_group(required=True)
    measured.add_argument("--measured", metavar="VALUE", help=words("options.measured"))
    measured.add_argument("--tickets", metavar="COUNTS", help=words("options.tickets"))
    credit.add_argument("--fee", required=True, metavar="AMOUNT", help=words("options.fee"))
    credit.add_argument(
        "--total-fee",
        metavar="AMOUNT",
        help=words("options.total_fee"),
    )
    credit.add_argument("--paid-this-month", default="0", metavar="AMOUNT")
    credit.add_argument("--paid-this-year", default="0", metavar="AMOUNT")
    credit.add_argument(
        "--language", choices=LANGUAGES, default="en", help=words("options.language")
    )
    _format_option(credit)
    credit.set_defaults(handler=_lazy("credit"))

    due = subparsers.add_parser("due", help=words("commands.due"))
    due.add_argument("file", metavar="FILE")
    due.add_argument("--metric", required=True, metavar="ID")
    due.add_argument("--priority", metavar="ID", help=words("options.priority"))
    due.add_argument("--opened", required=True, metavar="ISO-8601-TIME")
    due.add_argument("--language", choices=LANGUAGES, default="en", help=words("options.language"))
    _format_option(due)
    due.set_defaults(handler=_lazy("due"))

    staff = subparsers.add_parser("staff", help=words("commands.staff"))
    staff.add_argument("--calls", required=True, metavar="N")
    staff.add_argument(
        "--period", required=True, metavar="DURATION", help=words("options.period_duration")
    )
    staff.add_argument("--aht", required=True, metavar="DURATION", help=words("options.aht"))
    staff.add_argument(
        "--target", required=True, metavar="PCT/SECONDS", help=words("options.target")
    )
    staff.add_argument("--max-occupancy", metavar="PCT")
    staff.add_argument("--shrinkage", default="0", metavar="PCT")
    staff.add_argument(
        "--language", choices=LANGUAGES, default="en", help=words("options.language")
    )
    _format_option(staff)
    staff.set_defaults(handler=_lazy("staff"))


def _format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text")
