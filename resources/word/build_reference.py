"""Build resources/word/reference.docx, the Word template every exported contract starts from.

Run `python resources/word/build_reference.py` after changing a style here; the output is
byte-for-byte reproducible (fixed zip timestamps, fixed part order), so a diff of the .docx in
version control means a real change. A legal team may also edit reference.docx in Word directly:
the exporter only relies on the style ids and numbering ids listed below.

Why hand-written XML instead of python-docx's default template: that template carries a
stylesWithEffects part that contradicts styles.xml, which Word repairs on open. This package holds
only the parts a contract needs, and every part is schema-valid.

Numbering ids the exporter relies on:
    numId 1  clause numbering (1, 1.1, 1.1.1) linked to Heading 1-3 and Clause Text 2-3
    numId 2  bullets (List Bullet)
    numId 3  lettered lists (a), (b) (List Number); the exporter restarts each list with a new
             w:num pointing at abstractNum 2
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# Twips (1/20 pt). A4 portrait with 2.5 cm margins; Letter is applied at export time.
PAGE_A4 = (11906, 16838)
MARGIN = 1417
CLAUSE_INDENT = 680  # body text aligns with the text of a numbered heading
LEVEL3_INDENT = 1474

HEADING_FONT = "Calibri"
BODY_FONT = "Cambria"
ACCENT = "1F3864"

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE_CT = "application/vnd.openxmlformats-officedocument"
WML_CT = OFFICE_CT + ".wordprocessingml"
CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"

_OVERRIDES = [
    ("/word/document.xml", WML_CT + ".document.main+xml"),
    ("/word/styles.xml", WML_CT + ".styles+xml"),
    ("/word/numbering.xml", WML_CT + ".numbering+xml"),
    ("/word/settings.xml", WML_CT + ".settings+xml"),
    ("/word/fontTable.xml", WML_CT + ".fontTable+xml"),
    ("/word/theme/theme1.xml", OFFICE_CT + ".theme+xml"),
    ("/word/header1.xml", WML_CT + ".header+xml"),
    ("/word/footer1.xml", WML_CT + ".footer+xml"),
    ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    ("/docProps/app.xml", OFFICE_CT + ".extended-properties+xml"),
]
CONTENT_TYPES = (
    f'{XML_HEAD}<Types xmlns="{CT_NS}">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    + "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in _OVERRIDES)
    + "</Types>"
)


def _relationships(rels: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<Relationship Id="rId{i}" Type="{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(rels, start=1)
    )
    return f'{XML_HEAD}<Relationships xmlns="{REL_NS}">{items}</Relationships>'


ROOT_RELS = _relationships(
    [
        (DOC_REL + "/officeDocument", "word/document.xml"),
        (CORE_REL, "docProps/core.xml"),
        (DOC_REL + "/extended-properties", "docProps/app.xml"),
    ]
)
# The header and footer ids (rId5, rId6) are referenced by the section properties below.
DOCUMENT_RELS = _relationships(
    [
        (DOC_REL + "/styles", "styles.xml"),
        (DOC_REL + "/numbering", "numbering.xml"),
        (DOC_REL + "/settings", "settings.xml"),
        (DOC_REL + "/fontTable", "fontTable.xml"),
        (DOC_REL + "/header", "header1.xml"),
        (DOC_REL + "/footer", "footer1.xml"),
        (DOC_REL + "/theme", "theme/theme1.xml"),
    ]
)

_PG_MAR = (
    " ".join(f'w:{side}="{MARGIN}"' for side in ("top", "right", "bottom", "left"))
    + ' w:header="709" w:footer="709" w:gutter="0"'
)
DOCUMENT = (
    f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
    '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr></w:p>'
    '<w:sectPr><w:headerReference w:type="default" r:id="rId5"/>'
    '<w:footerReference w:type="default" r:id="rId6"/>'
    f'<w:pgSz w:w="{PAGE_A4[0]}" w:h="{PAGE_A4[1]}"/><w:pgMar {_PG_MAR}/>'
    '<w:cols w:space="708"/></w:sectPr></w:body></w:document>'
)

HEADER = (
    f'{XML_HEAD}<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
    '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>'
)
FOOTER = (
    f'{XML_HEAD}<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
    '<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p></w:ftr>'
)

SETTINGS = (
    f'{XML_HEAD}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>'
    '<w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
)


def _font(name: str, panose: str, family: str) -> str:
    return (
        f'<w:font w:name="{name}"><w:panose1 w:val="{panose}"/><w:charset w:val="00"/>'
        f'<w:family w:val="{family}"/><w:pitch w:val="variable"/></w:font>'
    )


FONT_TABLE = (
    f'{XML_HEAD}<w:fonts xmlns:w="{W_NS}">'
    + _font(BODY_FONT, "02040503050406030204", "roman")
    + _font(HEADING_FONT, "020F0502020204030204", "swiss")
    + "</w:fonts>"
)

CORE = (
    f"{XML_HEAD}<cp:coreProperties "
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>Service Level Agreement</dc:title><dc:creator>SLA Designer</dc:creator>"
    "<cp:revision>1</cp:revision>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified>'
    "</cp:coreProperties>"
)

APP = (
    f"{XML_HEAD}<Properties "
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>SLA Designer</Application></Properties>"
)


def _style(
    style_id: str,
    name: str,
    *,
    kind: str = "paragraph",
    based_on: str | None = None,
    next_style: str | None = None,
    ppr: str = "",
    rpr: str = "",
    extra: str = "",
    default: bool = False,
    primary: bool = True,
) -> str:
    attrs = f' w:type="{kind}" w:styleId="{style_id}"' + (' w:default="1"' if default else "")
    parts = [f'<w:name w:val="{name}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    if primary:
        parts.append("<w:qFormat/>")
    parts.append(extra)
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if rpr:
        parts.append(f"<w:rPr>{rpr}</w:rPr>")
    return f"<w:style{attrs}>{''.join(parts)}</w:style>"


def _heading(level: int, size: int, before: int, caps: bool) -> str:
    # numPr in the style is what links the heading to the clause numbering; the level in
    # numbering.xml points back with w:pStyle, so Word shows the style as "linked".
    rpr = (
        f'<w:rFonts w:ascii="{HEADING_FONT}" w:hAnsi="{HEADING_FONT}"/><w:b/>'
        + ("<w:caps/>" if caps else "")
        + f'<w:color w:val="{ACCENT}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    )
    ppr = (
        "<w:keepNext/><w:keepLines/>"
        f'<w:numPr><w:ilvl w:val="{level - 1}"/><w:numId w:val="1"/></w:numPr>'
        f'<w:spacing w:before="{before}" w:after="120"/><w:jc w:val="left"/>'
        f'<w:outlineLvl w:val="{level - 1}"/>'
    )
    return _style(
        f"Heading{level}",
        f"heading {level}",
        based_on="Normal",
        next_style="BodyText",
        ppr=ppr,
        rpr=rpr,
    )


def styles_xml() -> str:
    """styles.xml: every style the exporter uses, by id."""
    heading_rpr = f'<w:rFonts w:ascii="{HEADING_FONT}" w:hAnsi="{HEADING_FONT}"/>'
    styles = [
        _style(
            "Normal",
            "Normal",
            default=True,
            ppr='<w:spacing w:after="120" w:line="264" w:lineRule="auto"/><w:jc w:val="both"/>',
        ),
        _style(
            "DefaultParagraphFont",
            "Default Paragraph Font",
            kind="character",
            default=True,
            primary=False,
            extra='<w:uiPriority w:val="1"/><w:semiHidden/>',
        ),
        _style(
            "TableNormal",
            "Normal Table",
            kind="table",
            default=True,
            primary=False,
            extra='<w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" '
            'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" '
            'w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            "</w:tblCellMar></w:tblPr>",
        ),
        _style(
            "NoList",
            "No List",
            kind="numbering",
            default=True,
            primary=False,
            extra='<w:uiPriority w:val="99"/><w:semiHidden/>',
        ),
        _style(
            "Title",
            "Title",
            based_on="Normal",
            next_style="Subtitle",
            ppr='<w:spacing w:before="2400" w:after="240"/><w:jc w:val="center"/>',
            rpr=heading_rpr + f'<w:b/><w:color w:val="{ACCENT}"/><w:sz w:val="48"/>'
            '<w:szCs w:val="48"/>',
        ),
        _style(
            "Subtitle",
            "Subtitle",
            based_on="Normal",
            next_style="CoverDetail",
            ppr='<w:spacing w:after="480"/><w:jc w:val="center"/>',
            rpr=heading_rpr + '<w:sz w:val="28"/><w:szCs w:val="28"/>',
        ),
        _style(
            "CoverDetail",
            "Cover Detail",
            based_on="Normal",
            ppr='<w:spacing w:after="60"/><w:jc w:val="center"/>',
        ),
        _heading(1, 26, 360, caps=True),
        _heading(2, 23, 240, caps=False),
        _heading(3, 22, 160, caps=False),
        _style(
            "BodyText", "Body Text", based_on="Normal", ppr=f'<w:ind w:left="{CLAUSE_INDENT}"/>'
        ),
        _style(
            "ClauseText2",
            "Clause Text 2",
            based_on="Normal",
            ppr=f'<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
            f'<w:ind w:left="{CLAUSE_INDENT}" w:hanging="{CLAUSE_INDENT}"/>',
        ),
        _style(
            "ClauseText3",
            "Clause Text 3",
            based_on="Normal",
            ppr=f'<w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>'
            f'<w:ind w:left="{LEVEL3_INDENT}" w:hanging="794"/>',
        ),
        _style(
            "ListBullet",
            "List Bullet",
            based_on="Normal",
            ppr='<w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:after="60"/>',
        ),
        _style(
            "ListNumber",
            "List Number",
            based_on="Normal",
            ppr='<w:numPr><w:numId w:val="3"/></w:numPr><w:spacing w:after="60"/>',
        ),
        _style(
            "AnnexHeading",
            "Annex Heading",
            based_on="Normal",
            next_style="Normal",
            ppr='<w:keepNext/><w:pageBreakBefore/><w:spacing w:before="0" w:after="240"/>'
            '<w:jc w:val="left"/><w:outlineLvl w:val="0"/>',
            rpr=heading_rpr + f'<w:b/><w:caps/><w:color w:val="{ACCENT}"/>'
            '<w:sz w:val="26"/><w:szCs w:val="26"/>',
        ),
        _style(
            "TOCHeading",
            "TOC Heading",
            based_on="Normal",
            next_style="Normal",
            ppr='<w:keepNext/><w:spacing w:before="360" w:after="240"/>',
            rpr=heading_rpr + f'<w:b/><w:caps/><w:color w:val="{ACCENT}"/>'
            '<w:sz w:val="26"/><w:szCs w:val="26"/>',
        ),
        _style(
            "TOC1",
            "toc 1",
            based_on="Normal",
            next_style="Normal",
            primary=False,
            ppr='<w:tabs><w:tab w:val="left" w:pos="680"/><w:tab w:val="right" '
            'w:leader="dot" w:pos="9062"/></w:tabs><w:spacing w:before="120" w:after="40"/>'
            '<w:jc w:val="left"/>',
            rpr="<w:b/>",
        ),
        _style(
            "TOC2",
            "toc 2",
            based_on="Normal",
            next_style="Normal",
            primary=False,
            ppr='<w:tabs><w:tab w:val="left" w:pos="1360"/><w:tab w:val="right" '
            'w:leader="dot" w:pos="9062"/></w:tabs><w:spacing w:after="20"/>'
            '<w:ind w:left="680"/><w:jc w:val="left"/>',
        ),
        _style(
            "TableText",
            "Table Text",
            based_on="Normal",
            ppr='<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>'
            '<w:jc w:val="left"/>',
            rpr='<w:sz w:val="19"/><w:szCs w:val="19"/>',
        ),
        _style(
            "Header",
            "header",
            based_on="Normal",
            primary=False,
            ppr='<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" '
            'w:pos="9072"/></w:tabs><w:spacing w:after="0"/><w:jc w:val="left"/>',
            rpr='<w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/>',
        ),
        _style("Footer", "footer", based_on="Header", primary=False),
        _style(
            "Signature",
            "Signature",
            based_on="Normal",
            ppr='<w:keepNext/><w:keepLines/><w:spacing w:after="0"/><w:jc w:val="left"/>',
        ),
        _style(
            "Draft",
            "Draft Mark",
            kind="character",
            primary=False,
            rpr='<w:b/><w:color w:val="C00000"/>',
        ),
        _style("DefinedTerm", "Defined Term", kind="character", rpr="<w:b/>"),
        _style(
            "Hyperlink",
            "Hyperlink",
            kind="character",
            primary=False,
            extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
        ),
        _style(
            "SLATable",
            "SLA Table",
            kind="table",
            based_on="TableNormal",
            extra="<w:tblPr><w:tblBorders>"
            + "".join(
                f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>'
                for side in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + '</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" '
            'w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/>'
            "</w:tblCellMar></w:tblPr>"
            '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr>'
            '<w:shd w:val="clear" w:color="auto" w:fill="DCE3EF"/></w:tcPr></w:tblStylePr>',
        ),
    ]
    defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{BODY_FONT}" w:eastAsia="{BODY_FONT}" w:hAnsi="{BODY_FONT}" '
        f'w:cs="{BODY_FONT}"/><w:sz w:val="21"/><w:szCs w:val="21"/>'
        '<w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    return f'{XML_HEAD}<w:styles xmlns:w="{W_NS}">{defaults}{"".join(styles)}</w:styles>'


def _level(ilvl: int, fmt: str, text: str, left: int, hanging: int, *, style: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
    )


def numbering_xml() -> str:
    """numbering.xml: clause numbering linked to the headings, bullets, lettered lists."""
    clauses = (
        '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
        + _level(0, "decimal", "%1", CLAUSE_INDENT, CLAUSE_INDENT, style="Heading1")
        + _level(1, "decimal", "%1.%2", CLAUSE_INDENT, CLAUSE_INDENT, style="Heading2")
        + _level(2, "decimal", "%1.%2.%3", LEVEL3_INDENT, 794, style="Heading3")
        + "</w:abstractNum>"
    )
    bullets = (
        '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
        + _level(0, "bullet", "\u2022", CLAUSE_INDENT + 397, 397)
        + _level(1, "bullet", "\u2013", CLAUSE_INDENT + 794, 397)
        + "</w:abstractNum>"
    )
    letters = (
        '<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>'
        + _level(0, "lowerLetter", "(%1)", CLAUSE_INDENT + 454, 454)
        + _level(1, "lowerRoman", "(%2)", CLAUSE_INDENT + 908, 454)
        + "</w:abstractNum>"
    )
    nums = "".join(
        f'<w:num w:numId="{num}"><w:abstractNumId w:val="{abstract}"/></w:num>'
        for num, abstract in ((1, 0), (2, 1), (3, 2))
    )
    return (
        f'{XML_HEAD}<w:numbering xmlns:w="{W_NS}">{clauses}{bullets}{letters}{nums}</w:numbering>'
    )


A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _theme_xml() -> str:
    # Word requires a theme part; this one only restates the template's own colours and fonts.
    colours = [
        ("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
        ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
        ("dk2", '<a:srgbClr val="1F3864"/>'),
        ("lt2", '<a:srgbClr val="E7E6E6"/>'),
        ("accent1", '<a:srgbClr val="1F3864"/>'),
        ("accent2", '<a:srgbClr val="C00000"/>'),
        ("accent3", '<a:srgbClr val="7F7F7F"/>'),
        ("accent4", '<a:srgbClr val="BF9000"/>'),
        ("accent5", '<a:srgbClr val="2E75B6"/>'),
        ("accent6", '<a:srgbClr val="548235"/>'),
        ("hlink", '<a:srgbClr val="0563C1"/>'),
        ("folHlink", '<a:srgbClr val="954F72"/>'),
    ]
    clr = "".join(f"<a:{name}>{value}</a:{name}>" for name, value in colours)
    fonts = (
        f'<a:majorFont><a:latin typeface="{HEADING_FONT}"/><a:ea typeface=""/><a:cs typeface=""/>'
        f'</a:majorFont><a:minorFont><a:latin typeface="{BODY_FONT}"/><a:ea typeface=""/>'
        '<a:cs typeface=""/></a:minorFont>'
    )
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    effect = "<a:effectStyle><a:effectLst/></a:effectStyle>"
    fmt = (
        f"<a:fillStyleLst>{fill * 3}</a:fillStyleLst><a:lnStyleLst>{line * 3}</a:lnStyleLst>"
        f"<a:effectStyleLst>{effect * 3}</a:effectStyleLst>"
        f"<a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst>"
    )
    return (
        f'{XML_HEAD}<a:theme xmlns:a="{A_NS}" name="SLA Designer"><a:themeElements>'
        f'<a:clrScheme name="SLA Designer">{clr}</a:clrScheme>'
        f'<a:fontScheme name="SLA Designer">{fonts}</a:fontScheme>'
        f'<a:fmtScheme name="SLA Designer">{fmt}</a:fmtScheme>'
        "</a:themeElements></a:theme>"
    )


def parts() -> list[tuple[str, str]]:
    """Every part of the package, in a fixed order."""
    return [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", APP),
        ("word/document.xml", DOCUMENT),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", styles_xml()),
        ("word/numbering.xml", numbering_xml()),
        ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", FONT_TABLE),
        ("word/theme/theme1.xml", _theme_xml()),
        ("word/header1.xml", HEADER),
        ("word/footer1.xml", FOOTER),
    ]


def build(target: Path) -> None:
    """Write the reference template to `target`, reproducibly."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in parts():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            package.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("reference.docx"))
