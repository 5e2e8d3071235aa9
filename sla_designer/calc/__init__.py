"""Calculators: business time, downtime budgets, service credits, staffing. Pure functions."""
