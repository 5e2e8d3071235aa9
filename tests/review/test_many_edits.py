"""A review of a long contract whose items repeat the same sentences: fifty edits spread over its
metrics are found as fifty changes, each on its own item (bench/bench_review.py makes them)."""

from __future__ import annotations

from collections import Counter

from bench.bench_review import SENTENCES, reviewed
from bench.large_agreement import large_agreement
from sla_designer.export import build_docx
from sla_designer.review.reading import read_review


def test_fifty_edits_among_repeated_sentences_are_fifty_changes() -> None:
    data = reviewed(build_docx(large_agreement()))
    review = read_review(data)
    assert Counter(c.kind for c in review.changes) == {"value": 40, "wording": SENTENCES}
    assert all(c.applies for c in review.changes)
    tags = [c.tag for c in review.changes if c.kind == "value"]
    assert len(set(tags)) == 40
    objectives = [c for c in review.changes if c.tag and c.tag.endswith(".objective")]
    assert all(c.old.split()[0] != c.new.split()[0] for c in objectives)
