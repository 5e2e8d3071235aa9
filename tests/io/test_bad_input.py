"""Bad input: one clear located line, exit status 2 (or 1), no traceback, output untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from sla_designer.io import LoadError, load_agreement
from tests.helpers import MINIMAL, run_cli, run_cli_process

ALIAS_BOMB = """\
format_version: 2
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
title: *i
"""


def _write(tmp_path: Path, content: str | bytes, name: str = "agreement.yaml") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _one_located_line(err: str, path: Path, expect: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(str(path)), err
    assert "Traceback" not in err
    assert expect in lines[0], lines[0]


CASES = {
    "alias bomb": (ALIAS_BOMB, ":2:4:", "anchors and aliases"),
    "python object tag": (
        "format_version: 2\ntitle: !!python/object/apply:os.system ['echo hi']\n",
        ":2:8:",
        "not allowed",
    ),
    "binary garbage": (bytes(range(256)) * 40, ":", "not UTF-8"),
    "nul bytes": (b"format_version: 2\ntitle: a\x00b\n", ":2", "binary data"),
    "non-UTF-8 bytes": (b"format_version: 2\ntitle: caf\xe9\n", ":2:11:", "not UTF-8"),
    "empty file": ("", ":1:1:", "empty"),
    "only a comment": ("# nothing here\n", ":1:1:", "empty"),
    "list at the top": ("- a\n- b\n", ":1:1:", "expected a mapping"),
    "list where a mapping belongs": (
        "format_version: 2\ntitle: T\nservice:\n  - a\n",
        ":3:1: service:",
        "expected a mapping",
    ),
    "newer format version": ("format_version: 99\ntitle: T\n", ":1:1: format_version:", "newer"),
    "wrong type deep in the tree": (
        MINIMAL.replace("objective: 99.9", "objective: [1, 2]"),
        ":14:5: metrics[0].objective:",
        "a number is needed (found a list)",
    ),
    "duration without unit": (
        MINIMAL + "    minimum_outage: 5\n",
        ":15:5: metrics[0].minimum_outage:",
        "has no unit",
    ),
    "unknown field": (MINIMAL + "colour: blue\n", ":15:1: colour:", "unknown field"),
    "duplicate key": (MINIMAL + "title: again\n", ":15:1:", "duplicate key 'title'"),
    "YAML syntax error": ("format_version: 2\ntitle: [unclosed\n", ":3:", "YAML syntax"),
    "bad time zone": (
        MINIMAL + "calendars:\n  - id: c\n    name: C\n    timezone: Mars/Olympus\n",
        ":18:5: calendars[0].timezone:",
        "unknown time zone",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_file_gives_one_located_line_and_status_2(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, where, expect = CASES[name]
    path = _write(tmp_path, content)
    out = tmp_path / "out.yaml"
    out.write_text("previous content\n", encoding="utf-8")
    status, _, err = run_cli(["export", str(path), "--yaml", str(out)], capsys)
    assert status == 2
    _one_located_line(err, path, expect)
    assert where in err.splitlines()[0], err
    assert out.read_text(encoding="utf-8") == "previous content\n"


def test_file_too_large_is_refused_before_parsing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("format_version: 2\ntitle: T\nnotes: |\n")
        line = "  " + "x" * 1000 + "\n"
        for _ in range(50 * 1024):
            handle.write(line)
    status, _, err = run_cli(["validate", str(path)], capsys)
    assert status == 2
    _one_located_line(err, path, "too large (49.0 MB)")


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nowhere.yaml"
    status, _, err = run_cli(["validate", str(path)], capsys)
    assert status == 2
    _one_located_line(err, path, "no such file")


def test_folder_given_as_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run_cli(["validate", str(tmp_path)], capsys)
    assert status == 2
    _one_located_line(err, tmp_path, "folder")


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        (
            "  - kind: availability\n    id: uptime\n    name: Again\n    objective: 99.5\n",
            "duplicate-id",
        ),
        (
            "responsibilities:\n  - id: d1\n    party: nobody\n    text: Keep records.\n",
            "unknown-reference",
        ),
    ],
)
def test_loaded_agreement_with_errors_gives_status_1_with_location(
    extra: str, code: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, MINIMAL + extra)
    out = tmp_path / "out.yaml"
    status, out_text, _ = run_cli(["validate", str(path)], capsys)
    assert status == 1
    lines = [line for line in out_text.splitlines() if f"[{code}]" in line]
    assert lines, out_text
    assert lines[0].startswith(f"{path}:")
    assert lines[0].split(":")[1].isdigit()
    status, _, err = run_cli(["export", str(path), "--yaml", str(out)], capsys)
    assert status == 1
    assert "not exported" in err
    assert not out.exists()


@pytest.mark.parametrize(
    "target",
    ["missing-folder/out.yaml", "folder-as-file"],
)
def test_unwritable_output_path(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, MINIMAL)
    output = tmp_path / target
    if target == "folder-as-file":
        output.mkdir()
    status, _, err = run_cli(["schema", "-o", str(output)], capsys)
    assert status == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(output) in err
    status, _, err = run_cli(["export", str(path), "--yaml", str(output)], capsys)
    assert status == 2
    assert err.count("\n") == 1 and "Traceback" not in err


def test_output_under_a_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, MINIMAL)
    status, _, err = run_cli(["export", str(path), "--yaml", str(path / "out.yaml")], capsys)
    assert status == 2
    assert "Traceback" not in err and err.count("\n") == 1


def test_alias_bomb_as_a_separate_process(tmp_path: Path) -> None:
    path = _write(tmp_path, ALIAS_BOMB)
    result = run_cli_process(["validate", str(path)])
    assert result.returncode == 2
    assert result.stdout == ""
    _one_located_line(result.stderr, path, "anchors and aliases")


def test_load_error_carries_file_line_column_and_path(tmp_path: Path) -> None:
    path = _write(tmp_path, MINIMAL.replace("role: customer", "role: buyer"))
    with pytest.raises(LoadError) as caught:
        load_agreement(path)
    error = caught.value
    assert (error.file, error.line, error.column) == (str(path), 8, 5)
    assert error.path == ("parties", 1, "role")
    assert "choose one of provider, customer, supplier or other" in error.message
