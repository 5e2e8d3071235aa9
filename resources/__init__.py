"""Shipped resources (Word reference template, clause wording, translations) and the starter
templates, found through importlib.resources so that an installed wheel finds them too.

This folder is installed as the package `sla_designer.resources`; templates/ as
`sla_designer.templates`.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """A file or folder under resources/, e.g. resource("word", "reference.docx")."""
    node = resources.files(__name__)
    for part in parts:
        node = node / part
    return node


def templates_folder() -> Traversable:
    """The folder of starter agreements (templates/)."""
    return resources.files("sla_designer.templates")
