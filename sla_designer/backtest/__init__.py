"""Back-testing an agreement's time targets on a help desk's ticket history.

`clock` counts business time for whole columns of instants; `samples` writes synthetic ticket
files in the shapes help desks export; `reading` reads ticket files with DuckDB (`messages`:
the replies the presets give; `preset_rules`: what each preset knows, and the mapping's
checks); `outcome` applies a metric's targets to the tickets read, `cycles` to the waits for
next replies and periodic updates (`wait_pieces`: the tickets' pieces they are found in;
`business_days`: targets in business days); `report` reads windows (`statistics`: average,
median, percentile); `credits` gives the credits due per window; `suggest` the targets the
history supports.
"""
