"""Versions of an agreement: what changed between two, field by field, in the contract's words.

No Qt here: the command line (`sla-designer diff`) and the editor's Compare view both use it.
"""

from sla_designer.versions.apply import DiffError, apply_diff
from sla_designer.versions.diff import Change, ChangeKind, diff_agreements

__all__ = ["Change", "ChangeKind", "DiffError", "apply_diff", "diff_agreements"]
