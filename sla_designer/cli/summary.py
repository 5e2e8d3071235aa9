"""`sla-designer summary`: the one-page summary of commitments, as HTML and/or PDF.

As with `export`, errors in the agreement block the summary (`--draft` writes it anyway, marked
as a draft), and every output is written whole or not at all. The PDF is printed by Qt's text
engine (no window is opened): only that output loads Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sla_designer.cli.common import EXIT_FINDINGS, EXIT_OK, CliError, say
from sla_designer.text import LANGUAGES, Texts


def add_parsers(commands: Any, words: Texts) -> None:
    """Add `summary` to an argparse sub-parser set, its help in `words`."""
    p = commands.add_parser("summary", help=words("commands.summary"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--html", metavar="OUT")
    p.add_argument("--pdf", metavar="OUT")
    p.add_argument(
        "--language", "--lang", choices=LANGUAGES, help=words("options.summary_language")
    )
    p.add_argument("--draft", action="store_true", help=words("options.summary_draft"))
    p.set_defaults(handler=run_summary)


def run_summary(args: argparse.Namespace) -> int:
    from sla_designer.cli.reporting import finding_line
    from sla_designer.export.summary import build_summary
    from sla_designer.export.summary_html import summary_html
    from sla_designer.io import LoadError, load_document
    from sla_designer.validation import validate

    if not (args.html or args.pdf):
        raise CliError.of("cli.errors.nothing_to_summarise")
    _check_outputs(args)
    try:
        document = load_document(args.file)
    except LoadError as error:
        raise CliError(error) from None
    agreement = document.agreement
    language = args.language or agreement.language
    errors = [f for f in validate(agreement) if f.severity == "error"]
    if errors and not args.draft:
        for finding in errors:
            print(finding_line(document, finding, language), file=sys.stderr)
        blocked = say(language, "summary.blocked", count=len(errors), file=args.file)
        print(blocked, file=sys.stderr)
        return EXIT_FINDINGS
    summary = build_summary(agreement, language, draft=bool(errors))
    html = summary_html(summary)
    # The PDF first: when Qt cannot print it, no output of this run is written.
    if args.pdf:
        _write_pdf(html, args.pdf, f"{summary.heading} – {summary.title}")
    if args.html:
        from sla_designer.io import SaveError, write_text_atomically

        try:
            write_text_atomically(args.html, html)
        except SaveError as error:
            raise CliError(error) from None
    for key, output in (("summary.html", args.html), ("summary.pdf", args.pdf)):
        if output:
            print(say(language, key, output=output))
    return EXIT_OK


def _write_pdf(html: str, output: str, title: str) -> None:
    from sla_designer.io import SaveError

    try:
        from sla_designer.ui.summary_pdf import write_summary_pdf
    except ImportError as error:
        raise CliError.of("cli.errors.summary_pdf_needs_qt", error=str(error)) from None
    try:
        write_summary_pdf(html, output, title)
    except SaveError as error:
        raise CliError(error) from None


def _check_outputs(args: argparse.Namespace) -> None:
    """Refuse an output path that cannot be written before anything is written."""
    seen: dict[Path, str] = {}
    for option in ("html", "pdf"):
        value = getattr(args, option)
        if value is None:
            continue
        target = Path(value)
        if target.is_dir():
            raise CliError.of("cli.errors.folder_for_option", output=value, option=option)
        if not target.parent.is_dir():
            raise CliError.of("cli.errors.no_folder", output=value, folder=str(target.parent))
        same = seen.setdefault(target.resolve(), option)
        if same != option:
            raise CliError.of("cli.errors.same_output", output=value, first=same, second=option)
        if target.resolve() == Path(args.file).resolve():
            raise CliError.of("cli.errors.overwrites_source", output=value, option=option)
