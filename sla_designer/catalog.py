"""The starter templates shipped in templates/, described by templates/catalog.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from sla_designer.io import LoadError, loads_agreement
from sla_designer.model import Agreement
from sla_designer.resources import templates_folder
from sla_designer.text.values import Problem


class TemplateError(Problem):
    """An unknown template name, or a shipped template that cannot be read."""


@dataclass(frozen=True)
class TemplateEntry:
    """One starter agreement: its name (the file stem), titles and descriptions by language."""

    name: str
    file: str
    titles: dict[str, str]
    descriptions: dict[str, str]

    def title(self, language: str = "en") -> str:
        return self.titles.get(language) or self.titles.get("en") or self.name

    def description(self, language: str = "en") -> str:
        return self.descriptions.get(language) or self.descriptions.get("en", "")

    def text(self) -> str:
        return str((templates_folder() / self.file).read_text(encoding="utf-8"))

    def load(self) -> Agreement:
        return loads_agreement(self.text(), f"templates/{self.file}")


@cache
def load_catalog() -> tuple[TemplateEntry, ...]:
    """Every starter template, in the catalogue's order."""
    text = (templates_folder() / "catalog.yaml").read_text(encoding="utf-8")
    # The C safe loader where PyYAML has it: the catalogue is read while the editor starts.
    data: Any = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    items = data["templates"] if isinstance(data, dict) else data
    entries = []
    for item in items:
        file = str(item["file"])
        entries.append(
            TemplateEntry(
                name=str(item.get("name") or file.removesuffix(".yaml")),
                file=file,
                titles=_by_language(item.get("title", "")),
                descriptions=_by_language(item.get("description", "")),
            )
        )
    return tuple(entries)


def _by_language(value: Any) -> dict[str, str]:
    """A text given once (English) or per language ({en: ..., pt-BR: ...})."""
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    return {"en": str(value)} if value else {}


def find_template(name: str) -> TemplateEntry:
    """The template called `name`; a TemplateError listing the names when there is none."""
    for entry in load_catalog():
        if entry.name == name:
            return entry
    names = ", ".join(e.name for e in load_catalog())
    raise TemplateError("files.templates.unknown", name=repr(name), names=names)


def load_template(name: str) -> Agreement:
    """The agreement of a starter template."""
    entry = find_template(name)
    try:
        return entry.load()
    except LoadError as error:  # a broken shipped template is a packaging fault, said plainly
        raise TemplateError("files.templates.unreadable", name=repr(name), reason=error) from None
