"""How alike two texts are, and what they have in common: difflib's ratio, matching blocks and
opcodes, as `SequenceMatcher(None, a, b, autojunk=False)` works them out, in a fraction of its
time. Sequences of other things (words, paragraphs) are compared as texts of one character each
(`as_texts`).

difflib finds the longest stretch the two texts have in common, then does the same left and
right of it, and counts the characters so matched; the ratio is twice that count over the two
lengths. For each stretch it walks every pair of equal characters in Python; here the longest
stretch is found with substring searches, which run in C. The stretch is the one difflib takes:
the longest; of those, the one that starts first in `a`, then first in `b`. With no junk (no
`isjunk`, no `autojunk`) difflib cannot extend it further, so the count, and the ratio, are the
same to the last bit (tests/review/test_likeness.py compares them).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence

Block = tuple[int, int, int]
"""A matching block (i, j, size): a[i:i+size] == b[j:j+size]."""
Opcode = tuple[str, int, int, int, int]
"""difflib's (operation, i1, i2, j1, j2): 'equal', 'replace', 'delete' or 'insert'."""


def as_texts(a: Sequence[Hashable], b: Sequence[Hashable]) -> tuple[str, str]:
    """`a` and `b` as texts with one character for each item, equal items alike."""
    codes: dict[Hashable, str] = {}
    return (
        "".join([codes.setdefault(x, chr(len(codes))) for x in a]),
        "".join([codes.setdefault(x, chr(len(codes))) for x in b]),
    )


def ratio(a: str, b: str) -> float:
    """`SequenceMatcher(None, a, b, autojunk=False).ratio()`."""
    length = len(a) + len(b)
    return 2.0 * matched(a, b) / length if length else 1.0


def quick_ratio(a: str, b: str) -> float:
    """`SequenceMatcher(None, a, b, autojunk=False).quick_ratio()`: an upper bound of `ratio`,
    from the characters the texts have in common whatever their order."""
    length = len(a) + len(b)
    common = sum((Counter(a) & Counter(b)).values())
    return 2.0 * common / length if length else 1.0


def real_quick_ratio(a: str, b: str) -> float:
    """`SequenceMatcher(None, a, b, autojunk=False).real_quick_ratio()`: an upper bound of
    `quick_ratio`, from the lengths alone."""
    length = len(a) + len(b)
    return 2.0 * min(len(a), len(b)) / length if length else 1.0


def ratio_of(blocks: list[Block], a: str, b: str) -> float:
    """`ratio(a, b)` from their `matching_blocks`."""
    length = len(a) + len(b)
    return 2.0 * sum(k for _, _, k in blocks) / length if length else 1.0


def matched(a: str, b: str) -> int:
    """How many characters of `a` difflib matches in `b` (the sizes of its matching blocks)."""
    return sum(k for _, _, k in _blocks(a, b))


def matching_blocks(a: str, b: str) -> list[Block]:
    """difflib's `get_matching_blocks()`: in order, adjacent ones joined, and (len(a), len(b),
    0) last."""
    found = sorted(_blocks(a, b))
    joined: list[Block] = []
    i1 = j1 = k1 = 0
    for i2, j2, k2 in found:
        if i1 + k1 == i2 and j1 + k1 == j2:
            k1 += k2
        else:
            if k1:
                joined.append((i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
    if k1:
        joined.append((i1, j1, k1))
    joined.append((len(a), len(b), 0))
    return joined


def opcodes(blocks: list[Block]) -> list[Opcode]:
    """difflib's `get_opcodes()` from `matching_blocks`: how to turn `a` into `b`."""
    i = j = 0
    found: list[Opcode] = []
    for ai, bj, size in blocks:
        if i < ai and j < bj:
            found.append(("replace", i, ai, j, bj))
        elif i < ai:
            found.append(("delete", i, ai, j, bj))
        elif j < bj:
            found.append(("insert", i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            found.append(("equal", ai, i, bj, j))
    return found


def _blocks(a: str, b: str) -> list[Block]:
    """The matching blocks as difflib finds them, longest first."""
    found: list[Block] = []
    queue = [(0, len(a), 0, len(b))]
    while queue:
        alo, ahi, blo, bhi = span = queue.pop()
        i, j, k = _longest(a, b, span)
        if k:
            found.append((i, j, k))
            if alo < i and blo < j:
                queue.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                queue.append((i + k, ahi, j + k, bhi))
    return found


def _longest(a: str, b: str, span: tuple[int, int, int, int]) -> Block:
    """(i, j, k): the longest `a[i:i+k] == b[j:j+k]` inside a[alo:ahi] and b[blo:bhi] (`span`:
    alo, ahi, blo, bhi), the first in `a`, then in `b` (difflib's find_longest_match without
    junk)."""
    alo, ahi, blo, bhi = span
    within = b[blo:bhi]
    size, start = 0, alo
    for i in range(alo, ahi):
        if ahi - i <= size:
            break  # no longer stretch starts here or after
        while i + size < ahi and a[i : i + size + 1] in within:
            size += 1
            start = i
    if not size:
        return alo, blo, 0
    return start, blo + within.find(a[start : start + size]), size
