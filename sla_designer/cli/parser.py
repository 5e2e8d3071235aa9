"""The argument parser of the sub-commands."""

from __future__ import annotations

import argparse
import os

from sla_designer import __version__
from sla_designer.cli import (
    backtest_commands,
    calc_commands,
    core_commands,
    diff,
    review,
    summary,
)
from sla_designer.cli.common import CliError
from sla_designer.text import language_of, texts


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors are one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        # Argparse's own words (usage, invalid choice) stay English: developer-ish chrome.
        raise CliError.of("cli.errors.usage", prog=self.prog, message=message)


def environment_language() -> str:
    """The language of the user's environment (LC_ALL, LC_MESSAGES, LANG): the --help texts
    speak it."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            return language_of(os.environ[name])
    return "en"


def build_parser(language: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser, its help in `language` (by default the environment's)."""
    words = texts(language or environment_language()).section("cli.help")
    parser = _Parser(prog="sla-designer", description=words("description"), epilog=words("epilog"))
    parser.add_argument("--version", action="version", version=f"sla-designer {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    core_commands.add_parsers(commands, words)
    calc_commands.add_parsers(commands, words)
    summary.add_parsers(commands, words)
    review.add_parsers(commands, words)
    diff.add_parsers(commands, words)
    backtest_commands.add_parsers(commands, language or environment_language())
    return parser


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    """The sub-commands a parser knows."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()
