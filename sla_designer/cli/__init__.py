"""The `sla-designer` command: the editor, and everything that is not interactive.

Exit status: 0 success, 1 the agreement has errors (or a check failed), 2 usage or input error.
The command line works on model, io, calc and export; it never imports the Qt user interface,
except to start the editor.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from sla_designer import __version__
from sla_designer.cli import calc_commands, core_commands
from sla_designer.cli.common import EXIT_OK, EXIT_USAGE, CliError


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors are one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"{self.prog}: {message}")


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


def _wants_editor(argv: Sequence[str], commands: set[str]) -> bool:
    if not argv:
        return True
    first = argv[0]
    return first not in commands and not first.startswith("-")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        commands = _command_names(parser)
        if _wants_editor(args_list, commands):
            return _run_editor(args_list)
        args = parser.parse_args(args_list)
        if getattr(args, "handler", None) is None:
            parser.print_help()
            return EXIT_USAGE
        status: int = args.handler(args)
        return status
    except CliError as error:
        print(error.message, file=sys.stderr)
        return error.status
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `sla-designer templates | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _run_editor(argv: list[str]) -> int:
    if len(argv) > 1:
        raise CliError(
            f"sla-designer: unknown command {argv[0]!r} (commands: run 'sla-designer --help')"
        )
    # The file is read by a helper process while Qt starts (sla_designer.preload): started
    # first, so that it is done by the time the window is built.
    preload = None
    if argv:
        from pathlib import Path

        from sla_designer import preload as preloading

        preload = preloading.start(Path(argv[0]))
    # Qt is imported here only, so that no other command loads it.
    try:
        from sla_designer.ui.app import run
    except ImportError as error:
        if preload is not None:
            preload.result()  # collect the child
        raise CliError(
            f"sla-designer: the editor cannot start: {error}. Install the Qt system libraries "
            "(see the README) or use the command-line commands."
        ) from None
    status: int = run(argv[0] if argv else None, preload=preload)
    return status
