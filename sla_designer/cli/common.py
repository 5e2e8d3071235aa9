"""What every sub-command shares: the error type, exit statuses, loading an agreement."""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sla_designer.text.formats import Formatter

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A user mistake or an input problem: printed as one line, no traceback.

    It carries the problem itself (a Problem of the text layer, or another module's error), so
    that the command prints it in its --language.
    """

    def __init__(self, problem: BaseException, status: int = EXIT_USAGE) -> None:
        super().__init__(str(problem))
        self.problem = problem
        self.status = status

    @classmethod
    def of(cls, key: str, /, status: int = EXIT_USAGE, **values: Any) -> CliError:
        """The error of a phrase of the text layer: CliError.of('cli.errors.exists', output=…)."""
        from sla_designer.text.values import Problem

        return cls(Problem(key, **values), status)

    @property
    def message(self) -> str:
        """The message in English."""
        return self.text("en")

    def text(self, language: str) -> str:
        """The message in `language` (a Problem's phrase; another error's own text)."""
        from sla_designer.text.values import problem_text

        return problem_text(self.problem, language)


def say(language: str, key: str, /, count: int | None = None, **values: object) -> str:
    """A phrase of the command line (`cli.yaml`) in `language`: say('en', 'export.yaml', …)."""
    from sla_designer.text import texts

    return texts(language)(f"cli.{key}", count=count, **values)


@cache
def as_written(language: str) -> Formatter:
    """The one formatter, writing each number with the decimals it has ('99.90 %', '10.0').

    The command line echoes what was typed (an objective, a target) and what a calculator
    computed (an amount, a rounded figure) digit for digit, in the language's separators.
    """
    from sla_designer.text import texts
    from sla_designer.text.formats import Formatter

    return Formatter(texts(language).section("terms"), as_written=True)


def load_for_cli(path: str | Path) -> Any:
    """Load an agreement file; a load problem becomes a one-line CliError (exit status 2)."""
    from sla_designer.io import LoadError, load_agreement

    try:
        return load_agreement(Path(path))
    except LoadError as error:
        raise CliError(error) from None


def print_json(data: Any) -> None:
    """Print machine-readable output, stable key order as given."""
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def check_outputs(args: Any, options: tuple[str, ...]) -> None:
    """Refuse an output path that cannot be written before anything is written: the output
    options `options` of a command (a folder, a missing folder, two outputs on one path, or the
    agreement itself)."""
    seen: dict[Path, str] = {}
    for option in options:
        value = getattr(args, option)
        if value is None:
            continue
        target = check_output(value, option)
        same = seen.setdefault(target.resolve(), option)
        if same != option:
            raise CliError.of("cli.errors.same_output", output=value, first=same, second=option)
        if target.resolve() == Path(args.file).resolve():
            raise CliError.of("cli.errors.overwrites_source", output=value, option=option)


def check_output(output: str, option: str) -> Path:
    """Refuse an output that is a folder, or in a folder that does not exist; its path."""
    target = Path(output)
    if target.is_dir():
        raise CliError.of("cli.errors.folder_for_option", output=output, option=option)
    if not target.parent.is_dir():
        raise CliError.of("cli.errors.no_folder", output=output, folder=str(target.parent))
    return target
