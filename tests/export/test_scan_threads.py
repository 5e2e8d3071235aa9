"""The defined-terms scan is kept for the last few agreements and asked for from two threads at
once: the editor's validation and its preview's worker, which exports. Its cache must stay whole
when they evict and add at the same time."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from sla_designer.export import defined_terms
from sla_designer.export.defined_terms import Scan, scan
from sla_designer.model import Agreement
from tests.export.reviewed import agreement_of


class _SlowDict(dict[str, Scan]):
    """A dict that lets the other threads run between making an iterator and using it: the
    window in which an eviction raced an insertion ('dictionary changed size during
    iteration'), widened from a few instructions to a sleep so that the race happens at once."""

    def __iter__(self) -> Iterator[str]:
        iterator = super().__iter__()
        time.sleep(0.0002)
        return iterator


def test_scans_from_several_threads_keep_the_cache_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = _SlowDict()
    monkeypatch.setattr(defined_terms, "_SCANS", cache)
    monkeypatch.setattr(defined_terms, "_scan", lambda a: Scan(a.title, ()))
    base = agreement_of("saas-availability")
    agreements = [[base.model_copy(update={"title": f"{t}-{i}"}) for i in range(40)] for t in "ab"]
    errors: list[BaseException] = []

    def work(items: list[Agreement]) -> None:
        try:
            for agreement in items:
                assert scan(agreement).text == agreement.title
        except BaseException as error:  # reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(items,)) for items in agreements * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(cache) <= 8
