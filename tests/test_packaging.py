"""The wheel that `pip install .` builds carries the resources and templates the program reads."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_holds_resources_and_templates(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("sla_designer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = {p.name for p in (ROOT / "templates").glob("*.yaml")}
    assert {f"sla_designer/templates/{name}" for name in templates} <= names
    assert "sla_designer/templates/catalog.yaml" in names
    for shipped in (
        "word/reference.docx",
        "text/en/clauses.yaml",
        "text/en/terms.yaml",
        "text/pt-BR/clauses.yaml",
        "text/pt-BR/terms.yaml",
        "i18n/sla_designer_pt_BR.qm",
        "data/typical_ranges.yaml",
    ):
        assert f"sla_designer/resources/{shipped}" in names
    assert "sla_designer/resources/__init__.py" in names
    assert any(name.endswith("__main__.py") for name in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert (
        "sla-designer = sla_designer.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
    )
