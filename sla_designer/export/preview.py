"""The contract text as simple HTML, for the editor's live preview.

Written by the same section writers, from the same clause wording, as the Word document
(sla_designer.export.contract), so the preview shows the Word document's clause numbers and
sentences. No Qt here: the editor puts the string in a text view.
"""

from __future__ import annotations

from sla_designer.export.contract import write_contract
from sla_designer.export.html_target import HtmlTarget
from sla_designer.export.reviewed_wording import preview_wording
from sla_designer.export.wording import load_wording
from sla_designer.model import Agreement

# Kept small: Qt's rich-text engine understands only a subset of CSS. Sizes, fonts and colours
# are the Word reference document's (resources/word/build_reference.py): body 10.5 pt, headings
# 13, 11.5 and 11 pt, title 24 pt, subtitle 14 pt, so the preview keeps the document's
# proportions instead of a browser's (where a first-level heading is twice the body text).
# Spacing is in pixels (Qt reads margins in px only): 18, 12 and 8 pt before headings, 6 after.
HEADING_SIZES_PT = {1: 13.0, 2: 11.5, 3: 11.0}
BODY_SIZE_PT = 10.5
STYLE = f"""\
body {{ font-family: Cambria, serif; font-size: {BODY_SIZE_PT}pt; }}
h1, h2, h3 {{ font-family: Calibri, sans-serif; color: #1F3864; font-weight: bold;
  margin-bottom: 8px; }}
h1 {{ font-size: {HEADING_SIZES_PT[1]}pt; margin-top: 24px; text-transform: uppercase; }}
h2 {{ font-size: {HEADING_SIZES_PT[2]}pt; margin-top: 16px; }}
h3 {{ font-size: {HEADING_SIZES_PT[3]}pt; margin-top: 11px; }}
p {{ margin-top: 0; margin-bottom: 8px; }}
p.title {{ font-family: Calibri, sans-serif; font-size: 24pt; font-weight: bold;
  color: #1F3864; }}
p.subtitle {{ font-family: Calibri, sans-serif; font-size: 14pt; }}
span.num {{ font-weight: bold; }}
h1.annex {{ font-style: italic; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #999; padding: 2px 4px; vertical-align: top; }}
th {{ background: #e8e8e8; }}
"""


def preview_html(agreement: Agreement, language: str | None = None) -> str:
    """The contract of `agreement` as an HTML document, in `language` or the agreement's own.

    Each top-level clause carries the id `sec-<model section>` ('sec-metrics', 'sec-remedies',
    'sec-signing'); sub-clauses that other clauses refer to carry ids from their model ids
    ('metric-portal-uptime'); values carry their model path in `data-path`. The reviewer's
    wording the agreement keeps is printed as in the Word document.
    """
    if language is not None and language != agreement.language:
        agreement = agreement.model_copy(update={"language": language})
    target = HtmlTarget()
    ctx = write_contract(agreement, target)
    wording = None
    if agreement.reviewed_wording:
        wording = preview_wording(agreement, target, ctx.t("cover.contents"))
    lang = load_wording(agreement.language, agreement.date_style)("formats.tag")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<style>\n{STYLE}</style>\n</head>\n<body>\n{target.finish(wording)}</body>\n</html>\n"
    )
