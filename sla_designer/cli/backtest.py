"""`sla-designer backtest`: the agreement's response and resolution time targets run over a
help desk's ticket history.

    sla-designer backtest AGREEMENT.yaml --tickets DATA [--events DATA]
                          [--preset servicenow|zendesk|jsm|freshdesk | --mapping MAPPING.yaml]
                          [--from DATE] [--to DATE] [--share SHARE] [--skip-bad-rows]
                          [--format text|json|csv] [-o OUT]

Text prints one line per metric, priority (or all tickets, pooled) and window, then the credits
due per window (of every metric back-tested: tickets, outages, intervals), then the suggested
targets (cli/backtest_more.py); JSON the same as objects
(`windows`, `credits`, `suggestions`); CSV one row per ticket (or wait) and metric. Exit
status: 0 every window that counts met its objective, 1 some window missed it, 2 usage or input
error (one line per problem). With --skip-bad-rows, rows with a problem are left out instead:
each kind of problem is counted, with its first rows (in the text before the results, in JSON
under `skipped`, on the standard error beside CSV).

The options and the files read are in `backtest_inputs` (availability and contact-centre files:
`backtest_measures`), the text in `backtest_text`, JSON and CSV in `backtest_output`.
"""

from __future__ import annotations

import argparse
import sys

from sla_designer.backtest.credits import window_credits
from sla_designer.cli.backtest_inputs import TicketResults, read_options, read_tickets
from sla_designer.cli.backtest_measure_rows import write_csv
from sla_designer.cli.backtest_measures import measure
from sla_designer.cli.backtest_more import credits_text, skipped_lines, suggestions_text
from sla_designer.cli.backtest_output import output, write_json, write_tickets_csv
from sla_designer.cli.backtest_text import write_windows
from sla_designer.cli.common import EXIT_FINDINGS, EXIT_OK, CliError
from sla_designer.text.values import Problem


def run(args: argparse.Namespace) -> int:
    """Back-test what the files give, write it in the format asked; the exit status."""
    options = read_options(args)
    agreement, mapping, start, end = options.agreement, options.mapping, options.start, options.end
    share = options.share
    tickets = TicketResults(None, [], [])
    if args.tickets:
        tickets = read_tickets(args, agreement, mapping, start, end, share=share)
    results = tickets.results
    measures = measure(args, agreement, mapping, start, end, share=share)
    try:
        credits = window_credits(agreement, results, measures.availability, measures.contact)
    except Problem as problem:  # a schedule the calculator cannot read
        raise CliError(problem) from None
    skipped = tickets.history.skipped if tickets.history is not None else ()
    # JSON has `skipped` when rows could be skipped: without the option, the report is as before.
    listed = skipped if getattr(args, "skip_bad_rows", False) else None
    with output(args.output) as out:
        if args.format == "json":
            write_json(results, out, credits, tickets.suggestions, measures, skipped=listed)
        elif args.format == "csv":
            for line in skipped_lines(skipped, args.language):
                print(line, file=sys.stderr)
            if tickets.history is not None:
                write_tickets_csv(agreement, tickets.history, results, out)
            else:
                write_csv(measures, out)
        else:
            for line in skipped_lines(skipped, args.language):
                out.write(line + "\n")
            write_windows(results, args.language, out, measures)
            credits_text(credits, agreement, args.language, out)
            if tickets.history is not None:
                suggestions_text(tickets.suggestions, share, args.language, out)
    if False in measures.verdicts:
        return EXIT_FINDINGS
    missed = any(row.objective_met is False for r in results for row in r.rows)
    return EXIT_FINDINGS if missed else EXIT_OK
