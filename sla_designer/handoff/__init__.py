"""The agreed targets in the formats of the systems that enforce them: help desks (Zendesk,
Freshdesk) and service-level tools (OpenSLO, Prometheus rules).

Each target system has one module whose `build(agreement, language=...)` gives a `Handoff`: the
files to write, by name, and what of the agreement the system cannot express (`Unmapped`), so
that nothing is dropped silently. Writing the files (atomically) and reporting what did not map
are the same for every system. No Qt here: the command line and the editor both use it.
"""
