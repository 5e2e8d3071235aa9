"""`sla-designer export NEW --docx OUT --redline-against OLD [--author NAME]` end to end."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from sla_designer.export.tracked import user_full_name
from sla_designer.io import save_agreement
from sla_designer.review.reading import read_review
from sla_designer.review.wordml import w
from tests.export.redline_pairs import versions
from tests.helpers import run_cli


def _pair(folder: Path, language: str = "en") -> tuple[Path, Path]:
    old, new = versions("supplier-ola", language)
    paths = folder / "old.yaml", folder / "new.yaml"
    save_agreement(old, paths[0])
    save_agreement(new, paths[1])
    return paths


def _changes(data: bytes) -> list[etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    return list(root.iter(w("ins"), w("del")))


def _export(folder: Path, *extra: str) -> list[str]:
    old, new = _pair(folder)
    return ["export", str(new), "--docx", str(folder / "r.docx"), "--no-toc-update",
            "--redline-against", str(old), *extra]  # fmt: skip


def test_writes_the_changes_under_the_author_at_the_export_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run_cli(_export(tmp_path, "--author", "Ann Author"), capsys)
    assert status == 0, err
    assert "r.docx: Word redline written: the changes since" in out and "Ann Author" in out
    data = (tmp_path / "r.docx").read_bytes()
    changes = _changes(data)
    assert len(changes) > 10
    assert {c.get(w("author")) for c in changes} == {"Ann Author"}
    (date,) = {c.get(w("date")) for c in changes}
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", str(date))
    assert read_review(data).changes == ()


def test_the_author_is_the_users_full_name_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run_cli(_export(tmp_path), capsys)
    assert status == 0, err
    authors = {c.get(w("author")) for c in _changes((tmp_path / "r.docx").read_bytes())}
    assert authors == {user_full_name()} and user_full_name()


def test_help_says_where_the_author_comes_from(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        run_cli(["export", "--help"], capsys)
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "--redline-against OLD" in out
    assert re.search(r"--author NAME\s+the name the tracked changes are made under", out)
    assert "full name of your user account" in re.sub(r"\s+", " ", out)


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        ("title: [\n", r"old\.yaml:2:1: YAML syntax"),
        ("format_version: 4\ntitle: X\nparties: 7\n", r"old\.yaml:3:1: parties: expected a list"),
    ],
)
def test_a_bad_old_version_is_one_line_with_its_place_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], broken: str, expected: str
) -> None:
    args = _export(tmp_path)
    (tmp_path / "old.yaml").write_text(broken, encoding="utf-8")
    status, out, err = run_cli(args, capsys)
    assert status == 2
    assert len(err.strip().splitlines()) == 1 and re.search(expected, err), err
    assert out == ""
    assert not (tmp_path / "r.docx").exists()


def test_a_missing_old_version_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = _export(tmp_path)
    (tmp_path / "old.yaml").unlink()
    status, _, err = run_cli(args, capsys)
    assert status == 2 and "old.yaml" in err
    assert not (tmp_path / "r.docx").exists()


def test_options_that_need_each_other(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _pair(tmp_path)
    status, _, err = run_cli(
        ["export", str(new), "--pdf", str(tmp_path / "r.pdf"), "--redline-against", str(old)],
        capsys,
    )
    assert status == 2 and "--redline-against writes a Word document: add --docx OUT" in err
    docx = str(tmp_path / "r.docx")
    status, _, err = run_cli(["export", str(new), "--docx", docx, "--author", "X"], capsys)
    assert status == 2 and "--author" in err and "--redline-against" in err
    status, _, err = run_cli(
        ["export", str(new), "--docx", str(old), "--redline-against", str(old)], capsys
    )
    assert status == 2 and "would overwrite the earlier version" in err
    assert not Path(docx).exists()


def test_portuguese_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _pair(tmp_path, "pt-BR")
    out_path = tmp_path / "r.docx"
    status, out, err = run_cli(
        [
            "export",
            str(new),
            "--docx",
            str(out_path),
            "--no-toc-update",
            "--redline-against",
            str(old),
            "--author",
            "Ana Autora",
        ],
        capsys,
    )
    assert status == 0, err
    assert "documento Word gravado com as alterações desde" in out and "Ana Autora" in out
