"""Python's cycle collector paused while a review reads a document or an export writes one.

A review makes some 100 000 short-lived objects (lxml proxies, paragraphs, segments, YAML nodes)
and no reference cycle; the collections their allocation sets off took a quarter of its time
(the large agreement's export with 50 edits: 141 -> 109 ms of processor time). A Word export
makes as many, the reading of its body for the review part and, in a redline, of both versions'
changed stretches, and one cycle (python-docx's package and its parts), freed by the first
collection after: a full collection set off in the middle of the large agreement's redline
took 70-80 ms of its 300. The pause changes no result.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_T = TypeVar("_T")


def collection_paused(read: Callable[_P, _T]) -> Callable[_P, _T]:
    """`read` run with the cycle collector paused; its state (on or off) is restored after."""

    @functools.wraps(read)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        was = gc.isenabled()
        gc.disable()
        try:
            return read(*args, **kwargs)
        finally:
            if was:
                gc.enable()

    return paused
