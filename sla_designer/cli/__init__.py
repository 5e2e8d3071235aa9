"""The `sla-designer` command: the editor, and everything that is not interactive.

Exit status: 0 success, 1 the agreement has errors (or a check failed), 2 usage or input error.
The command line works on model, io, calc and export; it never imports the Qt user interface,
except to start the editor.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from sla_designer.cli.common import EXIT_OK, EXIT_USAGE, CliError, say

COMMANDS = frozenset(
    (
        "templates",
        "new",
        "validate",
        "export",
        "schema",
        "budget",
        "credit",
        "due",
        "staff",
        "summary",
        "review",
        "diff",
        "backtest",
        "sample-tickets",
    )
)
"""The sub-commands (sla_designer.cli.parser has their options). Anything else opens the editor,
which so starts without building the argument parser."""


def _wants_editor(argv: Sequence[str]) -> bool:
    if not argv:
        return True
    first = argv[0]
    return first not in COMMANDS and not first.startswith("-")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    language = "en"
    try:
        if _wants_editor(args_list):
            return _run_editor(args_list)
        from sla_designer.cli.parser import build_parser

        parser = build_parser()
        args = parser.parse_args(args_list)
        # Errors speak the command's --language; a command without one speaks English.
        language = getattr(args, "language", None) or "en"
        if getattr(args, "handler", None) is None:
            parser.print_help()
            return EXIT_USAGE
        status: int = args.handler(args)
        return status
    except CliError as error:
        print(error.text(language), file=sys.stderr)
        return error.status
    except KeyboardInterrupt:
        print(say(language, "errors.interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `sla-designer templates | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _run_editor(argv: list[str]) -> int:
    if len(argv) > 1:
        raise CliError.of("cli.errors.unknown_command", command=argv[0])
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
            preload.cancel()
        raise CliError.of("cli.errors.editor_cannot_start", error=str(error)) from None
    status: int = run(argv[0] if argv else None, preload=preload)
    return status
