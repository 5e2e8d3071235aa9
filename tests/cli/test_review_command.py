"""`sla-designer review`: a reviewed export's changes listed as text and JSON, applied with
--apply -o, its exit statuses and its one-line errors.

The reviewed documents are exports edited with lxml the way an editor leaves them: a value's
text changed inside its content control's w:t, a sentence of generated text rewritten.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from sla_designer.export import build_docx
from sla_designer.io import load_agreement, save_agreement
from sla_designer.model import Agreement
from tests.export.reviewed import PAIRS, agreement_of
from tests.helpers import run_cli, run_cli_process

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SENTENCE = "The Provider shall meet the following service levels"
OBJECTIVE = "metrics[platform-availability].objective"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


@cache
def exported(name: str = "saas-availability", language: str | None = None) -> bytes:
    return build_docx(agreement_of(name), language=language)


def controls(root: etree._Element, tag: str) -> list[etree._Element]:
    return [
        sdt
        for sdt in root.iter(w("sdt"))
        if (t := sdt.find(f"{w('sdtPr')}/{w('tag')}")) is not None and t.get(w("val")) == tag
    ]


def set_control(root: etree._Element, tag: str, text: str) -> None:
    """Every control tagged `tag` shows `text`: its first w:t holds it, the others are emptied."""
    found = controls(root, tag)
    assert found, tag
    for sdt in found:
        texts = list(sdt.find(w("sdtContent")).iter(w("t")))
        texts[0].text = text
        for other in texts[1:]:
            other.text = ""


def rewrite(root: etree._Element, old: str, new: str) -> None:
    """Replace `old` by `new` in the first w:t holding it."""
    t = next(t for t in root.iter(w("t")) if t.text and old in t.text)
    t.text = t.text.replace(old, new)


def edited(data: bytes, values: dict[str, str], words: dict[str, str] | None = None) -> bytes:
    """`data` with the controls of `values` (tag: text) showing their text and `words` (old:
    new) rewritten, every other part as it was."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    for tag, text in values.items():
        set_control(root, tag, text)
    for old, new in (words or {}).items():
        rewrite(root, old, new)
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return _package(parts)


def _package(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, part in parts.items():
            package.writestr(name, part)
    return out.getvalue()


def without_record(data: bytes) -> bytes:
    """`data` without the custom XML part that records the exported agreement."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {n: package.read(n) for n in package.namelist() if not n.startswith("customXml/")}
    return _package(parts)


def write(tmp_path: Path, data: bytes, name: str = "reviewed.docx") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.fixture
def reviewed(tmp_path: Path) -> str:
    """The saas-availability export with its reference and first objective changed and two
    sentences rewritten: four changes that apply."""
    data = edited(
        exported(),
        {"reference": "LL-SLA-2027-099", OBJECTIVE: "99.5 %"},
        {
            SENTENCE: "The Supplier shall meet the following service levels",
            "the Customer shall:": "the Customer shall at its own cost:",
        },
    )
    return write(tmp_path, data)


def test_lists_each_change_in_words_with_how_it_was_found(
    reviewed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run_cli(["review", reviewed], capsys)
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == "Agreement › Reference: LL-SLA-2027-014 → LL-SLA-2027-099"
    assert (
        "Metrics and targets › Metric «AP Cloud availability» › Objective: 99.9 % → 99.5 %" in lines
    )
    reworded = next(line for line in lines if "reworded" in line)
    assert f"“{SENTENCE}" in reworded and "→ “The Supplier shall meet" in reworded
    # A party's duties are named by the step alone, once.
    duties = "Responsibilities: reworded “Under this Agreement, the Customer shall:” → "
    assert any(line.startswith(duties) for line in lines)
    assert lines[-1] == (
        f"{reviewed}: 4 changes, found by the content controls' tags, compared with the "
        "agreement the document records from its export"
    )
    assert "does not apply" not in out


def test_lists_in_portuguese(reviewed: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(["review", reviewed, "--language", "pt-BR"], capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Acordo › Referência: LL-SLA-2027-014 → LL-SLA-2027-099"
    assert any(line.startswith("Indicadores e metas › ") for line in lines)
    assert "redação alterada" in out
    assert lines[-1].endswith(
        "4 alterações, encontradas pelas marcas (tags) dos controles de conteúdo, comparadas "
        "com o acordo que o documento registra desde a exportação"
    )


def test_json_gives_path_kind_old_new_and_whether_it_applies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = edited(exported(), {"term.months": "thirty-six", OBJECTIVE: "99.5 %"})
    status, out, _ = run_cli(["review", write(tmp_path, data), "--format", "json"], capsys)
    assert status == 1  # a change does not apply
    report = json.loads(out)
    assert (report["method"], report["baseline"], report["language"]) == ("tags", "document", "en")
    changes = {c["path"]: c for c in report["changes"]}
    assert set(changes) == {"term.months", "metrics[0].objective"}
    months = changes["term.months"]
    assert months["kind"] == "value" and months["tag"] == "term.months"
    assert (months["old"], months["new"]) == ("36", "thirty-six")
    assert months["applies"] is False and months["reason"] == "'thirty-six' is not a number"
    objective = changes["metrics[0].objective"]
    assert objective["tag"] == OBJECTIVE
    assert objective["applies"] is True and objective["reason"] is None
    assert set(objective) == {
        *("path", "tag", "kind", "old", "new", "author", "date", "comment", "comments"),
        *("applies", "reason"),
    }


def test_apply_writes_the_agreement_with_the_changes_that_apply(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = edited(
        exported(),
        {"reference": "LL-SLA-2027-099", "term.months": "thirty-six"},
        {SENTENCE: "The Supplier shall meet the following service levels"},
    )
    out_file = tmp_path / "out.yaml"
    status, out, err = run_cli(
        ["review", write(tmp_path, data), "--apply", "-o", str(out_file)], capsys
    )
    assert status == 1  # 'thirty-six' is not applied
    assert "Agreement › Term › Term: 36 → thirty-six — does not apply: 'thirty-six' is not a" in out
    assert f"{out_file}: agreement written with 2 changes accepted" in out
    assert err == ""
    applied = load_agreement(out_file)
    original = agreement_of("saas-availability")
    assert applied.reference == "LL-SLA-2027-099"
    assert applied.term.months == original.term.months == 36
    [wording] = applied.reviewed_wording
    assert wording.generated.startswith(SENTENCE)
    assert wording.text.startswith("The Supplier shall meet")
    assert applied.model_copy(update={"reference": original.reference, "reviewed_wording": []}) == (
        original
    )
    # The next export prints the reviewer's words, and reads back as no change.
    again = write(tmp_path, build_docx(applied), "again.docx")
    status, out, err = run_cli(["review", again], capsys)
    assert status == 0, err
    assert out.startswith(f"{again}: no changes, ")
    with zipfile.ZipFile(again) as package:
        document = package.read("word/document.xml").decode()
    assert "The Supplier shall meet" in document and SENTENCE not in document


def test_apply_says_when_the_agreement_written_has_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 99.95 % leaves the credit tiers, which start below 99.9 %, with a gap: an error.
    data = edited(exported(), {OBJECTIVE: "99.95 %"})
    out_file = tmp_path / "out.yaml"
    status, out, err = run_cli(
        ["review", write(tmp_path, data), "--apply", "-o", str(out_file), "--format", "json"],
        capsys,
    )
    assert status == 1
    report = json.loads(out)
    assert report["applied"] == 1 and report["output"] == str(out_file)
    assert [e["code"] for e in report["errors"]] == ["tier-gap"]
    assert load_agreement(out_file).metrics[0].objective == Decimal("99.95")
    status, _, err = run_cli(
        ["review", write(tmp_path, data), "--apply", "-o", str(out_file)], capsys
    )
    assert status == 1
    assert re.match(rf"{re.escape(str(out_file))}:\d+:\d+: remedies\.credit_schedules", err)
    assert err.rstrip().endswith("[tier-gap]")


def test_against_a_reordered_agreement_applies_to_the_same_metric(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reordered = agreement_of("saas-availability")
    reordered.metrics = list(reversed(reordered.metrics))
    against = tmp_path / "reordered.yaml"
    save_agreement(reordered, against)
    data = edited(exported(), {OBJECTIVE: "99.5 %"})
    out_file = tmp_path / "out.yaml"
    status, out, err = run_cli(
        ["review", write(tmp_path, data), "--against", str(against), "--format", "json"], capsys
    )
    assert status == 0, err
    [change] = json.loads(out)["changes"]
    last = len(reordered.metrics) - 1
    assert change["path"] == f"metrics[{last}].objective" and change["tag"] == OBJECTIVE
    reviewed = write(tmp_path, data)
    options = ["--against", str(against), "--apply", "-o", str(out_file)]
    status, _, err = run_cli(["review", reviewed, *options], capsys)
    assert status == 0, err
    applied = load_agreement(out_file)
    assert [m.id for m in applied.metrics] == [m.id for m in reordered.metrics]
    objectives = {m.id: m.objective for m in applied.metrics if hasattr(m, "objective")}
    assert objectives["platform-availability"] == Decimal("99.5")
    assert objectives["api-availability"] == reordered.metric("api-availability").objective


def test_a_document_without_its_record_is_compared_with_the_agreement_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = write(tmp_path, without_record(edited(exported(), {"reference": "NEW-1"})))
    status, _, err = run_cli(["review", data], capsys)
    assert status == 2
    assert err == (
        f"{data}: the document no longer carries the agreement it was exported from: "
        "name it with --against AGREEMENT.yaml\n"
    )
    template = str(Path("templates/saas-availability.yaml").resolve())
    status, out, err = run_cli(["review", data, "--against", template], capsys)
    assert status == 0, err
    assert out.splitlines() == [
        "Agreement › Reference: LL-SLA-2027-014 → NEW-1",
        f"{data}: 1 change, found by the content controls' tags, compared with {template} "
        "exported again (the document no longer records its agreement)",
    ]


def damaged(data: bytes) -> bytes:
    """`data` with bytes of word/document.xml's compressed data changed: the zip's directory is
    whole, the part cannot be inflated."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        info = package.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 100
    spoiled = bytearray(data)
    for place in range(start, start + 50):
        spoiled[place] ^= 0x5A
    return bytes(spoiled)


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[str, str]]:
    import docx

    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    text = tmp_path / "notes.docx"
    text.write_text("not a zip")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(damaged(exported()))
    return {
        "missing": (str(tmp_path / "nowhere.docx"), "the document cannot be read:"),
        "not a zip": (str(text), "not a Word document (.docx): it is not a zip package"),
        "damaged": (str(broken), "the Word document is damaged"),
        "foreign": (str(plain), "the document was not exported by SLA Designer"),
    }


@pytest.mark.parametrize("case", ["missing", "not a zip", "damaged", "foreign"])
def test_a_document_it_cannot_read_is_one_line_and_status_2(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, message = _bad_inputs(tmp_path)[case]
    status, out, err = run_cli(["review", path], capsys)
    assert status == 2
    assert out == ""
    assert len(err.splitlines()) == 1 and err.startswith(f"{path}: {message}")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["-o", "<out>"], "review: -o writes the agreement with the changes accepted: add --apply"),
        (["--apply"], "review: --apply needs the file to write: -o OUT.yaml"),
        (["--apply", "-o", "<reviewed>"], "<reviewed>: -o would overwrite the reviewed document"),
        (["--against", "<missing>"], "<missing>: "),
        (["--format", "xml"], "sla-designer review: argument --format: invalid choice"),
    ],
)
def test_usage_mistakes_are_one_line_and_status_2(
    options: list[str],
    message: str,
    reviewed: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    names = {"<out>": str(tmp_path / "out.yaml"), "<reviewed>": reviewed}
    names["<missing>"] = str(tmp_path / "missing.yaml")
    options = [names.get(option, option) for option in options]
    message = re.sub("<[a-z]+>", lambda m: names[m.group(0)], message)
    status, _, err = run_cli(["review", reviewed, *options], capsys)
    assert status == 2
    assert len(err.splitlines()) == 1 and err.startswith(message)
    assert not (tmp_path / "out.yaml").exists()
    assert Path(reviewed).read_bytes()[:2] == b"PK"


def test_the_installed_command_reads_a_review_without_a_traceback(tmp_path: Path) -> None:
    good = write(tmp_path, edited(exported(), {"reference": "NEW-1"}))
    result = run_cli_process(["review", good, "--format", "json"])
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["changes"][0]["new"] == "NEW-1"
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    result = run_cli_process(["review", str(bad)])
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def _objective_control(data: bytes) -> tuple[str, str]:
    """The tag and text of the first control of a percentage objective in an export."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    for sdt in root.iter(w("sdt")):
        tag = sdt.find(f"{w('sdtPr')}/{w('tag')}")
        text = "".join(sdt.find(w("sdtContent")).itertext())
        if tag is not None and tag.get(w("val")).endswith(".objective") and "%" in text:
            return str(tag.get(w("val"))), text
    raise AssertionError("no percentage objective")


@pytest.mark.parametrize(("name", "language"), PAIRS)
def test_every_template_in_both_languages_reads_and_applies_its_review(
    name: str, language: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = exported(name, language)
    plain = write(tmp_path, data, "plain.docx")
    status, out, err = run_cli(["review", plain, "--language", language], capsys)
    assert status == 0, err
    assert len(out.splitlines()) == 1
    assert ": no changes, " in out or ": nenhuma alteração, " in out
    tag, text = _objective_control(data)
    lowered = re.sub(r"\d+(?=[.,]\d|\s*%)", lambda m: str(int(m.group(0)) - 1), text, count=1)
    reviewed = write(tmp_path, edited(data, {"reference": "REV-2", tag: lowered}))
    out_file = tmp_path / "out.yaml"
    options = ["--apply", "-o", str(out_file), "--language", language]
    status, out, err = run_cli(["review", reviewed, *options], capsys)
    assert "does not apply" not in out and "não se aplica" not in out
    first = "Agreement › " if language == "en" else "Acordo › "
    assert out.splitlines()[0].startswith(first)
    step = "Metrics and targets › " if language == "en" else "Indicadores e metas › "
    assert sum(line.startswith(step) for line in out.splitlines()) == 1
    applied, before = load_agreement(out_file), _in(language, agreement_of(name))
    assert applied.reference == "REV-2"
    changed = [
        (m.objective, o.objective)
        for m, o in zip(applied.metrics, before.metrics, strict=True)
        if getattr(m, "objective", None) != getattr(o, "objective", None)
    ]
    assert [new - old for new, old in changed] == [-1]


def _in(language: str, agreement: Agreement) -> Agreement:
    return agreement.model_copy(update={"language": language})


def test_the_steps_a_change_is_said_in_are_the_editor_s() -> None:
    from sla_designer.resources import resource

    from sla_designer.cli.common import say
    from sla_designer.ui.steps import STEPS as EDITOR
    from sla_designer.validation.path_words import STEP_ROOTS, step_key

    assert list(STEP_ROOTS) == [step.key for step in EDITOR]
    ts = etree.fromstring(resource("i18n", "sla_designer_pt_BR.ts").read_bytes())
    portuguese = {
        m.findtext("source"): m.findtext("translation")
        for m in ts.iter("message")
        if m.getparent().findtext("name") == "Labels"
    }
    for step in EDITOR:
        assert all(step_key((root, 0)) == step.key for root in step.roots), step.key
        assert say("en", f"review.steps.{step.key}") == step.title
        assert say("pt-BR", f"review.steps.{step.key}") == portuguese[step.title]


def _tracked(data: bytes, tag: str, new: str, comment: str) -> bytes:
    """`data` with the control `tag`'s text replaced as Word tracks it (w:del of the old runs,
    w:ins of `new`) by Wanda Word, and `comment` of hers anchored on it."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    inner = controls(root, tag)[0].find(w("sdtContent"))
    who = {w("id"): "901", w("author"): "Wanda Word", w("date"): "2027-03-01T10:15:00Z"}
    removed = etree.Element(w("del"), who)
    for run in inner.findall(w("r")):
        for t in run.findall(w("t")):
            t.tag = w("delText")
        removed.append(run)
    added = etree.SubElement(etree.Element(w("ins"), {**who, w("id"): "902"}), w("r"))
    etree.SubElement(added, w("t")).text = new
    etree.SubElement(inner, w("commentRangeStart"), {w("id"): "7"})
    inner.extend([removed, added.getparent()])
    etree.SubElement(inner, w("commentRangeEnd"), {w("id"): "7"})
    etree.SubElement(etree.SubElement(inner, w("r")), w("commentReference"), {w("id"): "7"})
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    comments = etree.Element(w("comments"), nsmap={"w": W})
    said = etree.SubElement(comments, w("comment"), {**who, w("id"): "7"})
    run = etree.SubElement(etree.SubElement(said, w("p")), w("r"))
    etree.SubElement(run, w("t")).text = comment
    parts["word/comments.xml"] = etree.tostring(comments, xml_declaration=True, encoding="UTF-8")
    return _package(parts)


def test_a_tracked_change_says_who_and_when_with_its_comment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _tracked(exported(), "reference", "LL-SLA-2027-100", "Our numbering since March.")
    status, out, err = run_cli(["review", write(tmp_path, data)], capsys)
    assert status == 0, err
    assert out.splitlines()[0] == (
        "Agreement › Reference: LL-SLA-2027-014 → LL-SLA-2027-100 (Wanda Word, 2027-03-01 10:15)"
        " — comment by Wanda Word: “Our numbering since March.”"
    )
    status, out, _ = run_cli(["review", write(tmp_path, data), "--format", "json"], capsys)
    [change] = json.loads(out)["changes"]
    assert (change["author"], change["date"]) == ("Wanda Word", "2027-03-01T10:15:00Z")
    assert change["comment"] == "Our numbering since March."
    assert change["comments"] == [
        {"author": "Wanda Word", "date": "2027-03-01T10:15:00Z", "text": change["comment"]}
    ]
