"""Benchmark of reading a reviewed contract back, next to the Word export of the same agreement.

Run: .venv/bin/python bench/bench_review.py [--profile]
The large agreement (bench/large_agreement.py) is exported, then 50 edits are made to its
document.xml with lxml, as an editor saves them: 40 values changed inside their content controls
(20 objectives, 15 attainments, 5 target times) and 10 sentences of generated clause text
rewritten. The figure is `read_review` on that document: opening the package, reading the record
of the export, aligning the paragraphs, finding the changes and reading each new value in the
contract's language. The baseline, measured in the same run, is the export that made the document
(`build_docx`). Each figure is the median of repeated runs after one to warm the caches.
`--profile` prints where the review's time goes (cProfile, the 25 costliest functions).
"""

from __future__ import annotations

import cProfile
import io
import pstats
import re
import statistics
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.large_agreement import large_agreement
from sla_designer.export import build_docx
from sla_designer.review.reading import read_review

GOAL_MS = 300.0
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
EDITS = {"objective": 20, "attainment": 15}
"""Values changed, by field: their first number lowered by one ('99.9 %' -> '98.9 %')."""
TARGETS = 5
SENTENCES = 10
REPEAT = 15


def median_ms(action: Callable[[], object], repeat: int = 9) -> float:
    action()  # warm caches (wording files, babel locale data) as a running editor would have them
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _texts(sdt: Any) -> list[Any]:
    return list(sdt.find(_w("sdtContent")).iter(_w("t")))


def _tag(sdt: Any) -> str:
    tag = sdt.find(f"{_w('sdtPr')}/{_w('tag')}")
    return "" if tag is None else str(tag.get(_w("val")))


def _is_value(sdt: Any) -> bool:
    alias = sdt.find(f"{_w('sdtPr')}/{_w('alias')}")
    return alias is not None and alias.get(_w("val")) == _tag(sdt)


def reviewed(data: bytes) -> bytes:
    """`data` with the 50 edits made to its document.xml."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    left = dict(EDITS)
    targets, sentences, reworded = TARGETS, SENTENCES, set()
    for sdt in root.iter(_w("sdt")):
        tag, texts = _tag(sdt), _texts(sdt)
        field = tag.rsplit(".", 1)[-1]
        if _is_value(sdt) and left.get(field) and texts and texts[0].text[:1].isdigit():
            texts[0].text = re.sub(r"^\d+", lambda m: str(int(m.group(0)) - 1), texts[0].text)
            left[field] -= 1
        elif _is_value(sdt) and field == "target" and targets and "Business Hour" in texts[0].text:
            texts[0].text = "12 Business Hours"
            targets -= 1
        elif not _is_value(sdt) and sentences and tag not in reworded:
            t = next((t for t in texts if t.text and " shall " in t.text), None)
            if t is not None:
                t.text = t.text.replace(" shall ", " must ", 1)
                sentences -= 1
                reworded.add(tag)
    assert not any(left.values()) and not targets and not sentences, (left, targets, sentences)
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, part in parts.items():
            package.writestr(name, part)
    return out.getvalue()


def main() -> None:
    agreement = large_agreement()
    data = reviewed(build_docx(agreement))
    review = read_review(data)
    kinds = Counter(change.kind for change in review.changes)
    applying = sum(change.applies for change in review.changes)
    if "--profile" in sys.argv:
        profile = cProfile.Profile()
        profile.runcall(read_review, data)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    export = median_ms(lambda: build_docx(agreement), REPEAT)
    ours = median_ms(lambda: read_review(data), REPEAT)
    found = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
    print(f"large agreement: {len(data) // 1024} KiB .docx, 50 edits; found {found}")
    print(f"  ({applying} apply; method {review.method}, baseline from the {review.baseline_from})")
    print(f"read_review after 50 edits:           {ours:7.1f} ms   goal < {GOAL_MS:.0f} ms")
    print(f"build_docx of the same agreement:     {export:7.1f} ms   (review {ours / export:.2f}×)")
    print("within goal" if ours < GOAL_MS else "OVER GOAL")


if __name__ == "__main__":
    main()
