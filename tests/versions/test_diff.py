"""The diff of two versions: one test per kind of change, over every template in both languages.

Each checks what the change is (kind, path, old and new value), that applying it to the old
version gives the new one, that its values are said as the contract writes them, and that the
clauses it names are those whose text holds the value (found in the preview's own numbering).
"""

from __future__ import annotations

import re
from html import unescape

import pytest

from sla_designer.export.preview import preview_html
from sla_designer.model import Agreement
from sla_designer.versions import apply_diff, diff_agreements
from sla_designer.versions.words import ChangeWords, compare
from tests.export.reviewed import PAIRS, agreement_of
from tests.versions.edits import (
    NEW_DATE,
    a_scheduled_tier,
    a_time_metric,
    rename,
    renamed_party,
    set_at,
)


def versions(name: str, language: str) -> tuple[Agreement, Agreement]:
    """A template in `language` twice: the old version and a copy to edit."""
    old = agreement_of(name).model_copy(update={"language": language})
    return old, old.model_copy(deep=True)


def clause_texts(agreement: Agreement) -> dict[str, str]:
    """The text of each numbered clause of the contract, up to the next number (a Brazilian sole
    paragraph, which has no number, is in its clause's text)."""
    html = preview_html(agreement)
    parts = re.split(r'<span class="num">([\d.]+)</span>', html)
    found: dict[str, str] = {}
    for number, body in zip(parts[1::2], parts[2::2], strict=True):
        text = unescape(re.sub(r"<[^>]+>", " ", body))
        found[number] = " ".join(text.split())
    return found


def only(old: Agreement, new: Agreement) -> ChangeWords:
    """The one change shown between two versions, after checking that it applies."""
    assert apply_diff(old, diff_agreements(old, new)) == new
    shown = compare(old, new, new.language).shown()
    assert len(shown) == 1, [c.line() for c in shown]
    return shown[0]


def in_its_clauses(said: ChangeWords, agreement: Agreement, text: str) -> None:
    """`text` is in every clause the change names, and it names at least one."""
    clauses = [number for kind, number in said.places if kind == "clause"]
    assert clauses, said.line()
    texts = clause_texts(agreement)
    for number in clauses:
        assert " ".join(text.split()) in texts[number], (number, said.line())


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_number(name: str, language: str) -> None:
    old, new = versions(name, language)
    index = a_time_metric(old)
    assert index is not None
    path = ("metrics", index, "targets", 0, "target")
    clock = old.metrics[index].targets[0].target.clock  # type: ignore[union-attr]
    set_at(new, path, f"7h {clock}")
    said = only(old, new)
    assert (said.change.kind, said.change.path) == ("changed", path)
    assert said.change.new == new.metrics[index].targets[0].target  # type: ignore[union-attr]
    assert "7" in said.new and said.old != said.new
    in_its_clauses(said, new, said.new)
    assert said.old in " ".join(clause_texts(old).values())
    assert said.line().endswith(f"{said.old} → {said.new}")


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_sentence(name: str, language: str) -> None:
    old, new = versions(name, language)
    sentence = "Backups of the customer's mailboxes, kept for ninety days."
    set_at(new, ("service", "scope", 0), sentence)
    said = only(old, new)
    assert (said.change.kind, said.change.path) == ("changed", ("service", "scope", 0))
    assert said.new == sentence
    assert said.old == " ".join(old.service.scope[0].split())
    in_its_clauses(said, new, sentence)


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_an_added_metric(name: str, language: str) -> None:
    old, new = versions(name, language)
    added = old.metrics[-1].model_copy(update={"id": "added-metric", "name": "Added metric"})
    new.metrics.insert(1, added)
    said = only(old, new)
    assert (said.change.kind, said.change.path) == ("added", ("metrics", 1))
    assert said.change.new == added
    assert "Added metric" in said.field
    in_its_clauses(said, new, "Added metric")


TIERED = [(n, lang) for n, lang in PAIRS if a_scheduled_tier(agreement_of(n)) is not None]


@pytest.mark.parametrize(("name", "language"), TIERED)
def test_a_removed_tier(name: str, language: str) -> None:
    old, new = versions(name, language)
    path = a_scheduled_tier(old)
    assert path is not None
    schedule = new.remedies.credit_schedules[int(path[2])]
    gone = schedule.tiers[1]
    schedule.tiers = [schedule.tiers[0], *schedule.tiers[2:]]
    said = only(old, new)
    assert (said.change.kind, said.change.path, said.change.old) == ("removed", path, gone)
    # Said as the old contract wrote that tier, in the clause it was in there.
    in_its_clauses(said, old, said.old.split("; ")[0])
    assert said.new == ""


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_reordered_list(name: str, language: str) -> None:
    old, new = versions(name, language)
    new.metrics = new.metrics[::-1]
    changes = diff_agreements(old, new)
    assert {c.kind for c in changes} == {"moved"}
    # Reversing n items moves all but one (the middle one when n is odd).
    assert len(changes) == len(old.metrics) - 1
    assert apply_diff(old, changes) == new
    for said in compare(old, new, language).shown():
        metric = new.metrics[int(said.change.path[1])]
        assert said.change.old == old.metrics.index(metric)
        in_its_clauses(said, new, metric.name)


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_renamed_party(name: str, language: str) -> None:
    old, new = versions(name, language)
    legal_name = renamed_party(old)
    rename(new, ("parties", 0, "short_name"), "Novaterra")
    set_at(new, ("parties", 0, "legal_name"), legal_name)
    assert new.parties[0].id != old.parties[0].id  # the id followed the name
    changes = diff_agreements(old, new)
    assert "removed" not in {c.kind for c in changes}
    assert apply_diff(old, changes) == new
    shown = compare(old, new, language).shown()
    # The id and the references to it follow the name: not shown.
    assert sorted(c.change.path for c in shown) == [
        ("parties", 0, "legal_name"),
        ("parties", 0, "short_name"),
    ]
    assert any(c.change.follows for c in compare(old, new, language).changes)
    said = next(c for c in shown if c.change.path[-1] == "legal_name")
    assert (said.old, said.new) == (old.parties[0].legal_name, legal_name)
    assert ("cover", "") in said.places  # the parties are named on the cover
    assert legal_name in preview_html(new) or legal_name.upper() in preview_html(new)


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_changed_choice(name: str, language: str) -> None:
    old, new = versions(name, language)
    index = next(i for i, m in enumerate(old.metrics) if m.window.kind == "month")
    set_at(new, ("metrics", index, "window", "kind"), "quarter")
    said = only(old, new)
    assert said.change.path == ("metrics", index, "window", "kind")
    assert (said.change.old, said.change.new) == ("month", "quarter")
    # As the contract says the window, not the stored word.
    assert said.new != "quarter" and said.old != said.new
    in_its_clauses(said, new, said.new)


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_date(name: str, language: str) -> None:
    old, new = versions(name, language)
    new.effective_date = NEW_DATE
    said = only(old, new)
    assert said.change.path == ("effective_date",)
    assert said.change.new == NEW_DATE
    written = {"en": "29 February 2028", "pt-BR": "29 de fevereiro de 2028"}[language]
    if old.date_style == "american" and language == "en":
        written = "February 29, 2028"
    assert said.new == written
    in_its_clauses(said, new, written)


def test_the_same_agreement_has_no_changes() -> None:
    old, new = versions("saas-availability", "en")
    assert diff_agreements(old, new) == []
    assert compare(old, new, "en").changes == ()


def test_a_kind_of_metric_changed_is_one_change_of_the_item() -> None:
    old, new = versions("saas-availability", "en")
    metric = old.metrics[0]
    custom = {
        "kind": "custom",
        "id": metric.id,
        "name": metric.name,
        "unit": "%",
        "direction": "higher_is_better",
        "objective": "99",
    }
    new.metrics[0] = type(new).model_validate({**new.model_dump(), "metrics": [custom]}).metrics[0]
    changes = diff_agreements(old, new)
    assert [(c.kind, c.path) for c in changes] == [("changed", ("metrics", 0))]
    assert apply_diff(old, changes) == new


def test_a_change_the_contract_reads_the_same_is_said_as_filed() -> None:
    old, new = versions("saas-availability", "en")
    spaced = old.service.scope[0].replace(" ", "  ", 1)
    set_at(new, ("service", "scope", 0), spaced)
    said = only(old, new)
    assert said.old != said.new
    assert said.new == repr(spaced)
