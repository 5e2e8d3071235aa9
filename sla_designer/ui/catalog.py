"""The starter templates: their names, titles and descriptions in both languages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from sla_designer.io import loads_agreement
from sla_designer.model import Agreement
from sla_designer.resources import templates_folder


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    title: str
    description: dict[str, str]

    def text(self, language: str = "en") -> str:
        return self.description.get(language) or self.description.get("en", "")


def _catalog() -> dict[str, Any]:
    node = templates_folder() / "catalog.yaml"
    if not node.is_file():
        return {}
    data = yaml.safe_load(node.read_text("utf-8"))
    if isinstance(data, dict) and isinstance(data.get("templates"), list | dict):
        data = data["templates"]
    if isinstance(data, list):
        return {str(entry.get("name")): entry for entry in data if isinstance(entry, dict)}
    return data if isinstance(data, dict) else {}


def _descriptions(entry: Any) -> dict[str, str]:
    if not isinstance(entry, dict):
        return {}
    described = entry.get("description", entry)
    if isinstance(described, str):
        return {"en": described}
    if isinstance(described, dict):
        return {k: str(v) for k, v in described.items() if k in ("en", "pt-BR")}
    return {}


def list_templates() -> list[TemplateInfo]:
    """Every starter template, by name; descriptions from catalog.yaml."""
    catalog = _catalog()
    found = []
    for node in sorted(templates_folder().iterdir(), key=lambda n: n.name):
        if not node.name.endswith(".yaml") or node.name == "catalog.yaml":
            continue
        name = node.name.removesuffix(".yaml")
        entry = catalog.get(name, {})
        title = entry.get("title", "") if isinstance(entry, dict) else ""
        found.append(
            TemplateInfo(
                name, str(title or name.replace("-", " ").capitalize()), _descriptions(entry)
            )
        )
    return found


def load_template(name: str) -> Agreement:
    """The agreement of a starter template."""
    node = templates_folder() / f"{name}.yaml"
    return loads_agreement(node.read_text("utf-8"), source=f"templates/{name}.yaml")
