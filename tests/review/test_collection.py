"""A review pauses the cycle collector while it reads, an export while it writes, and each leaves
it as it found it."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from sla_designer.review.collection import collection_paused


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_and_restored(enabled: bool) -> None:
    seen: list[bool] = []

    @collection_paused
    def read(fail: bool) -> int:
        seen.append(gc.isenabled())
        if fail:
            raise ValueError("damaged")
        return 1

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert read(False) == 1
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError, match="damaged"):
            read(True)
        assert gc.isenabled() is enabled
        assert seen == [False, False]
    finally:
        gc.enable() if was else gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_a_word_export_pauses_the_collector_and_restores_it(
    monkeypatch: pytest.MonkeyPatch, enabled: bool
) -> None:
    from sla_designer.export import docx_writer
    from sla_designer.io import loads_agreement
    from tests.helpers import MINIMAL

    seen: list[bool] = []
    writing = docx_writer.write_contract

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return writing(*args, **kwargs)

    monkeypatch.setattr(docx_writer, "write_contract", watched)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert docx_writer.build_docx(loads_agreement(MINIMAL)).startswith(b"PK")
        assert gc.isenabled() is enabled
        assert seen == [False]
    finally:
        gc.enable() if was else gc.disable()
