"""The contract says what a time metric's credit measures, and states every credit schedule.

Over every template in both languages: a credit on a response or resolution time says whether
attainment is read for each priority or for all tickets together, and from how many tickets a
window counts; a metric with two credit schedules gets two clauses, each with its own number,
and the metric's clause cites both.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import docx
import pytest

from sla_designer.calc.attainment import counts_tickets
from sla_designer.catalog import load_catalog
from sla_designer.export import build_docx
from sla_designer.export.formatting import Formats
from sla_designer.export.preview import preview_html
from sla_designer.export.wording import load_wording
from sla_designer.io import load_agreement
from sla_designer.model import Agreement
from sla_designer.text import texts
from sla_designer.validation import validate

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEMPLATES = Path(__file__).parents[2] / "templates"
NAMES = [entry.name for entry in load_catalog()]
LANGUAGES = ("en", "pt-BR")
CASES = [(name, language) for name in NAMES for language in LANGUAGES]


def _paragraphs(agreement: Agreement, language: str) -> list[str]:
    body = docx.Document(io.BytesIO(build_docx(agreement, language=language))).element.body
    return ["".join(p.xpath(".//w:t/text()")) for p in body.iter(f"{{{W}}}p")]


def _changed(agreement: Agreement, change: Any) -> Agreement:
    data = agreement.model_dump(mode="json")
    change(data)
    return Agreement.model_validate(data)


def _sentences(language: str, schedule: Any, window: str) -> str:
    """The sentence the schedule's clause must hold, from the text layer."""
    t = texts(language).section("clauses.credits")
    mode = schedule["attainment"]
    noun = t(f"window.{window}")
    read = t(f"attainment.{mode}")
    minimum = schedule["minimum_tickets"]
    if minimum > 1:
        count = Formats(load_wording(language)).number(minimum)
        return f"{read} {t(f'minimum_tickets.{mode}', window=noun, count=count)}"
    return f"{read} {t(f'every_ticket.{mode}', window=noun)}"


def _ticket_schedules(agreement: Agreement) -> list[int]:
    return [
        i
        for i, s in enumerate(agreement.remedies.credit_schedules)
        if counts_tickets(agreement.metric(s.metric))
    ]


def test_some_template_credits_a_time_metric_each_way() -> None:
    modes = set()
    for name in NAMES:
        agreement = load_agreement(TEMPLATES / f"{name}.yaml")
        modes |= {
            agreement.remedies.credit_schedules[i].attainment for i in _ticket_schedules(agreement)
        }
    assert modes == {"per_priority", "pooled"}


@pytest.mark.parametrize(("name", "language"), CASES)
@pytest.mark.parametrize(
    "variant", ["as is", "other mode", "no minimum", "one ticket", "minimum 20"]
)
def test_a_time_credit_says_what_it_reads_and_from_how_many_tickets(
    name: str, language: str, variant: str
) -> None:
    agreement = load_agreement(TEMPLATES / f"{name}.yaml")
    indexes = _ticket_schedules(agreement)

    def change(data: dict[str, Any]) -> None:
        for i in indexes:
            schedule = data["remedies"]["credit_schedules"][i]
            if variant == "other mode":
                pooled = schedule["attainment"] == "pooled"
                schedule["attainment"] = "per_priority" if pooled else "pooled"
            elif variant in ("no minimum", "one ticket"):
                schedule["minimum_tickets"] = 0 if variant == "no minimum" else 1
            elif variant == "minimum 20":
                schedule["minimum_tickets"] = 20

    agreement = _changed(agreement, change)
    text = "\n".join(_paragraphs(agreement, language))
    data = agreement.model_dump(mode="json")
    for i in indexes:
        schedule = data["remedies"]["credit_schedules"][i]
        metric = agreement.metric(schedule["metric"])
        assert metric is not None
        assert _sentences(language, schedule, metric.window.kind) in text
    words = texts(language).section("clauses.credits")
    stated = sum(text.count(words(f"attainment.{mode}")) for mode in ("per_priority", "pooled"))
    assert stated == len(indexes)  # and on no other schedule


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_wording_a_reviewer_reads(language: str) -> None:
    agreement = load_agreement(TEMPLATES / "it-service-desk.yaml")

    def change(data: dict[str, Any]) -> None:
        data["remedies"]["credit_schedules"][0]["minimum_tickets"] = 20

    text = "\n".join(_paragraphs(_changed(agreement, change), language))
    expected = {
        "en": (
            "The measured result is the attainment of each priority separately",
            "A Month with fewer than 20 tickets of a priority does not count towards Service"
            " Credits for that priority.",
        ),
        "pt-BR": (
            "O resultado apurado é, para cada prioridade separadamente, o percentual",
            "O Mês em que houver menos de 20 chamados de uma prioridade não é considerado, para"
            " essa prioridade, no cálculo dos Créditos de Serviço.",
        ),
    }[language]
    for sentence in expected:
        assert sentence in text
    managed = load_agreement(TEMPLATES / "managed-services.yaml")
    text = "\n".join(_paragraphs(managed, language))
    assert {
        "en": "A Month with fewer than 20 tickets of this service level does not count",
        "pt-BR": "O Mês em que houver menos de 20 chamados deste nível de serviço não é",
    }[language] in text


# --- two schedules for one metric ------------------------------------------------------------


def _heading_numbers(agreement: Agreement, language: str) -> dict[str, str]:
    """Each heading's title mapped to its number, from the preview."""
    html = preview_html(agreement, language=language)
    found: dict[str, str] = {}
    for match in re.finditer(r"<h[1-3][^>]*>(.*?)</h[1-3]>", html, re.DOTALL):
        heading = re.sub(r"<[^>]+>", " ", match.group(1)).split()
        if heading and re.fullmatch(r"\d+(\.\d+)*", heading[0]):
            found[" ".join(heading[1:])] = heading[0]
    return found


@pytest.mark.parametrize(("name", "language"), CASES)
def test_a_metric_with_two_credit_schedules_has_a_clause_for_each(name: str, language: str) -> None:
    agreement = load_agreement(TEMPLATES / f"{name}.yaml")

    def change(data: dict[str, Any]) -> None:
        schedules = data["remedies"]["credit_schedules"]
        if not schedules:  # a template without credits gets one on its first metric
            first = data["metrics"][0]["id"]
            schedules.append({"id": "first-schedule", "metric": first, "tiers": [{"credit": 5}]})
        copy = {**schedules[0], "id": "second-schedule"}
        schedules.insert(1, copy)

    doubled = _changed(agreement, change)
    codes = [f.code for f in validate(doubled)]
    assert "credit-schedules-stack" in codes
    paragraphs = _paragraphs(doubled, language)
    assert build_docx(doubled, language=language, draft=True)  # a draft states them too
    metric = doubled.metric(doubled.remedies.credit_schedules[0].metric)
    assert metric is not None
    t = texts(language).section("clauses")
    titles = [t("credits.schedule_title_of", metric=metric.name, number=n, count=2) for n in (1, 2)]
    numbers = _heading_numbers(doubled, language)
    assert all(title in numbers for title in titles), (titles, list(numbers))
    first, second = (numbers[title] for title in titles)
    assert first != second
    before, after = t.split("metrics.credits_in_several", "clauses")
    join = texts(language)("terms.units.join", head=first, last=second)
    assert f"{before}{join}{after}" in paragraphs
    # Annex B's worked examples point to each schedule's own clause.
    examples = [
        p for p in paragraphs if p in (f"{metric.name} ({first})", f"{metric.name} ({second})")
    ]
    assert examples in ([], [f"{metric.name} ({first})", f"{metric.name} ({second})"])


def test_two_schedules_for_one_metric_export_from_the_command_line(tmp_path: Path) -> None:
    from tests.helpers import run_cli_process

    agreement = load_agreement(TEMPLATES / "saas-availability.yaml")

    def change(data: dict[str, Any]) -> None:
        schedules = data["remedies"]["credit_schedules"]
        schedules.append(
            {**schedules[0], "id": "platform-credits-total", "basis": "monthly_fee_total"}
        )
        schedules[-1].pop("service", None)

    source = tmp_path / "two.yaml"
    from sla_designer.io import save_agreement

    save_agreement(_changed(agreement, change), source)
    out = tmp_path / "two.docx"
    result = run_cli_process(["export", str(source), "--docx", str(out), "--no-toc-update"])
    assert result.returncode == 0, result.stderr
    body = docx.Document(str(out)).element.body
    text = "\n".join("".join(p.xpath(".//w:t/text()")) for p in body.iter(f"{{{W}}}p"))
    assert "schedule 1 of 2" in text and "schedule 2 of 2" in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("attainment", ["per_priority", "pooled"])
def test_a_target_for_all_tickets_is_read_on_all_tickets(language: str, attainment: str) -> None:
    agreement = load_agreement(TEMPLATES / "it-service-desk.yaml")

    def change(data: dict[str, Any]) -> None:
        metric = next(m for m in data["metrics"] if m["id"] == "tempo-solucao")
        metric["targets"] = [{"target": "8h business", "attainment": 90}]
        data["remedies"]["credit_schedules"][0]["attainment"] = attainment

    text = "\n".join(_paragraphs(_changed(agreement, change), language))
    t = texts(language).section("clauses.credits")
    # No priority to read apart, whatever the schedule says: one sentence on all its tickets.
    assert t("attainment.all_tickets") in text
    assert text.count(t("attainment.per_priority")) == 1  # the other schedule's
    window = t("window.month")
    minimum = t("minimum_tickets.pooled", window=window, count="10")
    assert minimum in text
