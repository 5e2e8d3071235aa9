"""`sla-designer review`: a legal reviewer's edits of an exported contract, as proposed changes.

    sla-designer review REVIEWED.docx [--against AGREEMENT.yaml] [--format text|json]
                        [--apply -o OUT.yaml] [--language en|pt-BR]

It lists every change (the field in words, old and new, who and when, the comments anchored
there, why it does not apply where it does not), then how the changes were found: by the
controls' tags or by the paragraphs' text, compared with the agreement the document records or
with AGREEMENT.yaml exported again. `--apply -o OUT.yaml` writes the agreement with every change
that applies accepted (atomically) and lists those it could not apply.

Exit status: 0 every change applies (or there is none), 1 some change does not apply, or the
agreement written has errors; 2 usage or input error (a file that is missing, not a Word
document, damaged, or with no agreement to compare with).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sla_designer.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    CliError,
    check_outputs,
    load_for_cli,
    print_json,
    say,
)
from sla_designer.text import LANGUAGES, Texts

if TYPE_CHECKING:
    from sla_designer.model import Agreement
    from sla_designer.review.reading import ProposedChange, Review
    from sla_designer.text.values import Problem
    from sla_designer.validation.findings import Finding


def add_parsers(commands: Any, words: Texts) -> None:
    """Add `review` to an argparse sub-parser set, its help in `words`."""
    p = commands.add_parser("review", help=words("commands.review"))
    p.add_argument("file", metavar="REVIEWED.docx")
    p.add_argument("--against", metavar="AGREEMENT.yaml", help=words("options.against"))
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--apply", action="store_true", help=words("options.apply"))
    p.add_argument("-o", "--output", metavar="OUT.yaml", help=words("options.applied_output"))
    p.add_argument("--language", choices=LANGUAGES, default="en", help=words("options.language"))
    p.set_defaults(handler=run_review)


def run_review(args: argparse.Namespace) -> int:
    from sla_designer.review.package import ReviewError
    from sla_designer.review.reading import load_review

    if args.output and not args.apply:
        raise CliError.of("cli.errors.output_without_apply")
    if args.apply and not args.output:
        raise CliError.of("cli.errors.apply_without_output")
    if args.output:
        if Path(args.output).resolve() == Path(args.file).resolve():
            raise CliError.of("cli.errors.overwrites_review", output=args.output)
        check_outputs(args, ("output",))
    against = load_for_cli(args.against) if args.against else None
    try:
        review = load_review(args.file, against)
    except ReviewError as error:
        raise CliError.of("cli.errors.in_file", file=args.file, problem=error.problem) from None
    language = args.language
    problems: dict[int, Problem] = {
        i: c.problem for i, c in enumerate(review.changes) if c.problem is not None
    }
    outcome = _Outcome(review, language, problems)
    if args.apply:
        changed, refused = _apply(review)
        problems.update({_place(review, change): problem for change, problem in refused})
        _save(changed, args.output)
        outcome.errors = _errors(changed)
        outcome.applied = sum(1 for c in review.changes if c.kind != "comment") - len(refused)
    if args.format == "json":
        print_json(_data(args, outcome))
    else:
        _print_text(args, outcome)
    return EXIT_FINDINGS if problems or outcome.errors else EXIT_OK


@dataclass
class _Outcome:
    """What the command found and did."""

    review: Review
    language: str
    problems: dict[int, Problem]
    """Why each change that does not apply does not, by its place in review.changes."""
    applied: int = 0
    errors: list[Finding] = field(default_factory=list)
    """The errors of the agreement --apply wrote."""


def _apply(review: Review) -> tuple[Agreement, list[tuple[ProposedChange, Problem]]]:
    from sla_designer.review.apply import apply_changes

    return apply_changes(review.agreement, review.changes)


def _place(review: Review, change: ProposedChange) -> int:
    return next(i for i, c in enumerate(review.changes) if c is change)


def _save(agreement: Agreement, output: str) -> None:
    from sla_designer.io import SaveError, save_agreement

    try:
        save_agreement(agreement, output)
    except SaveError as error:
        raise CliError(error) from None


def _errors(agreement: Agreement) -> list[Finding]:
    """The errors of the agreement written (a removed item another one names, say)."""
    from sla_designer.validation import validate

    return [f for f in validate(agreement) if f.severity == "error"]


def _how(args: argparse.Namespace, review: Review, language: str) -> tuple[str, str]:
    method = say(language, f"review.method.{review.method}")
    baseline = say(language, f"review.baseline.{review.baseline_from}", against=args.against)
    return method, baseline


def _print_text(args: argparse.Namespace, outcome: _Outcome) -> None:
    from sla_designer.cli.review_lines import change_line

    review, language, problems = outcome.review, outcome.language, outcome.problems
    for place, change in enumerate(review.changes):
        print(change_line(change, review.agreement, language, problems.get(place)))
    method, baseline = _how(args, review, language)
    count = len(review.changes)
    if count:
        refused = say(language, "review.refused", count=len(problems)) if problems else ""
        summary = say(
            language,
            "review.summary",
            count=count,
            file=args.file,
            refused=refused,
            method=method,
            baseline=baseline,
        )
    else:
        summary = say(language, "review.none", file=args.file, method=method, baseline=baseline)
    print(summary)
    if args.apply:
        print(say(language, "review.written", count=outcome.applied, output=args.output))
    if outcome.errors:
        from sla_designer.cli.reporting import finding_line
        from sla_designer.io import load_document

        written = load_document(args.output)
        for finding in outcome.errors:
            print(finding_line(written, finding, language), file=sys.stderr)


def _data(args: argparse.Namespace, outcome: _Outcome) -> dict[str, Any]:
    from sla_designer.cli.review_lines import change_data

    review, language = outcome.review, outcome.language
    data: dict[str, Any] = {
        "file": args.file,
        "method": review.method,
        "baseline": review.baseline_from,
        "language": review.language,
        "changes": [
            change_data(change, language, outcome.problems.get(place))
            for place, change in enumerate(review.changes)
        ],
    }
    if args.apply:
        data["output"] = args.output
        data["applied"] = outcome.applied
        data["errors"] = [f.to_dict(language) for f in outcome.errors]
    return data
