"""The reviewed-wording check answers an edit of a text field from the last contract written:
that must give what writing the contract again gives. For each kind of text field of every
template in both languages: changing it changes only the paragraphs that hold its value (or
whose clause holds the field), and a paragraph written only after the change has its new text.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

from sla_designer.export import wording_edits
from sla_designer.export.reviewed_wording import generated_keys
from sla_designer.export.wording_edits import TEXT_FIELDS, wordings_written
from sla_designer.model import Agreement, AvailabilityMetric, with_reviewed_wording
from sla_designer.model.paths import FieldPath, format_path
from sla_designer.model.tags import with_ids
from tests.export.reviewed import PAIRS, agreement_of
from tests.validation.test_reviewed_wording import _objective_paragraph


def _text_fields(data: Any, path: FieldPath = ()) -> dict[str, FieldPath]:
    """One path of each kind of text field the check answers for ('metrics[*].name'), with a
    value that is not blank."""
    found: dict[str, FieldPath] = {}
    if isinstance(data, dict):
        for name, value in data.items():
            for kind, where in _text_fields(value, (*path, name)).items():
                found.setdefault(kind, where)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            for kind, where in _text_fields(value, (*path, index)).items():
                found.setdefault(kind, where)
    elif isinstance(data, str) and data.strip():
        kind = re.sub(r"\[\d+\]", "[*]", format_path(path))
        if kind in TEXT_FIELDS:
            found[kind] = path
    return found


def _set(data: Any, path: FieldPath, value: str) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def _written(agreement: Agreement) -> Any:
    return wording_edits._write(agreement, {})


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_a_text_field_changes_only_the_paragraphs_that_print_it(name: str, language: str) -> None:
    agreement = agreement_of(name).model_copy(update={"language": language})
    before = _written(agreement)
    data = agreement.model_dump()
    fields = _text_fields(data)
    assert len(fields) > 10
    for path in fields.values():
        changed = agreement.model_dump()
        old: Any = changed
        for part in path:
            old = old[part]
        new = f"{old} zq"
        _set(changed, path, new)
        after = _written(Agreement.model_validate(changed))
        tag = with_ids(agreement, format_path(path))
        for key in before.keys - after.keys:
            held = before.holds.get(key, frozenset()) | ({key[0]} if key[0] else set())
            assert wording_edits._holds(held, tag), (format_path(path), key)
        for key in after.keys - before.keys:
            assert new.casefold() in key[1].casefold(), (format_path(path), key)


TERM_USE = {"en": "Pay the Service Credits.", "pt-BR": "Pagar os Créditos de Serviço."}


def _with_wording(language: str = "en") -> Agreement:
    agreement = agreement_of("saas-availability").model_copy(update={"language": language})
    clause, text = _objective_paragraph(agreement)
    return with_reviewed_wording(agreement, clause, text, "The reviewer's sentence.")


def _expected(agreement: Agreement) -> list[bool]:
    written = generated_keys(agreement)
    return [(e.clause, e.generated) in written for e in agreement.reviewed_wording]


def test_typing_a_title_answers_without_writing_the_contract(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    agreement = _with_wording()
    assert wordings_written(agreement) == [True]

    def fail(agreement: Agreement, data: object) -> None:
        raise AssertionError("the contract was written")

    monkeypatch.setattr(wording_edits, "_write", fail)
    for letter in "abc":
        agreement.title += letter
        assert wordings_written(agreement) == [True]
    agreement.parties[0].address += " 2"
    assert wordings_written(agreement) == [True]


@pytest.mark.parametrize("language", ["en", "pt-BR"])
def test_edits_the_last_contract_cannot_answer_write_it_again(language: str) -> None:
    agreement = _with_wording(language)
    metric = next(m for m in agreement.metrics if isinstance(m, AvailabilityMetric))
    objective = metric.objective
    edits: list[tuple[Any, str, Any]] = [
        (metric, "objective", Decimal("99.8")),  # a number in the reworded paragraph
        (metric, "objective", objective),  # and back: the wording applies again
        (metric, "description", "Measured at the edge."),  # a text of the reworded clause
        (agreement.responsibilities[0], "text", TERM_USE[language]),  # a term's use
        (agreement, "reference", ""),  # a blank text
        (metric, "name", "Portal uptime"),  # a name other clauses say
        (agreement, "title", "Ledgerline AP Cloud – portal"),  # the title no longer names its kind
    ]
    for index, (item, field, value) in enumerate(edits):
        wordings_written(agreement)
        last = wording_edits._LAST[0]
        setattr(item, field, value)
        assert wordings_written(agreement) == _expected(agreement), field
        assert wording_edits._LAST[0] is not last, field
        assert wordings_written(agreement) == [index != 0]
