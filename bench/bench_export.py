"""Benchmark of the Word export on the large agreement, next to a bare python-docx baseline.

Run: .venv/bin/python bench/bench_export.py
The agreement has 40 metrics with targets for 5 priorities, 3 calendars, 100 duties and 10
credit schedules (bench/large_agreement.py). The baseline, measured in the same run, writes the
same paragraph texts and table cells with python-docx's own API (add_paragraph, add_table,
cell.text) into its default template, without numbering, fields, bookmarks or content controls.
The preview is the same contract as HTML for the editor (sla_designer.export.preview).
Each figure is the median of repeated runs, to a file in a temporary folder, each on an agreement
just edited (its title changed), so that nothing kept for the previous content is reused.
"""

from __future__ import annotations

import io
import itertools
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.large_agreement import large_agreement
from sla_designer.export import build_docx, export_docx
from sla_designer.export.preview import preview_html
from sla_designer.model import Agreement

GOAL_MS = 500.0
PREVIEW_GOAL_MS = 100.0


def median_ms(action: Callable[[], object], repeat: int = 9) -> float:
    action()  # warm caches (wording files, babel locale data) as a running editor would have them
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _content(data: bytes) -> list[str | list[list[str]]]:
    """The body as a sequence of paragraph texts and tables (rows of cell texts)."""
    body = docx.Document(io.BytesIO(data)).element.body
    blocks: list[str | list[list[str]]] = []
    for element in body.iter("{*}p", "{*}tbl"):
        if element.tag.endswith("tbl"):
            rows = [
                ["".join(tc.xpath(".//w:t/text()")) for tc in tr.xpath("./w:tc")]
                for tr in element.xpath("./w:tr")
            ]
            blocks.append(rows)
        elif not element.xpath("ancestor::w:tbl"):
            blocks.append("".join(element.xpath(".//w:t/text()")))
    return blocks


def baseline(blocks: list[str | list[list[str]]], target: Path) -> None:
    """The same text and tables written with python-docx's public API."""
    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=len(block), cols=len(block[0]))
        for row, values in zip(table.rows, block, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    document.save(str(target))


def main() -> None:
    agreement = large_agreement()
    folder = Path(tempfile.mkdtemp())
    blocks = _content(build_docx(agreement))
    paragraphs = sum(isinstance(b, str) for b in blocks)
    cells = sum(len(row) for b in blocks if not isinstance(b, str) for row in b)
    edits = itertools.count()

    def edited() -> Agreement:
        # As after an edit in the editor: nothing computed for the previous content is reused.
        agreement.title = f"Large agreement {next(edits)}"
        return agreement

    ours = median_ms(lambda: export_docx(edited(), folder / "ours.docx"))
    bare = median_ms(lambda: baseline(blocks, folder / "bare.docx"))
    preview = median_ms(lambda: preview_html(edited()))
    size = (folder / "ours.docx").stat().st_size // 1024
    print(f"large agreement: {paragraphs} paragraphs, {cells} table cells, {size} KiB .docx")
    print(f"export_docx (atomic, fields, controls):  {ours:7.1f} ms   goal < {GOAL_MS:.0f} ms")
    print(f"bare python-docx, same text and tables:  {bare:7.1f} ms")
    goal = f"goal < {PREVIEW_GOAL_MS:.0f} ms"
    print(f"preview_html (same clauses, as HTML):    {preview:7.1f} ms   {goal}")
    within = ours < GOAL_MS and preview < PREVIEW_GOAL_MS
    print("within goals" if within else "OVER GOAL")


if __name__ == "__main__":
    main()
