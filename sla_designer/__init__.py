"""SLA Designer: write Service Level Agreements that machines and lawyers both accept."""

__version__ = "0.1.0"
