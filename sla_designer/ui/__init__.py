"""The guided editor (PySide6). The only package that imports Qt.

The model is imported here, before PySide6: once PySide6 is loaded, its import hook reads the
source of every module imported after it (to look for `from __feature__ import ...`), and the
model with pydantic is most of what the editor loads while it starts. The file format and the
validators are not: a file the editor starts on is read by a helper process
(sla_designer.preload).
"""

import sla_designer.model  # noqa: F401
