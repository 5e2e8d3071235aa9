"""`sla-designer diff`: what changed between two versions of an agreement, field by field.

    sla-designer diff OLD.yaml NEW.yaml [--format text|json] [--language en|pt-BR]

Each change on a line: the clauses of the document it touches, the field in words after the
editor's step where it is edited, the old and the new value as the contract writes them
("Clause 6.3, Metrics and targets › Metric «Resolution» › Target «P2» › Within: 8 Business Hours
→ 6 Business Hours"). Items of lists are matched by id: a reordered list is a move.

Exit status, like diff(1): 0 the agreements are the same, 1 they differ, 2 usage or input error.
"""

from __future__ import annotations

import argparse
from typing import Any

from sla_designer.cli.common import EXIT_FINDINGS, EXIT_OK, load_for_cli, print_json
from sla_designer.text import LANGUAGES, Texts, texts


def add_parsers(commands: Any, words: Texts) -> None:
    """Add `diff` to an argparse sub-parser set, its help in `words`."""
    p = commands.add_parser("diff", help=words("commands.diff"))
    p.add_argument("old", metavar="OLD.yaml")
    p.add_argument("new", metavar="NEW.yaml")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--language", choices=LANGUAGES, default="en", help=words("options.language"))
    p.set_defaults(handler=run_diff)


def run_diff(args: argparse.Namespace) -> int:
    from sla_designer.versions.words import compare

    old = load_for_cli(args.old)
    new = load_for_cli(args.new)
    compared = compare(old, new, args.language)
    if args.format == "json":
        print_json(
            {
                "old": args.old,
                "new": args.new,
                "same": not compared.changes,
                "changes": [change.data() for change in compared.changes],
            }
        )
    else:
        t = texts(args.language).section("versions")
        shown = compared.shown()
        for change in shown:
            print(change.line())
        if compared.changes:
            print(t("summary", count=len(shown), old=args.old, new=args.new))
        else:
            print(t("same", old=args.old, new=args.new))
    return EXIT_FINDINGS if compared.changes else EXIT_OK
