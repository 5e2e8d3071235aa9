"""`sla-designer review` on the edits the review once missed, made as Word writes them
(tests/review/wordprocessing.py): a list item moved, a paragraph added after a list's item, two
paragraphs joined, a comment on a table of contents' entry and a credit tier's figure retyped,
each said in words in English and Portuguese and given in JSON."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from sla_designer.export import build_docx
from tests.export.reviewed import agreement_of
from tests.helpers import run_cli
from tests.review.wordprocessing import (
    Element,
    added_after,
    anchor_comment,
    content,
    control,
    edit_document,
    mark,
    move,
    paragraph_with,
    run,
    toc_entry,
    tracked,
    with_comments,
)

NBSP = "\u00a0"
TIER = "remedies.credit_schedules[platform-credits].tiers[0]"


def _edits(root: Element) -> None:
    move(root, "service.limitations[2]", "service.limitations[0]", how="tracked")
    added_after(control(root, "service.exclusions[2]").getparent(), "Bulk imports run at night.")
    mark(paragraph_with(root, "words in the singular include the plural"), "del")
    anchor_comment(toc_entry(root, "AP Cloud availability"), "7")
    inside = content(control(root, TIER))
    old = "".join(inside.itertext())
    for child in list(inside):
        inside.remove(child)
    new = old.replace("99.5", "99.6")
    inside.extend([tracked("del", run(old, deleted=True)), tracked("ins", run(new))])


@cache
def _reviewed() -> bytes:
    data = edit_document(build_docx(agreement_of("saas-availability")), _edits)
    return with_comments(data, {"7": "Rename to Platform?"})


@pytest.fixture
def reviewed(tmp_path: Path) -> str:
    path = tmp_path / "reviewed.docx"
    path.write_bytes(_reviewed())
    return str(path)


LINES = {
    "en": [
        "Metrics and targets › Metric «AP Cloud availability»: comment on “AP Cloud "
        "availability” (Wanda Word) — comment by Wanda Word: “Rename to Platform?”",
        "Standard clauses › Clauses › Interpretation: reworded “words in the singular",
        "Standard clauses › Clauses › Interpretation: paragraph deleted “headings are for "
        "convenience only and do not affect its interpretation;” (Wanda Word, 2027-03-01 10:15)",
        "Service › Limitations, item 3: item moved from place 3 to place 1 in its list "
        "(Wanda Word, 2027-03-01 10:15)",
        "Service › Exclusions: paragraph added “Bulk imports run at night.” (Wanda Word, "
        "2027-03-01 10:15) — does not apply: a paragraph added after an item of a list is a new "
        "item: add it to the list in the editor",
        "Remedies › Credit schedule 1 › Tier 1 › At least: less than 99.9 % but at least "
        "99.5 % → less than 99.9 % but at least 99.6 % (Wanda Word, 2027-03-01 10:15)",
    ],
    "pt-BR": [
        "Indicadores e metas › Indicador “AP Cloud availability”: comentário sobre “AP Cloud "
        "availability” (Wanda Word) — comentário de Wanda Word: “Rename to Platform?”",
        "Cláusulas-padrão › ",
        "Cláusulas-padrão › ",
        "Serviço › Limitações, item 3: item movido da posição 3 para a posição 1 da lista "
        "(Wanda Word, 2027-03-01 10:15)",
        "Serviço › Exclusões: parágrafo incluído “Bulk imports run at night.” (Wanda Word, "
        "2027-03-01 10:15) — não se aplica: um parágrafo incluído depois de um item de uma "
        "lista é um novo item: inclua-o na lista pelo editor",
        "Medidas compensatórias › Tabela de crédito 1 › Faixa 1 › Pelo menos: less than 99.9 % "
        "but at least 99.5 % → less than 99.9 % but at least 99.6 % (Wanda Word, 2027-03-01 "
        "10:15)",
    ],
}


@pytest.mark.parametrize("language", ["en", "pt-BR"])
def test_each_new_kind_is_one_line_in_words(
    reviewed: str, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run_cli(["review", reviewed, "--language", language], capsys)
    assert status == 1  # the added paragraph does not apply
    lines = out.replace(NBSP, " ").splitlines()
    assert len(lines) == len(LINES[language]) + 1
    for line, expected in zip(lines, LINES[language], strict=False):
        assert line.startswith(expected), line


def test_json_gives_the_move_the_value_read_back_and_why_an_addition_does_not_apply(
    reviewed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run_cli(["review", reviewed, "--format", "json"], capsys)
    assert status == 1
    changes = json.loads(out)["changes"]
    kinds = [(c["kind"], c["path"], c["applies"]) for c in changes]
    assert kinds == [
        ("comment", "metrics[0]", False),
        ("wording", "clauses.interpretation", True),
        ("deleted", "clauses.interpretation", True),
        ("moved", "service.limitations[2]", True),
        ("added", "service.exclusions", False),
        ("value", "remedies.credit_schedules[0].tiers[0].at_least", True),
    ]
    moved = changes[3]
    assert (moved["tag"], moved["old"], moved["new"]) == ("service.limitations[2]", "3", "1")
    added = changes[4]
    assert added["reason"].endswith("add it to the list in the editor")


def test_apply_makes_every_change_that_applies(
    reviewed: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "out.yaml"
    status, out, _ = run_cli(["review", reviewed, "--apply", "-o", str(out_file)], capsys)
    assert status == 1
    assert f"{out_file}: agreement written with 4 changes accepted" in out
    from sla_designer.io import load_agreement

    written = load_agreement(str(out_file))
    limits = agreement_of("saas-availability").service.limitations
    assert written.service.limitations == [limits[2], limits[0], limits[1]]
    assert str(written.remedies.credit_schedules[0].tiers[0].at_least) == "99.6"
    assert [e.clause for e in written.reviewed_wording] == ["clauses.interpretation"] * 2
