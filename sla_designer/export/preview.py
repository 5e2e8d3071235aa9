"""The contract text as simple HTML, for the editor's live preview.

Written by the same section writers, from the same clause wording, as the Word document
(sla_designer.export.contract), so the preview shows the Word document's clause numbers and
sentences. No Qt here: the editor puts the string in a text view.
"""

from __future__ import annotations

from sla_designer.export.contract import write_contract
from sla_designer.export.html_target import HtmlTarget
from sla_designer.export.wording import load_wording
from sla_designer.model import Agreement

# Kept small: Qt's rich-text engine understands only a subset of CSS.
STYLE = """\
body { font-family: sans-serif; }
p.title { font-size: x-large; font-weight: bold; }
p.subtitle { font-size: large; }
span.num { font-weight: bold; }
h1.annex { font-style: italic; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: 2px 4px; vertical-align: top; }
th { background: #e8e8e8; }
"""


def preview_html(agreement: Agreement, language: str | None = None) -> str:
    """The contract of `agreement` as an HTML document, in `language` or the agreement's own.

    Each top-level clause carries the id `sec-<model section>` ('sec-metrics', 'sec-remedies',
    'sec-signing'); sub-clauses that other clauses refer to carry ids from their model ids
    ('metric-portal-uptime'); values carry their model path in `data-path`.
    """
    if language is not None and language != agreement.language:
        agreement = agreement.model_copy(update={"language": language})
    target = HtmlTarget()
    write_contract(agreement, target)
    lang = load_wording(agreement.language)("formats.tag")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<style>\n{STYLE}</style>\n</head>\n<body>\n{target.finish()}</body>\n</html>\n"
    )
