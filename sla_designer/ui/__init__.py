"""The guided editor (PySide6). The only package that imports Qt.

The Qt-free layers the window needs at once (the model, the agreement file format, the template
catalogue) are imported here, before PySide6: once PySide6 is loaded, its import hook reads the
source of every module imported after it (to look for `from __feature__ import ...`), and these
modules are most of what the editor loads while it starts.
"""

import sla_designer.catalog  # noqa: F401  (loads sla_designer.io too)
from sla_designer.model import Agreement

# pydantic builds a model's validator on first use; every window starts with an agreement, so
# build them now (an empty agreement builds its parts' too), while the modules pydantic loads for
# them are still out of PySide6's sight.
Agreement(title="")
