"""`python -m sla_designer` runs the command line (and the editor)."""

import sys

from sla_designer.cli import main

sys.exit(main())
