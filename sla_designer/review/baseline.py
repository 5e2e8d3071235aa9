"""The baseline a review compares with: the agreement as exported and the text the export wrote,
carried inside the .docx in a custom XML part.

Word and LibreOffice keep custom XML parts through a load and save, so a reviewed contract says
itself what its reviewer received: no need to find the right version of the agreement file, and
the text compared with is exactly the text sent. The part:

    <review xmlns="urn:sla-designer:review" format="1" language="pt-BR">
      <agreement>...the agreement file's text, as exported...</agreement>
      <p clause="metrics[uptime]">
        <s t="metrics[uptime]" c="0">O Provedor garantirá </s>
        <s t="metrics[uptime].objective" c="1" v="1">99,9 %</s>
        <s f="1">6.4</s> <s>text outside every control</s>
      </p> ...
    </review>

`format` changes when the meaning of the part changes; a reader refuses a newer one. Format 2 is
a redline's (export/redline.py): the document shows tracked changes of its own, made by the export
under one author and date, which the part names (`<redline author="…" date="…"/>` after the
agreement): its text as exported is the text with them accepted (review/own_changes.py). A plain
export still writes format 1, which every reader of the review reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from sla_designer.review.wordml import Element, Paragraph, Segment, paragraphs
from sla_designer.text.values import Problem

NAMESPACE = "urn:sla-designer:review"
PART_FORMAT = 2
"""The newest format this version reads."""
ROOT = f"{{{NAMESPACE}}}review"
_AGREEMENT, _P, _S, _REDLINE = (
    f"{{{NAMESPACE}}}{name}" for name in ("agreement", "p", "s", "redline")
)


@dataclass(frozen=True, slots=True)
class BaseSegment:
    """A stretch of the exported text: in a control (`tag`, its place `control`), a value's
    control (`value`), a field's result (`field`), or outside every control."""

    tag: str | None
    control: int | None
    value: bool
    field: bool
    text: str


@dataclass(frozen=True, slots=True)
class BaseParagraph:
    """A paragraph as exported, with the clause (tag) whose generated text it holds."""

    clause: str | None
    segments: tuple[BaseSegment, ...]
    _compared: list[str] = field(default_factory=list, init=False, repr=False, compare=False)
    """compared()'s answer, once asked for: a review compares each paragraph many times."""

    def text(self, *, fields: bool = True) -> str:
        """The paragraph's text; `fields`: with the text that fields show."""
        return "".join(s.text for s in self.segments if fields or not s.field)

    def compared(self) -> str:
        """The text a review compares: without field results, spaces at the ends trimmed."""
        if not self._compared:
            self._compared.append(self.text(fields=False).strip())
        return self._compared[0]


@dataclass(frozen=True, slots=True)
class Baseline:
    """What the reviewer received: the agreement file's text, its language and paragraphs."""

    agreement_text: str
    language: str
    paragraphs: tuple[BaseParagraph, ...]
    redline: tuple[str, str] | None = None
    """A redline's (author, date) of the tracked changes the export made; None for a plain
    export."""


def baseline_of(
    body: Element | Iterable[Element],
    agreement_text: str,
    language: str,
    redline: tuple[str, str] | None = None,
    read: list[Paragraph] | None = None,
) -> Baseline:
    """The baseline of an exported body: its paragraphs with their controls marked as values
    (a value's control has its tag as its alias) or generated clause text."""
    found = [
        BaseParagraph(
            clause,
            tuple(BaseSegment(s.tag, s.control, s.value, s.field, s.after) for s in segments),
        )
        for clause, segments in _recorded(body, read)
    ]
    return Baseline(agreement_text, language, tuple(found), redline)


def _recorded(
    body: Element | Iterable[Element], read: list[Paragraph] | None
) -> Iterator[tuple[str | None, list[Segment]]]:
    """The clause and segments of each paragraph of `body` (or of `read`, its paragraphs read
    already) that the record keeps: those with text of their own."""
    for paragraph in paragraphs(body) if read is None else read:
        segments = paragraph.segments
        if not any(s.after.strip() for s in segments if not s.field):
            continue  # an empty paragraph, or a table of contents' entry
        yield next((s.tag for s in segments if s.tag and not s.value), None), segments


def to_xml(baseline: Baseline) -> bytes:
    """The custom XML part holding `baseline` (written as text: a large contract has thousands
    of segments, and escaping strings is several times faster than building elements)."""
    out = _opening(baseline.agreement_text, baseline.language, baseline.redline)
    for paragraph in baseline.paragraphs:
        segments = paragraph.segments
        written = [_segment_xml(s.tag, s.control, s.value, s.field, s.text) for s in segments]
        _paragraph_xml(out, paragraph.clause, written)
    out.append("</review>")
    return "".join(out).encode()


def record_xml(
    body: Element | Iterable[Element],
    agreement_text: str,
    language: str,
    redline: tuple[str, str] | None = None,
    read: list[Paragraph] | None = None,
) -> bytes:
    """`to_xml(baseline_of(body, agreement_text, language, redline, read))`, written as the body
    is read: the export's record, without a baseline's objects it would only write out."""
    out = _opening(agreement_text, language, redline)
    for clause, segments in _recorded(body, read):
        written = [_segment_xml(s.tag, s.control, s.value, s.field, s.after) for s in segments]
        _paragraph_xml(out, clause, written)
    out.append("</review>")
    return "".join(out).encode()


def _opening(agreement_text: str, language: str, redline: tuple[str, str] | None) -> list[str]:
    """A plain export's record is format 1, which every reader reads; a redline's is format 2."""
    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
        f'<review xmlns="{NAMESPACE}" format="{1 if redline is None else 2}" ',
        f"language={quoteattr(language)}>",
        f"<agreement>{escape(agreement_text)}</agreement>",
    ]
    if redline is not None:
        author, date = (quoteattr(x) for x in redline)
        out.append(f"<redline author={author} date={date}/>")
    return out


def _paragraph_xml(out: list[str], clause: str | None, segments: list[str]) -> None:
    out.append(f"<p clause={quoteattr(clause)}>" if clause else "<p>")
    out.extend(segments)
    out.append("</p>")


def _segment_xml(tag: str | None, control: int | None, value: bool, field: bool, text: str) -> str:
    attributes = "" if tag is None else f" t={quoteattr(tag)}"
    if control is not None:
        attributes += f' c="{control}"'
    if value:
        attributes += ' v="1"'
    if field:
        attributes += ' f="1"'
    return f"<s{attributes}>{escape(text)}</s>"


class BaselineError(ValueError):
    """A review part this version cannot read, with the reason."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem)
        self.problem = problem


def from_xml(root: Element) -> Baseline:
    """The baseline in a parsed review part; raises BaselineError when its format is newer than
    this version reads, or it is damaged."""
    version = str(root.get("format") or "")
    if not version.isdigit():
        raise BaselineError(Problem("files.review.part_damaged"))
    if int(version) > PART_FORMAT:
        raise BaselineError(Problem("files.review.part_newer", version=version))
    agreement = root.find(_AGREEMENT)
    if agreement is None or not agreement.text:
        raise BaselineError(Problem("files.review.part_damaged"))
    found: list[BaseParagraph] = []
    for p in root.iterchildren(_P):
        segments: list[BaseSegment] = []
        for s in p.iterchildren(_S):
            get = s.get
            control = get("c")
            segments.append(
                BaseSegment(
                    get("t"),
                    int(control) if control and control.isdigit() else None,
                    get("v") == "1",
                    get("f") == "1",
                    s.text or "",
                )
            )
        found.append(BaseParagraph(p.get("clause"), tuple(segments)))
    redline = root.find(_REDLINE)
    made = None if redline is None else (redline.get("author") or "", redline.get("date") or "")
    if int(version) >= 2 and made is None:
        raise BaselineError(Problem("files.review.part_damaged"))
    return Baseline(agreement.text, str(root.get("language") or "en"), tuple(found), made)
