"""review/likeness.py works out what difflib does, faster: the same ratios, matching blocks and
opcodes, to the last bit (the review's pairing and the redline's word diff depend on them)."""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from sla_designer.review import likeness

# Few letters, so that texts repeat stretches and ties between equally long ones are many.
texts = st.text(alphabet="ab \u00a0.9", max_size=40)
items = st.lists(st.sampled_from(["word", " ", "9.5", ("tag", "text"), 7]), max_size=40)


@settings(max_examples=200, deadline=None)
@given(texts, texts)
def test_the_ratios_of_two_texts_are_difflibs(a: str, b: str) -> None:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    assert likeness.ratio(a, b) == matcher.ratio()
    assert likeness.quick_ratio(a, b) == matcher.quick_ratio()
    assert likeness.real_quick_ratio(a, b) == matcher.real_quick_ratio()


@settings(max_examples=200, deadline=None)
@given(items, items)
def test_the_blocks_and_opcodes_of_two_sequences_are_difflibs(
    a: list[object], b: list[object]
) -> None:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    old, new = likeness.as_texts(a, b)
    blocks = likeness.matching_blocks(old, new)
    assert blocks == [tuple(block) for block in matcher.get_matching_blocks()]
    assert likeness.opcodes(blocks) == matcher.get_opcodes()
    assert likeness.ratio_of(blocks, old, new) == matcher.ratio()


def test_the_longest_stretch_is_the_first_in_both_texts() -> None:
    # Three stretches 'ab' in common: difflib takes the first of `a`, then the first of `b`.
    assert likeness.matching_blocks("xab", "abab") == [(1, 0, 2), (3, 4, 0)]
    assert likeness.matching_blocks("abab", "ab") == [(0, 0, 2), (4, 2, 0)]


def test_equal_items_are_the_same_character_and_others_are_not() -> None:
    old, new = likeness.as_texts(["a", ("t", "x"), "a"], [("t", "x"), "b"])
    assert old[0] == old[2] and old[1] == new[0]
    assert new[1] not in old
    assert likeness.ratio("", "") == 1.0
