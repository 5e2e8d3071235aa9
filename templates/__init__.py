"""Starter agreements in the SLA Designer YAML format, described by catalog.yaml."""
