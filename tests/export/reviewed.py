"""The contract as a legal reviewer reads it: every template's export, in each language, as plain
text, for the checks that each class of reviewer's defect is absent."""

from __future__ import annotations

import re
from functools import cache
from html import unescape

from sla_designer.resources import templates_folder

from sla_designer.catalog import load_catalog
from sla_designer.export.preview import preview_html
from sla_designer.io import load_agreement
from sla_designer.model import Agreement

LANGUAGES = ["en", "pt-BR"]
TEMPLATES = [entry.name for entry in load_catalog()]
PAIRS = [(name, language) for name in TEMPLATES for language in LANGUAGES]
"""Every template in both languages (a reviewer may ask for either)."""


def agreement_of(name: str) -> Agreement:
    """A fresh copy of a starter template (tests may change it)."""
    return load_agreement(str(templates_folder() / f"{name}.yaml"))


def plain(html: str) -> str:
    """The words of a rendered preview, one space between blocks."""
    html = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"</?(p|h\d|td|th|li|div|tr|table|br|ul|ol)\b[^>]*>", " ", html)
    text = unescape(re.sub(r"<[^>]+>", "", html))
    return re.sub(r"\s+", " ", text).strip()


def text_of(agreement: Agreement, language: str | None = None) -> str:
    """The contract `agreement` exports, as plain text."""
    return plain(preview_html(agreement, language=language or agreement.language))


@cache
def template_text(name: str, language: str) -> str:
    """The contract a starter template exports in `language`, as plain text (computed once)."""
    return text_of(agreement_of(name), language)
