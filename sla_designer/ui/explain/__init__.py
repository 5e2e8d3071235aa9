"""Panels that explain a number where it is typed: downtime, due time, credit curve, staffing.

Each panel takes plain model values through a setter and recomputes from the calculators when
they change; none knows the document controller, so a page wires one in with a few lines.
"""

from sla_designer.ui.explain.credit_curve import CreditCurvePanel
from sla_designer.ui.explain.downtime import DowntimePanel
from sla_designer.ui.explain.due_time import DueTimePanel
from sla_designer.ui.explain.staffing import StaffingPanel

__all__ = ["CreditCurvePanel", "DowntimePanel", "DueTimePanel", "StaffingPanel"]
