"""The argument parser of the sub-commands."""

from __future__ import annotations

import argparse

from sla_designer import __version__
from sla_designer.cli import calc_commands, core_commands
from sla_designer.cli.common import CliError


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors are one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        # Argparse's own words (usage, invalid choice) stay English: developer-ish chrome.
        raise CliError.of("cli.errors.usage", prog=self.prog, message=message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="sla-designer",
        description="Design service level agreements. With no command, or with a FILE, "
        "the editor opens.",
        epilog="Run 'sla-designer COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"sla-designer {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    core_commands.add_parsers(commands)
    calc_commands.add_parsers(commands)
    return parser


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    """The sub-commands a parser knows."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()
