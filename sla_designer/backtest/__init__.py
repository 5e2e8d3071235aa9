"""Back-testing an agreement's time targets on a help desk's ticket history.

`clock` counts business time for whole columns of instants; `samples` writes synthetic ticket
files in the shapes help desks export; `reading` reads ticket files with DuckDB; `outcome`
applies a metric's targets to the tickets read.
"""
