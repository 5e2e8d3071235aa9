"""List items a reviewer moved: a list item's paragraph gone from its place and found again
further up or down the same list.

Word tracks a moved paragraph as w:moveFrom at its old place and w:moveTo at its new one (read
as a deletion and an insertion, review/wordml.py); LibreOffice's cut and paste is a deletion and
an insertion; an untracked move leaves the paragraph only at its new place. In each case the
alignment (align.py) leaves the exported paragraph unpaired, or paired with its emptied old
place, and the new one unpaired. They are the same item when the new paragraph holds the item's
control (tags kept) or, where the tags are gone, reads exactly as the exported one did; the move
is within its list when the new place follows another item of the list, or opens the list.
"""

from __future__ import annotations

from sla_designer.review.align import Pair
from sla_designer.review.baseline import BaseParagraph
from sla_designer.review.wordml import Paragraph

Anchor = tuple[str, str]
"""('after' or 'before', an item of the same list): where a moved item now is."""
Move = tuple[int, Anchor]
"""(the document paragraph the item is now at, where it is in its list)."""


def item_of(tag: str) -> str | None:
    """The list item a value's tag is in: 'service.included[2]' and 'x.tiers[0].credit' name
    the items 'service.included[2]' and 'x.tiers[0]'; None when the value is in no list."""
    end = tag.rfind("]")
    return tag[: end + 1] if end > 0 else None


def list_of(item: str) -> str:
    """The list an item's tag names it in: 'metrics[uptime].exclusions[1]' ->
    'metrics[uptime].exclusions'."""
    return item[: item.rfind("[")]


def item_paragraph(paragraph: BaseParagraph) -> tuple[str, str] | None:
    """(the list item, its value's tag) of a paragraph that is a list's item: one value that is
    the item itself ('service.limitations[2]') or its text ('responsibilities[logging].text'),
    whatever the words around it (a bullet, a duty's note); None for any other paragraph."""
    values = {s.tag for s in paragraph.segments if s.value and s.tag}
    if len(values) != 1:
        return None
    value = values.pop()
    item = item_of(value)
    if item is None or value not in (item, f"{item}.text"):
        return None
    return item, value


def paragraph_item(paragraph: BaseParagraph) -> str | None:
    """The list item a paragraph is (item_paragraph); None for any other paragraph."""
    found = item_paragraph(paragraph)
    return None if found is None else found[0]


def find_moves(
    exported: list[BaseParagraph], document: list[Paragraph], pairs: list[Pair]
) -> dict[int, Move]:
    """The moved items, by their exported paragraph's index."""
    gone = [
        i
        for i, j in pairs
        if i is not None and (j is None or not document[j].compared())
        if item_paragraph(exported[i]) is not None
    ]
    if not gone:
        return {}
    unpaired = [j for i, j in pairs if i is None and j is not None and document[j].compared()]
    exported_at = {j: i for i, j in pairs if i is not None and j is not None}
    moves: dict[int, Move] = {}
    for i in gone:
        found = item_paragraph(exported[i])
        assert found is not None
        item, value = found
        text = exported[i].compared()
        for j in unpaired:
            tags = {s.tag for s in document[j].segments if s.tag}
            if value in tags or (not tags and document[j].compared() == text):
                place = _place(exported, document, exported_at, moves, (j, list_of(item)))
                if place is not None:
                    moves[i] = (j, place)
                    unpaired.remove(j)
                    exported_at[j] = i
                break
    return moves


def _place(
    exported: list[BaseParagraph],
    document: list[Paragraph],
    exported_at: dict[int, int],
    moves: dict[int, Move],
    where: tuple[int, str],
) -> Anchor | None:
    """Where the paragraph `j` is in the list `items`: after the item before it or, when it
    opens the list, before the item after it; None when `j` is not in that list."""
    j, items = where
    moved = set(moves)

    def item_at(k: int) -> str | None:
        i = exported_at.get(k)
        if i is None or (i in moved and moves[i][0] != k) or not document[k].compared():
            return None  # a paragraph the reviewer wrote, or an item's emptied old place
        found = item_paragraph(exported[i])
        return found[0] if found is not None and list_of(found[0]) == items else None

    for k in range(j - 1, -1, -1):
        if not document[k].compared():
            continue  # an emptied place: what it held moved or was deleted
        before = item_at(k)
        if before is not None:
            return ("after", before)
        break
    for k in range(j + 1, len(document)):
        if not document[k].compared():
            continue
        after = item_at(k)
        return None if after is None else ("before", after)
    return None
