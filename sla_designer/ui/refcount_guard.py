"""Keep None, True and False alive under a PySide6 that drops references to them.

PySide6-Essentials 6.12.0 (an abi3 build) loses one reference to None each time one of its
functions returns None (every `void` method: addItem, clear, setText, setCurrentIndex...), and
one to True each time a signal is emitted from Python, when it runs on CPython 3.11: it returns
them the way CPython 3.12's headers allow, where these objects are immortal. On 3.11 their count
reaches zero after some tens of thousands of such calls and the interpreter aborts with
"Fatal Python error: none_dealloc" (or bool_dealloc), wherever the last call happens to be: it
was a picker refilling its list. 6.11.3 does not have the defect. Here it is measured once at
start and, only when it is present, the three objects are given the immortality they have from
CPython 3.12 on: a reference count so high that no run can use it up.
"""

from __future__ import annotations

import ctypes
import sys

PROBE_CALLS = 64
"""Calls made to measure the defect."""

_IMMORTAL = 1 << 60
"""Added to each object's count: more references than any run could drop (about 10^18)."""


def dropped_references() -> dict[str, int]:
    """References to None and True that PySide6 calls returning them took away, per object."""
    from PySide6.QtCore import QObject

    probe = QObject()
    probe.setObjectName("probe")
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")  # returns None
        probe.objectNameChanged.emit("probe")  # returns True
    after = sys.getrefcount(None), sys.getrefcount(True)
    return {"None": before[0] - after[0], "True": before[1] - after[1]}


def drops_references() -> bool:
    """True when the binding takes references to None or True with it."""
    return any(lost >= PROBE_CALLS for lost in dropped_references().values())


def keep_singletons_alive() -> bool:
    """Make None, True and False immortal when the binding drops references to them; True when
    it had to."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # immortal there already (or not reference counted)
    if not drops_references():
        return False
    for singleton in (None, True, False):
        # ob_refcnt, a Py_ssize_t, is the first field of every CPython 3.11 object.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _IMMORTAL:
            count.value += _IMMORTAL
    return True
