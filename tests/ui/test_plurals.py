"""Counts are written as the language counts them: "1 nota", "2 notas"; never "1 notas"."""

from __future__ import annotations

import pytest

from sla_designer.ui.export_dialog import summary_text
from sla_designer.ui.i18n import install_language
from sla_designer.ui.navigator import state_text


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", ("1 error", "1 warning", "1 note"), ("2 errors", "2 warnings", "2 notes")),
        ("pt-BR", ("1 erro", "1 aviso", "1 nota"), ("2 erros", "2 avisos", "2 notas")),
    ],
)
def test_the_export_summary_counts_in_the_interface_language(
    qapp: object, language: str, one: tuple[str, ...], two: tuple[str, ...]
) -> None:
    install_language(language)  # type: ignore[arg-type]
    try:
        single = summary_text(1, 1, 1)
        for word in one:
            assert f"{word}," in single or f"{word}." in single
        assert not any(f"{word}s" in single for word in one)
        double = summary_text(2, 2, 2)
        assert all(word in double for word in two)
        steps = state_text({"error": 1, "warning": 2})
        assert one[0] in steps and two[1] in steps and f"{one[0]}s" not in steps
    finally:
        install_language("en")
