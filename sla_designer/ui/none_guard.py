"""Keep Python's None alive under a PySide6 that drops references to it.

PySide6-Essentials 6.12.0 (an abi3 build) loses one reference to None each time one of its
functions returns None (every `void` method: addItem, clear, setText, setCurrentIndex...), when
it runs on CPython 3.11. From CPython 3.12 on None is immortal and nothing happens; on 3.11 its
count reaches zero after some tens of thousands of such calls and the interpreter aborts with
"Fatal Python error: none_dealloc", wherever the last call happens to be (it was a picker
refilling its list). 6.11.3 does not have the defect. Here the defect is measured once at start
and, only when it is present, None is given the immortality it has from 3.12 on: a reference
count so high that no run can use it up.
"""

from __future__ import annotations

import ctypes
import sys

PROBE_CALLS = 64
"""None-returning calls made to measure the defect."""

_IMMORTAL = 1 << 60
"""Added to None's count: more references than any run could drop (about 10^18)."""


def drops_none_references() -> bool:
    """True when a PySide6 function returning None takes a reference to None with it."""
    from PySide6.QtCore import QObject

    probe = QObject()
    probe.setObjectName("probe")
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - PROBE_CALLS


def keep_none_alive() -> bool:
    """Make None immortal when the binding drops references to it; True when it had to."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # None is immortal (or not reference counted) there
    if not drops_none_references():
        return False
    # ob_refcnt, a Py_ssize_t, is the first field of every CPython 3.11 object.
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _IMMORTAL:
        count.value += _IMMORTAL
    return True
