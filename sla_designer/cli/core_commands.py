"""Core sub-commands: templates, new, validate, export, schema."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sla_designer.cli import handoff
from sla_designer.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    print_json,
    say,
)
from sla_designer.text import LANGUAGES, Texts


def add_parsers(commands: Any, words: Texts) -> None:
    """Add the core sub-commands to an argparse sub-parser set, their help in `words`."""
    p = commands.add_parser("templates", help=words("commands.templates"))
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--language", choices=LANGUAGES, default="en", help=words("options.language"))
    p.set_defaults(handler=run_templates)

    p = commands.add_parser("new", help=words("commands.new"))
    p.add_argument("--template", required=True, metavar="NAME")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help=words("options.force"))
    p.set_defaults(handler=run_new)

    p = commands.add_parser("validate", help=words("commands.validate"))
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--strict", action="store_true", help=words("options.strict"))
    p.add_argument("--language", choices=LANGUAGES, default="en", help=words("options.language"))
    p.set_defaults(handler=run_validate)

    p = commands.add_parser("export", help=words("commands.export"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--docx", metavar="OUT")
    p.add_argument("--pdf", metavar="OUT")
    p.add_argument("--yaml", metavar="OUT")
    p.add_argument("--language", choices=LANGUAGES, help=words("options.document_language"))
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    p.add_argument(
        "--draft",
        action="store_true",
        help=words("options.draft"),
    )
    p.add_argument("--no-toc-update", action="store_true", help=words("options.no_toc_update"))
    p.add_argument("--redline-against", metavar="OLD", help=words("options.redline_against"))
    p.add_argument("--author", metavar="NAME", help=words("options.author"))
    handoff.add_options(p, words.language)
    p.set_defaults(handler=run_export)

    p = commands.add_parser("schema", help=words("commands.schema"))
    p.add_argument("-o", "--output", metavar="FILE")
    p.set_defaults(handler=run_schema)


def run_templates(args: argparse.Namespace) -> int:
    from sla_designer.catalog import load_catalog

    entries = load_catalog()
    if args.format == "json":
        print_json(
            [
                {
                    "name": e.name,
                    "title": e.title(args.language),
                    "description": e.description(args.language),
                }
                for e in entries
            ]
        )
        return EXIT_OK
    width = max((len(e.name) for e in entries), default=0)
    for entry in entries:
        print(f"{entry.name.ljust(width)}  {entry.description(args.language)}")
    return EXIT_OK


def run_new(args: argparse.Namespace) -> int:
    from sla_designer.catalog import TemplateError, load_template
    from sla_designer.io import SaveError, save_agreement

    output = Path(args.output)
    if output.is_dir():
        example = output / "sla.yaml"
        raise CliError.of("cli.errors.is_folder", output=str(output), example=str(example))
    if output.exists() and not args.force:
        raise CliError.of("cli.errors.exists", output=str(output))
    try:
        agreement = load_template(args.template)
    except TemplateError as error:
        raise CliError.of("cli.errors.new_template", problem=error) from None
    try:
        save_agreement(agreement, output)
    except SaveError as error:
        raise CliError(error) from None
    print(say("en", "new.created", output=output, template=args.template))
    return EXIT_OK


def run_validate(args: argparse.Namespace) -> int:
    from sla_designer.cli.reporting import report_findings
    from sla_designer.io import LoadError, load_document
    from sla_designer.validation import validate

    status = EXIT_OK
    results: list[dict[str, Any]] = []
    for name in args.files:
        try:
            document = load_document(name)
        except LoadError as error:
            status = EXIT_USAGE
            if args.format == "json":
                results.append({"file": name, "loaded": False, "error": _error_dict(error)})
            else:
                print(error.text(args.language), file=sys.stderr)
            continue
        findings = validate(document.agreement)
        failed = any(
            f.severity == "error" or (args.strict and f.severity == "warning") for f in findings
        )
        if failed and status == EXIT_OK:
            status = EXIT_FINDINGS
        results.append(report_findings(document, findings, args.language, args.format == "text"))
    if args.format == "json":
        print_json({"status": status, "files": results})
    return status


def _error_dict(error: Any) -> dict[str, Any]:
    return {
        "line": error.line,
        "column": error.column,
        "path": ".".join(str(p) for p in error.path) if error.path else "",
        "message": error.message,
    }


def run_export(args: argparse.Namespace) -> int:
    from sla_designer.cli.exporting import export_outputs

    if not (args.docx or args.pdf or args.yaml or handoff.requested(args)):
        raise CliError.of("cli.errors.nothing_to_export")
    if args.redline_against and not args.docx:
        raise CliError.of("cli.errors.redline_without_docx")
    if args.author is not None and not args.redline_against:
        raise CliError.of("cli.errors.author_without_redline")
    return export_outputs(args)


def run_schema(args: argparse.Namespace) -> int:
    from sla_designer.io import SaveError, json_schema_text, write_text_atomically

    text = json_schema_text()
    if args.output:
        try:
            write_text_atomically(args.output, text)
        except SaveError as error:
            raise CliError(error) from None
    else:
        sys.stdout.write(text)
    return EXIT_OK
