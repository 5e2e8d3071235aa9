"""`sla-designer export FILE --zendesk DIR --freshdesk DIR …`: the agreed targets in the formats
of the systems that enforce them (sla_designer.handoff), each written atomically, and the report
of what did not map on stdout.

Every system of the registry (sla_designer.handoff.systems.SYSTEMS) gets its option here: a
folder or a file, and, for a system with priorities of its own, `--NAME-priority ID=VALUE`
(repeatable) to confirm the mapping of the agreement's priorities to the system's.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sla_designer.cli.common import CliError
from sla_designer.model import Agreement


def add_options(parser: Any, language: str) -> None:
    """The export command's options of every target system, their help in `language`."""
    from sla_designer.handoff.systems import SYSTEMS
    from sla_designer.text import texts

    words = texts(language)
    for system in SYSTEMS.values():
        metavar = "DIR" if system.output == "folder" else "FILE"
        parser.add_argument(
            f"--{system.name}", metavar=metavar, help=words(f"{system.texts}.option")
        )
        if system.priorities:
            parser.add_argument(
                f"--{system.name}-priority",
                metavar="ID=VALUE",
                action="append",
                default=[],
                help=words(f"{system.texts}.priority_option"),
            )


def requested(args: argparse.Namespace) -> list[str]:
    """The systems the command line asks for, in the registry's order."""
    from sla_designer.handoff.systems import SYSTEMS

    return [name for name in SYSTEMS if getattr(args, name, None)]


def check_destinations(args: argparse.Namespace, taken: dict[Path, str]) -> None:
    """Refuse a destination that cannot be written before anything is written: a folder
    system's path that is a file or has no parent folder, a file system's path that is a folder,
    two outputs on one path, the agreement itself; and a malformed priority mapping."""
    from sla_designer.handoff.systems import SYSTEMS

    for name in requested(args):
        system = SYSTEMS[name]
        value = getattr(args, name)
        target = Path(value)
        if system.output == "folder":
            if target.exists() and not target.is_dir():
                raise CliError.of("handoff.errors.file_for_folder", output=value, option=name)
        elif target.is_dir():
            raise CliError.of("handoff.errors.folder_for_file", output=value, option=name)
        if not target.parent.is_dir():
            raise CliError.of("cli.errors.no_folder", output=value, folder=str(target.parent))
        resolved = target.resolve()
        if resolved == Path(args.file).resolve():
            raise CliError.of("cli.errors.overwrites_source", output=value, option=name)
        first = taken.setdefault(resolved, name)
        if first != name:
            raise CliError.of("cli.errors.same_output", output=value, first=first, second=name)
        priority_options(args, name)


def priority_options(args: argparse.Namespace, name: str) -> dict[str, str]:
    """`--NAME-priority P1=urgent …` as a mapping; a malformed one is a one-line error."""
    mapping: dict[str, str] = {}
    for item in getattr(args, f"{name.replace('-', '_')}_priority", None) or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise CliError.of(
                "handoff.errors.priority_option", option=f"{name}-priority", value=item
            )
        mapping[key.strip()] = value.strip().lower()
    return mapping


def check_mappings(agreement: Agreement, args: argparse.Namespace) -> None:
    """Refuse a priority mapping that names a priority the agreement or the system does not
    have, before anything is written."""
    from sla_designer.handoff.report import system_name
    from sla_designer.handoff.systems import SYSTEMS
    from sla_designer.handoff.tickets import priority_mapping
    from sla_designer.text.values import Problem

    for name in requested(args):
        system = SYSTEMS[name]
        if system.priorities:
            shown = system_name(name, "en")
            try:
                priority_mapping(agreement, system.priorities, priority_options(args, name), shown)
            except Problem as error:
                raise CliError(error) from None


def export_handoffs(agreement: Agreement, args: argparse.Namespace) -> None:
    """Build and write every system asked for; print what was written and what did not map, in
    the agreement's language. A system's problem (an unknown priority, a folder that cannot be
    written) stops the export with a one-line error; files already written stay whole."""
    from sla_designer.handoff.report import report_lines, system_name
    from sla_designer.handoff.systems import SYSTEMS
    from sla_designer.handoff.writing import write_handoff
    from sla_designer.io import SaveError
    from sla_designer.text import texts
    from sla_designer.text.values import Problem

    language = agreement.language
    for name in requested(args):
        system = SYSTEMS[name]
        destination = getattr(args, name)
        try:
            handoff = system.build(
                agreement, language=language, priorities=priority_options(args, name)
            )
            written = write_handoff(handoff, destination, system.output)
        except (Problem, SaveError) as error:
            raise CliError(error) from None
        shown = system_name(name, language)
        print(
            texts(language)(
                "handoff.report.written", count=len(written), output=destination, system=shown
            )
        )
        for line in report_lines(handoff, language):
            print(line)
