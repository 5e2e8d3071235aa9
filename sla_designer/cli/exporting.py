"""`sla-designer export`: YAML, Word and PDF from one agreement file.

Errors block a final export; `--draft` writes anyway and the document says DRAFT.
Every output is written atomically, so a failed export leaves earlier files untouched.
With --redline-against OLD the Word document shows the changes since OLD as tracked changes,
made under --author (by default the user account's full name) at the export time.
With --zendesk DIR, --freshdesk DIR (every system of sla_designer.handoff.systems) the agreed
targets are also written in the formats of the systems that enforce them, with the report of what
did not map on stdout (cli/handoff.py).
Exported in a language other than the agreement's, the free-text fields still in the agreement's
language are listed on stderr as warnings; the export goes on.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from sla_designer.cli.common import EXIT_FINDINGS, EXIT_OK, CliError, check_outputs, say
from sla_designer.io import LoadedDocument
from sla_designer.model import Agreement

if TYPE_CHECKING:
    from sla_designer.export import Redline


def export_outputs(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sla_designer.cli import handoff
    from sla_designer.cli.reporting import finding_line
    from sla_designer.io import LoadError, load_document
    from sla_designer.validation import validate

    check_outputs(args, ("yaml", "docx", "pdf"))
    taken = {
        Path(getattr(args, o)).resolve(): o for o in ("yaml", "docx", "pdf") if getattr(args, o)
    }
    handoff.check_destinations(args, taken)
    try:
        document = load_document(args.file)
    except LoadError as error:
        raise CliError(error) from None
    agreement = document.agreement
    if args.language:
        agreement = agreement.model_copy(update={"language": args.language})
    redline = _redline(args, agreement) if args.redline_against else None
    handoff.check_mappings(agreement, args)
    errors = [f for f in validate(agreement) if f.severity == "error"]
    if errors and not args.draft:
        for finding in errors:
            print(finding_line(document, finding, agreement.language), file=sys.stderr)
        blocked = say(agreement.language, "export.blocked", count=len(errors), file=args.file)
        print(blocked, file=sys.stderr)
        return EXIT_FINDINGS
    # The fields still in the agreement's language concern a document; a target system's files
    # take the agreement's words as they are.
    document_asked = args.docx or args.pdf or args.yaml
    if document_asked and agreement.language != document.agreement.language:
        _warn_foreign_text(document, agreement.language)
    # What was written is said in the language of the findings above: the agreement's.
    if args.yaml:
        _export_yaml(agreement, args.yaml)
    if args.docx or args.pdf:
        _export_word(agreement, args, draft=bool(errors), redline=redline)
    handoff.export_handoffs(agreement, args)
    return EXIT_OK


def _warn_foreign_text(document: LoadedDocument, language: str) -> None:
    """One warning line per free-text field still in the agreement's language, with its place in
    the file, after one that says what they are."""
    from sla_designer.export.foreign_text import excerpt, foreign_fields
    from sla_designer.model.paths import format_path
    from sla_designer.text import texts

    found = foreign_fields(document.agreement, language, language)
    if not found:
        return
    words = texts(language).section("foreign")
    written = words(f"languages.{document.agreement.language}")
    summary = words(
        "warning", count=len(found), written=written, export=words(f"languages.{language}")
    )
    # "warning", as a finding's severity is written: a word tools match on, in every language.
    print(f"{document.file}: warning: {summary}", file=sys.stderr)
    for field in found:
        position = document.source.locate(field.path)
        where = document.file + (f":{position[0]}:{position[1]}" if position else "")
        message = words("line", label=field.label, written=written, excerpt=excerpt(field.text))
        path = format_path(field.path)
        print(f"{where}: {path}: warning: {message} [foreign-text]", file=sys.stderr)


def _export_yaml(agreement: Agreement, output: str) -> None:
    from sla_designer.io import SaveError, save_agreement

    try:
        save_agreement(agreement, output)
    except SaveError as error:
        raise CliError(error) from None
    print(say(agreement.language, "export.yaml", output=output))


def _redline(args: argparse.Namespace, agreement: Agreement) -> Redline:
    """What the Word document marks its changes against: the earlier version OLD, read before
    anything is written (a bad file is a one-line error with its place)."""
    from pathlib import Path

    from sla_designer.export import Redline
    from sla_designer.export.tracked import user_full_name
    from sla_designer.io import LoadError, load_agreement

    if Path(args.docx).resolve() == Path(args.redline_against).resolve():
        raise CliError.of(
            "cli.errors.overwrites_old", output=args.docx, against=args.redline_against
        )
    try:
        old = load_agreement(args.redline_against)
    except LoadError as error:
        raise CliError(error) from None
    author = args.author if args.author is not None else user_full_name()
    return Redline(old, author.strip())


def _export_word(
    agreement: Agreement, args: argparse.Namespace, draft: bool, redline: Redline | None
) -> None:
    from sla_designer.export import ExportError, PdfExportError, export_docx_and_pdf

    try:
        filled = export_docx_and_pdf(
            agreement,
            docx=args.docx,
            pdf=args.pdf,
            paper=args.paper,
            draft=draft,
            contents=not args.no_toc_update,
            redline=redline,
        )
    except (ExportError, PdfExportError) as error:
        raise CliError(error) from None
    for key, output in (("export.docx", args.docx), ("export.pdf", args.pdf)):
        if key == "export.docx" and output and redline is not None:
            against, author = args.redline_against, redline.author
            print(
                say(
                    agreement.language,
                    "export.redline",
                    output=output,
                    against=against,
                    author=author,
                )
            )
        elif output:
            print(say(agreement.language, key, output=output))
    if args.docx and not filled:
        # Not an error: the document is complete, and Word numbers the pages when it updates.
        left = "export.contents_skipped" if args.no_toc_update else "export.contents_left"
        print(say(agreement.language, left, output=args.docx))
