"""Test configuration shared by the whole suite."""

from __future__ import annotations

import os

# Qt tests run without a screen; set before any Qt module loads.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
