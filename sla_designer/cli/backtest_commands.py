"""Sub-commands on ticket history: `backtest` and `sample-tickets` (parsers only; the work is in
cli/backtest.py and cli/sample_tickets.py, imported when the command runs, so that no other
command loads DuckDB or numpy)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from importlib import import_module
from typing import Any

from sla_designer.text import LANGUAGES, texts

PRESETS = ("servicenow", "zendesk", "jsm", "freshdesk")
MEASURE_SAMPLES = ("outages", "intervals")
"""What `sample-tickets` also writes: an outage list, a contact centre's interval data."""


def _lazy(module: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        handler: Callable[[argparse.Namespace], int] = import_module(
            f"sla_designer.cli.{module}"
        ).run
        return handler(args)

    return run


def add_parsers(subparsers: Any, language: str) -> None:
    """Add `backtest` and `sample-tickets`, their help in `language`."""
    words = texts(language).section("backtest.help")
    backtest = subparsers.add_parser("backtest", help=words("backtest"))
    backtest.add_argument("file", metavar="FILE")
    backtest.add_argument("--tickets", metavar="DATA", help=words("tickets"))
    backtest.add_argument("--events", metavar="DATA", help=words("events"))
    backtest.add_argument("--outages", metavar="DATA", help=words("outages"))
    backtest.add_argument("--intervals", metavar="DATA", help=words("intervals"))
    source = backtest.add_mutually_exclusive_group()
    source.add_argument("--preset", choices=PRESETS, help=words("preset"))
    source.add_argument("--mapping", metavar="FILE", help=words("mapping"))
    backtest.add_argument("--from", dest="start", metavar="DATE", help=words("from"))
    backtest.add_argument("--to", dest="end", metavar="DATE", help=words("to"))
    backtest.add_argument("--format", choices=("text", "json", "csv"), default="text")
    backtest.add_argument("--share", metavar="SHARE", help=words("share"))
    backtest.add_argument("--skip-bad-rows", action="store_true", help=words("skip_bad_rows"))
    backtest.add_argument("-o", "--output", metavar="OUT", help=words("output"))
    backtest.add_argument("--language", choices=LANGUAGES, default="en", help=words("language"))
    backtest.set_defaults(handler=_lazy("backtest"))

    sample = subparsers.add_parser("sample-tickets", help=words("sample"))
    sample.add_argument(
        "--preset", choices=(*PRESETS, *MEASURE_SAMPLES), required=True, help=words("sample_preset")
    )
    sample.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=words("sample_output")
    )
    sample.add_argument("--tickets", type=int, metavar="N", help=words("count"))
    sample.add_argument("--seed", type=int, default=1, metavar="N", help=words("seed"))
    sample.add_argument("--timezone", default="UTC", metavar="ZONE", help=words("timezone"))
    sample.add_argument("--force", action="store_true", help=words("force"))
    sample.add_argument("--language", choices=LANGUAGES, default="en", help=words("language"))
    sample.set_defaults(handler=_lazy("sample_tickets"))
