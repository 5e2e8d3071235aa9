"""`sla-designer summary`: the one-page summary of commitments, as HTML, Word and/or PDF.

As with `export`, errors in the agreement block the summary (`--draft` writes it anyway, marked
as a draft), and every output is written whole or not at all. The PDF is converted from the Word
document by LibreOffice, as the contract's is: no Qt is loaded (the command line never goes
through the editor's code).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from sla_designer.cli.common import EXIT_FINDINGS, EXIT_OK, CliError, check_outputs, say
from sla_designer.text import LANGUAGES, Texts

if TYPE_CHECKING:
    from sla_designer.export.summary import Summary


def add_parsers(commands: Any, words: Texts) -> None:
    """Add `summary` to an argparse sub-parser set, its help in `words`."""
    p = commands.add_parser("summary", help=words("commands.summary"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--html", metavar="OUT")
    p.add_argument("--docx", metavar="OUT")
    p.add_argument("--pdf", metavar="OUT")
    p.add_argument(
        "--language", "--lang", choices=LANGUAGES, help=words("options.summary_language")
    )
    p.add_argument("--draft", action="store_true", help=words("options.summary_draft"))
    p.set_defaults(handler=run_summary)


def run_summary(args: argparse.Namespace) -> int:
    from sla_designer.cli.reporting import finding_line
    from sla_designer.export.summary import build_summary
    from sla_designer.io import LoadError, load_document
    from sla_designer.validation import validate

    if not (args.html or args.docx or args.pdf):
        raise CliError.of("cli.errors.nothing_to_summarise")
    check_outputs(args, ("html", "docx", "pdf"))
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
    # The PDF first: when LibreOffice cannot make it, no output of this run is written.
    if args.pdf:
        _write_pdf(summary, args.pdf)
    _write_others(summary, args)
    for key, output in (
        ("summary.html", args.html),
        ("summary.docx", args.docx),
        ("summary.pdf", args.pdf),
    ):
        if output:
            print(say(language, key, output=output))
    return EXIT_OK


def _write_pdf(summary: Summary, output: str) -> None:
    from sla_designer.export.pdf import PdfExportError
    from sla_designer.export.summary_docx import write_summary_pdf

    try:
        write_summary_pdf(summary, output)
    except PdfExportError as error:
        raise CliError(error) from None


def _write_others(summary: Summary, args: argparse.Namespace) -> None:
    from sla_designer.export.summary_docx import write_summary_docx
    from sla_designer.export.summary_html import summary_html
    from sla_designer.io import SaveError, write_text_atomically

    try:
        if args.html:
            write_text_atomically(args.html, summary_html(summary))
        if args.docx:
            write_summary_docx(summary, args.docx)
    except SaveError as error:
        raise CliError(error) from None
