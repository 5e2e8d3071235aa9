"""Access to the shipped resources/ and templates/ folders, installed or from a checkout."""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


@cache
def _folder(package: str, checkout_name: str) -> Traversable:
    try:
        found = resources.files(package)
        if found.is_dir():
            return found
    except ModuleNotFoundError:
        pass
    # A source checkout that was not installed: the folders sit beside the package.
    return _CHECKOUT / checkout_name


def resource(*parts: str) -> Traversable:
    """A file or folder under resources/."""
    node = _folder("sla_designer.resources", "resources")
    for part in parts:
        node = node / part
    return node


def templates_folder() -> Traversable:
    """The folder of starter agreements."""
    return _folder("sla_designer.templates", "templates")
