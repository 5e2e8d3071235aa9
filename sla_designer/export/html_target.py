"""The preview target: the contract's clauses as simple HTML for the editor's preview pane.

Headings are h1-h3 carrying the clause number the Word document shows; each top-level clause has
an id naming its model section (`sec-metrics`), so the editor can scroll to the step being edited.
References are links to their clause. Every piece of text is escaped; markup only comes from here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from html import escape

from sla_designer.export.builder import Cell, ContractTarget, Inline, Style
from sla_designer.export.said import Piece, Said, key, reword

Wording = Callable[[str | None, str], list[str] | None]
"""The reviewer's paragraphs for a paragraph's (clause tag, text), None to keep it."""

# Paragraph styles of the reference document outside the clauses, as classes of <p>.
STYLE_CLASSES = {
    "Title": "title",
    "Subtitle": "subtitle",
    "CoverDetail": "cover",
    "Normal": "closing",
    "Signature": "signature",
}


@dataclass(frozen=True, slots=True)
class Markup:
    """A piece of HTML made by the target, inserted as it is; `text` and `kind` are what the
    Word document holds there (said.py)."""

    html: str
    text: str = ""
    kind: str = "formatted"


@dataclass(frozen=True, slots=True)
class _Ref:
    """A reference whose number is known only once the whole contract is written."""

    key: str
    cited: bool


@dataclass(frozen=True, slots=True)
class _Number:
    """An untitled clause's number, which a sole paragraph replaces with its label."""

    number: str


def text_html(text: str) -> str:
    """Escaped text; line breaks kept."""
    return escape(text).replace("\n", "<br>")


def anchor_id(key: str) -> str:
    """The element id of a clause registered as `key` ('metric:uptime' -> 'metric-uptime')."""
    return key.replace(":", "-").replace(".", "-")


class HtmlTarget(ContractTarget):
    """Writes the clauses as HTML fragments; `finish()` joins them with references filled in."""

    def __init__(self) -> None:
        super().__init__()
        self._out: list[str | _Ref | _Number] = []
        self._ids: dict[str, str] = {}  # reference key -> element id
        self._controls: list[str] = []  # tags of the open controls
        self._said: list[Said] = []  # every paragraph, as the Word document writes it

    # --- inlines -------------------------------------------------------------------------------

    def value(self, tag: str, text: str, *, bold: bool = False, caps: bool = False) -> Markup:
        """A value tagged with its model path; `caps` shows it in capitals, as Word does."""
        shown = text_html(text.upper() if caps else text)
        shown = f"<b>{shown}</b>" if bold else shown
        return Markup(f'<span data-path="{escape(tag)}">{shown}</span>', text, "value")

    def bold(self, text: str) -> Markup:
        """Bold text."""
        return Markup(f"<b>{text_html(text)}</b>", text)

    def ref(self, key: str) -> list[Inline]:
        """A link to the clause registered as `key`, showing its number."""
        return [_Ref(key, cited=False)]

    def cite(self, key: str) -> list[Inline]:
        """A link to the clause registered as `key`, showing its citation."""
        return [_Ref(key, cited=True)]

    def _inlines(self, content: Iterable[Inline]) -> None:
        out = self._out
        for item in content:
            if isinstance(item, str):
                out.append(text_html(item))
            elif isinstance(item, Markup):
                out.append(item.html)
            elif isinstance(item, _Ref):
                out.append(item)
            else:
                raise TypeError(f"unexpected preview content {item!r}")

    def _paragraph(
        self,
        opening: str,
        content: Iterable[Inline],
        closing: str = "</p>",
        *,
        start: int | None = None,
        end: str = "\n",
    ) -> None:
        """A paragraph; `start`: where its element began, when its opening was written before;
        `end` follows its closing tag."""
        pieces = list(content)
        out = self._out
        begin = len(out) if start is None else start
        out.append(opening)
        inner = len(out)
        self._inlines(pieces)
        inner_end = len(out)
        out.append(closing + end)
        tag = self._controls[-1] if self._controls else None
        first = out[begin]
        whole = first if isinstance(first, str) else opening
        self._said.append(Said(tag, pieces, begin, inner, inner_end, len(out), whole, closing))

    def _id(self, key: str | None, section: str | None) -> str:
        """The id attribute of a clause: its model section for a top-level clause, else its key."""
        if section is not None:
            element_id = f"sec-{section}"
        elif key is not None:
            element_id = anchor_id(key)
        else:
            return ""
        if key is not None:
            self._ids[key] = element_id
        return f' id="{escape(element_id)}"'

    # --- clauses -------------------------------------------------------------------------------

    def _heading(
        self,
        level: int,
        number: str,
        title: str,
        *,
        anchor: int | None,
        key: str | None,
        section: str | None,
    ) -> None:
        opening = f'<h{level}{self._id(key, section)}><span class="num">{number}</span> '
        self._paragraph(opening, [title], f"</h{level}>")

    def _clause(
        self,
        level: int,
        number: str,
        content: Iterable[Inline],
        *,
        anchor: int | None,
        key: str | None,
        keep_next: bool,
    ) -> None:
        start = len(self._out)
        shown = _Number(number)
        self._out.append(f'<p class="clause"{self._id(key, None)}>')
        self._out.append(shown)
        self._paragraph("", content, start=start)
        self._said[-1].pieces.insert(0, shown)  # a sole paragraph's label is its text in Word

    def _annex(
        self, label: str, title: str, *, anchor: int | None, key: str, section: str | None
    ) -> None:
        opening = f'<h1 class="annex"{self._id(key, section)}>'
        self._paragraph(opening, [f"{label} \u2013 {title}"], "</h1>")

    def unnumbered_heading(
        self, title: str, *, section: str | None = None, new_page: bool = True
    ) -> None:
        """A heading without a number (the signatures); the preview has no pages."""
        self._paragraph(f'<h1 class="annex"{self._id(None, section)}>', [title], "</h1>")

    # --- body text -----------------------------------------------------------------------------

    def styled(
        self,
        style: Style,
        content: Iterable[Inline],
        *,
        last: bool = False,
        keep_next: bool = False,
    ) -> None:
        """A paragraph outside the clauses, with a class named after its Word style."""
        self._paragraph(f'<p class="{STYLE_CLASSES.get(style, "body")}">', content)

    def body(self, content: Iterable[Inline], *, keep_next: bool = False) -> None:
        """A body paragraph."""
        self._text_under_heading()
        self._paragraph("<p>", content)

    def bullets(self, items: Iterable[Sequence[Inline]]) -> None:
        """A bulleted list."""
        self._list("<ul>\n", items, "</ul>\n")

    def lettered(self, items: Iterable[Sequence[Inline]]) -> None:
        """A list (a), (b), (c)."""
        self._list('<ol type="a">\n', items, "</ol>\n")

    def _list(self, opening: str, items: Iterable[Sequence[Inline]], closing: str) -> None:
        self._out.append(opening)
        for item in items:
            self._paragraph("<li>", item, "</li>")
        self._out.append(closing)

    def table(
        self, header: Sequence[str], rows: Iterable[Sequence[Cell]], fractions: Sequence[float]
    ) -> None:
        """A table with its columns in the given proportions."""
        total = sum(fractions)
        out = self._out
        out.append("<table>\n<colgroup>")
        out.extend(f'<col style="width:{100 * f / total:.1f}%">' for f in fractions)
        out.append("</colgroup>\n<thead><tr>")
        for h in header:
            self._paragraph("<th>", [h], "</th>", end="")
        out.append("</tr></thead>\n<tbody>\n")
        for row in rows:
            out.append("<tr>")
            for content in row:
                self._cell(content)
            out.append("</tr>\n")
        out.append("</tbody>\n</table>\n")

    def _cell(self, content: Cell) -> None:
        """A table cell: one paragraph of text or inlines, or several paragraphs."""
        if isinstance(content, str):
            self._paragraph("<td>", [content], "</td>", end="")
        elif content and all(isinstance(item, list) for item in content):
            self._out.append("<td>")
            for paragraph in content:
                self._paragraph("<p>", paragraph)
            self._out.append("</td>")
        else:
            self._paragraph("<td>", content, "</td>", end="")

    @contextmanager
    def control(self, tag: str, alias: str) -> Iterator[None]:
        """A division tagged with the model path its content writes."""
        self._out.append(f'<div data-path="{escape(tag)}">\n')
        self._controls.append(tag)
        try:
            yield
        finally:
            self._controls.pop()
            self._out.append("</div>\n")

    # --- finishing -----------------------------------------------------------------------------

    def finish(self, wording: Wording | None = None) -> str:
        """The HTML of everything written, every reference showing its clause's number;
        `wording` gives the reviewer's paragraphs for a paragraph's (clause, text), if any."""
        sole = self.sole_paragraphs()
        parts = [self._shown(part, sole) for part in self._out]
        if wording is not None:
            lead = (self.citations.sole_label or "") + " "
            for said, (tag, text) in self.paragraphs(sole):
                texts = wording(tag, text)
                if texts is not None:
                    sole_here = any(
                        isinstance(p, _Number) and p.number in sole for p in said.pieces
                    )
                    reword(parts, said, texts, lead if sole_here else "", text_html)
        return "".join(parts)

    def paragraphs(self, sole: set[str] | None = None) -> list[tuple[Said, tuple[str | None, str]]]:
        """Every paragraph with text, with its clause's tag (index form) and its text as the Word
        document writes them (said.py)."""
        sole = self.sole_paragraphs() if sole is None else sole
        found = []
        for said in self._said:
            pieces: list[Piece] = []
            for item in said.pieces:
                if isinstance(item, str):
                    pieces.append((item, "plain"))
                elif isinstance(item, Markup):
                    pieces.append((item.text, item.kind))
                elif isinstance(item, _Number):
                    if item.number in sole:
                        pieces.append(((self.citations.sole_label or "") + " ", "formatted"))
                elif isinstance(item, _Ref):
                    anchor = self._resolve(item.key)
                    before, number, after = self.citation(anchor, sole, cited=item.cited)
                    around = ((before, "plain"), (number, "field"), (after, "plain"))
                    pieces += [piece for piece in around if piece[0]]
            named = key(said.tag, [p for p in pieces if p[0] or p[1] == "plain"])
            if named is not None:
                found.append((said, named))
        return found

    def _shown(self, part: str | _Ref | _Number, sole: set[str]) -> str:
        if isinstance(part, str):
            return part
        if isinstance(part, _Number):
            if part.number in sole:
                return f'<b class="sole">{text_html(self.citations.sole_label or "")}</b> '
            return f'<span class="num">{part.number}</span> '
        anchor = self._resolve(part.key)
        before, number, after = self.citation(anchor, sole, cited=part.cited)
        href = escape(self._ids[part.key])
        if anchor.shown in sole:
            # The number is that of the clause around it: the whole phrase is the link.
            before, number, after = "", before + number + after, ""
        link = f'<a class="ref" href="#{href}">{text_html(number)}</a>'
        return text_html(before) + link + text_html(after)
