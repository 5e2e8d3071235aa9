"""A review pauses the cycle collector while it reads, and leaves it as it found it."""

from __future__ import annotations

import gc

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
