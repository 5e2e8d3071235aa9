"""Every word the product generates, per language, read from resources/text/<language>/*.yaml.

One loader serves the contract's clauses, the findings, the calculators' explanations, the names
of units, windows, formulas and metric kinds, and the command line's output. Each file is a
namespace named after it: `clauses.yaml` holds the keys `clauses.…`, `findings.yaml` the keys
`findings.…`. Both languages have the same keys with the same placeholders (a test checks it).

A phrase is a `str.format` pattern: only the pattern is interpreted, so braces in the values
(an agreement's own text) are inserted as they are. A phrase may also be a mapping of plural
forms (`one`, `other`), chosen by the `count` given with it.

Qt's translation file holds the window chrome only (menus, buttons, dialog titles, field labels);
everything a user reads as the product's output comes from here, without Qt.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, Literal

import yaml

Language = Literal["en", "pt-BR"]
LANGUAGES: tuple[Language, ...] = ("en", "pt-BR")

_PLURAL_FORMS = ("one", "other")


class TextError(ValueError):
    """A text file is missing, malformed, or lacks a phrase the code asks for."""


def language_of(value: str | None) -> Language:
    """'pt-BR' for any Portuguese tag ('pt', 'pt_BR', 'pt-BR'), else 'en'."""
    return "pt-BR" if value and value.replace("_", "-").lower().startswith("pt") else "en"


def plural_form(count: int | float) -> str:
    """The plural form of a count: 'one' for exactly 1, 'other' for every other count.

    Both languages write "1 hora", "0 horas", "2 horas"; the contract's existing wording follows
    that rule too, so one rule serves both.
    """
    return "one" if count == 1 else "other"


class Texts:
    """The phrases of one language, or of one namespace of it, looked up by dotted key.

    `defaults` are values every phrase may use, e.g. {provider}: how this contract names the
    provider. (A plain class: a dataclass costs the editor's start-up a millisecond.)
    """

    __slots__ = ("_found", "defaults", "language", "prefix", "tree")

    def __init__(
        self,
        language: Language,
        tree: Mapping[str, Any],
        prefix: str = "",
        defaults: Mapping[str, object] | None = None,
        found: dict[str, Any] | None = None,
    ) -> None:
        self.language = language
        self.tree = tree
        self.prefix = prefix
        self.defaults: Mapping[str, object] = defaults or {}
        # Keys already looked up (the files do not change while the product runs), shared by
        # every view of the same tree: an export asks for the same phrases thousands of times.
        self._found: dict[str, Any] = {} if found is None else found

    def _where(self, key: str) -> str:
        return f"text/{self.language}: {self.prefix}{key!r}"

    def has(self, key: str) -> bool:
        """Whether `key` names a phrase or a group of phrases."""
        try:
            self.raw(key)
        except TextError:
            return False
        return True

    def raw(self, key: str) -> Any:
        """The value stored under a dotted key (a phrase, a list or a mapping)."""
        try:
            return self._found[key]
        except KeyError:
            pass
        node: Any = self.tree
        for part in key.split("."):
            if not isinstance(node, Mapping) or part not in node:
                raise TextError(f"{self._where(key)} is missing")
            node = node[part]
        self._found[key] = node
        return node

    def section(self, key: str, **defaults: object) -> Texts:
        """The phrases under `key` as a namespace of their own ('clauses', 'findings')."""
        node = self.raw(key)
        if not isinstance(node, Mapping):
            raise TextError(f"{self._where(key)} is not a group of phrases")
        # A section's keys are relative to it: it has a lookup cache of its own, kept with the
        # tree's so that asking for the same section again finds it warm.
        found = self._found.setdefault(f"\x00{key}", {})
        return Texts(
            self.language, node, f"{self.prefix}{key}.", {**self.defaults, **defaults}, found
        )

    def with_defaults(self, **defaults: object) -> Texts:
        """The same phrases with more values every phrase may use."""
        return Texts(
            self.language, self.tree, self.prefix, {**self.defaults, **defaults}, self._found
        )

    def __call__(self, key: str, /, count: int | float | None = None, **values: object) -> str:
        """The phrase under `key` with `values` filled in.

        A phrase with plural forms takes its form from `count`, which is also available to the
        pattern as {count}.
        """
        return self.render(key, values, count)

    def render(
        self, key: str, values: Mapping[str, object], count: int | float | None = None
    ) -> str:
        """The phrase under `key` with a mapping of values filled in (see `__call__`)."""
        template = self.raw(key)
        if not isinstance(template, str) and isinstance(template, Mapping):
            if not set(template) <= set(_PLURAL_FORMS):
                raise TextError(f"{self._where(key)} is not a phrase")
            if count is None:
                raise TextError(f"{self._where(key)} has plural forms: give a count")
            template = template.get(plural_form(count), template.get("other"))
        if not isinstance(template, str):
            raise TextError(f"{self._where(key)} is not a phrase")
        if count is not None:
            values = {"count": count, **values}
        try:
            return template.format_map({**self.defaults, **values})
        except (KeyError, IndexError, ValueError, AttributeError) as error:
            raise TextError(f"{self._where(key)} uses an unknown value {error}") from None

    def split(self, key: str, placeholder: str, **values: object) -> tuple[str, str]:
        """The phrase around one placeholder, for a value that goes in its own run or control."""
        return self._split(key, placeholder, values, None)

    def split_counted(
        self, key: str, placeholder: str, count: int | float, **values: object
    ) -> tuple[str, str]:
        """`split` of a phrase with plural forms, in the form of `count`."""
        return self._split(key, placeholder, values, count)

    def _split(
        self, key: str, placeholder: str, values: Mapping[str, object], count: int | float | None
    ) -> tuple[str, str]:
        marker = "\x00"
        text = self.render(key, {**values, placeholder: marker}, count)
        before, _, after = text.partition(marker)
        return before, after


def walk(tree: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Every phrase of a tree as (dotted key, value); plural forms count as one phrase."""
    for key, value in tree.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, Mapping) and not (value and set(value) <= set(_PLURAL_FORMS)):
            yield from walk(value, dotted + ".")
        else:
            yield dotted, value


class _Namespaces(Mapping[str, Any]):
    """The files of one language, each read when a phrase of its namespace is first asked for:
    the editor's first page needs the choices, not the contract's clauses."""

    def __init__(self, language: str) -> None:
        # Imported here: importlib.resources costs a few milliseconds that a start-up does
        # not need.
        from sla_designer.resources import resource

        self._language = language
        self._folder = resource("text", language)
        self._read: dict[str, Mapping[str, Any]] = {}

    @property
    def _names(self) -> list[str]:
        if not self._folder.is_dir():
            raise TextError(f"no texts for language {self._language!r}")
        return sorted(
            node.name.removesuffix(".yaml")
            for node in self._folder.iterdir()
            if node.name.endswith(".yaml")
        )

    def __getitem__(self, name: str) -> Mapping[str, Any]:
        if name not in self._read:
            node = self._folder / f"{name}.yaml"
            if "/" in name or not node.is_file():
                raise KeyError(name)
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            data = yaml.load(node.read_text(encoding="utf-8"), Loader=loader)
            if not isinstance(data, dict):
                raise TextError(f"text/{self._language}/{node.name} must hold a mapping")
            self._read[name] = data
        return self._read[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


@cache
def texts(language: str) -> Texts:
    """Every phrase of 'en' or 'pt-BR' (any other tag gets English)."""
    chosen = language_of(language)
    return Texts(chosen, _Namespaces(chosen))
